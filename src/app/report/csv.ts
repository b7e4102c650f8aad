/**
 * A small RFC 4180 CSV writer: fields with commas, quotes or line breaks are quoted, quotes
 * doubled, lines end in CRLF, and a byte-order mark lets spreadsheet programs read UTF-8
 * (currency symbols, accents). Text that a spreadsheet would run as a formula is prefixed
 * with an apostrophe.
 */
export type Cell = string | number | boolean | null | undefined

export function csvField(value: Cell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return '\ufeff' + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}
