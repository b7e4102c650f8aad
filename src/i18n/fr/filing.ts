import type { Catalogue } from '../languages'

export default {
  'filing.cmd.viewHistory': 'Consulter l’historique des déclarations',
  'filing.cmd.checkThirdParty': 'Consulter les données des tiers (factures électroniques, douane)',
  'filing.cmd.viewLedger': 'Ouvrir le compte du contribuable',
  'filing.cmd.validate': 'Valider et recalculer la déclaration',
  'filing.cmd.validateHelp':
    'Contrôles de forme (lignes présentes, aucun montant négatif) et calcul de chaque ligne dérivée.',
  'filing.cmd.examineClaim': 'Examiner la demande de motif légitime du contribuable',
  'filing.cmd.sendDemand': 'Adresser une mise en demeure de déclarer',
  'filing.cmd.sendDemandHelp':
    'Avis formel : déclarer dans le délai, faute de quoi le service établira une taxation d’office.',
  'filing.cmd.defaultAssessment': 'Établir une taxation d’office',
  'filing.cmd.defaultAssessmentHelp':
    'Légale seulement après l’expiration d’une mise en demeure. Une déclaration déposée ensuite la remplace.',
  'filing.cmd.accept': 'Accepter et enregistrer la déclaration',
  'filing.cmd.acceptHelp': 'La déclaration acceptée vaut auto-liquidation : l’impôt dû est débité au compte.',
  'filing.cmd.correctMathError': 'Corriger le calcul et notifier une rectification d’erreur matérielle',
  'filing.cmd.correctMathErrorHelp':
    'Seulement pour des erreurs évidentes de calcul ou de report ; la notification ouvre au contribuable le droit de contester.',
  'filing.cmd.referForReview': 'Transmettre au contrôle sur pièces (doute sur le fond)',
  'filing.cmd.referForReviewHelp':
    'Pour un doute sur les chiffres eux-mêmes : la déclaration est conservée et un vérificateur l’examine.',
  'filing.cmd.reject': 'Rejeter comme irrecevable (vice de forme)',
  'filing.cmd.rejectHelp':
    'Seulement si la déclaration ne peut pas être traitée : lignes manquantes, période ou NIF erronés.',
  'filing.cmd.closeAssessed': 'Clôturer en maintenant la taxation d’office',
  'filing.cmd.closeAssessedHelp':
    'L’impôt estimé est porté au compte et le recouvrement en assure le suivi ; une déclaration ultérieure la remplacerait encore.',
  'filing.cmd.startDormancy': 'Engager la procédure de mise en sommeil (aucune activité)',
  'filing.cmd.startDormancyHelp':
    'Suspend l’obligation déclarative tant que l’inactivité du contribuable est établie.',
  'filing.field.estimate': 'TVA nette estimée',
  'filing.field.basis': 'Base de l’estimation',
  'filing.field.penalty': 'Pénalité de retard de déclaration',
  'filing.field.penaltyNone': 'Aucune — déposée à temps',
  'filing.field.penaltyApply': 'Appliquer la pénalité prévue par la loi',
  'filing.field.penaltyWaive': 'Remettre — motif légitime justifié',
  'filing.field.correctedTaxDue': 'TVA nette à payer corrigée',
  'filing.field.doubt': 'Nature du doute',
  'filing.field.defect': 'Le vice de forme',
  'filing.default.referReason': 'Montants à vérifier',
  'filing.default.rejectReason': 'Déclaration non recevable',
  'filing.basis.priorReturns': 'Moyenne des déclarations antérieures',
  'filing.basis.thirdParty': 'Chiffre d’affaires selon les tiers — factures électroniques, importations',
  'filing.basis.registerTurnover': 'Chiffre d’affaires inscrit au répertoire',
  'filing.basis.priorReturnsStated': 'moyenne des déclarations antérieures',
  'filing.basis.thirdPartyStated':
    'chiffre d’affaires selon les tiers (factures électroniques, importations)',
  'filing.basis.registerTurnoverStated': 'chiffre d’affaires inscrit au répertoire',
  'filing.reference.dueFiled': 'Déclaration due le {due} ; déposée le {filed}.',
  'filing.reference.due': 'Déclaration due le {due}.',
  'filing.reference.declared': 'TVA nette déclarée : {amount}.',
  'filing.reference.registerTurnover':
    'Le chiffre d’affaires inscrit au répertoire, au taux de TVA, représente {amount} par mois.',

  'filing.state.opened': 'Ouvert',
  'filing.state.overdue': 'En retard — relance envoyée, aucune déclaration',
  'filing.state.demandServed': 'Mise en demeure notifiée — en attente',
  'filing.state.received': 'Déclaration reçue — à traiter',
  'filing.state.defaultAssessed': 'Taxation d’office établie — une déclaration déposée ensuite la remplace',
  'filing.state.posted': 'Enregistrée comme auto-liquidation',
  'filing.state.corrected': 'Corrigée — rectification notifiée',
  'filing.state.referred': 'Transmise au contrôle sur pièces',
  'filing.state.rejected': 'Rejetée comme irrecevable',
  'filing.state.dormancy': 'Procédure de mise en sommeil engagée',
  'filing.state.assessed': 'Clôturé sur la taxation d’office',

  'filing.blocker.notAStep': '« {type} » n’est pas une étape du traitement des déclarations.',
  'filing.blocker.historyOpen': 'L’historique des déclarations est déjà ouvert.',
  'filing.blocker.thirdPartyChecked': 'Les données des tiers ont déjà été consultées.',
  'filing.blocker.ledgerOpen': 'Le compte du contribuable est déjà ouvert.',
  'filing.blocker.nothingToValidate': 'Aucune déclaration à valider : elle n’a pas été déposée.',
  'filing.blocker.alreadyValidated': 'La déclaration a déjà été validée.',
  'filing.blocker.noClaim': 'Le contribuable n’a pas présenté de demande de motif légitime.',
  'filing.blocker.claimExamined': 'La demande a déjà été examinée.',
  'filing.blocker.demandServed': 'Une mise en demeure de déclarer a déjà été notifiée le {on}.',
  'filing.blocker.nothingToDemand': 'La déclaration a été reçue : il n’y a rien à exiger.',
  'filing.blocker.historyFirst':
    'Consultez d’abord l’historique des déclarations, pour confirmer celles qui manquent.',
  'filing.blocker.needsReturn':
    'Aucune déclaration reçue pour cette période : il n’y a encore rien à traiter.',
  'filing.blocker.validateFirst': 'Validez d’abord la déclaration.',
  'filing.blocker.referNeedsGrounds':
    'Consultez d’abord les données des tiers ou l’historique : une transmission doit dire sur quoi repose le doute.',
  'filing.blocker.alreadyAssessed': 'Une taxation d’office a déjà été établie le {on}.',
  'filing.blocker.returnArrivedProcess':
    'La déclaration est arrivée : traitez-la. La taxation d’office ne vise qu’une déclaration jamais reçue.',
  'filing.blocker.demandFirst':
    'Adressez d’abord une mise en demeure : le contribuable doit être invité à déclarer avant toute estimation de l’impôt.',
  'filing.blocker.demandRuns':
    'La mise en demeure court jusqu’au {until} : la taxation d’office est légale à partir du {from}.',
  'filing.blocker.returnReplacesAssessment':
    'La déclaration est arrivée et remplace la taxation d’office : traitez-la.',
  'filing.blocker.assessFirst': 'Établissez d’abord une taxation d’office ; le dossier se clôt sur elle.',
  'filing.blocker.notDormantFiled': 'Le contribuable a déposé : il n’est pas en sommeil.',
  'filing.blocker.notDormantAssessed':
    'Une taxation d’office a été établie : le contribuable a été reconnu en activité.',
  'filing.blocker.thirdPartyFirst':
    'Consultez d’abord les données des tiers : la mise en sommeil ne vise que les contribuables sans activité.',
  'filing.blocker.demandRunsWait':
    'Une mise en demeure court jusqu’au {until} : attendez la réponse du contribuable.',

  'filing.problem.choosePenalty': 'Choisissez le sort de la pénalité de retard.',
  'filing.problem.onTime':
    'La déclaration a été déposée à temps (due le {due}, déposée le {filed}) : aucune pénalité de retard ne s’applique.',
  'filing.problem.late':
    'La déclaration a {days, plural, one {# jour} other {# jours}} de retard : appliquez la pénalité, ou remettez-la pour un motif légitime justifié.',
  'filing.problem.noClaim':
    'Aucune demande de motif légitime au dossier : une pénalité n’est remise que pour un motif justifié.',
  'filing.problem.examineClaim': 'Examinez la demande du contribuable avant de remettre la pénalité.',
  'filing.problem.correctedAmount': 'Saisissez la TVA nette corrigée (zéro ou plus).',
  'filing.problem.doubt': 'Précisez le doute : le vérificateur part de là.',
  'filing.problem.defect': 'Indiquez le vice de forme : il figure dans la lettre au contribuable.',
  'filing.problem.assessmentAmount': 'Une taxation d’office doit porter sur un montant positif.',
  'filing.problem.basis': 'Indiquez la base de l’estimation.',

  'filing.line.sales': 'Ventes imposables (hors TVA)',
  'filing.line.output': 'TVA collectée',
  'filing.line.purchases': 'Achats et importations imposables (hors TVA)',
  'filing.line.input': 'TVA déductible',
  'filing.line.net': 'TVA nette à payer',
  'filing.validation.blank': 'ligne « {line} » vide',
  'filing.validation.negative': 'ligne « {line} » négative',

  'filing.ledgerKind.selfAssessment': 'auto-liquidation',
  'filing.ledgerKind.adjustment': 'rectification',
  'filing.ledgerKind.defaultAssessment': 'taxation d’office',
  'filing.ledgerKind.penalty': 'pénalité',
  'filing.ledgerKind.interest': 'intérêts de retard',
  'filing.ledgerKind.payment': 'paiement',
  'filing.ledgerKind.paymentReversal': 'annulation de paiement',
  'filing.ledgerKind.offsetOut': 'compensation (sortie)',
  'filing.ledgerKind.offsetIn': 'compensation (entrée)',
  'filing.ledgerKind.refundPaid': 'remboursement payé',
  'filing.ledgerKind.writeOff': 'admission en non-valeur',
  'filing.ledgerKind.abatement': 'dégrèvement',
  'filing.ledgerKind.agreement': 'échéancier de paiement',
  'filing.ledgerKind.instalment': 'échéance',

  'filing.panel.tin': 'NIF',
  'filing.panel.taxpayer': 'Contribuable',
  'filing.panel.line': 'Ligne',
  'filing.panel.amount': 'Montant',
  'filing.panel.amountValue': '{amount}',
  'filing.panel.date': 'Date',
  'filing.panel.detail': 'Détail',
  'filing.panel.period': 'Période',
  'filing.panel.vatPeriod': 'TVA {period}',
  'filing.panel.notFiled': 'non déposée',
  'filing.panel.salesDeclared': 'Ventes déclarées',
  'filing.panel.return.title': 'La déclaration',
  'filing.panel.return.lines': 'Lignes telles que déclarées',
  'filing.panel.return.sector': 'Secteur',
  'filing.panel.return.sectorValue':
    '{sector} ({segment, select, large {grandes entreprises} medium {moyennes entreprises} small {petites entreprises} micro {micro-entreprises} other {{segment}}})',
  'filing.panel.return.taxPeriod': 'Impôt et période',
  'filing.panel.return.dueOn': 'Échéance',
  'filing.panel.return.filedOn': 'Déposée le',
  'filing.panel.return.channel': 'Canal',
  'filing.panel.return.inReply': 'papier, en réponse à la mise en demeure',
  'filing.panel.return.none': 'Aucune déclaration reçue.',
  'filing.panel.return.noneAlsoMissing': 'Aucune déclaration reçue. Également en souffrance : {periods}.',
  'filing.panel.return.waiverLetter':
    'Une lettre demandant la remise de la pénalité de retard accompagnait la déclaration.',
  'filing.panel.notices.title': 'Avis envoyés',
  'filing.panel.notices.notice': 'Avis',
  'filing.panel.notices.reminder': 'Relance (automatique)',
  'filing.panel.notices.reminderDetail': 'Déclaration de TVA {period} en retard depuis le {due}',
  'filing.panel.notices.demand': 'Mise en demeure de déclarer',
  'filing.panel.notices.demandDetail':
    'Réputée reçue le {deemed} ; déclarer au plus tard le {fileBy}, faute de quoi l’impôt sera taxé d’office',
  'filing.panel.notices.none': 'Aucun avis n’a été envoyé pour cette déclaration.',
  'filing.panel.history.title': 'Historique des déclarations (TVA)',
  'filing.panel.history.expected': 'Déclarations attendues',
  'filing.panel.history.onTime': 'Reçues à temps',
  'filing.panel.history.late': 'Reçues en retard',
  'filing.panel.history.missing': 'Manquantes',
  'filing.panel.history.due': 'Échéance',
  'filing.panel.history.filed': 'Déposée',
  'filing.panel.history.statusColumn': 'Situation',
  'filing.panel.history.status':
    '{late, select, yes {En retard ({days, plural, one {# jour} other {# jours}})} other {À temps}}{awaiting, select, yes {, en attente de traitement} other {}}',
  'filing.panel.history.netVat': 'TVA nette',
  'filing.panel.thirdParty.title': 'Données des tiers (facturation électronique, douane)',
  'filing.panel.thirdParty.invoiced': 'Ventes facturées électroniquement',
  'filing.panel.thirdParty.imports': 'Importations (douane)',
  'filing.panel.thirdParty.match': 'Rapprochement',
  'filing.panel.thirdParty.understated': 'facturé > déclaré',
  'filing.panel.thirdParty.none': 'Aucune donnée de tiers pour ce contribuable.',
  'filing.panel.thirdParty.note':
    'Les factures électroniques ne couvrent qu’une partie des ventes d’une entreprise : les ventes déclarées sont donc normalement plus élevées. Les valeurs en douane sont des achats (TVA acquittée à la frontière).',
  'filing.panel.ledger.title': 'Compte du contribuable (TVA)',
  'filing.panel.ledger.balance': 'Solde',
  'filing.panel.ledger.balanceValue': '{amount}{side, select, credit { (créditeur)} owed { dû} other {}}',
  'filing.panel.ledger.entry': 'Écriture',
  'filing.panel.ledger.note': 'Note',
  'filing.panel.ledger.none': 'Aucune écriture de TVA au compte.',
  'filing.panel.validation.title': 'Validation et recalcul',
  'filing.panel.validation.structural': 'Contrôles de forme',
  'filing.panel.validation.defects': 'Vices constatés : {defects}.',
  'filing.panel.validation.structuralPassed':
    'Conforme : NIF et période correspondent à l’obligation, toutes les lignes sont présentes, aucun montant négatif.',
  'filing.panel.validation.arithmetic': 'Calcul (TVA à {rate, number} %)',
  'filing.panel.validation.declared': 'Déclaré',
  'filing.panel.validation.recomputed': 'Recalculé',
  'filing.panel.validation.difference': 'Écart',
  'filing.panel.validation.lineBlank': 'ligne vide',
  'filing.panel.validation.netWrong':
    'La TVA nette déclarée ({declared}) n’est pas égale à la TVA collectée moins la TVA déductible ({recomputed}).',
  'filing.panel.validation.filingDate': 'Date de dépôt',
  'filing.panel.validation.late':
    'Déposée {days, plural, one {# jour} other {# jours}} après l’échéance du {due}. Pénalité de retard prévue par la loi : {penalty}.',
  'filing.panel.validation.onTime': 'Déposée à temps (échéance le {due}).',
  'filing.panel.claim.title': 'Demande de motif légitime',
  'filing.panel.claim.none': 'Aucune demande au dossier.',
  'filing.panel.claim.letter': 'La lettre du contribuable',
  'filing.panel.claim.attached': 'Pièce jointe',
  'filing.panel.claim.noDocument': 'Aucune : la lettre n’est accompagnée d’aucun justificatif.',
  'filing.panel.claim.causeList': '{causes}',
  'filing.panel.claim.causes': 'Motifs admis par la loi, s’ils sont justifiés',
  'filing.panel.claim.noCauses': 'Aucun motif prévu.',
  'filing.panel.mathError.title': 'Notification de rectification',
  'filing.panel.mathError.return': 'Déclaration',
  'filing.panel.mathError.declared': 'TVA nette déclarée',
  'filing.panel.mathError.corrected': 'TVA nette corrigée',
  'filing.panel.mathError.dated': 'Notification du',
  'filing.panel.mathError.contestUntil': 'Contestable jusqu’au',
  'filing.panel.assessment.title': 'Taxation d’office',
  'filing.panel.assessment.estimate': 'TVA nette estimée',
  'filing.panel.assessment.basis': 'Base',
  'filing.panel.assessment.issuedOn': 'Établie le',
  'filing.panel.assessment.replaced':
    'Si le contribuable dépose la déclaration, celle-ci remplace la présente taxation.',

  'filing.verdict.shouldHave': 'Ce n’est pas la bonne décision pour ce dossier : {decision}.',
  'filing.verdict.notFinal': '« {command} » ne clôt pas un dossier de déclaration.',
  'filing.verdict.incomplete.corrected':
    'Des lignes vides ne sont pas une erreur de calcul : les remplir à la place du contribuable n’est pas une rectification d’erreur matérielle. Rejetez la déclaration pour qu’une déclaration complète soit déposée.',
  'filing.verdict.incomplete.referred':
    'Un vérificateur ne peut pas examiner une déclaration incomplète : rejetez-la pour vice de forme.',
  'filing.verdict.incomplete.posted':
    'Déclaration enregistrée avec des lignes obligatoires vides : aucune dette ne peut en être tirée. Rejetez-la pour qu’une déclaration complète soit déposée.',
  'filing.verdict.accept.contradicted':
    'Déclaration enregistrée alors que les données des tiers la contredisent : environ {amount} de TVA échappent à l’imposition. Transmettez-la au contrôle sur pièces.',
  'filing.verdict.accept.arithmetic':
    'Enregistrée avec l’erreur de calcul : le compte affiche désormais une dette erronée. Corrigez-la à {corrected} et notifiez une rectification.',
  'filing.verdict.accept.stopFilerPenalty':
    'La mise en demeure a obtenu la déclaration : enregistrée, avec la pénalité de retard prévue par la loi.',
  'filing.verdict.accept.stopFilerNoPenalty':
    'La déclaration n’est arrivée qu’après une mise en demeure : il n’y a pas de motif légitime, la pénalité s’applique.',
  'filing.verdict.accept.waived':
    'Enregistrée, avec remise de la pénalité pour un motif légitime justifié couvrant l’échéance.',
  'filing.verdict.accept.penalised':
    'Enregistrée, avec la pénalité de retard prévue par la loi : aucun motif légitime n’est justifié.',
  'filing.verdict.accept.onTime': 'Enregistrée : une déclaration complète et cohérente, déposée à temps.',
  'filing.verdict.accept.wrongWaiver':
    'Pénalité remise sans motif légitime justifié : {amount} de recettes abandonnées, alors que d’autres retardataires ont été pénalisés.',
  'filing.verdict.accept.wrongPenalty':
    'Pénalité appliquée à un contribuable qui a justifié un motif légitime couvrant l’échéance : la pénalité de {amount} devait être remise.',
  'filing.verdict.correction.right':
    'Rectifiée d’office et la notification indique au contribuable comment contester : la bonne voie pour une erreur de bonne foi.',
  'filing.verdict.correction.wrongAmount':
    'La notification indique une dette erronée : TVA collectée moins TVA déductible égale {corrected}.',
  'filing.verdict.correction.substantive':
    'Un désaccord sur le fond n’est pas une erreur matérielle : la voie sommaire priverait le contribuable d’un véritable examen. Transmettez au contrôle sur pièces.',
  'filing.verdict.correction.noError':
    'Cette déclaration ne comportait aucune erreur de calcul : la « rectification » modifie une dette exacte.',
  'filing.verdict.referral.right':
    'Transmise : les chiffres sont sérieusement mis en doute par les données des tiers, ce qui relève du contrôle et du redressement.',
  'filing.verdict.referral.arithmetic':
    'Réaction excessive : une erreur de calcul isolée, avec un historique sans incident, se rectifie d’office par une notification, sans transmission.',
  'filing.verdict.referral.stopFiler':
    'La déclaration a été obtenue et rien n’y est douteux : enregistrez-la avec la pénalité de retard plutôt que de mobiliser un vérificateur.',
  'filing.verdict.referral.noDoubt':
    'Réaction excessive : ni la déclaration, ni son historique, ni les données des tiers ne font naître de doute.',
  'filing.verdict.reject.right':
    'Rejetée pour vice de forme : sans ses lignes obligatoires la déclaration ne peut pas être traitée, et l’obligation reste ouverte jusqu’au dépôt d’une déclaration complète.',
  'filing.verdict.reject.substantive':
    'La déclaration a passé les contrôles de forme : un doute sur ses chiffres relève du contrôle, pas du rejet. Le rejet traite le contribuable en défaillant et fait perdre la déclaration.',
  'filing.verdict.reject.wrong':
    'Ne rejetez que pour vice de forme : cette déclaration a passé les contrôles de forme.',
  'filing.verdict.assessment.dormant':
    'Impôt établi sur une entreprise sans aucune activité : rien dans les données des tiers ne justifie une estimation. Engagez la procédure de mise en sommeil.',
  'filing.verdict.assessment.evidence':
    'les déclarations antérieures donnent {prior}, le chiffre d’affaires selon les tiers {thirdParty}',
  'filing.verdict.assessment.right':
    'Mise en demeure notifiée, délai expiré, puis taxation d’office fondée sur des éléments ({evidence}). Une déclaration déposée ensuite la remplace.',
  'filing.verdict.assessment.unreasonable':
    'La procédure était juste, mais {amount} n’est pas une estimation raisonnable : {evidence}.',
  'filing.verdict.assessment.arbitrary':
    'Montant arbitraire : {amount} est loin des éléments ({evidence}). Une taxation d’office doit être une estimation raisonnable.',
  'filing.verdict.dormancy.trading':
    'Les factures électroniques et les importations montrent que l’entreprise est en activité : la mise en sommeil laisse échapper un défaillant. Exigez la déclaration, puis taxez d’office.',
  'filing.verdict.dormancy.needlessDemand':
    'La mise en sommeil était juste, mais la mise en demeure était inutile : les données des tiers montraient déjà l’absence d’activité.',
  'filing.verdict.dormancy.right':
    'Mise en sommeil : aucune facture électronique, aucune importation, des ventes tombées à zéro. Rien à exiger ni à taxer.',
  'filing.world.title.nonFiler': 'Défaillant : TVA {period}, {name}',
  'filing.world.title.lateReturn': 'Déclaration de TVA {period} (tardive), {name}',
  'filing.world.title.return': 'Déclaration de TVA {period}, {name}',
  'filing.world.excuse.accountant':
    'notre comptable était en congé et personne d’autre ne connaissait le mot de passe de télédéclaration',
  'filing.world.excuse.stockCount': 'nous étions occupés par l’inventaire de fin d’exercice',
  'filing.world.excuse.forgot': 'le gérant a oublié la date',
  'filing.world.claim.documentedLetter':
    'Nous sollicitons la remise de la pénalité sur notre déclaration de TVA tardive. Du {from} au {to}, nous n’avons pas pu déclarer pour cause de {cause}. Le justificatif est joint.',
  'filing.world.claim.undocumentedLetter':
    '{name} a déposé en retard en raison de : {cause}. Nous espérons votre compréhension.',
  'filing.world.claim.excuseLetter': 'Veuillez excuser ce retard : {cause}.',
  'filing.world.document.medical':
    'Certificat médical, hôpital régional de {city} : le directeur général a été hospitalisé du {from} au {to}.',
  'filing.world.document.death':
    'Acte de décès daté du {from} du conjoint du propriétaire ; obsèques et période de deuil jusqu’au {to}.',
  'filing.world.document.fire':
    'Rapport des sapeurs-pompiers du {from} : incendie au {line}, {city} ; documents comptables détruits, reconstitués au {to}.',
  'filing.world.document.official':
    'Attestation officielle datée du {from} certifiant : {cause} (jusqu’au {to}).',
  'filing.world.missing.flagSince':
    'Aucune déclaration de TVA depuis {since} : {count, plural, one {# déclaration manquante} other {# déclarations manquantes}}',
  'filing.world.dormant.expected':
    'Engager la procédure de mise en sommeil : ni mise en demeure, ni taxation d’office.',
  'filing.world.dormant.explanation':
    'Les ventes déclarées sont tombées à zéro avant l’arrêt des déclarations, et aucune facture électronique ni importation n’a été signalée après {after}. Rien ne montre que l’entreprise exerce encore : une mise en demeure ou une taxation estimée imposerait une entreprise sans revenu.',
  'filing.world.dormant.flagNil': 'Les ventes déclarées sont tombées à zéro avant l’arrêt des déclarations',
  'filing.world.dormant.flagNoActivity':
    'Aucune facture électronique ni importation pendant les mois manquants',
  'filing.world.stopFiler.flagOnTime':
    'Déclarations déposées dans les délais pendant {months, plural, one {# mois} other {# mois}} auparavant',
  'filing.world.stopFiler.flagActivity':
    'Factures électroniques de {invoiced} et importations de {imports} signalées pour {period}',
  'filing.world.stopFiler.respondsExpected':
    'Adresser une mise en demeure de déclarer ; si la déclaration arrive dans le délai, la prendre en charge avec la pénalité de dépôt tardif.',
  'filing.world.stopFiler.respondsExplanation':
    'Un défaillant, pas une entreprise en sommeil : il facture et importe toujours. La mise en demeure a obtenu la déclaration (TVA nette {net}) ; elle est tardive, donc la pénalité prévue par la loi s’applique ({penalty}), et aucune taxation d’office n’est nécessaire.',
  'filing.world.stopFiler.assessExpected':
    'Adresser une mise en demeure de déclarer ; si le délai expire sans déclaration, établir une taxation d’office d’environ {average} (la moyenne {periods, plural, one {de la dernière déclaration} other {des # dernières déclarations}}).',
  'filing.world.stopFiler.assessExplanation':
    'Un défaillant, pas une entreprise en sommeil : les factures électroniques et les importations en douane montrent qu’il exerce toujours. Le premier objectif est la déclaration, donc la mise en demeure vient d’abord ; une fois son délai expiré ({expiry}), une taxation d’office fondée sur des éléments probants, les déclarations antérieures ({average}) ou le chiffre d’affaires connu des tiers ({thirdParty}), protège les recettes. Une déclaration déposée plus tard la remplace.',
  'filing.world.nilFiler.expected':
    'Transmettre la déclaration pour contrôle sur pièces : néant déclaré alors que les factures électroniques montrent des ventes.',
  'filing.world.nilFiler.explanation':
    'La déclaration est valide en la forme, elle n’est donc pas rejetée, et ses calculs sont justes, ce n’est donc pas une erreur matérielle. Mais des factures électroniques de {invoiced} ont été émises en {period} et les déclarations sont à néant depuis {nilFrom} : un doute de fond, pour contrôle et redressement (environ {thirdParty} de TVA).',
  'filing.world.nilFiler.flagNil': 'Déclarations de TVA à néant depuis {nilFrom}',
  'filing.world.nilFiler.flagInvoices': 'Factures électroniques de {invoiced} émises en {period}',
  'filing.world.understated.expected':
    'Transmettre la déclaration pour contrôle sur pièces : les ventes déclarées sont très inférieures aux ventes facturées électroniquement.',
  'filing.world.understated.explanation':
    'Les calculs sont justes et le formulaire complet : ni une rectification d’erreur matérielle ni un rejet ne conviennent. Des ventes déclarées de {sales} contre {invoiced} facturés électroniquement constituent un doute de fond : un vérificateur doit l’examiner et redresser (environ {gap} de TVA collectée).',
  'filing.world.understated.flagBelow':
    'Ventes déclarées {sales} < ventes facturées électroniquement {invoiced}',
  'filing.world.understated.flagHistory': 'Ventes très inférieures à celles des mois précédents',
  'filing.world.incomplete.expected':
    'Rejeter la déclaration comme irrecevable : des lignes obligatoires sont vides, le contribuable doit déposer une déclaration complète.',
  'filing.world.incomplete.explanation':
    'La déclaration papier laisse « {input} » et « {netLine} » vides : les contrôles de forme échouent et aucune dette ne peut être prise en charge à partir d’elle. C’est le seul cas de rejet ; l’obligation reste ouverte jusqu’à ce qu’une déclaration complète arrive (la TVA nette sur ces chiffres serait d’environ {net}).',
  'filing.world.incomplete.flag': '« {input} » et « {netLine} » laissées vides',
  'filing.world.arithmetic.expected':
    'Rectifier la TVA nette à {correct} et envoyer un avis d’erreur matérielle ; pas de transmission au contrôle.',
  'filing.world.arithmetic.explanation':
    'La TVA collectée moins la TVA déductible donne {correct}, mais la déclaration indique {wrong} : deux chiffres intervertis. L’historique est irréprochable et les factures électroniques concordent avec les ventes déclarées : c’est une erreur de bonne foi. La procédure d’erreur matérielle la rectifie sommairement et indique au contribuable comment la contester dans le délai légal ; une transmission au contrôle serait excessive.',
  'filing.world.arithmetic.flag': 'La ligne de TVA nette diffère de la TVA collectée moins la TVA déductible',
  'filing.world.reasonable.expected':
    'Prendre en charge la déclaration et remettre la pénalité de dépôt tardif : le motif est justifié.',
  'filing.world.reasonable.explanation':
    'Déposée avec {days, plural, one {# jour} other {# jours}} de retard, mais le contribuable justifie un motif légitime ({cause}) qui couvre l’échéance, et l’historique est irréprochable. Une pénalité de {penalty} sanctionnerait un contribuable qui ne pouvait pas déclarer.',
  'filing.world.reasonable.flagLate': 'Déposée avec {days, plural, one {# jour} other {# jours}} de retard',
  'filing.world.reasonable.clearing': 'Motif légitime justifié couvrant l’échéance ({cause})',
  'filing.world.genuine.lateExpected':
    'Prendre en charge la déclaration avec la pénalité de dépôt tardif ({penalty}).',
  'filing.world.genuine.expected': 'Accepter et prendre en charge la déclaration.',
  'filing.world.genuine.lateExplanation':
    'Déposée avec {days, plural, one {# jour} other {# jours}} de retard{claim, select, undocumented { et la demande n’invoque pas de motif légitime justifié} other { sans explication}} : la pénalité prévue par la loi s’applique. Les chiffres et les données des tiers concordent.',
  'filing.world.genuine.explanation':
    'Une déclaration complète, aux calculs justes, déposée dans les délais et concordant avec les factures électroniques : prenez-la en charge.',
  'filing.world.note.returnPosted': 'Déclaration prise en charge',
  'filing.world.note.paidWithReturn': 'Payé avec la déclaration',
  'filing.world.note.paidAwaiting': 'Payé avec la déclaration (déclaration en attente de traitement)',
  'filing.world.note.lateFilingPenalty': 'Pénalité de dépôt tardif',
  'filing.world.note.penaltyPaid': 'Pénalité payée',
  'filing.world.note.returnPostedDecision': 'déclaration prise en charge',
  'filing.world.note.lateFilingPenaltyDecision': 'pénalité de dépôt tardif',
  'filing.world.note.mathError': 'rectification d’erreur matérielle',
  'filing.world.note.defaultAssessment': 'taxation d’office maintenue',
  'filing.world.thirdParty.einvoices': 'Factures électroniques de vente émises (valeur hors TVA)',
  'filing.world.thirdParty.customs':
    'Importations dédouanées (valeur en douane ; TVA acquittée à la frontière)',
  'filing.truth.bestReason.nilFiler':
    'Déclarations à néant alors que les factures électroniques montrent des ventes',
  'filing.truth.bestReason.understated': 'Ventes déclarées inférieures aux ventes facturées électroniquement',
  'filing.truth.bestReason.incomplete': 'Lignes obligatoires « {input} » et « {netLine} » laissées vides',
} satisfies Catalogue
