import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { withCatalogue } from '../../src/engine/scenario/catalogue'
import { englishProcessName } from '../../src/cli/commands'

describe('scenarios/README.md catalogue', () => {
  it('lists every bundled scenario as the files describe it', async () => {
    const library = await loadBundledLibrary()
    const guide = readFileSync('scenarios/README.md', 'utf8')
    const expected = withCatalogue(guide, library.scenarios, englishProcessName)
    expect(expected, 'the catalogue markers are missing from scenarios/README.md').toBeDefined()
    // Prettier aligns the table's columns; compare the cells, not the padding.
    const cells = (text: string) => text.replace(/ {2,}/g, ' ').replace(/-{3,}/g, '---')
    expect(cells(guide), 'the catalogue is out of date: run npm run tamis -- catalogue --write').toBe(
      cells(expected!),
    )
    for (const s of library.scenarios) expect(guide).toMatch(new RegExp(`\\| \`${s.id}\` +\\|`))
  })
})
