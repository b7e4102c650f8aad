/** A fingerprint of a world: FNV-1a 64 over the UTF-8 bytes of its JSON. */
import { fnv1a64 } from '../primitives/hash'
import type { World } from './types'

export { fnv1a64 }

/** The digest of a world: equal worlds, equal digests. */
export function worldDigest(world: World): string {
  return fnv1a64(JSON.stringify(world))
}
