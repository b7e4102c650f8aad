/**
 * The capstone's week is a week: Monday's cases are on the desk, each later day's wait under
 * "Arrives on …" and cannot be opened, and advancing the calendar by a day brings Tuesday's.
 */
import { expect, test } from '@playwright/test'
import { playableScenarios } from './support/engine'
import { advanceCalendar, openBriefing, startExercise, worklist } from './support/ui'

const capstone = playableScenarios().find((s) => s.id === 'capstone-district-office-week')!

for (const size of [
  { width: 1280, height: 800 },
  { width: 768, height: 1024 },
]) {
  test(`the capstone opens Monday's cases, then Tuesday's a day later (${size.width}×${size.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(size)
    await openBriefing(page, capstone.title)
    await startExercise(page, 'practice')
    const list = worklist(page)
    const headings = list.locator('tr.day th')
    await expect(headings.first()).toHaveText(/^Today: Monday, 12 January 2026 · 4 cases$/)
    await expect(
      list.getByRole('columnheader', { name: /^Arrives on Tuesday, 13 January 2026 · 5 cases$/ }),
    ).toBeVisible()
    await expect(headings).toHaveCount(5)

    // Monday's four applications open; Tuesday's five cases are listed but cannot be opened yet.
    const tuesday = list.locator('tbody tr').filter({ hasText: /Arrives\s*13 Jan 2026/ })
    await expect(tuesday).toHaveCount(5)
    await expect(tuesday.getByRole('button')).toHaveCount(0)
    await expect(list.locator('tbody tr:not(.day)').getByRole('button')).toHaveCount(4)
    await page.screenshot({ path: test.info().outputPath(`agenda-monday-${size.width}.png`) })

    await advanceCalendar(page, 1)
    await expect(headings.first()).toHaveText(/^Today: Tuesday, 13 January 2026 · 5 cases$/)
    await expect(list.getByRole('columnheader', { name: /^Arrived Monday, 12 January 2026/ })).toBeVisible()
    await expect(list.locator('tbody tr').filter({ hasText: /Arrives\s*13 Jan 2026/ })).toHaveCount(0)
    await expect(list.locator('tbody tr:not(.day)').getByRole('button')).toHaveCount(9)
    await page.screenshot({ path: test.info().outputPath(`agenda-tuesday-${size.width}.png`) })

    // Tuesday's first case opens.
    await list.locator('tbody tr:not(.day)').first().getByRole('button').click()
    await expect(page.getByRole('region', { name: 'Actions' })).toBeVisible()
  })
}
