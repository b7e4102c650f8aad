/**
 * Grades the decision that closes a collection case against ground truth. The table is the
 * teaching position: lawful is not enough (least intrusive tool that works, only the disputed
 * part held, time to pay for a genuine short-term problem, prompt write-off of the uncollectible),
 * and over-reaction costs points as surely as a miss.
 */
import { money, msg, type Msg } from '../../primitives/message'
import type { Jurisdiction } from '../../scenario/schema'
import type { IsoDate } from '../../world/types'
import type { Command, Verdict } from '../contract'
import type { CollectionCaseData } from './case-data'
import type { EnforcementTool } from './config.schema'
import type { CaseFacts } from './facts'
import type { CollectionKind } from './kinds'
import { COLLECTION_COMMANDS, TOOL_LABELS } from './commands'
import { TOOL_NAMES } from './collection.machine'
import { commandName } from '../command-name'
import {
  agreementDecision,
  demandPeriodOver,
  installmentOf,
  intrusiveness,
  leastIntrusiveTool,
  monthlySurplus,
  reachable,
  realisticTerms,
  WRITE_OFF_CRITERIA,
  WRITE_OFF_CRITERION_LABELS,
  type WriteOffCriterion,
} from './rules'

const isCriterion = (v: unknown): v is WriteOffCriterion =>
  (WRITE_OFF_CRITERIA as readonly unknown[]).includes(v)

export interface GradeInput {
  kind: CollectionKind
  best: readonly Command[]
  facts: CaseFacts
  data: CollectionCaseData
  j: Jurisdiction
  /** The session's date when the decision was taken (defaults to the case's own dates). */
  today?: IsoDate
}

const verdict = (grade: Verdict['grade'], why: Msg): Verdict => ({ grade, why })

/** Enforcing where the case needed something else altogether, or with a tool that reaches nothing. */
function misjudgedEnforcement(g: GradeInput, tool: EnforcementTool): Verdict | undefined {
  const { facts, j, kind } = g
  if (kind === 'cash-flow-problem')
    return tool === 'seizure'
      ? verdict('harmful', msg('collection.verdict.enforce.seizedCashFlow'))
      : verdict('wrong', msg('collection.verdict.enforce.overReaction'))
  if (kind === 'uncollectible') return verdict('wrong', msg('collection.verdict.enforce.uncollectible'))
  if (reachable(tool, facts.sources, j) === 0)
    return verdict('wrong', msg('collection.verdict.enforce.reachesNothing', { tool: TOOL_LABELS[tool] }))
  // Waiting out the period is only "late" when a freeze was lawful and was the best step; with
  // protectiveMeasures: false an immediate garnishment once lawful is the right answer.
  if (kind === 'asset-flight' && g.best.some((c) => c.type === 'collection.protectiveMeasure'))
    return verdict('acceptable', msg('collection.verdict.enforce.freezeAvailable'))
  if (kind === 'agreement-abuse' && agreementDecision(facts.defaults, j) === 'grant-with-security')
    return verdict(
      'acceptable',
      msg('collection.verdict.enforce.securityAllowed', { defaults: facts.defaults }),
    )
  return undefined
}

function judgeEnforcement(g: GradeInput, command: Command): Verdict {
  const { facts, j } = g
  const tool = command.tool as EnforcementTool
  const amount = Number(command.amount)
  const misjudged = misjudgedEnforcement(g, tool)
  if (misjudged) return misjudged
  const reach = reachable(tool, facts.sources, j)
  const best = leastIntrusiveTool(facts.sources, facts.enforceable, j)!
  const bestName = TOOL_NAMES[best]
  if (tool === best)
    return amount >= facts.enforceable
      ? verdict('correct', msg('collection.verdict.enforce.proportionate', { best: bestName }))
      : verdict(
          'acceptable',
          msg('collection.verdict.enforce.short', { amount: money(amount), due: money(facts.enforceable) }),
        )
  if (intrusiveness(tool, j) > intrusiveness(best, j))
    return tool === 'seizure'
      ? verdict('wrong', msg('collection.verdict.enforce.disproportionate', { best: bestName }))
      : verdict('acceptable', msg('collection.verdict.enforce.moreIntrusive', { best: bestName }))
  const partly = {
    tool: TOOL_LABELS[tool],
    toolName: TOOL_NAMES[tool],
    reach: money(reach),
    due: money(facts.enforceable),
    best: bestName,
  }
  return reach * 2 < facts.enforceable
    ? verdict('wrong', msg('collection.verdict.enforce.reachesLittle', partly))
    : verdict('acceptable', msg('collection.verdict.enforce.milderPartly', partly))
}

function judgeAgreement(g: GradeInput, command: Command): Verdict {
  const { facts, j, kind, data } = g
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
            why: msg('collection.verdict.agreement.securedAbuse', { defaults: facts.defaults }),
          }
        : {
            grade: 'harmful',
            why: msg('collection.verdict.agreement.unsecuredAbuse', { defaults: facts.defaults }),
          }
    if (!secured) return { grade: 'harmful', why: msg('collection.verdict.agreement.noSecurity') }
    return unrealistic
      ? { grade: 'acceptable', why: msg('collection.verdict.agreement.securedUnrealistic') }
      : { grade: 'correct', why: msg('collection.verdict.agreement.secured') }
  }
  if (kind === 'cash-flow-problem') {
    if (unrealistic)
      return {
        grade: 'wrong',
        why: msg('collection.verdict.agreement.unrealistic', {
          instalment: money(installmentOf(facts.debt, months)),
          surplus: money(surplus),
        }),
      }
    return secured
      ? {
          grade: 'acceptable',
          why: msg('collection.verdict.agreement.needlessSecurity'),
        }
      : {
          grade: 'correct',
          why: msg('collection.verdict.agreement.granted'),
        }
  }
  return { grade: 'wrong', why: msg('collection.verdict.agreement.notNeeded') }
}

function judgeProtective(g: GradeInput): Verdict {
  switch (g.kind) {
    case 'asset-flight':
      return {
        grade: 'correct',
        why: msg('collection.verdict.protective.flight'),
      }
    case 'cash-flow-problem':
      return {
        grade: 'harmful',
        why: msg('collection.verdict.protective.cashFlow'),
      }
    default:
      return {
        grade: 'wrong',
        why: msg('collection.verdict.protective.noFlight'),
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
        why: msg('collection.verdict.diarise.flight'),
      }
    case 'cash-flow-problem':
      return {
        grade: 'wrong',
        why: msg('collection.verdict.diarise.cashFlow'),
      }
    case 'uncollectible':
      return {
        grade: 'wrong',
        why: msg('collection.verdict.diarise.uncollectible'),
      }
    default:
      if (bestDiarises && g.data.demand && g.today && demandPeriodOver(g.data.demand.servedOn, g.today, g.j))
        return {
          grade: 'wrong',
          why: msg('collection.verdict.diarise.periodOver'),
        }
      if (bestDiarises && (g.data.demand || served))
        return {
          grade: 'correct',
          why: msg('collection.verdict.diarise.waiting'),
        }
      if (bestDiarises) return { grade: 'wrong', why: msg('collection.verdict.diarise.noDemand') }
      return {
        grade: 'wrong',
        why: msg('collection.verdict.diarise.delay'),
      }
  }
}

function judgeWriteOff(g: GradeInput, history: readonly Command[]): Verdict {
  const proposal = history.findLast((c) => c.type === 'collection.proposeWriteOff')
  if (g.kind !== 'uncollectible')
    return { grade: 'harmful', why: msg('collection.verdict.writeOff.collectable') }
  const expected = g.best.find((c) => c.type === 'collection.proposeWriteOff')?.criterion
  return proposal?.criterion === expected
    ? {
        grade: 'correct',
        why: msg('collection.verdict.writeOff.approved'),
      }
    : {
        grade: 'acceptable',
        why: msg('collection.verdict.writeOff.otherCriterion', {
          criterion: isCriterion(expected) ? WRITE_OFF_CRITERION_LABELS[expected] : String(expected),
        }),
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
      return {
        grade: 'wrong',
        why: msg('collection.verdict.notClosing', {
          command: commandName(COLLECTION_COMMANDS, command.type),
        }),
      }
  }
}
