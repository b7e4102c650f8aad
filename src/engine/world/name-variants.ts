/**
 * Spellings of a person's name as a duplicate applicant writes it: another transliteration,
 * accents dropped or added, surname first, a given name left out or reduced to an initial.
 * Each keeps the phonetic key, so the register search can still find the person.
 */
import { fnv1a64 } from '../primitives/hash'
import { COMBINING, fold, nameTokens, phoneticKey } from './names'
import type { Draw } from './prng'

/** Spellings of the same name across transliterations; the first entry is not special. */
const VARIANT_GROUPS: readonly (readonly string[])[] = [
  ['Mohammed', 'Muhammad', 'Mohamed', 'Muhammed', 'Mohammad', 'Mouhamed'],
  ['Abdullahi', 'Abdulahi', 'Abdoulaye', 'Abdallah'],
  ['Ibrahim', 'Ibraheem', 'Ebrahim', 'Ibrahima'],
  ['Yusuf', 'Youssouf', 'Yousef', 'Yusufu', 'Youssef'],
  ['Usman', 'Ousmane', 'Usmanu', 'Osman'],
  ['Aisha', 'Aïcha', 'Aicha', 'Aysha'],
  ['Fatima', 'Fatimah', 'Fatoumata', 'Fatimata'],
  ['Aminu', 'Aminou', 'Amine'],
  ['Suleiman', 'Sulaiman', 'Souleymane', 'Sulayman'],
  ['Idris', 'Idrissa', 'Idriss'],
  ['Musa', 'Moussa', 'Mousa'],
  ['Amadou', 'Ahmadu', 'Amadu', 'Ahmadou'],
  ['Abubakar', 'Aboubacar', 'Aboubakar', 'Abubakr'],
  ['Mariam', 'Mariama', 'Maryam'],
  ['Khadija', 'Khadidja', 'Khadijah', 'Kadija'],
  ['Seydou', 'Saidu', 'Seidou', 'Seidu'],
  ['Cheikh', 'Sheikh', 'Shaykh'],
  ['Mamadou', 'Mamadu'],
  ['Aliyu', 'Aliou', 'Aliu'],
  ['Lakshmi', 'Laxmi', 'Lakshmy'],
  ['Srinivas', 'Shrinivas', 'Sreenivas'],
  ['Chaudhary', 'Choudhary', 'Chowdhury'],
  ['Luís', 'Luiz', 'Luis'],
  ['Sousa', 'Souza'],
  ['Tiago', 'Thiago'],
  ['Nur', 'Noor', 'Nour'],
]
const VARIANTS = new Map<string, readonly string[]>()
for (const group of VARIANT_GROUPS) {
  for (const name of group)
    VARIANTS.set(
      fold(name),
      group.filter((n) => fold(n) !== fold(name)),
    )
}

/** Spelling rules that keep the sound (and so the phonetic key) of a token. */
const RULES: readonly [RegExp, string][] = [
  [/ou/, 'u'],
  [/([bcdfgklmnprstvz])u/, '$1ou'],
  [/([bdfgklmnprstz])\1/, '$1'],
  [/([aeiou])([bdfgklmnprst])([aeiou])/, '$1$2$2$3'],
  [/ph/, 'f'],
  [/(.)f/, '$1ph'],
  [/ee/, 'i'],
  [/y/, 'i'],
  [/i$/, 'y'],
  [/c([aou])/, 'k$1'],
  [/k([aou])/, 'c$1'],
]

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** A different spelling of one token that sounds the same, or undefined. */
export function transliterate(token: string, draw: Draw): string | undefined {
  const known = VARIANTS.get(fold(token))
  if (known?.length) return draw.pick(known)
  const lower = token.toLowerCase()
  const key = phoneticKey(fold(lower))
  for (const [re, replacement] of draw.shuffle(RULES)) {
    const candidate = lower.replace(re, replacement)
    if (candidate !== lower && phoneticKey(fold(candidate)) === key) return capitalise(candidate)
  }
  return undefined
}

const ACCENTS: Record<string, string> = { e: 'é', i: 'ï', o: 'ô', a: 'â', u: 'ü' }

export const NAME_VARIANTS = [
  'transliteration',
  'diacritics',
  'swapped',
  'dropped-given-name',
  'initials',
] as const
export type NameVariant = (typeof NAME_VARIANTS)[number]

export interface NameParts {
  /** Given names in order (first, then any others). */
  given: readonly string[]
  family: string
}

export function displayName(parts: NameParts, order: 'given-first' | 'family-first'): string {
  return order === 'given-first'
    ? [...parts.given, parts.family].join(' ')
    : [parts.family, ...parts.given].join(' ')
}

function variantOf(
  kind: NameVariant,
  parts: NameParts,
  order: 'given-first' | 'family-first',
  draw: Draw,
): string | undefined {
  switch (kind) {
    case 'transliteration': {
      const tokens = [...parts.given.map((g, i) => ['given', i] as const), ['family', 0] as const]
      for (const [where, i] of draw.shuffle(tokens)) {
        const original = where === 'family' ? parts.family : (parts.given[i] as string)
        const changed = transliterate(original, draw)
        if (!changed) continue
        return where === 'family'
          ? displayName({ ...parts, family: changed }, order)
          : displayName({ ...parts, given: parts.given.map((g, k) => (k === i ? changed : g)) }, order)
      }
      return undefined
    }
    case 'diacritics': {
      const name = displayName(parts, order)
      const stripped = name.normalize('NFD').replace(COMBINING, '').normalize('NFC')
      if (stripped !== name) return stripped
      const tokens = name.split(' ')
      const at = draw.int(0, tokens.length - 1)
      const token = tokens[at] as string
      const vowel = [...token].findIndex((c, i) => i > 0 && c in ACCENTS)
      if (vowel < 0) return undefined
      tokens[at] = token.slice(0, vowel) + ACCENTS[token[vowel] as string] + token.slice(vowel + 1)
      return tokens.join(' ')
    }
    case 'swapped':
      return displayName(parts, order === 'given-first' ? 'family-first' : 'given-first')
    case 'dropped-given-name':
      return parts.given.length >= 2
        ? displayName({ ...parts, given: parts.given.slice(0, 1) }, order)
        : undefined
    case 'initials':
      return parts.given.length >= 2
        ? displayName(
            {
              ...parts,
              given: [parts.given[0] as string, ...parts.given.slice(1).map((g) => `${g.charAt(0)}.`)],
            },
            order,
          )
        : displayName({ ...parts, given: [`${(parts.given[0] as string).charAt(0)}.`] }, order)
    default: {
      const unreachable: never = kind
      return unreachable
    }
  }
}

/**
 * A spelling of the same person's name as a duplicate applicant writes it. Tries the preferred
 * kind first, then the others, and always returns a name that differs from the original.
 */
export function nameVariant(
  parts: NameParts,
  order: 'given-first' | 'family-first',
  draw: Draw,
  preferred: NameVariant = draw.pick(NAME_VARIANTS),
): { name: string; variant: NameVariant } {
  const original = displayName(parts, order)
  for (const kind of [preferred, ...NAME_VARIANTS.filter((k) => k !== preferred)]) {
    const name = variantOf(kind, parts, order, draw)
    if (name && name !== original) return { name, variant: kind }
  }
  return {
    name: displayName(parts, order === 'given-first' ? 'family-first' : 'given-first'),
    variant: 'swapped',
  }
}

/**
 * The local part of an e-mail address built from a person's name, romanised (fold). A name in a
 * script with no romanisation table (Chinese, Arabic…) gives a number, as a QQ address is.
 */
export function emailLocalPart(parts: NameParts, draw: Draw): string {
  const given = fold(parts.given[0] ?? '').replace(/[^a-z0-9]/g, '')
  const family = fold(parts.family).replace(/[^a-z0-9]/g, '')
  const n = draw.int(1, 99)
  const pattern = draw.int(0, 5)
  if (!given || !family) {
    const one = given || family
    return one ? `${one}${n}` : String(parseInt(fnv1a64(displayName(parts, 'given-first')).slice(0, 7), 16))
  }
  switch (pattern) {
    case 0:
      return `${given}.${family}`
    case 1:
      return `${given}${family}${n}`
    case 2:
      return `${given}_${family}`
    case 3:
      return `${given[0] ?? ''}.${family}`
    case 4:
      return `${family}.${given}${n}`
    default:
      return `${given}.${family}${n}`
  }
}

/** A slug of a business name for its web domain, e.g. "okafor-agro". */
export function businessSlug(name: string): string {
  return nameTokens(name)
    .map((t) => t.text)
    .slice(0, 3)
    .join('-')
}
