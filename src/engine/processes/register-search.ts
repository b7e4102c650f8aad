/**
 * The register search as a panel: what an officer sees after searching the TAMIS register from
 * any case (the session's register.search) or running a registration's duplicate check.
 */
import { formatMoney } from '../rules/money'
import type { Jurisdiction } from '../jurisdiction'
import type { MatchField, SearchHit } from '../world/search'
import type { Address, Taxpayer } from '../world/types'
import type { Panel } from './contract'

/** What a register search matched on, in the words of the register's own columns. */
const MATCH_FIELD_LABELS: Record<MatchField, string> = {
  tin: 'TIN',
  idNumber: 'ID number',
  phone: 'phone',
  name: 'name',
  birthDate: 'date of birth',
  bankAccount: 'bank account',
  address: 'address',
  email: 'e-mail',
  director: 'director',
}

const address = (a: Address) => `${a.line}, ${a.city}, ${a.region}`

export function searchPanel(
  hits: readonly SearchHit[],
  query: string,
  j: Jurisdiction,
  byTin: (tin: string) => Taxpayer | undefined,
): Panel {
  const rows = hits.flatMap((h) => {
    const t = byTin(h.tin)
    if (!t) return []
    return [
      [
        t.tin,
        t.name,
        t.idNumber,
        t.birthOrIncorporation,
        t.phone,
        address(t.address),
        t.status,
        formatMoney(t.arrears, j.currency),
        h.matchedOn.map((field) => MATCH_FIELD_LABELS[field]).join(', '),
        `${Math.round(h.score * 100)}%`,
      ],
    ]
  })
  return {
    id: 'register-search',
    title: 'Register search',
    sections: [
      {
        kind: 'table',
        title: query,
        columns: [
          'TIN',
          'Name',
          'ID / registry no.',
          'Born / incorporated',
          'Phone',
          'Address',
          'Status',
          'Arrears',
          'Matched on',
          'Score',
        ],
        numeric: [false, false, false, false, false, false, false, true, false, true],
        rows,
        empty: 'No taxpayer in the register matches.',
      },
    ],
  }
}
