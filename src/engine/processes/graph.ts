/**
 * A process machine as plain data for the process-map diagram: its top-level states and the
 * transitions between them, labelled with the command that causes each. Every label is a message
 * (a trainee reads the map): a state or an event the process left unnamed shows a neutral
 * message, never its code.
 *
 * A state the machine leaves the moment it enters it (an `always` transition without a guard, as
 * a routing state that sends a new case to where its facts put it) is not drawn: nobody ever
 * stands in it. A step into it is drawn to each state it can pass on to, with the step's label.
 */
import type { AnyStateMachine, AnyStateNode } from 'xstate'
import { msg } from '../primitives/message'
import type { CommandSpec, Text } from './contract'

export interface MachineState {
  id: string
  label: Text
  final: boolean
}

export interface MachineTransition {
  from: string
  to: string
  event: string
  label: Text
}

/** True when the machine never rests in `node`: one of its `always` transitions has no guard. */
export function passesThrough(node: AnyStateNode): boolean {
  return (node.always ?? []).some((d) => !d.guard && d.target?.[0] !== undefined && d.target[0] !== node)
}

/** The states a step into `node` can end in: `node` itself, or where a state passed through leads. */
function landings(node: AnyStateNode, seen = new Set<AnyStateNode>()): AnyStateNode[] {
  if (!passesThrough(node)) return [node]
  if (seen.has(node)) return []
  seen.add(node)
  const out: AnyStateNode[] = []
  for (const definition of node.always ?? []) {
    const target = definition.target?.[0]
    if (target && target !== node)
      for (const end of landings(target, seen)) if (!out.includes(end)) out.push(end)
  }
  return out
}

export function machineGraph(
  machine: AnyStateMachine,
  commands: readonly CommandSpec[],
  stateLabels: Readonly<Record<string, Text>>,
): { states: MachineState[]; transitions: MachineTransition[] } {
  const labelOf = new Map(commands.map((c) => [c.type, c.label]))
  const states: MachineState[] = []
  const transitions: MachineTransition[] = []
  const drawn = new Set<string>()
  const add = (from: AnyStateNode, target: AnyStateNode | undefined, event: string, label: Text) => {
    if (!target) return
    for (const end of landings(target)) {
      const key = `${from.key}\u0000${end.key}\u0000${event}`
      if (end === from || drawn.has(key)) continue
      drawn.add(key)
      transitions.push({ from: from.key, to: end.key, event, label })
    }
  }
  for (const [id, node] of Object.entries(machine.root.states)) {
    if (passesThrough(node)) continue
    states.push({
      id,
      label: stateLabels[id] ?? msg('session.map.unnamedState'),
      final: node.type === 'final',
    })
    for (const [event, definitions] of node.transitions) {
      for (const definition of definitions) {
        // An event no command causes (an applicant's reply) is labelled by its transition's meta.
        const meta = definition.meta as { label?: Text } | undefined
        add(
          node,
          definition.target?.[0],
          event,
          labelOf.get(event) ?? meta?.label ?? msg('session.map.unnamedStep'),
        )
      }
    }
    for (const definition of node.always ?? [])
      add(node, definition.target?.[0], 'always', msg('session.map.automatically'))
  }
  return { states, transitions }
}
