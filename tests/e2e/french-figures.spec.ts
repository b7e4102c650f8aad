/**
 * French figures as a French reader expects them: a no-break space (narrow or not) before a colon
 * and before a percent sign ("Correct : 2", "7 %"), so a line never starts with ":" or "%". Read
 * on the results page after an exercise and on the workshop hub's pages (the trainer's dashboard
 * and the projector), where the browser speaks French.
 */
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator } from '../../src/i18n/render'
import { playableScenarios, Shadow } from './support/engine'
import { CSV_COLUMNS } from '../../src/hub/dashboard'
import { useHub } from './support/hub'
import { currentCaseId, downloaded, escape, playStepIn, finishIn } from './support/ui'

const LOCALE = 'fr-SN'
test.use({ locale: LOCALE })

const scenario = playableScenarios().find((s) => s.id === 'registration-guichet-unique')!
const { currency } = scenario.jurisdiction
const tr = createTranslator({
  language: 'fr',
  catalogue: await loadCatalogue('fr'),
  country: scenario.jurisdiction.locale,
  currency,
})

/** A no-break space, narrow (U+202F, what Intl writes before "%") or not (U+00A0). */
const NBSP = '[\u00a0\u202f]'

/** Each match of `pattern` in the text of `where`, with a little of its context. */
async function found(where: Locator, pattern: RegExp): Promise<string[]> {
  const text = (await where.evaluate((root) => root.textContent ?? '')).replace(/[\n\t]+/g, ' ')
  return [...text.matchAll(pattern)].map((match) => {
    const at = match.index ?? 0
    return `“${match[0]}” in “…${text.slice(Math.max(0, at - 30), at + 30)}…”`
  })
}

/** A figure glued to "%" or parted from it by an ordinary space, where a line could break. */
const PERCENT_APART = /\d ?%/g
/** An ordinary space before a colon (a pair like "Correct : 2" could break before its colon). */
const COLON_APART = /\S :/g

/** Every "%" in `where` follows a figure and a no-break space; there is at least one. */
async function expectFrenchPercents(where: Locator, what: string): Promise<void> {
  expect(await found(where, PERCENT_APART), `percentages on the ${what}`).toEqual([])
  await expect(where).toContainText(new RegExp(`\\d${NBSP}%`))
}

const worklist = (page: Page) => page.getByRole('navigation', { name: tr.m('app.workspace.worklist') })
const actionsOf = (page: Page) => page.getByRole('region', { name: tr.m('app.case.actions') })
const feedback = (page: Page) =>
  page.getByRole('heading', { name: new RegExp(`^${escape(tr.m('app.feedback.heading'))}`) })

/** Decides `count` cases with the best answers, as a French trainee clicks them. */
async function decideCases(page: Page, count: number): Promise<void> {
  const shadow = await Shadow.create(scenario, 'practice')
  await worklist(page).locator('tbody tr').getByRole('button').first().click()
  for (let n = 0; n < count; n++) {
    if (n > 0) {
      const before = currentCaseId(page)
      await actionsOf(page)
        .getByRole('button', { name: tr.m('app.case.next') })
        .click()
      await expect.poll(() => currentCaseId(page)).not.toBe(before)
    }
    await expect(actionsOf(page)).toBeVisible()
    for (const step of shadow.steps(currentCaseId(page), tr.t))
      await playStepIn(page, tr, step, currency.minorUnits)
    await expect(feedback(page)).toBeVisible()
  }
}

test('the results page writes its counts and percentages the French way', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto(`/#/scenario/${scenario.id}`)
  await page.getByRole('button', { name: tr.m('app.briefing.startPractice') }).click()
  await expect(worklist(page)).toBeVisible({ timeout: 60_000 })
  await decideCases(page, 2)
  await finishIn(page, tr)
  const main = page.getByRole('main')
  await expect(
    page.getByRole('heading', { level: 1, name: tr.m('app.report.title', { title: scenario.title }) }),
  ).toBeVisible({ timeout: 30_000 })

  // "✓ Correct : 2 · ≈ Acceptable : 0 · …": the best answers on both cases.
  const grades = main
    .locator('dt', { hasText: tr.m('app.report.grades') })
    .locator('xpath=following-sibling::dd[1]')
  await expect(grades).toHaveText(new RegExp(`^${tr.m('app.grade.correct')}${NBSP}: 2 · `))
  const summary = main.getByRole('region', { name: tr.m('app.report.scoreHeading') })
  expect(await found(summary, COLON_APART), 'colons in the score summary').toEqual([])
  await expectFrenchPercents(summary, 'score summary')
  await expectFrenchPercents(main, 'results page')
  for (const [width, height] of [
    [1280, 800],
    [768, 1024],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: `test-results/french-figures-results-${width}.png`, fullPage: true })
  }
})

test.describe('the workshop hub in French', () => {
  const hub = useHub()

  async function traineeJoins(browser: Browser, joinLink: string, name = 'Awa'): Promise<Page> {
    const context = await browser.newContext({ locale: LOCALE })
    const trainee = await context.newPage()
    trainee.setDefaultTimeout(30_000)
    await trainee.goto(joinLink)
    await trainee.getByLabel(tr.m('workshop.join.name')).fill(name)
    await trainee.getByRole('button', { name: tr.m('workshop.join.join') }).click()
    await expect(trainee.getByRole('status').filter({ hasText: tr.m('workshop.sync.synced') })).toBeVisible({
      timeout: 60_000,
    })
    return trainee
  }

  test('the dashboard and the projector write percentages the French way', async ({ browser, page }) => {
    test.setTimeout(240_000)
    page.setDefaultTimeout(30_000)
    await page.goto(`${hub.url}/#/workshop/new`)
    await page.getByLabel(tr.m('workshop.new.name')).fill('Atelier du lundi')
    await page.getByRole('checkbox', { name: scenario.title, exact: true }).check()
    await page.getByRole('radio', { name: tr.m('workshop.mode.practice') }).check()
    await page.getByRole('radio', { name: tr.m('workshop.new.same') }).check()
    await page.getByRole('button', { name: tr.m('workshop.new.create') }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Atelier du lundi' })).toBeVisible()
    const joinLink = (await page.locator('.join-link').textContent())!.trim()

    const trainee = await traineeJoins(browser, joinLink)
    await decideCases(trainee, 2)
    await expect(trainee.getByRole('status').filter({ hasText: tr.m('workshop.sync.synced') })).toBeVisible()
    await trainee.context().close()

    // The class results: the average, the pass rate, each case's rate and the readiness table.
    await expect(page.getByTestId('progress-row')).toContainText(/2 \/ \d+/)
    await expect(page.getByTestId('readiness').locator('tbody tr')).toHaveCount(1)
    const body = page.locator('body')
    await expectFrenchPercents(body, 'trainer’s dashboard')
    expect(await found(body, /\S :(?= ?\d)/g), 'colons before a figure on the dashboard').toEqual([])
    // The score bands' names, read out instead of the chart.
    const bands = await page
      .getByLabel(new RegExp(`^${escape(tr.m('workshop.results.distribution', { bands: '' }))}`))
      .getAttribute('aria-label')
    expect(bands).toMatch(new RegExp(`\\d${NBSP}%`))
    expect(bands).not.toMatch(PERCENT_APART)
    // Read out as one sentence with one colon, each band in words: « 2 stagiaires entre 90 et 100 % ».
    expect(bands?.split(':')).toHaveLength(2)
    expect(bands).toMatch(new RegExp(`entre 90 et 100${NBSP}%`))
    // The suggested groups: "Commencer par … : Awa", the colon kept on the line of its label.
    await expect(page.getByTestId('grouping')).toContainText(new RegExp(`${NBSP}: Awa`))
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.screenshot({ path: 'test-results/french-figures-dashboard-1280.png', fullPage: true })

    // The export opens in a French spreadsheet in columns: French headers, semicolons, oui/non.
    const csv = await downloaded(page, tr.m('workshop.dash.exportCsv'))
    const [head, row] = csv.text.replace(/^\ufeff/, '').split('\r\n')
    expect(csv.text.startsWith('\ufeff'), 'a byte-order mark for the accents').toBe(true)
    expect(head).toBe(CSV_COLUMNS.map((c) => tr.m(`workshop.csv.${c}`)).join(';'))
    expect(row).toContain(`;${scenario.title};Awa;`)
    expect(row).toMatch(/;(oui|non);-?\d+;\d+;-?\d+;(oui|non)$/)

    // Bo joins and opens nothing: no "0 / 0" and no score, but "pas commencé" (or the case count).
    const bo = await traineeJoins(browser, joinLink, 'Bo')
    await bo.context().close()
    const boRow = page.getByTestId('progress-row').filter({ hasText: 'Bo' }).getByRole('cell')
    await expect(boRow.nth(2)).toHaveText(new RegExp(`^(0 / [1-9]\\d*|${tr.m('workshop.notStarted')})$`))
    await expect(boRow.nth(5)).toHaveText('–')
    // A case the scenario does not have is said so in French, not "nobody has decided it yet".
    await page.getByLabel(tr.m('workshop.dash.debriefAny')).fill('NO-SUCH-CASE')
    await page.getByRole('button', { name: tr.m('workshop.dash.debrief'), exact: true }).click()
    await expect(page.getByTestId('debrief-error')).toContainText(
      tr.m('workshop.hub.noCase', { caseId: 'NO-SUCH-CASE', title: scenario.title }),
    )
    await page.screenshot({
      path: 'test-results/french-figures-dashboard-not-started-1280.png',
      fullPage: true,
    })

    await page.goto(`${hub.url}/#/workshop/${joinLink.split('/').at(-2)!}/projector`)
    await expect(page.getByTestId('progress-row').first()).toContainText(/2 \/ \d+/)
    await expect(page.getByTestId('readiness')).toBeVisible()
    await expectFrenchPercents(body, 'projector')
    expect(await found(body, /\S :(?= ?\d)/g), 'colons before a figure on the projector').toEqual([])
    await page.screenshot({ path: 'test-results/french-figures-projector-1280.png', fullPage: true })
    await page.setViewportSize({ width: 768, height: 1024 })
    await page.screenshot({ path: 'test-results/french-figures-projector-768.png', fullPage: true })
  })
})
