/**
 * FNV-1a 64 over UTF-8 bytes, computed with 16-bit limbs so it is exact in plain JS (no BigInt)
 * and identical in every runtime. The one hash behind world and scenario digests.
 */

/** FNV-1a 64 of a string's UTF-8 bytes, as 16 hex digits. */
export function fnv1a64(text: string): string {
  // The 64-bit state as four 16-bit limbs, least significant first.
  let h0 = 0x2325
  let h1 = 0x8422
  let h2 = 0x9ce4
  let h3 = 0xcbf2
  const step = (byte: number) => {
    h0 ^= byte
    // Multiply by the FNV prime 2^40 + 0x1b3.
    const t0 = h0 * 0x1b3
    const t1 = h1 * 0x1b3
    const t2 = h2 * 0x1b3 + (h0 << 8)
    const t3 = h3 * 0x1b3 + (h1 << 8)
    const c1 = t1 + (t0 >>> 16)
    const c2 = t2 + (c1 >>> 16)
    const c3 = t3 + (c2 >>> 16)
    h0 = t0 & 0xffff
    h1 = c1 & 0xffff
    h2 = c2 & 0xffff
    h3 = c3 & 0xffff
  }
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i)
    if (c < 0x80) {
      step(c)
      continue
    }
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1)
      if (lo >= 0xdc00 && lo < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00)
        i++
      }
    }
    if (c < 0x800) {
      step(0xc0 | (c >> 6))
    } else if (c < 0x10000) {
      step(0xe0 | (c >> 12))
      step(0x80 | ((c >> 6) & 0x3f))
    } else {
      step(0xf0 | (c >> 18))
      step(0x80 | ((c >> 12) & 0x3f))
      step(0x80 | ((c >> 6) & 0x3f))
    }
    step(0x80 | (c & 0x3f))
  }
  const hex = (n: number) => n.toString(16).padStart(4, '0')
  return hex(h3) + hex(h2) + hex(h1) + hex(h0)
}
