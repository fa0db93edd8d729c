const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** The documented id prefixes (fact sheet D.8, DECISIONS 13). */
export const ID_PREFIX = {
  order: 'o_',
  cartItem: 'ci_',
  payment: 'p_',
  shipping: 's_',
  callback: 'oc_',
  action: 'pa_',
} as const

export type IdKind = keyof typeof ID_PREFIX

/** A random source returning floats in [0, 1), like `Math.random` or a seeded Faker's. */
export type RandomSource = () => number

/**
 * An id in the documented shape: prefix + 26 letters, e.g. `o_yClTSySjyAuuBjmiBlHCjuEcTf`.
 *
 * @example
 * createId('order', seededRandom) // 'o_' + 26 letters
 */
export function createId(kind: IdKind, random: RandomSource): string {
  let id: string = ID_PREFIX[kind]
  for (let index = 0; index < 26; index++) id += LETTERS[Math.floor(random() * LETTERS.length)]
  return id
}
