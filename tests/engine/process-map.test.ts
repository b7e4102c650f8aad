/**
 * The process map draws the states a case can stand in and the arrows between them. A state the
 * machine leaves the moment it enters it (an unguarded `always`: collection's routing, filing's
 * opened, payments' received) is not one: the map leaves it out and draws a step into it to where
 * the case passes on. The machine tests (tests/engine/processes/*-machine.test.ts) compare the
 * arrows with the moves an exploration of each machine really makes.
 */
import { describe, expect, it } from 'vitest'
import { createMachine } from 'xstate'
import { machineGraph, passesThrough } from '../../src/engine/processes/graph'
import { PROCESS_MODULES } from '../../src/engine/processes/registry'
import { inEnglish } from '../../src/i18n/render'
import { msg } from '../../src/engine/primitives/message'

const graphOf = (id: keyof typeof PROCESS_MODULES) => {
  const module = PROCESS_MODULES[id]
  return machineGraph(module.machine, module.commands, module.stateLabels)
}

describe('the process map', () => {
  it('finds the states each of the seven machines passes through', () => {
    const through = Object.fromEntries(
      Object.entries(PROCESS_MODULES).map(([id, module]) => [
        id,
        Object.entries(module.machine.root.states)
          .filter(([, node]) => passesThrough(node))
          .map(([state]) => state),
      ]),
    )
    expect(Object.keys(through)).toHaveLength(7)
    expect(through).toEqual({
      registration: [],
      refunds: [],
      filing: ['opened'],
      payments: ['received'],
      audit: [],
      objections: [],
      collection: ['routing'],
    })
  })

  it.each(Object.keys(PROCESS_MODULES) as (keyof typeof PROCESS_MODULES)[])(
    'draws %s with no state a case passes through, every arrow between drawn states',
    (id) => {
      const { states, transitions } = graphOf(id)
      const drawn = new Set(states.map((s) => s.id))
      const nodes = PROCESS_MODULES[id].machine.root.states
      for (const state of states) expect(passesThrough(nodes[state.id]!), state.id).toBe(false)
      for (const t of transitions) {
        expect(drawn.has(t.from), `${t.from} → ${t.to}`).toBe(true)
        expect(drawn.has(t.to), `${t.from} → ${t.to}`).toBe(true)
        expect(t.from).not.toBe(t.to)
      }
    },
  )

  it('draws serving the demand to the demand period, and a write-off sent back to where the case stood', () => {
    const { states, transitions } = graphOf('collection')
    expect(states.map((s) => s.id)).not.toContain('routing')
    const arrows = (event: string) =>
      transitions.filter((t) => t.event === event).map((t) => `${t.from} → ${t.to}: ${inEnglish(t.label)}`)
    expect(arrows('collection.serveDemand')).toEqual([
      'debtDetected → demandPeriod: Serve the final demand notice',
    ])
    expect(arrows('collection.rejectWriteOff').sort()).toEqual([
      'writeOffProposed → debtDetected: Record that the write-off was sent back',
      'writeOffProposed → demandPeriod: Record that the write-off was sent back',
      'writeOffProposed → enforceable: Record that the write-off was sent back',
    ])
    // The period still runs out by itself.
    expect(arrows('always')).toEqual(['demandPeriod → enforceable: automatically'])
  })

  it('follows a chain of passing states, keeps a guarded one, and draws no arrow back to where a step started', () => {
    const machine = createMachine({
      initial: 'route',
      states: {
        route: { always: [{ target: 'waiting', guard: () => false }, { target: 'sort' }] },
        sort: { always: [{ target: 'open', guard: () => true }, { target: 'route' }] },
        open: { on: { SEND: 'route', PARK: 'waiting', LOOP: 'open' } },
        // A guarded `always` only: a case can stand here until the guard holds.
        waiting: { always: { target: 'done', guard: () => false }, on: { BACK: 'sort' } },
        done: { type: 'final' },
      },
    })
    const { states, transitions } = machineGraph(machine, [], { open: msg('session.map.unnamedState') })
    expect(states.map((s) => s.id)).toEqual(['open', 'waiting', 'done'])
    expect(transitions.map((t) => `${t.from} → ${t.to} (${t.event})`)).toEqual([
      'open → waiting (SEND)',
      'open → waiting (PARK)',
      'waiting → open (BACK)',
      'waiting → done (always)',
    ])
  })
})
