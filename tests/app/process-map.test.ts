import { cleanup, render, screen } from '@testing-library/svelte'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import ProcessMap from '../../src/app/components/ProcessMap.svelte'
import { layoutProcess, wrapLabel, type Layout } from '../../src/app/process-layout'
import type { ProcessMap as Map } from '../../src/app/workspace-types'

/** A refund-like procedure with a loop (documents requested and received) and three end states. */
const refund: Map = {
  states: [
    { id: 'received', label: 'Claim received', final: false },
    { id: 'riskReview', label: 'Risk review', final: false },
    { id: 'awaitingDocuments', label: 'Waiting for the taxpayer’s documents', final: false },
    { id: 'audit', label: 'Pre-refund audit', final: false },
    { id: 'paid', label: 'Refund paid', final: true },
    { id: 'offset', label: 'Offset against arrears', final: true },
    { id: 'refused', label: 'Refund refused', final: true },
  ],
  transitions: [
    { from: 'received', to: 'riskReview', event: 'refund.assessRisk', label: 'Assess the risk' },
    {
      from: 'riskReview',
      to: 'awaitingDocuments',
      event: 'refund.requestDocuments',
      label: 'Request invoices',
    },
    {
      from: 'awaitingDocuments',
      to: 'riskReview',
      event: 'refund.documentsReceived',
      label: 'Documents received',
    },
    { from: 'riskReview', to: 'audit', event: 'refund.audit', label: 'Open a pre-refund audit' },
    { from: 'riskReview', to: 'paid', event: 'refund.approve', label: 'Approve the refund' },
    { from: 'riskReview', to: 'offset', event: 'refund.offset', label: 'Offset against arrears' },
    { from: 'audit', to: 'paid', event: 'refund.approve', label: 'Approve the refund' },
    { from: 'audit', to: 'refused', event: 'refund.reject', label: 'Refuse the refund' },
    { from: 'riskReview', to: 'refused', event: 'refund.reject', label: 'Refuse the refund' },
  ],
  current: 'riskReview',
  visited: ['received', 'riskReview', 'awaitingDocuments', 'riskReview'],
  enabled: ['refund.audit', 'refund.reject'],
}

function overlaps(a: Layout['nodes'][number], b: Layout['nodes'][number]): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

function expectTidy(layout: Layout, ids: string[]) {
  expect(layout.nodes.map((n) => n.id).sort()).toEqual([...new Set(ids)].sort())
  for (const n of layout.nodes) {
    expect(n.x).toBeGreaterThanOrEqual(0)
    expect(n.y).toBeGreaterThanOrEqual(0)
    expect(n.x + n.width).toBeLessThanOrEqual(layout.width)
    expect(n.y + n.height).toBeLessThanOrEqual(layout.height)
  }
  for (let i = 0; i < layout.nodes.length; i++)
    for (let j = i + 1; j < layout.nodes.length; j++)
      expect(
        overlaps(layout.nodes[i]!, layout.nodes[j]!),
        `${layout.nodes[i]!.id} / ${layout.nodes[j]!.id}`,
      ).toBe(false)
}

describe('layoutProcess', () => {
  it('puts every state on the canvas without overlaps', () => {
    const layout = layoutProcess({ ...refund, initial: 'received' })
    expectTidy(
      layout,
      refund.states.map((s) => s.id),
    )
  })

  it('layers by longest path from the initial state and draws loops back up', () => {
    const layout = layoutProcess({ ...refund, initial: 'received' })
    const layer = Object.fromEntries(layout.nodes.map((n) => [n.id, n.layer]))
    expect(layer).toMatchObject({
      received: 0,
      riskReview: 1,
      awaitingDocuments: 2,
      audit: 2,
      paid: 3,
      refused: 3,
    })
    const loop = layout.edges.find((e) => e.from === 'awaitingDocuments' && e.to === 'riskReview')
    expect(loop?.back).toBe(true)
    const forward = layout.edges.find((e) => e.from === 'riskReview' && e.to === 'audit')
    expect(forward?.back).toBe(false)
  })

  it('keeps any graph tidy, cycles and strays included', () => {
    const graph = fc.integer({ min: 1, max: 14 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 30 }),
      }),
    )
    fc.assert(
      fc.property(graph, ({ n, edges }) => {
        const states = Array.from({ length: n }, (_, i) => ({ id: `s${i}` }))
        const transitions = edges.map(([a, b], i) => ({ from: `s${a}`, to: `s${b}`, event: `e${i}` }))
        for (const direction of ['right', 'down'] as const) {
          const layout = layoutProcess({ states, transitions }, direction)
          expectTidy(
            layout,
            states.map((s) => s.id),
          )
          for (const e of layout.edges) expect(e.path).toMatch(/^M[\d.]+,[\d.]+ [CL]/)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('top down is the left-to-right layout mirrored: layers become rows, boxes keep their shape', () => {
    const right = layoutProcess({ ...refund, initial: 'received' })
    const down = layoutProcess({ ...refund, initial: 'received' }, 'down')
    expectTidy(
      down,
      refund.states.map((s) => s.id),
    )
    for (const node of down.nodes) {
      expect(node.layer).toBe(right.nodes.find((n) => n.id === node.id)!.layer)
      expect([node.width, node.height]).toEqual([132, 48])
    }
    const rows = new Map(down.nodes.map((n) => [n.layer, n.y]))
    for (const node of down.nodes) expect(node.y).toBe(rows.get(node.layer))
    expect(down.width).toBeLessThan(right.width)
  })

  it('wraps long labels on two lines', () => {
    expect(wrapLabel('Waiting for the taxpayer’s documents to arrive by post', 20, 2)).toEqual([
      'Waiting for the',
      'taxpayer’s documents…',
    ])
  })
})

describe('ProcessMap', () => {
  afterEach(cleanup)

  it('names the current state, the next possible steps and the path in text', () => {
    render(ProcessMap, { map: refund, initiallyOpen: true })
    expect(
      screen.getByText(
        'Current: Risk review; next possible: Open a pre-refund audit (→ Pre-refund audit), Refuse the refund (→ Refund refused); path so far: Claim received → Risk review → Waiting for the taxpayer’s documents → Risk review.',
      ),
    ).toBeInTheDocument()
    const diagram = screen.getByRole('img', { name: /current state Risk review/ })
    expect(diagram).toHaveAccessibleDescription(/^Current: Risk review/)
    const items = screen.getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' ').trim())
    expect(items).toContainEqual(
      expect.stringMatching(
        /^Risk review \(current\): .*Open a pre-refund audit → Pre-refund audit \(possible now\)/,
      ),
    )
    expect(items).toContainEqual(expect.stringMatching(/^Refund paid \(not reached, end state\)\.$/))
  })

  it('marks the current state by shape and symbol, not colour alone', () => {
    const { container } = render(ProcessMap, { map: refund, initiallyOpen: true })
    const current = container.querySelector('g.node.current')
    expect(current?.querySelector('rect.halo')).not.toBeNull()
    expect(current?.textContent).toContain('● Risk review')
    expect(container.querySelectorAll('path.edge.next')).toHaveLength(2)
    expect(container.querySelectorAll('path.edge.taken').length).toBeGreaterThan(0)
  })

  it('can be collapsed, keeping the text summary', async () => {
    render(ProcessMap, { map: refund, initiallyOpen: false })
    expect(screen.queryByRole('img')).toBeNull()
    expect(screen.getByRole('button', { name: /Process map/ })).toHaveAttribute('aria-expanded', 'false')
    expect(screen.getByText(/^Current: Risk review/)).toBeVisible()
  })
})
