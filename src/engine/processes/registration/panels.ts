/**
 * Registration evidence as display-ready panels: the application, documents, registries,
 * the register search, premises and the applicant's reply. Never shows ground truth.
 */
import { formatMoney } from '../../rules/money'
import type { Jurisdiction } from '../../scenario/schema'
import type { Address, Application, Company, Person, World } from '../../world/types'
import type { Panel, PanelSection } from '../contract'

export { searchPanel } from '../register-search'

const address = (a: Address) => `${a.line}, ${a.city}, ${a.region}`

const DOCUMENT_TITLES: Record<string, string> = {
  'national-id': 'National ID card',
  'company-extract': 'Company registry extract',
  'address-proof': 'Proof of address',
  'bank-letter': 'Bank letter',
}

export function applicationPanel(a: Application, j: Jurisdiction): Panel {
  const business = a.kind === 'business'
  return {
    id: 'application',
    title: 'Application form',
    sections: [
      {
        kind: 'facts',
        rows: [
          { label: 'Application', value: a.id, mono: true },
          { label: 'Received', value: a.receivedOn },
          { label: 'Applicant type', value: business ? 'Business' : 'Individual' },
          { label: 'Name', value: a.name },
          { label: business ? 'Company registry no.' : 'National ID', value: a.idNumber, mono: true },
          { label: business ? 'Incorporated' : 'Date of birth', value: a.birthOrIncorporation },
          { label: 'Address', value: address(a.address) },
          { label: 'Phone', value: a.phone, mono: true },
          { label: 'E-mail', value: a.email },
          {
            label: 'Bank account',
            value: `${a.bankAccount.bank} ${a.bankAccount.number} (${a.bankAccount.holder})`,
          },
          { label: 'Sector', value: a.sector },
          { label: 'Expected turnover', value: `${formatMoney(a.expectedTurnover, j.currency)} a year` },
          { label: 'Employees', value: String(a.employees) },
          { label: 'Tax types requested', value: a.requestedTaxTypes.join(', ') || 'none ticked' },
          ...(business
            ? [{ label: 'Directors (national IDs)', value: a.directors.join(', '), mono: true }]
            : []),
        ],
      },
    ],
  }
}

/** Labels of document fields as an officer reads them ("birthDate" → "Date of birth"). */
const FIELD_LABELS: Record<string, string> = {
  idNumber: 'ID number',
  givenNames: 'Given names',
  surname: 'Surname',
  birthDate: 'Date of birth',
  nameOnDocument: 'Name on the document',
  nameOf: 'In the name of',
  registryNumber: 'Registry number',
  legalName: 'Legal name',
  registeredAddress: 'Registered address',
  accountHolder: 'Account holder',
  accountNumber: 'Account number',
  averageMonthlyCredits: 'Average monthly credits',
  creditsLast12Months: 'Credits in the last 12 months',
  openedOn: 'Opened on',
  dated: 'Dated',
  incorporated: 'Incorporated on',
  bank: 'Bank',
  address: 'Address',
  status: 'Status',
  type: 'Type',
  name: 'Name',
  sex: 'Sex',
}

const fieldLabel = (key: string) =>
  FIELD_LABELS[key] ??
  key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/^./, (c) => c.toUpperCase())
    .replace(/ ([A-Z])/g, (m) => m.toLowerCase())

export function documentsPanel(a: Application): Panel {
  const sections: PanelSection[] = a.documents.flatMap((d): PanelSection[] => [
    {
      kind: 'facts',
      title: DOCUMENT_TITLES[d.kind] ?? d.kind,
      rows: Object.entries(d.fields).map(([key, value]) => ({ label: fieldLabel(key), value })),
    },
    ...(d.remark ? [{ kind: 'text' as const, text: `Remark: ${d.remark}`, tone: 'warning' as const }] : []),
  ])
  return { id: 'documents', title: 'Documents submitted', sections }
}

function personRows(p: Person) {
  return [
    { label: 'National ID', value: p.nationalId, mono: true },
    { label: 'Name', value: [p.firstName, p.middleName, p.lastName].filter(Boolean).join(' ') },
    { label: 'Born', value: p.birthDate },
    { label: 'Sex', value: p.sex },
    { label: 'Address', value: address(p.address) },
    { label: 'Phone', value: p.phone, mono: true },
    ...(p.occupation ? [{ label: 'Occupation', value: p.occupation }] : []),
    {
      label: 'Registry status',
      value: p.status === 'deceased' ? `Deceased${p.diedOn ? ` (${p.diedOn})` : ''}` : 'Alive',
    },
  ]
}

export function civilRegistryPanel(world: World, a: Application): Panel {
  const ids = a.kind === 'individual' ? [a.idNumber] : a.directors
  const sections: PanelSection[] = ids.map((id): PanelSection => {
    const person = world.people[id]
    const title = a.kind === 'individual' ? `Record for ${id}` : `Director ${id}`
    return person
      ? { kind: 'facts', title, rows: personRows(person) }
      : { kind: 'text', title, text: `No record in the civil registry for ${id}.`, tone: 'warning' }
  })
  return { id: 'civil-registry', title: 'Civil registry', sections }
}

export function companyRegistryPanel(world: World, a: Application): Panel {
  const company: Company | undefined = world.companies[a.idNumber]
  const section: PanelSection = company
    ? {
        kind: 'facts',
        rows: [
          { label: 'Registry no.', value: company.registryNumber, mono: true },
          { label: 'Legal name', value: company.legalName },
          { label: 'Incorporated', value: company.incorporated },
          { label: 'Address', value: address(company.address) },
          { label: 'Directors', value: company.directors.join(', '), mono: true },
          { label: 'Status', value: company.status },
        ],
      }
    : { kind: 'text', text: `No company with registry number ${a.idNumber}.`, tone: 'warning' }
  return { id: 'company-registry', title: 'Company registry', sections: [section] }
}

export function premisesPanel(a: Application): Panel {
  return {
    id: 'premises',
    title: 'Premises inspection',
    sections: [{ kind: 'text', text: a.premisesReport }],
  }
}

export function replyPanel(a: Application, on: string): Panel {
  return {
    id: 'query-response',
    title: "Applicant's reply",
    sections: [{ kind: 'text', title: `Received ${on}`, text: a.queryResponse }],
  }
}
