/**
 * A failure the page did not expect, as the crash screen shows it (App.svelte's boundary): what
 * the trainee reads is always a message in their language, never an error's `message`, which is
 * developer English (a TypeError's "Cannot read properties of undefined") or, for the app's own
 * failures, a message id. The technical text stays available for whoever supports the trainee.
 */
import { isMsg, msg, type Msg } from '../engine/lite'

/**
 * The failure in the trainee's words: the message a known failure carries (`text`, as the
 * engine's ReplayRefused and WorldShortfall, the worker's refusals, the LMS connection's and the
 * storage's problems do, or the issue of a scenario file problem), else a general sentence.
 */
export function failureText(error: unknown): Msg {
  if (typeof error === 'object' && error !== null) {
    const { text, issue } = error as { text?: unknown; issue?: { text?: unknown } }
    if (isMsg(text)) return text
    if (isMsg(issue?.text)) return issue.text
  }
  return msg('app.shell.crashedText')
}

/** The failure as a developer reads it (English, with the stack when there is one), for support. */
export function technicalText(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const head = `${error.name}: ${error.message}`
  return error.stack?.includes(error.message) ? error.stack : `${head}\n${error.stack ?? ''}`.trim()
}
