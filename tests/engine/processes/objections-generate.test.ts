/**
 * The objections generator: exactly the declared kinds, ground truth that the world bears out
 * (a late objection really is late from deemed receipt, a look-alike really is in time, the
 * unpaid undisputed tax really is unpaid on the ledger, the confirmed evidence is exactly the
 * items to allow), and the same world from the same seed.
 */
import { inEnglish } from '../../../src/i18n/render'
import { describe, expect, it } from 'vitest'
import { generateWorld, type Scenario } from '../../../src/engine'
import { balanceOf } from '../../../src/engine/rules/ledger'
import { disputedTax, undisputedTax } from '../../../src/engine/processes/objections/case-data'
import {
  inadmissibility,
  lateByMailingDate,
  timeliness,
} from '../../../src/engine/processes/objections/rules'
import { RECIPES } from '../../../src/engine/processes/objections/recipes'
import { casesOf, scenario, world, type Case } from './objections-fixture'

const kinds = casesOf(world).map((c) => c.truth.kind)
const j = scenario.jurisdiction
const paidOn = ({ record, data }: Case) =>
  -world.ledger
    .filter(
      (e) =>
        e.tin === record.tin && e.period === data.period && e.kind === 'payment' && e.ref.startsWith('PAY-'),
    )
    .reduce((s, e) => s + e.amount, 0)
const groundOf = (c: Case) => c.truth.best.find((x) => x.type === 'objections.declareInadmissible')?.ground
const allowedOf = (c: Case) =>
  (c.truth.best.find((x) => x.type === 'objections.decide')?.allowedItems ?? []) as string[]

describe('objections world of the bundled scenario', () => {
  it('holds exactly the declared anomalies and look-alikes, the rest genuine', () => {
    const config = scenario.world.objections!
    const count = (k: string) => kinds.filter((x) => x === k).length
    for (const [kind, n] of Object.entries({ ...config.anomalies, ...config.lookalikes }))
      expect(count(kind), kind).toBe(n)
    expect(count('genuine')).toBe(2)
    expect(kinds).toHaveLength(config.cases)
  })

  it('gives every case its own active business, an audit officer as auditor and a reviewer outside the audit', () => {
    const tins = casesOf(world).map((c) => c.record.tin)
    expect(new Set(tins).size).toBe(tins.length)
    for (const c of casesOf(world)) {
      const t = world.taxpayers.find((x) => x.tin === c.record.tin)!
      expect(t.kind).toBe('business')
      expect(t.status).toBe('active')
      expect(c.data.roster.find((o) => o.id === c.data.auditorId)?.unit).toBe('audit')
      const reviewer = c.truth.best.find((x) => x.type === 'objections.assignReviewer')?.officer
      if (reviewer) expect(c.data.roster.find((o) => o.id === reviewer)?.unit).toBe('objections')
    }
  })

  it('derives the truth from the rules applied to the world', () => {
    for (const c of casesOf(world)) {
      const facts = {
        mailedOn: c.data.mailedOn,
        receivedOn: c.record.receivedOn,
        groundsStated: c.data.groundsStated,
        undisputed: undisputedTax(c.data),
        paid: paidOn(c),
        lateReason: c.data.lateReason !== undefined,
      }
      expect(groundOf(c), c.record.id).toBe(inadmissibility(facts, j))
    }
  })

  it.each([
    ['late-objection', 'late'],
    ['undisputed-unpaid', 'undisputed-unpaid'],
    ['no-grounds', 'no-grounds'],
    ['deemed-receipt-in-time', undefined],
    ['valid-partial', undefined],
    ['genuine', undefined],
  ])('%s → inadmissible ground %s', (kind, ground) => {
    for (const c of casesOf(world).filter((x) => x.truth.kind === kind)) expect(groundOf(c)).toBe(ground)
  })

  it('makes late objections late from deemed receipt, and look-alikes late only by the mailing date', () => {
    for (const c of casesOf(world)) {
      const time = timeliness(c.data.mailedOn, c.record.receivedOn, j)
      const looksLate = lateByMailingDate(c.data.mailedOn, c.record.receivedOn, j)
      if (c.truth.kind === 'late-objection') expect(time).toBe('late')
      else expect(time).toBe('in-time')
      if (c.truth.kind === 'deemed-receipt-in-time') expect(looksLate).toBe(true)
      if (!['late-objection', 'deemed-receipt-in-time'].includes(c.truth.kind)) expect(looksLate).toBe(false)
    }
  })

  it('leaves the accepted tax unpaid on the ledger only for undisputed-unpaid', () => {
    for (const c of casesOf(world)) {
      const paid = paidOn(c)
      if (c.truth.kind === 'undisputed-unpaid') expect(paid).toBeLessThan(undisputedTax(c.data))
      else expect(paid).toBe(undisputedTax(c.data))
      const period = balanceOf(world.ledger, {
        tin: c.record.tin,
        taxType: c.data.taxType,
        period: c.data.period,
      })
      expect(period).toBe(disputedTax(c.data) + undisputedTax(c.data) - paid)
    }
  })

  it('posts the assessment as one adjustment per item, referenced to the notice', () => {
    for (const { record, data } of casesOf(world)) {
      const adjustments = world.ledger.filter((e) => e.ref === data.noticeId && e.kind === 'adjustment')
      expect(adjustments.map((e) => e.amount)).toEqual(data.items.map((i) => i.tax))
      expect(adjustments.every((e) => e.tin === record.tin && e.date === data.issuedOn)).toBe(true)
    }
    const ids = [...world.returns, ...world.ledger].map((x) => x.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('states no grounds and attaches nothing only in no-grounds letters', () => {
    for (const c of casesOf(world)) {
      const disputed = c.data.items.filter((i) => i.disputed)
      const reasoned = disputed.every((i) => i.ground && i.evidence)
      expect(reasoned, c.record.id).toBe(c.truth.kind !== 'no-grounds')
      expect(c.data.groundsStated).toBe(c.truth.kind !== 'no-grounds')
    }
  })

  it('allows exactly the items whose evidence the records confirm', () => {
    for (const c of casesOf(world).filter((x) => !groundOf(x))) {
      const confirmed = c.data.items
        .filter((i) => i.disputed && inEnglish(i.evidence?.finding ?? '').startsWith('Confirmed'))
        .map((i) => i.id)
      expect(allowedOf(c)).toEqual(confirmed)
    }
    for (const c of casesOf(world).filter((x) => x.truth.kind === 'valid-partial')) {
      const disputed = c.data.items.filter((i) => i.disputed).length
      expect(allowedOf(c).length).toBeGreaterThan(0)
      expect(allowedOf(c).length).toBeLessThan(disputed)
    }
    for (const c of casesOf(world).filter((x) => x.truth.kind === 'genuine')) {
      const disputed = c.data.items.filter((i) => i.disputed).length
      expect([0, disputed]).toContain(allowedOf(c).length)
    }
  })

  it("takes each case's panels, indicators and letter from its kind's recipe", () => {
    for (const c of casesOf(world)) {
      const recipe = RECIPES[c.truth.kind as keyof typeof RECIPES]
      expect(c.truth.evidence, c.record.id).toEqual(recipe.evidence)
      expect(c.truth.tadat, c.record.id).toEqual(recipe.tadat)
      expect(c.data.groundsStated, c.record.id).toBe(recipe.grounds)
      if (c.data.lateReason) expect(recipe.lateReason, c.record.id).toBe(true)
    }
  })

  it('gives most objectors another debt that a hold must leave alone', () => {
    const other = casesOf(world).filter(
      (c) =>
        balanceOf(world.ledger, { tin: c.record.tin }) >
        balanceOf(world.ledger, { tin: c.record.tin, taxType: c.data.taxType, period: c.data.period }),
    )
    expect(other.length).toBeGreaterThanOrEqual(5)
  })

  it('is the same world from the same seed', async () => {
    const again = await generateWorld(scenario)
    expect(JSON.stringify(again.cases.objections)).toBe(JSON.stringify(world.cases.objections))
    expect(JSON.stringify(again.truth)).toBe(JSON.stringify(world.truth))
    expect(JSON.stringify(again.ledger)).toBe(JSON.stringify(world.ledger))
  })
})

describe('worlds the law makes impossible', () => {
  const variant = (world: object, jurisdiction: object): Scenario =>
    ({
      ...scenario,
      world: { ...scenario.world, ...world },
      jurisdiction: { ...scenario.jurisdiction, ...jurisdiction },
    }) as Scenario

  it('refuses more anomalies and look-alikes than cases', async () => {
    const s = variant({ objections: { ...scenario.world.objections!, cases: 3 } }, {})
    await expect(generateWorld(s)).rejects.toThrow(/asks for 8 anomalies and look-alikes but only 3 cases/)
  })

  it('refuses deemed-receipt look-alikes without a deemed-receipt rule', async () => {
    const s = variant({}, { deadlines: { ...scenario.jurisdiction.deadlines, deemedReceiptDays: 0 } })
    await expect(generateWorld(s)).rejects.toThrow(/deemedReceiptDays is above 0/)
  })

  it('refuses undisputed-unpaid anomalies where the law does not require the accepted tax paid', async () => {
    const objections = { ...scenario.jurisdiction.objections, requireUndisputedPaid: false }
    await expect(generateWorld(variant({}, { objections }))).rejects.toThrow(/requireUndisputedPaid is true/)
  })
})
