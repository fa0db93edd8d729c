import { describe, expect, it } from 'vitest'
import { postJson } from '../../src/callbacks/index.ts'
import { isLoopbackHost, LOOPBACK_HOSTS } from '../../src/domain/loopback.ts'
import { LOOPBACK_CALLBACK_HOSTS } from '../../src/server/index.ts'

describe('loopback, defined once', () => {
  it('knows this machine by name and address, and nothing else', () => {
    for (const host of ['localhost', 'LOCALHOST', '127.0.0.1', '127.8.9.10', '[::1]', '::1']) {
      expect(isLoopbackHost(host), host).toBe(true)
    }
    for (const host of ['localhost.example.test', '128.0.0.1', '10.0.0.1', '[::2]', '1127.0.0.1']) {
      expect(isLoopbackHost(host), host).toBe(false)
    }
    expect(LOOPBACK_HOSTS.every(isLoopbackHost)).toBe(true)
    expect(LOOPBACK_CALLBACK_HOSTS).toBe(LOOPBACK_HOSTS)
  })

  it('lets the "loopback" allow-list keyword through to loopback hosts only, without sending', async () => {
    const refused = await postJson(
      'http://hooks.example.test/hook',
      {},
      {
        allowedHosts: ['loopback'],
        timeoutMs: 50,
      },
    )
    expect(refused.outcome).toBe('refused')
    // Port 9 on 127.0.0.2 (discard): allowed, so attempted; nothing listens, so it fails.
    const allowed = await postJson(
      'http://127.0.0.2:9/hook',
      {},
      {
        allowedHosts: ['loopback'],
        timeoutMs: 500,
      },
    )
    expect(allowed.outcome).toBe('failed')
  })
})
