/**
 * What the generator stores for the collection desk speaks the reader's language: every case's
 * title, its truth (right answer, explanation, red flags), every evidence panel of its case data
 * and the ledger notes of the debtor's account, including those the best log's decisions post
 * (write-offs, instalment agreements and their schedule) and the third-party records it writes, render in French, Russian and
 * Portuguese from their own catalogues, with a translator that throws on a missing id. The French
 * rendering contains none of the English catalogue's collection sentences, and nothing a panel
 * shows names a tax by its English code ("VAT" in a ledger's tax column): a tax is its label.
 */
import { createActor } from 'xstate'
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { PROCESS_MODULES, Session, type ProcessModule, type Scenario } from '../../src/engine'
import type { Msg, Text } from '../../src/engine/primitives/message'
import type { CaseRecord } from '../../src/engine/processes/contract'
import type { CollectionCaseData } from '../../src/engine/processes/collection/case-data'
import type { CollectionContext } from '../../src/engine/processes/collection/collection.machine'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator, type Translator } from '../../src/i18n/render'
import type { Language } from '../../src/i18n/languages'
import { englishIn, idsOf, messagesIn, panelValues, showsTaxCode } from './support/render'
import type { Panel, Value } from '../../src/engine/processes/contract'

const LANGS: readonly Language[] = ['fr', 'ru', 'pt']
const library = await loadBundledLibrary()
const scenarios = library.scenarios.filter((s) => s.world.collection)
const english = await loadCatalogue('en')
/** Ids of the decisions' ledger notes, which only the best log's decisions post. */
const POSTED = [
  'collection.ledger.writtenOff',
  'collection.ledger.agreement',
  'collection.ledger.instalmentDue',
]
const seenIds = new Set<string>()

/** Every panel a case can show: the case file, and each panel a step reveals at each stage. */
function panelsOf(
  module: ProcessModule<CollectionContext, CollectionCaseData>,
  record: CaseRecord<CollectionCaseData>,
  session: Session,
  truth: { best: readonly { type: string }[] },
) {
  const env = session.env
  const actor = createActor(module.machine, { input: module.input(record, env) }).start()
  const out: unknown[] = [module.initialPanels(record, env)]
  const look = () => {
    const context = actor.getSnapshot().context as CollectionContext
    for (const spec of module.commands) out.push(module.reveal(record, { type: spec.type }, env, context))
  }
  look()
  for (const command of truth.best) {
    if (command.type === 'clock.advance') continue
    actor.send(command)
    look()
  }
  return out
}

/** The collection texts of one world, after the best log of every collection case is played. */
async function collect(
  scenario: Scenario,
  seed: number,
): Promise<{ msgs: Msg[]; shown: (Value | undefined)[] }> {
  const session = await Session.start(scenario, { seed })
  const module = PROCESS_MODULES.collection as unknown as ProcessModule<CollectionContext, CollectionCaseData>
  const records = session.env.world.cases.collection as CaseRecord<CollectionCaseData>[]
  const values: unknown[] = []
  for (const record of records) {
    const truth = session.truthOf(record.id)!
    values.push(record.title, truth.expected, truth.explanation, truth.flags, truth.clearing ?? [])
    values.push(panelsOf(module, record, session, truth))
  }
  for (const summary of session.cases().filter((c) => c.process === 'collection'))
    for (const command of session.truthOf(summary.caseId)!.best)
      if (command.type === 'clock.advance')
        session.send({ type: 'clock.advance', days: Number(command.days) })
      else session.send({ type: 'case.command', caseId: summary.caseId, command })
  const tins = new Set(records.map((r) => r.tin))
  values.push(session.env.world.ledger.filter((e) => tins.has(e.tin)).map((e) => e.note))
  values.push(session.env.world.thirdParty.filter((r) => tins.has(r.tin)).map((r) => r.detail))
  const views = records.map((record) => session.caseView(record.id))
  values.push(...views)
  const panels = [...values.flat(3).filter(isPanel), ...views.flatMap((v) => v.panels)]
  return {
    msgs: messagesIn(values).filter((m) => m.id.startsWith('collection.')),
    shown: panels.flatMap(panelValues),
  }
}

const isPanel = (value: unknown): value is Panel =>
  typeof value === 'object' && value !== null && 'sections' in value && 'title' in value

function translator(language: Language, catalogue: Record<string, string>, scenario: Scenario): Translator {
  const j = scenario.jurisdiction
  return createTranslator({
    language,
    catalogue,
    country: j.locale,
    currency: j.currency,
    onMissing: (id) => {
      throw new Error(`${language}: no message "${id}"`)
    },
  })
}

/** The English catalogue's collection sentences with no placeholder: none may appear in French. */
const SENTENCES = Object.entries(english)
  .filter(
    ([id, text]) =>
      id.startsWith('collection.') && !text.includes('{') && text.trim().split(/\s+/).length >= 2,
  )
  .map(([, text]) => text)

const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length

describe('the collection world speaks the reader’s language', () => {
  describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
    it.each([1, 2, 3])(
      'seed %i: titles, truths, panels and ledger notes render in fr, ru and pt',
      async (seed) => {
        const { msgs, shown } = await collect(scenario, seed)
        for (const m of msgs) for (const id of idsOf(m)) seenIds.add(id)
        expect(msgs.some((m) => m.id === 'collection.world.title')).toBe(true)
        const en = translator('en', english, scenario)
        for (const language of LANGS) {
          const catalogue = await loadCatalogue(language)
          const t = translator(language, catalogue, scenario)
          const done = new Set<string>()
          for (const m of msgs) {
            const text = t.t(m as Text)
            if (done.has(text)) continue
            done.add(text)
            expect(text, `${language} ${m.id}`).not.toMatch(/\[object Object\]|\bundefined\b|\bNaN\b/)
            expect(text, `${language} ${m.id}`).not.toMatch(/\bcollection\.[a-z]+\.[A-Za-z0-9_.-]+/)
            if (language !== 'fr') continue
            const inEnglish = en.t(m as Text)
            if (words(inEnglish) >= 2) expect(text, m.id).not.toContain(inEnglish)
            expect(englishIn(text, SENTENCES), `${m.id}: ${text}`).toEqual([])
          }
          const cells = new Set<string>()
          for (const value of shown) {
            if (value === undefined) continue
            const text = t.t(value)
            if (cells.has(text)) continue
            cells.add(text)
            expect(showsTaxCode(value, text), `${language} panel: ${text}`).toBe(false)
          }
        }
      },
      120_000,
    )
  })

  it('covered the ledger notes the decisions post, and the world’s own sentences', () => {
    for (const id of [
      ...POSTED,
      'collection.ledger.latePayment',
      'collection.world.flag.transfersOut',
      'collection.world.thirdParty.wages',
      'collection.world.thirdParty.unpaidInvoice',
    ])
      expect(seenIds.has(id), id).toBe(true)
  })
})
