/**
 * A scripted officer writes a letter's reason in the reader's language. `tamis solve --lang fr`,
 * the studio's path test and any replay of the best answer type the reasons the policies give
 * (a refused waiver, a payment returned, a return referred or rejected, a refused agreement, a
 * refund blocked, an application rejected) and the results then show them as the decision: on a
 * French page, every bundled scenario's decisions played by the best, first and random policies
 * hold no English sentence of the catalogue and no common English word. The scores are the same
 * whatever language the reasons are typed in (the grader never reads them).
 */
import { afterAll, describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { page } from '../../src/app/i18n.svelte'
import { decisionText } from '../../src/app/report/describe'
import type { CommandSpecs } from '../../src/app/report/commands'
import { playPolicy, Session, type Policy, type Scenario } from '../../src/engine/index'
import type { Say } from '../../src/engine/session/policies'
import { loadCatalogue } from '../../src/i18n/load'
import { englishIn, placeOf, strictTranslator } from '../i18n/support/render'
import { ENGLISH } from '../e2e/support/english'

const library = await loadBundledLibrary()
const english = await loadCatalogue('en')

/** The English catalogue's own sentences (no placeholder, three words or more): none may reach a French page. */
const ENGLISH_SENTENCES = Object.values(english).filter(
  (source) => !source.includes('{') && source.split(' ').length >= 3,
)

/** The free-text fields the policies filled, as `command.field`: a reason, a note. */
const TEXT_FIELDS = new Set<string>()

async function play(scenario: Scenario, policy: Policy, say?: Say) {
  const session = await Session.start(scenario, { seed: scenario.world.seed })
  playPolicy(session, policy, 1, say)
  return session
}

/** The world's data (names, addresses, ids) that a reason may quote: stripped before the word hunt. */
function dataOf(session: Session): string[] {
  const strings: string[] = []
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.length >= 3) strings.push(value)
    } else if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object' && !('id' in value && 'args' in value))
      Object.values(value).forEach(walk)
  }
  walk(session.env.world.taxpayers)
  walk(session.env.world.cases)
  return strings.sort((a, b) => b.length - a.length)
}

describe('decisions a scripted officer typed, on a French page', () => {
  afterAll(async () => {
    page.chosen = undefined
    await page.choose('en')
    page.scenario('en_GB', undefined, 'en')
  })

  it.each(library.scenarios.map((s) => [s.id, s] as const))(
    '%s: no English in any decision, the same scores',
    async (_id, scenario) => {
      const fr = await strictTranslator('fr', placeOf(scenario.jurisdiction))
      await page.choose('fr')
      page.scenario(scenario.jurisdiction.locale, scenario.jurisdiction.currency, scenario.language)
      for (const policy of ['best', 'first', 'random'] as const) {
        const inEnglish = (await play(scenario, policy)).report()
        const session = await play(scenario, policy, (text) => fr.t(text))
        const report = session.report()
        // The grader never reads a reason: the same grade for every case, the same score.
        expect(report.score, policy).toBe(inEnglish.score)
        expect(report.decisions.map((d) => [d.caseId, d.feedback.grade])).toEqual(
          inEnglish.decisions.map((d) => [d.caseId, d.feedback.grade]),
        )
        const commands = JSON.parse(JSON.stringify(session.commandSpecs())) as CommandSpecs
        const data = dataOf(session)
        const noEnglish = (text: string, where: string) => {
          expect(englishIn(text, ENGLISH_SENTENCES), where).toEqual([])
          const words = data.reduce((t, d) => t.split(d).join('…'), text).match(/\p{L}[\p{L}'’-]*/gu) ?? []
          expect(
            words.filter((w) => ENGLISH.has(w.toLowerCase())),
            where,
          ).toEqual([])
        }
        // Every free-text field typed on the way (a step's reason shows in the case's history).
        for (const event of session.log) {
          if (event.type !== 'case.command') continue
          const process = session.caseView(event.caseId).summary.process
          const spec = commands[process]?.find((c) => c.type === event.command.type)
          for (const field of spec?.fields ?? []) {
            const value = event.command[field.name]
            if (field.kind !== 'text' || field.graded || typeof value !== 'string' || !value) continue
            TEXT_FIELDS.add(`${event.command.type}.${field.name}`)
            noEnglish(value, `${scenario.id} ${policy} ${event.caseId} ${event.command.type}: ${value}`)
          }
        }
        // And each decision as the results show it.
        for (const decision of report.decisions) {
          const text = decisionText(decision, report.currency, commands)
          noEnglish(text, `${scenario.id} ${policy} ${decision.caseId}: ${text}`)
        }
      }
    },
    300_000,
  )

  it('has seen every reason a policy types', () => {
    for (const typed of [
      'payments.returnToPayer.reason',
      'payments.refuseWaiver.reason',
      'payments.holdInSuspense.reason',
      'payments.refuseRefund.reason',
      'filing.referForReview.reason',
      'filing.reject.reason',
      'collection.refuseAgreement.reason',
      'refunds.blockAndRefer.reason',
      'refunds.approvePartial.reason',
      'refunds.refuse.reason',
      'registration.reject.reason',
    ])
      expect([...TEXT_FIELDS]).toContain(typed)
  })
})
