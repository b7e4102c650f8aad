/**
 * A field keeps its native constraints (`required`, `min`, `max`: a screen reader announces
 * "required" and a number's range, the spinner stops at its bounds), but never the browser's
 * English words for them ("Please fill out this field.", "Value must be greater than or equal
 * to 1."): its `validationMessage`, which assistive technology and the browser read, is the
 * page's own sentence in the page's language. Forms stay `novalidate`: the page checks on submit
 * and shows its problem next to the field (with `aria-invalid` and `aria-describedby`).
 *
 * `needs` says what the field wants, used whenever a native constraint fails; `problem`, the
 * page's own finding after a submit, wins while it is shown (a name of only spaces is valid to
 * the browser and not to the hub).
 */
export interface OwnValidity {
  needs: string
  problem?: string | undefined
  /** The field's value, passed so a change the page makes re-checks the field. */
  value?: unknown
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement

export function ownValidity(node: Field, given: OwnValidity) {
  let current = given
  const check = () => {
    node.setCustomValidity('')
    const words = current.problem || (node.validity.valid ? '' : current.needs)
    node.setCustomValidity(words)
  }
  check()
  node.addEventListener('input', check)
  node.addEventListener('change', check)
  return {
    update(next: OwnValidity) {
      current = next
      check()
      // A value the page set itself (a restored draft) fires no input event: checked once it is in.
      queueMicrotask(check)
    },
    destroy() {
      node.removeEventListener('input', check)
      node.removeEventListener('change', check)
    },
  }
}
