/**
 * Catalogues load on demand: English is always there (the fallback), the others arrive as their
 * own chunk the first time a reader picks the language (the PWA precaches them all for offline use).
 */
import english from './en/index'
import type { Catalogue, Language } from './languages'

const LOADERS: Record<Language, () => Promise<{ default: Catalogue }>> = {
  en: () => Promise.resolve({ default: english }),
  fr: () => import('./fr/index'),
  ru: () => import('./ru/index'),
  pt: () => import('./pt/index'),
}

const loaded = new Map<Language, Catalogue>([['en', english]])

export async function loadCatalogue(language: Language): Promise<Catalogue> {
  const have = loaded.get(language)
  if (have) return have
  const catalogue = (await LOADERS[language]()).default
  loaded.set(language, catalogue)
  return catalogue
}

/** A catalogue already loaded, or English while it loads. */
export function catalogueNow(language: Language): Catalogue {
  return loaded.get(language) ?? english
}
