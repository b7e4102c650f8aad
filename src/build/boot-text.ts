/**
 * The text index.html shows before the application starts, in every language, rendered from the
 * catalogues at build time (boot-page.ts puts it into the page).
 */
import english from '../i18n/en/startup'
import french from '../i18n/fr/startup'
import russian from '../i18n/ru/startup'
import portuguese from '../i18n/pt/startup'
import { LANGUAGES, type Catalogue, type Language } from '../i18n/languages'
import { createTranslator } from '../i18n/render'

/** The boot text's words are all in the `startup` namespace, which the running page never loads. */
const CATALOGUES: Record<Language, Catalogue> = { en: english, fr: french, ru: russian, pt: portuguese }

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
}

/** One language's boot text as HTML; `<code>` parts travel as placeholders, never inside messages. */
export function bootHtml(language: Language): string {
  const { m } = createTranslator({ language, catalogue: CATALOGUES[language] })
  const code = (id: string, args: Record<string, string>) => {
    // The message is escaped first, then each placeholder becomes its <code>.
    const marks = Object.fromEntries(Object.keys(args).map((name, i) => [name, `\u0001${i}\u0001`]))
    let html = escape(m(id, marks))
    Object.values(args).forEach((value, i) => (html = html.replace(`\u0001${i}\u0001`, value)))
    return html
  }
  const folder = `<span class="from-disk-folder">${escape(m('app.fromDisk.folder'))}</span>`
  const say = (id: string) => escape(m(id))
  return `<p class="boot-loading" lang="${language}" hidden>${say('app.boot.loading')}</p>
<section class="from-disk" lang="${language}" data-title="${say('app.fromDisk.title')}" data-description="${say('app.fromDisk.description')}" hidden>
  <h1>${say('app.fromDisk.title')}</h1>
  <p>${code('app.fromDisk.why', { scheme: '<code>file://</code>' })}</p>
  <h2>${say('app.fromDisk.here')}</h2>
  <p>${code('app.fromDisk.howTo', { address: '<code>http://localhost:3000</code>' })}</p>
  <ul>
    <li>${say('app.fromDisk.node')} <code>npx serve ${folder}</code></li>
    <li>${say('app.fromDisk.python')} <code>python3 -m http.server 8080 --directory ${folder}</code></li>
  </ul>
  <p>${say('app.fromDisk.after')}</p>
  <h2>${say('app.fromDisk.workshop')}</h2>
  <p>${say('app.fromDisk.workshopText')}</p>
</section>`
}

/** Without JavaScript nothing can pick a language, so the notice says it in all of them. */
function noscriptHtml(): string {
  const parts = LANGUAGES.map((language) => {
    const { m } = createTranslator({ language, catalogue: CATALOGUES[language] })
    return `<div lang="${language}"><h1>${escape(m('app.boot.noscript'))}</h1><p>${escape(m('app.boot.noscriptText'))}</p></div>`
  })
  return `<noscript>${parts.join('\n')}</noscript>`
}

/** The boot text of every language, and the notice for a browser with JavaScript off. */
export function bootText(): string {
  return [...LANGUAGES.map(bootHtml), noscriptHtml()].join('\n')
}
