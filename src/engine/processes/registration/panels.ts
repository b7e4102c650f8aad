/**
 * Registration evidence as display-ready panels: the application, documents, registries,
 * the register search, premises and the applicant's reply. Never shows ground truth.
 */
import { day, list, money, msg, type Value } from '../../primitives/message'
import { occupationLabel, sectorLabel } from '../../world/sectors'
import type { Address, Application, Company, Person, World } from '../../world/types'
import type { Panel, PanelSection } from '../contract'
import { dateFact, facts, type Fact } from '../panel'
import { taxTypeLabel } from '../../vocabulary'

export { searchPanel } from '../register-search'

const address = (a: Address) => `${a.line}, ${a.city}, ${a.region}`
const label = (key: string) => msg(`registration.panel.${key}`)
const fact = (key: string, value: Value, mono?: boolean): Fact => ({
  label: label(key),
  value,
  ...(mono ? { mono } : {}),
})

export const sexLabel = (sex: 'F' | 'M') => msg(`registration.sex.${sex}`)

export function applicationPanel(a: Application): Panel {
  const business = a.kind === 'business'
  return {
    id: 'application',
    title: label('application.title'),
    sections: [
      facts([
        fact('application.id', a.id, true),
        dateFact(label('application.received'), a.receivedOn),
        fact('application.applicantType', msg(`common.taxpayerKind.${a.kind}`)),
        fact('name', a.name),
        fact(business ? 'application.registryNo' : 'nationalId', a.idNumber, true),
        dateFact(label(business ? 'incorporated' : 'dateOfBirth'), a.birthOrIncorporation),
        fact('address', address(a.address)),
        fact('phone', a.phone, true),
        fact('application.email', a.email),
        fact(
          'application.bankAccount',
          `${a.bankAccount.bank} ${a.bankAccount.number} (${a.bankAccount.holder})`,
        ),
        fact('application.sector', sectorLabel(a.sector)),
        fact(
          'application.turnover',
          msg('registration.panel.application.perYear', { amount: money(a.expectedTurnover) }),
        ),
        fact('application.employees', a.employees),
        fact(
          'application.taxTypes',
          a.requestedTaxTypes.length
            ? list(a.requestedTaxTypes.map(taxTypeLabel))
            : label('application.noneTicked'),
        ),
        business && fact('application.directors', a.directors.join(', '), true),
      ]),
    ],
  }
}

/** Document fields that hold a calendar day (stored ISO, shown the reader's way). */
const DATE_FIELDS = new Set(['birthDate', 'issuedOn', 'expiresOn', 'incorporated', 'dated', 'openedOn'])
/** Document fields an officer reads as an identifier. */
const MONO_FIELDS = new Set(['idNumber', 'registryNumber', 'accountNumber'])
const DOCUMENT_KINDS = new Set(['national-id', 'company-extract', 'address-proof', 'bank-letter'])

function documentFact(key: string, value: Value): Fact {
  const name = msg(`registration.document.field.${key}`)
  if (DATE_FIELDS.has(key) && typeof value === 'string') return dateFact(name, value)
  return { label: name, value, ...(MONO_FIELDS.has(key) ? { mono: true } : {}) }
}

export function documentsPanel(a: Application): Panel {
  const sections: PanelSection[] = a.documents.flatMap((d): PanelSection[] => [
    facts(
      Object.entries(d.fields).map(([key, value]) => documentFact(key, value)),
      DOCUMENT_KINDS.has(d.kind) ? msg(`registration.document.${d.kind}`) : d.kind,
    ),
    ...(d.remark
      ? [
          {
            kind: 'text' as const,
            // The page heads a warning with its own "Note:"; a second label read "Note: Remark: …".
            text: d.remark,
            tone: 'warning' as const,
          },
        ]
      : []),
  ])
  return { id: 'documents', title: label('documents.title'), sections }
}

function personRows(p: Person): Fact[] {
  const status =
    p.status !== 'deceased'
      ? label('person.alive')
      : p.diedOn
        ? msg('registration.panel.person.deceasedOn', { on: day(p.diedOn) })
        : label('person.deceased')
  return [
    fact('nationalId', p.nationalId, true),
    fact('name', [p.firstName, p.middleName, p.lastName].filter(Boolean).join(' ')),
    dateFact(label('person.born'), p.birthDate),
    fact('person.sex', sexLabel(p.sex)),
    fact('address', address(p.address)),
    fact('phone', p.phone, true),
    ...(p.occupation ? [fact('person.occupation', occupationLabel(p.occupation, p.sex))] : []),
    fact('person.registryStatus', status),
  ]
}

export function civilRegistryPanel(world: World, a: Application): Panel {
  const ids = a.kind === 'individual' ? [a.idNumber] : a.directors
  const sections: PanelSection[] = ids.map((id): PanelSection => {
    const person = world.people[id]
    const title = msg(`registration.panel.civil.${a.kind === 'individual' ? 'recordFor' : 'director'}`, {
      id,
    })
    return person
      ? facts(personRows(person), title)
      : { kind: 'text', title, text: msg('registration.panel.civil.noRecord', { id }), tone: 'warning' }
  })
  return { id: 'civil-registry', title: label('civil.title'), sections }
}

export const companyStatusLabel = (status: Company['status']) => msg(`registration.companyStatus.${status}`)

export function companyRegistryPanel(world: World, a: Application): Panel {
  const company: Company | undefined = world.companies[a.idNumber]
  const section: PanelSection = company
    ? facts([
        fact('company.registryNo', company.registryNumber, true),
        fact('company.legalName', company.legalName),
        dateFact(label('incorporated'), company.incorporated),
        fact('address', address(company.address)),
        fact('company.directors', company.directors.join(', '), true),
        fact('company.status', companyStatusLabel(company.status)),
      ])
    : {
        kind: 'text',
        text: msg('registration.panel.company.noCompany', { number: a.idNumber }),
        tone: 'warning',
      }
  return { id: 'company-registry', title: label('company.title'), sections: [section] }
}

export function premisesPanel(a: Application): Panel {
  return {
    id: 'premises',
    title: label('premises.title'),
    sections: [{ kind: 'text', text: a.premisesReport }],
  }
}

export function replyPanel(a: Application, on: string): Panel {
  return {
    id: 'query-response',
    title: label('reply.title'),
    sections: [
      {
        kind: 'text',
        title: msg('registration.panel.reply.received', { on: day(on) }),
        text: a.queryResponse,
      },
    ],
  }
}

/** Every panel this process shows, by id, named as its title names it (contract.ts `panelNames`). */
export const PANEL_NAMES = {
  application: label('application.title'),
  documents: label('documents.title'),
  'civil-registry': label('civil.title'),
  'company-registry': label('company.title'),
  premises: label('premises.title'),
  'query-response': label('reply.title'),
}
