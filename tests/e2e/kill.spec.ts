/**
 * A decision whose feedback the trainee saw survives the browser being killed. Chromium runs
 * with a profile on disk; after each decision's feedback appears, the whole browser (its main
 * process and every child: zygote, renderers, storage and network services) is frozen and
 * killed with SIGKILL, with no chance to flush anything. The next launch on the same profile
 * must find every decision made so far.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, systemChromium } from './support/chromium'
import { playableScenarios, Shadow } from './support/engine'
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

/** Every process on the machine with its parent, from Linux's /proc. */
function processes(): { pid: number; parent: number; command: string }[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
        // Field 4, after the command name in parentheses, is the parent's pid.
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
        return [{ pid: Number(name), parent, command: readFileSync(`/proc/${name}/cmdline`, 'utf8') }]
      } catch {
        return []
      }
    })
}

/**
 * The browser's main process: Playwright starts it as a child of this test process, and the
 * profile directory on its command line is unique to this test.
 */
function browserPid(profile: string): number {
  const found = processes().filter((p) => p.parent === process.pid && p.command.includes(profile))
  if (found.length !== 1)
    throw new Error(`Expected one browser process for ${profile}, found ${found.length}.`)
  return found[0]!.pid
}

/** The browser and everything it started (zygote, renderers, storage and network services). */
function tree(root: number): number[] {
  const all = processes()
  const pids = [root]
  for (let i = 0; i < pids.length; i++)
    pids.push(...all.filter((p) => p.parent === pids[i]).map((p) => p.pid))
  return pids
}

/** Still running: a zombie (state Z) waiting for its parent to reap it runs nothing. */
const alive = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return false
  }
}

const signal = (pid: number, name: NodeJS.Signals) => {
  try {
    process.kill(pid, name)
  } catch {
    // Already gone.
  }
}

/**
 * Kills the browser as a crash or a power cut would: every process of it is first frozen, so
 * none can flush or shut down cleanly when it sees another go, then each gets SIGKILL.
 */
async function killBrowser(context: BrowserContext, pid: number): Promise<void> {
  const pids = tree(pid)
  for (const p of pids) signal(p, 'SIGSTOP')
  for (const p of tree(pid)) if (!pids.includes(p)) pids.push(p)
  for (const p of pids) signal(p, 'SIGKILL')
  await expect.poll(() => pids.some(alive), { timeout: 10_000 }).toBe(false)
  await context.close().catch(() => undefined)
}

const executablePath = systemChromium()

function launch(profile: string, baseURL: string | undefined): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
    ...(baseURL ? { baseURL } : {}),
    viewport: { width: 1280, height: 720 },
  })
}

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
