/**
 * The player in the trainee's language: a French scenario opens in French (with `<html lang>`,
 * figures written the fr-SN way), the trainee switches to Russian and back (remembered), the
 * glossary's terms open their definition, and a French trainee sees no English on the pages of
 * an exercise.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'
import { createTranslator } from '../../src/i18n/render'
import { loadCatalogue } from '../../src/i18n/load'
import { playableScenarios, Shadow, type UiStep } from './support/engine'

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
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

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
  expect(threshold).toMatch(/^50\s000\s000\sCFA$/)
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

/**
 * Common English words that are not also French words (so "a", "on", "or", "as", "an", "note",
 * "date", "points", "type" are left out). A scenario's own text is French; names and ids are data.
 */
const ENGLISH = new Set(
  (
    'the and of to is are was were with for your you this that these those not has have had will would ' +
    'from by been which what when where who why how into than then but if only more each every after ' +
    'before case cases decision decisions decided evidence back start finish results hint hints today ' +
    'days day open none register search taxpayer taxpayers approve reject refuse request check name amount ' +
    'status priority worklist feedback step steps next previous practice assessment level application ' +
    'applicant issue issued registered registration verify verified record records found missing match ' +
    'matches business company individual owner phone number yes all any other new old wrong ' +
    'harmful late left received opened closed waiting pending review reviewed already taken take ' +
    'submit confirm cancel close save download print try again should must may can could'
  ).split(' '),
)

/**
 * The English words of the text in `where`, each with a little of its context. A trainer's own
 * text (marked `data-authored`: briefings, objectives, the profile's disclaimer) stays as written
 * and is left out.
 */
async function englishIn(where: Locator): Promise<string[]> {
  const text = await where.evaluate((root) => {
    const parts: string[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest('[data-authored], style, script')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    })
    while (walker.nextNode()) parts.push(walker.currentNode.textContent ?? '')
    return parts.join(' ')
  })
  const found: string[] = []
  for (const match of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const word = match[0].toLowerCase()
    if (!ENGLISH.has(word)) continue
    const at = match.index ?? 0
    found.push(`“${match[0]}” in “…${text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ')}…”`)
  }
  return found
}

const main = (page: Page) => page.locator('#main')

async function play(page: Page, step: UiStep): Promise<void> {
  const actions = page.getByRole('region', { name: fr.m('app.case.actions') })
  if (step.kind === 'clock') throw new Error('this scenario needs no waiting')
  if (step.kind === 'evidence') {
    await page
      .getByRole('tablist', { name: fr.m('app.evidence.panels') })
      .getByRole('tab', { name: step.title, exact: true })
      .click()
    return
  }
  await actions.getByRole('button', { name: new RegExp(`^${escape(step.label)}…?$`) }).click()
  if (step.form) {
    const form = actions.getByRole('form', { name: step.label })
    for (const field of step.fields) {
      if (field.value === undefined) continue
      if (field.kind === 'multiselect') {
        const chosen = Array.isArray(field.value) ? field.value : []
        const group = form.getByRole('group', { name: new RegExp(`^${escape(field.label)}`) })
        for (const option of field.options)
          await group
            .getByRole('checkbox', { name: option.label, exact: true })
            .setChecked(chosen.includes(option.value))
        continue
      }
      const input = form.getByLabel(new RegExp(`^${escape(field.label)}`))
      if (field.kind === 'select') await input.selectOption(String(field.value))
      else await input.fill(String(field.value))
    }
    await form.getByRole('button', { name: fr.m('app.form.confirm', { label: step.label }) }).click()
  }
  await expect(actions.getByText(new RegExp(`^${escape(fr.m('app.commands.notDone'))}`))).toHaveCount(0)
}

// FIXME (engine text, not the player's): on 6 Dec 2026 the registration process still speaks English
// — case titles ("Individual: …", "Business: …"), its state and step labels ("Application received",
// "Verify identity with the registry", the transition "registration.applicantReplied"), its panels
// ("Application form", "Expected turnover", "CFA 106,000,000 a year") and its feedback, flags and
// expected answers; evidence panel ids in the results are humanised English ("Civil registry").
// Everything the player writes itself is French. Turn this on when the registration process speaks in ids.
test.fixme('a French trainee sees no English on the pages of an exercise', async ({ page }) => {
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
  for (const step of shadow.steps(caseId, fr.t)) await play(page, step)
  await expect(
    page.getByRole('heading', { name: new RegExp(`^${escape(fr.m('app.feedback.heading'))}`) }),
  ).toBeVisible()
  seen['decision feedback'] = await englishIn(main(page))

  await page.getByRole('button', { name: fr.m('app.workspace.finish') }).click()
  await page
    .getByRole('dialog')
    .getByRole('button', { name: fr.m('app.finish.confirm') })
    .click()
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
