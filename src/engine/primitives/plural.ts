/** "1 day", "3 days": a count and its noun, for English text shown to officers and trainers. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}
