/**
 * The named risk rules, their labels and default weights: part of the audit's scenario format
 * (config.schema.ts), so it imports nothing above the vocabulary.
 */
/** The named risk rules a scenario can weight, in the order the risk panel lists them. */
export const RISK_RULES = [
  'third-party-mismatch',
  'card-sales-exceed-declared',
  'margin-below-benchmark',
  'turnover-drop',
  'supplier-non-filer',
  'input-credit-ratio',
  'late-filing-history',
  'prior-audit-yield',
  'return-arithmetic',
] as const
export type RiskRuleId = (typeof RISK_RULES)[number]

/** What each rule flags (for the trainer's editor and the officer's risk panel) and its default weight. */
export const RISK_RULE_INFO: Record<RiskRuleId, { label: string; description: string; weight: number }> = {
  'third-party-mismatch': {
    label: 'Third-party data above the return',
    description: 'Employers, banks or e-invoices report more income or sales than the return declares',
    weight: 50,
  },
  'card-sales-exceed-declared': {
    label: 'Card takings above declared sales',
    description: 'Card and e-wallet payments received exceed the sales the return declares',
    weight: 40,
  },
  'margin-below-benchmark': {
    label: 'Margin below the sector benchmark',
    description: "Gross margin below the lower quartile of the taxpayer's sector",
    weight: 30,
  },
  'turnover-drop': {
    label: 'Turnover drop',
    description: 'Declared turnover fell by more than a quarter on the year before',
    weight: 20,
  },
  'supplier-non-filer': {
    label: 'Supplier files nil or no returns',
    description: 'Input VAT claimed on invoices from a supplier that files nil returns or none at all',
    weight: 50,
  },
  'input-credit-ratio': {
    label: 'High input credits',
    description: "Input VAT claimed is above the sector's usual share of output VAT",
    weight: 20,
  },
  'late-filing-history': {
    label: 'Late or missing returns',
    description: 'A return in the filing history (four years, or six VAT months) filed late or not at all',
    weight: 10,
  },
  'prior-audit-yield': {
    label: 'Earlier audit raised tax',
    description: 'A previous audit of this taxpayer ended with an adjustment',
    weight: 15,
  },
  'return-arithmetic': {
    label: 'Return does not add up',
    description: "The return's lines do not add up to its totals",
    weight: 15,
  },
}
