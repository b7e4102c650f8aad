/**
 * When the browser's storage or the engine worker fails, a French or Russian trainee reads what
 * happened in their language (no English word, no message id), keeps every step storage had
 * taken, and can still reach the catalogue. Each fault is provoked through the real app:
 * - IndexedDB missing, or refusing to open (as some private windows do);
 * - a write refused mid-exercise: storage full (QuotaExceededError on put), a transaction aborted;
 * - the engine worker's script not arriving (404), the worker crashing mid-exercise, ending
 *   without a word (it closes itself: no error event), or failing on a request with an error of
 *   its own (an engine bug, in English);
 * - a page that breaks while it draws (the crash screen), its technical text folded away;
 * - a stored record that is not a saved session at all.
 * Each error state is photographed at 1280×800 in French: test-results/errors-fr-*.png.
 */
import { expect, test, type Page } from '@playwright/test'
import { createTranslator, type Translator } from '../../src/i18n/render'
import { loadCatalogue } from '../../src/i18n/load'
import { playableScenarios, Shadow, type UiStep } from './support/engine'
import { englishIn } from './support/english'
import { escape, playStepIn, readStored } from './support/ui'

interface Trainee {
  language: 'fr' | 'ru'
  locale: string
  scenarioId: string
}

const TRAINEES: readonly Trainee[] = [
  { language: 'fr', locale: 'fr-SN', scenarioId: 'registration-guichet-unique' },
  { language: 'ru', locale: 'ru-RU', scenarioId: 'refunds-first-claims-ru' },
]

/** A message id where words should be: `app.storage.none` and the like. */
const MESSAGE_ID = /\b(?:app|common|workshop|session|glossary|studio|world)\.\w+\.\w+/g

interface Log {
  log: { type: string }[]
}

const logOf = async (page: Page, scenarioId: string): Promise<Log['log']> =>
  (JSON.parse((await readStored(page, scenarioId)) ?? '{"log":[]}') as Log).log

/**
 * The stored log once the step just played is in it. The click returns before the step is
 * stored: a fault set before it is may catch the step still on its way to storage.
 */
async function storedStep(page: Page, scenarioId: string): Promise<Log['log']> {
  await expect
    .poll(async () => (await logOf(page, scenarioId)).at(-1)?.type, { timeout: 15_000 })
    .toBe('case.command')
  return logOf(page, scenarioId)
}

/** Replaces a scenario's stored record with any value, as damaged storage would hold. */
function storeRaw(page: Page, scenarioId: string, value: unknown): Promise<void> {
  return page.evaluate(
    ([id, stored]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tamis-sandbox')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction('sessions', 'readwrite')
          tx.objectStore('sessions').put(stored, id as string)
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onabort = () => reject(tx.error)
        }
      }),
    [scenarioId, value] as const,
  )
}

for (const trainee of TRAINEES) {
  const scenario = playableScenarios().find((s) => s.id === trainee.scenarioId)!
  const { locale, currency } = scenario.jurisdiction
  const tr: Translator = createTranslator({
    language: trainee.language,
    catalogue: await loadCatalogue(trainee.language),
    country: locale,
    currency,
  })
  const worklist = (page: Page) => page.getByRole('navigation', { name: tr.m('app.workspace.worklist') })
  const alert = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text })

  /**
   * What the trainee reads is in their language, with no message id and no English word (but in
   * `except`, a selector for what is meant to stay as written).
   */
  async function expectReadable(page: Page, where: string, except = ''): Promise<void> {
    const text = await page.locator('body').innerText()
    expect(text.match(MESSAGE_ID) ?? [], `message ids on the ${where}`).toEqual([])
    expect(await englishIn(page.locator('body'), except), `English on the ${where}`).toEqual([])
    if (trainee.language !== 'fr') return
    const size = page.viewportSize()
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.screenshot({ path: `test-results/errors-fr-${where.replace(/\W+/g, '-')}.png` })
    if (size) await page.setViewportSize(size)
  }

  async function openCatalogue(page: Page): Promise<void> {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: tr.m('app.catalog.heading') })).toBeVisible({
      timeout: 30_000,
    })
  }

  /** Back to the catalogue the way a trainee goes: the link in the page's header. */
  async function backToCatalogue(page: Page): Promise<void> {
    await page.getByRole('link', { name: 'TAMIS Sandbox' }).click()
    await expect(page.getByRole('heading', { level: 1, name: tr.m('app.catalog.heading') })).toBeVisible()
    await expect(page.getByRole('heading', { name: scenario.title, exact: true })).toBeVisible()
  }

  async function startPractice(page: Page): Promise<void> {
    await page.goto(`/#/scenario/${scenario.id}`)
    await page.getByRole('button', { name: tr.m('app.briefing.startPractice') }).click()
    await expect(worklist(page)).toBeVisible({ timeout: 60_000 })
  }

  /** Opens the first case of the worklist; returns the steps that decide it as the engine says. */
  async function openFirstCase(page: Page): Promise<UiStep[]> {
    const shadow = await Shadow.create(scenario, 'practice')
    await worklist(page).locator('tbody tr').getByRole('button').first().click()
    await expect(page.getByRole('region', { name: tr.m('app.case.actions') })).toBeVisible()
    const caseId = decodeURIComponent(new URL(page.url()).hash.split('/').pop() ?? '')
    return shadow.steps(caseId, tr.t)
  }

  const play = (page: Page, step: UiStep) => playStepIn(page, tr, step, currency.minorUnits)

  /**
   * A practice exercise under way before a fault is set: the first case open, its first step
   * played and stored. Returns the case's steps and the stored log that nothing may take away.
   */
  async function firstStepStored(page: Page): Promise<{ steps: UiStep[]; before: Log['log'] }> {
    await openCatalogue(page)
    await startPractice(page)
    const steps = await openFirstCase(page)
    expect(steps.length).toBeGreaterThanOrEqual(3)
    await play(page, steps[0]!)
    return { steps, before: await storedStep(page, scenario.id) }
  }

  /** The session the page offers to download, as a file. */
  async function downloadedLog(page: Page): Promise<Log['log']> {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: tr.m('app.shell.downloadSession') }).click(),
    ])
    const chunks: Buffer[] = []
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer)
    return (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Log).log
  }

  test.describe(`a trainee whose browser speaks ${trainee.language}`, () => {
    test.use({ locale: trainee.locale })

    test('with no IndexedDB, the exercise runs, the page says why nothing is kept and offers the session', async ({
      page,
    }) => {
      test.setTimeout(120_000)
      await page.addInitScript(() => {
        Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true })
      })
      await openCatalogue(page)
      await expectReadable(page, 'catalogue without storage')
      await startPractice(page)
      const banner = alert(page, tr.m('app.storage.none'))
      await expect(banner).toContainText(tr.m('app.shell.unsaved'))
      const steps = await openFirstCase(page)
      for (const step of steps) await play(page, step)
      await expectReadable(page, 'workspace without storage')
      expect((await downloadedLog(page)).filter((e) => e.type === 'case.command')).toHaveLength(
        steps.filter((s) => s.kind === 'command').length,
      )
      await backToCatalogue(page)
    })

    test('storage that refuses to open is named, in the workspace and in the studio', async ({ page }) => {
      test.setTimeout(120_000)
      await page.addInitScript(() => {
        IDBFactory.prototype.open = () => {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError')
        }
      })
      await openCatalogue(page)
      await startPractice(page)
      await expect(alert(page, tr.m('app.storage.refused'))).toContainText(tr.m('app.shell.unsaved'))
      await expectReadable(page, 'workspace with storage refused')
      await page.goto('/#/studio')
      await page.getByRole('button', { name: tr.m('studio.files.new') }).click()
      await expect(
        alert(page, tr.m('studio.store.notKept', { error: tr.m('app.storage.refused') })),
      ).toBeVisible()
      await expect(page.locator('body')).not.toContainText('denied permission')
      await expectReadable(page, 'studio with storage refused')
    })

    test('storage full mid-exercise: said, nothing stored is lost, and the next step saves once it has room', async ({
      page,
    }) => {
      test.setTimeout(120_000)
      const { steps, before } = await firstStepStored(page)
      await page.evaluate(() => {
        const put = IDBObjectStore.prototype.put
        Object.assign(globalThis, { roomyPut: put })
        IDBObjectStore.prototype.put = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        }
      })
      await play(page, steps[1]!)
      await expect(alert(page, tr.m('app.storage.full'))).toContainText(tr.m('app.shell.unsaved'))
      await expect(page.locator('body')).not.toContainText('quota has been exceeded')
      await expectReadable(page, 'workspace with storage full')
      expect(await logOf(page, scenario.id)).toEqual(before)
      const shown = await downloadedLog(page)
      expect(shown.length).toBeGreaterThan(before.length)

      // Room again: the next step saves the whole session, the one storage refused included.
      await page.evaluate(() => {
        IDBObjectStore.prototype.put = (globalThis as unknown as { roomyPut: IDBObjectStore['put'] }).roomyPut
      })
      await play(page, steps[2]!)
      await expect(page.getByRole('alert').filter({ hasText: tr.m('app.shell.unsaved') })).toHaveCount(0)
      const after = await logOf(page, scenario.id)
      expect(after.slice(0, shown.length)).toEqual(shown)
      expect(after.length).toBeGreaterThan(shown.length)
    })

    test('a save whose transaction the browser aborts is said in words, and the session is offered', async ({
      page,
    }) => {
      test.setTimeout(120_000)
      const { steps, before } = await firstStepStored(page)
      await page.evaluate(() => {
        const put = IDBObjectStore.prototype.put
        IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
          const request = put.apply(this, args)
          this.transaction.abort()
          return request
        }
      })
      await play(page, steps[1]!)
      // The banner's own words say it; the reason is not said twice.
      await expect(alert(page, tr.m('app.shell.unsaved'))).not.toContainText(tr.m('app.storage.notSaved'))
      await expectReadable(page, 'workspace with a save aborted')
      expect(await logOf(page, scenario.id)).toEqual(before)
      expect((await downloadedLog(page)).length).toBeGreaterThan(before.length)
    })

    test('an engine that cannot load leaves the catalogue readable, and a reload recovers', async ({
      page,
    }) => {
      test.setTimeout(120_000)
      const engine = /\/assets\/engine\.worker-[\w-]+\.js$/
      await page.route(engine, (route) => route.fulfill({ status: 404 }))
      await openCatalogue(page)
      await expect(alert(page, tr.m('app.catalog.cannotStart'))).toContainText(tr.m('app.engine.cannotStart'))
      await expect(page.getByRole('heading', { name: scenario.title, exact: true })).toBeVisible()
      await expectReadable(page, 'catalogue without the engine')

      await page.goto(`/#/scenario/${scenario.id}`)
      await expect(alert(page, tr.m('app.shell.libraryFailed'))).toContainText(tr.m('app.engine.cannotStart'))
      await expectReadable(page, 'briefing without the engine')
      await page.getByRole('link', { name: tr.m('app.shell.backToCatalogue') }).click()
      await expect(page.getByRole('heading', { level: 1, name: tr.m('app.catalog.heading') })).toBeVisible()
      await page.goto(`/#/scenario/${scenario.id}`)

      await page.unroute(engine)
      await page.getByRole('button', { name: tr.m('app.shell.reloadPage') }).click()
      await expect(page.getByRole('heading', { level: 1, name: scenario.title })).toBeVisible({
        timeout: 30_000,
      })
    })

    test('an engine that crashes mid-exercise is restarted on the saved session; the step under way is taken again', async ({
      page,
    }) => {
      test.setTimeout(120_000)
      const { steps, before } = await firstStepStored(page)
      const engine = page.workers().find((w) => /engine\.worker/.test(w.url()))!
      await engine.evaluate(() => {
        self.onmessage = () => {
          throw new Error('Simulated crash')
        }
      })
      // The next step reaches a worker that throws: it stops, and a fresh one takes over.
      const restarted = page.getByText(tr.m('app.flash.engineRestarted'))
      await play(page, steps[1]!).catch(() => undefined)
      await expect(restarted).toBeVisible({ timeout: 60_000 })
      await expect(worklist(page)).toBeVisible()
      await expect(page.getByRole('region', { name: tr.m('app.case.actions') })).toBeVisible()
      await expect(page.locator('body')).not.toContainText('Simulated crash')
      await expectReadable(page, 'workspace after the engine stopped')
      expect(await logOf(page, scenario.id)).toEqual(before)

      for (const step of steps.slice(1)) await play(page, step)
      await expect(
        page.getByRole('heading', { name: new RegExp(`^${escape(tr.m('app.feedback.heading'))}`) }),
      ).toBeVisible()
      expect((await logOf(page, scenario.id)).length).toBeGreaterThan(before.length)
      await backToCatalogue(page)
    })

    test('an engine that ends without a word mid-exercise is noticed and restarted on the saved session', async ({
      page,
    }) => {
      test.setTimeout(120_000)
      const warnings: string[] = []
      page.on('console', (message) => void (message.type() === 'warning' && warnings.push(message.text())))
      const { steps, before } = await firstStepStored(page)
      const engine = page.workers().find((w) => /engine\.worker/.test(w.url()))!
      // The next request closes the worker from inside: no error event, no answer, ever.
      await engine.evaluate(() => {
        self.onmessage = () => self.close()
      })
      const restarted = page.getByText(tr.m('app.flash.engineRestarted'))
      await play(page, steps[1]!).catch(() => undefined)
      await expect(restarted).toBeVisible({ timeout: 60_000 })
      expect(warnings).toContain('Engine worker: ended without an error')
      await expect(worklist(page)).toBeVisible()
      await expect(page.getByRole('region', { name: tr.m('app.case.actions') })).toBeVisible()
      await expectReadable(page, 'workspace after the engine ended without a word')
      expect(await logOf(page, scenario.id)).toEqual(before)

      for (const step of steps.slice(1)) await play(page, step)
      await expect(
        page.getByRole('heading', { name: new RegExp(`^${escape(tr.m('app.feedback.heading'))}`) }),
      ).toBeVisible()
      const after = await logOf(page, scenario.id)
      expect(after.slice(0, before.length)).toEqual(before)
      expect(after.length).toBeGreaterThan(before.length)
      await backToCatalogue(page)
    })

    test('a page that breaks says so in the trainee’s words, its technical text folded away for support', async ({
      page,
    }) => {
      test.setTimeout(120_000)
      const { steps, before } = await firstStepStored(page)
      // The next view holds a case the worklist cannot draw, as an engine bug could send it.
      const engine = page.workers().find((w) => /engine\.worker/.test(w.url()))!
      await engine.evaluate(() => {
        type Sent = { type?: string; reply?: { view?: { cases: unknown[] } } }
        const post = self.postMessage.bind(self) as (message: Sent) => void
        Object.assign(self, {
          postMessage: (message: Sent) => {
            if (message.type === 'sent') message.reply?.view?.cases.unshift(null)
            post(message)
          },
        })
      })
      await play(page, steps[1]!).catch(() => undefined)
      await expect(page.getByRole('heading', { level: 1, name: tr.m('app.shell.crashed') })).toBeVisible({
        timeout: 30_000,
      })
      await expect(page.getByRole('alert')).toContainText(tr.m('app.shell.crashedText'))
      const details = page.locator('details').filter({ hasText: tr.m('app.shell.technicalDetails') })
      const technical = details.locator('pre')
      await expect(technical).toBeHidden()
      await expectReadable(page, 'page that broke', 'details pre')
      await details.getByText(tr.m('app.shell.technicalDetails')).click()
      await expect(technical).toBeVisible()
      await expect(technical).toContainText(/Error: /)
      if (trainee.language === 'fr') {
        await page.setViewportSize({ width: 768, height: 1024 })
        await page.screenshot({ path: 'test-results/errors-fr-technical-details-768.png', fullPage: true })
      }
      await expect(page.getByRole('alert')).not.toContainText(/Error: /)
      expect((await logOf(page, scenario.id)).slice(0, before.length)).toEqual(before)
      await page.getByRole('link', { name: tr.m('app.shell.backToCatalogue') }).click()
      await expect(page.getByRole('heading', { level: 1, name: tr.m('app.catalog.heading') })).toBeVisible()
    })

    test('an engine error of its own is told in the trainee’s words, with a way back', async ({ page }) => {
      test.setTimeout(120_000)
      await page.goto(`/#/scenario/${scenario.id}`)
      const start = page.getByRole('button', { name: tr.m('app.briefing.startPractice') })
      await expect(start).toBeVisible({ timeout: 30_000 })
      // An engine bug while the world is generated: an English error thrown inside the worker.
      const engine = page.workers().find((w) => /engine\.worker/.test(w.url()))!
      await engine.evaluate(() => {
        performance.now = () => {
          throw new TypeError('Cannot read properties of undefined (reading "simulated")')
        }
      })
      await start.click()
      await expect(page.getByRole('heading', { level: 1, name: tr.m('app.opening.failed') })).toBeVisible({
        timeout: 30_000,
      })
      await expect(page.getByRole('alert')).toContainText(tr.m('app.engine.failed'))
      await expect(page.locator('body')).not.toContainText('simulated')
      await expectReadable(page, 'exercise that failed to open')
      await backToCatalogue(page)
    })

    test('a stored record that is not a session reads as damaged, can be downloaded, and the trainee starts again', async ({
      page,
    }) => {
      test.setTimeout(120_000)
      await openCatalogue(page)
      await storeRaw(page, scenario.id, 42)
      await page.reload()
      await expect(page.getByRole('article', { name: scenario.title })).toContainText(
        tr.m('app.status.damaged'),
      )
      await page.goto(`/#/scenario/${scenario.id}/work`)
      await expect(page.getByRole('heading', { level: 1, name: tr.m('app.opening.damaged') })).toBeVisible({
        timeout: 30_000,
      })
      await expectReadable(page, 'stored record that is not a session')
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: tr.m('app.opening.downloadDamaged') }).click(),
      ])
      const chunks: Buffer[] = []
      for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer)
      expect(Buffer.concat(chunks).toString('utf8').trim()).toBe('42')
      await page.getByRole('button', { name: tr.m('app.opening.startOver') }).click()
      await expect(worklist(page)).toBeVisible({ timeout: 60_000 })
      await expect.poll(async () => (await logOf(page, scenario.id)).length).toBe(0)
      await backToCatalogue(page)
    })
  })
}
