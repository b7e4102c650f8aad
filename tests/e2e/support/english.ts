/**
 * Finding English on a page that should speak another language: the words of its text that are
 * common English and not also French, Russian or Portuguese words.
 */
import type { Locator } from '@playwright/test'

/**
 * Common English words that are not also French or Portuguese words (so "a", "on", "or", "as",
 * "an", "note", "date", "points", "type", "minutes", "studio", "editor" are left out). A scenario's own text is French; names and ids are data.
 */
export const ENGLISH = new Set(
  (
    'the and of to is are was were with for your you this that these those not has have had will would ' +
    'from by been which what when where who why how into than then but if only more each every after ' +
    'before case cases decision decisions decided evidence back start finish results hint hints today ' +
    'days day open none register search taxpayer taxpayers approve reject refuse request check name amount ' +
    'status priority worklist feedback step steps next previous practice assessment level ' +
    'applicant issue issued registered registration verify verified record records found missing match ' +
    'matches business company individual owner phone number yes all any other new old wrong ' +
    'harmful late left received opened closed waiting pending review reviewed already taken take ' +
    'submit confirm cancel close save download print try again should must may can could ' +
    'scenario scenarios file files seed seeds policy runs valid error errors warning warnings about ' +
    'language suggested clear filters group competency trainers own progress reset delete preview ' +
    'world ground truth expected flags kind task copy loading server browser folder computer address'
  ).split(' '),
)

/**
 * The English words of the text in `where`, each with a little of its context. Left out: a
 * trainer's own text (marked `data-authored`: briefings, objectives, the profile's disclaimer),
 * which stays as written; what nobody sees or hears (hidden elements, the no-JavaScript notice);
 * commands in <code>, typed as they are; and whatever the `except` selector picks.
 */
export async function englishIn(where: Locator, except = ''): Promise<string[]> {
  const text = await where.evaluate((root, skipped) => {
    const parts: string[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest(
          `[data-authored], [hidden], code, style, script, noscript, template${skipped ? `, ${skipped}` : ''}`,
        )
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    })
    while (walker.nextNode()) parts.push(walker.currentNode.textContent ?? '')
    return parts.join(' ')
  }, except)
  const found: string[] = []
  for (const match of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const word = match[0].toLowerCase()
    if (!ENGLISH.has(word)) continue
    const at = match.index ?? 0
    found.push(`“${match[0]}” in “…${text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ')}…”`)
  }
  return found
}
