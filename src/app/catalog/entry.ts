/**
 * What the catalogue shows of a scenario: enough for its card, the filters, the search and
 * the suggestion, and nothing that needs the engine. The bundled scenarios' entries come from
 * a build-time index (virtual:scenario-index, src/build/scenario-index.ts), so the first page
 * paints before the engine and its YAML parser load; a full Scenario is also a CatalogEntry.
 * The index leaves out the objectives (the cards do not show them): until the worker's library
 * replaces the index, a moment after the first paint, the search reads titles, summaries, tasks
 * and TADAT indicators only.
 */
import type { Issue, Jurisdiction, ProcessId, Scenario, Task } from '../../engine/index'

export interface CatalogEntry extends Pick<
  Scenario,
  'id' | 'title' | 'summary' | 'objectives' | 'difficulty' | 'minutes' | 'tadat' | 'language'
> {
  tasks: readonly Pick<Task, 'id' | 'title' | 'process'>[]
  jurisdiction: Pick<Jurisdiction, 'name'>
}

/** A process as the first page knows it: its id and its English name (for the search). */
export interface ProcessEntry {
  id: ProcessId
  name: string
}

/** The bundled library as the build checked it. */
export interface ScenarioIndex {
  scenarios: CatalogEntry[]
  /** Scenario id → digest, as the engine worker computes it, for the catalogue's progress. */
  digests: Record<string, string>
  issues: Issue[]
}

export function toEntry(scenario: Scenario): CatalogEntry {
  const { id, title, summary, objectives, difficulty, minutes, tadat, language } = scenario
  return {
    id,
    title,
    summary,
    objectives,
    difficulty,
    minutes,
    tadat,
    language,
    tasks: scenario.tasks.map((t) => ({ id: t.id, title: t.title, process: t.process })),
    jurisdiction: { name: scenario.jurisdiction.name },
  }
}
