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
  app = mount(App, { target })
} catch (error) {
  fallback(error)
}

// A bench-only hook (`?bench=generate&taxpayers=100000`), loaded on demand; see tests/bench/browser.ts.
if (new URLSearchParams(location.search).has('bench')) void import('./worker/bench').then((b) => b.run())

export default app
