import type { Catalogue } from '../languages'

export default {
  'registration.cmd.verifyIdentity': 'Vérifier l’identité auprès de l’état civil',
  'registration.cmd.verifyDocuments': 'Contrôler les pièces justificatives',
  'registration.cmd.checkDuplicates': 'Lancer la recherche de doublons',
  'registration.cmd.inspectPremises': 'Ordonner une visite des locaux',
  'registration.cmd.raiseQuery': 'Adresser une demande de renseignements au demandeur',
  'registration.cmd.suspectDuplicate': 'Signaler comme doublon présumé de…',
  'registration.cmd.clearDuplicate': 'Lever la suspicion de doublon',
  'registration.cmd.approve': 'Approuver et attribuer un NIF',
  'registration.cmd.linkToExisting': 'Rattacher au NIF existant (pas de nouveau NIF)',
  'registration.cmd.reject': 'Rejeter la demande',
  'registration.event.applicantReplied': 'Le demandeur répond',

  'registration.field.taxTypes': 'Immatriculer pour',
  'registration.field.segment': 'Segment',
  'registration.field.relatedTin': 'Contribuable lié à rattacher pour le suivi, le cas échéant',
  'registration.field.relatedTinHelp': 'Par exemple l’ancienne société des mêmes dirigeants',
  'registration.field.reason': 'Motif indiqué dans la lettre',
  'registration.default.rejectReason': 'La demande ne remplit pas les conditions.',
  'registration.field.existingTin': 'NIF existant',
  'registration.reference.taxTypes':
    'Demandé sur le formulaire : {requested}. Chiffre d’affaires prévu {turnover} ; {employees, plural, one {# salarié} other {# salariés}}.',
  'registration.reference.noneRequested': 'aucun',
  'registration.reference.segment': 'Chiffre d’affaires prévu sur le formulaire : {turnover}.',

  'registration.state.received': 'Demande reçue',
  'registration.state.pendingVerification': 'En cours de vérification',
  'registration.state.awaitingApplicant': 'En attente du demandeur',
  'registration.state.duplicateSuspected': 'Doublon présumé',
  'registration.state.approved': 'Approuvée — NIF attribué',
  'registration.state.linked': 'Rattachée au NIF existant',
  'registration.state.rejected': 'Rejetée',

  'registration.blocker.notAStep': '« {type} » n’est pas une étape de l’immatriculation.',
  'registration.blocker.identityDone': 'L’identité a déjà été vérifiée.',
  'registration.blocker.documentsDone': 'Les pièces ont déjà été contrôlées.',
  'registration.blocker.duplicatesDone': 'La recherche de doublons a déjà été lancée.',
  'registration.blocker.premisesDone': 'Les locaux ont déjà été visités.',
  'registration.blocker.queryDone': 'Une demande de renseignements a déjà été adressée à ce demandeur.',
  'registration.blocker.documentsBeforeQuery':
    'Contrôlez d’abord les pièces, pour que la demande précise ce qui manque ou ne va pas.',
  'registration.blocker.duplicatesBeforeSuspecting':
    'Lancez d’abord la recherche de doublons dans le fichier.',
  'registration.blocker.suspectFirst': 'Signalez d’abord un doublon présumé.',
  'registration.blocker.identityBeforeReject': 'Vérifiez l’identité auprès de l’état civil avant de rejeter.',
  'registration.blocker.documentsBeforeReject': 'Contrôlez les pièces avant de rejeter.',
  'registration.blocker.identityFirst': 'Vérifiez d’abord l’identité auprès de l’état civil.',
  'registration.blocker.documentsFirst': 'Contrôlez d’abord les pièces.',
  'registration.blocker.duplicatesFirst': 'Lancez d’abord la recherche de doublons : une personne, un NIF.',
  'registration.blocker.resolveDuplicate':
    'Tranchez d’abord le doublon présumé (rattachez-le ou levez la suspicion).',

  'registration.problem.notAdministered':
    '{count, plural, one {L’impôt {types} n’est pas géré} other {Les impôts {types} ne sont pas gérés}} par cette administration fiscale.',
  'registration.problem.noTaxType': 'Choisissez au moins un impôt pour lequel immatriculer le contribuable.',
  'registration.problem.vatCompulsory':
    'L’assujettissement à la TVA est obligatoire à partir de {threshold} par an ; le demandeur déclare {declared}.',
  'registration.problem.missingTypes': 'Les chiffres déclarés imposent l’immatriculation pour {types}.',
  'registration.problem.noSegment': 'Choisissez un segment.',
  'registration.problem.noTaxpayer': 'Aucun contribuable ne détient le NIF {tin}.',
  'registration.problem.rejectReason':
    'Indiquez le motif du rejet ; il figure dans la lettre adressée au demandeur.',

  'registration.verdict.noTruth': 'Aucune vérité de référence pour cette demande.',
  'registration.verdict.notADecision': '« {command} » ne clôt pas un dossier d’immatriculation.',
  'registration.verdict.linkedRight': 'Rattachée au NIF que cette personne détient déjà.',
  'registration.verdict.linkedWrongTaxpayer':
    'Rattachée au mauvais contribuable : le demandeur détient déjà le NIF {tin}.',
  'registration.verdict.linkedDifferentPerson':
    'Une autre personne a été rattachée à un dossier existant : deux contribuables partagent désormais un même compte.',
  'registration.verdict.linkedShouldReject':
    'Cette demande aurait dû être rejetée, non rattachée à un dossier.',
  'registration.verdict.rejectedRight': 'Rejetée : l’immatriculation n’était pas digne de confiance.',
  'registration.verdict.rejectedDuplicate':
    'Aucun second NIF n’a été attribué, mais le dossier existant {tin} aurait dû être rattaché et mis à jour.',
  'registration.verdict.rejectedGenuine':
    'Un demandeur de bonne foi s’est vu refuser un NIF : un contribuable pénalisé à tort.',
  'registration.verdict.approvedDuplicate':
    'Un second NIF a été attribué à une personne qui détient déjà le NIF {tin}.',
  'registration.verdict.approvedBogus':
    'Un NIF a été attribué sur une identité ou une entreprise qui ne tient pas.',
  'registration.verdict.approvedWithoutLink':
    'Approuvée sans rattachement au NIF {tin}, dont les mêmes dirigeants ont laissé les dettes.',
  'registration.verdict.approvedWithoutVat':
    'Approuvée sans TVA alors que le chiffre d’affaires dépasse le seuil de TVA.',
  'registration.verdict.approvedWrongLink': 'Approuvée, mais rattachée à un contribuable sans lien.',
  'registration.verdict.approvedWrongTypes':
    'Approuvée, mais l’immatriculation devait porter sur {types} dans le segment {segment}.',
  'registration.verdict.approvedRight': 'Approuvée avec les bons impôts et le bon segment.',

  'registration.expected.link': 'Rattacher au NIF existant {tin}',
  'registration.expected.reject': 'Rejeter la demande',
  'registration.expected.approve': 'Approuver et attribuer un NIF pour {types} (segment {segment})',
  'registration.expected.approveLinked':
    'Approuver et attribuer un NIF pour {types} (segment {segment}), rattaché au NIF {tin}',

  'registration.title.individual': 'Particulier : {name}',
  'registration.title.business': 'Entreprise : {name}',

  'registration.panel.name': 'Nom',
  'registration.panel.nationalId': 'Pièce d’identité nationale',
  'registration.panel.dateOfBirth': 'Date de naissance',
  'registration.panel.incorporated': 'Date de constitution',
  'registration.panel.address': 'Adresse',
  'registration.panel.phone': 'Téléphone',
  'registration.panel.application.title': 'Formulaire de demande',
  'registration.panel.application.id': 'Demande',
  'registration.panel.application.received': 'Reçue le',
  'registration.panel.application.applicantType': 'Type de demandeur',
  'registration.panel.application.registryNo': 'N° au registre du commerce',
  'registration.panel.application.email': 'Courriel',
  'registration.panel.application.bankAccount': 'Compte bancaire',
  'registration.panel.application.sector': 'Secteur',
  'registration.panel.application.turnover': 'Chiffre d’affaires prévu',
  'registration.panel.application.perYear': '{amount} par an',
  'registration.panel.application.employees': 'Salariés',
  'registration.panel.application.taxTypes': 'Impôts demandés',
  'registration.panel.application.noneTicked': 'aucun coché',
  'registration.panel.application.directors': 'Dirigeants (n° d’identité nationale)',
  'registration.panel.documents.title': 'Pièces fournies',
  'registration.panel.person.born': 'Né(e) le',
  'registration.panel.person.sex': 'Sexe',
  'registration.panel.person.occupation': 'Profession',
  'registration.panel.person.registryStatus': 'Situation à l’état civil',
  'registration.panel.person.alive': 'En vie',
  'registration.panel.person.deceased': 'Décédé(e)',
  'registration.panel.person.deceasedOn': 'Décédé(e) ({on})',
  'registration.panel.civil.title': 'État civil',
  'registration.panel.civil.recordFor': 'Fiche pour {id}',
  'registration.panel.civil.director': 'Dirigeant {id}',
  'registration.panel.civil.noRecord': 'Aucune fiche à l’état civil pour {id}.',
  'registration.panel.company.title': 'Registre du commerce',
  'registration.panel.company.registryNo': 'N° au registre',
  'registration.panel.company.legalName': 'Dénomination sociale',
  'registration.panel.company.directors': 'Dirigeants',
  'registration.panel.company.status': 'Situation',
  'registration.panel.company.noCompany': 'Aucune société sous le numéro de registre {number}.',
  'registration.panel.premises.title': 'Visite des locaux',
  'registration.panel.reply.title': 'Réponse du demandeur',
  'registration.panel.reply.received': 'Reçue le {on}',
  'registration.panel.search.title': 'Recherche dans le fichier des contribuables',
  'registration.panel.search.duplicateCheck': 'Recherche de doublons pour {name}',
  'registration.panel.search.tin': 'NIF',
  'registration.panel.search.name': 'Nom',
  'registration.panel.search.idNumber': 'N° d’identité / de registre',
  'registration.panel.search.born': 'Naissance / constitution',
  'registration.panel.search.phone': 'Téléphone',
  'registration.panel.search.address': 'Adresse',
  'registration.panel.search.status': 'Situation',
  'registration.panel.search.arrears': 'Arriérés',
  'registration.panel.search.matchedOn': 'Concordance sur',
  'registration.panel.search.matches': '{fields}',
  'registration.panel.search.score': 'Score',
  'registration.panel.search.percent': '{score, number, percent}',
  'registration.panel.search.empty': 'Aucun contribuable du fichier ne correspond.',
  'registration.panel.search.match.tin': 'NIF',
  'registration.panel.search.match.idNumber': 'n° d’identité',
  'registration.panel.search.match.phone': 'téléphone',
  'registration.panel.search.match.name': 'nom',
  'registration.panel.search.match.birthDate': 'date de naissance',
  'registration.panel.search.match.bankAccount': 'compte bancaire',
  'registration.panel.search.match.address': 'adresse',
  'registration.panel.search.match.email': 'courriel',
  'registration.panel.search.match.director': 'dirigeant',

  'registration.document.national-id': 'Carte nationale d’identité',
  'registration.document.company-extract': 'Extrait du registre du commerce',
  'registration.document.address-proof': 'Justificatif de domicile',
  'registration.document.bank-letter': 'Attestation bancaire',
  'registration.document.field.idNumber': 'N° d’identité',
  'registration.document.field.givenNames': 'Prénoms',
  'registration.document.field.surname': 'Nom',
  'registration.document.field.birthDate': 'Date de naissance',
  'registration.document.field.sex': 'Sexe',
  'registration.document.field.issuedOn': 'Délivrée le',
  'registration.document.field.expiresOn': 'Expire le',
  'registration.document.field.nameOnDocument': 'Nom sur le document',
  'registration.document.field.registryNumber': 'N° au registre',
  'registration.document.field.legalName': 'Dénomination sociale',
  'registration.document.field.incorporated': 'Constituée le',
  'registration.document.field.registeredAddress': 'Siège social',
  'registration.document.field.directors': 'Dirigeants',
  'registration.document.field.status': 'Situation',
  'registration.document.field.type': 'Type',
  'registration.document.field.address': 'Adresse',
  'registration.document.field.dated': 'Daté du',
  'registration.document.field.bank': 'Banque',
  'registration.document.field.accountNumber': 'N° de compte',
  'registration.document.field.accountHolder': 'Titulaire du compte',
  'registration.document.field.openedOn': 'Ouvert le',
  'registration.document.field.averageMonthlyCredits': 'Crédits mensuels moyens',
  'registration.document.field.creditsLast12Months': 'Crédits des 12 derniers mois',
  'registration.sex.F': 'F',
  'registration.sex.M': 'M',
  'registration.companyStatus.active': 'en activité',
  'registration.companyStatus.struck-off': 'radiée',
  'registration.companyStatus.in-liquidation': 'en liquidation',
  'registration.proof.electricityBill': 'Facture d’électricité',
  'registration.proof.waterBill': 'Facture d’eau',
  'registration.proof.tenancyAgreement': 'Contrat de bail',
  'registration.proof.propertyRateDemand': 'Avis de taxe foncière',
  'registration.proof.remark.unsigned': 'Contrat de bail non signé par le bailleur',
  'registration.proof.remark.otherName': 'La facture est au nom d’une autre personne',
  'registration.proof.remark.shortMeter':
    'Le numéro de compteur sur la facture d’électricité n’a pas assez de chiffres',
  'registration.proof.remark.sundayWitness':
    'Contrat de bail daté d’un dimanche et signé comme témoin par le demandeur lui-même',
  'registration.proof.remark.residentialOffice':
    'Le bail porte sur un « bureau » dans un appartement d’habitation et ne donne aucun contact du bailleur',
  'registration.remark.pastedPhoto': 'La photo semble collée par-dessus le plastique',
  'registration.remark.otherFont': 'La date de naissance est imprimée dans une autre police',

  'registration.premises.empty.lockedRoom':
    'Aucune activité à l’adresse. La pièce est fermée à clé ; le gardien dit que plusieurs sociétés « utilisent l’adresse pour le courrier » mais que personne n’y travaille.',
  'registration.premises.empty.residentialFlat':
    'L’adresse est un appartement d’habitation. L’occupant n’a jamais entendu parler de la société ; ni stock, ni matériel, ni enseigne.',
  'registration.premises.empty.mailbox':
    'Un service de domiciliation. Plaques de cinq autres sociétés sur la porte ; ni personnel, ni stock, ni documents commerciaux sur place.',
  'registration.premises.empty.unfinished':
    'Bâtiment inachevé et inoccupé. Les voisins ne signalent aucune activité commerciale à l’adresse.',
  'registration.premises.staff': '{count, plural, one {# employé présent} other {# employés présents}}',
  'registration.premises.owner': 'le propriétaire présent',
  'registration.premises.genuine.trading':
    'Locaux ouverts et en activité ; {staff}. Activité conforme au secteur déclaré ({sector}).',
  'registration.premises.genuine.signboard':
    'Enseigne conforme à la demande ; {staff} ; stock et matériel conformes au secteur déclaré ({sector}).',
  'registration.premises.genuine.found':
    'Entreprise trouvée à l’adresse déclarée, {staff}. Documents et activité conformes à la demande.',
  'registration.premises.signboard': '{report} L’enseigne de {company} est toujours au mur.',

  'registration.reply.genuine.attached':
    'Toutes nos pièces sont jointes. Nous fournirons volontiers tout autre document nécessaire.',
  'registration.reply.genuine.correct':
    'Les informations du formulaire sont exactes. Dites-nous si vous avez besoin de copies certifiées.',
  'registration.reply.genuine.compliant':
    'Nous venons de démarrer notre activité et voulons être en règle dès le début.',
  'registration.reply.duplicate.lapsed':
    'Je me suis immatriculé il y a des années pour une petite activité, mais je pensais que ce numéro avait expiré quand j’ai cessé mon activité.',
  'registration.reply.duplicate.spelling':
    'Mon nom est orthographié différemment sur certains de mes papiers ; c’est l’orthographe qu’utilise ma nouvelle banque.',
  'registration.reply.duplicate.never':
    'Je n’ai jamais eu de numéro fiscal. Merci de m’en attribuer un rapidement, j’en ai besoin pour un contrat.',
  'registration.reply.mismatch.recent':
    'Ma carte d’identité a été délivrée récemment ; l’état civil n’est sans doute pas encore à jour.',
  'registration.reply.mismatch.cannotCome':
    'Je ne peux pas me déplacer au bureau. Merci d’approuver avec la copie que j’ai envoyée.',
  'registration.reply.mismatch.registryMistake':
    'L’état civil s’est trompé dans mes informations ; j’ai déjà déposé une réclamation auprès de lui.',
  'registration.reply.namesake':
    'Je ne me suis jamais immatriculé. Mon numéro d’identité et ma date de naissance figurent sur le formulaire ; l’autre personne doit être quelqu’un d’autre.',
  'registration.reply.family':
    '{name} est {relation, select, father {mon père} mother {ma mère} son {mon fils} daughter {ma fille} brother {mon frère} sister {ma sœur} other {{sex, select, M {mon cousin} other {ma cousine}}}} ; nous habitons la même maison. {sex, select, M {Il a son propre NIF.} other {Elle a son propre NIF.}}',
  'registration.reply.bogus.landlord':
    'Notre dirigeant est en voyage. Le bailleur signera le contrat à son retour ; merci d’attribuer le NIF pour que nous puissions commencer à facturer.',
  'registration.reply.bogus.online':
    'Nous vendons surtout en ligne et n’utilisons l’adresse que pour le courrier.',
  'registration.reply.bogus.accountant':
    'Notre comptable s’occupe de tout. Merci de l’appeler lui, pas le dirigeant.',
  'registration.reply.vatThreshold':
    'Les crédits de l’attestation bancaire sont nos ventes. Nous avons estimé bas parce que nous prévoyons une année plus calme, mais nos ventes de l’an dernier étaient d’environ {amount}.',
  'registration.reply.phoenix':
    'L’ancienne société a cessé son activité à cause de pertes. C’est une nouvelle société qui repart de zéro ; ses dettes ne sont pas les nôtres.',

  'registration.shared.nationalId': 'numéro d’identité nationale',
  'registration.shared.birthDate': 'date de naissance',
  'registration.shared.phone': 'numéro de téléphone',
  'registration.shared.bankAccount': 'compte bancaire',
  'registration.nameVariant.transliteration': 'autre transcription',
  'registration.nameVariant.diacritics': 'accents ajoutés ou omis',
  'registration.nameVariant.swapped': 'nom et prénom inversés',
  'registration.nameVariant.dropped-given-name': 'second prénom omis',
  'registration.nameVariant.initials': 'prénom réduit à une initiale',

  'registration.truth.genuine.individual':
    'Identité, pièces et recherche dans le fichier sont cohérentes : approuvez avec les impôts qu’imposent les chiffres déclarés.',
  'registration.truth.genuine.business':
    'Société, dirigeants, pièces et recherche dans le fichier sont cohérents : approuvez avec les impôts qu’imposent les chiffres déclarés.',
  'registration.truth.duplicate.registerHit':
    'La recherche dans le fichier trouve le NIF {tin} ({name}) avec les mêmes éléments : {matched}',
  'registration.truth.duplicate.spelling':
    'La demande orthographie le nom « {name} » ; le fichier indique « {registered} » ({variant})',
  'registration.truth.duplicate.arrears': 'Le NIF {tin} doit {amount} d’arriérés',
  'registration.truth.duplicate.status': 'Le NIF {tin} est {status}',
  'registration.truth.duplicate.explanation':
    'Le demandeur détient déjà le NIF {tin} : mêmes éléments ({matched}) sous une autre orthographe du nom ; rattachez donc la demande à ce NIF au lieu d’en attribuer un second.',
  'registration.truth.mismatch.birthDate':
    'L’état civil indique la date de naissance {registry} pour la pièce {id} ; la carte d’identité et la demande indiquent {card}',
  'registration.truth.mismatch.altered':
    'La carte d’identité a été falsifiée : elle ne correspond pas à la fiche de l’état civil',
  'registration.truth.mismatch.noRecord': 'L’état civil n’a aucune fiche pour la pièce d’identité {id}',
  'registration.truth.mismatch.neverIssued': 'La carte d’identité porte un numéro qui n’a jamais été délivré',
  'registration.truth.mismatch.otherPerson':
    'État civil : la pièce {id} appartient à {holder}, né(e) le {born}, et non à {applicant}',
  'registration.truth.mismatch.cardDisagrees':
    'Le nom et la date de naissance de la carte d’identité ne concordent pas avec l’état civil',
  'registration.truth.mismatch.explanation':
    'La pièce d’identité ne concorde pas avec l’état civil : l’identité n’est pas vérifiée, rejetez la demande.',
  'registration.truth.namesake.flag':
    'La recherche dans le fichier trouve le NIF {tin} sous exactement le même nom',
  'registration.truth.namesake.clearing':
    'Pièce d’identité, date de naissance, téléphone et adresse diffèrent tous de ceux du NIF {tin}',
  'registration.truth.namesake.explanation':
    'Même nom que le NIF {tin}, mais une autre personne : pièce d’identité, date de naissance, téléphone et adresse diffèrent tous ; approuvez.',
  'registration.truth.family.flag':
    'Même adresse ({address}) et même nom de famille que le NIF {tin} ({name})',
  'registration.truth.family.explanation':
    'Un parent du titulaire du NIF {tin} qui vit à la même adresse : prénom, pièce d’identité et date de naissance différents ; approuvez.',
  'registration.truth.bogus.sharedPhone':
    'Le téléphone {phone} est déjà utilisé par {count, plural, one {# contribuable immatriculé} other {# contribuables immatriculés}} au cours des cinq derniers mois ({tins})',
  'registration.truth.bogus.sharedAddress':
    'L’adresse {address} est partagée avec {count, plural, one {# contribuable immatriculé récemment} other {# contribuables immatriculés récemment}} ({tins})',
  'registration.truth.bogus.proof': 'Justificatif de domicile : {remark}',
  'registration.truth.bogus.noActivity': 'La visite des locaux n’a constaté aucune activité',
  'registration.truth.bogus.student':
    'Le seul dirigeant est un étudiant de {age} ans sans aucun passé dans les affaires',
  'registration.truth.bogus.deceased': 'Le seul dirigeant est décédé le {on} selon l’état civil',
  'registration.truth.bogus.unemployed':
    'Le seul dirigeant a {age} ans et est sans emploi, mais la société déclare {amount} par an',
  'registration.truth.bogus.explanation':
    'Une immatriculation fictive : {share, select, both {le téléphone et l’adresse sont partagés} phone {le téléphone est partagé} other {l’adresse est partagée}} avec des sociétés récemment immatriculées, le justificatif de domicile est défectueux, personne n’exerce dans les locaux et le dirigeant est un prête-nom ; rejetez-la.',
  'registration.truth.vat.credits':
    'L’attestation bancaire montre {credits} crédités sur les 12 derniers mois, au-dessus du seuil de TVA de {threshold}',
  'registration.truth.vat.declared': 'Le demandeur déclare {declared} par an et n’a pas demandé la TVA',
  'registration.truth.vat.explanation':
    'L’entreprise est réelle, mais son attestation bancaire montre un chiffre d’affaires de {turnover}, au-dessus du seuil de TVA ; approuvez-la avec immatriculation à la TVA.',
  'registration.truth.phoenix.directors':
    '{directors} {count, plural, one {est aussi dirigeant} other {sont aussi dirigeants}} de {company} (NIF {tin})',
  'registration.truth.phoenix.arrears': '{company}, au statut « {status} », doit {amount} d’arriérés',
  'registration.truth.phoenix.address': 'Même adresse que {company} : {address}',
  'registration.truth.phoenix.bank': 'Le compte bancaire {account} est celui de {company}',
  'registration.truth.phoenix.phone': 'Même numéro de téléphone que {company}',
  'registration.truth.phoenix.explanation':
    'Une société « phénix » : les dirigeants de {company}, qui a laissé {amount} d’arriérés, ont créé une nouvelle société. Approuvez-la mais rattachez-la au NIF {tin} pour que le recouvrement puisse suivre la dette.',
  'registration.truth.fact.owes': 'doit {amount} d’arriérés',
  'registration.truth.fact.status': 'est {status}',
  'registration.truth.fact.clear': 'n’a rien en souffrance',
  'registration.truth.fact.finding.birthDate':
    'indique la date de naissance {registry} pour la pièce {id}, alors que la carte d’identité indique {card}',
  'registration.truth.fact.finding.noRecord':
    'n’a aucune fiche pour la pièce {id} : ce numéro n’a jamais été délivré',
  'registration.truth.fact.finding.otherPerson':
    'montre que la pièce {id} appartient à {holder}, et non au demandeur',
} satisfies Catalogue
