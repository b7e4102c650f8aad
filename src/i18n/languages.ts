/** The languages the sandbox's own text is written in. A scenario's text stays in the trainer's language. */
export const LANGUAGES = ['en', 'fr', 'ru', 'pt'] as const
export type Language = (typeof LANGUAGES)[number]

/** Each language's name in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  pt: 'Português',
}

/**
 * The catalogue's namespaces: one file per namespace and language (src/i18n/<language>/<namespace>.ts).
 * Which one an id lives in: src/i18n/namespace-of.ts (the player's own words are split by page).
 */
export const NAMESPACES = [
  'common',
  'app',
  'terms',
  'briefing',
  'exercise',
  'results',
  'startup',
  'glossary',
  'workshop',
  'studio',
  'session',
  'world',
  // <processes> Each process's own messages: written by `npm run processes` from the list of processes.
  'registration',
  'filing',
  'payments',
  'collection',
  'audit',
  'refunds',
  'objections',
  // </processes>
  'cli',
  'scenario',
] as const
export type Namespace = (typeof NAMESPACES)[number]

/**
 * What the first page (the catalogue) shows, loaded before it renders: `app` holds only the
 * catalogue's and the shell's words. The rest arrives with the part of the app that shows it,
 * before that part renders: the workshop pages bring `workshop` and `terms`, the studio `studio`,
 * `results` and `terms`, a scenario's pages `briefing`, `terms`, `session` and `glossary` (the
 * briefing's term popovers), an exercise everything (src/app/lazy-part.svelte.ts).
 */
export const FIRST_PAGE_NAMESPACES: readonly Namespace[] = ['common', 'app']

export type Catalogue = Readonly<Record<string, string>>

/** The language to show for a scenario's `language` ("fr", "fr-SN") or a browser's; English otherwise. */
export function pickLanguage(...candidates: readonly (string | undefined)[]): Language {
  for (const c of candidates) {
    const lang = c?.toLowerCase().split('-')[0]
    if (lang && (LANGUAGES as readonly string[]).includes(lang)) return lang as Language
  }
  return 'en'
}
