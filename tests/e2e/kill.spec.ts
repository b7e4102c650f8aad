/**
 * A decision whose feedback the trainee saw survives the browser being killed. Chromium runs
 * with a profile on disk; after each decision's feedback appears, the whole browser (its main
 * process and every child: zygote, renderers, storage and network services) is frozen and
 * killed with SIGKILL, with no chance to flush anything. The next launch on the same profile
 * must find every decision made so far.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { playableScenarios, Shadow } from './support/engine'
import { browserPid, killBrowser, launch } from './support/kill'
import {
  actions,
  currentCaseId,
  expectWorklist,
  openBriefing,
  playCase,
  readStored,
  startExercise,
} from './support/ui'

const CYCLES = 10
const scenario = playableScenarios().find((s) => s.id === 'registration-desk')!
const minorUnits = scenario.jurisdiction.currency.minorUnits

const decidedLine = (page: Page, n: number) =>
  page.getByText(new RegExp(`^${n} of ${scenario.world.registration?.applications ?? '\\d+'} cases decided`))

test('every decision whose feedback was shown survives the browser being killed', async ({ baseURL }) => {
  test.skip(process.platform !== 'linux', 'The browser process is found through /proc.')
  test.setTimeout(240_000)
  const profile = mkdtempSync(join(tmpdir(), 'tamis-kill-'))
  const shadow = await Shadow.create(scenario, 'practice')
  const cases = shadow.caseIds
  expect(cases.length).toBeGreaterThanOrEqual(CYCLES)
  try {
    for (let cycle = 0; cycle <= CYCLES; cycle++) {
      const context = await launch(profile, baseURL)
      const pid = browserPid(profile)
      const page = context.pages()[0] ?? (await context.newPage())
      if (cycle === 0) {
        await openBriefing(page, scenario.title)
        await startExercise(page, 'practice')
      } else {
        // What came back after the kill: every decision so far, and no word of a lost step.
        await page.goto(`/#/scenario/${scenario.id}/work`)
        await expectWorklist(page)
        await expect(decidedLine(page, cycle)).toBeVisible()
        await expect(page.getByText(/was not saved/)).toHaveCount(0)
        const log = JSON.parse((await readStored(page, scenario.id))!) as {
          log: { type: string; caseId?: string; command?: { type: string } }[]
        }
        const decided = new Set(log.log.filter((e) => e.type === 'case.command').map((e) => e.caseId))
        expect([...decided].sort()).toEqual(cases.slice(0, cycle).sort())
      }
      if (cycle === CYCLES) {
        await context.close()
        break
      }
      const caseId = cases[cycle]!
      await page.goto(`/#/scenario/${scenario.id}/work/${encodeURIComponent(caseId)}`)
      await expect(actions(page)).toBeVisible({ timeout: 30_000 })
      expect(currentCaseId(page)).toBe(caseId)
      await playCase(page, shadow.steps(caseId), 'practice', minorUnits)
      await expect(decidedLine(page, cycle + 1)).toBeVisible()
      await killBrowser(context, pid)
    }
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
})
