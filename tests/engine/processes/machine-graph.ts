/**
 * Path checks shared by the process machine tests: from the adjacency map xstate/graph
 * builds, which explored states can never reach a final state.
 */
import type { AnyEventObject, AnyMachineSnapshot, AnyStateMachine } from 'xstate'
import { getAdjacencyMap, type TraversalOptions } from 'xstate/graph'

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
