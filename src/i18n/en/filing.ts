import type { Catalogue } from '../languages'

export default {
  'filing.cmd.viewHistory': 'Open the filing history',
  'filing.cmd.checkThirdParty': 'Check third-party data (e-invoices, customs)',
  'filing.cmd.viewLedger': 'Open the taxpayer account',
  'filing.cmd.validate': 'Validate and recompute the return',
  'filing.cmd.validateHelp':
    'Structural checks (lines present, no negative amounts) and the arithmetic of every derived line.',
  'filing.cmd.examineClaim': 'Examine the taxpayer’s reasonable-cause claim',
  'filing.cmd.sendDemand': 'Serve a demand to file',
  'filing.cmd.sendDemandHelp':
    'A formal notice: file within the period or the office will assess the tax by default.',
  'filing.cmd.defaultAssessment': 'Issue a default assessment',
  'filing.cmd.defaultAssessmentHelp':
    'Lawful only after a demand to file has run out. A return filed later replaces it.',
  'filing.cmd.accept': 'Accept and post the return',
  'filing.cmd.acceptHelp':
    'The accepted return is the self-assessment: its tax due is debited to the account.',
  'filing.cmd.correctMathError': 'Correct the arithmetic and send a math-error notice',
  'filing.cmd.correctMathErrorHelp':
    'Only for obvious arithmetic or transcription errors; the notice gives the taxpayer the right to contest.',
  'filing.cmd.referForReview': 'Refer for desk review (substantive doubt)',
  'filing.cmd.referForReviewHelp':
    'For doubts about the figures themselves: the return is kept and a reviewer examines it.',
  'filing.cmd.reject': 'Reject as invalid (structural defect)',
  'filing.cmd.rejectHelp':
    'Only when the return cannot be processed at all: missing lines, wrong period or TIN.',
  'filing.cmd.closeAssessed': 'Close and let the default assessment stand',
  'filing.cmd.closeAssessedHelp':
    'The estimated tax goes to the account and collection follows it up; a later return would still replace it.',
  'filing.cmd.startDormancy': 'Start the dormancy procedure (no activity)',
  'filing.cmd.startDormancyHelp':
    'Suspends the filing obligation while the taxpayer is shown to be inactive.',
  'filing.field.estimate': 'Estimated net VAT',
  'filing.field.basis': 'Basis of the estimate',
  'filing.field.penalty': 'Late-filing penalty',
  'filing.field.penaltyNone': 'None — filed on time',
  'filing.field.penaltyApply': 'Apply the penalty the law provides',
  'filing.field.penaltyWaive': 'Waive — documented reasonable cause',
  'filing.field.correctedTaxDue': 'Corrected net VAT payable',
  'filing.field.doubt': 'What the doubt is',
  'filing.field.defect': 'The defect',
  'filing.default.referReason': 'Figures to be checked',
  'filing.default.rejectReason': 'Return not acceptable',
  'filing.basis.priorReturns': 'Average of prior returns',
  'filing.basis.thirdParty': 'Third-party turnover — e-invoices, imports',
  'filing.basis.registerTurnover': 'Turnover in the register',
  'filing.basis.priorReturnsStated': 'average of prior returns',
  'filing.basis.thirdPartyStated': 'third-party turnover (e-invoices, imports)',
  'filing.basis.registerTurnoverStated': 'turnover in the register',
  'filing.reference.dueFiled': 'Return due {due}; filed {filed}.',
  'filing.reference.due': 'Return due {due}.',
  'filing.reference.declared': 'Net VAT declared on the return: {amount}.',
  'filing.reference.registerTurnover': 'Turnover in the register, at the VAT rate, is {amount} a month.',

  'filing.state.opened': 'Opened',
  'filing.state.overdue': 'Overdue — reminder sent, no return',
  'filing.state.demandServed': 'Demand to file served — waiting',
  'filing.state.received': 'Return received — to be processed',
  'filing.state.defaultAssessed': 'Default assessment issued — a return filed later replaces it',
  'filing.state.posted': 'Posted as self-assessment',
  'filing.state.corrected': 'Corrected — math-error notice sent',
  'filing.state.referred': 'Referred for desk review',
  'filing.state.rejected': 'Rejected as invalid',
  'filing.state.dormancy': 'Dormancy procedure started',
  'filing.state.assessed': 'Closed on the default assessment',

  'filing.blocker.notAStep': '"{type}" is not a step of return processing.',
  'filing.blocker.historyOpen': 'The filing history is already open.',
  'filing.blocker.thirdPartyChecked': 'The third-party data has already been checked.',
  'filing.blocker.ledgerOpen': 'The taxpayer account is already open.',
  'filing.blocker.nothingToValidate': 'There is no return to validate: it has not been filed.',
  'filing.blocker.alreadyValidated': 'The return has already been validated.',
  'filing.blocker.noClaim': 'The taxpayer has not sent a reasonable-cause claim.',
  'filing.blocker.claimExamined': 'The claim has already been examined.',
  'filing.blocker.demandServed': 'A demand to file was already served on {on}.',
  'filing.blocker.nothingToDemand': 'The return has been received: there is nothing to demand.',
  'filing.blocker.historyFirst': 'Open the filing history first, to confirm which returns are missing.',
  'filing.blocker.needsReturn':
    'No return has been received for this period: there is nothing to process yet.',
  'filing.blocker.validateFirst': 'Validate the return first.',
  'filing.blocker.referNeedsGrounds':
    'Check the third-party data or the filing history first: a referral must say what the doubt rests on.',
  'filing.blocker.alreadyAssessed': 'A default assessment was already issued on {on}.',
  'filing.blocker.returnArrivedProcess':
    'The return has arrived: process it. A default assessment is only for a return that never came.',
  'filing.blocker.demandFirst':
    'Serve a demand to file first: the taxpayer must be asked to file before the tax is estimated.',
  'filing.blocker.demandRuns':
    'The demand to file runs until {until}: a default assessment is lawful from {from}.',
  'filing.blocker.returnReplacesAssessment':
    'The return has arrived and replaces the default assessment: process it.',
  'filing.blocker.assessFirst': 'Issue a default assessment first; the case closes on it.',
  'filing.blocker.notDormantFiled': 'The taxpayer has filed: it is not dormant.',
  'filing.blocker.notDormantAssessed':
    'A default assessment has been issued: the taxpayer was found to be trading.',
  'filing.blocker.thirdPartyFirst':
    'Check the third-party data first: dormancy is only for taxpayers with no activity.',
  'filing.blocker.demandRunsWait': 'A demand to file runs until {until}: wait for the taxpayer’s answer.',

  'filing.problem.choosePenalty': 'Choose what happens to the late-filing penalty.',
  'filing.problem.onTime':
    'The return was filed on time (due {due}, filed {filed}): no late-filing penalty applies.',
  'filing.problem.late':
    'The return is {days, plural, one {# day} other {# days}} late: apply the penalty, or waive it for a documented reasonable cause.',
  'filing.problem.noClaim':
    'There is no reasonable-cause claim on file: a penalty is waived only for a documented cause.',
  'filing.problem.examineClaim': 'Examine the taxpayer’s claim before waiving the penalty.',
  'filing.problem.correctedAmount': 'Enter the corrected net VAT (zero or more).',
  'filing.problem.doubt': 'Say what the doubt is: the reviewer starts from it.',
  'filing.problem.defect': 'Name the structural defect: it goes in the letter to the taxpayer.',
  'filing.problem.assessmentAmount': 'A default assessment must be a positive amount.',
  'filing.problem.basis': 'Say what the estimate is based on.',

  'filing.line.sales': 'Taxable sales (excl. VAT)',
  'filing.line.output': 'Output VAT',
  'filing.line.purchases': 'Taxable purchases and imports (excl. VAT)',
  'filing.line.input': 'Deductible input VAT',
  'filing.line.net': 'Net VAT payable',
  'filing.validation.blank': 'line "{line}" is blank',
  'filing.validation.negative': 'line "{line}" is negative',

  'filing.ledgerKind.selfAssessment': 'self-assessment',
  'filing.ledgerKind.adjustment': 'adjustment',
  'filing.ledgerKind.defaultAssessment': 'default assessment',
  'filing.ledgerKind.penalty': 'penalty',
  'filing.ledgerKind.interest': 'interest',
  'filing.ledgerKind.payment': 'payment',
  'filing.ledgerKind.paymentReversal': 'payment reversal',
  'filing.ledgerKind.offsetOut': 'offset (out)',
  'filing.ledgerKind.offsetIn': 'offset (in)',
  'filing.ledgerKind.refundPaid': 'refund paid',
  'filing.ledgerKind.writeOff': 'write-off',
  'filing.ledgerKind.abatement': 'abatement',
  'filing.ledgerKind.agreement': 'instalment agreement',
  'filing.ledgerKind.instalment': 'instalment',

  'filing.panel.tin': 'TIN',
  'filing.panel.taxpayer': 'Taxpayer',
  'filing.panel.line': 'Line',
  'filing.panel.amount': 'Amount',
  'filing.panel.amountValue': '{amount}',
  'filing.panel.date': 'Date',
  'filing.panel.detail': 'Detail',
  'filing.panel.period': 'Period',
  'filing.panel.vatPeriod': 'VAT {period}',
  'filing.panel.notFiled': 'not filed',
  'filing.panel.salesDeclared': 'Sales declared',
  'filing.panel.return.title': 'The return',
  'filing.panel.return.lines': 'Lines as declared',
  'filing.panel.return.sector': 'Sector',
  'filing.panel.return.sectorValue':
    '{sector} ({segment, select, large {large} medium {medium} small {small} micro {micro} other {{segment}}})',
  'filing.panel.return.taxPeriod': 'Tax and period',
  'filing.panel.return.dueOn': 'Due on',
  'filing.panel.return.filedOn': 'Filed on',
  'filing.panel.return.channel': 'Channel',
  'filing.panel.return.inReply': 'paper, in reply to the demand to file',
  'filing.panel.return.none': 'No return received.',
  'filing.panel.return.noneAlsoMissing': 'No return received. Also outstanding: {periods}.',
  'filing.panel.return.waiverLetter':
    'A letter asking for the late-filing penalty to be waived came with the return.',
  'filing.panel.notices.title': 'Notices sent',
  'filing.panel.notices.notice': 'Notice',
  'filing.panel.notices.reminder': 'Reminder (automatic)',
  'filing.panel.notices.reminderDetail': 'VAT {period} return overdue since {due}',
  'filing.panel.notices.demand': 'Demand to file',
  'filing.panel.notices.demandDetail':
    'Deemed received {deemed}; file by {fileBy}, or the tax will be assessed by default',
  'filing.panel.notices.none': 'No notice has been sent on this return.',
  'filing.panel.history.title': 'Filing history (VAT)',
  'filing.panel.history.expected': 'Returns expected',
  'filing.panel.history.onTime': 'Received on time',
  'filing.panel.history.late': 'Received late',
  'filing.panel.history.missing': 'Missing',
  'filing.panel.history.due': 'Due',
  'filing.panel.history.filed': 'Filed',
  'filing.panel.history.statusColumn': 'Status',
  'filing.panel.history.status':
    '{late, select, yes {Late ({days, plural, one {# day} other {# days}})} other {On time}}{awaiting, select, yes {, awaiting processing} other {}}',
  'filing.panel.history.netVat': 'Net VAT',
  'filing.panel.thirdParty.title': 'Third-party data (e-invoicing, customs)',
  'filing.panel.thirdParty.invoiced': 'Sales e-invoiced',
  'filing.panel.thirdParty.imports': 'Imports (customs)',
  'filing.panel.thirdParty.match': 'Match',
  'filing.panel.thirdParty.understated': 'e-invoiced > declared',
  'filing.panel.thirdParty.none': 'No third-party record for this taxpayer.',
  'filing.panel.thirdParty.note':
    'E-invoices cover only part of a business’s sales, so declared sales are normally higher. Customs values are purchases (VAT paid at the border).',
  'filing.panel.ledger.title': 'Taxpayer account (VAT)',
  'filing.panel.ledger.balance': 'Balance',
  'filing.panel.ledger.balanceValue': '{amount}{side, select, credit { (in credit)} owed { owed} other {}}',
  'filing.panel.ledger.entry': 'Entry',
  'filing.panel.ledger.note': 'Note',
  'filing.panel.ledger.none': 'No VAT entry on the account.',
  'filing.panel.validation.title': 'Validation and recomputation',
  'filing.panel.validation.structural': 'Structural checks',
  'filing.panel.validation.defects': 'Defects found: {defects}.',
  'filing.panel.validation.structuralPassed':
    'Passed: TIN and period match the obligation, every line is present, no negative amount.',
  'filing.panel.validation.arithmetic': 'Arithmetic (VAT at {rate, number} %)',
  'filing.panel.validation.declared': 'Declared',
  'filing.panel.validation.recomputed': 'Recomputed',
  'filing.panel.validation.difference': 'Difference',
  'filing.panel.validation.lineBlank': 'line blank',
  'filing.panel.validation.netWrong':
    'The net VAT declared ({declared}) is not output VAT minus input VAT ({recomputed}).',
  'filing.panel.validation.filingDate': 'Filing date',
  'filing.panel.validation.late':
    'Filed {days, plural, one {# day} other {# days}} after the due date {due}. Late-filing penalty under the law: {penalty}.',
  'filing.panel.validation.onTime': 'Filed on time (due {due}).',
  'filing.panel.claim.title': 'Reasonable-cause claim',
  'filing.panel.claim.none': 'No claim on file.',
  'filing.panel.claim.letter': 'The taxpayer’s letter',
  'filing.panel.claim.attached': 'Attached',
  'filing.panel.claim.noDocument': 'Nothing: the letter has no supporting document.',
  'filing.panel.claim.causeList': '{causes}',
  'filing.panel.claim.causes': 'Causes the law accepts, when documented',
  'filing.panel.claim.noCauses': 'None listed.',
  'filing.panel.mathError.title': 'Math-error notice',
  'filing.panel.mathError.return': 'Return',
  'filing.panel.mathError.declared': 'Net VAT declared',
  'filing.panel.mathError.corrected': 'Net VAT corrected',
  'filing.panel.mathError.dated': 'Notice dated',
  'filing.panel.mathError.contestUntil': 'May be contested until',
  'filing.panel.assessment.title': 'Default assessment',
  'filing.panel.assessment.estimate': 'Estimated net VAT',
  'filing.panel.assessment.basis': 'Basis',
  'filing.panel.assessment.issuedOn': 'Issued on',
  'filing.panel.assessment.replaced':
    'If the taxpayer files the return, the return replaces this assessment.',

  'filing.verdict.shouldHave': 'Not the right decision for this case: {decision}.',
  'filing.verdict.notFinal': '“{command}” does not close a filing case.',
  'filing.verdict.incomplete.corrected':
    'Blank lines are not an arithmetic slip: filling them in for the taxpayer is not a math-error correction. Reject the return so a complete one is filed.',
  'filing.verdict.incomplete.referred':
    'A reviewer cannot examine a return that is not complete: reject it as structurally invalid.',
  'filing.verdict.incomplete.posted':
    'Posted a return with its mandatory lines blank: no liability can be taken from it. Reject it so a complete return is filed.',
  'filing.verdict.accept.contradicted':
    'Posted a return the third-party data contradicts: about {amount} of VAT goes unassessed. Refer it for desk review.',
  'filing.verdict.accept.arithmetic':
    'Posted with the arithmetic error: the account now shows the wrong liability. Correct it to {corrected} and send a math-error notice.',
  'filing.verdict.accept.stopFilerPenalty':
    'The demand obtained the declaration: posted, with the late-filing penalty the law provides.',
  'filing.verdict.accept.stopFilerNoPenalty':
    'The return came only after a demand to file: there is no reasonable cause, so the penalty applies.',
  'filing.verdict.accept.waived':
    'Posted, with the penalty waived for a documented reasonable cause that covers the due date.',
  'filing.verdict.accept.penalised':
    'Posted, with the late-filing penalty the law provides: there is no documented reasonable cause.',
  'filing.verdict.accept.onTime': 'Posted: a complete, consistent return filed on time.',
  'filing.verdict.accept.wrongWaiver':
    'Waived the penalty without a documented reasonable cause: {amount} of revenue given away, and other late filers were charged.',
  'filing.verdict.accept.wrongPenalty':
    'Penalised a taxpayer who documented a reasonable cause covering the due date: the {amount} penalty should have been waived.',
  'filing.verdict.correction.right':
    'Corrected summarily and the notice tells the taxpayer how to contest: the right route for an honest slip.',
  'filing.verdict.correction.wrongAmount':
    'The notice states the wrong liability: output VAT minus input VAT is {corrected}.',
  'filing.verdict.correction.substantive':
    'A substantive disagreement is not a math error: the summary route would deny the taxpayer a proper review. Refer it for desk review.',
  'filing.verdict.correction.noError':
    'There was no arithmetic error on this return: the "correction" changes a correct liability.',
  'filing.verdict.referral.right':
    'Referred: the figures are in substantive doubt against the third-party data, which is a matter for review and reassessment.',
  'filing.verdict.referral.arithmetic':
    'Over-reaction: an isolated arithmetic slip with a clean history is corrected summarily with a math-error notice, not referred.',
  'filing.verdict.referral.stopFiler':
    'The declaration was obtained and nothing in it is in doubt: post it with the late-filing penalty rather than tie up a reviewer.',
  'filing.verdict.referral.noDoubt':
    'Over-reaction: nothing in the return, its history or the third-party data raises a doubt.',
  'filing.verdict.reject.right':
    'Rejected for a structural defect: without its mandatory lines the return cannot be processed, and the obligation stays open until a complete return is filed.',
  'filing.verdict.reject.substantive':
    'The return passed the structural checks: a doubt about its figures is for review, not rejection. Rejecting treats the taxpayer as a non-filer and loses the declaration.',
  'filing.verdict.reject.wrong':
    'Reject only for structural defects: this return passed the structural checks.',
  'filing.verdict.assessment.dormant':
    'Assessed tax on a business with no activity at all: nothing in the third-party data supports an estimate. Start the dormancy procedure.',
  'filing.verdict.assessment.evidence': 'prior returns give {prior}, third-party turnover {thirdParty}',
  'filing.verdict.assessment.right':
    'Demand served, period run out, then a default assessment on evidence ({evidence}). A return filed later replaces it.',
  'filing.verdict.assessment.unreasonable':
    'The procedure was right, but {amount} is not a reasonable estimate: {evidence}.',
  'filing.verdict.assessment.arbitrary':
    'An arbitrary figure: {amount} is far from the evidence ({evidence}). A default assessment must be a reasonable estimate.',
  'filing.verdict.dormancy.trading':
    'E-invoices and imports show the business still trades: dormancy lets a stop-filer escape. Demand the return, then assess by default.',
  'filing.verdict.dormancy.needlessDemand':
    'Dormancy was right, but the demand to file was unnecessary: the third-party data already showed no activity.',
  'filing.verdict.dormancy.right':
    'Dormancy: no e-invoices, no imports, sales down to nil. Nothing to demand or assess.',
  'filing.world.title.nonFiler': 'Non-filer: VAT {period}, {name}',
  'filing.world.title.lateReturn': 'Late VAT return {period}, {name}',
  'filing.world.title.return': 'VAT return {period}, {name}',
  'filing.world.excuse.accountant': 'our accountant was on leave and nobody else knew the e-filing password',
  'filing.world.excuse.stockCount': 'we were busy with the year-end stock count',
  'filing.world.excuse.forgot': 'the manager forgot the date',
  'filing.world.claim.documentedLetter':
    'We ask you to waive the penalty on our late VAT return: {cause} prevented us from filing between {from} and {to}. The document is attached.',
  'filing.world.claim.undocumentedLetter':
    '{name} filed late because of {cause}. We hope you will understand.',
  'filing.world.claim.excuseLetter': 'Please excuse the delay: {cause}.',
  'filing.world.document.medical':
    'Medical certificate, {city} regional hospital: the managing director was hospitalised from {from} to {to}.',
  'filing.world.document.death':
    "Death certificate dated {from} of the owner's spouse; funeral and mourning period until {to}.",
  'filing.world.document.fire':
    'Fire brigade report of {from}: fire at {line}, {city}; accounting records destroyed, rebuilt by {to}.',
  'filing.world.document.official': 'Official certificate dated {from} attesting: {cause} (until {to}).',
  'filing.world.missing.flagSince':
    'No VAT return since {since}: {count, plural, one {# return} other {# returns}} missing',
  'filing.world.dormant.expected': 'Start the dormancy procedure: no demand, no default assessment.',
  'filing.world.dormant.explanation':
    'Sales declared fell to nil before the returns stopped, and no e-invoice or import has been reported after {after}. Nothing shows the business still trades: a demand or an estimated assessment would tax a business that has no income.',
  'filing.world.dormant.flagNil': 'Declared sales fell to nil before the returns stopped',
  'filing.world.dormant.flagNoActivity': 'No e-invoices or imports in the missing months',
  'filing.world.stopFiler.flagOnTime':
    'Returns filed on time for {months, plural, one {# month} other {# months}} before that',
  'filing.world.stopFiler.flagActivity':
    'E-invoices of {invoiced} and imports of {imports} reported for {period}',
  'filing.world.stopFiler.respondsExpected':
    'Serve a demand to file; when the return arrives within the period, post it with the late-filing penalty.',
  'filing.world.stopFiler.respondsExplanation':
    'A stop-filer, not a dormant business: it still invoices and imports. The demand obtained the declaration (net VAT {net}); it is late, so the statutory penalty applies ({penalty}), and no default assessment is needed.',
  'filing.world.stopFiler.assessExpected':
    'Serve a demand to file; when the period runs out without a return, issue a default assessment of about {average} (the average of the last {periods, plural, one {# return} other {# returns}}).',
  'filing.world.stopFiler.assessExplanation':
    'A stop-filer, not a dormant business: e-invoices and customs imports show it still trades. The first aim is the declaration, so the demand comes first; once its period has run out ({expiry}), a default assessment based on evidence, prior returns ({average}) or third-party turnover ({thirdParty}), protects the revenue. A return filed later replaces it.',
  'filing.world.nilFiler.expected':
    'Refer the return for desk review: nil declared while e-invoices show sales.',
  'filing.world.nilFiler.explanation':
    'The return is valid in form, so it is not rejected, and its arithmetic is right, so it is not a math error. But e-invoices of {invoiced} were issued in {period} and the returns have been nil since {nilFrom}: a substantive doubt for review and reassessment (about {thirdParty} of VAT).',
  'filing.world.nilFiler.flagNil': 'Nil VAT returns since {nilFrom}',
  'filing.world.nilFiler.flagInvoices': 'E-invoices of {invoiced} issued in {period}',
  'filing.world.understated.expected':
    'Refer the return for desk review: declared sales are far below the e-invoiced sales.',
  'filing.world.understated.explanation':
    'The arithmetic is right and the form complete, so neither a math-error correction nor a rejection fits. Declared sales of {sales} against {invoiced} e-invoiced is a substantive doubt: a reviewer must examine it and reassess (about {gap} of output VAT).',
  'filing.world.understated.flagBelow': 'Declared sales {sales} < e-invoiced sales {invoiced}',
  'filing.world.understated.flagHistory': 'Sales far below the months before',
  'filing.world.incomplete.expected':
    'Reject the return as invalid: mandatory lines are blank, so the taxpayer must file a complete one.',
  'filing.world.incomplete.explanation':
    'The paper return leaves "{input}" and "{netLine}" blank: the structural checks fail and no liability can be posted from it. This is the one case for rejection; the obligation stays open until a complete return comes (net VAT on these figures would be about {net}).',
  'filing.world.incomplete.flag': '"{input}" and "{netLine}" left blank',
  'filing.world.arithmetic.expected':
    'Correct the net VAT to {correct} and send a math-error notice; no referral.',
  'filing.world.arithmetic.explanation':
    'Output minus input VAT is {correct}, but the return says {wrong}: two digits swapped. The history is clean and the e-invoices match the declared sales, so this is an honest slip. The math-error route corrects it summarily and tells the taxpayer how to contest within the time the law allows; a referral would be over-reaction.',
  'filing.world.arithmetic.flag': 'Net VAT line differs from output VAT minus input VAT',
  'filing.world.reasonable.expected':
    'Post the return and waive the late-filing penalty: the cause is documented.',
  'filing.world.reasonable.explanation':
    'Filed {days, plural, one {# day} other {# days}} late, but the taxpayer documents a reasonable cause ({cause}) that covers the due date, and the history is clean. A penalty of {penalty} would punish a taxpayer who could not file.',
  'filing.world.reasonable.flagLate': 'Filed {days, plural, one {# day} other {# days}} late',
  'filing.world.reasonable.clearing': 'Documented reasonable cause covering the due date ({cause})',
  'filing.world.genuine.lateExpected': 'Post the return with the late-filing penalty ({penalty}).',
  'filing.world.genuine.expected': 'Accept and post the return.',
  'filing.world.genuine.lateExplanation':
    'Filed {days, plural, one {# day} other {# days}} late{claim, select, undocumented { and the claim is not a documented reasonable cause} other { with no explanation}}: the statutory penalty applies. The figures and third-party data are consistent.',
  'filing.world.genuine.explanation':
    'A complete return, arithmetic right, filed on time and consistent with the e-invoices: post it.',
  'filing.world.note.returnPosted': 'Return posted',
  'filing.world.note.paidWithReturn': 'Paid with the return',
  'filing.world.note.paidAwaiting': 'Paid with the return (return awaiting processing)',
  'filing.world.note.lateFilingPenalty': 'Late-filing penalty',
  'filing.world.note.penaltyPaid': 'Penalty paid',
  'filing.world.note.returnPostedDecision': 'return posted',
  'filing.world.note.lateFilingPenaltyDecision': 'late-filing penalty',
  'filing.world.note.mathError': 'math-error correction',
  'filing.world.note.defaultAssessment': 'default assessment stands',
  'filing.world.thirdParty.einvoices': 'Sales e-invoices issued (value excl. VAT)',
  'filing.world.thirdParty.customs': 'Imports cleared (customs value; VAT paid at the border)',
  'filing.truth.bestReason.nilFiler': 'Nil returns while e-invoices show sales',
  'filing.truth.bestReason.understated': 'Declared sales below e-invoiced sales',
  'filing.truth.bestReason.incomplete': 'Mandatory lines "{input}" and "{netLine}" left blank',
} satisfies Catalogue
