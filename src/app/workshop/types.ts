/** The hub's dashboard answers, as the pages read them (src/hub/dashboard.ts builds them). */
export type { Dashboard, Debrief, ProgressRow, RateRow } from '../../hub/dashboard'
