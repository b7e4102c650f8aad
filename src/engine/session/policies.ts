/**
 * Scripted trainees. `best` plays every case from ground truth, `first` always takes the first
 * thing offered, `random` a seeded random one. They prove that a scenario can be passed and
 * that it cannot be passed by clicking through. Every policy goes through the player's path:
 * it takes only what the availability function offers, and enters values by typing them into
 * the command's form fields (form.ts), so a decision the player cannot offer cannot be in a log.
 */
import type { Command, CommandSpec, FieldReference, FieldSpec, FieldValue } from '../processes/contract'
import { daysBetween } from '../primitives/calendar'
import { buildCommand, initialValues, isFormProblem, typed, type FormProblem, type FormValues } from './form'
import { inEnglish } from '../../i18n/render'
import type { Text } from '../primitives/message'
import type { Session } from './session'
import type { CaseTruth } from '../world/case-record'
import { PROCESS_DEFINITIONS, type ProcessTable } from '../processes/registry'
import type { CaseView, SessionEvent } from './types'

/**
 * Puts a letter's wording into words as the form opens with it: the player's translator for the
 * scenario (the CLI passes the scenario's language, `translatorFor` in src/i18n/for-scenario.ts),
 * so a French scenario's log holds French letters; English when none is given. It must be a
 * pure function of the text (catalogues loaded beforehand), so a log stays deterministic.
 */
export type Say = (text: Text) => string

export const POLICIES = ['best', 'first', 'random'] as const
export type Policy = (typeof POLICIES)[number]

/** mulberry32: a tiny seeded PRNG, so policies never touch Math.random. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * What a hurried officer types into a field the form leaves empty (the one rule the naive
 * policies follow): the figure shown beside it for reference, or the reference's words in the
 * reader's language, else the first option of a select or multiselect; optional fields stay empty.
 */
export function naiveValue(
  field: FieldSpec,
  reference: FieldReference | undefined,
  say: Say = inEnglish,
): FieldValue | undefined {
  if (reference?.value !== undefined) return reference.value
  if (reference?.words !== undefined) return say(reference.words)
  if (!field.required) return undefined
  const first = field.options?.[0]?.value
  if (field.kind === 'multiselect') return first === undefined ? [] : [first]
  return first
}

/**
 * The form of `spec` on the case as the player opens it, with `entries` typed into their
 * fields (money in major units, as a trainee types it); the command it submits, or the form's
 * own complaint.
 */
export function fillForm(
  session: Session,
  view: CaseView,
  spec: CommandSpec,
  entries: Readonly<Record<string, FieldValue | undefined>>,
  say: Say = inEnglish,
): Command | FormProblem {
  const currency = session.scenario.jurisdiction.currency
  const values: FormValues = initialValues(spec, view.defaults[spec.type], currency, say)
  for (const field of spec.fields ?? []) {
    const entry = entries[field.name]
    if (entry !== undefined) values[field.name] = typed(field, entry, currency)
  }
  return buildCommand(spec, values, currency)
}

/** A naive officer's form: the prefilled facts kept, empty fields filled by `naiveValue`. */
function naiveCommand(session: Session, view: CaseView, spec: CommandSpec, say: Say): Command | FormProblem {
  const references = view.references[spec.type] ?? {}
  const currency = session.scenario.jurisdiction.currency
  const start = initialValues(spec, view.defaults[spec.type], currency, say)
  const entries: Record<string, FieldValue | undefined> = {}
  for (const field of spec.fields ?? []) {
    const value = start[field.name]
    const empty = value === undefined || value.length === 0
    if (empty) entries[field.name] = naiveValue(field, references[field.name], say)
  }
  return fillForm(session, view, spec, entries, say)
}

/** Opens the panels that show the red flags, as a careful officer clicks their tabs. */
function consultEvidence(session: Session, caseId: string): void {
  const evidence = session.truthOf(caseId)?.evidence ?? []
  const view = session.caseView(caseId)
  for (const panel of evidence)
    if (view.opened.includes(panel) && !view.consulted.includes(panel))
      session.send({ type: 'evidence.view', caseId, panel })
}

/**
 * The best sequence as an officer types it: each command with its free-text fields (a letter's
 * reason) filled from the truth's `wording`, else its process's `bestWording` (`processes`: the
 * session's table), in the reader's words.
 */
export function typedBest(
  truth: CaseTruth,
  say: Say = inEnglish,
  processes: ProcessTable = PROCESS_DEFINITIONS,
): Command[] {
  const wording = truth.wording ?? processes[truth.process]?.module.bestWording?.(truth)
  return truth.best.map((command) => {
    const words = Object.entries(wording?.[command.type] ?? {})
    return words.length ? { ...command, ...Object.fromEntries(words.map(([f, t]) => [f, say(t)])) } : command
  })
}

/** Plays the case's best sequence through the player: offered commands, typed forms. */
function playBest(session: Session, caseId: string, say: Say): void {
  const truth = session.truthOf(caseId)
  for (const command of truth ? typedBest(truth, say, session.processes) : []) {
    // A best sequence may wait for the calendar (a demand's period, a reply): that is a
    // session event, not a case command.
    if (command.type === 'clock.advance') {
      const result = session.send({ type: 'clock.advance', days: Number(command.days) })
      if (!result.ok)
        throw new Error(`best policy: the calendar refused on ${caseId}: ${inEnglish(result.reason)}`)
      continue
    }
    consultEvidence(session, caseId)
    const option = session.availability(caseId).find((c) => c.type === command.type)
    if (!option?.enabled)
      throw new Error(
        `best policy: the player does not offer "${command.type}" on ${caseId}${option?.reason ? `: ${inEnglish(option.reason)}` : ''}`,
      )
    const filled = fillForm(session, session.caseView(caseId), option, command, say)
    if (isFormProblem(filled))
      throw new Error(`best policy: the form refused on ${caseId}: ${inEnglish(filled.problem)}`)
    const result = session.send({ type: 'case.command', caseId, command: filled })
    if (!result.ok)
      throw new Error(`best policy refused on ${caseId}: ${command.type}: ${inEnglish(result.reason)}`)
  }
}

const MAX_STEPS_PER_CASE = 40

/**
 * Plays the whole scenario on `session` with a policy and returns the log it produced. `say`
 * words the letters the forms open with, as the player's translator for the scenario does.
 */
export function playPolicy(
  session: Session,
  policy: Policy,
  policySeed = 1,
  say: Say = inEnglish,
): readonly SessionEvent[] {
  const random = seededRandom(policySeed)
  // Day by day when the scenario has an agenda (the sort is stable: without one, the list's order).
  const cases = [...session.cases()].sort((a, b) => daysBetween(b.arrivesOn, a.arrivesOn))
  for (const summary of cases) {
    const caseId = summary.caseId
    if (session.caseView(caseId).feedback || summary.status === 'closed') continue
    // A case on a later day of the agenda: the officer works through the days in order.
    const wait = daysBetween(session.today(), summary.arrivesOn)
    if (wait > 0) session.send({ type: 'clock.advance', days: wait })
    session.send({ type: 'case.open', caseId })
    if (policy === 'best') {
      playBest(session, caseId, say)
      continue
    }
    for (let step = 0; step < MAX_STEPS_PER_CASE; step++) {
      const view = session.caseView(caseId)
      if (view.summary.status === 'closed') break
      let options = session.availability(caseId).filter((c) => c.enabled)
      if (step === MAX_STEPS_PER_CASE - 1) options = options.filter((c) => c.final)
      if (options.length === 0) break
      const ordered =
        policy === 'first'
          ? options
          : options
              .map((o) => ({ o, k: random() }))
              .sort((a, b) => a.k - b.k)
              .map((x) => x.o)
      ordered.some((option) => {
        const command = naiveCommand(session, view, option, say)
        return !isFormProblem(command) && session.send({ type: 'case.command', caseId, command }).ok
      })
    }
  }
  session.send({ type: 'session.finish' })
  return session.log
}
