/**
 * The studio's shared test material: a small registration desk a trainer writes (four
 * applications, one duplicate identity, one namesake) and pasting a file into the editor.
 */
import { expect, type Page } from '@playwright/test'

export const STUDIO_DESK = `format: 1
title: Studio desk
summary: Four applications for a TIN.
objectives:
  - Verify an applicant before issuing a TIN
difficulty: 1
minutes: 10
tadat: [P1-1]
language: en
jurisdiction: northland
world:
  seed: 7
  referenceDate: 2025-03-03
  population: { individuals: 40, businesses: 20 }
  registration:
    applications: 4
    anomalies: { duplicate-identity: 1 }
    lookalikes: { namesake: 1 }
tasks:
  - id: desk
    process: registration
    title: Four applications
    briefing: Decide each application after checking the registries.
    hints:
      - text: Compare the national ID with the register hits.
    feedback:
      duplicate-identity: One person, one TIN.
      namesake: Two people can share a name.
passMark: 70
`

/**
 * Replaces the editor's text the way a trainer pastes a file: select all, then paste. Typing it
 * key by key would let the editor auto-indent each new line, and the browser's raw text insertion
 * turns runs of spaces into non-breaking spaces, which YAML reads as content.
 */
export async function pasteScenario(page: Page, text: string, editorName = 'Scenario YAML'): Promise<void> {
  const editor = page.getByRole('textbox', { name: editorName })
  await editor.click()
  await page.keyboard.press('ControlOrMeta+a')
  await editor.evaluate((element, pasted) => {
    const clipboardData = new DataTransfer()
    clipboardData.setData('text/plain', pasted)
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }))
  }, text)
  await expect(editor).toContainText(text.split('\n')[1]!)
}
