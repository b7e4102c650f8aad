// The service worker of the built app (the build prepends self.__TAMIS_PRECACHE__ with the
// list of every file in dist/ and a version derived from their contents; see
// src/build/offline.ts). After one visit every file is in the cache, so the sandbox, its
// engine worker and faker's locale data all work with the network off.
// Cache first: the files are content-hashed, and a new build is a new version of this script,
// which the browser installs in the background and uses once no tab runs the old one.
const { version, files } = self.__TAMIS_PRECACHE__
const CACHE = `tamis-sandbox-${version}`
const PREFIX = 'tamis-sandbox-'
const scope = new URL(self.registration.scope)
/** The page itself is cached under the scope's address, which every static server answers. */
const PAGE = new URL('./', scope).href

/** A redirected response cannot answer a navigation; keep only its body and headers. */
async function clean(response) {
  if (!response.redirected) return response
  return new Response(await response.blob(), { status: response.status, headers: response.headers })
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        files.map(async (file) => {
          const url = file === 'index.html' ? PAGE : new URL(file, scope).href
          const response = await fetch(url, { cache: 'reload' })
          if (!response.ok) throw new Error(`${url}: ${response.status}`)
          await cache.put(url, await clean(response))
        }),
      ),
    ),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== scope.origin) return
  const page =
    request.mode === 'navigate' &&
    (url.href.split(/[?#]/)[0] === PAGE || url.pathname === `${scope.pathname}index.html`)
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Each address is cached once, by the install's plain fetch. A server may mark its answers
      // `Vary: Origin` (vite preview does), and the page asks for its scripts and style sheets as
      // CORS requests, which carry an Origin header the install's request did not: matching on
      // Vary would miss every one of them with the network off.
      const hit = await cache.match(page ? PAGE : request, { ignoreSearch: page, ignoreVary: true })
      return hit ?? fetch(request)
    }),
  )
})
