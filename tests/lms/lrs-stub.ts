/**
 * A learning record store for tests, on loopback only: the parts of xAPI 1.0.3 the sandbox
 * uses (statements, activity state, agent profile) and the cmi5 fetch URL. It checks what a
 * real LRS checks (credentials, the version header, every statement with xapi-validation, one
 * statement per id) and can play an outage: refuse with 503, or store a batch and then drop the
 * connection so the sender never hears the answer.
 */
import { isDeepStrictEqual } from 'node:util'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import xapiValidation from 'xapi-validation'

/**
 * The validator: a CommonJS module compiled from TypeScript, whose default export is the function
 * under Vitest and one level deeper under Playwright's loader.
 */
export const validateStatement: typeof xapiValidation =
  (xapiValidation as unknown as { default?: typeof xapiValidation }).default ?? xapiValidation

export type Outage = 'none' | 'refuse' | 'lose-answers'

export interface LrsStub {
  endpoint: string
  /** The cmi5 fetch URL: one POST returns the auth token. */
  fetchUrl: string
  auth: string
  statements: Record<string, unknown>[]
  /** Requests that reached the statements resource, outages included. */
  posts: number
  outage: Outage
  /** Activity state documents, by "activityId|stateId|registration". */
  state: Map<string, unknown>
  /** Refusals with their reason, for a failing test to show. */
  refusals: string[]
  /** The stub's request handler, to mount it beside other files on one origin (browser tests). */
  handle(req: IncomingMessage, res: ServerResponse): void
  close(): Promise<void>
}

const TOKEN = Buffer.from('cmi5-session:secret').toString('base64')

export async function startLrs(options: { basic?: string } = {}): Promise<LrsStub> {
  const basic = `Basic ${Buffer.from(options.basic ?? 'key:secret').toString('base64')}`
  const byId = new Map<string, Record<string, unknown>>()
  let fetched = false
  const stub: LrsStub = {
    endpoint: '',
    fetchUrl: '',
    auth: basic,
    statements: [],
    posts: 0,
    outage: 'none',
    state: new Map(),
    refusals: [],
    handle: (req, res) => void body(req).then((text) => handle(req, res, text)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
  const refuse = (res: ServerResponse, status: number, why: string) => {
    stub.refusals.push(`${status} ${why}`)
    res.writeHead(status, { 'Content-Type': 'text/plain' }).end(why)
  }

  const server = createServer((req, res) => stub.handle(req, res))

  function handle(req: IncomingMessage, res: ServerResponse, text: string): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    // Browsers ask first for a cross-origin request with an Authorization header.
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
      'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
    }
    for (const [k, v] of Object.entries(cors)) res.setHeader(k, v)
    if (req.method === 'OPTIONS') return void res.writeHead(204).end()
    if (url.pathname === '/fetch' && req.method === 'POST') {
      // A cmi5 fetch URL answers once; a second request is an error.
      if (fetched)
        return void res
          .writeHead(200)
          .end(JSON.stringify({ 'error-code': '1', 'error-text': 'already used' }))
      fetched = true
      return void res
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ 'auth-token': TOKEN }))
    }
    if (!url.pathname.startsWith('/xapi/')) return refuse(res, 404, 'not found')
    const auth = req.headers.authorization
    if (auth !== basic && auth !== `Basic ${TOKEN}`) return refuse(res, 401, 'bad credentials')
    if (req.headers['x-experience-api-version'] !== '1.0.3') return refuse(res, 400, 'version header')
    const resource = url.pathname.slice('/xapi/'.length)
    if (resource === 'statements') return statements(req, res, url, text)
    if (resource === 'activities/state') {
      const key = ['activityId', 'stateId', 'registration'].map((k) => url.searchParams.get(k)).join('|')
      if (req.method === 'GET') {
        if (!stub.state.has(key)) return refuse(res, 404, `no state ${key}`)
        return void res
          .writeHead(200, { 'Content-Type': 'application/json' })
          .end(JSON.stringify(stub.state.get(key)))
      }
      stub.state.set(key, JSON.parse(text))
      return void res.writeHead(204).end()
    }
    if (resource === 'agents/profile') return refuse(res, 404, 'no profile')
    return refuse(res, 404, `no resource ${resource}`)
  }

  function statements(req: IncomingMessage, res: ServerResponse, url: URL, text: string): void {
    if (req.method === 'GET')
      return void res.writeHead(200).end(JSON.stringify({ statements: stub.statements }))
    stub.posts++
    if (stub.outage === 'refuse') return refuse(res, 503, 'outage')
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch {
      return refuse(res, 400, 'not JSON')
    }
    const batch = (Array.isArray(data) ? data : [data]) as Record<string, unknown>[]
    if (req.method === 'PUT') batch[0]!.id ??= url.searchParams.get('statementId')
    for (const s of batch) {
      const warnings = validateStatement(s)
      if (warnings.length)
        return refuse(res, 400, `invalid: ${warnings.map((w) => w.path.join('.')).join(', ')}`)
      const id = s.id as string | undefined
      if (!id) return refuse(res, 400, 'the sandbox always sets ids')
      const held = byId.get(id)
      if (held && !isDeepStrictEqual(held, s)) return refuse(res, 409, `conflicting ${id}`)
    }
    // All or nothing, as the specification asks of a batch.
    for (const s of batch)
      if (!byId.has(s.id as string)) {
        byId.set(s.id as string, s)
        stub.statements.push(s)
      }
    if (stub.outage === 'lose-answers') return void req.socket.destroy()
    if (req.method === 'PUT') return void res.writeHead(204).end()
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(batch.map((s) => s.id)))
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  stub.endpoint = `http://127.0.0.1:${port}/xapi/`
  stub.fetchUrl = `http://127.0.0.1:${port}/fetch`
  return stub
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    req
      .on('data', (c: Buffer) => chunks.push(c))
      .on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
  })
}
