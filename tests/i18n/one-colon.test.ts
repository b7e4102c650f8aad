/**
 * One colon a sentence where a page frames words that may hold one. The confirm button frames the
 * command's label ("Confirm: {label}") and the record's figures are shown under "On record"; a
 * label or a figure that is itself "a: b" inside another "X: …" reads "Confirmer : Mettre en
 * attente : aucune action…". Every command label of every process goes through
 * `app.form.confirm`, and every reference a bundled scenario's cases show goes where the form puts
 * it; every scenario's and task's title (a trainer's, often "Desk: what to do") goes through the
 * briefing's, the results' and the workshop's headings; every form problem follows the refusal's
 * "Not done:"; in each language. And every frame that puts a text of the sandbox's own after a
 * colon or in a sentence of its own (a refused step's reason, a validator issue, the hub's refusal,
 * a path-test failure, a verdict's figures), with each message that can fill it.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { PROCESS_MODULES, Session, type Text } from '../../src/engine'
import { translatorFor } from '../../src/i18n/for-scenario'
import { LANGUAGES } from '../../src/i18n/languages'
import { loadCatalogue } from '../../src/i18n/load'
import { createTranslator } from '../../src/i18n/render'

const { scenarios } = await loadBundledLibrary()

/**
 * The sentences of a text that hold more than one colon (a quotation, code such as a YAML key
 * `feedback:`, a time "10:30" and a file's location "desk.yaml:3:5", set as code, aside).
 */
function doubleColons(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n/)
    .filter((sentence) => (unquoted(sentence).match(/(?<!\d):|:(?!\d)/g) ?? []).length > 1)
}
const unquoted = (text: string) =>
  text.replace(/«[^»]*»|“[^”]*”|"[^"]*"|`[^`]*`|[\w.-]+\.ya?ml:\d+:\d+/g, '«…»')

type Translator = ReturnType<typeof createTranslator>

/** Stand-in arguments for a message: 2 where it counts, else the argument's name. */
function standIns(text: string): Record<string, string | number> {
  const numeric = new Set([...text.matchAll(/\{(\w+), (?:plural|number|selectordinal)/g)].map((m) => m[1]!))
  const names = new Set([...text.matchAll(/\{(\w+)/g)].map((m) => m[1]!))
  return Object.fromEntries([...names].map((n) => [n, numeric.has(n) ? 2 : n]))
}

/** A message rendered with stand-ins for its arguments, `given` aside. */
function rendered(tr: Translator, catalogue: Record<string, string>, id: string, given = {}): string {
  return tr.m(id, { ...standIns(catalogue[id]!), ...given })
}

/**
 * The frames that set a text of the sandbox's own in a sentence, each with what fills it: the
 * catalogue's messages of those ids (rendered with stand-ins), `shown` writing the frame as the
 * page, the hub or the CLI shows it.
 */
const FRAMES: {
  name: string
  fillers: (id: string) => boolean
  shown: (say: (id: string, given?: object) => string, filler: string) => string[]
}[] = [
  {
    // A step refused on replay: the opening page's sentence, the hub's refusal, the results check.
    name: 'a refused step',
    fillers: (id) => /^\w+\.(blocker|problem|unlawful)\./.test(id) || /^session\.(refusal|form)\./.test(id),
    shown: (say, reason) => [
      say('app.opening.partialText', { reason: say('app.flash.refusedStep', { reason }) }),
      say('workshop.hub.refusedBecause', { reason }),
      say('workshop.sync.refused', { message: say('workshop.hub.refusedBecause', { reason }) }),
      say('session.verify.notReplayed', { reason }),
      say('session.pathTest.cannotPlay', { reason: say('session.replay.refused', { reason }) }),
    ],
  },
  {
    // A scenario file's problem in the studio's list and at the hub, alone or in a workshop's list.
    name: 'a validator issue',
    fillers: (id) => /^scenario\./.test(id) || /^session\.shortfall\./.test(id),
    shown: (say, message) => {
      const located = say('workshop.hub.fileProblem', { where: 'desk.yaml:3:5', problem: message })
      return [
        `desk.yaml:3:5 ${say('studio.check.error', { message })}`,
        `desk.yaml:3:5 ${say('studio.check.warning', { message })}`,
        say('workshop.hub.fileProblems', { problems: located }),
        say('workshop.hub.inScenario', { problem: say('workshop.hub.fileProblems', { problems: located }) }),
      ]
    },
  },
  {
    // The hub's refusals: to the trainer creating a workshop (one scenario of several), to a trainee.
    name: "the hub's refusal",
    fillers: (id) => /^workshop\.hub\./.test(id) && !/\.(inScenario|fileProblem|problem\.)/.test(id),
    shown: (say, problem) => [
      say('workshop.hub.inScenario', { problem }),
      say('workshop.sync.refused', { message: problem }),
    ],
  },
  {
    // The studio's path test: a failure under its seed; a world too small or a policy that failed.
    name: 'a path-test failure',
    fillers: (id) => /^session\.(pathTest|shortfall)\./.test(id) && !id.startsWith('session.pathTest.policy'),
    shown: (say, message) => [say('studio.test.failure', { message })],
  },
  {
    // An event the session cannot record, said by what is wrong with its shape.
    name: "an event's shape",
    fillers: (id) => id.startsWith('session.shape.'),
    shown: (say, detail) => [say('session.refusal.malformed', { detail })],
  },
  {
    // A policy the path test could not play to the end: the failure its error carries.
    name: 'a policy that could not play',
    fillers: (id) => /^session\.(shortfall|replay)\./.test(id) || id === 'session.pathTest.unexpectedError',
    shown: (say, reason) => [
      say('studio.test.failure', { message: say('session.pathTest.cannotPlay', { reason }) }),
    ],
  },
  {
    // The results page when scoring fails: its sentence, then the failure in the trainee's words.
    name: 'a failure to score',
    fillers: (id) =>
      /^session\.shortfall\./.test(id) ||
      /^app\.(engine|storage)\./.test(id) ||
      id === 'app.shell.crashedText',
    shown: (say, failure) => [`${say('app.report.scoreFailed')}\n${failure}`],
  },
  {
    // A case's best outcome and a verdict's reasons, shown in the feedback and the results.
    name: "an audit's reason not to select",
    fillers: (id) => id.startsWith('audit.notSelect.lower.'),
    shown: (say, reason) => [say('audit.truth.expected.notSelect', { reason })],
  },
  {
    name: "the charges' figures",
    fillers: (id) => id === 'payments.verdict.charges.figures',
    shown: (say, why) => [say('payments.verdict.charges.off', { why })],
  },
  {
    name: "a refund claim's failed validation",
    fillers: (id) => id.startsWith('refunds.validation.'),
    shown: (say, reason) => [
      say('refunds.blocker.failedValidation', { reason }),
      say('refunds.blocker.failedValidationRefuse', { reason }),
    ],
  },
  {
    // A results file the import page refuses: its name, then why (a damaged file, another scenario…).
    name: "an imported file's problem",
    fillers: (id) => id.startsWith('session.verify.') && !/^session\.verify\.(part\.|graded)/.test(id),
    shown: (say, problem) => [say('common.pair', { label: 'awa.json', value: problem })],
  },
]

describe('one colon a sentence', () => {
  it('the check finds a doubled colon, and only that', () => {
    expect(doubleColons('Confirmer : Mettre en attente : aucune action')).toHaveLength(1)
    expect(doubleColons('Au dossier : Dette au compte : 635 065 FCFA.')).toHaveLength(1)
    expect(doubleColons('Dette au compte : 635 065 FCFA. Solde : 3 FCFA.')).toEqual([])
    expect(doubleColons('Référence bancaire : « TVA: 2025 ». Reçu à 10:30.')).toEqual([])
    expect(doubleColons('desk.yaml:3:5 Erreur — clé inconnue : title')).toEqual([])
    expect(doubleColons('desk.yaml:3:5 Erreur : clé inconnue : title')).toHaveLength(1)
  })

  const labels: Text[] = Object.values(PROCESS_MODULES).flatMap((module) =>
    module.commands.map((command) => command.label),
  )

  for (const language of LANGUAGES)
    it(`${language}: every command's confirm button and every reference a case shows`, async () => {
      const found: string[] = []
      for (const scenario of scenarios) {
        const tr = await translatorFor(scenario, language)
        const session = await Session.start(scenario, { seed: scenario.world.seed })
        const shown = new Set<string>()
        for (const c of session.cases()) {
          const view = session.caseView(c.caseId)
          for (const option of view.available)
            shown.add(tr.m('app.form.confirm', { label: tr.t(option.label) }))
          for (const fields of Object.values(view.references))
            for (const reference of Object.values(fields))
              if (reference.text) shown.add(`${tr.m('app.form.onRecord')}\n${tr.t(reference.text)}`)
        }
        for (const label of labels) shown.add(tr.m('app.form.confirm', { label: tr.t(label) }))
        for (const text of shown)
          for (const sentence of doubleColons(text)) found.push(`${scenario.id}: ${sentence}`)
      }
      expect(found).toEqual([])
    })

  for (const language of LANGUAGES)
    it(`${language}: every form problem after the refusal's "Not done:"`, async () => {
      const catalogue = await loadCatalogue(language)
      const tr = createTranslator({ language, catalogue })
      const found: string[] = []
      for (const [id, text] of Object.entries(catalogue).filter(([id]) => id.startsWith('session.form.'))) {
        const numeric = new Set(
          [...text.matchAll(/\{(\w+), (?:plural|number|selectordinal)/g)].map((m) => m[1]!),
        )
        const names = new Set([...text.matchAll(/\{(\w+)/g)].map((m) => m[1]!))
        const args = Object.fromEntries([...names].map((n) => [n, numeric.has(n) ? 2 : n]))
        const shown = `${tr.m('app.commands.notDone')} ${tr.m(id, args)}`
        for (const sentence of doubleColons(shown)) found.push(`${id}: ${sentence}`)
      }
      expect(found).toEqual([])
    })

  for (const language of LANGUAGES)
    it(`${language}: every scenario's and task's title in the headings that frame it`, async () => {
      const found: string[] = []
      for (const scenario of scenarios) {
        const tr = await translatorFor(scenario, language)
        const shown = [
          ...(['app.report.title', 'app.report.titleSoFar', 'workshop.play.next'] as const).map((id) =>
            tr.m(id, { title: scenario.title }),
          ),
          ...scenario.tasks.flatMap((task) =>
            (['app.briefing.task', 'app.briefing.situation'] as const).map((id) =>
              tr.m(id, { title: task.title }),
            ),
          ),
        ]
        for (const text of shown)
          for (const sentence of doubleColons(text)) found.push(`${scenario.id}: ${sentence}`)
      }
      expect(found).toEqual([])
    })

  for (const language of LANGUAGES)
    it(`${language}: every frame that sets the sandbox's own words, with each message that fills it`, async () => {
      const catalogue = await loadCatalogue(language)
      const tr = createTranslator({ language, catalogue })
      const say = (id: string, given = {}) => rendered(tr, catalogue, id, given)
      const found: string[] = []
      for (const frame of FRAMES) {
        const fillers = Object.keys(catalogue).filter(frame.fillers)
        expect(fillers.length, frame.name).toBeGreaterThan(0)
        for (const id of fillers)
          for (const text of frame.shown(say, say(id)))
            for (const sentence of doubleColons(text)) found.push(`${frame.name}, ${id}: ${sentence}`)
      }
      expect(found).toEqual([])
    })
})
