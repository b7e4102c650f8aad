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

/** One trainee's decision without some evidence, and what their feedback must say. */
interface Missed {
  who: string
  does: string
  language: 'fr' | 'ru'
  locale: string
  scenarioId: string
  /** A case whose evidence holds this panel, decided without opening it. */
  panel: string
  steps: string[]
  final: string
  reason: string
  /** The panels' titles (message ids) the missed evidence names at least one of. */
  named: string[]
  photo: string
  /** What else the case's page must show. */
  more?: (page: Page) => Promise<void>
}

const CASES: Missed[] = [
  {
    who: 'a Russian trainee who refuses a refund without the bank account or the offset',
    does: 'reads the missed evidence by its Russian titles',
    language: 'ru',
    locale: 'ru-RU',
    scenarioId: 'refunds-first-claims-ru',
    panel: 'bank',
    steps: ['refunds.cmd.validate', 'refunds.cmd.assessRisk'],
    final: 'refunds.cmd.refuse',
    reason: 'Нет оснований',
    // Named as the case names its panels: the bank check, the offset, the customs…
    named: ['bank', 'offset', 'customs', 'suppliers'].map((p) => `refunds.panel.${p}.title`),
    photo: 'ru-missed-evidence',
  },
  {
    who: 'a French trainee on the collection desk',
    does: 'reads the missed evidence in French and the case history with « : »',
    language: 'fr',
    locale: 'fr-SN',
    scenarioId: 'collection-lawful-enforcement',
    panel: 'agreements',
    steps: ['collection.cmd.checkNotices'],
    final: 'collection.cmd.diarise',
    reason: 'Motif',
    named: ['collection.panel.agreements.title'],
    photo: 'fr-missed-evidence',
    async more(page) {
      // "6 oct. 2025 : Consulter les relances…": the French colon, after a space (or a no-break space).
      await expect(page.locator('ol.history li').first()).toHaveText(
        /^\s*\d{1,2} \S+ \d{4}[\s\u00a0\u202f]:\s+\S/,
      )
    },
  },
]

for (const c of CASES)
  test.describe(c.who, () => {
    test.use({ locale: c.locale })

    test(c.does, async ({ page }) => {
      test.setTimeout(180_000)
      const tr = await translator(c.language, c.scenarioId)
      await openCase(page, tr, c.scenarioId, c.panel)
      const feedback = await decide(page, tr, c.steps, c.final, c.reason)
      const missed = feedback.locator('p').filter({ hasText: tr.m('app.feedback.missed') })
      await expect(missed).toBeVisible()
      const text = (await missed.textContent()) ?? ''
      expect(text).not.toMatch(PANEL_IDS)
      expect(
        c.named.some((id) => text.includes(tr.m(id))),
        text,
      ).toBe(true)
      await c.more?.(page)
      expect(await englishIn(page.locator('body'))).toEqual([])
      await photograph(page, c.photo, [missed, page.locator('ol.history')])
    })
  })
