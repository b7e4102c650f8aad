/**
 * The engine worker: checks the scenario library and generates worlds off the main thread, so
 * the page stays responsive while faker builds a large register. It only calls the engine.
 */
import '../zod-jitless'
import {
  baseName,
  generateWorld,
  issueAt,
  scenarioDigest,
  Session,
  WorldShortfall,
  type Issue,
  type Scenario,
  type SourceFile,
  type World,
} from '../../engine/index'
import { buildLibrary, bundledFiles } from '../library'
import type { WorkerRequest, WorkerResponse } from './messages'
import { splitWorld } from './world-parts'

/** At most about a hundred progress messages per world. */
const PROGRESS_STEPS = 100

/** The last world generated, so scoring a session does not generate it again. */
let kept: { key: string; world: World } | undefined
/** The files the library was last built from, to locate a problem found after loading. */
let sources: SourceFile[] = bundledFiles
const keyOf = (scenario: Scenario, seed: number) => `${scenario.id}:${scenarioDigest(scenario)}:${seed}`

function post(message: WorkerResponse): void {
  self.postMessage(message)
}

async function handle(request: WorkerRequest): Promise<void> {
  switch (request.type) {
    case 'library': {
      sources = [...bundledFiles, ...request.uploads]
      const library = buildLibrary(sources)
      const digests = Object.fromEntries(library.scenarios.map((s) => [s.id, scenarioDigest(s)]))
      return post({ id: request.id, type: 'library', library: { ...library, digests } })
    }
    case 'generate': {
      const started = performance.now()
      let reported = -1
      const world = await generateWorld(request.scenario, {
        seed: request.seed,
        onProgress: (done, total) => {
          const step = Math.floor((done / Math.max(total, 1)) * PROGRESS_STEPS)
          if (step === reported) return
          reported = step
          post({ id: request.id, type: 'progress', done, total })
        },
      })
      const ms = performance.now() - started
      kept = { key: keyOf(request.scenario, request.seed), world }
      const { rest, parts } = splitWorld(world)
      for (const part of parts) post({ id: request.id, type: 'world-part', part })
      return post({ id: request.id, type: 'world', world: rest, ms })
    }
    case 'score': {
      const key = keyOf(request.scenario, request.seed)
      const world =
        kept?.key === key ? kept.world : await generateWorld(request.scenario, { seed: request.seed })
      kept = { key, world }
      const session = new Session(request.scenario, world, request.mode)
      session.replay(request.log)
      return post({ id: request.id, type: 'report', report: session.report() })
    }
    default: {
      const unknown: never = request
      throw new Error(`Unknown request ${JSON.stringify(unknown)}`)
    }
  }
}

/** A shortfall of the scenario's register, located in its file like a validation issue. */
function located(request: WorkerRequest, error: unknown): Issue | undefined {
  if (!(error instanceof WorldShortfall) || !('scenario' in request)) return undefined
  const id = request.scenario.id
  const file = [...sources].reverse().find((f) => baseName(f.path) === id && !/jurisdictions/.test(f.path))
  return file
    ? issueAt(file, error.path, error.message)
    : { path: `${id}.yaml`, line: 1, col: 1, message: error.message, severity: 'error' }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  handle(request).catch((error: unknown) => {
    const issue = located(request, error)
    post({
      id: request.id,
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
      ...(issue ? { issue } : {}),
    })
  })
}
