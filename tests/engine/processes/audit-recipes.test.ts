/**
 * The audit recipes are what the generated worlds do: for every audit case of the bundled
 * scenarios (seeds 1–3), the truth's TADAT indicators, evidence panels and best audit come from
 * its kind's recipe, every evidence panel is one the audit's steps reveal, and every kind with a
 * recipe occurs.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../../src/cli/files'
import { generateWorld, RegisterIndex, type CaseRecord, type ProcessEnv } from '../../../src/engine'
import { module as auditModule } from '../../../src/engine/processes/audit/module'
import { RECIPES } from '../../../src/engine/processes/audit/recipes'
import type { AuditKind } from '../../../src/engine/processes/audit/kinds'
import type { AuditCaseData } from '../../../src/engine/processes/audit/types'

const library = await loadBundledLibrary()
const scenarios = library.scenarios.filter((s) => s.tasks.some((t) => t.process === 'audit'))
const STEPS = [
  'audit.checkThirdParty',
  'audit.checkBenchmark',
  'audit.checkHistory',
  'audit.checkSuppliers',
  'audit.requestRecords',
  'audit.inspectPremises',
  'audit.reviewReply',
]

describe('audit recipes', () => {
  it('drive every audit case of the bundled worlds', async () => {
    const kinds = new Set<string>()
    for (const scenario of scenarios)
      for (const seed of [1, 2, 3]) {
        const world = await generateWorld(scenario, { seed })
        const env: ProcessEnv = {
          world,
          jurisdiction: scenario.jurisdiction,
          today: world.referenceDate,
          index: new RegisterIndex(world.taxpayers),
        }
        for (const record of (world.cases.audit ?? []) as CaseRecord<AuditCaseData>[]) {
          const truth = world.truth.cases.find((t) => t.caseId === record.id)!
          const recipe = RECIPES[truth.kind as AuditKind]
          kinds.add(truth.kind)
          expect(truth.tadat).toEqual(recipe.tadat)
          const panels = new Set([
            ...auditModule.initialPanels(record, env).map((p) => p.id),
            ...STEPS.flatMap((type) =>
              auditModule.reveal(record, { type }, env, {} as never).map((p) => p.id),
            ),
          ])
          for (const id of recipe.evidence) expect(panels, `${record.id} ${id}`).toContain(id)
          const selected = truth.best.some((c) => c.type === 'audit.select')
          if (!selected) continue
          expect(truth.evidence).toEqual(recipe.evidence)
          expect(truth.best.slice(0, recipe.audit.steps.length).map((c) => c.type)).toEqual(
            recipe.audit.steps,
          )
          expect(truth.best.find((c) => c.type === 'audit.select')?.auditType).toBe(recipe.audit.type)
          const findings = truth.best.find((c) => c.type === 'audit.draftFindings')
          expect(findings?.category).toBe(recipe.audit.category)
          expect(truth.best.some((c) => c.type === 'audit.refer')).toBe(recipe.audit.outcome === 'refer')
        }
      }
    expect([...kinds].sort()).toEqual(Object.keys(RECIPES).sort())
  })
})
