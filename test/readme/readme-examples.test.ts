import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'

const readme = () => readFile(new URL('../../README.md', import.meta.url), 'utf8')

/** The code block under a README heading. */
function codeBlockUnder(markdown: string, heading: string): string | undefined {
  const start = markdown.indexOf(`${heading}\n`)
  if (start === -1) return undefined
  return /```\w*\n([\s\S]*?)```/.exec(markdown.slice(start))?.[1]
}

describe('README', () => {
  it('shows the "Use in tests" example exactly as test/readme/use-in-tests.test.ts runs it', async () => {
    const example = await readFile(new URL('./use-in-tests.test.ts', import.meta.url), 'utf8')
    expect(codeBlockUnder(await readme(), '### Use in tests')).toBe(example)
  })

  it('holds exactly two set-up commands: run the mock, run the tests', async () => {
    const setUp = (await readme()).split('## Set up')[1]?.split('\n## ')[0] ?? ''
    const commands = [...setUp.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]?.trim())
    expect(commands).toEqual(['npm install && npm start', 'npm test'])
  })
})
