/**
 * Stories as data: one declarative recipe per kind of refund case. A recipe says what the
 * generator's small builders (./build.ts) make of a claim — the seed-drawn ranges of its shape,
 * who the claimant is, how its purchases, exports and refund accounts are written, and the
 * panels where its red flags show — and which variants a trainer may fix in the scenario
 * (world.refunds.variants; absent, the seed draws them as before).
 */
import type { Jurisdiction } from '../../scenario/schema'
import { EXPORT_SECTORS } from './claims'
import { PHANTOM_MIN_DAYS } from './config.schema'
import type { RefundKind } from './kinds'

type Range = readonly [number, number]

export interface Shape {
  exportShare: Range
  /** Claim ÷ (VAT rate × monthly sales), before any capital purchase. */
  refundRatio: Range
  /** The claim, in multiples of the profile's large-claim amount. */
  target: Range
  /** The claim ÷ the average earlier claim. */
  growth: Range
  /** How many earlier claims an established claimant has. */
  history: Range
  sectors: readonly string[]
}

export interface Recipe {
  shape: Shape
  /**
   * 'new': a company registered a few months before the claim (days drawn in `registered`);
   * 'established': one with a history; 'investor': established, with a large capital purchase.
   */
  claimant: 'new' | 'established' | 'investor'
  /** For a new claimant: the days from registration to the claim the seed draws from. */
  registered?: (j: Jurisdiction) => Range
  /** The company's address is a suite in a serviced business centre. */
  servicedOffice: boolean
  /** 'genuine' suppliers only, or a credit mill's invoices beside them ('mill' for fake credits, 'phantom-mill' for a phantom). */
  purchases: 'genuine' | 'mill' | 'phantom-mill'
  /** Customs knows 'all' declared exports, 'some' of them, or 'none'. */
  exports: 'all' | 'some' | 'none'
  /** A refund account given just before the claim, in the taxpayer's name or a stranger's. */
  lastMinuteAccount?: 'own' | 'stranger'
  /** Panels where the red flags can be seen. */
  evidence: readonly string[]
}

const INVESTORS = ['Manufacturing', 'Agriculture and agro-processing', 'Mining and quarrying']

/** The seed's window for a phantom company's age at the claim, in days. */
export function phantomRegisteredRange(j: Jurisdiction): Range {
  return [60, Math.max(60, Math.min(240, j.refunds.risk.newRegistrantMonths * 30 - 10))]
}

/**
 * The days before the claim a trainer may register a phantom company: long enough for its refund
 * account to change after registration, short enough to count as a new registrant by the profile.
 */
export function phantomRegisteredBounds(j: Jurisdiction): Range {
  return [PHANTOM_MIN_DAYS, j.refunds.risk.newRegistrantMonths * 30 - 10]
}

/** A claim's own figures: the rest of its shape comes with its claimant. */
type Figures = Pick<Shape, 'exportShare' | 'refundRatio' | 'target'>
/** What differs from a genuine claim: its evidence, and any of its purchases, exports and account. */
type Story = Pick<Recipe, 'evidence'> &
  Partial<Pick<Recipe, 'servicedOffice' | 'purchases' | 'exports' | 'lastMinuteAccount'>>

const genuineStory = { servicedOffice: false, purchases: 'genuine', exports: 'all' } as const

/** A company with three to six earlier claims, in an export sector unless said otherwise. */
function established(figures: Figures & Pick<Shape, 'growth'> & Partial<Shape>, story: Story): Recipe {
  return {
    shape: { history: [3, 6], sectors: EXPORT_SECTORS, ...figures },
    claimant: 'established',
    ...genuineStory,
    ...story,
  }
}

/** A company registered `registered` days before its first claim: no history, no growth. */
function newcomer(
  figures: Figures & Pick<Shape, 'sectors'>,
  registered: (j: Jurisdiction) => Range,
  story: Story,
): Recipe {
  return {
    shape: { ...figures, growth: [1, 1], history: [0, 0] },
    claimant: 'new',
    registered,
    ...genuineStory,
    ...story,
  }
}

export const RECIPES: Record<RefundKind, Recipe> = {
  genuine: established(
    { exportShare: [0.6, 0.95], refundRatio: [0.3, 0.6], target: [0.15, 0.9], growth: [0.8, 1.25] },
    { evidence: [] },
  ),
  'genuine-new-exporter': newcomer(
    {
      exportShare: [0.85, 1],
      refundRatio: [0.4, 0.7],
      target: [1.5, 4],
      sectors: ['Agriculture and agro-processing', 'Manufacturing', 'Mining and quarrying'],
    },
    (j) => {
      const newest = Math.max(90, j.refunds.risk.accountChangeDays + 10)
      return [newest, Math.max(newest, Math.min(330, j.refunds.risk.newRegistrantMonths * 30 - 10))]
    },
    { evidence: ['customs', 'bank'] },
  ),
  'phantom-exporter': newcomer(
    {
      exportShare: [0.9, 1],
      refundRatio: [0.6, 0.85],
      target: [2, 6],
      sectors: ['Wholesale trade', 'Mining and quarrying'],
    },
    phantomRegisteredRange,
    {
      servicedOffice: true,
      purchases: 'phantom-mill',
      exports: 'none',
      lastMinuteAccount: 'own',
      evidence: ['customs', 'bank', 'suppliers'],
    },
  ),
  'genuine-large-investment': {
    // An established company whose large capital purchase makes the claim 5–9 times its earlier ones.
    ...established(
      {
        exportShare: [0.4, 0.6],
        refundRatio: [0.05, 0.2],
        target: [1.2, 3],
        growth: [5, 9],
        history: [3, 5],
        sectors: INVESTORS,
      },
      { evidence: ['suppliers'] },
    ),
    claimant: 'investor',
  },
  'fictitious-exports': established(
    { exportShare: [0.8, 0.95], refundRatio: [0.3, 0.6], target: [0.5, 2], growth: [1.2, 2.2] },
    { exports: 'some', evidence: ['customs'] },
  ),
  'fake-input-credits': established(
    { exportShare: [0.75, 0.95], refundRatio: [0.35, 0.6], target: [0.5, 2], growth: [1.1, 2.2] },
    { purchases: 'mill', evidence: ['suppliers'] },
  ),
  'refund-diversion': established(
    { exportShare: [0.6, 0.95], refundRatio: [0.3, 0.6], target: [0.3, 1.5], growth: [0.8, 1.25] },
    { lastMinuteAccount: 'stranger', evidence: ['bank'] },
  ),
}

/** What a trainer fixed for each kind (world.refunds.variants); absent knobs are drawn by the seed. */
export interface RefundVariants {
  'phantom-exporter'?: { registeredDaysBeforeClaim?: number | undefined } | undefined
}
