/**
 * The text a new scenario in the studio starts from, in the trainer's language: a small
 * registration desk that validates as it is and plays (a trainer changes it from there). Each
 * language has its own, the same desk written in that language with `language:` set to it and the
 * bundled jurisdiction profile of that language where there is one (French: sahel-coast,
 * Russian: alatau; Portuguese has none yet, so northland). A starter is also the first example
 * of a good scenario a trainer sees, so it passes its own path test: half its applications need a
 * second look (two duplicates and an identity the civil registry does not confirm, beside a
 * namesake that only looks like one), so a trainee who approves everything scores 44 % and no
 * random clicking reaches the pass mark of 75 (69 % at most over the studio's ten seeds).
 * tests/engine/studio-starter.test.ts validates, plays and path-tests each. The browser tests build their studio desk from the English one
 * (tests/e2e/support/studio.ts), so they write what an English-speaking trainer starts with.
 */
import type { Language } from '../../i18n/languages'

/** What a starter says in its language; the rest of the desk is the same in every language. */
interface Words {
  title: string
  summary: string
  objective: string
  jurisdiction: string
  taskId: string
  taskTitle: string
  briefing: string
  hint: string
  duplicate: string
  mismatch: string
  namesake: string
  /** A comment above the pass mark: why a trainee who approves everything fails. */
  passMark: string
}

function starter(language: Language, w: Words): string {
  return `# yaml-language-server: $schema=../public/scenario.schema.json
format: 1
title: ${w.title}
summary: ${w.summary}
objectives:
  - ${w.objective}
difficulty: 1
minutes: 15
tadat: [P1-1]
language: ${language}
jurisdiction: ${w.jurisdiction}
world:
  seed: 1
  referenceDate: 2025-03-03
  population: { individuals: 60, businesses: 40 }
  registration:
    applications: 8
    anomalies: { duplicate-identity: 2, identity-mismatch: 1 }
    lookalikes: { namesake: 1 }
tasks:
  - id: ${w.taskId}
    process: registration
    title: ${w.taskTitle}
    briefing: ${w.briefing}
    hints:
      - text: ${w.hint}
    feedback:
      duplicate-identity: ${w.duplicate}
      identity-mismatch: ${w.mismatch}
      namesake: ${w.namesake}
# ${w.passMark}
passMark: 75
`
}

/** The English starter (the one the browser tests' desk is built from). */
export const STARTER_SCENARIO = starter('en', {
  title: 'My first registration desk',
  summary: 'Eight applications for a TIN; decide each one.',
  objective: 'Verify an applicant before issuing a TIN',
  jurisdiction: 'northland',
  taskId: 'desk',
  taskTitle: 'Eight applications',
  briefing: 'Decide each application after checking the registries.',
  hint: 'Compare the national ID with the register hits.',
  duplicate: 'One person, one TIN; link the existing number.',
  mismatch:
    'The civil registry does not confirm the identity on the form; no TIN without a verified identity, so reject the application.',
  namesake: 'Two people can share a name; the national ID decides.',
  passMark:
    'Half the applications need a second look, so a trainee who approves them all stays below this mark; the path test checks it.',
})

/** Each language's starter. */
export const STARTERS: Readonly<Record<Language, string>> = {
  en: STARTER_SCENARIO,
  fr: starter('fr', {
    title: 'Mon premier guichet d’immatriculation',
    summary: 'Huit demandes de NIF ; statuez sur chacune.',
    objective: 'Vérifier un demandeur avant de lui attribuer un NIF',
    jurisdiction: 'sahel-coast',
    taskId: 'guichet',
    taskTitle: 'Huit demandes',
    briefing: 'Statuez sur chaque demande après avoir consulté les registres.',
    hint: 'Comparez le numéro de la pièce d’identité avec les résultats de la recherche de doublons.',
    duplicate: 'Une personne, un seul NIF ; rattachez la demande au numéro existant.',
    mismatch:
      'L’état civil ne confirme pas l’identité déclarée ; pas de NIF sans identité vérifiée, rejetez la demande.',
    namesake:
      'Deux personnes peuvent porter le même nom ; c’est le numéro de la pièce d’identité qui tranche.',
    passMark:
      'La moitié des demandes mérite un second regard : un stagiaire qui les approuve toutes reste sous ce seuil, ce que vérifie le test de parcours.',
  }),
  ru: starter('ru', {
    title: 'Мой первый приём заявлений на ИНН',
    summary: 'Восемь заявлений о присвоении ИНН; примите решение по каждому.',
    objective: 'Проверить заявителя, прежде чем присвоить ему ИНН',
    jurisdiction: 'alatau',
    taskId: 'priyom',
    taskTitle: 'Восемь заявлений',
    briefing: 'Примите решение по каждому заявлению, сверившись с реестрами.',
    hint: 'Сравните номер удостоверения личности с совпадениями, найденными при проверке на дубликаты.',
    duplicate: 'Одно лицо — один ИНН; привяжите заявление к существующему номеру.',
    mismatch:
      'Реестр актов гражданского состояния не подтверждает личность заявителя; без подтверждённой личности ИНН не присваивается, откажите в регистрации.',
    namesake: 'Два человека могут носить одно имя; решает номер удостоверения личности.',
    passMark:
      'Половина заявлений требует внимательной проверки, и слушатель, который одобряет всё подряд, не достигает этого порога; проверка прохождения это подтверждает.',
  }),
  pt: starter('pt', {
    title: 'O meu primeiro balcão de inscrição',
    summary: 'Oito pedidos de NIF; decida cada um deles.',
    objective: 'Verificar um requerente antes de lhe atribuir um NIF',
    jurisdiction: 'northland',
    taskId: 'balcao',
    taskTitle: 'Oito pedidos',
    briefing: 'Decida cada pedido depois de consultar os registos.',
    hint: 'Compare o número do bilhete de identidade com os resultados da pesquisa de duplicados.',
    duplicate: 'Uma pessoa, um só NIF; associe o pedido ao NIF existente.',
    mismatch:
      'O registo civil não confirma a identidade declarada; sem identidade verificada não há NIF, por isso indefira o pedido.',
    namesake: 'Duas pessoas podem ter o mesmo nome; é o número do bilhete de identidade que decide.',
    passMark:
      'Metade dos pedidos exige um segundo olhar, por isso um formando que os aprova todos fica abaixo desta nota; o teste de percurso verifica-o.',
  }),
}

/** The name a new scenario's file gets, before the trainer renames it: an id, so Latin letters. */
export const STARTER_NAMES: Readonly<Record<Language, string>> = {
  en: 'my-scenario',
  fr: 'mon-scenario',
  ru: 'moy-stsenariy',
  pt: 'meu-cenario',
}

/** The word a copy of a bundled scenario's file name starts with ("mon-audit-…"), as STARTER_NAMES. */
const COPY_PREFIXES: Readonly<Record<Language, string>> = { en: 'my', fr: 'mon', ru: 'moy', pt: 'meu' }

/** The file name of the trainer's copy of the bundled scenario `id`, in the page's language. */
export const copyName = (language: Language, id: string): string => `${COPY_PREFIXES[language]}-${id}`
