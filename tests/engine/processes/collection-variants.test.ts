/**
 * The variants a trainer fixes for collection cases (world.collection.variants): how many
 * defaulted agreements an abuser has, and in which tax the arrears sit. Set, they hold in every
 * case of that kind at three seeds and `best` still scores the maximum; left out, the world is the
 * one the seed draws; a value the world cannot honour is a located validation issue.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary, readSourceFiles } from '../../../src/cli/files'
import { loadLibrary, playPolicy, Session, type CaseRecord, type Scenario } from '../../../src/engine'
import type { CollectionCaseData } from '../../../src/engine/processes/collection/case-data'
import { caseFacts } from '../../../src/engine/processes/collection/facts'
import { agreementDecision } from '../../../src/engine/processes/collection/rules'
import { openDebts } from '../../../src/engine/rules/ledger'
import { worldDigest } from '../../../src/engine/world/digest'

const library = await loadBundledLibrary()
const base = library.scenarios.find((s) => s.id === 'collection-debt-book')!
type Variants = NonNullable<NonNullable<Scenario['world']['collection']>['variants']>

const withVariants = (variants: Variants): Scenario => ({
  ...base,
  world: { ...base.world, collection: { ...base.world.collection!, variants } },
})

async function play(scenario: Scenario, seed: number) {
  const session = await Session.start(scenario, { seed })
  const world = session.env.world
  const j = session.env.jurisdiction
  const cases = (kind: string) =>
    world.truth.cases
      .filter((t) => t.process === 'collection' && t.kind === kind)
      .map((t) => world.cases.collection!.find((r) => r.id === t.caseId) as CaseRecord<CollectionCaseData>)
  const facts = (record: CaseRecord<CollectionCaseData>) => caseFacts(record, world, j)
  /** The taxes of a case's undisputed arrears. */
  const taxes = (record: CaseRecord<CollectionCaseData>) => {
    const disputed = new Set(record.data.objections.map((o) => `${o.taxType}|${o.period}`))
    return new Set(
      openDebts(world.ledger, record.tin)
        .filter((d) => !disputed.has(`${d.taxType}|${d.period}`))
        .map((d) => d.taxType),
    )
  }
  const best = () => {
    playPolicy(session, 'best')
    return session.report()
  }
  return { session, world, j, cases, facts, taxes, best }
}

const expectMaximum = (report: ReturnType<Session['report']>) => {
  expect(report.undecided).toEqual([])
  expect(report.grades).toMatchObject({ acceptable: 0, wrong: 0, harmful: 0 })
  expect(report.score).toBe(report.maxScore)
}

describe('world.collection.variants', () => {
  it.each([1, 2, 3])(
    'agreement-abuse.defaultedAgreements: 3 holds at seed %i and best scores the maximum',
    async (seed) => {
      const w = await play(withVariants({ 'agreement-abuse': { defaultedAgreements: 3 } }), seed)
      const abusers = w.cases('agreement-abuse')
      expect(abusers).toHaveLength(2)
      for (const record of abusers) {
        expect(w.facts(record).defaults).toBe(3)
        expect(agreementDecision(3, w.j)).toBe('refuse')
      }
      expectMaximum(w.best())
    },
  )

  it.each([1, 2, 3])(
    'one defaulted agreement (below refuseAfterDefaults) asks for security at seed %i',
    async (seed) => {
      const w = await play(withVariants({ 'agreement-abuse': { defaultedAgreements: 1 } }), seed)
      for (const record of w.cases('agreement-abuse')) {
        expect(w.facts(record).defaults).toBe(1)
        const truth = w.world.truth.cases.find((t) => t.caseId === record.id)!
        expect(truth.best.at(-1)).toMatchObject({
          type: 'collection.grantAgreement',
          security: 'bank-guarantee',
        })
      }
      expectMaximum(w.best())
    },
  )

  it.each([1, 2, 3])('taxType puts the arrears of each kind in the chosen tax at seed %i', async (seed) => {
    const chosen = {
      'asset-flight': 'PAYE',
      'agreement-abuse': 'CIT',
      'disputed-debt': 'PAYE',
      'cash-flow-problem': 'CIT',
      uncollectible: 'VAT',
    } as const
    const w = await play(
      withVariants(Object.fromEntries(Object.entries(chosen).map(([k, taxType]) => [k, { taxType }]))),
      seed,
    )
    for (const [kind, taxType] of Object.entries(chosen)) {
      const records = w.cases(kind)
      expect(records.length, kind).toBeGreaterThan(0)
      for (const record of records) {
        expect(w.taxes(record), `${kind} ${record.id}`).toEqual(new Set([taxType]))
        const taxpayer = w.world.taxpayers.find((t) => t.tin === record.tin)!
        expect(taxpayer.taxTypes.map((r) => r.taxType)).toContain(taxType)
      }
    }
    expectMaximum(w.best())
  })

  it('left out (or empty), the world is the one the seed draws', async () => {
    for (const seed of [1, 2]) {
      const plain = await Session.start(base, { seed })
      const empty = await Session.start(withVariants({}), { seed })
      expect(worldDigest(empty.env.world)).toBe(worldDigest(plain.env.world))
    }
  })

  it('a knob fixes its own kind and leaves the other kinds’ cases as drawn', async () => {
    const plain = await play(base, 1)
    const fixed = await play(withVariants({ 'agreement-abuse': { defaultedAgreements: 4 } }), 1)
    for (const kind of ['asset-flight', 'disputed-debt', 'cash-flow-problem', 'uncollectible'])
      expect(JSON.stringify(fixed.cases(kind))).toBe(JSON.stringify(plain.cases(kind)))
  })
})

describe('a variant the world cannot honour is a located issue', () => {
  const text = readFileSync('scenarios/collection-debt-book.yaml', 'utf8')
  async function issues(variants: string, edit: (yaml: string) => string = (yaml) => yaml) {
    const edited = edit(text.replace(/^( {4}newDebtShare:)/m, `    variants:\n${variants}\n$1`))
    expect(edited).not.toBe(text)
    const { files } = await readSourceFiles(['scenarios/jurisdictions'])
    const found = loadLibrary([...files, { path: 'debt-book.yaml', text: edited }]).issues.filter(
      (i) => i.path === 'debt-book.yaml',
    )
    return found.map((i) => ({ ...i, at: edited.split('\n')[i.line - 1]!.trim() }))
  }

  it('no defaulted agreement: the request would be an ordinary one, not abuse', async () => {
    const found = await issues('      agreement-abuse:\n        defaultedAgreements: 0')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ severity: 'error', at: 'defaultedAgreements: 0' })
    expect(found[0]!.message).toMatch(/ordinary one.*grant it.*not agreement abuse.*at least 1/)
  })

  it('a tax the profile does not administer', async () => {
    const found = await issues('      asset-flight:\n        taxType: EXCISE')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ severity: 'error', at: 'taxType: EXCISE' })
    expect(found[0]!.message).toMatch(/does not administer EXCISE.*CIT, PIT, VAT, PAYE, WHT/)
  })

  it('variants for a kind the world has no case of are a warning; valid ones say nothing', async () => {
    expect(
      await issues('      agreement-abuse:\n        defaultedAgreements: 2\n        taxType: PAYE'),
    ).toEqual([])
    const found = await issues('      disputed-debt:\n        taxType: VAT', (yaml) =>
      yaml.replace('      disputed-debt: 1\n', ''),
    )
    const mine = found.filter((i) => i.message.startsWith('variants are set'))
    expect(mine).toHaveLength(1)
    expect(mine[0]).toMatchObject({ severity: 'warning', at: 'disputed-debt:' })
    expect(mine[0]!.message).toMatch(/no disputed-debt case/)
  })
})
