/**
 * The workshop's session in the page: the player's usual session, with the hints the trainer
 * switched off refused before they reach the log (the hub would refuse them too).
 */
import type { SavedSession, Session } from '../../engine/index'
import type { PlayerSession, SendResult } from '../session.svelte'
import type { SessionEvent } from '../workspace-types'

export function workshopPlayer(
  Player: typeof PlayerSession,
  session: Session,
  hints: boolean,
  onChange: (saved: SavedSession) => void,
): PlayerSession {
  class WorkshopPlayer extends Player {
    override send(event: SessionEvent): Promise<SendResult> {
      if (event.type === 'hint.reveal' && !hints)
        return Promise.resolve({ ok: false, reason: 'Hints are switched off in this workshop.' })
      return super.send(event)
    }
  }
  // The workshop's outbox keeps each saved log for the hub; the player waits for it as for a write.
  return new WorkshopPlayer(session, async (saved) => onChange(saved))
}
