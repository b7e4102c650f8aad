/**
 * Money as the scenario's country writes it, on the hub as in the standalone app: a French
 * trainee of a workshop reads the taxpayer's account in FCFA with no decimals (never "¤" with
 * two, 100 times too small) and types amounts the French way; the trainer's debrief writes the
 * answer's amount the same way; a Russian trainee's "1 250,50" is 1 250,50 сом, not 125 050.
 */
import { expect, test, type Page } from '@playwright/test'
import { isMoney, type Panel, type Scenario, type Text, type Value } from '../../src/engine/index'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator, type Translator } from '../../src/i18n/render'
import { playableScenarios, Shadow, type UiStep } from './support/engine'
import { useHub } from './support/hub'
import { escape, playStepIn, readStored, screenshots } from './support/ui'

const catalogues = { fr: await loadCatalogue('fr'), ru: await loadCatalogue('ru') }
const LANGUAGE_MENU = /language|langue|язык|idioma/i

/** The words and figures the standalone app uses for `scenario` in `language` (App.svelte → page.scenario). */
function standalone(scenario: Scenario, language: 'fr' | 'ru'): Translator {
  return createTranslator({
    language,
    catalogue: catalogues[language],
    country: scenario.jurisdiction.locale,
    currency: scenario.jurisdiction.currency,
  })
}

/** Any space between digit groups as a keyboard types it. */
const typedSpaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')
const collapse = (s: string) => typedSpaces(s).replace(/\s+/g, ' ').trim()

/**
 * The first case whose best answer types an amount, without waiting on the calendar, and its
 * steps with that amount written as `write` types it.
 */
async function caseWithAmount(
  scenario: Scenario,
  words: Translator,
  write: (minor: number) => string,
): Promise<{ caseId: string; steps: UiStep[]; shadow: Shadow }> {
  const probe = await Shadow.create(scenario, 'practice')
  const render = (t: Text) => words.t(t)
  const hasAmount = (steps: UiStep[]) =>
    steps.some(
      (s) => s.kind === 'command' && s.fields.some((f) => f.kind === 'money' && typeof f.value === 'number'),
    )
  const caseId = probe.caseIds.find((id) => {
    const steps = probe.steps(id, render)
    return hasAmount(steps) && !steps.some((s) => s.kind === 'clock')
  })
  if (!caseId) throw new Error(`${scenario.id}: no case types an amount`)
  const shadow = await Shadow.create(scenario, 'practice')
  const steps = shadow.steps(caseId, render).map((s) =>
    s.kind !== 'command'
      ? s
      : {
          ...s,
          fields: s.fields.map((f) =>
            f.kind === 'money' && typeof f.value === 'number' ? { ...f, value: write(f.value) } : f,
          ),
        },
  )
  return { caseId, steps, shadow }
}

/** Every amount in a panel's tables and facts, as `words` writes it. */
function amountsIn(panel: Panel, words: Translator): string[] {
  const values = panel.sections.flatMap((s): readonly Value[] =>
    s.kind === 'table' ? s.rows.flat() : s.kind === 'facts' ? s.rows.map((r) => r.value) : [],
  )
  return values.filter(isMoney).map((v) => collapse(words.t(v)))
}

/** The panel's tab, opened on the trainee's page, shows each of its amounts as `words` writes them. */
async function expectAmounts(page: Page, panel: Panel, words: Translator, shot: string): Promise<void> {
  const expected = amountsIn(panel, words)
  expect(expected.length).toBeGreaterThan(0)
  // FCFA has no minor unit: never "6 819,30".
  for (const amount of expected) expect(amount).toMatch(/^[-−]?[\d ]+ FCFA$/)
  const title = words.t(panel.title)
  await page
    .getByRole('tablist', { name: words.m('app.evidence.panels') })
    .getByRole('tab', { name: title, exact: true })
    .click()
  const shown = page.getByRole('tabpanel', { name: title })
  await expect(shown).toBeVisible()
  const text = collapse((await shown.textContent()) ?? '')
  for (const amount of expected) expect(text).toContain(amount)
  expect(text).not.toContain('¤')
  await screenshots(page, shot)
}

async function pick(page: Page, language: 'fr' | 'ru'): Promise<void> {
  await page.getByRole('combobox', { name: LANGUAGE_MENU }).selectOption(language)
  await expect(page.locator('html')).toHaveAttribute('lang', language)
}

const hub = useHub()

test('a French workshop trainee reads and types FCFA as the standalone app writes them, and so does the debrief', async ({
  browser,
}) => {
  test.setTimeout(300_000)
  const scenario = playableScenarios().find((s) => s.id === 'collection-lawful-enforcement')!
  expect(scenario.jurisdiction.currency).toMatchObject({ code: 'XOF', minorUnits: 0 })
  const fr = standalone(scenario, 'fr')
  // "681 930", typed with ordinary spaces as French groups it.
  const { caseId, steps, shadow } = await caseWithAmount(scenario, fr, (minor) =>
    typedSpaces(new Intl.NumberFormat('fr-SN').format(minor)),
  )
  const created = await fetch(`${hub.url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Atelier recouvrement',
      scenarioId: scenario.id,
      mode: 'practice',
      hints: true,
      variants: 'same',
    }),
  })
  const { workshop, trainerToken } = (await created.json()) as {
    workshop: { id: string }
    trainerToken: string
  }

  const trainee = await (await browser.newContext()).newPage()
  trainee.setDefaultTimeout(30_000)
  await trainee.goto(`${hub.url}/#/workshop/${workshop.id}/join`)
  await pick(trainee, 'fr')
  await trainee.getByLabel(fr.m('workshop.join.name')).fill('Awa')
  await trainee.getByRole('button', { name: fr.m('workshop.join.join') }).click()
  await expect(trainee.getByRole('status').filter({ hasText: fr.m('workshop.sync.synced') })).toBeVisible({
    timeout: 90_000,
  })
  await trainee.goto(`${hub.url}/#/workshop/${workshop.id}/play/${encodeURIComponent(caseId)}`)

  // The case's first panel as it opens, then the taxpayer's account once the checks have
  // opened it: every amount as the standalone app writes it for the same world.
  const before = await Shadow.create(scenario, 'practice')
  before.session.send({ type: 'case.open', caseId })
  await expectAmounts(trainee, before.session.caseView(caseId).panels[0]!, fr, 'money-hub-trainee-case-fr')
  // The amount field is labelled with FCFA, and French grouping is typed as it reads.
  for (const step of steps) await playStepIn(trainee, fr, step, 0)
  const account = shadow.session.caseView(caseId).panels.find((p) => p.id === 'account')!
  await expectAmounts(trainee, account, fr, 'money-hub-trainee-account-fr')
  await expect(trainee.getByRole('status').filter({ hasText: fr.m('workshop.sync.synced') })).toBeVisible()

  // The trainer's debrief in French: the answer's amount as the trainee's pages wrote it.
  const trainer = await (await browser.newContext()).newPage()
  trainer.setDefaultTimeout(30_000)
  await trainer.goto(`${hub.url}/#/workshop/${workshop.id}/dashboard`)
  await pick(trainer, 'fr')
  await trainer.getByLabel(fr.m('workshop.dash.token')).fill(trainerToken)
  await trainer.getByRole('button', { name: fr.m('workshop.dash.open') }).click()
  await trainer.getByLabel(fr.m('workshop.dash.debriefAny')).fill(caseId)
  await trainer.getByRole('button', { name: fr.m('workshop.dash.debrief'), exact: true }).click()
  const debrief = trainer.getByRole('region', {
    name: new RegExp(`^${escape(fr.m('workshop.dash.debriefCase'))}`),
  })
  await debrief.getByRole('button', { name: fr.m('workshop.dash.showAnswer') }).click()
  const decision = shadow.finish().decisions.find((d) => d.caseId === caseId)!
  const answer = collapse(fr.t(decision.expected))
  expect(answer).toMatch(/\d FCFA/)
  await expect.poll(async () => collapse((await debrief.textContent()) ?? '')).toContain(answer)
  expect(collapse((await debrief.textContent()) ?? '')).not.toContain('¤')
  await screenshots(trainer, 'money-hub-debrief-fr')
})

test('a Russian trainee types "1 250,50" in an amount field and the decision records 125050 minor units', async ({
  page,
}) => {
  test.setTimeout(240_000)
  page.setDefaultTimeout(30_000)
  const scenario = playableScenarios().find((s) => s.id === 'refunds-first-claims-ru')!
  expect(scenario.jurisdiction.currency.minorUnits).toBe(2)
  const ru = standalone(scenario, 'ru')
  const render = (t: Text) => ru.t(t)
  // A claim the best answer approves in full: its checks first, then part of it is approved instead.
  const approveFull = ru.m('refunds.cmd.approveFull')
  const shadow = await Shadow.create(scenario, 'practice')
  const caseId = shadow.caseIds[0]!
  const steps = shadow.steps(caseId, render)
  const at = steps.findIndex((s) => s.kind === 'command' && s.label === approveFull)
  expect(at).toBeGreaterThan(0)
  await page.goto(`${hub.url}/#/scenario/${scenario.id}`)
  await page.getByRole('button', { name: ru.m('app.briefing.startPractice') }).click()
  await expect(page.getByRole('navigation', { name: ru.m('app.workspace.worklist') })).toBeVisible({
    timeout: 90_000,
  })
  await page.goto(`${hub.url}/#/scenario/${scenario.id}/work/${encodeURIComponent(caseId)}`)
  for (const step of steps.slice(0, at)) await playStepIn(page, ru, step, 2)
  const label = ru.m('refunds.cmd.approvePartial')
  const actions = page.getByRole('region', { name: ru.m('app.case.actions') })
  await actions.getByRole('button', { name: new RegExp(`^${escape(label)}…?$`) }).click()
  const form = actions.getByRole('form', { name: label })
  // Labelled with the som's symbol, as the amounts beside it are written.
  const input = form.getByLabel(
    `${ru.m('refunds.field.amountAllowed')} (${scenario.jurisdiction.currency.symbol})`,
  )
  const confirm = form.getByRole('button', { name: ru.m('app.form.confirm', { label }) })
  await input.fill('1,250')
  await confirm.click()
  // Refused, with the example as the page writes amounts (1 250,50, not 1250.50).
  await expect(form.getByRole('alert')).toContainText(
    /знаков после запятой\. В поле «.+» введите, например, 1\s250,50\./,
  )
  await screenshots(page, 'money-typed-refused-ru')
  await input.fill('1 250,50')
  await confirm.click()
  // The saved session holds the step with the amount in minor units: 1 250,50 сом.
  const amounts = async () => {
    const found: unknown[] = []
    JSON.stringify(JSON.parse((await readStored(page, scenario.id)) ?? 'null'), (key, value: unknown) => {
      if (key === 'amount') found.push(value)
      return value
    })
    return found
  }
  await expect.poll(amounts).toContain(125050)
})
