/**
 * Grades a final filing decision against the generated truth. The table is the teaching position of
 * docs/domain.md §Filing: reject only structural defects, refer substantive doubts, correct honest
 * arithmetic summarily, demand before estimating, and estimate from evidence.
 */
import { money, msg, type Msg } from '../../primitives/message'
import type { CaseRecord, CaseTruth, Command, ProcessEnv, Verdict } from '../contract'
import type { FilingCaseData } from './case-data'
import { DECISION, FILING_COMMANDS, STEP } from './commands'
import { priorAverage, reasonableRange, thirdPartyEstimate } from './rules'
import { withTin } from '../../world/lookup'
import { commandName } from '../command-name'

/** The evidence-based range a default assessment must fall in for this case. */
export function estimateRange(
  record: CaseRecord<FilingCaseData>,
  env: ProcessEnv,
): { low: number; high: number; prior: number; thirdParty: number } {
  const d = record.data
  const j = env.jurisdiction
  const returns = withTin(env.world.returns, record.tin).filter((r) => r.taxType === 'VAT')
  const prior = priorAverage(returns, d.period, j.filing.estimatePeriods, j).average
  const tp = withTin(env.world.thirdParty, record.tin).filter((r) => r.period === d.period)
  const sum = (source: string) => tp.filter((r) => r.source === source).reduce((s, r) => s + r.amount, 0)
  const thirdParty = thirdPartyEstimate(sum('e-invoice'), sum('customs'), j)
  return { ...reasonableRange([prior, thirdParty], j), prior, thirdParty }
}

const v = (grade: Verdict['grade'], why: Msg): Verdict => ({ grade, why })

/** The case's right decision, named as the screen names it. */
function shouldHave(truth: CaseTruth): Verdict {
  const type = truth.best.at(-1)?.type
  const label = FILING_COMMANDS.find((c) => c.type === type)?.label
  return v('wrong', msg('filing.verdict.shouldHave', { decision: label ?? truth.expected }))
}

const SUBSTANTIVE = new Set(['nil-filer-with-activity', 'understated-return'])

export function gradeFiling(
  truth: CaseTruth,
  command: Command,
  history: readonly Command[],
  env: ProcessEnv,
  record?: CaseRecord<FilingCaseData>,
): Verdict {
  const kind = truth.kind
  if (kind === 'incomplete-return' && command.type !== DECISION.reject)
    return v(
      'wrong',
      command.type === DECISION.correctMathError
        ? msg('filing.verdict.incomplete.corrected')
        : command.type === DECISION.referForReview
          ? msg('filing.verdict.incomplete.referred')
          : msg('filing.verdict.incomplete.posted'),
    )
  switch (command.type) {
    case DECISION.accept:
      return gradeAccept(truth, command)
    case DECISION.correctMathError:
      return gradeCorrection(truth, command)
    case DECISION.referForReview:
      return gradeReferral(kind)
    case DECISION.reject:
      if (kind === 'incomplete-return') return v('correct', msg('filing.verdict.reject.right'))
      return v(
        'wrong',
        SUBSTANTIVE.has(kind) ? msg('filing.verdict.reject.substantive') : msg('filing.verdict.reject.wrong'),
      )
    case DECISION.closeAssessed:
      return gradeAssessment(truth, history, env, record)
    case DECISION.startDormancy:
      if (kind !== 'dormant') return v('harmful', msg('filing.verdict.dormancy.trading'))
      return history.some((c) => c.type === STEP.sendDemand)
        ? v('acceptable', msg('filing.verdict.dormancy.needlessDemand'))
        : v('correct', msg('filing.verdict.dormancy.right'))
    default:
      return v(
        'wrong',
        msg('filing.verdict.notFinal', { command: commandName(FILING_COMMANDS, command.type) }),
      )
  }
}

function gradeAccept(truth: CaseTruth, command: Command): Verdict {
  const expected = truth.best.at(-1) as Command
  const kind = truth.kind
  if (SUBSTANTIVE.has(kind))
    return v('harmful', msg('filing.verdict.accept.contradicted', { amount: money(truth.atStake) }))
  if (kind === 'arithmetic-error')
    return v(
      'wrong',
      msg('filing.verdict.accept.arithmetic', { corrected: money(Number(expected.correctedTaxDue)) }),
    )
  if (kind === 'stop-filer')
    return command.penalty === 'apply'
      ? v('correct', msg('filing.verdict.accept.stopFilerPenalty'))
      : v('wrong', msg('filing.verdict.accept.stopFilerNoPenalty'))
  if (expected.type !== DECISION.accept) return shouldHave(truth)
  if (command.penalty === expected.penalty)
    return v(
      'correct',
      kind === 'late-with-reasonable-cause'
        ? msg('filing.verdict.accept.waived')
        : expected.penalty === 'apply'
          ? msg('filing.verdict.accept.penalised')
          : msg('filing.verdict.accept.onTime'),
    )
  if (command.penalty === 'waive')
    return v('wrong', msg('filing.verdict.accept.wrongWaiver', { amount: money(truth.atStake) }))
  return v('wrong', msg('filing.verdict.accept.wrongPenalty', { amount: money(truth.atStake) }))
}

function gradeCorrection(truth: CaseTruth, command: Command): Verdict {
  const expected = truth.best.at(-1) as Command
  if (truth.kind === 'arithmetic-error')
    return command.correctedTaxDue === expected.correctedTaxDue
      ? v('correct', msg('filing.verdict.correction.right'))
      : v(
          'wrong',
          msg('filing.verdict.correction.wrongAmount', {
            corrected: money(Number(expected.correctedTaxDue)),
          }),
        )
  if (SUBSTANTIVE.has(truth.kind)) return v('wrong', msg('filing.verdict.correction.substantive'))
  return v('wrong', msg('filing.verdict.correction.noError'))
}

function gradeReferral(kind: string): Verdict {
  if (SUBSTANTIVE.has(kind)) return v('correct', msg('filing.verdict.referral.right'))
  if (kind === 'arithmetic-error') return v('wrong', msg('filing.verdict.referral.arithmetic'))
  if (kind === 'stop-filer') return v('acceptable', msg('filing.verdict.referral.stopFiler'))
  return v('wrong', msg('filing.verdict.referral.noDoubt'))
}

function gradeAssessment(
  truth: CaseTruth,
  history: readonly Command[],
  env: ProcessEnv,
  record: CaseRecord<FilingCaseData> | undefined,
): Verdict {
  const issued = history.findLast((c) => c.type === STEP.defaultAssessment)
  if (truth.kind === 'dormant') return v('harmful', msg('filing.verdict.assessment.dormant'))
  if (!record || !issued || truth.kind !== 'stop-filer') return shouldHave(truth)
  const range = estimateRange(record, env)
  const amount = Number(issued.amount)
  const evidence = msg('filing.verdict.assessment.evidence', {
    prior: money(range.prior),
    thirdParty: money(range.thirdParty),
  })
  if (amount >= range.low && amount <= range.high)
    return v('correct', msg('filing.verdict.assessment.right', { evidence }))
  if (amount * 2 >= range.low && amount <= range.high * 2)
    return v('acceptable', msg('filing.verdict.assessment.unreasonable', { amount: money(amount), evidence }))
  return v('wrong', msg('filing.verdict.assessment.arbitrary', { amount: money(amount), evidence }))
}
