/**
 * The audit and objections desks in French, Russian and Portuguese: every command label, field,
 * option and help, every state label, every panel each step reveals, every refusal and problem on
 * the way through the best play, the references beside graded fields, and the verdict of every
 * decision a trainee can take, for every case of the bundled scenarios that have these processes
 * (three seeds). A translator whose onMissing throws renders them all; nothing may come out as a
 * raw id, "[object Object]" or "undefined".
 */
import { describe, expect, it } from 'vitest'
import { createActor } from 'xstate'
import { loadBundledLibrary } from '../../src/cli/files'
import {
  generateWorld,
  RegisterIndex,
  type CaseRecord,
  type Command,
  type ProcessEnv,
  type World,
} from '../../src/engine'
import type { Value } from '../../src/engine/primitives/message'
import { module as auditModule } from '../../src/engine/processes/audit/module'
import type { ProcessModule } from '../../src/engine/processes/contract'
import { module as objectionsModule } from '../../src/engine/processes/objections/module'
import { panelValues, placeOf, showsTaxCode, strictTranslators } from './support/render'

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

const SEEDS = [1, 2, 3]

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
          const world = await generateWorld(scenario, { seed })
          const env: ProcessEnv = {
            world,
            jurisdiction: scenario.jurisdiction,
            today: world.referenceDate,
            index: new RegisterIndex(world.taxpayers),
          }
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
