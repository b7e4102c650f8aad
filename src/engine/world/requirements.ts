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
import { inEnglish } from '../../i18n/render'
import { list, msg, type Msg } from '../primitives/message'
import type { WorldConfig } from '../scenario/schema'
import type { DataPath } from '../scenario/yaml-source'

/** Which taxpayers a process takes, named in the message (`session.shortfall.need`). */
type NeedWhat =
  'filing' | 'collection' | 'objections' | 'refunds' | 'auditBusinesses' | 'auditIndividuals' | 'payments'

export interface PopulationNeed {
  /** The population key to raise. */
  key: 'businesses' | 'individuals' | 'taxpayers'
  process: string
  /** Taxpayers the generator takes. */
  takes: number
  /** What they must be, for the message. */
  what: NeedWhat
  /** The register size that planning share asks for. */
  register: number
}

/** Taxpayers each process takes and the smallest share of the register that fits. */
function needsOf(world: WorldConfig): PopulationNeed[] {
  const needs: PopulationNeed[] = []
  const add = (key: PopulationNeed['key'], process: string, takes: number, share: number, what: NeedWhat) => {
    if (takes > 0) needs.push({ key, process, takes, what, register: Math.ceil(takes / share) + 2 })
  }
  const filing = world.filing?.cases ?? 0
  add('businesses', 'filing', filing, 0.25, 'filing')
  const collection = world.collection?.cases ?? 0
  add('businesses', 'collection', collection, 0.4, 'collection')
  const objections = world.objections?.cases ?? 0
  add('businesses', 'objections', objections, 0.7, 'objections')
  const refunds = world.refunds?.cases ?? 0
  add('businesses', 'refunds', refunds * 2, 0.6, 'refunds')
  const audit = world.audit
  if (audit) {
    const mills = audit.anomalies['fake-invoice-buyer'] ?? 0
    add('businesses', 'audit', audit.cases + mills, 0.7, 'auditBusinesses')
    add('individuals', 'audit', audit.cases, 0.7, 'auditIndividuals')
  }
  const payments = world.payments?.cases ?? 0
  add('taxpayers', 'payments', payments, 0.5, 'payments')
  return needs
}

export interface PopulationShortfall {
  path: DataPath
  /** The English, for the CLI and logs. */
  message: string
  /** The same as a message, for a reader in another language. */
  text: Msg
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
    const detail = list(
      mine.map((n) => msg('session.shortfall.need', { process: n.process, takes: n.takes, what: n.what })),
    )
    const text = msg('session.shortfall.population', { required, key, detail, have: have[key] })
    shortfalls.push({
      path: key === 'taxpayers' ? ['world', 'population'] : ['world', 'population', key],
      message: inEnglish(text),
      text,
    })
  }
  return shortfalls
}
