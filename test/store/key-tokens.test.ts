import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createSeededRandom } from '../../src/domain/seeded-random.ts'
import { createFactories } from '../../src/factories/index.ts'
import { contractPropertyNames } from '../../src/generated/contract-property-names.ts'
import { createKeyTokens } from '../../src/store/key-tokens.ts'
import { createReferenceKeyTokens } from './support/reference-key-tokens.ts'

/** Keys that stress the scan: quotes, backslashes, `":`, escapes, unicode, empty, over 64. */
const trickyKey = fc.oneof(
  fc.constantFrom(
    '',
    '"',
    '\\',
    'a"b',
    'a\\"b',
    ':',
    '":',
    'k":v',
    'x\\',
    '\n',
    'tab\there',
    'åäö',
    'Åsa',
    '名前',
    '😀',
    '\ud800',
    'k'.repeat(63),
    'k'.repeat(64),
    'k'.repeat(65),
    'k'.repeat(66),
    'ö'.repeat(65),
    `${'k'.repeat(64)}"z`,
    'id',
    'includingVat',
  ),
  fc.constantFrom(...contractPropertyNames),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ minLength: 60, maxLength: 70 }),
)

/** String values that look like keys, or hold the token characters and escapes. */
const trickyString = fc.oneof(
  fc.constantFrom('":', '"id":', '\\":', ':"', '\u0001 ', '\u0008\u00ff', 'ä"ö":', '":":'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
)

const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -1.5, 12_345),
    trickyString,
    tie('object'),
    fc.array(tie('value'), { maxLength: 4 }),
  ),
  object: fc.dictionary(trickyKey, tie('value'), { maxKeys: 6 }),
})).value

describe('key tokens (the stored JSON of orders)', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.resetModules()
  })

  it('give back exactly the JSON they were given, whatever its keys and values hold', () => {
    const tokens = createKeyTokens()
    const tricky = [
      { 'a"id': 1, id: '"id":', 'x\\': { '': 'é\u0001\u0008"q":' } },
      { '\u0001': ['\u0002', { '\u0003k': '\u00ff' }], 名前: { 'k"': '"k":' } },
      createFactories({ seed: 2 }).buildOrder(),
    ]
    for (const value of tricky) {
      const json = JSON.stringify(value)
      const encoded = tokens.encode(json)
      expect(tokens.decode(encoded)).toBe(json)
      expect(JSON.parse(tokens.decode(encoded))).toEqual(value)
    }
    const order = JSON.stringify(tricky[2])
    expect(tokens.encode(order).length).toBeLessThan(order.length * 0.7)
  })

  it('write what the reference encoder writes, token for token, for any JSON text', () => {
    const tokens = createKeyTokens()
    const reference = createReferenceKeyTokens(contractPropertyNames)
    fc.assert(
      fc.property(jsonValue, (value) => {
        const json = JSON.stringify(value)
        const encoded = tokens.encode(json)
        expect(encoded).toBe(reference.encode(json))
        expect(tokens.decode(encoded)).toBe(json)
      }),
      { numRuns: 3_000, seed: 170 },
    )
    const factories = createFactories({ seed: 5 })
    for (let index = 0; index < 20; index++) {
      const json = JSON.stringify(factories.buildOrder())
      expect(tokens.encode(json)).toBe(reference.encode(json))
    }
  })

  it('agree with the reference on text that is not JSON (the match is lexical, as before)', () => {
    const tokens = createKeyTokens()
    const reference = createReferenceKeyTokens(contractPropertyNames)
    const pieces = fc.oneof(
      fc.constantFrom('"', '":', '\\', ':', 'id', '"id":', 'a', 'ö', '名', '\ud800', ' '),
      fc.string({ maxLength: 4 }),
    )
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        // Without U+0001–U+0008: `JSON.stringify` never writes them (the tokens' first unit).
        const text = [...parts.join('')].filter((unit) => unit > '\u0008' || unit === '\0').join('')
        const encoded = tokens.encode(text)
        expect(encoded).toBe(reference.encode(text))
        expect(tokens.decode(encoded)).toBe(text)
      }),
      { numRuns: 3_000, seed: 171 },
    )
    // Cases the scan must get right: a key after `"":`, a value opening with a colon after a
    // key without a token, an escaped quote inside a key, keys of 64, 65 and 66 (the old scan
    // reached 65: its loop stopped at 64 back, then looked at the unit below).
    for (const text of [
      '{"":":x"}',
      `{"${'k'.repeat(65)}":":y"}`,
      '{"a\\"b":1}',
      `{"${'q'.repeat(64)}":1,"${'r'.repeat(65)}":2,"${'s'.repeat(66)}":3}`,
      `{"${'t'.repeat(66)}":":z"}`,
      '{"a\\\\":1}',
      '":',
      '"":',
    ]) {
      expect(tokens.encode(text)).toBe(reference.encode(text))
      expect(tokens.decode(tokens.encode(text))).toBe(text)
    }
  })

  it('take texts of any length, past the memory they started with (odd lengths too)', () => {
    for (const length of [131_073, 200_001, 300_001, 300_002]) {
      const tokens = createKeyTokens()
      const reference = createReferenceKeyTokens(contractPropertyNames)
      const base = JSON.stringify({ id: '', notes: ['ä'], other: 1 })
      const json = JSON.stringify({ id: 'x'.repeat(length - base.length), notes: ['ä'], other: 1 })
      expect(json).toHaveLength(length)
      for (const text of [json, json.replace('ä', '名')]) {
        const encoded = tokens.encode(text)
        expect(encoded).toBe(reference.encode(text))
        expect(tokens.decode(encoded)).toBe(text)
      }
    }
  })

  it('keep the text one byte per character when it was (Swedish letters included)', () => {
    const tokens = createKeyTokens()
    const json = JSON.stringify({ name: 'Åsa Öberg', city: 'Gävle', note: 'ÿ' })
    const encoded = tokens.encode(json)
    expect(encoded).not.toMatch(/[^\0-\xff]/)
    expect(encoded.length).toBeLessThan(json.length)
    expect(tokens.decode(encoded)).toBe(json)
  })

  it('give every contract key the same token in every instance, whatever each met before', () => {
    const first = createKeyTokens()
    const second = createKeyTokens()
    first.encode(JSON.stringify({ ownKeyOne: 1, ownKeyTwo: 2 }))
    second.encode(JSON.stringify({ somethingElse: 1 }))
    const order = JSON.stringify(createFactories({ seed: 3 }).buildOrder())
    expect(first.encode(order)).toBe(second.encode(order))
    expect(second.decode(first.encode(order))).toBe(order)
    // Each contract key is a token from the start: `"key":` becomes two characters.
    for (const name of ['id', 'merchant', 'includingVat', 'currentStatus']) {
      expect(contractPropertyNames).toContain(name)
      expect(createKeyTokens({ learn: false }).encode(`{"${name}":1}`)).toHaveLength(5)
    }
    // Keys met outside the contract take the next tokens in the order met: here they differ.
    expect(first.encode('{"ownKeyOne":1}')).not.toBe(second.encode('{"ownKeyOne":1}'))
  })

  it('with learn: false write keys outside the contract as they are, and learn nothing', () => {
    const worker = createKeyTokens({ learn: false })
    const main = createKeyTokens()
    main.encode('{"mainOnlyKey":1}')
    const json = JSON.stringify({ id: 'o_1', customKey: { merchant: 'm', otherKey: [1] } })
    const encoded = worker.encode(json)
    expect(encoded).toContain('"customKey":')
    expect(encoded).toContain('"otherKey":')
    expect(encoded).not.toContain('"id":')
    expect(encoded).not.toContain('"merchant":')
    expect(worker.encode(json)).toBe(encoded)
    // A store that learns decodes what the worker wrote.
    expect(main.decode(encoded)).toBe(json)
    expect(worker.decode(encoded)).toBe(json)
    const learning = createKeyTokens()
    expect(learning.encode(json)).not.toContain('"customKey":')
  })

  it('work the same without Node’s Buffer (in a browser)', async () => {
    const json = JSON.stringify({ ...createFactories({ seed: 4 }).buildOrder(), 名前: 'x' })
    const withBuffer = createKeyTokens()
    const expected = [withBuffer.encode(json), withBuffer.encode(JSON.stringify({ a: 'åäö' }))]
    vi.stubGlobal('Buffer', undefined)
    vi.resetModules()
    const browser = (await import('../../src/store/key-tokens.ts')).createKeyTokens()
    const encoded = [browser.encode(json), browser.encode(JSON.stringify({ a: 'åäö' }))]
    expect(encoded).toEqual(expected)
    expect(browser.decode(encoded[0] as string)).toBe(json)
  })

  it('keep working past the last token: further keys stay as written', () => {
    const tokens = createKeyTokens()
    const reference = createReferenceKeyTokens(contractPropertyNames)
    const random = createSeededRandom(9)
    for (let round = 0; round < 40; round++) {
      const value = Object.fromEntries(
        Array.from({ length: 60 }, (_, index) => [`k${round}_${index}_${random.int(0, 9)}`, round]),
      )
      const json = JSON.stringify(value)
      expect(tokens.encode(json)).toBe(reference.encode(json))
      expect(tokens.decode(tokens.encode(json))).toBe(json)
    }
    const late = JSON.stringify({ neverSeenBefore: 1, id: 2 })
    expect(tokens.encode(late)).toContain('"neverSeenBefore":')
    expect(tokens.encode(late)).not.toContain('"id":')
  })
})
