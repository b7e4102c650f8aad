/**
 * Cyrillic and Greek letters in plain Latin, for names as a TAMIS compares them and for the
 * e-mail addresses and web domains built from them ("ООО «Алатау Строй»" → alatau-stroi.kg).
 *
 * Cyrillic follows ICAO Doc 9303 part 3 (machine-readable travel documents), the scheme of the
 * Russian and Central Asian passports: every letter becomes ASCII letters with no apostrophe or
 * diacritic (GOST 7.79 system B writes "cz", "shh" and backquotes, ISO 9 needs diacritics), and
 * it is how the holders themselves see their name in Latin letters. Its common column is used
 * for every Cyrillic language (the per-language exceptions, such as Ukrainian и → y, need the
 * language, which a name does not carry); the Kazakh and Kyrgyz letters ICAO leaves out take
 * their usual plain forms. Greek follows ELOT 743 (ISO 843), the Greek passports' scheme, with
 * αυ/ευ/ηυ always written av/ev/iv.
 *
 * Letters with a diacritic (й, ё, ї, ў, ѓ, ќ, accented Greek vowels) are not listed: the caller
 * decomposes (NFD) and drops combining marks first, which leaves и, е, і, у, г, к, α… here.
 * Other scripts (Arabic, Hebrew, CJK, Indic…) have no small table and are left as they are.
 */
const LETTERS: Readonly<Record<string, string>> = {
  // Russian (ICAO Doc 9303)
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  // Other Cyrillic languages (ICAO Doc 9303)
  і: 'i',
  є: 'ie',
  ґ: 'g',
  ђ: 'd',
  ѕ: 'dz',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
  // Kazakh, Kyrgyz, Mongolian letters outside ICAO's table
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'ng',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  // Greek (ELOT 743)
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
}

/** Greek vowel pairs ELOT 743 writes as one sound. */
const GREEK_PAIRS: Readonly<Record<string, string>> = { ου: 'ou', αυ: 'av', ευ: 'ev', ηυ: 'iv' }

const SCRIPT = /[\u0370-\u03ff\u0400-\u04ff]/
const LETTER_RE = new RegExp(`${Object.keys(GREEK_PAIRS).join('|')}|[${Object.keys(LETTERS).join('')}]`, 'g')

/**
 * `lower` (lower case, combining marks removed) with its Cyrillic and Greek letters in Latin
 * ones: "сергей" (after NFD: "сергеи") → "sergei", "παπαδοπουλος" → "papadopoulos".
 */
export function romanise(lower: string): string {
  if (!SCRIPT.test(lower)) return lower
  return lower.replace(LETTER_RE, (c) => GREEK_PAIRS[c] ?? LETTERS[c] ?? c)
}
