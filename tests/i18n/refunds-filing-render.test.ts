/**
 * Everything the refunds and filing processes show a trainee renders in French, Russian and
 * Portuguese with no gap: every panel a case reveals along its best path, every command's label,
 * help, fields, prefilled wording and blocker at each step, field problems, every state and map
 * label and the verdict of each closing decision the trainee could take, for every case of the
 * processes' bundled scenarios under three seeds. A missing id throws; no raw id, "undefined" or
 * "[object Object]".
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { Session } from '../../src/engine'
import type { Command, ProcessModule, Value } from '../../src/engine/processes/contract'
import { PROCESS_MODULES } from '../../src/engine/processes/registry'
import type { Translator } from '../../src/i18n/render'
import { showsTaxCode, strictTranslators, viewValues } from './support/render'

const PROCESSES = ['refunds', 'filing'] as const
const RAW_ID =
  /\b(?:refunds|filing)\.(?:cmd|field|blocker|problem|panel|state|verdict|risk|tier|match|check|validation|line|ledgerKind|basis|reference|default)\b/

/** Variants of a closing decision: the best one's fields, and wrong amounts and choices. */
function decisionsOf(module: ProcessModule, best: Command): Command[] {
  const out: Command[] = []
  for (const spec of module.commands.filter((c) => c.final)) {
    const base: Command = spec.type === best.type ? { ...best } : { type: spec.type, reason: 'x' }
    out.push(base)
    for (const field of spec.fields ?? []) {
      if (field.kind === 'money') for (const v of [1, 10 ** 14]) out.push({ ...base, [field.name]: v })
      for (const option of field.options ?? []) out.push({ ...base, [field.name]: option.value })
    }
  }
  return out
}

function collect(session: Session, caseId: string, module: ProcessModule): (Value | undefined)[] {
  const texts = viewValues(session.caseView(caseId))
  // Fields no officer could send: the refusal is the step's blocker or the field's problem.
  for (const spec of module.commands.filter((c) => c.fields?.length)) {
    const command: Command = { type: spec.type }
    for (const f of spec.fields!)
      command[f.name] = f.kind === 'money' ? -1 : f.kind === 'select' ? 'bogus' : ' '
    const result = session.send({ type: 'case.command', caseId, command })
    expect(result.ok, `${spec.type} with bad fields`).toBe(false)
    if (!result.ok) texts.push(result.reason)
  }
  return texts
}

/** `where` starting "refunds" also refuses a tax's English code ("VAT" for "TVA"); filing's are its own test's. */
function check(ts: readonly Translator[], values: readonly (Value | undefined)[], where: string) {
  for (const t of ts)
    for (const value of values) {
      const text = t.t(value)
      expect(text, `${where} (${t.language})`).not.toMatch(/\[object Object\]|\bundefined\b/)
      expect(text, `${where} (${t.language})`).not.toMatch(RAW_ID)
      if (where.startsWith('refunds'))
        expect(showsTaxCode(value, text), `${where} (${t.language}): ${text}`).toBe(false)
    }
}

describe('refunds and filing in French, Russian and Portuguese', () => {
  it('render every state label, command, blocker, panel and verdict of their bundled scenarios', async () => {
    const ts = await strictTranslators()
    const library = await loadBundledLibrary()
    const scenarios = library.scenarios.filter((s) => /^(refunds|filing)-/.test(s.id))
    expect(scenarios.length).toBeGreaterThan(0)
    let cases = 0
    for (const process of PROCESSES) {
      const module = PROCESS_MODULES[process]!
      check(ts, Object.values(module.stateLabels), `${process} state labels`)
      check(
        ts,
        module.commands.map((c) => c.label),
        `${process} commands`,
      )
    }
    for (const scenario of scenarios)
      for (const seed of [scenario.world.seed, 7, 20260301]) {
        const session = await Session.start(scenario, { seed })
        for (const summary of session.cases()) {
          if (!(PROCESSES as readonly string[]).includes(summary.process)) continue
          const module = PROCESS_MODULES[summary.process]!
          const caseId = summary.caseId
          const truth = session.truthOf(caseId)!
          const where = `${summary.process}: ${scenario.id} seed ${seed} ${caseId}`
          session.send({ type: 'case.open', caseId })
          check(ts, collect(session, caseId, module), where)
          const history: Command[] = []
          for (const command of truth.best) {
            if (command.type === 'clock.advance') {
              session.send({ type: 'clock.advance', days: Number(command.days) } as never)
              continue
            }
            const final = module.commands.find((c) => c.type === command.type)?.final
            if (final) {
              for (const decision of decisionsOf(module, command)) {
                const verdict = module.grade(truth, decision, history, session.env)
                check(ts, [verdict.why], `${where} verdict on ${decision.type}`)
              }
            }
            session.send({ type: 'case.command', caseId, command })
            history.push(command)
            check(ts, collect(session, caseId, module), `${where} after ${command.type}`)
          }
          check(ts, [module.blocker(undefined as never, 'no.such.step', session.env)?.reason], where)
          cases++
        }
      }
    expect(cases).toBeGreaterThan(20)
  }, 600_000)
})
