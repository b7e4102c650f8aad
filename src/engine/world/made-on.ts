/**
 * The day the generator makes a process's cases as of. A process whose first task starts later
 * in the story ("25 days later") has its cases received, due and judged as of that day, so the
 * trainee meets them fresh. World generation and the path test share this one definition.
 */
import { addDays } from '../primitives/calendar'
import type { Scenario } from '../scenario/schema'
import type { IsoDate } from './types'

export function casesMadeOn(scenario: Scenario, process: string): IsoDate {
  const task = scenario.tasks.find((t) => t.process === process)
  return addDays(scenario.world.referenceDate, task?.startsAfterDays ?? 0)
}
