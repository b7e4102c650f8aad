/** What crosses between the studio page and its worker: plain data only. */
import type { Scenario } from '../../engine/index'
import type { PathTestResult } from '../../engine'
import type { Text } from '../../engine/index'

/** One case of the previewed world, with its ground truth, as the trainer checks it. */
export interface PreviewRow {
  caseId: string
  taskId: string
  title: Text
  kind: string
  expected: Text
  flags: Text[]
  dueOn: string
}

export type StudioRequest =
  | { id: number; type: 'preview'; scenario: Scenario }
  | { id: number; type: 'test'; scenario: Scenario; seeds: number }

export type StudioResponse =
  | { id: number; type: 'preview'; seed: number; rows: PreviewRow[] }
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'tested'; result: PathTestResult }
  | { id: number; type: 'error'; message: string }
