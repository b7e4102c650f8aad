/**
 * Closed vocabularies of the sandbox. Each array gives the TypeScript type, the schema enum
 * and the list shown in documentation and error messages. Ids are stable; display text lives
 * beside them so it can change without breaking saved sessions.
 */

import { msg, type Msg, type Text } from './primitives/message'

export const FORMAT_VERSION = 1 as const

/** TADAT 2019 high-level indicators (code → label). */
export const TADAT_INDICATORS = {
  'P1-1': 'Accurate and reliable taxpayer information',
  'P1-2': 'Knowledge of the potential taxpayer base',
  'P2-3': 'Identification, assessment, ranking and quantification of compliance risks',
  'P2-4': 'Mitigation of risks through a compliance improvement plan',
  'P2-5': 'Monitoring and evaluation of compliance risk mitigation activities',
  'P2-6': 'Identification, assessment and mitigation of institutional risks',
  'P3-7': 'Scope, currency and accessibility of information',
  'P3-8': 'Scope of initiatives to reduce taxpayer compliance costs',
  'P3-9': 'Obtaining taxpayer feedback on products and services',
  'P4-10': 'On-time filing rate',
  'P4-11': 'Use of electronic filing facilities',
  'P5-12': 'Use of electronic payment methods',
  'P5-13': 'Use of efficient collection systems',
  'P5-14': 'Timeliness of payments',
  'P5-15': 'Stock and flow of tax arrears',
  'P6-16': 'Scope of verification actions to detect and deter inaccurate reporting',
  'P6-17': 'Extent of proactive initiatives to encourage accurate reporting',
  'P6-18': 'Monitoring the extent of inaccurate reporting',
  'P7-19': 'Independent, workable, graduated dispute resolution process',
  'P7-20': 'Time taken to resolve disputes',
  'P7-21': 'Degree to which dispute outcomes are acted upon',
  'P8-22': 'Contribution to government tax revenue forecasting',
  'P8-23': 'Adequacy of the tax revenue accounting system',
  'P8-24': 'Adequacy of tax refund processing',
  'P9-25': 'Internal assurance mechanisms',
  'P9-26': 'External oversight of the tax administration',
  'P9-27': 'Public perception of integrity',
  'P9-28': 'Publication of activities, results and plans',
} as const
export type TadatCode = keyof typeof TADAT_INDICATORS
export const TADAT_CODES = Object.keys(TADAT_INDICATORS) as [TadatCode, ...TadatCode[]]

export const TAX_TYPES = ['CIT', 'PIT', 'VAT', 'PAYE', 'EXCISE', 'WHT'] as const
export type TaxType = (typeof TAX_TYPES)[number]

export const SEGMENTS = ['large', 'medium', 'small', 'micro'] as const
export type Segment = (typeof SEGMENTS)[number]

/**
 * Faker locales a scenario may use: the tuned ones first (their own ID formats, phone plans and
 * banks in world/locales.ts), then every other faker locale with person and company names
 * (plain defaults for those details). Each locale's data loads on demand.
 */
export const TUNED_LOCALES = ['en', 'en_NG', 'en_GH', 'en_IN', 'fr', 'fr_SN', 'id_ID', 'vi', 'pt_PT'] as const
export const OTHER_LOCALES = [
  'af_ZA',
  'ar',
  'bn_BD',
  'cs_CZ',
  'cy',
  'da',
  'de',
  'de_AT',
  'de_CH',
  'dv',
  'el',
  'en_AU',
  'en_CA',
  'en_GB',
  'en_HK',
  'en_IE',
  'en_NP',
  'en_US',
  'en_ZA',
  'es',
  'es_MX',
  'fa',
  'fi',
  'fr_BE',
  'fr_CA',
  'fr_CH',
  'fr_LU',
  'he',
  'hr',
  'hu',
  'hy',
  'it',
  'ja',
  'ka_GE',
  'ko',
  'ku_ckb',
  'ku_kmr_latin',
  'lv',
  'mk',
  'mn_MN_cyrl',
  'nb_NO',
  'ne',
  'nl',
  'nl_BE',
  'pl',
  'pt_BR',
  'ro',
  'ru',
  'sk',
  'sl_SI',
  'sr_RS_latin',
  'sv',
  'ta_IN',
  'th',
  'tr',
  'uk',
  'ur',
  'uz_UZ_latin',
  'yo_NG',
  'zh_CN',
  'zh_TW',
  'zu_ZA',
] as const
export const LOCALES = [...TUNED_LOCALES, ...OTHER_LOCALES] as const
export type LocaleId = (typeof LOCALES)[number]

/** How a decision is graded against ground truth. */
export const GRADES = ['correct', 'acceptable', 'wrong', 'harmful'] as const
export type Grade = (typeof GRADES)[number]

/**
 * The same vocabularies as catalogue ids (src/i18n/<language>/common.ts), for text a person
 * reads in their language; the English constants above stay for code and documentation.
 * A process's names are in the catalogues only (common.process.<id>, .short.<id>, .long.<id>);
 * its id comes from the list of formats (processes/formats.ts PROCESSES), which this module may
 * not import, hence a string here.
 */
export const processLabel = (id: string): Msg => msg(`common.process.${id}`)
export const tadatLabel = (code: TadatCode): Msg => msg(`common.tadat.${code}`)
/**
 * A tax's label where a sentence puts it after a noun ("Balance {taxType}", "assessment of
 * {taxType}"): Russian declines it there ("Сальдо налога на прибыль"); other languages read the label.
 */
export const taxTypeOfLabel = (code: TaxType): Msg => msg(`common.taxTypeOf.${code}`)
/**
 * A tax's label where a sentence says what a taxpayer is registered for ("registered for
 * {types}"): Russian puts it in the dative after «по» ("по налогу на прибыль"); other languages
 * read the label.
 */
export const taxTypeForLabel = (code: TaxType): Msg => msg(`common.taxTypeFor.${code}`)
export const gradeLabel = (grade: Grade): Msg => msg(`common.grade.${grade}`)
export const segmentLabel = (segment: Segment): Msg => msg(`common.segment.${segment}`)
export const taxTypeLabel = (code: TaxType): Msg => msg(`common.taxType.${code}`)
/**
 * A tax a sentence names: its label when `code` is one of ours; anything else (what an officer
 * typed) stays as written, as data.
 */
export const taxTypeText = (code: string): Text =>
  (TAX_TYPES as readonly string[]).includes(code) ? taxTypeLabel(code as TaxType) : code
/** A tax and a period as a sentence cites them ("TVA 2025-08"): the tax by its label. */
export const taxAndPeriod = (taxType: TaxType, period: string): { taxType: Msg; period: string } => ({
  taxType: taxTypeLabel(taxType),
  period,
})
