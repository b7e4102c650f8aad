/**
 * Where every catalogue file is, for the namespaces the first page does not show: a chunk of its
 * own in the app, fetched the first time one of them is wanted (src/i18n/load.ts).
 */
import type { Catalogue, Language, Namespace } from './languages'

export function importCatalogue(language: Language, namespace: Namespace): Promise<{ default: Catalogue }> {
  return import(`./${language}/${namespace}.ts`) as Promise<{ default: Catalogue }>
}
