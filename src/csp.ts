/**
 * The Content-Security-Policy of the built app, in one place for everything that serves it:
 * vite.config.ts writes CSP_META into the built index.html and sends CSP_HEADER from
 * `vite preview`; the workshop hub sends CSP_HEADER and SECURITY_HEADERS with every page.
 *
 * Why each directive (docs/offline-and-csp.md has the details):
 * - scripts, styles, fonts, fetches and the manifest come only from the app's own origin, so a
 *   scenario file's text can never pull in or run anything, even if it reached the page as HTML;
 * - Svelte sets dynamic styles through the CSSOM (element.style), which a policy without
 *   'unsafe-inline' allows; the app has no inline style attributes or <style> elements;
 * - data: images for browser-generated icons only; blob: workers for tools that build one;
 * - frame-ancestors cannot be set from a <meta> element (browsers ignore it there and warn),
 *   so it is only in the header form.
 * Plain data, no imports: the hub and the build load it in Node without the app.
 */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
]

const join = (directives: readonly (readonly [string, string])[]) =>
  directives.map(([name, value]) => `${name} ${value}`).join('; ')

/** For `<meta http-equiv="Content-Security-Policy">` in index.html. */
export const CSP_META = join(DIRECTIVES)

/** For the `Content-Security-Policy` response header: the meta policy, and no framing. */
export const CSP_HEADER = join([...DIRECTIVES, ['frame-ancestors', "'none'"]])

/** Every response header a server of the built app should send with its pages and files. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/**
 * The origins of the learning record stores the built app may send results to (docs/lms.md),
 * from `TAMIS_LRS_ORIGINS` at build time: space- or comma-separated http(s) origins. Anything
 * else stops the build with a message, so the variable can only add an LRS, never loosen
 * another directive.
 */
export function lrsOrigins(value: string | undefined): string[] {
  const origins = (value ?? '').split(/[\s,]+/).filter(Boolean)
  return origins.map((origin) => {
    let url: URL | undefined
    try {
      url = new URL(origin)
    } catch {
      url = undefined
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== origin.replace(/\/$/, ''))
      throw new Error(`TAMIS_LRS_ORIGINS: "${origin}" is not an origin such as https://lrs.example.org`)
    return url.origin
  })
}

/** A policy that may also connect to `origins` (the same policy when there are none). */
export function connectingTo(policy: string, origins: readonly string[]): string {
  if (!origins.length) return policy
  return policy.replace("connect-src 'self'", `connect-src 'self' ${origins.join(' ')}`)
}
