/**
 * The page's language: which catalogue renders the engine's messages and the player's own text,
 * and the scenario whose country and currency figures follow. The language follows the scenario's
 * `language` unless the trainee picked one; `<html lang>` follows it.
 */
import type { CurrencyFormat, Value } from '../engine/lite'
import { LANGUAGES, pickLanguage, type Language } from '../i18n/languages'
import { catalogueNow, loadCatalogue } from '../i18n/load'
import { createTranslator, type Translator } from '../i18n/render'

class PageLanguage {
  language = $state<Language>('en')
  country = $state<string | undefined>(undefined)
  currency = $state<CurrencyFormat | undefined>(undefined)
  translator: Translator = $derived(
    createTranslator({
      language: this.language,
      catalogue: catalogueNow(this.language),
      country: this.country,
      currency: this.currency,
    }),
  )

  /** Shows the page in `language` once its catalogue has loaded. */
  async use(language: Language): Promise<void> {
    await loadCatalogue(language)
    this.language = language
    if (typeof document !== 'undefined') document.documentElement.lang = language
  }

  /** Figures follow the scenario's country and currency. */
  scenario(country: string | undefined, currency: CurrencyFormat | undefined): void {
    this.country = country
    this.currency = currency
  }
}

export const page = new PageLanguage()
export { LANGUAGES, pickLanguage }

/** Any text, message or figure in the page's language. */
export function t(value: Value | undefined): string {
  return page.translator.t(value)
}
