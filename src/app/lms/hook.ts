/**
 * The one place the app talks to the LMS connection (docs/lms.md): the app tells it each saved
 * session, and asks which mode an LMS launch requires. Empty unless boot.ts connected an LMS,
 * so the app works the same without one. Types only: importing this costs the first page nothing.
 */
import type { Mode, SavedSession, Scenario } from '../../engine/index'

export interface LmsHooks {
  /** After a session is on disk: derive and send its new statements. Must not throw. */
  saved?: (scenario: Scenario, saved: SavedSession, runId: string) => void
  /** The mode an LMS launch asks for; the trainee's choice is overridden by it. */
  mode?: Mode
}

export const lms: LmsHooks = {}
