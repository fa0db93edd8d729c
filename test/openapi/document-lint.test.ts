import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import SwaggerParser from '@apidevtools/swagger-parser'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

describe.each(['order.yaml', 'order-v1.yaml', 'notification.yaml'])('openapi/%s', (file) => {
  const SPEC = fileURLToPath(new URL(`../../openapi/${file}`, import.meta.url))

  it('is a valid OpenAPI 3.1 document for @apidevtools/swagger-parser', async () => {
    const api = await SwaggerParser.validate(SPEC)
    expect(api).toMatchObject({ openapi: expect.stringMatching(/^3\.1\./) })
  })

  it('lints clean with @redocly/cli (recommended rules)', async () => {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [
        fileURLToPath(new URL('../../node_modules/@redocly/cli/bin/cli.js', import.meta.url)),
        'lint',
        SPEC,
        '--format',
        'summary',
      ],
      {
        cwd: ROOT,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    ).catch((error: { stdout: string; stderr: string }) => error)
    expect(`${stdout}\n${stderr}`).toMatch(/valid|no problems|0 errors/i)
    expect(`${stdout}\n${stderr}`).not.toMatch(/\b[1-9]\d* (error|warning)s?\b/)
  }, 60_000)
})

describe('openapi/notification.yaml', () => {
  it('describes errors with the very Problem schemas of openapi/order.yaml', async () => {
    const { orderApiDocument, notificationApiDocument } = await import(
      '../../src/validation/index.ts'
    )
    for (const name of ['Problem', 'ProblemError']) {
      expect(notificationApiDocument.components?.schemas?.[name], name).toEqual(
        orderApiDocument.components?.schemas?.[name],
      )
    }
  })
})
