/**
 * What moving the calendar on would do, before it is done: a fork of the session (its log
 * replayed on a copy) is advanced, so the preview is exactly what `clock.advance` will bring (deemed
 * decisions, expiries, replies arriving, due dates passing), computed by the same rules.
 */
import type { Text } from '../primitives/message'
import type { IsoDate } from '../world/types'
import type { Session } from './session'
import type { CaseSummary } from './types'

export interface AdvancePreview {
  ok: boolean
  /** Why the calendar cannot move by that many days (when `ok` is false). */
  reason?: Text
  from: IsoDate
  to: IsoDate
  /** Undecided cases whose due date passes during the jump (due before the new date). */
  fallingDue: Pick<CaseSummary, 'caseId' | 'title' | 'dueOn' | 'status'>[]
  /** Undecided cases already overdue before the jump. */
  alreadyOverdue: number
  /** Cases whose state moves on by itself: a reply arrives, a period ends, a time limit expires. */
  changes: { caseId: string; title: Text; before: Text; after: Text; closed: boolean }[]
}

type Forkable = Pick<Session, 'today' | 'cases'> & { fork(): Pick<Session, 'today' | 'cases' | 'send'> }

/** Previews `clock.advance` by `days` without touching `session`. */
export function previewAdvance(session: Forkable, days: number): AdvancePreview {
  const from = session.today()
  const probe = session.fork()
  const result = probe.send({ type: 'clock.advance', days })
  const to = probe.today()
  const before = new Map(session.cases().map((c) => [c.caseId, c]))
  const open = [...before.values()].filter((c) => c.status !== 'closed')
  const fallingDue = open
    .filter((c) => c.dueOn >= from && c.dueOn < to)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.caseId.localeCompare(b.caseId))
    .map(({ caseId, title, dueOn, status }) => ({ caseId, title, dueOn, status }))
  const changes = probe.cases().flatMap((after) => {
    const was = before.get(after.caseId)
    if (!was || (was.state === after.state && was.status === after.status)) return []
    return [
      {
        caseId: after.caseId,
        title: after.title,
        before: was.stateLabel,
        after: after.stateLabel,
        closed: after.status === 'closed' && was.status !== 'closed',
      },
    ]
  })
  return {
    ok: result.ok,
    ...(result.ok ? {} : { reason: result.reason }),
    from,
    to: result.ok ? to : from,
    fallingDue: result.ok ? fallingDue : [],
    alreadyOverdue: open.filter((c) => c.dueOn < from).length,
    changes: result.ok ? changes : [],
  }
}
