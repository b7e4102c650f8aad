/**
 * Company returns and the risk rules that read a taxpayer's profile rather than one document:
 * the CIT return lines and history of a business, its margin against the sector benchmark,
 * its turnover against the year before, late filings and earlier audits with yield.
 */
import { money as amount, msg } from '../../primitives/message'
import { percentOf } from '../../rules/money'
import type { Jurisdiction } from '../../scenario/schema'
import type { ReturnLine, TaxReturn, Taxpayer } from '../../world/types'
import { lateSet, postHistory, unitOf, type BuildInput, type Draft } from './draft'
import { marginOf, niceStep, roundTo, sectorMargins } from './history'
import type { Benchmark, FilingRow, PriorAudit } from './types'

export const tradingBenchmark = sectorMargins

/** The lines of a CIT return from turnover, cost of sales and operating expenses. */
export function citLines(
  turnover: number,
  cost: number,
  opex: number,
  j: Jurisdiction,
): { lines: ReturnLine[]; taxDue: number } {
  const gross = turnover - cost
  const profit = gross - opex
  return {
    lines: [
      { label: 'turnover', amount: turnover },
      { label: 'costOfSales', amount: cost },
      { label: 'grossProfit', amount: gross },
      { label: 'operatingExpenses', amount: opex },
      { label: 'taxableProfit', amount: profit },
    ],
    taxDue: percentOf(Math.max(0, profit), j.rates.cit, j.rounding),
  }
}

export interface CitCase {
  /** The audited return's lines (its turnover and cost feed the benchmark). */
  current: { lines: ReturnLine[]; taxDue: number }
  turnover: number
  cost: number
  /** Turnover declared the year before. */
  priorTurnover: number
  /** Returns filed late, counting from the oldest (the last is the audited one). */
  late: ReadonlySet<number>
}

export const HISTORY_YEARS = 4

/** Posts four years of CIT returns of a business, the last one the audited return. */
export function citHistory(
  b: BuildInput,
  t: Taxpayer,
  c: CitCase,
): { ret: TaxReturn; filings: FilingRow[]; benchmark: Benchmark } {
  const unit = unitOf(b.j)
  const { median, lowerQuartile, upperQuartile } = sectorMargins(t.sector)
  const { ret, filings } = postHistory(b, {
    t,
    taxType: 'CIT',
    period: b.year,
    count: HISTORY_YEARS,
    late: c.late,
    lines: (_p, i) => {
      if (i === HISTORY_YEARS - 1) return c.current
      const turnover = roundTo(
        c.priorTurnover * (1 - 0.04 * (HISTORY_YEARS - 2 - i)),
        niceStep(c.priorTurnover, unit),
      )
      const cost = roundTo(turnover * (1 - median / 100), niceStep(turnover, unit))
      return citLines(turnover, cost, roundTo((turnover - cost) * 0.55, niceStep(turnover, unit)), b.j)
    },
  })
  return {
    ret,
    filings,
    benchmark: {
      sector: t.sector,
      margin: marginOf(c.turnover, c.cost),
      lowerQuartile,
      median,
      upperQuartile,
      turnover: c.turnover,
      priorTurnover: c.priorTurnover,
    },
  }
}

/** Late filings, chosen among the years before the audited one unless `includeLast`. */
export function lateYears(b: BuildInput, n: number, includeLast = false): Set<number> {
  const s = lateSet(b, HISTORY_YEARS - 1, includeLast ? Math.max(0, n - 1) : n)
  if (includeLast) s.add(HISTORY_YEARS - 1)
  return s
}

/** Turnover counts as dropped below this share of the year before. */
export const DROP_SHARE = 0.75

/**
 * The rules that read the taxpayer's profile: late or missing returns, an earlier audit with
 * yield, a margin below the sector's lower quartile, turnover down by more than a quarter.
 */
export function profileHits(
  b: BuildInput,
  filings: readonly FilingRow[],
  audits: readonly PriorAudit[],
  benchmark?: Benchmark,
): Draft['hits'] {
  const hits: Draft['hits'] = []
  const late = filings.filter((f) => f.filedOn === null || f.filedOn > f.dueOn).length
  if (late > 0)
    hits.push({
      rule: 'late-filing-history',
      detail: msg('audit.story.hit.lateReturns', { late, count: filings.length }),
    })
  const yielded = audits.filter((a) => a.tax > 0)
  if (yielded.length)
    hits.push({
      rule: 'prior-audit-yield',
      detail: msg('audit.story.hit.priorAudit', {
        period: yielded[0]!.period,
        raised: amount(yielded[0]!.tax),
      }),
    })
  if (benchmark && benchmark.margin < benchmark.lowerQuartile)
    hits.push({
      rule: 'margin-below-benchmark',
      detail: msg('audit.story.hit.margin', { margin: benchmark.margin, lower: benchmark.lowerQuartile }),
    })
  if (benchmark && benchmark.turnover < benchmark.priorTurnover * DROP_SHARE)
    hits.push({
      rule: 'turnover-drop',
      detail: msg('audit.story.hit.turnoverDrop', {
        turnover: amount(benchmark.turnover),
        prior: amount(benchmark.priorTurnover),
      }),
    })
  return hits
}
