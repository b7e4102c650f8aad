/**
 * Panel builders: a table is declared by typed columns (text, TIN, money, date, number) over rows
 * of any record, so the labels, alignment and cell values cannot drift apart, figures travel as
 * typed values the reader's locale formats, and the player finds TINs by type, not by label.
 */
import { day, money, type Text, type Value } from '../primitives/message'
import type { ColumnType, PanelSection } from './contract'

export type Column<Row> =
  | { label: Text; text: (row: Row) => Text | undefined }
  | { label: Text; tin: (row: Row) => string | undefined }
  | { label: Text; money: (row: Row) => number | undefined }
  | { label: Text; date: (row: Row) => string | undefined }
  | { label: Text; number: (row: Row) => number | undefined }

function typeOf<Row>(column: Column<Row>): ColumnType {
  if ('tin' in column) return 'tin'
  if ('money' in column) return 'money'
  if ('date' in column) return 'date'
  if ('number' in column) return 'number'
  return 'text'
}

function cell<Row>(column: Column<Row>, row: Row): Value {
  if ('money' in column) {
    const v = column.money(row)
    return v === undefined ? '' : money(v)
  }
  if ('date' in column) {
    const v = column.date(row)
    return v === undefined ? '' : day(v)
  }
  if ('number' in column) return column.number(row) ?? ''
  if ('tin' in column) return column.tin(row) ?? ''
  return column.text(row) ?? ''
}

export function table<Row>(
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  options: { title?: Text; empty?: Text } = {},
): PanelSection {
  const types = columns.map(typeOf)
  return {
    kind: 'table',
    ...(options.title !== undefined ? { title: options.title } : {}),
    columns: columns.map((c) => c.label),
    numeric: types.map((t) => t === 'money' || t === 'number'),
    types,
    rows: rows.map((row) => columns.map((c) => cell(c, row))),
    ...(options.empty !== undefined ? { empty: options.empty } : {}),
  }
}

export interface Fact {
  label: Text
  value: Value
  mono?: boolean
  type?: ColumnType
}

/** A facts section; `tin()`, `amount()` and `on()` below type a fact's value. */
export function facts(rows: readonly (Fact | false | undefined)[], title?: Text): PanelSection {
  return {
    kind: 'facts',
    ...(title !== undefined ? { title } : {}),
    rows: rows.filter((r): r is Fact => Boolean(r)),
  }
}

export const tinFact = (label: Text, tin: string): Fact => ({ label, value: tin, mono: true, type: 'tin' })
export const moneyFact = (label: Text, minor: number): Fact => ({ label, value: money(minor), type: 'money' })
export const dateFact = (label: Text, iso: string): Fact => ({ label, value: day(iso), type: 'date' })
