/**
 * A small layered layout for process maps (Sugiyama-style, flat graphs only). Cycles are broken
 * by a depth-first search from the initial state; states are layered by longest path, left to
 * right; edges spanning several layers get a waypoint in each layer between; layers are ordered
 * by barycentre sweeps; then states are stacked in columns. Edges that go back are drawn in the
 * gaps between columns and along a lane under the diagram, so they never cross a box.
 */

export interface LayoutInput {
  states: readonly { id: string }[]
  transitions: readonly { from: string; to: string; event: string }[]
  /** Where the depth-first search starts (the initial state); defaults to the first state. */
  initial?: string | undefined
}

export interface LayoutNode {
  id: string
  layer: number
  order: number
  x: number
  y: number
  width: number
  height: number
}

export interface LayoutEdge {
  from: string
  to: string
  events: string[]
  /** SVG path data. */
  path: string
  /** Goes back to an earlier layer: drawn under the diagram. */
  back: boolean
}

export interface Layout {
  nodes: LayoutNode[]
  edges: LayoutEdge[]
  width: number
  height: number
}

export const NODE_WIDTH = 132
/** State labels, in diagram units; at MIN_SCALE they are still 12 px on screen. */
export const LABEL_PX = 12.5
export const MIN_SCALE = 12 / LABEL_PX
export const NODE_HEIGHT = 48
const WAYPOINT = 6
const MARGIN = 12
const LANE = 9

/** Left to right (states in columns), or top down (states in rows) for a narrow pane. */
export type Direction = 'right' | 'down'

/**
 * The layout is computed left to right; a top-down layout is the same computation with the
 * box's extents swapped, then mirrored along the diagonal.
 */
const METRICS: Record<Direction, { along: number; across: number; gapAlong: number; gapAcross: number }> = {
  right: { along: NODE_WIDTH, across: NODE_HEIGHT, gapAlong: 40, gapAcross: 12 },
  down: { along: NODE_HEIGHT, across: NODE_WIDTH, gapAlong: 34, gapAcross: 14 },
}

const key = (a: string, b: string) => `${a}\u0000${b}`

/** Edges that close a cycle, found by depth-first search from the initial state. */
function backEdges(ids: string[], out: Map<string, string[]>, initial: string | undefined): Set<string> {
  const back = new Set<string>()
  const state = new Map<string, 'active' | 'done'>()
  const visit = (id: string) => {
    state.set(id, 'active')
    for (const next of out.get(id) ?? []) {
      const s = state.get(next)
      if (s === 'active') back.add(key(id, next))
      else if (!s) visit(next)
    }
    state.set(id, 'done')
  }
  for (const id of initial && ids.includes(initial) ? [initial, ...ids] : ids) if (!state.has(id)) visit(id)
  return back
}

/** Longest-path layering: every (forward) edge goes at least one layer on. */
function layering(ids: string[], pairs: [string, string][]): Map<string, number> {
  const layer = new Map(ids.map((id) => [id, 0]))
  const indegree = new Map(ids.map((id) => [id, 0]))
  const succ = new Map<string, string[]>(ids.map((id) => [id, []]))
  for (const [a, b] of pairs) {
    succ.get(a)?.push(b)
    indegree.set(b, (indegree.get(b) ?? 0) + 1)
  }
  const queue = ids.filter((id) => indegree.get(id) === 0)
  while (queue.length) {
    const id = queue.shift() as string
    for (const next of succ.get(id) ?? []) {
      layer.set(next, Math.max(layer.get(next) ?? 0, (layer.get(id) ?? 0) + 1))
      const left = (indegree.get(next) ?? 0) - 1
      indegree.set(next, left)
      if (left === 0) queue.push(next)
    }
  }
  return layer
}

function crossings(rows: string[][], segments: [string, string][]): number {
  const pos = new Map<string, number>()
  for (const row of rows) row.forEach((id, i) => pos.set(id, i))
  let count = 0
  for (let i = 0; i < segments.length; i++)
    for (let j = i + 1; j < segments.length; j++) {
      const [a1, b1] = segments[i] as [string, string]
      const [a2, b2] = segments[j] as [string, string]
      const before = (pos.get(a1) ?? 0) - (pos.get(a2) ?? 0)
      const after = (pos.get(b1) ?? 0) - (pos.get(b2) ?? 0)
      if (before * after < 0) count++
    }
  return count
}

/** Reorders each layer by the mean relative position of its neighbours in the layer swept from. */
function sweep(rows: string[][], neighbours: Map<string, string[]>, forward: boolean): string[][] {
  const next = rows.map((row) => [...row])
  const relative = new Map<string, number>()
  const order = next.map((_, i) => (forward ? i : next.length - 1 - i))
  for (const i of order) {
    const row = next[i] as string[]
    const score = (id: string, k: number) => {
      const known = (neighbours.get(id) ?? []).filter((n) => relative.has(n))
      if (!known.length) return (k + 0.5) / row.length
      return known.reduce((sum, n) => sum + (relative.get(n) ?? 0), 0) / known.length
    }
    next[i] = row
      .map((id, k) => ({ id, s: score(id, k) }))
      .sort((a, b) => a.s - b.s)
      .map((x) => x.id)
    next[i].forEach((id, k) => relative.set(id, (k + 0.5) / row.length))
  }
  return next
}

export function layoutProcess(input: LayoutInput, direction: Direction = 'right'): Layout {
  const laid = layoutRight(input, METRICS[direction])
  return direction === 'right' ? laid : transpose(laid)
}

function layoutRight(input: LayoutInput, metrics: (typeof METRICS)[Direction]): Layout {
  const { along, across, gapAlong, gapAcross } = metrics
  const ids = [...new Set(input.states.map((s) => s.id))]
  const known = new Set(ids)
  const grouped = new Map<string, { from: string; to: string; events: string[] }>()
  const out = new Map<string, string[]>(ids.map((id) => [id, []]))
  for (const t of input.transitions) {
    if (!known.has(t.from) || !known.has(t.to) || t.from === t.to) continue
    const edge = grouped.get(key(t.from, t.to))
    if (edge) edge.events.push(t.event)
    else {
      grouped.set(key(t.from, t.to), { from: t.from, to: t.to, events: [t.event] })
      out.get(t.from)?.push(t.to)
    }
  }
  const back = backEdges(ids, out, input.initial)
  const edges = [...grouped.values()].map((e) => ({ ...e, back: back.has(key(e.from, e.to)) }))
  const oriented = edges.map((e) => (e.back ? [e.to, e.from] : [e.from, e.to]) as [string, string])
  const layer = layering(ids, oriented)

  // Waypoints: a chain through every layer an edge crosses, so the ordering keeps it clear of boxes.
  const chains = oriented.map(([a, b], i) => {
    const chain = [a]
    for (let l = (layer.get(a) ?? 0) + 1; l < (layer.get(b) ?? 0); l++) {
      const id = `\u0001${i}:${l}`
      layer.set(id, l)
      chain.push(id)
    }
    return [...chain, b]
  })
  const segments = chains.flatMap((c) => c.slice(1).map((b, i) => [c[i], b] as [string, string]))
  const depth = Math.max(0, ...layer.values()) + 1
  let rows: string[][] = Array.from({ length: depth }, () => [])
  for (const [id, l] of layer) rows[l]?.push(id)

  const before = new Map<string, string[]>()
  const after = new Map<string, string[]>()
  for (const [a, b] of segments) {
    before.set(b, [...(before.get(b) ?? []), a])
    after.set(a, [...(after.get(a) ?? []), b])
  }
  let best = rows
  let fewest = crossings(rows, segments)
  for (let i = 0; i < 8 && fewest > 0; i++) {
    rows = sweep(rows, i % 2 === 0 ? before : after, i % 2 === 0)
    const count = crossings(rows, segments)
    if (count < fewest) [best, fewest] = [rows, count]
  }

  const isWaypoint = (id: string) => id.startsWith('\u0001')
  const columnHeight = (row: string[]) =>
    row.reduce((h, id) => h + (isWaypoint(id) ? WAYPOINT : across), 0) +
    Math.max(0, row.length - 1) * gapAcross
  const tallest = Math.max(across, ...best.map(columnHeight))
  const backs = edges.filter((e) => e.back).length
  const left = MARGIN + (backs ? gapAlong / 2 : 0)
  const place = new Map<string, LayoutNode>()
  best.forEach((row, l) => {
    let y = MARGIN + (tallest - columnHeight(row)) / 2
    row.forEach((id, order) => {
      const height = isWaypoint(id) ? WAYPOINT : across
      place.set(id, { id, layer: l, order, x: left + l * (along + gapAlong), y, width: along, height })
      y += height + gapAcross
    })
  })

  const bottom = MARGIN + tallest
  const width = 2 * left + depth * along + (depth - 1) * gapAlong
  const height = bottom + (backs ? (backs + 1) * LANE : 0) + MARGIN

  let lane = 0
  const drawn = edges.map((edge, i) => {
    const chain = (chains[i] as string[]).map((id) => place.get(id) as LayoutNode)
    if (!edge.back) {
      const mid = (n: LayoutNode) => n.y + n.height / 2
      let path = ''
      chain.forEach((n, k) => {
        if (k === 0) path = `M${n.x + n.width},${mid(n)}`
        else {
          const prev = chain[k - 1] as LayoutNode
          const x0 = prev.x + prev.width
          const dx = (n.x - x0) / 2
          path += ` C${x0 + dx},${mid(prev)} ${n.x - dx},${mid(n)} ${n.x},${mid(n)}`
          if (k < chain.length - 1) path += ` L${n.x + n.width},${mid(n)}`
        }
      })
      return { ...edge, path }
    }
    // Back: out of the source's right side, down the gap, along a lane under everything, up the
    // gap before the target and into its left side.
    const source = place.get(edge.from) as LayoutNode
    const target = place.get(edge.to) as LayoutNode
    lane += 1
    const y = bottom + lane * LANE
    const x1 = source.x + source.width
    const y1 = source.y + source.height / 2 + 6
    const gx1 = x1 + gapAlong / 2 - 4 + (lane % 3) * 3
    const x2 = target.x
    const y2 = target.y + target.height / 2 + 6
    const gx2 = x2 - gapAlong / 2 + 4 - (lane % 3) * 3
    const r = 4
    const path =
      `M${x1},${y1} L${gx1 - r},${y1} Q${gx1},${y1} ${gx1},${y1 + r} L${gx1},${y - r} Q${gx1},${y} ${gx1 - r},${y}` +
      ` L${gx2 + r},${y} Q${gx2},${y} ${gx2},${y - r} L${gx2},${y2 + r} Q${gx2},${y2} ${gx2 + r},${y2} L${x2},${y2}`
    return { ...edge, path }
  })

  const nodes = [...place.values()].filter((n) => !isWaypoint(n.id))
  nodes.forEach((n) => (n.order = (best[n.layer] ?? []).filter((id) => !isWaypoint(id)).indexOf(n.id)))
  return { nodes, edges: drawn, width, height }
}

/** Mirrors a layout along its diagonal: columns become rows, x becomes y. */
function transpose(layout: Layout): Layout {
  const swap = (path: string) => path.replace(/(-?[\d.]+),(-?[\d.]+)/g, '$2,$1')
  return {
    nodes: layout.nodes.map((n) => ({ ...n, x: n.y, y: n.x, width: n.height, height: n.width })),
    edges: layout.edges.map((e) => ({ ...e, path: swap(e.path) })),
    width: layout.height,
    height: layout.width,
  }
}

/** Splits a state label into at most `lines` lines of about `width` characters. */
export function wrapLabel(label: string, width = 17, lines = 3): string[] {
  const out: string[] = []
  let line = ''
  for (const word of label.split(/\s+/)) {
    if (!line) line = word
    else if (line.length + 1 + word.length <= width) line += ` ${word}`
    else {
      out.push(line)
      line = word
    }
  }
  if (line) out.push(line)
  if (out.length <= lines) return out
  const kept = out.slice(0, lines)
  kept[lines - 1] = `${kept[lines - 1]!}…`
  return kept
}

const cache = new Map<string, Layout>()

/** The layout of a process map, computed once per shape of machine (cases of a process share it). */
export function cachedLayout(input: LayoutInput, direction: Direction = 'right'): Layout {
  const id = JSON.stringify([
    direction,
    input.initial,
    input.states.map((s) => s.id),
    input.transitions.map((t) => [t.from, t.to, t.event]),
  ])
  let layout = cache.get(id)
  if (!layout) {
    layout = layoutProcess(input, direction)
    cache.set(id, layout)
  }
  return layout
}
