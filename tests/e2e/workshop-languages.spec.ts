/**
 * The hub's pages in the trainer's or trainee's language, picked in the header of an English
 * browser: a broken scenario file's problems, a refused name, the page's own checks of a form
 * (never the browser's "Please fill out this field.") and its file pickers say nothing in English.
 */
import { expect, test, type Page } from '@playwright/test'
import { playPolicy, resultsFile, Session } from '../../src/engine/index'
import { createTranslator } from '../../src/i18n/render'
import { loadCatalogue } from '../../src/i18n/load'
import { playableScenarios } from './support/engine'
import { englishIn } from './support/english'
import { useHub } from './support/hub'
import { lineOf, STUDIO_DESK } from './support/studio'
import { escape, screenshots } from './support/ui'
import { nb } from '../i18n/support/render'

const catalogues = {
  en: await loadCatalogue('en'),
  fr: await loadCatalogue('fr'),
  ru: await loadCatalogue('ru'),
  pt: await loadCatalogue('pt'),
}
const fr = createTranslator({ language: 'fr', catalogue: catalogues.fr })
const ru = createTranslator({ language: 'ru', catalogue: catalogues.ru })

const hub = useHub()

const LANGUAGE_MENU = new RegExp(
  (['en', 'fr', 'ru', 'pt'] as const)
    .map((l) => createTranslator({ language: l, catalogue: catalogues[l] }).m('app.shell.language'))
    .join('|'),
)

/** Opens `path` on the hub and picks `language` in the header, as a trainee of an English browser does. */
async function openIn(page: Page, path: string, language: 'fr' | 'ru', heading: string): Promise<void> {
  await page.goto(`${hub.url}/${path}`)
  // The menu is named in whatever language the page speaks before the pick.
  await page.getByRole('combobox', { name: LANGUAGE_MENU }).selectOption(language)
  await expect(page.locator('html')).toHaveAttribute('lang', language)
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 30_000 })
}

test("a broken scenario file's problems are listed in French as it is picked, located in the file the trainer chose, and it is not chosen", async ({
  page,
}) => {
  test.setTimeout(120_000)
  let creates = 0
  page.on('request', (r) => {
    if (r.url().endsWith('/api/workshops') && r.method() === 'POST') creates++
  })
  await openIn(page, '#/workshop/new', 'fr', fr.m('workshop.new.title'))
  const files = page.getByLabel(fr.m('workshop.new.files'))
  await files.setInputFiles({
    name: 'broken-desk.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(STUDIO_DESK.replace(/applications: \d+/, 'applications: beaucoup')),
  })
  // Said on the pick, before any Create: the page runs the engine's validator itself.
  const problem = page.getByTestId('file-problems')
  await expect(problem).toContainText(fr.m('workshop.hub.fileProblems', { problems: '' }).trim())
  await expect(problem.getByRole('alert')).toBeVisible()
  // Located as the trainer knows the file, and said in French ("applications" is the field's name).
  await expect(problem).toContainText(
    new RegExp(`broken-desk\\.yaml:${lineOf(STUDIO_DESK, 'applications')}:\\d+ — \\S`),
  )
  expect(await englishIn(problem)).toEqual([])
  // Not listed among the chosen scenarios, so Create cannot send it.
  await expect(page.getByTestId('chosen-scenarios')).toHaveCount(0)
  await expect(page.getByText(fr.m('workshop.new.noneChosen'))).toBeVisible()
  await screenshots(page, 'workshop-new-broken-file-fr')
  // A switch of language says the same problems in Russian, without asking the hub.
  await page.getByRole('combobox', { name: fr.m('app.shell.language') }).selectOption('ru')
  await expect(problem).toContainText(ru.m('workshop.hub.fileProblems', { problems: '' }).trim())
  expect(await englishIn(problem)).toEqual([])
  // The file mended and picked again: its problems go and it is chosen.
  await page.getByLabel(ru.m('workshop.new.files')).setInputFiles({
    name: 'broken-desk.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(STUDIO_DESK),
  })
  await expect(page.getByTestId('chosen-scenarios')).toContainText('Studio desk')
  await expect(problem).toHaveCount(0)
  expect(creates).toBe(0)
})

test('a name of only spaces on the join page is refused in French by the page, and the hub is not asked', async ({
  page,
}) => {
  // A French scenario: its title is the trainer's text, in French.
  const created = await fetch(`${hub.url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Atelier du matin',
      scenarioId: 'registration-guichet-unique',
      mode: 'practice',
      hints: true,
      variants: 'same',
    }),
  })
  const { workshop } = (await created.json()) as { workshop: { id: string } }
  let joins = 0
  page.on('request', (r) => {
    if (r.url().endsWith('/join') && r.method() === 'POST') joins++
  })
  await openIn(
    page,
    `#/workshop/${workshop.id}/join`,
    'fr',
    fr.m('workshop.join.titleOf', { name: 'Atelier du matin' }),
  )
  const name = page.getByLabel(fr.m('workshop.join.name'))
  await name.fill('   ')
  await name.press('Enter')
  const problem = page.getByRole('alert')
  await expect(problem).toHaveText(nb('Saisissez votre nom.'))
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  // The browser's own bubble ("Please fill out this field.") is not asked for.
  expect(await name.evaluate((input: HTMLInputElement) => input.form?.noValidate)).toBe(true)
  // What a screen reader is told of the field is the page's sentence, and so is the field's own
  // validity message, which the browser would otherwise word in English.
  await expect(name).toHaveAccessibleDescription(nb('Saisissez votre nom.'))
  const validity = () => name.evaluate((input: HTMLInputElement) => input.validationMessage)
  expect(await validity()).toBe(nb('Saisissez votre nom.'))
  await name.fill('')
  expect(await name.evaluate((input: HTMLInputElement) => input.validity.valueMissing)).toBe(true)
  expect(await validity()).toBe(nb('Saisissez votre nom.'))
  await name.fill('Awa')
  expect(await validity()).toBe('')
  await name.fill('   ')
  expect(joins).toBe(0)
  expect(await englishIn(page.locator('main'))).toEqual([])
  await screenshots(page, 'workshop-join-empty-name-fr')
  // The hub's own refusal (a name it cannot store) is shown in the page's language too.
  await page.route('**/join', (route) =>
    route.continue({ postData: JSON.stringify({ displayName: 'tab\there' }) }),
  )
  await name.fill('Awa')
  await name.press('Enter')
  await expect(problem).toContainText(nb('Le nom ne doit pas contenir de caractères de contrôle.'))
  expect(await englishIn(page.locator('main'))).toEqual([])
  await page.getByRole('combobox', { name: fr.m('app.shell.language') }).selectOption('ru')
  await expect(problem).toContainText(
    'Имя указано неверно: значение не должно содержать управляющих символов.',
  )
})

test('a scenario file the trainee opened in the catalogue is named in its problems as they named it', async ({
  page,
}) => {
  await openIn(page, '#/', 'fr', fr.m('app.catalog.heading'))
  await page.getByLabel(fr.m('app.catalog.file')).setInputFiles({
    name: 'keys.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(
      'format: 1\nid: mon-scenario\ntitle: Mon scénario\nlanguage: fr\nsummary: s\nobjectives: [a]\n' +
        'difficulty: 5\nminutes: -3\nworld: { seed: 4, profile: northland }\npassMark: 200\n' +
        'tasks:\n  - id: t1\n    process: registration\n    title: T\n    briefing: b\n',
    ),
  })
  const issues = page.getByRole('region', { name: fr.m('app.issues.heading') })
  await expect(issues.getByText(/^keys\.yaml:\d+:\d+/).first()).toBeVisible()
  // Where this browser keeps the file (studio/keys.yaml) is not the trainee's business.
  await expect(issues).not.toContainText('studio/')
  await expect(issues).toContainText(/keys\.yaml:10:11: passMark/)
})

test("a French trainee's empty required field and a calendar jump of 0 days are refused in French by the page", async ({
  page,
}) => {
  test.setTimeout(180_000)
  const scenarioId = 'registration-guichet-unique'
  await openIn(
    page,
    `#/scenario/${scenarioId}`,
    'fr',
    'Guichet unique : les demandes d’immatriculation du lundi',
  )
  await page.getByRole('button', { name: fr.m('app.briefing.startPractice') }).click()
  const worklist = page.getByRole('navigation', { name: fr.m('app.workspace.worklist') })
  await expect(worklist).toBeVisible({ timeout: 60_000 })
  await worklist.locator('tbody tr').getByRole('button').first().click()
  const actions = page.getByRole('region', { name: fr.m('app.case.actions') })
  for (const step of [
    'registration.cmd.verifyIdentity',
    'registration.cmd.verifyDocuments',
    'registration.cmd.reject',
  ])
    await actions.getByRole('button', { name: new RegExp(`^${escape(fr.m(step))}…?$`) }).click()
  const form = actions.getByRole('form', { name: fr.m('registration.cmd.reject') })
  const reason = form.getByLabel(new RegExp(`^${escape(fr.m('registration.field.reason'))}`))
  await reason.fill('')
  await form
    .getByRole('button', { name: fr.m('app.form.confirm', { label: fr.m('registration.cmd.reject') }) })
    .click()
  // The engine's own check names the field in French; the browser's "Please fill out this field." is off.
  await expect(form.getByRole('alert')).toContainText(
    fr.m('session.form.fillIn', { field: fr.m('registration.field.reason') }),
  )
  expect(await form.evaluate((f: HTMLFormElement) => f.noValidate)).toBe(true)
  expect(await englishIn(form)).toEqual([])
  // The required field's own validity message is the engine's French, not "Please fill out this field.".
  expect(await reason.evaluate((f: HTMLTextAreaElement) => f.validationMessage)).toBe(
    fr.m('session.form.fillIn', { field: fr.m('registration.field.reason') }),
  )
  await reason.fill('Pièces illisibles')
  expect(await reason.evaluate((f: HTMLTextAreaElement) => f.validationMessage)).toBe('')

  await page.getByRole('button', { name: fr.m('app.clock.advanceMenu') }).click()
  await page.getByLabel(fr.m('app.clock.days'), { exact: true }).fill('0')
  await page.getByRole('button', { name: fr.m('app.clock.advance'), exact: true }).click()
  await expect(page.getByText(fr.m('app.clock.wholeDays'))).toBeVisible()
  const days = page.getByLabel(fr.m('app.clock.days'), { exact: true })
  expect(await days.evaluate((i: HTMLInputElement) => i.form?.noValidate)).toBe(true)
  // A screen reader hears the field is invalid and why, in French; the browser's "Value must be
  // greater than or equal to 1." is not the field's message.
  await expect(days).toHaveAttribute('aria-invalid', 'true')
  await expect(days).toHaveAccessibleDescription(fr.m('app.clock.wholeDays'))
  expect(await days.evaluate((i: HTMLInputElement) => i.validity.rangeUnderflow)).toBe(true)
  expect(await days.evaluate((i: HTMLInputElement) => i.validationMessage)).toBe(fr.m('app.clock.wholeDays'))
  await days.fill('3')
  await expect(days).not.toHaveAttribute('aria-invalid', 'true')
  expect(await days.evaluate((i: HTMLInputElement) => i.validationMessage)).toBe('')
})

test('file pickers say "choose" and what was chosen in the page’s language, and stay reachable by keyboard', async ({
  page,
}) => {
  await openIn(page, '#/', 'ru', ru.m('app.catalog.heading'))
  const input = page.getByLabel(ru.m('app.catalog.file'))
  const picker = page.locator('.file-picker').filter({ has: input })
  await expect(picker).toContainText(ru.m('app.file.choose', { multiple: 'yes' }))
  await expect(picker).toContainText(ru.m('app.file.none'))
  expect(await englishIn(picker)).toEqual([])
  await input.focus()
  await expect(input).toBeFocused()
  await input.setInputFiles({
    name: 'ma-copie.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from('format: 1\n'),
  })
  await expect(picker).toContainText('ma-copie.yaml')
  await expect(picker).not.toContainText(ru.m('app.file.none'))

  // The workshop's own files and the studio's import: the same picker, in French.
  await openIn(page, '#/workshop/new', 'fr', fr.m('workshop.new.title'))
  const own = page.locator('.file-picker').filter({ has: page.getByLabel(fr.m('workshop.new.files')) })
  await expect(own).toContainText(fr.m('app.file.choose', { multiple: 'yes' }))
  await expect(own).toContainText(fr.m('app.file.none'))
  expect(await englishIn(own)).toEqual([])
  // A workshop without a name is refused by the page, in French (no browser bubble).
  await page.getByRole('button', { name: fr.m('workshop.new.create') }).click()
  await expect(page.getByRole('alert')).toContainText(nb('Donnez un nom à l’atelier.'))
  // The notice's label sits on its own line, so the sentence after it keeps its capital.
  const label = page.getByRole('alert').locator('.label')
  await expect(label).toHaveText(nb('Problème :'))
  expect(await label.evaluate((e) => getComputedStyle(e).display)).toBe('block')
  // The fields' own validity messages are the page's French, not the browser's English.
  const workshopName = page.getByLabel(fr.m('workshop.new.name'))
  expect(await workshopName.evaluate((i: HTMLInputElement) => i.validationMessage)).toBe(
    nb('Donnez un nom à l’atelier.'),
  )
  const timeBox = page.getByLabel(fr.m('workshop.new.timeBox'))
  await timeBox.fill('2')
  expect(await timeBox.evaluate((i: HTMLInputElement) => i.validity.rangeUnderflow)).toBe(true)
  expect(await timeBox.evaluate((i: HTMLInputElement) => i.validationMessage)).toMatch(
    /^L’atelier n’est pas valide\s:\sle champ\s«\stemps imparti\s»\s.*5.*600/,
  )
  await page.goto(`${hub.url}/#/studio`)
  const imported = page.locator('.file-picker').filter({ has: page.getByLabel(fr.m('studio.files.import')) })
  await expect(imported).toContainText(fr.m('app.file.choose', { multiple: 'yes' }), { timeout: 30_000 })
  expect(await englishIn(imported)).toEqual([])
})

test('a damaged results file imported in French is said in words: the step of its log, never a JSON path', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const scenario = playableScenarios().find((s) => s.id === 'registration-desk')!
  const session = await Session.start(scenario)
  playPolicy(session, 'best', 5)
  const file = resultsFile(session.report(), session.save(), { trainee: 'Awa' }) as unknown as {
    log: Record<string, unknown>[]
  }
  // A hand-edited file: the third step no longer says which case it opened.
  delete file.log[2]!.caseId
  await openIn(page, '#/workshop/import', 'fr', fr.m('workshop.import.title'))
  await page.getByLabel(fr.m('workshop.import.files')).setInputFiles({
    name: 'awa.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  })
  const rejected = page.getByTestId('rejected')
  await expect(rejected).toContainText(
    fr.m('common.pair', { label: 'awa.json', value: fr.m('session.verify.damagedStep', { step: 3 }) }),
    {
      timeout: 60_000,
    },
  )
  await expect(rejected).toContainText('l’étape 3 de son journal est incomplète ou illisible')
  await expect(rejected).not.toContainText(/log\.\d|caseId/)
  expect(await englishIn(page.getByRole('main'))).toEqual([])
  await screenshots(page, 'fr-damaged-results-import')
})

test('the trainer token field tells a screen reader, in French, what it needs', async ({ page }) => {
  // The token is asked before the dashboard asks the hub for anything.
  await openIn(page, '#/workshop/some-workshop/dashboard', 'fr', fr.m('workshop.dash.title'))
  const token = page.getByLabel(fr.m('workshop.dash.token'))
  expect(await token.evaluate((i: HTMLInputElement) => i.validity.valueMissing)).toBe(true)
  expect(await token.evaluate((i: HTMLInputElement) => i.validationMessage)).toBe(
    fr.m('workshop.dash.tokenEmpty'),
  )
  await page.getByRole('button', { name: fr.m('workshop.dash.open') }).click()
  await expect(token).toHaveAttribute('aria-invalid', 'true')
  await expect(token).toHaveAccessibleDescription(fr.m('workshop.dash.tokenEmpty'))
})

test('the French dashboard groups a trainee who decided nothing as not started, and its debrief tells apart two decisions by their fields in words', async ({
  page,
}) => {
  test.setTimeout(180_000)
  // Three seats posted through the hub's API (the trainees' pages are tested elsewhere): Awa takes
  // the best answers, Bo the same ones but one approval into another segment, Chidi nothing.
  const scenario = playableScenarios().find((s) => s.id === 'registration-guichet-unique')!
  const best = [...playPolicy(await Session.start(scenario), 'best')]
  const approval = best.find(
    (e) => e.type === 'case.command' && e.command.type === 'registration.approve' && 'segment' in e.command,
  )
  if (approval?.type !== 'case.command') throw new Error('the best answers approve no application')
  const segment = String(approval.command.segment)
  const otherSegment = segment === 'large' ? 'micro' : 'large'
  const other = best.map((e) =>
    e === approval ? { ...approval, command: { ...approval.command, segment: otherSegment } } : e,
  )
  const created = await fetch(`${hub.url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Atelier du soir',
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
  for (const [name, log] of [
    ['Awa', best],
    ['Bo', other],
    ['Chidi', []],
  ] as const) {
    const seat = (await (
      await fetch(`${hub.url}/api/workshops/${workshop.id}/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ displayName: name }),
      })
    ).json()) as { participantId: string; token: string }
    if (log.length)
      expect(
        (
          await fetch(`${hub.url}/api/participants/${seat.participantId}/events`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${seat.token}` },
            body: JSON.stringify({ from: 0, events: log }),
          })
        ).status,
      ).toBe(200)
  }
  await openIn(page, `#/workshop/${workshop.id}/dashboard`, 'fr', fr.m('workshop.dash.title'))
  await page.getByLabel(fr.m('workshop.dash.token')).fill(trainerToken)
  await page.getByRole('button', { name: fr.m('workshop.dash.open') }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier du soir' })).toBeVisible()
  // Chidi decided nothing: in the group "not started yet", not among those to work on a process.
  const notStarted = page
    .getByTestId('grouping')
    .getByRole('listitem')
    .filter({ hasText: fr.m('workshop.results.notStartedGroup') })
  await expect(notStarted).toHaveText(
    fr.m('common.pair', { label: fr.m('workshop.results.notStartedGroup'), value: 'Chidi' }),
  )
  // The approval Awa and Bo took differently: one label, two lines, each with its segment in words.
  await page.getByLabel(fr.m('workshop.dash.debriefAny')).fill(approval.caseId)
  await page.getByRole('button', { name: fr.m('workshop.dash.debrief'), exact: true }).click()
  const decisions = page.getByTestId('debrief-decision')
  await expect(decisions).toHaveCount(2)
  const texts = await decisions.allTextContents()
  expect(new Set(texts).size).toBe(2)
  for (const code of [segment, otherSegment])
    expect(
      texts.filter((text) => new RegExp(escape(fr.m(`common.segment.${code}`)), 'i').test(text)),
      `one decision names the segment “${fr.m(`common.segment.${code}`)}”`,
    ).toHaveLength(1)
  expect(await englishIn(page.getByTestId('grouping'))).toEqual([])
  expect(await englishIn(decisions.first().locator('..'))).toEqual([])
  await screenshots(page, 'workshop-dashboard-debrief-fields-fr')
})
