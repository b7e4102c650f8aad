/**
 * Validator issues in the language of the file they are about: a scenario's `language`, a
 * jurisdiction profile's `locale` (a Russian profile is written by a Russian-speaking trainer), or
 * the one `--lang` names for all. The validator words each issue as a catalogue message next to
 * its English `message`, as the studio shows it; only a finding with no message stays English.
 * The location and the "warning:" label stay as compilers write them.
 */
import { formatIssue, isProfile, type Issue, type SourceFile } from '../engine/scenario'
import { parseYaml } from '../engine/scenario/yaml-source'
import { pickLanguage, type Language } from '../i18n/languages'
import { loadCatalogue } from '../i18n/load'
import { createTranslator, type Translator } from '../i18n/render'

/** The top-level `key: value` line, for a file too broken to parse. */
const topLevel = (text: string, key: string): string | undefined =>
  new RegExp(`^${key}:[ \\t]*["']?([A-Za-z]{2})(?:[-_][A-Za-z]{2})?["']?[ \\t]*(?:#.*)?$`, 'm').exec(
    text,
  )?.[1]

/** The language a file is written in: English when it does not say (or says one we lack). */
export function fileLanguage(file: SourceFile): Language {
  const profile = isProfile(file)
  const key = profile ? 'locale' : 'language'
  const parsed = parseYaml(file, profile ? 'jurisdiction profile' : 'scenario')
  const value = parsed.ok ? parsed.parsed.data[key] : undefined
  // A profile's locale is a faker locale ("fr_SN"): its language is before the underscore.
  const code = typeof value === 'string' ? value.split(/[-_]/)[0] : topLevel(file.text, key)
  return pickLanguage(code)
}

/**
 * What prints an issue of `files` as `file:line:col: message`, in `lang` or else in its file's
 * language (a file not among `files` in English).
 */
export async function issuePrinter(
  files: readonly SourceFile[],
  lang?: Language,
): Promise<(issue: Issue) => string> {
  const languages = new Map(files.map((f) => [f.path, lang ?? fileLanguage(f)]))
  const translators = new Map<Language, Translator>()
  for (const language of new Set(languages.values()))
    translators.set(language, createTranslator({ language, catalogue: await loadCatalogue(language) }))
  return (issue) => {
    const language = languages.get(issue.path) ?? lang ?? 'en'
    // English is the validator's own `message`, worded next to the catalogue's.
    if (language === 'en' || !issue.text) return formatIssue(issue)
    return formatIssue({ ...issue, message: translators.get(language)!.t(issue.text) })
  }
}
