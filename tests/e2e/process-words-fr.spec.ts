/**
 * A French trainee's case in a filing scenario reads one colon a sentence where the page sets a
 * process state's name after its own label: the map's diagram (« étape actuelle : Déclaration
 * reçue — à traiter »), its list (« Ouvert (étape non atteinte) : Accepter… → … », the words
 * agreeing with « étape »), and every option of every form the case opens. Played with the
 * engine's best answers; screenshots of the case with its map go to test-results/.
 */
import { expect, test, type Page } from '@playwright/test'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator } from '../../src/i18n/render'
import { playableScenarios, Shadow } from './support/engine'
import { escape, playStepIn, screenshots } from './support/ui'

const scenario = playableScenarios().find((s) => s.id === 'filing-premieres-declarations')!
const { locale, currency } = scenario.jurisdiction
const fr = createTranslator({
  language: 'fr',
  catalogue: await loadCatalogue('fr'),
  country: locale,
  currency,
})
const en = createTranslator({ language: 'en', catalogue: await loadCatalogue('en') })

/** The colons of a text outside its quotations (a time "10:30" aside). */
const colons = (text: string) =>
  (text.replace(/«[^»]*»|“[^”]*”/g, '«…»').match(/(?<!\d):|:(?!\d)/g) ?? []).length

async function mapWords(page: Page): Promise<{ diagram: string; items: string[] }> {
  const map = page.locator('section.map')
  const diagram = (await map.locator('svg[role="img"]').getAttribute('aria-label')) ?? ''
  const list = map.locator('details.outline')
  if (!(await list.evaluate((d: HTMLDetailsElement) => d.open))) await list.locator('summary').click()
  return { diagram, items: await list.locator('li').allInnerTexts() }
}

test('a French filing case: state names, the map list and form options hold one colon a sentence', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  await page.getByRole('combobox', { name: en.m('app.shell.language') }).selectOption('fr')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await page.getByRole('heading', { name: scenario.title, exact: true }).getByRole('link').first().click()
  await expect(page.getByRole('heading', { level: 1, name: scenario.title })).toBeVisible({ timeout: 30_000 })
  const shadow = await Shadow.create(scenario, 'practice')
  await page.getByRole('button', { name: fr.m('app.briefing.startPractice') }).click()
  const worklist = page.getByRole('navigation', { name: fr.m('app.workspace.worklist') })
  await expect(worklist).toBeVisible({ timeout: 30_000 })
  await worklist.locator('tbody tr').getByRole('button').first().click()
  await expect(page.getByRole('heading', { name: fr.m('app.map.heading') })).toBeVisible()
  const id = decodeURIComponent(new URL(page.url()).hash.split('/').pop() ?? '')

  const found: string[] = []
  const check = async (where: string) => {
    const { diagram, items } = await mapWords(page)
    expect(diagram).toMatch(new RegExp(`^${escape(fr.m('app.map.diagram', { current: '' }))}.+`))
    for (const text of [diagram, ...items]) if (colons(text) > 1) found.push(`${where}: ${text}`)
    return items
  }
  const items = await check('opened')
  // The states not reached yet are said with words that agree with « étape ».
  expect(items.some((item) => item.includes(`(${fr.m('app.map.notReached')}`))).toBe(true)
  expect(fr.m('app.map.notReached')).toMatch(/^étape /)
  await screenshots(page, 'process-words-fr-case')

  const actions = page.getByRole('region', { name: fr.m('app.case.actions') })
  for (const step of shadow.steps(id, fr.t)) {
    if (step.kind === 'command' && step.form) {
      await actions.getByRole('button', { name: new RegExp(`^${escape(step.label)}…?$`) }).click()
      const form = actions.getByRole('form', { name: step.label })
      for (const option of await form.locator('option, label').allInnerTexts())
        if (colons(option) > 0) found.push(`${step.label}: option ${option}`)
      await actions.getByRole('button', { name: new RegExp(`^${escape(step.label)}…?$`) }).click()
    }
    await playStepIn(page, fr, step, currency.minorUnits)
    await check(`after ${step.kind === 'command' ? step.label : step.kind}`)
  }
  await expect(
    page.getByRole('heading', { name: new RegExp(`^${escape(fr.m('app.feedback.heading'))}`) }),
  ).toBeVisible()
  await screenshots(page, 'process-words-fr-decided')
  expect(found).toEqual([])
})

test('a French officer opening an objector’s account reads each return by its tax and period, not a record id', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const objections = playableScenarios().find((s) => s.id === 'objections-first-steps')!
  const words = createTranslator({
    language: 'fr',
    catalogue: await loadCatalogue('fr'),
    country: objections.jurisdiction.locale,
    currency: objections.jurisdiction.currency,
  })
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  await page.getByRole('combobox', { name: en.m('app.shell.language') }).selectOption('fr')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await page.getByRole('heading', { name: objections.title, exact: true }).getByRole('link').first().click()
  await page.getByRole('button', { name: words.m('app.briefing.startPractice') }).click()
  const worklist = page.getByRole('navigation', { name: words.m('app.workspace.worklist') })
  await expect(worklist).toBeVisible({ timeout: 30_000 })
  // OBJ-2025-0002: the return the audit corrected was filed for this story (seed of the scenario).
  await worklist.locator('tbody tr').filter({ hasText: 'OBJ-2025-0002' }).getByRole('button').first().click()
  const actions = page.getByRole('region', { name: words.m('app.case.actions') })
  await actions.getByRole('button', { name: words.m('objections.cmd.checkPayments') }).click()
  const account = page.getByRole('tabpanel')
  await expect(account.getByRole('table').first()).toBeVisible()
  await expect(account).toContainText(/Déclaration \(TVA, \d{4}-\d{2}\)/)
  await expect(account).not.toContainText(/objections-\d/)
  await screenshots(page, 'process-words-fr-account')
  await account.screenshot({ path: 'test-results/process-words-fr-account-panel.png' })
})
