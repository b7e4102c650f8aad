/**
 * A newcomer completes a scenario in practice mode and another in assessment mode, through
 * the UI only. The right answers come from the engine in Node (the `best` policy on the same
 * scenario and seed), so the results page must show exactly the engine's report.
 */
import { expect, test, type Page } from '@playwright/test'
import { firstPlayable, playableScenarios, Shadow } from './support/engine'
import { readResults, verifyResults, type Report } from '../../src/engine/index'
import {
  currentCaseId,
  downloaded,
  expectAccessible,
  finishExercise,
  nextCase,
  openBriefing,
  openFirstCase,
  playCase,
  startExercise,
} from './support/ui'

const playable = playableScenarios()
const practiceScenario = playable.find((s) => s.id === 'registration-desk') ?? playable[0]!
/** Another scenario when one plays through (objections first), else the same one. */
const otherScenario = () =>
  firstPlayable(
    playable
      .filter((s) => s.id !== practiceScenario.id)
      .sort((a) => (a.id.startsWith('objections') ? -1 : 1)),
    'assessment',
  )

/** Plays every case in the order the UI offers them; the shadow session gives the answers. */
async function playAll(
  page: Page,
  shadow: Shadow,
  mode: 'practice' | 'assessment',
  onFirst?: () => Promise<void>,
) {
  const minorUnits = shadow.scenario.jurisdiction.currency.minorUnits
  await openFirstCase(page)
  const done = new Set<string>()
  do {
    const caseId = currentCaseId(page)
    expect(shadow.caseIds).toContain(caseId)
    await playCase(page, shadow.steps(caseId), mode, minorUnits)
    if (done.size === 0) await onFirst?.()
    done.add(caseId)
  } while (await nextCase(page))
  expect(done.size).toBe(shadow.caseIds.length)
  return shadow.finish()
}

async function expectReport(page: Page, report: Report) {
  const score = page.getByRole('region', { name: 'Score' })
  await expect(score.getByText(`/ ${report.maxScore} points`)).toBeVisible()
  await expect(score.getByText(`${report.percent}%`, { exact: true })).toBeVisible()
  await expect(score.getByText(report.passed ? '✓ Passed' : '✗ Not passed', { exact: true })).toBeVisible()
  const decisions = page.getByRole('region', { name: 'Every decision' }).getByRole('article')
  await expect(decisions).toHaveCount(report.decisions.length)
  await expect(page.getByRole('region', { name: 'What your decisions did' })).toContainText(
    'Revenue protected',
  )

  const download = (await downloaded(page, 'Download results (JSON)')).text
  const json = JSON.parse(download)
  expect(json.format).toBe('tamis-results/2')
  // The downloaded file carries its log, and a trainer's `tamis verify` re-earns its score.
  const read = readResults(download)
  if (!read.ok) throw new Error(read.reason.id)
  const scenario = playable.find((s) => s.id === report.scenario.id)!
  expect(await verifyResults(read.results, scenario)).toMatchObject({ status: 'verified' })
  expect({ score: json.score, percent: json.percent, passed: json.passed }).toEqual({
    score: report.score,
    percent: report.percent,
    passed: report.passed,
  })
  const grades = (r: Report) => r.decisions.map((d) => [d.caseId, d.feedback.grade]).sort()
  expect(grades(json)).toEqual(grades(report))

  const csv = await downloaded(page, 'Download decisions (CSV)')
  expect(csv.name).toMatch(/\.csv$/)
  const lines = csv.text
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\r\n')
  expect(lines[0]).toBe(
    'case,process,decision,grade,points,max,expected,within deadline,evidence consulted,decided on,evidence missed',
  )
  expect(lines).toHaveLength(report.decisions.length + 1)
}

test('a newcomer completes a scenario in practice mode', async ({ page }) => {
  test.setTimeout(90_000)
  const shadow = await Shadow.create(practiceScenario, 'practice')
  await openBriefing(page, practiceScenario.title)
  await expectAccessible(page, 'briefing (practice)')
  await startExercise(page, 'practice')
  await expectAccessible(page, 'workspace (practice)')

  const report = await playAll(page, shadow, 'practice', async () => {
    await expectAccessible(page, 'workspace after a decision (practice)')
    await page.getByRole('button', { name: /^Hints/ }).click()
    await expectAccessible(page, 'workspace with hints (practice)')
    await page.getByRole('button', { name: /^Hints/ }).click()
  })
  await finishExercise(page)
  await expectAccessible(page, 'report (practice)')
  await expectReport(page, report)

  // The printed page: a certificate with the trainee's name, no buttons or navigation.
  await page.getByLabel('Your name on the certificate').fill('Ada Okafor')
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByText('Completed by Ada Okafor')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Download results (JSON)' })).toBeHidden()
  await expect(page.getByRole('link', { name: 'TAMIS Sandbox' })).toBeHidden()
  await page.emulateMedia({ media: 'screen' })

  await page.getByRole('link', { name: 'Choose another scenario' }).click()
  const card = page.getByRole('article', { name: practiceScenario.title })
  await expect(
    card.getByText(report.passed ? '✓ Completed, passed' : '✗ Completed, not passed yet'),
  ).toBeVisible()
  await expect(card.getByText(`Best ${report.percent}%`)).toBeVisible()
  await expect(card.getByRole('link', { name: /^See your results/ })).toBeVisible()
  await expectAccessible(page, 'catalogue after a result')
})

test('a newcomer completes a scenario in assessment mode', async ({ page }) => {
  test.setTimeout(90_000)
  const scenario = (await otherScenario()) ?? practiceScenario
  const shadow = await Shadow.create(scenario, 'assessment')
  await openBriefing(page, scenario.title)
  await page.getByRole('radio', { name: /^Assessment/ }).check()
  await expectAccessible(page, 'briefing (assessment)')
  await startExercise(page, 'assessment')
  await expect(page.getByRole('button', { name: /^Hints/ })).toHaveCount(0)
  await expectAccessible(page, 'workspace (assessment)')

  // The results wait for the end: the address of the results page says so instead.
  const work = page.url()
  await page.goto(work.replace(/\/work.*$/, '/report'))
  await expect(page.getByRole('heading', { level: 1, name: 'Your results come at the end' })).toBeVisible()
  await expectAccessible(page, 'results before the end (assessment)')
  await page.getByRole('link', { name: 'Back to the cases' }).click()

  const report = await playAll(page, shadow, 'assessment', async () => {
    await expectAccessible(page, 'workspace after a decision (assessment)')
  })
  await finishExercise(page)
  await expectAccessible(page, 'report (assessment)')
  await expect(page.getByText('Assessment', { exact: true })).toBeVisible()
  await expectReport(page, report)
})
