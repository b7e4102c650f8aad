/**
 * Generates the audit worklist: risk candidates of every declared kind, each with its return,
 * third-party data and history in the shared accounts. The scenario's named rules and weights
 * score them; the ranking under the threshold and capacity decides which ones the truth says
 * to audit, and the best commands follow from the same rules the grading reads.
 */
import { groupWhileWriting, stopGrouping } from '../../world/lookup'
import { declaredKinds } from '../world-schema'
import type { ProcessWorldConfig } from '../../scenario/schema'
import type { IsoDate, Tin } from '../../world/types'
import { PROCESS_STREAM, type ProcessGenerator } from '../../world/process-world'
import { addDays } from '../../primitives/calendar'
import { money, msg, type Msg } from '../../primitives/message'
import type { CaseRecord, CaseTruth, Command } from '../contract'
import { WorldConfigSchema } from './config.schema'
import type { BuildInput, Draft } from './draft'
import { auditVatPeriod, auditYear } from './history'
import { ANOMALIES, LOOKALIKES, type AuditKind } from './kinds'
import { notSelectInText } from './labels'
import {
  ruleWeights,
  riskScore,
  materialityFloor,
  selectCases,
  taxOnAdjustment,
  penaltyFor,
  type Selection,
} from './rules'
import { draftOf } from './recipes'
import type { AuditCaseData, RiskHit } from './types'
import { caseId } from '../../primitives/case-id'
import { taxTypeLabel } from '../../vocabulary'

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
  const seen = new Map<AuditKind, number>()
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
    const nth = seen.get(kind) ?? 0
    seen.set(kind, nth + 1)
    const draft = draftOf(kind, b, nth)
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

export const generate: ProcessGenerator<AuditCaseData> = (input) => {
  const { ctx, config: raw } = input
  const config = WorldConfigSchema.parse(raw)
  const j = ctx.scenario.jurisdiction
  const today: IsoDate = ctx.referenceDate
  ctx.reseed(PROCESS_STREAM.audit, 0)
  const kinds = ctx.draw.shuffle(kindsOf(config))
  const weights = ruleWeights(config.riskRules)
  // Each case reads and replaces one taxpayer's lines: grouped by TIN while drafting (lookup.ts).
  const lists = [input.accounts.ledger, input.accounts.returns, input.accounts.thirdParty]
  for (const list of lists) groupWhileWriting(list)
  let scored: Scored[]
  try {
    scored = draftAll(input, kinds, weights, auditYear(j, today), auditVatPeriod(j, today))
  } finally {
    for (const list of lists) stopGrouping(list)
  }
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
      title: msg('audit.case.title', {
        name: data.name,
        taxType: taxTypeLabel(data.taxType),
        period: data.period,
        score: d.score,
      }),
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

/** The best outcome in words: not selected (and why), or the audit the evidence calls for. */
function expectedOf(draft: Draft, chosen: Selection): Msg {
  const { plan } = draft
  if (!chosen.select) return msg('audit.truth.expected.notSelect', { reason: notSelectInText(chosen.reason) })
  if (plan.outcome === 'no-change') return msg('audit.truth.expected.noChange', { auditType: plan.auditType })
  return msg(plan.outcome === 'refer' ? 'audit.truth.expected.refer' : 'audit.truth.expected.assess', {
    auditType: plan.auditType,
    category: plan.category!,
  })
}

/** Why the ranking leaves a candidate out, citing the figures the selection read. */
function reasonOf(chosen: Selection, data: AuditCaseData, comparison: string): Msg | undefined {
  if (chosen.select) return undefined
  const figures = { score: data.score, threshold: data.threshold, comparison }
  switch (chosen.reason) {
    case 'over-capacity':
      return msg('audit.truth.reason.overCapacity', { ...figures, capacity: data.capacity })
    case 'below-threshold':
      return msg('audit.truth.reason.belowThreshold', figures)
    case 'below-materiality':
      return msg('audit.truth.reason.belowMateriality', {
        ...figures,
        atStake: money(data.estimate.tax),
        floor: money(data.materiality ?? 0),
      })
    default:
      return undefined
  }
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
  const assessed = chosen.select && plan.outcome !== 'no-change'
  const tax = assessed ? taxOnAdjustment(data.basis, data.taxType, plan.adjustment!, j) : 0
  const atStake = assessed ? tax + penaltyFor(plan.category!, tax, j) : 0
  // One comparison word from the two figures, for every sentence that cites them.
  const comparison = data.score > data.threshold ? 'above' : data.score === data.threshold ? 'at' : 'below'
  const reason = reasonOf(chosen, data, comparison)
  const alone = !chosen.select && (kind === 'genuine' || chosen.reason === 'below-materiality')
  const explanation = alone
    ? (reason ?? '')
    : reason
      ? msg('audit.truth.explain.withReason', { explanation: draft.explanation, reason })
      : draft.explanation
  return {
    caseId,
    process: 'audit',
    kind,
    expected: expectedOf(draft, chosen),
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
