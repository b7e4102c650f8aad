/**
 * Everything the registration process shows a trainee renders in French, Russian and Portuguese
 * with no gap: every case's title and truth (expected, explanation, red flags, clearing facts),
 * every panel a case reveals along its best path (register search and applicant's reply
 * included), every command's label, fields, options and blocker at each step, field problems,
 * every state and process-map label and the verdict of every closing decision, for every case of
 * the bundled registration scenarios under three seeds. A missing id throws; no
 * raw id, "undefined" or "[object Object]"; no tax named by its English code ("CIT, VAT et
 * PAYE") where its label belongs; and no English sentence of the registration catalogue
 * survives in the French rendering.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { Session } from '../../src/engine'
import type { Command, Value } from '../../src/engine/processes/contract'
import { registrationModule } from '../../src/engine/processes/registration/module'
import { typedBest } from '../../src/engine/session/policies'
import { inEnglish, type Translator } from '../../src/i18n/render'
import english from '../../src/i18n/en/registration'
import { englishIn, strictTranslators, TAX_CODE, unquoted, viewValues } from './support/render'

const RAW_ID = /\bregistration\.[a-zA-Z-]+\.[a-zA-Z-]/

/**
 * The English catalogue's fixed wording: each message's text between its placeholders, kept
 * when it is at least three words long (so "Name" or "TIN" may legitimately stay in French).
 */
const ENGLISH_SENTENCES: readonly string[] = [
  ...new Set(
    Object.values(english).flatMap((source) => {
      let text = source
      // Strip placeholders, innermost first, so a select's branches go with it.
      for (let k = 0; k < 5; k++) text = text.replace(/\{[^{}]*\}/g, '\u0000')
      return text
        .split('\u0000')
        .map((part) =>
          part
            .trim()
            .replace(/^[,.;:()"]+|[,.;:()"]+$/g, '')
            .trim(),
        )
        .filter((part) => part.split(/\s+/).length >= 3)
    }),
  ),
]

/** Every closing decision a trainee could take: link, reject, and approvals off the mark. */
function decisionsOf(best: Command, relatedTin: string | undefined): Command[] {
  const approve = { type: 'registration.approve', taxTypes: ['PIT'], segment: 'large' }
  return [
    best,
    { type: 'registration.linkToExisting' },
    { type: 'registration.reject', reason: 'x' },
    approve,
    { ...approve, taxTypes: ['VAT'], relatedTin: '1' },
    ...(relatedTin ? [{ ...approve, relatedTin }] : []),
    { type: 'registration.verifyIdentity' },
  ]
}

function collect(session: Session, caseId: string): (Value | undefined)[] {
  const texts = viewValues(session.caseView(caseId))
  // Fields no officer could send: the refusal is the step's blocker or the field's problem.
  for (const command of [
    { type: 'registration.approve', taxTypes: ['XYZ'], segment: 'small' },
    { type: 'registration.approve', taxTypes: [], segment: 'small' },
    { type: 'registration.approve', taxTypes: ['PIT'], segment: '', relatedTin: '0' },
    { type: 'registration.reject', reason: ' ' },
    { type: 'registration.suspectDuplicate', tin: '0' },
  ]) {
    const result = session.send({ type: 'case.command', caseId, command })
    if (!result.ok) texts.push(result.reason)
  }
  return texts
}

let rendered = 0
function check(ts: readonly Translator[], values: readonly (Value | undefined)[], where: string) {
  for (const t of ts)
    for (const value of values) {
      if (value === undefined) continue
      const text = t.t(value)
      rendered++
      expect(text, `${where} (${t.language})`).not.toMatch(/\[object Object\]|\bundefined\b/)
      expect(text, `${where} (${t.language})`).not.toMatch(RAW_ID)
      // A tax is named by its label; a plain string is data (a name, what an officer typed).
      if (typeof value !== 'string') expect(unquoted(text), `${where} (${t.language})`).not.toMatch(TAX_CODE)
      if (t.language === 'fr') expect(englishIn(text, ENGLISH_SENTENCES), `${where}: ${text}`).toEqual([])
    }
}

describe('registration in French, Russian and Portuguese', () => {
  it('the English catalogue gives the French check sentences to look for', () => {
    expect(ENGLISH_SENTENCES).toContain('Approve and issue a TIN for')
    expect(ENGLISH_SENTENCES.length).toBeGreaterThan(150)
  })

  it('renders every title, truth, state, command, field, blocker, panel and verdict of its bundled scenarios', async () => {
    const ts = await strictTranslators()
    const library = await loadBundledLibrary()
    // The registration scenarios hold every kind of case; the mixed ones repeat them.
    const scenarios = library.scenarios.filter((s) => s.id.startsWith('registration-'))
    expect(scenarios.map((s) => s.id)).toContain('registration-guichet-unique')
    check(ts, Object.values(registrationModule.stateLabels), 'state labels')
    check(
      ts,
      registrationModule.commands.map((c) => c.label),
      'commands',
    )
    const kinds = new Set<string>()
    for (const scenario of scenarios)
      for (const seed of [scenario.world.seed, 7, 20260301]) {
        const session = await Session.start(scenario, { seed })
        for (const summary of session.cases()) {
          if (summary.process !== 'registration') continue
          const caseId = summary.caseId
          const truth = session.truthOf(caseId)!
          kinds.add(truth.kind)
          const where = `${scenario.id} seed ${seed} ${caseId} ${truth.kind}`
          check(ts, [truth.expected, truth.explanation, ...truth.flags, ...(truth.clearing ?? [])], where)
          session.send({ type: 'case.open', caseId })
          check(ts, collect(session, caseId), where)
          const history: Command[] = []
          const relatedTin = truth.best.find((c) => c.tin)?.tin as string | undefined
          for (const command of typedBest(truth)) {
            if (registrationModule.commands.find((c) => c.type === command.type)?.final)
              for (const decision of decisionsOf(command, relatedTin)) {
                const verdict = registrationModule.grade(truth, decision, history, session.env)
                check(ts, [verdict.why], `${where} verdict on ${decision.type}`)
              }
            // The applicant's reply, on the way: a query once the documents are checked.
            if (command.type === 'registration.checkDuplicates')
              session.send({ type: 'case.command', caseId, command: { type: 'registration.raiseQuery' } })
            expect(
              session.send({ type: 'case.command', caseId, command }),
              `${where} ${command.type}`,
            ).toEqual({
              ok: true,
            })
            history.push(command)
            check(ts, collect(session, caseId), `${where} after ${command.type}`)
          }
          check(
            ts,
            [registrationModule.blocker(undefined as never, 'no.such.step', session.env)?.reason],
            where,
          )
        }
        for (const decision of session.report().decisions)
          check(
            ts,
            [
              decision.decisionLabel,
              decision.expected,
              decision.feedback.explanation,
              ...decision.feedback.flags,
              ...(decision.feedback.clearing ?? []),
            ],
            `${scenario.id} seed ${seed} report ${decision.caseId}`,
          )
      }
    expect([...kinds].sort()).toEqual(
      [
        'bogus-registration',
        'duplicate-identity',
        'genuine',
        'identity-mismatch',
        'namesake',
        'phoenix',
        'shared-family-address',
        'vat-threshold',
      ].sort(),
    )
    expect(rendered).toBeGreaterThan(10_000)
  }, 900_000)

  it('keeps the English wording in English', () => {
    expect(inEnglish({ id: 'registration.title.business', args: { name: 'Acme' } })).toBe('Business: Acme')
  })
})
