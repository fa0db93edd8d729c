import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'
import { networkInterfaces } from 'node:os'

/** The check the server hands the callbacks, and how it learns where it listens. */
export interface OwnListener {
  /** Whether `target` reaches this server: its port, on an address or name of its listener. */
  check(target: URL): Promise<boolean>
  /** Called once the server listens. */
  bind(host: string, port: number): void
}

const WILDCARDS = new Set(['0.0.0.0', '::'])

/**
 * The standalone server's own listener (decision 81): a hook or notification sent there could
 * reset the state or loop. Its port on the bound address counts; on a loopback or wildcard
 * bind so does every loopback and unspecified address (`0.0.0.0` reaches loopback), on a
 * wildcard bind every interface address; IPv4-mapped forms too. A name is resolved (only
 * names already on the allow-list get this far) and checked address by address.
 *
 * @example
 * const own = createOwnListener()
 * own.bind('127.0.0.1', 4010)
 * await own.check(new URL('http://localhost:4010/__admin/reset')) // true
 */
export function createOwnListener(): OwnListener {
  let port: string | undefined
  let addresses = new BlockList()

  const covers = (address: string): boolean => {
    const family = isIP(address)
    if (family === 0) return false
    return addresses.check(address, family === 4 ? 'ipv4' : 'ipv6')
  }

  return {
    bind(host, boundPort) {
      port = String(boundPort)
      const bare = host.replace(/^\[|\]$/g, '')
      const list = new BlockList()
      add(list, bare)
      const loopbackBind = bare === 'localhost' || isLoopback(bare)
      if (loopbackBind || WILDCARDS.has(bare)) {
        list.addSubnet('127.0.0.0', 8, 'ipv4')
        list.addAddress('0.0.0.0', 'ipv4')
        list.addAddress('::1', 'ipv6')
        list.addAddress('::', 'ipv6')
      }
      if (WILDCARDS.has(bare)) {
        for (const entries of Object.values(networkInterfaces())) {
          for (const entry of entries ?? []) add(list, entry.address.split('%')[0] ?? '')
        }
      }
      addresses = list
    },
    async check(target) {
      if (port === undefined) return false
      const targetPort = target.port || (target.protocol === 'https:' ? '443' : '80')
      if (targetPort !== port) return false
      const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase()
      if (isIP(host) !== 0) return covers(host)
      if (host === 'localhost' || host.endsWith('.localhost')) return covers('127.0.0.1')
      try {
        const resolved = await lookup(host, { all: true })
        return resolved.some((entry) => covers(entry.address))
      } catch {
        return false // unresolvable: the call fails on its own
      }
    },
  }
}

function add(list: BlockList, address: string): void {
  const family = isIP(address)
  if (family !== 0) list.addAddress(address, family === 4 ? 'ipv4' : 'ipv6')
}

function isLoopback(address: string): boolean {
  return /^127\./.test(address) || address === '::1'
}
