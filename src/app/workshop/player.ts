/**
 * The workshop's session in the page: the player's usual session, with the hints the trainer
 * switched off refused before they reach the log (the hub would refuse them too).
 */
import type { SavedSession, Scenario } from '../../engine/index'
import type { PlayerSession, SendResult } from '../session.svelte'
import type { SessionLink, SessionView } from '../worker/host'
import type { SessionEvent } from '../workspace-types'
import { m } from './text'

export function workshopPlayer(
  Player: typeof PlayerSession,
  scenario: Scenario,
  opened: { link: SessionLink; view: SessionView },
  hints: boolean,
  onChange: (saved: SavedSession) => void,
): PlayerSession {
  class WorkshopPlayer extends Player {
    override send(event: SessionEvent): Promise<SendResult> {
      if (event.type === 'hint.reveal' && !hints)
        return Promise.resolve({ ok: false, reason: m('workshop.play.hintsOff') })
      return super.send(event)
    }
  }
  // The workshop's outbox keeps each saved log for the hub; the player waits for it as for a write.
  return new WorkshopPlayer(scenario, opened.link, opened.view, async (saved) => onChange(saved))
}
