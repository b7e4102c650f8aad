/**
 * The nine files that passed `validate` and then crashed world generation (issue 9), and the
 * calendar that overflowed after 800 long advances. Each file is now refused by the validator
 * at the key to change, with a number to raise it to; the generator, given the same scenario
 * without the validator, reports a located shortfall instead of a stack trace.
 */
import { inEnglish } from '../../../src/i18n/render'
import { describe, expect, it } from 'vitest'
import { Session, formatIssue, generateWorld, issueAt, type Scenario } from '../../../src/engine'
import { MAX_CALENDAR_SPAN_DAYS } from '../../../src/engine/session/event-shape'
import { WorldShortfall } from '../../../src/engine/world/shortfall'
import { noVatFilingScenario } from '../../fixtures/shortfall-scenario'
import { bundled, loadOne, withValues } from './mutate'

type Change = [readonly (string | number)[], unknown]

const REPRODUCERS: { file: string; changes: Change[]; at: string; says: RegExp }[] = [
  {
    file: 'filing-non-filers',
    changes: [[['world', 'filing', 'cases'], 110]],
    at: 'businesses',
    says: /filing takes 110 .*raise `businesses` to at least \d+/,
  },
  {
    file: 'collection-first-contact',
    changes: [[['world', 'population', 'businesses'], 1]],
    at: 'businesses',
    says: /collection takes 6 .*but it has 1; raise `businesses` to at least \d+/,
  },
  {
    file: 'audit-first-selection',
    changes: [
      [['world', 'population', 'businesses'], 6],
      [['world', 'audit', 'cases'], 150],
    ],
    at: 'businesses',
    says: /audit takes 150 .*raise `businesses` to at least \d+/,
  },
  {
    file: 'refunds-vat-desk',
    changes: [[['world', 'population', 'businesses'], 0]],
    at: 'businesses',
    says: /refunds takes 20 .*but it has 0; raise `businesses` to at least \d+/,
  },
  {
    file: 'objections-review-desk',
    changes: [[['world', 'population', 'businesses'], 2]],
    at: 'businesses',
    says: /objections takes 10 active businesses .*raise `businesses` to at least \d+/,
  },
  {
    file: 'audit-first-selection',
    changes: [[['world', 'population', 'individuals'], 1]],
    at: 'individuals',
    says: /audit takes 6 active individuals.*raise `individuals` to at least \d+/,
  },
  {
    file: 'filing-first-returns',
    changes: [[['world', 'population', 'businesses'], 0]],
    at: 'businesses',
    says: /filing takes 6 .*raise `businesses` to at least \d+/,
  },
  {
    file: 'capstone-district-office-week',
    changes: [[['world', 'referenceDate'], '9999-12-31']],
    at: 'referenceDate',
    says: /referenceDate 9999-12-31 is outside .* from 1900-01-01 to 2999-12-31/,
  },
]

/** The 1-based line of the first line of `text` that starts (after indent) with `key:`. */
function lineOf(text: string, key: string): number {
  return text.split('\n').findIndex((l) => l.trimStart().startsWith(`${key}:`)) + 1
}

describe('files that used to pass the validator and crash the engine', () => {
  it.each(REPRODUCERS.map((r) => [`${r.file} ${JSON.stringify(r.changes)}`, r] as const))(
    '%s is refused at the key to change',
    (_name, { file, changes, at, says }) => {
      const changed = withValues(bundled(`scenarios/${file}.yaml`), changes)
      const result = loadOne(changed)
      expect(result.ok).toBe(false)
      if (result.ok) return
      const issue = result.issues.find((i) => says.test(i.message))
      expect(issue, result.issues.map((i) => i.message).join('\n')).toBeDefined()
      expect(issue?.line).toBe(lineOf(changed.text, at))
    },
  )

  it('a profile with deemedReceiptDays 0 is refused for objections that need deemed receipt', () => {
    const profile = withValues(bundled('scenarios/jurisdictions/northland.yaml'), [
      [['deadlines', 'deemedReceiptDays'], 0],
    ])
    const scenario = bundled('scenarios/objections-review-desk.yaml')
    const result = loadOne(scenario, profile)
    expect(result.ok).toBe(false)
    if (result.ok) return
    const issue = result.issues.find((i) => /deemedReceiptDays is above 0/.test(i.message))
    expect(issue?.path).toBe('scenarios/objections-review-desk.yaml')
    expect(issue?.line).toBe(lineOf(scenario.text, 'deemed-receipt-in-time'))
    expect(issue?.message).toMatch(/"northland" does not have that; change its profile or remove this kind/)
  })

  it('the generator, bypassing the validator, reports a shortfall at a key instead of crashing', async () => {
    const ok = loadOne(bundled('scenarios/objections-review-desk.yaml'))
    if (!ok.ok) throw new Error('the bundled file should load')
    const starved: Scenario = {
      ...ok.scenario,
      world: { ...ok.scenario.world, population: { individuals: 100, businesses: 2 } },
    }
    const error = await generateWorld(starved).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WorldShortfall)
    expect((error as WorldShortfall).path).toEqual(['world', 'population', 'businesses'])
    expect((error as WorldShortfall).message).toMatch(
      /the world needs 10 active businesses .* for these objections, but the generated register has \d; raise `businesses` \(now 2\) to at least \d+/,
    )
  })
})

describe('the simulated calendar', () => {
  it('800 advances of 3,650 days stop at the calendar bound with a reason, and the date stays valid', async () => {
    const ok = loadOne(bundled('scenarios/objections-first-steps.yaml'))
    if (!ok.ok) throw new Error('the bundled file should load')
    const session = await Session.start(ok.scenario)
    const results = Array.from({ length: 800 }, () => session.send({ type: 'clock.advance', days: 3650 }))
    const accepted = results.filter((r) => r.ok).length
    expect(accepted).toBe(Math.floor(MAX_CALENDAR_SPAN_DAYS / 3650))
    const refused = results.find((r) => !r.ok)
    expect(refused?.ok).toBe(false)
    expect(inEnglish(refused && !refused.ok ? refused.reason : undefined)).toMatch(
      /calendar ends 50 years after/,
    )
    expect(session.today()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(session.today() <= '2080-12-31').toBe(true)
    expect(session.log).toHaveLength(accepted)
    // The log replays to the same day.
    const replayed = await Session.start(ok.scenario, { log: session.log })
    expect(replayed.today()).toBe(session.today())
    expect(replayed.report()).toEqual(session.report())
  })
})

describe('big worlds', () => {
  it('a register above the largest the engine generates in time is refused with the limit', () => {
    const changed = withValues(bundled('scenarios/registration-desk.yaml'), [
      [['world', 'population', 'individuals'], 60_000],
      [['world', 'population', 'businesses'], 60_000],
    ])
    const result = loadOne(changed)
    expect(result.ok).toBe(false)
    if (result.ok) return
    const issue = result.issues.find((i) => /at most 100,000 taxpayers/.test(i.message))
    expect(issue?.message).toMatch(/add up to 120,000; lower them/)
    expect(issue?.line).toBe(lineOf(changed.text, 'population'))
  })
})

describe('a register that falls short only when generated', () => {
  it('is reported at the population key of the file, like a validation issue', async () => {
    const file = { path: 'uploads/no-vat-desk.yaml', text: noVatFilingScenario() }
    const loaded = loadOne(file)
    if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'))
    const error = await generateWorld(loaded.scenario).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WorldShortfall)
    const shortfall = error as WorldShortfall
    const issue = issueAt(file, shortfall.path, shortfall.message)
    expect(issue.line).toBe(lineOf(file.text, 'businesses'))
    expect(formatIssue(issue)).toMatch(
      /^uploads\/no-vat-desk\.yaml:\d+:5: the world needs 6 active VAT-registered businesses .* for 6 filing cases, but none of the 160 businesses on the generated register qualifies; check the jurisdiction's thresholds .* or raise `businesses`$/,
    )
  })
})
