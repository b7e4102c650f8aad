/**
 * Grades a final filing decision against the generated truth. The table is the teaching position of
 * docs/domain.md §Filing: reject only structural defects, refer substantive doubts, correct honest
 * arithmetic summarily, demand before estimating, and estimate from evidence.
 */
import { formatMoney } from '../../rules/money'
import type { CaseRecord, CaseTruth, Command, ProcessEnv, Verdict } from '../contract'
import type { FilingCaseData } from './case-data'
import { DECISION, STEP } from './commands'
import { priorAverage, reasonableRange, thirdPartyEstimate } from './rules'
import { withTin } from '../../world/lookup'

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

const v = (grade: Verdict['grade'], why: string): Verdict => ({ grade, why })

export function gradeFiling(
  truth: CaseTruth,
  command: Command,
  history: readonly Command[],
  env: ProcessEnv,
  record?: CaseRecord<FilingCaseData>,
): Verdict {
  const m = (minor: number) => formatMoney(minor, env.jurisdiction.currency)
  const expected = truth.best.at(-1) as Command
  const kind = truth.kind
  const substantive = kind === 'nil-filer-with-activity' || kind === 'understated-return'
  if (kind === 'incomplete-return' && command.type !== DECISION.reject)
    return v(
      'wrong',
      command.type === DECISION.correctMathError
        ? 'Blank lines are not an arithmetic slip: filling them in for the taxpayer is not a math-error correction. Reject the return so a complete one is filed.'
        : command.type === DECISION.referForReview
          ? 'A reviewer cannot examine a return that is not complete: reject it as structurally invalid.'
          : 'Posted a return with its mandatory lines blank: no liability can be taken from it. Reject it so a complete return is filed.',
    )
  switch (command.type) {
    case DECISION.accept: {
      if (substantive)
        return v(
          'harmful',
          `Posted a return the third-party data contradicts: about ${m(truth.atStake)} of VAT goes unassessed. Refer it for desk review.`,
        )
      if (kind === 'arithmetic-error')
        return v(
          'wrong',
          `Posted with the arithmetic error: the account now shows the wrong liability. Correct it to ${m(Number(expected.correctedTaxDue))} and send a math-error notice.`,
        )
      if (kind === 'stop-filer')
        return command.penalty === 'apply'
          ? v(
              'correct',
              'The demand obtained the declaration: posted, with the late-filing penalty of the profile.',
            )
          : v(
              'wrong',
              'The return came only after a demand to file: there is no reasonable cause, so the penalty applies.',
            )
      if (expected.type !== DECISION.accept) return v('wrong', truth.expected)
      if (command.penalty === expected.penalty)
        return v(
          'correct',
          kind === 'late-with-reasonable-cause'
            ? 'Posted, with the penalty waived for a documented reasonable cause that covers the due date.'
            : expected.penalty === 'apply'
              ? 'Posted, with the late-filing penalty of the profile: there is no documented reasonable cause.'
              : 'Posted: a complete, consistent return filed on time.',
        )
      if (command.penalty === 'waive')
        return v(
          'wrong',
          `Waived the penalty without a documented reasonable cause: ${m(truth.atStake ? truth.atStake : 0)} of revenue given away, and other late filers were charged.`,
        )
      return v(
        'wrong',
        `Penalised a taxpayer who documented a reasonable cause covering the due date: the ${m(truth.atStake)} penalty should have been waived.`,
      )
    }
    case DECISION.correctMathError:
      if (kind === 'arithmetic-error')
        return command.correctedTaxDue === expected.correctedTaxDue
          ? v(
              'correct',
              'Corrected summarily and the notice tells the taxpayer how to contest: the right route for an honest slip.',
            )
          : v(
              'wrong',
              `The notice states the wrong liability: output VAT minus input VAT is ${m(Number(expected.correctedTaxDue))}.`,
            )
      if (substantive)
        return v(
          'wrong',
          'A substantive disagreement is not a math error: the summary route would deny the taxpayer a proper review. Refer it for desk review.',
        )
      return v(
        'wrong',
        'There was no arithmetic error on this return: the "correction" changes a correct liability.',
      )
    case DECISION.referForReview:
      if (substantive)
        return v(
          'correct',
          'Referred: the figures are in substantive doubt against the third-party data, which is a matter for review and reassessment.',
        )
      if (kind === 'arithmetic-error')
        return v(
          'wrong',
          'Over-reaction: an isolated arithmetic slip with a clean history is corrected summarily with a math-error notice, not referred.',
        )
      if (kind === 'stop-filer')
        return v(
          'acceptable',
          'The declaration was obtained and nothing in it is in doubt: post it with the late-filing penalty rather than tie up a reviewer.',
        )
      return v(
        'wrong',
        'Over-reaction: nothing in the return, its history or the third-party data raises a doubt.',
      )
    case DECISION.reject:
      if (kind === 'incomplete-return')
        return v(
          'correct',
          'Rejected for a structural defect: without its mandatory lines the return cannot be processed, and the obligation stays open until a complete return is filed.',
        )
      return v(
        'wrong',
        substantive
          ? 'The return passed the structural checks: a doubt about its figures is for review, not rejection. Rejecting treats the taxpayer as a non-filer and loses the declaration.'
          : 'Reject only for structural defects: this return passed the structural checks.',
      )
    case DECISION.closeAssessed: {
      const issued = history.findLast((c) => c.type === STEP.defaultAssessment)
      if (kind === 'dormant')
        return v(
          'harmful',
          'Assessed tax on a business with no activity at all: nothing in the third-party data supports an estimate. Start the dormancy procedure.',
        )
      if (!record || !issued || kind !== 'stop-filer') return v('wrong', truth.expected)
      const range = estimateRange(record, env)
      const amount = Number(issued.amount)
      const why = `prior returns give ${m(range.prior)}, third-party turnover ${m(range.thirdParty)}`
      if (amount >= range.low && amount <= range.high)
        return v(
          'correct',
          `Demand served, period run out, then a default assessment on evidence (${why}). A return filed later replaces it.`,
        )
      if (amount * 2 >= range.low && amount <= range.high * 2)
        return v(
          'acceptable',
          `The procedure was right, but ${m(amount)} is not a reasonable estimate: ${why}.`,
        )
      return v(
        'wrong',
        `An arbitrary figure: ${m(amount)} is far from the evidence (${why}). A default assessment must be a reasonable estimate.`,
      )
    }
    case DECISION.startDormancy:
      if (kind === 'dormant')
        return history.some((c) => c.type === STEP.sendDemand)
          ? v(
              'acceptable',
              'Dormancy was right, but the demand to file was unnecessary: the third-party data already showed no activity.',
            )
          : v(
              'correct',
              'Dormancy: no e-invoices, no imports, sales down to nil. Nothing to demand or assess.',
            )
      return v(
        'harmful',
        'E-invoices and imports show the business still trades: dormancy lets a stop-filer escape. Demand the return, then assess by default.',
      )
    default:
      return v('wrong', `${command.type} does not close a filing case.`)
  }
}
