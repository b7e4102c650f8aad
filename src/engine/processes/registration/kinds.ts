/**
 * Case kinds of the registration process: anomalies with hidden ground truth (docs/domain.md
 * §Anomaly patterns 1, 2, 13) and innocent look-alikes (suspicious at a glance, genuine on
 * inspection).
 */
export const ANOMALIES = [
  'duplicate-identity',
  'identity-mismatch',
  'bogus-registration',
  'vat-threshold',
  'phoenix',
] as const
export const LOOKALIKES = ['namesake', 'shared-family-address'] as const
export type RegistrationAnomaly = (typeof ANOMALIES)[number]
export type RegistrationLookalike = (typeof LOOKALIKES)[number]
export type RegistrationKind = RegistrationAnomaly | RegistrationLookalike | 'genuine'

/** What each kind of registration case is, and the decision that scores best. Editor tooltips. */
export const DESCRIPTIONS: Record<RegistrationKind, string> = {
  'duplicate-identity':
    'Someone who already holds a TIN applies again under a variant of their name. Best decision: link to the existing TIN',
  'identity-mismatch':
    'The national ID does not match the civil registry (another name or birth date, or a deceased holder). Best decision: reject',
  'bogus-registration':
    'A business that does not exist: phone or address shared with unrelated taxpayers, premises that do not fit. Best decision: reject',
  'vat-threshold':
    'A genuine business that declares a turnover below the VAT threshold while its bank letter shows sales above it, and did not ask for VAT. Best decision: approve with VAT',
  phoenix:
    'A new company run by the directors of an old one that left tax debts. Best decision: approve and link the old TIN',
  namesake: 'Look-alike: same name as a registered taxpayer, but another person. Best decision: approve',
  'shared-family-address':
    'Look-alike: lives at the address of a registered relative. Best decision: approve',
  genuine:
    'An ordinary application with nothing wrong. Best decision: approve with the right tax types and segment',
}

/** Evidence panels an officer can open on a registration case; opening one is logged. */
export const EVIDENCE = [
  'application',
  'documents',
  'civil-registry',
  'company-registry',
  'register-search',
  'premises',
] as const
export type RegistrationEvidence = (typeof EVIDENCE)[number]

/**
 * How a duplicate applicant spells a registered name (world/name-variants.ts draws them); a
 * trainer may fix one per scenario (world.registration.variants.duplicate-identity.nameVariant).
 */
export const NAME_VARIANT_KINDS = [
  'transliteration',
  'diacritics',
  'swapped',
  'dropped-given-name',
  'initials',
] as const
export type NameVariantKind = (typeof NAME_VARIANT_KINDS)[number]
