/**
 * The process map's labels are measured to squeeze a line wider than its box (ProcessDiagram's
 * `fit`): again when a line's text, room or weight changes, never just because it is drawn again.
 */
import { cleanup, render } from '@testing-library/svelte'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ProcessMap from '../../src/app/components/ProcessMap.svelte'
import type { ProcessMap as Map } from '../../src/app/workspace-types'

const map: Map = {
  states: [
    { id: 'received', label: 'Claim received', final: false },
    { id: 'registered', label: 'Objection registered', final: false },
    { id: 'decided', label: 'Decided', final: true },
  ],
  transitions: [
    { from: 'received', to: 'registered', event: 'register', label: 'Register' },
    { from: 'registered', to: 'decided', event: 'decide', label: 'Decide' },
  ],
  current: 'received',
  visited: ['received'],
  enabled: ['register'],
}

/** The same procedure with one more arrow: a new layout, the same boxes and labels. */
const rearranged: Map = {
  ...map,
  transitions: [...map.transitions, { from: 'received', to: 'decided', event: 'refuse', label: 'Refuse' }],
}

/** A bold line is too wide for its box, a regular one fits (happy-dom cannot measure text). */
const measure = vi.fn(function (this: SVGTextElement) {
  return this.closest('g.current') ? 1000 : 10
})

beforeEach(() => {
  // The prototype that declares it: the element's own class inherits it.
  let proto = Object.getPrototypeOf(document.createElementNS('http://www.w3.org/2000/svg', 'text')) as object
  while (!Object.prototype.hasOwnProperty.call(proto, 'getComputedTextLength'))
    proto = Object.getPrototypeOf(proto) as object
  vi.spyOn(proto as SVGTextContentElement, 'getComputedTextLength').mockImplementation(measure)
  measure.mockClear()
})

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

/** Each label line of a state's box, with the width it is squeezed to (null: drawn as it is). */
const linesOf = (container: Element, index: number) =>
  [...container.querySelectorAll('g.node')[index]!.querySelectorAll('text')].map((t) => [
    t.textContent,
    t.getAttribute('textLength'),
  ])

describe("the process map's label fitting", () => {
  it('measures each line once, and not again when the map is laid out anew with the same labels', async () => {
    const { rerender } = render(ProcessMap, { map, initiallyOpen: true })
    const lines = document.querySelectorAll('svg g.node text').length
    expect(measure).toHaveBeenCalledTimes(lines)
    measure.mockClear()
    await rerender({ map: rearranged })
    await rerender({ map: { ...rearranged } })
    expect(measure).not.toHaveBeenCalled()
  })

  it('measures a line again when its state becomes current and it turns bold, even with its text unchanged', async () => {
    const { container, rerender } = render(ProcessMap, { map, initiallyOpen: true })
    expect(linesOf(container, 1)).toEqual([
      ['Objection', null],
      ['registered', null],
    ])
    await rerender({
      map: { ...map, current: 'registered', visited: ['received', 'registered'], enabled: ['decide'] },
    })
    const room = String(Number(container.querySelectorAll('g.node rect.box')[1]!.getAttribute('width')) - 10)
    expect(linesOf(container, 1)).toEqual([
      ['● Objection', room],
      ['registered', room],
    ])
    // The state left behind is regular again and fits.
    expect(linesOf(container, 0)).toEqual([['✓ Claim received', null]])
  })
})
