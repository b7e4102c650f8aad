/**
 * The hub's rate limit counts the API only. The built app's pages and files (a page load, and the
 * service worker's precache of a few hundred files per browser) never count against it, so a room
 * of trainees behind one address is never answered with JSON in place of the page; an API call
 * over the limit is still refused, with the message the app shows in its reader's language.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildServer, isApi } from '../../src/hub/server'
import { strictTranslator } from '../i18n/support/render'
import { BACKENDS, startHub, type TestHub } from './support'

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

const backend = BACKENDS[0]!

describe('the hub rate-limits its API, not the app', () => {
  let hub: TestHub
  let dist: string
  beforeAll(async () => {
    hub = await startHub(backend.name)
    dist = mkdtempSync(join(tmpdir(), 'tamis-dist-'))
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>TAMIS</title>')
    mkdirSync(join(dist, 'assets'))
    writeFileSync(join(dist, 'assets', 'app.js'), 'export {}')
  })
  afterAll(async () => {
    await hub.close()
    rmSync(dist, { recursive: true, force: true })
  })

  it('tells the API from the pages', () => {
    expect(isApi('/api/health')).toBe(true)
    expect(isApi('/api/workshops/ABC?token=x')).toBe(true)
    expect(isApi('/')).toBe(false)
    expect(isApi('/assets/app.js')).toBe(false)
    expect(isApi('/apiary.html')).toBe(false)
  })

  it('serves every page and file past the limit, and still refuses the API in words', async () => {
    const limited = await buildServer({ service: hub.service, rateLimit: 3, distDir: dist })
    const url = await limited.listen({ port: 0, host: '127.0.0.1' })
    try {
      const statuses: number[] = []
      for (let i = 0; i < 10; i++) {
        statuses.push((await fetch(`${url}/`)).status)
        statuses.push((await fetch(`${url}/assets/app.js`)).status)
      }
      expect(new Set(statuses)).toEqual(new Set([200]))
      const api: Response[] = []
      for (let i = 0; i < 4; i++) api.push(await fetch(`${url}/api/health`))
      expect(api.map((r) => r.status)).toEqual([200, 200, 200, 429])
      // The router decodes a path before it matches: an API spelt in escapes is still the API.
      expect((await fetch(`${url}/%61pi/health`)).status).toBe(429)
      const body = (await api[3]!.json()) as { text: { id: string; args: { seconds: number } } }
      expect(body.text.id).toBe('workshop.hub.tooManyRequests')
      // The page still loads after the API's limit is reached.
      expect((await fetch(`${url}/`)).status).toBe(200)
      const fr = await strictTranslator('fr')
      expect(fr.t(body.text)).toMatch(/^Trop de requêtes/)
    } finally {
      await limited.close()
    }
  })
})
