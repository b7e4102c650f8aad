/**
 * The steps every "renders in every language" test repeats: translators that fail on a missing
 * message instead of falling back to English, the values a panel shows, everything a case's view
 * shows a trainee (labels, fields, blockers, references, the map and a form's prefilled wording),
 * and the messages nested anywhere in stored data.
 */
import type { CaseView } from '../../../src/engine'
import { isMsg, type Msg, type Value } from '../../../src/engine/primitives/message'
import type { Panel } from '../../../src/engine/processes/contract'
import type { CurrencyFormat } from '../../../src/engine/primitives/format'
import type { Language } from '../../../src/i18n/languages'
import { loadCatalogue } from '../../../src/i18n/load'
import { createTranslator, type Translator } from '../../../src/i18n/render'
import { typeset } from '../../../scripts/typography'

/** The languages besides English every test renders. */
export const OTHER_LANGUAGES = ['fr', 'ru', 'pt'] as const

/** A scenario's country and currency, for figures ("150 000 FCFA"); a francophone one by default. */
export interface Place {
  country: string
  currency: CurrencyFormat
}

export const SENEGAL: Place = { country: 'fr_SN', currency: { code: 'XOF', symbol: 'FCFA', minorUnits: 0 } }

/**
 * A translator for `language` that throws on a message its catalogue lacks, rather than
 * falling back to English silently.
 */
export async function strictTranslator(language: Language, place: Place = SENEGAL): Promise<Translator> {
  const loaded = await loadCatalogue(language)
  const catalogue = new Proxy(loaded, {
    get(target, id) {
      if (typeof id === 'string' && !(id in target)) throw new Error(`${language}: no message "${id}"`)
      return Reflect.get(target, id)
    },
  })
  return createTranslator({
    language,
    catalogue,
    country: place.country,
    currency: place.currency,
    onMissing: (id) => {
      throw new Error(`${language}: no message "${id}"`)
    },
  })
}

/** Strict translators for French, Russian and Portuguese. */
export function strictTranslators(place: Place = SENEGAL): Promise<Translator[]> {
  return Promise.all(OTHER_LANGUAGES.map((language) => strictTranslator(language, place)))
}

/** The place of a scenario's jurisdiction. */
export const placeOf = (jurisdiction: { locale: string; currency: CurrencyFormat }): Place => ({
  country: jurisdiction.locale,
  currency: jurisdiction.currency,
})

/** Everything a panel shows: its title, and each section's title, labels, columns and cells. */
export function panelValues(panel: Panel): (Value | undefined)[] {
  return [
    panel.title,
    ...panel.sections.flatMap((s): (Value | undefined)[] => {
      if (s.kind === 'facts') return [s.title, ...s.rows.flatMap((r) => [r.label, r.value])]
      if (s.kind === 'table') return [s.title, s.empty, ...s.columns, ...s.rows.flat()]
      return [s.title, s.text]
    }),
  ]
}

/**
 * Whether a rendered value names a tax by its English code. A message (a sentence, a label) may
 * not, outside its quotations ([unquoted]); a plain string is data, and may only as part of an
 * identifier ("RET-…-VAT-2025-08", "VRF/2025-01"), never as a word of its own ("VAT" in a cell).
 */
export function showsTaxCode(value: unknown, text: string): boolean {
  if (typeof value !== 'string') return TAX_CODE.test(unquoted(text))
  return /(?<![\w/-])(?:VAT|CIT|PIT|WHT|EXCISE|PAYE)(?![\w/-])/.test(text)
}

/**
 * Everything a case's view shows: the state, the panels, the process map, every step offered
 * with its fields and why it is refused, the figures beside graded fields and a letter's
 * prefilled wording.
 */
export function viewValues(view: CaseView): (Value | undefined)[] {
  const out: (Value | undefined)[] = [
    view.summary.title,
    view.summary.stateLabel,
    ...view.panels.flatMap(panelValues),
    ...view.map.states.map((s) => s.label),
    ...view.map.transitions.map((t) => t.label),
  ]
  for (const option of view.available)
    out.push(
      option.label,
      option.help,
      option.reason,
      ...(option.fields ?? []).flatMap((f) => [f.label, f.help, ...(f.options ?? []).map((o) => o.label)]),
    )
  for (const fields of Object.values(view.references))
    for (const reference of Object.values(fields)) out.push(reference.text)
  for (const fields of Object.values(view.defaults))
    for (const value of Object.values(fields)) if (isMsg(value)) out.push(value)
  return out
}

/** Every message in a value (stored case data, a view), however deep. */
export function messagesIn(value: unknown, into: Msg[] = []): Msg[] {
  if (isMsg(value)) into.push(value)
  else if (Array.isArray(value)) for (const item of value) messagesIn(item, into)
  else if (value && typeof value === 'object') for (const item of Object.values(value)) messagesIn(item, into)
  return into
}

/** A message's id and the ids of the messages in its arguments. */
export function idsOf(m: Msg, into: string[] = []): string[] {
  into.push(m.id)
  for (const arg of Object.values(m.args ?? {})) for (const inner of messagesIn(arg)) idsOf(inner, into)
  return into
}

/**
 * The English sentences left in a rendered text. One `expect` on this list per text, rather than
 * one per sentence: the same check, and the failure names every sentence found, but a world's
 * thousands of texts times hundreds of sentences no longer cost an assertion each.
 */
export function englishIn(text: string, sentences: readonly string[]): string[] {
  return sentences.filter((sentence) => text.includes(sentence))
}

/** A tax's English code, which no French, Russian or Portuguese sentence shows ("TVA", not "VAT"). */
export const TAX_CODE = /\b(?:VAT|CIT|PIT|WHT|EXCISE|PAYE)\b/

/**
 * A text without its quotations: what a payer wrote (a bank reference) is data and may say
 * "VAT"; the sentence around it may not.
 */
export const unquoted = (text: string): string => text.replace(/«[^»]*»|“[^”]*”|"[^"]*"/g, '«…»')

/** The exact French a test expects, typed with plain spaces and ', set as the catalogues are (scripts/typography.ts). */
export const nb = (french: string): string => typeset(french, 'fr')
