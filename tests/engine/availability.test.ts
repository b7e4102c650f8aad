/**
 * Every correct decision can be entered through the player, and the forms never hand out the
 * answer: the availability function offers commands by type, the policies type into the same
 * form fields as a trainee, graded fields start empty, and unlawful attempts are on the record.
 */
import { inEnglish } from '../../src/i18n/render'
import { describe, expect, it } from 'vitest'
import {
  generateWorld,
  PROCESS_MODULES,
  playPolicy,
  Session,
  type Command,
  type ProcessEnv,
  type Scenario,
} from '../../src/engine'
import { loadBundledLibrary } from '../../src/cli/files'
import { fillForm } from '../../src/engine/session/policies'

const library = await loadBundledLibrary()
const scenario = (id: string): Scenario => library.scenarios.find((s) => s.id === id)!

async function sessionOf(id: string, seed?: number, mode: 'practice' | 'assessment' = 'practice') {
  const s = scenario(id)
  return new Session(s, await generateWorld(s, { seed: seed ?? s.world.seed }), mode)
}

describe('the best log, entered through the player, scores the maximum', () => {
  describe.each(library.scenarios.map((s) => [s.id] as const))('%s', (id) => {
    it.each([1, 2, 3])(
      'seed %i',
      async (seed) => {
        const session = await sessionOf(id, seed)
        playPolicy(session, 'best')
        const report = session.report()
        expect(report.undecided).toEqual([])
        expect(report.score).toBe(report.maxScore)
        // The log replays: nothing in it went around the player.
        const replayed = new Session(session.scenario, session.world)
        expect(replayed.replay(session.log)).toEqual([])
        expect(replayed.report().score).toBe(report.maxScore)
      },
      60_000,
    )
  })
})

describe('clicking through or guessing does not pass', () => {
  describe.each(library.scenarios.map((s) => [s.id] as const))('%s', (id) => {
    it.each([1, 2, 3, 4, 5])(
      'seed %i: first and random (policy seeds 1–3) stay below the pass mark',
      async (seed) => {
        for (const [policy, policySeed] of [
          ['first', 1],
          ['random', 1],
          ['random', 2],
          ['random', 3],
        ] as const) {
          const session = await sessionOf(id, seed)
          playPolicy(session, policy, policySeed)
          const report = session.report()
          expect(report.percent, `${policy} ${policySeed}`).toBeLessThan(report.passMark)
        }
      },
      120_000,
    )
  })
})

/** A collection case whose debt is partly under a valid objection: hold that part, enforce the rest. */
async function partlyDisputed(mode: 'practice' | 'assessment' = 'practice') {
  const session = await sessionOf('collection-lawful-enforcement', undefined, mode)
  const truth = session.world.truth.cases.find(
    (t) =>
      t.process === 'collection' &&
      t.best.some((c) => c.type === 'collection.holdDisputed') &&
      t.best.some((c) => c.type === 'collection.enforce'),
  )
  expect(truth, 'the scenario has a partly disputed debt to enforce').toBeDefined()
  return { session, truth: truth! }
}

describe('a partly disputed debt', () => {
  it('can be entered: the enforcement form opens after the hold and takes the undisputed part', async () => {
    const { session, truth } = await partlyDisputed()
    const caseId = truth.caseId
    session.send({ type: 'case.open', caseId })
    const enforce = truth.best.find((c) => c.type === 'collection.enforce')!
    for (const command of truth.best) {
      if (command === enforce) break
      if (command.type === 'clock.advance')
        session.send({ type: 'clock.advance', days: Number(command.days) })
      else expect(session.send({ type: 'case.command', caseId, command }).ok).toBe(true)
    }
    const option = session.availability(caseId).find((c) => c.type === 'collection.enforce')!
    expect(option.enabled).toBe(true)
    const view = session.caseView(caseId)
    expect(view.defaults['collection.enforce']?.amount).toBeUndefined()
    const typed = fillForm(session, view, option, enforce) as Command
    expect(typed.amount).toBe(enforce.amount)
    expect(typed.amount).toBeLessThan(view.summary.amount)
    expect(session.send({ type: 'case.command', caseId, command: typed })).toEqual({ ok: true })
    expect(session.caseView(caseId).feedback?.grade).toBe('correct')
  })

  it('enforcing the disputed part is refused with the rule, logged, replayed, and costs points in assessment', async () => {
    const { session, truth } = await partlyDisputed('assessment')
    const caseId = truth.caseId
    session.send({ type: 'case.open', caseId })
    const enforce = truth.best.find((c) => c.type === 'collection.enforce')!
    for (const command of truth.best) {
      if (command === enforce) break
      if (command.type === 'clock.advance')
        session.send({ type: 'clock.advance', days: Number(command.days) })
      else session.send({ type: 'case.command', caseId, command })
    }
    const whole = { ...enforce, amount: session.caseView(caseId).summary.amount }
    const refused = session.send({ type: 'case.command', caseId, command: whole })
    expect(refused).toMatchObject({ ok: false, attempt: true })
    expect(inEnglish(refused.ok ? '' : refused.reason)).toMatch(/under a valid objection/)
    expect(session.log.at(-1)).toEqual({ type: 'case.command', caseId, command: whole })
    expect(session.send({ type: 'case.command', caseId, command: enforce })).toEqual({ ok: true })
    const report = session.report()
    const taskId = session.cases().find((c) => c.caseId === caseId)!.taskId
    const points = session.scenario.tasks.find((t) => t.id === taskId)!.points
    expect(report.proceduralErrors).toEqual([
      expect.objectContaining({
        caseId,
        reason: refused.ok ? '' : refused.reason,
        penalty: points.correct - points.acceptable,
      }),
    ])
    // Only this case is decided: its correct decision less the procedural error.
    expect(report.score).toBe(points.acceptable)
    // The log is still a replay: the attempt is refused again and counted again.
    const again = await Session.start(session.scenario, {
      seed: session.seed,
      log: session.log,
      mode: 'assessment',
    })
    expect(again.report().proceduralErrors).toHaveLength(1)
    expect(again.report().score).toBe(report.score)
  })

  it('enforcing before the demand period ends can be tried, and teaches in practice mode at no cost', async () => {
    const session = await sessionOf('collection-lawful-enforcement')
    const truth = session.world.truth.cases.find(
      (t) => t.process === 'collection' && t.best.some((c) => c.type === 'collection.serveDemand'),
    )!
    session.send({ type: 'case.open', caseId: truth.caseId })
    expect(session.availability(truth.caseId).find((c) => c.type === 'collection.enforce')?.enabled).toBe(
      true,
    )
    const result = session.send({
      type: 'case.command',
      caseId: truth.caseId,
      command: { type: 'collection.enforce', tool: 'bank', amount: 1 },
    })
    expect(result).toMatchObject({ ok: false, attempt: true })
    expect(inEnglish(result.ok ? '' : result.reason)).toMatch(/demand/)
    expect(session.caseView(truth.caseId).attempts).toHaveLength(1)
    expect(session.report().proceduralErrors).toEqual([expect.objectContaining({ penalty: 0 })])
  })
})

describe('forms never hand out the answer or the known mistake', () => {
  const fieldsOf = (env: ProcessEnv, process: string) => {
    const module = PROCESS_MODULES[process as keyof typeof PROCESS_MODULES]!
    return { module, commands: module.commandsFor?.(env) ?? module.commands }
  }

  it.each(library.scenarios.map((s) => [s.id] as const))(
    '%s: every graded field of every command starts empty',
    async (id) => {
      const session = await sessionOf(id)
      for (const summary of session.cases()) {
        session.send({ type: 'case.open', caseId: summary.caseId })
        const view = session.caseView(summary.caseId)
        const { commands } = fieldsOf(session.env, summary.process)
        for (const spec of commands)
          for (const field of spec.fields ?? [])
            if (field.graded)
              expect(view.defaults[spec.type]?.[field.name], `${spec.type}.${field.name}`).toBeUndefined()
      }
    },
    60_000,
  )

  it('every final command with a field the grader reads marks it graded', () => {
    // The field names each process's grader reads from a decision.
    const scored: Record<string, string[]> = {
      'collection.enforce': ['tool', 'amount'],
      'collection.grantAgreement': ['months', 'security'],
      'collection.approveWriteOff': ['approver'],
      'objections.decide': ['allowedItems'],
      'objections.declareInadmissible': ['ground'],
      'audit.notSelect': ['reason'],
      'filing.accept': ['penalty'],
      'filing.correctMathError': ['correctedTaxDue'],
      'payments.allocate': ['tin', 'taxType', 'period'],
      'payments.refundCredit': ['amount'],
      'payments.waivePenalty': ['amount'],
      'payments.postCharges': ['penalty', 'interest'],
    }
    const specs = Object.values(PROCESS_MODULES).flatMap((m) => m?.commands ?? [])
    for (const [type, names] of Object.entries(scored)) {
      const spec = specs.find((c) => c.type === type)!
      expect(spec.final, type).toBe(true)
      for (const name of names)
        expect(spec.fields?.find((f) => f.name === name)?.graded, `${type}.${name}`).toBe(true)
    }
  })

  it('the objection hold starts empty and shows the disputed part, not the whole account', async () => {
    const session = await sessionOf('objections-review-desk')
    const c = session.cases().find((x) => x.process === 'objections')!
    session.send({ type: 'case.open', caseId: c.caseId })
    const view = session.caseView(c.caseId)
    expect(view.defaults['objections.holdCollection']?.amount).toBeUndefined()
    expect(inEnglish(view.references['objections.holdCollection']!.amount!.text)).toMatch(
      /^Disputed part on record: /,
    )
  })

  it('the reviewer starts empty (no officer of the audit unit is proposed)', async () => {
    const session = await sessionOf('objections-review-desk')
    for (const c of session.cases().filter((x) => x.process === 'objections')) {
      session.send({ type: 'case.open', caseId: c.caseId })
      expect(session.caseView(c.caseId).defaults['objections.assignReviewer']).toBeUndefined()
    }
  })

  it("the audit adjustment starts empty, not at the risk engine's estimate", async () => {
    const session = await sessionOf('audit-case-selection')
    for (const c of session.cases().filter((x) => x.process === 'audit')) {
      session.send({ type: 'case.open', caseId: c.caseId })
      const view = session.caseView(c.caseId)
      expect(view.defaults['audit.draftFindings']?.adjustment).toBeUndefined()
      expect(inEnglish(view.references['audit.draftFindings']!.adjustment!.text)).toMatch(
        /a lead, not a finding/,
      )
    }
  })

  it('registration approval starts with no tax types and no segment', async () => {
    const session = await sessionOf('registration-desk')
    for (const c of session.cases()) {
      session.send({ type: 'case.open', caseId: c.caseId })
      const view = session.caseView(c.caseId)
      expect(view.defaults['registration.approve']).toBeUndefined()
      expect(inEnglish(view.references['registration.approve']!.taxTypes!.text)).toMatch(
        /Requested on the application/,
      )
    }
  })
})

describe('evidence diligence counts what was looked at', () => {
  it('an evidence.view of an initial panel counts as consulting it', async () => {
    const session = await sessionOf('objections-review-desk')
    const c = session.cases().find((x) => x.process === 'objections')!
    session.send({ type: 'case.open', caseId: c.caseId })
    const view = session.caseView(c.caseId)
    const [first, second] = view.opened
    expect(view.consulted).toEqual([first])
    expect(second).toBeDefined()
    expect(session.send({ type: 'evidence.view', caseId: c.caseId, panel: second! })).toEqual({ ok: true })
    expect(session.caseView(c.caseId).consulted).toEqual([first, second])
  })
})
