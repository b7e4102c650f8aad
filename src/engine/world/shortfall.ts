/**
 * A world the generator cannot build from a scenario that passed the validator: the register
 * turned out to have too few taxpayers of the kind a process needs (the validator plans with
 * typical shares; the generated register decides). It carries the scenario key to change, so
 * every door shows it like a validation issue, located in the file, never as a crash. Its words
 * are a message (`session.shortfall.*`): the CLI prints them in English, the app in the
 * trainer's language; `message` is the English, for logs.
 */
import { msg, type Msg } from '../primitives/message'
import type { DataPath } from '../scenario/yaml-source'
import { inEnglish } from '../../i18n/render'

export class WorldShortfall extends Error {
  override readonly name = 'WorldShortfall'
  constructor(
    /** The scenario key a trainer should change, e.g. ['world', 'population', 'businesses']. */
    readonly path: DataPath,
    /** What is short and what to change, as a message. */
    readonly text: Msg,
  ) {
    super(inEnglish(text))
  }
}

export const BUSINESSES: DataPath = ['world', 'population', 'businesses']
export const INDIVIDUALS: DataPath = ['world', 'population', 'individuals']

/**
 * The message for a register that has `have` of the `needed` taxpayers of some kind (`what`, a
 * message), for `forWhat` (a message), with a new population size to try: scaled by how many the
 * generated register lacked, plus a margin.
 */
export function shortfallMessage(
  what: Msg,
  forWhat: Msg,
  needed: number,
  have: number,
  key: 'businesses' | 'individuals',
  current: number,
): Msg {
  if (have === 0 && current > 0)
    return msg('session.shortfall.noneQualifies', { needed, what, forWhat, current, key })
  const suggested = Math.max(current + 1, Math.ceil((current * needed * 1.25) / Math.max(have, 1)) + 5)
  return msg('session.shortfall.tooFew', { needed, what, forWhat, have, key, current, suggested })
}
