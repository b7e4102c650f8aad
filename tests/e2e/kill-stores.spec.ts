/**
 * What the app says it kept survives the browser being killed (support/kill.ts), for the two
 * stores beside the sessions (kill.spec.ts):
 * - the studio: a trainer's scenario, once it is in the browser's storage;
 * - the LMS outbox: a statement queued while the learning record store was down is sent after
 *   the relaunch, exactly once.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { XAPI_VERBS } from '../../src/engine/index'
import { startLrs, type LrsStub } from '../lms/lrs-stub'
import { playableScenarios, Shadow } from './support/engine'
import { browserPid, killBrowser, launch } from './support/kill'
import { serveDist, type StaticServer } from './support/static-server'
import { pasteScenario } from './support/studio'
import { actions, currentCaseId, openFirstCase, playCase, startExercise } from './support/ui'

test.skip(process.platform !== 'linux', 'The browser process is found through /proc.')

/** Every record of an object store, read from the page through a connection of its own. */
function readAll(page: Page, database: string, store: string): Promise<unknown[]> {
  return page.evaluate(
    ([name, storeName]) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open(name!)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains(storeName!)) {
            db.close()
            return resolve([])
          }
          const all = db.transaction(storeName!).objectStore(storeName!).getAll()
          all.onerror = () => reject(all.error)
          all.onsuccess = () => {
            db.close()
            resolve(all.result as unknown[])
          }
        }
      }),
    [database, store],
  )
}

let profile = ''
test.beforeEach(() => {
  profile = mkdtempSync(join(tmpdir(), 'tamis-kill-'))
})
test.afterEach(() => rmSync(profile, { recursive: true, force: true }))

test('a scenario the studio saved survives the browser being killed', async ({ baseURL }) => {
  test.setTimeout(120_000)
  const marker = `# Kept through a crash ${Date.now()}`
  let context = await launch(profile, baseURL)
  let page = context.pages()[0] ?? (await context.newPage())
  await page.goto('/#/studio')
  await page.getByRole('button', { name: 'New scenario' }).click()
  // The file is listed once its first save has resolved, i.e. once it is on disk.
  await expect(page.getByRole('button', { name: 'my-scenario.yaml' })).toBeVisible()
  const text = (await page.getByRole('textbox', { name: 'Scenario YAML' }).innerText()).replace(
    /\u00a0/g,
    ' ',
  )
  await pasteScenario(page, `${marker}\n${text}`)
  // The edit is saved a moment after the typing stops; kill as soon as storage has it.
  await expect
    .poll(
      async () =>
        (await readAll(page, 'tamis-studio', 'files')).some((f) =>
          (f as { text: string }).text.startsWith(marker),
        ),
      { timeout: 15_000 },
    )
    .toBe(true)
  await killBrowser(context, browserPid(profile))

  context = await launch(profile, baseURL)
  page = context.pages()[0] ?? (await context.newPage())
  await page.goto('/#/studio')
  await expect(page.getByRole('button', { name: 'my-scenario.yaml' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Scenario YAML' })).toContainText(marker)
  await context.close()
})

test.describe('with a learning record store', () => {
  let lrs: LrsStub
  let server: StaticServer
  test.beforeEach(async () => {
    lrs = await startLrs()
    // The app and the LRS on one origin: the built app's policy lets it reach only its own.
    server = await serveDist('/sandbox/', {}, lrs.handle)
  })
  test.afterEach(async () => {
    await server.close()
    await lrs.close()
  })

  test('a statement queued while the LRS was down is sent after the browser is killed', async () => {
    test.setTimeout(180_000)
    const scenario = playableScenarios().find((s) => s.id === 'registration-desk')!
    const origin = new URL(server.url).origin
    const settings = new URLSearchParams({
      lrs: `${origin}/xapi/`,
      'lrs-key': 'key',
      'lrs-secret': 'secret',
      learner: 'awa@example.org',
    })
    lrs.outage = 'refuse'
    let context = await launch(profile, undefined)
    let page = context.pages()[0] ?? (await context.newPage())
    await page.goto(`${server.url}index.html?${settings}#/scenario/${scenario.id}`)
    // The credentials do not stay in the address bar.
    await expect.poll(() => new URL(page.url()).search).toBe('')
    await startExercise(page, 'practice')
    const shadow = await Shadow.create(scenario, 'practice')
    await openFirstCase(page)
    const caseId = currentCaseId(page)
    await playCase(page, shadow.steps(caseId), 'practice', scenario.jurisdiction.currency.minorUnits)
    await expect(actions(page)).toBeVisible()
    const answered = (records: unknown[]) =>
      records.filter(
        (r) => (r as { statement: { verb: { id: string } } }).statement.verb.id === XAPI_VERBS.answered,
      ).length
    // The decision's statement is in the outbox, and the LRS refused it.
    await expect.poll(async () => answered(await readAll(page, 'tamis-lms', 'outbox'))).toBe(1)
    await expect.poll(() => lrs.posts).toBeGreaterThan(0)
    expect(lrs.statements).toHaveLength(0)
    await killBrowser(context, browserPid(profile))

    lrs.outage = 'none'
    context = await launch(profile, undefined)
    page = context.pages()[0] ?? (await context.newPage())
    // No settings in the address: the LRS is the one this browser remembers.
    await page.goto(server.url)
    const sent = () => lrs.statements.filter((s) => (s.verb as { id: string }).id === XAPI_VERBS.answered)
    await expect.poll(() => sent().length, { timeout: 30_000 }).toBe(1)
    expect((sent()[0]!.object as { id: string }).id).toContain(encodeURIComponent(caseId))
    await expect.poll(async () => (await readAll(page, 'tamis-lms', 'outbox')).length).toBe(0)
    expect(lrs.refusals.filter((r) => !r.startsWith('503'))).toEqual([])
    await context.close()
  })
})
