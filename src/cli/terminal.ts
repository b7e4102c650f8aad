/**
 * Text from user files reaches a terminal only through here. Control characters (ESC starts
 * sequences that can retitle or recolour a terminal) and bidirectional overrides (they reorder
 * what is shown) are printed as `\u001b`-style escapes, so what a file says is shown, not obeyed.
 */

/* eslint-disable no-control-regex -- matching control characters is the point here */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
/** As above, but line breaks and tabs stay as they are. */
const UNSAFE_KEEP_LINES =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
/* eslint-enable no-control-regex */

const escape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`

/** One value on one line: every control character escaped, line breaks too. */
export function printable(value: string): string {
  return value.replace(UNSAFE, escape)
}

/** Whole output: control characters escaped, but the output's own line breaks and tabs kept. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE_KEEP_LINES, escape)
}
