/** Hash routing: four pages, each a plain, bookmarkable address. */

export type Route =
  | { page: 'catalog' }
  | { page: 'briefing'; scenarioId: string }
  | { page: 'workspace'; scenarioId: string; caseId?: string }
  | { page: 'report'; scenarioId: string }
  | { page: 'studio' }
  | {
      page: 'workshop'
      view: WorkshopView
      workshopId: string
      caseId?: string
      /** Play: which of the workshop's scenarios (from 1), when it holds several. */
      part?: number
      /** New: the trainer's studio scenario to start the workshop with. */
      file?: string
    }

/**
 * The workshop pages (src/app/workshop): create, join, play, the trainer's dashboard, the
 * projector, and the class's results imported from files (no hub).
 */
export type WorkshopView = 'new' | 'import' | 'join' | 'play' | 'dashboard' | 'projector'
const WORKSHOP_VIEWS: readonly string[] = ['join', 'play', 'dashboard', 'projector']

export function parseHash(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((part) => {
      try {
        return decodeURIComponent(part)
      } catch {
        return part
      }
    })
  const [head, scenarioId, page, caseId] = parts
  if (head === 'workshop') {
    if (scenarioId === 'new' || !scenarioId)
      return page
        ? { page: 'workshop', view: 'new', workshopId: '', file: page }
        : { page: 'workshop', view: 'new', workshopId: '' }
    if (scenarioId === 'import') return { page: 'workshop', view: 'import', workshopId: '' }
    // #/workshop/<id>/scenario/<n>[/<case>]: a trainee's session on scenario n of several.
    const part = page === 'scenario' ? Number(caseId) : NaN
    if (Number.isInteger(part) && part >= 1) {
      const inPart = parts[4]
      return inPart
        ? { page: 'workshop', view: 'play', workshopId: scenarioId, part, caseId: inPart }
        : { page: 'workshop', view: 'play', workshopId: scenarioId, part }
    }
    const view = WORKSHOP_VIEWS.includes(page ?? '') ? (page as WorkshopView) : 'join'
    return caseId
      ? { page: 'workshop', view, workshopId: scenarioId, caseId }
      : { page: 'workshop', view, workshopId: scenarioId }
  }
  if (head === 'studio') return { page: 'studio' }
  if (head !== 'scenario' || !scenarioId) return { page: 'catalog' }
  if (page === 'work')
    return caseId ? { page: 'workspace', scenarioId, caseId } : { page: 'workspace', scenarioId }
  if (page === 'report') return { page: 'report', scenarioId }
  return { page: 'briefing', scenarioId }
}

export function href(route: Route): string {
  const id = (value: string) => encodeURIComponent(value)
  switch (route.page) {
    case 'catalog':
      return '#/'
    case 'briefing':
      return `#/scenario/${id(route.scenarioId)}`
    case 'workspace':
      return `#/scenario/${id(route.scenarioId)}/work${route.caseId ? `/${id(route.caseId)}` : ''}`
    case 'report':
      return `#/scenario/${id(route.scenarioId)}/report`
    case 'workshop':
      if (route.view === 'new' || route.view === 'import')
        return `#/workshop/${route.view}${route.view === 'new' && route.file ? `/${id(route.file)}` : ''}`
      if (route.view === 'play' && route.part !== undefined)
        return `#/workshop/${id(route.workshopId)}/scenario/${route.part}${route.caseId ? `/${id(route.caseId)}` : ''}`
      return `#/workshop/${id(route.workshopId)}/${route.view}${route.caseId ? `/${id(route.caseId)}` : ''}`
    case 'studio':
      return '#/studio'
    default: {
      const unreachable: never = route
      return unreachable
    }
  }
}

export class Router {
  route = $state.raw<Route>(parseHash(location.hash))

  constructor() {
    addEventListener('hashchange', () => {
      this.route = parseHash(location.hash)
    })
  }

  go(route: Route): void {
    const target = href(route)
    if (location.hash === target) this.route = route
    else location.hash = target
  }
}
