import { describe, expect, it, vi } from 'vitest'
import validateStatement from 'xapi-validation'
import { loadBundledLibrary } from '../../src/cli/files'
import { statementSay as sayFor } from '../../src/i18n/for-scenario'
import { msg } from '../../src/engine/primitives/message'
import {
  isUuid,
  uuidV5,
  playPolicy,
  Session,
  XAPI_EXTENSIONS as EXT,
  XAPI_VERBS,
  xapiStatements,
  runRegistration,
  type XapiOptions,
} from '../../src/engine'

const library = await loadBundledLibrary()
const scenario = library.scenarios.find((s) => s.id === 'registration-desk')!

const options: XapiOptions = {
  actor: {
    objectType: 'Agent',
    name: 'Awa Ndiaye',
    account: { homePage: 'https://lms.example.org', name: 'awa' },
  },
  registration: runRegistration('run-1'),
  activityId: 'https://training.example.org/tamis/scenario/registration-desk',
}

/** The outside validator's complaints, as "path: warning" lines (an empty list is a valid statement). */
const problems = (statement: unknown) =>
  validateStatement(statement).map((w) => `${w.path.join('.')}: ${w.name} ${JSON.stringify(w.data)}`)

async function played(mode: 'practice' | 'assessment', finish: boolean) {
  const policy = await Session.start(scenario, { mode })
  playPolicy(policy, 'random', 3)
  // The policy finishes the session; an unfinished one is its log without the finish.
  const log = policy.log.filter((e) => e.type !== 'session.finish')
  const session = await Session.start(scenario, { mode, log })
  if (finish) session.send({ type: 'session.finish' })
  return session
}

describe('xAPI statements of a session', () => {
  it('one valid answered statement per decision, with case, state, choice, grade and evidence', async () => {
    const session = await played('practice', false)
    const statements = xapiStatements(session, options)
    const report = session.report()
    const answered = statements.filter((s) => s.verb.id === XAPI_VERBS.answered)
    expect(report.decisions.length).toBeGreaterThan(1)
    expect(answered).toHaveLength(report.decisions.length)
    for (const statement of statements) expect(problems(statement)).toEqual([])
    const states = new Map(session.cases().map((c) => [c.caseId, c.state]))
    for (const d of report.decisions) {
      const s = answered.find((a) => a.object.id.endsWith(`/case/${encodeURIComponent(d.caseId)}`))!
      expect(s.result?.extensions?.[EXT.grade]).toBe(d.feedback.grade)
      expect(s.result?.extensions?.[EXT.command]).toEqual(d.command)
      expect(s.result?.response).toBe(d.command.type)
      expect(s.result?.extensions?.[EXT.evidenceConsulted]).toEqual(d.feedback.evidenceConsulted)
      expect(s.result?.score?.raw).toBe(d.feedback.points)
      expect(s.context.extensions?.[EXT.state]).toBe(states.get(d.caseId))
      expect(s.context.extensions?.[EXT.process]).toBe(d.process)
      expect(s.context.contextActivities?.parent).toEqual([{ id: options.activityId }])
    }
    // Unfinished: attempted, but no completion or verdict yet.
    const verbs = statements.map((s) => s.verb.id)
    expect(verbs[0]).toBe(XAPI_VERBS.attempted)
    expect(verbs).not.toContain(XAPI_VERBS.completed)
    expect(statements.every((s) => s.timestamp === undefined)).toBe(true)
  })

  it('a finished session adds completed and passed or failed with the report score', async () => {
    const session = await played('assessment', true)
    const statements = xapiStatements(session, options)
    for (const statement of statements) expect(problems(statement)).toEqual([])
    const report = session.report()
    const verdict = statements.at(-1)!
    expect(statements.at(-2)!.verb.id).toBe(XAPI_VERBS.completed)
    expect(verdict.verb.id).toBe(report.passed ? XAPI_VERBS.passed : XAPI_VERBS.failed)
    expect(verdict.result?.success).toBe(report.passed)
    expect(verdict.result?.score?.raw).toBe(report.score)
    expect(verdict.result?.score?.max).toBe(Math.max(report.maxScore, report.score))
  })

  it('ids are deterministic UUIDs: a replay of the same log gives the same statements', async () => {
    const session = await played('practice', true)
    const again = await Session.start(scenario, { mode: 'practice', log: session.log })
    const first = xapiStatements(session, options)
    expect(xapiStatements(again, options)).toEqual(first)
    expect(first.every((s) => isUuid(s.id))).toBe(true)
    expect(new Set(first.map((s) => s.id)).size).toBe(first.length)
    const other = xapiStatements(session, { ...options, registration: runRegistration('run-2') })
    expect(other.map((s) => s.id).filter((id) => first.some((s) => s.id === id))).toEqual([])
  })

  it('the validator is not a rubber stamp: a broken statement is reported', async () => {
    const [statement] = xapiStatements(await played('practice', false), options)
    expect(problems({ ...statement, id: 'not-a-uuid' })).not.toEqual([])
    expect(problems({ ...statement, actor: { name: 'nobody' } })).not.toEqual([])
  })

  it('under cmi5, Browse sends no verdict and a mastery score decides pass or fail', async () => {
    const session = await played('assessment', true)
    const contextTemplate = {
      contextActivities: { grouping: [{ id: 'https://lms.example.org/course/au-1' }] },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'abc' },
    }
    const browse = xapiStatements(session, { ...options, cmi5: { contextTemplate, launchMode: 'Browse' } })
    expect(browse.map((s) => s.verb.id)).not.toContain(XAPI_VERBS.completed)
    for (const mastery of [0, 1.01]) {
      const normal = xapiStatements(session, {
        ...options,
        cmi5: { contextTemplate, launchMode: 'Normal', masteryScore: Math.min(mastery, 1) },
      })
      for (const statement of normal) expect(problems(statement)).toEqual([])
      const verdict = normal.at(-1)!
      const scaled = verdict.result?.score?.scaled ?? 0
      expect(verdict.verb.id).toBe(scaled >= Math.min(mastery, 1) ? XAPI_VERBS.passed : XAPI_VERBS.failed)
      expect(verdict.context.contextActivities?.grouping).toEqual(contextTemplate.contextActivities.grouping)
      expect(verdict.context.contextActivities?.category?.map((c) => c.id)).toContain(
        'https://w3id.org/xapi/cmi5/context/categories/moveon',
      )
    }
  })
})

describe('the words in statements', () => {
  it('are the engine’s messages in the scenario’s language, through the translator the app passes', async () => {
    const french = library.scenarios.find((s) => s.language === 'fr')!
    const session = await Session.start(french)
    playPolicy(session, 'random', 2)
    // A case titled by a message (as processes title their cases), to see it rendered.
    const cases = session.cases.bind(session)
    const titled = msg('common.process.registration')
    vi.spyOn(session, 'cases').mockImplementation(() => cases().map((c) => ({ ...c, title: titled })))
    const answered = (say?: XapiOptions['say']) =>
      xapiStatements(session, { ...options, ...(say ? { say } : {}) }).filter(
        (s) => s.verb.id === XAPI_VERBS.answered,
      )
    const names = answered(await sayFor(french)).map((s) => s.object.definition?.name)
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) expect(name).toEqual({ fr: 'Immatriculation des contribuables' })
    // Without a translator a message would reach the LMS as its id: every caller passes one.
    expect(answered()[0]!.object.definition?.name).toEqual({ fr: 'common.process.registration' })
    for (const statement of answered(await sayFor(french))) expect(problems(statement)).toEqual([])
  })
})

describe('version 5 UUIDs', () => {
  it('match the RFC 4122 example and Node’s SHA-1 on non-ASCII names', async () => {
    const { createHash } = await import('node:crypto')
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    )
    for (const name of ['', 'abc', 'Sénégal — 150 000 FCFA 𝄞', 'x'.repeat(200)]) {
      const nodeHash = createHash('sha1')
        .update(Buffer.concat([Buffer.from('78ad546fcaba505a863b1a6408eb7aed', 'hex'), Buffer.from(name)]))
        .digest('hex')
      const hex = uuidV5(name).replace(/-/g, '')
      // Version and variant bits replace part of bytes 6 and 8; the rest is the hash.
      expect(hex.slice(0, 12) + hex.slice(13, 16) + hex.slice(18)).toBe(
        nodeHash.slice(0, 12) + nodeHash.slice(13, 16) + nodeHash.slice(18, 32),
      )
    }
  })
})
