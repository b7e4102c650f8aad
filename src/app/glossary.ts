/**
 * The glossary of the domain's terms (namespace `glossary` of the catalogues): which words of a
 * rendered text are terms, found by whole-word match of the term's forms in the reader's language.
 * Pure: the components (Glossed, Markdown) only draw what `splitTerms` returns.
 */

/** The glossary's entries: `glossary.<key>.term`, `.forms` (every form to match, "|"-separated), `.definition`. */
export const GLOSSARY_KEYS = [
  'tin',
  'vat',
  'paye',
  'assessment',
  'demandNotice',
  'deemedReceipt',
  'objection',
  'segment',
  'tadat',
  'collectability',
  'offset',
  'writeOff',
  'instalmentAgreement',
  'garnishment',
  'suspenseAccount',
  'penalty',
] as const
export type GlossaryKey = (typeof GLOSSARY_KEYS)[number]

export interface GlossaryEntry {
  key: GlossaryKey
  term: string
  definition: string
  /** The words that mark the term in a text (the term itself, its plural, an abbreviation). */
  forms: readonly string[]
}

export type Segment = { text: string } | { text: string; entry: GlossaryEntry }

/** The glossary in one language, from a lookup of catalogue messages by id. */
export function glossaryIn(message: (id: string) => string): GlossaryEntry[] {
  return GLOSSARY_KEYS.map((key) => {
    const term = message(`glossary.${key}.term`)
    const forms = message(`glossary.${key}.forms`)
      .split('|')
      .map((f) => f.trim())
      .filter(Boolean)
    return {
      key,
      term,
      definition: message(`glossary.${key}.definition`),
      forms: forms.length ? forms : [term],
    }
  })
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** An abbreviation (TIN, NIF, ИНН) matches in capitals only, so "tin" or "nif" in a sentence are not terms. */
const isAbbreviation = (form: string) =>
  form.length > 1 && form === form.toUpperCase() && /\p{Lu}/u.test(form)

interface Matcher {
  pattern: RegExp
  byForm: Map<string, GlossaryEntry>
}

const matchers = new WeakMap<readonly GlossaryEntry[], Matcher>()

function matcherFor(entries: readonly GlossaryEntry[]): Matcher {
  const cached = matchers.get(entries)
  if (cached) return cached
  const byForm = new Map<string, GlossaryEntry>()
  const forms: string[] = []
  for (const entry of entries)
    for (const written of entry.forms) {
      // Either apostrophe in the text matches either in the catalogue: "compte d'attente" = "compte d’attente".
      const form = written.replace(/’/g, "'")
      const keyed = isAbbreviation(form) ? form : form.toLocaleLowerCase()
      if (byForm.has(keyed)) continue
      byForm.set(keyed, entry)
      forms.push(form)
    }
  // Longest first, so "compte d'attente" wins over a shorter term inside it.
  forms.sort((a, b) => b.length - a.length)
  // Matched regardless of case; entryOf then keeps an abbreviation only when written in capitals.
  const alternatives = forms.map((f) => escape(f).replace(/'/g, "['’]").replace(/ /g, '\\s+'))
  // Whole words: no letter or digit just before or after (works for Cyrillic and accented words).
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
  const matcher = { pattern, byForm }
  matchers.set(entries, matcher)
  return matcher
}

function entryOf(found: string, byForm: Map<string, GlossaryEntry>): GlossaryEntry | undefined {
  const plain = found.replace(/\s+/g, ' ').replace(/’/g, "'")
  return byForm.get(plain) ?? byForm.get(plain.toLocaleLowerCase())
}

/**
 * The text cut into plain parts and glossary terms, each term marked at its first appearance only
 * (`seen` carries the terms already marked in the same block, so a paragraph is not all buttons).
 */
export function splitTerms(
  text: string,
  entries: readonly GlossaryEntry[],
  seen: Set<GlossaryKey> = new Set(),
): Segment[] {
  if (!text || entries.length === 0) return [{ text }]
  const { pattern, byForm } = matcherFor(entries)
  const out: Segment[] = []
  let last = 0
  for (const match of text.matchAll(pattern)) {
    const entry = entryOf(match[0], byForm)
    if (!entry || seen.has(entry.key)) continue
    seen.add(entry.key)
    if (match.index > last) out.push({ text: text.slice(last, match.index) })
    out.push({ text: match[0], entry })
    last = match.index + match[0].length
  }
  if (last < text.length || out.length === 0) out.push({ text: text.slice(last) })
  return out
}
