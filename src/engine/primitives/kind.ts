/**
 * A kind of case (`phantom-exporter`, `genuine`) by its name in the reader's language: the kind
 * stays a code in the world, the report and the hub; whatever shows it to a person renders this
 * message (`common.kind.*`, one per kind of every process; a test checks they are all there).
 */
import { msg, type Msg } from './message'

export function kindLabel(kind: string): Msg {
  return msg(`common.kind.${kind.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}`)
}
