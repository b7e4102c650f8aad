/**
 * What the player holds between pages: the scenario library (checked in the engine worker),
 * what this browser remembers of each scenario, the running session and the state of opening
 * one. Opening is async: the worker generates the world (faker loads there, never with the
 * first page), starts the Session there and replays the saved log onto it; the world and the
 * Session stay in the worker and the page receives the views it shows (worker/host.ts).
 * A saved session that is damaged, from an older version of the scenario or that no longer
 * replays stops here with a choice for the trainee; it is never silently thrown away.
 * Every event is written to IndexedDB before the page shows what it did (see persist.ts).
 */
import scenarioIndex from 'virtual:scenario-index'
import type {
  Issue,
  Mode,
  Report,
  SavedSession,
  Scenario,
  SessionEvent,
  SourceFile,
  Text,
} from '../engine/index'
import type { CatalogEntry, ScenarioIndex } from './catalog/entry'
import { progressOf, summaryOf, withScore, type ResultSummary, type Scores } from './catalog/progress'
import * as store from './persist'
import { msg, type Msg } from '../engine/lite'
import { m, t } from './i18n.svelte'
import { lms } from './lms/hook'
import { useCommandSpecs } from './report/commands'
import { Router } from './router.svelte'
import { listFiles, saveFile } from './studio/store'
import type { PlayerSession } from './session.svelte'
import type { Opened, ScenarioFileProblem } from './worker/client'
import { LazyEngine } from './worker/lazy-client'
import type { LibraryData } from './worker/messages'

type Exercise = typeof import('./pages/exercise')

export type Opening =
  | { status: 'idle' }
  /** Nothing saved and no start asked for: the trainee picks a mode on the briefing first. */
  | { status: 'choose-mode'; scenarioId: string }
  | {
      status: 'preparing'
      scenarioId: string
      resuming: boolean
      step: 'code' | 'world' | 'replay'
      done: number
      total: number
    }
  | { status: 'damaged'; scenarioId: string; raw: string; message: Text }
  | { status: 'outdated'; scenarioId: string; raw: string; events: number; mode: Mode }
  | { status: 'partial'; scenarioId: string; raw: string; kept: number; refused: number; reason: string }
  | { status: 'failed'; scenarioId: string; message: string }
  /** The scenario file cannot be played as written; shown like a validation issue. */
  | { status: 'invalid'; scenarioId: string; issue: Issue }

export type { ScenarioProgress } from './catalog/progress'

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * A new world for "try again": new figures and names, the same lesson, so answers cannot be
 * memorised. Drawn from the browser's random source, never the seed just played.
 */
export function freshSeed(previous: number): number {
  const [draw = 0] = crypto.getRandomValues(new Uint32Array(1))
  const seed = 1 + (draw % 999_999)
  return seed === previous ? 1 + (seed % 999_999) : seed
}

/** Tells other tabs of this app that a scenario's saved session changed. */
interface Changed {
  scenarioId: string
  text: string | null
}

export class AppState {
  readonly router = new Router()
  readonly engine = new LazyEngine()
  library = $state.raw<LibraryData | null>(null)
  libraryError = $state('')
  uploads = $state.raw<SourceFile[]>([])
  player = $state.raw<PlayerSession | null>(null)
  opening = $state.raw<Opening>({ status: 'idle' })
  /**
   * A one-off message for the workspace, e.g. how much of an older session replayed: kept as a
   * message, rendered where the workspace shows it (its words, namespace `exercise`, are there
   * by then even when it was set before they arrived).
   */
  flash = $state.raw<Msg | undefined>(undefined)
  /** The browser refused to save the last step (storage full or blocked). */
  unsaved = $state(false)
  /** Why, as a message id (idb.ts's StorageProblem); '' when the banner's own words say it all. */
  unsavedReason = $state('')
  /** Another tab changed the saved session of the exercise open here. */
  elsewhere = $state(false)
  /** What this tab last wrote (or read when opening): anything else stored came from elsewhere. */
  #lastWritten: string | null = null
  /** The running session's latest text, saved or not, for a download when storage fails. */
  #latest: string | null = null
  /** Which run of the scenario the open session is: a finished run becomes one attempt. */
  #uid = ''
  #channel: BroadcastChannel | undefined
  /** The exercise pages and session code, once loaded. */
  modules = $state.raw<Exercise | null>(null)
  /** Bumped whenever this app writes something the catalogue shows. */
  #stored = $state(0)
  /** The mode chosen on the briefing for a start that has not happened yet, by scenario id. */
  #modes: Record<string, Mode> = {}
  /** The world chosen for a start that has not happened yet ("try again" in a new world), by scenario id. */
  #seeds: Record<string, number> = {}
  #held: { scenarioId: string; scenario: Scenario; raw: string; opened: Opened } | null = null
  #attempt = 0
  #exercise: Promise<Exercise> | undefined

  /**
   * What the catalogue lists: the build-time index of the bundled scenarios until the engine
   * worker has checked the library (bundled files plus any the trainee opened), then that.
   */
  catalog = $derived<ScenarioIndex>(this.library ?? scenarioIndex)

  /** What storage holds, re-read on every page change and after every change this app makes. */
  #index = $state.raw<store.StoredIndex>(store.emptyIndex())
  /** Finished attempts as the engine scored them, by uid; never read from storage. */
  #scores = $state.raw<Scores>(withScore())
  // Plain: which attempts are with the engine right now; nothing renders it.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #scoring = new Set<string>()

  /** Progress per scenario id, derived from the stored sessions and their scores. */
  progress = $derived.by(() => {
    const { scenarios, digests } = this.catalog
    return progressOf(
      scenarios.map((s: CatalogEntry) => ({ id: s.id, digest: digests[s.id] ?? '' })),
      this.#index,
      this.#scores,
    )
  })

  constructor() {
    // An LMS connection's reports are replays of the run, computed in the engine worker.
    lms.run = (scenario, saved, runId, xapi) => this.engine.run(scenario, saved, runId, xapi)
    this.engine.onStopped = () => this.#restart()
    // The catalogue paints from the index; the engine worker starts once it is on screen (or at
    // once when the first page is a briefing or an exercise, which need the full scenario).
    if (this.router.route.page === 'catalog')
      requestAnimationFrame(() => setTimeout(() => void this.#loadLibrary(), 0))
    else void this.#loadLibrary()
    $effect.root(() => {
      // Only the catalogue and the briefing show progress; the workspace never waits on it.
      $effect(() => {
        const page = this.router.route.page
        void this.#stored
        // Attempts are scored once the library says which scenario they belong to.
        void this.library
        if (page === 'catalog' || page === 'briefing') void this.#refresh()
      })
    })
    try {
      this.#channel = new BroadcastChannel('tamis-sandbox')
      this.#channel.onmessage = (event: MessageEvent<Changed>) => {
        const id = this.player?.scenario.id
        if (id && event.data?.scenarioId === id && event.data.text !== this.#lastWritten)
          this.elsewhere = true
        this.#stored++
      }
    } catch {
      // Without BroadcastChannel a change elsewhere is still caught at this tab's next write.
    }
  }

  /** The running session's latest text, for a download when the browser cannot keep it. */
  savedText(): string | undefined {
    return this.player ? (this.#latest ?? undefined) : undefined
  }

  #announce(scenarioId: string, text: string | null): void {
    this.#channel?.postMessage({ scenarioId, text } satisfies Changed)
  }

  /** Writes the session; resolves once it is on disk or the browser refused (then `unsaved`). */
  async #save(saved: SavedSession, event?: SessionEvent): Promise<void> {
    const text = JSON.stringify(saved)
    const id = saved.scenarioId
    this.#latest = text
    // Loaded already: a session is saved only once its exercise is open.
    const { sessions } = await this.exercise()
    if (event) sessions.notePending(id, { events: saved.log.length, what: sessions.inWords(event) })
    const outcome = await sessions.writeSession({ scenarioId: id, uid: this.#uid, text }, this.#lastWritten)
    if (!outcome.ok) {
      this.unsaved = true
      this.unsavedReason = outcome.reason === 'app.storage.notSaved' ? '' : outcome.reason
      return
    }
    sessions.clearPending(id)
    if (outcome.elsewhere) this.elsewhere = true
    this.#lastWritten = text
    this.unsaved = false
    this.unsavedReason = ''
    this.#announce(id, text)
    if (this.player?.scenario.id === id) lms.saved?.(this.player.scenario, saved, this.#uid)
    if (saved.log.at(-1)?.type === 'session.finish') this.#stored++
  }

  async #refresh(): Promise<void> {
    const index = await store.readIndex()
    this.#index = index
    void this.#scoreAttempts(index.attempts)
  }

  /**
   * Scores finished attempts in the engine worker, one at a time, from their logs: attempts on
   * the same world in a row, so the worker generates it once. It pauses when the trainee leaves
   * the pages that show progress, so an exercise never waits behind it.
   */
  async #scoreAttempts(attempts: readonly store.StoredAttempt[]): Promise<void> {
    const seedOf = (text: string) => /"seed":\s*(\d+)/.exec(text)?.[1] ?? ''
    const world = (a: store.StoredAttempt) => `${a.scenarioId}:${seedOf(a.text)}`
    for (const attempt of [...attempts].sort((a, b) => world(a).localeCompare(world(b)))) {
      const page = this.router.route.page
      if (page !== 'catalog' && page !== 'briefing') return
      if (this.#scores.has(attempt.uid) || this.#scoring.has(attempt.uid)) continue
      const scenario = this.scenario(attempt.scenarioId)
      if (!scenario) continue
      this.#scoring.add(attempt.uid)
      let score: ResultSummary | 'unscorable' = 'unscorable'
      try {
        const data = JSON.parse(attempt.text) as Partial<SavedSession> | null
        if (data && typeof data.seed === 'number' && Array.isArray(data.log)) {
          const mode: Mode = data.mode === 'assessment' ? 'assessment' : 'practice'
          const { report, refused } = await this.engine.score(scenario, data.seed, mode, data.log)
          score = summaryOf(report, attempt.on, refused.length)
        }
      } catch {
        // A log the engine cannot replay earns nothing.
      }
      this.#scoring.delete(attempt.uid)
      this.#scores = withScore(this.#scores, attempt.uid, score)
    }
  }

  /** Ids of the scenarios that are the trainer's own files (their cards say so). */
  ownIds = $derived<readonly string[]>(
    this.uploads.map((f) => (f.path.split('/').pop() ?? '').replace(/\.[^.]*$/, '')),
  )
  #studioLoaded = false

  async #loadLibrary(): Promise<void> {
    // A trainer's own files are kept in the browser, so a reload finds them again.
    if (!this.#studioLoaded) {
      this.#studioLoaded = true
      const kept = await listFiles()
      const paths = this.uploads.map((f) => f.path)
      this.uploads = [
        ...kept.filter((f) => !paths.includes(f.path)).map((f) => ({ path: f.path, text: f.text })),
        ...this.uploads,
      ]
    }
    try {
      const library = await this.engine.library(this.uploads)
      useCommandSpecs(library.commands)
      this.library = library
      this.libraryError = ''
    } catch (error) {
      this.libraryError = describe(error)
    }
  }

  scenario(id: string): Scenario | undefined {
    return this.library?.scenarios.find((s) => s.id === id)
  }

  /** Adds a scenario file chosen by the trainee; problems show in the catalogue like any other. */
  upload(files: SourceFile[]): void {
    const kept = files.map((f) => ({ path: `studio/${f.path.split('/').pop() ?? f.path}`, text: f.text }))
    for (const file of kept) void saveFile(file)
    void this.useOwnFiles(kept)
  }

  /** Puts the trainer's files (from the studio or opened) into the library and re-checks it. */
  useOwnFiles(files: SourceFile[]): Promise<void> {
    const paths = files.map((f) => f.path)
    this.uploads = [...this.uploads.filter((f) => !paths.includes(f.path)), ...files]
    return this.#loadLibrary()
  }

  /** The workspace and report pages with the session code; loaded when an exercise opens. */
  exercise(): Promise<Exercise> {
    this.#exercise ??= this.#loadExercise()
    return this.#exercise
  }

  /**
   * Awaited rather than `import().then(ok, failed)`: Vite moves a `.then` on a dynamic import inside
   * its preload wrapper, so a style sheet that did not arrive escaped `failed` with the bundler's
   * own English message. The trainee gets a sentence in their language, never that message.
   */
  async #loadExercise(): Promise<Exercise> {
    try {
      return (this.modules = await import('./pages/exercise'))
    } catch {
      this.#exercise = undefined
      throw new Error(m('app.shell.partFailed'))
    }
  }

  /** Starts the scenario from the beginning in a mode; a saved session is kept as the previous copy. */
  start(scenario: Scenario, chosen: Mode, seed?: number): void {
    // A course that launched the exercise decides its mode (docs/lms.md).
    const mode = lms.mode ?? chosen
    this.#forget(scenario.id, true)
    this.#modes[scenario.id] = mode
    if (seed === undefined) delete this.#seeds[scenario.id]
    else this.#seeds[scenario.id] = seed
  }

  /** The running session for this scenario, resuming the saved one when there is no session yet. */
  ensure(scenario: Scenario): void {
    if (this.player?.scenario.id === scenario.id) return
    if (this.opening.status !== 'idle' && this.opening.scenarioId === scenario.id) return
    void this.#open(scenario, false)
  }

  /** Tries again after a start that failed (e.g. a lost connection while loading). */
  retry(scenario: Scenario): void {
    if (this.opening.status === 'failed' && this.opening.scenarioId === scenario.id)
      this.opening = { status: 'idle' }
    this.ensure(scenario)
  }

  /** Replays a session saved on an older version of the scenario as far as it goes. */
  continueOutdated(scenario: Scenario): void {
    void this.#open(scenario, true)
  }

  /** Keeps the part of a saved session that replayed; the full copy stays downloadable. */
  acceptPartial(): void {
    const held = this.#held
    if (!held || this.opening.status !== 'partial') return
    void this.exercise().then((exercise) => {
      void exercise.sessions.keepPrevious(held.scenarioId, held.raw)
      return this.#adopt(exercise, held.scenario, held.opened)
    })
  }

  /** Drops a damaged, outdated or partial saved session (keeping a copy) and starts again. */
  startAgain(scenario: Scenario): void {
    const opening = this.opening
    const raw = opening.status !== 'idle' && 'raw' in opening ? opening.raw : null
    const peek = store.peek(scenario.id, raw)
    const mode = peek.kind === 'saved' ? peek.mode : (this.#modes[scenario.id] ?? 'practice')
    this.start(scenario, mode)
    void this.#open(scenario, false)
  }

  /** Forgets one scenario's session, kept copy and attempts. */
  resetScenario(scenarioId: string): void {
    this.#forget(scenarioId, false)
    void store.resetScenario(scenarioId).then(() => {
      this.#announce(scenarioId, null)
      this.#stored++
    })
  }

  /** Forgets everything this browser holds for every scenario. */
  resetAll(): void {
    const id = this.player?.scenario.id
    this.#replace(null)
    this.opening = { status: 'idle' }
    this.#held?.opened.link.close()
    this.#held = null
    this.#modes = {}
    void store.resetAll().then(() => {
      if (id) this.#announce(id, null)
      this.#stored++
    })
  }

  /** Scores the finished session for the results page and the catalogue; returns the report. */
  async recordResult(): Promise<Report | undefined> {
    const player = this.player
    const uid = this.#uid
    if (!player?.finished) return undefined
    const report = await player.scored()
    this.#scores = withScore(this.#scores, uid, summaryOf(report, store.stamp()))
    this.#stored++
    return report
  }

  #forget(scenarioId: string, keepCopy: boolean): void {
    void store.clearSession(scenarioId, keepCopy).then(() => this.#announce(scenarioId, null))
    if (this.player?.scenario.id === scenarioId) this.#replace(null)
    if (this.opening.status !== 'idle' && this.opening.scenarioId === scenarioId) {
      this.#attempt++
      this.opening = { status: 'idle' }
    }
    if (this.#held?.scenarioId === scenarioId) {
      this.#held.opened.link.close()
      this.#held = null
    }
    this.#stored++
  }

  /**
   * The engine worker stopped under the open exercise, and its session there with it. The
   * exercise opens again in a fresh worker from the text this page last showed, which storage
   * holds too unless it refused it (then only this page has it): nothing the trainee saw is
   * lost, only the step under way when the worker stopped, which the flash asks to take again.
   */
  #restart(): void {
    const player = this.player
    if (!player) return
    const text = this.#latest
    this.#replace(null)
    this.flash = msg('app.flash.engineRestarted')
    void this.#open(player.scenario, false, text === null ? undefined : { text, uid: this.#uid })
  }

  async #open(
    scenario: Scenario,
    acceptOutdated: boolean,
    recover?: { text: string; uid: string },
  ): Promise<void> {
    const attempt = ++this.#attempt
    const current = () => attempt === this.#attempt
    const scenarioId = scenario.id
    this.opening = { status: 'preparing', scenarioId, resuming: true, step: 'code', done: 0, total: 0 }
    // The exercise's code first: it reads the saved session (session-store.ts is not on the first page).
    let exercise: Exercise
    try {
      exercise = await this.exercise()
    } catch (error) {
      if (current()) this.opening = { status: 'failed', scenarioId, message: describe(error) }
      return
    }
    const { sessions } = exercise
    // Waits for a start's move of the old session aside: storage runs operations in order.
    const stored = await sessions.readSession(scenarioId)
    if (!current()) return
    const raw = recover?.text ?? stored?.text ?? null
    const chosen = this.#modes[scenarioId]
    this.#lost(sessions, scenarioId, raw)
    if (raw === null && !chosen) {
      this.opening = { status: 'choose-mode', scenarioId }
      return
    }
    const preparing = { status: 'preparing', scenarioId, resuming: raw !== null } as const
    this.opening = { ...preparing, step: 'code', done: 0, total: 0 }
    this.#uid = recover?.uid || (raw !== null && stored?.uid) || store.newUid()
    // What storage holds: a recovered text it refused is written again once the session shows.
    this.#lastWritten = recover ? (stored?.text ?? null) : raw
    try {
      let saved: { seed: number; mode: Mode; log: SessionEvent[] } | undefined
      if (raw !== null) {
        const check = await this.engine.checkSaved(raw, scenario)
        if (!current()) return
        if (check.kind === 'damaged') {
          this.opening = { status: 'damaged', scenarioId, raw, message: check.message }
          return
        }
        if (check.outdated && !acceptOutdated) {
          const { log, mode } = check.saved
          this.opening = { status: 'outdated', scenarioId, raw, events: log.length, mode }
          return
        }
        saved = check.saved
      }
      const seed = saved?.seed ?? this.#seeds[scenarioId] ?? scenario.world.seed
      const mode = saved?.mode ?? chosen ?? 'practice'
      const log = saved?.log ?? []
      // The worker generates the world (or reuses it) and replays the log; the world stays there.
      const opened = await this.engine.open(scenario, seed, mode, log, (done, total) => {
        if (!current()) return
        this.opening =
          done >= total
            ? { ...preparing, step: 'replay', done: 0, total: 0 }
            : { ...preparing, step: 'world', done, total }
      })
      if (!current()) {
        opened.link.close()
        return
      }
      const { refused } = opened
      if (raw !== null && refused.length && !acceptOutdated) {
        const first = refused[0]!
        this.#held?.opened.link.close()
        this.#held = { scenarioId, scenario, raw, opened }
        this.opening = {
          status: 'partial',
          scenarioId,
          raw,
          kept: opened.view.saved.log.length,
          refused: refused.length,
          reason: m('app.flash.refusedStep', {
            n: first.index + 1,
            step: sessions.inWords(first.event),
            reason: t(first.reason),
          }),
        }
        return
      }
      if (raw !== null && acceptOutdated) {
        void sessions.keepPrevious(scenarioId, raw)
        const total = log.length
        this.flash = refused.length
          ? msg('app.flash.outdatedSome', { kept: total - refused.length, total })
          : msg('app.flash.outdatedAll', { total })
      }
      await this.#adopt(exercise, scenario, opened)
    } catch (error) {
      if (!current()) return
      this.opening =
        error instanceof Error && error.name === 'ScenarioFileProblem'
          ? { status: 'invalid', scenarioId, issue: (error as ScenarioFileProblem).issue }
          : { status: 'failed', scenarioId, message: describe(error) }
    }
  }

  /**
   * Says so when the browser closed while a step was being saved and storage does not have it:
   * the trainee saw nothing of that step, but should know to do it again.
   */
  #lost(sessions: Exercise['sessions'], scenarioId: string, raw: string | null): void {
    const pending = sessions.readPending(scenarioId)
    if (!pending) return
    sessions.clearPending(scenarioId)
    const peek = store.peek(scenarioId, raw)
    const kept = peek.kind === 'saved' ? peek.events : 0
    if (pending.events <= kept) return
    this.flash = msg('app.flash.lost', { step: pending.what })
  }

  /** Shows the session once storage holds it (its first write, or the text it was read from). */
  async #adopt(exercise: Exercise, scenario: Scenario, opened: Opened): Promise<void> {
    const id = scenario.id
    const attempt = this.#attempt
    this.elsewhere = false
    const saved = opened.view.saved
    const text = JSON.stringify(saved)
    this.#latest = text
    if (text !== this.#lastWritten) await this.#save(saved)
    if (attempt !== this.#attempt) {
      opened.link.close()
      return
    }
    this.#replace(
      new exercise.PlayerSession(scenario, opened.link, opened.view, (saved, event) =>
        this.#save(saved, event),
      ),
    )
    lms.saved?.(scenario, saved, this.#uid)
    delete this.#modes[id]
    delete this.#seeds[id]
    if (this.#held?.opened !== opened) this.#held?.opened.link.close()
    this.#held = null
    this.opening = { status: 'idle' }
    this.#stored++
  }

  /** Shows another session (or none); the one it replaces is let go in the worker. */
  #replace(player: PlayerSession | null): void {
    if (this.player !== player) this.player?.close()
    this.player = player
  }
}
