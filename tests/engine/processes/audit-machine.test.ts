/**
 * The audit machine explored with xstate/graph: every state is reachable, a final state is
 * reachable from every other, and the guards refuse unlawful steps (archipelago: the taxpayer
 * has 15 days to reply to preliminary findings sent on 2025-09-15, so without a reply the final
 * assessment is lawful from 2025-10-01).
 */
import { describe, expect, it } from 'vitest'
import { statesThatCannotFinish } from './machine-graph'
import { createActor, type AnyMachineSnapshot as AnySnapshot } from 'xstate'
import { getShortestPaths } from 'xstate/graph'
import { loadBundledLibrary } from '../../../src/cli/files'
import {
  auditBlocker as blockerOf,
  auditMachine,
  auditProblem as problemOf,
  replyDeadline,
  type AuditCommand,
  type AuditContext,
  type AuditInput,
} from '../../../src/engine/processes/audit/audit.machine'
import { addDays } from '../../../src/engine/primitives/calendar'

import { inEnglish } from '../../../src/i18n/render'

/** The refusal's reason and the problem in English, for the assertions on their wording. */
const auditBlocker = (...args: Parameters<typeof blockerOf>) => {
  const refusal = blockerOf(...args)
  return refusal && inEnglish(refusal.reason)
}
const auditProblem = (...args: Parameters<typeof problemOf>) => {
  const problem = problemOf(...args)
  return problem && inEnglish(problem)
}

const library = await loadBundledLibrary()
const jurisdiction = library.jurisdictions.find((x) => x.id === 'archipelago')!
const Rp = (rupiah: number) => Math.round(rupiah * 100)

const input: AuditInput = {
  caseId: 'audit-0001',
  tin: 'T1',
  taxType: 'PIT',
  period: '2024',
  basis: 'income',
  dueOn: '2025-03-31',
  inputVat: Rp(1_000_000),
  today: '2025-09-15',
  jurisdiction,
}

type Event = AuditCommand | { type: 'clock.tick'; today: string }

const COMMANDS: AuditCommand[] = [
  { type: 'audit.checkThirdParty' },
  { type: 'audit.checkBenchmark' },
  { type: 'audit.checkHistory' },
  { type: 'audit.checkSuppliers' },
  { type: 'audit.select', auditType: 'desk', reason: 'third-party-mismatch' },
  { type: 'audit.select', auditType: 'field', reason: 'card-sales-exceed-declared' },
  { type: 'audit.requestRecords' },
  { type: 'audit.inspectPremises' },
  { type: 'audit.draftFindings', adjustment: Rp(96_000_000), category: 'negligence' },
  { type: 'audit.draftFindings', adjustment: Rp(96_000_000), category: 'fraud' },
  { type: 'audit.sendFindings' },
  { type: 'audit.reviewReply' },
  { type: 'audit.notSelect', reason: 'below-threshold' },
  { type: 'audit.closeNoChange' },
  { type: 'audit.refer' },
  { type: 'audit.issueAssessment' },
]

/** The commands, and a tick 20 days on (past any reply window), up to a horizon. */
const events = (state: AnySnapshot): Event[] => {
  const today = (state.context as AuditContext).today
  return today >= '2025-11-01' ? COMMANDS : [...COMMANDS, { type: 'clock.tick', today: addDays(today, 20) }]
}

/** States differ by value, the steps that unlock others, the findings, and the reply window. */
const serializeState = (state: AnySnapshot) => {
  const c = state.context as AuditContext
  const deadline = replyDeadline(c)
  return JSON.stringify([
    state.value,
    c.checks.records,
    c.checks.premises,
    c.checks.reply,
    c.auditType ?? null,
    c.findings?.category ?? null,
    c.sentOn !== undefined,
    deadline !== undefined && c.today > deadline,
  ])
}
const traversal = { events, serializeState, input }

const STATES = Object.keys(auditMachine.config.states ?? {})
const FINAL = Object.entries(auditMachine.config.states ?? {})
  .filter(([, s]) => s.type === 'final')
  .map(([id]) => id)

describe('audit machine, explored with xstate/graph', () => {
  const paths = getShortestPaths(auditMachine, traversal)

  it('reaches every state', () => {
    const reached = new Set(paths.map((p) => String(p.state.value)))
    expect([...reached].sort()).toEqual([...STATES].sort())
  })

  it('can reach a final state from every state', () => {
    expect(statesThatCannotFinish(auditMachine, traversal)).toEqual([])
  })

  it('never issues an assessment inside the reply window without a reviewed reply', () => {
    for (const path of paths.filter((p) => p.state.value === 'assessed')) {
      const c = path.state.context as AuditContext
      expect(c.checks.reply || c.today > replyDeadline(c)!).toBe(true)
    }
  })

  it('never refers without findings in the fraud category', () => {
    for (const path of paths.filter((p) => p.state.value === 'referred'))
      expect((path.state.context as AuditContext).findings?.category).toBe('fraud')
  })

  it('has the final states the officer can close on', () => {
    expect(FINAL.sort()).toEqual(['assessed', 'closedNoChange', 'notSelected', 'referred'])
  })
})

function start(...events: Event[]) {
  const actor = createActor(auditMachine, { input }).start()
  for (const e of events) actor.send(e)
  return actor
}

const selectDesk = { type: 'audit.select', auditType: 'desk', reason: 'third-party-mismatch' } as const
const selectField = {
  type: 'audit.select',
  auditType: 'field',
  reason: 'card-sales-exceed-declared',
} as const
const draft = { type: 'audit.draftFindings', adjustment: Rp(96_000_000), category: 'negligence' } as const

describe('guards on the calendar', () => {
  it('refuses the final assessment until the reply window closes, and allows it after a tick past it', () => {
    const actor = start(selectDesk, { type: 'audit.requestRecords' }, draft, { type: 'audit.sendFindings' })
    const issue = { type: 'audit.issueAssessment' } as const
    expect(auditBlocker(actor.getSnapshot().context, issue.type)).toBe(
      'The taxpayer has until Sep 30, 2025 to reply to the preliminary findings; review the reply or wait for the window to close.',
    )
    expect(actor.getSnapshot().can(issue)).toBe(false)
    actor.send({ type: 'clock.tick', today: '2025-09-30' })
    expect(actor.getSnapshot().can(issue)).toBe(false)
    actor.send({ type: 'clock.tick', today: '2025-10-01' })
    expect(actor.getSnapshot().can(issue)).toBe(true)
    actor.send(issue)
    expect(actor.getSnapshot().value).toBe('assessed')
    // Interest runs to the assessment date: 2025-03-31 → 2025-10-01 is 7 months.
    expect(actor.getSnapshot().context.postings.map((e) => [e.kind, e.amount, e.date])).toEqual([
      ['adjustment', Rp(24_000_000), '2025-10-01'],
      ['penalty', Rp(4_800_000), '2025-10-01'],
      ['interest', Rp(1_680_000), '2025-10-01'],
    ])
  })

  it('allows the final assessment at once when the reply has been reviewed', () => {
    const actor = start(
      selectDesk,
      { type: 'audit.requestRecords' },
      draft,
      { type: 'audit.sendFindings' },
      { type: 'audit.reviewReply' },
    )
    actor.send({ type: 'audit.issueAssessment' })
    expect(actor.getSnapshot().value).toBe('assessed')
    expect(actor.getSnapshot().context.postings.map((e) => e.amount)).toEqual([
      Rp(24_000_000),
      Rp(4_800_000),
      Rp(1_440_000),
    ])
  })

  it('ignores a clock that goes backwards', () => {
    const actor = start({ type: 'clock.tick', today: '2025-01-01' })
    expect(actor.getSnapshot().context.today).toBe('2025-09-15')
  })
})

describe('procedure guards', () => {
  it.each([
    // nothing is examined before the audit notice
    [
      'records before selection',
      [],
      'audit.requestRecords',
      'Select the case for audit first: records are requested under the audit notice.',
    ],
    // a desk audit does not visit premises
    ['premises in a desk audit', [selectDesk], 'audit.inspectPremises', /This is a desk audit/],
    // findings rest on the books
    [
      'findings before the records',
      [selectDesk],
      'audit.draftFindings',
      'Examine the records first: findings must rest on the books and documents.',
    ],
    // a field audit must visit the premises first
    [
      'field findings before the visit',
      [selectField, { type: 'audit.requestRecords' }],
      'audit.draftFindings',
      'Visit the premises first: this is a field audit.',
    ],
    // an open audit is closed, not "not selected"
    [
      'not selecting an open audit',
      [selectDesk],
      'audit.notSelect',
      'The audit is already open: close it with no change instead.',
    ],
    // a referral needs findings of intent
    [
      'referral on negligence findings',
      [selectDesk, { type: 'audit.requestRecords' }, draft],
      'audit.refer',
      /fraud category first/,
    ],
    // the taxpayer has the right to reply
    [
      'assessment before findings are sent',
      [selectDesk, { type: 'audit.requestRecords' }, draft],
      'audit.issueAssessment',
      /Send the preliminary findings first/,
    ],
    // a return that claims input VAT has suppliers to check
    ['suppliers of a return with input VAT', [], 'audit.checkSuppliers', undefined],
    // a step done is refused as done, so the screen hides it
    ['history twice', [{ type: 'audit.checkHistory' }], 'audit.checkHistory', 'done'],
    ['selecting twice', [selectDesk], 'audit.select', 'done'],
  ] as const)('%s', (_name, before, type, reason) => {
    const actor = start(...(before as readonly Event[]))
    const blocker = auditBlocker(actor.getSnapshot().context, type)
    if (reason === undefined) expect(blocker).toBeUndefined()
    else if (reason === 'done') expect(blockerOf(actor.getSnapshot().context, type)?.done).toBe(true)
    else if (typeof reason === 'string') expect(blocker).toBe(reason)
    else expect(blocker).toMatch(reason)
  })

  it('has no suppliers to check on a return without input VAT', () => {
    const actor = createActor(auditMachine, { input: { ...input, inputVat: 0 } }).start()
    expect(auditBlocker(actor.getSnapshot().context, 'audit.checkSuppliers')).toBe(
      'This return claims no input VAT, so there are no suppliers to check.',
    )
  })

  it('refers fraud findings straight from the draft', () => {
    const actor = start(
      selectDesk,
      { type: 'audit.requestRecords' },
      { ...draft, category: 'fraud' },
      { type: 'audit.refer' },
    )
    expect(actor.getSnapshot().value).toBe('referred')
    expect(actor.getSnapshot().context.postings.map((e) => e.kind)).toEqual([
      'adjustment',
      'penalty',
      'interest',
    ])
  })

  it('lets the officer redraft after the reply, and then the findings go out again', () => {
    const actor = start(
      selectDesk,
      { type: 'audit.requestRecords' },
      draft,
      { type: 'audit.sendFindings' },
      { type: 'audit.reviewReply' },
    )
    actor.send({ ...draft, adjustment: Rp(90_000_000) })
    expect(actor.getSnapshot().value).toBe('findingsDrafted')
    expect(auditBlocker(actor.getSnapshot().context, 'audit.issueAssessment')).toMatch(
      /Send the preliminary findings first/,
    )
  })

  it.each([
    [
      'select without a reason',
      { type: 'audit.select', auditType: 'desk' },
      /Record why the case is selected/,
    ],
    [
      'select without a type',
      { type: 'audit.select', reason: 'turnover-drop' },
      'Choose desk or field audit.',
    ],
    ['not selected without a reason', { type: 'audit.notSelect' }, /a reason either way/],
    [
      'a zero adjustment',
      { type: 'audit.draftFindings', adjustment: 0, category: 'negligence' },
      /close the case with no change/,
    ],
    [
      'a fractional adjustment',
      { type: 'audit.draftFindings', adjustment: 1.5, category: 'negligence' },
      'Enter the adjustment as an amount of money.',
    ],
    ['no category', { type: 'audit.draftFindings', adjustment: 100 }, /Choose the penalty category/],
    ['a complete draft', draft, undefined],
  ] as const)('fields: %s', (_name, command, problem) => {
    const found = auditProblem(command as never)
    if (problem === undefined) expect(found).toBeUndefined()
    else if (typeof problem === 'string') expect(found).toBe(problem)
    else expect(found).toMatch(problem)
  })
})
