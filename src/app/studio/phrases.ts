/**
 * CodeMirror's own words (the fold gutter's tooltips, Ctrl+F's search panel, the lint panel, the
 * screen-reader announcements) in the page's language. CodeMirror looks each English phrase up in
 * `EditorState.phrases`; here each one is a studio message. `$` in a phrase is where CodeMirror puts
 * a number (a count, a line).
 */
import { m } from '../i18n.svelte'

/** CodeMirror's English phrase → the studio message that says it (read from @codemirror/*). */
export const PHRASES = {
  // @codemirror/language: the fold gutter and the folded-code placeholder.
  'Fold line': 'studio.cm.foldLine',
  'Unfold line': 'studio.cm.unfoldLine',
  'folded code': 'studio.cm.foldedCode',
  unfold: 'studio.cm.unfold',
  'Folded lines': 'studio.cm.foldedLines',
  'Unfolded lines': 'studio.cm.unfoldedLines',
  to: 'studio.cm.to',
  // @codemirror/search: the search panel (Ctrl+F) and go to line (Ctrl+Alt+G).
  Find: 'studio.cm.find',
  Replace: 'studio.cm.replaceField',
  next: 'studio.cm.next',
  previous: 'studio.cm.previous',
  all: 'studio.cm.all',
  'match case': 'studio.cm.matchCase',
  regexp: 'studio.cm.regexp',
  'by word': 'studio.cm.byWord',
  replace: 'studio.cm.replace',
  'replace all': 'studio.cm.replaceAll',
  close: 'studio.cm.close',
  'current match': 'studio.cm.currentMatch',
  'on line': 'studio.cm.onLine',
  'replaced $ matches': 'studio.cm.replacedMatches',
  'replaced match on line $': 'studio.cm.replacedMatchOnLine',
  'Go to line': 'studio.cm.goToLine',
  go: 'studio.cm.go',
  // @codemirror/lint, @codemirror/autocomplete, @codemirror/commands, @codemirror/view.
  Diagnostics: 'studio.cm.diagnostics',
  'No diagnostics': 'studio.cm.noDiagnostics',
  Completions: 'studio.cm.completions',
  'Selection deleted': 'studio.cm.selectionDeleted',
  'Control character': 'studio.cm.controlCharacter',
} as const

/** The phrases in the page's language, for `EditorState.phrases.of(...)`. */
export function phrases(): Record<string, string> {
  return Object.fromEntries(Object.entries(PHRASES).map(([phrase, id]) => [phrase, m(id)]))
}
