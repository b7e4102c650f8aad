/**
 * The page's language: which catalogue renders the engine's messages and the player's own text,
 * and the scenario whose country and currency figures follow. The language follows the scenario's
 * `language` unless the trainee picked one in the header (remembered in this browser); `<html lang>`
 * follows it.
 */
import type { Arg, CurrencyFormat, Value } from '../engine/lite'
import {
  FIRST_PAGE_NAMESPACES,
  LANGUAGES,
  LANGUAGE_NAMES,
  NAMESPACES,
  pickLanguage,
  type Language,
  type Namespace,
} from '../i18n/languages'
import { catalogueNow, loadNamespaces, loadOwnNamespaces } from '../i18n/load'
import { createTranslator, type Translator } from '../i18n/render'
import { untrack } from 'svelte'
import { afterPaint } from './after-paint'
import { decideLanguage, LANGUAGE_KEY, readChoice } from './language-choice'

/** Every namespace but `startup`, which index.html carries already rendered (src/build/boot-text.ts). */
const PAGE_NAMESPACES = NAMESPACES.filter((ns) => ns !== 'startup')

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
  /** The scenario's own language: trainers' texts keep it (see render.ts `written`). */
  written = $state<Language | undefined>(undefined)
  private wanted: Language = 'en'
  /** The namespaces the pages shown so far need: a language switch loads them all before it shows. */
  private needed = new Set<Namespace>(FIRST_PAGE_NAMESPACES)
  /** Bumped when namespaces arrive, so text rendered before them is rendered again. */
  private loads = $state(0)
  translator: Translator = $derived.by(() => {
    void this.loads
    return createTranslator({
      language: this.language,
      catalogue: catalogueNow(this.language),
      country: this.country,
      currency: this.currency,
      ...(this.written ? { written: { language: this.written, catalogue: catalogueNow(this.written) } } : {}),
    })
  })

  /** English as loaded so far: on another language's page it arrives once the page has painted (the fallback). */
  english: Translator = $derived.by(() => {
    void this.loads
    return createTranslator({ language: 'en', catalogue: catalogueNow('en') })
  })

  /** The Intl locale figures use now ("fr-SN"). */
  locale(): string {
    return this.translator.locale
  }

  /** The latest switch of language under way (or done): see ready(). */
  #switching: Promise<void> = Promise.resolve()

  /** Resolves once the language last asked for is the page's (or could not load: then the page stays as it is). */
  ready(): Promise<void> {
    return this.#switching.catch(() => undefined)
  }

  /** Shows the page in `language` once its catalogue has loaded (a later call wins). */
  use(language: Language): Promise<void> {
    this.#switching = this.#use(language)
    return this.#switching
  }

  async #use(language: Language): Promise<void> {
    this.wanted = language
    await this.#load(language, [...this.needed])
    if (this.wanted !== language) return
    this.language = language
    if (typeof document !== 'undefined') document.documentElement.lang = language
  }

  /**
   * Loads the messages a page shows (an exercise: the session's and the processes'), in the
   * page's language; the page awaits it before it renders, so it never shows a message id.
   */
  async need(namespaces: readonly Namespace[] = PAGE_NAMESPACES): Promise<void> {
    const fresh = namespaces.filter((ns) => !this.needed.has(ns))
    for (const ns of fresh) this.needed.add(ns)
    // Loads already under way are awaited too (a second caller must not render before them).
    await Promise.all([
      this.#load(this.wanted, namespaces),
      ...(this.written ? [loadNamespaces(this.written, namespaces)] : []),
    ])
    if (fresh.length) this.loads++
  }

  /**
   * English's `namespaces` now, for what must read English before the fallback arrives (the
   * catalogue's search by an indicator's English name); resolves once they are there.
   */
  async needEnglish(namespaces: readonly Namespace[]): Promise<void> {
    await loadNamespaces('en', namespaces)
    this.loads++
  }

  /**
   * The page's own language before it renders; English, the fallback, is fetched once the page
   * has painted (afterPaint) and re-renders the page when it comes.
   */
  #load(language: Language, namespaces: readonly Namespace[]): Promise<unknown> {
    const { own, fallback } = loadOwnNamespaces(language, namespaces)
    if (language !== 'en')
      void own
        .then(() => new Promise<void>((resolve) => afterPaint(resolve)))
        .then(fallback)
        .then(() => this.loads++)
        .catch(() => undefined)
    return own
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
    this.figures(country, currency, language)
    void this.use(
      decideLanguage({
        chosen: this.chosen,
        scenario: language,
        browser: typeof navigator === 'undefined' ? undefined : navigator.language,
      }),
    )
  }

  /**
   * Only the scenario's figures (its country and currency) and the language its trainers wrote in,
   * not the page's language: a workshop page shows a scenario in the language its trainee or
   * trainer reads. Returns what undoes it when the page goes, unless another scenario came since.
   */
  figures(country: string | undefined, currency: CurrencyFormat | undefined, language?: string): () => void {
    // Only a real change re-renders the page's text (a scenario reloaded from storage is a new object).
    if (this.country !== country) this.country = country
    if (JSON.stringify(this.currency) !== JSON.stringify(currency)) this.currency = currency
    const written = language === undefined ? undefined : pickLanguage(language)
    if (this.written !== written) {
      this.written = written
      // Its words fill the slots of the trainers' texts: re-rendered once they are here.
      if (written)
        void loadNamespaces(written, [...this.needed]).then(
          () => this.loads++,
          () => undefined,
        )
    }
    const now = () => JSON.stringify([this.country, this.currency, this.written])
    const set = now()
    return () => {
      if (now() === set) this.figures(undefined, undefined)
    }
  }
}

export const page = new PageLanguage()

/** A scenario's figures: its country and currency, and the language its trainers wrote in. */
export interface Figures {
  country: string | undefined
  currency: CurrencyFormat | undefined
  language?: string
}

/**
 * The page shows `of()`'s figures (page.figures) while the calling component lives, undone when
 * it goes. Keyed on their JSON, so a new object with the same figures (the dashboard's refresh,
 * the studio's check on every keystroke) does not render the page again. Call it in a
 * component's setup.
 */
export function useFigures(of: () => Figures | undefined): void {
  const key = $derived(JSON.stringify(of() ?? null))
  $effect(() => {
    const figures = JSON.parse(key) as Figures | null
    if (figures) return untrack(() => page.figures(figures.country, figures.currency, figures.language))
  })
}
export { LANGUAGES, LANGUAGE_NAMES, pickLanguage }

// The first page's words are here before anything renders (this module is awaited by the page's
// entry), in the language it will open in; the rest follows in the background once it has
// painted, and each part of the app awaits its own (lazy-part.svelte.ts, pages/exercise.ts).
// A failed load leaves English ids to the retry.
await page
  .use(
    decideLanguage({
      chosen: page.chosen,
      browser: typeof navigator === 'undefined' ? undefined : navigator.language,
    }),
  )
  .then(() => afterPaint(() => void page.need().catch(() => undefined)))
  .catch(() => undefined)

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

/**
 * A message in English, whatever the page's language, once English has loaded (with the first
 * page in English; a moment after it has painted in another language); undefined before.
 */
export function english(id: string): string | undefined {
  const translator = page.english
  return id in catalogueNow('en') ? translator.m(id) : undefined
}

/** One of the player's own messages by id (src/i18n/<language>/app.ts …). */
export function m(id: string, args?: Readonly<Record<string, Arg>>): string {
  return page.translator.m(id, args)
}
