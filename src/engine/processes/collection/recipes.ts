/**
 * Each kind of collection case as data: the story that builds its file, the variants a trainer
 * may fix for it (world.collection.variants.<kind>), the panels that show its red flags, the
 * TADAT indicators it exercises and why its best decision is best. generate.ts reads this table
 * and never switches on the kind itself.
 */
import { msg, type Msg } from '../../primitives/message'
import type { TadatCode } from '../../vocabulary'
import type { CollectionKind } from './kinds'
import {
  agreementAbuseStory,
  assetFlightStory,
  cashFlowStory,
  disputedDebtStory,
  genuineStory,
  uncollectibleStory,
  type GenuineVariant,
  type Story,
  type StoryEnv,
} from './stories'

export interface Recipe {
  /** Writes the debt into the accounts and returns the case file and its red flags. */
  story(env: StoryEnv, variant: GenuineVariant): Story
  /** Panel ids where the red flags can be seen. */
  evidence: string[]
  tadat: TadatCode[]
  /** Why the best decision is best, shown after the decision. */
  explanation: Msg
}

const explanation = (kind: CollectionKind) => msg(`collection.truth.explanation.${kind}`)

export const RECIPES: Record<CollectionKind, Recipe> = {
  'asset-flight': {
    story: assetFlightStory,
    evidence: ['bank', 'notices'],
    tadat: ['P5-15'],
    explanation: explanation('asset-flight'),
  },
  'agreement-abuse': {
    story: agreementAbuseStory,
    evidence: ['agreements'],
    tadat: ['P5-15'],
    explanation: explanation('agreement-abuse'),
  },
  'disputed-debt': {
    story: disputedDebtStory,
    evidence: ['objections'],
    tadat: ['P5-15', 'P7-19'],
    explanation: explanation('disputed-debt'),
  },
  'cash-flow-problem': {
    story: cashFlowStory,
    evidence: ['cash-flow', 'agreements'],
    tadat: ['P5-15'],
    explanation: explanation('cash-flow-problem'),
  },
  uncollectible: {
    story: uncollectibleStory,
    evidence: ['registry'],
    tadat: ['P5-15', 'P9-25'],
    explanation: explanation('uncollectible'),
  },
  genuine: {
    story: genuineStory,
    evidence: [],
    tadat: ['P5-15'],
    explanation: explanation('genuine'),
  },
}
