/**
 * Scenario text (briefings, hints) is Markdown written by trainers: paragraphs, lists, emphasis,
 * tables and links. It is parsed by marked and then sanitised by DOMPurify with a short
 * allow-list, so whatever a scenario file contains, only inert formatting reaches the page:
 * no scripts, no event handlers, no styles, no images, no forms, and links only to http(s) or
 * mail addresses, opened in a new tab without access to this one.
 */
import DOMPurify from 'dompurify'
import { Marked } from 'marked'

const ALLOWED_TAGS = [
  'p',
  'br',
  'ul',
  'ol',
  'li',
  'em',
  'strong',
  'code',
  'pre',
  'blockquote',
  'h3',
  'h4',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'a',
  'hr',
  'del',
]
const ALLOWED_ATTR = ['href', 'title', 'align']
const SAFE_LINK = /^(https?:|mailto:)/i

/** One parser for the whole app: GitHub-flavoured (tables), single line breaks are wrapping. */
const parser = new Marked({ gfm: true, breaks: false, async: false })

/** Headings in a briefing sit under the page's own h2/h3, so `#` and `##` are shown as h3, the rest as h4. */
parser.use({
  renderer: {
    heading({ tokens, depth }) {
      const tag = depth <= 2 ? 'h3' : 'h4'
      return `<${tag}>${this.parser.parseInline(tokens)}</${tag}>\n`
    },
  },
})

let hooked = false
function purifier(): typeof DOMPurify {
  if (!hooked) {
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName !== 'A') return
      const href = node.getAttribute('href') ?? ''
      if (!SAFE_LINK.test(href.trim())) node.removeAttribute('href')
      else {
        node.setAttribute('target', '_blank')
        node.setAttribute('rel', 'noopener noreferrer')
      }
    })
    hooked = true
  }
  return DOMPurify
}

/** Trainer's Markdown → sanitised HTML (a string safe to insert into the page). */
export function markdownToHtml(text: string): string {
  if (!DOMPurify.isSupported) return `<p>${escapeHtml(text)}</p>`
  const html = parser.parse(text) as string
  return purifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ADD_ATTR: ['target', 'rel'],
  })
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
