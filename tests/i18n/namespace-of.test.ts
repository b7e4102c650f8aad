/**
 * Which file an id lives in (src/i18n/namespace-of.ts): the first page's namespaces must not
 * collect words other pages show, and a new area of the player's own ids must be placed by hand.
 */
import { describe, expect, it } from 'vitest'
import { FIRST_PAGE_NAMESPACES, NAMESPACES } from '../../src/i18n/languages'
import { APP_GROUPS, COMMON_GROUPS, namespaceOf } from '../../src/i18n/namespace-of'

describe('namespaceOf', () => {
  it('keeps an id of a process or of the engine in the namespace its first segment names', () => {
    expect(namespaceOf('refunds.cmd.validate')).toBe('refunds')
    expect(namespaceOf('session.finish.title')).toBe('session')
    expect(namespaceOf('common.process.short.refunds')).toBe('common')
    expect(namespaceOf('common.tadat.P1-1')).toBe('common')
  })

  it('sends the terms the catalogue does not show to `terms`', () => {
    expect(namespaceOf('common.kind.vat.refund')).toBe('terms')
    expect(namespaceOf('common.cancel')).toBe('terms')
  })

  it("places the player's own ids by the longest listed prefix", () => {
    expect(namespaceOf('app.report.practice')).toBe('app')
    expect(namespaceOf('app.report.assessmentTitle')).toBe('briefing')
    expect(namespaceOf('app.report.heading')).toBe('results')
    expect(namespaceOf('app.shell.unsaved')).toBe('exercise')
    expect(namespaceOf('app.shell.skip')).toBe('app')
    expect(namespaceOf('app.percent')).toBe('app')
    expect(namespaceOf('app.fromDisk.title')).toBe('startup')
  })

  it('has no namespace for an app area nobody placed yet', () => {
    expect(namespaceOf('app.somethingNew.title')).toBeUndefined()
  })

  it('names only real namespaces, and the first page loads app and common alone', () => {
    for (const ns of [...Object.values(APP_GROUPS), ...Object.values(COMMON_GROUPS)])
      expect(NAMESPACES).toContain(ns)
    expect([...FIRST_PAGE_NAMESPACES].sort()).toEqual(['app', 'common'])
  })
})
