/**
 * Parts the case builders share: personal-return lines, third-party records, earlier audits,
 * the taxpayer's reply, and the draft of a genuine candidate (nothing wrong: no change).
 */
import { msg, type Text } from '../../primitives/message'
import { percentOf } from '../../rules/money'
import { withLegalForm } from '../../world/companies'
import type { WorldContext } from '../../world/context'
import type { ReturnLine, ThirdPartyRecord } from '../../world/types'
import type { BuildInput, Story } from './draft'
import { postPriorAudit } from './history'
import type { AuditCaseData, PriorAudit } from './types'

/**
 * An employer's name when the register has no other business to be one (a world too small for
 * the case): a company of the locale, so the return and the records still read as names.
 */
export const stopgapEmployer = (ctx: WorldContext): string =>
  withLegalForm(ctx, ctx.fake.lastName(ctx.draw.chance(0.5) ? 'F' : 'M'), 'small')

/** A month of the year (1–12) as a message. */
export const monthName = (month: number) => msg('audit.story.month', { month })

/** Lines of a personal return: employment income from each employer (named), the total and the tax on the total. */
export function pitLines(
  b: BuildInput,
  items: readonly (readonly [string, number])[],
  total?: number,
): { lines: ReturnLine[]; taxDue: number } {
  const sum = total ?? items.reduce((s, [, v]) => s + v, 0)
  return {
    lines: [
      ...items.map(([payer, amount]) => ({ label: 'employmentIncome' as const, payer, amount })),
      { label: 'totalIncome', amount: sum },
    ],
    taxDue: percentOf(sum, b.j.audit.pitRatePercent, b.j.rounding),
  }
}

/** Appends a third-party record of the audited period; returns its id. */
export function thirdParty(
  b: BuildInput,
  n: number,
  tin: string,
  r: Omit<ThirdPartyRecord, 'id' | 'tin' | 'period'>,
  period = b.year,
) {
  const id = `${b.caseId}-tp${n}`
  b.accounts.thirdParty.push({ id, tin, period, ...r })
  return id
}

/** The history of an under-reporter: late filings, an earlier audit with yield, or both. */
export function riskyHistory(b: BuildInput) {
  const variant = b.ctx.draw.weighted([
    ['late', 45],
    ['prior', 35],
    ['both', 20],
  ] as const)
  return { late: variant === 'prior' ? 0 : b.ctx.draw.int(1, 2), prior: variant !== 'late' }
}

export function priorAudits(
  b: BuildInput,
  tin: string,
  taxType: 'PIT' | 'CIT',
  row: { period: string; taxDue: number },
  adjusted: boolean,
): PriorAudit[] {
  return [
    postPriorAudit(
      b.ctx,
      b.accounts,
      { id: `${b.caseId}-prior`, tin, taxType, period: row.period, declaredTax: row.taxDue, adjusted },
      b.j,
    ),
  ]
}

export const answer = (from: string, text: Text) => ({
  reply: { date: '', from, subject: msg('audit.story.subject.reply'), text },
})

/** A visit's single finding. */
export const finding = (title: Text, value: Text) => ({
  title,
  rows: [{ label: msg('audit.story.row.finding'), value }],
})

export const noSuppliers = {
  inputVat: 0,
  suppliers: [],
  letters: [],
  purchaseIds: [],
} satisfies Partial<AuditCaseData>

/** A person's annual income, kept within the micro band so salaries read like salaries. */
export const incomeOf = (b: BuildInput, t: { turnover: number }) => Math.min(t.turnover, b.ctx.bands.micro[1])

/** Shared by genuine candidates: nothing is wrong, so an audit closes with no change. */
export const genuineStory = (d: Pick<Story, 'data' | 'hits'>): Story => ({
  ...d,
  flags: [],
  explanation: msg('audit.truth.explain.genuine'),
})
