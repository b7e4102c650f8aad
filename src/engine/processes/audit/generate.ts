/**
 * Generates the audit worklist: risk candidates of every declared kind, each with its return,
 * third-party data and history in the shared accounts. The scenario's named rules and weights
 * score them; the ranking under the threshold and capacity decides which ones the truth says
 * to audit, and the best commands follow from the same rules the grading reads.
 */
import { declaredKinds } from '../world-schema'
import type { ProcessWorldConfig } from '../../scenario/schema'
import type { IsoDate, Tin } from '../../world/types'
import { PROCESS_STREAM, type ProcessGenerator } from '../../world/process-world'
import { addDays } from '../../primitives/calendar'
import { formatMoney } from '../../rules/money'
import type { CaseRecord, CaseTruth, Command } from '../contract'
import { WorldConfigSchema } from './config.schema'
import type { BuildInput, Draft } from './draft'
import { auditVatPeriod, auditYear } from './history'
import { genuinePersonal, underReportedIncome } from './income-cases'
import { honestError } from './slip-cases'
import { ANOMALIES, LOOKALIKES, type AuditKind } from './kinds'
import {
  NOT_SELECT_LABELS,
  ruleWeights,
  riskScore,
  materialityFloor,
  selectCases,
  taxOnAdjustment,
  penaltyFor,
  type Selection,
} from './rules'
import { explainedOutlier } from './outlier-cases'
import { genuineBusiness, suppressedCashSales } from './trade-cases'
import type { AuditCaseData, RiskHit } from './types'
import { fakeInvoiceBuyer } from './vat-cases'
import { caseId } from '../../primitives/case-id'

const BUILDERS: Record<Exclude<AuditKind, 'genuine'>, (b: BuildInput) => Draft> = {
  'under-reported-income': underReportedIncome,
  'suppressed-cash-sales': suppressedCashSales,
  'fake-invoice-buyer': fakeInvoiceBuyer,
  'honest-error': honestError,
  'explained-outlier': explainedOutlier,
}

/** The kinds of the worklist in a seeded order: declared anomalies and look-alikes, the rest genuine. */
function kindsOf(config: ProcessWorldConfig): AuditKind[] {
  return declaredKinds(config, ANOMALIES, LOOKALIKES)
}

const id = (today: string, n: number) => caseId('audit', today, n + 1)

function bestCommands(draft: Draft, hits: readonly RiskHit[], selection: Selection): Command[] {
  if (!selection.select) {
    const steps = selection.reason === 'risk-explained' ? draft.screenSteps : [{ type: 'audit.checkHistory' }]
    return [...steps, { type: 'audit.notSelect', reason: selection.reason }]
  }
  const { plan } = draft
  const top = [...hits].sort((a, b) => b.weight - a.weight)[0]
  const commands: Command[] = [
    ...plan.steps,
    { type: 'audit.select', auditType: plan.auditType, reason: top?.rule ?? 'late-filing-history' },
    { type: 'audit.requestRecords' },
    ...(plan.auditType === 'field' ? [{ type: 'audit.inspectPremises' }] : []),
  ]
  if (plan.outcome === 'no-change') return [...commands, { type: 'audit.closeNoChange' }]
  commands.push({ type: 'audit.draftFindings', adjustment: plan.adjustment!, category: plan.category! })
  if (plan.outcome === 'refer') return [...commands, { type: 'audit.refer' }]
  return [
    ...commands,
    { type: 'audit.sendFindings' },
    { type: 'audit.reviewReply' },
    { type: 'audit.issueAssessment' },
  ]
}

type Scored = {
  kind: AuditKind
  draft: Draft
  hits: RiskHit[]
  caseId: string
  receivedOn: IsoDate
  score: number
}

/** Builds each kind's draft in its own random stream and scores it with the scenario's weights. */
function draftAll(
  input: Parameters<ProcessGenerator>[0],
  kinds: readonly AuditKind[],
  weights: ReturnType<typeof ruleWeights>,
  year: string,
  vatPeriod: string,
): Scored[] {
  const { ctx, pop, accounts, claimed, tick } = input
  const j = ctx.scenario.jurisdiction
  const today: IsoDate = ctx.referenceDate
  let genuineCount = 0
  return kinds.map((kind, n) => {
    ctx.reseed(PROCESS_STREAM.audit, n + 1)
    const b: BuildInput = {
      ctx,
      pop,
      accounts,
      claimed: claimed as Set<Tin>,
      j,
      caseId: id(today, n),
      year,
      vatPeriod,
      today,
    }
    const draft =
      kind === 'genuine'
        ? genuineCount++ % 2 === 0
          ? genuineBusiness(b, true)
          : ctx.draw.chance(0.5)
            ? genuineBusiness(b, false)
            : genuinePersonal(b)
        : BUILDERS[kind](b)
    const hits: RiskHit[] = draft.hits
      .filter((h) => weights[h.rule] > 0)
      .map((h) => ({ ...h, weight: weights[h.rule] }))
    const receivedOn = addDays(today, -ctx.draw.int(0, 10))
    tick()
    const score = riskScore(
      hits.map((h) => h.rule),
      weights,
    )
    return { kind, draft, hits, caseId: id(today, n), receivedOn, score }
  })
}

const rankingOf = (scored: readonly Scored[]) =>
  scored
    .map((d) => ({
      caseId: d.caseId,
      name: d.draft.data.name,
      score: d.score,
      estimate: d.draft.data.estimate.tax,
    }))
    .sort((a, b) => b.score - a.score || b.estimate - a.estimate || a.caseId.localeCompare(b.caseId))

export const generate: ProcessGenerator = (input) => {
  const { ctx, config: raw } = input
  const config = WorldConfigSchema.parse(raw)
  const j = ctx.scenario.jurisdiction
  const today: IsoDate = ctx.referenceDate
  ctx.reseed(PROCESS_STREAM.audit, 0)
  const kinds = ctx.draw.shuffle(kindsOf(config))
  const weights = ruleWeights(config.riskRules)
  const scored = draftAll(input, kinds, weights, auditYear(j, today), auditVatPeriod(j, today))
  const capacity = config.capacity ?? kinds.filter((k) => k !== 'genuine' && k !== 'explained-outlier').length
  const materiality = materialityFloor(j)
  const selection = selectCases(
    scored.map((d) => ({
      id: d.caseId,
      score: d.score,
      estimate: d.draft.data.estimate.tax,
      explained: d.draft.explained,
    })),
    config.threshold,
    capacity,
    materiality,
  )
  const ranking = rankingOf(scored)
  const cases: CaseRecord<AuditCaseData>[] = []
  const truth: CaseTruth[] = []
  for (const d of scored) {
    const data: AuditCaseData = {
      ...d.draft.data,
      hits: d.hits,
      score: d.score,
      threshold: config.threshold,
      capacity,
      ...(materiality > 0 ? { materiality } : {}),
      ranking,
    }
    const chosen = selection.get(d.caseId)!
    cases.push({
      id: d.caseId,
      process: 'audit',
      tin: data.tin,
      title: `${data.name} — ${data.taxType} ${data.period} — risk ${d.score}`,
      receivedOn: d.receivedOn,
      dueOn: addDays(d.receivedOn, config.screeningDays),
      amount: data.estimate.tax,
      priority: d.score >= config.threshold + 20 ? 'high' : d.score >= config.threshold ? 'normal' : 'low',
      data,
    })
    truth.push(truthOf(d.kind, d.draft, bestCommands(d.draft, d.hits, chosen), chosen, data, j, d.caseId))
  }
  return { cases, truth }
}

function truthOf(
  kind: AuditKind,
  draft: Draft,
  best: Command[],
  chosen: Selection,
  data: AuditCaseData,
  j: Parameters<typeof taxOnAdjustment>[3],
  caseId: string,
): CaseTruth {
  const { plan } = draft
  let expected: string
  let atStake = 0
  if (!chosen.select) {
    expected = `Do not select: ${NOT_SELECT_LABELS[chosen.reason].toLowerCase()}`
  } else if (plan.outcome === 'no-change') {
    expected = `Select for a ${plan.auditType} audit and close with no change`
  } else {
    const tax = taxOnAdjustment(data.basis, data.taxType, plan.adjustment!, j)
    atStake = tax + penaltyFor(plan.category!, tax, j)
    expected = `Select for a ${plan.auditType} audit, adjust by the amount the evidence supports (${plan.category} category)${plan.outcome === 'refer' ? ' and refer to investigation' : ' and issue the final assessment'}`
  }
  // One comparison word from the two figures, for every sentence that cites them.
  const comparison = data.score > data.threshold ? 'above' : data.score === data.threshold ? 'at' : 'below'
  const reason = chosen.select
    ? ''
    : chosen.reason === 'over-capacity'
      ? `Score ${data.score} is ${comparison} the threshold of ${data.threshold}, but higher-ranked candidates fill the capacity of ${data.capacity} audits: not selected, reason "over capacity".`
      : chosen.reason === 'below-threshold'
        ? `Score ${data.score} is ${comparison} the threshold of ${data.threshold}: not selected, reason "below threshold".`
        : chosen.reason === 'below-materiality'
          ? `Score ${data.score} reaches the threshold of ${data.threshold}, but the estimated tax at stake (${formatMoney(data.estimate.tax, j.currency)}) is below the materiality floor of ${formatMoney(data.materiality ?? 0, j.currency)}: not selected, reason "below materiality".`
          : ''
  const explanation =
    (kind === 'genuine' && !chosen.select) || (!chosen.select && chosen.reason === 'below-materiality')
      ? reason
      : [draft.explanation, reason].filter(Boolean).join(' ')
  return {
    caseId,
    process: 'audit',
    kind,
    expected,
    explanation,
    flags: draft.flags,
    ...(draft.clearing ? { clearing: draft.clearing } : {}),
    facts: {
      ...draft.facts,
      score: String(data.score),
      threshold: String(data.threshold),
      comparison,
    },
    evidence: chosen.select || chosen.reason === 'risk-explained' ? draft.evidence : ['risk'],
    tadat: draft.tadat,
    atStake,
    best,
  }
}
