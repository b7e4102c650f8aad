/**
 * Register search the way a TAMIS does it: exact look-ups on TIN, national ID or registry
 * number, phone (last nine digits), bank account, e-mail, address and date of birth, plus a
 * fuzzy name search that finds transliterations, dropped accents, swapped order, dropped
 * middle names and initials. The index is built once; a query touches only the taxpayers that
 * share an identifier or a name sound with it.
 */
import { fold, nameSimilarity, nameTokens, normaliseId, normalisePhone, type NameToken } from './names'
import type { Address, Application, Taxpayer } from './types'

export const MATCH_FIELDS = [
  'tin',
  'idNumber',
  'phone',
  'name',
  'birthDate',
  'bankAccount',
  'address',
  'email',
  'director',
] as const
export type MatchField = (typeof MATCH_FIELDS)[number]

export interface SearchHit {
  tin: string
  /** 0..1: how likely the hit is the same taxpayer, from the fields that matched. */
  score: number
  /** The fields that matched, strongest first ('director': the application shares a director). */
  matchedOn: MatchField[]
}

export interface SearchQuery {
  tin?: string
  idNumber?: string
  phone?: string
  name?: string
}

/** How much each kind of match says about identity; combined as independent evidence. */
const WEIGHT: Record<Exclude<MatchField, 'name'>, number> = {
  tin: 1,
  idNumber: 0.95,
  bankAccount: 0.9,
  phone: 0.8,
  email: 0.8,
  director: 0.6,
  address: 0.35,
  birthDate: 0.25,
}
const NAME_WEIGHT = 0.75
/** A name counts as matching from this similarity (dropped middle names, initials and transliterations pass). */
export const NAME_MATCH = 0.88
/** Hits below this are coincidence (e.g. only the date of birth). */
const MIN_SCORE = 0.3
/** Name-sound buckets larger than this are skipped when the query has a rarer token. */
const LARGE_BUCKET = 5000

const addressKey = (a: Address) =>
  fold(`${a.line}|${a.city}`)
    .replace(/[^a-z0-9|]+/g, ' ')
    .trim()
const accountKey = (n: string) => n.replace(/\D/g, '')

/** A multimap that stores a lone entry as a plain number: most identifiers belong to one taxpayer. */
type Postings = Map<string, number | number[]>

function push(map: Postings, key: string, i: number) {
  if (!key) return
  const list = map.get(key)
  if (list === undefined) map.set(key, i)
  else if (typeof list === 'number') {
    if (list !== i) map.set(key, [list, i])
  } else if (list[list.length - 1] !== i) list.push(i)
}

function postings(map: Postings, key: string): readonly number[] {
  const list = map.get(key)
  return list === undefined ? [] : typeof list === 'number' ? [list] : list
}

interface Candidate {
  fields: Set<MatchField>
  nameSim: number
}

export class RegisterIndex {
  readonly #taxpayers: readonly Taxpayer[]
  readonly #tin = new Map<string, number>()
  readonly #id: Postings = new Map()
  readonly #phone: Postings = new Map()
  readonly #birth: Postings = new Map()
  readonly #bank: Postings = new Map()
  readonly #address: Postings = new Map()
  readonly #email: Postings = new Map()
  readonly #director: Postings = new Map()
  readonly #nameKey: Postings = new Map()
  readonly #tokens: NameToken[][]
  /** Per-query marks, reused so a query allocates nothing proportional to the register. */
  readonly #seen: Uint32Array
  /** Per query: how many of the query's name sounds each candidate shares. */
  readonly #shared: Uint8Array
  /** Distinct name sounds of each taxpayer's name. */
  readonly #keyCount: Uint8Array
  #epoch = 0
  /**
   * Duplicate checks already run, per application: the register never changes under an index,
   * and a worklist view asks again for the same application at every step.
   */
  readonly #duplicates = new WeakMap<Application, { limit: number; hits: SearchHit[] }>()

  constructor(taxpayers: readonly Taxpayer[]) {
    this.#taxpayers = taxpayers
    this.#tokens = new Array<NameToken[]>(taxpayers.length)
    this.#seen = new Uint32Array(taxpayers.length)
    this.#shared = new Uint8Array(taxpayers.length)
    this.#keyCount = new Uint8Array(taxpayers.length)
    taxpayers.forEach((t, i) => {
      this.#tin.set(t.tin, i)
      push(this.#id, normaliseId(t.idNumber), i)
      push(this.#phone, normalisePhone(t.phone), i)
      push(this.#birth, t.birthOrIncorporation, i)
      push(this.#bank, accountKey(t.bankAccount.number), i)
      push(this.#address, addressKey(t.address), i)
      push(this.#email, t.email.toLowerCase(), i)
      for (const d of t.directors) push(this.#director, normaliseId(d), i)
      const tokens = nameTokens(t.name)
      this.#tokens[i] = tokens
      const keys = new Set(tokens.filter((token) => token.text.length > 1).map((token) => token.key))
      this.#keyCount[i] = Math.min(255, keys.size)
      for (const key of keys) push(this.#nameKey, key, i)
    })
  }

  get size(): number {
    return this.#taxpayers.length
  }

  /** The taxpayer with this TIN, if any. */
  get(tin: string): Taxpayer | undefined {
    const i = this.#tin.get(tin.replace(/\D/g, ''))
    return i === undefined ? undefined : this.#taxpayers[i]
  }

  /** An officer's search: any of TIN, ID or registry number, phone and name. Best hits first. */
  search(q: SearchQuery, limit = 20): SearchHit[] {
    const found = new Map<number, Candidate>()
    if (q.tin?.trim()) {
      const i = this.#tin.get(q.tin.replace(/\D/g, ''))
      if (i !== undefined) mark(found, i, 'tin')
    }
    if (q.idNumber?.trim()) {
      const id = normaliseId(q.idNumber)
      for (const i of postings(this.#id, id)) mark(found, i, 'idNumber')
      for (const i of postings(this.#director, id)) mark(found, i, 'director')
    }
    if (q.phone?.trim())
      for (const i of postings(this.#phone, normalisePhone(q.phone))) mark(found, i, 'phone')
    if (q.name?.trim()) this.#matchName(found, q.name)
    return this.#rank(found, limit)
  }

  /** The duplicate check on an application; see duplicateCandidates. */
  duplicatesOf(application: Application, limit = 20): SearchHit[] {
    const memo = this.#duplicates.get(application)
    if (memo?.limit === limit) return memo.hits.map((h) => ({ ...h, matchedOn: [...h.matchedOn] }))
    const hits = this.#duplicatesOf(application, limit)
    this.#duplicates.set(application, { limit, hits })
    return hits.map((h) => ({ ...h, matchedOn: [...h.matchedOn] }))
  }

  #duplicatesOf(application: Application, limit: number): SearchHit[] {
    const found = new Map<number, Candidate>()
    const add = (field: MatchField, list: readonly number[]) => {
      for (const i of list) mark(found, i, field)
    }
    add('idNumber', postings(this.#id, normaliseId(application.idNumber)))
    add('phone', postings(this.#phone, normalisePhone(application.phone)))
    add('email', postings(this.#email, application.email.toLowerCase()))
    add('bankAccount', postings(this.#bank, accountKey(application.bankAccount.number)))
    add('birthDate', postings(this.#birth, application.birthOrIncorporation))
    add('address', postings(this.#address, addressKey(application.address)))
    for (const d of application.directors) add('director', postings(this.#director, normaliseId(d)))
    this.#matchName(found, application.name)
    return this.#rank(found, limit)
  }

  /**
   * Adds taxpayers whose name sounds like `name` (similarity ≥ NAME_MATCH) and records the
   * similarity of everyone found. Only taxpayers sharing the sound of two query tokens (or of
   * all their own, for one-word names) are scored: a name that matches shares them.
   */
  #matchName(found: Map<number, Candidate>, name: string) {
    const query = nameTokens(name)
    const keys = [...new Set(query.filter((t) => t.text.length > 1).map((t) => t.key))]
    if (keys.length) {
      const buckets = keys.map((k) => postings(this.#nameKey, k)).sort((a, b) => a.length - b.length)
      const smallest = buckets[0]?.length ?? 0
      const scanned = buckets.filter((b) => b.length <= LARGE_BUCKET || b.length === smallest)
      const epoch = this.#nextEpoch()
      const candidates: number[] = []
      for (const bucket of scanned) {
        for (const i of bucket) {
          if (this.#seen[i] !== epoch) {
            this.#seen[i] = epoch
            this.#shared[i] = 1
            candidates.push(i)
          } else this.#shared[i] = (this.#shared[i] as number) + 1
        }
      }
      const most = Math.min(2, scanned.length)
      for (const i of candidates) {
        if ((this.#shared[i] as number) < Math.min(most, this.#keyCount[i] as number)) continue
        const sim = nameSimilarity(query, this.#tokens[i] as NameToken[])
        if (sim >= NAME_MATCH) mark(found, i, 'name').nameSim = sim
      }
    }
    for (const [i, c] of found)
      if (!c.nameSim) c.nameSim = nameSimilarity(query, this.#tokens[i] as NameToken[])
    for (const c of found.values()) if (c.nameSim >= NAME_MATCH) c.fields.add('name')
  }

  #nextEpoch(): number {
    this.#epoch = (this.#epoch + 1) >>> 0
    if (this.#epoch === 0) {
      this.#seen.fill(0)
      this.#epoch = 1
    }
    return this.#epoch
  }

  #rank(found: Map<number, Candidate>, limit: number): SearchHit[] {
    const hits: SearchHit[] = []
    for (const [i, c] of found) {
      let miss = 1
      for (const f of c.fields) miss *= f === 'name' ? 1 - NAME_WEIGHT * c.nameSim : 1 - WEIGHT[f]
      const score = Math.round((1 - miss) * 1000) / 1000
      if (score < MIN_SCORE || !c.fields.size) continue
      const matchedOn = MATCH_FIELDS.filter((f) => c.fields.has(f)).sort(
        (a, b) => strength(b, c) - strength(a, c),
      )
      hits.push({ tin: (this.#taxpayers[i] as Taxpayer).tin, score, matchedOn })
    }
    hits.sort((a, b) => b.score - a.score || (a.tin < b.tin ? -1 : a.tin > b.tin ? 1 : 0))
    return hits.slice(0, limit)
  }
}

const strength = (f: MatchField, c: Candidate) => (f === 'name' ? NAME_WEIGHT * c.nameSim : WEIGHT[f])

function mark(found: Map<number, Candidate>, i: number, field: MatchField): Candidate {
  let c = found.get(i)
  if (!c) {
    c = { fields: new Set(), nameSim: 0 }
    found.set(i, c)
  }
  c.fields.add(field)
  return c
}

/**
 * The TAMIS duplicate check run on an application: taxpayers that share its ID or registry
 * number, phone, e-mail, bank account, address, date of birth, directors or name (fuzzily).
 * Best hits first; a shared date of birth alone is not reported.
 */
export function duplicateCandidates(index: RegisterIndex, application: Application, limit = 20): SearchHit[] {
  return index.duplicatesOf(application, limit)
}
