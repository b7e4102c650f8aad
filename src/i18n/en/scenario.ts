import type { Catalogue } from '../languages'

/** The scenario validator's messages (src/engine/scenario, the processes' checks). */
export default {
  'scenario.field.file': 'the file',
  'scenario.field.entry': '{key} entry {n}',
  'scenario.shown.text': '"{text}"',
  'scenario.shown.notNumber': '"not a number"',
  'scenario.shown.infinity': 'infinity',
  'scenario.shown.empty': 'empty',
  'scenario.shown.list': 'a list',
  'scenario.shown.map': 'a set of keys and values',
  'scenario.expect.wholeOf': 'a whole number {values}',
  'scenario.expect.oneOf': 'one of: {values}',
  'scenario.expect.other': 'something else',
  'scenario.expect.date': 'a date written YYYY-MM-DD',
  'scenario.expect.text': 'text',
  'scenario.expect.boolean': 'true or false',
  'scenario.expect.list': 'a list (lines starting with "-")',
  'scenario.expect.mapOf': 'a set of keys and values ({keys})',
  'scenario.expect.map': 'a set of keys and values',
  'scenario.expect.number': '{whole, select, yes {a whole number} other {a number}}',
  'scenario.expect.numberFromTo':
    '{whole, select, yes {a whole number} other {a number}} from {min} to {max}',
  'scenario.expect.numberAtLeast': '{whole, select, yes {a whole number} other {a number}} of at least {min}',
  'scenario.expect.numberAtMost': '{whole, select, yes {a whole number} other {a number}} of at most {max}',
  'scenario.key.unknownDidYouMean': 'unknown key "{key}" — did you mean "{suggestion}"?',
  'scenario.key.unknownAllowed': 'unknown key "{key}" — the keys allowed here are: {allowed}',
  'scenario.key.unknownNone': 'unknown key "{key}" — no keys are allowed here',
  'scenario.key.missing': 'missing key "{key}" ({expected})',
  'scenario.key.missingIn': 'missing key "{key}" in {parent} ({expected})',
  'scenario.key.notAllowed': '{field} has a key that is not allowed',
  'scenario.value.empty': '{field} is empty: write {expected}',
  'scenario.value.wrong': '{field} must be {expected}, not {value}',
  'scenario.value.wrongDidYouMean': '{field} must be {expected}, not {value} — did you mean "{suggestion}"?',
  'scenario.value.wrongHint': '{field} must be {expected}, not {value} ({hint})',
  'scenario.hint.percent': 'write the number without "%"',
  'scenario.hint.separators': 'write the number without separators, e.g. 5000000',
  'scenario.hint.quotes': 'remove the quotes around the number',
  'scenario.value.notDate': '{field} must be a real date written YYYY-MM-DD, such as 2025-03-03, not {value}',
  'scenario.value.notAllowed': '{field} {value} is not allowed',
  'scenario.value.badFormat': '{field} {value} is not written correctly ({format} expected)',
  'scenario.value.multipleOf': '{field} must be a multiple of {divisor}, not {value}',
  'scenario.value.invalid': '{field}: {value} is not valid here',
  'scenario.rule.caseKind': '{field} {value} is not allowed: use a case kind such as "duplicate-applicant"',
  'scenario.rule.notCaseKind': '{field}: {value} is not a kind of case; use a kind listed under world',
  'scenario.rule.languageCode': '{field} {value} is not allowed: use a language code such as "en" or "fr"',
  'scenario.rule.profilePath':
    '{field} {value} is not allowed: write a relative path to the profile file, e.g. "./my-country.yaml"',
  'scenario.range.textEmpty': '{field} must not be empty',
  'scenario.range.textAtMost': '{field} must be at most {limit} characters long',
  'scenario.range.textAtLeast': '{field} must be at least {limit} characters long',
  'scenario.range.listAtMost': '{field} can have at most {limit, plural, one {# entry} other {# entries}}',
  'scenario.range.listAtLeast': '{field} needs at least {limit, plural, one {# entry} other {# entries}}',
  'scenario.range.atMost': '{field} must be at most {limit}, not {value}',
  'scenario.range.lessThan': '{field} must be less than {limit}, not {value}',
  'scenario.range.atLeast': '{field} must be at least {limit}, not {value}',
  'scenario.range.moreThan': '{field} must be more than {limit}, not {value}',
  'scenario.rule.slug':
    '{field} {value} is not allowed: use only lower-case letters, digits and hyphens (no spaces), e.g. "first-week"',
  'scenario.rule.currencyCode':
    '{field} {value} is not allowed: use a three-letter ISO 4217 code such as "NGN" or "XOF"',
  'scenario.rule.riskRuleOnce': '{field}: each risk rule may be listed once; remove the second entry',
  'scenario.profile.mediumBelowSmall':
    'mediumTaxpayer ({medium}) is below smallTaxpayer ({small}); they must go up: smallTaxpayer ≤ mediumTaxpayer ≤ largeTaxpayer',
  'scenario.profile.largeBelowMedium':
    'largeTaxpayer ({large}) is below mediumTaxpayer ({medium}); they must go up: smallTaxpayer ≤ mediumTaxpayer ≤ largeTaxpayer',
  'scenario.jurisdiction.broken':
    'jurisdiction "{ref}" cannot be used until the problems in {file} are fixed',
  'scenario.jurisdiction.unknownDidYouMean':
    'jurisdiction "{ref}" is not a known profile — did you mean "{suggestion}"?',
  'scenario.jurisdiction.unknown':
    'jurisdiction "{ref}" is not a known profile; the known profiles are: {ids} (files in scenarios/jurisdictions/)',
  'scenario.jurisdiction.noneLoaded':
    'jurisdiction "{ref}" is not a known profile: no profiles were loaded; add scenarios/jurisdictions/{ref}.yaml or write the profile here',
  'scenario.world.referenceDateRange':
    'referenceDate {date} is outside the calendar the simulation can run; use a date from {earliest} to {latest}',
  'scenario.world.registerTooBig':
    'the register can hold at most {max} taxpayers, but individuals and businesses add up to {total}; lower them (a bigger world takes too long to generate in a browser)',
  'scenario.world.registerTooSmall':
    'each case is about its own registered taxpayer: the processes have {needed} cases, but the register has only {register} taxpayers; raise individuals or businesses to at least {needed}',
  'scenario.world.moreAnomaliesThanCases':
    'more anomalies than cases: the anomalies and look-alikes add up to {special}, but {field} is {cases}; raise {field} to at least {special} or lower the counts',
  'scenario.task.startsBeforeAbove':
    'task "{task}" starts on day {start}, before a task above it (day {latest}); tasks run in order, so order them by startsAfterDays',
  'scenario.task.startsApart':
    'task "{task}" starts on day {start}, but the first {process} task starts on day {processStart}; the cases of one process are made as of one day, so give its tasks the same startsAfterDays',
  'scenario.task.processNotReady': 'process "{process}" cannot be played yet; this version has: {ready}',
  'scenario.task.noWorldCases':
    'task "{task}" works in {process}, but the world has no {process} cases; add world.{process}',
  'scenario.task.noKindCases':
    'task "{task}" holds {kinds} cases, but the world has none of them in {process}; declare them under world or change kinds',
  'scenario.task.tooFewOfKinds':
    'task "{task}" asks for {cases} cases of {kinds}, but the world has only {available}',
  'scenario.task.placeTooMany': 'the tasks of {process} place more cases than the world has',
  'scenario.task.tooFew':
    'task "{task}" asks for {wanted} cases, but the world has only {available}; lower cases or raise {field}',
  'scenario.task.alreadyTaken':
    'task "{task}" wants {wanted, select, all {all} other {{n}}} of the {available} {process} cases, but the tasks before it already take {before}; tasks of one process share its cases in order, so lower cases or raise {field}',
  'scenario.task.hintsCostMore':
    'the hints of task "{task}" cost {cost} points together, more than the {max} the task can earn; lower the costs',
  'scenario.task.hintNeverOffered':
    'hint {n} of task "{task}" is for "{kind}" cases, but the world has none, so it will never be offered; the world\'s kinds are {kinds}',
  'scenario.task.hintNeverOfferedNoKinds':
    'hint {n} of task "{task}" is for "{kind}" cases, but the world has none, so it will never be offered; the world\'s kinds are none',
  'scenario.task.acceptableAboveCorrect':
    'points.acceptable ({acceptable}) is more than points.correct ({correct}); an acceptable decision should not earn more than the correct one',
  'scenario.task.feedbackNeverShown':
    'the feedback for "{kind}" will never be shown: the world has no {kind} cases',
  'scenario.task.duplicateId': 'task id "{task}" is already used by task {n}; give each task its own id',
  'scenario.task.cannotPass':
    'the scenario cannot be passed: no task gives points for a correct decision, so the best score is 0; give points.correct a value above 0',
  'scenario.agenda.noTask': 'there is no task "{task}"; the tasks are {ids}',
  'scenario.agenda.twice': 'task "{task}" is already on day {day}; a task\'s cases arrive on one day',
  'scenario.agenda.startsAfterDays':
    'task "{task}" has startsAfterDays, which moves the calendar itself; give it either startsAfterDays or a day in the agenda',
  'scenario.registration.needIndividuals':
    'the registration cases need {needed, plural, one {# distinct existing individual} other {# distinct existing individuals}} ({which}), but individuals is {individuals}; raise it to at least {needed} or lower those counts',
  'scenario.registration.needBusinesses':
    'each phoenix case needs its own existing business to rise from: {phoenix, plural, one {# phoenix case} other {# phoenix cases}} but businesses is {businesses}; raise businesses to at least {phoenix}',
  'scenario.registration.sharedPhones':
    '{bogus, plural, one {# bogus registration} other {# bogus registrations}} with {sharing} existing TINs on each phone need {own} taxpayers of their own besides the {others} the other cases use, but the register has {register}; lower sharedPhoneTins or raise individuals or businesses',
  'scenario.registration.bogusNeedsThree':
    'bogus-registration needs at least 3 existing taxpayers (individuals or businesses) to share a phone number or address with, but the population has {register}; raise individuals or businesses',
  'scenario.registration.noVat':
    'vat-threshold cases need a VAT, but the jurisdiction "{jurisdiction}" has no VAT in its taxTypes; add VAT to the profile or remove this anomaly',
  'scenario.refunds.unusedVariant':
    'This scenario has no phantom-exporter cases, so this variant changes nothing; add some under world.refunds.anomalies or remove it',
  'scenario.refunds.notNewRegistrant':
    'A company registered {days} days before its claim is not a new registrant under the jurisdiction "{jurisdiction}" (refunds.risk.newRegistrantMonths is {months}); use at most {newest} days, or raise newRegistrantMonths in the profile',
  'scenario.objections.lawLacks':
    '{kind} cases need a law the jurisdiction "{jurisdiction}" does not have; change its profile or remove this kind',
  'scenario.objections.needsUndisputedPaid':
    '{kind} cases need a jurisdiction whose objections.requireUndisputedPaid is true, and the jurisdiction "{jurisdiction}" does not have that; change its profile or remove this kind',
  'scenario.objections.needsDeemedReceipt':
    '{kind} cases need a jurisdiction whose deadlines.deemedReceiptDays is above 0, and the jurisdiction "{jurisdiction}" does not have that; change its profile or remove this kind',
  'scenario.collection.taxTypeNotAdministered':
    'the jurisdiction "{jurisdiction}" does not administer {taxType}, so no arrears can sit in it; use one of its tax types ({codes})',
  'scenario.collection.noDefaults':
    "with no defaulted agreement the request for time to pay is an ordinary one and the right answer would be to grant it, which is not agreement abuse; use at least 1 (from {refuseAfter}, the profile's refuseAfterDefaults, the request is refused; below it a new agreement needs security)",
  'scenario.collection.unusedVariants':
    'variants are set for {kind}, but the world declares no {kind} case; add one under anomalies or lookalikes, or remove these variants',
  'scenario.content.noHints':
    'task "{task}" has no hints: a trainee who is stuck gets no help; add hints (general first, then specific)',
  'scenario.content.noFeedback':
    "no feedback for {kinds}: after deciding such a case the trainee sees only the engine's explanation; add feedback for {n, plural, one {it} other {each}} under `feedback:`",
  'scenario.content.markup':
    'this text contains HTML or script; trainees see it as plain characters, never as markup, so write plain text',
  'scenario.content.noInterface':
    'the sandbox has no interface in "{language}": trainees will see its buttons, menus and messages in English (the scenario\'s own text stays as written); write it in {languages} for an interface in the same language',
  'scenario.content.otherLanguage':
    'this text looks like {guess}, but the scenario\'s language is "{language}"; translate it or change language:',
  'scenario.language.en': 'English',
  'scenario.language.fr': 'French',
  'scenario.language.pt': 'Portuguese',
  'scenario.language.es': 'Spanish',
  'scenario.language.id': 'Indonesian',
  'scenario.language.vi': 'Vietnamese',
  'scenario.language.ru': 'Russian',
  'scenario.yaml.binary':
    'this is not a text file (it contains binary data); a {kind, select, scenario {scenario} other {jurisdiction profile}} is plain text written in YAML',
  'scenario.yaml.tooDeep':
    'this is nested more than {max} levels deep; a {kind, select, scenario {scenario} other {jurisdiction profile}} never is (look for brackets that are never closed, or indentation that keeps growing)',
  'scenario.yaml.empty':
    'this file is empty; a {kind, select, scenario {scenario} other {jurisdiction profile}} starts with lines such as "{start}" (see scenarios/README.md)',
  'scenario.yaml.rootList':
    'this file is a list (lines starting with "-"), but a {kind, select, scenario {scenario} other {jurisdiction profile}} must be a set of keys and values, one per line, such as "title: …"',
  'scenario.yaml.rootValue':
    'this file is a single value, but a {kind, select, scenario {scenario} other {jurisdiction profile}} must be a set of keys and values, one per line, such as "title: …"',
  'scenario.yaml.aliasCount':
    'this file repeats anchors (*name) so often that it would become huge; write the values out instead',
  'scenario.yaml.unreadable': 'this file could not be read',
  'scenario.yaml.complexKey': 'a key must be a single word such as "title", not a list or a mapping',
  'scenario.yaml.unknownAnchor': '*{name} refers to an anchor &{name} that is not defined above it',
  'scenario.yaml.unknownTag':
    'this "!" tag is not understood and is ignored; remove it, or put the text in quotes if the "!" belongs to it',
  'scenario.yaml.warning': 'YAML warns about this ({code})',
  'scenario.yaml.duplicateKey': 'the key "{key}" appears twice in the same place; keep only one of them',
  'scenario.yaml.tab':
    'a tab is used to indent this line; YAML only accepts spaces (most editors can "convert indentation to spaces")',
  'scenario.yaml.unclosedBracket': 'this "{open}" is never closed: add a "{close}" at the end',
  'scenario.yaml.badIndent':
    'the indentation is wrong here: keys at the same level must start in the same column',
  'scenario.yaml.indentedFurther':
    'the line below is indented further than this one, so it is read as part of this value; keys at the same level must start in the same column',
  'scenario.yaml.twoColons':
    'this line has two "key: value" parts; if the text contains ": ", put it in quotes, e.g. title: "Desk 1: intake"',
  'scenario.yaml.multilineKey':
    'a key must fit on one line; check for a missing ":" or a quote that is not closed above',
  'scenario.yaml.unclosedQuote':
    'this quote is never closed: text that starts with a quote must end with the same quote',
  'scenario.yaml.missingChar': 'something is missing here',
  'scenario.yaml.multipleDocs':
    'this file holds more than one document (a second "---" line); keep one scenario or profile per file',
  'scenario.yaml.badStart': 'text cannot start with this character; put the whole text in quotes',
  'scenario.yaml.badEscape':
    'a backslash in "double-quoted" text starts an escape such as \\n; use single quotes or write \\\\ for a backslash',
  'scenario.yaml.longKey': 'this key is longer than 1024 characters; a key must be a short word',
  'scenario.yaml.unexpected': 'YAML cannot read this; check the indentation and that each key ends with ":"',
  'scenario.yaml.unreadableHere': 'YAML cannot read this',
  'scenario.load.idNotFileName':
    'id "{id}" must be the same as the file name "{file}"; rename the file to {id}.yaml or change the id',
  'scenario.load.profileWithoutFormat':
    'this file looks like a jurisdiction profile: add the line "format: {format}" at the top so it is recognised in any folder',
  'scenario.load.badFileName':
    'the file name "{id}" cannot be a scenario id: use lower-case letters, digits and hyphens, e.g. "{slug}.yaml"',
  'scenario.load.noProfileFile':
    'no profile file at {target}: check the path (it is relative to this scenario\'s folder) and that the file starts with "format: {format}"',
  'scenario.load.duplicateId':
    '{other} already defines the {kind, select, scenario {scenario} other {jurisdiction profile}} "{id}"; ids must be unique, so rename one of the files',
} satisfies Catalogue
