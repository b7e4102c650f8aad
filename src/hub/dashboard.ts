/**
 * What the trainer's dashboard shows, computed from the participants' server-side reports (the
 * engine's replay of each stored log). Every class figure is a plain sum over those sessions.
 * Words the hub adds (an anonymous seat's name, a group's heading) are messages the page renders
 * in its reader's language; a trainee's own name is data.
 */
import {
  isAnomalyKind,
  kindLabel,
  msg,
  processLabel,
  type CommandSpec,
  type CurrencyFormat,
  type DecisionRecord,
  type ProcessId,
  type Report,
  type Text,
} from '../engine/index'
import { toCsv } from '../i18n/csv'
import type { Translator } from '../i18n/render'
import type { MapState } from './states'
import { deadlineOf } from './time-box'
import type { ParticipantRow, WorkshopRow } from './workshop'

export interface ProgressRow {
  participantId: string
  seat: number
  /** The trainee's name, or their seat as a message when the dashboard is anonymous. */
  name: Text
  decided: number
  /** The session's cases: counted by its replay, else its scenario's configured number (0 if its file no longer loads). */
  cases: number
  /** Whether the trainee has opened the scenario (a step stored, a case open or decided). */
  started: boolean
  currentCase: string | null
  /** Minutes on the current case, by the hub's clock. */
  minutesOnCase: number | null
  stuck: boolean
  finished: boolean
  /** Whole minutes left in the trainee's time box (0 when it has ended); null without one. */
  minutesLeft: number | null
  score: number
  maxScore: number
  percent: number
  passed: boolean
}

export interface RateRow {
  key: string
  /** A case's id (data), or a kind's name as a message. */
  label: Text
  decided: number
  detected: number
  /** Percent of the decisions on anomalies that caught them (null when none were decided). */
  rate: number | null
}

/** One process map with, per state, how often the class went wrong there. */
export interface HeatmapRow {
  process: string
  states: (MapState & { wrongDecisions: number; refusedSteps: number })[]
  /** The largest count of one state of this process (0 when nobody went wrong). */
  peak: number
}

/** Readiness bands, by the trainee's percent of the points on a process's tasks. */
export const READY_PERCENT = 75
export const PARTLY_PERCENT = 50

export interface ReadinessRow {
  seat: number
  name: Text
  /** Percent of the points earned per process (null: none of its cases were decided). */
  perProcess: Record<string, number | null>
}

export interface Grouping {
  /** 'ready' for trainees ready on every process, otherwise the process to work on first. */
  focus: string
  label: Text
  members: Text[]
}

/** One trainee's session on one scenario, for the overview of every scenario. */
export interface TraineeScenario {
  scenarioNo: number
  decided: number
  cases: number
  /** Whether the trainee has opened this scenario (a step stored, a case open or decided). */
  started: boolean
  finished: boolean
  score: number
  maxScore: number
  percent: number
  passed: boolean
}

/** One trainee across the workshop's scenarios. */
export interface TraineeRow {
  seat: number
  name: Text
  scenarios: TraineeScenario[]
}

export interface Dashboard {
  workshop: {
    id: string
    name: string
    /** The scenario this dashboard's progress, results and debrief are about. */
    scenarioId: string
    scenarioNo: number
    scenarios: { scenarioNo: number; scenarioId: string; title: string }[]
    mode: string
    hints: boolean
    variants: string
    group: number
    groups: number[]
    timeBoxMinutes: number | null
    /**
     * How the scenario writes its figures (its country, its currency) and the language its
     * trainers wrote in: the page renders the debrief's amounts as the trainees saw them.
     */
    figures?: ScenarioFigures
  }
  stuckMinutes: number
  progress: ProgressRow[]
  /** Every trainee's sessions on every scenario of the workshop, by seat. */
  trainees: TraineeRow[]
  results: {
    participants: number
    finished: number
    totalScore: number
    totalMaxScore: number
    decided: number
    averagePercent: number | null
    passRate: number | null
    passMark: number | null
    /** Trainees per 10-point band of percent: [below 10 (negative included), 10–19, …, 90–100]. */
    distribution: number[]
    perCase: RateRow[]
    perKind: RateRow[]
    tadat: { code: string; label: Text; score: number; maxScore: number; percent: number | null }[]
    /** Where on each process map wrong decisions were taken and unlawful steps refused. */
    heatmap: HeatmapRow[]
  }
  /** Each trainee's readiness per process, and groups by the process each should work on first. */
  readiness: { processes: string[]; rows: ReadinessRow[]; groups: Grouping[] }
}

/** What a page needs to write a scenario's figures as its trainees see them ("681 930 FCFA"). */
export interface ScenarioFigures {
  /** The jurisdiction's faker locale ("fr_SN"). */
  country: string
  currency: CurrencyFormat
  /** The scenario's `language`. */
  language: string
}

/** A scenario's figures, as the dashboard sends them. */
export function figuresOf(scenario: {
  language: string
  jurisdiction: { locale: string; currency: CurrencyFormat }
}): ScenarioFigures {
  const { code, symbol, minorUnits } = scenario.jurisdiction.currency
  return {
    country: scenario.jurisdiction.locale,
    currency: { code, symbol, minorUnits },
    language: scenario.language,
  }
}

/**
 * Whether a session has begun: the trainee stored a step, has a case open or decided one. A seat
 * joins every scenario of the workshop at once; the ones it has not opened have no cases or score
 * yet (0 / 0 would read as a scenario without cases).
 */
export function started(
  p: Pick<ParticipantRow, 'last_event_at' | 'current_case' | 'decided' | 'finished'>,
): boolean {
  return p.last_event_at !== null || p.current_case !== null || p.decided > 0 || p.finished
}

/** A trainee shown by seat only (anonymous dashboards, the projector). */
export const seatName = (seat: number): Text => msg('workshop.dash.traineeSeat', { seat })

export function isAnomaly(decision: Pick<DecisionRecord, 'process' | 'kind'>): boolean {
  return isAnomalyKind(decision.process, decision.kind)
}

/** A decision that a tax officer should not have taken: graded wrong or harmful. */
export function wentWrong(decision: Pick<DecisionRecord, 'feedback'>): boolean {
  return decision.feedback.grade === 'wrong' || decision.feedback.grade === 'harmful'
}

function detected(decision: DecisionRecord): boolean {
  return decision.feedback.grade === 'correct' || decision.feedback.grade === 'acceptable'
}

function minutesSince(since: Date | string | null, now: number): number | null {
  if (!since) return null
  return Math.max(0, Math.floor((now - new Date(since).getTime()) / 60000))
}

function rate(decided: number, hit: number): number | null {
  return decided ? Math.round((hit / decided) * 100) : null
}

/**
 * The dashboard of one scenario of the workshop (`scenarioNo`), from the sessions of every
 * scenario: progress, results and readiness are that scenario's; `trainees` spans them all.
 */
export function buildDashboard(
  workshop: WorkshopRow,
  sessions: ParticipantRow[],
  options: {
    now: number
    stuckMinutes: number
    anonymous: boolean
    groups: number[]
    group: number
    scenarioNo?: number
    /** The scenarios' titles, in the workshop's order. */
    titles?: string[]
    /** The figures of the scenario shown (`scenarioNo`). */
    figures?: ScenarioFigures
  },
): Dashboard {
  const scenarioNo = options.scenarioNo ?? 0
  const participants = sessions.filter((p) => (p.scenario_no ?? 0) === scenarioNo)
  const nameOf = (p: Pick<ParticipantRow, 'seat' | 'display_name'>): Text =>
    options.anonymous ? seatName(p.seat) : p.display_name
  const trainees = new Map<number, TraineeRow>()
  for (const p of sessions) {
    const row = trainees.get(p.seat) ?? { seat: p.seat, name: nameOf(p), scenarios: [] }
    row.scenarios.push({
      scenarioNo: p.scenario_no ?? 0,
      decided: p.decided,
      cases: p.cases,
      started: started(p),
      finished: p.finished,
      score: p.score,
      maxScore: p.max_score,
      percent: p.percent,
      passed: p.passed,
    })
    trainees.set(p.seat, row)
  }
  const progress = participants.map((p): ProgressRow => {
    const minutesOnCase = p.current_case ? minutesSince(p.current_case_since, options.now) : null
    const deadline = deadlineOf(workshop, p)
    return {
      participantId: options.anonymous ? '' : p.id,
      seat: p.seat,
      name: nameOf(p),
      decided: p.decided,
      cases: p.cases,
      started: started(p),
      currentCase: p.current_case,
      minutesOnCase,
      stuck: !p.finished && minutesOnCase !== null && minutesOnCase >= options.stuckMinutes,
      finished: p.finished,
      minutesLeft: deadline === null ? null : Math.max(0, Math.ceil((deadline - options.now) / 60000)),
      score: p.score,
      maxScore: p.max_score,
      percent: p.percent,
      passed: p.passed,
    }
  })
  const names = participants.map(nameOf)
  const scenarios = workshop.scenarios.map((s, no) => ({
    scenarioNo: no,
    scenarioId: s.id,
    title: options.titles?.[no] ?? s.id,
  }))
  return {
    workshop: {
      id: workshop.id,
      name: workshop.name,
      scenarioId: scenarios[scenarioNo]?.scenarioId ?? workshop.scenario_id,
      scenarioNo,
      scenarios,
      mode: workshop.mode,
      hints: workshop.hints,
      variants: workshop.variants,
      group: options.group,
      groups: options.groups,
      timeBoxMinutes: workshop.time_box_minutes,
      ...(options.figures ? { figures: options.figures } : {}),
    },
    stuckMinutes: options.stuckMinutes,
    progress,
    trainees: [...trainees.values()].sort((a, b) => a.seat - b.seat),
    ...classResults(participants, names),
  }
}

/** The fields of a session the class results are computed from. */
export type ClassSession = Pick<
  ParticipantRow,
  'seat' | 'score' | 'max_score' | 'percent' | 'passed' | 'finished' | 'decided' | 'report' | 'states'
>

/**
 * The class's results: plain sums over the sessions' replayed reports. The live dashboard and
 * the results imported from files (no hub) both show these.
 */
export function classResults(
  participants: ClassSession[],
  names: Text[],
): Pick<Dashboard, 'results' | 'readiness'> {
  const reports = participants.map((p) => p.report).filter((r): r is Report => r !== null)
  const distribution = Array.from({ length: 10 }, () => 0)
  for (const p of participants) distribution[Math.max(0, Math.min(9, Math.floor(p.percent / 10)))]! += 1
  const perCase = new Map<string, RateRow>()
  const perKind = new Map<string, RateRow>()
  const tadat = new Map<string, { code: string; label: Text; score: number; maxScore: number }>()
  for (const report of reports) {
    for (const d of report.decisions) {
      if (!isAnomaly(d)) continue
      for (const [map, key, label] of [
        [perCase, d.caseId, d.caseId],
        [perKind, d.kind, kindLabel(d.kind)],
      ] as const) {
        const row = map.get(key) ?? { key, label, decided: 0, detected: 0, rate: null }
        row.decided += 1
        if (detected(d)) row.detected += 1
        map.set(key, row)
      }
    }
    for (const t of report.tadat) {
      const row = tadat.get(t.code) ?? { code: t.code, label: t.label, score: 0, maxScore: 0 }
      row.score += t.score
      row.maxScore += t.maxScore
      tadat.set(t.code, row)
    }
  }
  const withRate = (rows: Iterable<RateRow>) =>
    [...rows]
      .map((r) => ({ ...r, rate: rate(r.decided, r.detected) }))
      .sort((a, b) => a.key.localeCompare(b.key))
  const totalScore = participants.reduce((sum, p) => sum + p.score, 0)
  const totalMaxScore = participants.reduce((sum, p) => sum + p.max_score, 0)
  return {
    results: {
      participants: participants.length,
      finished: participants.filter((p) => p.finished).length,
      totalScore,
      totalMaxScore,
      decided: participants.reduce((sum, p) => sum + p.decided, 0),
      averagePercent: participants.length
        ? Math.round(participants.reduce((sum, p) => sum + p.percent, 0) / participants.length)
        : null,
      passRate: rate(participants.length, participants.filter((p) => p.passed).length),
      passMark: reports[0]?.passMark ?? null,
      distribution,
      perCase: withRate(perCase.values()),
      perKind: withRate(perKind.values()),
      tadat: [...tadat.values()]
        .map((t) => ({ ...t, percent: rate(t.maxScore, t.score) }))
        .sort((a, b) => a.code.localeCompare(b.code)),
      heatmap: heatmap(participants),
    },
    readiness: readiness(participants, names),
  }
}

export function heatmap(participants: Pick<ParticipantRow, 'report' | 'states'>[]): HeatmapRow[] {
  const maps = new Map<string, Map<string, HeatmapRow['states'][number]>>()
  const cell = (process: string, state: string) => {
    const row = maps.get(process)
    if (!row) return undefined
    // A state the map does not draw (a nested one) still counts, at the end of its row.
    if (!row.has(state))
      row.set(state, {
        id: state,
        label: msg('session.map.unnamedState'),
        final: false,
        wrongDecisions: 0,
        refusedSteps: 0,
      })
    return row.get(state)!
  }
  for (const p of participants) {
    if (!p.states) continue
    for (const [process, states] of Object.entries(p.states.maps))
      if (!maps.has(process))
        maps.set(process, new Map(states.map((s) => [s.id, { ...s, wrongDecisions: 0, refusedSteps: 0 }])))
  }
  for (const p of participants) {
    if (!p.states || !p.report) continue
    for (const d of p.report.decisions) {
      const at = p.states.decided[d.caseId]
      if (at && wentWrong(d)) {
        const c = cell(at.process, at.state)
        if (c) c.wrongDecisions += 1
      }
    }
    for (const r of p.states.refused) {
      const c = cell(r.process, r.state)
      if (c) c.refusedSteps += 1
    }
  }
  return [...maps.entries()]
    .map(([process, states]) => {
      const list = [...states.values()]
      return {
        process,
        states: list,
        peak: Math.max(0, ...list.map((s) => s.wrongDecisions + s.refusedSteps)),
      }
    })
    .sort((a, b) => a.process.localeCompare(b.process))
}

/**
 * Readiness per process from each trainee's task scores (the pre-assessment scenario has one
 * task per desk), and a suggested grouping: trainees are grouped by the process where they are
 * furthest from ready, so each group can start at the desk it needs; trainees ready on every
 * process form their own group.
 */
export function readiness(
  participants: Pick<ParticipantRow, 'seat' | 'report'>[],
  names: Text[],
): Dashboard['readiness'] {
  const processes = new Set<string>()
  const rows: ReadinessRow[] = participants.map((p, i) => {
    const sums = new Map<string, { score: number; max: number; decided: boolean }>()
    for (const t of p.report?.tasks ?? []) {
      processes.add(t.process)
      const sum = sums.get(t.process) ?? { score: 0, max: 0, decided: false }
      sum.score += t.score
      sum.max += t.maxScore
      sums.set(t.process, sum)
    }
    for (const d of p.report?.decisions ?? []) {
      const sum = sums.get(d.process)
      if (sum) sum.decided = true
    }
    const perProcess: Record<string, number | null> = {}
    for (const [process, sum] of sums)
      perProcess[process] =
        sum.decided && sum.max > 0 ? Math.max(0, Math.round((sum.score / sum.max) * 100)) : null
    return { seat: p.seat, name: names[i] ?? seatName(p.seat), perProcess }
  })
  const order = [...processes].sort()
  const groups = new Map<string, Grouping>()
  for (const row of rows) {
    // A trainee who has decided nothing yet (just joined, or still reading) has shown no readiness
    // on any desk: they are neither ready nor known to need one desk more than another.
    const shown = Object.values(row.perProcess).some((p) => p !== null)
    let focus = shown ? 'ready' : 'notStarted'
    let lowest = shown ? READY_PERCENT : -Infinity
    for (const process of order) {
      // Not yet tried counts as not ready: the trainee has shown nothing on that desk.
      const percent = row.perProcess[process] ?? -1
      if (percent < lowest) {
        lowest = percent
        focus = process
      }
    }
    const group = groups.get(focus) ?? {
      focus,
      label:
        focus === 'ready'
          ? msg('workshop.results.readyAll')
          : focus === 'notStarted'
            ? msg('workshop.results.notStartedGroup')
            : msg('workshop.results.startWith', { process: processLabel(focus as ProcessId) }),
      members: [],
    }
    group.members.push(row.name)
    groups.set(focus, group)
  }
  return {
    processes: order,
    rows,
    // Desks to start with first, then the ready, then those who have not started.
    groups: [...groups.values()].sort(
      (a, b) => last(a.focus) - last(b.focus) || a.focus.localeCompare(b.focus),
    ),
  }
}

function last(focus: string): number {
  return focus === 'notStarted' ? 2 : focus === 'ready' ? 1 : 0
}

/** One way the class decided a case: the command with its fields, its grade, how many took it. */
export interface DebriefDecision {
  label: Text
  grade: string
  count: number
  process: ProcessId
  /** The command as taken: two decisions of one label may differ in a field (a segment, a date). */
  command: DecisionRecord['command']
}

export interface Debrief {
  caseId: string
  /** How the class decided, most frequent first. */
  decisions: DebriefDecision[]
  /** The scenario's currency, to write the decisions' amounts. */
  currency?: Report['currency']
  /** The scenario's commands as its forms showed them, to name the decisions' fields. */
  commands?: Partial<Record<ProcessId, readonly CommandSpec[]>>
  undecided: number
  truth: { expected: Text; kind: string; anomaly: boolean; explanation: Text; flags: Text[] } | null
  notes: string | null
}

/**
 * A command as a key: its fields in name order, so one decision stored with its keys in another
 * order is the same. (Not the hub's own key function in workshop.ts: the app's results import
 * reads this module, and must not pull the hub's node code into the page.)
 */
function commandKey(command: DecisionRecord['command']): string {
  return JSON.stringify(Object.entries(command).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/**
 * How the class decided one case. Decisions are told apart by their whole command, not only its
 * label: "approve" with another segment or date is another decision, and may be graded otherwise.
 */
export function buildDebrief(
  caseId: string,
  participants: ParticipantRow[],
  notes: string | undefined,
  words: Pick<Debrief, 'currency' | 'commands'> = {},
): Debrief {
  const counts = new Map<string, DebriefDecision>()
  let truth: Debrief['truth'] = null
  let undecided = 0
  for (const p of participants) {
    const d = p.report?.decisions.find((x) => x.caseId === caseId)
    if (!d) {
      undecided += 1
      continue
    }
    const key = `${commandKey(d.command)}\u0000${JSON.stringify(d.decisionLabel)}\u0000${d.feedback.grade}`
    const row = counts.get(key) ?? {
      label: d.decisionLabel,
      grade: d.feedback.grade,
      count: 0,
      process: d.process,
      command: d.command,
    }
    row.count += 1
    counts.set(key, row)
    truth ??= {
      expected: d.expected,
      kind: d.kind,
      anomaly: isAnomaly(d),
      explanation: d.feedback.explanation,
      flags: d.feedback.flags,
    }
  }
  return {
    caseId,
    decisions: [...counts.values()].sort(
      (a, b) =>
        b.count - a.count ||
        JSON.stringify(a.label).localeCompare(JSON.stringify(b.label)) ||
        commandKey(a.command).localeCompare(commandKey(b.command)),
    ),
    undecided,
    truth,
    notes: notes ?? null,
    ...words,
  }
}

/** The export's columns, named in the trainer's language (`workshop.csv.*`). */
export const CSV_COLUMNS = [
  'group',
  'seat',
  'scenario',
  'name',
  'seed',
  'decided',
  'cases',
  'finished',
  'score',
  'maxScore',
  'percent',
  'passed',
] as const

/**
 * One row per trainee and scenario, for the trainer's spreadsheet: headers, scenario titles and
 * yes/no in the trainer's language, separated the way a spreadsheet in that language reads it
 * (French, Russian, Portuguese: semicolons), scores as numbers. The JSON export is the one for
 * programs: its field names do not change with the language.
 */
export function exportCsv(
  workshop: Pick<WorkshopRow, 'scenarios'>,
  participants: ParticipantRow[],
  tr: Pick<Translator, 'm' | 'locale'>,
): string {
  const yesNo = (value: boolean) => tr.m(value ? 'app.report.yes' : 'app.report.no')
  const rows = participants.map((p) => {
    const scenario = workshop.scenarios[p.scenario_no ?? 0]
    // A scenario the trainee has not opened has no score yet: blank cells, not 0 out of 0 (its
    // case count when the hub knows it without generating a world).
    const begun = started(p)
    return [
      p.group_no,
      p.seat,
      scenario?.title ?? scenario?.id ?? '',
      p.display_name,
      p.seed,
      p.decided,
      begun || p.cases ? p.cases : null,
      yesNo(p.finished),
      begun ? p.score : null,
      begun ? p.max_score : null,
      begun ? p.percent : null,
      yesNo(p.passed),
    ]
  })
  return toCsv(
    CSV_COLUMNS.map((column) => tr.m(`workshop.csv.${column}`)),
    rows,
    tr.locale,
  )
}
