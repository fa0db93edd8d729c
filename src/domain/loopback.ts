/** The allow-list entry that stands for every loopback host (`--allow-callback-host loopback`). */
export const LOOPBACK_KEYWORD = 'loopback'

/**
 * This machine's usual names: where the standalone server lets callbacks go by default, and
 * what its banner shows for a wildcard bind.
 */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]']

/**
 * True when a URL's `hostname` is this machine: `localhost`, any `127.x.x.x`, or `::1`
 * (bracketed, as `URL` spells it, or bare). Checked on the name, nothing is resolved.
 *
 * @example
 * isLoopbackHost(new URL('http://127.0.0.2:3000/hook').hostname) // true
 * isLoopbackHost('hooks.example.test') // false
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase()
  return (
    host === 'localhost' ||
    host === '[::1]' ||
    host === '::1' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  )
}
