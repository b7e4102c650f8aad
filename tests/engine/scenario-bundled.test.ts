/**
 * Every file in scenarios/ loads without errors or warnings, starts with the editor line
 * that gives autocomplete, and the registration desk keeps the shape its guide promises.
 */
import { describe, expect, it } from 'vitest'
import { readSourceFiles } from '../../src/cli/files'
import { formatIssue, isProfile, loadLibrary, worldCaseCount } from '../../src/engine/scenario'

const { files } = await readSourceFiles(['scenarios'])
const library = loadLibrary(files)

describe('bundled scenario files', () => {
  it('all load with no errors and no warnings', () => {
    expect(library.issues.map(formatIssue)).toEqual([])
    expect(library.scenarios.length + library.jurisdictions.length).toBe(files.length)
  })

  it.each(files.map((f) => [f.path, f] as const))(
    '%s starts with the yaml-language-server line',
    (_path, file) => {
      const schema = isProfile(file)
        ? '../../public/jurisdiction.schema.json'
        : '../public/scenario.schema.json'
      expect(file.text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schema}`)
    },
  )

  it('there are four fictional profiles with different locales and currencies, one without minor units', () => {
    const profiles = library.jurisdictions
    expect(profiles.map((j) => j.id).sort()).toEqual(['alatau', 'archipelago', 'northland', 'sahel-coast'])
    expect(new Set(profiles.map((j) => j.locale)).size).toBe(4)
    expect(new Set(profiles.map((j) => j.currency.code)).size).toBe(4)
    expect(profiles.some((j) => j.currency.minorUnits === 0)).toBe(true)
    for (const j of profiles) {
      expect(j.name).toMatch(/fictional|fictive|вымышленная/)
      expect(j.disclaimer).toMatch(/not the law|ni le droit|не являются законодательством/)
    }
  })

  it('registration-desk is an introductory registration scenario with every kind of case', () => {
    const desk = library.scenarios.find((s) => s.id === 'registration-desk')
    expect(desk).toBeDefined()
    if (!desk) return
    expect(desk).toMatchObject({ difficulty: 1, passMark: 70, jurisdiction: { id: 'northland' } })
    expect(worldCaseCount(desk.world, 'registration')).toBe(12)
    expect(desk.world.registration?.anomalies).toEqual({
      'duplicate-identity': 2,
      'identity-mismatch': 1,
      'bogus-registration': 1,
      'vat-threshold': 1,
      phoenix: 1,
    })
    expect(desk.world.registration?.lookalikes).toEqual({ namesake: 1, 'shared-family-address': 1 })
    const [task] = desk.tasks
    expect(task?.process).toBe('registration')
    expect(task?.hints).toHaveLength(3)
    expect(Object.keys(task?.feedback ?? {}).sort()).toEqual(
      [
        'bogus-registration',
        'duplicate-identity',
        'genuine',
        'identity-mismatch',
        'namesake',
        'phoenix',
        'shared-family-address',
        'vat-threshold',
      ].sort(),
    )
    expect(desk.debrief).toBeTruthy()
  })
})
