/**
 * The one availability function: which steps and decisions the player offers on a case now.
 * A command is offered by its TYPE, from the case's state and the procedure (the module's
 * blocker and the machine's current state), never from the values a form would carry: what
 * the trainee types is judged when the form is submitted (Session #command). The player, the
 * scripted policies and the tests all read this list.
 */
import type { AnyMachineSnapshot } from 'xstate'
import type { CommandSpec, ProcessEnv, ProcessModule } from '../processes/contract'
import { day, msg, type Text } from '../primitives/message'
import type { CommandOption } from './types'

export interface AvailabilityInput {
  module: ProcessModule
  /** The process's commands for this jurisdiction, in screen order. */
  commands: readonly CommandSpec[]
  snapshot: AnyMachineSnapshot
  env: ProcessEnv
  /** The case's state, for "Not possible while …". */
  stateLabel: Text
  decided: boolean
  /** The day the case reaches the trainee's desk (the scenario's agenda), and the calendar's today. */
  arrivesOn?: string
  today?: string
}

/** True when the machine's current state has a transition for `type` (guards are judged on submit). */
function accepts(snapshot: AnyMachineSnapshot, type: string): boolean {
  return snapshot._nodes.some((node) => node.transitions.has(type))
}

export function availability(input: AvailabilityInput): CommandOption[] {
  const { module, snapshot, env } = input
  if (input.decided) return []
  const arrival = arrivalAvailability(input)
  if (!arrival.enabled)
    return input.commands.map((spec) => ({ ...spec, enabled: false, reason: arrival.reason }))
  const context: unknown = snapshot.context
  return input.commands.flatMap((spec): CommandOption[] => {
    const refusal = module.blocker(context, spec.type, env)
    // A step the law forbids now stays open: the trainee may try it, and the refusal teaches.
    if (module.unlawful?.(context, { type: spec.type }, env)) return [{ ...spec, enabled: true }]
    if (refusal) {
      // Checks already made leave the list; everything else says why it is not possible.
      if (!spec.final && refusal.done) return []
      return [{ ...spec, enabled: false, reason: refusal.reason }]
    }
    if (!accepts(snapshot, spec.type))
      return [{ ...spec, enabled: false, reason: notWhile(input.stateLabel) }]
    return [{ ...spec, enabled: true }]
  })
}

/** "Not possible while the case is …": the machine has no transition for the step in this state. */
export const notWhile = (stateLabel: Text): Text => msg('session.refusal.notWhile', { state: stateLabel })

export interface TakeBackInput {
  mode: 'practice' | 'assessment'
  finished: boolean
  /** Whether the log holds something this take-back could undo. */
  something: boolean
  /** What there is nothing of: a step on a case, or a calendar advance. */
  what: 'case' | 'calendar'
}

/**
 * Whether the trainee may take a step back (a decision on a case, or a calendar advance). Only
 * practice allows it: in assessment mode what was done stands. The first decision on a case is
 * what the results count either way (Session #tries).
 */
export function takeBackAvailability(input: TakeBackInput): { enabled: boolean; reason?: Text } {
  if (input.mode === 'assessment') return { enabled: false, reason: msg('session.takeBack.assessment') }
  if (input.finished) return { enabled: false, reason: msg('session.takeBack.finished') }
  if (!input.something)
    return {
      enabled: false,
      reason: msg(
        input.what === 'case' ? 'session.takeBack.nothingOnCase' : 'session.takeBack.nothingOnCalendar',
      ),
    }
  return { enabled: true }
}

/**
 * Whether a case has reached the trainee's desk: a scenario's agenda brings each day's cases on
 * their day, and a case that has not arrived can be seen in the worklist but not worked on.
 */
export function arrivalAvailability(input: {
  arrivesOn?: string
  today?: string
}): { enabled: true } | { enabled: false; reason: Text } {
  const { arrivesOn, today } = input
  if (!arrivesOn || !today || arrivesOn <= today) return { enabled: true }
  return {
    enabled: false,
    reason: msg('session.refusal.notArrived', { on: day(arrivesOn, 'weekday') }),
  }
}
