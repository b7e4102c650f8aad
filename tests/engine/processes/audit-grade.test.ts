/**
 * Grading of audit decisions: each kind × the main decisions → the expected grade, on the
 * bundled world (the best commands are the truth; the other rows change one thing in them).
 * Then the whole procedure through a session: best scores the maximum on a larger worklist of
 * every variant, and a right decision made without looking at the evidence is downgraded.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../../src/cli/files'
import {
  generateWorld,
  playPolicy,
  Session,
  type CaseTruth,
  type Command,
  type Scenario,
} from '../../../src/engine'
import { gradeAudit } from '../../../src/engine/processes/audit/grade'
import type { AuditCaseData } from '../../../src/engine/processes/audit/types'
import type { Grade } from '../../../src/engine/vocabulary'

const library = await loadBundledLibrary()
const scenario = library.scenarios.find((s) => s.id === 'audit-case-selection')!
const j = scenario.jurisdiction
const world = await generateWorld(scenario)

const cases = (world.cases.audit ?? []).map((record) => ({
  data: record.data as AuditCaseData,
  truth: world.truth.cases.find((t) => t.caseId === record.id)!,
}))
const first = (kind: string, pick: (t: CaseTruth) => boolean = () => true) =>
  cases.find((c) => c.truth.kind === kind && pick(c.truth))!
const notSelected = (reason: string) => (t: CaseTruth) =>
  t.best.some((c) => c.type === 'audit.notSelect' && c.reason === reason)

type Edit = (best: readonly Command[], data: AuditCaseData) => Command[]

/** Replaces fields of the best command of a type. */
const change =
  (type: string, fields: Record<string, unknown>): Edit =>
  (best) =>
    best.map((c) => (c.type === type ? ({ ...c, ...fields } as Command) : c))
const then =
  (...edits: Edit[]): Edit =>
  (best, data) =>
    edits.reduce((b, e) => e(b, data), [...best])
const keep: Edit = (best) => [...best]
/** Stops at the screening decision with another outcome. */
const notSelect =
  (reason: string): Edit =>
  () => [{ type: 'audit.checkHistory' }, { type: 'audit.notSelect', reason }]
/** Closes the audit with no change after the records. */
const noChange: Edit = (best) => {
  const upTo = best.findIndex((c) => c.type === 'audit.draftFindings')
  return [...best.slice(0, upTo), { type: 'audit.closeNoChange' }]
}
/** Ends with the final assessment instead of a referral, or the reverse. */
const issueInstead: Edit = (best) => [
  ...best.slice(0, -1),
  { type: 'audit.sendFindings' },
  { type: 'audit.reviewReply' },
  { type: 'audit.issueAssessment' },
]
const referInstead: Edit = (best) => [
  ...best.filter(
    (c) => !['audit.sendFindings', 'audit.reviewReply', 'audit.issueAssessment'].includes(c.type),
  ),
  { type: 'audit.refer' },
]
const adjust =
  (f: (supported: number, data: AuditCaseData) => number): Edit =>
  (best, data) =>
    best.map((c) =>
      c.type === 'audit.draftFindings' ? { ...c, adjustment: f(Number(c.adjustment), data) } : c,
    )
/** Selects a case the truth leaves alone, examines it and assesses the engine's estimate. */
const auditAnyway =
  (auditType: string, close: boolean): Edit =>
  (_best, data) => [
    { type: 'audit.select', auditType, reason: data.hits[0]?.rule ?? 'late-filing-history' },
    { type: 'audit.requestRecords' },
    ...(auditType === 'field' ? [{ type: 'audit.inspectPremises' }] : []),
    ...(close
      ? [{ type: 'audit.closeNoChange' }]
      : [
          {
            type: 'audit.draftFindings',
            adjustment: Math.max(100, data.estimate.base),
            category: 'negligence',
          },
          { type: 'audit.sendFindings' },
          { type: 'audit.reviewReply' },
          { type: 'audit.issueAssessment' },
        ]),
  ]

function grade(c: { data: AuditCaseData; truth: CaseTruth }, edit: Edit): Grade {
  const commands = edit(c.truth.best, c.data)
  return gradeAudit(c.truth, c.data, commands.at(-1)!, commands.slice(0, -1), j).grade
}

describe.each([
  [
    'under-reported-income',
    first('under-reported-income'),
    [
      ['the best commands', keep, 'correct'],
      [
        "the engine's estimate (interest or credit note included)",
        adjust((_s, d) => d.estimate.base),
        'wrong',
      ],
      ['half the omitted income', adjust((s) => Math.round(s / 2)), 'wrong'],
      ['one rupiah off (rounding)', adjust((s) => s + 100), 'correct'],
      ['honest-error category', change('audit.draftFindings', { category: 'honest-error' }), 'wrong'],
      [
        'fraud category and a referral',
        then(change('audit.draftFindings', { category: 'fraud' }), referInstead),
        'wrong',
      ],
      [
        'a field audit',
        then(change('audit.select', { auditType: 'field' }), (b) =>
          b.flatMap((c) =>
            c.type === 'audit.requestRecords' ? [c, { type: 'audit.inspectPremises' }] : [c],
          ),
        ),
        'acceptable',
      ],
      [
        'a reason the case does not show',
        change('audit.select', { reason: 'supplier-non-filer' }),
        'acceptable',
      ],
      ['not selected', notSelect('below-threshold'), 'harmful'],
      ['closed with no change', noChange, 'harmful'],
    ],
  ],
  [
    'suppressed-cash-sales',
    first('suppressed-cash-sales'),
    [
      ['the best commands', keep, 'correct'],
      [
        'a desk audit adjusted by the card data',
        then(
          change('audit.select', { auditType: 'desk' }),
          (b) => b.filter((c) => c.type !== 'audit.inspectPremises'),
          adjust((_s, d) => d.estimate.base),
        ),
        'wrong',
      ],
      ['fraud category, no referral', change('audit.draftFindings', { category: 'fraud' }), 'wrong'],
      [
        'fraud and a referral',
        then(change('audit.draftFindings', { category: 'fraud' }), referInstead),
        'wrong',
      ],
      ['not selected', notSelect('over-capacity'), 'harmful'],
    ],
  ],
  [
    'fake-invoice-buyer',
    first('fake-invoice-buyer'),
    [
      ['the best commands', keep, 'correct'],
      [
        'a field audit',
        then(change('audit.select', { auditType: 'field' }), (b) =>
          b.flatMap((c) =>
            c.type === 'audit.requestRecords' ? [c, { type: 'audit.inspectPremises' }] : [c],
          ),
        ),
        'correct',
      ],
      ['assessed without referral', issueInstead, 'acceptable'],
      ['all input VAT disallowed', adjust((_s, d) => d.estimate.base), 'wrong'],
      [
        'negligence category',
        then(change('audit.draftFindings', { category: 'negligence' }), issueInstead),
        'wrong',
      ],
      ['closed with no change', noChange, 'harmful'],
    ],
  ],
  [
    'honest-error',
    first('honest-error'),
    [
      ['the best commands', keep, 'correct'],
      ['negligence category', change('audit.draftFindings', { category: 'negligence' }), 'wrong'],
      [
        'fraud and a referral',
        then(change('audit.draftFindings', { category: 'fraud' }), referInstead),
        'harmful',
      ],
      ['not selected', notSelect('below-threshold'), 'wrong'],
      ['closed with no change', noChange, 'wrong'],
    ],
  ],
  [
    'explained-outlier',
    first('explained-outlier'),
    [
      ['the best commands', keep, 'correct'],
      ['not selected, "below threshold"', notSelect('below-threshold'), 'acceptable'],
      ['a desk audit closed with no change (over-suspicion)', auditAnyway('desk', true), 'wrong'],
      ['a field audit closed with no change', auditAnyway('field', true), 'wrong'],
      ['assessed', auditAnyway('desk', false), 'harmful'],
    ],
  ],
  [
    'genuine below the threshold',
    first('genuine', notSelected('below-threshold')),
    [
      ['the best commands', keep, 'correct'],
      ['not selected, "over capacity"', notSelect('over-capacity'), 'acceptable'],
      ['audited, closed with no change', auditAnyway('desk', true), 'wrong'],
      ['assessed', auditAnyway('desk', false), 'harmful'],
    ],
  ],
  [
    'genuine over capacity',
    first('genuine', notSelected('over-capacity')),
    [
      ['the best commands', keep, 'correct'],
      ['not selected, "below threshold"', notSelect('below-threshold'), 'acceptable'],
      ['audited, closed with no change', auditAnyway('desk', true), 'wrong'],
      ['assessed', auditAnyway('field', false), 'harmful'],
    ],
  ],
] as const)('%s', (_kind, c, rows) => {
  it.each(rows.map((r) => [...r]))('%s → %s', (_name, edit, expected) => {
    expect(grade(c, edit as Edit)).toBe(expected)
  })
})

describe('through a session', () => {
  const big: Scenario = {
    ...scenario,
    world: {
      ...scenario.world,
      seed: 99,
      population: { individuals: 400, businesses: 500 },
      audit: {
        ...scenario.world.audit!,
        cases: 24,
        anomalies: { 'under-reported-income': 4, 'suppressed-cash-sales': 3, 'fake-invoice-buyer': 3 },
        lookalikes: { 'honest-error': 4, 'explained-outlier': 4 },
        capacity: undefined,
      },
    },
  }

  it('best scores the maximum on a larger worklist of every variant, first does not pass', async () => {
    const session = await Session.start(big)
    playPolicy(session, 'best')
    const report = session.report()
    expect(report.grades).toMatchObject({ acceptable: 0, wrong: 0, harmful: 0 })
    expect(report.score).toBe(report.maxScore)
    const naive = await Session.start(big)
    playPolicy(naive, 'first')
    expect(naive.report().passed).toBe(false)
  })

  it('downgrades a right assessment made without opening the third-party data', async () => {
    const session = await Session.start(scenario)
    const c = first('under-reported-income')
    const caseId = c.truth.caseId
    session.send({ type: 'case.open', caseId })
    for (const command of c.truth.best.filter((x) => x.type !== 'audit.checkThirdParty'))
      expect(session.send({ type: 'case.command', caseId, command })).toEqual({ ok: true })
    const feedback = session.caseView(caseId).feedback!
    expect(feedback.grade).toBe('acceptable')
    expect(feedback.evidenceMissed).toEqual(['third-party'])
  })
})
