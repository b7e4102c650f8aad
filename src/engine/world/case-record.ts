/**
 * The cases a generated world holds and the commands a trainee sends about them. They live with
 * the world (below the processes) because the world stores both; processes/contract.ts re-exports
 * them for the processes.
 */
import type { TadatCode } from '../vocabulary'
import type { ProcessId } from '../processes/formats'
import type { IsoDate } from '../primitives/calendar'
import type { Arg, Text } from '../primitives/message'

export type FieldValue = string | number | boolean | string[]

/** A step or decision sent to a case's machine. Field values are plain JSON. */
export interface Command {
  type: string
  [field: string]: FieldValue | undefined
}

/** A unit of officer work in the world (not registration, which has its applications). */
export interface CaseRecord<TData = unknown> {
  id: string
  process: ProcessId
  tin: string
  title: Text
  receivedOn: IsoDate
  dueOn: IsoDate
  /** Money at stake in minor units (shown in the worklist). */
  amount: number
  priority: 'high' | 'normal' | 'low'
  data: TData
}

/** What the engine knows about a case and the trainee must find out. */
export interface CaseTruth {
  caseId: string
  process: ProcessId
  /** Anomaly, look-alike or 'genuine'. */
  kind: string
  /** The best outcome in words, shown after the decision. */
  expected: Text
  explanation: Text
  /** What looks wrong in the case (for a look-alike: what made it look suspicious). */
  flags: Text[]
  /** For a look-alike: the facts that clear the taxpayer, kept apart from the red flags. */
  clearing?: Text[]
  /**
   * The case's facts the feedback cites, taken from the record the grader used (the identifiers
   * a register hit shares, a score and its threshold, the documented cause), typed: an amount
   * as `money()`, a day as `day()`, a sentence as a message. A scenario's teaching note names
   * them as {name} and gets the case's own values, rendered in the reader's language.
   */
  facts?: Readonly<Record<string, Arg>>
  /** Panel ids where the red flags can be seen. */
  evidence: string[]
  tadat: TadatCode[]
  /** Minor units protected by the right decision (or lost by the wrong one). */
  atStake: number
  /**
   * The best sequence of commands, computed by the generator from the rules. A
   * `{ type: 'clock.advance', days }` entry means "let the calendar run on" (a session event).
   */
  best: Command[]
  /**
   * What the best sequence types into its commands' free-text fields (a letter's reason), by
   * command type and field name: words, kept as messages so a scripted officer writes them in
   * the scenario's language (the grader never reads them; the commands in `best` leave them out).
   */
  wording?: Readonly<Record<string, Readonly<Record<string, Text>>>>
}
