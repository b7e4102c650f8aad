/**
 * The register search as a panel: what an officer sees after searching the TAMIS register from
 * any case (the session's register.search) or running a registration's duplicate check.
 */
import type { Jurisdiction } from '../jurisdiction'
import type { MatchField, SearchHit } from '../world/search'
import type { Address, Taxpayer } from '../world/types'
import type { Panel } from './contract'
import { list, msg, type Text } from '../primitives/message'
import { table } from './panel'

const address = (a: Address) => `${a.line}, ${a.city}, ${a.region}`
const column = (key: string) => msg(`registration.panel.search.${key}`)
/** The search panel's name, which every case can show (the session adds it to each process's `panelNames`). */
export const SEARCH_PANEL_NAME = column('title')
/** What a register search matched on, in the words of the register's own columns. */
const matchLabel = (field: MatchField) => msg(`registration.panel.search.match.${field}`)

interface Row {
  hit: SearchHit
  taxpayer: Taxpayer
}

export function searchPanel(
  hits: readonly SearchHit[],
  query: Text,
  // Kept so every caller passes the scenario's rules; the figures are formatted by the reader.
  _j: Jurisdiction,
  byTin: (tin: string) => Taxpayer | undefined,
): Panel {
  const rows = hits.flatMap((hit): Row[] => {
    const taxpayer = byTin(hit.tin)
    return taxpayer ? [{ hit, taxpayer }] : []
  })
  return {
    id: 'register-search',
    title: SEARCH_PANEL_NAME,
    sections: [
      table<Row>(
        [
          { label: column('tin'), tin: (r) => r.taxpayer.tin },
          { label: column('name'), text: (r) => r.taxpayer.name },
          { label: column('idNumber'), text: (r) => r.taxpayer.idNumber },
          { label: column('born'), date: (r) => r.taxpayer.birthOrIncorporation },
          { label: column('phone'), text: (r) => r.taxpayer.phone },
          { label: column('address'), text: (r) => address(r.taxpayer.address) },
          { label: column('status'), text: (r) => msg(`common.taxpayerStatus.${r.taxpayer.status}`) },
          { label: column('arrears'), money: (r) => r.taxpayer.arrears },
          {
            label: column('matchedOn'),
            text: (r) =>
              msg('registration.panel.search.matches', { fields: list(r.hit.matchedOn.map(matchLabel)) }),
          },
          {
            label: column('score'),
            text: (r) =>
              msg('registration.panel.search.percent', { score: Math.round(r.hit.score * 100) / 100 }),
          },
        ],
        rows,
        { title: query, empty: column('empty') },
      ),
    ],
  }
}
