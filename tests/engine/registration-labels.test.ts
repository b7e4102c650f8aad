/**
 * Registration's evidence is labelled for a tax officer: no field names such as
 * "Credits last12Months" or "Matched on: idNumber, bankAccount" reach the screen.
 */
import { expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { Session } from '../../src/engine'
import { inEnglish } from '../../src/i18n/render'

const FIELD_NAME = /\b[a-z]+[A-Z0-9][a-zA-Z0-9]*\b/

it('document labels and register-search matches read as words', async () => {
  const library = await loadBundledLibrary()
  for (const id of ['registration-desk']) {
    const session = await Session.start(library.scenarios.find((s) => s.id === id)!)
    for (const { caseId } of session.cases()) {
      session.send({ type: 'case.open', caseId })
      for (const command of session.truthOf(caseId)!.best.filter((c) => !c.type.includes('approve')))
        session.send({ type: 'case.command', caseId, command })
      const someone = session.world.taxpayers.find((t) => t.idNumber && t.phone)!
      session.send({
        type: 'register.search',
        caseId,
        query: { idNumber: someone.idNumber, phone: someone.phone, name: someone.name },
      })
      for (const panel of session.caseView(caseId).panels)
        for (const section of panel.sections) {
          if (section.kind === 'facts')
            for (const row of section.rows)
              expect(inEnglish(row.label), `${caseId} ${panel.id}`).not.toMatch(FIELD_NAME)
          if (section.kind === 'table') {
            const matched = section.columns.findIndex((c) => inEnglish(c) === 'Matched on')
            if (matched >= 0)
              for (const row of section.rows)
                expect(inEnglish(row[matched]), `${caseId} ${panel.id}`).not.toMatch(FIELD_NAME)
          }
        }
    }
  }
}, 60_000)
