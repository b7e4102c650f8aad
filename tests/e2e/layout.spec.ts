/**
 * The workspace at a real desk: at 1280×800 (a training-room laptop), 768×1024 (a tablet) and
 * 390×844 (a phone), every evidence panel of every process fits its pane: no column of a table
 * and no part of a panel is off-screen or behind a sideways scrollbar. At laptop and tablet sizes
 * the whole process map fits too, with labels of 12 px or more; on a phone the map may scroll.
 * Screenshots of each panel are attached to the test report.
 * A Russian trainee's refunds case at laptop and tablet sizes: no word of a card (a table too
 * wide for its pane, shown as cards) is cut over two lines, and every map label stays in its box.
 */
import { expect, test, type Page } from '@playwright/test'
import { PROCESSES } from '../../src/engine/processes/formats'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator } from '../../src/i18n/render'
import { playableScenarios } from './support/engine'
import { actions, openBriefing, openFirstCase, startExercise } from './support/ui'

const SIZES = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'phone', width: 390, height: 844 },
] as const

const scenarios = playableScenarios()

/** What sticks out of the case, or scrolls sideways inside it, described for the failure message. */
async function overflows(page: Page, allowMapScroll: boolean): Promise<string[]> {
  return page.evaluate((allowMapScroll) => {
    const found: string[] = []
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`
    const view = document.documentElement.clientWidth
    if (document.documentElement.scrollWidth > view + 1)
      found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${view})`)
    const article = document.querySelector('article.case')
    if (!article) return ['no case is open']
    const right = Math.min(view, article.getBoundingClientRect().right)
    for (const el of article.querySelectorAll('*')) {
      if (el.closest('.visually-hidden, [hidden], details:not([open]) > :not(summary)')) continue
      if (allowMapScroll && el.closest('.canvas')) continue
      const style = getComputedStyle(el)
      if (style.textOverflow === 'ellipsis') continue
      const box = el.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) continue
      if (box.right > right + 1)
        found.push(`${name(el)} ends at ${Math.round(box.right)} px, beyond ${Math.round(right)} px`)
      if (/(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
        found.push(`${name(el)} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`)
    }
    return [...new Set(found)].slice(0, 10)
  }, allowMapScroll)
}

/** The smallest state label of the process map as drawn on screen, in px. */
async function smallestMapLabel(page: Page): Promise<number> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('article.case .canvas svg')
    if (!svg) return 0
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width
    const sizes = [...svg.querySelectorAll('text')].map(
      (t) => parseFloat(getComputedStyle(t).fontSize) * scale,
    )
    return Math.min(...sizes)
  })
}

/** Takes every procedure step the case offers that needs no form, so its evidence panels open. */
async function takeSteps(
  page: Page,
  procedure = actions(page).getByRole('list', { name: 'Procedure' }),
): Promise<void> {
  for (let round = 0; round < 12; round++) {
    const buttons = procedure.getByRole('button')
    const count = await buttons.count()
    let clicked = false
    for (let i = 0; i < count && !clicked; i++) {
      const button = buttons.nth(i)
      const label = (await button.textContent())?.trim() ?? ''
      if (!(await button.isEnabled()) || label.endsWith('…')) continue
      await button.click()
      clicked = true
    }
    if (!clicked) return
    await page.waitForTimeout(150)
  }
}

for (const size of SIZES)
  for (const process of PROCESSES) {
    const scenario = scenarios
      .filter((s) => s.tasks.every((t) => t.process === process))
      .sort((a, b) => a.difficulty - b.difficulty || a.id.localeCompare(b.id))[0]!

    test(`${process} evidence fits at ${size.name} size (${size.width}×${size.height})`, async ({
      page,
    }, info) => {
      test.setTimeout(90_000)
      await page.setViewportSize({ width: size.width, height: size.height })
      await openBriefing(page, scenario.title)
      await startExercise(page, 'practice')
      await openFirstCase(page)
      await takeSteps(page)

      const phone = size.name === 'phone'
      if (!phone) {
        const toggle = page.getByRole('button', { name: /Process map/ })
        if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click()
        expect(await smallestMapLabel(page), 'map labels are 12 px or more').toBeGreaterThanOrEqual(11.9)
      }
      // The register search's results (ten columns) are the widest table in the sandbox.
      const search = page.getByRole('tab', { name: 'Register search' })
      if (await search.count()) {
        await search.first().click()
        const form = page.getByRole('tabpanel').first()
        const copy = form.getByRole('button', { name: "Copy the case's details" })
        if (await copy.count()) await copy.first().click()
        else await form.getByLabel('Name').first().fill('a')
        await form.getByRole('button', { name: 'Search the register' }).first().click()
        await expect(page.getByText(/^Search:/).first()).toBeVisible()
      }
      const tabs = page.getByRole('tablist').first().getByRole('tab')
      const count = await tabs.count()
      expect(count).toBeGreaterThan(0)
      for (let i = 0; i < count; i++) {
        const tab = tabs.nth(i)
        await tab.click()
        const title = (await tab.textContent())?.trim() ?? String(i)
        expect(await overflows(page, phone), `${title} at ${size.width}×${size.height}`).toEqual([])
        await info.attach(`${process}-${size.name}-${i}-${title}.png`, {
          body: await page.locator('article.case').screenshot(),
          contentType: 'image/png',
        })
      }
    })
  }

/**
 * Where Russian text is squeezed: in the cards a wide table becomes, a word of a label or a value
 * cut across two lines ('Полуфабрика-ты'), or a value of one word (an ID: EX-2024-000403, a TIN)
 * not on one line; in the process map, a state label that
 * runs past its box. Each described for the failure message, with what was measured.
 */
async function squeezed(
  page: Page,
): Promise<{ cards: number; words: number; labels: number; found: string[] }> {
  return page.evaluate(() => {
    const found: string[] = []
    const range = document.createRange()
    /** How many lines a piece of text takes on screen. */
    const lines = () =>
      new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom))).size
    let words = 0
    for (const el of document.querySelectorAll('article.case ul.cards .pair > *')) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      while (walker.nextNode()) {
        const node = walker.currentNode as Text
        // A value of one word (an ID) stays whole; in a sentence a line may end after a hyphen.
        const oneWord = !/\s/.test((el.textContent ?? '').trim())
        for (const word of node.data.matchAll(oneWord ? /\S+/g : /[^\s-]+-?/g)) {
          words++
          range.setStart(node, word.index)
          range.setEnd(node, word.index + word[0].length)
          if (lines() > 1)
            found.push(`“${word[0]}” in a card's ${el.tagName.toLowerCase()} is cut over ${lines()} lines`)
        }
      }
    }
    let labels = 0
    for (const node of document.querySelectorAll('article.case .canvas svg g.node')) {
      const box = node.querySelector('rect.box')!.getBoundingClientRect()
      for (const text of node.querySelectorAll('text')) {
        labels++
        const drawn = text.getBoundingClientRect()
        if (drawn.left < box.left - 0.5 || drawn.right > box.right + 0.5)
          found.push(
            `map label “${text.textContent}” spans ${Math.round(drawn.left)}–${Math.round(drawn.right)} px, its box ${Math.round(box.left)}–${Math.round(box.right)} px`,
          )
      }
    }
    return { cards: document.querySelectorAll('article.case ul.cards').length, words, labels, found }
  })
}

/** A Russian scenario, and an English one played on a Russian page (the registration map and search). */
const russianDesks = [
  scenarios.find((s) => s.id === 'refunds-first-claims-ru')!,
  scenarios.find((s) => s.id === 'registration-desk')!,
]
const ru = createTranslator({ language: 'ru', catalogue: await loadCatalogue('ru') })

test.describe('a Russian trainee', () => {
  test.use({ locale: 'ru-RU' })
  const actionsRu = (page: Page) => page.getByRole('region', { name: ru.m('app.case.actions') })

  for (const russian of russianDesks)
    for (const size of SIZES.filter((s) => s.name !== 'phone'))
      test(`${russian.id}: cards and the process map are not squeezed at ${size.name} size (${size.width}×${size.height})`, async ({
        page,
      }, info) => {
        test.setTimeout(90_000)
        // The page in Russian whatever the scenario's language, as the language menu sets it.
        await page.addInitScript(() => localStorage.setItem('tamis.language', 'ru'))
        await page.setViewportSize({ width: size.width, height: size.height })
        await page.goto(`/#/scenario/${russian.id}`)
        await page.getByRole('button', { name: ru.m('app.briefing.startPractice') }).click()
        const worklist = page.getByRole('navigation', { name: ru.m('app.workspace.worklist') })
        await expect(worklist).toBeVisible({ timeout: 60_000 })
        await worklist.locator('tbody tr').getByRole('button').first().click()
        await expect(
          actionsRu(page).getByRole('heading', { name: ru.m('app.commands.procedure') }),
        ).toBeVisible()
        await takeSteps(page, actionsRu(page).getByRole('list', { name: ru.m('app.commands.procedure') }))
        const toggle = page.getByRole('button', { name: ru.m('app.map.heading') })
        if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click()

        // The register search's results (ten columns) are the widest table: as cards at these sizes.
        const search = page.getByRole('tab', { name: ru.m('app.evidence.search'), exact: true })
        if (await search.count()) {
          await search.first().click()
          const form = page.getByRole('form', { name: ru.m('app.search.label') })
          const copy = form.getByRole('button', { name: ru.m('app.search.copy') })
          if (await copy.count()) await copy.click()
          else await form.getByLabel(ru.m('app.search.name')).fill('а')
          await form.getByRole('button', { name: ru.m('app.search.submit') }).click()
          await expect(page.getByText(ru.m('app.evidence.noSearch'))).toHaveCount(0)
        }
        const tabs = page.getByRole('tablist', { name: ru.m('app.evidence.panels') }).getByRole('tab')
        let cards = 0
        let words = 0
        for (let i = 0; i < (await tabs.count()); i++) {
          await tabs.nth(i).click()
          const title = (await tabs.nth(i).textContent())?.trim() ?? String(i)
          const report = await squeezed(page)
          cards += report.cards
          words += report.words
          expect(report.labels, 'state labels on the map').toBeGreaterThan(0)
          expect(report.found, `${title} at ${size.width}×${size.height}`).toEqual([])
          await info.attach(`ru-${size.name}-${i}-${title}.png`, {
            body: await page.locator('article.case').screenshot(),
            contentType: 'image/png',
          })
        }
        // Some tables (the suppliers' declarations, the register's search results) were read as cards.
        expect(cards, 'panels shown as cards').toBeGreaterThan(0)
        expect(words, 'words read in cards').toBeGreaterThan(20)
      })
})
