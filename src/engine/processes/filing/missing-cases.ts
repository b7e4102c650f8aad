/**
 * Returns that never came: the stop-filer (still trading in third-party data) and its
 * look-alike, the dormant business (no activity at all). The world decides how a stop-filer
 * answers a demand to file: within its period, only after a default assessment, or never.
 */
import { dueDate, previousPeriod } from '../../rules/calendar'
import { lateFilingPenalty } from '../../rules/penalties'
import { addDays, daysBetween } from '../../primitives/calendar'
import type { CaseTruth } from '../contract'
import { day, money, msg, type Text } from '../../primitives/message'
import { baseData, D, H, history, honest, monthOf, T, V, type BuiltCase, type CaseSetup } from './case-kit'
import { DECISION, STEP } from './commands'
import { declared, periodRange, periodsBack, tradingProfile } from './history'
import { demandExpiry, lineAmount, priorAverage, thirdPartyEstimate } from './rules'
import { waitDays } from './wait'

function firstMissed(s: CaseSetup): string {
  let p = periodsBack(s.lastDue, s.settings.missedPeriods - 1)
  while (addDays(dueDate('VAT', p, s.j), s.settings.reminderAfterDays) >= s.today) p = previousPeriod(p)
  return p
}

export function missingCase(s: CaseSetup, kind: 'stop-filer' | 'dormant'): BuiltCase {
  const period = firstMissed(s)
  const due = dueDate('VAT', period, s.j)
  const stop = kind === 'stop-filer'
  const profile = tradingProfile(s.draw, s.taxpayer, { importer: stop })
  if (stop) {
    profile.invoicedShare = s.draw.float(0.9, 0.98)
    profile.importShare = s.draw.float(0.6, 0.85)
  }
  const before = periodRange(s.first, previousPeriod(period))
  const levelOf = (p: string) => {
    if (stop) return 1
    if (p >= period) return 0
    const fromEnd = before.length - before.indexOf(p)
    return fromEnd <= 2 ? 0 : fromEnd === 3 ? 0.15 : fromEnd === 4 ? 0.35 : fromEnd === 5 ? 0.6 : 1
  }
  const { months, accounts } = history(s, profile, levelOf, (m) =>
    m.period >= period ? { status: 'missing' } : honest(s, m),
  )
  const data = baseData(s, period, 'missing')
  data.reminderOn = addDays(due, s.settings.reminderAfterDays)
  data.alsoMissing = months.filter((m) => m.period > period).map((m) => m.period)
  const prior = priorAverage(accounts.returns, period, s.j.filing.estimatePeriods, s.j)
  const m = monthOf(months, period)
  const lastFiled = accounts.returns.filter((r) => r.filedOn !== null).at(-1)?.taxDue ?? 0
  const flags: Text[] = [
    msg('filing.world.missing.flagSince', {
      since: previousPeriod(period),
      count: 1 + data.alsoMissing.length,
    }),
  ]
  const missing: Missing = { s, period, due, before, data, accounts, prior, m, lastFiled, flags }
  return stop ? stopFiler(missing) : dormant(missing)
}

/** What both missing-return stories start from. */
interface Missing {
  s: CaseSetup
  period: string
  due: string
  /** The periods filed before the returns stopped. */
  before: string[]
  data: BuiltCase['data']
  accounts: BuiltCase['accounts']
  prior: ReturnType<typeof priorAverage>
  m: ReturnType<typeof monthOf>
  lastFiled: number
  flags: Text[]
}

/** The look-alike: no activity at all, so dormancy rather than a demand. */
function dormant({ period, before, data, accounts, prior, lastFiled, flags }: Missing): BuiltCase {
  return {
    data,
    accounts,
    filedOn: null,
    shownAmount: lastFiled,
    truth: {
      expected: msg('filing.world.dormant.expected'),
      explanation: msg('filing.world.dormant.explanation', { after: before.at(-3) ?? period }),
      flags: [...flags, msg('filing.world.dormant.flagNil'), msg('filing.world.dormant.flagNoActivity')],
      evidence: ['filing-history', 'third-party'],
      tadat: ['P4-10', 'P1-1'],
      atStake: prior.average,
      best: [H, T, { type: DECISION.startDormancy }],
    },
  }
}

/** Still trading: a demand, then the world's answer decides between posting late and a default assessment. */
function stopFiler(x: Missing): BuiltCase {
  const { s, period, due, before, data, accounts, prior, m, lastFiled, flags } = x
  const served = s.today
  const expiry = demandExpiry(served, s.j)
  const { responds, afterDays, lines } = responseOf(s, m)
  data.response = afterDays === null ? null : { afterDays, lines, taxDue: lineAmount(lines, 'net') }
  const tp = thirdPartyEstimate(m.invoiced, m.imports, s.j)
  const arrives = afterDays === null ? null : addDays(served, s.j.deadlines.deemedReceiptDays + afterDays)
  const common = {
    flags: [
      ...flags,
      msg('filing.world.stopFiler.flagOnTime', { months: before.length }),
      msg('filing.world.stopFiler.flagActivity', {
        invoiced: money(m.invoiced),
        imports: money(m.imports),
        period,
      }),
    ],
    evidence: ['filing-history', 'third-party'],
    tadat: ['P4-10'] as CaseTruth['tadat'],
  }
  if (responds && arrives) {
    const penalty = lateFilingPenalty(lineAmount(lines, 'net'), due, arrives, s.j)
    return {
      data,
      accounts,
      filedOn: null,
      shownAmount: lastFiled,
      truth: {
        ...common,
        expected: msg('filing.world.stopFiler.respondsExpected'),
        explanation: msg('filing.world.stopFiler.respondsExplanation', {
          net: money(lineAmount(lines, 'net')),
          penalty: money(penalty),
        }),
        atStake: lineAmount(lines, 'net'),
        best: [
          H,
          T,
          D,
          waitDays(s.j.deadlines.deemedReceiptDays + (afterDays ?? 0)),
          V,
          { type: DECISION.accept, penalty: 'apply' },
        ],
      },
    }
  }
  return {
    data,
    accounts,
    filedOn: null,
    shownAmount: lastFiled,
    truth: {
      ...common,
      expected: msg('filing.world.stopFiler.assessExpected', {
        average: money(prior.average),
        periods: prior.periods.length,
      }),
      explanation: msg('filing.world.stopFiler.assessExplanation', {
        expiry: day(expiry),
        average: money(prior.average),
        thirdParty: money(tp),
      }),
      atStake: prior.average,
      best: [
        H,
        T,
        D,
        waitDays(daysBetween(served, expiry)),
        { type: STEP.defaultAssessment, amount: prior.average, basis: 'prior-returns' },
        { type: DECISION.closeAssessed },
      ],
    },
  }
}

/** How this stop-filer answers a demand: within its period, only after the assessment, or never. */
function responseOf(
  s: CaseSetup,
  m: Missing['m'],
): { responds: boolean; afterDays: number | null; lines: ReturnType<typeof declared> } {
  const d = s.j.filing.demandToFileDays
  const k = s.stopFilerIndex
  const rate = s.settings.demandResponseRate
  const responds = Math.floor((k + 1) * rate) > Math.floor(k * rate)
  const lines = declared(m, 1, s.j)
  const afterDays = responds
    ? s.draw.int(Math.max(1, Math.ceil(d * 0.2)), Math.max(1, Math.floor(d * 0.8)))
    : k % 2 === 1
      ? d + s.draw.int(10, 40)
      : null
  return { responds, afterDays, lines }
}
