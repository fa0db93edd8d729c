import * as zlib from 'node:zlib'

/** Node's own CRC-32, where there is one (Node 20.15 and later). */
const native = (zlib as { crc32?: (data: string | Uint8Array, value?: number) => number }).crc32

/**
 * The CRC-32 (IEEE) of `data` (a string as its UTF-8 bytes), continuing from `value` (the
 * CRC-32 of what came before): `zlib.crc32`, or the same sum computed here on Node 20
 * releases before 20.15 (the package supports Node ≥ 20).
 *
 * @example
 * crc32('123456789').toString(16) // 'cbf43926'
 * crc32('6789', crc32('12345')) === crc32('123456789') // true
 */
export const crc32: (data: string | Uint8Array, value?: number) => number = native
  ? (data, value = 0) => native(data, value)
  : crc32Fallback

/** A CRC-32 as the state files write it: 8 lower-case hex digits. */
export function crc32Hex(crc: number): string {
  return (crc >>> 0).toString(16).padStart(8, '0')
}

let table: Int32Array | undefined
/** `crc32` computed here: zlib.crc32 came in Node 20.15. */
export function crc32Fallback(data: string | Uint8Array, value = 0): number {
  table ??= Int32Array.from({ length: 256 }, (_, index) => {
    let entry = index
    for (let bit = 0; bit < 8; bit++) entry = entry & 1 ? 0xedb88320 ^ (entry >>> 1) : entry >>> 1
    return entry
  })
  let crc = ~value
  for (const byte of typeof data === 'string' ? Buffer.from(data, 'utf8') : data)
    crc = (table[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8)
  return (crc ^ -1) >>> 0
}
