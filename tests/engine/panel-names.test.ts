/**
 * Every panel a case can show has a name before it is shown: the evidence a trainee never
 * unlocked is listed in the feedback, the results and the CSV by that name, in the trainee's
 * language, never by its id ("bank", "offset", "agreements").
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { playPolicy, Session, type Scenario } from '../../src/engine'
import { PROCESS_MODULES } from '../../src/engine/processes/registry'
import type { ProcessId } from '../../src/engine/processes/formats'
import { translatorFor } from '../../src/i18n/for-scenario'

const library = await loadBundledLibrary()
const scenario = (id: string): Scenario => library.scenarios.find((s) => s.id === id)!

/** The panel ids a process names, with the register search every case can run. */
const named = (process: string) =>
  new Set(['register-search', ...Object.keys(PROCESS_MODULES[process as ProcessId].panelNames)])

describe('every panel has a name before it is shown', () => {
  it.each(library.scenarios.map((s) => [s.id, s] as const))('%s', async (_id, s) => {
    const session = await Session.start(s)
    playPolicy(session, 'best')
    for (const c of session.cases()) {
      const names = named(c.process)
      const evidence = session.truthOf(c.caseId)?.evidence ?? []
      const shown = session.caseView(c.caseId).panels.map((p) => p.id)
      for (const id of [...evidence, ...shown]) expect(names, `${c.process} panel ${id}`).toContain(id)
    }
  })
})

/** The evidence missed on every decided case, each id with its name rendered in `language`. */
async function missedNames(session: Session, s: Scenario, language: 'fr' | 'ru') {
  const tr = await translatorFor(s, language, (id) => {
    throw new Error(`${language}: no message ${id}`)
  })
  return session.cases().flatMap((c) => {
    const view = session.caseView(c.caseId)
    return (view.feedback?.evidenceMissed ?? []).map((id) => ({ id, name: tr.t(view.panelNames[id]) }))
  })
}

describe('the evidence a trainee never unlocked is named in their language', () => {
  it('Russian refunds: refused without the bank account or the offset', async () => {
    const s = scenario('refunds-first-claims-ru')
    const session = await Session.start(s)
    for (const { caseId } of session.cases()) {
      session.send({ type: 'case.open', caseId })
      for (const type of ['refunds.validate', 'refunds.assessRisk'])
        expect(session.send({ type: 'case.command', caseId, command: { type } }).ok).toBe(true)
      const refuse = { type: 'refunds.refuse', reason: 'Нет оснований' }
      expect(session.send({ type: 'case.command', caseId, command: refuse }).ok).toBe(true)
    }
    const missed = await missedNames(session, s, 'ru')
    const ids = new Set(missed.map((m) => m.id))
    expect(ids).toContain('bank')
    expect(ids).toContain('offset')
    for (const { id, name } of missed) {
      expect(name, id).not.toBe(id)
      expect(name, id).toMatch(/^[А-Яа-яЁё][^A-Za-z]*$/)
    }
  })

  it('French collection: decided without the instalment agreements', async () => {
    const s = scenario('collection-lawful-enforcement')
    const session = await Session.start(s)
    const withAgreements = session
      .cases()
      .filter((c) => session.truthOf(c.caseId)?.evidence.includes('agreements'))
    expect(withAgreements.length).toBeGreaterThan(0)
    for (const { caseId } of withAgreements) {
      session.send({ type: 'case.open', caseId })
      // Looks at the notices and puts the case aside: the agreements stay unopened.
      for (const type of ['collection.checkNotices', 'collection.diarise'])
        expect(session.send({ type: 'case.command', caseId, command: { type } }).ok).toBe(true)
    }
    const missed = await missedNames(session, s, 'fr')
    expect(missed.map((m) => m.id)).toContain('agreements')
    for (const { id, name } of missed) {
      expect(name, id).not.toBe(id)
      expect(name, id).not.toMatch(
        /\b(bank|agreements|notices|offset|registry|cash-flow|employer|objections)\b/,
      )
    }
    expect(missed.find((m) => m.id === 'agreements')!.name).toMatch(/échéancier|paiement|accord/i)
  })
})
