import type { Catalogue } from '../languages'

export default {
  'glossary.tin.term': 'TIN',
  'glossary.tin.forms': 'TIN|TINs',
  'glossary.tin.definition':
    'Taxpayer Identification Number: the one number the administration gives each taxpayer, on every return, payment and letter. One taxpayer should have one TIN only.',
  'glossary.vat.term': 'VAT',
  'glossary.vat.forms': 'VAT',
  'glossary.vat.definition':
    'Value added tax: charged by registered businesses on their sales (output tax), minus the tax they paid on their purchases (input tax). A business whose input tax is higher may claim a refund.',
  'glossary.paye.term': 'PAYE',
  'glossary.paye.forms': 'PAYE',
  'glossary.paye.definition':
    "Pay As You Earn: the income tax an employer withholds from employees' wages every month and pays over to the administration on their behalf.",
  'glossary.assessment.term': 'assessment',
  'glossary.assessment.forms': 'assessment|assessments',
  'glossary.assessment.definition':
    "The administration's formal statement of the tax a taxpayer owes for a period, from a return or from an audit. It starts the time limit to object.",
  'glossary.demandNotice.term': 'demand notice',
  'glossary.demandNotice.forms': 'demand notice|demand notices',
  'glossary.demandNotice.definition':
    'A formal letter telling a taxpayer what they owe and by when. Enforcement is lawful only after the period it gives has passed.',
  'glossary.deemedReceipt.term': 'deemed receipt',
  'glossary.deemedReceipt.forms': 'deemed receipt|deemed received',
  'glossary.deemedReceipt.definition':
    'The day the law treats a notice sent by post as received, a fixed number of days after it was sent, whether or not the taxpayer opened it. Time limits count from that day.',
  'glossary.objection.term': 'objection',
  'glossary.objection.forms': 'objection|objections',
  'glossary.objection.definition':
    "A taxpayer's written challenge to an assessment, lodged within the legal time limit. The office reviews it and confirms, reduces or cancels the assessment.",
  'glossary.segment.term': 'segment',
  'glossary.segment.forms': 'segment|segments',
  'glossary.segment.definition':
    'The group a taxpayer is managed in by size of turnover: large, medium, small or micro. Large taxpayers usually have their own office.',
  'glossary.tadat.term': 'TADAT',
  'glossary.tadat.forms': 'TADAT',
  'glossary.tadat.definition':
    "Tax Administration Diagnostic Assessment Tool: an international framework that rates a tax administration's performance on a set of indicators (registration, filing, payment, audit, disputes…).",
  'glossary.collectability.term': 'collectability',
  'glossary.collectability.forms': 'collectability|collectable',
  'glossary.collectability.definition':
    'How likely a debt is to be paid: whether the taxpayer still trades, has assets or income, and can be found. It guides what collection step to take.',
  'glossary.offset.term': 'offset',
  'glossary.offset.forms': 'offset|offsets',
  'glossary.offset.definition':
    'Using money the administration owes a taxpayer (a refund, a credit) to pay a tax debt the same taxpayer owes, before paying out any balance.',
  'glossary.writeOff.term': 'write-off',
  'glossary.writeOff.forms': 'write-off|write-offs|written off',
  'glossary.writeOff.definition':
    'Removing a debt that cannot be collected from the active books, on recorded grounds (the taxpayer is gone, insolvent or the debt is too small to pursue).',
  'glossary.instalmentAgreement.term': 'instalment agreement',
  'glossary.instalmentAgreement.forms': 'instalment agreement|instalment agreements|instalment plan',
  'glossary.instalmentAgreement.definition':
    'An agreement letting a taxpayer pay a debt in dated instalments. While it is kept, enforcement is suspended; interest keeps running.',
  'glossary.garnishment.term': 'garnishment',
  'glossary.garnishment.forms': 'garnishment|garnishee order|garnish',
  'glossary.garnishment.definition':
    "An order to a third party holding the taxpayer's money (a bank, a customer) to pay it to the administration instead, up to the debt. Lawful only after the demand period.",
  'glossary.suspenseAccount.term': 'suspense account',
  'glossary.suspenseAccount.forms': 'suspense account|suspense',
  'glossary.suspenseAccount.definition':
    'Where payments wait that could not be matched to a taxpayer or a tax (a wrong TIN, no reference). Each one must be traced and posted to the right account.',
  'glossary.penalty.term': 'penalty / interest',
  'glossary.penalty.forms': 'penalty|penalties|late-payment interest',
  'glossary.penalty.definition':
    'A penalty punishes a late return or payment and may be waived for good cause; interest compensates for the time the tax was unpaid and is not waived.',
} satisfies Catalogue
