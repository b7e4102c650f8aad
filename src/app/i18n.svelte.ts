/**
 * The page's language: which catalogue renders the engine's messages and the player's own text,
 * and the scenario whose country and currency figures follow. The language follows the scenario's
 * `language` unless the trainee picked one in the header (remembered in this browser); `<html lang>`
 * follows it.
 */
import type { Arg, CurrencyFormat, Value } from '../engine/lite'
import { LANGUAGES, LANGUAGE_NAMES, pickLanguage, type Language } from '../i18n/languages'
import { catalogueNow, loadCatalogue } from '../i18n/load'
import { createTranslator, type Translator } from '../i18n/render'
import { glossaryIn, type GlossaryEntry } from './glossary'
import { decideLanguage, LANGUAGE_KEY, readChoice } from './language-choice'

function stored(): Language | undefined {
  try {
    return readChoice(globalThis.localStorage?.getItem(LANGUAGE_KEY))
  } catch {
    // Storage blocked (private window, file://): the pick lasts for this page only.
    return undefined
  }
}

class PageLanguage {
  language = $state<Language>('en')
  /** The trainee's own pick, if any; otherwise the scenario decides. */
  chosen = $state<Language | undefined>(stored())
  country = $state<string | undefined>(undefined)
  currency = $state<CurrencyFormat | undefined>(undefined)
  private wanted: Language = 'en'
  translator: Translator = $derived(
    createTranslator({
      language: this.language,
      catalogue: catalogueNow(this.language),
      country: this.country,
      currency: this.currency,
    }),
  )

  /** The Intl locale figures use now ("fr-SN"). */
  locale(): string {
    return this.translator.locale
  }

  /** The domain's terms in the page's language, for the glossary popovers. */
  glossary: GlossaryEntry[] = $derived(glossaryIn((id) => this.translator.m(id)))

  /** Shows the page in `language` once its catalogue has loaded (a later call wins). */
  async use(language: Language): Promise<void> {
    this.wanted = language
    await loadCatalogue(language)
    if (this.wanted !== language) return
    this.language = language
    if (typeof document !== 'undefined') document.documentElement.lang = language
  }

  /** The trainee picks a language in the header: it holds for every scenario until they pick again. */
  choose(language: Language): Promise<void> {
    this.chosen = language
    try {
      globalThis.localStorage?.setItem(LANGUAGE_KEY, language)
    } catch {
      // Not remembered across visits when storage is blocked; the page still switches.
    }
    return this.use(language)
  }

  /** Figures follow the scenario's country and currency; the language its `language`, unless chosen. */
  scenario(country: string | undefined, currency: CurrencyFormat | undefined, language?: string): void {
    // Only a real change re-renders the page's text (a scenario reloaded from storage is a new object).
    if (this.country !== country) this.country = country
    if (JSON.stringify(this.currency) !== JSON.stringify(currency)) this.currency = currency
    void this.use(
      decideLanguage({
        chosen: this.chosen,
        scenario: language,
        browser: typeof navigator === 'undefined' ? undefined : navigator.language,
      }),
    )
  }
}

export const page = new PageLanguage()
export { LANGUAGES, LANGUAGE_NAMES, pickLanguage }

/** Any text, message or figure in the page's language. */
export function t(value: Value | undefined): string {
  return page.translator.t(value)
}

/**
 * Keeps a node outside the components (a notice added by a plain script) in the page's language:
 * its text follows the language as the trainee switches.
 */
export function live(node: Node, text: Value): void {
  $effect.root(() => {
    $effect(() => {
      node.textContent = t(text)
    })
  })
}

/** One of the player's own messages by id (src/i18n/<language>/app.ts …). */
export function m(id: string, args?: Readonly<Record<string, Arg>>): string {
  return page.translator.m(id, args)
}
