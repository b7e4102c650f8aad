/** What an objection case carries besides the shared accounts (the assessment's ledger lines). */
import type { Text } from '../../primitives/message'
import type { IsoDate } from '../../world/types'
import type { EvidenceText } from './items'

/** Officer ids of the office's roster (names and units are drawn per world). */
export const OFFICER_IDS = ['OFF-1', 'OFF-2', 'OFF-3', 'OFF-4', 'OFF-5', 'OFF-6'] as const

/** An officer of the office; the audit and the objections unit are separate teams. */
export interface Officer {
  id: string
  name: string
  unit: 'audit' | 'objections'
  post: Text
}

/** One adjustment of the audit assessment. */
export interface ObjectionItem {
  /** 'item-1', 'item-2', … in the order of the notice. */
  id: string
  code: string
  description: Text
  /** Adjustment to the taxable amount, minor units. */
  base: number
  /** Additional tax the adjustment causes, minor units. */
  tax: number
  basis: Text
  workingPaper: string
  /** The taxpayer disputes this item (otherwise it is accepted and must be paid). */
  disputed: boolean
  /** The taxpayer's argument; absent when the letter states no grounds. */
  ground?: Text
  /** New evidence submitted for a disputed item and what checking it found. */
  evidence?: EvidenceText
}

export interface ObjectionCaseData {
  taxpayerName: string
  taxType: 'CIT' | 'VAT'
  period: string
  noticeId: string
  issuedOn: IsoDate
  /** Sent by registered post on this day; deemed received deadlines.deemedReceiptDays later. */
  mailedOn: IsoDate
  letterRef: string
  letterDate: IsoDate
  /** The letter gives grounds for each disputed item. */
  groundsStated: boolean
  /** The letter's reason for lodging late, if it gives one. */
  lateReason?: Text
  items: ObjectionItem[]
  auditorId: string
  auditClosedOn: IsoDate
  /** The officers of the office who can be assigned (the same for every case in a world). */
  roster: Officer[]
}

export const itemNumber = (id: string) => id.replace(/^item-/, '')

/** Total tax of the disputed items. */
export function disputedTax(data: Pick<ObjectionCaseData, 'items'>): number {
  return data.items.filter((i) => i.disputed).reduce((sum, i) => sum + i.tax, 0)
}

/** Total tax of the items the taxpayer accepts. */
export function undisputedTax(data: Pick<ObjectionCaseData, 'items'>): number {
  return data.items.filter((i) => !i.disputed).reduce((sum, i) => sum + i.tax, 0)
}
