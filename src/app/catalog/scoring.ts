/** What the briefing can say about scoring before the world exists: cases and points per task. */
import type { ProcessId, Scenario } from '../../engine/index'

/** Cases the world config asks for, per process (registration counts its applications). */
function casesInWorld(scenario: Scenario, process: ProcessId): number | undefined {
  if (process === 'registration') return scenario.world.registration?.applications
  const config = scenario.world[process] as { cases?: unknown } | undefined
  return typeof config?.cases === 'number' ? config.cases : undefined
}

export interface TaskScoring {
  taskId: string
  /** Cases the task gets; undefined when the world config does not say. */
  cases: number | undefined
  /** Best possible points before hints (cases × points for a correct decision). */
  maxScore: number | undefined
}

/** Tasks of one process share its cases in order, as the session assigns them. */
export function taskScoring(scenario: Scenario): TaskScoring[] {
  const left = new Map<ProcessId, number | undefined>()
  return scenario.tasks.map((task) => {
    const remaining = left.has(task.process) ? left.get(task.process) : casesInWorld(scenario, task.process)
    const cases =
      remaining === undefined
        ? typeof task.cases === 'number'
          ? task.cases
          : undefined
        : task.cases === 'all'
          ? remaining
          : Math.min(task.cases, remaining)
    left.set(task.process, remaining === undefined || cases === undefined ? undefined : remaining - cases)
    return {
      taskId: task.id,
      cases,
      maxScore: cases === undefined ? undefined : cases * task.points.correct,
    }
  })
}
