/**
 * The reasonable causes for which a penalty may be waived. A profile lists its own in its own
 * words (data, shown as written); the default list is stored in English, like a register sector,
 * and shown through `waiverCauseText`, which gives each default cause its message.
 */
import { msg, type Msg, type Text } from './message'

const DEFAULT_CAUSES: Readonly<Record<string, Msg>> = {
  'serious illness or hospitalisation': msg('common.waiverCause.illness'),
  'death in the immediate family': msg('common.waiverCause.death'),
  'natural disaster or fire': msg('common.waiverCause.disaster'),
}

/** The causes a profile that names none accepts (`payments.waiverCauses`). */
export const DEFAULT_WAIVER_CAUSES: readonly string[] = Object.keys(DEFAULT_CAUSES)

/** A waiver cause for a reader: a default cause's message, a profile's own words as written. */
export function waiverCauseText(cause: string): Text {
  return DEFAULT_CAUSES[cause] ?? cause
}
