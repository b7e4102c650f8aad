// @vitest-environment jsdom
// (DOMPurify needs a standards-complete DOM; happy-dom's tree walking lets tags through.)
/**
 * Scenario text is trainer-written Markdown: it must format (lists, emphasis, tables, links)
 * and stay inert whatever the file contains.
 */
import { cleanup, render } from '@testing-library/svelte'
import { afterEach, describe, expect, it } from 'vitest'
import Markdown from '../../src/app/text/Markdown.svelte'
import { markdownToHtml } from '../../src/app/text/markdown'

afterEach(cleanup)

/** The payload set: each tries to run script, load something or escape the page. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><circle r=1 /></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JaVaScRiPt:alert(1)">click</a>',
  '<a href="&#106;avascript:alert(1)">click</a>',
  '[click](javascript:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](https://example.org/track.png)',
  '<style>body{display:none}</style>',
  '<div style="position:fixed;inset:0">cover</div>',
  '<form action="https://evil.example"><input name=pin></form>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<p onclick="alert(1)" onmouseover="alert(1)">hover</p>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<base href="https://evil.example/">',
  '`<script>alert(1)</script>` and <details open ontoggle=alert(1)>',
]

describe('trainer Markdown is inert', () => {
  it.each(PAYLOADS)('%s', (payload) => {
    const html = markdownToHtml(`Intro text.\n\n${payload}\n\n- a list item`)
    expect(html).not.toMatch(
      /<(script|img|svg|iframe|style|form|input|meta|object|embed|base|math|details)\b/i,
    )
    expect(html).not.toMatch(/\son\w+\s*=/i)
    expect(html).not.toMatch(/javascript:|data:text/i)
    expect(html).not.toMatch(/\sstyle\s*=/i)
  })

  it('renders in the page without running anything', () => {
    const fired: string[] = []
    ;(globalThis as unknown as { alert: (m: string) => void }).alert = (m) => fired.push(m)
    const { container } = render(Markdown, { text: PAYLOADS.join('\n\n') })
    expect(container.querySelectorAll('script, img, svg, iframe, style, form, object, embed')).toHaveLength(0)
    for (const link of container.querySelectorAll('a')) {
      const href = link.getAttribute('href')
      if (href !== null) expect(href).toMatch(/^(https?:|mailto:)/)
    }
    expect(fired).toEqual([])
  })
})

describe('trainer Markdown formats', () => {
  it('lists, emphasis, tables and safe links', () => {
    const html = markdownToHtml(
      [
        'On **Monday** you open the *registration* desk:',
        '',
        '- check the identity',
        '- run the duplicate check',
        '',
        '| Day | Desk |',
        '| --- | --- |',
        '| Monday | Registration |',
        '',
        'See [the law](https://example.org/law).',
      ].join('\n'),
    )
    expect(html).toContain('<strong>Monday</strong>')
    expect(html).toContain('<em>registration</em>')
    expect(html).toMatch(/<ul>\s*<li>check the identity<\/li>\s*<li>run the duplicate check<\/li>\s*<\/ul>/)
    expect(html).toMatch(/<table>[\s\S]*<td>Monday<\/td>[\s\S]*<\/table>/)
    expect(html).toContain('href="https://example.org/law"')
    expect(html).toContain('rel="noopener noreferrer"')
  })

  it('single line breaks in YAML are wrapping; blank lines make paragraphs', () => {
    const html = markdownToHtml('One sentence\nwrapped.\n\nA second paragraph.')
    expect(html).toBe('<p>One sentence\nwrapped.</p>\n<p>A second paragraph.</p>\n')
  })
})
