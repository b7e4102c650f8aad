/**
 * A translator for one scenario: the reader's language, with figures in the scenario's country
 * and currency (the CLI, the LMS statements and the hub render engine text through it).
 */
import type { Scenario } from '../engine/scenario/schema'
import type { Text } from '../engine/primitives/message'
import { LANGUAGES, pickLanguage, type Language } from './languages'
import { loadCatalogue } from './load'
import { createTranslator, type Translator, type TranslatorOptions } from './render'

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value)
}

export async function translatorFor(
  scenario: Pick<Scenario, 'jurisdiction'>,
  language: Language,
  onMissing?: TranslatorOptions['onMissing'],
): Promise<Translator> {
  return createTranslator({
    language,
    catalogue: await loadCatalogue(language),
    country: scenario.jurisdiction.locale,
    currency: scenario.jurisdiction.currency,
    ...(onMissing ? { onMissing } : {}),
  })
}

/**
 * The engine's text in xAPI statements, in the scenario's language (their language maps are keyed
 * by it), with figures in its country and currency: an LMS shows real words, never message ids.
 */
export async function statementSay(
  scenario: Pick<Scenario, 'jurisdiction' | 'language'>,
): Promise<(text: Text) => string> {
  return (await translatorFor(scenario, pickLanguage(scenario.language))).t
}
