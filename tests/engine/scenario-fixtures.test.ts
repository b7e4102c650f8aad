/**
 * The broken fixtures, loaded the way `tamis validate` loads them (bundled profiles included),
 * and every message a trainer would read, in file and line order.
 */
import { describe, expect, it } from 'vitest'
import { readSourceFiles } from '../../src/cli/files'
import { formatIssue, loadLibrary } from '../../src/engine/scenario'

const { files } = await readSourceFiles(['scenarios/jurisdictions', 'tests/fixtures/scenarios'])
const library = loadLibrary(files)
const messages = (file: string) =>
  library.issues
    .filter((i) => i.path === `tests/fixtures/scenarios/${file}`)
    .map((i) => formatIssue(i).replace(/^[^:]*:/, ''))

describe('broken fixtures', () => {
  it('issues come sorted by file, line and column', () => {
    const keys = library.issues.map((i) => [i.path, i.line, i.col] as const)
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]))
    expect(keys).toEqual(sorted)
  })

  it('only the valid fixtures and the bundled files load', () => {
    expect(library.scenarios.map((s) => s.id)).toEqual(['minimal'])
    expect(library.jurisdictions.map((j) => j.id).sort()).toEqual([
      'archipelago',
      'northland',
      'sahel-coast',
      'testland',
    ])
  })

  it('a draft with mistakes on almost every line: all of them reported', () => {
    expect(messages('broken/many-problems.yaml')).toMatchInlineSnapshot(`
      [
        "4:1: unknown key "sumary" — did you mean "summary"?",
        "5:13: objectives must be a list (lines starting with "-"), not "Decide applications"",
        "6:1: unknown key "dificulty" — did you mean "difficulty"?",
        "7:10: minutes must be a whole number from 1 to 600, not "twenty"",
        "8:15: tadat entry 2 must be one of: P1-1, P1-2, P2-3, P2-4, P2-5, P2-6, P3-7, P3-8, P3-9, P4-10, P4-11, P5-12, P5-13, P5-14, P5-15, P6-16, P6-17, P6-18, P7-19, P7-20, P7-21, P8-22, P8-23, P8-24, P9-25, P9-26, P9-27, P9-28, not "P11" — did you mean "P1-1"?",
        "9:11: language "English" is not allowed: use a language code such as "en" or "fr"",
        "12:9: seed must be a whole number from 0 to 2147483647, not 12.5",
        "13:18: referenceDate must be a real date written YYYY-MM-DD, such as 2025-03-03, not "2025-02-30"",
        "15:18: individuals must be a whole number from 0 to 100000, not "1,000" (write the number without separators, e.g. 5000000)",
        "16:5: unknown key "business" — did you mean "businesses"?",
        "18:19: applications must be at most 5000, not 999999",
        "21:7: unknown key "phenix" — did you mean "phoenix"?",
        "23:9: id "Desk One" is not allowed: use only lower-case letters, digits and hyphens (no spaces), e.g. "first-week"",
        "24:14: process must be one of: registration, filing, payments, collection, audit, refunds, objections, not "registratoin" — did you mean "registration"?",
        "26:15: briefing must not be empty",
        "28:16: correct must be a whole number from 0 to 1000, not "ten"",
        "30:9: hints entry 1 must be a set of keys and values (text, kind, cost), not "Look at the registry"",
        "31:11: passMark must be at most 100, not 170",
      ]
    `)
  })

  it('syntax mistakes', () => {
    expect(messages('broken/broken-syntax.yaml')).toMatchInlineSnapshot(`
      [
        "3:8: this line has two "key: value" parts; if the text contains ": ", put it in quotes, e.g. title: "Desk 1: intake"",
        "8:1: the key "minutes" appears twice in the same place; keep only one of them",
        "9:8: this "[" is never closed: add a "]" at the end",
        "10:11: this quote is never closed: text that starts with a quote must end with the same quote",
      ]
    `)
  })

  it('a world that cannot be built', () => {
    expect(messages('broken/impossible-world.yaml')).toMatchInlineSnapshot(`
      [
        "10:15: jurisdiction "nortland" is not a known profile — did you mean "northland"?",
        "14:3: bogus-registration needs at least 3 existing taxpayers (individuals or businesses) to share a phone number or address with, but the population has 2; raise individuals or businesses",
        "15:18: the registration cases need 4 distinct existing individuals (duplicate-identity 2, namesake 2), but individuals is 2; raise it to at least 4 or lower those counts",
        "16:17: each phoenix case needs its own existing business to rise from: 1 phoenix case but businesses is 0; raise businesses to at least 1",
        "18:19: more anomalies than cases: the anomalies and look-alikes add up to 6, but applications is 5; raise applications to at least 6 or lower the counts",
        "32:5: warning: the hints of task "intake" cost 5 points together, more than the 0 the task can earn; lower the costs",
        "36:7: warning: the feedback for "identity-mismatch" will never be shown: the world has no identity-mismatch cases",
        "37:9: task id "intake" is already used by task 1; give each task its own id",
        "41:12: task "intake" wants 3 of the 5 registration cases, but the tasks before it already take 4; tasks of one process share its cases in order, so lower cases or raise world.registration.applications",
        "44:14: task "arrears" works in collection, but the world has no collection cases; add world.collection",
      ]
    `)
  })

  it('an inline profile without VAT, and warnings', () => {
    expect(messages('broken/no-vat-here.yaml')).toMatchInlineSnapshot(`
      [
        "41:18: vat-threshold cases need a VAT, but the jurisdiction "tiny-island" has no VAT in its taxTypes; add VAT to the profile or remove this anomaly",
        "47:39: warning: points.acceptable (3) is more than points.correct (2); an acceptable decision should not earn more than the correct one",
        "48:5: warning: the hints of task "desk" cost 10 points together, more than the 6 the task can earn; lower the costs",
        "52:7: warning: the feedback for "phoenix" will never be shown: the world has no phoenix cases",
      ]
    `)
  })

  it('a file name that is not an id', () => {
    expect(messages('broken/Registration Desk 2.yaml')).toMatchInlineSnapshot(`
      [
        "1:1: the file name "Registration Desk 2" cannot be a scenario id: use lower-case letters, digits and hyphens, e.g. "registration-desk-2.yaml"",
      ]
    `)
  })

  it('broken jurisdiction profiles', () => {
    expect(messages('broken/jurisdictions/wrong-id.yaml')).toMatchInlineSnapshot(`
      [
        "2:5: id "wrongland" must be the same as the file name "wrong-id"; rename the file to wrongland.yaml or change the id",
        "10:11: code must be one of: CIT, PIT, VAT, PAYE, EXCISE, WHT, not "GST"",
        "17:15: vat must be a number from 0 to 1000, not "7.5%" (write the number without "%")",
        "18:1: missing key "deemedReceiptDays" in deadlines (Days after mailing when a notice is deemed received)",
        "21:17: vatFilingDay must be at most 31, not 32",
        "28:24: type must be one of: percent-per-month, fixed-plus-percent, flat, not "fixed"",
      ]
    `)
    expect(messages('broken/jurisdictions/upside-down.yaml')).toMatchInlineSnapshot(`
      [
        "12:19: mediumTaxpayer (100,000) is below smallTaxpayer (200,000); they must go up: smallTaxpayer ≤ mediumTaxpayer ≤ largeTaxpayer",
        "13:18: largeTaxpayer (50,000) is below mediumTaxpayer (100,000); they must go up: smallTaxpayer ≤ mediumTaxpayer ≤ largeTaxpayer",
      ]
    `)
  })
})
