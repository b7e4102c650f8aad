/**
 * What the player holds between pages: the scenario library, the running session and the
 * state of starting one. Starting is async because the engine generates the world on demand
 * (faker is loaded then, not with the first page).
 */
import { Session, type Scenario, type SourceFile } from '../engine/index'
import { buildLibrary, bundledFiles } from './library'
import { clearSaved, readSaved, writeSaved } from './persist'
import { Router } from './router.svelte'
import { PlayerSession } from './session.svelte'

export type Opening =
  | { status: 'idle' }
  | { status: 'loading'; scenarioId: string; resuming: boolean }
  | { status: 'failed'; scenarioId: string; message: string; fromSave: boolean }

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export class AppState {
  readonly router = new Router()
  uploads = $state.raw<SourceFile[]>([])
  library = $derived(buildLibrary([...bundledFiles, ...this.uploads]))
  player = $state.raw<PlayerSession | null>(null)
  opening = $state.raw<Opening>({ status: 'idle' })

  scenario(id: string): Scenario | undefined {
    return this.library.scenarios.find((s) => s.id === id)
  }

  /** Adds a scenario file chosen by the trainee; problems show in the catalogue like any other. */
  upload(file: SourceFile): void {
    this.uploads = [...this.uploads.filter((f) => f.path !== file.path), file]
  }

  hasSaved(scenarioId: string): boolean {
    const stored = readSaved(scenarioId)
    return stored.kind === 'saved' && stored.saved.log.length > 0
  }

  /** The running session for this scenario, starting or resuming one when there is none. */
  async ensure(scenario: Scenario): Promise<void> {
    if (this.player?.scenario.id === scenario.id) return
    if (this.opening.status === 'loading' && this.opening.scenarioId === scenario.id) return
    if (this.opening.status === 'failed' && this.opening.scenarioId === scenario.id) return
    await this.#open(scenario)
  }

  /**
   * Forgets the running session and any failed start for this scenario; with `progress`, also
   * the progress saved in this browser. The next visit to the workspace starts or resumes it.
   */
  discard(scenarioId: string, progress: boolean): void {
    if (progress) clearSaved(scenarioId)
    if (this.player?.scenario.id === scenarioId) this.player = null
    if (this.opening.status === 'failed' && this.opening.scenarioId === scenarioId)
      this.opening = { status: 'idle' }
  }

  async #open(scenario: Scenario): Promise<void> {
    const stored = readSaved(scenario.id)
    if (stored.kind === 'unreadable') {
      this.opening = {
        status: 'failed',
        scenarioId: scenario.id,
        fromSave: true,
        message: 'The progress saved in this browser is damaged and cannot be read.',
      }
      return
    }
    const resuming = stored.kind === 'saved'
    this.opening = { status: 'loading', scenarioId: scenario.id, resuming }
    try {
      const session = await Session.start(
        scenario,
        stored.kind === 'saved' ? { seed: stored.saved.seed, log: stored.saved.log, mode: stored.saved.mode } : {},
      )
      this.player = new PlayerSession(session, writeSaved)
      this.opening = { status: 'idle' }
      if (!resuming) writeSaved(session.save())
    } catch (error) {
      this.opening = {
        status: 'failed',
        scenarioId: scenario.id,
        fromSave: resuming,
        message: resuming
          ? `Your saved progress could not be replayed on this version of the scenario: ${describe(error)}`
          : `The exercise could not be prepared: ${describe(error)}`,
      }
    }
  }
}
