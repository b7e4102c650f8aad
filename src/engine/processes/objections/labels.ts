/**
 * The objection desk's codes as messages (docs/i18n.md): grounds of inadmissibility, units,
 * officers and items. Logic reads the codes, people read these.
 */
import { list, msg, type Msg } from '../../primitives/message'
import { itemNumber, type Officer } from './case-data'
import type { InadmissibleGround } from './rules'

export const groundLabel = (ground: InadmissibleGround): Msg => msg(`objections.ground.${ground}`)
/** The ground inside a sentence ("inadmissible as lodged after the time limit"). */
export const groundInText = (ground: InadmissibleGround): Msg => msg(`objections.ground.lower.${ground}`)
export const unitLabel = (unit: Officer['unit']): Msg => msg(`objections.unit.${unit}`)
export const officerLabel = (o: Officer): Msg =>
  msg('objections.officer', { id: o.id, name: o.name, unit: unitLabel(o.unit) })
export const itemLabel = (id: string): Msg => msg('objections.item', { n: itemNumber(id) })
/** "item 2", "items 1 and 3", in the reader's language. */
export const itemsInText = (ids: readonly string[]): Msg =>
  ids.length === 0
    ? msg('objections.items.none')
    : msg('objections.items', { count: ids.length, items: list(ids.map(itemNumber)) })
