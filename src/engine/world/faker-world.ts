/**
 * The only module that imports faker. generate.ts loads it on demand, so faker's locale data
 * (~150 KiB gzip) stays out of the page's first bundle.
 */
import { Faker, type LocaleDefinition } from '@faker-js/faker'
import type { Scenario } from '../scenario/schema'
import type { LocaleId } from '../vocabulary'
import { vatThresholdMinor } from '../rules/registration'
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
import { countsIn } from '../processes/formats'
import { PROCESS_DEFINITIONS, type ProcessTable } from '../processes/registry'
import type { CaseRecord, CaseTruth } from '../processes/contract'
import type { Accounts } from './process-world'

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
  /** The processes whose cases the world holds (default: every bundled process). */
  processes?: ProcessTable
}

/** Loads the scenario's locale, then builds its world; see generateWorld for the contract. */
export async function buildWorldAsync(scenario: Scenario, options: BuildOptions): Promise<World> {
  return buildWorld(scenario, options, await localeDefinitions(scenario.jurisdiction.locale))
}

/** Builds the world for a scenario from loaded locale definitions. */
export function buildWorld(
  scenario: Scenario,
  { seed, onProgress, processes = PROCESS_DEFINITIONS }: BuildOptions,
  locale: LocaleDefinition,
): World {
  const { jurisdiction, world: config } = scenario
  const ctx = worldContext(scenario, seed, locale)
  const definitions = Object.values(processes)
  const tick = progress(
    config.population.individuals +
      config.population.businesses +
      definitions.reduce((sum, d) => sum + (countsIn(config, d.format)?.cases ?? 0), 0),
    onProgress,
  )

  const pop = generatePopulation(ctx, tick)
  const cases: World['cases'] = {}
  const truth: CaseTruth[] = []
  const claimed = new Set<string>()
  const run = (phase: 'register' | 'accounts', accounts: Accounts) => {
    for (const definition of definitions) {
      const id = definition.format.id
      const counts = countsIn(config, definition.format)
      if (definition.phase !== phase || !counts) continue
      const out = definition.generate({
        ctx: processContext(ctx, scenario, id),
        pop,
        accounts,
        // The process's own settings, with its case count under the one name every generator reads.
        config: { ...(config as unknown as Partial<Record<string, object>>)[id], ...counts },
        claimed,
        tick,
      })
      ;(cases as Record<string, CaseRecord[]>)[id] = out.cases
      for (const t of out.truth) truth.push(t)
    }
  }
  // The register's own stories come first; the accounts are then drawn up from the register.
  run('register', NO_ACCOUNTS)
  const accounts = generateAccounts(ctx, pop)
  run('accounts', accounts)
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
    ledger: accounts.ledger,
    returns: accounts.returns,
    thirdParty: accounts.thirdParty,
    cases,
    truth: { cases: truth },
  }
}

/** The seeded randomness, faker's locale data and identifier makers every generator shares. */
function worldContext(scenario: Scenario, seed: number, locale: LocaleDefinition): WorldContext {
  const { jurisdiction, world: config } = scenario
  const randomizer = new Sfc32(seed)
  const faker = new Faker({ locale, randomizer })
  faker.setDefaultRefDate(`${config.referenceDate}T00:00:00.000Z`)
  const draw = new Draw(randomizer)
  return {
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
}

/** One tick per entity made; reports every 1,000 and at the end. */
function progress(total: number, onProgress: BuildOptions['onProgress']): () => void {
  if (!onProgress) return () => {}
  let done = 0
  return () => {
    done++
    if (done % 1000 === 0 || done === total) onProgress(done, total)
  }
}

/** What a generator of the 'register' phase sees of the accounts: none are drawn up yet. */
const NO_ACCOUNTS: Accounts = Object.freeze({
  ledger: Object.freeze([]) as unknown as Accounts['ledger'],
  returns: Object.freeze([]) as unknown as Accounts['returns'],
  thirdParty: Object.freeze([]) as unknown as Accounts['thirdParty'],
})

/** A process's cases are made as of its first task's start (see made-on.ts). */
function processContext(ctx: WorldContext, scenario: Scenario, process: string): WorldContext {
  const start = casesMadeOn(scenario, process)
  if (start === ctx.referenceDate) return ctx
  return { ...ctx, referenceDate: start, refDay: dayOf(start) }
}
