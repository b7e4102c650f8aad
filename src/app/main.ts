import { mount } from 'svelte'
import App from './App.svelte'
import './styles.css'

const target = document.getElementById('app')
if (!target) throw new Error('index.html has no #app element')

/** Never a blank page: if the application cannot even start, say so in plain words. */
function fallback(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error)
  const page = document.createElement('div')
  page.setAttribute('role', 'alert')
  page.style.cssText = 'max-width:40rem;margin:2rem auto;padding:0 1rem;font-family:system-ui,sans-serif'
  page.innerHTML =
    '<h1>TAMIS Sandbox could not start</h1><p>Reload the page. If this happens again, your browser may be too old or blocking scripts; tell your trainer what it says below.</p><pre></pre>'
  page.querySelector('pre')!.textContent = message
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

// Keeps every file of this build in the browser after the first visit, so the sandbox works
// offline and can be installed. Not in development (the dev server's files change all the time),
// and only where browsers allow it (https, localhost; never from file://).
if (import.meta.env.PROD && 'serviceWorker' in navigator && isSecureContext)
  addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // No offline copy (e.g. blocked by the browser's settings); the sandbox works online as before.
    })
  })

export default app
