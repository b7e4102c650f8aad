/**
 * A fingerprint of what a scenario means, so a saved session can tell that the scenario has
 * changed since it was played. Key order and YAML formatting do not change it; any value does.
 */
import type { Scenario } from './schema'

/** FNV-1a 64 (hex, 16 digits) of the scenario's canonical JSON, its jurisdiction included. */
export function scenarioDigest(scenario: Scenario): string {
  return fnv1a64(canonicalJson(scenario))
}

/** JSON with object keys sorted and undefined values left out. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>
    const entries = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`)
    return `{${entries.join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

const OFFSET = 0xcbf29ce484222325n
const PRIME = 0x100000001b3n

/** FNV-1a 64 over the UTF-8 bytes of `text`. */
export function fnv1a64(text: string): string {
  let hash = OFFSET
  const add = (byte: number) => {
    hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * PRIME)
  }
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code < 0x80) add(code)
    else if (code < 0x800) {
      add(0xc0 | (code >> 6))
      add(0x80 | (code & 0x3f))
    } else if (code < 0x10000) {
      add(0xe0 | (code >> 12))
      add(0x80 | ((code >> 6) & 0x3f))
      add(0x80 | (code & 0x3f))
    } else {
      add(0xf0 | (code >> 18))
      add(0x80 | ((code >> 12) & 0x3f))
      add(0x80 | ((code >> 6) & 0x3f))
      add(0x80 | (code & 0x3f))
    }
  }
  return hash.toString(16).padStart(16, '0')
}
