/**
 * TRANSITIONAL, deleted when the last process's blocker returns a `Refusal` itself: turns an
 * English blocker sentence into a Refusal, marking steps "already" taken as done. Nothing else
 * may read a message's words (docs/i18n.md).
 */
import type { Refusal } from '../primitives/message'

export function legacyRefusal(reason: string | undefined): Refusal | undefined {
  return reason === undefined ? undefined : { reason, done: /already/.test(reason) }
}
