/**
 * The "Notices sent" panel lists the demand to file the trainee has just served, with the date
 * it is deemed received, so the worklist's evidence never lags behind the officer's own step.
 */
import { expect, it } from 'vitest'
import { loadBundledLibrary } from '../../../src/cli/files'
import { Session } from '../../../src/engine'
import { day } from '../../../src/engine/primitives/message'
import { inEnglish } from '../../../src/i18n/render'

it('a served demand to file appears under Notices sent at once', async () => {
  const scenario = (await loadBundledLibrary()).scenarios.find((s) => s.id === 'filing-non-filers')!
  const session = await Session.start(scenario)
  const summary = session
    .cases()
    .find((c) => session.truthOf(c.caseId)!.best.some((b) => b.type === 'filing.sendDemand'))!
  session.send({ type: 'case.open', caseId: summary.caseId })
  const before = session.caseView(summary.caseId).panels.filter((p) => p.id === 'notices')
  expect(JSON.stringify(before)).not.toContain('filing.panel.notices.demand')
  for (const command of session.truthOf(summary.caseId)!.best) {
    expect(session.send({ type: 'case.command', caseId: summary.caseId, command })).toEqual({ ok: true })
    if (command.type === 'filing.sendDemand') break
  }
  const notices = session
    .caseView(summary.caseId)
    .panels.filter((p) => p.id === 'notices')
    .at(-1)!
  const table = notices.sections[0]!
  expect(table.kind).toBe('table')
  const rows = table.kind === 'table' ? table.rows : []
  expect(rows.find((r) => inEnglish(r[1]) === 'Demand to file')?.[0]).toEqual(day(session.today()))
})
