/**
 * The contract every TAMIS process implements so the session, scoring, policies, CLI and
 * player can run it without knowing its details. A process owns its machine, its commands
 * (with the fields a form needs), its evidence panels and its grading against ground truth.
 */
import type { AnyStateMachine } from 'xstate'
import type { Jurisdiction } from '../jurisdiction'
import type { Msg, Refusal, Text, Value } from '../primitives/message'
import type { Grade } from '../vocabulary'
import type { ProcessId } from './formats'
import type { CaseRecord, CaseTruth, Command, FieldValue } from '../world/case-record'
import type { IsoDate, LedgerEntry, World } from '../world/types'
import type { RegisterIndex } from '../world/search'

export type { CaseRecord, CaseTruth, Command, FieldValue } from '../world/case-record'
export type { Refusal, Text, Value } from '../primitives/message'

/** One input of a command's form. Money fields are entered in major units and sent as minor units. */
export interface FieldSpec {
  name: string
  label: Text
  kind: 'text' | 'select' | 'multiselect' | 'tin' | 'money' | 'number'
  options?: readonly { value: string; label: Text }[]
  required?: boolean
  help?: Text
  /**
   * The grader scores this field's value (an amount to enforce, hold, adjust or allow; a
   * reviewer; tax types; a segment). A graded field is never prefilled: the form starts it
   * empty and shows the record's figures beside it (ProcessModule.reference).
   */
  graded?: boolean
}

/**
 * What the form shows beside a field for reference: the record's figures in words, and the
 * value a hurried officer would copy from them (only the naive policies use `value`).
 */
/**
 * A value a form opens with: a fact copied from the record, or a letter's wording as a message,
 * which the form renders in the trainee's language when it opens (the command then carries the
 * words the trainee submitted).
 */
export type FieldDefault = FieldValue | Msg

export interface FieldReference {
  text?: Text
  value?: FieldValue
  /**
   * What a hurried officer types into the field when it is empty, in words (the naive policies
   * render it in the scenario's language; the player never shows it).
   */
  words?: Text
}

export interface CommandSpec {
  type: string
  label: Text
  /** Closes the case (a decision) rather than a procedural step. */
  final: boolean
  fields?: readonly FieldSpec[]
  help?: Text
}

/** What a panel column or fact holds. */
export type ColumnType = 'text' | 'tin' | 'money' | 'date' | 'number'

/** Display-ready evidence, rendered by one generic component for every process. */
export type PanelSection =
  | {
      kind: 'facts'
      title?: Text
      rows: readonly { label: Text; value: Value; mono?: boolean; type?: ColumnType }[]
    }
  | {
      kind: 'table'
      title?: Text
      columns: readonly Text[]
      /** Right-aligned columns (amounts). */
      numeric?: readonly boolean[]
      /** What each column holds (panel.ts `table()` sets it), so the player finds TINs without reading labels. */
      types?: readonly ColumnType[]
      rows: readonly (readonly Value[])[]
      empty?: Text
    }
  | { kind: 'text'; title?: Text; text: Text; tone?: 'plain' | 'warning' }

export interface Panel {
  /** Stable id, logged when opened and used by ground truth's `evidence`. */
  id: string
  title: Text
  sections: readonly PanelSection[]
}

export interface Verdict {
  grade: Grade
  why: Text
}

/** What a process can see of the session when it decides or reveals evidence. */
export interface ProcessEnv {
  world: World
  jurisdiction: Jurisdiction
  today: IsoDate
  index: RegisterIndex
}

/**
 * A process's behaviour. `TContext` is its machine's context and `TData` its case records'
 * data, so a process reads both without casts.
 */
export interface ProcessModule<TContext = unknown, TData = unknown> {
  id: ProcessId
  machine: AnyStateMachine
  /** In the order a TAMIS screen offers them: procedure steps first, then decisions. */
  commands: readonly CommandSpec[]
  /** The commands specialised to the jurisdiction (e.g. its tax types as options); default `commands`. */
  commandsFor?(env: ProcessEnv): readonly CommandSpec[]
  stateLabels: Readonly<Record<string, Text>>
  /**
   * A name for every panel the process can show, by id (its title, or a title without the
   * figures a case puts in it), so that a list names a panel the case never showed, as the
   * evidence a trainee did not unlock, in words rather than by its id.
   */
  panelNames: Readonly<Record<string, Text>>
  /** The machine's input for a case. */
  input(record: CaseRecord<TData>, env: ProcessEnv): unknown
  /** Why a command type cannot be taken in this context, or undefined; `done` for a step already taken. */
  blocker(context: TContext, type: string, env: ProcessEnv): Refusal | undefined
  /** Problems with a command's own fields, judged by the jurisdiction's rules. */
  problem?(context: TContext, command: Command, env: ProcessEnv): Text | undefined
  /**
   * Why the law forbids this step now, for steps a trainee may attempt and be refused
   * (enforcing before the demand period ends, on a disputed amount, during an agreement).
   * Called with `{ type }` alone to decide whether the player offers the step although the
   * blocker refuses it, and with the submitted fields to judge the attempt. A refused attempt
   * is logged and counts as a procedural error.
   */
  unlawful?(context: TContext, command: Command, env: ProcessEnv): Text | undefined
  /** Panels open when the case is first opened. */
  initialPanels(record: CaseRecord<TData>, env: ProcessEnv): Panel[]
  /** Panels a step reveals (e.g. "Check customs records" → the customs panel). */
  reveal(record: CaseRecord<TData>, command: Command, env: ProcessEnv, context: TContext): Panel[]
  /**
   * Prefilled field values per command type: facts copied from the record (name, TIN, period),
   * a letter's wording as a message, never a graded field's value.
   */
  defaults(
    record: CaseRecord<TData>,
    env: ProcessEnv,
    context: TContext,
  ): Record<string, Record<string, FieldDefault>>
  /** The record's figures shown beside graded fields, per command type and field. */
  reference?(
    record: CaseRecord<TData>,
    env: ProcessEnv,
    context: TContext,
  ): Record<string, Record<string, FieldReference>>
  /**
   * Ledger entries the case has posted so far (an audit assessment, an objection's abatements).
   * The session adds them to the world the other cases see, so processes stay connected.
   * `env` is the world on the day of the decision (with the charges accrued up to it), for a
   * decision whose amounts depend on the account as it then stands (a write-off, a schedule).
   */
  postings?(context: TContext, env: ProcessEnv): readonly LedgerEntry[]
  /**
   * What follows a step outside the officer's hands: the case waits `days` (the applicant's time
   * to answer a query), then its machine receives `event` (the reply).
   */
  followUp?(command: Command, env: ProcessEnv): { days: number; event: { type: string } } | undefined
  /**
   * The day a statutory waiting period began (a demand served) that the decision must wait out.
   * The officer met the case's deadline if that step was taken in time (docs/domain.md §Deadlines).
   */
  waitingSince?(context: TContext): IsoDate | undefined
  /**
   * What the best sequence types into its commands' free-text fields (a letter's reason), as
   * messages by command type and field, for a truth that stores no `wording` of its own: the
   * processes whose worlds keep an English sentence in `best` (payments, filing) name it here,
   * by the case's kind, so a scripted officer writes it in the scenario's language and their
   * worlds (and digests) stay as they were. The grader never reads these fields.
   */
  bestWording?(truth: CaseTruth): CaseTruth['wording']
  /**
   * Grades the final command; `history` holds every command sent on the case before it and
   * `record` is the case graded.
   */
  grade(
    truth: CaseTruth,
    command: Command,
    history: readonly Command[],
    env: ProcessEnv,
    record?: CaseRecord<TData>,
  ): Verdict
}
