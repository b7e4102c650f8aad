/**
 * Names as a TAMIS compares them: folded to plain lower-case ASCII, split into tokens, each
 * with a phonetic key that survives transliteration (Mohammed / Muhammad / Mohamed), plus
 * Jaro–Winkler similarity. The spellings a duplicate applicant writes are in name-variants.ts.
 */
import { romanise } from './romanise'

const SPECIAL: Record<string, string> = {
  đ: 'd',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ð: 'd',
  ŋ: 'ng',
}
export const COMBINING = /[\u0300-\u036f]/g
const SPECIAL_RE = /[đøßæœłıþðŋ]/g

/**
 * Lower-case ASCII with diacritics removed and Cyrillic and Greek romanised (romanise.ts):
 * "Nguyễn Thị Aïssatou" → "nguyen thi aissatou", "Алатау Строй" → "alatau stroi". Scripts with no
 * small table (Arabic, CJK…) stay as written.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase()
  if (ASCII.test(lower)) return lower
  return romanise(
    lower
      .normalize('NFD')
      .replace(COMBINING, '')
      .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c),
  )
}
const ASCII = /^[ -~]*$/

/** Legal forms and connectors that say nothing about who a taxpayer is. */
const STOPWORDS = new Set([
  'ltd',
  'limited',
  'plc',
  'llc',
  'inc',
  'sarl',
  'sa',
  'suarl',
  'sas',
  'lda',
  'pt',
  'cv',
  'tbk',
  'pvt',
  'cong',
  'ty',
  'tnhh',
  'co',
  'phan',
  // Russian and Ukrainian legal forms as fold() romanises them (ООО, ОАО, ЗАО, ПАО, ТОВ)
  'ooo',
  'oao',
  'zao',
  'pao',
  'tov',
  'and',
  'et',
  'e',
  'the',
  'of',
  'de',
  'du',
  'des',
  'da',
  'do',
  'dos',
])

export interface NameToken {
  /** Folded text of the token. */
  readonly text: string
  /** Phonetic key (see phoneticKey). */
  readonly key: string
}

/** Folded tokens of a name without legal forms and connectors; "M." becomes the initial "m". */
export function nameTokens(name: string): NameToken[] {
  const out: NameToken[] = []
  for (const text of fold(name).split(/[^a-z0-9]+/)) {
    if (!text || STOPWORDS.has(text)) continue
    let token = TOKENS.get(text)
    if (!token) {
      token = { text, key: phoneticKey(text) }
      if (TOKENS.size < 50_000) TOKENS.set(text, token)
    }
    out.push(token)
  }
  return out
}
/** Tokens are immutable and names repeat a lot, so each distinct token is keyed once. */
const TOKENS = new Map<string, NameToken>()

const CODES: Record<string, number> = {}
for (const [letters, code] of [
  ['aeiouy', 0],
  ['hw', -1],
  ['bfpv', 1],
  ['cgjkqsxz', 2],
  ['dt', 3],
  ['l', 4],
  ['mn', 5],
  ['r', 6],
] as const) {
  for (const c of letters) CODES[c] = code
}

/**
 * A Soundex-like key for one folded token that ignores vowels, doubled letters and common
 * transliteration differences (ph/f, kh/k, sh/ch/s, ou/u, ee/i, a leading h). The first
 * sound is coded too, so Cheikh/Sheikh and Kofi/Coffi agree; a leading vowel is "A".
 */
export function phoneticKey(token: string): string {
  if (/^\d+$/.test(token)) return token
  const s = token
    .replace(/ph/g, 'f')
    .replace(/[kg]h/g, (m) => m[0] as string)
    .replace(/[td]h/g, (m) => m[0] as string)
    .replace(/sh|ch/g, 's')
    .replace(/ou|oo/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/^[hw]+/, '')
  let key = ''
  let prev = -2
  for (let i = 0; i < s.length && key.length < 6; i++) {
    const code = CODES[s[i] as string]
    if (code === undefined || code === -1) continue
    if (code === 0) {
      if (i === 0) key = 'A'
      prev = 0
      continue
    }
    if (code !== prev) key += String(code)
    prev = code
  }
  return key || token.slice(0, 1)
}

/** Jaro–Winkler similarity of two strings, 0..1. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1
  const la = a.length
  const lb = b.length
  if (!la || !lb) return 0
  const window = Math.max(0, (Math.max(la, lb) >> 1) - 1)
  const matchedB = new Uint8Array(lb)
  const matchedA = new Uint8Array(la)
  let matches = 0
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window)
    const hi = Math.min(lb - 1, i + window)
    for (let j = lo; j <= hi; j++) {
      if (!matchedB[j] && a.charCodeAt(i) === b.charCodeAt(j)) {
        matchedA[i] = 1
        matchedB[j] = 1
        matches++
        break
      }
    }
  }
  if (!matches) return 0
  let t = 0
  let j = 0
  for (let i = 0; i < la; i++) {
    if (!matchedA[i]) continue
    while (!matchedB[j]) j++
    if (a.charCodeAt(i) !== b.charCodeAt(j)) t++
    j++
  }
  const jaro = (matches / la + matches / lb + (matches - t / 2) / matches) / 3
  let prefix = 0
  while (prefix < 4 && prefix < la && prefix < lb && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++
  return jaro + prefix * 0.1 * (1 - jaro)
}

function tokenSimilarity(a: NameToken, b: NameToken): number {
  if (a.text === b.text) return 1
  if (a.text.length === 1 || b.text.length === 1) return a.text[0] === b.text[0] ? 0.85 : 0
  const jw = jaroWinkler(a.text, b.text)
  return a.key === b.key ? Math.max(jw, 0.92) : jw
}

/**
 * Similarity of two names, 0..1, independent of word order: each token of the shorter name is
 * paired with its best unused match in the longer one; extra tokens (a dropped middle name)
 * cost a little.
 */
export function nameSimilarity(a: readonly NameToken[], b: readonly NameToken[]): number {
  if (!a.length || !b.length) return 0
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  const used = new Uint8Array(long.length)
  const sims: number[] = []
  for (const s of short) for (const l of long) sims.push(tokenSimilarity(s, l))
  const shortUsed = new Uint8Array(short.length)
  let total = 0
  for (let round = 0; round < short.length; round++) {
    let best = -1
    let bi = -1
    let bj = -1
    for (let i = 0; i < short.length; i++) {
      if (shortUsed[i]) continue
      for (let j = 0; j < long.length; j++) {
        const sim = sims[i * long.length + j] as number
        if (!used[j] && sim > best) {
          best = sim
          bi = i
          bj = j
        }
      }
    }
    shortUsed[bi] = 1
    used[bj] = 1
    total += best
  }
  return (total / short.length) * (1 - 0.04 * (long.length - short.length))
}

/** National IDs and registry numbers compared without spaces, dashes or case. */
export const normaliseId = (id: string): string => id.toUpperCase().replace(/[^A-Z0-9]/g, '')

/** Phone numbers compared on their last nine digits, so "+234 803…" matches "0803…". */
export const normalisePhone = (phone: string): string => phone.replace(/\D/g, '').slice(-9)
