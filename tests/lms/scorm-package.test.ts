import { strToU8, unzipSync } from 'fflate'
import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { manifest, scormPackage, xmlId } from '../../scripts/scorm-package'
import { decodeSuspend, encodeSuspend, SUSPEND_LIMIT } from '../../src/app/lms/scorm'
import { loadBundledLibrary } from '../../src/cli/files'
import { playPolicy, Session } from '../../src/engine'

/** A build as small as possible, with the kinds of files a real one has. */
const build = new Map<string, Uint8Array>([
  [
    'index.html',
    strToU8('<!doctype html><html><head><title>TAMIS</title></head><body><div id="app"></div></body></html>'),
  ],
  ['assets/index-abc.js', strToU8('console.log(1)')],
  ['assets/index-abc.css', strToU8('body{}')],
  ['assets/index-abc.js.map', strToU8('{}')],
  ['sw.js', strToU8('')],
  ['favicon.svg', strToU8('<svg/>')],
  ['screenshot-catalog.png', strToU8('png')],
  ['scenario.schema.json', strToU8('{}')],
])
const scenario = { id: 'vat & "refunds"', title: 'Refunds <desk> & “claims”' }
const zip = unzipSync(scormPackage(build, scenario, 'assessment'))
const parse = (text: string) => new new Window().DOMParser().parseFromString(text, 'application/xml')
const doc = parse(new TextDecoder().decode(zip['imsmanifest.xml']!))
const CP = 'http://www.imsglobal.org/xsd/imscp_v1p1'
const ADLCP = 'http://www.adlnet.org/xsd/adlcp_v1p3'
const all = (name: string) => [...doc.getElementsByTagNameNS(CP, name)]

describe('SCORM 2004 package', () => {
  it('has a well-formed manifest with the elements SCORM 2004 requires', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
    expect(parse('<manifest><broken></manifest>').getElementsByTagName('parsererror').length).toBeGreaterThan(
      0,
    )
    const root = doc.documentElement
    expect(root.localName).toBe('manifest')
    expect(root.namespaceURI).toBe(CP)
    expect(all('schema')[0]?.textContent).toBe('ADL SCORM')
    expect(all('schemaversion')[0]?.textContent).toBe('2004 3rd Edition')
    const organizations = all('organizations')[0]!
    const organization = all('organization')
    expect(organization.map((o) => o.getAttribute('identifier'))).toEqual([
      organizations.getAttribute('default'),
    ])
    expect(all('title')[0]?.textContent).toBe(scenario.title)
    const item = all('item')[0]!
    const resource = all('resource')[0]!
    expect(item.getAttribute('identifierref')).toBe(resource.getAttribute('identifier'))
    expect(root.getAttribute('xmlns:adlcp')).toBe(ADLCP)
    expect(resource.getAttribute('adlcp:scormType')).toBe('sco')
    expect(resource.getAttribute('type')).toBe('webcontent')
    // Identifiers are xs:ID values: a name, not starting with a digit, no spaces or quotes.
    const ids = [root, organization[0]!, item, resource].map((e) => e.getAttribute('identifier')!)
    for (const id of ids) expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9._-]*$/)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('lists every file it holds and holds every file it lists', () => {
    const listed = all('file').map((f) => f.getAttribute('href')!)
    const resource = all('resource')[0]!
    expect(listed).toContain(resource.getAttribute('href'))
    for (const href of listed) expect(zip[href], href).toBeDefined()
    expect(
      Object.keys(zip)
        .filter((p) => p !== 'imsmanifest.xml')
        .sort(),
    ).toEqual([...listed].sort())
    expect(listed).toEqual([
      'assets/index-abc.css',
      'assets/index-abc.js',
      'favicon.svg',
      'index.html',
      'sw.js',
    ])
  })

  it('tells the page which scenario and mode to run', () => {
    const page = parse(new TextDecoder().decode(zip['index.html']!).replace('<!doctype html>', ''))
    const meta = page.querySelector('meta[name="tamis-scorm"]')!
    expect(JSON.parse(meta.getAttribute('content')!)).toEqual({ scenario: scenario.id, mode: 'assessment' })
    expect(xmlId('sco', '1 bad id')).toBe('sco-1_bad_id')
  })

  it('a manifest for every bundled scenario is well-formed', async () => {
    const library = await loadBundledLibrary()
    for (const s of library.scenarios)
      expect(parse(manifest(s, ['index.html'])).getElementsByTagName('parsererror'), s.id).toHaveLength(0)
  })

  it('suspend data holds a long session within the SCORM 2004 limit and reads back exactly', async () => {
    const library = await loadBundledLibrary()
    const big =
      library.scenarios.find((s) => s.id === 'capstone-district-office-week') ?? library.scenarios[0]!
    const session = await Session.start(big)
    playPolicy(session, 'random', 2)
    const text = JSON.stringify(session.save())
    const data = encodeSuspend({ uid: 'run-1', text })
    expect(data.length).toBeLessThan(SUSPEND_LIMIT)
    expect(data.length).toBeLessThan(text.length)
    expect(decodeSuspend(data)).toEqual({ uid: 'run-1', text })
    expect(decodeSuspend('something an earlier package wrote')).toBeUndefined()
    expect(decodeSuspend('tamis1:not base64!')).toBeUndefined()
  })
})
