/**
 * The browser tab's title and the page's description, in the page's language: "Catalogue des
 * scénarios — TAMIS Sandbox", "<the scenario's title> — TAMIS Sandbox". The product's name is the
 * same in every language. index.html's own title and description stay English: they are read
 * before any script runs (by link previews and search engines), when no language is known yet.
 */
import type { Route } from './router.svelte'

export const PRODUCT = 'TAMIS Sandbox'

type Say = (id: string, args?: Readonly<Record<string, string>>) => string

/** What the page is, in a few words, or undefined for a page named by the product alone. */
export function pageName(route: Route, scenarioTitle: string | undefined, m: Say): string | undefined {
  switch (route.page) {
    case 'catalog':
      return m('app.shell.catalogueTitle')
    case 'studio':
      return m('app.shell.studio')
    case 'briefing':
    case 'workspace':
      return scenarioTitle ?? m('app.shell.notFound')
    case 'report':
      return scenarioTitle === undefined
        ? m('app.shell.notFound')
        : m('app.report.title', { title: scenarioTitle })
    case 'workshop':
      return m(WORKSHOP_TITLES[route.view])
  }
}

/** Each workshop page's own heading, the one its h1 shows before a workshop's name is known. */
const WORKSHOP_TITLES: Readonly<Record<Extract<Route, { page: 'workshop' }>['view'], string>> = {
  new: 'workshop.new.title',
  import: 'workshop.import.title',
  join: 'workshop.join.title',
  play: 'workshop.play.heading',
  dashboard: 'workshop.dash.title',
  projector: 'workshop.dash.title',
}

export function documentTitle(name: string | undefined): string {
  return name ? `${name} — ${PRODUCT}` : PRODUCT
}

/** Sets the tab's title and the description the page gives of itself. */
export function showTitle(doc: Document, name: string | undefined, description: string): void {
  const title = documentTitle(name)
  if (doc.title !== title) doc.title = title
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="description"]')
  if (meta && meta.content !== description) meta.content = description
}
