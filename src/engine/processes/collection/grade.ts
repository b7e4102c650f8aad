/**
 * Grades the decision that closes a collection case against ground truth. The table is the
 * teaching position: lawful is not enough (least intrusive tool that works, only the disputed
 * part held, time to pay for a genuine short-term problem, prompt write-off of the uncollectible),
 * and over-reaction costs points as surely as a miss.
 */
import { formatMoney } from '../../rules/money'
import type { Jurisdiction } from '../../scenario/schema'
import type { IsoDate } from '../../world/types'
import type { Command, Verdict } from '../contract'
import type { CollectionCaseData } from './case-data'
import type { EnforcementTool } from './config.schema'
import type { CaseFacts } from './facts'
import type { CollectionKind } from './kinds'
import { TOOL_LABELS } from './commands'
import {
  agreementDecision,
  demandPeriodOver,
  installmentOf,
  intrusiveness,
  leastIntrusiveTool,
  monthlySurplus,
  reachable,
  realisticTerms,
} from './rules'

export interface GradeInput {
  kind: CollectionKind
  best: readonly Command[]
  facts: CaseFacts
  data: CollectionCaseData
  j: Jurisdiction
  /** The session's date when the decision was taken (defaults to the case's own dates). */
  today?: IsoDate
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

function judgeEnforcement(g: GradeInput, command: Command): Verdict {
  const { facts, j, kind } = g
  const money = (m: number) => formatMoney(m, j.currency)
  const tool = command.tool as EnforcementTool
  const amount = Number(command.amount)
  if (kind === 'cash-flow-problem')
    return tool === 'seizure'
      ? {
          grade: 'harmful',
          why: 'Assets of a compliant taxpayer with a temporary cash-flow problem were seized: time to pay was the answer.',
        }
      : {
          grade: 'wrong',
          why: 'Over-reaction: a compliant taxpayer with a genuine, temporary problem asked for a realistic schedule. Grant the agreement.',
        }
  if (kind === 'uncollectible')
    return {
      grade: 'wrong',
      why: 'The company is in liquidation with nothing to reach: enforcement costs more than it brings. Propose a write-off (and claim in the liquidation).',
    }
  const reach = reachable(tool, facts.sources, j)
  if (reach === 0)
    return {
      grade: 'wrong',
      why: `${TOOL_LABELS[tool]} reaches nothing here: the order collects nothing while the debt ages.`,
    }
  // Waiting out the period is only "late" when a freeze was lawful and was the best step; with
  // protectiveMeasures: false an immediate garnishment once lawful is the right answer.
  if (kind === 'asset-flight' && g.best.some((c) => c.type === 'collection.protectiveMeasure'))
    return {
      grade: 'acceptable',
      why: 'Lawful once the period was over, but the debtor was emptying the accounts while you waited: a protective freeze was available.',
    }
  if (kind === 'agreement-abuse' && agreementDecision(facts.defaults, j) === 'grant-with-security')
    return {
      grade: 'acceptable',
      why: `Defensible, but with ${facts.defaults} default(s) the profile allows a new agreement against security.`,
    }
  const best = leastIntrusiveTool(facts.sources, facts.enforceable, j)!
  const bestLabel = lower(TOOL_LABELS[best])
  const short =
    amount < facts.enforceable ? ` It collects ${money(amount)} of the ${money(facts.enforceable)} due.` : ''
  if (tool === best)
    return amount >= facts.enforceable
      ? {
          grade: 'correct',
          why: `Lawful and proportionate: ${bestLabel} is the least intrusive tool that reaches the debt.`,
        }
      : { grade: 'acceptable', why: `The right tool, but for less than is lawfully due.${short}` }
  if (intrusiveness(tool, j) > intrusiveness(best, j))
    return tool === 'seizure'
      ? {
          grade: 'wrong',
          why: `Disproportionate: seizure when a milder tool reaches the debt (${bestLabel}).`,
        }
      : {
          grade: 'acceptable',
          why: `Lawful but more intrusive than needed: ${bestLabel} reaches the whole debt.`,
        }
  const partly = `${TOOL_LABELS[tool]} reaches only ${money(reach)} of ${money(facts.enforceable)}; ${bestLabel} reaches the whole debt.`
  return reach * 2 < facts.enforceable
    ? { grade: 'wrong', why: `${partly} The order collects little while the debt ages.` }
    : { grade: 'acceptable', why: `A milder tool, but ${lower(partly)}` }
}

function judgeAgreement(g: GradeInput, command: Command): Verdict {
  const { facts, j, kind, data } = g
  const money = (m: number) => formatMoney(m, j.currency)
  const months = Number(command.months)
  const secured = command.security !== 'none'
  const decision = agreementDecision(facts.defaults, j)
  const surplus = data.cashFlow ? monthlySurplus(data.cashFlow.projected) : 0
  const terms = realisticTerms(facts.debt, surplus, j)
  const unrealistic = !terms || months < terms.min
  if (kind === 'agreement-abuse') {
    if (decision === 'refuse')
      return secured
        ? {
            grade: 'acceptable',
            why: `Security protects the revenue, but after ${facts.defaults} defaulted agreements the request should be refused and the debt enforced.`,
          }
        : {
            grade: 'harmful',
            why: `A fresh unsecured agreement for a taxpayer with ${facts.defaults} defaulted agreements: the debt keeps ageing.`,
          }
    if (!secured)
      return { grade: 'harmful', why: 'After a default a new agreement needs security; this one has none.' }
    return unrealistic
      ? { grade: 'acceptable', why: 'Secured, but the schedule is more than the cash flow can carry.' }
      : { grade: 'correct', why: 'A secured agreement, as the profile requires after a default.' }
  }
  if (kind === 'cash-flow-problem') {
    if (unrealistic)
      return {
        grade: 'wrong',
        why: `The instalment of ${money(installmentOf(facts.debt, months))} is more than the projected surplus of ${money(surplus)}: this schedule will default.`,
      }
    return secured
      ? {
          grade: 'acceptable',
          why: 'Time to pay was right, but security is an unnecessary burden on a compliant taxpayer with no defaults.',
        }
      : {
          grade: 'correct',
          why: 'Compliant, a genuine temporary problem and a realistic schedule within the legal maximum: grant.',
        }
  }
  return { grade: 'wrong', why: 'An instalment agreement was not what this case needed.' }
}

function judgeProtective(g: GradeInput): Verdict {
  switch (g.kind) {
    case 'asset-flight':
      return {
        grade: 'correct',
        why: 'Large transfers out after the demand notice: freezing the accounts now protects the debt.',
      }
    case 'cash-flow-problem':
      return {
        grade: 'harmful',
        why: 'The accounts of a compliant taxpayer asking for time to pay were frozen without any sign of flight.',
      }
    default:
      return {
        grade: 'wrong',
        why: 'No sign of assets being moved away: ordinary payments are not flight, and the period must be allowed to run.',
      }
  }
}

function judgeDiarise(g: GradeInput, history: readonly Command[]): Verdict {
  const bestDiarises = g.best.at(-1)?.type === 'collection.diarise'
  const served = !g.data.demand && history.some((c) => c.type === 'collection.serveDemand')
  switch (g.kind) {
    case 'asset-flight':
      return {
        grade: 'harmful',
        why: 'Waiting while the debtor moves money out of reach: a protective freeze was needed now.',
      }
    case 'cash-flow-problem':
      return {
        grade: 'wrong',
        why: 'The request for time to pay was left undecided; the taxpayer qualifies for an agreement.',
      }
    case 'uncollectible':
      return {
        grade: 'wrong',
        why: 'An uncollectible debt left on the books: propose the write-off with its documented criterion.',
      }
    default:
      if (bestDiarises && g.data.demand && g.today && demandPeriodOver(g.data.demand.servedOn, g.today, g.j))
        return {
          grade: 'wrong',
          why: 'The demand period was already over when you diarised: the debt was enforceable.',
        }
      if (bestDiarises && (g.data.demand || served))
        return {
          grade: 'correct',
          why: 'Nothing lawful to do until the demand period ends: diarised for follow-up.',
        }
      if (bestDiarises)
        return { grade: 'wrong', why: 'No demand notice was served: the demand period never starts.' }
      return {
        grade: 'wrong',
        why: 'The demand period is over and nothing stands in the way: every week of delay lowers the chance of recovery.',
      }
  }
}

function judgeWriteOff(g: GradeInput, history: readonly Command[]): Verdict {
  const proposal = history.findLast((c) => c.type === 'collection.proposeWriteOff')
  if (g.kind !== 'uncollectible')
    return { grade: 'harmful', why: 'A collectable debt was written off: revenue given away.' }
  const expected = g.best.find((c) => c.type === 'collection.proposeWriteOff')?.criterion
  return proposal?.criterion === expected
    ? {
        grade: 'correct',
        why: 'Written off on a documented criterion, approved by someone other than the proposer.',
      }
    : {
        grade: 'acceptable',
        why: `Written off, but on another criterion than the evidence documents best (${String(expected)}).`,
      }
}

/** Judges the final command alone; evidence diligence is applied by the session. */
export function judgeCollection(g: GradeInput, command: Command, history: readonly Command[]): Verdict {
  switch (command.type) {
    case 'collection.enforce':
      return judgeEnforcement(g, command)
    case 'collection.grantAgreement':
      return judgeAgreement(g, command)
    case 'collection.protectiveMeasure':
      return judgeProtective(g)
    case 'collection.diarise':
      return judgeDiarise(g, history)
    case 'collection.approveWriteOff':
      return judgeWriteOff(g, history)
    default:
      return { grade: 'wrong', why: `${command.type} does not close a collection case.` }
  }
}
