/**
 * The catalogue's logic, pure so it is easy to test: grouping by process or TADAT outcome
 * area, filtering and text search, and the suggested next scenario.
 */
import type { ProcessId } from '../../engine/index'
import type { CatalogEntry } from './entry'
import { processes as PROCESSES } from 'virtual:scenario-index'
import { english, m, page } from '../i18n.svelte'

/** TADAT 2019 performance outcome areas: the competencies the indicators group into (English, for code and search). */
export const TADAT_AREAS = {
  P1: 'Integrity of the registered taxpayer base',
  P2: 'Effective risk management',
  P3: 'Supporting voluntary compliance',
  P4: 'Timely filing of tax declarations',
  P5: 'Timely payment of taxes',
  P6: 'Accurate reporting in declarations',
  P7: 'Effective tax dispute resolution',
  P8: 'Efficient revenue management',
  P9: 'Accountability and transparency',
} as const
export type TadatArea = keyof typeof TADAT_AREAS
const AREAS = Object.keys(TADAT_AREAS) as TadatArea[]

/** 'P1-2' → 'P1'. */
/** 'P7' → 'P7 · Effective tax dispute resolution' in the page's language. */
export function areaLabel(area: TadatArea): string {
  return m('app.catalog.area', { code: area, name: m(`app.catalog.area.${area}`) })
}

export function areaOf(code: string): TadatArea | undefined {
  const area = code.split('-')[0] as TadatArea
  return area in TADAT_AREAS ? area : undefined
}

/** The processes a scenario's tasks run, in task order. */
export function processesOf(scenario: CatalogEntry): ProcessId[] {
  return [...new Set(scenario.tasks.map((t) => t.process))]
}

export function areasOf(scenario: CatalogEntry): TadatArea[] {
  const areas = scenario.tadat.map(areaOf).filter((a): a is TadatArea => !!a)
  return [...new Set(areas)]
}

const languageNames = new Map<string, Intl.DisplayNames | undefined>()

/** 'fr' → 'French' / 'français' in the page's language; unknown codes come back as written. */
export function languageName(code: string): string {
  const language = page.language
  if (!languageNames.has(language))
    try {
      languageNames.set(language, new Intl.DisplayNames([language], { type: 'language' }))
    } catch {
      languageNames.set(language, undefined)
    }
  try {
    return languageNames.get(language)?.of(code) ?? code
  } catch {
    return code
  }
}

export type GroupBy = 'process' | 'area'

export interface Group<S extends CatalogEntry = CatalogEntry> {
  key: string
  label: string
  scenarios: S[]
}

/**
 * Groups by the first process or the first outcome area of each scenario (its main one), in
 * the order of the process and TADAT lists; within a group, easiest first.
 */
const ACROSS_PROCESSES = 'across'

export function groupScenarios<S extends CatalogEntry>(scenarios: readonly S[], by: GroupBy): Group<S>[] {
  // A scenario that spans processes (the pre-assessment, the capstone) is filed under none of them.
  const keyOf = (s: S) =>
    (by === 'process' ? (processesOf(s).length > 1 ? ACROSS_PROCESSES : processesOf(s)[0]) : areasOf(s)[0]) ??
    'other'
  const order: string[] = by === 'process' ? [...PROCESSES.map((p) => p.id), ACROSS_PROCESSES] : AREAS
  const label = (key: string) =>
    by === 'process'
      ? key === ACROSS_PROCESSES
        ? m('app.catalog.acrossProcesses')
        : PROCESSES.some((p) => p.id === key)
          ? m(`common.process.${key}`)
          : m('app.catalog.other')
      : key in TADAT_AREAS
        ? areaLabel(key as TadatArea)
        : m('app.catalog.other')
  const groups = new Map<string, S[]>()
  for (const s of scenarios) groups.set(keyOf(s), [...(groups.get(keyOf(s)) ?? []), s])
  return [...groups.entries()]
    .sort(([a], [b]) => rank(order, a) - rank(order, b))
    .map(([key, list]) => ({ key, label: label(key), scenarios: [...list].sort(easiestFirst) }))
}

function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key)
  return i === -1 ? order.length : i
}

export function easiestFirst(a: CatalogEntry, b: CatalogEntry): number {
  return (
    a.difficulty - b.difficulty ||
    a.minutes - b.minutes ||
    a.title.localeCompare(b.title, 'en', { numeric: true })
  )
}

export interface Filters {
  process: ProcessId | ''
  difficulty: 1 | 2 | 3 | 0
  language: string
  text: string
}

export const NO_FILTERS: Filters = { process: '', difficulty: 0, language: '', text: '' }

/** Lower case without accents, so "declaration" finds "déclaration". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

const englishName = (id: ProcessId) => PROCESSES.find((p) => p.id === id)?.name ?? id

function searchable(s: CatalogEntry): string {
  return fold(
    [
      s.title,
      s.summary,
      ...s.objectives,
      ...s.tadat,
      // The English names and the page's, so a search in either language finds the scenario. The
      // indicators' English names are English's messages, not the engine's table of them, which
      // the first page need not carry: on another language's page English, the fallback, arrives
      // a moment after the catalogue has painted, and the page's search waits for it (Catalog.svelte).
      ...s.tadat.flatMap((code) => [english(`common.tadat.${code}`) ?? '', m(`common.tadat.${code}`)]),
      ...areasOf(s).flatMap((a) => [TADAT_AREAS[a], areaLabel(a)]),
      ...processesOf(s).flatMap((p) => [englishName(p), m(`common.process.${p}`)]),
      ...s.tasks.map((t) => t.title),
      s.jurisdiction.name,
    ].join(' '),
  )
}

/** Every word of the search must appear somewhere in the scenario's description. */
export function filterScenarios<S extends CatalogEntry>(scenarios: readonly S[], filters: Filters): S[] {
  const words = fold(filters.text).split(/\s+/).filter(Boolean)
  return scenarios.filter(
    (s) =>
      (!filters.process || processesOf(s).includes(filters.process)) &&
      (!filters.difficulty || s.difficulty === filters.difficulty) &&
      (!filters.language || s.language === filters.language) &&
      (!words.length || words.every((w) => searchable(s).includes(w))),
  )
}

/** What the suggestion needs to know of each scenario's past. */
export interface Standing {
  passed: boolean
  inProgress: boolean
  /** Best attempt's score per TADAT indicator. */
  tadat: readonly { code: string; score: number; maxScore: number }[]
}

export interface Suggestion<S extends CatalogEntry = CatalogEntry> {
  scenario: S
  reason: string
}

/** Below this share of the points an outcome area counts as weak. */
export const WEAK_SHARE = 0.8

/**
 * What to do next, from the results of the best attempts so far:
 * 1. the easiest scenario not yet passed in the weakest outcome area, if it is weak;
 * 2. otherwise the easiest one in an area not tried yet (a new competency);
 * 3. otherwise the easiest one not yet passed.
 * Scenarios already in progress are offered under "Continue" instead, when there is a choice.
 *
 * "Easiest" counts the trainee's `language`: a scenario in another language counts one level
 * harder than it is. So a scenario in their language comes first at the same level (a French
 * trainee with nothing done is offered the French level-1 scenario, not an English one), and a
 * scenario in their language one level up comes before another language's at the lowest level:
 * the briefing, hints and feedback a trainer wrote are the teaching, they stay in the language
 * they were written in while the pages follow the trainee's, and one step up in a language the
 * trainee reads teaches more than a step they can only half read. Never two steps up: a level
 * builds on the one below it, so a French level 3 waits until the easier English ones are done.
 * Among other languages, English (the sandbox's fallback language) comes first.
 */
export function suggestNext<S extends CatalogEntry>(
  scenarios: readonly S[],
  standing: (id: string) => Standing | undefined,
  language?: string,
): Suggestion<S> | undefined {
  const open = scenarios.filter((s) => !standing(s.id)?.passed)
  if (!open.length) return undefined
  const fresh = open.filter((s) => !standing(s.id)?.inProgress)
  const away = (s: S) => (language && s.language !== language ? 1 : 0)
  const foreign = (s: S) => away(s) * (s.language === 'en' ? 1 : 2)
  const pool = (fresh.length ? fresh : open).toSorted(
    (a, b) =>
      a.difficulty + away(a) - (b.difficulty + away(b)) || foreign(a) - foreign(b) || easiestFirst(a, b),
  )
  const easiestIn = (area: TadatArea) => pool.find((s) => areasOf(s).includes(area))

  const totals = new Map<TadatArea, { score: number; max: number }>()
  for (const s of scenarios)
    for (const row of standing(s.id)?.tadat ?? []) {
      const area = areaOf(row.code)
      if (!area || row.maxScore <= 0) continue
      const t = totals.get(area) ?? { score: 0, max: 0 }
      totals.set(area, { score: t.score + Math.max(0, row.score), max: t.max + row.maxScore })
    }
  const weakest = [...totals.entries()]
    .map(([area, t]) => ({ area, share: t.score / t.max }))
    .filter(({ area, share }) => share < WEAK_SHARE && easiestIn(area))
    .sort((a, b) => a.share - b.share || rank(AREAS, a.area) - rank(AREAS, b.area))[0]
  if (weakest)
    return {
      scenario: easiestIn(weakest.area)!,
      reason: m('app.catalog.suggest.weakest', {
        area: areaLabel(weakest.area),
        percent: Math.round(weakest.share * 100),
      }),
    }

  const untried = totals.size ? pool.find((s) => areasOf(s).some((a) => !totals.has(a))) : undefined
  if (untried) {
    const area = areasOf(untried).find((a) => !totals.has(a))!
    return {
      scenario: untried,
      reason: m('app.catalog.suggest.new', { area: areaLabel(area) }),
    }
  }
  return {
    scenario: pool[0]!,
    reason: totals.size ? m('app.catalog.suggest.easiest') : m('app.catalog.suggest.start'),
  }
}
