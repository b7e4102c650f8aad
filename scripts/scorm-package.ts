/**
 * A SCORM 2004 (3rd edition) package of one scenario (docs/lms.md §SCORM): the offline build
 * as it is, its index.html told which scenario and mode to run, and an imsmanifest.xml with one
 * SCO listing every file. Pure functions of the build's files, so tests check them without a
 * build; scripts/package-scorm.ts writes the zips.
 */
import { strToU8, zipSync } from 'fflate'

export interface PackageScenario {
  id: string
  title: string
  description?: string
}

export type PackageMode = 'practice' | 'assessment'

/** Build files a package never needs (pictures for the README, editor schemas, source maps). */
const LEFT_OUT = [/^screenshot-.*\.png$/, /\.schema\.json$/, /\.map$/, /^screenshots\//]

const xml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  )

/** An xs:ID from a scenario id: letters, digits, '-', '_' and '.', not starting with a digit. */
export function xmlId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9._-]/g, '_')}`
}

export function manifest(scenario: PackageScenario, files: readonly string[]): string {
  const org = xmlId('org', scenario.id)
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${xmlId('tamis', scenario.id)}" version="1"`,
    '  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
    '  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
    '  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
    '  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>2004 3rd Edition</schemaversion>',
    '  </metadata>',
    `  <organizations default="${org}">`,
    `    <organization identifier="${org}">`,
    `      <title>${xml(scenario.title)}</title>`,
    `      <item identifier="${xmlId('item', scenario.id)}" identifierref="${xmlId('sco', scenario.id)}">`,
    `        <title>${xml(scenario.title)}</title>`,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="${xmlId('sco', scenario.id)}" type="webcontent" adlcp:scormType="sco" href="index.html">`,
    ...files.map((file) => `      <file href="${xml(file)}"/>`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ]
  return lines.join('\n')
}

/** The build's index.html, told which scenario and mode the package runs. */
export function packagePage(html: string, scenario: PackageScenario, mode: PackageMode): string {
  const settings = xml(JSON.stringify({ scenario: scenario.id, mode }))
  const meta = `<meta name="tamis-scorm" content="${settings}">`
  if (!html.includes('</head>')) throw new Error('The build’s index.html has no </head>.')
  return html.replace('</head>', `    ${meta}\n  </head>`)
}

/** The zip of one scenario's package, from the build's files (paths relative to dist/). */
export function scormPackage(
  build: ReadonlyMap<string, Uint8Array>,
  scenario: PackageScenario,
  mode: PackageMode,
): Uint8Array {
  const page = build.get('index.html')
  if (!page) throw new Error('The build has no index.html: run `npm run build` first.')
  const files = [...build.keys()].filter((path) => !LEFT_OUT.some((pattern) => pattern.test(path))).sort()
  const entries: Record<string, Uint8Array> = {}
  for (const path of files) entries[path] = build.get(path)!
  entries['index.html'] = strToU8(packagePage(new TextDecoder().decode(page), scenario, mode))
  entries['imsmanifest.xml'] = strToU8(manifest(scenario, files))
  // Fixed dates: the same build and scenario give the same zip, byte for byte.
  return zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') })
}
