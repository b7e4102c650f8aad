/**
 * The session's own words (namespaces `session` and `common`) reach a French, Russian or
 * Portuguese reader as words: every taxpayer-view panel, every case view (its process map and
 * prefilled letter wording included), every availability reason, the
 * refusals a trainee can meet, take-back reasons and every decision's feedback of the bundled
 * scenarios, rendered with a translator that throws on a missing id, never show
 * "[object Object]", `undefined` or a raw id.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import {
  parseSavedLog,
  readResults,
  playPolicy,
  ReplayRefused,
  Session,
  type Scenario,
  type Value,
} from '../../src/engine'
import { translatorFor } from '../../src/i18n/for-scenario'
import { NAMESPACES, type Language } from '../../src/i18n/languages'
import type { Translator } from '../../src/i18n/render'
import { panelValues as shownIn, viewValues } from './support/render'

const { scenarios } = await loadBundledLibrary()
const RAW_ID = new RegExp(`\\b(?:${NAMESPACES.join('|')})\\.[a-z][A-Za-z]*\\.[A-Za-z]`)
const READERS: readonly Language[] = ['fr', 'ru', 'pt']

const defined = (values: readonly (Value | undefined)[]): Value[] =>
  values.filter((v): v is Value => v !== undefined)
const panelValues = (panel: Parameters<typeof shownIn>[0]): Value[] => defined(shownIn(panel))

/** Everything of the session's that a trainee reads on this run, as Values. */
async function sessionTexts(scenario: Scenario, seed: number): Promise<Value[]> {
  const session = await Session.start(scenario, { seed })
  const texts: Value[] = []
  const first = session.cases()[0]!
  // Refusals a trainee can meet: an unknown case, an empty note, a panel not yet open, a
  // calendar jump too far, nothing to take back, a case not yet arrived.
  const refusals = [
    session.send({ type: 'case.open', caseId: 'NO-SUCH-CASE' }),
    session.send({ type: 'clock.advance', days: 10_000 }),
    session.send({ type: 'case.note', caseId: first.caseId, text: '  ' }),
    session.send({ type: 'evidence.view', caseId: first.caseId, panel: 'no-such-panel' }),
    session.send({ type: 'clock.takeBack' }),
    session.send({ type: 'case.command', caseId: first.caseId, command: { type: 'no.such.step' } }),
  ]
  for (const r of refusals) {
    expect(r.ok).toBe(false)
    if (!r.ok) texts.push(r.reason)
  }
  texts.push(session.clockTakeBack().reason ?? '')
  for (const c of session.cases()) {
    texts.push(c.title, c.stateLabel)
    for (const o of session.availability(c.caseId)) texts.push(o.label, o.reason ?? '')
    for (const panel of session.taxpayerView(c.tin)) texts.push(...panelValues(panel))
  }
  texts.push(...session.taxpayerView('000000000').flatMap(panelValues))
  playPolicy(session, 'random', seed)
  for (const c of session.cases()) {
    const view = session.caseView(c.caseId)
    // The case as the player shows it: the map's labels and a form's prefilled wording included.
    texts.push(view.takeBack.reason ?? '', c.stateLabel, ...defined(viewValues(view)))
    const f = view.feedback
    if (f) texts.push(f.explanation, ...f.flags, ...(f.clearing ?? []))
  }
  const report = session.report()
  for (const t of report.tadat) texts.push(t.label)
  for (const e of report.proceduralErrors) texts.push(e.label, e.reason)
  return texts
}

function expectWords(tr: Translator, texts: readonly Value[], where: string): void {
  for (const value of texts) {
    const shown = tr.t(value)
    expect(shown, where).not.toContain('[object Object]')
    expect(shown, where).not.toMatch(/\bundefined\b/)
    expect(shown, `${where}: ${shown}`).not.toMatch(RAW_ID)
  }
}

describe('the session’s text in French, Russian and Portuguese', () => {
  for (const scenario of scenarios) {
    // Three worlds for the shorter exercises, one for the long ones (the suite stays quick).
    const seeds = scenario.minutes <= 20 ? [1, 2, 3] : [scenario.world.seed]
    it(`${scenario.id}: every panel, reason and verdict is words`, async () => {
      const translators = await Promise.all(
        READERS.map((lang) =>
          translatorFor(scenario, lang, (id) => {
            throw new Error(`${lang} has no "${id}"`)
          }),
        ),
      )
      for (const seed of seeds) {
        const texts = await sessionTexts(scenario, seed)
        for (const tr of translators) expectWords(tr, texts, `${scenario.id} seed ${seed} ${tr.language}`)
      }
    }, 120_000)
  }

  it('a damaged saved session, a malformed event and a log that does not replay are words', async () => {
    const scenario = scenarios.find((s) => s.language === 'fr')!
    const texts: Value[] = []
    const savedTexts = [
      '{"format":"tamis-session/1","log":[{"type":',
      '{"format":"tamis-session/9"}',
      '[{"type":"case.open"}]',
      '{"format":"tamis-session/1","scenarioId":"x","scenarioDigest":"d","seed":"x","log":[]}',
      '42',
    ]
    for (const text of savedTexts) {
      const parsed = parseSavedLog(text)
      if (!parsed.ok) texts.push(parsed.plain)
    }
    for (const text of [
      '{',
      '{"format":"tamis-session/1"}',
      '{"format":"x"}',
      '{}',
      '{"format":"tamis-results/2"}',
    ]) {
      const read = readResults(text)
      if (!read.ok) texts.push(read.reason)
    }
    const session = await Session.start(scenario)
    const nested: Record<string, unknown> = {}
    nested.self = nested
    const malformed: unknown[] = [
      42,
      { type: 'no.such' },
      { type: 'case.open' },
      { type: 'case.open', caseId: 'x'.repeat(20_000) },
      { type: 'clock.advance', days: 'ten' },
      { type: 'register.search', caseId: 'A', query: 5 },
      { type: 'register.search', caseId: 'A', query: { name: 5 } },
      { type: 'case.command', caseId: 'A', command: 5 },
      { type: 'case.command', caseId: 'A', command: { type: 'x', amount: Number.NaN } },
      { type: 'case.command', caseId: 'A', command: { type: 'x', again: nested } },
    ]
    for (const event of malformed) {
      const r = session.send(event as never)
      expect(r.ok).toBe(false)
      if (!r.ok) texts.push(r.reason)
    }
    const refused = await Session.start(scenario, { log: [{ type: 'case.open', caseId: 'NO-SUCH' }] }).catch(
      (error: unknown) => error,
    )
    expect(refused).toBeInstanceOf(ReplayRefused)
    texts.push((refused as ReplayRefused).text)
    for (const lang of READERS) {
      const tr = await translatorFor(scenario, lang, (id) => {
        throw new Error(`${lang} has no "${id}"`)
      })
      expectWords(tr, texts, lang)
      const english = await translatorFor(scenario, 'en')
      // Each is the reader's sentence, not the English one.
      for (const text of texts) expect(tr.t(text), lang).not.toBe(english.t(text))
    }
    expect(String((refused as Error).message)).toMatch(
      /^The saved session does not replay, as step 1 was refused\. There is no case/,
    )
  })

  it('a Russian reader sees a case’s arrival day, amounts and plurals in Russian', async () => {
    const ru = scenarios.find((s) => s.language === 'ru')!
    const tr = await translatorFor(ru, 'ru')
    expect(
      tr.t({ id: 'session.refusal.notArrived', args: { on: { date: '2026-01-13', style: 'weekday' } } }),
    ).toBe(
      'Это дело поступит вторник, 13 января 2026 г.; переведите календарь на этот день, чтобы работать с ним.',
    )
    expect(tr.money(123456)).toMatch(/^1\s234,56\sсом$/u)
    expect(
      tr.t({ id: 'session.refusal.calendarEnds', args: { years: 5, on: { date: '2031-01-01' } } }),
    ).toContain('через 5 лет')
  })
})
