/**
 * "Did you mean …?" suggestions for misspelt keys and values. Trainers type by hand, so the
 * usual slips are one letter wrong, two letters swapped, a capital letter or snake_case for
 * camelCase; all of those are caught here.
 */

/** Optimal-string-alignment distance: Levenshtein plus swapping two neighbouring letters. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[] = new Array<number>(rows * cols).fill(0)
  const at = (i: number, j: number) => d[i * cols + j] ?? 0
  for (let i = 0; i < rows; i++) d[i * cols] = i
  for (let j = 0; j < cols; j++) d[j] = j
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1)
      }
      d[i * cols + j] = best
    }
  }
  return at(a.length, b.length)
}

const normalise = (s: string) => s.toLowerCase().replace(/[\s_-]/g, '')

/**
 * The closest candidate to `input`, or undefined when none is close enough to be a likely
 * typo (at most one edit for short words, two for longer ones, and never half the word).
 */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  if (input.length === 0 || input.length > 64) return undefined
  const wanted = normalise(input)
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    if (candidate === input) continue
    const distance = editDistance(wanted, normalise(candidate))
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  if (best === undefined) return undefined
  const allowed = Math.min(wanted.length < 5 ? 1 : 2, Math.floor(Math.max(wanted.length, 2) / 2))
  return bestDistance <= allowed ? best : undefined
}

/** "a, b or c" */
export function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]!}`
}
