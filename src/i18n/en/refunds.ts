import type { Catalogue } from '../languages'

export default {
  'refunds.cmd.validate': 'Validate the claim',
  'refunds.cmd.validateHelp': 'In time, return on file, refund account in the taxpayer’s name',
  'refunds.cmd.assessRisk': 'Assess the risk tier',
  'refunds.cmd.assessRiskHelp': 'The tier decides which verifications are required',
  'refunds.cmd.checkSuppliers': 'Match input credits with suppliers’ declarations',
  'refunds.cmd.checkCustoms': 'Check exports with customs',
  'refunds.cmd.verifyBankAccount': 'Verify the account holder with the bank',
  'refunds.cmd.applyOffset': 'Offset against other tax debts',
  'refunds.cmd.applyOffsetHelp': 'Every tax type, before anything is paid',
  'refunds.cmd.requestSecondApproval': 'Request a second approval',
  'refunds.cmd.approveFull': 'Approve the full amount claimed',
  'refunds.cmd.approvePartial': 'Approve part of the claim',
  'refunds.cmd.authorisePayment': 'Authorise payment',
  'refunds.cmd.refuse': 'Refuse the claim',
  'refunds.cmd.blockAndRefer': 'Block the refund and refer',
  'refunds.cmd.blockAndReferHelp': 'Sets the refund block flag and refers the case to investigation',
  'refunds.field.amountAllowed': 'Amount allowed',
  'refunds.field.disallowedWhy': 'Why the rest is disallowed',
  'refunds.field.refuseReason': 'Reason (goes in the decision letter)',
  'refunds.field.blockReason': 'Grounds for the block and referral',
  'refunds.reference.claimed': 'Refund claimed: {claimed}.',

  'refunds.state.received': 'Claim received',
  'refunds.state.invalid': 'Failed validation',
  'refunds.state.awaitingRisk': 'Validated — risk assessment',
  'refunds.state.verification': 'Verification',
  'refunds.state.approved': 'Amount allowed — offset and authorisation',
  'refunds.state.paid': 'Refund authorised for payment',
  'refunds.state.refused': 'Refused',
  'refunds.state.blocked': 'Blocked and referred',

  'refunds.check.suppliers': 'match the input credits with the suppliers’ declarations',
  'refunds.check.customs': 'check the exports against customs records',
  'refunds.check.bank': 'verify the account holder with the bank',

  'refunds.blocker.notAStep': '"{type}" is not a step of a refund claim.',
  'refunds.blocker.alreadyValidated': 'The claim has already been validated.',
  'refunds.blocker.alreadyAssessed': 'The risk tier has already been assessed.',
  'refunds.blocker.validateFirst': 'Validate the claim first.',
  'refunds.blocker.failedValidationRefuse': 'The claim failed validation ({reason}): refuse it.',
  'refunds.blocker.alreadyVerified': 'This verification has already been done.',
  'refunds.blocker.verifyAfterDecision':
    'The amount has already been decided; verifications come before the decision.',
  'refunds.blocker.assessBeforeVerifying':
    'Assess the risk first: the tier decides which verifications the claim needs.',
  'refunds.blocker.noExports':
    'The return declares no zero-rated exports: there is nothing to check with customs.',
  'refunds.blocker.alreadyDecided': 'The amount allowed has already been decided.',
  'refunds.blocker.failedValidation': 'The claim failed validation: {reason}',
  'refunds.blocker.assessFirst': 'Assess the risk first.',
  'refunds.blocker.checksMissing':
    'This is a {tier, select, high {high} medium {medium} other {low}}-risk claim: {checks} before approving.',
  'refunds.blocker.refuseAfterDecision':
    'The amount allowed has been decided; to stop the payment, block the refund and refer it.',
  'refunds.blocker.validateBeforeRefusing': 'Validate the claim before refusing it.',
  'refunds.blocker.verifyBeforeRefusing':
    'The claim is valid: assess the risk and verify it before refusing.',
  'refunds.blocker.alreadyOffset': 'The offset has already been applied.',
  'refunds.blocker.decideBeforeOffset':
    'Decide the amount allowed first: the offset applies to what is allowed.',
  'refunds.blocker.alreadyApproved': 'The second approval has already been given.',
  'refunds.blocker.decideFirst': 'Decide the amount allowed first.',
  'refunds.blocker.noSecondApprovalNeeded':
    'Refunds up to {limit} are authorised by one officer; no second approval is needed.',
  'refunds.blocker.approveFirst': 'Approve an amount first.',
  'refunds.blocker.secondApprovalFirst':
    'Refunds above {limit} need a second approver: request the second approval first.',

  'refunds.problem.amount': 'Enter the amount allowed.',
  'refunds.problem.amountZero': 'To allow nothing, refuse the claim instead.',
  'refunds.problem.amountAboveClaim': 'You cannot allow more than the {claimed} claimed.',
  'refunds.problem.reason': 'Give the reason; it goes in the decision letter and the referral.',

  'refunds.validation.late':
    'Claimed {late, plural, one {# day} other {# days}} after the end of the period; the limit is {limit, plural, one {# day} other {# days}}.',
  'refunds.validation.noReturn': 'No VAT return is on file for {period}.',
  'refunds.validation.notRefundAccount':
    'The account on the claim is not the refund account on the register.',
  'refunds.validation.notInName': 'The account on the claim is not in the taxpayer’s name.',

  'refunds.risk.newRegistrant':
    'Registered less than {months, plural, one {# month} other {# months}} before the claim',
  'refunds.risk.noHistory': 'First refund claim',
  'refunds.risk.claimGrowth': 'Claim more than {factor, number} times the average earlier claim',
  'refunds.risk.largeClaim': 'Large claim',
  'refunds.risk.accountChange':
    'Refund account opened or changed less than {days, plural, one {# day} other {# days}} before the claim',
  'refunds.risk.customsMismatch': 'Declared exports without a matching customs export record',
  'refunds.risk.supplierMismatch':
    'Input VAT claimed above what the suppliers declared on their sales to the claimant',
  'refunds.risk.highRiskSector': 'High-risk sector ({sector})',
  'refunds.tier.low': 'LOW',
  'refunds.tier.medium': 'MEDIUM',
  'refunds.tier.high': 'HIGH',
  'refunds.match.matched': 'matched',
  'refunds.match.withinTolerance': 'within tolerance',
  'refunds.match.short': 'short',
  'refunds.match.notDeclared': 'not declared',

  'refunds.panel.yes': 'yes',
  'refunds.panel.no': 'no',
  'refunds.panel.tin': 'TIN',
  'refunds.panel.taxpayer': 'Taxpayer',
  'refunds.panel.amount': 'Amount',
  'refunds.panel.period': 'Period',
  'refunds.panel.date': 'Date',
  'refunds.panel.supplier': 'Supplier',
  'refunds.panel.declaration': 'Declaration',
  'refunds.panel.claim.title': 'Refund claim',
  'refunds.panel.claim.claim': 'Claim',
  'refunds.panel.claim.period': 'VAT period',
  'refunds.panel.claim.filedOn': 'Return filed on',
  'refunds.panel.claim.filedOnValue': '{filed} (due {due})',
  'refunds.panel.claim.lodgedOn': 'Claim lodged on',
  'refunds.panel.claim.decisionDue': 'Decision due by',
  'refunds.panel.claim.claimed': 'Refund claimed',
  'refunds.panel.claim.payInto': 'Pay into',
  'refunds.panel.claim.returnTitle': 'VAT return {period}',
  'refunds.panel.claim.line': 'Line',
  'refunds.panel.claim.domesticSales': 'Standard-rated sales',
  'refunds.panel.claim.outputVat': 'Output VAT at {rate, number} %',
  'refunds.panel.claim.zeroRated': 'Zero-rated sales (exports)',
  'refunds.panel.claim.purchases': 'Purchases',
  'refunds.panel.claim.inputVat': 'Input VAT claimed',
  'refunds.panel.claim.excessCredit': 'Excess credit claimed as a refund',
  'refunds.panel.claim.purchaseListing': 'Purchase listing',
  'refunds.panel.claim.what': 'What',
  'refunds.panel.claim.capital': '{description} (capital)',
  'refunds.panel.claim.invoices': 'Invoices',
  'refunds.panel.claim.net': 'Net',
  'refunds.panel.claim.inputVatColumn': 'Input VAT',
  'refunds.panel.claim.exportSchedule': 'Export schedule',
  'refunds.panel.claim.destination': 'Destination',
  'refunds.panel.claim.buyer': 'Buyer',
  'refunds.panel.claim.goods': 'Goods',
  'refunds.panel.claim.value': 'Value',
  'refunds.panel.claim.noExports': 'No zero-rated exports declared.',
  'refunds.panel.register.title': 'Register entry',
  'refunds.panel.register.noTaxpayer': 'No taxpayer holds TIN {tin}.',
  'refunds.panel.register.name': 'Name',
  'refunds.panel.register.registryNo': 'Registry no.',
  'refunds.panel.register.incorporated': 'Incorporated',
  'refunds.panel.register.registeredOn': 'Registered on',
  'refunds.panel.register.status': 'Status',
  'refunds.panel.register.sector': 'Sector',
  'refunds.panel.register.segment': 'Segment',
  'refunds.panel.register.address': 'Address',
  'refunds.panel.register.directors': 'Directors',
  'refunds.panel.register.noDirectors': 'none on record',
  'refunds.panel.register.statusValue':
    '{status, select, active {active} dormant {dormant} deregistered {deregistered} other {{status}}}',
  'refunds.panel.register.segmentValue':
    '{segment, select, large {large} medium {medium} small {small} micro {micro} other {{segment}}}',
  'refunds.panel.register.registeredFor': 'Registered for',
  'refunds.panel.register.taxFrom': '{tax} from {from}',
  'refunds.panel.history.title': 'Refund history',
  'refunds.panel.history.lodged': 'Lodged',
  'refunds.panel.history.claimed': 'Claimed',
  'refunds.panel.history.allowed': 'Allowed',
  'refunds.panel.history.decided': 'Decided',
  'refunds.panel.history.none': 'No earlier refund claims.',
  'refunds.panel.validation.title': 'Validation',
  'refunds.panel.validation.check': 'Check',
  'refunds.panel.validation.passed': 'Passed',
  'refunds.panel.validation.detail': 'Detail',
  'refunds.panel.validation.inTime': 'Claimed in time',
  'refunds.panel.validation.inTimeDetail':
    'Lodged {lodged}; claims are due within {days, plural, one {# day} other {# days}} of the period end',
  'refunds.panel.validation.returnOnFile': 'Return on file',
  'refunds.panel.validation.returnOnFileDetail': 'VAT return {period} filed {filed}',
  'refunds.panel.validation.refundAccount': 'Account is the registered refund account',
  'refunds.panel.validation.inName': 'Account in the taxpayer’s name (as declared)',
  'refunds.panel.validation.valid': 'The claim is valid and goes on to risk assessment.',
  'refunds.panel.risk.title': 'Risk assessment',
  'refunds.panel.risk.tier': 'Risk tier',
  'refunds.panel.risk.score': 'Score',
  'refunds.panel.risk.scoreValue': '{score} (medium from {medium}, high from {high})',
  'refunds.panel.risk.required': 'Verification required',
  'refunds.panel.risk.noneRequired': 'none (automatic path)',
  'refunds.panel.risk.factors': 'Risk factors',
  'refunds.panel.risk.factor': 'Factor',
  'refunds.panel.risk.points': 'Points',
  'refunds.panel.risk.noFactor': 'No risk factor applies.',
  'refunds.panel.suppliers.title': 'Suppliers’ declarations',
  'refunds.panel.suppliers.register': 'Register',
  'refunds.panel.suppliers.registered': '{status}, registered {on}',
  'refunds.panel.suppliers.notRegistered': 'not on the register',
  'refunds.panel.suppliers.claimed': 'Input VAT claimed',
  'refunds.panel.suppliers.declared': 'Output VAT declared to you',
  'refunds.panel.suppliers.match': 'Match',
  'refunds.panel.suppliers.notMatched': 'Not matched',
  'refunds.panel.suppliers.summary':
    'Matching tolerance {tolerance, number} %. Input VAT not matched by a supplier declaration: {disallowed}.',
  'refunds.panel.customs.title': 'Customs and foreign receipts',
  'refunds.panel.customs.valueClaimed': 'Value claimed',
  'refunds.panel.customs.record': 'Customs record',
  'refunds.panel.customs.receipt': 'Foreign receipt',
  'refunds.panel.customs.found': '{amount} — {detail}',
  'refunds.panel.customs.exit': 'exit confirmed {on}, {goods} to {destination}',
  'refunds.panel.customs.transfer': 'foreign-currency transfer from {from} on {on}',
  'refunds.panel.customs.noRecord': 'no record',
  'refunds.panel.customs.noReceipt': 'none found',
  'refunds.panel.customs.noExports': 'No exports to check.',
  'refunds.panel.customs.summary':
    'Zero-rated sales without a customs record: {value}; at the standard rate of {rate, number} % that is {vat} of output VAT.',
  'refunds.panel.bank.title': 'Refund account and bank confirmation',
  'refunds.panel.bank.from': 'From',
  'refunds.panel.bank.bank': 'Bank',
  'refunds.panel.bank.account': 'Account',
  'refunds.panel.bank.holderDeclared': 'Holder declared',
  'refunds.panel.bank.holderPerBank': 'Holder per bank',
  'refunds.panel.bank.nameMatch': 'Name match',
  'refunds.panel.bank.matches': 'matches',
  'refunds.panel.bank.doesNotMatch': 'does not match',
  'refunds.panel.bank.opened': 'Opened',
  'refunds.panel.bank.changedVia': 'Changed via',
  'refunds.panel.offset.title': 'Offset against other debts',
  'refunds.panel.offset.balances': 'Balances owed on the taxpayer’s account (all tax types)',
  'refunds.panel.offset.tax': 'Tax',
  'refunds.panel.offset.owed': 'Owed',
  'refunds.panel.offset.oldestDue': 'Oldest due',
  'refunds.panel.offset.nothingOwed': 'Nothing owed in any tax type.',
  'refunds.panel.offset.offset': 'Offset',
  'refunds.panel.offset.to': 'To',
  'refunds.panel.offset.noOffset': 'No offset: nothing is owed.',
  'refunds.panel.offset.allowed': 'Amount allowed',
  'refunds.panel.offset.against': 'Offset against debts',
  'refunds.panel.offset.toPay': 'To pay',
  'refunds.panel.approval.title': 'Second approval',
  'refunds.panel.approval.text':
    'Refunds above {limit} need a second approver. The head of the refunds unit reviewed the file and approved {allowed} on {on}.',

  'refunds.verdict.noClaim': 'No claim on file for this case.',
  'refunds.verdict.notFinal': '{type} does not close a refund claim.',
  'refunds.verdict.lookalike.newExporter':
    'customs records, foreign receipts and its own bank account all check out',
  'refunds.verdict.lookalike.largeInvestment': 'the capital purchase is declared by the supplier',
  'refunds.verdict.block.diversion':
    'Blocked and referred: the refund account was changed just before the claim to an account the bank says is not the taxpayer’s. Identity must be verified first.',
  'refunds.verdict.block.phantom':
    'Blocked and referred: a new company, "exports" without customs records and a new account are the marks of a phantom exporter.',
  'refunds.verdict.block.refused':
    'No money left the office, but refusing closes the file: this claim needed a block and a referral so that the people behind it are investigated.',
  'refunds.verdict.block.paid':
    '{amount} was authorised on a claim that should have been blocked and referred.',
  'refunds.verdict.refuse.refused': 'Refused: nothing in the claim is supported by the evidence.',
  'refunds.verdict.refuse.blocked': 'Blocked: no money was paid, but the claim should simply be refused.',
  'refunds.verdict.refuse.paid': '{amount} was authorised although nothing in the claim is supported.',
  'refunds.verdict.partial.refused':
    'No unsupported credit was paid, but {allowed} is properly due: refuse only the part the evidence does not support.',
  'refunds.verdict.partial.blocked':
    'A referral is defensible, but {allowed} is supported and should be paid in time; disallow only the unsupported part.',
  'refunds.verdict.partial.tooMuch':
    '{excess} of unsupported VAT was allowed: only {allowed} of the {claimed} claimed is supported.',
  'refunds.verdict.partial.tooLittle':
    'Allowed {amount}, but {allowed} is supported: {withheld} of genuine credit was withheld.',
  'refunds.verdict.partial.right':
    'Allowed {allowed}: the unsupported part was disallowed and the rest paid.',
  'refunds.verdict.full.refusedLookalike':
    'A genuine claim was refused: {facts}. Refusing hurts an honest business’s cash flow.',
  'refunds.verdict.full.refused': 'A genuine, fully supported claim was refused.',
  'refunds.verdict.full.blockedLookalike':
    'A genuine claim was blocked: {facts}. The risk tier asks for verification, not refusal.',
  'refunds.verdict.full.blocked': 'A genuine, fully supported claim was blocked.',
  'refunds.verdict.full.tooLittle':
    'Allowed {amount} of a fully supported {claimed}: the whole claim is due.',
  'refunds.verdict.full.rightLookalike': 'Approved in full: {facts}.',
  'refunds.verdict.full.right': 'Approved in full: the claim is supported.',
  'refunds.verdict.noOffset':
    '{why} But the refund was paid without the offset check: {offset} should first have cleared the taxpayer’s debts in other tax types.',
  'refunds.verdict.late':
    '{why} But the decision came {days, plural, one {# day} other {# days}} after the statutory limit.',
  'refunds.truth.flag.phantomRegistered':
    'Registered on {registered}, {months, plural, one {# month} other {# months}} before a first claim of {claimed}',
  'refunds.truth.flag.servicedOffice': 'Address is a serviced office: {address}',
  'refunds.truth.flag.noExportRecords':
    '{count, plural, one {The one export declaration has no customs record and no foreign receipt} other {None of the # export declarations has a customs record or a foreign receipt}}',
  'refunds.truth.flag.newAccount':
    'Refund account opened on {opened} and given to the office {days, plural, one {# day} other {# days}} before the claim',
  'refunds.truth.flag.unsupportedExports':
    '{unsupported} of {count} export declarations ({value}) have no customs record and no foreign receipt',
  'refunds.truth.flag.accountChanged':
    'Refund account changed on {changed}, {days, plural, one {# day} other {# days}} before the claim, through the online portal from a new e-mail address',
  'refunds.truth.flag.holderMismatch': 'The bank says the account holder is {holder}, not {name}',
  'refunds.truth.flag.newExporter':
    'Registered {months, plural, one {# month} other {# months}} before a first claim of {claimed} (looks risky)',
  'refunds.truth.flag.growth': 'Claim {ratio, number, ::.0} times the average earlier claim (looks risky)',
  'refunds.truth.flag.creditsShort':
    '{supplier} declared {declared} of output VAT to the claimant against {claimed} of input VAT claimed from it',
  'refunds.truth.flag.owes': 'Owes {owed} in {debts}: offset it first',
  'refunds.truth.debt': '{taxType} {period}',
  'refunds.truth.clearing.newExporter':
    'Every export has a customs record and a foreign receipt; the account is its own',
  'refunds.truth.clearing.investment': '{purchase} from {supplier} is declared by the supplier',
  'refunds.truth.clearing.aCapitalPurchase': 'A capital purchase',
  'refunds.truth.clearing.aSupplier': 'a supplier',
  'refunds.truth.expected.block': 'Block the refund and refer the case for investigation',
  'refunds.truth.expected.refuse': 'Refuse the claim',
  'refunds.truth.expected.partial': 'Approve {allowed} of the {claimed} claimed',
  'refunds.truth.expected.partialOffset':
    'Approve {allowed} of the {claimed} claimed, offset {owed} against the taxpayer’s other debts and pay {pay}',
  'refunds.truth.expected.full': 'Approve the full {claimed}',
  'refunds.truth.expected.fullOffset':
    'Approve the full {claimed}, offset {owed} against the taxpayer’s other debts and pay {pay}',
  'refunds.truth.explanation.blockDiversion':
    'The claim itself may be sound, but the money would go to an account the bank says belongs to someone else, set up days before the claim. Block it, verify the taxpayer’s identity and the change of account, and look for insider involvement.',
  'refunds.truth.explanation.blockPhantom':
    'A company a few months old, in a serviced office, claims a large refund on exports customs has never seen, to an account opened days before. Nothing should be paid: block the refund and refer the company for a pre-refund audit and investigation.',
  'refunds.truth.explanation.refuse':
    'Once the unsupported exports and credits are taken out, nothing is left to refund.',
  'refunds.truth.explanation.partialExports':
    'Exports of {value} have no customs record, so they are not zero-rated: at {rate} % they carry {vat} of output VAT, which comes off the claim. The rest is supported and due.',
  'refunds.truth.explanation.partialCredits':
    '{disallowed} of input VAT is not matched by what the supplier declared; it is disallowed and the supplier goes to audit. The rest is matched and due.',
  'refunds.truth.explanation.fullNewExporter':
    'A new exporter’s first claim is high risk by the rules, so it is verified in full; customs, the foreign receipts, the suppliers and the bank all confirm it. Pay it in time.',
  'refunds.truth.explanation.fullInvestment':
    'The claim is far above the usual because of a capital purchase, and the supplier declared that sale: the credit is genuine. Pay it.',
  'refunds.truth.explanation.fullGenuine':
    'The credits match the suppliers’ declarations and the exports match customs records: the refund is due.',
  'refunds.truth.explanation.withOffset':
    '{explanation} The taxpayer owes tax in another tax type, so the refund clears that debt first.',

  'refunds.story.title': 'VAT refund {period}: {name}',
  'refunds.story.channel.registration': 'Registration form',
  'refunds.story.channel.letter': 'Letter signed by a director',
  'refunds.story.channel.portal': 'Online portal',
  'refunds.story.channel.newEmail': 'Online portal, from a new e-mail address',

  'refunds.ledger.notAllowed': 'part of the refund claim not allowed',
  'refunds.ledger.offsetTo': 'refund offset to {taxType} {period}',
  'refunds.ledger.offsetFrom': 'from the VAT {period} refund',
  'refunds.ledger.paid': 'refund authorised for payment',
} satisfies Catalogue
