import { describe, expect, it } from 'vitest'
import { parseJsonText } from '../../src/operations/parse-body.ts'
import { ProblemError } from '../../src/problems/index.ts'

/** The problem `parseJsonText` throws for `text`, or undefined when it parses. */
function problemOf(text: string) {
  try {
    parseJsonText(text, 64)
    return undefined
  } catch (error) {
    expect(error).toBeInstanceOf(ProblemError)
    return (error as ProblemError).toProblem('/test')
  }
}

describe('parseJsonText', () => {
  it('refuses a __proto__ key spelt out, escaped in part or escaped whole, at any depth', () => {
    for (const key of ['__proto__', '\\u005f_proto__', '__pr\\u006fto__', PROTO_ESCAPED]) {
      for (const text of [`{"${key}":{}}`, `{"a":[{"b":{"${key}":1}}]}`]) {
        expect(problemOf(text), text).toMatchObject({
          status: 400,
          errors: [{ location: 'body', keyword: 'propertyNames' }],
        })
      }
    }
    expect(({} as Record<string, unknown>).b).toBeUndefined()
  })

  it('takes __proto__ and \\u escapes as values, and keys that only look alike', () => {
    expect(parseJsonText('{"note":"__proto__","other":"\\u00e5"}', 64)).toEqual({
      note: '__proto__',
      other: 'å',
    })
    expect(parseJsonText('{"__proto":1,"proto__":2,"_\\u005fproto_":3}', 64)).toEqual({
      __proto: 1,
      proto__: 2,
      __proto_: 3,
    })
  })

  it('parses text without escapes or __proto__ to the same value as with the checks', () => {
    const text = JSON.stringify({ a: [1, { b: 'c\n"d"' }], e: null, f: true, g: 1.5 })
    expect(parseJsonText(text, 64)).toEqual(JSON.parse(text))
  })

  it('counts nesting outside strings only, whatever brackets and escaped quotes a string holds', () => {
    const deep = (levels: number, inner = '1') => '['.repeat(levels) + inner + ']'.repeat(levels)
    const tricky = '"[[[{{{\\\\\\"]]]\\\\"'
    expect(JSON.parse(tricky)).toBe('[[[{{{\\"]]]\\')
    expect(problemOf(deep(64, tricky))).toBeUndefined()
    expect(problemOf(deep(65, tricky))).toMatchObject({
      status: 400,
      errors: [{ keyword: 'maxDepth', message: 'nests 65 levels deep; at most 64 are accepted' }],
    })
    expect(problemOf(deep(64, '"\\\\"'))).toBeUndefined()
    expect(problemOf(`[${deep(64, '"a\\"')}]`)).toMatchObject({ errors: [{ keyword: 'maxDepth' }] })
  })

  it('answers malformed-json for broken text, on either path', () => {
    expect(problemOf('{"a":')).toMatchObject({
      status: 400,
      type: expect.stringContaining('malformed-json'),
    })
    expect(problemOf('{"\\u0061":')).toMatchObject({
      status: 400,
      type: expect.stringContaining('malformed-json'),
    })
  })
})

/** `__proto__` with every character escaped. */
const PROTO_ESCAPED = [...'__proto__']
  .map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
  .join('')
