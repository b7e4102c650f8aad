/**
 * A Russian-speaking trainee reads no English in the cases of refunds, audit, collection and
 * objections. In the Russian refunds world (seeds 1–3) every case's title, truth and panels,
 * rendered in Russian after the best play, hold Latin words only where the world's own data
 * has them (a foreign buyer's name, a declaration number): nothing English comes from the
 * generator's words. In every bundled world of these processes, no return line, counterparty
 * group, export destination or tax type reaches a Russian reader as its key or English label.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { playPolicy, Session, type World } from '../../src/engine'
import { isMsg } from '../../src/engine/primitives/message'
import type { Value } from '../../src/engine/processes/contract'
import { RETURN_LINES } from '../../src/engine/world/types'
import { translatorFor } from '../../src/i18n/for-scenario'
import { loadCatalogue } from '../../src/i18n/load'
import { panelValues } from './support/render'

const OURS = new Set(['refunds', 'audit', 'collection', 'objections'])
const library = await loadBundledLibrary()
const en = (await loadCatalogue('en')) as Record<string, string>

/** Every text a trainee reads about the cases of our processes, after the best play opened all. */
async function caseTexts(scenarioId: string, seed: number) {
  const scenario = library.scenarios.find((s) => s.id === scenarioId)!
  const session = await Session.start(scenario, { seed })
  playPolicy(session, 'best')
  const values: (Value | undefined)[] = []
  for (const c of session.cases()) {
    if (!OURS.has(c.process)) continue
    const truth = session.truthOf(c.caseId)!
    values.push(c.title, truth.expected, truth.explanation, ...truth.flags, ...(truth.clearing ?? []))
    values.push(...session.caseView(c.caseId).panels.flatMap(panelValues))
  }
  const tr = await translatorFor(scenario, 'ru', (id) => {
    throw new Error(`ru: no message ${id}`)
  })
  return { world: session.world, texts: values.map((v) => tr.t(v)) }
}

/** Fields of the world that hold codes the engine compares, never shown as they are. */
const CODES = new Set(['sector', 'occupation', 'kind', 'taxType', 'source', 'status', 'channel', 'label'])

/** Latin words in the world's own data (names, addresses, references), which stay as written. */
function dataWords(world: World): Set<string> {
  const words = new Set<string>()
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (!CODES.has(key)) for (const w of value.match(/[A-Za-z]+/g) ?? []) words.add(w)
    } else if (isMsg(value) && Object.keys(value).every((k) => k === 'id' || k === 'args'))
      walk(value.args ?? {}, '')
    else if (Array.isArray(value)) value.forEach((v) => walk(v, key))
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k)
  }
  walk(world, '')
  return words
}

describe('a Russian reader of the refunds world', () => {
  it.each([1, 2, 3])('finds no English in any case (seed %i)', async (seed) => {
    const { world, texts } = await caseTexts('refunds-first-claims-ru', seed)
    const data = dataWords(world)
    // The terms table keeps the abbreviation PAYE beside the Russian name.
    data.add('PAYE')
    const english = texts.flatMap((text) =>
      (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !data.has(w)).map((w) => `${w} in "${text}"`),
    )
    expect(english).toEqual([])
    expect(texts.join('\n')).toMatch(/БЦ «[А-Яа-я]+», офис \d+[ABC]/)
  })
})

/**
 * English labels this work turned into messages (of two words or more, so no company name of an
 * English-speaking world can hold one by chance), and the keys the world now stores.
 */
const LABELS = [
  ...Object.entries(en)
    .filter(([id]) => /^(world\.line|audit\.story\.party|refunds\.story\.(goods|destination))\./.test(id))
    .map(([, text]) => text.replace(/\{.*$/, '').replace(/ — $/, '').trim())
    .filter((text) => text.split(' ').length >= 2),
  ...RETURN_LINES,
]
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const worlds = library.scenarios.filter((s) => Object.keys(s.world).some((k) => OURS.has(k)))

describe.each(worlds.map((s) => [s.id] as const))('%s in Russian', (id) => {
  it('shows no return line, party group, destination or goods as an English label or a key', async () => {
    const { texts } = await caseTexts(id, 1)
    const all = texts.join('\n')
    const left = LABELS.filter((label) => new RegExp(`(^|[^A-Za-z])${escape(label)}($|[^A-Za-z])`).test(all))
    expect(left).toEqual([])
  })
})
