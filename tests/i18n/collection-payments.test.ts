/**
 * The collection and payments desks in French, Russian and Portuguese: every panel, command
 * label and field, state label, blocker, problem, unlawful-step reason, reference and verdict of
 * every case of the bundled scenarios that hold these desks (3 seeds) renders from the reader's
 * catalogue, with no id missing, no raw id, no "[object Object]" and no "undefined".
 */
import { createActor } from 'xstate'
import { describe, expect, it } from 'vitest'
import { generateWorld, PROCESS_MODULES, Session, type Command, type ProcessModule } from '../../src/engine'
import { isMsg, type Value } from '../../src/engine/primitives/message'
import type { CaseRecord, CommandSpec, ProcessEnv } from '../../src/engine/processes/contract'
import { loadBundledLibrary } from '../../src/cli/files'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator, type Translator } from '../../src/i18n/render'
import type { Catalogue, Language } from '../../src/i18n/languages'
import { idsOf, messagesIn } from './support/render'

const PROCESSES = ['collection', 'payments'] as const
const LANGS: readonly Language[] = ['fr', 'ru', 'pt']
const library = await loadBundledLibrary()
const scenarios = library.scenarios.filter((s) => PROCESSES.some((p) => s.world[p]))

/** What a naive officer would submit for each decision: the reference's figure or the first option. */
function candidates(spec: CommandSpec, refs: Record<string, { value?: unknown }> = {}): Command[] {
  const base: Command = { type: spec.type }
  for (const f of spec.fields ?? []) {
    const v =
      refs[f.name]?.value ?? f.options?.[0]?.value ?? (f.kind === 'money' || f.kind === 'number' ? 1 : 'x')
    base[f.name] = v as Command[string]
  }
  const variants = [base]
  for (const f of spec.fields ?? [])
    for (const o of f.options ?? []) variants.push({ ...base, [f.name]: o.value })
  return variants
}

interface Collected {
  values: Value[]
}

function collectCase(module: ProcessModule<unknown>, record: CaseRecord, session: Session, out: Collected) {
  const env: ProcessEnv = session.env
  const truth = session.truthOf(record.id)!
  const specs = module.commandsFor?.(env) ?? module.commands
  const actor = createActor(module.machine, { input: module.input(record, env) }).start()
  const look = () => {
    const context = actor.getSnapshot().context
    for (const spec of specs) {
      out.values.push(module.blocker(context, spec.type, env)?.reason ?? '')
      out.values.push(module.unlawful?.(context, { type: spec.type }, env) ?? '')
      out.values.push(module.problem?.(context, { type: spec.type }, env) ?? '')
      out.values.push(...messagesIn(module.reveal(record, { type: spec.type }, env, context)))
    }
    out.values.push(...messagesIn(module.reference?.(record, env, context)))
  }
  out.values.push(...messagesIn(module.initialPanels(record, env)))
  look()
  for (const command of truth.best) {
    if (command.type === 'clock.advance') continue
    actor.send(command)
    look()
  }
  const refs = module.reference?.(record, env, actor.getSnapshot().context) ?? {}
  for (const spec of specs.filter((s) => s.final))
    for (const command of candidates(spec, refs[spec.type]))
      out.values.push(module.grade(truth, command, truth.best, env, record).why)
}

async function collect(id: string, seed: number): Promise<Collected> {
  const scenario = library.scenarios.find((s) => s.id === id)!
  const session = new Session(scenario, await generateWorld(scenario, { seed }))
  const out: Collected = { values: [] }
  for (const p of PROCESSES) {
    const module = PROCESS_MODULES[p] as ProcessModule<unknown> | undefined
    if (!module) continue
    out.values.push(...messagesIn(module.commandsFor?.(session.env) ?? module.commands))
    out.values.push(...messagesIn(module.stateLabels))
    for (const record of session.world.cases[p] ?? []) collectCase(module, record, session, out)
  }
  // The player's own view of every case: panels, availability with its reasons, feedback.
  for (const summary of session.cases().filter((c) => (PROCESSES as readonly string[]).includes(c.process))) {
    for (const command of session.truthOf(summary.caseId)!.best) {
      out.values.push(...messagesIn(session.caseView(summary.caseId)))
      if (command.type === 'clock.advance')
        session.send({ type: 'clock.advance', days: Number(command.days) })
      else session.send({ type: 'case.command', caseId: summary.caseId, command })
    }
    out.values.push(...messagesIn(session.caseView(summary.caseId)))
  }
  return out
}

function translator(language: Language, catalogue: Catalogue, scenarioId: string): Translator {
  const j = library.scenarios.find((s) => s.id === scenarioId)!.jurisdiction
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

describe('the collection and payments desks speak the reader’s language', () => {
  it('has bundled scenarios for both desks', () => {
    for (const p of PROCESSES) expect(scenarios.some((s) => s.world[p])).toBe(true)
  })

  describe.each(scenarios.map((s) => [s.id] as const))('%s', (id) => {
    it.each([1, 2, 3])(
      'seed %i renders in fr, ru and pt from their own catalogues',
      async (seed) => {
        const { values } = await collect(id, seed)
        // Other namespaces (the session's own words) are checked by their owners' tests.
        const msgs = values.filter(isMsg).filter((m) => /^(collection|payments)\./.test(m.id))
        expect(msgs.length).toBeGreaterThan(50)
        for (const language of LANGS) {
          const catalogue = await loadCatalogue(language)
          const t = translator(language, catalogue, id)
          const seen = new Set<string>()
          for (const m of msgs) {
            for (const used of idsOf(m)) expect(catalogue[used], `${language} lacks ${used}`).toBeDefined()
            const text = t.t(m)
            if (seen.has(text)) continue
            seen.add(text)
            expect(text, `${language} ${m.id}`).not.toMatch(/\[object Object\]|\bundefined\b|\bNaN\b/)
            expect(text, `${language} ${m.id}`).not.toMatch(/\b(collection|payments)\.[a-z]+\.[A-Za-z0-9_.]+/)
          }
        }
      },
      120_000,
    )
  })
})
