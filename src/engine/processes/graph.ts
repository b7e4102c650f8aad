/**
 * A process machine as plain data for the process-map diagram: its top-level states and the
 * transitions between them, labelled with the command that causes each. Every label is a message
 * (a trainee reads the map): a state or an event the process left unnamed shows a neutral
 * message, never its code.
 */
import type { AnyStateMachine } from 'xstate'
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

export function machineGraph(
  machine: AnyStateMachine,
  commands: readonly CommandSpec[],
  stateLabels: Readonly<Record<string, Text>>,
): { states: MachineState[]; transitions: MachineTransition[] } {
  const labelOf = new Map(commands.map((c) => [c.type, c.label]))
  const states: MachineState[] = []
  const transitions: MachineTransition[] = []
  for (const [id, node] of Object.entries(machine.root.states)) {
    states.push({
      id,
      label: stateLabels[id] ?? msg('session.map.unnamedState'),
      final: node.type === 'final',
    })
    for (const [event, definitions] of node.transitions) {
      for (const definition of definitions) {
        const target = definition.target?.[0]
        if (!target || target === node) continue
        // An event no command causes (an applicant's reply) is labelled by its transition's meta.
        const meta = definition.meta as { label?: Text } | undefined
        transitions.push({
          from: id,
          to: target.key,
          event,
          label: labelOf.get(event) ?? meta?.label ?? msg('session.map.unnamedStep'),
        })
      }
    }
    for (const definition of node.always ?? []) {
      const target = definition.target?.[0]
      if (target && target !== node)
        transitions.push({
          from: id,
          to: target.key,
          event: 'always',
          label: msg('session.map.automatically'),
        })
    }
  }
  return { states, transitions }
}
