/**
 * The dashboard the hub sends speaks in message ids where it adds words of its own: an
 * anonymous seat, a readiness group's heading, a state the map does not draw, a kind of case. The page renders
 * them in its reader's language, so a French trainer sees "Stagiaire 3", never "Trainee 3"; a
 * trainee's own name stays as they typed it.
 */
import { describe, expect, it } from 'vitest'
import { playPolicy, Session, type Policy, type Text, type Value } from '../../src/engine/index'
import { buildDashboard, type Dashboard } from '../../src/hub/dashboard'
import type { ParticipantRow, WorkshopRow } from '../../src/hub/workshop'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator, inEnglish, type Translator } from '../../src/i18n/render'
import { scenarios } from './support'

const WORKSHOP: WorkshopRow = {
  id: 'w1',
  name: 'Atelier de Dakar',
  scenarios: [],
  scenario_id: 'registration-desk',
  scenario_digest: '',
  scenario_yaml: null,
  mode: 'practice',
  hints: true,
  time_box_minutes: null,
  variants: 'same',
  trainer_token_hash: '',
  current_group: 1,
  created_at: '2026-12-06T09:00:00.000Z',
}

async function participant(seat: number, name: string, policy: Policy): Promise<ParticipantRow> {
  const scenario = (await scenarios()).bundled.get('registration-desk')!
  const session = await Session.start(scenario, {})
  playPolicy(session, policy, 3)
  const report = session.report()
  const wrong = report.decisions.find((d) => d.feedback.grade === 'wrong' || d.feedback.grade === 'harmful')
  const caseId = (wrong ?? report.decisions[0]!).caseId
  return {
    id: `p${seat}`,
    workshop_id: WORKSHOP.id,
    group_no: 1,
    scenario_no: 0,
    display_name: name,
    seat,
    seed: 1,
    token_hash: '',
    joined_at: '2026-12-06T09:00:00.000Z',
    last_event_at: null,
    current_case: null,
    current_case_since: null,
    decided: report.decisions.length,
    cases: report.decisions.length,
    finished: true,
    score: report.score,
    max_score: report.maxScore,
    percent: report.percent,
    passed: report.passed,
    report,
    // A decision taken in a state the stored map does not draw (a nested state, say).
    states: {
      decided: { [caseId]: { process: 'registration', state: 'nested' } },
      refused: [],
      maps: {
        registration: [{ id: 'received', label: { id: 'registration.state.received' }, final: false }],
      },
    },
  }
}

async function strict(language: 'fr' | 'ru'): Promise<Translator> {
  const catalogue = await loadCatalogue(language)
  return createTranslator({
    language,
    catalogue,
    onMissing: (id) => {
      throw new Error(`${language}: no message "${id}"`)
    },
  })
}

/** Every word of the dashboard the hub itself adds (not the scenario's or the trainee's). */
function hubWords(d: Dashboard): Value[] {
  return [
    ...d.progress.map((p) => p.name),
    ...d.trainees.map((p) => p.name),
    ...d.readiness.rows.map((r) => r.name),
    ...d.readiness.groups.flatMap((g) => [g.label, ...g.members]),
    ...d.results.heatmap.flatMap((h) => h.states.map((s) => s.label)),
    ...d.results.perKind.map((k) => k.label),
  ]
}

describe('the dashboard in the trainer’s language', () => {
  it('sends anonymous seats, group headings and unnamed states as messages, rendered in French and Russian', async () => {
    const rows = [await participant(1, 'Amina', 'best'), await participant(2, 'Bruno', 'first')]
    const options = { now: Date.parse('2026-12-06T10:00:00Z'), stuckMinutes: 10, groups: [1], group: 1 }
    const anonymous = buildDashboard(WORKSHOP, rows, { ...options, anonymous: true })
    const named = buildDashboard(WORKSHOP, rows, { ...options, anonymous: false })

    expect(anonymous.progress.map((p) => p.name)).toEqual([
      { id: 'workshop.dash.traineeSeat', args: { seat: 1 } },
      { id: 'workshop.dash.traineeSeat', args: { seat: 2 } },
    ])
    expect(JSON.stringify(anonymous)).not.toMatch(/Amina|Bruno/)
    // A trainee's own name is data, shown as typed.
    expect(named.progress.map((p) => p.name)).toEqual(['Amina', 'Bruno'])
    expect(named.readiness.groups.flatMap((g) => g.members).sort()).toEqual(['Amina', 'Bruno'])

    const english = hubWords(anonymous).map((v) => inEnglish(v))
    expect(english).toContain('Trainee 2')
    expect(english.some((w) => /^(Ready on every process|Start with .+)$/.test(w))).toBe(true)
    expect(english).toContain('a stage of the process')

    const fr = await strict('fr')
    const french = hubWords(anonymous).map((v) => fr.t(v))
    expect(french).toContain('Stagiaire 1')
    expect(french).toContain('une étape de la procédure')
    // Kinds of case by their names, never their codes.
    expect(anonymous.results.perKind.length).toBeGreaterThan(0)
    for (const k of anonymous.results.perKind) expect(fr.t(k.label)).not.toBe(k.key)
    const ru = await strict('ru')
    const russian = hubWords(anonymous).map((v) => ru.t(v))
    expect(russian).toContain('Слушатель 2')
    for (const words of [french, russian])
      for (const w of words) {
        expect(w).not.toMatch(/Trainee|Ready on|Start with|stage of the process|\[object Object\]|undefined/)
        expect(w).not.toMatch(/^[a-z]+\.[a-z]+\.[a-zA-Z.]+$/)
      }
    const headings = anonymous.readiness.groups.map((g): Text => g.label)
    for (const h of headings) expect(typeof h).toBe('object')
  }, 120_000)
})
