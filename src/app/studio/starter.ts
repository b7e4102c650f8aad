/**
 * The text a new scenario in the studio starts from, in the trainer's language: a small
 * registration desk that validates as it is and plays (a trainer changes it from there). Each
 * language has its own, the same desk written in that language with `language:` set to it and the
 * bundled jurisdiction profile of that language where there is one (French: sahel-coast,
 * Russian: alatau; Portuguese has none yet, so northland). tests/engine/studio-starter.test.ts
 * validates and plays each. The browser tests build their studio desk from the English one
 * (tests/e2e/support/studio.ts), so they write what an English-speaking trainer starts with.
 */
import type { Language } from '../../i18n/languages'

const SCHEMA_LINE = '# yaml-language-server: $schema=../public/scenario.schema.json'

/** The English starter (the one the browser tests' desk is built from). */
export const STARTER_SCENARIO = `${SCHEMA_LINE}
format: 1
title: My first registration desk
summary: Six applications for a TIN; decide each one.
objectives:
  - Verify an applicant before issuing a TIN
difficulty: 1
minutes: 10
tadat: [P1-1]
language: en
jurisdiction: northland
world:
  seed: 1
  referenceDate: 2025-03-03
  population: { individuals: 60, businesses: 40 }
  registration:
    applications: 6
    anomalies: { duplicate-identity: 1 }
    lookalikes: { namesake: 1 }
tasks:
  - id: desk
    process: registration
    title: Six applications
    briefing: Decide each application after checking the registries.
    hints:
      - text: Compare the national ID with the register hits.
    feedback:
      duplicate-identity: One person, one TIN; link the existing number.
      namesake: Two people can share a name; the national ID decides.
passMark: 70
`

const FRENCH = `${SCHEMA_LINE}
format: 1
title: Mon premier guichet d'immatriculation
summary: Six demandes de NIF ; statuez sur chacune.
objectives:
  - Vérifier un demandeur avant de lui attribuer un NIF
difficulty: 1
minutes: 10
tadat: [P1-1]
language: fr
jurisdiction: sahel-coast
world:
  seed: 1
  referenceDate: 2025-03-03
  population: { individuals: 60, businesses: 40 }
  registration:
    applications: 6
    anomalies: { duplicate-identity: 1 }
    lookalikes: { namesake: 1 }
tasks:
  - id: guichet
    process: registration
    title: Six demandes
    briefing: Statuez sur chaque demande après avoir consulté les registres.
    hints:
      - text: Comparez le numéro de la pièce d'identité avec les résultats de la recherche de doublons.
    feedback:
      duplicate-identity: Une personne, un seul NIF ; rattachez la demande au numéro existant.
      namesake: Deux personnes peuvent porter le même nom ; c'est le numéro de la pièce d'identité qui tranche.
passMark: 70
`

const RUSSIAN = `${SCHEMA_LINE}
format: 1
title: Мой первый приём заявлений на ИНН
summary: Шесть заявлений о присвоении ИНН; примите решение по каждому.
objectives:
  - Проверить заявителя, прежде чем присвоить ему ИНН
difficulty: 1
minutes: 10
tadat: [P1-1]
language: ru
jurisdiction: alatau
world:
  seed: 1
  referenceDate: 2025-03-03
  population: { individuals: 60, businesses: 40 }
  registration:
    applications: 6
    anomalies: { duplicate-identity: 1 }
    lookalikes: { namesake: 1 }
tasks:
  - id: priyom
    process: registration
    title: Шесть заявлений
    briefing: Примите решение по каждому заявлению, сверившись с реестрами.
    hints:
      - text: Сравните номер удостоверения личности с совпадениями, найденными при проверке на дубликаты.
    feedback:
      duplicate-identity: Одно лицо — один ИНН; привяжите заявление к существующему номеру.
      namesake: Два человека могут носить одно имя; решает номер удостоверения личности.
passMark: 70
`

const PORTUGUESE = `${SCHEMA_LINE}
format: 1
title: O meu primeiro balcão de inscrição
summary: Seis pedidos de NIF; decida cada um deles.
objectives:
  - Verificar um requerente antes de lhe atribuir um NIF
difficulty: 1
minutes: 10
tadat: [P1-1]
language: pt
jurisdiction: northland
world:
  seed: 1
  referenceDate: 2025-03-03
  population: { individuals: 60, businesses: 40 }
  registration:
    applications: 6
    anomalies: { duplicate-identity: 1 }
    lookalikes: { namesake: 1 }
tasks:
  - id: balcao
    process: registration
    title: Seis pedidos
    briefing: Decida cada pedido depois de consultar os registos.
    hints:
      - text: Compare o número do bilhete de identidade com os resultados da pesquisa de duplicados.
    feedback:
      duplicate-identity: Uma pessoa, um só NIF; associe o pedido ao NIF existente.
      namesake: Duas pessoas podem ter o mesmo nome; é o número do bilhete de identidade que decide.
passMark: 70
`

/** Each language's starter. */
export const STARTERS: Readonly<Record<Language, string>> = {
  en: STARTER_SCENARIO,
  fr: FRENCH,
  ru: RUSSIAN,
  pt: PORTUGUESE,
}

/** The name a new scenario's file gets, before the trainer renames it: an id, so Latin letters. */
export const STARTER_NAMES: Readonly<Record<Language, string>> = {
  en: 'my-scenario',
  fr: 'mon-scenario',
  ru: 'moy-stsenariy',
  pt: 'meu-cenario',
}
