/**
 * The workspace at a real desk: at 1280×800 (a training-room laptop), 768×1024 (a tablet) and
 * 390×844 (a phone), every evidence panel of every process fits its pane: no column of a table
 * and no part of a panel is off-screen or behind a sideways scrollbar. At laptop and tablet sizes
 * the whole process map fits too, with labels of 12 px or more; on a phone the map may scroll.
 * Screenshots of each panel are attached to the test report.
 */
import { expect, test, type Page } from '@playwright/test'
import { PROCESSES } from '../../src/engine/processes/formats'
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
async function takeSteps(page: Page): Promise<void> {
  const procedure = actions(page).getByRole('list', { name: 'Procedure' })
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
