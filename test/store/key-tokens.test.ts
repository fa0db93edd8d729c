import { describe, expect, it } from 'vitest'
import { createSeededRandom } from '../../src/domain/seeded-random.ts'
import { createFactories } from '../../src/factories/index.ts'
import { createKeyTokens } from '../../src/store/key-tokens.ts'

describe('key tokens (the stored JSON of orders)', () => {
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

  it('keep working past the last token: further keys stay as written', () => {
    const tokens = createKeyTokens()
    const random = createSeededRandom(9)
    for (let round = 0; round < 40; round++) {
      const value = Object.fromEntries(
        Array.from({ length: 60 }, (_, index) => [`k${round}_${index}_${random.int(0, 9)}`, round]),
      )
      const json = JSON.stringify(value)
      expect(tokens.decode(tokens.encode(json))).toBe(json)
    }
  })
})
