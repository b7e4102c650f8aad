/**
 * Process and TADAT indicator names in the page's language (namespace `common`). Here, not in
 * workspace-format.ts (which re-exports processLabel), so the first page does not carry the
 * workspace's helpers.
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
