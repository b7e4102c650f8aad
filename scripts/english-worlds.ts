/**
 * Every bundled world with its text rendered in English, for checking that turning the world's
 * stored sentences into message ids changed neither the words nor the numbers drawn.
 *
 *   npx tsx scripts/english-worlds.ts OUT_DIR [scenario-id…]
 *
 * Writes OUT_DIR/<scenario>.<seed>.json (seeds 1–3) with every message, figure and date rendered
 * in English for the scenario's country, and prints one digest per world. Run it before and after
 * a change and `diff -r` the two folders: only figure formatting may differ.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { loadBundledLibrary } from '../src/cli/files'
import { generateWorld, returnLineLabel, type World } from '../src/engine'
import { fnv1a64 } from '../src/engine/primitives/hash'
import { isDate, isList, isMoney, isMsg, type Msg } from '../src/engine/primitives/message'
import { translatorFor } from '../src/i18n/for-scenario'

/** A message, not a world record that also has an `id` (a ledger line, a return, a case). */
const isText = (value: unknown): value is Msg =>
  isMsg(value) && Object.keys(value).every((k) => k === 'id' || k === 'args')

const [out, ...only] = process.argv.slice(2)
if (!out) {
  console.error('Usage: npx tsx scripts/english-worlds.ts OUT_DIR [scenario-id…]')
  process.exit(64)
}
await mkdir(out, { recursive: true })
const library = await loadBundledLibrary()
for (const scenario of library.scenarios) {
  if (only.length && !only.includes(scenario.id)) continue
  const tr = await translatorFor(scenario, 'en')
  const render = (value: unknown): unknown => {
    if (isText(value) || isMoney(value) || isDate(value) || isList(value)) return tr.t(value)
    if (Array.isArray(value)) return value.map(render)
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, render(v)]))
    return value
  }
  // A return stores each line's key; the line's name is what a reader sees (payer folded in).
  const named = (world: World) => ({
    ...world,
    returns: world.returns.map((r) => ({
      ...r,
      lines: r.lines.map((l) => ({ label: tr.t(returnLineLabel(l)), amount: l.amount })),
    })),
  })
  for (const seed of [1, 2, 3]) {
    const json = JSON.stringify(render(named(await generateWorld(scenario, { seed }))), null, 1)
    await writeFile(join(out, `${scenario.id}.${seed}.json`), json)
    console.log(`${scenario.id} ${seed} ${fnv1a64(json)}`)
  }
}
