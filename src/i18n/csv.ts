/**
 * A small RFC 4180 CSV writer for the files trainees and trainers open in a spreadsheet: fields
 * with the separator, quotes or line breaks are quoted, quotes doubled, lines end in CRLF, and a
 * byte-order mark lets spreadsheet programs read UTF-8 (currency symbols, accents). Text that a
 * spreadsheet would run as a formula is prefixed with an apostrophe; numbers are written as
 * numbers (a negative score stays a number a spreadsheet can add up).
 *
 * The separator follows the reader's locale the way spreadsheet programs read it: where the
 * decimal mark is a comma (French, Russian, Portuguese), the list separator is a semicolon, so
 * a French Excel opens the file in columns instead of one column of text.
 */
/**
 * A cell: text, a number, or nothing. A yes/no is words in the reader's language, which the
 * caller renders (there is no English yes/no here).
 */
export type Cell = string | number | null | undefined

/** The field separator a spreadsheet in `locale` expects: `;` where numbers have a decimal comma. */
export function csvSeparator(locale: string): ',' | ';' {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')
  return decimal?.value === ',' ? ';' : ','
}

export function csvField(value: Cell, separator: ',' | ';' = ','): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  const special = separator === ';' ? /[";\r\n]/ : /[",\r\n]/
  return special.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The file: a byte-order mark, the header and the rows, separated for `locale` (default: commas). */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[], locale = 'en'): string {
  const separator = csvSeparator(locale)
  return (
    '\ufeff' +
    [header, ...rows]
      .map((row) => row.map((cell) => csvField(cell, separator)).join(separator))
      .join('\r\n') +
    '\r\n'
  )
}
