/**
 * What crosses between the page and the engine worker: plain data only, each request with an
 * id that its answers repeat. The world stays in the worker: an exercise is opened there and
 * the page receives the views it shows (see host.ts), never the register itself.
 */
import type {
  AdvancePreview,
  CommandSpec,
  Issue,
  Jurisdiction,
  Mode,
  Msg,
  ProcessId,
  SavedSession,
  Scenario,
  SessionEvent,
  SourceFile,
  XapiOptions,
} from '../../engine/index'
import type { Refusal, Scored, SendReply, SessionView, Views, Watch } from './host'
import type { RunReport } from './runs'
import type { SavedCheck } from './session'

/** The scenario library as the worker checked it, with each scenario's digest. */
export interface LibraryData {
  scenarios: Scenario[]
  jurisdictions: Jurisdiction[]
  issues: Issue[]
  /** Scenario id → digest of its content, to tell a saved session from an older version. */
  digests: Record<string, string>
  /** Each process's commands as data, to put logged decisions into words on the page. */
  commands: Partial<Record<ProcessId, CommandSpec[]>>
}

export type WorkerRequest =
  | { id: number; type: 'library'; uploads: SourceFile[] }
  /** Whether the worker is still there (id 0): asked when requests wait long without a word. */
  | { id: number; type: 'ping' }
  /**
   * Generates the world (or reuses the last one), starts a session on it under the page's
   * handle and replays the log; answers with progress messages, then `opened`.
   */
  | {
      id: number
      type: 'open'
      handle: number
      scenario: Scenario
      seed: number
      mode: Mode
      log: SessionEvent[]
      watch: Watch
    }
  | { id: number; type: 'send'; handle: number; event: SessionEvent; watch: Watch }
  | { id: number; type: 'views'; handle: number; watch: Watch }
  | { id: number; type: 'preview'; handle: number; days: number }
  /** Replays the open session's log afresh and scores it. */
  | { id: number; type: 'score-session'; handle: number }
  | { id: number; type: 'close'; handle: number }
  /** Replays a stored log on its world (kept from the generation) and scores it. */
  | { id: number; type: 'score'; scenario: Scenario; seed: number; mode: Mode; log: SessionEvent[] }
  /** Reads stored text as a saved session of the scenario, before the trainee is offered a choice. */
  | { id: number; type: 'check-saved'; raw: string; scenario: Scenario }
  /** Replays a saved run for the LMS connection: its report and, with options, its statements. */
  | {
      id: number
      type: 'run'
      scenario: Scenario
      saved: SavedSession
      runId: string
      xapi?: XapiOptions
    }

export type WorkerResponse =
  | { id: number; type: 'library'; library: LibraryData }
  /**
   * Sent once (id 0) when the worker holds the lock named after it (its `name`): the lock is
   * released when the worker ends in any way, which tells the page it is gone.
   */
  | { id: number; type: 'alive' }
  /** The answer to `ping` (id 0). */
  | { id: number; type: 'pong' }
  | { id: number; type: 'progress'; done: number; total: number }
  /** `ms` is the generation time in the worker (0 when the world was reused). */
  | { id: number; type: 'opened'; view: SessionView; refused: Refusal[]; ms: number }
  | { id: number; type: 'sent'; reply: SendReply }
  | { id: number; type: 'views'; views: Views }
  | { id: number; type: 'preview'; preview: AdvancePreview }
  | { id: number; type: 'scored'; scored: Scored }
  | { id: number; type: 'closed' }
  | { id: number; type: 'checked'; check: SavedCheck }
  | { id: number; type: 'ran'; run: RunReport }
  /**
   * The request failed. `issue` is set when the scenario file itself is the cause (its register
   * fell short while the world was generated): the page shows it like a validation issue.
   */
  /** `text`, when the worker refused in words of its own, is what the page shows in its language. */
  | { id: number; type: 'error'; message: string; text?: Msg; issue?: Issue }
