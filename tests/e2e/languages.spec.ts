/**
 * The player in the trainee's language: a French scenario opens in French (with `<html lang>`,
 * figures written the fr-SN way), the trainee switches to Russian and back (remembered), the
 * glossary's terms open their definition, and a French trainee sees no English on the pages of
 * an exercise, and the pages loaded on demand (with their messages) never show a message id; a
 * French scenario opened from a link in an English browser never shows its briefing in English.
 */
import { expect, test, type Page } from '@playwright/test'
import { createTranslator } from '../../src/i18n/render'
import { loadCatalogue } from '../../src/i18n/load'
import { playableScenarios, Shadow } from './support/engine'
import { englishIn } from './support/english'
import { BUSINESS_SECTORS } from '../../src/engine/world/sectors'
import { escape, playStepIn, finishIn } from './support/ui'

const scenario = playableScenarios().find((s) => s.id === 'registration-guichet-unique')!
const { locale, currency } = scenario.jurisdiction
const fr = createTranslator({
  language: 'fr',
  catalogue: await loadCatalogue('fr'),
  country: locale,
  currency,
})
const ru = createTranslator({
  language: 'ru',
  catalogue: await loadCatalogue('ru'),
  country: locale,
  currency,
})

async function openBriefing(page: Page): Promise<void> {
  await page.goto(`/#/scenario/${scenario.id}`)
  await expect(page.getByRole('heading', { level: 1, name: scenario.title })).toBeVisible({ timeout: 30_000 })
}

test('a French scenario is in French, switches to Russian and back, and remembers the choice', async ({
  page,
}) => {
  await openBriefing(page)
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('heading', { name: fr.m('app.briefing.objectives') })).toBeVisible()
  await expect(page.getByRole('heading', { name: fr.m('app.briefing.scored') })).toBeVisible()
  await expect(page.getByRole('button', { name: fr.m('app.briefing.startPractice') })).toBeVisible()
  // Figures the way Senegal writes French: grouped by (narrow) spaces, the symbol after.
  const rules = page.getByRole('region', {
    name: fr.m('app.briefing.rules', { name: scenario.jurisdiction.name }),
  })
  const threshold = fr.money(scenario.jurisdiction.thresholds.vatRegistration)
  expect(threshold).toMatch(/^50\s000\s000\sFCFA$/)
  await expect(rules).toContainText(threshold)

  const menu = page.getByRole('combobox', { name: fr.m('app.shell.language') })
  await menu.selectOption('ru')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await expect(page.getByRole('heading', { name: ru.m('app.briefing.objectives') })).toBeVisible()
  await expect(page.getByRole('button', { name: ru.m('app.briefing.startPractice') })).toBeVisible()
  // The trainer's text stays as written.
  await expect(page.getByRole('heading', { level: 1, name: scenario.title })).toBeVisible()

  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await expect(page.getByRole('heading', { name: ru.m('app.briefing.objectives') })).toBeVisible({
    timeout: 30_000,
  })
  await page.getByRole('combobox', { name: ru.m('app.shell.language') }).selectOption('fr')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('heading', { name: fr.m('app.briefing.objectives') })).toBeVisible()
})

test('a glossary term in the briefing opens its definition, by mouse and by keyboard', async ({ page }) => {
  await openBriefing(page)
  const story = page.getByRole('region', { name: new RegExp(escape(scenario.tasks[0]!.title)) })
  const term = story.getByRole('button', { name: fr.m('glossary.tin.term'), exact: true }).first()
  await expect(term).toHaveAttribute('aria-expanded', 'false')
  await term.click()
  const dialog = page.getByRole('dialog', { name: fr.m('glossary.tin.term') })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText(fr.m('glossary.tin.definition'))
  await expect(term).toHaveAttribute('aria-expanded', 'true')
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(term).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeVisible()
  await expect(dialog).toBeFocused()
  await dialog.getByRole('button', { name: fr.m('common.close') }).click()
  await expect(dialog).toHaveCount(0)
})

const main = (page: Page) => page.locator('#main')

test('a French trainee sees no English on the pages of an exercise', async ({ page }) => {
  test.setTimeout(120_000)
  const shadow = await Shadow.create(scenario, 'practice')
  const seen: Record<string, string[]> = {}

  await openBriefing(page)
  seen.briefing = await englishIn(main(page))

  await page.getByRole('button', { name: fr.m('app.briefing.startPractice') }).click()
  const worklist = page.getByRole('navigation', { name: fr.m('app.workspace.worklist') })
  await expect(worklist).toBeVisible({ timeout: 30_000 })
  seen.worklist = await englishIn(main(page))

  await worklist.locator('tbody tr').getByRole('button').first().click()
  await expect(page.getByRole('region', { name: fr.m('app.case.actions') })).toBeVisible()
  seen['case open'] = await englishIn(main(page))

  const caseId = decodeURIComponent(new URL(page.url()).hash.split('/').pop() ?? '')
  for (const step of shadow.steps(caseId, fr.t)) await playStepIn(page, fr, step, currency.minorUnits)
  await expect(
    page.getByRole('heading', { name: new RegExp(`^${escape(fr.m('app.feedback.heading'))}`) }),
  ).toBeVisible()
  seen['decision feedback'] = await englishIn(main(page))

  await finishIn(page, fr)
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(escape(scenario.title)) })).toBeVisible(
    {
      timeout: 30_000,
    },
  )
  await expect(page.getByRole('region', { name: fr.m('app.outcomes.heading') })).toBeVisible()
  seen.results = await englishIn(main(page))

  const report = Object.entries(seen)
    .filter(([, words]) => words.length)
    .map(([where, words]) => `${where}:\n  ${words.join('\n  ')}`)
    .join('\n')
  expect(report, 'English words on the French pages').toBe('')
})

test('a filing case of a Senegalese world reads in French: its sector and its firms', async ({ page }) => {
  test.setTimeout(120_000)
  // An English scenario in a French-speaking country, read by a trainee who switched to French.
  const filing = playableScenarios().find((s) => s.id === 'filing-non-filers')!
  await page.goto(`/#/scenario/${filing.id}`)
  await expect(page.getByRole('heading', { level: 1, name: filing.title })).toBeVisible({ timeout: 30_000 })
  const en = createTranslator({ language: 'en', catalogue: await loadCatalogue('en') })
  await page.getByRole('combobox', { name: en.m('app.shell.language') }).selectOption('fr')
  await page.getByRole('button', { name: fr.m('app.briefing.startPractice') }).click()
  const worklist = page.getByRole('navigation', { name: fr.m('app.workspace.worklist') })
  await expect(worklist).toBeVisible({ timeout: 30_000 })
  const names = await worklist.locator('tbody tr').allInnerTexts()
  await worklist.locator('tbody tr').getByRole('button').first().click()
  await expect(page.getByRole('region', { name: fr.m('app.case.actions') })).toBeVisible()
  const sector = page.getByText(fr.m('filing.panel.return.sector'), { exact: true }).first()
  await expect(sector).toBeVisible()
  const text = await main(page).innerText()
  // No register sector in English ("ICT services"), no English trade word in a firm's name.
  expect(BUSINESS_SECTORS.map((s) => s.name).filter((name) => text.includes(name))).toEqual([])
  const english = /\b(?:Trading|Stores|Supermarket|Enterprises|Holdings|Properties|Golden|Royal)\b/
  expect(names.filter((n) => english.test(n))).toEqual([])
  // The scenario's own title (h1) is the trainer's English text.
  expect(await englishIn(main(page), 'h1')).toEqual([])
  if (process.env.SHOTS) {
    await sector.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${process.env.SHOTS}/filing-fr.png` })
  }
})

/**
 * Every text the page shows while it loads, recorded as it changes: a page loaded on demand
 * (with its messages) must never show a message id, even for a moment.
 */
const RECORD_TEXTS = `globalThis.tamisTexts = []
new MutationObserver(() => globalThis.tamisTexts.push(document.body ? document.body.innerText : '')).observe(
  document,
  { childList: true, subtree: true, characterData: true },
)`

test('pages loaded on demand open in French with no message id on the way', async ({ browser }) => {
  test.setTimeout(120_000)
  const context = await browser.newContext({ locale: 'fr-FR' })
  const page = await context.newPage()
  await page.addInitScript(RECORD_TEXTS)
  // Messages beyond the first page's (app, common) arrive late, as on a thin link: a page that
  // rendered before its own messages would show their ids meanwhile.
  await page.route(/\/assets\/i18n-[a-z]{2}-(?!app-|common-)[a-z-]+-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500))
    await route.continue()
  })
  const pages = [
    ['/#/', fr.m('app.catalog.heading')],
    ['/#/workshop/import', fr.m('workshop.import.title')],
    ['/#/workshop/new', fr.m('workshop.new.title')],
    ['/#/studio', fr.m('app.shell.studio')],
    [`/#/scenario/${scenario.id}`, scenario.title],
  ] as const
  for (const [address, title] of pages) {
    // A fresh document each time, so each page is the first one this visit loads.
    await page.goto('about:blank')
    await page.goto(address)
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 30_000 })
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    const texts = await page.evaluate(() => (globalThis as unknown as { tamisTexts: string[] }).tamisTexts)
    const ids = texts.flatMap(
      (text) => text.match(/\b(?:app|common|workshop|session|glossary)\.\w+\.\w+/g) ?? [],
    )
    expect(ids, address).toEqual([])
  }
  await context.close()
})

test('a French scenario opened from a link in an English browser never shows its briefing in English', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const context = await browser.newContext({ locale: 'en-US' })
  const page = await context.newPage()
  await page.addInitScript(RECORD_TEXTS)
  await page.goto(`/#/scenario/${scenario.id}`)
  await expect(page.getByRole('heading', { name: fr.m('app.briefing.objectives') })).toBeVisible({
    timeout: 30_000,
  })
  const english = createTranslator({ language: 'en', catalogue: await loadCatalogue('en') })
  const texts = await page.evaluate(() => (globalThis as unknown as { tamisTexts: string[] }).tamisTexts)
  // The briefing's own headings in English, at any moment while the page loaded.
  const flashed = ['app.briefing.objectives', 'app.briefing.scored', 'app.crumbs.briefing']
    .map((id) => english.m(id))
    .filter((words) => texts.some((text) => text.includes(words)))
  expect(flashed).toEqual([])
  await context.close()
})
