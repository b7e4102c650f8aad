/**
 * The engine speaks in message ids and arguments, never in prose: a `Msg` names an entry of the
 * language catalogues (src/i18n/<language>/<namespace>.ts, ICU MessageFormat) and carries the
 * values it cites. The app, the worker, the CLI and the hub render it in the reader's language;
 * no engine logic reads a message's text (docs/i18n.md).
 *
 * Figures travel as typed arguments ({ money }, { date }), not as formatted strings, so the
 * renderer formats them with `Intl` for the scenario's locale and the reader's language.
 */

/** An amount in minor units of the scenario's currency. */
export interface MoneyArg {
  readonly money: number
}

/** A calendar day, ISO `YYYY-MM-DD`. */
export interface DateArg {
  readonly date: string
  /** medium "12 Mar 2026" (default), long "12 March 2026", weekday "Thursday, 12 March 2026", short. */
  readonly style?: 'short' | 'medium' | 'long' | 'weekday'
}

/** A list of values, joined the reader's way ("a, b and c"), or one per line (`lines`). */
export interface ListArg {
  readonly list: readonly Arg[]
  readonly style?: 'and' | 'or' | 'lines'
}

export type Arg = string | number | Msg | MoneyArg | DateArg | ListArg

export interface Msg {
  readonly id: string
  readonly args?: Readonly<Record<string, Arg>>
  /**
   * A trainer's own text that stands in for the catalogue entry (see `filled`): the renderer
   * fills its {name} slots with the arguments, each rendered in the reader's language, and leaves
   * the rest as the trainer wrote it (it is not parsed as ICU). `id` still names what it is.
   */
  readonly text?: string
}

/**
 * Text shown to a person: a message, or a plain string that is data and never prose (a name, a
 * TIN, a tax period, a trainer's own scenario text).
 */
export type Text = string | Msg

/** Anything a panel cell, a fact or a message argument may hold (a number is a count or a figure). */
export type Value = Text | number | MoneyArg | DateArg | ListArg

export function msg(id: string, args?: Readonly<Record<string, Arg>>): Msg {
  return args ? { id, args } : { id }
}

/**
 * A trainer's text (a scenario's teaching note) whose {name} slots cite typed values: a French
 * reader of a French note sees "150 000 FCFA" where the note says {amount}. A name with no value
 * is left as written. Plain text when the note names none of the values.
 */
export function filled(id: string, text: string, values: Readonly<Record<string, Arg>>): Text {
  const args: Record<string, Arg> = {}
  for (const [, name] of text.matchAll(SLOT))
    if (name && Object.hasOwn(values, name)) args[name] = values[name]!
  return Object.keys(args).length ? { id, args, text } : text
}

/** A {name} slot of a trainer's text. */
export const SLOT = /\{([a-zA-Z]+)\}/g

export const money = (minor: number): MoneyArg => ({ money: minor })
export const day = (iso: string, style?: DateArg['style']): DateArg =>
  style ? { date: iso, style } : { date: iso }
export const list = (items: readonly Arg[], style: ListArg['style'] = 'and'): ListArg => ({
  list: items,
  style,
})

export function isMsg(value: unknown): value is Msg {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
}

export function isMoney(value: unknown): value is MoneyArg {
  return (
    typeof value === 'object' && value !== null && typeof (value as { money?: unknown }).money === 'number'
  )
}

export function isDate(value: unknown): value is DateArg {
  return typeof value === 'object' && value !== null && typeof (value as { date?: unknown }).date === 'string'
}

export function isList(value: unknown): value is ListArg {
  return typeof value === 'object' && value !== null && Array.isArray((value as { list?: unknown }).list)
}

/**
 * Why a step is refused now. `done` marks a step already taken: the player drops it from the
 * list instead of showing it disabled (the one availability function reads this flag, never the
 * reason's words).
 */
export interface Refusal {
  readonly reason: Text
  readonly done?: boolean
}
