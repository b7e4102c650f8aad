/**
 * The taxpayer's account in an objection names the return a line was posted for by its tax and
 * period, as an officer's ledger would (« Déclaration (TVA, 2024-11) »), never by the id the
 * generator gave the record ("objections-0004-return"), in every language.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { playPolicy, Session } from '../../src/engine'
import { translatorFor } from '../../src/i18n/for-scenario'
import { LANGUAGES } from '../../src/i18n/languages'
import { panelValues } from './support/render'

const { scenarios } = await loadBundledLibrary()
const desks = scenarios.filter((s) => s.id.startsWith('objections-'))

describe.each(desks.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
  it.each(LANGUAGES)('the account names each return in words (%s)', async (language) => {
    const tr = await translatorFor(scenario, language)
    const session = await Session.start(scenario, { seed: scenario.world.seed })
    playPolicy(session, 'best')
    const references: string[] = []
    for (const c of session.cases()) {
      const account = session.caseView(c.caseId).panels.find((p) => p.id === 'account')
      if (!account) continue
      const ledger = account.sections[0]
      if (ledger?.kind !== 'table') continue
      const column = ledger.columns.findIndex(
        (label) => tr.t(label) === tr.m('objections.panel.account.reference'),
      )
      expect(column).toBeGreaterThanOrEqual(0)
      for (const row of ledger.rows) references.push(tr.t(row[column]))
      for (const value of panelValues(account)) expect(tr.t(value)).not.toMatch(/objections-\d/)
    }
    const word = { en: 'VAT return', fr: 'Déclaration (TVA', ru: 'Декларация (НДС', pt: 'Declaração (IVA' }[
      language
    ]
    expect(
      references.some((r) => r.startsWith(word)),
      references.join(' | '),
    ).toBe(true)
    // Any tax, not only VAT's acronym, reads as a phrase: its name as a noun in brackets (« Déclaration
    // (impôt sur les sociétés, 2023) »), never pasted after the word without a preposition.
    const head = word.split(' (')[0]!
    if (language !== 'en')
      for (const r of references.filter((x) => x.startsWith(head)))
        expect(r).toMatch(/^\S+ \([^,()]+, [^()]+\)$/)
  })
})
