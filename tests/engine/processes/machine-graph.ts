/**
 * Path checks shared by the process machine tests: from the adjacency map xstate/graph
 * builds, which explored states can never reach a final state, and which moves between states
 * the exploration makes, to compare with the arrows the process map draws.
 */
import type { AnyEventObject, AnyMachineSnapshot, AnyStateMachine } from 'xstate'
import { getAdjacencyMap, type TraversalOptions } from 'xstate/graph'
import { machineGraph } from '../../../src/engine/processes/graph'
import type { ProcessModule } from '../../../src/engine/processes/contract'

/** What a machine test explores with: its events (or a function of the state), serialiser and input. */
export interface Traversal {
  events: readonly AnyEventObject[] | ((state: AnyMachineSnapshot) => readonly AnyEventObject[])
  serializeState: (state: AnyMachineSnapshot) => string
  input?: unknown
}

/** Serialised states from which no sequence of the traversal's events reaches a final state. */
export function statesThatCannotFinish(machine: AnyStateMachine, traversal: Traversal): string[] {
  const options = traversal as unknown as TraversalOptions<AnyMachineSnapshot, AnyEventObject, unknown>
  const map = getAdjacencyMap(machine, options)
  const nodes = Object.entries(map).map(([key, node]) => ({
    key,
    done: node.state.status === 'done',
    next: (Object.values(node.transitions) as { state: AnyMachineSnapshot }[]).map((t) =>
      traversal.serializeState(t.state),
    ),
  }))
  const canFinish = new Set(nodes.filter((n) => n.done).map((n) => n.key))
  for (let grew = true; grew;) {
    grew = false
    for (const n of nodes)
      if (!canFinish.has(n.key) && n.next.some((k) => canFinish.has(k))) {
        canFinish.add(n.key)
        grew = true
      }
  }
  return nodes.filter((n) => !canFinish.has(n.key)).map((n) => n.key)
}

const arrow = (from: string, to: string, event: string) => `${from} → ${to} (${event})`

/**
 * Every move from one state to another the exploration makes, written as the process map would
 * draw it: a move on the clock is the machine's own (`always`), a step is its command's.
 */
export function movesMade(machine: AnyStateMachine, traversals: readonly Traversal[]): string[] {
  const moves = new Set<string>()
  for (const traversal of traversals) {
    const options = traversal as unknown as TraversalOptions<AnyMachineSnapshot, AnyEventObject, unknown>
    for (const node of Object.values(getAdjacencyMap(machine, options)))
      for (const next of Object.values(node.transitions) as {
        event: AnyEventObject
        state: AnyMachineSnapshot
      }[]) {
        const from = String(node.state.value)
        const to = String(next.state.value)
        if (from !== to)
          moves.add(arrow(from, to, next.event.type === 'clock.tick' ? 'always' : next.event.type))
      }
  }
  return [...moves].sort()
}

/** The arrows the process map draws for a module's machine, written as `movesMade` writes moves. */
export function arrowsDrawn(module: Pick<ProcessModule, 'machine' | 'commands' | 'stateLabels'>): string[] {
  const { transitions } = machineGraph(module.machine, module.commands, module.stateLabels)
  return [...new Set(transitions.map((t) => arrow(t.from, t.to, t.event)))].sort()
}

/** The states the process map draws for a module's machine. */
export function statesDrawn(module: Pick<ProcessModule, 'machine' | 'commands' | 'stateLabels'>): string[] {
  return machineGraph(module.machine, module.commands, module.stateLabels).states.map((s) => s.id)
}
