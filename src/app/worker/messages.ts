/**
 * What crosses between the page and the engine worker: plain data only, each request with an
 * id that its answers repeat. A generation answers with progress messages, then the world in
 * parts (see world-parts.ts).
 */
import type {
  Issue,
  Jurisdiction,
  Mode,
  Report,
  Scenario,
  SessionEvent,
  SourceFile,
  World,
} from '../../engine/index'
import type { WorldPart } from './world-parts'

/** The scenario library as the worker checked it, with each scenario's digest. */
export interface LibraryData {
  scenarios: Scenario[]
  jurisdictions: Jurisdiction[]
  issues: Issue[]
  /** Scenario id → digest of its content, to tell a saved session from an older version. */
  digests: Record<string, string>
}

export type WorkerRequest =
  | { id: number; type: 'library'; uploads: SourceFile[] }
  | { id: number; type: 'generate'; scenario: Scenario; seed: number }
  /** Replays a session's log on its world (kept from the generation) and scores it. */
  | { id: number; type: 'score'; scenario: Scenario; seed: number; mode: Mode; log: SessionEvent[] }

export type WorkerResponse =
  | { id: number; type: 'library'; library: LibraryData }
  | { id: number; type: 'progress'; done: number; total: number }
  /** A slice of a big list or registry of the world; the world message follows the last one. */
  | { id: number; type: 'world-part'; part: WorldPart }
  /** The world without the parts already sent; `ms` is the generation time in the worker. */
  | { id: number; type: 'world'; world: Partial<World>; ms: number }
  | { id: number; type: 'report'; report: Report }
  /**
   * The request failed. `issue` is set when the scenario file itself is the cause (its register
   * fell short while the world was generated): the page shows it like a validation issue.
   */
  | { id: number; type: 'error'; message: string; issue?: Issue }
