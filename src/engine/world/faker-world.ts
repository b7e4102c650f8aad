/**
 * The only module that imports faker. generate.ts loads it on demand, so faker's locale data
 * (~150 KiB gzip) stays out of the page's first bundle.
 */
import { Faker, type LocaleDefinition } from '@faker-js/faker'
import type { Scenario } from '../scenario/schema'
import type { LocaleId } from '../vocabulary'
import { vatThresholdMinor } from '../rules/registration'
import { generateRegistration } from './applications'
import type { FakeSource, WorldContext } from './context'
import { casesMadeOn } from './made-on'
import { dayOf } from './dates'
import { IdMaker } from './ids'
import { LOCALE_PROFILES } from './locales'
import { generatePopulation } from './population'
import { Draw, Sfc32 } from './prng'
import { turnoverBands } from './sectors'
import type { World } from './types'
import { generateAccounts } from './accounts'
import type { ProcessGenerator } from './process-world'
import { generate as generateFiling } from '../processes/filing/generate'
import { generate as generatePayments } from '../processes/payments/generate'
import { generate as generateCollection } from '../processes/collection/generate'
import { generate as generateAudit } from '../processes/audit/generate'
import { generate as generateRefunds } from '../processes/refunds/generate'
import { generate as generateObjections } from '../processes/objections/generate'
import type { CaseRecord, CaseTruth } from '../processes/contract'
import type { ProcessId } from '../vocabulary'

/** Generators of the processes after registration, in the order they shape the world. */
const PROCESS_GENERATORS: readonly [Exclude<ProcessId, 'registration'>, ProcessGenerator][] = [
  ['filing', generateFiling],
  ['payments', generatePayments],
  ['collection', generateCollection],
  ['audit', generateAudit],
  ['refunds', generateRefunds],
  ['objections', generateObjections],
]

/**
 * Faker's locale chains (the locale, its language, English, then faker's base data), each
 * loaded on demand so a scenario downloads only its own locale's data.
 */
const LOCALE_LOADERS: Record<LocaleId, () => Promise<{ faker: Faker }>> = {
  en: () => import('@faker-js/faker/locale/en'),
  en_NG: () => import('@faker-js/faker/locale/en_NG'),
  en_GH: () => import('@faker-js/faker/locale/en_GH'),
  en_IN: () => import('@faker-js/faker/locale/en_IN'),
  fr: () => import('@faker-js/faker/locale/fr'),
  fr_SN: () => import('@faker-js/faker/locale/fr_SN'),
  id_ID: () => import('@faker-js/faker/locale/id_ID'),
  vi: () => import('@faker-js/faker/locale/vi'),
  pt_PT: () => import('@faker-js/faker/locale/pt_PT'),
  af_ZA: () => import('@faker-js/faker/locale/af_ZA'),
  ar: () => import('@faker-js/faker/locale/ar'),
  bn_BD: () => import('@faker-js/faker/locale/bn_BD'),
  cs_CZ: () => import('@faker-js/faker/locale/cs_CZ'),
  cy: () => import('@faker-js/faker/locale/cy'),
  da: () => import('@faker-js/faker/locale/da'),
  de: () => import('@faker-js/faker/locale/de'),
  de_AT: () => import('@faker-js/faker/locale/de_AT'),
  de_CH: () => import('@faker-js/faker/locale/de_CH'),
  dv: () => import('@faker-js/faker/locale/dv'),
  el: () => import('@faker-js/faker/locale/el'),
  en_AU: () => import('@faker-js/faker/locale/en_AU'),
  en_CA: () => import('@faker-js/faker/locale/en_CA'),
  en_GB: () => import('@faker-js/faker/locale/en_GB'),
  en_HK: () => import('@faker-js/faker/locale/en_HK'),
  en_IE: () => import('@faker-js/faker/locale/en_IE'),
  en_NP: () => import('@faker-js/faker/locale/en_NP'),
  en_US: () => import('@faker-js/faker/locale/en_US'),
  en_ZA: () => import('@faker-js/faker/locale/en_ZA'),
  es: () => import('@faker-js/faker/locale/es'),
  es_MX: () => import('@faker-js/faker/locale/es_MX'),
  fa: () => import('@faker-js/faker/locale/fa'),
  fi: () => import('@faker-js/faker/locale/fi'),
  fr_BE: () => import('@faker-js/faker/locale/fr_BE'),
  fr_CA: () => import('@faker-js/faker/locale/fr_CA'),
  fr_CH: () => import('@faker-js/faker/locale/fr_CH'),
  fr_LU: () => import('@faker-js/faker/locale/fr_LU'),
  he: () => import('@faker-js/faker/locale/he'),
  hr: () => import('@faker-js/faker/locale/hr'),
  hu: () => import('@faker-js/faker/locale/hu'),
  hy: () => import('@faker-js/faker/locale/hy'),
  it: () => import('@faker-js/faker/locale/it'),
  ja: () => import('@faker-js/faker/locale/ja'),
  ka_GE: () => import('@faker-js/faker/locale/ka_GE'),
  ko: () => import('@faker-js/faker/locale/ko'),
  ku_ckb: () => import('@faker-js/faker/locale/ku_ckb'),
  ku_kmr_latin: () => import('@faker-js/faker/locale/ku_kmr_latin'),
  lv: () => import('@faker-js/faker/locale/lv'),
  mk: () => import('@faker-js/faker/locale/mk'),
  mn_MN_cyrl: () => import('@faker-js/faker/locale/mn_MN_cyrl'),
  nb_NO: () => import('@faker-js/faker/locale/nb_NO'),
  ne: () => import('@faker-js/faker/locale/ne'),
  nl: () => import('@faker-js/faker/locale/nl'),
  nl_BE: () => import('@faker-js/faker/locale/nl_BE'),
  pl: () => import('@faker-js/faker/locale/pl'),
  pt_BR: () => import('@faker-js/faker/locale/pt_BR'),
  ro: () => import('@faker-js/faker/locale/ro'),
  ru: () => import('@faker-js/faker/locale/ru'),
  sk: () => import('@faker-js/faker/locale/sk'),
  sl_SI: () => import('@faker-js/faker/locale/sl_SI'),
  sr_RS_latin: () => import('@faker-js/faker/locale/sr_RS_latin'),
  sv: () => import('@faker-js/faker/locale/sv'),
  ta_IN: () => import('@faker-js/faker/locale/ta_IN'),
  th: () => import('@faker-js/faker/locale/th'),
  tr: () => import('@faker-js/faker/locale/tr'),
  uk: () => import('@faker-js/faker/locale/uk'),
  ur: () => import('@faker-js/faker/locale/ur'),
  uz_UZ_latin: () => import('@faker-js/faker/locale/uz_UZ_latin'),
  yo_NG: () => import('@faker-js/faker/locale/yo_NG'),
  zh_CN: () => import('@faker-js/faker/locale/zh_CN'),
  zh_TW: () => import('@faker-js/faker/locale/zh_TW'),
  zu_ZA: () => import('@faker-js/faker/locale/zu_ZA'),
}

/** The merged locale definitions of a locale chain, e.g. en_NG → en_NG, en, base. */
export async function localeDefinitions(locale: LocaleId): Promise<LocaleDefinition> {
  return (await LOCALE_LOADERS[locale]()).faker.rawDefinitions
}

/** Locale data read once from faker; picks go through the shared randomizer. */
function fakeSource(faker: Faker, draw: Draw): FakeSource {
  const free = faker.definitions.internet.free_email
  const domains = free && free.length ? free : ['gmail.com']
  return {
    firstName: (sex) => faker.person.firstName(sex === 'F' ? 'female' : 'male'),
    lastName: (sex) => faker.person.lastName(sex === 'F' ? 'female' : 'male'),
    street: () => faker.location.streetAddress(),
    city: () => faker.location.city(),
    region: () => faker.location.state(),
    emailDomain: () => draw.pick(domains),
  }
}

export interface BuildOptions {
  seed: number
  onProgress?: (done: number, total: number) => void
}

/** Loads the scenario's locale, then builds its world; see generateWorld for the contract. */
export async function buildWorldAsync(scenario: Scenario, options: BuildOptions): Promise<World> {
  return buildWorld(scenario, options, await localeDefinitions(scenario.jurisdiction.locale))
}

/** Builds the world for a scenario from loaded locale definitions. */
export function buildWorld(
  scenario: Scenario,
  { seed, onProgress }: BuildOptions,
  locale: LocaleDefinition,
): World {
  const { jurisdiction, world: config } = scenario
  const randomizer = new Sfc32(seed)
  const faker = new Faker({ locale, randomizer })
  faker.setDefaultRefDate(`${config.referenceDate}T00:00:00.000Z`)
  const draw = new Draw(randomizer)
  const ctx: WorldContext = {
    scenario,
    seed,
    referenceDate: config.referenceDate,
    refDay: dayOf(config.referenceDate),
    profile: LOCALE_PROFILES[jurisdiction.locale],
    ids: new IdMaker(seed, LOCALE_PROFILES[jurisdiction.locale]),
    draw,
    fake: fakeSource(faker, draw),
    reseed: (...path) => faker.seed([seed, ...path]),
    bands: turnoverBands(jurisdiction),
    vatThreshold: vatThresholdMinor(jurisdiction),
    emails: new Set(),
    businessNames: new Set(),
  }

  const total =
    config.population.individuals +
    config.population.businesses +
    (config.registration?.applications ?? 0) +
    PROCESS_GENERATORS.reduce((sum, [process]) => sum + (config[process]?.cases ?? 0), 0)
  let done = 0
  const tick = onProgress
    ? () => {
        done++
        if (done % 1000 === 0 || done === total) onProgress(done, total)
      }
    : () => {}

  const pop = generatePopulation(ctx, tick)
  const registration = config.registration
    ? generateRegistration(processContext(ctx, scenario, 'registration'), pop, tick)
    : { applications: [], truth: [] }
  const accounts = generateAccounts(ctx, pop)
  const claimed = new Set<string>()
  const cases: World['cases'] = {}
  const truth: CaseTruth[] = []
  for (const [process, generate] of PROCESS_GENERATORS) {
    const processConfig = config[process]
    if (!processConfig) continue
    const out: { cases: CaseRecord[]; truth: CaseTruth[] } = generate({
      ctx: processContext(ctx, scenario, process),
      pop,
      accounts,
      config: processConfig,
      claimed,
      tick,
    })
    cases[process] = out.cases
    truth.push(...out.truth)
  }
  return {
    scenarioId: scenario.id,
    seed,
    referenceDate: config.referenceDate,
    locale: jurisdiction.locale,
    currency: {
      code: jurisdiction.currency.code,
      minorUnits: jurisdiction.currency.minorUnits,
      symbol: jurisdiction.currency.symbol,
    },
    people: Object.fromEntries(pop.people),
    companies: Object.fromEntries(pop.companies),
    taxpayers: pop.taxpayers,
    applications: registration.applications,
    ledger: accounts.ledger,
    returns: accounts.returns,
    thirdParty: accounts.thirdParty,
    cases,
    truth: { registration: registration.truth, cases: truth },
  }
}

/** A process's cases are made as of its first task's start (see made-on.ts). */
function processContext(ctx: WorldContext, scenario: Scenario, process: string): WorldContext {
  const start = casesMadeOn(scenario, process)
  if (start === ctx.referenceDate) return ctx
  return { ...ctx, referenceDate: start, refDay: dayOf(start) }
}
