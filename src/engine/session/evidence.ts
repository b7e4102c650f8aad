/**
 * Evidence panels: what an officer sees when a check is run or a panel is opened.
 * Pure look-ups into the world; the session records which panels were opened.
 */
import type { RegisterQuery } from './types'
import type { RegisterIndex } from '../world/search'
import { duplicateCandidates } from '../world/search'
import type { Application, ApplicationDocument, Company, Person, Taxpayer, World } from '../world/types'

export interface SearchResultRow {
  taxpayer: Taxpayer
  score: number
  matchedOn: string[]
}

export type EvidencePanel =
  | { panel: 'application'; application: Application }
  | { panel: 'documents'; documents: ApplicationDocument[] }
  | {
      panel: 'civil-registry'
      query: string
      person: Person | null
      directors: { nationalId: string; person: Person | null }[]
    }
  | { panel: 'company-registry'; query: string; company: Company | null }
  | { panel: 'register-search'; query: RegisterQuery; hits: SearchResultRow[] }
  | { panel: 'premises'; report: string }
  | { panel: 'query-response'; text: string; receivedOn: string }

export type PanelId = EvidencePanel['panel']

export const PANEL_LABELS: Record<PanelId, string> = {
  application: 'Application form',
  documents: 'Documents submitted',
  'civil-registry': 'Civil registry',
  'company-registry': 'Company registry',
  'register-search': 'Register search',
  premises: 'Premises inspection',
  'query-response': "Applicant's reply",
}

export function taxpayerByTin(world: World, index: RegisterIndex, tin: string): Taxpayer | undefined {
  const hit = index.search({ tin }, 1)[0]
  return hit ? world.taxpayers.find((t) => t.tin === hit.tin) : undefined
}

function rows(world: World, hits: { tin: string; score: number; matchedOn: string[] }[]): SearchResultRow[] {
  const byTin = new Map(world.taxpayers.map((t) => [t.tin, t]))
  return hits.flatMap((h) => {
    const taxpayer = byTin.get(h.tin)
    return taxpayer ? [{ taxpayer, score: h.score, matchedOn: [...h.matchedOn] }] : []
  })
}

/** The identity look-up: civil registry for a person, company registry and directors for a business. */
export function identityPanels(world: World, application: Application): EvidencePanel[] {
  const directors = application.directors.map((id) => ({ nationalId: id, person: world.people[id] ?? null }))
  if (application.kind === 'individual') {
    return [
      {
        panel: 'civil-registry',
        query: application.idNumber,
        person: world.people[application.idNumber] ?? null,
        directors,
      },
    ]
  }
  return [
    {
      panel: 'company-registry',
      query: application.idNumber,
      company: world.companies[application.idNumber] ?? null,
    },
    { panel: 'civil-registry', query: application.directors.join(', '), person: null, directors },
  ]
}

export function duplicatePanel(world: World, index: RegisterIndex, application: Application): EvidencePanel {
  const query: RegisterQuery = {
    name: application.name,
    idNumber: application.idNumber,
    phone: application.phone,
  }
  return { panel: 'register-search', query, hits: rows(world, duplicateCandidates(index, application)) }
}

export function searchPanel(world: World, index: RegisterIndex, query: RegisterQuery): EvidencePanel {
  return { panel: 'register-search', query, hits: rows(world, index.search(query, 20)) }
}
