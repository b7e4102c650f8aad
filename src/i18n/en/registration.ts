import type { Catalogue } from '../languages'

export default {
  'registration.cmd.verifyIdentity': 'Verify identity with the registry',
  'registration.cmd.verifyDocuments': 'Check the documents',
  'registration.cmd.checkDuplicates': 'Run the duplicate check',
  'registration.cmd.inspectPremises': 'Order a premises inspection',
  'registration.cmd.raiseQuery': 'Send a query to the applicant',
  'registration.cmd.suspectDuplicate': 'Mark as suspected duplicate of…',
  'registration.cmd.clearDuplicate': 'Clear the duplicate suspicion',
  'registration.cmd.approve': 'Approve and issue a TIN',
  'registration.cmd.linkToExisting': 'Link to the existing TIN (no new TIN)',
  'registration.cmd.reject': 'Reject the application',
  'registration.event.applicantReplied': 'The applicant replies',

  'registration.field.taxTypes': 'Register for',
  'registration.field.segment': 'Segment',
  'registration.field.relatedTin': 'Related taxpayer to link for follow-up, if any',
  'registration.field.relatedTinHelp': 'For example the old company of the same directors',
  'registration.field.reason': 'Reason given in the letter',
  'registration.default.rejectReason': 'Not satisfied with the application.',
  'registration.field.existingTin': 'Existing TIN',
  'registration.reference.taxTypes':
    'Requested on the application: {requested}. Expected turnover {turnover}; {employees, plural, one {# employee} other {# employees}}.',
  'registration.reference.noneRequested': 'none',
  'registration.reference.segment': 'Expected turnover on the application: {turnover}.',

  'registration.state.received': 'Application received',
  'registration.state.pendingVerification': 'Pending verification',
  'registration.state.awaitingApplicant': 'Awaiting the applicant',
  'registration.state.duplicateSuspected': 'Duplicate suspected',
  'registration.state.approved': 'Approved — TIN issued',
  'registration.state.linked': 'Linked to existing TIN',
  'registration.state.rejected': 'Rejected',

  'registration.blocker.notAStep': '"{type}" is not a registration step.',
  'registration.blocker.identityDone': 'Identity has already been verified.',
  'registration.blocker.documentsDone': 'Documents have already been checked.',
  'registration.blocker.duplicatesDone': 'The duplicate check has already been run.',
  'registration.blocker.premisesDone': 'The premises have already been inspected.',
  'registration.blocker.queryDone': 'A query has already been sent to this applicant.',
  'registration.blocker.documentsBeforeQuery':
    'Check the documents first, so the query can say what is missing or wrong.',
  'registration.blocker.duplicatesBeforeSuspecting': 'Run the duplicate check against the register first.',
  'registration.blocker.suspectFirst': 'Mark a suspected duplicate first.',
  'registration.blocker.identityBeforeReject': 'Verify the identity with the registry before rejecting.',
  'registration.blocker.documentsBeforeReject': 'Check the documents before rejecting.',
  'registration.blocker.identityFirst': 'Verify the identity with the registry first.',
  'registration.blocker.documentsFirst': 'Check the documents first.',
  'registration.blocker.duplicatesFirst': 'Run the duplicate check first: one person, one TIN.',
  'registration.blocker.resolveDuplicate': 'Resolve the suspected duplicate first (link or clear it).',

  'registration.problem.notAdministered':
    '{types} {count, plural, one {is} other {are}} not administered by this tax administration.',
  'registration.problem.noTaxType': 'Choose at least one tax type to register the taxpayer for.',
  'registration.problem.vatCompulsory':
    'VAT registration is compulsory from {threshold} a year; the applicant declares {declared}.',
  'registration.problem.missingTypes': 'The declared figures require registration for {types}.',
  'registration.problem.noSegment': 'Choose a segment.',
  'registration.problem.noTaxpayer': 'No taxpayer holds TIN {tin}.',
  'registration.problem.rejectReason':
    'Give the reason for the rejection; it goes in the letter to the applicant.',

  'registration.verdict.noTruth': 'No ground truth for this application.',
  'registration.verdict.notADecision': '“{command}” does not close a registration case.',
  'registration.verdict.linkedRight': 'Linked to the TIN this person already holds.',
  'registration.verdict.linkedWrongTaxpayer':
    'Linked to the wrong taxpayer: the applicant already holds {tin}.',
  'registration.verdict.linkedDifferentPerson':
    'Linked a different person to an existing record: two taxpayers now share one account.',
  'registration.verdict.linkedShouldReject':
    'This application should have been rejected, not linked to a record.',
  'registration.verdict.rejectedRight': 'Rejected: the registration could not be trusted.',
  'registration.verdict.rejectedDuplicate':
    'No second TIN was issued, but the existing record {tin} should have been linked and updated.',
  'registration.verdict.rejectedGenuine':
    'A genuine applicant was refused a TIN: a taxpayer wrongly burdened.',
  'registration.verdict.approvedDuplicate': 'A second TIN was issued to a person who already holds {tin}.',
  'registration.verdict.approvedBogus': 'A TIN was issued on an identity or business that does not stand up.',
  'registration.verdict.approvedWithoutLink':
    'Approved without linking {tin}, whose debts the same directors left behind.',
  'registration.verdict.approvedWithoutVat':
    'Approved without VAT although the turnover is above the VAT threshold.',
  'registration.verdict.approvedWrongLink': 'Approved, but linked to an unrelated taxpayer.',
  'registration.verdict.approvedWrongTypes':
    'Approved, but the registration should be for {types} in the {segment} segment.',
  'registration.verdict.approvedRight': 'Approved with the right tax types and segment.',

  'registration.expected.link': 'Link to the existing TIN {tin}',
  'registration.expected.reject': 'Reject the application',
  'registration.expected.approve': 'Approve and issue a TIN for {types} ({segment} segment)',
  'registration.expected.approveLinked':
    'Approve and issue a TIN for {types} ({segment} segment), linked to {tin}',

  'registration.title.individual': 'Individual: {name}',
  'registration.title.business': 'Business: {name}',

  'registration.panel.name': 'Name',
  'registration.panel.nationalId': 'National ID',
  'registration.panel.dateOfBirth': 'Date of birth',
  'registration.panel.incorporated': 'Incorporated',
  'registration.panel.address': 'Address',
  'registration.panel.phone': 'Phone',
  'registration.panel.application.title': 'Application form',
  'registration.panel.application.id': 'Application',
  'registration.panel.application.received': 'Received',
  'registration.panel.application.applicantType': 'Applicant type',
  'registration.panel.application.registryNo': 'Company registry no.',
  'registration.panel.application.email': 'E-mail',
  'registration.panel.application.bankAccount': 'Bank account',
  'registration.panel.application.sector': 'Sector',
  'registration.panel.application.turnover': 'Expected turnover',
  'registration.panel.application.perYear': '{amount} a year',
  'registration.panel.application.employees': 'Employees',
  'registration.panel.application.taxTypes': 'Tax types requested',
  'registration.panel.application.noneTicked': 'none ticked',
  'registration.panel.application.directors': 'Directors (national IDs)',
  'registration.panel.documents.title': 'Documents submitted',
  'registration.panel.person.born': 'Born',
  'registration.panel.person.sex': 'Sex',
  'registration.panel.person.occupation': 'Occupation',
  'registration.panel.person.registryStatus': 'Registry status',
  'registration.panel.person.alive': 'Alive',
  'registration.panel.person.deceased': 'Deceased',
  'registration.panel.person.deceasedOn': 'Deceased ({on})',
  'registration.panel.civil.title': 'Civil registry',
  'registration.panel.civil.recordFor': 'Record for {id}',
  'registration.panel.civil.director': 'Director {id}',
  'registration.panel.civil.noRecord': 'No record in the civil registry for {id}.',
  'registration.panel.company.title': 'Company registry',
  'registration.panel.company.registryNo': 'Registry no.',
  'registration.panel.company.legalName': 'Legal name',
  'registration.panel.company.directors': 'Directors',
  'registration.panel.company.status': 'Status',
  'registration.panel.company.noCompany': 'No company with registry number {number}.',
  'registration.panel.premises.title': 'Premises inspection',
  'registration.panel.reply.title': 'Applicant’s reply',
  'registration.panel.reply.received': 'Received {on}',
  'registration.panel.search.title': 'Register search',
  'registration.panel.search.duplicateCheck': 'Duplicate check on {name}',
  'registration.panel.search.tin': 'TIN',
  'registration.panel.search.name': 'Name',
  'registration.panel.search.idNumber': 'ID / registry no.',
  'registration.panel.search.born': 'Born / incorporated',
  'registration.panel.search.phone': 'Phone',
  'registration.panel.search.address': 'Address',
  'registration.panel.search.status': 'Status',
  'registration.panel.search.arrears': 'Arrears',
  'registration.panel.search.matchedOn': 'Matched on',
  'registration.panel.search.matches': '{fields}',
  'registration.panel.search.score': 'Score',
  'registration.panel.search.percent': '{score, number, percent}',
  'registration.panel.search.empty': 'No taxpayer in the register matches.',
  'registration.panel.search.match.tin': 'TIN',
  'registration.panel.search.match.idNumber': 'ID number',
  'registration.panel.search.match.phone': 'phone',
  'registration.panel.search.match.name': 'name',
  'registration.panel.search.match.birthDate': 'date of birth',
  'registration.panel.search.match.bankAccount': 'bank account',
  'registration.panel.search.match.address': 'address',
  'registration.panel.search.match.email': 'e-mail',
  'registration.panel.search.match.director': 'director',

  'registration.document.national-id': 'National ID card',
  'registration.document.company-extract': 'Company registry extract',
  'registration.document.address-proof': 'Proof of address',
  'registration.document.bank-letter': 'Bank letter',
  'registration.document.field.idNumber': 'ID number',
  'registration.document.field.givenNames': 'Given names',
  'registration.document.field.surname': 'Surname',
  'registration.document.field.birthDate': 'Date of birth',
  'registration.document.field.sex': 'Sex',
  'registration.document.field.issuedOn': 'Issued on',
  'registration.document.field.expiresOn': 'Expires on',
  'registration.document.field.nameOnDocument': 'Name on the document',
  'registration.document.field.registryNumber': 'Registry number',
  'registration.document.field.legalName': 'Legal name',
  'registration.document.field.incorporated': 'Incorporated on',
  'registration.document.field.registeredAddress': 'Registered address',
  'registration.document.field.directors': 'Directors',
  'registration.document.field.status': 'Status',
  'registration.document.field.type': 'Type',
  'registration.document.field.address': 'Address',
  'registration.document.field.dated': 'Dated',
  'registration.document.field.bank': 'Bank',
  'registration.document.field.accountNumber': 'Account number',
  'registration.document.field.accountHolder': 'Account holder',
  'registration.document.field.openedOn': 'Opened on',
  'registration.document.field.averageMonthlyCredits': 'Average monthly credits',
  'registration.document.field.creditsLast12Months': 'Credits in the last 12 months',
  'registration.sex.F': 'F',
  'registration.sex.M': 'M',
  'registration.companyStatus.active': 'active',
  'registration.companyStatus.struck-off': 'struck-off',
  'registration.companyStatus.in-liquidation': 'in-liquidation',
  'registration.proof.electricityBill': 'Electricity bill',
  'registration.proof.waterBill': 'Water bill',
  'registration.proof.tenancyAgreement': 'Tenancy agreement',
  'registration.proof.propertyRateDemand': 'Property rate demand',
  'registration.proof.remark.unsigned': 'Rent agreement not signed by the landlord',
  'registration.proof.remark.otherName': 'Utility bill is in the name of a different person',
  'registration.proof.remark.shortMeter': 'Meter number on the electricity bill has too few digits',
  'registration.proof.remark.sundayWitness':
    'Tenancy agreement dated on a Sunday and witnessed by the applicant himself',
  'registration.proof.remark.residentialOffice':
    'Rent agreement covers "office space" in a residential flat and gives no landlord contact',
  'registration.remark.pastedPhoto': 'Photo appears to be pasted over the laminate',
  'registration.remark.otherFont': 'The date of birth is printed in a different font',

  'registration.premises.empty.lockedRoom':
    'No business activity at the address. The room is locked; the caretaker says several companies "use the address for letters" but nobody works there.',
  'registration.premises.empty.residentialFlat':
    'The address is a residential flat. The occupant has never heard of the company; no stock, equipment or signage.',
  'registration.premises.empty.mailbox':
    'A shared mailbox service. Nameplates of five other firms on the door; no staff, stock or trading records on site.',
  'registration.premises.empty.unfinished':
    'Unfinished building with no occupants. Neighbours report no trading at the address.',
  'registration.premises.staff': '{count, plural, one {# staff} other {# staff}} at work',
  'registration.premises.owner': 'the owner present',
  'registration.premises.genuine.trading':
    'Premises open and trading; {staff}. Activity consistent with the declared sector ({sector}).',
  'registration.premises.genuine.signboard':
    'Signboard matches the application; {staff}; stock and equipment consistent with the declared sector ({sector}).',
  'registration.premises.genuine.found':
    'Business found at the declared address with {staff}. Records and activity match the application.',
  'registration.premises.signboard': '{report} The signboard of {company} is still on the wall.',

  'registration.reply.genuine.attached':
    'All our documents are attached. We are happy to provide anything else you need.',
  'registration.reply.genuine.correct':
    'The details on the form are correct. Please let us know if you need certified copies.',
  'registration.reply.genuine.compliant':
    'We have just started trading and want to be compliant from the beginning.',
  'registration.reply.duplicate.lapsed':
    'I registered years ago for a small business, but I thought that number lapsed when I stopped trading.',
  'registration.reply.duplicate.spelling':
    'My name is spelled differently on some of my papers; this is the spelling my new bank uses.',
  'registration.reply.duplicate.never':
    'I have never had a tax number before. Please issue one quickly, I need it for a contract.',
  'registration.reply.mismatch.recent':
    'My ID card was issued recently; the registry must not be updated yet.',
  'registration.reply.mismatch.cannotCome':
    'I cannot come to the office. Please approve with the copy I sent.',
  'registration.reply.mismatch.registryMistake':
    'The registry made a mistake with my details; I have already complained to them.',
  'registration.reply.namesake':
    'I have never registered before. My national ID and date of birth are on the form; the other person must be someone else.',
  'registration.reply.family':
    '{name} is my {relation, select, father {father} mother {mother} son {son} daughter {daughter} brother {brother} sister {sister} other {cousin}}; we live in the same house. {sex, select, M {He has a TIN of his own.} other {She has a TIN of her own.}}',
  'registration.reply.bogus.landlord':
    'Our director is travelling. The landlord will sign the agreement when he is back; please issue the TIN so we can start invoicing.',
  'registration.reply.bogus.online': 'We trade mainly online and only use the address for correspondence.',
  'registration.reply.bogus.accountant':
    'Our accountant handles everything. Please call him, not the director.',
  'registration.reply.vatThreshold':
    "The credits on the bank letter are our sales. We estimated low because we expect a slower year, but last year's sales were about {amount}.",
  'registration.reply.phoenix':
    'The old company stopped trading because of losses. This is a new company with a fresh start; its debts are not ours.',

  'registration.shared.nationalId': 'national ID',
  'registration.shared.birthDate': 'date of birth',
  'registration.shared.phone': 'phone number',
  'registration.shared.bankAccount': 'bank account',
  'registration.nameVariant.transliteration': 'another transliteration',
  'registration.nameVariant.diacritics': 'accents added or dropped',
  'registration.nameVariant.swapped': 'surname and given name swapped',
  'registration.nameVariant.dropped-given-name': 'second given name left out',
  'registration.nameVariant.initials': 'given name reduced to an initial',

  'registration.truth.genuine.individual':
    'Identity, documents and register search are all consistent: approve with the tax types the declared figures require.',
  'registration.truth.genuine.business':
    'Company, directors, documents and register search are all consistent: approve with the tax types the declared figures require.',
  'registration.truth.duplicate.registerHit':
    'Register search finds TIN {tin} ({name}) with the same {matched}',
  'registration.truth.duplicate.spelling':
    'The application spells the name "{name}"; the register has "{registered}" ({variant})',
  'registration.truth.duplicate.arrears': 'TIN {tin} owes {amount} in arrears',
  'registration.truth.duplicate.status': 'TIN {tin} is {status}',
  'registration.truth.duplicate.explanation':
    'The applicant already holds TIN {tin}: the same {matched} under another spelling of the name, so link the application to that TIN instead of issuing a second one.',
  'registration.truth.mismatch.birthDate':
    'Civil registry gives date of birth {registry} for ID {id}; the ID card and the application say {card}',
  'registration.truth.mismatch.altered':
    'The ID card has been altered: it does not match the registry record',
  'registration.truth.mismatch.noRecord': 'Civil registry has no record of national ID {id}',
  'registration.truth.mismatch.neverIssued': 'The ID card carries a number that was never issued',
  'registration.truth.mismatch.otherPerson':
    'Civil registry: ID {id} belongs to {holder}, born {born}, not to {applicant}',
  'registration.truth.mismatch.cardDisagrees':
    "The ID card's name and date of birth disagree with the civil registry",
  'registration.truth.mismatch.explanation':
    'The national ID does not check out against the civil registry, so the identity is unverified: reject the application.',
  'registration.truth.namesake.flag': 'Register search finds TIN {tin} with exactly the same name',
  'registration.truth.namesake.clearing':
    'National ID, date of birth, phone and address all differ from TIN {tin}',
  'registration.truth.namesake.explanation':
    'Same name as TIN {tin} but a different person: national ID, date of birth, phone and address all differ, so approve.',
  'registration.truth.family.flag': 'Same address ({address}) and surname as TIN {tin} ({name})',
  'registration.truth.family.explanation':
    'A relative of the holder of TIN {tin} living at the same address: different first name, national ID and date of birth, so approve.',
  'registration.truth.bogus.sharedPhone':
    'Phone {phone} is already used by {count, plural, one {# taxpayer} other {# taxpayers}} registered in the last five months ({tins})',
  'registration.truth.bogus.sharedAddress':
    'Address {address} is shared with {count, plural, one {# recently registered taxpayer} other {# recently registered taxpayers}} ({tins})',
  'registration.truth.bogus.proof': 'Address proof: {remark}',
  'registration.truth.bogus.noActivity': 'Premises inspection found no business activity',
  'registration.truth.bogus.student':
    'The sole director is a {age}-year-old student with no business history',
  'registration.truth.bogus.deceased': 'The sole director died on {on} according to the civil registry',
  'registration.truth.bogus.unemployed':
    'The sole director is {age} and unemployed, yet the firm declares {amount} a year',
  'registration.truth.bogus.explanation':
    'A bogus registration: the {share, select, both {phone and address are} phone {phone is} other {address is}} shared with recently registered firms, the address proof is defective, nobody trades at the premises and the director is a front; reject it.',
  'registration.truth.vat.credits':
    'Bank letter shows {credits} credited in the last 12 months, above the VAT threshold of {threshold}',
  'registration.truth.vat.declared': 'The applicant declares {declared} a year and did not ask for VAT',
  'registration.truth.vat.explanation':
    'The business is genuine, but its bank letter shows turnover of {turnover}, above the VAT threshold, so approve it with VAT registration.',
  'registration.truth.phoenix.directors':
    '{directors} {count, plural, one {is also a director} other {are also directors}} of {company} (TIN {tin})',
  'registration.truth.phoenix.arrears': '{company} is {status} and owes {amount} in arrears',
  'registration.truth.phoenix.address': 'Same address as {company}: {address}',
  'registration.truth.phoenix.bank': 'Bank account {account} is the account of {company}',
  'registration.truth.phoenix.phone': 'Same phone number as {company}',
  'registration.truth.phoenix.explanation':
    'A phoenix: the directors of {company}, which left {amount} of arrears, have started a new company. Approve it but link it to TIN {tin} so collection can follow the debt.',
  'registration.truth.fact.owes': 'owes {amount} in arrears',
  'registration.truth.fact.status': 'is {status}',
  'registration.truth.fact.clear': 'has nothing outstanding',
  'registration.truth.fact.finding.birthDate':
    'gives date of birth {registry} for ID {id}, while the ID card says {card}',
  'registration.truth.fact.finding.noRecord': 'has no record of ID {id}: the number was never issued',
  'registration.truth.fact.finding.otherPerson':
    'shows that ID {id} belongs to {holder}, not to the applicant',
} satisfies Catalogue
