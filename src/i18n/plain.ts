/**
 * A message with no ICU syntax: no argument, no plural or select (all need braces) and no
 * quoted text (a doubled apostrophe). It reads as written, so the renderer shows it as it is and
 * the build does not precompile it (src/build/precompiled-messages.ts). A lone apostrophe, as
 * in "l'atelier", is plain text in ICU.
 */
export function isPlainMessage(source: string): boolean {
  return !/[{}]|''/.test(source)
}
