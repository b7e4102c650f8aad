/**
 * What the trainer's dashboard shows, computed from the participants' server-side reports (the
 * engine's replay of each stored log). Every class figure is a plain sum over those sessions.
 */
import { PROCESS_KINDS, REGISTRATION_ANOMALIES, type DecisionRecord, type Report } from '../engine/index'
import type { ParticipantRow, WorkshopRow } from './workshop'

export interface ProgressRow {
  participantId: string
  seat: number
  name: string
  decided: number
  cases: number
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
  label: string
  decided: number
  detected: number
  /** Percent of the decisions on anomalies that caught them (null when none were decided). */
  rate: number | null
}

export interface Dashboard {
  workshop: {
    id: string
    name: string
    scenarioId: string
    mode: string
    hints: boolean
    variants: string
    group: number
    groups: number[]
    timeBoxMinutes: number | null
  }
  stuckMinutes: number
  progress: ProgressRow[]
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
    tadat: { code: string; label: string; score: number; maxScore: number; percent: number | null }[]
  }
}

export function isAnomaly(decision: Pick<DecisionRecord, 'process' | 'kind'>): boolean {
  const anomalies: readonly string[] =
    decision.process === 'registration'
      ? REGISTRATION_ANOMALIES
      : (PROCESS_KINDS[decision.process as keyof typeof PROCESS_KINDS]?.ANOMALIES ?? [])
  return anomalies.includes(decision.kind)
}

function detected(decision: DecisionRecord): boolean {
  return decision.feedback.grade === 'correct' || decision.feedback.grade === 'acceptable'
}

/**
 * After a trainee's time box ends, steps still reach the hub for this long: they were taken
 * before the end in a browser that was offline, and are kept. Later ones are refused.
 */
export const TIME_BOX_GRACE_MS = 10 * 60_000

/** When the trainee's time box ends (hub clock, ms), counted from their joining; null without one. */
export function deadlineOf(
  workshop: Pick<WorkshopRow, 'time_box_minutes'>,
  participant: Pick<ParticipantRow, 'joined_at'>,
): number | null {
  if (!workshop.time_box_minutes) return null
  return new Date(participant.joined_at).getTime() + workshop.time_box_minutes * 60_000
}

function minutesSince(since: Date | string | null, now: number): number | null {
  if (!since) return null
  return Math.max(0, Math.floor((now - new Date(since).getTime()) / 60000))
}

function rate(decided: number, hit: number): number | null {
  return decided ? Math.round((hit / decided) * 100) : null
}

export function buildDashboard(
  workshop: WorkshopRow,
  participants: ParticipantRow[],
  options: { now: number; stuckMinutes: number; anonymous: boolean; groups: number[]; group: number },
): Dashboard {
  const progress = participants.map((p): ProgressRow => {
    const minutesOnCase = p.current_case ? minutesSince(p.current_case_since, options.now) : null
    const deadline = deadlineOf(workshop, p)
    return {
      participantId: options.anonymous ? '' : p.id,
      seat: p.seat,
      name: options.anonymous ? `Trainee ${p.seat}` : p.display_name,
      decided: p.decided,
      cases: p.cases,
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
  const reports = participants.map((p) => p.report).filter((r): r is Report => r !== null)
  const distribution = Array.from({ length: 10 }, () => 0)
  for (const p of participants) distribution[Math.max(0, Math.min(9, Math.floor(p.percent / 10)))]! += 1
  const perCase = new Map<string, RateRow>()
  const perKind = new Map<string, RateRow>()
  const tadat = new Map<string, { code: string; label: string; score: number; maxScore: number }>()
  for (const report of reports) {
    for (const d of report.decisions) {
      if (!isAnomaly(d)) continue
      for (const [map, key, label] of [
        [perCase, d.caseId, d.caseId],
        [perKind, d.kind, d.kind],
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
    workshop: {
      id: workshop.id,
      name: workshop.name,
      scenarioId: workshop.scenario_id,
      mode: workshop.mode,
      hints: workshop.hints,
      variants: workshop.variants,
      group: options.group,
      groups: options.groups,
      timeBoxMinutes: workshop.time_box_minutes,
    },
    stuckMinutes: options.stuckMinutes,
    progress,
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
    },
  }
}

export interface Debrief {
  caseId: string
  /** How the class decided, most frequent first. */
  decisions: { label: string; grade: string; count: number }[]
  undecided: number
  truth: { expected: string; kind: string; anomaly: boolean; explanation: string; flags: string[] } | null
  notes: string | null
}

export function buildDebrief(
  caseId: string,
  participants: ParticipantRow[],
  notes: string | undefined,
): Debrief {
  const counts = new Map<string, { label: string; grade: string; count: number }>()
  let truth: Debrief['truth'] = null
  let undecided = 0
  for (const p of participants) {
    const d = p.report?.decisions.find((x) => x.caseId === caseId)
    if (!d) {
      undecided += 1
      continue
    }
    const key = `${d.decisionLabel}\u0000${d.feedback.grade}`
    const row = counts.get(key) ?? { label: d.decisionLabel, grade: d.feedback.grade, count: 0 }
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
    decisions: [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    undecided,
    truth,
    notes: notes ?? null,
  }
}

function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value)
  // A cell starting with = + - @ would run as a formula in a spreadsheet: make it plain text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function exportCsv(participants: ParticipantRow[]): string {
  const header = [
    'group',
    'seat',
    'name',
    'seed',
    'decided',
    'cases',
    'finished',
    'score',
    'max_score',
    'percent',
    'passed',
  ]
  const rows = participants.map((p) =>
    [
      p.group_no,
      p.seat,
      p.display_name,
      p.seed,
      p.decided,
      p.cases,
      p.finished,
      p.score,
      p.max_score,
      p.percent,
      p.passed,
    ]
      .map(csvCell)
      .join(','),
  )
  return [header.join(','), ...rows].join('\r\n') + '\r\n'
}
