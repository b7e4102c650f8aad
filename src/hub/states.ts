/**
 * Where on the process maps a trainee acted: the state each case was in when its deciding step
 * was taken, and the state of each unlawful step the law refused. The dashboard's heatmap adds
 * these up over the class. Engine only (no node:*), so the hub and the app's file import share it.
 */
import type { Session, SendResult, SessionEvent, Text } from '../engine/index'

export interface MapState {
  id: string
  label: Text
  final: boolean
}

export interface StateTrack {
  /** Per decided case: its process and the state it was in when the deciding step was taken. */
  decided: Record<string, { process: string; state: string }>
  /** Unlawful steps the law refused, with the state the case was in. */
  refused: { caseId: string; process: string; state: string }[]
  /** Each process's map states, in the map's order, as the engine draws them. */
  maps: Record<string, MapState[]>
}

export function newTrack(): StateTrack {
  return { decided: {}, refused: [], maps: {} }
}

/** Sends `event` to the session and notes, for a case step, the state it was taken in. */
export function sendTracked(session: Session, event: SessionEvent, track: StateTrack): SendResult {
  if (event.type !== 'case.command') return session.send(event)
  let before: ReturnType<Session['caseView']>
  try {
    before = session.caseView(event.caseId)
  } catch {
    // Not a case of this session: the session refuses the event with its own message.
    return session.send(event)
  }
  const { process, status } = before.summary
  const state = before.map.current
  track.maps[process] ??= before.map.states.map((s) => ({ id: s.id, label: s.label, final: s.final }))
  const result = session.send(event)
  if (!result.ok) {
    if (result.attempt) track.refused.push({ caseId: event.caseId, process, state })
    return result
  }
  // The first decision on a case is the one the results count, even after a take-back.
  if (status !== 'closed' && session.caseView(event.caseId).summary.status === 'closed')
    track.decided[event.caseId] ??= { process, state }
  return result
}
