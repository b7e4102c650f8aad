/**
 * The causes for which a late-filing penalty may be waived reach a reader in their language: a
 * profile that names none accepts the default causes, stored in English like a register sector
 * and shown through their messages (the taxpayer's letter, the attached certificate, the panel
 * of accepted causes, the teaching note); a profile's own causes are its words, shown as written.
 */
import { describe, expect, it } from 'vitest'
import { loadBundledLibrary } from '../../src/cli/files'
import { playPolicy, Session, type Scenario } from '../../src/engine'
import type { Value } from '../../src/engine/processes/contract'
import { DEFAULT_WAIVER_CAUSES } from '../../src/engine/primitives/waiver-causes'
import { translatorFor } from '../../src/i18n/for-scenario'
import { panelValues } from './support/render'

const library = await loadBundledLibrary()
// An English scenario in the French-speaking Côte sahélienne, whose profile names no cause: its
// world has a documented late return, and genuine late returns whose letters name a cause.
const nonFilers = library.scenarios.find((s) => s.id === 'filing-non-filers')!

/** Every text about the filing cases, after the best play opened every panel it needs. */
async function filingTexts(scenario: Scenario, seed: number, language: 'en' | 'fr' | 'ru' | 'pt') {
  const session = await Session.start(scenario, { seed })
  playPolicy(session, 'best')
  const values: (Value | undefined)[] = []
  for (const c of session.cases()) {
    if (c.process !== 'filing') continue
    const truth = session.truthOf(c.caseId)!
    values.push(c.title, truth.expected, truth.explanation, ...truth.flags, ...(truth.clearing ?? []))
    values.push(...session.caseView(c.caseId).panels.flatMap(panelValues))
  }
  const tr = await translatorFor(scenario, language, (id) => {
    throw new Error(`${language}: no message ${id}`)
  })
  return values.map((v) => tr.t(v)).join('\n')
}

describe('waiver causes in the reader’s language', () => {
  it.each([1, 2, 3])(
    'filing-non-filers, seed %i: the default causes in the reader’s language',
    async (seed) => {
      const english = await filingTexts(nonFilers, seed, 'en')
      // The seed's world does name causes (so the other languages are checked on something).
      expect(DEFAULT_WAIVER_CAUSES.some((cause) => english.includes(cause))).toBe(true)
      for (const language of ['fr', 'ru', 'pt'] as const) {
        const text = await filingTexts(nonFilers, seed, language)
        expect(
          DEFAULT_WAIVER_CAUSES.filter((cause) => text.includes(cause)),
          language,
        ).toEqual([])
      }
      const french = await filingTexts(nonFilers, seed, 'fr')
      expect(french).toMatch(
        /maladie grave ou hospitalisation|décès d’un proche parent|catastrophe naturelle/,
      )
    },
  )

  it('a profile’s own causes are shown as it writes them', async () => {
    const own = ['inondation de l’entrepôt', 'panne du portail fiscal']
    const scenario: Scenario = {
      ...nonFilers,
      jurisdiction: {
        ...nonFilers.jurisdiction,
        payments: { ...nonFilers.jurisdiction.payments, waiverCauses: own },
      },
    }
    const french = await filingTexts(scenario, 1, 'fr')
    for (const cause of own) expect(french).toContain(cause)
    expect(DEFAULT_WAIVER_CAUSES.filter((cause) => french.includes(cause))).toEqual([])
  })
})
