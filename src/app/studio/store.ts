/**
 * A trainer's own scenario and profile files, kept in this browser's IndexedDB (a database of
 * their own, apart from the trainees' saved sessions) so they survive a reload, and a crash: a
 * save resolves once it is on disk (idb.ts, strict durability). Every call resolves, even when
 * the browser refuses storage (private window, quota): the caller shows the message instead of
 * losing the text silently.
 */
import type { SourceFile } from '../../engine/index'
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
    return `This browser did not keep the file (${error instanceof Error ? error.message : String(error)}); download it so you do not lose it.`
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
      error: `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; a scenario file is a few kilobytes of text (at most ${MAX_FILE_BYTES / 1024} KB). Choose the .yaml file itself.`,
    }
  const bytes = new Uint8Array(await file.arrayBuffer())
  if (bytes.includes(0)) return { error: `${file.name} is not a text file (it looks like a binary file).` }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return { error: `${file.name} is not UTF-8 text; save it from your editor as UTF-8 and try again.` }
  }
}

/** A file name a trainer can keep: "studio/my-desk.yaml" → "my-desk.yaml". */
export function fileName(path: string): string {
  return path.split('/').pop() ?? path
}
