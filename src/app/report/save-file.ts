/**
 * Saving text through the browser's download, without the engine: the first page (the
 * "download my session" buttons of App and Opening) imports this, so the results format and
 * its schemas in download.ts stay in the exercise chunk.
 */

/** Saves text as a file through the browser's download, without a server. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** A saved session as stored, pretty-printed when it is still JSON. */
export function downloadSession(scenarioId: string, raw: string, what: string): void {
  let text = raw
  try {
    text = JSON.stringify(JSON.parse(raw), null, 2)
  } catch {
    // Damaged text is downloaded exactly as it was stored.
  }
  downloadText(`tamis-session-${scenarioId}-${what}.json`, text + '\n', 'application/json')
}
