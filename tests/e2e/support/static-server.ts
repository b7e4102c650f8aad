/**
 * A plain static file server for dist/ under a sub-path (e.g. /sandbox/), as a school's web
 * server or `npx serve` would host a copy of the build: no SPA fallback, no rewriting, only
 * files and their types. Optional headers (the CSP) like any server a trainer configures.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'

export const DIST = join(import.meta.dirname, '../../../dist')

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:40123/sandbox/ */
  url: string
  /** Paths asked for that do not exist, to catch a missing favicon or chunk. */
  missing: string[]
  close: () => Promise<void>
}

/**
 * `elsewhere` answers the requests outside `prefix` (e.g. a learning record store on the same
 * origin, which the app's policy lets it reach); without it they are 404s.
 */
export async function serveDist(
  prefix: string,
  headers: Record<string, string> = {},
  elsewhere?: (request: IncomingMessage, response: ServerResponse) => void,
  root: string = DIST,
): Promise<StaticServer> {
  const missing: string[] = []
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    if (!path.startsWith(prefix) && elsewhere) return elsewhere(request, response)
    if (!path.startsWith(prefix)) {
      missing.push(path)
      response.writeHead(404).end()
      return
    }
    let file = normalize(join(root, path.slice(prefix.length)))
    if (file.startsWith(root) && existsSync(file) && statSync(file).isDirectory())
      file = join(file, 'index.html')
    if (!file.startsWith(root) || !existsSync(file)) {
      missing.push(path)
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, {
      ...headers,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    })
    createReadStream(file).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    missing,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
