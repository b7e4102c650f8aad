/**
 * How many taxpayers of each kind the process generators need on the register, for the
 * validator. Each generator takes its own taxpayers (one per case, plus suppliers for refunds
 * and invoice mills for audit), and only some of the register fits each process: active,
 * VAT-registered, without arrears, old enough. The shares below are the lowest found across
 * the bundled jurisdiction profiles with some room to spare (measured on generated registers
 * of 3,000 + 3,000 taxpayers: 89–90 % of businesses active, 36–63 % active and
 * VAT-registered). The generator still checks the register it draws and reports any
 * shortfall at the same key (see shortfall.ts).
 */
import type { WorldConfig } from '../scenario/schema'
import type { DataPath } from '../scenario/yaml-source'

export interface PopulationNeed {
  /** The population key to raise. */
  key: 'businesses' | 'individuals' | 'taxpayers'
  process: string
  /** Taxpayers the generator takes. */
  takes: number
  /** What they must be, for the message. */
  what: string
  /** The register size that planning share asks for. */
  register: number
}

/** Taxpayers each process takes and the smallest share of the register that fits. */
function needsOf(world: WorldConfig): PopulationNeed[] {
  const needs: PopulationNeed[] = []
  const add = (key: PopulationNeed['key'], process: string, takes: number, share: number, what: string) => {
    if (takes > 0) needs.push({ key, process, takes, what, register: Math.ceil(takes / share) + 2 })
  }
  const filing = world.filing?.cases ?? 0
  add('businesses', 'filing', filing, 0.25, 'active VAT-registered businesses without arrears')
  const collection = world.collection?.cases ?? 0
  add('businesses', 'collection', collection, 0.4, 'active businesses above micro size')
  const objections = world.objections?.cases ?? 0
  add('businesses', 'objections', objections, 0.7, 'active businesses registered for CIT or VAT')
  const refunds = world.refunds?.cases ?? 0
  add('businesses', 'refunds', refunds * 2, 0.6, 'active businesses (claimants and their suppliers)')
  const audit = world.audit
  if (audit) {
    const mills = audit.anomalies['fake-invoice-buyer'] ?? 0
    add('businesses', 'audit', audit.cases + mills, 0.7, 'active businesses')
    add('individuals', 'audit', audit.cases, 0.7, 'active individuals')
  }
  const payments = world.payments?.cases ?? 0
  add('taxpayers', 'payments', payments, 0.5, 'active taxpayers without arrears')
  return needs
}

export interface PopulationShortfall {
  path: DataPath
  message: string
}

/**
 * The population keys that are too small for the processes' cases, with a message a trainer
 * can act on. Needs of one kind add up: the processes never share a taxpayer.
 */
export function populationShortfalls(world: WorldConfig): PopulationShortfall[] {
  const needs = needsOf(world)
  const { individuals, businesses } = world.population
  const have = { businesses, individuals, taxpayers: individuals + businesses }
  const shortfalls: PopulationShortfall[] = []
  for (const key of ['businesses', 'individuals', 'taxpayers'] as const) {
    const mine = needs.filter((n) => n.key === key)
    // A payments case may take either kind, so it counts against the whole register on top of
    // what the other processes take.
    const required =
      key === 'taxpayers'
        ? mine.reduce((t, n) => t + n.register, 0) +
          needs.filter((n) => n.key !== 'taxpayers').reduce((t, n) => t + n.register, 0)
        : mine.reduce((t, n) => t + n.register, 0)
    if (mine.length === 0 || have[key] >= required) continue
    const detail = mine.map((n) => `${n.process} takes ${n.takes} ${n.what}`).join('; ')
    const raise =
      key === 'taxpayers'
        ? `raise \`individuals\` or \`businesses\` so they add up to at least ${required}`
        : `raise \`${key}\` to at least ${required}`
    shortfalls.push({
      path: key === 'taxpayers' ? ['world', 'population'] : ['world', 'population', key],
      message: `the world needs about ${required} ${key === 'taxpayers' ? 'taxpayers' : key} for its cases (${detail}; only some of a register fits each process), but it has ${have[key]}; ${raise}`,
    })
  }
  return shortfalls
}
