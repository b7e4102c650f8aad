/**
 * A trainer's own scenario and profile files, kept in this browser's IndexedDB (a database of
 * their own, apart from the trainees' saved sessions) so they survive a reload, and a crash: a
 * save resolves once it is on disk (idb.ts, strict durability). Every call resolves, even when
 * the browser refuses storage (private window, quota): the caller shows the message instead of
 * losing the text silently.
 */
import type { SourceFile } from '../../engine/index'
import { m } from '../i18n.svelte'
import { Database, result } from '../idb'

const DATABASE = 'tamis-studio'
const FILES = 'files'

/** One saved file. `path` is "studio/<name>.yaml"; its base name is the scenario or profile id. */
export interface StudioFile extends SourceFile {
  /** When it was last saved (the browser's clock; only for sorting the list). */
  saved: number
}

const db = new Database({
  name: DATABASE,
  version: 1,
  upgrade: (database) => void database.createObjectStore(FILES, { keyPath: 'path' }),
})

/** Every saved file, newest first; [] when storage is unavailable. */
export async function listFiles(): Promise<StudioFile[]> {
  try {
    const files = await db.read(FILES, (t) => result<StudioFile[]>(t.objectStore(FILES).getAll()))
    return files.sort((a, b) => b.saved - a.saved)
  } catch {
    return []
  }
}

/** Saves a file; resolves to an error message, or '' when it is stored. */
export async function saveFile(file: SourceFile): Promise<string> {
  try {
    await db.write(FILES, (t) => {
      t.objectStore(FILES).put({ path: file.path, text: file.text, saved: Date.now() })
    })
    return ''
  } catch (error) {
    return m('studio.store.notKept', { error: error instanceof Error ? error.message : String(error) })
  }
}

export async function deleteFile(path: string): Promise<void> {
  await db.write(FILES, (t) => void t.objectStore(FILES).delete(path)).catch(() => undefined)
}

/** The largest file the studio and the catalogue accept: scenarios are a few kilobytes. */
export const MAX_FILE_BYTES = 512 * 1024

/**
 * Reads a file a trainer chose, refusing what cannot be a scenario before it reaches the
 * parser: too big, or binary (a NUL byte or invalid UTF-8).
 */
export async function readChosenFile(file: File): Promise<{ text: string } | { error: string }> {
  if (file.size > MAX_FILE_BYTES)
    return {
      error: m('studio.store.tooBig', {
        file: file.name,
        mb: Math.round(file.size / 1024 / 102.4) / 10,
        max: MAX_FILE_BYTES / 1024,
      }),
    }
  const bytes = new Uint8Array(await file.arrayBuffer())
  if (bytes.includes(0)) return { error: m('studio.store.binary', { file: file.name }) }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return { error: m('studio.store.notUtf8', { file: file.name }) }
  }
}

/** A file name a trainer can keep: "studio/my-desk.yaml" → "my-desk.yaml". */
export function fileName(path: string): string {
  return path.split('/').pop() ?? path
}
