/** What a trainee does on the pages, written once for every spec. */
import AxeBuilder from '@axe-core/playwright'
import { expect, type Locator, type Page } from '@playwright/test'
import { majorText, type UiField, type UiStep } from './engine'

/**
 * The saved session of a scenario as the app keeps it: its text in the browser's IndexedDB
 * (database "tamis-sandbox", store "sessions", keyed by scenario id); null when there is none.
 */
export function readStored(page: Page, scenarioId: string): Promise<string | null> {
  return page.evaluate(
    (id) =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('tamis-sandbox')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains('sessions')) return resolve(null)
          const get = db.transaction('sessions').objectStore('sessions').get(id)
          get.onerror = () => reject(get.error)
          get.onsuccess = () => {
            db.close()
            resolve((get.result as { text?: string } | undefined)?.text ?? null)
          }
        }
      }),
    scenarioId,
  )
}

/** Replaces a scenario's saved session text, as damaged or edited storage would. */
export function writeStored(page: Page, scenarioId: string, text: string): Promise<void> {
  return page.evaluate(
    ([id, value]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tamis-sandbox')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction('sessions', 'readwrite')
          const store = tx.objectStore('sessions')
          const get = store.get(id!)
          get.onsuccess = () => {
            const uid = (get.result as { uid?: string } | undefined)?.uid ?? 'edited'
            store.put({ scenarioId: id, uid, text: value }, id!)
          }
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onabort = () => reject(tx.error)
        }
      }),
    [scenarioId, text],
  )
}

/** `text` as a RegExp source matching it literally, whichever space or apostrophe the page wrote. */
export const escape = (text: string): string =>
  text
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    // Playwright folds no-break spaces in accessible names, not in the text getByText/toHaveText read.
    .replace(/[\u00a0\u202f]/g, '\\s')
    .replace(/['’]/g, "['’]")

/** No serious or critical WCAG 2.x A/AA violations on the page as it is now. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(serious, `accessibility problems on the ${where}`).toEqual([])
}

export async function openCatalog(page: Page): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a scenario' })).toBeVisible()
  await expect(page.getByText('Loading the scenario library…')).toHaveCount(0)
}

export async function openBriefing(page: Page, title: string): Promise<void> {
  await openCatalog(page)
  await page.getByRole('heading', { name: title, exact: true }).getByRole('link').first().click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'What will be scored' })).toBeVisible()
}

/** On the briefing: choose the mode and start; waits for the worklist. */
export async function startExercise(page: Page, mode: 'practice' | 'assessment'): Promise<void> {
  await page.getByRole('radio', { name: new RegExp(`^${mode}`, 'i') }).check()
  await page
    .getByRole('button', { name: mode === 'practice' ? 'Start in practice mode' : 'Start the assessment' })
    .click()
  await expectWorklist(page)
}

export async function expectWorklist(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Worklist', exact: true })).toBeVisible({ timeout: 30_000 })
}

export function actions(page: Page): Locator {
  return page.getByRole('region', { name: 'Actions' })
}

export function worklist(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Worklist' })
}

/** The case open in the workspace, from the page address (…/work/<case id>). */
export function currentCaseId(page: Page): string {
  const hash = new URL(page.url()).hash
  return decodeURIComponent(hash.split('/').pop() ?? '')
}

export async function openFirstCase(page: Page): Promise<string> {
  await worklist(page).locator('tbody tr').getByRole('button').first().click()
  await expect(actions(page)).toBeVisible()
  return currentCaseId(page)
}

async function fill(form: Locator, field: UiField, minorUnits: number): Promise<void> {
  // A field the answer does not set keeps what the form shows, as in the engine's fillForm.
  if (field.value === undefined) return
  if (field.kind === 'multiselect') {
    const chosen = Array.isArray(field.value) ? field.value : []
    const group = form.getByRole('group', { name: new RegExp(`^${escape(field.label)}`) })
    for (const option of field.options)
      await group
        .getByRole('checkbox', { name: option.label, exact: true })
        .setChecked(chosen.includes(option.value))
    return
  }
  const input = form.getByLabel(new RegExp(`^${escape(field.label)}`))
  if (field.kind === 'select') {
    await input.selectOption(field.value === undefined ? '' : String(field.value))
    return
  }
  const value =
    field.value === undefined
      ? ''
      : field.kind === 'money' && typeof field.value === 'number'
        ? majorText(field.value, minorUnits)
        : String(field.value)
  await input.fill(value)
}

/** Lets simulated time pass with the workspace's calendar control. */
export async function advanceCalendar(page: Page, days: number): Promise<void> {
  await page.getByRole('button', { name: 'Advance calendar…' }).click()
  await page.getByLabel('Days', { exact: true }).fill(String(days))
  await page.getByRole('button', { name: 'Advance', exact: true }).click()
  await page.getByRole('button', { name: /^Advance to / }).click()
}

/** Clicks a step's button and, when it opens a form, fills every field and confirms. */
export async function playStep(page: Page, step: UiStep, minorUnits: number): Promise<void> {
  if (step.kind === 'clock') return advanceCalendar(page, step.days)
  if (step.kind === 'evidence') {
    await page
      .getByRole('tablist', { name: 'Evidence panels' })
      .getByRole('tab', { name: step.title, exact: true })
      .click()
    return
  }
  await actions(page)
    .getByRole('button', { name: new RegExp(`^${escape(step.label)}…?$`) })
    .click()
  if (step.form) {
    const form = actions(page).getByRole('form', { name: step.label })
    for (const field of step.fields) await fill(form, field, minorUnits)
    await form.getByRole('button', { name: `Confirm: ${step.label}` }).click()
  }
  await expect(actions(page).getByText(/^Not done:/)).toHaveCount(0)
}

/** Decides the open case with the given steps and checks what the mode shows afterwards. */
export async function playCase(
  page: Page,
  steps: readonly UiStep[],
  mode: 'practice' | 'assessment',
  minorUnits: number,
): Promise<void> {
  for (const step of steps) await playStep(page, step, minorUnits)
  if (!steps.some((s) => s.kind === 'command' && s.final)) return
  if (mode === 'practice') await expect(page.getByRole('heading', { name: /^Feedback:/ })).toBeVisible()
  else {
    await expect(page.getByText('Decision recorded.')).toBeVisible()
    await expect(page.getByRole('heading', { name: /^Feedback:/ })).toHaveCount(0)
  }
}

/** Goes to the next undecided case with the button under the decision; false when none is left. */
export async function nextCase(page: Page): Promise<boolean> {
  const next = actions(page).getByRole('button', { name: 'Next case →' })
  if (!(await next.isVisible())) return false
  const before = currentCaseId(page)
  await next.click()
  await expect.poll(() => currentCaseId(page)).not.toBe(before)
  return true
}

export async function finishExercise(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Finish exercise…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Finish and see results' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /^Your results/ })).toBeVisible()
}

/**
 * Finishes the exercise the way a trainee does in any language (the finish button, then the
 * dialog's confirm, `words` of the page's language) and waits for the results' outcomes.
 */
export async function finishIn(page: Page, words: Words): Promise<void> {
  await page.getByRole('button', { name: words.m('app.workspace.finish') }).click()
  await page
    .getByRole('dialog')
    .getByRole('button', { name: words.m('app.finish.confirm') })
    .click()
  await expect(page.getByRole('region', { name: words.m('app.outcomes.heading') })).toBeVisible({
    timeout: 30_000,
  })
}

/** Clicks a download button and returns the file's text. */
export async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ])
  const chunks: Buffer[] = []
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer)
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') }
}

/** The catalogue's words as a trainee reads them: `m(id, args)` of one language's translator. */
export interface Words {
  m: (id: string, args?: Record<string, string | number>) => string
}

/** Plays one step on a page that speaks the language of `words` (labels come from the engine's shadow). */
export async function playStepIn(page: Page, words: Words, step: UiStep, minorUnits: number): Promise<void> {
  const actionsIn = page.getByRole('region', { name: words.m('app.case.actions') })
  if (step.kind === 'clock') {
    await page.getByRole('button', { name: words.m('app.clock.advanceMenu') }).click()
    await page.getByLabel(words.m('app.clock.days'), { exact: true }).fill(String(step.days))
    await page.getByRole('button', { name: words.m('app.clock.advance'), exact: true }).click()
    const advanceTo = escape(words.m('app.clock.advanceTo', { on: '\u0000' })).replace('\u0000', '.+')
    await page.getByRole('button', { name: new RegExp(`^${advanceTo}$`) }).click()
    return
  }
  if (step.kind === 'evidence') {
    await page
      .getByRole('tablist', { name: words.m('app.evidence.panels') })
      .getByRole('tab', { name: step.title, exact: true })
      .click()
    return
  }
  await actionsIn.getByRole('button', { name: new RegExp(`^${escape(step.label)}…?$`) }).click()
  if (step.form) {
    const form = actionsIn.getByRole('form', { name: step.label })
    for (const field of step.fields) await fill(form, field, minorUnits)
    await form.getByRole('button', { name: words.m('app.form.confirm', { label: step.label }) }).click()
  }
  await expect(actionsIn.getByText(new RegExp(`^${escape(words.m('app.commands.notDone'))}`))).toHaveCount(0)
}

/** Full-page screenshots at desktop (1280×800) and tablet (768×1024) width, for a person to look at. */
export async function screenshots(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1280, 800],
    [768, 1024],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: `test-results/${name}-${width}.png`, fullPage: true })
  }
  await page.setViewportSize({ width: 1280, height: 720 })
}
