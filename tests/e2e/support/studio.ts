/**
 * The studio's shared test material: the desk a trainer gets from "New scenario" (the studio's
 * starter, a small registration desk with one duplicate identity and one namesake), saved under
 * a title of their own, and pasting a file into the editor.
 */
import { expect, type Page } from '@playwright/test'
import { STARTER_SCENARIO } from '../../../src/app/studio/starter'

/** `text` with the value of its top-level `key` replaced; throws when the key is not there. */
export function withSetting(text: string, key: string, value: string): string {
  const line = new RegExp(`^${key}: .*$`, 'm')
  if (!line.test(text)) throw new Error(`No "${key}:" line in the scenario.`)
  return text.replace(line, `${key}: ${value}`)
}

/** The line (from 1) of the first `key:` in a scenario, for a located message about it. */
export function lineOf(text: string, key: string): number {
  const index = text.split('\n').findIndex((line) => line.trimStart().startsWith(`${key}:`))
  if (index === -1) throw new Error(`No "${key}:" line in the scenario.`)
  return index + 1
}

/** The studio's starter as a trainer keeps it, under the title "Studio desk". */
export const STUDIO_DESK = withSetting(STARTER_SCENARIO, 'title', 'Studio desk')

/** How many applications the desk's world has (the cases a trainee decides). */
export const STUDIO_DESK_CASES = Number(/^ {4}applications: (\d+)$/m.exec(STUDIO_DESK)?.[1])

/**
 * Replaces the editor's text the way a trainer pastes a file: select all, then paste. Typing it
 * key by key would let the editor auto-indent each new line, and the browser's raw text insertion
 * turns runs of spaces into non-breaking spaces, which YAML reads as content. The text should be
 * short enough for the editor to show it whole.
 *
 * The editor is focused, not clicked: a click puts the cursor where it lands, and on a busy
 * machine that click's selection could still be applied after the select-all, so the paste went
 * in at the click (mid-file) instead of replacing the file (kill-stores.spec.ts failed so, 4 runs
 * in 10 under load; none in 10 with focus).
 */
export async function pasteScenario(page: Page, text: string, editorName = 'Scenario YAML'): Promise<void> {
  const editor = page.getByRole('textbox', { name: editorName })
  await editor.focus()
  const before = (await editor.textContent()) ?? ''
  await page.keyboard.press('ControlOrMeta+a')
  await editor.evaluate((element, pasted) => {
    const clipboardData = new DataTransfer()
    clipboardData.setData('text/plain', pasted)
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }))
  }, text)
  // A line the editor did not show before tells that the paste landed (the desk is pasted over the starter).
  const lines = text.split('\n')
  await expect(editor).toContainText(lines.find((line) => line.trim() && !before.includes(line)) ?? lines[1]!)
}
