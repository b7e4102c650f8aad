/**
 * Checks beyond the schema: things a valid scenario can still get wrong in front of a room.
 * They are warnings for the validator (the file still loads) and failures for `tamis test`.
 */
import { caseCountsOf, PROCESS_FORMATS, type ProcessId } from '../processes/formats'
import { msg, type Msg } from '../primitives/message'
import type { ScenarioFile, WorldConfig } from './schema'
import { findingAt, type Finding } from './structure'
import type { DataPath } from './yaml-source'

const warning = findingAt('warning')

/** Every check of this module, in the order the messages read best. */
export function checkContent(scenario: ScenarioFile, data: unknown, teaching: boolean): Finding[] {
  return [
    ...(teaching ? checkTeaching(scenario) : []),
    ...checkInterfaceLanguage(scenario),
    ...checkMarkup(data),
    ...checkLanguage(scenario, data),
  ]
}

/**
 * The languages the sandbox's interface is written in (src/i18n/languages.ts LANGUAGES; the engine
 * keeps its own copy, and tests/engine/content-checks.test.ts checks that they agree).
 */
export const INTERFACE_LANGUAGES: readonly string[] = ['en', 'fr', 'ru', 'pt']

/**
 * A scenario in a language the app has no interface in (`language: de`) is valid, but its trainees
 * read every button, menu and message in English around the trainer's German text: say so.
 */
function checkInterfaceLanguage(scenario: ScenarioFile): Finding[] {
  if (INTERFACE_LANGUAGES.includes(scenario.language.slice(0, 2))) return []
  return [
    warning(
      ['language'],
      `the sandbox has no interface in "${scenario.language}": trainees will see its buttons, menus and messages in English (the scenario's own text stays as written); write it in ${INTERFACE_LANGUAGES.join(', ')} for an interface in the same language`,
      msg('scenario.content.noInterface', {
        language: scenario.language,
        languages: INTERFACE_LANGUAGES.join(', '),
      }),
    ),
  ]
}

/** The anomaly and look-alike kinds the world declares, per process. */
export function declaredKinds(world: WorldConfig): Map<ProcessId, string[]> {
  const kinds = new Map<ProcessId, string[]>()
  for (const { id, kinds: known } of PROCESS_FORMATS) {
    const config = caseCountsOf(world, id)
    if (!config) continue
    const counts: Record<string, number | undefined> = { ...config.anomalies, ...config.lookalikes }
    kinds.set(
      id,
      [...known.ANOMALIES, ...known.LOOKALIKES].filter((k) => (counts[k] ?? 0) > 0),
    )
  }
  return kinds
}

/** A declared kind without feedback in any task of its process, and a task without hints. */
function checkTeaching(scenario: ScenarioFile): Finding[] {
  const findings: Finding[] = []
  const declared = declaredKinds(scenario.world)
  const firstTask = new Map<ProcessId, number>()
  scenario.tasks.forEach((task, i) => {
    if (!firstTask.has(task.process)) firstTask.set(task.process, i)
    if (task.hints.length === 0)
      findings.push(
        warning(
          ['tasks', i, 'title'],
          `task "${task.id}" has no hints: a trainee who is stuck gets no help; add hints (general first, then specific)`,
          msg('scenario.content.noHints', { task: task.id }),
        ),
      )
  })
  for (const [process, kinds] of declared) {
    const index = firstTask.get(process)
    if (index === undefined) continue
    const tasks = scenario.tasks.filter((t) => t.process === process)
    const missing = kinds.filter((kind) => !tasks.some((t) => kind in t.feedback))
    if (missing.length)
      findings.push(
        warning(
          ['tasks', index, 'title'],
          `no feedback for ${missing.map((k) => `"${k}"`).join(', ')}: after deciding such a case the trainee sees only the engine's explanation; add feedback for ${missing.length === 1 ? 'it' : 'each'} under feedback:`,
          msg('scenario.content.noFeedback', {
            kinds: missing.map((k) => `"${k}"`).join(', '),
            n: missing.length,
          }),
        ),
      )
  }
  return findings
}

const MARKUP = /<\s*\/?\s*[a-z!][a-z0-9-]*(\s[^<>]*)?>|javascript:|\bon[a-z]+\s*=/i

/** HTML or script in any text: shown as plain text anyway, but almost surely a mistake or worse. */
function checkMarkup(data: unknown): Finding[] {
  const findings: Finding[] = []
  walkStrings(data, [], (text, path) => {
    if (MARKUP.test(text))
      findings.push(
        warning(
          path,
          'this text contains HTML or script; trainees see it as plain characters, never as markup, so write plain text',
          msg('scenario.content.markup'),
        ),
      )
  })
  return findings
}

/** The commonest short words of each language the scenario format offers. */
const STOP_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'you', 'that', 'with', 'for', 'this', 'are', 'it', 'not', 'be', 'on'],
  fr: [
    'le',
    'la',
    'les',
    'et',
    'des',
    'est',
    'vous',
    'une',
    'pour',
    'dans',
    'du',
    'au',
    'pas',
    'sur',
    'à',
    'ou',
    'd',
    'l',
    'qui',
    'il',
    'avec',
  ],
  pt: ['o', 'os', 'as', 'e', 'do', 'da', 'não', 'uma', 'com', 'em', 'um', 'dos', 'ao', 'seu', 'na', 'no'],
  es: ['el', 'los', 'las', 'y', 'del', 'una', 'con', 'por', 'es', 'lo', 'su', 'al', 'como', 'pero', 'muy'],
  id: [
    'dan',
    'yang',
    'di',
    'ini',
    'itu',
    'dengan',
    'untuk',
    'tidak',
    'dari',
    'ke',
    'ada',
    'akan',
    'atau',
    'pada',
  ],
  vi: [
    'và',
    'của',
    'là',
    'có',
    'không',
    'các',
    'được',
    'cho',
    'những',
    'này',
    'một',
    'với',
    'người',
    'trong',
  ],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'это', 'как', 'для', 'из', 'или', 'от', 'вы'],
}
const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  fr: 'French',
  pt: 'Portuguese',
  es: 'Spanish',
  id: 'Indonesian',
  vi: 'Vietnamese',
  ru: 'Russian',
}

/** The languages the check knows, by name (the catalogue names them in the reader's language). */
const LANGUAGE_IDS: Record<string, Msg> = {
  en: msg('scenario.language.en'),
  fr: msg('scenario.language.fr'),
  pt: msg('scenario.language.pt'),
  es: msg('scenario.language.es'),
  id: msg('scenario.language.id'),
  vi: msg('scenario.language.vi'),
  ru: msg('scenario.language.ru'),
}

/** The language a text most looks like, when it clearly looks like one (else undefined). */
export function guessLanguage(text: string): string | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? []
  if (words.length < 8) return undefined
  const scores = Object.entries(STOP_WORDS).map(([language, list]) => ({
    language,
    hits: words.filter((w) => list.includes(w)).length,
  }))
  scores.sort((a, b) => b.hits - a.hits)
  const [first, second] = scores
  if (!first || first.hits < 3 || first.hits < 2 * (second?.hits ?? 0)) return undefined
  return first.language
}

/** Texts of 8 words or more in another language than the scenario's `language`. */
function checkLanguage(scenario: ScenarioFile, data: unknown): Finding[] {
  const declared = scenario.language.slice(0, 2)
  if (!(declared in STOP_WORDS)) return []
  const findings: Finding[] = []
  walkStrings(data, [], (text, path) => {
    if (path[0] === 'jurisdiction' || path[0] === 'language') return
    const guess = guessLanguage(text)
    if (guess && guess !== declared)
      findings.push(
        warning(
          path,
          `this text looks like ${LANGUAGE_NAMES[guess] ?? guess}, but the scenario's language is "${scenario.language}"; translate it or change language:`,
          msg('scenario.content.otherLanguage', {
            guess: LANGUAGE_IDS[guess] ?? guess,
            language: scenario.language,
          }),
        ),
      )
  })
  return findings
}

function walkStrings(value: unknown, path: DataPath, visit: (text: string, path: DataPath) => void): void {
  if (typeof value === 'string') visit(value, path)
  else if (Array.isArray(value)) value.forEach((item, i) => walkStrings(item, [...path, i], visit))
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) walkStrings(item, [...path, key], visit)
}
