/**
 * What the payments and filing generators store in the world speaks the trainee's language:
 * every case's title, its truth (expected, explanation, flags, clearing), every message in its
 * case data (letters, documents, claims), everything its view shows as it opens (the forms) and
 * at the end of its best path (panels, forms, map), and the notes of the ledger lines of its
 * taxpayer (those generated and those its decisions post) render in French, Russian and
 * Portuguese with a translator that throws on a missing id. No sentence names a tax by its
 * English code ("VAT 2025-08"): a tax is its label in the reader's language ("TVA", "НДС",
 * "IVA"); only data may (a return's id, or what a payer wrote, shown as a quotation). And the
 * French rendering contains none of the English catalogue's sentences of these namespaces.
 * Every bundled scenario with these desks, seeds 1–3.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { Session, type CaseTruth } from '../../src/engine'
import { isMsg, type Text } from '../../src/engine/primitives/message'
import type { Value } from '../../src/engine/processes/contract'
import { inEnglish, type Translator } from '../../src/i18n/render'
import englishFiling from '../../src/i18n/en/filing'
import englishPayments from '../../src/i18n/en/payments'
import { BUSINESS_SECTORS, INDIVIDUAL_SECTORS } from '../../src/engine/world/sectors'
import { englishIn, messagesIn, strictTranslators, TAX_CODE, unquoted, viewValues } from './support/render'

const PROCESSES = ['payments', 'filing'] as const
const SEEDS = [1, 2, 3]
const RAW_ID = /\b(?:payments|filing)\.[a-z]+\.[A-Za-z.]+/

/**
 * The English catalogue's own sentences of these namespaces (no placeholder, a few words): none
 * may survive into a French page.
 */
const ENGLISH_SENTENCES = Object.values({ ...englishPayments, ...englishFiling }).filter(
  (source) => !source.includes('{') && source.split(' ').length >= 4,
)

/**
 * The world's English data (a register's sector name, a return's channel code): a sentence may
 * only carry them through their label ("Secteur : Services TIC (moyennes entreprises)").
 */
const ENGLISH_DATA = [...BUSINESS_SECTORS, ...INDIVIDUAL_SECTORS].map((s) => s.name)
const CHANNEL_CODE = /(?<![\w-])(?:e-filing|paper)(?![\w-])/

const truthTexts = (truth: CaseTruth): Text[] => [
  truth.expected,
  truth.explanation,
  ...truth.flags,
  ...(truth.clearing ?? []),
]

/** Values already checked, per language (panels repeat along a case's path). */
const seen = new Set<string>()

/** A world's firm and person names: data, English in an English-profile world (the test strips them). */
let names: readonly string[] = []
const withoutNames = (text: string): string => names.reduce((t, name) => t.split(name).join('…'), text)

function check(ts: readonly Translator[], values: readonly (Value | undefined)[], where: string): void {
  for (const t of ts)
    for (const value of values) {
      const key = `${t.language} ${JSON.stringify(value)}`
      if (seen.has(key)) continue
      seen.add(key)
      const text = t.t(value)
      const at = `${where} (${t.language}): ${text}`
      expect(text, at).not.toMatch(/\[object Object\]|\bundefined\b|NaN/)
      expect(text, at).not.toMatch(RAW_ID)
      // A sentence, not data: a plain string (a name, a return's id "RET-…-VAT-2025-08") is data.
      if (typeof value !== 'string') expect(unquoted(text), at).not.toMatch(TAX_CODE)
      if (isMsg(value)) {
        expect(englishIn(withoutNames(text), ENGLISH_DATA), at).toEqual([])
        expect(text, at).not.toMatch(CHANNEL_CODE)
      }
      if (t.language !== 'fr') continue
      expect(englishIn(text, ENGLISH_SENTENCES), at).toEqual([])
      // A sentence of these desks never reads as it does in English (labels like "Date" may).
      const english = isMsg(value) && /^(payments|filing)\./.test(value.id) ? inEnglish(value) : ''
      if (english.split(' ').length >= 4) expect(text, at).not.toBe(english)
    }
}

const library = await loadBundledLibrary()
const scenarios = library.scenarios.filter((s) => PROCESSES.some((p) => s.tasks.some((t) => t.process === p)))

describe('payments and filing world text in French, Russian and Portuguese', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))(
    '%s: titles, truths, case data, panels and ledger notes',
    async (_id, scenario) => {
      const ts = await strictTranslators()
      let cases = 0
      for (const seed of SEEDS) {
        const session = await Session.start(scenario, { seed })
        names = session.env.world.taxpayers.map((t) => t.name).sort((a, b) => b.length - a.length)
        for (const summary of session.cases()) {
          if (!(PROCESSES as readonly string[]).includes(summary.process)) continue
          const caseId = summary.caseId
          const where = `${scenario.id} seed ${seed} ${caseId}`
          const record = session.env.world.cases[summary.process]!.find((c) => c.id === caseId)!
          const truth = session.truthOf(caseId)!
          check(ts, [record.title, ...truthTexts(truth), ...messagesIn(record.data)], where)
          session.send({ type: 'case.open', caseId })
          // The forms as the case opens: a tax to choose is its label, its value the code.
          check(ts, viewValues(session.caseView(caseId)), `${where} forms`)
          for (const command of truth.best) {
            if (command.type === 'clock.advance')
              session.send({ type: 'clock.advance', days: Number(command.days) } as never)
            else session.send({ type: 'case.command', caseId, command })
          }
          check(ts, viewValues(session.caseView(caseId)), `${where} view`)
          const notes = session.env.world.ledger.filter((e) => e.tin === record.tin && e.note !== undefined)
          check(
            ts,
            notes.map((e) => e.note),
            `${where} ledger notes`,
          )
          cases++
        }
      }
      expect(cases).toBeGreaterThan(0)
    },
    600_000,
  )
})
