/**
 * The evidence a trainee decided without is named by its panel's title in the trainee's language,
 * never by its id ("bank и offset"), and the case history puts the language's colon after a date
 * ("6 oct. 2025 : …" in French). Screenshots of both feedbacks go to test-results/.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'
import { Session } from '../../src/engine/index'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator, type Translator } from '../../src/i18n/render'
import { playableScenarios } from './support/engine'
import { englishIn } from './support/english'
import { escape } from './support/ui'

const commandButton = (label: string) => ({ name: new RegExp(`^${escape(label)}…?$`) })
/** Panel ids a list of evidence used to show as they are. */
const PANEL_IDS =
  /\b(bank|offset|customs|suppliers|agreements|notices|registry|employer|cash-flow|objections|risk)\b/

async function translator(language: 'fr' | 'ru', scenarioId: string): Promise<Translator> {
  const { locale, currency } = playableScenarios().find((s) => s.id === scenarioId)!.jurisdiction
  return createTranslator({ language, catalogue: await loadCatalogue(language), country: locale, currency })
}

/** The page at both sizes, and the missed evidence and the case history, which scroll in their column. */
async function photograph(page: Page, name: string, parts: Locator[]): Promise<void> {
  for (const [width, height] of [
    [1280, 800],
    [768, 1024],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: `test-results/${name}-${width}.png` })
    for (const [i, part] of parts.entries())
      await part.screenshot({ path: `test-results/${name}-${width}-part${i + 1}.png` })
  }
}

/** Opens a case of a scenario in practice mode (the first, or the first whose evidence holds `panel`). */
async function openCase(page: Page, tr: Translator, scenarioId: string, panel?: string) {
  const scenario = playableScenarios().find((s) => s.id === scenarioId)!
  const shadow = await Session.start(scenario)
  const caseId = panel
    ? shadow.cases().find((c) => shadow.truthOf(c.caseId)?.evidence.includes(panel))!.caseId
    : undefined
  await page.goto(`/#/scenario/${scenarioId}`)
  await page.getByRole('button', { name: tr.m('app.briefing.startPractice') }).click()
  const worklist = page.getByRole('navigation', { name: tr.m('app.workspace.worklist') })
  await expect(worklist).toBeVisible({ timeout: 60_000 })
  const rows = worklist.locator('tbody tr')
  await (caseId ? rows.filter({ hasText: caseId }) : rows).first().getByRole('button').first().click()
  const actions = page.getByRole('region', { name: tr.m('app.case.actions') })
  await expect(actions).toBeVisible()
  return actions
}

/** Takes the steps, then the decision `final` with its form as it opens (its reason typed if empty). */
async function decide(page: Page, tr: Translator, steps: string[], final: string, reason: string) {
  const actions = page.getByRole('region', { name: tr.m('app.case.actions') })
  for (const step of steps) await actions.getByRole('button', commandButton(tr.m(step))).click()
  const label = tr.m(final)
  await actions.getByRole('button', commandButton(label)).click()
  const form = actions.getByRole('form', { name: label })
  const text = form.getByRole('textbox').first()
  if ((await text.count()) && !(await text.inputValue())) await text.fill(reason)
  await form.getByRole('button', { name: tr.m('app.form.confirm', { label }) }).click()
  const feedback = page.getByRole('region', { name: new RegExp(escape(tr.m('app.feedback.heading'))) })
  await expect(feedback).toBeVisible()
  return feedback
}

test.describe('a Russian trainee who refuses a refund without the bank account or the offset', () => {
  test.use({ locale: 'ru-RU' })

  test('reads the missed evidence by its Russian titles', async ({ page }) => {
    test.setTimeout(180_000)
    const tr = await translator('ru', 'refunds-first-claims-ru')
    await openCase(page, tr, 'refunds-first-claims-ru', 'bank')
    const feedback = await decide(
      page,
      tr,
      ['refunds.cmd.validate', 'refunds.cmd.assessRisk'],
      'refunds.cmd.refuse',
      'Нет оснований',
    )
    const missed = feedback.locator('p').filter({ hasText: tr.m('app.feedback.missed') })
    await expect(missed).toBeVisible()
    const text = (await missed.textContent()) ?? ''
    expect(text).not.toMatch(PANEL_IDS)
    // Named as the case names its panels: the bank check, the offset, the customs…
    const titles = ['bank', 'offset', 'customs', 'suppliers'].map((p) => tr.m(`refunds.panel.${p}.title`))
    expect(
      titles.some((title) => text.includes(title)),
      text,
    ).toBe(true)
    expect(await englishIn(page.locator('body'))).toEqual([])
    await photograph(page, 'ru-missed-evidence', [missed, page.locator('ol.history')])
  })
})

test.describe('a French trainee on the collection desk', () => {
  test.use({ locale: 'fr-SN' })

  test('reads the missed evidence in French and the case history with « : »', async ({ page }) => {
    test.setTimeout(180_000)
    const tr = await translator('fr', 'collection-lawful-enforcement')
    await openCase(page, tr, 'collection-lawful-enforcement', 'agreements')
    const feedback = await decide(
      page,
      tr,
      ['collection.cmd.checkNotices'],
      'collection.cmd.diarise',
      'Motif',
    )
    const missed = feedback.locator('p').filter({ hasText: tr.m('app.feedback.missed') })
    await expect(missed).toContainText(tr.m('collection.panel.agreements.title'))
    expect((await missed.textContent()) ?? '').not.toMatch(PANEL_IDS)
    const history = page.locator('ol.history li').first()
    // "6 oct. 2025 : Consulter les relances…": the French colon, after a space (or a no-break space).
    await expect(history).toHaveText(/^\s*\d{1,2} \S+ \d{4}[\s\u00a0\u202f]:\s+\S/)
    expect(await englishIn(page.locator('body'))).toEqual([])
    await photograph(page, 'fr-missed-evidence', [missed, page.locator('ol.history')])
  })
})
