/**
 * The engine worker: checks the scenario library, generates worlds and runs the open exercises'
 * sessions off the main thread. The world never leaves it: the page sends events and receives
 * the views it shows (host.ts), so a large register never freezes the page. It only calls the engine.
 */
import {
  baseName,
  generateWorld,
  issueAt,
  msg,
  PROCESS_MODULES,
  scenarioDigest,
  Session,
  WorldShortfall,
  type Issue,
  type Msg,
  type Scenario,
  type SourceFile,
  type World,
} from '../../engine/index'
import { buildLibrary, bundledFiles } from '../library'
import { scoreReplay, SessionHost } from './host'
import type { LibraryData, WorkerRequest, WorkerResponse } from './messages'
import { Runs } from './runs'
import { checkSaved } from './session'

/** At most about a hundred progress messages per world. */
const PROGRESS_STEPS = 100
/** Sessions kept at once: the page shows one; a replaced one may linger until the page closes it. */
const MAX_SESSIONS = 3

/** The last world generated, so opening again or scoring does not generate it again. */
let kept: { key: string; world: World } | undefined
/** The files the library was last built from, to locate a problem found after loading. */
let sources: SourceFile[] = bundledFiles
const keyOf = (scenario: Scenario, seed: number) => `${scenario.id}:${scenarioDigest(scenario)}:${seed}`

interface Running {
  host: SessionHost
  scenario: Scenario
  world: World
}
const sessions = new Map<number, Running>()
/** The run an LMS connection reports on, replayed on the kept world. */
const runs = new Runs(async (scenario, seed) => (await worldFor(scenario, seed)).world)

/** The command specs as plain data (a module's specs may share objects with its machine). */
const commands = JSON.parse(
  JSON.stringify(Object.fromEntries(Object.entries(PROCESS_MODULES).map(([id, m]) => [id, m.commands]))),
) as LibraryData['commands']

function post(message: WorkerResponse): void {
  self.postMessage(message)
}

// The page must learn that this worker is gone even when it ends without an error event (closed,
// or stopped by the browser): it holds a lock named after itself for as long as it lives, and
// says so; the page then waits for the same lock, which it gets when this worker ends.
if (self.name && 'locks' in navigator)
  void navigator.locks.request(self.name, () => {
    post({ id: 0, type: 'alive' })
    return new Promise<never>(() => undefined)
  })

async function worldFor(
  scenario: Scenario,
  seed: number,
  onProgress?: (done: number, total: number) => void,
) {
  const key = keyOf(scenario, seed)
  if (kept?.key === key) return { world: kept.world, ms: 0 }
  const started = performance.now()
  const world = await generateWorld(scenario, { seed, ...(onProgress ? { onProgress } : {}) })
  kept = { key, world }
  return { world, ms: performance.now() - started }
}

/** A request the worker refuses in words the page renders in the trainee's language. */
class Refused extends Error {
  constructor(readonly text: Msg) {
    super(text.id)
  }
}

function running(handle: number): Running {
  const found = sessions.get(handle)
  if (!found) throw new Refused(msg('app.engine.notOpen'))
  return found
}

async function handle(request: WorkerRequest): Promise<void> {
  switch (request.type) {
    case 'library': {
      sources = [...bundledFiles, ...request.uploads]
      const library = buildLibrary(sources)
      const digests = Object.fromEntries(library.scenarios.map((s) => [s.id, scenarioDigest(s)]))
      return post({ id: request.id, type: 'library', library: { ...library, digests, commands } })
    }
    case 'open': {
      let reported = -1
      const { world, ms } = await worldFor(request.scenario, request.seed, (done, total) => {
        const step = Math.floor((done / Math.max(total, 1)) * PROGRESS_STEPS)
        if (step === reported) return
        reported = step
        post({ id: request.id, type: 'progress', done, total })
      })
      const session = new Session(request.scenario, world, request.mode)
      const refused = session.replay(request.log)
      const host = new SessionHost(session)
      sessions.set(request.handle, { host, scenario: request.scenario, world })
      for (const old of [...sessions.keys()].slice(0, -MAX_SESSIONS)) sessions.delete(old)
      return post({ id: request.id, type: 'opened', view: host.view(request.watch), refused, ms })
    }
    case 'send': {
      const reply = running(request.handle).host.send(request.event, request.watch)
      return post({ id: request.id, type: 'sent', reply })
    }
    case 'views':
      return post({ id: request.id, type: 'views', views: running(request.handle).host.views(request.watch) })
    case 'preview':
      return post({
        id: request.id,
        type: 'preview',
        preview: running(request.handle).host.preview(request.days),
      })
    case 'score-session': {
      const { host, scenario, world } = running(request.handle)
      const fresh = new Session(scenario, world, host.session.mode)
      return post({ id: request.id, type: 'scored', scored: scoreReplay(fresh, host.session.log) })
    }
    case 'close':
      sessions.delete(request.handle)
      return post({ id: request.id, type: 'closed' })
    case 'score': {
      const { world } = await worldFor(request.scenario, request.seed)
      const session = new Session(request.scenario, world, request.mode)
      return post({ id: request.id, type: 'scored', scored: scoreReplay(session, request.log) })
    }
    case 'ping':
      return post({ id: request.id, type: 'pong' })
    case 'check-saved':
      return post({ id: request.id, type: 'checked', check: checkSaved(request.raw, request.scenario) })
    case 'run': {
      const { scenario, saved, runId, xapi } = request
      return post({ id: request.id, type: 'ran', run: await runs.run(scenario, saved, runId, xapi) })
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
    ? issueAt(file, error.path, error.message, error.text)
    : { path: `${id}.yaml`, line: 1, col: 1, message: error.message, text: error.text, severity: 'error' }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  handle(request).catch((error: unknown) => {
    const issue = located(request, error)
    post({
      id: request.id,
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
      ...(error instanceof Refused ? { text: error.text } : {}),
      ...(issue ? { issue } : {}),
    })
  })
}
