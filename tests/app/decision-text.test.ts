/**
 * The results page names a decision's fields and chosen options as the form did, in the reader's
 * language: for every command with fields of every process, on a bundled scenario's own specs
 * (registration's tax types and segments, payments' tax types and objections' officers come from
 * the jurisdiction or the world), a French page shows no English field name and no raw option.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { readSourceFiles } from '../../src/cli/files'
import { humanize } from '../../src/app/format'
import { m, page, t } from '../../src/app/i18n.svelte'
import { decisionText } from '../../src/app/report/describe'
import type { CommandSpecs } from '../../src/app/report/commands'
import {
  generateWorld,
  loadLibrary,
  PROCESSES,
  Session,
  type CommandSpec,
  type FieldSpec,
  type FieldValue,
  type ProcessId,
  type Scenario,
} from '../../src/engine/index'
import { filled, list, msg } from '../../src/engine/primitives/message'
import { loadCatalogue } from '../../src/i18n/load'

/** A value for each kind of field, as a trainee would fill it in (free text in French). */
function sample(field: FieldSpec): FieldValue {
  switch (field.kind) {
    case 'select':
      return field.options?.[0]?.value ?? ''
    case 'multiselect':
      return (field.options ?? []).slice(0, 2).map((o) => o.value)
    case 'money':
      return 150_000
    case 'number':
      return 3
    case 'tin':
      return '1002003004'
    default:
      return 'pièces manquantes'
  }
}

/** The smallest bundled scenario playing each process, and its commands as its forms show them. */
async function specsByProcess(): Promise<Map<ProcessId, { scenario: Scenario; commands: CommandSpecs }>> {
  const { files } = await readSourceFiles(['scenarios'])
  const size = (s: Scenario) => s.tasks.length
  const found = new Map<ProcessId, { scenario: Scenario; commands: CommandSpecs }>()
  for (const process of PROCESSES) {
    const scenario = loadLibrary(files)
      .scenarios.filter((s) => s.tasks.every((task) => task.process === process))
      .sort((a, b) => size(a) - size(b) || a.id.localeCompare(b.id))[0]
    if (!scenario) continue
    const world = await generateWorld(scenario, { seed: scenario.world.seed })
    const commands = JSON.parse(JSON.stringify(new Session(scenario, world).commandSpecs())) as CommandSpecs
    found.set(process, { scenario, commands })
  }
  return found
}

describe('a decision in words on a French page', () => {
  afterAll(async () => {
    page.chosen = undefined
    await page.choose('en')
    page.scenario('en_GB', undefined, 'en')
  })

  it("names every process's fields and options from the catalogue, never in English", async () => {
    const french = await loadCatalogue('fr')
    const processes = await specsByProcess()
    expect([...processes.keys()].sort()).toEqual([...PROCESSES].sort())
    await page.choose('fr')
    let withFields = 0
    for (const [process, { scenario, commands }] of processes) {
      page.scenario(scenario.jurisdiction.locale, scenario.jurisdiction.currency, scenario.language)
      for (const spec of commands[process] ?? ([] as CommandSpec[])) {
        const fields = spec.fields ?? []
        if (fields.length === 0) {
          // A decision without fields ("Approve") is named by its label alone.
          const bare = { process, command: { type: spec.type }, decisionLabel: spec.label }
          expect(decisionText(bare, scenario.jurisdiction.currency, commands)).toBe(t(spec.label))
          continue
        }
        withFields++
        const command = { type: spec.type, ...Object.fromEntries(fields.map((f) => [f.name, sample(f)])) }
        const text = decisionText(
          { process, command, decisionLabel: spec.label },
          scenario.jurisdiction.currency,
          commands,
        )
        const where = `${process} ${spec.type}: ${text}`
        for (const field of fields) {
          // Every label and option name is a message the French catalogue has, or the profile's own words.
          for (const label of [field.label, ...(field.options ?? []).map((o) => o.label)])
            if (typeof label === 'object' && 'id' in label) expect(french[label.id], label.id).toBeDefined()
          // The label and its colon, the page's way ("NIF existant : " in French).
          expect(text, where).toContain(m('common.pair', { label: t(field.label), value: '' }))
          if (t(field.label) !== humanize(field.name)) expect(text, where).not.toContain(humanize(field.name))
          const value = command[field.name as keyof typeof command]
          for (const chosen of Array.isArray(value) ? value : [value]) {
            const option = field.options?.find((o) => o.value === chosen)
            if (field.kind === 'select' || field.kind === 'multiselect') {
              expect(option, where).toBeDefined()
              expect(text, where).toContain(t(option!.label))
            }
          }
        }
      }
    }
    expect(withFields).toBeGreaterThan(5)
  }, 120_000)
})

describe("a trainer's note on a page in another language", () => {
  afterAll(async () => {
    page.chosen = undefined
    await page.choose('en')
    page.scenario('en_GB', undefined, 'en')
  })

  it("keeps the note's slots in the scenario's language", async () => {
    const note = filled('session.feedback.teaching', 'The {matched} match.', {
      matched: list([msg('registration.shared.nationalId'), msg('registration.shared.birthDate')]),
    })
    page.scenario('en_NG', { code: 'NGN', symbol: '₦', minorUnits: 2 }, 'en')
    await page.choose('ru')
    await page.need()
    await expect.poll(() => t(note)).toBe('The national ID and date of birth match.')
    // The page's own words are Russian all the same.
    expect(t(msg('registration.shared.nationalId'))).not.toBe('national ID')
  })
})
