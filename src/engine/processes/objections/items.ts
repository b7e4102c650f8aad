/**
 * The adjustments an audit makes that objections dispute, per tax type: what the auditor
 * changed and why, what the taxpayer argues, and the two kinds of new evidence a taxpayer may
 * bring — one that a check against records confirms, one that it does not. The words are in the
 * catalogues (objections.story.item.<code>.*); the world stores the message ids.
 */
import { msg, type Text } from '../../primitives/message'

export interface EvidenceText {
  /** What the taxpayer submitted with the objection. */
  document: Text
  /** What the review desk found when it checked the document against records. */
  finding: Text
}

export interface ItemTemplate {
  code: string
  taxType: 'CIT' | 'VAT'
  description: Text
  basis: Text
  ground: Text
  support: EvidenceText
  noSupport: EvidenceText
}

/** The adjustments by code, in the order the generator draws them from. */
const ITEMS: readonly (readonly [string, 'CIT' | 'VAT'])[] = [
  ['repairs', 'CIT'],
  ['deposits', 'CIT'],
  ['management-fees', 'CIT'],
  ['allowances', 'CIT'],
  ['bad-debt', 'CIT'],
  ['entertainment', 'CIT'],
  ['input-invoices', 'VAT'],
  ['exports', 'VAT'],
  ['e-invoice-sales', 'VAT'],
  ['private-use', 'VAT'],
  ['claim-limit', 'VAT'],
  ['apportionment', 'VAT'],
]

const camel = (code: string) => code.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())

function template([code, taxType]: readonly [string, 'CIT' | 'VAT']): ItemTemplate {
  const text = (field: string) => msg(`objections.story.item.${camel(code)}.${field}`)
  return {
    code,
    taxType,
    description: text('description'),
    basis: text('basis'),
    ground: text('ground'),
    support: { document: text('support.document'), finding: text('support.finding') },
    noSupport: { document: text('noSupport.document'), finding: text('noSupport.finding') },
  }
}

export const ITEM_TEMPLATES: readonly ItemTemplate[] = ITEMS.map(template)
