/**
 * The text a new scenario in the studio starts from: a small registration desk that validates
 * as it is and plays (a trainer changes it from there). The browser tests build their studio
 * desk from it (tests/e2e/support/studio.ts), so they write what a trainer starts with.
 */
export const STARTER_SCENARIO = `# yaml-language-server: $schema=../public/scenario.schema.json
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
