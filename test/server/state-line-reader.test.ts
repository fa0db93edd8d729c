import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLineReader } from '../../src/server/state-line-reader.ts'

let directory = ''
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'norce-checkout-mock-reader-'))
})
afterEach(async () => {
  await rm(directory, { recursive: true, force: true })
})

/** Every line of `text` and the CRC-32s the reader reports, read `chunkBytes` at a time. */
async function readAll(text: string, chunkBytes: number) {
  const path = join(directory, 'lines.txt')
  await writeFile(path, text)
  const reader = await openLineReader(path, { chunkBytes })
  const lines: string[] = []
  const crcs: number[] = []
  try {
    reader.startCrc()
    for (let line = await reader.next(); line !== undefined; line = await reader.next()) {
      lines.push(line)
      crcs.push(reader.crcBeforeLast())
      if (line === 'restart') reader.startCrc()
    }
  } finally {
    await reader.close()
  }
  return { lines, crcs, count: reader.lineNumber }
}

describe('openLineReader (decision 165)', () => {
  const text = [
    '{"journalSequence":1,"orders":[',
    '{"id":"o_1","name":"Åsa Öberg ✓ 𝄞"},',
    '',
    'restart',
    'x'.repeat(300),
    'crlf\r',
    'last without a break',
  ].join('\n')

  it('splits on \\n across any chunk size, decoding UTF-8 once and dropping a \\r before \\n', async () => {
    const expected = text.split('\n').map((line) => line.replace(/\r$/, ''))
    for (const chunkBytes of [1, 2, 3, 7, 64, 1024]) {
      const { lines, count } = await readAll(text, chunkBytes)
      expect(lines, `chunks of ${chunkBytes}`).toEqual(expected)
      expect(count).toBe(expected.length)
    }
  })

  it('reports the CRC-32 of the bytes of the lines before the last one, from the last start', async () => {
    const raw = text.split('\n')
    for (const chunkBytes of [1, 5, 64, 1024]) {
      const { crcs } = await readAll(text, chunkBytes)
      const expected = raw.map((_, index) => {
        const from = index > 3 ? 4 : 0
        const before = raw.slice(from, index).map((line) => `${line}\n`)
        return crc32(Buffer.from(before.join(''))) >>> 0
      })
      // The line after `restart` starts a new CRC: nothing before it counts.
      expect(crcs, `chunks of ${chunkBytes}`).toEqual(expected)
    }
  })

  it('reads an empty file as no lines, and a final newline adds no empty line', async () => {
    expect((await readAll('', 4)).lines).toEqual([])
    expect((await readAll('a\nb\n', 3)).lines).toEqual(['a', 'b'])
  })
})
