/**
 * Returns that came in and wait to be processed: nil returns against e-invoiced sales, sales
 * understated against them, a paper return with blank mandatory lines, an honest arithmetic slip,
 * a late return with a documented cause, and genuine returns (on time, or late without a
 * documented cause).
 */
import { dueDate, previousPeriod } from '../../rules/calendar'
import { percentOf } from '../../rules/money'
import { lateFilingPenalty } from '../../rules/penalties'
import { addDays, daysBetween } from '../../primitives/calendar'
import {
  baseData,
  C,
  H,
  history,
  honest,
  monthOf,
  T,
  V,
  type BuiltCase,
  type CaseSetup,
  type PeriodPlan,
} from './case-kit'
import type { ReturnLine } from '../../world/types'
import { money, msg } from '../../primitives/message'
import { claimFor } from './claims'
import { DECISION } from './commands'
import {
  declared,
  onTime,
  periodRecords,
  periodsBack,
  roundFigure,
  tradingProfile,
  type Filing,
} from './history'
import type { FilingKind } from './kinds'
import { VAT_LINE, VAT_LINE_LABEL, lineAmount, recompute, thirdPartyEstimate, vatLines } from './rules'

export function receivedCase(s: CaseSetup, kind: Exclude<FilingKind, 'stop-filer' | 'dormant'>): BuiltCase {
  const genuineLate = kind === 'genuine' && s.draw.chance(0.5)
  const late = kind === 'late-with-reasonable-cause' || genuineLate
  let period = s.lastDue
  if (late && daysBetween(dueDate('VAT', period, s.j), s.today) < 10) period = previousPeriod(period)
  const due = dueDate('VAT', period, s.j)
  const filedOn = late
    ? addDays(due, s.draw.int(4, Math.min(40, daysBetween(due, s.today) - 1)))
    : onTime(s.draw, due, s.today)
  const profile = tradingProfile(s.draw, s.taxpayer)
  const nilFrom = kind === 'nil-filer-with-activity' ? periodsBack(period, s.draw.int(2, 4)) : null
  const plan: PeriodPlan = (m) => {
    if (nilFrom && m.period >= nilFrom && m.period !== period)
      return {
        status: 'filed',
        filedOn: onTime(s.draw, dueDate('VAT', m.period, s.j), s.today),
        lines: vatLines(0, 0, s.j),
        channel: 'e-filing',
      }
    return m.period === period ? { status: 'missing' } : honest(s, m, kind === 'genuine' ? 0.08 : 0)
  }
  const { months, accounts } = history(s, profile, () => 1, plan, { unposted: period })
  const m = monthOf(months, period)
  const data = baseData(s, period, 'received')
  const story = STORIES[kind]({
    s,
    m,
    lines: declared(m, 1, s.j),
    period,
    nilFrom,
    profile,
    data,
    due,
    filedOn,
    late,
  })
  const lines = story.lines
  const filed: Filing = {
    status: 'filed',
    filedOn,
    lines,
    channel: kind === 'incomplete-return' || s.draw.chance(0.2) ? 'paper' : 'e-filing',
  }
  const own = periodRecords(s.taxpayer, m, filed, s.j, { posted: false, thirdParty: false })
  accounts.returns = accounts.returns.map((r) => (r.period === period ? (own.returns[0] ?? r) : r))
  accounts.ledger.push(...own.ledger)
  return { data, accounts, truth: story.truth, filedOn, shownAmount: lineAmount(lines, 'net') }
}

/** What a received-return story starts from. */
interface Received {
  s: CaseSetup
  m: ReturnType<typeof monthOf>
  /** The return as an honest taxpayer would file it. */
  lines: ReturnLine[]
  period: string
  nilFrom: string | null
  profile: ReturnType<typeof tradingProfile>
  data: ReturnType<typeof baseData>
  due: string
  filedOn: string
  late: boolean
}

/** The two mandatory lines an incomplete return leaves blank, named in the reader's language. */
export const BLANK_LINES = { input: VAT_LINE_LABEL.input, netLine: VAT_LINE_LABEL.net }

type Story = (r: Received) => { lines: ReturnLine[]; truth: BuiltCase['truth'] }

const STORIES: Record<Exclude<FilingKind, 'stop-filer' | 'dormant'>, Story> = {
  'nil-filer-with-activity': ({ s, m, period, nilFrom }) => {
    const tp = thirdPartyEstimate(m.invoiced, m.imports, s.j)
    return {
      lines: vatLines(0, 0, s.j),
      truth: {
        expected: msg('filing.world.nilFiler.expected'),
        explanation: msg('filing.world.nilFiler.explanation', {
          invoiced: money(m.invoiced),
          period,
          nilFrom: String(nilFrom),
          thirdParty: money(tp),
        }),
        flags: [
          msg('filing.world.nilFiler.flagNil', { nilFrom: String(nilFrom) }),
          msg('filing.world.nilFiler.flagInvoices', { invoiced: money(m.invoiced), period }),
        ],
        evidence: ['third-party'],
        tadat: ['P6-16'],
        atStake: tp,
        best: [H, T, V, { type: DECISION.referForReview, reason: 'Nil returns while e-invoices show sales' }],
      },
    }
  },
  'understated-return': ({ s, m, profile }) => {
    const sales = roundFigure(m.invoiced * s.draw.float(0.4, 0.65), s.j)
    const gap = percentOf(m.invoiced - sales, s.j.rates.vat, s.j.rounding)
    return {
      lines: vatLines(sales, roundFigure(sales * profile.purchaseRatio, s.j), s.j),
      truth: {
        expected: msg('filing.world.understated.expected'),
        explanation: msg('filing.world.understated.explanation', {
          sales: money(sales),
          invoiced: money(m.invoiced),
          gap: money(gap),
        }),
        flags: [
          msg('filing.world.understated.flagBelow', { sales: money(sales), invoiced: money(m.invoiced) }),
          msg('filing.world.understated.flagHistory'),
        ],
        evidence: ['third-party'],
        tadat: ['P6-16'],
        atStake: gap,
        best: [H, T, V, { type: DECISION.referForReview, reason: 'Declared sales below e-invoiced sales' }],
      },
    }
  },
  'incomplete-return': ({ lines }) => {
    const blank = [VAT_LINE.input, VAT_LINE.net]
    const net = lineAmount(lines, 'net')
    return {
      lines: lines.filter((l) => !blank.includes(l.label as never)),
      truth: {
        expected: msg('filing.world.incomplete.expected'),
        explanation: msg('filing.world.incomplete.explanation', { ...BLANK_LINES, net: money(net) }),
        flags: [msg('filing.world.incomplete.flag', BLANK_LINES)],
        evidence: ['validation'],
        tadat: ['P4-10'],
        atStake: net,
        best: [
          H,
          V,
          { type: DECISION.reject, reason: 'Mandatory lines blank: input VAT and net VAT payable' },
        ],
      },
    }
  },
  'arithmetic-error': ({ s, m, lines: honestLines }) => {
    const wrong = transposed(lineAmount(honestLines, 'net'), s)
    const lines = declared(m, 1, s.j, wrong)
    const correct = recompute(lines, s.j).taxDue
    return {
      lines,
      truth: {
        expected: msg('filing.world.arithmetic.expected', { correct: money(correct) }),
        explanation: msg('filing.world.arithmetic.explanation', {
          correct: money(correct),
          wrong: money(wrong),
        }),
        flags: [msg('filing.world.arithmetic.flag')],
        evidence: ['validation'],
        tadat: ['P6-16', 'P4-10'],
        atStake: Math.abs(wrong - correct),
        best: [H, V, { type: DECISION.correctMathError, correctedTaxDue: correct }],
      },
    }
  },
  'late-with-reasonable-cause': ({ s, lines, data, due, filedOn }) => {
    const claim = claimFor(s, due, filedOn, true)
    data.claim = claim
    const penalty = lateFilingPenalty(lineAmount(lines, 'net'), due, filedOn, s.j)
    return {
      lines,
      truth: {
        expected: msg('filing.world.reasonable.expected'),
        explanation: msg('filing.world.reasonable.explanation', {
          days: daysBetween(due, filedOn),
          cause: claim.cause,
          penalty: money(penalty),
        }),
        flags: [msg('filing.world.reasonable.flagLate', { days: daysBetween(due, filedOn) })],
        clearing: [msg('filing.world.reasonable.clearing', { cause: claim.cause })],
        evidence: ['claim'],
        tadat: ['P4-10'],
        atStake: penalty,
        best: [H, V, C, { type: DECISION.accept, penalty: 'waive' }],
      },
    }
  },
  genuine: ({ s, lines, data, due, filedOn, late }) => {
    const penalty = late ? lateFilingPenalty(lineAmount(lines, 'net'), due, filedOn, s.j) : 0
    if (late && s.draw.chance(0.7)) data.claim = claimFor(s, due, filedOn, false)
    return {
      lines,
      truth: {
        expected: late
          ? msg('filing.world.genuine.lateExpected', { penalty: money(penalty) })
          : msg('filing.world.genuine.expected'),
        explanation: late
          ? msg('filing.world.genuine.lateExplanation', {
              days: daysBetween(due, filedOn),
              claim: data.claim ? 'undocumented' : 'none',
            })
          : msg('filing.world.genuine.explanation'),
        flags: [],
        evidence: ['validation'],
        tadat: ['P4-10'],
        atStake: penalty,
        best: [V, T, ...(data.claim ? [C] : []), { type: DECISION.accept, penalty: late ? 'apply' : 'none' }],
      },
    }
  },
}

/** The net figure with two adjacent digits swapped (a transcription slip). */
function transposed(net: number, s: CaseSetup): number {
  const unit = 10 ** s.j.currency.minorUnits
  const digits = String(Math.round(net / unit)).split('')
  const candidates: number[] = []
  for (let i = 1; i + 1 < digits.length - 2; i++) if (digits[i] !== digits[i + 1]) candidates.push(i)
  if (candidates.length === 0) return net + 100_000 * unit
  const i = s.draw.pick(candidates)
  ;[digits[i], digits[i + 1]] = [digits[i + 1] as string, digits[i] as string]
  return Number(digits.join('')) * unit
}
