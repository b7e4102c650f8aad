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
    'Allow the disputed items the evidence supports; the others are disallowed. No item allowed disallows the objection.',

  'objections.field.holdAmount': 'Amount on hold',
  'objections.field.holdAmount.help':
    'Collection of this amount is suspended until the objection is decided.',
  'objections.field.officer': 'Reviewing officer',
  'objections.field.ground': 'Ground (stated in the notice)',
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

  'objections.state.received': 'Objection received: admissibility check',
  'objections.state.admissible': 'Admissible: awaiting an independent reviewer',
  'objections.state.underReview': 'Under independent review',
  'objections.state.inadmissible': 'Inadmissible: taxpayer notified in writing',
  'objections.state.allowed': 'Allowed: reassessment posted',
  'objections.state.partiallyAllowed': 'Partially allowed: reassessment posted',
  'objections.state.disallowed': 'Disallowed: decision served',
  'objections.state.deemedDecision': 'Deemed decision: the decision period ran out',

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
  'objections.blocker.noExtensionInLaw':
    'The law of {country} allows no extension: a late objection cannot be admitted.',
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
    'In {country} an objection does not suspend collection: there is no hold to record.',
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
    'The law of {country} does not require the undisputed tax to be paid before objecting.',
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
    'In {country}, a notice sent by post is deemed received {deemed, plural, one {# day} other {# days}} after mailing. An objection must reach the office within {days, plural, one {# day} other {# days}} of receipt of the notice. {extension}',
  'objections.panel.notice.extension':
    'A late objection may be admitted up to {days, plural, one {# day} other {# days}} after that limit if the taxpayer gives a reason for the delay.',
  'objections.panel.notice.noExtension': 'The limit cannot be extended.',
  'objections.panel.account.title': 'Taxpayer account',
  'objections.panel.account.date': 'Date',
  'objections.panel.account.entry': 'Entry',
  'objections.panel.account.reference': 'Reference',
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
} satisfies Catalogue
