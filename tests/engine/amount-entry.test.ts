/**
 * Amounts typed in a money field the way the trainee's locale writes them: "1 250,50" in
 * Russian is 125050 kopecks-like minor units, never 100 times more; a plain "1250.50" still
 * reads where nothing says otherwise, and what could be read two ways is refused, not guessed.
 */
import { describe, expect, it } from 'vitest'
import {
  amountExample,
  buildCommand,
  initialValues,
  isFormProblem,
  minorToInput,
  readAmount,
  type CommandSpec,
  type Currency,
} from '../../src/engine/index'
import { createTranslator } from '../../src/i18n/render'
import { loadCatalogue } from '../../src/i18n/load'

const NGN: Currency = { code: 'NGN', symbol: '₦', minorUnits: 2 }
const XOF: Currency = { code: 'XOF', symbol: 'FCFA', minorUnits: 0 }
const KGS: Currency = { code: 'KGS', symbol: 'сом', minorUnits: 2 }

/** Any space the trainee or the locale may put between digit groups. */
const spaces = (s: string) => s.replace(/[\s\u00a0\u202f]/g, ' ')

/** How a locale's trainee types amounts: what reads, what is refused and why, what the form pre-fills. */
interface Typing {
  name: string
  currency: Currency
  locale: string
  reads: [text: string, minor: number][]
  /** Refused as not an amount, or as more decimals than the currency has. */
  refuses: [text: string, problem: 'amount' | 'decimals'][]
  /** An amount the form pre-fills, as the page shows amounts, and the example it gives. */
  prefill: { minor: number; shown: string; example: string }
}

const TYPING: Typing[] = [
  {
    name: 'en-NG (₦, 2 decimals)',
    currency: NGN,
    locale: 'en-NG',
    reads: [
      ['1250.50', 125050],
      ['1,250.50', 125050],
      ['1,250', 125000],
      ['14,833,439.76', 1483343976],
      ['14833439.76', 1483343976],
      [' 1 250.5 ', 125050],
      ['-12.30', -1230],
      ['\u221212.30', -1230],
    ],
    refuses: [
      ...(['1250,50', '12,50', '1.250.000', 'abc', '', '1,25,0', '.'] as const).map(
        (text): [string, 'amount'] => [text, 'amount'],
      ),
      ['1250.505', 'decimals'],
    ],
    prefill: { minor: 125050, shown: '1,250.50', example: '1,250.50' },
  },
  {
    name: 'fr-SN (FCFA, no minor unit)',
    currency: XOF,
    locale: 'fr-SN',
    reads: [
      ['1 250', 1250],
      ['1\u202f250', 1250],
      ['1\u00a0250', 1250],
      ['1250', 1250],
      ['681 930', 681930],
    ],
    refuses: [
      // 1,25 FCFA in French, 1250 in English: refused rather than guessed.
      ['1,250', 'decimals'],
      ['1.250', 'decimals'],
      ['1 250,50', 'decimals'],
      ['12,5', 'decimals'],
    ],
    // No decimals, grouped as French writes.
    prefill: { minor: 681930, shown: '681 930', example: '1 250' },
  },
  {
    name: 'ru-KG (сом, 2 decimals)',
    currency: KGS,
    locale: 'ru-KG',
    reads: [
      ['1 250,50', 125050],
      ['14 833 439,76', 1483343976],
      ['14\u00a0833\u00a0439,76', 1483343976],
      ['1250,5', 125050],
      ['1250.50', 125050],
      ['1250', 125000],
    ],
    refuses: [
      ['1,250', 'decimals'],
      ['1.250', 'decimals'],
      ['1 250,505', 'decimals'],
      ['1,250.50', 'amount'],
      ['1.250,50', 'amount'],
      ['12,3,4', 'amount'],
    ],
    // As the page shows amounts (14 833 439,76 сом).
    prefill: { minor: 1483343976, shown: '14 833 439,76', example: '1 250,50' },
  },
]

for (const { name, currency, locale, reads, refuses, prefill } of TYPING)
  describe(`amounts typed in ${name}`, () => {
    const read = (text: string) => readAmount(text, currency, locale)
    it.each(reads)('reads %j as %i minor units', (text, minor) => expect(read(text)).toEqual({ minor }))
    it.each(refuses)('refuses %j (%s)', (text, problem) => expect(read(text)).toEqual({ problem }))
    it(`pre-fills ${prefill.shown}, reads it back, and gives ${prefill.example} as its example`, () => {
      const shown = minorToInput(prefill.minor, currency, locale)
      expect(spaces(shown)).toBe(prefill.shown)
      expect(read(shown)).toEqual({ minor: prefill.minor })
      expect(spaces(amountExample(currency, locale))).toBe(prefill.example)
    })
  })

describe("a locale that groups with a point (pt-BR's 1.250,50)", () => {
  it('reads its own grouping and a plain decimal point where grouping cannot be meant', () => {
    expect(readAmount('1.250,50', KGS, 'pt-BR')).toEqual({ minor: 125050 })
    expect(readAmount('1.250', KGS, 'pt-BR')).toEqual({ minor: 125000 })
    expect(readAmount('1250.50', KGS, 'pt-BR')).toEqual({ minor: 125050 })
  })
  it('refuses "1.250" when the currency has three decimals: 1250 or 1.25, it cannot tell', () =>
    expect(readAmount('1.250', { code: 'KWD', symbol: 'KD', minorUnits: 3 }, 'pt-BR')).toEqual({
      problem: 'amount',
    }))
})

describe('the form with no locale (scripted policies, the CLI) reads as before', () => {
  it('pre-fills "1250.50" and reads it back', () => {
    expect(minorToInput(125050, NGN)).toBe('1250.50')
    expect(readAmount('1,250.50', NGN)).toEqual({ minor: 125050 })
    expect(amountExample(XOF)).toBe('1250')
  })
})

describe('a money field in a form', () => {
  const spec: CommandSpec = {
    type: 'refunds.approve',
    label: 'Approve',
    final: true,
    fields: [{ name: 'amount', label: 'Amount', kind: 'money', required: true }],
  }

  it('records what a Russian trainee types, and pre-fills in Russian', () => {
    const start = initialValues(spec, { amount: 125050 }, KGS, String, 'ru-KG')
    expect(spaces(start.amount as string)).toBe('1 250,50')
    expect(buildCommand(spec, start, KGS, 'ru-KG')).toEqual({ type: 'refunds.approve', amount: 125050 })
    expect(buildCommand(spec, { amount: '1 250,50' }, KGS, 'ru-KG')).toEqual({
      type: 'refunds.approve',
      amount: 125050,
    })
  })

  it('says in French why "1,250" FCFA is refused, with an example as French writes it', async () => {
    const built = buildCommand(spec, { amount: '1,250' }, XOF, 'fr-SN')
    expect(isFormProblem(built)).toBe(true)
    if (!isFormProblem(built)) return
    const fr = createTranslator({ language: 'fr', catalogue: await loadCatalogue('fr'), country: 'fr_SN' })
    expect(spaces(fr.t(built.problem))).toBe(
      // Two sentences: the refusal's frame ("Refusé : …") holds the page's one colon.
      'Les montants en FCFA n’ont pas de décimales. Pour « Amount », saisissez par ex. 1 250.',
    )
    const ru = createTranslator({ language: 'ru', catalogue: await loadCatalogue('ru'), country: 'ru_KG' })
    const wrong = buildCommand(spec, { amount: 'много' }, KGS, 'ru-KG')
    expect(isFormProblem(wrong) && spaces(ru.t(wrong.problem))).toBe(
      // The field's label is where to type, not what to type: not "Введите «Сумма» как сумму".
      'Введите в поле «Amount» сумму (сом), например 1 250,50.',
    )
  })
})
