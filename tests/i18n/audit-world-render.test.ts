/**
 * What the audit generator stores in the world, in French, Russian and Portuguese: every case's
 * title, its truth (expected, explanation, red flags, clearing facts), every panel of its case file
 * (the risk candidate, the return, third-party data, benchmark, history and letters, suppliers,
 * records, premises, the reply, the findings and the assessment) and the ledger notes the audit
 * posts, for every audit case of the bundled scenarios at three seeds. A translator whose
 * onMissing throws renders them all; nothing may come out as a raw id, "[object Object]" or
 * "undefined", and no English sentence of the audit catalogue may remain in another language.
 */
import { describe, expect, it } from 'vitest'
import { createActor } from 'xstate'
import { loadBundledLibrary } from '../../src/cli/files'
import { generateWorld, RegisterIndex, type CaseRecord, type ProcessEnv, type World } from '../../src/engine'
import { isMsg, type Value } from '../../src/engine/primitives/message'
import { module as auditModule } from '../../src/engine/processes/audit/module'
import type { AuditContext } from '../../src/engine/processes/audit/audit.machine'
import type { AuditCaseData } from '../../src/engine/processes/audit/types'
import type { Language } from '../../src/i18n/languages'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator, type Translator } from '../../src/i18n/render'
import { panelValues, showsTaxCode } from './support/render'

const library = await loadBundledLibrary()
const scenarios = library.scenarios.filter((s) => s.tasks.some((t) => t.process === 'audit'))
const LANGS: Language[] = ['fr', 'ru', 'pt']
const SEEDS = [1, 2, 3]
/** The ids of what the generator stores (the rest are the desk's labels, checked elsewhere). */
const STORED = /^audit\.(story|truth|case|ledger)\./
const EVIDENCE = [
  'audit.checkThirdParty',
  'audit.checkBenchmark',
  'audit.checkHistory',
  'audit.checkSuppliers',
  'audit.requestRecords',
  'audit.inspectPremises',
  'audit.reviewReply',
]

/** Everything the generator stored for one audit case, and what its best play posts. */
function stored(record: CaseRecord<AuditCaseData>, world: World, env: ProcessEnv): (Value | undefined)[] {
  const truth = world.truth.cases.find((t) => t.caseId === record.id)!
  const out: (Value | undefined)[] = [
    record.title,
    truth.expected,
    truth.explanation,
    ...truth.flags,
    ...(truth.clearing ?? []),
  ]
  const actor = createActor(auditModule.machine, { input: auditModule.input(record, env) }).start()
  const context = () => actor.getSnapshot().context as AuditContext
  for (const p of auditModule.initialPanels(record, env)) out.push(...panelValues(p))
  for (const type of EVIDENCE)
    for (const p of auditModule.reveal(record, { type }, env, context())) out.push(...panelValues(p))
  for (const command of truth.best) {
    for (const p of auditModule.reveal(record, command, env, context())) out.push(...panelValues(p))
    actor.send(command)
  }
  out.push(...(auditModule.postings?.(context(), env) ?? []).map((e) => e.note))
  const ours = (id: string) => id.startsWith(`${record.id}-`)
  out.push(...world.ledger.filter((e) => ours(e.id)).map((e) => e.note))
  return out
}

/** The words of an English message outside its placeholders (select branches included). */
function words(template: string): string {
  let out = ''
  let depth = 0
  for (const ch of template) {
    if (ch === '{') depth++
    else if (ch === '}') depth--
    else if (depth === 0) out += ch
  }
  return out
}

describe('the audit world renders in every language', () => {
  it('has bundled scenarios with audit cases', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(2)
  })

  for (const scenario of scenarios)
    it(
      `${scenario.id}: titles, truth, case files and ledger notes, seeds ${SEEDS.join(', ')}`,
      { timeout: 120_000 },
      async () => {
        const english = await loadCatalogue('en')
        const translator = async (language: Language): Promise<Translator> =>
          createTranslator({
            language,
            catalogue: await loadCatalogue(language),
            country: scenario.jurisdiction.locale,
            currency: scenario.jurisdiction.currency,
            onMissing: (id) => {
              throw new Error(`${language}: no message "${id}"`)
            },
          })
        const en = await translator('en')
        const others = await Promise.all(LANGS.map(translator))
        // The audit catalogue's sentences with no placeholder: none may show through untranslated.
        const sentences = Object.entries(english)
          .filter(
            ([id, text]) => id.startsWith('audit.') && !text.includes('{') && text.split(' ').length >= 4,
          )
          .map(([, text]) => text)
        let rendered = 0
        for (const seed of SEEDS) {
          const world = await generateWorld(scenario, { seed })
          const env: ProcessEnv = {
            world,
            jurisdiction: scenario.jurisdiction,
            today: world.referenceDate,
            index: new RegisterIndex(world.taxpayers),
          }
          for (const record of (world.cases.audit ?? []) as CaseRecord<AuditCaseData>[])
            for (const value of stored(record, world, env)) {
              if (value === undefined) continue
              const inEnglish = en.t(value)
              for (const t of others) {
                const text = t.t(value)
                const where = `${t.language} ${record.id}: ${JSON.stringify(value)}`
                expect(text, where).not.toMatch(
                  /\[object Object\]|undefined|NaN|\baudit\.[a-z]+\.[A-Za-z.-]+/,
                )
                // A tax is its label ("TVA", "НДС"), never its English code, in a sentence or a cell.
                expect(showsTaxCode(value, text), `${where} → ${text}`).toBe(false)
                // A plain string is data (a name, a period, a third-party record's own detail).
                if (typeof value !== 'string')
                  expect(
                    sentences.filter((x) => text.includes(x)),
                    where,
                  ).toEqual([])
                if (isMsg(value) && STORED.test(value.id) && words(english[value.id]!).trim().includes(' '))
                  expect(text, where).not.toBe(inEnglish)
                rendered++
              }
            }
        }
        expect(rendered).toBeGreaterThan(1000)
      },
    )
})
