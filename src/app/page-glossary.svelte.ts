/**
 * The glossary's entries in the page's language, for the term popovers (Glossed, Markdown):
 * followed as the language changes and as its namespace arrives. Not on the first page: the
 * catalogue shows no term popover.
 */
import { glossaryIn, type GlossaryEntry } from './glossary'
import { page } from './i18n.svelte'

class PageGlossary {
  entries: GlossaryEntry[] = $derived(glossaryIn((id) => page.translator.m(id)))
}

export const glossary = new PageGlossary()
