/**
 * The words the generated world stores or names (namespace `world`) reach a French, Russian or
 * Portuguese reader in their language: the baseline ledger notes, the employers' PAYE
 * certificates, the lines of the baseline returns, the register's sectors and the civil
 * registry's occupations, for every bundled scenario at seeds 1–3. Every message's id is in the
 * reader's own catalogue (no silent English fallback), and nothing renders as a raw id,
 * "[object Object]" or `undefined`.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { generateWorld, type World } from '../../src/engine'
import { isMsg, type Msg, type Text } from '../../src/engine/primitives/message'
import { returnLineLabel } from '../../src/engine/world/account-figures'
import { RETURN_LINES } from '../../src/engine/world/types'
import { LEDGER_NOTES } from '../../src/engine/world/account-history'
import {
  BUSINESS_SECTORS,
  INDIVIDUAL_SECTORS,
  OCCUPATIONS,
  occupationLabel,
  sectorLabel,
} from '../../src/engine/world/sectors'
import { translatorFor } from '../../src/i18n/for-scenario'
import type { Language } from '../../src/i18n/languages'
import { loadCatalogue } from '../../src/i18n/load'
import { inEnglish } from '../../src/i18n/render'

const { scenarios } = await loadBundledLibrary()
const READERS: readonly Language[] = ['fr', 'ru', 'pt']

/** The world's stored and named text: notes, third-party details, line names, sectors, occupations. */
function worldTexts(world: World): Text[] {
  return [
    ...world.ledger.flatMap((e) => (e.note === undefined ? [] : [e.note])),
    ...world.thirdParty.flatMap((r) => [r.detail, ...(r.counterparty === undefined ? [] : [r.counterparty])]),
    ...world.returns.flatMap((r) => r.lines.map((l) => returnLineLabel(l))),
    ...world.taxpayers.map((t) => sectorLabel(t.sector)),
    ...Object.values(world.people).flatMap((p) => (p.occupation ? [occupationLabel(p.occupation)] : [])),
  ]
}

/** Ids of a message and of the messages nested in its arguments. */
function ids(m: Msg): string[] {
  return [m.id, ...Object.values(m.args ?? {}).flatMap((a) => (isMsg(a) ? ids(a) : []))]
}

describe('the world in the reader’s language', () => {
  it('names every sector, occupation and baseline line through a world message', () => {
    for (const s of [...BUSINESS_SECTORS, ...INDIVIDUAL_SECTORS])
      expect(isMsg(sectorLabel(s.name))).toBe(true)
    for (const o of [...OCCUPATIONS, 'Student', 'Retired', 'Unemployed'])
      expect(isMsg(occupationLabel(o))).toBe(true)
    for (const note of Object.values(LEDGER_NOTES)) expect(note.id.startsWith('world.ledger.')).toBe(true)
    // A name the world does not know is data and shows as written.
    expect(sectorLabel('Deep-sea fishing')).toBe('Deep-sea fishing')
    for (const label of RETURN_LINES) expect(returnLineLabel({ label }).id).toBe(`world.line.${label}`)
  })

  it('keeps the English words of the stored text', () => {
    expect(inEnglish(returnLineLabel({ label: 'vatInput' }))).toBe('Deductible input VAT')
    expect(inEnglish(returnLineLabel({ label: 'employmentIncome', payer: 'Acme Ltd' }))).toBe(
      'Employment income — Acme Ltd',
    )
    expect(inEnglish(LEDGER_NOTES.additionalAssessment)).toBe('Additional assessment')
    expect(inEnglish(sectorLabel('Hotels and restaurants'))).toBe('Hotels and restaurants')
  })

  for (const scenario of scenarios)
    it(`${scenario.id}: renders in fr, ru and pt (seeds 1–3)`, async () => {
      for (const seed of [1, 2, 3]) {
        const texts = worldTexts(await generateWorld(scenario, { seed }))
        const messages = texts.filter(isMsg)
        for (const language of READERS) {
          const catalogue = await loadCatalogue(language)
          for (const id of new Set(messages.flatMap(ids)))
            expect(catalogue[id], `${language} ${id}`).toBeDefined()
          const tr = await translatorFor(scenario, language, (id) => {
            throw new Error(`${language}: no message ${id}`)
          })
          for (const text of new Set(texts)) {
            const shown = tr.t(text)
            expect(shown).not.toMatch(/\[object|undefined|\bworld\.[a-z]+\.[A-Za-z]/)
            expect(shown.trim()).not.toBe('')
          }
        }
      }
    })
})
