/**
 * The hub's refusals of what a page sends (a name, a workshop, a scenario file, a list of steps)
 * reach the page as catalogue messages: rendered in French, Russian or Portuguese they hold no
 * English word and no field code, figures are written the reader's way, and a broken file's
 * problems are each located in the file the trainer chose.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ENGLISH } from '../e2e/support/english'
import { nb, strictTranslators } from '../i18n/support/render'
import type { Translator } from '../../src/i18n/render'
import { call, startHub, WORKSHOP, type TestHub } from './support'

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

const OWN_YAML = readFileSync('tests/e2e/fixtures/keyboard-desk.yaml', 'utf8')

/** The request's own words that must never reach a reader: field codes and zod's English. */
const CODES = /displayName|scenarioYaml|scenarioId|timeBoxMinutes|variants|events\.|Too (small|big)|Invalid/

function englishWords(text: string): string[] {
  return [...text.matchAll(/\p{L}[\p{L}'’-]*/gu)].map((m) => m[0]).filter((w) => ENGLISH.has(w.toLowerCase()))
}

describe('hub refusals in the reader’s language', () => {
  let hub: TestHub
  let translators: Translator[]
  let workshopId: string
  let token: string
  let participant: string
  beforeAll(async () => {
    hub = await startHub('PGlite')
    translators = await strictTranslators()
    const created = await call(hub.url, 'POST', '/api/workshops', WORKSHOP)
    workshopId = created.body.workshop.id
    const joined = (await call(hub.url, 'POST', `/api/workshops/${workshopId}/join`, { displayName: 'Awa' }))
      .body
    token = joined.token
    participant = joined.participantId
  })
  afterAll(() => hub.close())

  async function refusal(path: string, body: unknown, bearer?: string) {
    const answer = await call(hub.url, 'POST', path, body, bearer)
    expect(answer.status, JSON.stringify(body).slice(0, 80)).toBeGreaterThanOrEqual(400)
    expect(answer.body.text, answer.body.error).toBeDefined()
    return answer.body as { error: string; text: Parameters<Translator['t']>[0] }
  }

  it('says what is wrong with a name, a workshop or a list of steps without English or field codes', async () => {
    const broken = OWN_YAML.replace(/applications: \d+/, 'applications: lots')
    const asked: [string, unknown, string?][] = [
      [`/api/workshops/${workshopId}/join`, { displayName: '   ' }],
      [`/api/workshops/${workshopId}/join`, { displayName: 'x'.repeat(61) }],
      [`/api/workshops/${workshopId}/join`, { displayName: 'tab\there' }],
      [`/api/workshops/${workshopId}/join`, { displayName: 'ok', admin: true }],
      ['/api/workshops', { ...WORKSHOP, name: ' ' }],
      ['/api/workshops', { ...WORKSHOP, timeBoxMinutes: 2 }],
      ['/api/workshops', { ...WORKSHOP, mode: 'exam' }],
      ['/api/workshops', { ...WORKSHOP, scenarioId: undefined, scenarios: [] }],
      ['/api/workshops', { ...WORKSHOP, scenarioId: 'mine', scenarioYaml: 'x'.repeat(200_001) }],
      ['/api/workshops', { ...WORKSHOP, scenarioId: undefined, scenarios: [{ scenarioId: 'Not An Id' }] }],
      [
        '/api/workshops',
        { ...WORKSHOP, scenarioId: undefined, scenarios: [{ scenarioId: 'my-desk', scenarioYaml: broken }] },
      ],
      [`/api/participants/${participant}/events`, { from: -1, events: [{ type: 'case.open' }] }, 'token'],
      [`/api/participants/${participant}/events`, { from: 0, events: [] }, 'token'],
      [
        `/api/participants/${participant}/events`,
        { from: 0, events: [{ type: 'case.open', caseId: 'X', extra: 1 }] },
        'token',
      ],
    ]
    for (const [path, body, bearer] of asked) {
      const { error, text } = await refusal(path, body, bearer ? token : undefined)
      for (const tr of translators) {
        const said = tr.t(text)
        expect(englishWords(said), `${tr.language}: ${said}`).toEqual([])
        expect(said, `${tr.language}: ${said}`).not.toMatch(CODES)
        expect(said, `${tr.language}: ${said}`).not.toBe(error)
      }
    }
  })

  it('names the field and writes its limits the reader’s way', async () => {
    const [fr, ru] = translators
    const big = await refusal('/api/workshops', {
      ...WORKSHOP,
      scenarioId: 'mine',
      scenarioYaml: 'x'.repeat(200_001),
    })
    expect(fr!.t(big.text)).toMatch(
      /^L’atelier n’est pas valide\u00a0: le champ «\u202ffichier du scénario\u202f» ne doit pas dépasser 200\s000 caractères\.$/,
    )
    expect(big.error).toBe(
      'The workshop is not valid: the field “scenario file” must be at most 200,000 characters.',
    )
    const name = await refusal(`/api/workshops/${workshopId}/join`, { displayName: '   ' })
    // Asked for, as the join page asks, not "the name is not valid: must not be empty".
    expect(fr!.t(name.text)).toBe('Saisissez votre nom.')
    expect(ru!.t(name.text)).toBe('Введите своё имя.')
    expect(name.error).toBe('Enter your name.')
    const inList = await refusal('/api/workshops', {
      ...WORKSHOP,
      scenarioId: undefined,
      scenarios: [{ scenarioId: 'registration-desk' }, { scenarioId: 'Not An Id' }],
    })
    expect(fr!.t(inList.text)).toBe(
      nb(
        'L’atelier n’est pas valide : le champ « scénario 2, identifiant du scénario » doit être un identifiant de scénario comme « registration-desk ».',
      ),
    )
    // One colon a sentence, and a field named in words: not "…valide : nom : ne doit pas…", not "scenarios".
    for (const said of [big, inList].map((r) => fr!.t(r.text))) expect(said.split(':')).toHaveLength(2)
    const none = await refusal('/api/workshops', { ...WORKSHOP, scenarioId: undefined })
    expect(fr!.t(none.text)).toBe(nb('L’atelier n’est pas valide : choisissez au moins un scénario.'))
    expect(ru!.t(none.text)).not.toMatch(/scenarios/)
  })

  it("lists a broken file's problems one per line, located in the file the trainer knows, in the reader's language", async () => {
    const broken = OWN_YAML.replace(/applications: \d+/, 'applications: lots').replace(
      /^minutes: .*$/m,
      'minutes: -1',
    )
    const { error, text } = await refusal('/api/workshops', {
      ...WORKSHOP,
      scenarioId: 'my-desk',
      scenarioYaml: broken,
    })
    const english = error.split('\n')
    expect(english[0]).toBe('The scenario file has problems:')
    expect(english.length).toBeGreaterThan(2)
    for (const line of english.slice(1)) expect(line).toMatch(/^my-desk\.yaml:\d+:\d+ — \S/)
    for (const tr of translators) {
      const lines = tr.t(text).split('\n')
      expect(lines).toHaveLength(english.length)
      for (const [i, line] of lines.slice(1).entries()) {
        // The same place as the English line, and a sentence of the reader's own.
        expect(line.startsWith(english[i + 1]!.split(' — ')[0]!), line).toBe(true)
        expect(englishWords(line), line).toEqual([])
        expect(line).not.toBe(english[i + 1])
      }
    }
  })
})
