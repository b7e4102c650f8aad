/**
 * Draws the PNG icons of public/ from public/favicon.svg with the system Chromium; run after
 * changing the SVG: `npx tsx src/build/icons.ts`. The PNGs are committed, so building the app
 * needs no image tool. The maskable icon keeps the artwork inside the central safe zone.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'

const PUBLIC = join(import.meta.dirname, '../../public')
const svg = readFileSync(join(PUBLIC, 'favicon.svg'), 'utf8')
const ICONS = [
  { file: 'icon-192.png', size: 192, padding: 0 },
  { file: 'icon-512.png', size: 512, padding: 0 },
  { file: 'apple-touch-icon.png', size: 180, padding: 0 },
  { file: 'icon-maskable-512.png', size: 512, padding: 0.12 },
]

const browser = await chromium.launch({
  ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
  args: ['--no-sandbox', '--disable-gpu'],
})
try {
  for (const { file, size, padding } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    const inner = Math.round(size * (1 - 2 * padding))
    await page.setContent(
      `<body style="margin:0;background:${padding ? '#102a43' : 'transparent'};display:grid;place-items:center;height:${size}px">` +
        `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${inner}" height="${inner}"></body>`,
    )
    await page.screenshot({ path: join(PUBLIC, file), omitBackground: padding === 0 })
    await page.close()
  }
} finally {
  await browser.close()
}
