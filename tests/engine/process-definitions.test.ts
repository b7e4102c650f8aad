/** The process list holds one whole definition per process (the compiler checks the rest). */
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PROCESS_DEFINITIONS, PROCESS_LIST } from '../../src/engine/processes/registry'
import { STREAM } from '../../src/engine/world/context'
import { PROCESS_FORMATS, PROCESSES } from '../../src/engine/processes/formats'
import { LANGUAGES, type Catalogue } from '../../src/i18n/languages'

describe('process definitions', () => {
  it('list every process of the list of formats, in its order, with its own format and module', () => {
    expect(PROCESS_LIST.map((d) => d.format.id)).toEqual([...PROCESSES])
    expect(PROCESS_FORMATS.map((f) => f.id)).toEqual([...PROCESSES])
    expect(Object.keys(PROCESS_DEFINITIONS)).toEqual([...PROCESSES])
    for (const d of PROCESS_LIST) expect(d.module.id).toBe(d.format.id)
  })

  it('give each generator its own randomness stream, apart from the world’s own', () => {
    const streams = PROCESS_LIST.filter((d) => d.phase === 'accounts').map((d) => d.stream)
    expect(new Set(streams).size).toBe(streams.length)
    const register = Object.values(STREAM)
    for (const stream of streams) expect(register).not.toContain(stream)
  })

  it('have their names in every language: long, short and in sentences', async () => {
    for (const language of LANGUAGES) {
      const common = ((await import(`../../src/i18n/${language}/common.ts`)) as { default: Catalogue })
        .default
      for (const id of PROCESSES)
        for (const key of [`common.process.${id}`, `common.process.short.${id}`, `common.process.long.${id}`])
          expect(common[key], `${language} ${key}`).toBeTruthy()
    }
  })

  it('name a guide page that exists', () => {
    for (const d of PROCESS_LIST) expect(existsSync(d.guide), d.guide).toBe(true)
  })

  it('declare kinds that no other process uses, so a task’s kinds name one process', () => {
    const kinds = PROCESS_FORMATS.flatMap((f) => [...f.kinds.ANOMALIES, ...f.kinds.LOOKALIKES])
    expect(kinds.length).toBe(new Set(kinds).size)
  })
})
