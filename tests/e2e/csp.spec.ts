/**
 * The built app under its Content-Security-Policy (src/csp.ts: a <meta> in index.html and the
 * header `vite preview` sends, as the hub does): every page, with a case of each process played,
 * loads and works with no violation and no console error; and hostile text in a scenario file
 * (markup, script, javascript: links) shows as text and runs nothing.
 */
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { CSP_HEADER } from '../../src/csp'
import { playableScenarios, Shadow } from './support/engine'
import {
  actions,
  currentCaseId,
  finishExercise,
  openBriefing,
  openCatalog,
  openFirstCase,
  playCase,
  startExercise,
} from './support/ui'

interface Watch {
  /** Violations seen by the page, and console errors or uncaught errors (the worker's included). */
  problems: () => Promise<string[]>
  dialogs: string[]
}

/** Records CSP violations (the DOM event), console errors and page errors from the first byte. */
async function watch(page: Page): Promise<Watch> {
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(globalThis as unknown as { cspViolations: string[] }).cspViolations = seen
    addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      ),
    )
  })
  const errors: string[] = []
  const dialogs: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text()))
      errors.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`))
  const workers: Promise<void>[] = []
  page.on('worker', (worker) => {
    worker.on('console', (message) => {
      if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text()))
        errors.push(`worker console: ${message.text()}`)
    })
    // A worker's violations do not reach the page, and zod's eval probe is caught: check that
    // the engine worker told zod not to compile (src/app/zod-jitless.ts) before it ran.
    workers.push(
      worker
        .evaluate(async () => {
          const config = () =>
            (globalThis as unknown as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig
          for (let i = 0; i < 100 && !config(); i++) await new Promise((r) => setTimeout(r, 50))
          return config()?.jitless === true
        })
        .then(
          (jitless) => {
            if (!jitless) errors.push(`worker ${worker.url()}: zod may compile with eval (jitless not set)`)
          },
          () => undefined,
        ),
    )
  })
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  return {
    dialogs,
    problems: async () => [
      ...(await Promise.all(workers), errors),
      ...(await page.evaluate(
        () => (globalThis as unknown as { cspViolations?: string[] }).cspViolations ?? [],
      )),
    ],
  }
}

test('the policy is delivered as a header and as a meta element', async ({ page }) => {
  const response = await page.goto('/')
  expect(response?.headers()['content-security-policy']).toBe(CSP_HEADER)
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(meta).toContain("script-src 'self'")
  expect(meta).not.toContain('unsafe')
  expect(meta).not.toContain('frame-ancestors')
})

test('every page and a case of each process work with no policy violation or console error', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const watched = await watch(page)
  const scenario = playableScenarios().find((s) => s.id === 'pre-assessment')!
  const shadow = await Shadow.create(scenario, 'practice')
  /** The first case of each process, in the order of the scenario's tasks. */
  const firstOfEach = new Map<string, string>()
  for (const c of shadow.session.cases())
    if (!firstOfEach.has(c.process)) firstOfEach.set(c.process, c.caseId)
  expect(firstOfEach.size, 'the pre-assessment has a case of each process').toBe(7)

  await openCatalog(page)
  await expect(page.getByRole('article').first()).toBeVisible()
  expect(await watched.problems(), 'catalogue').toEqual([])

  await openBriefing(page, scenario.title)
  expect(await watched.problems(), 'briefing').toEqual([])

  await startExercise(page, 'practice')
  const [first, ...others] = [...firstOfEach.values()]
  // One case decided through the UI: forms, feedback, the ledger's postings.
  await page.evaluate((id) => (location.hash = `#/scenario/pre-assessment/work/${id}`), first!)
  await expect(actions(page)).toBeVisible()
  await playCase(page, shadow.steps(first!), 'practice', scenario.jurisdiction.currency.minorUnits)
  // Every other process's workspace: its case, process map, evidence and actions on screen.
  for (const id of others) {
    await page.evaluate((id) => (location.hash = `#/scenario/pre-assessment/work/${id}`), id)
    await expect.poll(() => currentCaseId(page)).toBe(id)
    await expect(actions(page)).toBeVisible()
    const tabs = page.getByRole('tab')
    for (let i = 0; i < Math.min(await tabs.count(), 4); i++) await tabs.nth(i).click()
  }
  await page.getByRole('button', { name: 'Hints', exact: true }).click()
  await page.getByRole('button', { name: /^Reveal hint 1/ }).click()
  await page.getByRole('button', { name: /^Reveal it/ }).click()
  expect(await watched.problems(), 'workspace').toEqual([])

  await finishExercise(page)
  await expect(page.getByRole('region', { name: 'Every decision' })).toBeVisible()
  expect(await watched.problems(), 'results').toEqual([])

  // The studio's editor styles itself: in a shadow root, so the policy need not allow inline styles.
  await page.goto('/#/studio')
  await page.getByRole('button', { name: 'Copy it' }).click()
  const editor = page.getByRole('textbox', { name: 'Scenario YAML' })
  await expect(editor).toBeVisible()
  await expect(editor).toContainText('title:')
  const gutters = page.locator('.cm-gutters')
  expect(await gutters.evaluate((el) => getComputedStyle(el).display), 'editor styled').toBe('flex')
  expect(await watched.problems(), 'studio').toEqual([])
  expect(watched.dialogs).toEqual([])
})

const PAYLOADS = {
  title: '<img src=x onerror=alert("title")> Payload desk',
  summary: '<script>alert("summary")</script> decide each one.',
  objective: '[Read the rule](javascript:alert("objective")) <a href="javascript:alert(1)">here</a>',
  briefing:
    '<svg onload=alert("briefing")></svg><iframe src="javascript:alert(2)"></iframe> Check and decide.',
  hint: '<img src=x onerror=alert("hint")> Compare the national ID.',
  debrief: '<style>body{display:none}</style><object data="x"></object> Discuss duplicates.',
  note: '<img src=x onerror=alert("note")><script>alert("note")</script>',
}

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`

const hostile = readFileSync(new URL('./fixtures/keyboard-desk.yaml', import.meta.url), 'utf8')
  .replace(/^title: .*$/m, `title: ${quote(PAYLOADS.title)}`)
  .replace(/^summary: .*$/m, `summary: ${quote(PAYLOADS.summary)}`)
  .replace(/^ {2}- Decide a registration .*$/m, `  - ${quote(PAYLOADS.objective)}`)
  .replace(/^ {4}briefing: .*$/m, `    briefing: ${quote(PAYLOADS.briefing)}`)
  .replace(/^ {6}- text: .*$/m, `      - text: ${quote(PAYLOADS.hint)}`)
  .concat(`debrief: ${quote(PAYLOADS.debrief)}\n`)

/** Anything the payloads would have created had they been read as markup. */
const ACTIVE =
  'img[src="x"], script:not([src]), iframe, object, embed, svg[onload], style:not([data-vite-dev-id]), a[href^="javascript:"]'

test('markup and script in a scenario file stay text, and nothing runs', async ({ page }) => {
  const watched = await watch(page)
  await openCatalog(page)
  await page.getByLabel('Scenario file (.yaml)').setInputFiles({
    name: 'payload-desk.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(hostile),
  })
  await expect(page.getByRole('heading', { level: 3, name: PAYLOADS.title })).toBeVisible()
  await expect(page.getByText(PAYLOADS.summary)).toBeVisible()
  await expect(page.locator(ACTIVE)).toHaveCount(0)

  await page.getByRole('heading', { level: 3, name: PAYLOADS.title }).getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1, name: PAYLOADS.title })).toBeVisible()
  // Briefings and hints are Markdown, sanitised: the markup goes, the words stay.
  await expect(page.getByText(/Read the rule/).first()).toBeVisible()
  await expect(page.getByText('Check and decide.').first()).toBeVisible()
  await expect(page.locator(ACTIVE)).toHaveCount(0)

  await startExercise(page, 'practice')
  await openFirstCase(page)
  await page.getByRole('button', { name: 'Hints', exact: true }).click()
  await page.getByRole('button', { name: /^Reveal hint 1/ }).click()
  await page.getByRole('button', { name: /^Reveal it/ }).click()
  await expect(page.getByText(/Compare the national ID\./)).toBeVisible()
  await page.getByLabel('New case note').fill(PAYLOADS.note)
  await page.getByRole('button', { name: 'Add note' }).click()
  await expect(page.getByText(PAYLOADS.note)).toBeVisible()
  await expect(actions(page)).toBeVisible()
  await expect(page.locator(ACTIVE)).toHaveCount(0)

  expect(watched.dialogs).toEqual([])
  expect(await watched.problems()).toEqual([])
})
