import { mount } from 'svelte'
import App from './App.svelte'
import './styles.css'
import { afterPaint } from './after-paint'
import { m } from './i18n.svelte'

const target = document.getElementById('app')
if (!target) throw new Error('index.html has no #app element')

/** Never a blank page: if the application cannot even start, say so in plain words. */
function fallback(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error)
  const page = document.createElement('div')
  page.setAttribute('role', 'alert')
  page.style.cssText = 'max-width:40rem;margin:2rem auto;padding:0 1rem;font-family:system-ui,sans-serif'
  const heading = document.createElement('h1')
  const advice = document.createElement('p')
  const details = document.createElement('pre')
  heading.textContent = m('app.shell.cannotStart')
  advice.textContent = m('app.shell.cannotStartText')
  details.textContent = message
  page.append(heading, advice, details)
  target!.replaceChildren(page)
}

let app: ReturnType<typeof mount> | undefined
try {
  // index.html holds a "Loading…" line (and the page shown when opened from disk) until now.
  target.replaceChildren()
  app = mount(App, { target })
} catch (error) {
  fallback(error)
}

// Connects to an LMS when the page was launched by one or an LRS is configured (src/app/lms),
// once the first page has painted.
afterPaint(
  () =>
    void import('./lms/boot')
      .then((lms) => lms.boot())
      .catch(() => {
        // The exercise works the same without its LMS connection; boot.ts shows its own problems.
      }),
)

// Keeps every file of this build in the browser after the first visit, so the sandbox works
// offline and can be installed. Not in development (the dev server's files change all the time),
// and only where browsers allow it (https, localhost; never from file://). This module waits for
// the first page's messages (a top-level await in i18n.svelte.ts), so the page may have finished
// loading before it runs: then register at once, or the load event would never come.
if (import.meta.env.PROD && 'serviceWorker' in navigator && isSecureContext) {
  const register = () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // No offline copy (e.g. blocked by the browser's settings); the sandbox works online as before.
    })
  }
  if (document.readyState === 'complete') register()
  else addEventListener('load', register, { once: true })
}

export default app
