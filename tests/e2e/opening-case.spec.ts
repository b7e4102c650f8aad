/**
 * A case's steps come from the engine worker: until its answer arrives the case panel says the
 * case is opening, in the trainee's language, and never that there is nothing more to do on it.
 * The engine is made slow deterministically: inside the worker, the requests that carry the
 * case's view ("send" and "views") are held until the test lets them through.
 */
import { expect, test, type Page, type Worker } from '@playwright/test'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator } from '../../src/i18n/render'
import { playableScenarios } from './support/engine'
import { englishIn } from './support/english'

const TRAINEES = [
  { language: 'fr', locale: 'fr-SN', scenarioId: 'registration-guichet-unique' },
  { language: 'ru', locale: 'ru-RU', scenarioId: 'refunds-first-claims-ru' },
] as const

interface Holding {
  held: unknown[]
  release: () => void
}

/** From now on the worker keeps the requests that answer with a case's view, until `release`. */
function holdViews(engine: Worker): Promise<void> {
  return engine.evaluate(() => {
    const scope = globalThis as unknown as { onmessage: (event: MessageEvent) => void } & Holding
    const handle = scope.onmessage
    const held: MessageEvent[] = []
    scope.held = held
    scope.onmessage = (event: MessageEvent<{ type: string }>) => {
      if (event.data.type === 'send' || event.data.type === 'views') held.push(event)
      else handle(event)
    }
    scope.release = () => {
      scope.onmessage = handle
      for (const event of held.splice(0)) handle(event)
    }
  })
}

const heldCount = (engine: Worker) => engine.evaluate(() => (globalThis as unknown as Holding).held.length)

const engineOf = (page: Page) => page.workers().find((w) => /engine\.worker/.test(w.url()))!

for (const trainee of TRAINEES) {
  const scenario = playableScenarios().find((s) => s.id === trainee.scenarioId)!
  const tr = createTranslator({
    language: trainee.language,
    catalogue: await loadCatalogue(trainee.language),
    country: scenario.jurisdiction.locale,
    currency: scenario.jurisdiction.currency,
  })

  test.describe(`a trainee whose browser speaks ${trainee.language}`, () => {
    test.use({ locale: trainee.locale })

    test('a case whose steps are still on their way reads as opening, then shows its steps', async ({
      page,
    }) => {
      test.setTimeout(90_000)
      await page.goto(`/#/scenario/${scenario.id}`)
      await page.getByRole('button', { name: tr.m('app.briefing.startPractice') }).click()
      const worklist = page.getByRole('navigation', { name: tr.m('app.workspace.worklist') })
      await expect(worklist).toBeVisible({ timeout: 60_000 })

      const engine = engineOf(page)
      await holdViews(engine)
      await worklist.locator('tbody tr').getByRole('button').first().click()
      const actions = page.getByRole('region', { name: tr.m('app.case.actions') })
      await expect(actions).toBeVisible()
      // The page has asked the engine for the case and has no answer yet.
      await expect.poll(() => heldCount(engine)).toBeGreaterThan(0)

      const opening = actions.getByRole('status').filter({ hasText: tr.m('app.commands.loading') })
      await expect(opening).toBeVisible()
      await expect(opening).toHaveAttribute('aria-busy', 'true')
      await expect(actions).not.toContainText(tr.m('app.commands.nothing'))
      await expect(actions.getByRole('button')).toHaveCount(0)
      expect(await englishIn(actions), 'English in the actions while the case opens').toEqual([])
      expect(await englishIn(page.locator('article.case')), 'English on the opening case').toEqual([])
      for (const [width, height] of [
        [1280, 800],
        [768, 1024],
      ] as const) {
        await page.setViewportSize({ width, height })
        await page.screenshot({ path: `test-results/opening-case-${trainee.language}-${width}.png` })
      }

      await engine.evaluate(() => (globalThis as unknown as Holding).release())
      await expect(opening).toHaveCount(0)
      await expect(
        actions.getByRole('heading', { name: tr.m('app.commands.procedure'), exact: true }),
      ).toBeVisible()
      await expect(actions.getByRole('button').first()).toBeEnabled()
      await expect(actions).not.toContainText(tr.m('app.commands.nothing'))
    })
  })
}
