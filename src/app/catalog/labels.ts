/**
 * Process and TADAT indicator names and a scenario's level in the page's language (namespaces
 * `common`, `app`). Here, not in workspace-format.ts or format.ts (which re-export them), so the
 * first page does not carry the workspace's and the other pages' helpers.
 */
import type { ProcessId, TadatCode } from '../../engine/index'
import { m } from '../i18n.svelte'

/** A process's name: 'short' for the worklist's Type column ("VAT refund"), 'long' elsewhere. */
export function processLabel(process: ProcessId, style: 'short' | 'long' = 'short'): string {
  // The catalogue test asks every language for both names of every process.
  return m(`common.process.${style}.${process}`)
}

export function tadatLabel(code: TadatCode): string {
  return m(`common.tadat.${code}`)
}

/** 'Introductory' / 'Intermédiaire' … for a scenario's difficulty 1–3. */
export function difficulty(level: 1 | 2 | 3): string {
  return m(`app.difficulty.${level}`)
}
