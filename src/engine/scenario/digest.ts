/**
 * A fingerprint of what a scenario means, so a saved session can tell that the scenario has
 * changed since it was played. Key order and YAML formatting do not change it; any value does.
 */
import { fnv1a64 } from '../primitives/hash'
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
