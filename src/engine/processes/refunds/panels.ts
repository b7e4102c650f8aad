/**
 * Refund evidence as display-ready panels: the claim, the register entry, the refund history,
 * and what each verification step shows. Facts only, never the ground truth.
 */
import { periodBalances } from '../../rules/ledger'
import { day, list, money, msg, type Msg } from '../../primitives/message'
import type { Jurisdiction } from '../../scenario/schema'
import type { Taxpayer, World } from '../../world/types'
import type { CaseRecord, Panel, PanelSection } from '../contract'
import { dateFact, facts, moneyFact, table, tinFact } from '../panel'
import {
  customsRecords,
  declarationOf,
  foreignReceipts,
  offsetFor,
  requiredFor,
  type ClaimAssessment,
  type ClaimSources,
} from './evidence'
import { CHECK_LABELS, type MatchResult, type RiskTier } from './rules'
import { secondApprovalLimit } from './refunds.machine'
import type { RefundCase } from './types'
import { withTin } from '../../world/lookup'
import { taxTypeLabel } from '../../vocabulary'
import { sectorLabel } from '../../world/sectors'

const address = (t: Taxpayer) => `${t.address.line}, ${t.address.city}, ${t.address.region}`
const yesNo = (ok: boolean): Msg => (ok ? msg('refunds.panel.yes') : msg('refunds.panel.no'))
const TIER: Record<RiskTier, Msg> = {
  low: msg('refunds.tier.low'),
  medium: msg('refunds.tier.medium'),
  high: msg('refunds.tier.high'),
}
const MATCH: Record<MatchResult, Msg> = {
  matched: msg('refunds.match.matched'),
  'within tolerance': msg('refunds.match.withinTolerance'),
  short: msg('refunds.match.short'),
  'not declared': msg('refunds.match.notDeclared'),
}

export function claimPanel(record: CaseRecord<RefundCase>, j: Jurisdiction): Panel {
  const c = record.data
  const returnLines: readonly { line: Msg; amount: number }[] = [
    { line: msg('refunds.panel.claim.domesticSales'), amount: c.domesticSales },
    { line: msg('refunds.panel.claim.outputVat', { rate: j.rates.vat }), amount: c.outputVat },
    { line: msg('refunds.panel.claim.zeroRated'), amount: c.zeroRated },
    { line: msg('refunds.panel.claim.purchases'), amount: c.purchasesNet },
    { line: msg('refunds.panel.claim.inputVat'), amount: c.inputVat },
    { line: msg('refunds.panel.claim.excessCredit'), amount: c.claimed },
  ]
  return {
    id: 'claim',
    title: msg('refunds.panel.claim.title'),
    sections: [
      facts([
        { label: msg('refunds.panel.claim.claim'), value: c.claimId, mono: true },
        tinFact(msg('refunds.panel.tin'), record.tin),
        { label: msg('refunds.panel.taxpayer'), value: c.taxpayerName },
        { label: msg('refunds.panel.claim.period'), value: c.period },
        {
          label: msg('refunds.panel.claim.filedOn'),
          value: msg('refunds.panel.claim.filedOnValue', { filed: day(c.filedOn), due: day(c.returnDueOn) }),
          type: 'date',
        },
        dateFact(msg('refunds.panel.claim.lodgedOn'), c.lodgedOn),
        dateFact(msg('refunds.panel.claim.decisionDue'), record.dueOn),
        moneyFact(msg('refunds.panel.claim.claimed'), c.claimed),
        {
          label: msg('refunds.panel.claim.payInto'),
          value: `${c.account.bank} ${c.account.number} (${c.account.holder})`,
          mono: true,
        },
      ]),
      table(
        [
          { label: msg('refunds.panel.claim.line'), text: (r) => r.line },
          { label: msg('refunds.panel.amount'), money: (r) => r.amount },
        ],
        returnLines,
        { title: msg('refunds.panel.claim.returnTitle', { period: c.period }) },
      ),
      table(
        [
          { label: msg('refunds.panel.supplier'), text: (p) => p.supplierName },
          { label: msg('refunds.panel.tin'), tin: (p) => p.supplierTin },
          {
            label: msg('refunds.panel.claim.what'),
            text: (p) =>
              p.capital ? msg('refunds.panel.claim.capital', { description: p.description }) : p.description,
          },
          { label: msg('refunds.panel.claim.invoices'), number: (p) => p.invoices },
          { label: msg('refunds.panel.claim.net'), money: (p) => p.net },
          { label: msg('refunds.panel.claim.inputVatColumn'), money: (p) => p.vat },
        ],
        c.purchases,
        { title: msg('refunds.panel.claim.purchaseListing') },
      ),
      table(
        [
          { label: msg('refunds.panel.declaration'), text: (e) => e.declaration },
          { label: msg('refunds.panel.date'), date: (e) => e.date },
          { label: msg('refunds.panel.claim.destination'), text: (e) => e.destination },
          { label: msg('refunds.panel.claim.buyer'), text: (e) => e.buyer },
          { label: msg('refunds.panel.claim.goods'), text: (e) => e.goods },
          { label: msg('refunds.panel.claim.value'), money: (e) => e.value },
        ],
        c.exports,
        { title: msg('refunds.panel.claim.exportSchedule'), empty: msg('refunds.panel.claim.noExports') },
      ),
    ],
  }
}

export function taxpayerPanel(record: CaseRecord<RefundCase>, world: World, t: Taxpayer | undefined): Panel {
  const title = msg('refunds.panel.register.title')
  if (!t)
    return {
      id: 'taxpayer',
      title,
      sections: [
        {
          kind: 'text',
          text: msg('refunds.panel.register.noTaxpayer', { tin: record.tin }),
          tone: 'warning',
        },
      ],
    }
  const company = world.companies[t.idNumber]
  const directors = (company?.directors ?? t.directors).map((id) => {
    const p = world.people[id]
    return p ? `${p.firstName} ${p.lastName}` : id
  })
  return {
    id: 'taxpayer',
    title,
    sections: [
      facts([
        { label: msg('refunds.panel.register.name'), value: t.name },
        tinFact(msg('refunds.panel.tin'), t.tin),
        { label: msg('refunds.panel.register.registryNo'), value: t.idNumber, mono: true },
        dateFact(msg('refunds.panel.register.incorporated'), company?.incorporated ?? t.birthOrIncorporation),
        dateFact(msg('refunds.panel.register.registeredOn'), t.registeredOn),
        {
          label: msg('refunds.panel.register.status'),
          value: msg('refunds.panel.register.statusValue', { status: t.status }),
        },
        { label: msg('refunds.panel.register.sector'), value: sectorLabel(t.sector) },
        {
          label: msg('refunds.panel.register.segment'),
          value: msg('refunds.panel.register.segmentValue', { segment: t.segment }),
        },
        { label: msg('refunds.panel.register.address'), value: address(t) },
        {
          label: msg('refunds.panel.register.directors'),
          value: directors.length ? list(directors) : msg('refunds.panel.register.noDirectors'),
        },
        {
          label: msg('refunds.panel.register.registeredFor'),
          value: list(
            t.taxTypes.map((r) =>
              msg('refunds.panel.register.taxFrom', { tax: taxTypeLabel(r.taxType), from: day(r.from) }),
            ),
          ),
        },
      ]),
    ],
  }
}

export function historyPanel(record: CaseRecord<RefundCase>): Panel {
  const c = record.data
  return {
    id: 'history',
    title: msg('refunds.panel.history.title'),
    sections: [
      table(
        [
          { label: msg('refunds.panel.period'), text: (h) => h.period },
          { label: msg('refunds.panel.history.lodged'), date: (h) => h.lodgedOn },
          { label: msg('refunds.panel.history.claimed'), money: (h) => h.claimed },
          { label: msg('refunds.panel.history.allowed'), money: (h) => h.allowed },
          { label: msg('refunds.panel.history.decided'), date: (h) => h.decidedOn },
        ],
        c.history,
        { empty: msg('refunds.panel.history.none') },
      ),
    ],
  }
}

export function validationPanel(record: CaseRecord<RefundCase>, a: ClaimAssessment, j: Jurisdiction): Panel {
  const c = record.data
  const failed = (code: string) => a.validation.some((v) => v.code === code)
  const checks: readonly { check: Msg; passed: boolean; detail: Msg | string }[] = [
    {
      check: msg('refunds.panel.validation.inTime'),
      passed: !failed('late'),
      detail: msg('refunds.panel.validation.inTimeDetail', {
        lodged: day(c.lodgedOn),
        days: j.refunds.claimLimitDays,
      }),
    },
    {
      check: msg('refunds.panel.validation.returnOnFile'),
      passed: !failed('noReturn'),
      detail: msg('refunds.panel.validation.returnOnFileDetail', { period: c.period, filed: day(c.filedOn) }),
    },
    {
      check: msg('refunds.panel.validation.refundAccount'),
      passed: !failed('notRefundAccount'),
      detail: `${c.account.bank} ${c.account.number}`,
    },
    { check: msg('refunds.panel.validation.inName'), passed: !failed('notInName'), detail: c.account.holder },
  ]
  return {
    id: 'validation',
    title: msg('refunds.panel.validation.title'),
    sections: [
      table(
        [
          { label: msg('refunds.panel.validation.check'), text: (r) => r.check },
          { label: msg('refunds.panel.validation.passed'), text: (r) => yesNo(r.passed) },
          { label: msg('refunds.panel.validation.detail'), text: (r) => r.detail },
        ],
        checks,
      ),
      ...(a.validation.length
        ? a.validation.map((v): PanelSection => ({ kind: 'text', text: v.reason, tone: 'warning' }))
        : [{ kind: 'text' as const, text: msg('refunds.panel.validation.valid') }]),
    ],
  }
}

export function riskPanel(a: ClaimAssessment, j: Jurisdiction): Panel {
  const required = requiredFor(a)
  const r = j.refunds.risk
  return {
    id: 'risk',
    title: msg('refunds.panel.risk.title'),
    sections: [
      facts([
        { label: msg('refunds.panel.risk.tier'), value: TIER[a.risk.tier] },
        {
          label: msg('refunds.panel.risk.score'),
          value: msg('refunds.panel.risk.scoreValue', {
            score: a.risk.score,
            medium: r.mediumFrom,
            high: r.highFrom,
          }),
        },
        {
          label: msg('refunds.panel.risk.required'),
          value: required.length
            ? list(required.map((c) => CHECK_LABELS[c]))
            : msg('refunds.panel.risk.noneRequired'),
        },
      ]),
      table(
        [
          { label: msg('refunds.panel.risk.factor'), text: (f) => f.label },
          { label: msg('refunds.panel.risk.points'), number: (f) => f.points },
        ],
        a.risk.factors,
        { title: msg('refunds.panel.risk.factors'), empty: msg('refunds.panel.risk.noFactor') },
      ),
    ],
  }
}

export function suppliersPanel(a: ClaimAssessment, world: World, j: Jurisdiction): Panel {
  return {
    id: 'suppliers',
    title: msg('refunds.panel.suppliers.title'),
    sections: [
      table(
        [
          { label: msg('refunds.panel.supplier'), text: (m) => m.purchase.supplierName },
          { label: msg('refunds.panel.tin'), tin: (m) => m.purchase.supplierTin },
          {
            label: msg('refunds.panel.suppliers.register'),
            text: (m) => {
              const s = withTin(world.taxpayers, m.purchase.supplierTin).at(-1)
              return s
                ? msg('refunds.panel.suppliers.registered', {
                    status: msg('refunds.panel.register.statusValue', { status: s.status }),
                    on: day(s.registeredOn),
                  })
                : msg('refunds.panel.suppliers.notRegistered')
            },
          },
          { label: msg('refunds.panel.suppliers.claimed'), money: (m) => m.purchase.vat },
          { label: msg('refunds.panel.suppliers.declared'), money: (m) => m.declaredVat },
          { label: msg('refunds.panel.suppliers.match'), text: (m) => MATCH[m.result] },
          { label: msg('refunds.panel.suppliers.notMatched'), money: (m) => m.purchase.vat - m.allowedVat },
        ],
        a.credits.rows,
      ),
      {
        kind: 'text',
        text: msg('refunds.panel.suppliers.summary', {
          tolerance: j.refunds.matchingTolerancePercent,
          disallowed: money(a.credits.disallowed),
        }),
        tone: a.credits.disallowed > 0 ? 'warning' : 'plain',
      },
    ],
  }
}

export function customsPanel(
  record: CaseRecord<RefundCase>,
  sources: ClaimSources,
  a: ClaimAssessment,
  j: Jurisdiction,
): Panel {
  const c = record.data
  const customs = new Map(customsRecords(sources, c).map((r) => [declarationOf(r), r]))
  const receipts = new Map(foreignReceipts(sources, c).map((r) => [declarationOf(r), r]))
  return {
    id: 'customs',
    title: msg('refunds.panel.customs.title'),
    sections: [
      table(
        [
          { label: msg('refunds.panel.declaration'), text: (e) => e.declaration },
          { label: msg('refunds.panel.customs.valueClaimed'), money: (e) => e.value },
          {
            label: msg('refunds.panel.customs.record'),
            text: (e) => {
              const k = customs.get(e.declaration)
              return k
                ? msg('refunds.panel.customs.found', {
                    amount: money(k.amount),
                    detail: k.detail,
                  })
                : msg('refunds.panel.customs.noRecord')
            },
          },
          {
            label: msg('refunds.panel.customs.receipt'),
            text: (e) => {
              const r = receipts.get(e.declaration)
              return r
                ? msg('refunds.panel.customs.found', {
                    amount: money(r.amount),
                    detail: r.detail,
                  })
                : msg('refunds.panel.customs.noReceipt')
            },
          },
        ],
        c.exports,
        { empty: msg('refunds.panel.customs.noExports') },
      ),
      {
        kind: 'text',
        text: msg('refunds.panel.customs.summary', {
          value: money(a.exports.value),
          rate: j.rates.vat,
          vat: money(a.exports.vat),
        }),
        tone: a.exports.value > 0 ? 'warning' : 'plain',
      },
    ],
  }
}

export function bankPanel(record: CaseRecord<RefundCase>): Panel {
  const c = record.data
  return {
    id: 'bank',
    title: msg('refunds.panel.bank.title'),
    sections: [
      table(
        [
          { label: msg('refunds.panel.bank.from'), date: (acc) => acc.from },
          { label: msg('refunds.panel.bank.bank'), text: (acc) => acc.bank },
          { label: msg('refunds.panel.bank.account'), text: (acc) => acc.number },
          { label: msg('refunds.panel.bank.holderDeclared'), text: (acc) => acc.holder },
          { label: msg('refunds.panel.bank.holderPerBank'), text: (acc) => acc.bankHolder },
          {
            label: msg('refunds.panel.bank.nameMatch'),
            text: (acc) =>
              acc.bankHolder === c.taxpayerName
                ? msg('refunds.panel.bank.matches')
                : msg('refunds.panel.bank.doesNotMatch'),
          },
          { label: msg('refunds.panel.bank.opened'), date: (acc) => acc.openedOn },
          { label: msg('refunds.panel.bank.changedVia'), text: (acc) => acc.channel },
        ],
        c.accounts,
      ),
    ],
  }
}

export function offsetPanel(
  record: CaseRecord<RefundCase>,
  sources: ClaimSources,
  allowed: number,
  on: string,
  j: Jurisdiction,
): Panel {
  const c = record.data
  const others = sources.ledger.filter((e) => !(e.taxType === 'VAT' && e.period === c.period))
  const debts = periodBalances(others, record.tin).filter((b) => b.balance > 0)
  const offset = offsetFor(sources, record, allowed, on, j)
  return {
    id: 'offset',
    title: msg('refunds.panel.offset.title'),
    sections: [
      table(
        [
          { label: msg('refunds.panel.offset.tax'), text: (d) => taxTypeLabel(d.taxType) },
          { label: msg('refunds.panel.period'), text: (d) => d.period },
          { label: msg('refunds.panel.offset.owed'), money: (d) => d.balance },
          { label: msg('refunds.panel.offset.oldestDue'), date: (d) => d.oldestDue ?? undefined },
        ],
        debts,
        { title: msg('refunds.panel.offset.balances'), empty: msg('refunds.panel.offset.nothingOwed') },
      ),
      table(
        [
          { label: msg('refunds.panel.offset.to'), text: (l) => taxTypeLabel(l.taxType) },
          { label: msg('refunds.panel.period'), text: (l) => l.period },
          { label: msg('refunds.panel.amount'), money: (l) => l.amount },
        ],
        offset.lines,
        { title: msg('refunds.panel.offset.offset'), empty: msg('refunds.panel.offset.noOffset') },
      ),
      facts([
        moneyFact(msg('refunds.panel.offset.allowed'), allowed),
        moneyFact(msg('refunds.panel.offset.against'), offset.offset),
        moneyFact(msg('refunds.panel.offset.toPay'), offset.payable),
      ]),
    ],
  }
}

export function approvalPanel(allowed: number, on: string, j: Jurisdiction): Panel {
  return {
    id: 'approval',
    title: msg('refunds.panel.approval.title'),
    sections: [
      {
        kind: 'text',
        text: msg('refunds.panel.approval.text', {
          limit: money(secondApprovalLimit(j)),
          allowed: money(allowed),
          on: day(on),
        }),
      },
    ],
  }
}

/** Every panel this process shows, by id, named as its title names it (contract.ts `panelNames`). */
export const PANEL_NAMES = {
  claim: msg('refunds.panel.claim.title'),
  taxpayer: msg('refunds.panel.register.title'),
  history: msg('refunds.panel.history.title'),
  validation: msg('refunds.panel.validation.title'),
  risk: msg('refunds.panel.risk.title'),
  suppliers: msg('refunds.panel.suppliers.title'),
  customs: msg('refunds.panel.customs.title'),
  bank: msg('refunds.panel.bank.title'),
  offset: msg('refunds.panel.offset.title'),
  approval: msg('refunds.panel.approval.title'),
}
