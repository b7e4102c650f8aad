/**
 * Prints the digest of the pinned test world. The determinism test runs this in child
 * processes under different time zones: `node --import tsx tests/bench/print-digest.ts`.
 */
import { generateWorld } from '../../src/engine/world/generate'
import { worldDigest } from '../../src/engine/world/digest'
import { benchScenario } from './scenarios'

const locale = process.argv[2] === 'fr_SN' ? 'fr_SN' : 'en_NG'
const world = await generateWorld(benchScenario({ locale }))
process.stdout.write(`${worldDigest(world)}\n`)
