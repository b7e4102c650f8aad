import type { Catalogue } from '../languages'

export default {
  'app.workspace.practice': 'Practice',
  'app.glossary.open': 'What “{term}” means',
  'app.report.assessmentTitle': 'Assessment',
  'app.crumbs.scenarios': 'Scenarios',
  'app.crumbs.results': 'Results',
  'app.crumbs.briefing': 'Briefing',
  'app.briefing.gradeCorrect': '✓ Correct: the best decision',
  'app.briefing.gradeAcceptable': '≈ Acceptable: right direction, details off',
  'app.briefing.gradeWrong': '✗ Wrong',
  'app.briefing.gradeHarmful': '⚠ Harmful: hurts the revenue or a taxpayer',
  'app.briefing.level': '{level} ({n, number} of 3)',
  'app.briefing.minutes': 'about {n, plural, one {# minute} other {# minutes}}',
  'app.briefing.best': 'Your results so far:',
  'app.briefing.unclean':
    '{n, plural, one {One of your finished attempts no longer replays cleanly on this version of the scenario: some saved steps were refused, so its score counts only the steps that still apply.} other {# of your finished attempts no longer replay cleanly on this version of the scenario: some saved steps were refused, so their scores count only the steps that still apply.}}',
  'app.briefing.skip': 'Skip to choosing a mode and starting ↓',
  'app.briefing.task': 'Your task — {title}',
  'app.briefing.situation': 'The situation — {title}',
  'app.briefing.objectives': 'What you will practise',
  'app.briefing.scored': 'What will be scored',
  'app.briefing.pointsCaption': 'Points per case for each grade of decision, per task',
  'app.briefing.decisionOnCase': 'Decision on a case',
  'app.briefing.points': 'Points',
  'app.briefing.cases': '{n, plural, one {# case} other {# cases}}, up to {max, number} points.',
  'app.briefing.hints':
    '{n, plural, one {# hint} other {# hints}}, from general to specific, in practice mode only. Each one you reveal costs points: {costs}.',
  'app.briefing.pass': 'You pass with {mark, number}% of the maximum.',
  'app.briefing.passWithPoints':
    'You pass with {mark, number}% of the maximum ({needed, number} of {total, number} points).',
  'app.briefing.diligence':
    'A right decision taken without opening the evidence that shows why counts for less; decisions after the due date are recorded as late.',
  'app.briefing.rules': 'The rules in force: {name}',
  'app.briefing.example': 'Example. {example}',
  'app.briefing.casesOfTask': '{title} — {cases}',
  'app.briefing.session': 'Your session',
  'app.briefing.start': 'Start',
  'app.briefing.inProgress': 'You have a session in progress in {mode} mode.',
  'app.briefing.outdated': 'This scenario has changed since; you will be asked how to continue.',
  'app.briefing.continue': 'Continue my session',
  'app.briefing.finished': 'You finished this scenario.',
  'app.briefing.seeResults': 'See your results',
  'app.briefing.damaged':
    'The session saved for this scenario in this browser is damaged. Starting again keeps a copy you can download.',
  'app.briefing.chooseMode': 'Choose how you want to work',
  'app.briefing.orRestart': 'Or start again from the beginning',
  'app.briefing.practiceText':
    'Feedback after every decision, hints on request (they cost points), and you can reopen a decided case to review it.',
  'app.briefing.assessmentText':
    'No hints. Feedback only at the end. A decided case cannot be reopened: there is no going back.',
  'app.briefing.startPractice': 'Start in practice mode',
  'app.briefing.startAssessment': 'Start the assessment',
  'app.briefing.startAgain': 'Start again in {mode} mode',
  'app.briefing.back': 'Back to scenarios',
  'app.briefing.data': 'Your data for this scenario',
  'app.briefing.downloadPrevious': 'Download my previous session (JSON)',
  'app.briefing.reset': 'Reset my progress on this scenario…',
  'app.briefing.restartTitle': 'Start again from the beginning?',
  'app.briefing.restartText':
    'Your saved session is replaced by a new one in {mode} mode. A copy of the old one stays downloadable from this page; your best result is kept.',
  'app.briefing.resetTitle': 'Reset your progress on this scenario?',
  'app.briefing.resetConfirm': 'Reset this scenario',
  'app.briefing.resetText':
    'This deletes the saved session, the kept copy and the results of “{title}” in this browser.',
  'app.rules.perMonth':
    '{percent} of the unpaid tax for each month or part of a month{grace, plural, =0 {} one {, starting after # month of grace} other {, starting after # months of grace}}, up to {max} of the tax in total.',
  'app.rules.perMonthExample':
    'On {base} of tax, {months, plural, one {# month} other {# months}} late: {counted, number} × {percent} = {total}, so {charged}. The cap is reached after about {capMonths, plural, one {# month} other {# months}} ({cap}).',
  'app.rules.greater': 'The greater of {fixed} and {percent} of the tax, however long the delay.',
  'app.rules.greaterExample':
    'On {base} of tax: {percent} is {part}; the penalty is the greater of that and {fixed}, so {charged}.',
  'app.rules.sum': '{fixed} plus {percent} of the tax, however long the delay.',
  'app.rules.sumExample': 'On {base} of tax: {fixed} + {part} = {charged}.',
  'app.rules.flat': 'A fixed {amount}, whatever the tax and however long the delay.',
  'app.rules.flatExample':
    'On {base} of tax, {months, plural, one {# month} other {# months}} late: {charged}.',
  'app.rules.compound': 'compound (interest also earns interest)',
  'app.rules.simple': 'simple (on the unpaid tax only)',
  'app.rules.interestDaily':
    '{percent} a month on unpaid tax, counted day by day ({daily} a day) from the original due date until payment; {how}. Interest is compensation, not a penalty, and is not waived.',
  'app.rules.interestDailyExample': 'On {base} unpaid for 90 days: {charged}.',
  'app.rules.interestMonthly':
    '{percent} for each month or part of a month the tax stays unpaid, from the original due date; {how}. Interest is compensation, not a penalty, and is not waived.',
  'app.rules.interestMonthlyExample':
    'On {base} unpaid for {months, plural, one {# month} other {# months}}: {charged}.',
  'app.rules.money': 'Money',
  'app.rules.currency': 'Currency',
  'app.rules.currencyText':
    '{code}, written {symbol}, {decimals, plural, =0 {without decimals} one {with # decimal} other {with # decimals}}. Computed amounts are {rounding}.',
  'app.rules.roundHalfUp':
    '{decimals, plural, =0 {rounded to the nearest whole unit} other {rounded to the nearest minor unit}}, halves upwards',
  'app.rules.roundHalfEven':
    '{decimals, plural, =0 {rounded to the nearest whole unit} other {rounded to the nearest minor unit}}, halves to the even digit',
  'app.rules.taxes': 'Taxes',
  'app.rules.rates': 'Rates',
  'app.rules.ratesText': 'VAT {vat}; companies income tax {cit}.',
  'app.rules.thresholds': 'Thresholds',
  'app.rules.vatRegistration': 'VAT registration',
  'app.rules.vatRegistrationText': 'Compulsory when the expected yearly turnover is above {amount}.',
  'app.rules.segments': 'Segments',
  'app.rules.segmentsText':
    'Large from {large} of turnover a year, medium from {medium}, small from {small}; below that, micro.',
  'app.rules.deadlines': 'Deadlines',
  'app.rules.deadline.registrationDecisionDays': 'Registration decision',
  'app.rules.deadline.registrationDecisionDays.text':
    'The office decides a registration application within {n, plural, one {# day} other {# days}} of receiving it.',
  'app.rules.deadline.queryResponseDays': 'Query response',
  'app.rules.deadline.queryResponseDays.text':
    'An applicant or taxpayer has {n, plural, one {# day} other {# days}} to answer a query.',
  'app.rules.deadline.vatFilingDay': 'VAT filing',
  'app.rules.deadline.vatFilingDay.text':
    'VAT returns and the VAT due are due on the {n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} of the month after the period.',
  'app.rules.deadline.objectionDays': 'Objection',
  'app.rules.deadline.objectionDays.text':
    'A taxpayer has {n, plural, one {# day} other {# days}} to object to an assessment.',
  'app.rules.deadline.objectionDecisionDays': 'Objection decision',
  'app.rules.deadline.objectionDecisionDays.text':
    'The office decides an objection within {n, plural, one {# day} other {# days}}.',
  'app.rules.deadline.refundDecisionDays': 'Refund decision',
  'app.rules.deadline.refundDecisionDays.text':
    'The office decides a VAT refund claim within {n, plural, one {# day} other {# days}}.',
  'app.rules.deadline.demandNoticeDays': 'Demand notice',
  'app.rules.deadline.demandNoticeDays.text':
    'A demand notice gives the taxpayer {n, plural, one {# day} other {# days}} before enforcement is lawful.',
  'app.rules.deadline.deemedReceiptDays': 'Deemed receipt',
  'app.rules.deadline.deemedReceiptDays.text':
    'A notice sent by post is deemed received {n, plural, one {# day} other {# days}} after it is sent.',
  'app.rules.penalties': 'Penalties and interest',
  'app.rules.lateFiling': 'Late filing',
  'app.rules.latePayment': 'Late payment',
  'app.rules.interest': 'Interest',
  'app.settings.tool.offset': 'offset against a credit',
  'app.settings.tool.bank': 'order to the bank',
  'app.settings.tool.employer': 'order to the employer',
  'app.settings.tool.receivables': 'order to the debtor’s customers',
  'app.settings.tool.seizure': 'seizure of goods',
  'app.settings.mathErrorContestDays': 'Math-error corrections',
  'app.settings.mathErrorContestDays.text':
    'The taxpayer may contest a corrected arithmetic error within {n, plural, one {# day} other {# days}} of receiving the notice.',
  'app.settings.demandToFileDays': 'Demand to file',
  'app.settings.demandToFileDays.text':
    'A demand to file gives the taxpayer {n, plural, one {# day} other {# days}} from receipt; only then may a default assessment be issued.',
  'app.settings.estimatePeriods': 'Default assessments',
  'app.settings.estimatePeriods.text':
    'A default assessment is estimated from the average of the last {n, plural, one {# filed return} other {# filed returns}}.',
  'app.settings.estimateTolerancePercent': 'Reasonable estimate',
  'app.settings.estimateTolerancePercent.text':
    'A default assessment is reasonable when it is within {percent} of the evidence-based estimates.',
  'app.settings.mismatchTolerancePercent': 'Third-party sales',
  'app.settings.mismatchTolerancePercent.text':
    'E-invoiced sales may exceed declared sales by up to {percent} before the return counts as understated.',
  'app.settings.allocationOrder': 'Payments without a period',
  'app.settings.allocationOrder.text':
    '{order, select, oldest {A payment that names no period pays the oldest debt first: its tax, then its penalty, then its interest.} other {A payment that names no period pays all penalties and interest first (oldest first), then tax.}}',
  'app.settings.payeFilingDay': 'PAYE and withholding',
  'app.settings.payeFilingDay.text':
    'Returns and payments are due on day {n, number} of the following month.',
  'app.settings.pitFilingMonths': 'Personal income tax',
  'app.settings.pitFilingMonths.text': 'The return is due at the end of {month} after the tax year.',
  'app.settings.citFilingMonths': 'Company income tax',
  'app.settings.citFilingMonths.text': 'The return is due at the end of {month} after the tax year.',
  'app.settings.interestCompounding': 'Interest basis',
  'app.settings.interestCompounding.text':
    '{basis, select, simple {Interest is charged on the unpaid tax only, never on earlier interest.} other {Interest is compounded: earlier interest also earns interest.}}',
  'app.settings.agreementPenaltyFactor': 'Penalties under an agreement',
  'app.settings.agreementPenaltyFactor.text':
    '{stops, select, yes {While an instalment agreement is kept, the late-payment penalty stops.} other {While an instalment agreement is kept, {percent} of the monthly late-payment penalty is charged.}}',
  'app.settings.suspenseReturnDays': 'Unidentified payments',
  'app.settings.suspenseReturnDays.text':
    'A payment that cannot be matched stays in suspense for at most {n, plural, one {# day} other {# days}}, then goes back to the payer.',
  'app.settings.waiverCauses': 'Penalty waivers',
  'app.settings.waiverCauses.text':
    'A penalty may be waived for a documented reasonable cause: {causes}. Interest is never waived.',
  'app.settings.maxInstallmentMonths': 'Instalment agreements',
  'app.settings.maxInstallmentMonths.text':
    'An agreement runs for at most {n, plural, one {# monthly instalment} other {# monthly instalments}}.',
  'app.settings.refuseAfterDefaults': 'Earlier defaults',
  'app.settings.refuseAfterDefaults.text':
    'A taxpayer with {n, plural, one {# defaulted agreement} other {# defaulted agreements}} is refused a new one; with fewer, a new agreement needs security.',
  'app.settings.missedInstallmentsToDefault': 'Default of an agreement',
  'app.settings.missedInstallmentsToDefault.text':
    'After {n, plural, one {# missed instalment} other {# missed instalments}} the agreement may be declared in default.',
  'app.settings.holdDisputedAmounts': 'Debts under objection',
  'app.settings.holdDisputedAmounts.text':
    '{hold, select, yes {A valid objection suspends collection of the disputed amount; the rest is still collected.} other {Collection goes on while an objection is pending.}}',
  'app.settings.protectiveMeasures': 'Protective measures',
  'app.settings.protectiveMeasures.text':
    '{allowed, select, yes {Accounts may be frozen before the demand period ends when the debtor is moving assets away.} other {Nothing may be frozen before the demand period ends.}}',
  'app.settings.enforcementLadder': 'Enforcement ladder',
  'app.settings.enforcementLadder.text':
    'Use the least intrusive tool that reaches enough money, in this order: {tools}.',
  'app.settings.wageGarnishmentPercent': 'Wage garnishment',
  'app.settings.wageGarnishmentPercent.text':
    'An employer can be ordered to pay over up to {percent} of each wage.',
  'app.settings.garnishmentMonths': 'Reach of a garnishment',
  'app.settings.garnishmentMonths.text':
    'A garnishment order on an employer is counted as reaching {n, plural, one {# month} other {# months}} of wages.',
  'app.settings.uneconomicDebtLimit': 'Uneconomic debts',
  'app.settings.uneconomicDebtLimit.text':
    'A debt of up to {amount} costs more to collect than it brings in and may be written off.',
  'app.settings.supervisorWriteOffLimit': 'Write-off approval',
  'app.settings.supervisorWriteOffLimit.text':
    'The team supervisor approves write-offs up to {amount}; above that, the head of collection.',
  'app.settings.highPriorityAmount': 'High priority',
  'app.settings.highPriorityAmount.text': 'A young, collectable debt of {amount} or more is high priority.',
  'app.settings.agedDebtDays': 'Aged debt',
  'app.settings.agedDebtDays.text':
    'A debt overdue for more than {n, plural, one {# day} other {# days}} counts as aged.',
  'app.settings.pitRatePercent': 'Tax on added personal income',
  'app.settings.pitRatePercent.text':
    'Income an audit adds to a personal return is taxed at {percent}; company income at the company rate.',
  'app.settings.honestErrorPercent': 'Penalty: honest error',
  'app.settings.honestErrorPercent.text':
    '{none, select, yes {No penalty for an honest error.} other {{percent} of the additional tax.}}',
  'app.settings.negligencePercent': 'Penalty: negligence',
  'app.settings.negligencePercent.text':
    '{percent} of the additional tax, also for a substantial understatement.',
  'app.settings.fraudPercent': 'Penalty: fraud',
  'app.settings.fraudPercent.text':
    '{percent} of the additional tax, and the case is referred to investigation.',
  'app.settings.substantialPercent': 'Substantial understatement',
  'app.settings.substantialPercent.text':
    'An understatement is substantial when the additional tax is more than {percent} of the correct tax.',
  'app.settings.substantialAmount': 'Substantial, in money',
  'app.settings.substantialAmount.text':
    '{none, select, yes {No minimum amount: the percentage alone decides.} other {It must also be more than {amount}.}}',
  'app.settings.materialityAmount': 'Materiality for selection',
  'app.settings.materialityAmount.text':
    '{none, select, yes {No materiality floor: the risk score alone decides which candidates are audited.} other {A candidate whose estimated additional tax is below {amount} is not audited, however high its risk score.}}',
  'app.settings.replyDays': 'Reply to findings',
  'app.settings.replyDays.text':
    'The taxpayer has {n, plural, one {# day} other {# days}} to reply to the preliminary findings before the final assessment.',
  'app.settings.risk.newRegistrant':
    'registered less than {n, plural, one {# month} other {# months}} before the claim',
  'app.settings.risk.noHistory': 'first refund claim',
  'app.settings.risk.claimGrowth': 'claim more than {factor, number} times the average earlier claim',
  'app.settings.risk.largeClaim': 'claim above {amount}',
  'app.settings.risk.accountChange':
    'refund account opened or changed less than {n, plural, one {# day} other {# days}} before',
  'app.settings.risk.highRiskSector': 'trades in {sectors}',
  'app.settings.risk.customsMismatch':
    'declared exports without a matching customs record (customs check always required)',
  'app.settings.risk.supplierMismatch':
    'input VAT above what the suppliers declared (matching the credits always required)',
  'app.settings.risk.factor': '{factor} ({points, plural, one {# point} other {# points}})',
  'app.settings.claimLimitDays': 'Time limit to claim',
  'app.settings.claimLimitDays.text':
    'A refund must be claimed within {n, plural, one {# day} other {# days}} of the end of the VAT period.',
  'app.settings.secondApprovalAbove': 'Second approval',
  'app.settings.secondApprovalAbove.text': 'A refund above {amount} needs a second approver before payment.',
  'app.settings.matchingTolerancePercent': 'Supplier matching',
  'app.settings.matchingTolerancePercent.text':
    'Input VAT counts as matched when the supplier declared at least {percent} of it; otherwise only what the supplier declared is allowed.',
  'app.settings.risk': 'Risk tier',
  'app.settings.risk.text':
    'Points add up per factor: {factors}. From {medium, plural, one {# point} other {# points}} a claim is medium risk (desk verification); from {high, plural, one {# point} other {# points}} high risk (full verification before paying).',
  'app.settings.requireUndisputedPaid': 'Paying the undisputed part',
  'app.settings.requireUndisputedPaid.text':
    '{required, select, yes {An objection is admissible only once the tax the taxpayer does not dispute has been paid.} other {No payment is required to object.}}',
  'app.settings.extensionDays': 'Late objections',
  'app.settings.extensionDays.text':
    '{n, plural, =0 {The time limit is strict: a late objection cannot be admitted.} one {A late objection with a reason for the delay may still be admitted up to # day after the window closes.} other {A late objection with a reason for the delay may still be admitted up to # days after the window closes.}}',
  'app.settings.holdDisputed': 'Collection during an objection',
  'app.settings.holdDisputed.text':
    '{hold, select, yes {The disputed amount is not collected while an admissible objection is pending; the rest is.} other {An objection does not stop collection.}}',
  'app.settings.deemedOutcome': 'No decision in time',
  'app.settings.deemedOutcome.text':
    '{outcome, select, disallowed {An objection not decided within {n, plural, one {# day} other {# days}} is deemed disallowed; the taxpayer may go to the tribunal.} other {An objection not decided within {n, plural, one {# day} other {# days}} is deemed allowed: the assessment falls.}}',
  'app.opening.damaged': 'Your saved session could not be read',
  'app.opening.damagedText':
    'The session saved in this browser for “{title}” is damaged. {message} This can happen when browser storage is edited, cut short or copied from another version of the application.',
  'app.opening.damagedKept':
    'You can start again from the beginning. The damaged data is kept: you can download it now or later from the briefing, for your trainer.',
  'app.opening.startOver': 'Start again from the beginning',
  'app.opening.downloadDamaged': 'Download the damaged data',
  'app.opening.outdated': 'This scenario has changed since you saved your session',
  'app.opening.outdatedText':
    'Your saved session ({steps, plural, one {# step} other {# steps}}, {mode} mode) was played on an older version of “{title}”. Your trainer may have changed the cases, the rules or the scoring.',
  'app.opening.tryContinue': 'Try to continue',
  'app.opening.tryContinueText':
    'your steps are replayed on the new version; the ones that no longer apply are dropped.',
  'app.opening.startAgain': 'Start again',
  'app.opening.startAgainText': 'a fresh session on the new version, in the same mode.',
  'app.opening.copyKept': 'Either way a copy of your old session is kept and can be downloaded.',
  'app.opening.downloadOld': 'Download my old session',
  'app.opening.partial': 'Your saved session could not be fully restored',
  'app.opening.partialText':
    '{kept, plural, one {# step} other {# steps}} of your saved session replayed, but {refused, plural, one {# step} other {# steps}} could not be replayed. {reason}',
  'app.opening.acceptPartial': 'Continue with what was restored',
  'app.opening.downloadSaved': 'Download my saved session',
  'app.opening.invalid': 'This scenario cannot be played as written',
  'app.opening.invalidText':
    'The file of “{title}” passed the checks, but its synthetic world could not be built from it. The problem below says which line to change; a trainer can fix the file and open it again.',
  'app.opening.failed': 'The exercise could not start',
  'app.opening.backToBriefing': 'Back to the briefing',
  'app.opening.almost': 'Almost ready: handing the register over to the page…',
  'app.opening.generating': 'Generating the synthetic taxpayers…',
  'app.opening.generatingResume': 'Restoring your session: generating the synthetic taxpayers…',
  'app.opening.replaying': 'Replaying your saved steps…',
  'app.opening.openingWorklist': 'Opening the worklist…',
  'app.opening.restoring': 'Restoring your saved session…',
  'app.opening.preparing': 'Preparing the exercise…',
  'app.opening.preparingLabel': 'Preparing the exercise',
  'app.opening.records': '{done} of {total} records ({percent, number}%)',
  'app.issues.error': '✗ Error',
  'app.issues.heading': 'Problems in scenario files',
  'app.issues.summary':
    '{errors, plural, one {# error} other {# errors}} and {warnings, plural, one {# warning} other {# warnings}}. A scenario with errors is left out of the catalogue until its file is fixed; each message gives the file, line and column.',
  'app.issues.warning': '⚠ Warning',
  'app.rules.taxesText': '{taxes}.',
} satisfies Catalogue
