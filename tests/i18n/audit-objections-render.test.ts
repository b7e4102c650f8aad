/**
 * The audit and objections desks in French, Russian and Portuguese, on the bundled scenarios
 * that have these processes at three seeds, each world generated once for both parts:
 *
 * - what the audit generator stores in the world: every audit case's title, its truth (expected,
 *   explanation, red flags, clearing facts), every panel of its case file (the risk candidate,
 *   the return, third-party data, benchmark, history and letters, suppliers, records, premises,
 *   the reply, the findings and the assessment) and the ledger notes the audit posts; no English
 *   sentence of the audit catalogue may remain in another language;
 * - every command label, field, option and help, every state label, every panel each step
 *   reveals, every refusal and problem on the way through the best play, the references beside
 *   graded fields, and the verdict of every decision a trainee can take, for every audit and
 *   objections case.
 *
 * A translator whose onMissing throws renders them all; nothing may come out as a raw id,
 * "[object Object]", "undefined" or "NaN".
 */
import { describe, expect, it } from 'vitest'
import { createActor } from 'xstate'
import { loadBundledLibrary } from '../../src/cli/files'
import type { CaseRecord, Command, ProcessEnv, World } from '../../src/engine'
import { isMsg, type Value } from '../../src/engine/primitives/message'
import type { AuditContext } from '../../src/engine/processes/audit/audit.machine'
import { module as auditModule } from '../../src/engine/processes/audit/module'
import type { AuditCaseData } from '../../src/engine/processes/audit/types'
import type { ProcessModule } from '../../src/engine/processes/contract'
import { module as objectionsModule } from '../../src/engine/processes/objections/module'
import { loadCatalogue } from '../../src/i18n/load'
import { panelValues, placeOf, showsTaxCode, strictTranslator, strictTranslators } from './support/render'
import { worldAt } from './support/worlds'

const SEEDS = [1, 2, 3]
const library = await loadBundledLibrary()
const MODULES = { audit: auditModule, objections: objectionsModule } as Record<
  'audit' | 'objections',
  ProcessModule<unknown>
>
const PROCESSES = Object.keys(MODULES) as (keyof typeof MODULES)[]
const scenarios = library.scenarios.filter((s) =>
  PROCESSES.some((p) => JSON.stringify(s.world ?? {}).includes(`"${p}":`)),
)

/** Every Value a panel holds, flattened. */
function decisions(process: string, record: CaseRecord): Command[] {
  if (process === 'audit')
    return [
      { type: 'audit.notSelect', reason: 'below-threshold' },
      { type: 'audit.notSelect', reason: 'risk-explained' },
      { type: 'audit.closeNoChange' },
      { type: 'audit.issueAssessment' },
      { type: 'audit.refer' },
    ]
  const items = (record.data as { items: { id: string; disputed: boolean }[] }).items
  const disputed = items.filter((i) => i.disputed).map((i) => i.id)
  return [
    { type: 'objections.declareInadmissible', ground: 'late' },
    { type: 'objections.declareInadmissible', ground: 'no-grounds' },
    { type: 'objections.declareInadmissible', ground: 'undisputed-unpaid' },
    { type: 'objections.decide', allowedItems: disputed },
    { type: 'objections.decide', allowedItems: [] },
    { type: 'objections.decide', allowedItems: disputed.slice(0, 1) },
    { type: 'clock.expired' },
  ]
}

/** Histories that change a step before the decision (a different audit type, a bigger hold). */
function variants(best: readonly Command[]): Command[][] {
  const swap = (c: Command): Command => {
    if (c.type === 'audit.select') return { ...c, auditType: c.auditType === 'desk' ? 'field' : 'desk' }
    if (c.type === 'audit.draftFindings')
      return { ...c, adjustment: Number(c.adjustment) * 2, category: 'fraud' }
    if (c.type === 'objections.holdCollection') return { ...c, amount: Number(c.amount) + 100_000 }
    return c
  }
  return [
    [...best],
    best.map(swap),
    best.map((c) => (c.type === 'audit.draftFindings' ? { ...c, adjustment: 1 } : c)),
  ]
}

/** Everything the two desks show a trainee on one case, as values to render. */
function everything(process: keyof typeof MODULES, record: CaseRecord, world: World, env: ProcessEnv) {
  const module = MODULES[process]
  const truth = world.truth.cases.find((t) => t.caseId === record.id)!
  const out: (Value | undefined)[] = []
  const commands = module.commandsFor?.(env) ?? module.commands
  for (const spec of commands) {
    out.push(spec.label, spec.help)
    for (const f of spec.fields ?? []) out.push(f.label, f.help, ...(f.options ?? []).map((o) => o.label))
  }
  out.push(...Object.values(module.stateLabels))
  for (const p of module.initialPanels(record, env)) out.push(...panelValues(p))
  const actor = createActor(module.machine, { input: module.input(record, env) }).start()
  const probe = () => {
    const context = actor.getSnapshot().context as unknown
    for (const spec of commands) {
      out.push(module.blocker(context, spec.type, env)?.reason)
      out.push(module.problem?.(context, { type: spec.type }, env))
      out.push(module.unlawful?.(context, { type: spec.type }, env))
    }
    out.push(module.blocker(context, 'no.such.step', env)?.reason)
    for (const fields of Object.values(module.reference?.(record, env, context) ?? {}))
      for (const ref of Object.values(fields)) out.push(ref.text)
  }
  probe()
  for (const command of truth.best.filter((c) => c.type !== 'clock.advance')) {
    const context = actor.getSnapshot().context as unknown
    for (const p of module.reveal(record, command, env, context)) out.push(...panelValues(p))
    out.push(module.problem?.(context, command, env), module.unlawful?.(context, command, env))
    actor.send(command)
    probe()
  }
  for (const history of variants(truth.best.slice(0, -1)))
    for (const decision of [truth.best.at(-1)!, ...decisions(process, record)])
      out.push(module.grade(truth, decision, history, env).why)
  return out
}

describe('the audit and objections desks render in every language', () => {
  it('has bundled scenarios with audit and objections cases', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(2)
  })

  for (const scenario of scenarios)
    it(
      `${scenario.id}: every label, panel, refusal and verdict, seeds ${SEEDS.join(', ')}`,
      {
        timeout: 120_000,
      },
      async () => {
        const translators = await strictTranslators(placeOf(scenario.jurisdiction))
        let rendered = 0
        for (const seed of SEEDS) {
          const { world, env } = await worldAt(scenario, seed)
          for (const process of PROCESSES)
            for (const record of world.cases[process] ?? [])
              for (const value of everything(process, record, world, env))
                for (const t of translators) {
                  const text = t.t(value)
                  expect(text, `${t.language} ${record.id}: ${JSON.stringify(value)}`).not.toMatch(
                    /\[object Object\]|undefined|NaN|\b(?:audit|objections)\.[a-z]+\.[A-Za-z.-]+/,
                  )
                  expect(showsTaxCode(value, text), `${t.language} ${record.id}: ${text}`).toBe(false)
                  rendered++
                }
        }
        expect(rendered).toBeGreaterThan(1000)
      },
    )
})

const auditScenarios = library.scenarios.filter((s) => s.tasks.some((t) => t.process === 'audit'))
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
function storedTexts(
  record: CaseRecord<AuditCaseData>,
  world: World,
  env: ProcessEnv,
): (Value | undefined)[] {
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
    expect(auditScenarios.length).toBeGreaterThanOrEqual(2)
  })

  for (const scenario of auditScenarios)
    it(
      `${scenario.id}: titles, truth, case files and ledger notes, seeds ${SEEDS.join(', ')}`,
      { timeout: 120_000 },
      async () => {
        const english = await loadCatalogue('en')
        const place = placeOf(scenario.jurisdiction)
        const en = await strictTranslator('en', place)
        const others = await strictTranslators(place)
        // The audit catalogue's sentences with no placeholder: none may show through untranslated.
        const sentences = Object.entries(english)
          .filter(
            ([id, text]) => id.startsWith('audit.') && !text.includes('{') && text.split(' ').length >= 4,
          )
          .map(([, text]) => text)
        let rendered = 0
        for (const seed of SEEDS) {
          const { world, env } = await worldAt(scenario, seed)
          for (const record of (world.cases.audit ?? []) as CaseRecord<AuditCaseData>[])
            for (const value of storedTexts(record, world, env)) {
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
