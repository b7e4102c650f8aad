/**
 * Which language the page shows: the trainee's own pick when they made one (remembered in this
 * browser), else the scenario's `language`, else the browser's, else English. Pure, so the rule
 * is tested without a page.
 */
import { LANGUAGES, pickLanguage, type Language } from '../i18n/languages'

export const LANGUAGE_KEY = 'tamis.language'

export interface LanguageSources {
  /** What the trainee picked in the header's language menu (localStorage), if anything. */
  chosen?: string | null
  /** The open scenario's `language` ("fr", "fr-SN"); none on the catalogue. */
  scenario?: string
  /** The browser's preferred language (navigator.language), for pages with no scenario. */
  browser?: string
}

export function decideLanguage({ chosen, scenario, browser }: LanguageSources): Language {
  return pickLanguage(chosen ?? undefined, scenario, scenario ? undefined : browser)
}

/** A stored pick, kept only when it names a language the sandbox speaks. */
export function readChoice(stored: string | null | undefined): Language | undefined {
  return stored && (LANGUAGES as readonly string[]).includes(stored) ? (stored as Language) : undefined
}
