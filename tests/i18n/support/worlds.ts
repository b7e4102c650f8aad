/**
 * The bundled worlds a test file renders, each generated once per file however many of its tests
 * read it (a world is data: rendering and grading read it, never change it). Vitest runs each
 * file in its own worker, so this saves the repeats within a file, not across files: checks that
 * read the same worlds belong in one file.
 */
import { generateWorld, RegisterIndex, type ProcessEnv, type Scenario, type World } from '../../../src/engine'

export interface WorldAt {
  world: World
  /** What a process's module reads: the world, the law, today (the reference date), the register index. */
  env: ProcessEnv
}

const worlds = new Map<string, Promise<WorldAt>>()

/** The world of `scenario` at `seed`, generated on first use. */
export function worldAt(scenario: Scenario, seed: number): Promise<WorldAt> {
  const key = `${scenario.id}#${seed}`
  let found = worlds.get(key)
  if (!found) {
    found = generateWorld(scenario, { seed }).then((world) => ({
      world,
      env: {
        world,
        jurisdiction: scenario.jurisdiction,
        today: world.referenceDate,
        index: new RegisterIndex(world.taxpayers),
      },
    }))
    worlds.set(key, found)
  }
  return found
}
