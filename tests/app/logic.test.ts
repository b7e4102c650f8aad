/**
 * The pure logic behind the catalogue, the briefing and the results: the suggestion, grouping
 * and search, the rules in words with their worked examples, and CSV. No browser is needed, so
 * it runs in Vitest rather than behind a Playwright build.
 */
import { expect, test } from 'vitest'
import { loadLibrary, PROCESSES, type PenaltyRule, type Scenario } from '../../src/engine/index'
import {
  easiestFirst,
  filterScenarios,
  groupScenarios,
  NO_FILTERS,
  suggestNext,
  type Standing,
} from '../../src/app/catalog/catalog'
import { interestInWords, jurisdictionInWords, penaltyInWords } from '../../src/app/catalog/rules-in-words'
import { taskScoring } from '../../src/app/catalog/scoring'
import { csvField, csvSeparator, toCsv } from '../../src/i18n/csv'
import { processLabel } from '../../src/app/workspace-format'
import { m, page } from '../../src/app/i18n.svelte'
import { bundledFiles } from '../e2e/support/engine'

const library = loadLibrary(bundledFiles())
const scenarios = library.scenarios
const registration = scenarios.find((s) => s.id === 'registration-desk')!
const northland = registration.jurisdiction

test('penalty rules in words, each with a worked example', () => {
  const rows: [PenaltyRule, string, string][] = [
    [
      // 0.5 % a month, capped at 25 %: three months late on ₦1,000,000 → 1.5 % → ₦15,000.
      { type: 'percent-per-month', percent: 0.5, maxPercent: 25, graceMonths: 0 },
      '0.5% of the unpaid tax for each month or part of a month, up to 25% of the tax in total.',
      'On ₦ 1,000,000.00 of tax, 3 months late: 3 × 0.5% = 1.5%, so ₦ 15,000.00. The cap is reached after about 50 months (₦ 250,000.00).',
    ],
    [
      // Two months of grace: only one of the three months counts.
      { type: 'percent-per-month', percent: 2, maxPercent: 10, graceMonths: 2 },
      '2% of the unpaid tax for each month or part of a month, starting after 2 months of grace, up to 10% of the tax in total.',
      'On ₦ 1,000,000.00 of tax, 3 months late: 1 × 2% = 2%, so ₦ 20,000.00. The cap is reached after about 7 months (₦ 100,000.00).',
    ],
    [
      // The greater of ₦50,000 and 10 %: 10 % of ₦1,000,000 is more.
      { type: 'fixed-plus-percent', fixed: 50000, percent: 10, combine: 'greater' },
      'The greater of ₦ 50,000.00 and 10% of the tax, however long the delay.',
      'On ₦ 1,000,000.00 of tax: 10% is ₦ 100,000.00; the penalty is the greater of that and ₦ 50,000.00, so ₦ 100,000.00.',
    ],
    [
      // Both together: ₦5,000 + 1 % = ₦15,000.
      { type: 'fixed-plus-percent', fixed: 5000, percent: 1, combine: 'sum' },
      '₦ 5,000.00 plus 1% of the tax, however long the delay.',
      'On ₦ 1,000,000.00 of tax: ₦ 5,000.00 + ₦ 10,000.00 = ₦ 15,000.00.',
    ],
    [
      { type: 'flat', amount: 25000 },
      'A fixed ₦ 25,000.00, whatever the tax and however long the delay.',
      'On ₦ 1,000,000.00 of tax, 3 months late: ₦ 25,000.00.',
    ],
  ]
  for (const [rule, text, example] of rows)
    expect(plain(penaltyInWords(rule, northland))).toEqual({ text, example })
})

/** Intl puts a no-break space between the symbol and the figure; the expectations write a plain one. */
function plain(rule: { text: string; example: string }) {
  return { text: rule.text.replace(/\u00a0/g, ' '), example: rule.example.replace(/\u00a0/g, ' ') }
}

test('interest in words follows the basis, with the engine computing the example', () => {
  const daily = interestInWords({ ...northland, interest: { percentPerMonth: 1.5, basis: 'daily' } })
  expect(daily.text).toMatch(/^1\.5% a month on unpaid tax, counted day by day \(0\.049% a day\)/)
  // 1,000,000 × 18 % / 365 × 90 days = 44,383.56
  expect(plain(daily).example).toBe('On ₦ 1,000,000.00 unpaid for 90 days: ₦ 44,383.56.')
  const monthly = interestInWords({ ...northland, interest: { percentPerMonth: 2, basis: 'monthly' } })
  expect(plain(monthly).example).toBe('On ₦ 1,000,000.00 unpaid for 3 months: ₦ 60,000.00.')
})

test('scoring before the world exists: cases and maximum per task', () => {
  expect(taskScoring(registration)).toEqual([{ taskId: 'monday-worklist', cases: 12, maxScore: 120 }])
})

test('grouping, filters and accent-blind search', () => {
  const byProcess = groupScenarios(scenarios, 'process')
  expect(byProcess[0]!.key).toBe('registration')
  expect(byProcess.flatMap((g) => g.scenarios)).toHaveLength(scenarios.length)
  const across = byProcess.find((g) => g.label === 'Across processes')!
  expect(across.scenarios.map((s) => s.id).sort()).toEqual([
    'capstone-district-office-week',
    'pre-assessment',
  ])
  expect(byProcess.at(-1)).toBe(across)
  for (const group of byProcess.filter((g) => g !== across))
    for (const s of group.scenarios)
      expect(new Set(s.tasks.map((t) => t.process)), s.id).toEqual(new Set([group.key]))
  const byArea = groupScenarios(scenarios, 'area')
  expect(byArea.map((g) => g.key)).toEqual(
    [...byArea.map((g) => g.key)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
  )
  const french = { ...registration, id: 'fr', title: 'Déclarations en retard', language: 'fr' } as Scenario
  const found = filterScenarios([registration, french], { ...NO_FILTERS, text: 'declarations' })
  expect(found.map((s) => s.id)).toEqual(['fr'])
  expect(filterScenarios([registration, french], { ...NO_FILTERS, language: 'en' }).map((s) => s.id)).toEqual(
    ['registration-desk'],
  )
  expect(filterScenarios(scenarios, { ...NO_FILTERS, text: 'P1-1 TIN' }).map((s) => s.id)).toContain(
    'registration-desk',
  )
})

test('the search finds an indicator by its English name and by the page’s, the English from the catalogue', async () => {
  const byText = (text: string) => filterScenarios([registration], { ...NO_FILTERS, text }).map((s) => s.id)
  await page.use('fr')
  try {
    expect(byText('Accurate and reliable taxpayer information')).toEqual(['registration-desk'])
    expect(byText('exactitude et fiabilite des informations')).toEqual(['registration-desk'])
    expect(byText('Exactitude des déclarations fantaisistes')).toEqual([])
  } finally {
    await page.use('en')
  }
})

test('the suggestion: easiest first, then the weakest outcome area, never what is passed', () => {
  const none = () => undefined
  expect(suggestNext(scenarios, none)?.scenario).toBe(scenarios.toSorted(easiestFirst)[0])

  // Registration passed; objections done badly: suggest the easiest not-passed scenario in P7.
  const standing: Record<string, Standing> = {
    'registration-desk': {
      passed: true,
      inProgress: false,
      tadat: [{ code: 'P1-1', score: 120, maxScore: 120 }],
    },
    'objections-review-desk': {
      passed: false,
      inProgress: false,
      tadat: [{ code: 'P7-19', score: 20, maxScore: 100 }],
    },
  }
  const next = suggestNext(scenarios, (id) => standing[id])
  expect(next?.scenario.tadat.some((c) => c.startsWith('P7-'))).toBe(true)
  expect(next?.reason).toMatch(
    /^Your weakest area so far is P7 · Effective tax dispute resolution \(20% of the points\)/,
  )

  // Registration passed well and nothing else tried: something new, in another area.
  const onlyRegistration = (id: string) => (id === 'registration-desk' ? standing[id] : undefined)
  const newArea = suggestNext(scenarios, onlyRegistration)
  expect(newArea?.reason).toMatch(/^Something new: the easiest scenario in P\d/)
  expect(newArea?.scenario.tadat.every((c) => !c.startsWith('P1-'))).toBe(true)

  const allPassed = () => ({ passed: true, inProgress: false, tadat: [] })
  expect(suggestNext(scenarios, allPassed)).toBeUndefined()
})

test("the suggestion offers the trainee's language at the lowest open level", () => {
  const none = () => undefined
  expect(suggestNext(scenarios, none, 'ru')?.scenario.id).toBe('refunds-first-claims-ru')
  expect(suggestNext(scenarios, none, 'fr')?.scenario.id).toBe('filing-premieres-declarations')
  // In English, as before: the easiest first.
  expect(suggestNext(scenarios, none, 'en')?.scenario).toBe(scenarios.toSorted(easiestFirst)[0])
  expect(suggestNext(scenarios, none)?.scenario).toBe(scenarios.toSorted(easiestFirst)[0])
})

test("with none in the trainee's language at the lowest open level: theirs one level up, never two", () => {
  const none = () => undefined
  const passed =
    (...ids: string[]) =>
    (id: string) =>
      ids.includes(id) ? { passed: true, inProgress: false, tadat: [] } : undefined
  const level = (id: string) => scenarios.find((s) => s.id === id)!.difficulty
  // The French level 1 done, English ones of level 1 still open: the French level 2 comes first.
  expect(level('registration-guichet-unique')).toBe(2)
  const afterFirst = suggestNext(scenarios, passed('filing-premieres-declarations'), 'fr')?.scenario
  expect(afterFirst?.id).toBe('registration-guichet-unique')
  // The French level 2 done too: the only French one left is level 3, two levels above the
  // English level-1 ones still open, so an English level 1 comes first.
  expect(level('collection-lawful-enforcement')).toBe(3)
  const afterSecond = suggestNext(
    scenarios,
    passed('filing-premieres-declarations', 'registration-guichet-unique'),
    'fr',
  )?.scenario
  expect(afterSecond?.language).toBe('en')
  expect(afterSecond?.difficulty).toBe(1)
  // Once the English level 1 ones are done, French level 3 and English level 2 weigh the same: French.
  const levelOne = scenarios.filter((s) => s.difficulty === 1).map((s) => s.id)
  expect(suggestNext(scenarios, passed(...levelOne, 'registration-guichet-unique'), 'fr')?.scenario.id).toBe(
    'collection-lawful-enforcement',
  )

  // No Russian scenario left: an English one of the lowest open level, not a French one.
  const russianDone = suggestNext(scenarios, passed('refunds-first-claims-ru'), 'ru')?.scenario
  expect(russianDone?.language).toBe('en')
  expect(russianDone?.difficulty).toBe(1)
  // An English trainee who has done the English level-1 scenarios goes on to English level 2, not
  // to the Russian or French level-1 one.
  const englishOne = scenarios.filter((s) => s.difficulty === 1 && s.language === 'en').map((s) => s.id)
  const english = suggestNext(scenarios, passed(...englishOne), 'en')?.scenario
  expect(english?.language).toBe('en')
  expect(english?.difficulty).toBe(2)
  // A language with no scenario at all (Portuguese): English before any other, even a quicker one.
  const quickRussian = scenarios.map((s) => (s.id === 'refunds-first-claims-ru' ? { ...s, minutes: 1 } : s))
  expect(suggestNext(quickRussian, none, 'pt')?.scenario.language).toBe('en')
  expect(suggestNext(quickRussian, none)?.scenario.id).toBe('refunds-first-claims-ru')
})

test('CSV: quoted when needed, formulas defused, UTF-8 with a byte-order mark', () => {
  const rows: [Parameters<typeof csvField>[0], string][] = [
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"], // a spreadsheet would run it
    [-5, '-5'], // numbers are never defused
    ['oui', 'oui'], // a yes/no comes as the reader's word
    [undefined, ''],
  ]
  for (const [value, cell] of rows) expect(csvField(value)).toBe(cell)
  expect(toCsv(['case', 'amount'], [['A-1', '₦ 1,000.00']])).toBe('\ufeffcase,amount\r\nA-1,"₦ 1,000.00"\r\n')
})

test('CSV: separated the way a spreadsheet in the reader’s locale reads it', () => {
  // A decimal comma means a semicolon between fields (French, Russian, Portuguese spreadsheets).
  expect(['en-NG', 'en-GB', 'fr-SN', 'fr-FR', 'ru-KG', 'pt-PT'].map(csvSeparator)).toEqual([
    ',',
    ',',
    ';',
    ';',
    ';',
    ';',
  ])
  expect(
    toCsv(
      ['dossier', 'montant'],
      [
        ['A-1', '1 250,50 FCFA'],
        ['A-2', 'a; b'],
      ],
      'fr-SN',
    ),
  ).toBe('\ufeffdossier;montant\r\nA-1;1 250,50 FCFA\r\nA-2;"a; b"\r\n')
  expect(toCsv(['a', 'b'], [[-20, 'x, y']], 'ru-KG')).toBe('\ufeffa;b\r\n-20;x, y\r\n')
})

test('every profile setting of every bundled scenario reads as words, not field names or JSON', () => {
  const fieldName = /\b[a-z]+[A-Z][a-zA-Z]*\b/
  for (const scenario of scenarios) {
    const groups = jurisdictionInWords(scenario.jurisdiction, PROCESSES)
    const settings = groups.filter((g) => PROCESSES.some((p) => processLabel(p, 'long') === g.heading))
    expect(settings.length, scenario.id).toBeGreaterThan(0)
    for (const rule of groups.flatMap((g) => g.rules)) {
      expect(rule.label, scenario.id).not.toMatch(fieldName)
      expect(rule.text, `${scenario.id}: ${rule.label}`).not.toMatch(/[{}[\]"]|\bundefined\b|NaN|\[object/)
      expect(rule.text, `${scenario.id}: ${rule.label}`).not.toMatch(fieldName)
    }
  }
})

test('the briefing names a profile’s taxes by their labels in the reader’s language, not its English names or codes', async () => {
  const scenario = scenarios.find((s) => s.jurisdiction.taxTypes.length > 3)!
  const taxes = () =>
    jurisdictionInWords(scenario.jurisdiction)
      .flatMap((g) => g.rules)
      .find((r) => r.label === m('app.rules.taxes'))!.text
  try {
    await page.use('fr')
    const text = taxes()
    expect(text).toContain('TVA')
    expect(text).not.toMatch(/\b(?:VAT|CIT|PIT|WHT|EXCISE|PAYE)\b/)
    for (const tax of scenario.jurisdiction.taxTypes) expect(text).not.toContain(tax.name)
  } finally {
    await page.use('en')
  }
})

test('the briefing says amounts are rounded to the currency’s last digit: whole francs CFA, hundredths of a som', async () => {
  const rounding = (id: string) =>
    jurisdictionInWords(scenarios.find((s) => s.id === id)!.jurisdiction)
      .flatMap((g) => g.rules)
      .find((r) => r.label === m('app.rules.currency'))!.text
  const XOF = 'collection-lawful-enforcement'
  const KGS = 'refunds-first-claims-ru'
  const said: Record<string, [string, string]> = {}
  try {
    for (const language of ['ru', 'fr', 'pt', 'en'] as const) {
      await page.use(language)
      said[language] = [rounding(XOF), rounding(KGS)]
    }
  } finally {
    await page.use('en')
  }
  expect(said.ru![0]).toContain('без дробной части. Расчётные суммы округляются до целых')
  expect(said.ru![1]).toContain('округляются до сотых')
  for (const [xof] of Object.values(said)) expect(xof).not.toMatch(/копейк|centième|centésima|minor unit/)
  expect(said.fr![0]).toContain('arrondis à l’unité la plus proche')
  expect(said.fr![1]).toContain('arrondis au centième le plus proche')
  expect(said.pt![0]).toContain('arredondados à unidade mais próxima')
  expect(said.pt![1]).toContain('arredondados à centésima mais próxima')
  expect(said.en![0]).toContain('rounded to the nearest whole unit')
})
