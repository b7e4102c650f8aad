/**
 * The scenario library the player offers: the YAML files bundled from scenarios/ plus any the
 * trainee opens from disk, checked by the engine's one validator. A broken file never throws
 * here; it becomes an issue the catalogue shows with its file:line:col. Runs in the engine
 * worker (worker/engine.worker.ts), so the YAML parser and the schema stay off the first page.
 */
import { loadLibrary, type Issue, type Jurisdiction, type Scenario, type SourceFile } from '../engine/index'

const bundledTexts = import.meta.glob<string>('/scenarios/**/*.{yaml,yml}', {
  query: '?raw',
  import: 'default',
  eager: true,
})

/** The scenario and jurisdiction files shipped with the app, paths relative to the repository. */
export const bundledFiles: SourceFile[] = Object.entries(bundledTexts)
  .map(([path, text]) => ({ path: path.replace(/^\//, ''), text }))
  .sort((a, b) => a.path.localeCompare(b.path))

export interface Library {
  scenarios: Scenario[]
  jurisdictions: Jurisdiction[]
  issues: Issue[]
}

export function buildLibrary(files: SourceFile[]): Library {
  try {
    return loadLibrary(files)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return {
      scenarios: [],
      jurisdictions: [],
      issues: [
        {
          path: 'scenarios',
          line: 1,
          col: 1,
          severity: 'error',
          message: `The scenario library could not be read (${message}). Please report this to your trainer.`,
        },
      ],
    }
  }
}
