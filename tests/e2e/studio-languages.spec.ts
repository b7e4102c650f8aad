/**
 * The studio in the trainer's language: a French trainer's new scenario is the French starter
 * (its text French, `language: fr`), the studio page has no English word, and the editor's field
 * help (hover and autocomplete) is the French translation of the schema's descriptions, which a
 * switch to Russian turns into Russian. Screenshots of the French studio with a hover tooltip open
 * go to the test's output folder at 1280×800 and 768×1024.
 *
 * A Russian trainer's path test on the Russian starter passes (the starter is a sound scenario);
 * with the pass mark lowered until clicking passes, it says so naming the scripted trainees in
 * Russian words ("всегда первый шаг", "случайные шаги, прогон 2"), never by their codes (`first`,
 * `random #2`), and the same result read after a switch to French says them in French.
 * Screenshots of the Russian result: test-results/studio-ru-path-test-{1280,768}.png.
 *
 * The editor's own controls speak French too: the fold gutter's tooltips and Ctrl+F's search panel
 * (CodeMirror's phrases, src/app/studio/phrases.ts), and Delete asks in the app's own dialog, whose
 * buttons are French whatever the browser's language (window.confirm's follow the browser).
 * Screenshot of the French search panel: test-results/…/studio-fr-search-1280.png; the same panel
 * left open through a switch to Russian and back: studio-fr-search-after-switch-1280.png.
 */
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { STARTER_SCENARIO, STARTERS } from '../../src/app/studio/starter'
import type { Catalogue } from '../../src/i18n/languages'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator } from '../../src/i18n/render'
import { englishIn } from './support/english'
import { bundledFiles } from './support/engine'
import { pasteScenario, withSetting } from './support/studio'
import { screenshots } from './support/ui'

const help = (language: string): Record<string, string> =>
  JSON.parse(readFileSync(`src/i18n/${language}/schema-help.json`, 'utf8')) as Record<string, string>

const catalogues: Record<string, Catalogue> = { fr: await loadCatalogue('fr'), ru: await loadCatalogue('ru') }
const fr = createTranslator({ language: 'fr', catalogue: catalogues.fr! })
const ru = createTranslator({ language: 'ru', catalogue: catalogues.ru! })

/** The bundled scenario files (not the jurisdictions): the studio's copy list. */
const BUNDLED = bundledFiles().filter((f) => !f.path.includes('/jurisdictions/'))

const PASS_MARK = 'Percent of the maximum score needed to pass'
const DEBRIEF = 'Notes for the trainer: what to discuss, common mistakes'

/** Points at a key of the file in the editor (its first line with that key), so its help shows. */
async function hoverKey(page: Page, key: string): Promise<void> {
  const line = page.locator('.cm-line').filter({ hasText: new RegExp(`^\\s*${key}:`) })
  await line.first().getByText(key, { exact: true }).hover()
}

test.describe('a French trainer in the studio', () => {
  test.use({ locale: 'fr-FR' })

  test('starts from the French starter and reads the field help in French', async ({ page }, testInfo) => {
    test.setTimeout(120_000)
    await page.setViewportSize({ width: 1280, height: 800 })
    // The help's translations arrive with the studio, not with the first page.
    const fetched: string[] = []
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname))
    const helpFetched = () => fetched.filter((path) => /schema-help/.test(path))
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: fr.m('app.catalog.heading') })).toBeVisible({
      timeout: 30_000,
    })
    expect(helpFetched(), 'the first page fetches no field help').toEqual([])
    await page.goto('/#/studio')
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await expect.poll(helpFetched).toHaveLength(1)
    await page.getByRole('button', { name: fr.m('studio.files.new') }).click()
    await expect(page.getByRole('button', { name: 'mon-scenario.yaml' })).toBeVisible()

    // The new file is the French starter: French text, `language: fr`, and it validates.
    const editor = page.getByRole('textbox', { name: fr.m('studio.editor.label') })
    await expect(editor).toContainText('language: fr')
    await expect(editor).toContainText('title: Mon premier guichet d')
    await expect(editor).toContainText('jurisdiction: sahel-coast')
    for (const english of ['My first registration desk', 'Eight applications', 'Decide each application'])
      await expect(editor).not.toContainText(english)
    expect(STARTERS.fr).not.toBe(STARTER_SCENARIO)
    await expect(page.getByRole('status').filter({ hasText: fr.m('studio.check.valid') })).toBeVisible()
    expect(await englishIn(page.locator('body')), 'English words on the French studio page').toEqual([])

    // Pointing at a field shows its help in French, and what it takes in French words.
    await hoverKey(page, 'passMark')
    const tooltip = page.locator('.cm-tooltip-hover')
    await expect(tooltip).toContainText(help('fr')[PASS_MARK]!)
    await expect(tooltip).toContainText(fr.m('studio.help.type.integer'))
    await expect(tooltip).not.toContainText(PASS_MARK)
    expect(await englishIn(tooltip), 'English words in the hover help').toEqual([])
    for (const [width, height] of [
      [1280, 800],
      [768, 1024],
    ] as const) {
      await page.setViewportSize({ width, height })
      await hoverKey(page, 'passMark')
      await expect(tooltip).toBeVisible()
      await page.screenshot({ path: testInfo.outputPath(`studio-fr-help-${width}.png`) })
    }
    await page.setViewportSize({ width: 1280, height: 800 })

    // The YAML a description quotes is shown as code, as a trainer types it.
    await page.mouse.move(0, 0)
    await hoverKey(page, 'lookalikes')
    await expect(tooltip.locator('code').filter({ hasText: '{ namesake: 1 }' })).toBeVisible()
    expect(await englishIn(tooltip), 'English words in the hover help').toEqual([])
    await page.mouse.move(0, 0)
    await hoverKey(page, 'registration')
    await expect(tooltip.locator('code').filter({ hasText: 'process: registration' })).toBeVisible()
    expect(await englishIn(tooltip), 'English words in the hover help').toEqual([])
    await page.screenshot({ path: testInfo.outputPath('studio-fr-help-code-1280.png') })
    await page.mouse.move(0, 0)

    // Autocomplete offers a missing key with its help in French.
    await page
      .locator('.cm-line')
      .filter({ hasText: /^passMark:/ })
      .click()
    await page.keyboard.press('End')
    await page.keyboard.press('Enter')
    await page.keyboard.type('debr')
    const completion = page.locator('.cm-tooltip-autocomplete')
    await expect(completion.getByRole('option', { name: /debrief/ })).toBeVisible()
    const info = page.locator('.cm-completionInfo')
    await expect(info).toContainText(help('fr')[DEBRIEF]!)
    await expect(completion).toContainText(fr.m('studio.help.type.string'))
    expect(await englishIn(completion), 'English words in the autocomplete').toEqual([])
    expect(await englishIn(info), 'English words in the autocomplete help').toEqual([])
    await page.keyboard.press('Escape')

    // A switch to Russian gives the help in Russian.
    await page.getByRole('combobox', { name: fr.m('app.shell.language') }).selectOption('ru')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
    await expect(page.getByRole('heading', { level: 1, name: ru.m('app.shell.studio') })).toBeVisible()
    await hoverKey(page, 'passMark')
    await expect(tooltip).toContainText(help('ru')[PASS_MARK]!)
    await expect(tooltip).toContainText(ru.m('studio.help.type.integer'))
    expect(helpFetched(), 'one file of help per language shown').toHaveLength(2)
  })

  test('copies a bundled scenario it finds by its title, not its file name', async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto('/#/studio')
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    const list = page.getByRole('combobox', { name: fr.m('studio.files.fork') })
    // allTextContents() does not wait: wait for the list to be filled first.
    await expect(list.locator('option')).toHaveCount(BUNDLED.length)
    const options = await list.locator('option').allTextContents()
    // Every bundled scenario, each under its title in the language its trainer wrote it in.
    const guichet = options.find((o) => o.startsWith('Guichet unique'))
    expect(guichet, 'the French scenario by its French title').toMatch(/demandes d.immatriculation du lundi$/)
    expect(options).toContain('Registration desk: the Monday worklist')
    expect(
      options.filter((o) => /^[a-z0-9]+(-[a-z0-9]+)+$/.test(o)),
      'file names in the list',
    ).toEqual([])
    await list.selectOption({ label: guichet! })
    await page.getByRole('button', { name: fr.m('studio.files.copy') }).click()
    const editor = page.getByRole('textbox', { name: fr.m('studio.editor.label') })
    await expect(editor).toContainText('Guichet unique', { timeout: 30_000 })
    await expect(editor).toContainText('language: fr')

    // A copy of the FCFA collection scenario previews its world's amounts in FCFA with no decimals,
    // as its trainees will see them (the preview used to write them as 25 016,00 ¤, 100× too small).
    const recouvrement = options.find((o) => o.startsWith('Recouvrement forcé'))!
    await list.selectOption({ label: recouvrement })
    await page.getByRole('button', { name: fr.m('studio.files.copy') }).click()
    await expect(editor).toContainText('Recouvrement forcé', { timeout: 30_000 })
    await page.getByRole('button', { name: fr.m('studio.actions.preview') }).click()
    const expected = page.locator('td.expected')
    await expect(expected.first()).toBeVisible({ timeout: 30_000 })
    const amounts = (await expected.allTextContents()).join('\n')
    expect(amounts).toMatch(/\d{1,3}(?:[\u202f\u00a0]\d{3})+[\u202f\u00a0]FCFA/)
    expect(amounts).not.toMatch(/¤|,\d\d[\u202f\u00a0]FCFA/)
    await expect(page.getByText(fr.m('studio.preview.stale'))).toHaveCount(0)

    // Edited since: the preview says it is out of date. (The editor draws only the lines in view:
    // the title is at the top.)
    await page
      .locator('.cm-line')
      .filter({ hasText: /^title:/ })
      .click()
    await page.keyboard.press('End')
    await page.keyboard.type(' ')
    await expect(page.getByText(fr.m('studio.preview.stale'))).toBeVisible()
    await screenshots(page, 'studio-fr-preview-stale')
  })
})

test.describe('a French trainer with an English browser', () => {
  // The browser speaks English (its own confirm box would say OK / Cancel); the page is French.
  test.use({ locale: 'en-US' })

  test('folds, searches and deletes in French', async ({ page }, testInfo) => {
    test.setTimeout(120_000)
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto('/#/studio')
    await page.getByRole('combobox', { name: 'Display language' }).selectOption('fr')
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await page.getByRole('button', { name: fr.m('studio.files.new') }).click()
    const editor = page.getByRole('textbox', { name: fr.m('studio.editor.label') })
    await expect(editor).toContainText('language: fr')

    // The fold gutter's markers say what they do in French (⌄ folds, › unfolds).
    const fold = page.locator('.cm-foldGutter span[title]')
    const foldable = fold.filter({ hasText: '⌄' })
    await expect(foldable.first()).toHaveAttribute('title', fr.m('studio.cm.foldLine'))
    const frenchTitles = [fr.m('studio.cm.foldLine'), fr.m('studio.cm.unfoldLine')]
    const titles = () => fold.evaluateAll((spans) => [...new Set(spans.map((s) => s.getAttribute('title')))])
    expect(
      (await titles()).filter((title) => !frenchTitles.includes(title ?? '')),
      'titles not French',
    ).toEqual([])
    await foldable.first().click()
    await expect(page.locator('.cm-foldPlaceholder')).toHaveAttribute('title', fr.m('studio.cm.unfold'))
    await expect(page.locator('.cm-foldPlaceholder')).toHaveAttribute(
      'aria-label',
      fr.m('studio.cm.foldedCode'),
    )
    await expect(fold.filter({ hasText: '›' }).filter({ visible: true })).toHaveAttribute(
      'title',
      fr.m('studio.cm.unfoldLine'),
    )

    // Ctrl+F opens the search panel, every word of it French.
    await page.locator('.cm-content').click()
    await page.keyboard.press('Control+f')
    const panel = page.locator('.cm-search')
    await expect(panel).toBeVisible()
    await expect(panel.getByRole('textbox', { name: fr.m('studio.cm.find'), exact: true })).toHaveAttribute(
      'placeholder',
      fr.m('studio.cm.find'),
    )
    await expect(panel.getByRole('textbox', { name: fr.m('studio.cm.replaceField') })).toBeVisible()
    for (const id of ['next', 'previous', 'all', 'replace', 'replaceAll'])
      await expect(panel.getByRole('button', { name: fr.m(`studio.cm.${id}`), exact: true })).toBeVisible()
    for (const id of ['matchCase', 'regexp', 'byWord'])
      await expect(panel.getByRole('checkbox', { name: fr.m(`studio.cm.${id}`) })).toBeVisible()
    await expect(panel.getByRole('button', { name: fr.m('studio.cm.close') })).toBeVisible()
    const english = /\b(find|next|previous|all|match case|regexp|by word|replace|close)\b/i
    expect(await panel.textContent()).not.toMatch(english)
    expect(await englishIn(panel), 'English words in the search panel').toEqual([])
    await page.keyboard.type('guichet')
    await page.screenshot({ path: testInfo.outputPath('studio-fr-search-1280.png') })
    await page.keyboard.press('Escape')
    await expect(panel).toHaveCount(0)

    // Delete asks in the app's dialog, its buttons French; Cancel keeps the file, Delete removes it.
    const file = page.getByRole('button', { name: 'mon-scenario.yaml' })
    const browserDialogs: string[] = []
    page.on('dialog', (dialog) => {
      browserDialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.getByRole('button', { name: fr.m('studio.file.delete'), exact: true }).click()
    const dialog = page.getByRole('dialog', {
      name: fr.m('studio.delete.title', { file: 'mon-scenario.yaml' }),
    })
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText(fr.m('studio.delete.text'))
    await expect(dialog.getByRole('button', { name: fr.m('common.cancel') })).toBeVisible()
    expect(await englishIn(dialog), 'English words in the Delete dialog').toEqual([])
    await page.screenshot({ path: testInfo.outputPath('studio-fr-delete-1280.png') })
    await dialog.getByRole('button', { name: fr.m('common.cancel') }).click()
    await expect(dialog).toBeHidden()
    await expect(file).toBeVisible()
    await page.getByRole('button', { name: fr.m('studio.file.delete'), exact: true }).click()
    await dialog.getByRole('button', { name: fr.m('studio.file.delete'), exact: true }).click()
    await expect(dialog).toBeHidden()
    await expect(file).toHaveCount(0)
    await expect(page.getByText(fr.m('studio.files.none'))).toBeVisible()
    expect(browserDialogs, "the browser's own confirm box").toEqual([])

    // A switch to Russian: the search panel opened afterwards is Russian.
    await page.getByRole('button', { name: fr.m('studio.files.new') }).click()
    await page.getByRole('combobox', { name: fr.m('app.shell.language') }).selectOption('ru')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
    await page.locator('.cm-content').click()
    await page.keyboard.press('Control+f')
    await expect(panel.getByRole('button', { name: ru.m('studio.cm.next'), exact: true })).toBeVisible()
    await expect(panel.getByRole('textbox', { name: ru.m('studio.cm.find'), exact: true })).toBeVisible()
    // The fold gutter drawn in French is retitled in Russian.
    const russianTitles = [ru.m('studio.cm.foldLine'), ru.m('studio.cm.unfoldLine')]
    await expect
      .poll(async () => (await titles()).filter((title) => !russianTitles.includes(title ?? '')))
      .toEqual([])

    // Back to French with the panel still open: it speaks French at once and keeps the query.
    await page.keyboard.type('language')
    await page.getByRole('combobox', { name: ru.m('app.shell.language') }).selectOption('fr')
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    const find = panel.getByRole('textbox', { name: fr.m('studio.cm.find'), exact: true })
    await expect(find).toHaveValue('language')
    await expect(find).toHaveAttribute('placeholder', fr.m('studio.cm.find'))
    for (const id of ['next', 'previous', 'all', 'replace', 'replaceAll', 'close'])
      await expect(panel.getByRole('button', { name: fr.m(`studio.cm.${id}`), exact: true })).toBeVisible()
    for (const id of ['matchCase', 'regexp', 'byWord'])
      await expect(panel.getByRole('checkbox', { name: fr.m(`studio.cm.${id}`) })).toBeVisible()
    expect(await panel.textContent(), 'Russian words in the search panel').not.toMatch(/[\u0400-\u04FF]/)
    expect(await englishIn(panel), 'English words in the search panel').toEqual([])
    await page.screenshot({ path: testInfo.outputPath('studio-fr-search-after-switch-1280.png') })
  })
})

/** The codes of the scripted trainees and the old English placeholders, which no sentence may show. */
const CODES = /\bfirst\b|\brandom\b|\bbest\b|#\d|not decided/

test.describe('a Russian trainer runs the path test', () => {
  test.use({ locale: 'ru-RU' })

  test('on the starter, and reads the scripted trainees by name in Russian, then French', async ({
    page,
  }) => {
    test.setTimeout(180_000)
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto('/#/studio')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
    await page.getByRole('button', { name: ru.m('studio.files.new') }).click()
    await expect(page.getByRole('button', { name: 'moy-stsenariy.yaml' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: ru.m('studio.check.valid') })).toBeVisible()

    // The starter as it comes: the best passes, clicking fails.
    await page.getByRole('button', { name: ru.m('studio.actions.test') }).click()
    const passed = page.getByRole('region', { name: ru.m('studio.test.passed') })
    await expect(passed).toBeVisible({ timeout: 90_000 })
    for (const policy of ['best', 'first', 'random'])
      await expect(
        passed.getByRole('cell', { name: ru.m(`studio.policy.${policy}`), exact: true }),
      ).toBeVisible()
    await expect(passed.getByRole('listitem')).toHaveCount(0)

    // A pass mark clicking reaches: the failures name who clicked, in Russian words.
    await pasteScenario(page, withSetting(STARTERS.ru, 'passMark', '30'), ru.m('studio.editor.label'))
    await expect(page.getByRole('status').filter({ hasText: ru.m('studio.check.valid') })).toBeVisible()
    await page.getByRole('button', { name: ru.m('studio.actions.test') }).click()
    const failed = page.getByRole('region', { name: ru.m('studio.test.failed') })
    await expect(failed).toBeVisible({ timeout: 90_000 })
    const failures = failed.getByRole('listitem')
    await expect(failures.filter({ hasText: `(${ru.m('session.pathTest.policy.first')}),` })).toHaveCount(3)
    const randomRun = new RegExp(
      `\\(${ru.m('session.pathTest.policy.random', { n: 9 }).replace('9', '[123]')}\\),`,
    )
    expect(await failures.filter({ hasText: randomRun }).count()).toBeGreaterThan(0)
    expect(await failed.textContent()).not.toMatch(CODES)
    expect(await englishIn(failed), 'English words in the Russian path test').toEqual([])
    await failed.scrollIntoViewIfNeeded()
    await screenshots(page, 'studio-ru-path-test')
    await page.setViewportSize({ width: 1280, height: 800 })

    // The same result, read in French.
    await page.getByRole('combobox', { name: ru.m('app.shell.language') }).selectOption('fr')
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    const inFrench = page.getByRole('region', { name: fr.m('studio.test.failed') })
    await expect(
      inFrench.getByRole('listitem').filter({ hasText: `(${fr.m('session.pathTest.policy.first')})` }),
    ).toHaveCount(3)
    expect(await inFrench.textContent()).not.toMatch(CODES)
    expect(await englishIn(inFrench), 'English words in the French path test').toEqual([])
  })
})
