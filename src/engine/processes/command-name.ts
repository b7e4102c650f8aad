/**
 * A command named as the screen names it, for verdicts and other sentences about a step: its
 * label from the process's list of commands, never its code (`collection.reviewAccount`). A type
 * the list does not hold (a foreign or retired command in a log) is "this action", in words.
 */
import { msg, type Text } from '../primitives/message'

export function commandName(commands: readonly { type: string; label: Text }[], type: string): Text {
  return commands.find((c) => c.type === type)?.label ?? msg('common.command.unknown')
}
