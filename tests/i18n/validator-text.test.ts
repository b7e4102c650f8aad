/**
 * The scenario validator speaks the trainer's language: every issue it produces over a set of
 * broken files (the broken fixtures, bundled scenarios with mistakes, YAML syntax slips) carries
 * a catalogue message (`text`) next to its English `message`, and that message renders in French,
 * Russian and Portuguese with no English left in it, only the file's own keys and values.
 */
import { describe, expect, it } from 'vitest'
import { readSourceFiles } from '../../src/cli/files'
import { isMsg, type Arg, type Issue } from '../../src/engine'
import { loadLibrary, type SourceFile } from '../../src/engine/scenario'
import { inEnglish } from '../../src/i18n/render'
import { bundled, bundledFiles, withValues } from '../engine/robust/mutate'
import { nb, strictTranslators } from './support/render'

const profiles = bundledFiles.filter((f) => f.path.startsWith('scenarios/jurisdictions/'))
const { files: fixtures } = await readSourceFiles(['tests/fixtures/scenarios'])

/** Every issue the validator gives for `files`, with the bundled profiles and teaching checks on. */
const issuesOf = (files: readonly SourceFile[]) =>
  loadLibrary([...profiles, ...files], { teaching: true }).issues.filter(
    (i) => !i.path.startsWith('scenarios/jurisdictions/'),
  )

const guichet = bundled('scenarios/registration-guichet-unique.yaml')
const at = (path: string, text: string): SourceFile => ({ path, text })

/** The bundled French scenario with the mistakes a trainer makes in the studio. */
const MUTATED: SourceFile[] = [
  withValues(guichet, [
    [['objectifs'], ['Vérifier']],
    [['world', 'referenceDate'], '2025-02-30'],
    [['world', 'registration', 'anomalies', 'doublon'], 1],
    [['tasks', 0, 'process'], 'registation'],
    [['passMark'], 170],
    [['minutes'], '1 000'],
    [['difficulty'], null],
    [['tasks', 0, 'hints'], [{ text: 'x', cost: 'un' }]],
    [['language'], 'Français'],
    [['tadat'], []],
  ]),
  withValues(guichet, [[['jurisdiction'], 'senegal']]),
  withValues(guichet, [[['jurisdiction'], 'sahel-cost']]),
  withValues(guichet, [[['jurisdiction'], './nowhere.yaml']]),
  withValues(guichet, [
    [['world', 'population', 'individuals'], 1],
    [['world', 'population', 'businesses'], 0],
    [['world', 'referenceDate'], '1850-01-01'],
    [['world', 'registration', 'applications'], 3],
    [['tasks', 0, 'cases'], 40],
    [['tasks', 0, 'points', 'acceptable'], 90],
    [['agenda'], [{ day: 1, tasks: ['inconnue'] }]],
  ]),
  withValues(guichet, [
    [['tasks', 0, 'hints'], []],
    [['tasks', 0, 'feedback'], {}],
    [['tasks', 0, 'briefing'], '<script>alert(1)</script> The officer and the taxpayer of the desk is you.'],
    [['tasks', 0, 'points', 'correct'], 0],
  ]),
]

/** YAML a trainer can get wrong before the validator sees any data. */
const SYNTAX: SourceFile[] = [
  at('studio/tab.yaml', 'format: 1\ntitle: x\nworld:\n\tseed: 1\n'),
  at('studio/quote.yaml', 'format: 1\ntitle: "Guichet\nsummary: x\n'),
  at('studio/bracket.yaml', 'format: 1\ntadat: [P1-1, P1-2\ntitle: x\n'),
  at('studio/twice.yaml', 'format: 1\ntitle: a\ntitle: b\n'),
  at('studio/colons.yaml', 'format: 1\ntitle: Guichet 1: accueil\n'),
  at('studio/docs.yaml', 'format: 1\n---\nformat: 1\n'),
  at('studio/empty.yaml', ''),
  at('studio/list.yaml', '- a\n- b\n'),
  at('studio/anchor.yaml', 'format: 1\ntitle: *nothing\n'),
  at('studio/key.yaml', 'format: 1\n[a, b]: c\n'),
  at('studio/binary.yaml', 'format\u0000 1\n'),
  at('studio/deep.yaml', `a: ${'['.repeat(80)}`),
  at('studio/tag.yaml', 'format: 1\ntitle: !bizarre x\n'),
  at('studio/Mon Guichet.yaml', 'format: 1\n'),
]

/** Words of English prose; none is a scenario key the messages cite as written. */
const ENGLISH =
  /\b(the|must|is|are|and|of|unknown|missing|did you mean|should|cannot|write|whole|number|empty|entry|least|most|only|this|that|with|remove|raise|lower|than|which|never|here|not|be|or)\b/i

/** The strings a message cites from the file (keys, values, ids), which stay as written. */
function cited(arg: Arg | undefined, into: string[] = []): string[] {
  if (typeof arg === 'string') into.push(arg)
  else if (isMsg(arg)) for (const a of Object.values(arg.args ?? {})) cited(a, into)
  else if (arg && typeof arg === 'object' && 'list' in arg) for (const a of arg.list) cited(a, into)
  return into
}

describe('the validator’s messages in the trainer’s language', () => {
  const issues: Issue[] = [
    ...issuesOf(fixtures),
    ...MUTATED.flatMap((f, i) => issuesOf([{ ...f, path: `studio/guichet-${i}.yaml` }])),
    ...SYNTAX.flatMap((f) => issuesOf([f])),
  ]

  it('reproduce the studio’s problems, each with a message', () => {
    const english = issues.map((i) => i.message)
    for (const expected of [
      'unknown key "objectifs" — did you mean "objectives"?',
      'referenceDate must be a real date written YYYY-MM-DD, such as 2025-03-03, not "2025-02-30"',
      'passMark must be at most 100, not 170',
      'jurisdiction "senegal" is not a known profile; the known profiles are: alatau, archipelago, northland, sahel-coast (files in scenarios/jurisdictions/)',
    ])
      expect(english).toContain(expected)
    expect(english.some((m) => m.startsWith('process must be one of:'))).toBe(true)
    expect(english.some((m) => m.startsWith('unknown key "doublon" — the keys allowed here are'))).toBe(true)
    expect(issues.filter((i) => !i.text).map((i) => `${i.path}:${i.line}: ${i.message}`)).toEqual([])
    // Every part of the validator is in the set: structure, semantics, content, processes, YAML, files.
    const ids = new Set(issues.map((i) => i.text!.id.split('.')[1]))
    for (const part of ['key', 'value', 'range', 'jurisdiction', 'world', 'task', 'content', 'registration'])
      expect(ids, part).toContain(part)
    for (const part of ['yaml', 'load', 'rule', 'agenda']) expect(ids, part).toContain(part)
    expect(issues.length).toBeGreaterThan(60)
  })

  it('render in French, Russian and Portuguese with no English left', async () => {
    const translators = await strictTranslators()
    for (const issue of issues) {
      const where = `${issue.path}:${issue.line}:${issue.col} ${issue.message}`
      expect(inEnglish(issue.text)).not.toMatch(/scenario\.[a-z]/)
      const data = cited(issue.text).sort((a, b) => b.length - a.length)
      for (const t of translators) {
        const words = t.t(issue.text)
        expect(words, `${t.language} ${where}`).not.toMatch(/\[object Object\]|undefined|scenario\.[a-z]/)
        const prose = data.reduce((text, value) => text.split(value).join(' '), words)
        expect(prose, `${t.language}: English left in ${where}`).not.toMatch(ENGLISH)
      }
    }
  })

  it('say the studio’s examples in French', async () => {
    const [fr] = await strictTranslators()
    const french = issues.map((i) => fr!.t(i.text))
    if (process.env.SHOW_FRENCH) console.log(french.join('\n'))
    expect(french).toContain(nb('clé inconnue « objectifs » — vouliez-vous dire « objectives » ?'))
    expect(french).toContain('passMark doit valoir au plus 100, et non 170')
    expect(french).toContain(
      nb(
        'referenceDate doit être une date réelle écrite AAAA-MM-JJ, par exemple 2025-03-03, et non « 2025-02-30 »',
      ),
    )
    expect(french.some((t) => t.startsWith(nb('la juridiction « senegal » n’est pas un profil connu')))).toBe(
      true,
    )
  })
})
