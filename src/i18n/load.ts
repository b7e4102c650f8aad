/**
 * Catalogues load by namespace, on demand: one file per language and namespace
 * (src/i18n/<language>/<namespace>.ts, the list in NAMESPACES), each its own chunk in the app,
 * so the first page fetches only the words it shows (FIRST_PAGE_NAMESPACES) and an exercise the
 * rest. English, the fallback, loads with every language. The same dynamic import runs in Vite
 * (which turns it into one chunk per file), the worker and Node (tsx: the CLI, the hub, tests).
 */
import { NAMESPACES, type Catalogue, type Language, type Namespace } from './languages'

const merged = new Map<Language, Record<string, string>>()
const pending = new Map<string, Promise<void>>()

/** The catalogue of `language` as loaded so far: it grows as namespaces load. */
export function catalogueNow(language: Language): Catalogue {
  let catalogue = merged.get(language)
  if (!catalogue) {
    catalogue = {}
    merged.set(language, catalogue)
  }
  return catalogue
}

type CatalogueModule = Promise<{ default: Catalogue }>

/**
 * The module of one language's namespace. The first page's namespaces are imported from here;
 * every other one through ./load-more.ts, a chunk of its own, so the first page does not carry
 * the addresses of the 80-odd catalogue files it never fetches (npm run bench: a kilobyte and a
 * half of its JS); that chunk is fetched with the first namespace beyond them, which the page
 * asks for after the catalogue has painted.
 */
function importCatalogue(language: Language, namespace: Namespace): CatalogueModule {
  if (namespace === 'common') return import(`./${language}/common.ts`) as CatalogueModule
  if (namespace === 'app') return import(`./${language}/app.ts`) as CatalogueModule
  return import('./load-more').then((more) => more.importCatalogue(language, namespace))
}

function loadOne(language: Language, namespace: Namespace): Promise<void> {
  const key = `${language}/${namespace}`
  let done = pending.get(key)
  if (!done) {
    done = importCatalogue(language, namespace).then(
      (module) => void Object.assign(catalogueNow(language), module.default),
      (error: unknown) => {
        // A failed fetch (offline before the first visit) may be retried by the next call.
        pending.delete(key)
        throw error
      },
    )
    pending.set(key, done)
  }
  return done
}

/** Loads `namespaces` of `language` and of English (the fallback); resolves to the language's catalogue. */
export async function loadNamespaces(
  language: Language,
  namespaces: readonly Namespace[],
): Promise<Catalogue> {
  const languages: Language[] = language === 'en' ? ['en'] : [language, 'en']
  await Promise.all(languages.flatMap((l) => namespaces.map((ns) => loadOne(l, ns))))
  return catalogueNow(language)
}

/**
 * Loads `namespaces` of `language` (`own`), and gives what loads them in English, the fallback,
 * for the caller to start when it wishes: a page on a thin link renders once its own language is
 * there and fetches English after it, so English does not share the link with it. Every id exists
 * in every language (tests/i18n/catalogue.test.ts): English is a safety net, not something to wait for.
 */
export function loadOwnNamespaces(
  language: Language,
  namespaces: readonly Namespace[],
): { own: Promise<Catalogue>; fallback: () => Promise<void> } {
  const own = Promise.all(namespaces.map((ns) => loadOne(language, ns))).then(() => catalogueNow(language))
  const fallback = async () => {
    if (language !== 'en') await Promise.all(namespaces.map((ns) => loadOne('en', ns)))
  }
  return { own, fallback }
}

/** Every namespace of `language` (and English): what the CLI, the hub and the LMS statements render with. */
export function loadCatalogue(language: Language): Promise<Catalogue> {
  return loadNamespaces(language, NAMESPACES)
}
