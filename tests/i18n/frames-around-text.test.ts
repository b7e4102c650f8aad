/**
 * Frames a page puts around other text, as the sixth French/Russian crawl read them: a list of
 * evidence titles (titles with their own capitals, colons and "and"), the score distribution read
 * out instead of the chart, the import page's heading around a trainer's title, and the few
 * sentences a trainee or trainer reads on the workshop pages. One colon a sentence, no English
 * word, and Russian with one word for "session".
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { msg } from '../../src/engine'
import { nb, OTHER_LANGUAGES, strictTranslator } from './support/render'

const colons = (text: string) => (text.replace(/«[^»]*»|“[^”]*”|"[^"]*"/g, '«…»').match(/:/g) ?? []).length
const TITLE = 'Filing desk: your first six VAT returns'

describe('frames around other text', () => {
  for (const language of ['en', ...OTHER_LANGUAGES] as const)
    it(`${language}: one colon in each frame, whatever it holds`, async () => {
      const tr = await strictTranslator(language)
      const panels = [
        'filing.panel.return.title',
        'filing.panel.thirdParty.title',
        'filing.panel.validation.title',
      ]
      const listed = { list: panels.map((id) => tr.m('app.decision.panel', { title: tr.m(id) })) }
      const opened = tr.m('app.decision.opened', { panels: listed })
      expect(colons(opened), opened).toBe(1)
      expect(colons(tr.m('app.decision.missed', { panels: listed }))).toBe(1)
      // The panel's own title holds no colon, so it reads in any sentence.
      expect(colons(tr.m('filing.panel.thirdParty.title'))).toBe(0)
      const bands = {
        list: [3, 0, 1, 0, 0, 0, 0, 0, 0, 2].map((count, b) =>
          tr.m('workshop.results.band', { from: b * 10, to: b === 9 ? 100 : b * 10 + 9, count }),
        ),
      }
      const distribution = tr.m('workshop.results.distribution', { bands })
      expect(colons(distribution), distribution).toBe(1)
      // The studio puts « Erreur : » before a file's problem: the problem itself holds no colon.
      const empty = tr.m('scenario.yaml.empty', { kind: 'scenario', start: 'format: 1' })
      expect(colons(empty), empty).toBe(0)
      const heading = tr.m('workshop.import.trainees', { title: TITLE, count: 2 })
      expect(colons(heading), heading).toBe(1)
    })

  it('fr: the words a native trainer would write', async () => {
    const fr = await strictTranslator('fr')
    const bands = {
      list: [1, 0].map((count, b) => fr.m('workshop.results.band', { from: b * 10, to: b * 10 + 9, count })),
    }
    expect(fr.m('workshop.results.distribution', { bands })).toBe(
      nb('Répartition des scores : 1 stagiaire entre 0 et 9 % et aucun stagiaire entre 10 et 19 %'),
    )
    const panels = {
      list: ['La déclaration', 'Validation et recalcul'].map((title) =>
        fr.m('app.decision.panel', { title }),
      ),
    }
    expect(fr.m('app.decision.opened', { panels })).toBe(
      nb('Vous avez ouvert : « La déclaration » et « Validation et recalcul ».'),
    )
    expect(fr.m('workshop.import.trainees', { title: TITLE, count: 1 })).toBe(nb(`${TITLE} — 1 stagiaire`))
    expect(fr.m('workshop.sync.synced')).toBe('Vos actions sont enregistrées chez le formateur.')
    expect(fr.t(msg('workshop.new.nameMissing'))).toBe(nb('Donnez un nom à l’atelier.'))
  })

  it('ru: the words a native trainer would write', async () => {
    const ru = await strictTranslator('ru')
    expect(ru.m('workshop.join.nameMissing')).toBe('Введите своё имя.')
    expect(ru.m('workshop.new.nameMissing')).toBe('Укажите название семинара.')
    expect(ru.m('workshop.sync.synced')).toBe('Ваши действия сохранены у преподавателя.')
    expect(ru.m('workshop.import.trainees', { title: 'Т', count: 2 })).toBe('Т — 2 слушателя')
    expect(ru.m('workshop.import.trainees', { title: 'Т', count: 5 })).toBe('Т — 5 слушателей')
  })

  it('ru: one word for a session in every catalogue («сессия», as the briefing and the report say)', () => {
    const dir = join(import.meta.dirname, '../../src/i18n/ru')
    const found = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') || f.endsWith('.json'))
      .flatMap((f) =>
        readFileSync(join(dir, f), 'utf8')
          .split('\n')
          .filter((line) => /сеанс/i.test(line))
          .map((line) => `${f}: ${line.trim()}`),
      )
    expect(found).toEqual([])
  })
})
