/**
 * The built app in an LMS, through the path a course takes (docs/lms.md):
 * - cmi5: a launch address with the course's parameters; the sandbox reads them, opens the
 *   assigned scenario in the mode the course asks for, and the course's learning record store
 *   (a loopback stub on the app's own origin) receives the launch, each decision, completion,
 *   the verdict and the end of the session;
 * - SCORM 2004: the package `npm run package:scorm` makes, unzipped and opened in a frame of an
 *   LMS page that runs scorm-again's Scorm2004API; the score, completion and progress are set,
 *   and the suspend data lets a trainee resume on another computer.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { expect, test, type Browser, type Frame, type Page } from '@playwright/test'
import { unzipSync } from 'fflate'
import { scormPackage } from '../../scripts/scorm-package'
import { XAPI_VERBS, type Report } from '../../src/engine/index'
import { startLrs, validateStatement, type LrsStub } from '../lms/lrs-stub'
import { playableScenarios, Shadow } from './support/engine'
import { DIST, serveDist, type StaticServer } from './support/static-server'
import { actions, currentCaseId, expectWorklist, finishExercise, openFirstCase, playCase } from './support/ui'

const scenario = playableScenarios().find((s) => s.id === 'registration-desk')!
const minorUnits = scenario.jurisdiction.currency.minorUnits
const verbOf = (s: Record<string, unknown>) => (s.verb as { id: string }).id

/** Plays the first case the worklist offers with the engine's best answer; returns the shadow. */
async function playFirstCase(app: Page, mode: 'practice' | 'assessment'): Promise<Shadow> {
  const shadow = await Shadow.create(scenario, mode)
  await openFirstCase(app)
  await playCase(app, shadow.steps(currentCaseId(app)), mode, minorUnits)
  await expect(actions(app)).toBeVisible()
  return shadow
}

test.describe('cmi5', () => {
  let lrs: LrsStub
  let server: StaticServer
  test.beforeEach(async () => {
    lrs = await startLrs()
    // The app and the course's LRS on one origin: the built app's policy lets it reach only its own.
    server = await serveDist('/sandbox/', {}, lrs.handle)
  })
  test.afterEach(async () => {
    await server.close()
    await lrs.close()
  })

  test('a launch opens the assigned scenario in the course’s mode and reports to the course', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    const origin = new URL(server.url).origin
    const registration = '6f1c2b7e-2d4a-4c1e-9a57-0b3e8d5f4a21'
    const activityId = 'https://lms.example.org/course/tamis/au/registration-desk'
    const actor = {
      objectType: 'Agent',
      name: 'Awa Ndiaye',
      account: { homePage: 'https://lms.example.org', name: 'awa' },
    }
    const sessionId = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid'
    // What the LMS stores for the launch: the course asks for this scenario, assessed.
    lrs.state.set(`${activityId}|LMS.LaunchData|${registration}`, {
      launchMode: 'Normal',
      moveOn: 'CompletedAndPassed',
      launchParameters: `scenario=${scenario.id}&mode=assessment`,
      contextTemplate: { extensions: { [sessionId]: 'au-session-1' } },
    })
    const launch = new URLSearchParams({
      endpoint: `${origin}/xapi/`,
      fetch: `${origin}/fetch`,
      registration,
      activityId,
      actor: JSON.stringify(actor),
    })
    await page.goto(`${server.url}index.html?${launch}`)

    // The launch was read: the course's notice, and the assigned scenario's briefing.
    await expect(page.getByRole('status').filter({ hasText: 'Opened from your course' })).toContainText(
      'assessment mode',
    )
    await expect(page.getByRole('heading', { level: 1, name: scenario.title })).toBeVisible()
    // Whatever the trainee picks, the course decides the mode.
    await page.getByRole('radio', { name: /^practice/i }).check()
    await page.getByRole('button', { name: 'Start in practice mode' }).click()
    await expectWorklist(page)
    await expect(page.getByText(/Assessment: feedback at the end/)).toBeVisible()

    const shadow = await playFirstCase(page, 'assessment')
    await finishExercise(page)
    const report: Report = shadow.finish()

    const terminated = () => lrs.statements.some((s) => verbOf(s) === XAPI_VERBS.terminated)
    await expect.poll(terminated, { timeout: 30_000 }).toBe(true)
    const verbs = lrs.statements.map(verbOf)
    expect(verbs[0]).toBe(XAPI_VERBS.initialized)
    expect(verbs.at(-1)).toBe(XAPI_VERBS.terminated)
    expect(verbs.filter((v) => v === XAPI_VERBS.answered)).toHaveLength(report.decisions.length)
    expect(verbs.filter((v) => v === XAPI_VERBS.completed)).toHaveLength(1)
    const verdicts = lrs.statements.filter((s) =>
      [XAPI_VERBS.passed, XAPI_VERBS.failed].includes(verbOf(s) as never),
    )
    expect(verdicts.map(verbOf)).toEqual([report.passed ? XAPI_VERBS.passed : XAPI_VERBS.failed])
    expect(verdicts[0]!.result).toMatchObject({
      success: report.passed,
      score: { raw: report.score, max: report.maxScore },
    })
    for (const s of lrs.statements) {
      expect(validateStatement(s)).toEqual([])
      expect(s.actor).toEqual(actor)
      const context = s.context as { registration: string; extensions: Record<string, unknown> }
      expect(context.registration).toBe(registration)
      expect(context.extensions[sessionId]).toBe('au-session-1')
    }
    expect(lrs.refusals).toEqual([])
  })
})

/** Every file under a folder, relative to it. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** The LMS's page: scorm-again's SCORM 2004 API on the window, the package's page in a frame. */
const LMS_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Course</title>
<script src="/lms/scorm2004.js"></script>
<script>
  window.API_1484_11 = new Scorm2004API({ logLevel: 5, autocommit: false })
  // A learner coming back: the LMS hands the stored suspend data to the new attempt's API.
  if (window.tamisResume) window.API_1484_11.loadFromJSON({ suspend_data: window.tamisResume })
</script>
</head><body><iframe title="Exercise" src="/pkg/index.html" style="width:1200px;height:760px"></iframe></body></html>`

const SCORM_AGAIN = join(import.meta.dirname, '../../node_modules/scorm-again/dist/scorm2004.js')

function lms(request: IncomingMessage, response: ServerResponse): void {
  const path = new URL(request.url ?? '/', 'http://x').pathname
  if (path === '/lms/player.html')
    return void response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(LMS_PAGE)
  if (path === '/lms/scorm2004.js')
    return void response
      .writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' })
      .end(readFileSync(SCORM_AGAIN))
  response.writeHead(404).end()
}

test.describe('SCORM 2004', () => {
  let folder = ''
  let server: StaticServer
  test.beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tamis-scorm-'))
    const build = new Map(filesUnder(DIST).map((path) => [relative(DIST, path), readFileSync(path)]))
    const zip = unzipSync(scormPackage(build, scenario, 'assessment'))
    for (const [path, bytes] of Object.entries(zip)) {
      mkdirSync(dirname(join(folder, path)), { recursive: true })
      writeFileSync(join(folder, path), bytes)
    }
    server = await serveDist('/pkg/', {}, lms, folder)
  })
  test.afterAll(async () => {
    await server.close()
    rmSync(folder, { recursive: true, force: true })
  })

  /** Opens the LMS page in a fresh browser profile; returns it and the exercise's frame. */
  async function openCourse(browser: Browser, resume?: string): Promise<{ page: Page; app: Page }> {
    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 1280, height: 800 },
    })
    if (resume !== undefined)
      await context.addInitScript((data) => {
        ;(window as unknown as { tamisResume: string }).tamisResume = data
      }, resume)
    const page = await context.newPage()
    await page.goto(`${new URL(server.url).origin}/lms/player.html`)
    await expect.poll(() => page.frames().length).toBeGreaterThan(1)
    const frame: Frame = page.frames().find((f) => f !== page.mainFrame())!
    // The trainee's helpers drive the exercise in its frame as they would a page: same queries.
    return { page, app: frame as unknown as Page }
  }

  const get = (page: Page, element: string) =>
    page.evaluate(
      (name) =>
        (window as never as { API_1484_11: { GetValue(n: string): string } }).API_1484_11.GetValue(name),
      element,
    )

  test('score, completion and progress reach the LMS, and suspend data resumes the session', async ({
    browser,
  }) => {
    test.setTimeout(180_000)
    const cases = scenario.world.registration!.applications
    const first = await openCourse(browser)
    await expect(first.app.getByRole('heading', { level: 1, name: scenario.title })).toBeVisible()
    await first.app.getByRole('radio', { name: /^assessment/i }).check()
    await first.app.getByRole('button', { name: 'Start the assessment' }).click()
    await expectWorklist(first.app)
    const shadow = await playFirstCase(first.app, 'assessment')

    // After the decision: progress, an incomplete attempt, and the session kept in the LMS.
    await expect.poll(() => get(first.page, 'cmi.progress_measure')).toBe((1 / cases).toFixed(4))
    expect(await get(first.page, 'cmi.completion_status')).toBe('incomplete')
    const suspend = await get(first.page, 'cmi.suspend_data')
    expect(suspend).toMatch(/^tamis1:/)
    await first.page.context().close()

    // Another computer: nothing in this browser, only what the LMS kept.
    const second = await openCourse(browser, suspend)
    await expectWorklist(second.app)
    await expect(second.app.getByText(new RegExp(`^1 of ${cases} cases decided`))).toBeVisible()
    await finishExercise(second.app)
    const report = shadow.finish()
    await expect.poll(() => get(second.page, 'cmi.completion_status')).toBe('completed')
    expect(await get(second.page, 'cmi.success_status')).toBe(report.passed ? 'passed' : 'failed')
    expect(await get(second.page, 'cmi.score.max')).toBe(String(report.maxScore))
    expect(await get(second.page, 'cmi.score.raw')).toBe(String(Math.max(0, report.score)))
    expect(await get(second.page, 'cmi.progress_measure')).toBe((1 / cases).toFixed(4))
    await second.page.context().close()
  })
})
