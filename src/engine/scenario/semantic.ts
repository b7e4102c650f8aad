/**
 * Pass 2: the meaning of a file whose shape is already right. Unknown references, counts the
 * world cannot supply, scores that cannot be reached. Each finding points at the field to fix.
 */
import { caseCountsOf, formatOf, PROCESS_FORMATS, type ProcessId } from '../processes/formats'
import { PROCESS_LIST } from '../processes/registry'
import { populationShortfalls } from '../world/requirements'
import { didYouMean } from './did-you-mean'
import { MAX_REGISTER, type Jurisdiction, type ScenarioFile, type Task, type WorldConfig } from './schema'
import { msg } from '../primitives/message'
import { findingAt, type Finding } from './structure'
import type { DataPath } from './yaml-source'

/** The processes this version can play: every process with a definition. */
export const IMPLEMENTED_PROCESSES: ReadonlySet<ProcessId> = new Set(PROCESS_LIST.map((d) => d.format.id))

/** Where the world says how many cases of a process it holds, for messages. */
const countField = (process: ProcessId) => `world.${process}.${formatOf(process).countField}`

/** How many cases of a process the world holds; undefined when the world has none of them. */
export function worldCaseCount(world: WorldConfig, process: ProcessId): number | undefined {
  return caseCountsOf(world, process)?.cases
}

const error = findingAt('error')
const warning = findingAt('warning')

/** "5,000,000" */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const sum = (counts: Partial<Record<string, number>>) =>
  Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0)

/** Checks a profile's own consistency; `at` is where the profile sits in its file. */
export function checkJurisdiction(jurisdiction: Jurisdiction, at: DataPath = []): Finding[] {
  const { smallTaxpayer: small, mediumTaxpayer: medium, largeTaxpayer: large } = jurisdiction.thresholds
  const findings: Finding[] = []
  const order = 'they must go up: smallTaxpayer ≤ mediumTaxpayer ≤ largeTaxpayer'
  if (small > medium) {
    findings.push(
      error(
        [...at, 'thresholds', 'mediumTaxpayer'],
        `mediumTaxpayer (${grouped(medium)}) is below smallTaxpayer (${grouped(small)}); ${order}`,
        msg('scenario.profile.mediumBelowSmall', { medium, small }),
      ),
    )
  }
  if (medium > large) {
    findings.push(
      error(
        [...at, 'thresholds', 'largeTaxpayer'],
        `largeTaxpayer (${grouped(large)}) is below mediumTaxpayer (${grouped(medium)}); ${order}`,
        msg('scenario.profile.largeBelowMedium', { large, medium }),
      ),
    )
  }
  return findings
}

/** The jurisdiction a scenario uses: written inline, or looked up by id among the known profiles. */
export function resolveJurisdiction(
  scenario: ScenarioFile,
  known: ReadonlyMap<string, Jurisdiction>,
  /** Profiles that exist but failed to load: id → file path. */
  unloadable: ReadonlyMap<string, string> = new Map(),
): { jurisdiction: Jurisdiction; findings: Finding[] } | { jurisdiction: undefined; findings: Finding[] } {
  const ref = scenario.jurisdiction
  if (typeof ref !== 'string')
    return { jurisdiction: ref, findings: checkJurisdiction(ref, ['jurisdiction']) }
  const found = known.get(ref)
  if (found) return { jurisdiction: found, findings: [] }
  const broken = unloadable.get(ref)
  if (broken !== undefined) {
    return {
      jurisdiction: undefined,
      findings: [
        error(
          ['jurisdiction'],
          `jurisdiction "${ref}" cannot be used until the problems in ${broken} are fixed`,
          msg('scenario.jurisdiction.broken', { ref, file: broken }),
        ),
      ],
    }
  }
  const ids = [...known.keys()].sort()
  const suggestion = didYouMean(ref, ids)
  const [message, text] = suggestion
    ? [
        `jurisdiction "${ref}" is not a known profile — did you mean "${suggestion}"?`,
        msg('scenario.jurisdiction.unknownDidYouMean', { ref, suggestion }),
      ]
    : ids.length > 0
      ? [
          `jurisdiction "${ref}" is not a known profile; the known profiles are: ${ids.join(', ')} (files in scenarios/jurisdictions/)`,
          msg('scenario.jurisdiction.unknown', { ref, ids: ids.join(', ') }),
        ]
      : [
          `jurisdiction "${ref}" is not a known profile: no profiles were loaded; add scenarios/jurisdictions/${ref}.yaml or write the profile here`,
          msg('scenario.jurisdiction.noneLoaded', { ref }),
        ]
  return { jurisdiction: undefined, findings: [error(['jurisdiction'], message, text)] }
}

/** How many cases of one kind the world declares ("genuine": the cases left over). */
export function kindCount(world: WorldConfig, process: ProcessId, kind: string): number {
  const config = caseCountsOf(world, process)
  if (!config) return 0
  const counts: Record<string, number | undefined> = { ...config.anomalies, ...config.lookalikes }
  if (kind !== 'genuine') return counts[kind] ?? 0
  const total = worldCaseCount(world, process) ?? 0
  return Math.max(0, total - Object.values(counts).reduce<number>((a, n) => a + (n ?? 0), 0))
}

/** Cases the tasks with `kinds` take out of a process before the others share the rest. */
function placedCount(scenario: ScenarioFile, process: ProcessId): number {
  return scenario.tasks
    .filter((t) => t.process === process && t.kinds)
    .reduce((n, t) => {
      const ofKinds = t.kinds!.reduce((m, kind) => m + kindCount(scenario.world, process, kind), 0)
      return n + (t.cases === 'all' ? ofKinds : Math.min(t.cases, ofKinds))
    }, 0)
}

/**
 * Counts the world cannot supply: more anomalies than cases, more look-alikes than taxpayers,
 * a register too small for the processes, a reference date the calendar cannot hold.
 */
export function checkWorld(world: WorldConfig, jurisdiction: Jurisdiction | undefined): Finding[] {
  return [
    ...checkReferenceDate(world),
    ...checkRegisterSize(world),
    ...checkProcessCounts(world),
    ...PROCESS_LIST.flatMap((d) =>
      caseCountsOf(world, d.format.id) ? (d.checks?.(world, jurisdiction) ?? []) : [],
    ),
    ...populationShortfalls(world).map((s) => error(s.path, s.message, s.text, 'key')),
  ]
}

/**
 * The world's history reaches back a century before the reference date (people's birth dates)
 * and an exercise may run decades after it; both must stay on the calendar the engine computes.
 */
export const EARLIEST_REFERENCE_DATE = '1900-01-01'
export const LATEST_REFERENCE_DATE = '2999-12-31'

function checkReferenceDate(world: WorldConfig): Finding[] {
  const date = world.referenceDate
  if (date >= EARLIEST_REFERENCE_DATE && date <= LATEST_REFERENCE_DATE) return []
  return [
    error(
      ['world', 'referenceDate'],
      `referenceDate ${date} is outside the calendar the simulation can run; use a date from ${EARLIEST_REFERENCE_DATE} to ${LATEST_REFERENCE_DATE}`,
      msg('scenario.world.referenceDateRange', {
        date,
        earliest: EARLIEST_REFERENCE_DATE,
        latest: LATEST_REFERENCE_DATE,
      }),
    ),
  ]
}

function checkRegisterSize(world: WorldConfig): Finding[] {
  const { individuals, businesses } = world.population
  if (individuals + businesses <= MAX_REGISTER) return []
  return [
    error(
      ['world', 'population'],
      `the register can hold at most ${grouped(MAX_REGISTER)} taxpayers, but individuals and businesses add up to ${grouped(individuals + businesses)}; lower them (a bigger world takes too long to generate in a browser)`,
      msg('scenario.world.registerTooBig', { max: MAX_REGISTER, total: individuals + businesses }),
      'key',
    ),
  ]
}

/** Anomalies and look-alikes must fit in each process's cases. */
function checkProcessCounts(world: WorldConfig): Finding[] {
  const register = world.population.individuals + world.population.businesses
  // Each case of a process that works on the register is about its own registered taxpayer.
  const needed = PROCESS_FORMATS.reduce(
    (total, f) => total + (f.perTaxpayer ? (caseCountsOf(world, f.id)?.cases ?? 0) : 0),
    0,
  )
  const population: Finding[] =
    needed > register
      ? [
          error(
            ['world', 'population'],
            `each case is about its own registered taxpayer: the processes have ${needed} cases, but the register has only ${register} taxpayers; raise individuals or businesses to at least ${needed}`,
            msg('scenario.world.registerTooSmall', { needed, register }),
            'key',
          ),
        ]
      : []
  return population.concat(
    PROCESS_FORMATS.flatMap(({ id, countField: field }) => {
      const config = caseCountsOf(world, id)
      if (!config) return []
      const special = sum(config.anomalies) + sum(config.lookalikes)
      return special > config.cases
        ? [
            error(
              ['world', id, field],
              `more anomalies than cases: the anomalies and look-alikes add up to ${special}, but ${field} is ${config.cases}; raise ${field} to at least ${special} or lower the counts`,
              msg('scenario.world.moreAnomaliesThanCases', { special, field, cases: config.cases }),
            ),
          ]
        : []
    }),
  )
}

/** Kinds of case the world will hold, for feedback notes. */
function worldKinds(world: WorldConfig, process: ProcessId): Set<string> {
  const config = caseCountsOf(world, process)
  if (!config) return new Set()
  const kinds = Object.entries({ ...config.anomalies, ...config.lookalikes })
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([k]) => k)
  return new Set(
    config.cases > sum(config.anomalies) + sum(config.lookalikes) ? [...kinds, 'genuine'] : kinds,
  )
}

/** Where tasks are in the story so far: the latest start, and each process's first start. */
interface Timing {
  latestStart: number
  startOf: Map<ProcessId, number>
}

/** A task starts no earlier than the one above it, and with its process's first task. */
function checkTaskStart(task: Task, at: (...rest: PropertyKey[]) => DataPath, timing: Timing): Finding[] {
  const findings: Finding[] = []
  // A process's cases are made as of its first task's start, and the story runs forward:
  // a task cannot start before the one above it, nor apart from its process's first task.
  const start = task.startsAfterDays ?? 0
  if (start < timing.latestStart)
    findings.push(
      error(
        at('startsAfterDays'),
        `task "${task.id}" starts on day ${start}, before a task above it (day ${timing.latestStart}); tasks run in order, so order them by startsAfterDays`,
        msg('scenario.task.startsBeforeAbove', { task: task.id, start, latest: timing.latestStart }),
      ),
    )
  timing.latestStart = Math.max(timing.latestStart, start)
  const processStart = timing.startOf.get(task.process)
  if (processStart === undefined) timing.startOf.set(task.process, start)
  else if (processStart !== start)
    findings.push(
      error(
        at('startsAfterDays'),
        `task "${task.id}" starts on day ${start}, but the first ${task.process} task starts on day ${processStart}; the cases of one process are made as of one day, so give its tasks the same startsAfterDays`,
        msg('scenario.task.startsApart', { task: task.id, start, process: task.process, processStart }),
      ),
    )
  return findings
}

/** A task that names its kinds: the world must hold them, and enough of them. */
function checkTaskKinds(
  scenario: ScenarioFile,
  task: Task,
  kinds: readonly string[],
  at: (...rest: PropertyKey[]) => DataPath,
  available: number,
): Finding[] {
  const findings: Finding[] = []
  const placed = placedCount(scenario, task.process)
  const ofKinds = kinds.reduce((n, kind) => n + kindCount(scenario.world, task.process, kind), 0)
  if (ofKinds === 0)
    findings.push(
      error(
        at('kinds'),
        `task "${task.id}" holds ${kinds.join(', ')} cases, but the world has none of them in ${task.process}; declare them under world or change kinds`,
        msg('scenario.task.noKindCases', {
          task: task.id,
          kinds: kinds.join(', '),
          process: task.process,
        }),
      ),
    )
  else if (task.cases !== 'all' && task.cases > ofKinds)
    findings.push(
      error(
        at('cases'),
        `task "${task.id}" asks for ${task.cases} cases of ${kinds.join(', ')}, but the world has only ${ofKinds}`,
        msg('scenario.task.tooFewOfKinds', {
          task: task.id,
          cases: task.cases,
          kinds: kinds.join(', '),
          available: ofKinds,
        }),
      ),
    )
  if (placed > available)
    findings.push(
      error(
        at('kinds'),
        `the tasks of ${task.process} place more cases than the world has`,
        msg('scenario.task.placeTooMany', { process: task.process }),
      ),
    )
  return findings
}

/**
 * A task's process can be played and its world has the cases the task asks for. Returns how
 * many cases the task gets, or undefined when the task names its kinds or cannot be played.
 */
function checkTaskCases(
  scenario: ScenarioFile,
  task: Task,
  at: (...rest: PropertyKey[]) => DataPath,
  taken: Map<ProcessId, number>,
  findings: Finding[],
): number | undefined {
  if (!IMPLEMENTED_PROCESSES.has(task.process)) {
    const ready = [...IMPLEMENTED_PROCESSES].join(', ')
    findings.push(
      error(
        at('process'),
        `process "${task.process}" cannot be played yet; this version has: ${ready}`,
        msg('scenario.task.processNotReady', { process: task.process, ready }),
      ),
    )
    return
  }
  const available = worldCaseCount(scenario.world, task.process)
  if (available === undefined) {
    findings.push(
      error(
        at('process'),
        `task "${task.id}" works in ${task.process}, but the world has no ${task.process} cases; add world.${task.process}`,
        msg('scenario.task.noWorldCases', { task: task.id, process: task.process }),
      ),
    )
    return
  }
  const field = countField(task.process)
  if (task.kinds) {
    findings.push(...checkTaskKinds(scenario, task, task.kinds, at, available))
    return
  }
  const wanted = task.cases === 'all' ? available - placedCount(scenario, task.process) : task.cases
  const before = (taken.get(task.process) ?? 0) + placedCount(scenario, task.process)
  taken.set(task.process, before - placedCount(scenario, task.process) + wanted)
  if (wanted > available) {
    findings.push(
      error(
        at('cases'),
        `task "${task.id}" asks for ${wanted} cases, but the world has only ${available}; lower cases or raise ${field}`,
        msg('scenario.task.tooFew', { task: task.id, wanted, available, field }),
      ),
    )
  } else if (before + wanted > available) {
    findings.push(
      error(
        at('cases'),
        `task "${task.id}" wants ${task.cases === 'all' ? 'all' : wanted} of the ${available} ${task.process} cases, but the tasks before it already take ${before}; tasks of one process share its cases in order, so lower cases or raise ${field}`,
        msg('scenario.task.alreadyTaken', {
          task: task.id,
          wanted: task.cases === 'all' ? 'all' : 'some',
          n: wanted,
          available,
          process: task.process,
          before,
          field,
        }),
      ),
    )
  }

  return Math.min(wanted, available)
}

/** Hints that cost more than the task earns or name kinds it never holds; notes never shown. */
function checkTaskTeaching(
  scenario: ScenarioFile,
  task: Task,
  at: (...rest: PropertyKey[]) => DataPath,
  cases: number,
): Finding[] {
  const findings: Finding[] = []
  const maxPoints = cases * task.points.correct
  const hintCost = task.hints.reduce((total, hint) => total + hint.cost, 0)
  if (hintCost > maxPoints) {
    findings.push(
      warning(
        at('hints'),
        `the hints of task "${task.id}" cost ${hintCost} points together, more than the ${maxPoints} the task can earn; lower the costs`,
        msg('scenario.task.hintsCostMore', { task: task.id, cost: hintCost, max: maxPoints }),
        'key',
      ),
    )
  }
  // The kinds of case this task's process will hold, for its hints and teaching notes.
  const kinds = worldKinds(scenario.world, task.process)
  task.hints.forEach((hint, h) => {
    if (hint.kind !== undefined && !kinds.has(hint.kind))
      findings.push(
        warning(
          at('hints', h, 'kind'),
          `hint ${h + 1} of task "${task.id}" is for "${hint.kind}" cases, but the world has none, so it will never be offered; the world's kinds are ${[...kinds].sort().join(', ') || 'none'}`,
          kinds.size
            ? msg('scenario.task.hintNeverOffered', {
                n: h + 1,
                task: task.id,
                kind: hint.kind,
                kinds: [...kinds].sort().join(', '),
              })
            : msg('scenario.task.hintNeverOfferedNoKinds', { n: h + 1, task: task.id, kind: hint.kind }),
        ),
      )
  })
  if (task.points.acceptable > task.points.correct) {
    findings.push(
      warning(
        at('points', 'acceptable'),
        `points.acceptable (${task.points.acceptable}) is more than points.correct (${task.points.correct}); an acceptable decision should not earn more than the correct one`,
        msg('scenario.task.acceptableAboveCorrect', {
          acceptable: task.points.acceptable,
          correct: task.points.correct,
        }),
      ),
    )
  }
  for (const kind of Object.keys(task.feedback)) {
    if (!kinds.has(kind)) {
      findings.push(
        warning(
          at('feedback', kind),
          `the feedback for "${kind}" will never be shown: the world has no ${kind} cases`,
          msg('scenario.task.feedbackNeverShown', { kind }),
          'key',
        ),
      )
    }
  }
  return findings
}

/** Task ids, processes, case counts, points, hints and feedback notes. */
export function checkTasks(scenario: ScenarioFile): Finding[] {
  const findings: Finding[] = []
  const firstWithId = new Map<string, number>()
  const taken = new Map<ProcessId, number>()
  const timing: Timing = { latestStart: 0, startOf: new Map() }

  scenario.tasks.forEach((task, i) => {
    const at = (...rest: PropertyKey[]): DataPath => ['tasks', i, ...rest]
    findings.push(...checkTaskStart(task, at, timing))
    const first = firstWithId.get(task.id)
    if (first === undefined) firstWithId.set(task.id, i)
    else
      findings.push(
        error(
          at('id'),
          `task id "${task.id}" is already used by task ${first + 1}; give each task its own id`,
          msg('scenario.task.duplicateId', { task: task.id, n: first + 1 }),
        ),
      )

    const cases = checkTaskCases(scenario, task, at, taken, findings)
    if (cases !== undefined) findings.push(...checkTaskTeaching(scenario, task, at, cases))
  })

  // The report's maximum is cases × points.correct; at 0 nobody can pass, whatever the pass mark.
  if (scenario.tasks.every((t) => t.points.correct === 0)) {
    findings.push(
      error(
        ['tasks', 0, 'points', 'correct'],
        'the scenario cannot be passed: no task gives points for a correct decision, so the best score is 0; give points.correct a value above 0',
        msg('scenario.task.cannotPass'),
      ),
    )
  }
  findings.push(...checkAgenda(scenario))
  return findings
}

/** Each agenda day names tasks that exist, each task on one day, and not a task that starts later. */
function checkAgenda(scenario: ScenarioFile): Finding[] {
  const findings: Finding[] = []
  const dayOf = new Map<string, number>()
  scenario.agenda?.forEach((entry, i) => {
    entry.tasks.forEach((id, j) => {
      const at: DataPath = ['agenda', i, 'tasks', j]
      const task = scenario.tasks.find((t) => t.id === id)
      const ids = scenario.tasks.map((t) => `"${t.id}"`).join(', ')
      if (!task)
        findings.push(
          error(
            at,
            `there is no task "${id}"; the tasks are ${ids}`,
            msg('scenario.agenda.noTask', { task: id, ids }),
          ),
        )
      else if (dayOf.has(id))
        findings.push(
          error(
            at,
            `task "${id}" is already on day ${dayOf.get(id)!}; a task's cases arrive on one day`,
            msg('scenario.agenda.twice', { task: id, day: dayOf.get(id)! }),
          ),
        )
      else if (task.startsAfterDays !== undefined)
        findings.push(
          error(
            at,
            `task "${id}" has startsAfterDays, which moves the calendar itself; give it either startsAfterDays or a day in the agenda`,
            msg('scenario.agenda.startsAfterDays', { task: id }),
          ),
        )
      dayOf.set(id, entry.day)
    })
  })
  return findings
}
