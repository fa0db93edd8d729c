import { createHash, timingSafeEqual } from 'node:crypto'

/**
 * Checks the `Authorization` header of an admin request against `--admin-token`. Both sides
 * are hashed first, so the comparison takes the same time whatever the header holds (its
 * length included).
 *
 * @example
 * const allowed = createAdminTokenCheck('s3cret')
 * allowed('Bearer s3cret') // true
 * allowed(undefined) // false
 */
export function createAdminTokenCheck(
  token: string,
): (authorization: string | undefined) => boolean {
  const expected = digest(token)
  return (authorization) => {
    const sent = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1]
    return sent !== undefined && timingSafeEqual(digest(sent), expected)
  }
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest()
}
