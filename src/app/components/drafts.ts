/**
 * Half-filled forms survive a reload: what the trainee has typed into a case's form is kept in
 * this tab's sessionStorage, per session, case and command, until the form is confirmed or
 * cancelled. Drafts are only a convenience: nothing is scored from them, and storage that is
 * blocked, full or holds something unreadable just means the form starts empty.
 */

export type DraftValues = Record<string, string | string[]>

/** Where a case's drafts belong: the session (scenario and world) and the case. */
export interface DraftPlace {
  session: string
  caseId: string
}

const PREFIX = 'tamis-draft/'

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage
  } catch {
    return undefined
  }
}

const formKey = (place: DraftPlace, command: string) =>
  `${PREFIX}${JSON.stringify([place.session, place.caseId, command])}`
const openKey = (place: DraftPlace) => `${PREFIX}open/${JSON.stringify([place.session, place.caseId])}`

function read(key: string): unknown {
  try {
    const text = storage()?.getItem(key)
    return text ? (JSON.parse(text) as unknown) : undefined
  } catch {
    return undefined
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === undefined) storage()?.removeItem(key)
    else storage()?.setItem(key, JSON.stringify(value))
  } catch {
    // Storage full or blocked: the draft is simply not kept.
  }
}

const isValue = (v: unknown): v is string | string[] =>
  typeof v === 'string' || (Array.isArray(v) && v.every((item) => typeof item === 'string'))

/** The values typed into a command's form, for the fields it has now; {} when none were kept. */
export function readDraft(place: DraftPlace, command: string, fields: readonly string[]): DraftValues {
  const data = read(formKey(place, command))
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {}
  const kept: DraftValues = {}
  for (const name of fields) {
    const value = (data as Record<string, unknown>)[name]
    if (isValue(value)) kept[name] = value
  }
  return kept
}

export function writeDraft(place: DraftPlace, command: string, values: DraftValues): void {
  write(formKey(place, command), values)
}

/** Forgets a form's draft: it was confirmed, or the trainee cancelled it. */
export function clearDraft(place: DraftPlace, command: string): void {
  write(formKey(place, command), undefined)
}

/** The command whose form was open on the case, so a reload opens it again. */
export function readOpenForm(place: DraftPlace): string | null {
  const value = read(openKey(place))
  return typeof value === 'string' ? value : null
}

export function writeOpenForm(place: DraftPlace, command: string | null): void {
  write(openKey(place), command ?? undefined)
}
