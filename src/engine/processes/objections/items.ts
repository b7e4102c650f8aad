/**
 * The adjustments an audit makes that objections dispute, per tax type: what the auditor
 * changed and why, what the taxpayer argues, and the two kinds of new evidence a taxpayer may
 * bring — one that a check against records confirms, one that it does not.
 */
export interface EvidenceText {
  /** What the taxpayer submitted with the objection. */
  document: string
  /** What the review desk found when it checked the document against records. */
  finding: string
}

export interface ItemTemplate {
  code: string
  taxType: 'CIT' | 'VAT'
  description: string
  basis: string
  ground: string
  support: EvidenceText
  noSupport: EvidenceText
}

export const ITEM_TEMPLATES: readonly ItemTemplate[] = [
  {
    code: 'repairs',
    taxType: 'CIT',
    description: 'Repairs and maintenance expense disallowed',
    basis:
      'No supplier invoices were produced at the audit for the repairs claimed; the expense was disallowed in full.',
    ground: 'The repairs were carried out and paid for; the supplier invoices are now attached.',
    support: {
      document:
        'Fourteen supplier invoices bearing the suppliers\u2019 TINs, with the bank transfers that paid them',
      finding:
        'Confirmed: the invoices are in the suppliers\u2019 e-invoice records and agree in date and amount with the bank transfers.',
    },
    noSupport: {
      document: 'A schedule of repair costs prepared by the company\u2019s accountant',
      finding:
        'Not confirmed: no invoice is attached and the schedule cannot be traced to any supplier or payment.',
    },
  },
  {
    code: 'deposits',
    taxType: 'CIT',
    description: 'Unreported sales: bank deposits above declared turnover',
    basis:
      'Deposits on the company\u2019s bank account exceed its declared sales; the difference was added to taxable income.',
    ground: 'Part of the deposits were the drawdown of a bank loan, not sales.',
    support: {
      document: 'The loan agreement and the bank\u2019s credit advice for the drawdown',
      finding:
        'Confirmed: the bank confirms the loan; the drawdown date and amount match the deposits added at the audit.',
    },
    noSupport: {
      document:
        'A director\u2019s letter saying the deposits were \u201cpersonal funds lent to the company\u201d',
      finding:
        'Not confirmed: there is no loan agreement, no bank record of where the money came from and no entry in the company\u2019s books.',
    },
  },
  {
    code: 'management-fees',
    taxType: 'CIT',
    description: 'Management fees paid to a related company disallowed',
    basis: 'Fees were paid to a related company abroad with no evidence that any service was rendered.',
    ground: 'The fees pay for real services from the group\u2019s head office.',
    support: {
      document: 'The service agreement, monthly service reports and the transfer-pricing study',
      finding:
        'Confirmed: the agreement predates the period, the reports show the services, and the fee is inside the benchmark range.',
    },
    noSupport: {
      document: 'An invoice from the related company',
      finding:
        'Not confirmed: the invoice is dated after the audit began; there is no agreement and no record of services in the period.',
    },
  },
  {
    code: 'allowances',
    taxType: 'CIT',
    description: 'Capital allowances on equipment not in use',
    basis: 'Allowances were claimed on equipment the auditor found still crated in the warehouse.',
    ground: 'The equipment was installed and in use before the year end.',
    support: {
      document: 'The installer\u2019s certificate and the first production log',
      finding:
        'Confirmed: the certificate and the log show the equipment working two months before the year end.',
    },
    noSupport: {
      document: 'A revised fixed-asset schedule',
      finding:
        'Not confirmed: the schedule restates the claim; there is no delivery or installation document.',
    },
  },
  {
    code: 'bad-debt',
    taxType: 'CIT',
    description: 'Bad-debt write-off disallowed',
    basis: 'A customer debt was written off with no evidence that it could not be recovered.',
    ground: 'The customer went into liquidation; the debt is lost.',
    support: {
      document: 'The winding-up order and the liquidator\u2019s list of admitted claims',
      finding:
        'Confirmed: the company registry shows the customer in liquidation since before the year end, and the claim is on the list.',
    },
    noSupport: {
      document: 'The aged list of receivables',
      finding:
        'Not confirmed: the customer is active on the company registry and still trading; no recovery action is documented.',
    },
  },
  {
    code: 'entertainment',
    taxType: 'CIT',
    description: 'Entertainment booked as advertising',
    basis: 'Hospitality costs were booked as advertising; entertainment is not deductible.',
    ground: 'The costs were for a stand at a trade fair, which is advertising.',
    support: {
      document: 'The trade-fair contract, the stand invoice and photographs of the branded stand',
      finding:
        'Confirmed: the organiser confirms the booking; the invoice is for exhibition space and stand building.',
    },
    noSupport: {
      document: 'Restaurant receipts marked \u201cclient promotion\u201d',
      finding:
        'Not confirmed: the receipts are for meals and drinks, which are entertainment whatever the account is called.',
    },
  },
  {
    code: 'input-invoices',
    taxType: 'VAT',
    description: 'Input VAT disallowed: purchase invoices not produced',
    basis: 'Input VAT was claimed on purchases for which no tax invoice was produced at the audit.',
    ground: 'The invoices exist and are now attached.',
    support: {
      document: 'The original tax invoices from the supplier',
      finding:
        'Confirmed: the e-invoice system holds the same invoices, issued to this taxpayer, and the supplier declared the output VAT.',
    },
    noSupport: {
      document: 'Photocopied invoices without the supplier\u2019s TIN',
      finding:
        'Not confirmed: no supplier TIN on the invoices and no matching record in the e-invoice system.',
    },
  },
  {
    code: 'exports',
    taxType: 'VAT',
    description: 'Zero-rated exports without customs evidence',
    basis:
      'Sales were zero-rated as exports but no export declaration was found; the standard rate was applied.',
    ground: 'The goods were exported; the export declarations are attached.',
    support: {
      document: 'Customs export declarations and bills of lading',
      finding:
        'Confirmed: customs holds the declarations, the goods left the port in the period, and the values agree with the invoices.',
    },
    noSupport: {
      document: 'Commercial invoices addressed to a foreign buyer',
      finding: 'Not confirmed: customs has no export declaration for any of these shipments.',
    },
  },
  {
    code: 'e-invoice-sales',
    taxType: 'VAT',
    description: 'Output VAT on sales found in e-invoice data',
    basis:
      'E-invoices issued by the taxpayer exceed the sales it declared; VAT was assessed on the difference.',
    ground: 'Some invoices were cancelled and replaced.',
    support: {
      document: 'Credit notes cancelling the invoices',
      finding:
        'Confirmed: the credit notes are registered in the e-invoice system, within the period, against the original invoices.',
    },
    noSupport: {
      document: 'A letter saying the invoices were issued in error',
      finding:
        'Not confirmed: no credit note is registered, and the buyers have claimed input VAT on these invoices.',
    },
  },
  {
    code: 'private-use',
    taxType: 'VAT',
    description: 'Input VAT on goods for private use',
    basis: 'Input VAT was claimed on a vehicle and household goods used privately by the director.',
    ground: 'The vehicle is a delivery van used only for the business.',
    support: {
      document: 'The vehicle registration and the delivery log',
      finding:
        'Confirmed: registered as a commercial van in the company\u2019s name; the log agrees with the delivery notes.',
    },
    noSupport: {
      document: 'A statement that the car is \u201cmainly used for business\u201d',
      finding: 'Not confirmed: the vehicle is a private saloon registered to the director personally.',
    },
  },
  {
    code: 'claim-limit',
    taxType: 'VAT',
    description: 'Input VAT claimed outside the time limit',
    basis: 'Input VAT was claimed on invoices older than the period allowed for claiming them.',
    ground: 'The supplier sent the invoices late; they were claimed in the first return after receipt.',
    support: {
      document: 'The supplier\u2019s dispatch record and the courier\u2019s receipt',
      finding:
        'Confirmed: the courier delivered the invoices in the period claimed, so the claim is within the limit.',
    },
    noSupport: {
      document: 'No new document; the letter repeats the position taken at the audit',
      finding: 'Nothing new to verify.',
    },
  },
  {
    code: 'apportionment',
    taxType: 'VAT',
    description: 'Input VAT not apportioned for exempt supplies',
    basis:
      'The taxpayer also makes exempt supplies but claimed all its input VAT; it was apportioned by turnover.',
    ground: 'The purchases relate only to taxable supplies.',
    support: {
      document: 'Cost-centre accounts and purchase orders for the taxable product line',
      finding:
        'Confirmed: the purchase orders and cost-centre records trace every invoice to the taxable line.',
    },
    noSupport: {
      document: 'A general statement from the finance manager',
      finding: 'Not confirmed: no record links the purchases to taxable supplies.',
    },
  },
]
