/**
 * What a collection decision posts to the taxpayer's current account on the day it is decided
 * (docs/domain.md §One ledger): an approved write-off credits every overdue period in full, an
 * instalment agreement records the periods it covers and its schedule, an offset moves the
 * taxpayer's credits onto the debts. Other enforcement orders post nothing yet: the money moves
 * when the bank, the employer or the sale pays it over.
 */
import { money, msg } from '../../primitives/message'
import {
  applyAcross,
  offsetCredits,
  openDebts,
  orderDebts,
  periodBalances,
  type PeriodBalance,
} from '../../rules/ledger'
import { addMonths } from '../../rules/calendar'
import type { IsoDate, LedgerEntry } from '../../world/types'
import type { ProcessEnv } from '../contract'
import type { CollectionContext } from './collection.machine'
import { withTin } from '../../world/lookup'

/** The periods a write-off or an agreement covers: every period with overdue debt on `on`. */
function overduePeriods(ledger: readonly LedgerEntry[], tin: string, on: IsoDate): PeriodBalance[] {
  return periodBalances(ledger, tin).filter(
    (p) => p.balance > 0 && p.oldestDue !== undefined && p.oldestDue < on,
  )
}

/**
 * The schedule of an agreement of `months` monthly instalments on `total`: equal instalments in
 * whole minor units, the last one taking what rounding leaves, the first due a month after `on`.
 */
export function instalmentSchedule(
  total: number,
  months: number,
  on: IsoDate,
): { dueOn: IsoDate; amount: number }[] {
  const n = Math.max(1, Math.floor(months))
  const each = Math.floor(total / n)
  return Array.from({ length: n }, (_, k) => ({
    dueOn: addMonths(on, k + 1),
    amount: k === n - 1 ? total - each * (n - 1) : each,
  }))
}

export function collectionPostings(c: CollectionContext, env: ProcessEnv): LedgerEntry[] {
  const decided = c.decided
  if (!decided) return []
  const { command, on } = decided
  const tin = c.facts.tin
  const caseId = c.caseId ?? `collection-${tin}`
  const j = c.jurisdiction
  const ledger = [...withTin(env.world.ledger, tin)]
  const base = { tin, date: on, ref: caseId }
  switch (command.type) {
    case 'collection.approveWriteOff': {
      const criterion = c.writeOff?.criterion ?? 'approved'
      return overduePeriods(ledger, tin, on).map((p, i) => ({
        ...base,
        id: `${caseId}-WO-${i + 1}`,
        taxType: p.taxType,
        period: p.period,
        kind: 'write-off' as const,
        amount: -p.balance,
        note: msg('collection.ledger.writtenOff', { criterion, approver: String(command.approver) }),
      }))
    }
    case 'collection.grantAgreement': {
      const periods = overduePeriods(ledger, tin, on)
      const covered = new Set(periods.map((p) => `${p.taxType}|${p.period}`))
      const total = periods.reduce((s, p) => s + p.balance, 0)
      const schedule = instalmentSchedule(total, Number(command.months), on)
      const entries: LedgerEntry[] = periods.map((p, i) => ({
        ...base,
        id: `${caseId}-AGR-${i + 1}`,
        taxType: p.taxType,
        period: p.period,
        kind: 'agreement' as const,
        amount: 0,
        note: msg('collection.ledger.agreement', {
          part: money(p.balance),
          total: money(total),
          count: schedule.length,
        }),
      }))
      // Each instalment pays the covered debts in the profile's allocation order.
      const debts = orderDebts(
        openDebts(ledger, tin).filter((d) => covered.has(`${d.taxType}|${d.period}`)),
        j.payments.allocationOrder,
      ).map((d) => ({ ...d }))
      schedule.forEach((instalment, k) => {
        for (const part of applyAcross(debts, instalment.amount).parts)
          entries.push({
            ...base,
            id: `${caseId}-INST-${k + 1}-${part.taxType}-${part.period}`,
            taxType: part.taxType,
            period: part.period,
            date: instalment.dueOn,
            kind: 'instalment',
            amount: 0,
            note: msg('collection.ledger.instalmentDue', {
              k: k + 1,
              n: schedule.length,
              amount: money(instalment.amount),
              part: money(part.amount),
            }),
          })
      })
      return entries
    }
    case 'collection.enforce': {
      if (command.tool !== 'offset') return []
      return offsetCredits(ledger, tin, {
        on,
        order: j.payments.allocationOrder,
        idPrefix: `${caseId}-OFF`,
        ref: caseId,
      }).offsets
    }
    default:
      return []
  }
}
