/**
 * A validator issue in the page's language, or its English `message` while the validator's
 * messages (the `scenario` namespace, loaded after the first page shows) are not here yet: the
 * catalogue page can list issues before then, and must never show a message id. In a module of
 * its own: only the issue lists and the studio need it, not the first page.
 */
import type { Value } from '../engine/lite'
import { catalogueNow } from '../i18n/load'
import { page } from './i18n.svelte'

export function issueText(issue: { message: string; text?: Value | undefined }): string {
  const translator = page.translator
  const { text } = issue
  if (text === undefined) return issue.message
  const id = typeof text === 'object' && 'id' in text ? text.id : undefined
  const catalogue = catalogueNow(page.language)
  return id === undefined || id in catalogue ? translator.t(text) : issue.message
}
