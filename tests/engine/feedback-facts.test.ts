/**
 * Feedback never contradicts the evidence: every fact the feedback cites (an identifier a
 * register hit shares, a civil-registry finding, a score and its threshold, a documented cause)
 * is a parameter of the case's truth, built from the record the grader used, and equals the
 * case's data. Checked on every case of every bundled scenario at three seeds; the audit's
 * figures are checked argument by argument in feedback-facts-audit.test.ts.
 */
import { createTranslator, inEnglish } from '../../src/i18n/render'
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { Session, type CaseTruth } from '../../src/engine'
import { day, money, msg, type Text } from '../../src/engine/primitives/message'
import { withFacts } from '../../src/engine/scoring/report'
import { loadCatalogue } from '../../src/i18n/load'
import type { Application, Taxpayer, World } from '../../src/engine/world/types'
import { applicationsOf, englishFacts } from './registration-truth'

const library = await loadBundledLibrary()
const SEEDS = [1, 2, 3]
/** Cases checked per kind, so the suite fails if a kind it means to check never occurs. */
const checked = new Map<string, number>()

const LABEL = {
  nationalId: 'national ID',
  birthDate: 'date of birth',
  phone: 'phone number',
  bankAccount: 'bank account',
} as const

/** The identifiers an application really shares with a register record, in the order of LABEL. */
function shared(a: Application, t: Taxpayer): string[] {
  const same = {
    nationalId: a.idNumber === t.idNumber,
    birthDate: a.birthOrIncorporation === t.birthOrIncorporation,
    phone: a.phone === t.phone,
    bankAccount: a.bankAccount.number === t.bankAccount.number,
  }
  return (Object.keys(LABEL) as (keyof typeof LABEL)[]).filter((k) => same[k]).map((k) => LABEL[k])
}

/** Every sentence the trainee reads after deciding the case. */
function texts(truth: CaseTruth, teaching: Text | undefined): string[] {
  return [truth.explanation, truth.expected, ...truth.flags, ...(truth.clearing ?? []), teaching ?? ''].map(
    (text) => inEnglish(text),
  )
}

function checkRegistration(world: World, truth: CaseTruth): void {
  const application = applicationsOf(world).find((a) => a.id === truth.caseId)!
  const facts = englishFacts(truth.facts ?? {})
  const holder = (tin: string) => world.taxpayers.find((t) => t.tin === tin)!
  if (truth.kind === 'duplicate-identity') {
    const old = holder(facts.relatedTin!)
    const matched = shared(application, old)
    // Sorted: the generator lists them in a shuffled order.
    const listed = facts.matched!.split(/, and |, | and /)
    // Sorted: the generator lists them in a shuffled order.
    expect([...listed].sort(), truth.caseId).toEqual([...matched].sort())
    const standing =
      old.arrears > 0
        ? `owes ${inEnglish(money(old.arrears))} in arrears`
        : old.status !== 'active'
          ? `is ${old.status}`
          : 'has nothing outstanding'
    expect(facts.standing).toBe(standing)
  }
  if (truth.kind === 'namesake') {
    const old = holder(facts.relatedTin!)
    expect(shared(application, old), truth.caseId).toEqual([])
    expect(application.address.line).not.toBe(old.address.line)
    expect(truth.flags.map((flag) => inEnglish(flag)).join(' ')).not.toMatch(/differ/)
  }
  if (truth.kind === 'identity-mismatch') {
    const person = world.people[application.idNumber]
    if (!person) expect(facts.finding).toMatch(/has no record of ID .*never issued/)
    else if (facts.finding!.startsWith('gives date of birth')) {
      expect(facts.finding).toContain(
        `gives date of birth ${inEnglish(day(person.birthDate))} for ID ${application.idNumber}`,
      )
      expect(application.birthOrIncorporation).not.toBe(person.birthDate)
    } else {
      expect(facts.finding).toMatch(/^shows that ID \S+ belongs to .+, not to the applicant$/)
      expect(facts.finding).toContain(person.lastName)
      expect(application.name).not.toContain(person.firstName)
    }
  }
}

describe.each(library.scenarios.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
  it.each(SEEDS)('seed %i: every fact the feedback cites is the case’s own', async (seed) => {
    const session = await Session.start(scenario, { seed })
    const world = session.env.world
    for (const c of session.cases()) {
      const truth = session.truthOf(c.caseId)!
      const task = scenario.tasks.find((t) => t.id === c.taskId)!
      const note = (task.feedback as Record<string, string | undefined>)[truth.kind]
      const teaching = note === undefined ? undefined : withFacts(note, truth.facts ?? {})
      // Every {name} a teaching note uses is a fact of this case.
      expect(inEnglish(teaching), `${c.caseId} ${truth.kind}`).not.toMatch(/\{[a-zA-Z]+\}/)
      checked.set(truth.kind, (checked.get(truth.kind) ?? 0) + 1)
      if (c.process === 'registration') checkRegistration(world, truth)
      for (const text of texts(truth, teaching)) expect(text).not.toMatch(/\bor a new competitor\b/)
    }
  })
})

describe('the cases checked', () => {
  it('include every kind whose feedback cites facts', () => {
    for (const kind of ['duplicate-identity', 'namesake', 'identity-mismatch', 'genuine'])
      expect(checked.get(kind) ?? 0, kind).toBeGreaterThan(0)
  })
})

describe('withFacts', () => {
  it('puts the case’s own facts in place of their names and leaves unknown names as written', () => {
    expect(
      inEnglish(
        withFacts('The {matched} match TIN {relatedTin}; {other}.', { matched: 'phone', relatedTin: '1' }),
      ),
    ).toBe('The phone match TIN 1; {other}.')
    // A note that names none of the facts stays the trainer's plain text.
    expect(withFacts('Check the register first.', { matched: 'phone' })).toBe('Check the register first.')
  })

  it('renders typed facts in the reader’s language inside a trainer’s French or English note', async () => {
    const facts = {
      amount: money(150_000),
      on: day('2026-03-12'),
      cases: 3,
      cause: msg('world.ledger.lateFiling'),
      tin: '1002003004',
    }
    const fr = createTranslator({
      language: 'fr',
      catalogue: await loadCatalogue('fr'),
      country: 'fr_SN',
      currency: { code: 'XOF', symbol: 'FCFA', minorUnits: 0 },
    })
    const note = withFacts(
      'Le contribuable {tin} doit {amount} depuis le {on} ({cases} dossiers, {cause}) ; {ailleurs} reste tel quel.',
      facts,
    )
    expect(fr.t(note).replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Le contribuable 1002003004 doit 150 000 FCFA depuis le 12 mars 2026 (3 dossiers, Dépôt tardif) ; {ailleurs} reste tel quel.',
    )
    const en = createTranslator({
      language: 'en',
      country: 'en_NG',
      currency: { code: 'NGN', symbol: '₦', minorUnits: 2 },
    })
    const english = withFacts("{tin} owes {amount} since {on}: {cause}. Braces {like this} and it's fine.", {
      ...facts,
      amount: money(272_565_000),
    })
    expect(en.t(english)).toBe(
      "1002003004 owes ₦2,725,650.00 since 12 Mar 2026: Late filing. Braces {like this} and it's fine.",
    )
  })
})
