/**
 * The audit's third-party data panel names each record's source in the reader's language
 * ("работодатель", "banque"), as the taxpayer view does, never by its code (`employer`, `bank`,
 * `card-payments`).
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { playPolicy, Session } from '../../src/engine'
import { THIRD_PARTY_SOURCES } from '../../src/engine/world/types'
import { translatorFor } from '../../src/i18n/for-scenario'

const library = await loadBundledLibrary()

describe('the audit third-party panel', () => {
  it.each(['fr', 'ru', 'pt'] as const)('names the sources in words (%s)', async (language) => {
    const scenario = library.scenarios.find((s) => s.id === 'audit-case-selection')!
    const session = await Session.start(scenario)
    playPolicy(session, 'best')
    const tr = await translatorFor(scenario, language, (id) => {
      throw new Error(`${language}: no message ${id}`)
    })
    const sources: string[] = []
    for (const c of session.cases().filter((c) => c.process === 'audit'))
      for (const panel of session.caseView(c.caseId).panels.filter((p) => p.id === 'third-party'))
        for (const section of panel.sections)
          if (section.kind === 'table') sources.push(...section.rows.map((row) => tr.t(row[0])))
    expect(sources.length).toBeGreaterThan(0)
    const words = new Set(THIRD_PARTY_SOURCES.map((s) => tr.t({ id: `common.thirdPartySource.${s}` })))
    const total = tr.t({ id: 'audit.panel.total' })
    for (const source of sources) {
      expect(THIRD_PARTY_SOURCES as readonly string[], source).not.toContain(source)
      expect([...words, total], source).toContain(source)
    }
  })
})
