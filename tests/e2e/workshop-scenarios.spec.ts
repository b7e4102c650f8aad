/**
 * A workshop of several scenarios, one of them the trainer's own from the studio: the trainer
 * publishes it with "Use in a workshop", adds a bundled scenario, and creates the workshop on
 * the hub; a trainee sees both, works the studio one, and the dashboard shows it per scenario
 * and per trainee. A broken file is refused with the validator's located message.
 */
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { playableScenarios, Shadow } from './support/engine'
import { useHub } from './support/hub'
import { lineOf, pasteScenario, STUDIO_DESK, STUDIO_DESK_CASES } from './support/studio'
import { currentCaseId, openFirstCase, playCase, screenshots } from './support/ui'

const hub = useHub()

test('a studio scenario published to a workshop of two scenarios, worked by a trainee', async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000)
  page.setDefaultTimeout(30_000)
  await page.goto(`${hub.url}/#/studio`)
  await page.getByRole('button', { name: 'New scenario' }).click()
  await page.getByLabel('File name').fill('studio-desk')
  await page.getByLabel('File name').press('Enter')
  await expect(page.getByRole('button', { name: 'studio-desk.yaml' })).toBeVisible()
  // Select-all needs the editor focused; a paste that landed beside the template is pasted again.
  await expect(async () => {
    await pasteScenario(page, STUDIO_DESK)
    await expect(page.getByRole('status').filter({ hasText: 'Valid' })).toBeVisible({ timeout: 3000 })
  }).toPass({ timeout: 30_000 })
  await page.getByRole('button', { name: 'Use in a workshop' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Create a workshop' })).toBeVisible()
  const chosen = page.getByTestId('chosen-scenarios')
  await expect(chosen.getByRole('listitem')).toHaveCount(1)
  await expect(chosen).toContainText('Studio desk')
  await page.getByRole('checkbox', { name: 'Registration desk: the Monday worklist', exact: true }).check()
  // Chosen second, moved first: the trainees work the bundled desk, then the trainer's own.
  await page.getByRole('button', { name: 'Move Registration desk: the Monday worklist up' }).click()
  await expect(chosen.getByRole('listitem').first()).toContainText('Registration desk')
  await page.getByLabel('Workshop name').fill('Two desks')
  await page.getByRole('radio', { name: /same data for everybody/ }).check()
  await screenshots(page, 'workshop-new-two-scenarios')
  await page.getByRole('button', { name: 'Create the workshop' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Two desks' })).toBeVisible()
  const joinLink = (await page.locator('.join-link').textContent())!.trim()

  const context = await browser.newContext()
  const trainee = await context.newPage()
  trainee.setDefaultTimeout(30_000)
  await trainee.goto(joinLink)
  await expect(trainee.getByTestId('join-scenarios').getByRole('listitem')).toHaveText([
    'Registration desk: the Monday worklist',
    'Studio desk',
  ])
  await trainee.getByLabel('Your name as the trainer will see it').fill('Amina')
  await trainee.getByRole('button', { name: 'Join' }).click()
  const list = trainee.getByTestId('workshop-scenarios')
  await expect(list.getByRole('listitem')).toHaveCount(2, { timeout: 60_000 })
  await expect(list).toContainText('not started')
  await screenshots(trainee, 'workshop-trainee-scenarios')
  await list.getByRole('link', { name: 'Studio desk' }).click()
  await expect(trainee).toHaveURL(/#\/workshop\/[\w-]+\/scenario\/2$/)
  await expect(
    trainee.getByRole('status').filter({ hasText: 'Your steps are with the trainer.' }),
  ).toBeVisible({
    timeout: 60_000,
  })
  const own = playableScenarios([{ path: 'studio/studio-desk.yaml', text: STUDIO_DESK }]).find(
    (s) => s.id === 'studio-desk',
  )!
  const shadow = await Shadow.create(own, 'practice')
  await openFirstCase(trainee)
  const caseId = currentCaseId(trainee)
  expect(trainee.url()).toContain('/scenario/2/')
  await playCase(trainee, shadow.steps(caseId), 'practice', own.jurisdiction.currency.minorUnits)
  await expect(
    trainee.getByRole('status').filter({ hasText: 'Your steps are with the trainer.' }),
  ).toBeVisible()

  // The trainer sees Amina's step on the studio scenario, and nothing on the bundled one.
  const trainees = page.getByTestId('trainees')
  await expect(trainees.getByRole('row').filter({ hasText: 'Amina' })).toContainText(
    `1 / ${STUDIO_DESK_CASES} decided`,
  )
  await expect(trainees.getByRole('row').filter({ hasText: 'Amina' })).toContainText('not started')
  // The bundled desk Amina has not opened: its case count (the hub built her session on it as she
  // joined) or "not started", and no score: never "0 / 0" as if the scenario had no cases.
  const untouched = page.getByTestId('progress-row').getByRole('cell')
  await expect(untouched.nth(2)).toHaveText(/^(0 \/ [1-9]\d*|not started)$/)
  await expect(untouched.nth(5)).toHaveText('–')
  await page.getByRole('button', { name: '2. Studio desk' }).click()
  await expect(page.getByRole('heading', { name: /^Studio desk: progress/ })).toBeVisible()
  await expect(page.getByTestId('progress-row')).toContainText(`1 / ${STUDIO_DESK_CASES}`)
  await page.getByLabel('Debrief any case').fill(caseId)
  await page.getByRole('button', { name: 'Debrief', exact: true }).click()
  const debrief = page.getByRole('region', { name: /^Debrief: case/ })
  await expect(debrief).toContainText('(Studio desk)')
  await expect(debrief.getByTestId('debrief-decision')).toContainText('1 ×')
  await screenshots(page, 'workshop-dashboard-two-scenarios')

  // The trainee goes back to the list: the studio scenario is under way there.
  await trainee.goto(joinLink.replace(/\/join$/, '/play'))
  await expect(trainee.getByTestId('workshop-scenarios')).toContainText(
    `1 of ${STUDIO_DESK_CASES} cases decided`,
  )
  await context.close()
})

test("a broken scenario file is refused as it is picked with the validator's located message, and no workshop is made", async ({
  page,
}) => {
  test.setTimeout(120_000)
  let creates = 0
  page.on('request', (r) => {
    if (r.url().endsWith('/api/workshops') && r.method() === 'POST') creates++
  })
  await page.goto(`${hub.url}/#/workshop/new`)
  await page.getByLabel('Workshop name').fill('Broken')
  await page.getByLabel('Or your own scenario files (.yaml)').setInputFiles({
    name: 'broken-desk.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(STUDIO_DESK.replace(/applications: \d+/, 'applications: lots')),
  })
  const problem = page.getByTestId('file-problems').getByRole('alert')
  await expect(problem).toContainText(
    new RegExp(`broken-desk\\.yaml:${lineOf(STUDIO_DESK, 'applications')}:\\d+ — `),
  )
  // Not chosen: Create has nothing to send, and says so.
  await expect(page.getByTestId('chosen-scenarios')).toHaveCount(0)
  await page.getByRole('button', { name: 'Create the workshop' }).click()
  await expect(page.getByText('Choose at least one scenario.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Create a workshop' })).toBeVisible()
  expect(creates).toBe(0)
  await screenshots(page, 'workshop-new-broken-file')
})

test("a scenario file and the trainer's own profile it names go to the workshop together", async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000)
  const profile = readFileSync('scenarios/jurisdictions/northland.yaml', 'utf8')
    .replace(/^id: northland$/m, 'id: my-land')
    .replace(/^name: .*$/m, 'name: My Land (fictional)')
  await page.goto(`${hub.url}/#/workshop/new`)
  await page.getByLabel('Workshop name').fill('My land')
  const files = page.getByLabel('Or your own scenario files (.yaml)')
  // The desk picked before its profile: refused, since the page does not know « my-land » yet…
  await files.setInputFiles({
    name: 'land-desk.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(STUDIO_DESK.replace('jurisdiction: northland', 'jurisdiction: my-land')),
  })
  await expect(page.getByTestId('file-problems').getByRole('alert')).toContainText('land-desk.yaml:')
  await expect(page.getByTestId('chosen-scenarios')).toHaveCount(0)
  // …and mended by picking the profile alone: the desk is checked again with it, and chosen.
  await files.setInputFiles({
    name: 'my-land.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(profile),
  })
  await expect(page.getByTestId('file-problems')).toHaveCount(0)
  // The profile is not a scenario of its own: only the desk is listed.
  await expect(page.getByTestId('chosen-scenarios').getByRole('listitem')).toHaveCount(1)
  await page.getByRole('button', { name: 'Create the workshop' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'My land' })).toBeVisible({ timeout: 30_000 })
  const joinLink = (await page.locator('.join-link').textContent())!.trim()
  const context = await browser.newContext()
  const trainee = await context.newPage()
  await trainee.goto(joinLink)
  await trainee.getByLabel('Your name as the trainer will see it').fill('Bo')
  await trainee.getByRole('button', { name: 'Join' }).click()
  await expect(
    trainee.getByRole('status').filter({ hasText: 'Your steps are with the trainer.' }),
  ).toBeVisible({
    timeout: 60_000,
  })
  await openFirstCase(trainee)
  await context.close()
})
