/**
 * A running Session and the views the page shows of it. The engine worker keeps one per open
 * exercise, so the world never leaves the worker: the page receives only what it renders (the
 * worklist, the cases and taxpayers it has open, the hints, the saved log). Tests drive the same
 * host on the main thread through `localLink`.
 */
import { previewAdvance, type AdvancePreview, type SavedSession, type Session } from '../../engine/index'
import type { Report, Text } from '../../engine/index'
import type { CaseSummary, CaseView, Hints, Panel, SendResult, SessionEvent } from '../workspace-types'
import { hintKey } from '../workspace-types'
import type { CommandSpecs } from '../report/commands'

/** The cases and taxpayers the page has on screen: their views come back with every change. */
export interface Watch {
  cases: string[]
  taxpayers: string[]
}

/** The views of cases and taxpayers asked for; an unknown id is left out. */
export interface Views {
  caseViews: Record<string, CaseView>
  taxpayers: Record<string, Panel[]>
}

/** Everything the page shows of a session at one point of its log. */
export interface SessionView extends Views {
  today: string
  cases: CaseSummary[]
  finished: boolean
  /** Hints per task id. */
  hints: Record<string, Hints>
  /** Whether the last calendar advance can be undone now (practice only), and why not. */
  clockTakeBack: { enabled: boolean; reason?: Text }
  /** The session as saved at this point: what the page writes to storage. */
  saved: SavedSession
}

/** A step of a stored log the procedure refused when it was replayed. */
export interface Refusal {
  index: number
  event: SessionEvent
  reason: Text
}

/** The report of a replayed log, with the steps that no longer replay. */
export interface Scored {
  report: Report
  refused: Refusal[]
  /** The names of each decided case's panels, open or not (case id → panel id → title), for the results. */
  panels: PanelTitles
  /** Each process's commands with the fields and options this scenario's forms showed. */
  commands: CommandSpecs
}

export type PanelTitles = Record<string, Record<string, Text>>

/** What each decided case called its panels, so the results name them as the case did. */
function panelTitles(session: ScoredSession, report: Report): PanelTitles {
  const titles: PanelTitles = {}
  for (const { caseId } of report.decisions) {
    try {
      // Open panels by their titles, the others (evidence never unlocked) by the process's names.
      titles[caseId] = session.caseView(caseId).panelNames
    } catch {
      // A case the replay no longer has: its panels are named by their ids.
    }
  }
  return titles
}

/** The engine's answer to an event; `view` only when the event entered the log. */
export interface SendReply {
  result: SendResult
  view?: SessionView
}

/** How the page reaches a running session: in the engine worker, or in tests on the page. */
export interface SessionLink {
  send(event: SessionEvent, watch: Watch): Promise<SendReply>
  views(watch: Watch): Promise<Views>
  preview(days: number): Promise<AdvancePreview>
  /** The session's log replayed afresh and scored. */
  score(): Promise<Scored>
  /** The session is no longer shown: the worker may let it go. */
  close(): void
}

/**
 * What the host reads of a running session: the engine's Session, or a test's stand-in, which
 * `satisfies` this so that it cannot drift from the real API.
 */
export interface HostedSession extends Pick<
  Session,
  | 'log'
  | 'today'
  | 'cases'
  | 'finished'
  | 'hints'
  | 'clockTakeBack'
  | 'save'
  | 'caseView'
  | 'taxpayerView'
  | 'send'
> {
  readonly scenario: { readonly tasks: readonly { readonly id: string }[] }
  /** A copy to try a calendar advance on (previewAdvance). */
  fork(): Pick<Session, 'today' | 'cases' | 'send'>
}

/** What scoring reads besides: a replay, the report, the panels' titles and the forms' commands. */
export interface ScoredSession extends HostedSession, Pick<Session, 'replay' | 'report' | 'commandSpecs'> {}

export class SessionHost<S extends HostedSession = Session> {
  constructor(readonly session: S) {}

  views(watch: Watch): Views {
    const caseViews: Record<string, CaseView> = {}
    const taxpayers: Record<string, Panel[]> = {}
    for (const id of watch.cases) {
      try {
        caseViews[id] = this.session.caseView(id)
      } catch {
        // A case id the session does not know (a stale address): the page says so itself.
      }
    }
    for (const tin of watch.taxpayers) {
      try {
        taxpayers[tin] = this.session.taxpayerView(tin)
      } catch {
        // As above, for a TIN.
      }
    }
    return { caseViews, taxpayers }
  }

  view(watch: Watch): SessionView {
    const s = this.session
    return {
      today: s.today(),
      cases: s.cases(),
      finished: s.finished(),
      // A task's general hints, and for each case on screen its own (its kind's hints added).
      hints: Object.fromEntries([
        ...s.scenario.tasks.map((t) => [t.id, s.hints(t.id)]),
        ...s
          .cases()
          .filter((c) => watch.cases.includes(c.caseId))
          .map((c) => [hintKey(c.taskId, c.caseId), s.hints(c.taskId, c.caseId)]),
      ]),
      clockTakeBack: s.clockTakeBack(),
      saved: s.save(),
      ...this.views(watch),
    }
  }

  send(event: SessionEvent, watch: Watch): SendReply {
    const before = this.session.log.length
    const result = this.session.send(event)
    // Refusals the engine records count as events too: whatever grew the log is shown and saved.
    if (!result.ok && this.session.log.length === before) return { result }
    return { result, view: this.view(watch) }
  }

  preview(days: number): AdvancePreview {
    return previewAdvance(this.session, days)
  }
}

/** Replays a log on a fresh session and scores it, keeping the steps the procedure refused. */
export function scoreReplay(session: ScoredSession, log: readonly SessionEvent[]): Scored {
  const refused = session.replay(log)
  const report = session.report()
  return { report, refused, panels: panelTitles(session, report), commands: commandSpecs(session) }
}

/** As plain data to post to the page (a module's specs may share objects with its machine). */
function commandSpecs(session: ScoredSession): CommandSpecs {
  return JSON.parse(JSON.stringify(session.commandSpecs())) as CommandSpecs
}

/**
 * A link to a session on the page itself: for tests, and answers come a microtask later. A
 * stand-in that cannot score (no `report`) is scored through `rebuild`, or not at all.
 */
export function localLink(
  session: HostedSession | ScoredSession,
  rebuild?: () => ScoredSession,
): { link: SessionLink; view: SessionView } {
  const host = new SessionHost(session)
  const link: SessionLink = {
    send: async (event, watch) => host.send(event, watch),
    views: async (watch) => host.views(watch),
    preview: async (days) => host.preview(days),
    score: async () => {
      if (rebuild) return scoreReplay(rebuild(), session.log)
      if (!('report' in session)) throw new Error('This stand-in session cannot be scored.')
      const report = session.report()
      return { report, refused: [], panels: panelTitles(session, report), commands: commandSpecs(session) }
    },
    close: () => undefined,
  }
  return { link, view: host.view({ cases: [], taxpayers: [] }) }
}
