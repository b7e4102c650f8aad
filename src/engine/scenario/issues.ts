/** The result types every loader returns, and how an issue is shown to a trainer. */
import { list, msg, type Msg } from '../primitives/message'

/** A YAML file as text. `path` is only used in messages, so a relative path is fine. */
export interface SourceFile {
  path: string
  text: string
}

/** One problem in one file, located at a 1-based line and column. */
export interface Issue {
  path: string
  line: number
  col: number
  /** In English (the CLI, files, logs). */
  message: string
  /** The same as a catalogue entry, when it has one: the app shows it in the reader's language. */
  text?: Msg
  severity: 'error' | 'warning'
}

export type LoadResult<T> = { ok: true; value: T; warnings: Issue[] } | { ok: false; issues: Issue[] }

/**
 * `path/to/file.yaml:LINE:COL: message`, the form editors and terminals turn into a link.
 * Warnings say so after the location, as compilers do.
 */
export function formatIssue(issue: Issue): string {
  const label = issue.severity === 'warning' ? 'warning: ' : ''
  return `${issue.path}:${issue.line}:${issue.col}: ${label}${issue.message}`
}

/**
 * A file's problems as the hub and its create page say them to a trainer: one located line each
 * (`name.yaml:LINE:COL — problem`), in the reader's language (the issue's catalogue message; its
 * English words only where the validator has none), the file named as `nameOf` says.
 */
export function fileProblems(issues: readonly Issue[], nameOf: (path: string) => string = (p) => p): Msg {
  return msg('workshop.hub.fileProblems', {
    problems: list(
      issues.map((i) =>
        msg('workshop.hub.fileProblem', {
          where: `${nameOf(i.path)}:${i.line}:${i.col}`,
          problem: i.text ?? i.message,
        }),
      ),
      'lines',
    ),
  })
}

/** Sorts by file, line and column, and drops exact repeats. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>()
  return [...issues]
    .sort((a, b) => compare(a.path, b.path) || a.line - b.line || a.col - b.col)
    .filter((issue) => {
      const key = `${issue.path}\u0000${issue.line}\u0000${issue.col}\u0000${issue.message}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
