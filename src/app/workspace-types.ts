/**
 * The engine types the workspace renders (brief SESSION-API.md), gathered in one place for the
 * app's components, plus the results the bridge returns.
 */
export type {
  CaseSummary,
  CaseView,
  Command,
  CommandOption,
  CommandSpec,
  DecisionFeedback,
  FieldDefault,
  FieldSpec,
  FieldValue,
  Panel,
  PanelSection,
  ProcessMap,
  RegisterQuery,
  SendResult,
  SessionEvent,
} from '../engine/index'

export interface Hints {
  revealed: { text: string; cost: number }[]
  next?: { cost: number }
}

/** Where a view keeps the hints of one case (a task's own hints sit under the task's id). */
export const hintKey = (taskId: string, caseId: string): string => `${taskId}|${caseId}`
