/**
 * Stories as data: one recipe per kind of audit case. A recipe says which stories the kind can
 * tell and how the seed chooses one (the kind's variant), which evidence panels show its red
 * flags, how the best audit goes (steps, type, outcome, penalty category) and which TADAT
 * indicators it exercises. The builders (income-cases, trade-cases, vat-cases, slip-cases,
 * outlier-cases) only draw the case file and say what it shows; draftOf puts the two together.
 */
import type { TadatCode } from '../../vocabulary'
import type { BuildInput, Draft, Story } from './draft'
import { genuinePersonal, secondEmployer, unbookedSales } from './income-cases'
import type { AuditKind } from './kinds'
import { explainedOutlier } from './outlier-cases'
import type { AuditType, PenaltyCategory } from './rules'
import { slipBusiness, slipPersonal } from './slip-cases'
import { genuineBusiness, suppressedCashSales } from './trade-cases'
import { fakeInvoiceBuyer } from './vat-cases'

/** An audit step that reveals evidence. */
type EvidenceStep =
  'audit.checkThirdParty' | 'audit.checkBenchmark' | 'audit.checkHistory' | 'audit.checkSuppliers'

type Builder = (b: BuildInput) => Story

export interface Recipe {
  /** The stories this kind can tell, and how the seed picks one (`nth`: the kind's count so far). */
  stories: readonly Builder[]
  choose: (b: BuildInput, nth: number) => number
  /** The case file documents facts that explain the flagged risk (the look-alike's clearing). */
  explained: boolean
  /** Panels where the red flags can be seen. */
  evidence: readonly string[]
  /** The audit the evidence calls for when the ranking selects the case. */
  audit: {
    steps: readonly EvidenceStep[]
    type: AuditType
    outcome: 'assess' | 'refer' | 'no-change'
    category?: PenaltyCategory
  }
  /** Evidence steps before a "not selected" decision. */
  screen: readonly EvidenceStep[]
  tadat: readonly TadatCode[]
}

const only = () => 0
/** The first story with probability `p`, the second otherwise (one draw). */
const chance = (p: number) => (b: BuildInput) => (b.ctx.draw.chance(p) ? 0 : 1)

/** What a kind says beyond its family's defaults (one story, screened by the history). */
type Told = Pick<Recipe, 'stories' | 'evidence'> & Partial<Pick<Recipe, 'choose' | 'screen'>>

/** The audit of a kind the audit must catch: a desk audit and an assessment unless said otherwise. */
type Catch = Required<Pick<Recipe['audit'], 'steps' | 'category'>> &
  Partial<Recipe['audit']> &
  Pick<Recipe, 'tadat'>

/** A kind the audit must catch: the steps that show its red flags, then an assessment or a referral. */
function caught({ steps, type = 'desk', outcome = 'assess', category, ...told }: Told & Catch): Recipe {
  return {
    choose: only,
    explained: false,
    screen: ['audit.checkHistory'],
    ...told,
    audit: { steps, type, outcome, category },
  }
}

/** A kind with nothing to assess: the history and the third-party data confirm the return. */
function cleared(told: Told & Pick<Recipe, 'explained'>): Recipe {
  return {
    choose: only,
    screen: ['audit.checkHistory'],
    ...told,
    audit: { steps: ['audit.checkHistory', 'audit.checkThirdParty'], type: 'desk', outcome: 'no-change' },
    tadat: ['P2-3'],
  }
}

export const RECIPES: Record<AuditKind, Recipe> = {
  'under-reported-income': caught({
    stories: [unbookedSales, secondEmployer],
    choose: chance(0.35),
    evidence: ['third-party'],
    steps: ['audit.checkThirdParty', 'audit.checkHistory'],
    category: 'negligence',
    tadat: ['P2-3', 'P6-16'],
  }),
  'suppressed-cash-sales': caught({
    stories: [suppressedCashSales],
    evidence: ['third-party', 'benchmark', 'premises'],
    steps: ['audit.checkThirdParty', 'audit.checkBenchmark'],
    type: 'field',
    category: 'negligence',
    tadat: ['P2-3', 'P6-16'],
  }),
  'fake-invoice-buyer': caught({
    stories: [fakeInvoiceBuyer],
    evidence: ['suppliers', 'third-party'],
    steps: ['audit.checkThirdParty', 'audit.checkSuppliers'],
    outcome: 'refer',
    category: 'fraud',
    screen: ['audit.checkSuppliers'],
    tadat: ['P6-16', 'P2-3'],
  }),
  'honest-error': caught({
    stories: [slipBusiness, slipPersonal],
    choose: chance(0.5),
    evidence: ['records', 'history'],
    steps: ['audit.checkThirdParty', 'audit.checkHistory'],
    category: 'honest-error',
    tadat: ['P6-16'],
  }),
  'explained-outlier': cleared({
    stories: [explainedOutlier],
    explained: true,
    evidence: ['history'],
    screen: ['audit.checkHistory', 'audit.checkBenchmark', 'audit.checkThirdParty'],
  }),
  /** Every other candidate: flagged by weak signals, nothing wrong in its books. */
  genuine: cleared({
    stories: [(b) => genuineBusiness(b, true), (b) => genuineBusiness(b, false), genuinePersonal],
    // Every other genuine candidate is a business near the threshold; the rest are low-risk.
    choose: (b, nth) => (nth % 2 === 0 ? 0 : b.ctx.draw.chance(0.5) ? 1 : 2),
    explained: false,
    evidence: [],
  }),
}

const step = (type: EvidenceStep) => ({ type })

/** Builds one case of `kind`: the seed picks the story, the recipe says how its audit goes. */
export function draftOf(kind: AuditKind, b: BuildInput, nth: number): Draft {
  const recipe = RECIPES[kind]
  const story = recipe.stories[recipe.choose(b, nth)]!(b)
  const { audit } = recipe
  return {
    data: story.data,
    hits: story.hits,
    explained: recipe.explained,
    plan: {
      steps: audit.steps.map(step),
      auditType: audit.type,
      outcome: audit.outcome,
      ...(audit.outcome === 'no-change' ? {} : { adjustment: story.adjustment, category: audit.category }),
    },
    screenSteps: recipe.screen.map(step),
    flags: story.flags ?? [],
    ...(story.clearing ? { clearing: story.clearing } : {}),
    ...(story.facts ? { facts: story.facts } : {}),
    evidence: [...recipe.evidence],
    explanation: story.explanation,
    tadat: [...recipe.tadat],
  }
}
