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
