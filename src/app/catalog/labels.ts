/** Process and TADAT indicator names in the page's language (namespace `common`). */
import type { TadatCode } from '../../engine/index'
import { m } from '../i18n.svelte'

export { processLabel } from '../workspace-format'

export function tadatLabel(code: TadatCode): string {
  return m(`common.tadat.${code}`)
}
