import type { Catalogue } from '../languages'

export default {
  'objections.cmd.checkNotice': 'Check the assessment notice',
  'objections.cmd.checkPayments': 'Check the taxpayer account',
  'objections.cmd.reviewAuditFile': 'Review the audit file',
  'objections.cmd.examineEvidence': 'Examine the new evidence',
  'objections.cmd.grantExtension': 'Grant an extension for a late objection',
  'objections.cmd.acceptAdmissible': 'Accept the objection as admissible',
  'objections.cmd.holdCollection': 'Record a collection hold',
  'objections.cmd.assignReviewer': 'Assign the reviewing officer',
  'objections.cmd.declareInadmissible': 'Declare inadmissible and notify the taxpayer in writing',
  'objections.cmd.decide': 'Decide item by item and post the reassessment',
  'objections.cmd.decide.help':
    'Allow the disputed items the evidence supports; the others are disallowed. If no item is allowed, the objection is disallowed.',

  'objections.field.holdAmount': 'Amount on hold',
  'objections.field.holdAmount.help':
    'Collection of this amount is suspended until the objection is decided.',
  'objections.field.officer': 'Reviewing officer',
  'objections.field.ground': 'Ground stated in the notice',
  'objections.field.allowedItems': 'Items allowed',

  'objections.item': 'Item {n}',
  'objections.items': '{count, plural, one {item {items}} other {items {items}}}',
  'objections.items.none': 'no item',
  'objections.officer': '{id} {name} ({unit})',
  'objections.unit.audit': 'Audit',
  'objections.unit.objections': 'Objections and appeals',
  'objections.ground.late': 'Lodged after the time limit',
  'objections.ground.no-grounds': 'No grounds stated',
  'objections.ground.undisputed-unpaid': 'Undisputed tax not paid',
  'objections.ground.lower.late': 'lodged after the time limit',
  'objections.ground.lower.no-grounds': 'no grounds stated',
  'objections.ground.lower.undisputed-unpaid': 'undisputed tax not paid',

  'objections.ledgerKind.self-assessment': 'self-assessment',
  'objections.ledgerKind.adjustment': 'adjustment',
  'objections.ledgerKind.default-assessment': 'default assessment',
  'objections.ledgerKind.penalty': 'penalty',
  'objections.ledgerKind.interest': 'interest',
  'objections.ledgerKind.payment': 'payment',
  'objections.ledgerKind.payment-reversal': 'payment reversal',
  'objections.ledgerKind.offset-out': 'offset out',
  'objections.ledgerKind.offset-in': 'offset in',
  'objections.ledgerKind.refund-paid': 'refund paid',
  'objections.ledgerKind.write-off': 'write-off',
  'objections.ledgerKind.abatement': 'abatement',
  'objections.ledgerKind.agreement': 'agreement',
  'objections.ledgerKind.instalment': 'instalment',

  'objections.state.received': 'Objection received — admissibility check',
  'objections.state.admissible': 'Admissible — awaiting an independent reviewer',
  'objections.state.underReview': 'Under independent review',
  'objections.state.inadmissible': 'Inadmissible — taxpayer notified in writing',
  'objections.state.allowed': 'Allowed — reassessment posted',
  'objections.state.partiallyAllowed': 'Partially allowed — reassessment posted',
  'objections.state.disallowed': 'Disallowed — decision served',
  'objections.state.deemedDecision': 'Deemed decision — the decision period ran out',

  'objections.blocker.unknownStep': '"{type}" is not a step of an objection.',
  'objections.blocker.noticeDone': 'The assessment notice has already been checked.',
  'objections.blocker.accountDone': 'The taxpayer account has already been checked.',
  'objections.blocker.auditFileDone': 'The audit file has already been reviewed.',
  'objections.blocker.evidenceDone': 'The new evidence has already been examined.',
  'objections.blocker.decided': 'The objection has already been decided.',
  'objections.blocker.overdue':
    'The decision period ended on {on}: the objection is deemed {outcome, select, allowed {allowed} other {disallowed}}.',
  'objections.blocker.admissibilityDecided': 'Admissibility has already been decided.',
  'objections.blocker.extensionGranted': 'An extension has already been granted.',
  'objections.blocker.noExtensionInLaw': 'The law allows no extension: a late objection cannot be admitted.',
  'objections.blocker.noticeFirstExtension':
    'Check the assessment notice first: an extension is only for an objection lodged late.',
  'objections.blocker.noLateReason': 'The letter gives no reason for the delay; an extension needs one.',
  'objections.blocker.beyondExtension':
    'The objection arrived after {limit}, beyond the {days, plural, one {# day} other {# days}} an extension can add.',
  'objections.blocker.noticeFirstAdmit':
    'Check the assessment notice first: the time limit runs from its deemed receipt.',
  'objections.blocker.accountFirstAdmit':
    'Check the taxpayer account first: the undisputed tax must be paid for the objection to be admissible.',
  'objections.blocker.admitted': 'Admissibility has already been decided: the objection was admitted.',
  'objections.blocker.noHoldInLaw':
    'Under the law, an objection does not suspend collection: there is no hold to record.',
  'objections.blocker.holdDone': 'A collection hold has already been recorded.',
  'objections.blocker.admitFirstHold':
    'Admit the objection first: only an admissible objection suspends collection.',
  'objections.blocker.reviewerDone': 'A reviewer has already been assigned.',
  'objections.blocker.admitFirstReview': 'Admit the objection first: an inadmissible one is not reviewed.',
  'objections.blocker.admissibilityFirst': 'Decide admissibility first.',
  'objections.blocker.reviewerFirst': 'Assign a reviewer independent of the audit first.',
  'objections.blocker.holdFirst': 'Record the collection hold on the disputed amount first.',
  'objections.blocker.auditFileFirst': 'Review the audit file first: the decision goes item by item.',
  'objections.blocker.evidenceFirst': 'Examine the new evidence first.',

  'objections.unlawful.ownAssessment':
    '{officer} {name} made this assessment. The review must be independent of the audit (segregation of duties, TADAT P7-19-2): assign another officer.',
  'objections.unlawful.holdTooLarge': 'The taxpayer owes {balance} in all; a hold cannot be larger.',
  'objections.unlawful.unknownGround': '"{ground}" is not a ground of inadmissibility.',
  'objections.unlawful.lateAfterExtension':
    'An extension was granted: the objection can no longer be declared late.',
  'objections.unlawful.noPaymentRule':
    'The law does not require the undisputed tax to be paid before objecting.',
  'objections.unlawful.listItems': 'List the items allowed (none, to disallow the objection).',
  'objections.unlawful.strayItems':
    'Only the disputed items ({disputed}) can be allowed; {count, plural, one {item {stray} is} other {items {stray} are}} not under objection.',

  'objections.problem.reviewer': 'Choose the reviewing officer.',
  'objections.problem.holdAmount': 'Enter the amount to hold (more than zero).',
  'objections.problem.ground':
    'Choose the ground of inadmissibility: it goes in the written notice to the taxpayer.',
  'objections.problem.noticeBeforeLate': 'Check the assessment notice before declaring the objection late.',
  'objections.problem.accountBeforeUnpaid':
    'Check the taxpayer account before declaring the undisputed tax unpaid.',

  'objections.ref.hold':
    'Disputed part on record: {disputed} (tax of the items under objection). Balance of the account: {balance}.',
  'objections.ref.items': 'Items under objection: {count, plural, =0 {none} other {{items}}}.',

  'objections.panel.taxpayer': 'Taxpayer',
  'objections.panel.tin': 'TIN',
  'objections.panel.taxPeriod': '{taxType} {period}',
  'objections.panel.item': 'Item',
  'objections.panel.adjustment': 'Adjustment',
  'objections.panel.additionalTax': 'Additional tax',
  'objections.panel.owedInAll': 'Owed on the whole account',
  'objections.panel.case.title': 'Objection case',
  'objections.panel.case.case': 'Case',
  'objections.panel.case.assessment': 'Assessment',
  'objections.panel.case.assessmentValue': '{notice}: {taxType} {period}',
  'objections.panel.case.assessed': 'Additional tax assessed',
  'objections.panel.case.disputed': 'Under objection (per the letter)',
  'objections.panel.case.accepted': 'Accepted by the taxpayer',
  'objections.panel.case.received': 'Objection received',
  'objections.panel.case.decideBy': 'Decide by',
  'objections.panel.case.madeBy': 'Assessment made by',
  'objections.panel.letter.title': 'Objection letter',
  'objections.panel.letter.from': 'From',
  'objections.panel.letter.reference': 'Reference',
  'objections.panel.letter.dated': 'Dated',
  'objections.panel.letter.received': 'Received by the office',
  'objections.panel.letter.opening':
    'We object to assessment notice {notice} ({taxType} {period}). We dispute {disputed}.',
  'objections.panel.letter.openingAccept':
    'We object to assessment notice {notice} ({taxType} {period}). We dispute {disputed} and accept {accepted}.',
  'objections.panel.letter.ground': '{item} ({description}): {ground}',
  'objections.panel.letter.noGrounds':
    'We do not agree with {count, plural, one {this item} other {these items}} and ask you to withdraw {count, plural, one {it} other {them}}.',
  'objections.panel.letter.attachments': 'Attachments',
  'objections.panel.letter.attachment': 'Attachment',
  'objections.panel.letter.attachmentValue': '{item}: {document}',
  'objections.panel.letter.nothingAttached': 'Nothing attached.',
  'objections.panel.officers.title': 'Officers',
  'objections.panel.officers.officer': 'Officer',
  'objections.panel.officers.name': 'Name',
  'objections.panel.officers.unit': 'Unit',
  'objections.panel.officers.post': 'Post',
  'objections.panel.notice.title': 'Assessment notice',
  'objections.panel.notice.notice': 'Notice',
  'objections.panel.notice.taxPeriod': 'Tax and period',
  'objections.panel.notice.issued': 'Issued',
  'objections.panel.notice.mailed': 'Sent by registered post on',
  'objections.panel.notice.adjustments': 'Adjustments',
  'objections.panel.notice.lawTitle': 'What the law says',
  'objections.panel.notice.law':
    'A notice sent by post is deemed received {deemed, plural, one {# day} other {# days}} after mailing. An objection must reach the office within {days, plural, one {# day} other {# days}} of receipt of the notice. {extension}',
  'objections.panel.notice.extension':
    'A late objection may be admitted up to {days, plural, one {# day} other {# days}} after that limit if the taxpayer gives a reason for the delay.',
  'objections.panel.notice.noExtension': 'The limit cannot be extended.',
  'objections.panel.account.title': 'Taxpayer account',
  'objections.panel.account.date': 'Date',
  'objections.panel.account.entry': 'Entry',
  'objections.panel.account.reference': 'Reference',
  'objections.panel.account.returnRef': '{taxType} return {period}',
  'objections.panel.account.debit': 'Debit',
  'objections.panel.account.credit': 'Credit',
  'objections.panel.account.note': 'Note',
  'objections.panel.account.balance': 'Balance {taxType} {period}',
  'objections.panel.account.others': 'Other periods with a balance',
  'objections.panel.account.tax': 'Tax',
  'objections.panel.account.period': 'Period',
  'objections.panel.account.balanceColumn': 'Balance',
  'objections.panel.account.oldestDue': 'Oldest due',
  'objections.panel.account.noOthers': 'No other period has a balance.',
  'objections.panel.auditFile.title': 'Audit file',
  'objections.panel.auditFile.auditor': 'Auditor',
  'objections.panel.auditFile.auditorValue': '{id} {name}',
  'objections.panel.auditFile.closed': 'Audit closed',
  'objections.panel.auditFile.base': 'Taxable amount',
  'objections.panel.auditFile.tax': 'Tax',
  'objections.panel.auditFile.basis': "Auditor's basis",
  'objections.panel.auditFile.workingPaper': 'Working paper',
  'objections.panel.evidence.title': 'New evidence',
  'objections.panel.evidence.heading':
    'Submitted with the objection, and what checking it against records found',
  'objections.panel.evidence.submitted': 'Submitted',
  'objections.panel.evidence.check': 'Check against records',
  'objections.panel.evidence.nothing': 'Nothing submitted',
  'objections.panel.evidence.nothingToCheck': 'Nothing to check.',

  'objections.verdict.noCaseFile': 'No case file for this objection.',
  'objections.verdict.noReason': 'no reason',
  'objections.verdict.inadmissible.late':
    'Declared inadmissible as late, in writing: even counted from deemed receipt the objection was out of time, and the law allows no extension for it.',
  'objections.verdict.inadmissible.no-grounds':
    'Declared inadmissible for want of grounds, in writing: the taxpayer learns what a valid objection must state.',
  'objections.verdict.inadmissible.undisputed-unpaid':
    'Declared inadmissible until the undisputed tax is paid, in writing: the taxpayer can pay and object properly.',
  'objections.verdict.wrongGround':
    'Inadmissible is right, but the notice gives the wrong reason ({stated}); the defect is: {barred}. A notice with a reason that does not hold will not survive an appeal.',
  'objections.verdict.deemedInTime':
    'Counted from the mailing date it looks late, but the notice is deemed received {days, plural, one {# day} other {# days}} after mailing and the objection was in time. The taxpayer lost a review the law guarantees.',
  'objections.verdict.wasAdmissible':
    'This objection was admissible (in time, reasoned{paid, select, yes {, undisputed tax paid} other {}}); declaring it inadmissible ({stated}) denied the taxpayer a review the law guarantees.',
  'objections.verdict.notDecided':
    'The objection was not decided within {days, plural, one {# day} other {# days}} of receipt: it is deemed {outcome, select, allowed {allowed} other {disallowed}} by law (TADAT P7-20).',
  'objections.verdict.barredAllowed':
    'The objection was not admissible ({ground}); allowing {items} on the merits gave away tax the taxpayer could no longer dispute.',
  'objections.verdict.barredReviewed':
    'The tax stands, but the objection was not admissible ({ground}): it should have been declared inadmissible with a written notice, not reviewed on the merits.',
  'objections.verdict.extra': 'allowed {items}, which the new evidence does not support (tax given away)',
  'objections.verdict.missing':
    'disallowed {items}, which the checked evidence proves (a valid claim refused)',
  'objections.verdict.itemByItem': 'Decide item by item: this decision {parts}.',
  'objections.verdict.decided.allowed': 'Allowed item by item: the reassessment abates {items} only.',
  'objections.verdict.decided.partial':
    'Partially allowed item by item: the reassessment abates {items} only.',
  'objections.verdict.decided.disallowed': 'Disallowed item by item.',
  'objections.verdict.holdTooMuch':
    'the hold covered {held}, more than the {disputed} in dispute: the undisputed tax and other debts must stay collectable',
  'objections.verdict.holdTooLittle':
    'the hold left {open} of the disputed tax open to enforcement during the review',
  'objections.verdict.reviewerInAudit':
    'the reviewer {officer} works in the audit unit that raised the assessment; the review should come from outside the audit (TADAT P7-19-2)',
  'objections.verdict.but': '{base} But {weaker}.',
  'objections.truth.dates':
    'Mailed {mailed}, deemed received {deemed} ({deemedDays, plural, one {# day} other {# days}} later); the {windowDays}-day window closed on {windowEnd}; the objection arrived on {received}',
  'objections.truth.expected.inadmissible':
    'Declare the objection inadmissible ({ground}) and notify the taxpayer in writing',
  'objections.truth.expected.admit':
    'Admit the objection, assign a reviewer outside the audit, and {outcome, select, allowed {allow it in full: allow {supported}} disallowed {disallow it: disallow {refused}} other {partially allow it: allow {supported}, disallow {refused}}}',
  'objections.truth.expected.admitHold':
    'Admit the objection, hold {hold} (the disputed tax only), assign a reviewer outside the audit, and {outcome, select, allowed {allow it in full: allow {supported}} disallowed {disallow it: disallow {refused}} other {partially allow it: allow {supported}, disallow {refused}}}',
  'objections.truth.flag.late':
    'Received {days, plural, one {# day} other {# days}} after the last day to object, even counting from deemed receipt',
  'objections.truth.flag.noExtension': 'The law allows no extension of the objection period',
  'objections.truth.flag.beyondExtension': 'Beyond any extension the law allows',
  'objections.truth.flag.noLateReason': 'No reason for the delay is given',
  'objections.truth.flag.noGrounds': 'The letter disputes items but gives no grounds or reasons',
  'objections.truth.flag.noEvidence': 'No new evidence is attached',
  'objections.truth.flag.undisputedUnpaid':
    'The accepted items come to {accepted}; only {paid} has been paid on the assessment',
  'objections.truth.flag.looksLate':
    'Lodged {days, plural, one {# day} other {# days}} after the notice was mailed (looks late)',
  'objections.truth.flag.partlyConfirmed': 'New evidence is confirmed for {supported} and not for {refused}',
  'objections.truth.clearing.deemedReceipt':
    'The deemed-receipt rule adds {days, plural, one {# day} other {# days}} to the mailing: in time',
  'objections.truth.explanation.late':
    '{dates}: too late. The time limit is applied strictly; the merits are not reviewed. A written notice tells the taxpayer why.',
  'objections.truth.explanation.noGrounds':
    'An objection must state precise grounds. This letter only says the taxpayer disagrees. Declare it inadmissible and tell the taxpayer in writing what a valid objection must contain.',
  'objections.truth.explanation.undisputedUnpaid':
    'The law makes an objection admissible only once the undisputed tax is paid. {unpaid} of the accepted {accepted} is unpaid: inadmissible until it is paid, and the taxpayer must be told so in writing.',
  'objections.truth.explanation.inTime': '{dates}: in time. The grounds are stated. On the merits, {merits}.',
  'objections.truth.explanation.inTimePaid':
    '{dates}: in time. The grounds are stated and the accepted {accepted} is paid. On the merits, {merits}.',
  'objections.truth.merits':
    '{outcome, select, allowed {the checks confirm the new evidence for every disputed item ({supported}): allow them all, and the reassessment abates them} disallowed {the checks confirm none of the new evidence ({refused}): disallow, with reasons, and the assessment stands} other {the checks confirm the new evidence for {supported} but not for {refused}: allow what they confirm, disallow the rest, and the reassessment abates only what is allowed}}',

  'objections.story.title': '{name}: {taxType} {period} assessment',
  'objections.story.post.seniorAuditor': 'Senior auditor',
  'objections.story.post.auditor': 'Auditor',
  'objections.story.post.headOfObjections': 'Head of objections',
  'objections.story.post.reviewOfficer': 'Review officer',
  'objections.story.lateReason.leave':
    'We apologise for the delay: our finance manager was on leave when the notice arrived.',
  'objections.story.lateReason.mislaid':
    'The notice was mislaid in our office during the move to new premises.',
  'objections.story.lateReason.adviser': 'Our tax adviser needed more time to prepare this letter.',
  'objections.story.ledger.audit': 'Audit — {item}',
  'objections.story.ledger.payment': 'Payment on {notice}',
  'objections.story.ledger.allowed': 'Objection allowed: {item}',
  'objections.story.item.repairs.description': 'Repairs and maintenance expense disallowed',
  'objections.story.item.repairs.basis':
    'No supplier invoices were produced at the audit for the repairs claimed; the expense was disallowed in full.',
  'objections.story.item.repairs.ground':
    'The repairs were carried out and paid for; the supplier invoices are now attached.',
  'objections.story.item.repairs.support.document':
    'Fourteen supplier invoices bearing the suppliers’ TINs, with the bank transfers that paid them',
  'objections.story.item.repairs.support.finding':
    'Confirmed: the invoices are in the suppliers’ e-invoice records and agree in date and amount with the bank transfers.',
  'objections.story.item.repairs.noSupport.document':
    'A schedule of repair costs prepared by the company’s accountant',
  'objections.story.item.repairs.noSupport.finding':
    'Not confirmed: no invoice is attached and the schedule cannot be traced to any supplier or payment.',
  'objections.story.item.deposits.description': 'Unreported sales: bank deposits above declared turnover',
  'objections.story.item.deposits.basis':
    'Deposits on the company’s bank account exceed its declared sales; the difference was added to taxable income.',
  'objections.story.item.deposits.ground':
    'Part of the deposits were the drawdown of a bank loan, not sales.',
  'objections.story.item.deposits.support.document':
    'The loan agreement and the bank’s credit advice for the drawdown',
  'objections.story.item.deposits.support.finding':
    'Confirmed: the bank confirms the loan; the drawdown date and amount match the deposits added at the audit.',
  'objections.story.item.deposits.noSupport.document':
    'A director’s letter saying the deposits were “personal funds lent to the company”',
  'objections.story.item.deposits.noSupport.finding':
    'Not confirmed: there is no loan agreement, no bank record of where the money came from and no entry in the company’s books.',
  'objections.story.item.managementFees.description': 'Management fees paid to a related company disallowed',
  'objections.story.item.managementFees.basis':
    'Fees were paid to a related company abroad with no evidence that any service was rendered.',
  'objections.story.item.managementFees.ground':
    'The fees pay for real services from the group’s head office.',
  'objections.story.item.managementFees.support.document':
    'The service agreement, monthly service reports and the transfer-pricing study',
  'objections.story.item.managementFees.support.finding':
    'Confirmed: the agreement predates the period, the reports show the services, and the fee is inside the benchmark range.',
  'objections.story.item.managementFees.noSupport.document': 'An invoice from the related company',
  'objections.story.item.managementFees.noSupport.finding':
    'Not confirmed: the invoice is dated after the audit began; there is no agreement and no record of services in the period.',
  'objections.story.item.allowances.description': 'Capital allowances on equipment not in use',
  'objections.story.item.allowances.basis':
    'Allowances were claimed on equipment the auditor found still crated in the warehouse.',
  'objections.story.item.allowances.ground': 'The equipment was installed and in use before the year end.',
  'objections.story.item.allowances.support.document':
    'The installer’s certificate and the first production log',
  'objections.story.item.allowances.support.finding':
    'Confirmed: the certificate and the log show the equipment working two months before the year end.',
  'objections.story.item.allowances.noSupport.document': 'A revised fixed-asset schedule',
  'objections.story.item.allowances.noSupport.finding':
    'Not confirmed: the schedule restates the claim; there is no delivery or installation document.',
  'objections.story.item.badDebt.description': 'Bad-debt write-off disallowed',
  'objections.story.item.badDebt.basis':
    'A customer debt was written off with no evidence that it could not be recovered.',
  'objections.story.item.badDebt.ground': 'The customer went into liquidation; the debt is lost.',
  'objections.story.item.badDebt.support.document':
    'The winding-up order and the liquidator’s list of admitted claims',
  'objections.story.item.badDebt.support.finding':
    'Confirmed: the company registry shows the customer in liquidation since before the year end, and the claim is on the list.',
  'objections.story.item.badDebt.noSupport.document': 'The aged list of receivables',
  'objections.story.item.badDebt.noSupport.finding':
    'Not confirmed: the customer is active on the company registry and still trading; no recovery action is documented.',
  'objections.story.item.entertainment.description': 'Entertainment booked as advertising',
  'objections.story.item.entertainment.basis':
    'Hospitality costs were booked as advertising; entertainment is not deductible.',
  'objections.story.item.entertainment.ground':
    'The costs were for a stand at a trade fair, which is advertising.',
  'objections.story.item.entertainment.support.document':
    'The trade-fair contract, the stand invoice and photographs of the branded stand',
  'objections.story.item.entertainment.support.finding':
    'Confirmed: the organiser confirms the booking; the invoice is for exhibition space and stand building.',
  'objections.story.item.entertainment.noSupport.document': 'Restaurant receipts marked “client promotion”',
  'objections.story.item.entertainment.noSupport.finding':
    'Not confirmed: the receipts are for meals and drinks, which are entertainment whatever the account is called.',
  'objections.story.item.inputInvoices.description': 'Input VAT disallowed: purchase invoices not produced',
  'objections.story.item.inputInvoices.basis':
    'Input VAT was claimed on purchases for which no tax invoice was produced at the audit.',
  'objections.story.item.inputInvoices.ground': 'The invoices exist and are now attached.',
  'objections.story.item.inputInvoices.support.document': 'The original tax invoices from the supplier',
  'objections.story.item.inputInvoices.support.finding':
    'Confirmed: the e-invoice system holds the same invoices, issued to this taxpayer, and the supplier declared the output VAT.',
  'objections.story.item.inputInvoices.noSupport.document': 'Photocopied invoices without the supplier’s TIN',
  'objections.story.item.inputInvoices.noSupport.finding':
    'Not confirmed: no supplier TIN on the invoices and no matching record in the e-invoice system.',
  'objections.story.item.exports.description': 'Zero-rated exports without customs evidence',
  'objections.story.item.exports.basis':
    'Sales were zero-rated as exports but no export declaration was found; the standard rate was applied.',
  'objections.story.item.exports.ground': 'The goods were exported; the export declarations are attached.',
  'objections.story.item.exports.support.document': 'Customs export declarations and bills of lading',
  'objections.story.item.exports.support.finding':
    'Confirmed: customs holds the declarations, the goods left the port in the period, and the values agree with the invoices.',
  'objections.story.item.exports.noSupport.document': 'Commercial invoices addressed to a foreign buyer',
  'objections.story.item.exports.noSupport.finding':
    'Not confirmed: customs has no export declaration for any of these shipments.',
  'objections.story.item.eInvoiceSales.description': 'Output VAT on sales found in e-invoice data',
  'objections.story.item.eInvoiceSales.basis':
    'E-invoices issued by the taxpayer exceed the sales it declared; VAT was assessed on the difference.',
  'objections.story.item.eInvoiceSales.ground': 'Some invoices were cancelled and replaced.',
  'objections.story.item.eInvoiceSales.support.document': 'Credit notes cancelling the invoices',
  'objections.story.item.eInvoiceSales.support.finding':
    'Confirmed: the credit notes are registered in the e-invoice system, within the period, against the original invoices.',
  'objections.story.item.eInvoiceSales.noSupport.document':
    'A letter saying the invoices were issued in error',
  'objections.story.item.eInvoiceSales.noSupport.finding':
    'Not confirmed: no credit note is registered, and the buyers have claimed input VAT on these invoices.',
  'objections.story.item.privateUse.description': 'Input VAT on goods for private use',
  'objections.story.item.privateUse.basis':
    'Input VAT was claimed on a vehicle and household goods used privately by the director.',
  'objections.story.item.privateUse.ground': 'The vehicle is a delivery van used only for the business.',
  'objections.story.item.privateUse.support.document': 'The vehicle registration and the delivery log',
  'objections.story.item.privateUse.support.finding':
    'Confirmed: registered as a commercial van in the company’s name; the log agrees with the delivery notes.',
  'objections.story.item.privateUse.noSupport.document':
    'A statement that the car is “mainly used for business”',
  'objections.story.item.privateUse.noSupport.finding':
    'Not confirmed: the vehicle is a private saloon registered to the director personally.',
  'objections.story.item.claimLimit.description': 'Input VAT claimed outside the time limit',
  'objections.story.item.claimLimit.basis':
    'Input VAT was claimed on invoices older than the period allowed for claiming them.',
  'objections.story.item.claimLimit.ground':
    'The supplier sent the invoices late; they were claimed in the first return after receipt.',
  'objections.story.item.claimLimit.support.document':
    'The supplier’s dispatch record and the courier’s receipt',
  'objections.story.item.claimLimit.support.finding':
    'Confirmed: the courier delivered the invoices in the period claimed, so the claim is within the limit.',
  'objections.story.item.claimLimit.noSupport.document':
    'No new document; the letter repeats the position taken at the audit',
  'objections.story.item.claimLimit.noSupport.finding': 'Nothing new to verify.',
  'objections.story.item.apportionment.description': 'Input VAT not apportioned for exempt supplies',
  'objections.story.item.apportionment.basis':
    'The taxpayer also makes exempt supplies but claimed all its input VAT; it was apportioned by turnover.',
  'objections.story.item.apportionment.ground': 'The purchases relate only to taxable supplies.',
  'objections.story.item.apportionment.support.document':
    'Cost-centre accounts and purchase orders for the taxable product line',
  'objections.story.item.apportionment.support.finding':
    'Confirmed: the purchase orders and cost-centre records trace every invoice to the taxable line.',
  'objections.story.item.apportionment.noSupport.document': 'A general statement from the finance manager',
  'objections.story.item.apportionment.noSupport.finding':
    'Not confirmed: no record links the purchases to taxable supplies.',
} satisfies Catalogue
