/**
 * The workshop pages' own words, from the catalogue's `workshop` namespace in the page's language
 * (src/i18n/<language>/workshop.ts). Read in a template, it follows a change of language.
 */
import type { Arg } from '../../engine/lite'
import { page } from '../i18n.svelte'

export function m(id: string, args?: Readonly<Record<string, Arg>>): string {
  return page.translator.m(id, args)
}
