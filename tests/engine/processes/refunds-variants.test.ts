/**
 * A trainer fixes how new a phantom exporter is (world.refunds.variants.phantom-exporter
 * .registeredDaysBeforeClaim): every phantom company of the world is registered that many days
 * before its claim, the red flag cites it, the best play still scores the maximum, and a world
 * without the knob is the world the seed drew before. A value the profile would not call a new
 * registrant is a located validation error, never an exception.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { readSourceFiles } from '../../../src/cli/files'
import { formatIssue, playPolicy, Session } from '../../../src/engine'
import { daysBetween } from '../../../src/engine/primitives/calendar'
import { loadLibrary } from '../../../src/engine/scenario'
import type { Scenario } from '../../../src/engine/scenario/schema'
import { generateWorld } from '../../../src/engine/world/generate'
import { worldDigest } from '../../../src/engine/world/digest'
import type { RefundCase } from '../../../src/engine/processes/refunds/types'
import { inEnglish } from '../../../src/i18n/render'

const PATH = 'scenarios/refunds-first-claims.yaml'
const { files } = await readSourceFiles(['scenarios/jurisdictions'])

/** The bundled scenario with `variants` set under world.refunds (or left as it is). */
function load(variants?: unknown) {
  const doc = parseDocument(readFileSync(PATH, 'utf8'))
  if (variants !== undefined) doc.setIn(['world', 'refunds', 'variants'], variants)
  return loadLibrary([...files, { path: PATH, text: doc.toString() }])
}

function scenarioWith(variants?: unknown): Scenario {
  const library = load(variants)
  expect(library.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([])
  return library.scenarios[0]!
}

/** The scenario's worlds as the seed draws them (the knob left out): they must not move. */
const PINNED: Record<number, string> = { 1: '12a51d1f0c9d6ae9', 2: '156601f1d6e84a99', 3: 'ca8d2949b88efb59' }

describe('phantom-exporter variant: registeredDaysBeforeClaim', () => {
  it.each([1, 2, 3])(
    'every phantom company is registered that many days before its claim (seed %i)',
    async (seed) => {
      const scenario = scenarioWith({ 'phantom-exporter': { registeredDaysBeforeClaim: 50 } })
      const session = await Session.start(scenario, { seed })
      const world = session.world
      const phantoms = world.truth.cases.filter((t) => t.kind === 'phantom-exporter')
      expect(phantoms.length).toBeGreaterThan(0)
      for (const truth of phantoms) {
        const record = world.cases.refunds!.find((c) => c.id === truth.caseId)!
        const claim = record.data as RefundCase
        const taxpayer = world.taxpayers.find((t) => t.tin === record.tin)!
        expect(daysBetween(taxpayer.registeredOn, claim.lodgedOn)).toBe(50)
        // The red flag cites the company's age (50 days ≈ 2 months).
        expect(inEnglish(truth.flags[0]!)).toContain('2 months before a first claim')
        // The refund account still changes after the company registered.
        for (const account of claim.accounts.slice(1)) expect(account.from > taxpayer.registeredOn).toBe(true)
      }
      playPolicy(session, 'best')
      const report = session.report()
      expect(report.score).toBe(report.maxScore)
      expect(report.grades).toMatchObject({ acceptable: 0, wrong: 0, harmful: 0 })
    },
  )

  it.each([1, 2, 3])('without the knob the world is the one the seed drew (seed %i)', async (seed) => {
    const plain = worldDigest(await generateWorld(scenarioWith(), { seed }))
    expect(worldDigest(await generateWorld(scenarioWith({}), { seed }))).toBe(plain)
    expect(worldDigest(await generateWorld(scenarioWith({ 'phantom-exporter': {} }), { seed }))).toBe(plain)
    expect(plain).toBe(PINNED[seed])
  })

  it('refuses, located, a company too old to be a new registrant under the profile', () => {
    const library = load({ 'phantom-exporter': { registeredDaysBeforeClaim: 400 } })
    const errors = library.issues.filter((i) => i.severity === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]!.message).toMatch(/not a new registrant.*at most 350 days/)
    // Located on the value the trainer wrote.
    const text = load({ 'phantom-exporter': { registeredDaysBeforeClaim: 400 } })
    expect(text.issues[0]!.line).toBeGreaterThan(30)
    expect(errors[0]!.path).toBe(PATH)
  })

  it('warns when the scenario has no phantom-exporter case for the variant to change', () => {
    const doc = parseDocument(readFileSync(PATH, 'utf8'))
    doc.setIn(['world', 'refunds', 'anomalies', 'phantom-exporter'], 0)
    doc.setIn(['world', 'refunds', 'variants'], { 'phantom-exporter': { registeredDaysBeforeClaim: 60 } })
    const library = loadLibrary([...files, { path: PATH, text: doc.toString() }])
    const warnings = library.issues.filter((i) => i.severity === 'warning').map((i) => i.message)
    expect(warnings.some((m) => m.includes('no phantom-exporter cases'))).toBe(true)
  })

  it('refuses a company registered too close to its claim, and an unknown knob, by the schema', () => {
    for (const variants of [
      { 'phantom-exporter': { registeredDaysBeforeClaim: 10 } },
      { 'phantom-exporter': { registeredMonthsAgo: 3 } },
      { 'refund-diversion': { registeredDaysBeforeClaim: 60 } },
    ]) {
      const errors = load(variants).issues.filter((i) => i.severity === 'error')
      expect(errors.length, JSON.stringify(variants)).toBeGreaterThan(0)
      expect(errors[0]!.message, JSON.stringify(variants)).toMatch(/refund-diversion|registeredMonthsAgo|45/)
    }
  })
})
