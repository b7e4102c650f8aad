/** The objections world of the bundled scenario, shared by the generator and grading tests. */
import { readSourceFiles } from '../../../src/cli/files'
import {
  generateWorld,
  RegisterIndex,
  type CaseRecord,
  type CaseTruth,
  type ProcessEnv,
  type World,
} from '../../../src/engine'
import type { ObjectionCaseData } from '../../../src/engine/processes/objections/case-data'
import { loadLibrary } from '../../../src/engine/scenario'

const { files } = await readSourceFiles(['scenarios/jurisdictions', 'scenarios/objections-review-desk.yaml'])
const library = loadLibrary(files)
export const scenario = library.scenarios.find((s) => s.id === 'objections-review-desk')!
export const world = await generateWorld(scenario)

export interface Case {
  record: CaseRecord<ObjectionCaseData>
  data: ObjectionCaseData
  truth: CaseTruth
}

export function casesOf(w: World): Case[] {
  return (w.cases.objections ?? []).map((record) => ({
    record: record as CaseRecord<ObjectionCaseData>,
    data: record.data as ObjectionCaseData,
    truth: w.truth.cases.find((t) => t.caseId === record.id)!,
  }))
}

export const byKind = (kind: string) => casesOf(world).filter((c) => c.truth.kind === kind)

export const env: ProcessEnv = {
  world,
  jurisdiction: scenario.jurisdiction,
  today: world.referenceDate,
  index: new RegisterIndex(world.taxpayers),
}
