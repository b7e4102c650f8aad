/**
 * What a native trainer corrected in the French and Russian crawl of session 23: each message is
 * rendered the way its page renders it, and each test fails on the text the reviewer found.
 */
import { describe, expect, it } from 'vitest'
import { msg, type Msg } from '../../src/engine/primitives/message'
import { loadLibrary } from '../../src/engine/scenario'
import type { Translator } from '../../src/i18n/render'
import { bundled, bundledFiles, withValues } from '../engine/robust/mutate'
import { entryText } from '../../src/engine/processes/payments/panels'
import type { LedgerEntry } from '../../src/engine/world/types'
import { occupationLabel } from '../../src/engine/world/sectors'
import { nb, panelValues, strictTranslator } from './support/render'
import { civilRegistryPanel } from '../../src/engine/processes/registration/panels'
import type { Application } from '../../src/engine/world/types'
import type { World } from '../../src/engine/index'

describe('an empty multi-choice field on the results page and in the CSV', () => {
  // describe.ts: "label: value" through common.pair, an empty list as app.report.noneChosen.
  const cases = [
    ['en', 'Items allowed: none'],
    ['fr', nb('Chefs admis : aucun')],
    ['ru', 'Удовлетворённые пункты: ни одного'],
    ['pt', 'Pontos deferidos: nenhum'],
  ] as const
  it.each(cases)('%s agrees with the field it answers', async (language, expected) => {
    const t = await strictTranslator(language)
    const text = t.t(
      msg('common.pair', {
        label: msg('objections.field.allowedItems'),
        value: msg('app.report.noneChosen'),
      }),
    )
    expect(text).toBe(expected)
  })
})

describe('the objection decision in words', () => {
  it('names the partly confirmed items without a plural that one item contradicts', async () => {
    const fr = await strictTranslator('fr')
    const en = await strictTranslator('en')
    const args = { outcome: 'other', supported: 'le chef 2', refused: 'le chef 3' }
    const text = fr.t(msg('objections.truth.merits', args))
    expect(text).not.toMatch(/ceux-là/)
    expect(text).toBe(
      nb(
        'les vérifications confirment les pièces nouvelles pour le chef 2 mais non pour le chef 3 : accueillir ce qu’elles confirment, rejeter le reste, et le dégrèvement ne porte que sur ce qui est accueilli',
      ),
    )
    expect(
      en.t(msg('objections.truth.merits', { ...args, supported: 'item 2', refused: 'item 3' })),
    ).not.toMatch(/allow those/)
  })
  it.each([
    ['fr', 'Si aucun chef n’est admis, la réclamation est rejetée.'],
    ['en', 'If no item is allowed, the objection is disallowed.'],
    ['pt', 'Se nenhum ponto for deferido, a reclamação é indeferida.'],
  ] as const)(
    '%s: the decision form says what allowing nothing means in a whole sentence',
    async (language, sentence) => {
      const t = await strictTranslator(language)
      expect(t.m('objections.cmd.decide.help')).toContain(nb(sentence))
    },
  )
})

describe('a waiver’s documents and verdict in French', () => {
  const hospital = (city: string) => msg('payments.world.doc.hospital', { city })
  it('elides "de" before a city that starts with a vowel, and only then', async () => {
    const fr = await strictTranslator('fr')
    expect(fr.t(hospital('Igodonu'))).toBe('Hôpital général d’Igodonu')
    expect(fr.t(hospital('Thiès'))).toBe('Hôpital général de Thiès')
    expect(fr.t(hospital('Yeumbeul'))).toBe('Hôpital général de Yeumbeul')
    expect(fr.t(hospital('Hann'))).toBe('Hôpital général de Hann')
    expect(fr.t(msg('payments.world.doc.medicalCentre', { city: 'Oussouye' }))).toBe(
      'Centre médical d’Oussouye',
    )
  })
  it('names the issuer of a document without a missing article or a title’s gender', async () => {
    const fr = await strictTranslator('fr')
    const text = fr.t(
      msg('payments.world.waiver.clearingDocument', {
        title: msg('payments.world.doc.discharge'),
        issuer: hospital('Igodonu'),
        dueOn: '31 mars 2025',
      }),
    )
    expect(text).toBe(
      'Compte rendu d’hospitalisation (Hôpital général d’Igodonu) couvre l’échéance du 31 mars 2025',
    )
    const pt = await strictTranslator('pt')
    const inPortuguese = pt.t(
      msg('payments.world.waiver.clearingDocument', {
        title: msg('payments.world.doc.discharge'),
        issuer: hospital('Igodonu'),
        dueOn: '31/03/2025',
      }),
    )
    expect(inPortuguese).not.toMatch(/emitido por Hospital/)
  })
  it('says what was refused, agreeing with it', async () => {
    const fr = await strictTranslator('fr')
    expect(fr.m('payments.verdict.waiver.refused')).toBe(
      nb('Remise refusée : aucun motif légitime justifié n’explique le retard.'),
    )
  })
})

describe('a taxpayer’s excuse quoted in an officer’s sentence', () => {
  const excuses = ['accountant', 'cash', 'deadline', 'internet'].map((k) =>
    msg(`payments.world.causeless.${k}`),
  )
  it.each(['en', 'fr', 'ru', 'pt'] as const)(
    '%s: the quoted excuse has no full stop before the verdict, the letter still ends its sentence',
    async (language) => {
      const t = await strictTranslator(language)
      for (const cause of excuses) {
        for (const id of [
          'payments.world.unjustified.flagNoCause',
          'payments.world.unjustified.explanationNoCause',
        ])
          expect(t.t(msg(id, { cause }))).not.toMatch(/\.\s?[»"]/)
        const letter = t.t(
          msg('payments.world.waiver.letterNoCause', {
            taxType: 'VAT',
            period: '2025-03',
            cause,
            filedOn: '2025-04-10',
          }),
        )
        expect(letter).toContain(`${t.t(cause)}. `)
      }
    },
  )
  it.each([
    ['en', /show I was/],
    ['fr', /invoqué \(j’ai/],
    ['ru', /что я находился/],
    ['pt', /mostram que estive/],
  ] as const)(
    '%s: the officer quotes the first person of the letter, not speaks it',
    async (language, old) => {
      const t = await strictTranslator(language)
      const cause = msg('payments.world.cause.hospital', {
        admitted: '26 March 2025',
        discharged: '5 April 2025',
      })
      const text = t.t(msg('payments.world.waiver.explanation', { cause, dueOn: '31 March 2025', days: 10 }))
      expect(text).not.toMatch(old)
      expect(text).toMatch(new RegExp(`[«"]\\s?${t.t(cause)}\\s?[»"]`))
    },
  )
})

describe('a ledger line’s kind and its note', () => {
  const line = (kind: LedgerEntry['kind'], note: Msg) => entryText({ kind, note } as LedgerEntry)
  const lines = [
    line('payment', msg('world.ledger.bankTransfer')),
    line('penalty', msg('payments.world.note.lateFilingAndPayment')),
    line('interest', msg('payments.world.note.lateInterest')),
    line('interest', msg('world.ledger.lateInterest')),
    line('adjustment', msg('world.ledger.additionalAssessment')),
    line('adjustment', msg('payments.world.note.additionalAssessment')),
    line('payment', msg('world.ledger.partPayment')),
    line('adjustment', msg('audit.ledger.earlierAudit')),
  ]
  it.each(['en', 'fr', 'ru', 'pt'] as const)(
    '%s: the note in brackets is lower-case, not nested, and does not repeat the kind',
    async (language) => {
      const t = await strictTranslator(language)
      for (const text of lines.map((l) => t.t(l))) {
        expect(text).toMatch(/^[^(]+ \([^()A-ZА-ЯЁ][^()]*\)$/u)
        const [kind, note] = text.slice(0, -1).split(' (') as [string, string]
        expect(note.toLowerCase().startsWith(kind.toLowerCase()), text).toBe(false)
      }
    },
  )
  it('reads as a Russian and a French ledger write it', async () => {
    const ru = await strictTranslator('ru')
    expect(ru.t(lines[0])).toBe('платёж (банковский перевод)')
    expect(ru.t(lines[1])).toBe('штраф (несвоевременная подача и уплата)')
    const fr = await strictTranslator('fr')
    expect(fr.t(lines[4])).toBe('redressement (imposition supplémentaire)')
  })
})

describe('a company as the subject of a Russian past-tense verb', () => {
  // "ООО Емельянов Производство задекларировал" reads as a man who declared: the noun before the
  // name (поставщик, покупатель) is what the verb agrees with.
  const company = 'ООО Емельянов Производство'
  it.each([
    ['refunds.truth.flag.creditsShort', { supplier: company, declared: '0,00', claimed: '10,00' }],
    ['refunds.story.record.supplierDeclared', { supplier: company, buyer: 'ТОО Альфа' }],
    ['collection.world.request.customerLate', { customer: company, days: 12 }],
    ['collection.world.cashFlow.delayed', { customer: company }],
  ] as const)('%s', async (id, args) => {
    const ru = await strictTranslator('ru')
    const text = ru.t(msg(id, args))
    expect(text).toMatch(/(Поставщик|[Пп]окупатель) ООО Емельянов Производство/)
    expect(text).not.toMatch(/(^|, что |потому что )ООО/)
  })
})

describe('a late return’s case title', () => {
  it.each([
    ['ru', 'Декларация по НДС за 2025-02 (с опозданием), Bâtiment Élite SARL'],
    ['fr', 'Déclaration de TVA 2025-02 (tardive), Bâtiment Élite SARL'],
    ['pt', 'Declaração de IVA 2025-02 (fora do prazo), Bâtiment Élite SARL'],
    ['en', 'Late VAT return 2025-02, Bâtiment Élite SARL'],
  ] as const)('%s: the period follows the return, not the word "late"', async (language, title) => {
    const t = await strictTranslator(language)
    expect(
      t.t(msg('filing.world.title.lateReturn', { period: '2025-02', name: 'Bâtiment Élite SARL' })),
    ).toBe(title)
  })
})

describe('the hub’s offline banner counts the steps it keeps', () => {
  it.each([
    ['fr', 1, '1 étape est gardée dans ce navigateur et sera envoyée'],
    ['fr', 3, '3 étapes sont gardées dans ce navigateur et seront envoyées'],
    ['ru', 1, '1 шаг сохранён в этом браузере и будет отправлен'],
    ['ru', 21, '21 шаг сохранён в этом браузере и будет отправлен'],
    ['ru', 3, '3 шага сохранены в этом браузере и будут отправлены'],
    ['pt', 1, '1 passo fica guardado neste navegador e será enviado'],
    ['pt', 2, '2 passos ficam guardados neste navegador e serão enviados'],
  ] as const)('%s, %i: the verb agrees with the count', async (language, count, words) => {
    const t = await strictTranslator(language)
    expect(t.m('workshop.sync.offline', { count })).toContain(words)
  })
})

describe('an occupation on the civil registry agrees with the person’s sex', () => {
  it.each([
    ['fr', 'Trader', 'F', 'Commerçante'],
    ['fr', 'Trader', 'M', 'Commerçant'],
    ['fr', 'Retired', 'F', 'Retraitée'],
    ['fr', 'Nurse', 'F', 'Infirmière'],
    ['ru', 'Retired', 'F', 'Пенсионерка'],
    ['ru', 'Retired', 'M', 'Пенсионер'],
    ['ru', 'Nurse', 'M', 'Медбрат'],
    ['ru', 'Teacher', 'F', 'Учитель'],
    ['pt', 'Retired', 'F', 'Reformada'],
    ['en', 'Retired', 'F', 'Retired'],
  ] as const)('%s: %s, %s → %s', async (language, occupation, sex, label) => {
    const t = await strictTranslator(language)
    expect(t.t(occupationLabel(occupation, sex))).toBe(label)
  })
  it('the civil registry panel shows a woman’s occupation in the feminine', async () => {
    const woman = {
      nationalId: 'SN-1',
      firstName: 'Oumou',
      lastName: 'Kassé',
      birthDate: '1980-01-01',
      sex: 'F',
      address: { line: '1 rue X', city: 'Thiès', region: 'Thiès' },
      phone: '770000000',
      occupation: 'Trader',
      status: 'alive',
    }
    const world = { people: { 'SN-1': woman } } as unknown as World
    const panel = civilRegistryPanel(world, {
      kind: 'individual',
      idNumber: 'SN-1',
    } as unknown as Application)
    const fr = await strictTranslator('fr')
    const shown = panelValues(panel).map((v) => fr.t(v))
    expect(shown).toContain('Commerçante')
    expect(shown).not.toContain('Commerçant')
  })
})

describe('the trainer’s dashboard says what the trainee’s pages say', () => {
  const ids = [
    ['workshop.play.decidedOf', { decided: 4, cases: 14 }],
    ['workshop.dash.decidedSoFar', { decided: 4, cases: 14 }],
    ['workshop.dash.casesDecided', {}],
    ['workshop.dash.nobodyDecided', {}],
    ['workshop.dash.undecided', { count: 2 }],
    ['workshop.results.noAnomaly', {}],
  ] as const
  it('French uses the trainee’s « tranché », never « décidé »', async () => {
    const fr = await strictTranslator('fr')
    for (const [id, args] of ids) expect(fr.m(id, args)).not.toMatch(/décid/)
    expect(fr.m('workshop.dash.decidedSoFar', { decided: 4, cases: 14 })).toBe('4 / 14 tranchés')
    expect(fr.m('workshop.play.decidedOf', { decided: 1, cases: 5 })).toBe('1 dossier tranché sur 5')
    expect(fr.m('workshop.dash.undecided', { count: 1 })).toBe('1 stagiaire ne l’a pas encore tranché.')
  })
  it.each([
    ['fr', '40 % des 5 dossiers tranchés'],
    ['en', '40% of 5 cases decided'],
    ['ru', '40 % из 5 решённых дел'],
    ['pt', '40 % dos 5 processos decididos'],
  ] as const)('%s: a detection rate says what it is a share of', async (language, text) => {
    const t = await strictTranslator(language)
    // Spaces compared as spaces: the percent sign's own (no-break) space is the format tests' business.
    expect(
      t
        .m('workshop.results.rateOf', { rate: t.m('app.percent', { value: 40 }), decided: 5 })
        .replace(/\s/g, ' '),
    ).toBe(text)
  })
})

describe('the studio validator quotes a trainer’s value the reader’s way', () => {
  const guichet = bundled('scenarios/registration-guichet-unique.yaml')
  const profiles = bundledFiles.filter((f) => f.path.startsWith('scenarios/jurisdictions/'))
  const issues = loadLibrary(
    [
      ...profiles,
      withValues(guichet, [
        [['minutes'], 'quinze'],
        [['tasks', 0, 'process'], 'registrations'],
        [['passMark'], 101],
      ]),
    ],
    { teaching: true },
  ).issues.filter((i) => !i.path.startsWith('scenarios/jurisdictions/'))
  const texts = (t: Translator) => issues.map((i) => t.t(i.text))
  it('French: « quinze », never "quinze" beside « … »', async () => {
    const said = texts(await strictTranslator('fr'))
    expect(said.some((s) => s.includes(nb('« quinze »')))).toBe(true)
    expect(said.some((s) => s.includes(nb('« registrations »')))).toBe(true)
    for (const s of said) expect(s).not.toMatch(/"/)
  })
  it('Russian: «quinze», a limit says what was written, and standard words for indentation', async () => {
    const ru = await strictTranslator('ru')
    const said = texts(ru)
    expect(said.some((s) => s.includes('«quinze»'))).toBe(true)
    for (const s of said) expect(s).not.toMatch(/"/)
    expect(said).toContain('значение passMark должно быть не больше 100 (указано 101)')
    // A whole sentence after the studio's « Ошибка: », not a second « passMark: ».
    for (const s of said.filter((s) => s.includes('указано'))) expect(s).not.toMatch(/^\S+: /)
    for (const id of ['scenario.yaml.tab', 'scenario.yaml.indentedFurther'])
      expect(ru.m(id)).not.toMatch(/отступлен/)
  })
  it('English keeps its straight quotes', async () => {
    const said = texts(await strictTranslator('en'))
    expect(said.some((s) => s.includes('"quinze"'))).toBe(true)
  })
})

describe('a saved session replayed in part (the opening page)', () => {
  // The verb agrees with each count, and no « rejouée(s) » hedges it.
  const cases = [
    ['fr', 1, 1, '1 étape de votre session a été rejouée, mais 1 étape n’a pas pu l’être. R'],
    ['fr', 3, 2, '3 étapes de votre session ont été rejouées, mais 2 étapes n’ont pas pu l’être. R'],
    ['pt', 1, 2, '1 passo da sua sessão foi repetido, mas 2 passos não puderam ser repetidos. R'],
  ] as const
  it.each(cases)('%s: %i kept, %i refused', async (language, kept, refused, expected) => {
    const t = await strictTranslator(language)
    const text = t.m('app.opening.partialText', { kept, refused, reason: 'R' })
    expect(text).toBe(expected)
    expect(text).not.toContain('(s)')
  })
})
