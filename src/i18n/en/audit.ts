import type { Catalogue } from '../languages'

export default {
  'audit.cmd.checkThirdParty': 'Check third-party data',
  'audit.cmd.checkBenchmark': 'Compare with the sector benchmark',
  'audit.cmd.checkHistory': 'Review filing and audit history',
  'audit.cmd.checkSuppliers': 'Check the suppliers behind the input VAT',
  'audit.cmd.select': 'Select for audit and send the audit notice',
  'audit.cmd.select.help':
    'Desk when documents settle the issue; field when goods, premises or full books must be seen.',
  'audit.cmd.requestRecords': 'Request and examine the records',
  'audit.cmd.inspectPremises': 'Visit the premises (field audit)',
  'audit.cmd.draftFindings': 'Draft the findings',
  'audit.cmd.draftFindings.help':
    'The adjustment is the understated income or sales, or the input VAT disallowed: only what the evidence supports. Tax, penalty and interest follow from the jurisdiction’s rates.',
  'audit.cmd.sendFindings': 'Send the preliminary findings',
  'audit.cmd.reviewReply': 'Review the taxpayer’s reply',
  'audit.cmd.notSelect': 'Do not select (record the reason)',
  'audit.cmd.closeNoChange': 'Close the audit with no change',
  'audit.cmd.refer': 'Raise the assessment and refer to investigation',
  'audit.cmd.issueAssessment': 'Issue the final assessment',

  'audit.field.auditType': 'Audit type',
  'audit.field.selectReason': 'Main risk behind the selection',
  'audit.field.adjustment': 'Adjustment',
  'audit.field.category': 'Penalty category',
  'audit.field.notSelectReason': 'Reason',

  'audit.auditType.desk': 'Desk audit — documents and letters',
  'audit.auditType.field': 'Field audit — premises, goods, full books',

  'audit.notSelect.below-threshold': 'Risk score below the selection threshold',
  'audit.notSelect.below-materiality': 'Tax at stake below the materiality floor',
  'audit.notSelect.over-capacity': 'Above the threshold, but higher-ranked cases fill the audit capacity',
  'audit.notSelect.risk-explained': 'The flagged risk is explained by documented facts',
  'audit.notSelect.lower.below-threshold': 'risk score below the selection threshold',
  'audit.notSelect.lower.below-materiality': 'tax at stake below the materiality floor',
  'audit.notSelect.lower.over-capacity':
    'above the threshold, but higher-ranked cases fill the audit capacity',
  'audit.notSelect.lower.risk-explained': 'the flagged risk is explained by documented facts',

  'audit.category.honest-error': 'Honest error',
  'audit.category.negligence': 'Negligence / substantial understatement',
  'audit.category.fraud': 'Fraud — intent evident',
  'audit.category.lower.honest-error': 'honest error',
  'audit.category.lower.negligence': 'negligence / substantial understatement',
  'audit.category.lower.fraud': 'fraud (intent evident)',

  'audit.basis.income': 'income understated',
  'audit.basis.sales': 'sales understated',
  'audit.basis.input-vat': 'input VAT disallowed',

  'audit.rule.third-party-mismatch': 'Third-party data above the return',
  'audit.rule.card-sales-exceed-declared': 'Card takings above declared sales',
  'audit.rule.margin-below-benchmark': 'Margin below the sector benchmark',
  'audit.rule.turnover-drop': 'Turnover drop',
  'audit.rule.supplier-non-filer': 'Supplier files nil or no returns',
  'audit.rule.input-credit-ratio': 'High input credits',
  'audit.rule.late-filing-history': 'Late or missing returns',
  'audit.rule.prior-audit-yield': 'Earlier audit raised tax',
  'audit.rule.return-arithmetic': 'Return does not add up',

  'audit.state.screening': 'Risk candidate — screening',
  'audit.state.examination': 'Audit open — examination',
  'audit.state.findingsDrafted': 'Findings drafted',
  'audit.state.awaitingReply': 'Preliminary findings sent — awaiting reply',
  'audit.state.replyReceived': 'Reply received',
  'audit.state.notSelected': 'Not selected (reason recorded)',
  'audit.state.closedNoChange': 'Closed with no change',
  'audit.state.assessed': 'Final assessment issued',
  'audit.state.referred': 'Referred to investigation',

  'audit.blocker.unknownStep': '"{type}" is not an audit step.',
  'audit.blocker.thirdPartyDone': 'Third-party data have already been checked.',
  'audit.blocker.benchmarkDone': 'The sector benchmark has already been compared.',
  'audit.blocker.historyDone': 'The filing and audit history has already been reviewed.',
  'audit.blocker.suppliersDone': 'The suppliers have already been checked.',
  'audit.blocker.screenedOut': 'The candidate has already been screened out.',
  'audit.blocker.decided': 'The case has already been decided.',
  'audit.blocker.noInputVat': 'This return claims no input VAT, so there are no suppliers to check.',
  'audit.blocker.selected':
    'The case has already been selected for a {auditType, select, desk {desk} other {field}} audit.',
  'audit.blocker.auditOpen': 'The audit is already open: close it with no change instead.',
  'audit.blocker.recordsDone': 'The records have already been examined.',
  'audit.blocker.selectFirstRecords':
    'Select the case for audit first: records are requested under the audit notice.',
  'audit.blocker.premisesDone': 'The premises have already been visited.',
  'audit.blocker.selectFieldFirst': 'Select the case for a field audit first.',
  'audit.blocker.deskNoPremises':
    'This is a desk audit: premises are visited only in a field audit (choose field when goods, premises or full books must be seen).',
  'audit.blocker.selectFirst': 'Select the case for audit first.',
  'audit.blocker.findingsSentClose':
    'The preliminary findings have already been sent: issue the assessment or redraft after the reply.',
  'audit.blocker.recordsFirst': 'Examine the records first: findings must rest on the books and documents.',
  'audit.blocker.premisesFirst': 'Visit the premises first: this is a field audit.',
  'audit.blocker.findingsSentRedraft':
    'The preliminary findings have already been sent: wait for the reply before redrafting.',
  'audit.blocker.findingsSent': 'The preliminary findings have already been sent.',
  'audit.blocker.draftFirst': 'Draft the findings first.',
  'audit.blocker.replyDone': "The taxpayer's reply has already been reviewed.",
  'audit.blocker.sendFirst': 'Send the preliminary findings first: the taxpayer replies to them.',
  'audit.blocker.sendFirstRight': 'Send the preliminary findings first: the taxpayer has the right to reply.',
  'audit.blocker.replyWindow':
    'The taxpayer has until {deadline} to reply to the preliminary findings; review the reply or wait for the window to close.',
  'audit.blocker.draftFirstReferral': 'Draft the findings first: a referral must set out the facts.',
  'audit.blocker.referralNeedsFraud':
    'A referral needs findings of intent: draft the findings in the fraud category first.',

  'audit.problem.auditType': 'Choose desk or field audit.',
  'audit.problem.selectReason':
    'Record why the case is selected: choose the risk rule that justifies the audit.',
  'audit.problem.notSelectReason':
    'Record why the case is not selected: the audit trail must show a reason either way.',
  'audit.problem.adjustment': 'Enter the adjustment as an amount of money.',
  'audit.problem.zeroAdjustment':
    'An adjustment of zero is a no-change audit: close the case with no change instead.',
  'audit.problem.category': 'Choose the penalty category: honest error, negligence or fraud.',

  'audit.ref.score': 'Risk score {score}; selection threshold {threshold}.',
  'audit.ref.flagged': 'The risk engine flagged a discrepancy of {amount}: a lead, not a finding.',

  'audit.panel.percent': '{n, number, ::.0} %',
  'audit.panel.change': '{n, number, ::.0 sign-always} %',
  'audit.panel.dateValue': '{on}',
  'audit.panel.amountValue': '{amount}',
  'audit.panel.taxpayer': 'Taxpayer',
  'audit.panel.tin': 'TIN',
  'audit.panel.return': 'Return',
  'audit.panel.amount': 'Amount',
  'audit.panel.total': 'Total',
  'audit.panel.notFiled': 'not filed',
  'audit.panel.risk.title': 'Risk candidate',
  'audit.panel.risk.type': 'Type',
  'audit.panel.risk.business': 'Business',
  'audit.panel.risk.individual': 'Individual',
  'audit.panel.risk.sector': 'Sector',
  'audit.panel.risk.sectorValue': '{sector} ({segment})',
  'audit.panel.risk.returnValue': '{taxType} {period}',
  'audit.panel.risk.flagged': 'Flagged discrepancy',
  'audit.panel.risk.flaggedValue': '{amount} — {note}',
  'audit.panel.risk.atStake': 'Estimated tax at stake',
  'audit.panel.risk.byRule': 'Risk score by rule',
  'audit.panel.risk.rule': 'Rule',
  'audit.panel.risk.saw': 'What the rule saw',
  'audit.panel.risk.weight': 'Weight',
  'audit.panel.risk.total': 'Total score',
  'audit.panel.risk.threshold': 'Selection threshold {threshold}',
  'audit.panel.risk.noRule': 'No rule fired.',
  'audit.panel.risk.above':
    'Score {score} is at or above the threshold of {threshold}. Audit capacity for this worklist: {capacity, plural, one {# audit} other {# audits}}.',
  'audit.panel.risk.below':
    'Score {score} is below the threshold of {threshold}. Audit capacity for this worklist: {capacity, plural, one {# audit} other {# audits}}.',
  'audit.panel.risk.materiality':
    'Materiality floor: a candidate is selected only if the estimated tax at stake is at least {amount}.',
  'audit.panel.risk.worklist': 'Worklist ranked by risk score',
  'audit.panel.risk.case': 'Case',
  'audit.panel.risk.score': 'Score',
  'audit.panel.return.missing': 'The return is not on file.',
  'audit.panel.return.title': 'Return {taxType} {period}',
  'audit.panel.return.due': 'Due',
  'audit.panel.return.filed': 'Filed',
  'audit.panel.return.filedOn': '{on} ({channel, select, paper {paper} other {e-filing}})',
  'audit.panel.return.taxDeclared': 'Tax declared',
  'audit.panel.return.line': 'Line',
  'audit.panel.thirdParty.title': 'Third-party data',
  'audit.panel.thirdParty.source': 'Source',
  'audit.panel.thirdParty.period': 'Period',
  'audit.panel.thirdParty.counterparty': 'Reported by / counterparty',
  'audit.panel.thirdParty.detail': 'Detail',
  'audit.panel.thirdParty.income': 'Income and sales reported by others',
  'audit.panel.thirdParty.noIncome': 'No income or sales reported by others for this period.',
  'audit.panel.thirdParty.purchases': 'Purchases reported by suppliers',
  'audit.panel.benchmark.title': 'Sector benchmark',
  'audit.panel.benchmark.none': 'No sector benchmark applies to this return (no trading account).',
  'audit.panel.benchmark.titleOf': 'Sector benchmark: {sector}',
  'audit.panel.benchmark.margin': 'Gross margin declared',
  'audit.panel.benchmark.lower': 'Sector lower quartile',
  'audit.panel.benchmark.median': 'Sector median',
  'audit.panel.benchmark.upper': 'Sector upper quartile',
  'audit.panel.benchmark.turnover': 'Turnover this year',
  'audit.panel.benchmark.priorTurnover': 'Turnover the year before',
  'audit.panel.benchmark.change': 'Change',
  'audit.panel.letter.heading': '{on} — {from}: {subject}',
  'audit.panel.history.title': 'Filing and audit history',
  'audit.panel.history.returns': '{taxType} returns',
  'audit.panel.history.status': 'Status',
  'audit.panel.history.missing': 'missing',
  'audit.panel.history.late': 'late',
  'audit.panel.history.onTime': 'on time',
  'audit.panel.history.audits': 'Earlier audits',
  'audit.panel.history.closed': 'Closed',
  'audit.panel.history.result': 'Result',
  'audit.panel.history.taxRaised': 'Tax raised',
  'audit.panel.history.noAudits': 'No earlier audits.',
  'audit.panel.history.noLetters': 'No correspondence on file.',
  'audit.panel.suppliers.title': 'Suppliers behind the input VAT',
  'audit.panel.suppliers.supplier': 'Supplier',
  'audit.panel.suppliers.registered': 'Registered',
  'audit.panel.suppliers.invoices': 'Invoices',
  'audit.panel.suppliers.claimed': 'Input VAT claimed here',
  'audit.panel.suppliers.declared': 'Output VAT the supplier declared',
  'audit.panel.suppliers.noReturn': 'no return filed',
  'audit.panel.suppliers.invoiced': 'Output VAT on all its e-invoices',
  'audit.panel.suppliers.buyers': 'Buyers invoiced',
  'audit.panel.suppliers.status': 'Status',
  'audit.panel.suppliers.none': 'No suppliers.',
  'audit.panel.records.title': 'Records examined',
  'audit.panel.premises.title': 'Premises visit',
  'audit.panel.reply.title': "Taxpayer's reply to the preliminary findings",
  'audit.panel.findings.title': 'Draft findings',
  'audit.panel.findings.tax': 'Additional tax',
  'audit.panel.findings.categoryValue': '{category} ({percent} %)',
  'audit.panel.findings.penalty': 'Penalty',
  'audit.panel.findings.interest': 'Interest from {from} to date',
  'audit.panel.assessment.referred': 'Assessment raised and case referred to investigation',
  'audit.panel.assessment.issued': 'Final assessment issued',
  'audit.panel.assessment.posted': 'Posted to the current account',
  'audit.panel.assessment.date': 'Date',
  'audit.panel.assessment.tax': 'Tax',
  'audit.panel.assessment.kind': 'Kind',
  'audit.panel.assessment.kind.adjustment': 'adjustment',
  'audit.panel.assessment.kind.penalty': 'penalty',
  'audit.panel.assessment.kind.interest': 'interest',
  'audit.panel.assessment.note': 'Note',
  'audit.panel.assessment.noteAdjustment': 'Audit adjustment: {basis} {amount}',
  'audit.panel.assessment.notePenalty': 'Audit penalty, {category}',
  'audit.panel.assessment.noteInterest': 'Interest from {from}',

  'audit.verdict.noCaseFile': 'No case file for this audit.',
  'audit.verdict.flagsThen': '{first}; {next}',
  'audit.verdict.then': '{first} {next}',
  'audit.verdict.rate': '{category} ({percent} %)',
  'audit.verdict.category.honestError':
    'An isolated slip with a clean record and an understatement below the substantial threshold is an honest error: penalising it as {given} punishes a compliant taxpayer.',
  'audit.verdict.category.notWaived':
    'The understatement is substantial and the taxpayer had the information: the penalty is {rate}, not waived.',
  'audit.verdict.category.noIntent':
    'The fraud rate needs evidence of intent (fabricated documents); none is on file, so {fraud} will not survive an objection. The category is {rate}.',
  'audit.verdict.category.fraud':
    'Invoices from a trader with no real business are deliberate: the category is {rate}, not {given}.',
  'audit.verdict.adjustment.short':
    'The adjustment of {given} is {diff} short of the {expected} the evidence supports: revenue is lost.{hint, select, cash { Card takings are only a floor: the till data at the premises show the full sales, cash included.} other {}}',
  'audit.verdict.adjustment.over':
    'The adjustment of {given} goes {diff} beyond the {expected} the evidence supports: the excess will fall on objection.{hint, select, invoices { Only the input VAT on the non-filing supplier’s invoices is disallowed; the genuine suppliers’ credits stand.} income { Income taxed finally at source and sales cancelled by a credit note are not part of the base.} other {}}',
  'audit.verdict.notSelect.right': 'Not selected, and the audit trail records the right reason: {reason}.',
  'audit.verdict.notSelect.wrongReason':
    'Right not to audit, but the reason recorded is wrong: it should be "{reason}".',
  'audit.verdict.notSelect.missedRisk': 'A real compliance risk went unaudited: {flags}.',
  'audit.verdict.notSelect.honestError':
    'The return understates the tax; a short desk audit would have corrected it.',
  'audit.verdict.notSelect.slotUnused':
    'This candidate was within the audit capacity; a slot was left unused.',
  'audit.verdict.unwarranted.risk-explained': 'The file already explained the flagged risk',
  'audit.verdict.unwarranted.below-threshold': 'The score {score} is below the threshold of {threshold}',
  'audit.verdict.unwarranted.below-materiality': 'The estimated tax at stake is below the materiality floor',
  'audit.verdict.unwarranted.over-capacity':
    'Higher-ranked candidates fill the capacity of {capacity, plural, one {# audit} other {# audits}}',
  'audit.verdict.unwarranted.lower.risk-explained': 'the file already explained the flagged risk',
  'audit.verdict.unwarranted.lower.below-threshold':
    'the score {score} is below the threshold of {threshold}',
  'audit.verdict.unwarranted.lower.below-materiality':
    'the estimated tax at stake is below the materiality floor',
  'audit.verdict.unwarranted.lower.over-capacity':
    'higher-ranked candidates fill the capacity of {capacity, plural, one {# audit} other {# audits}}',
  'audit.verdict.unwarranted.closedExplained':
    'Closed with no change, but {why}: auditing it burdened an honest taxpayer and took a slot from a higher risk.',
  'audit.verdict.unwarranted.closed':
    '{why}: this audit should not have been opened, and it took a slot from a higher risk.',
  'audit.verdict.unwarranted.immaterial': '{why}: auditing it took a slot from a material case.',
  'audit.verdict.unwarranted.slot': '{why}: auditing it took a slot from a higher-ranked risk.',
  'audit.verdict.unwarranted.assessed':
    '{why}, and nothing in the evidence supports an adjustment: an honest taxpayer was assessed.',
  'audit.verdict.noChange.right': 'Audited and closed with no change: the books support the return.',
  'audit.verdict.noChange.missed': 'The audit missed what the evidence shows: {flags}.',
  'audit.verdict.noChange.doesNotAddUp':
    'The return does not add up: the difference should have been corrected.',
  'audit.verdict.honestAssessed':
    'Nothing in the books or third-party data supports an adjustment: an honest taxpayer was assessed.',
  'audit.verdict.type.needsField':
    'Cash sales cannot be measured from the desk: a field audit (till data, stock count) was needed.',
  'audit.verdict.type.fieldTooMuch':
    'A field audit was disproportionate: the documents settle this issue from the desk.',
  'audit.verdict.reasonNotShown': 'The reason recorded for selection is not a risk this case shows.',
  'audit.verdict.notReferred':
    'Fraud was settled as a routine audit: with fake invoices the case must also go to investigation.',
  'audit.verdict.overReferred':
    'Referral to investigation is for evident intent (fake invoices); here it is over-reaction.',
  'audit.verdict.referRight':
    'Disallowed exactly the credits the evidence supports, fraud category, and referred to investigation.',
  'audit.verdict.assessRight': 'Adjusted exactly what the evidence supports, with the {category} category.',

  'audit.story.hit.employersAndBank':
    'Employers and the bank report {reported}; the return declares {declared}',
  'audit.story.hit.einvoicesGross':
    'E-invoices issued total {issued} before credit notes; the return declares {declared}',
  'audit.story.hit.employersReport': 'Employers report {reported}; the return’s total income is {typed}',
  'audit.story.hit.incomeLines': 'The income lines add up to {total}; the total line says {typed}',
  'audit.story.hit.einvoicesCustoms':
    'E-invoices and customs exports total {total}; the return’s turnover is {typed}',
  'audit.story.hit.salesLines': 'Domestic and export sales add up to {total}; the turnover line says {typed}',
  'audit.story.hit.cardTakings': 'Card takings {card}; declared sales {declared}',
  'audit.story.hit.lateReturns': '{late} of the last {count} returns filed late or not at all',
  'audit.story.hit.priorAudit': 'The {period} audit raised {raised}',
  'audit.story.hit.margin':
    'Gross margin {margin, number, ::.0} % against a sector lower quartile of {lower, number, ::.0} %',
  'audit.story.hit.turnoverDrop': 'Turnover {turnover} against {prior} the year before',
  'audit.story.hit.millInvoices':
    '{amount} of input VAT on invoices from {supplier}, which {filed, select, nil {filed a nil return} other {filed no return}} for {period}',
  'audit.story.hit.creditRatio':
    'Input VAT is {ratio} % of output VAT; a {median} % sector margin leaves about {rest} %',
  'audit.story.note.notDeclared': 'income reported by employers and banks but not declared',
  'audit.story.note.einvoicedAbove': 'e-invoiced sales (gross) above the declared turnover',
  'audit.story.note.flaggedOnHistory': 'no discrepancy quantified; flagged on history',
  'audit.story.note.missingProfit': 'gross profit missing against the sector median margin',
  'audit.story.note.thirdPartyAbove': 'third-party figures above the return',
  'audit.story.note.cardAbove': 'card takings above the declared sales',
  'audit.story.note.inputClaimed': 'input VAT claimed this period',
  'audit.case.title': '{name} — {taxType} {period} — risk {score}',
  'audit.ledger.earlierAudit': 'Earlier audit',
  'audit.ledgerInEntry.earlierAudit': 'earlier audit',
  'audit.ledger.adjustment': 'Audit adjustment: {basis} {amount}',
  'audit.ledger.penalty':
    'Audit penalty, {category, select, negligence {negligence} fraud {fraud} other {honest-error}}',
  'audit.ledger.interest': 'Interest from {from}',

  'audit.truth.expected.notSelect': 'Do not select: {reason}',
  'audit.truth.expected.noChange':
    'Select for a {auditType, select, desk {desk} other {field}} audit and close with no change',
  'audit.truth.expected.assess':
    'Select for a {auditType, select, desk {desk} other {field}} audit, adjust by the amount the evidence supports ({category, select, negligence {negligence} fraud {fraud} other {honest-error}} category) and issue the final assessment',
  'audit.truth.expected.refer':
    'Select for a {auditType, select, desk {desk} other {field}} audit, adjust by the amount the evidence supports ({category, select, negligence {negligence} fraud {fraud} other {honest-error}} category) and refer to investigation',
  'audit.truth.reason.overCapacity':
    'Score {score} is {comparison, select, above {above} at {at} other {below}} the threshold of {threshold}, but higher-ranked candidates fill the capacity of {capacity, plural, one {# audit} other {# audits}}: not selected, reason "over capacity".',
  'audit.truth.reason.belowThreshold':
    'Score {score} is {comparison, select, above {above} at {at} other {below}} the threshold of {threshold}: not selected, reason "below threshold".',
  'audit.truth.reason.belowMateriality':
    'Score {score} reaches the threshold of {threshold}, but the estimated tax at stake ({atStake}) is below the materiality floor of {floor}: not selected, reason "below materiality".',
  'audit.truth.explain.withReason': '{explanation} {reason}',
  'audit.truth.explain.genuine':
    'The risk engine flagged this taxpayer, but the books and the third-party data agree with the return.',
  'audit.truth.explain.secondEmployer':
    'The withholding slip from {employer} shows {salary} of salary missing from the return. The deposit interest ({interest}) was taxed finally at source and is not part of the annual return, so the adjustment is the salary alone. A whole income source left out is a substantial understatement: negligence, not an honest slip. Documents settle it, so a desk audit is enough.',
  'audit.truth.explain.unbooked':
    'E-invoices to {buyer} worth {omitted} never reached the sales ledger or the return. The credit note of {credit} cancels a real sale, so it is not part of the adjustment. Leaving out a whole invoice series is a substantial understatement: negligence. Documents settle it from the desk.',
  'audit.truth.explain.cashSales':
    'Card takings alone exceed the declared sales, and the margin is far below the sector: cash sales are missing. Card data are only a floor; the till (Z-report) data read on a field visit show the full sales of {sales}, so the adjustment is {adjustment}, not the {flagged} the card data suggest. A substantial understatement without forged documents: negligence, no referral.',
  'audit.truth.explain.fakeInvoices':
    "The input VAT of {amount} rests on invoices from {supplier}, an invoice mill: registered weeks before, no staff or purchases, {filed, select, nil {nil returns} other {no return}} while invoicing {buyers} buyers, and no goods ever arrived. Disallow exactly that input VAT (the genuine suppliers' credits stand), fraud category, and refer to investigation: fake invoices are intent, not a routine audit finding.",
  'audit.truth.explain.slip':
    'The third-party data agree with the lines of the return; only the {line, select, income {total income line} other {turnover line}} was copied with two digits swapped, understating it by {amount}. An isolated slip, below the substantial threshold, from a taxpayer with a clean record: correct the exact difference at the desk with no penalty (honest error). A negligence penalty or a referral would punish an honest mistake.',
  'audit.truth.explain.outlier':
    'The score is high, but the file already explains it: {cause}, reported at the time with supporting documents, and the third-party data agree with the declared sales. Not selected, reason "risk explained": the audit slot goes to the next candidate, and an honest taxpayer is spared an audit.',
  'audit.truth.cause':
    '{fire, select, yes {a documented fire} other {a documented new competitor ({competitor})}}',
  'audit.truth.flag.salaryLeftOut': '{employer} reports {salary} of salary that the return leaves out',
  'audit.truth.flag.thirdPartyAbove': 'Third-party income well above the income declared',
  'audit.truth.flag.invoicesMissing':
    '{invoices} e-invoices to {buyer} ({amount}) are missing from the declared turnover',
  'audit.truth.flag.creditNote': 'A credit note the risk engine counted as a sale',
  'audit.truth.flag.cardExceeds': 'Card takings alone ({card}) exceed the declared sales ({declared})',
  'audit.truth.flag.marginFarBelow': 'Gross margin far below the sector benchmark',
  'audit.truth.flag.tillShows': 'Till data at the premises show sales of {sales}',
  'audit.truth.flag.millFiles':
    '{supplier} {filed, select, nil {files nil returns} other {filed no return}} yet issued e-invoices to {buyers} buyers',
  'audit.truth.flag.recentSupplier': 'Recently registered supplier with no employees, purchases or premises',
  'audit.truth.flag.noDelivery': 'No delivery notes or stock receipts; paid in cash or to a third party',
  'audit.truth.flag.slip':
    'The {line, select, income {total income line} other {turnover line}} is not the sum of its lines: two digits transposed ({amount})',
  'audit.truth.flag.marginAndTurnover': 'Margin far below the sector and turnover down by about a third',
  'audit.truth.clear.cleanHistory': 'Clean history: every return on time, no earlier adjustments',
  'audit.truth.clear.documentsWhy': 'The file documents why: {cause}',
  'audit.truth.clear.thirdPartyBelow': 'Card and e-invoice data stay below the declared sales',

  'audit.story.month':
    '{month, select, 1 {January} 2 {February} 3 {March} 4 {April} 5 {May} 6 {June} 7 {July} 8 {August} 9 {September} 10 {October} 11 {November} other {December}}',
  'audit.story.subject.reply': 'Reply to the preliminary findings',
  'audit.story.subject.replyShort': 'Reply',
  'audit.story.subject.fire': 'Fire at our warehouse',
  'audit.story.subject.extensionRequest': 'Request for an extension to file the {year} return',
  'audit.story.subject.extensionGranted': 'Extension of the filing deadline',
  'audit.story.subject.reduceInstalments': 'Request to reduce monthly income-tax instalments',
  'audit.story.subject.instalmentsReduced': 'Instalments reduced',
  'audit.story.from.taxOffice': 'Tax office',
  'audit.story.letter.fire':
    "On {on} a fire destroyed our warehouse. The fire brigade report (no. {report}) and the loss adjuster's report are attached: stock worth {amount} was destroyed and trading stopped for about four months. An insurance claim is pending.",
  'audit.story.letter.extensionRequest':
    'Our accounting records were partly destroyed in the fire and are being rebuilt from bank statements and suppliers’ copies. We ask for more time to file.',
  'audit.story.letter.extensionGranted':
    'Extension granted until {until} on the basis of the fire brigade report. (The risk engine still compares the filing date with the statutory due date.)',
  'audit.story.letter.competitor':
    'Since {competitor} opened a large store a few hundred metres from our premises in {month}, our sales have fallen by about a third and we have cut prices on most lines. We attach the municipal opening permit, our old and new price lists and our monthly sales, and ask to reduce our instalments.',
  'audit.story.letter.instalmentsReduced':
    'Instalments reduced on the basis of the documents provided (permit, price lists, monthly sales).',
  'audit.story.doc.slipsOnFile': 'Withholding slips and payslips in the taxpayer’s file',
  'audit.story.doc.bankStatement': 'Bank statement',
  'audit.story.doc.homeVisit': 'Home visit',
  'audit.story.doc.salesLedger': 'Sales ledger {year}',
  'audit.story.doc.officeVisit': 'Office visit',
  'audit.story.doc.slipAndPayslips': 'Withholding slip and payslips',
  'audit.story.doc.books': 'Books {year}',
  'audit.story.doc.tillData': 'Till data (Z-reports) read on the visit',
  'audit.story.doc.stockCount': 'Stock count',
  'audit.story.doc.premisesVisit': 'Premises visit',
  'audit.story.doc.millInvoices': 'Purchase invoices from {supplier}',
  'audit.story.doc.otherInvoices': 'Other purchase invoices',
  'audit.story.doc.warehouseVisit': 'Warehouse visit',
  'audit.story.doc.worksheet': 'Taxpayer’s worksheet',
  'audit.story.doc.trialBalance': 'Trial balance {year}',
  'audit.story.doc.visit': 'Visit',
  'audit.story.row.finding': 'Finding',
  'audit.story.row.result': 'Result',
  'audit.story.row.salaryFrom': '{employer} — salary',
  'audit.story.row.salaryFromMonth': '{employer} — salary from {month}',
  'audit.story.row.depositInterest': 'Deposit interest (gross)',
  'audit.story.row.interestTax': 'Tax on the interest',
  'audit.story.row.salesToAfterCredit': 'Sales to {buyer} (after the credit note)',
  'audit.story.row.salesToOthers': 'Sales to other buyers',
  'audit.story.row.totalBooked': 'Total booked (the turnover declared)',
  'audit.story.row.cashBookSales': 'Sales in the cash book (the turnover declared)',
  'audit.story.row.cardOnStatements': 'Card settlements on the bank statements',
  'audit.story.row.purchasesForResale': 'Purchases of goods for resale',
  'audit.story.row.tillSales': 'Till sales {year}, all payment methods',
  'audit.story.row.ofWhichCard': 'Of which paid by card',
  'audit.story.row.salesInBooks': 'Sales in the books',
  'audit.story.row.sales': 'Sales',
  'audit.story.row.costOfSales': 'Cost of sales',
  'audit.story.row.cardSettlements': 'Card settlements',
  'audit.story.row.invoices': 'Invoices',
  'audit.story.row.valueBeforeVat': 'Value before VAT',
  'audit.story.row.inputVatClaimed': 'Input VAT claimed',
  'audit.story.row.payment': 'Payment',
  'audit.story.row.worksheetSum': 'Sum on the worksheet',
  'audit.story.row.totalTyped': 'Total typed on the return',
  'audit.story.row.salesDomestic': 'Sales — domestic',
  'audit.story.row.salesExport': 'Sales — export',
  'audit.story.row.totalSalesBooks': 'Total sales in the books',
  'audit.story.row.turnoverTyped': 'Turnover typed on the return',
  'audit.story.value.interestFinal':
    'Withheld by the bank as a final tax; the interest stays out of the annual return',
  'audit.story.value.homeDocumentary': 'Nothing at the home bears on the issue; the question is documentary.',
  'audit.story.value.homeNothing': 'Nothing at the home bears on the return.',
  'audit.story.value.bothSeries': 'Both invoice series found at the branch; nothing else bears on the issue.',
  'audit.story.value.stockAgrees':
    'Stock on hand agrees with purchases less till sales at normal prices: the goods were sold, not lost.',
  'audit.story.value.tradingAsDeclared': 'Trading as declared; stock agrees with the books.',
  'audit.story.value.paidCash': 'In cash, or to the personal account of a third party',
  'audit.story.value.noGoods':
    'No goods matching the invoices of {supplier}; the stock records show no receipt of them.',
  'audit.story.value.premisesInOrder': 'Nothing at the premises bears on the issue; the books are in order.',
  'audit.story.value.rebuiltWarehouse': 'Rebuilt warehouse; fire damage photographed by the loss adjuster.',
  'audit.story.value.competitorVisible':
    'Trading normally; the competitor’s store is visible down the street.',
  'audit.story.note.bothPayslips':
    'Payslips from both employers are in the file. The return declares only the salary from {employer}.',
  'audit.story.note.secondSeries':
    'The {invoices} e-invoices to {buyer} ({amount}) were issued from a second invoice series kept by the branch office and never entered in the sales ledger. The credit note to {creditBuyer} is booked.',
  'audit.story.note.payslipsAgree': 'The payslips agree with the return and the employer’s slip.',
  'audit.story.note.handwrittenCashBook':
    'Sales are booked from a handwritten daily cash book; card settlements are never reconciled with it. The books alone cannot show how much cash was taken.',
  'audit.story.note.secondDrawer':
    'The point-of-sale system keeps every receipt; the daily cash book copies only part of the cash takings. A second cash drawer is used for cash that is not banked.',
  'audit.story.note.ledgersAgree':
    'The ledgers agree with the return and with the e-invoices. {why, select, thinMargin {A thin-margin trading model (bulk contracts at low prices), documented in the contracts and price lists.} contractEnded {Turnover fell with the end of a large contract; the contract file shows it.} other {Nothing unusual in the books.}}',
  'audit.story.note.materialsVarious':
    'Goods described as "materials, various". No delivery notes, no transport documents, no goods-received entries in the stock records.',
  'audit.story.note.deliveryMatches':
    'Delivery notes, bank payments and stock entries match these invoices and the suppliers’ declarations.',
  'audit.story.note.worksheetSwapped':
    'The worksheet adds up correctly; the total was copied onto the return with two digits swapped.',
  'audit.story.note.turnoverSwapped':
    'The books agree with the e-invoices and the customs data; the turnover line was typed with two digits swapped, and the profit computed from it.',
  'audit.story.note.fireStock':
    "Cost of sales includes stock destroyed in the fire ({amount}), supported by the loss adjuster's report.",
  'audit.story.note.competitorSales':
    'Monthly sales fall from the month the competitor opened; prices on the new price list are lower across the range.',
  'audit.story.reply.secondJob':
    'I started working for {employer} in {month} and thought the tax they withheld settled everything. I accept the additional salary. The deposit interest was already taxed at source by the bank.',
  'audit.story.reply.unbooked':
    'The invoices to {buyer} were issued by our branch office and missed from the ledger. We accept an adjustment for those invoices. The credit note to {creditBuyer} cancelled goods that came back; that sale never happened.',
  'audit.story.reply.complete': 'I have nothing to add: my return is complete.',
  'audit.story.reply.cashBanked':
    'Our bookkeeper only wrote up the cash we banked. We accept the till figures as our sales for the year.',
  'audit.story.reply.nothingToAdd': 'We have nothing to add to the books we provided.',
  'audit.story.reply.broker':
    'A broker introduced {supplier} and arranged the invoices. We paid in cash as he asked. We have no delivery papers.',
  'audit.story.reply.slip':
    'You are right: the {line, select, income {total income line} other {turnover line}} was copied wrongly from our working papers. We agree with the correction and will pay the difference.',
  'audit.story.reply.allInDocuments': 'Everything is in the documents we sent last year.',
  'audit.story.status.onTime': 'Active; files on time',
  'audit.story.status.nilReturns': 'Active; nil returns since registration',
  'audit.story.status.noReturn': 'Active; no return for the period',
  'audit.story.remark.mill':
    'Registered {registered}. No employees, no purchases or imports declared, yet e-invoices to {buyers} buyers. The registered address is a rented room in a residential block.',
  'audit.story.prior.noChange': 'No change: records agreed with the return',
  'audit.story.prior.adjusted':
    'Adjusted: {finding, select, rentalIncome {rental income left out of the return} deductions {deductions without receipts disallowed} expenses {expenses without supporting invoices disallowed} lateSales {sales recorded after the year end brought back} other {private costs charged to the business}}',
  'audit.story.tp.slipFullYear': 'Annual withholding slip — salary, January to December',
  'audit.story.tp.slipFromMonth':
    'Annual withholding slip — salary, {month, select, 1 {January} 2 {February} 3 {March} 4 {April} 5 {May} 6 {June} 7 {July} 8 {August} 9 {September} 10 {October} 11 {November} other {December}} to December',
  'audit.story.tp.depositInterest':
    'Deposit interest; final tax withheld at source (not part of the annual return)',
  'audit.story.tp.salesGross': 'Sales e-invoices issued (gross)',
  'audit.story.tp.salesInvoices': '{invoices} sales e-invoices issued',
  'audit.story.tp.creditNote': 'Credit note: goods returned, cancels part of an invoice',
  'audit.story.tp.slip': 'Annual withholding slip — salary',
  'audit.story.tp.sales': 'Sales e-invoices issued',
  'audit.story.tp.card': 'Card and QR payments settled to the merchant account',
  'audit.story.tp.purchasesResale': 'Purchase e-invoices received (goods for resale)',
  'audit.story.tp.purchases': 'Purchase e-invoices received',
  'audit.story.tp.supplierDeclared': 'Output VAT the supplier declared on its sales to this buyer',
  'audit.story.tp.supplierNil': 'The supplier filed a nil return for the period',
  'audit.story.tp.supplierNone': 'The supplier filed no return for the period',
  'audit.story.tp.exports': 'Exports cleared, FOB value',
  'audit.story.party.suppliers': 'Suppliers',
  'audit.story.party.buyers': 'Buyers',
  'audit.story.party.otherBuyers': 'Other buyers',
  'audit.story.party.otherBuyersCount': '{count, plural, one {# other buyer} other {# other buyers}}',
  'audit.story.party.domesticBuyers': 'Domestic buyers',
  'audit.story.party.customsExports': 'Customs export declarations',
} satisfies Catalogue
