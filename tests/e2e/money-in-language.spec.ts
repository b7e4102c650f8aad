/**
 * Money as the scenario's country writes it, on the hub as in the standalone app: a French
 * trainee of a workshop reads the taxpayer's account in FCFA with no decimals (never "¤" with
 * two, 100 times too small) and types amounts the French way; the trainer's debrief writes the
 * answer's amount the same way; a Russian trainee's "1 250,50" is 1 250,50 сом, not 125 050.
 */
import { expect, test, type Page } from '@playwright/test'
import { isMoney, type Scenario, type Text, type Value } from '../../src/engine/index'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator, type Translator } from '../../src/i18n/render'
import { playableScenarios, Shadow, type UiStep } from './support/engine'
import { startHub, type RunningHub } from './support/hub'
import { playStepIn, readStored, screenshots } from './support/ui'

const catalogues = { fr: await loadCatalogue('fr'), ru: await loadCatalogue('ru') }
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
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

/** Every amount in a panel's tables, as `words` writes it. */
function amountsIn(values: readonly (readonly Value[])[], words: Translator): string[] {
  return values.flatMap((row) => row.filter(isMoney).map((v) => collapse(words.t(v))))
}

async function pick(page: Page, language: 'fr' | 'ru'): Promise<void> {
  await page.getByRole('combobox', { name: LANGUAGE_MENU }).selectOption(language)
  await expect(page.locator('html')).toHaveAttribute('lang', language)
}

let hub: RunningHub

test.beforeAll(async () => {
  test.setTimeout(120_000)
  hub = await startHub()
})

test.afterAll(() => hub?.stop())

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

  // The account's ageing, as the standalone app writes it for the same world.
  const account = shadow.session.caseView(caseId).panels.find((p) => p.id === 'account')
  const tables = account?.sections.flatMap((s) => (s.kind === 'table' ? [s.rows] : [])) ?? []
  const expected = tables.flatMap((rows) => amountsIn(rows, fr))
  expect(expected.length).toBeGreaterThan(0)
  expect(expected.every((a) => / FCFA$/.test(a) && !/,\d\d /.test(a))).toBe(true)
  await trainee
    .getByRole('tablist', { name: fr.m('app.evidence.panels') })
    .getByRole('tab', { name: fr.t(account!.title), exact: true })
    .click()
  const panel = trainee.getByRole('tabpanel', { name: fr.t(account!.title) })
  await expect(panel).toBeVisible()
  const shown = collapse((await panel.textContent()) ?? '')
  for (const amount of expected) expect(shown).toContain(amount)
  expect(shown).not.toContain('¤')
  await screenshots(trainee, 'money-hub-trainee-account-fr')

  // The amount field is labelled with FCFA, and French grouping is typed as it reads.
  for (const step of steps) await playStepIn(trainee, fr, step, 0)
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
  const debrief = trainer.getByRole('region', { name: new RegExp(`^${fr.m('workshop.dash.debriefCase')}`) })
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
  const { caseId, steps } = await caseWithAmount(scenario, ru, () => '1 250,50')
  await page.goto(`${hub.url}/#/scenario/${scenario.id}`)
  await page.getByRole('button', { name: ru.m('app.briefing.startPractice') }).click()
  await expect(page.getByRole('navigation', { name: ru.m('app.workspace.worklist') })).toBeVisible({
    timeout: 90_000,
  })
  await page.goto(`${hub.url}/#/scenario/${scenario.id}/work/${encodeURIComponent(caseId)}`)
  // Up to the step that types the amount, with the hint shown for a wrong one first.
  const at = steps.findIndex((s) => s.kind === 'command' && s.fields.some((f) => f.kind === 'money'))
  for (const step of steps.slice(0, at)) await playStepIn(page, ru, step, 2)
  const step = steps[at]!
  if (step.kind !== 'command') throw new Error('not a command')
  const actions = page.getByRole('region', { name: ru.m('app.case.actions') })
  await actions.getByRole('button', { name: new RegExp(`^${escape(step.label)}…?$`) }).click()
  const form = actions.getByRole('form', { name: step.label })
  const field = step.fields.find((f) => f.kind === 'money')!
  const input = form.getByLabel(`${field.label} (${scenario.jurisdiction.currency.symbol})`)
  await input.fill('1,250')
  await form.getByRole('button', { name: ru.m('app.form.confirm', { label: step.label }) }).click()
  // Refused, with the example as the page writes amounts (1 250,50, not 1250.50).
  await expect(form.getByRole('alert')).toContainText(/например 1\s250,50/)
  await screenshots(page, 'money-typed-refused-ru')
  for (const f of step.fields)
    if (f.kind !== 'money' && typeof f.value === 'string')
      await form.getByLabel(new RegExp(`^${escape(f.label)}`)).fill(f.value)
  await input.fill('1 250,50')
  await form.getByRole('button', { name: ru.m('app.form.confirm', { label: step.label }) }).click()
  await expect(form.getByRole('alert')).toHaveCount(0)
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
