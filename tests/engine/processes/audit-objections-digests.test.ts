/**
 * The worlds of bundled audit and objections scenarios, pinned: their generators are split into
 * small steps and driven by recipes over time, and a refactor must draw the same numbers in the
 * same order. If a change to the world is intended, update the digests and say so in the commit,
 * because saved sessions replay against the world they were played in.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../../src/cli/files'
import { generateWorld } from '../../../src/engine'
import { worldDigest } from '../../../src/engine/world/digest'

const PINNED: Record<string, string> = {
  'audit-case-selection': 'f0ec6ab0451cc727',
  'objections-review-desk': '8b542ddf45e3290f',
}

const library = await loadBundledLibrary()

describe('audit and objections worlds', () => {
  for (const [id, digest] of Object.entries(PINNED))
    it(`${id} generates the pinned world`, async () => {
      const scenario = library.scenarios.find((s) => s.id === id)!
      expect(worldDigest(await generateWorld(scenario))).toBe(digest)
    })
})
