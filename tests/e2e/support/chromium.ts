/**
 * Which Chromium the browser tests run and with which flags, in one place for the Playwright
 * config and for the specs that launch a browser themselves (the kill test).
 * Playwright cannot download browsers on the build machines, so prefer the system Chromium
 * (Debian: apt-get install -y chromium). Without one, fall back to Playwright's own browser.
 */
import { existsSync } from 'node:fs'

export function systemChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  return undefined
}

/** Headless in a container, with no background traffic the closed network would refuse. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
