/**
 * What the player holds between pages: the scenario library (checked in the engine worker),
 * what this browser remembers of each scenario, the running session and the state of opening
 * one. Opening is async: the worker generates the world (faker loads there, never with the
 * first page), then the main thread builds the Session and replays the saved log onto it.
 * A saved session that is damaged, from an older version of the scenario or that no longer
 * replays stops here with a choice for the trainee; it is never silently thrown away.
 */
import type { Mode, Report, Scenario, Session, SourceFile, World } from '../engine/index'
import * as store from './persist'
import { Router } from './router.svelte'
import { listFiles, saveFile } from './studio/store'
import type { PlayerSession } from './session.svelte'
import { EngineClient } from './worker/client'
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
  | { status: 'damaged'; scenarioId: string; raw: string; message: string }
  | { status: 'outdated'; scenarioId: string; raw: string; events: number; mode: Mode }
  | { status: 'partial'; scenarioId: string; raw: string; kept: number; refused: number; reason: string }
  | { status: 'failed'; scenarioId: string; message: string }

export type { ScenarioProgress } from './persist'

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export class AppState {
  readonly router = new Router()
  readonly engine = new EngineClient()
  library = $state.raw<LibraryData | null>(null)
  libraryError = $state('')
  uploads = $state.raw<SourceFile[]>([])
  player = $state.raw<PlayerSession | null>(null)
  opening = $state.raw<Opening>({ status: 'idle' })
  /** A one-off message for the next page, e.g. how much of an older session replayed. */
  flash = $state('')
  /** The browser refused to save the last step (storage full or blocked). */
  unsaved = $state(false)
  /** Another tab changed the saved session of the exercise open here. */
  elsewhere = $state(false)
  #lastWritten: string | null = null
  /** The exercise pages and session code, once loaded. */
  modules = $state.raw<Exercise | null>(null)
  /** Bumped whenever this app writes something the catalogue shows. */
  #stored = $state(0)
  /** The mode chosen on the briefing for a start that has not happened yet, by scenario id. */
  #modes: Record<string, Mode> = {}
  #held: { scenarioId: string; raw: string; session: Session } | null = null
  #world: { key: string; world: World } | null = null
  #attempt = 0
  #exercise: Promise<Exercise> | undefined

  /** Progress per scenario id, re-read from storage on every page change. */
  progress = $derived.by(() => {
    void this.router.route
    void this.#stored
    const library = this.library
    return store.readProgress(
      (library?.scenarios ?? []).map((s) => ({ id: s.id, digest: library?.digests[s.id] ?? '' })),
    )
  })

  constructor() {
    void this.#loadLibrary()
    addEventListener('storage', (event) => {
      const id = this.player?.scenario.id
      if (id && event.key === store.sessionKey(id) && event.newValue !== this.#lastWritten)
        this.elsewhere = true
    })
  }

  /** The running session as saved, for a download when the browser cannot keep it. */
  savedText(): string | undefined {
    return this.player ? (this.#lastWritten ?? undefined) : undefined
  }

  #save(saved: Parameters<typeof store.writeSaved>[0]): void {
    const text = JSON.stringify(saved)
    this.#lastWritten = text
    this.unsaved = !store.writeRaw(saved.scenarioId, text)
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
      this.library = await this.engine.library(this.uploads)
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
    this.useOwnFiles(kept)
  }

  /** Puts the trainer's files (from the studio or opened) into the library and re-checks it. */
  useOwnFiles(files: SourceFile[]): Promise<void> {
    const paths = files.map((f) => f.path)
    this.uploads = [...this.uploads.filter((f) => !paths.includes(f.path)), ...files]
    return this.#loadLibrary()
  }

  /** The workspace and report pages with the session code; loaded when an exercise opens. */
  exercise(): Promise<Exercise> {
    this.#exercise ??= import('./pages/exercise').then(
      (modules) => (this.modules = modules),
      (error: unknown) => {
        this.#exercise = undefined
        throw new Error(
          `Part of the application could not be loaded (${describe(error)}). Check the connection and try again.`,
        )
      },
    )
    return this.#exercise
  }

  /** Starts the scenario from the beginning in a mode; a saved session is kept as the previous copy. */
  start(scenario: Scenario, mode: Mode): void {
    this.#forget(scenario.id, true)
    this.#modes[scenario.id] = mode
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
    store.keepPrevious(held.scenarioId, held.raw)
    void this.exercise().then((exercise) => this.#adopt(exercise, held.session))
  }

  /** Drops a damaged, outdated or partial saved session (keeping a copy) and starts again. */
  startAgain(scenario: Scenario): void {
    const peek = store.peekSaved(scenario.id)
    const mode = peek.kind === 'saved' ? peek.mode : (this.#modes[scenario.id] ?? 'practice')
    this.start(scenario, mode)
    void this.#open(scenario, false)
  }

  /** Forgets one scenario's session, kept copy and results. */
  resetScenario(scenarioId: string): void {
    this.#forget(scenarioId, false)
    store.resetScenario(scenarioId)
    this.#stored++
  }

  /** Forgets everything this browser holds for every scenario. */
  resetAll(): void {
    this.player = null
    this.opening = { status: 'idle' }
    this.#held = null
    this.#modes = {}
    store.resetAll()
    this.#stored++
  }

  /** Records the finished session's result for the catalogue; returns the report. */
  async recordResult(): Promise<Report | undefined> {
    const player = this.player
    if (!player?.finished) return undefined
    const report = await player.scored()
    store.recordResult(player.scenario.id, {
      percent: report.percent,
      score: report.score,
      maxScore: report.maxScore,
      passed: report.passed,
      mode: report.mode,
      digest: report.scenario.digest,
      tadat: report.tadat.map((t) => ({ code: t.code, score: t.score, maxScore: t.maxScore })),
    })
    this.#stored++
    return report
  }

  #forget(scenarioId: string, keepCopy: boolean): void {
    const raw = store.readRaw(scenarioId)
    if (raw !== null && keepCopy) store.keepPrevious(scenarioId, raw)
    store.clearSaved(scenarioId)
    if (this.player?.scenario.id === scenarioId) this.player = null
    if (this.opening.status !== 'idle' && this.opening.scenarioId === scenarioId) {
      this.#attempt++
      this.opening = { status: 'idle' }
    }
    if (this.#held?.scenarioId === scenarioId) this.#held = null
    this.#stored++
  }

  async #open(scenario: Scenario, acceptOutdated: boolean): Promise<void> {
    const attempt = ++this.#attempt
    const current = () => attempt === this.#attempt
    const scenarioId = scenario.id
    const raw = store.readRaw(scenarioId)
    const chosen = this.#modes[scenarioId]
    if (raw === null && !chosen) {
      this.opening = { status: 'choose-mode', scenarioId }
      return
    }
    const preparing = { status: 'preparing', scenarioId, resuming: raw !== null } as const
    this.opening = { ...preparing, step: 'code', done: 0, total: 0 }
    try {
      const exercise = await this.exercise()
      if (!current()) return
      let saved: { seed: number; mode: Mode; log: Parameters<Exercise['buildSession']>[3] } | undefined
      if (raw !== null) {
        const check = exercise.checkSaved(raw, scenario)
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
      const seed = saved?.seed ?? scenario.world.seed
      const world = await this.#generate(scenario, seed, (done, total) => {
        if (current()) this.opening = { ...preparing, step: 'world', done, total }
      })
      if (!current()) return
      this.opening = { ...preparing, step: 'replay', done: 0, total: 0 }
      const mode = saved?.mode ?? chosen ?? 'practice'
      const { session, refused } = exercise.buildSession(scenario, world, mode, saved?.log ?? [])
      if (raw !== null && refused.length && !acceptOutdated) {
        const first = refused[0]!
        this.#held = { scenarioId, raw, session }
        this.opening = {
          status: 'partial',
          scenarioId,
          raw,
          kept: session.log.length,
          refused: refused.length,
          reason: `step ${first.index + 1} (${first.event.type}) was refused: ${first.reason}`,
        }
        return
      }
      if (raw !== null && acceptOutdated) {
        store.keepPrevious(scenarioId, raw)
        const total = saved?.log.length ?? 0
        this.flash = refused.length
          ? `You continue on the new version of this scenario: ${total - refused.length} of your ${total} saved steps still apply; the others were dropped. A copy of your old session can be downloaded from the briefing.`
          : `You continue on the new version of this scenario with all ${total} of your saved steps. A copy of your old session can be downloaded from the briefing.`
      }
      this.#adopt(exercise, session)
    } catch (error) {
      if (current()) this.opening = { status: 'failed', scenarioId, message: describe(error) }
    }
  }

  async #generate(
    scenario: Scenario,
    seed: number,
    onProgress: (done: number, total: number) => void,
  ): Promise<World> {
    const key = `${scenario.id}:${this.library?.digests[scenario.id] ?? ''}:${seed}`
    if (this.#world?.key === key) return this.#world.world
    const { world } = await this.engine.generate(scenario, seed, onProgress)
    this.#world = { key, world }
    return world
  }

  #adopt(exercise: Exercise, session: Session): void {
    const id = session.scenario.id
    this.player = new exercise.PlayerSession(
      session,
      (saved) => this.#save(saved),
      (scenario, saved) => this.engine.score(scenario, saved.seed, saved.mode, saved.log),
    )
    this.elsewhere = false
    this.#save(session.save())
    delete this.#modes[id]
    this.#held = null
    this.opening = { status: 'idle' }
    this.#stored++
  }
}
