import type { Catalogue } from '../languages'

export default {
  'objections.cmd.checkNotice': 'Vérifier l’avis d’imposition',
  'objections.cmd.checkPayments': 'Consulter le compte du contribuable',
  'objections.cmd.reviewAuditFile': 'Examiner le dossier de contrôle',
  'objections.cmd.examineEvidence': 'Examiner les nouvelles pièces',
  'objections.cmd.grantExtension': 'Accorder une prorogation pour une réclamation tardive',
  'objections.cmd.acceptAdmissible': 'Déclarer la réclamation recevable',
  'objections.cmd.holdCollection': 'Enregistrer un sursis de recouvrement',
  'objections.cmd.assignReviewer': 'Désigner l’agent instructeur',
  'objections.cmd.declareInadmissible': 'Déclarer irrecevable et notifier le contribuable par écrit',
  'objections.cmd.decide': 'Statuer chef par chef et comptabiliser le dégrèvement',
  'objections.cmd.decide.help':
    'Admettez les chefs contestés que les pièces justifient ; les autres sont rejetés. Aucun chef admis vaut rejet de la réclamation.',

  'objections.field.holdAmount': 'Montant en sursis',
  'objections.field.holdAmount.help':
    'Le recouvrement de ce montant est suspendu jusqu’à la décision sur la réclamation.',
  'objections.field.officer': 'Agent instructeur',
  'objections.field.ground': 'Motif (indiqué dans la notification)',
  'objections.field.allowedItems': 'Chefs admis',

  'objections.item': 'Chef {n}',
  'objections.items': '{count, plural, one {le chef {items}} other {les chefs {items}}}',
  'objections.items.none': 'aucun chef',
  'objections.officer': '{id} {name} ({unit})',
  'objections.unit.audit': 'Contrôle',
  'objections.unit.objections': 'Réclamations et recours',
  'objections.ground.late': 'Déposée hors délai',
  'objections.ground.no-grounds': 'Aucun motif exposé',
  'objections.ground.undisputed-unpaid': 'Impôt non contesté impayé',
  'objections.ground.lower.late': 'déposée hors délai',
  'objections.ground.lower.no-grounds': 'aucun motif exposé',
  'objections.ground.lower.undisputed-unpaid': 'impôt non contesté impayé',

  'objections.ledgerKind.self-assessment': 'auto-liquidation',
  'objections.ledgerKind.adjustment': 'redressement',
  'objections.ledgerKind.default-assessment': 'taxation d’office',
  'objections.ledgerKind.penalty': 'pénalité',
  'objections.ledgerKind.interest': 'intérêts de retard',
  'objections.ledgerKind.payment': 'paiement',
  'objections.ledgerKind.payment-reversal': 'annulation de paiement',
  'objections.ledgerKind.offset-out': 'compensation (débit)',
  'objections.ledgerKind.offset-in': 'compensation (crédit)',
  'objections.ledgerKind.refund-paid': 'remboursement versé',
  'objections.ledgerKind.write-off': 'admission en non-valeur',
  'objections.ledgerKind.abatement': 'dégrèvement',
  'objections.ledgerKind.agreement': 'échéancier de paiement',
  'objections.ledgerKind.instalment': 'échéance',

  'objections.state.received': 'Réclamation reçue : examen de la recevabilité',
  'objections.state.admissible': 'Recevable : en attente d’un agent instructeur indépendant',
  'objections.state.underReview': 'En instruction indépendante',
  'objections.state.inadmissible': 'Irrecevable : contribuable notifié par écrit',
  'objections.state.allowed': 'Admise : dégrèvement comptabilisé',
  'objections.state.partiallyAllowed': 'Partiellement admise : dégrèvement comptabilisé',
  'objections.state.disallowed': 'Rejetée : décision notifiée',
  'objections.state.deemedDecision': 'Décision implicite : le délai de décision est expiré',

  'objections.blocker.unknownStep': '« {type} » n’est pas une étape d’une réclamation.',
  'objections.blocker.noticeDone': 'L’avis d’imposition a déjà été vérifié.',
  'objections.blocker.accountDone': 'Le compte du contribuable a déjà été consulté.',
  'objections.blocker.auditFileDone': 'Le dossier de contrôle a déjà été examiné.',
  'objections.blocker.evidenceDone': 'Les nouvelles pièces ont déjà été examinées.',
  'objections.blocker.decided': 'Il a déjà été statué sur la réclamation.',
  'objections.blocker.overdue':
    'Le délai de décision a expiré le {on} : la réclamation est réputée {outcome, select, allowed {admise} other {rejetée}}.',
  'objections.blocker.admissibilityDecided': 'La recevabilité a déjà été tranchée.',
  'objections.blocker.extensionGranted': 'Une prorogation a déjà été accordée.',
  'objections.blocker.noExtensionInLaw':
    'La loi de {country} ne prévoit aucune prorogation : une réclamation tardive ne peut être admise.',
  'objections.blocker.noticeFirstExtension':
    'Vérifiez d’abord l’avis d’imposition : une prorogation ne vaut que pour une réclamation déposée hors délai.',
  'objections.blocker.noLateReason':
    'La lettre ne donne aucun motif de retard ; une prorogation en exige un.',
  'objections.blocker.beyondExtension':
    'La réclamation est arrivée après le {limit}, au-delà des {days, plural, one {# jour} other {# jours}} qu’une prorogation peut ajouter.',
  'objections.blocker.noticeFirstAdmit':
    'Vérifiez d’abord l’avis d’imposition : le délai court à compter de sa réception réputée.',
  'objections.blocker.accountFirstAdmit':
    'Consultez d’abord le compte du contribuable : l’impôt non contesté doit être payé pour que la réclamation soit recevable.',
  'objections.blocker.admitted':
    'La recevabilité a déjà été tranchée : la réclamation a été déclarée recevable.',
  'objections.blocker.noHoldInLaw':
    'En {country}, une réclamation ne suspend pas le recouvrement : il n’y a pas de sursis à enregistrer.',
  'objections.blocker.holdDone': 'Un sursis de recouvrement a déjà été enregistré.',
  'objections.blocker.admitFirstHold':
    'Déclarez d’abord la réclamation recevable : seule une réclamation recevable suspend le recouvrement.',
  'objections.blocker.reviewerDone': 'Un agent instructeur a déjà été désigné.',
  'objections.blocker.admitFirstReview':
    'Déclarez d’abord la réclamation recevable : une réclamation irrecevable n’est pas instruite.',
  'objections.blocker.admissibilityFirst': 'Statuez d’abord sur la recevabilité.',
  'objections.blocker.reviewerFirst': 'Désignez d’abord un agent instructeur indépendant du contrôle.',
  'objections.blocker.holdFirst': 'Enregistrez d’abord le sursis de recouvrement sur le montant contesté.',
  'objections.blocker.auditFileFirst':
    'Examinez d’abord le dossier de contrôle : la décision se prend chef par chef.',
  'objections.blocker.evidenceFirst': 'Examinez d’abord les nouvelles pièces.',

  'objections.unlawful.ownAssessment':
    '{officer} {name} a établi ce redressement. L’instruction doit être indépendante du contrôle (séparation des fonctions, TADAT P7-19-2) : désignez un autre agent.',
  'objections.unlawful.holdTooLarge':
    'Le contribuable doit {balance} au total ; un sursis ne peut pas être supérieur.',
  'objections.unlawful.unknownGround': '« {ground} » n’est pas un motif d’irrecevabilité.',
  'objections.unlawful.lateAfterExtension':
    'Une prorogation a été accordée : la réclamation ne peut plus être déclarée tardive.',
  'objections.unlawful.noPaymentRule':
    'La loi de {country} n’exige pas le paiement de l’impôt non contesté avant de réclamer.',
  'objections.unlawful.listItems': 'Indiquez les chefs admis (aucun, pour rejeter la réclamation).',
  'objections.unlawful.strayItems':
    'Seuls les chefs contestés ({disputed}) peuvent être admis ; {count, plural, one {le chef {stray} n’est pas contesté} other {les chefs {stray} ne sont pas contestés}}.',

  'objections.problem.reviewer': 'Choisissez l’agent instructeur.',
  'objections.problem.holdAmount': 'Saisissez le montant à mettre en sursis (supérieur à zéro).',
  'objections.problem.ground':
    'Choisissez le motif d’irrecevabilité : il figure dans la notification écrite au contribuable.',
  'objections.problem.noticeBeforeLate':
    'Vérifiez l’avis d’imposition avant de déclarer la réclamation tardive.',
  'objections.problem.accountBeforeUnpaid':
    'Consultez le compte du contribuable avant de déclarer l’impôt non contesté impayé.',

  'objections.ref.hold':
    'Part contestée au dossier : {disputed} (impôt des chefs contestés). Solde du compte : {balance}.',
  'objections.ref.items': 'Chefs contestés : {count, plural, =0 {aucun} other {{items}}}.',

  'objections.panel.taxpayer': 'Contribuable',
  'objections.panel.tin': 'NIF',
  'objections.panel.taxPeriod': '{taxType} {period}',
  'objections.panel.item': 'Chef',
  'objections.panel.adjustment': 'Redressement',
  'objections.panel.additionalTax': 'Droits supplémentaires',
  'objections.panel.owedInAll': 'Dû sur l’ensemble du compte',
  'objections.panel.case.title': 'Dossier de réclamation',
  'objections.panel.case.case': 'Dossier',
  'objections.panel.case.assessment': 'Imposition',
  'objections.panel.case.assessmentValue': '{notice} : {taxType} {period}',
  'objections.panel.case.assessed': 'Droits supplémentaires mis en recouvrement',
  'objections.panel.case.disputed': 'Contesté (selon la lettre)',
  'objections.panel.case.accepted': 'Accepté par le contribuable',
  'objections.panel.case.received': 'Réclamation reçue le',
  'objections.panel.case.decideBy': 'À statuer avant le',
  'objections.panel.case.madeBy': 'Imposition établie par',
  'objections.panel.letter.title': 'Lettre de réclamation',
  'objections.panel.letter.from': 'Expéditeur',
  'objections.panel.letter.reference': 'Référence',
  'objections.panel.letter.dated': 'Datée du',
  'objections.panel.letter.received': 'Reçue par le service le',
  'objections.panel.letter.opening':
    'Nous formons réclamation contre l’avis d’imposition {notice} ({taxType} {period}). Nous contestons {disputed}.',
  'objections.panel.letter.openingAccept':
    'Nous formons réclamation contre l’avis d’imposition {notice} ({taxType} {period}). Nous contestons {disputed} et acceptons {accepted}.',
  'objections.panel.letter.ground': '{item} ({description}) : {ground}',
  'objections.panel.letter.noGrounds':
    'Nous ne sommes pas d’accord avec {count, plural, one {ce chef} other {ces chefs}} et vous demandons {count, plural, one {de l’abandonner} other {de les abandonner}}.',
  'objections.panel.letter.attachments': 'Pièces jointes',
  'objections.panel.letter.attachment': 'Pièce jointe',
  'objections.panel.letter.attachmentValue': '{item} : {document}',
  'objections.panel.letter.nothingAttached': 'Aucune pièce jointe.',
  'objections.panel.officers.title': 'Agents',
  'objections.panel.officers.officer': 'Agent',
  'objections.panel.officers.name': 'Nom',
  'objections.panel.officers.unit': 'Service',
  'objections.panel.officers.post': 'Fonction',
  'objections.panel.notice.title': 'Avis d’imposition',
  'objections.panel.notice.notice': 'Avis',
  'objections.panel.notice.taxPeriod': 'Impôt et période',
  'objections.panel.notice.issued': 'Émis le',
  'objections.panel.notice.mailed': 'Envoyé en recommandé le',
  'objections.panel.notice.adjustments': 'Redressements',
  'objections.panel.notice.lawTitle': 'Ce que dit la loi',
  'objections.panel.notice.law':
    'En {country}, un avis envoyé par la poste est réputé reçu {deemed, plural, one {# jour} other {# jours}} après son envoi. Une réclamation doit parvenir au service dans les {days, plural, one {# jour} other {# jours}} suivant la réception de l’avis. {extension}',
  'objections.panel.notice.extension':
    'Une réclamation tardive peut être admise jusqu’à {days, plural, one {# jour} other {# jours}} après ce délai si le contribuable justifie le retard.',
  'objections.panel.notice.noExtension': 'Ce délai ne peut pas être prorogé.',
  'objections.panel.account.title': 'Compte du contribuable',
  'objections.panel.account.date': 'Date',
  'objections.panel.account.entry': 'Écriture',
  'objections.panel.account.reference': 'Référence',
  'objections.panel.account.debit': 'Débit',
  'objections.panel.account.credit': 'Crédit',
  'objections.panel.account.note': 'Observation',
  'objections.panel.account.balance': 'Solde {taxType} {period}',
  'objections.panel.account.others': 'Autres périodes présentant un solde',
  'objections.panel.account.tax': 'Impôt',
  'objections.panel.account.period': 'Période',
  'objections.panel.account.balanceColumn': 'Solde',
  'objections.panel.account.oldestDue': 'Plus ancienne échéance',
  'objections.panel.account.noOthers': 'Aucune autre période ne présente de solde.',
  'objections.panel.auditFile.title': 'Dossier de contrôle',
  'objections.panel.auditFile.auditor': 'Vérificateur',
  'objections.panel.auditFile.auditorValue': '{id} {name}',
  'objections.panel.auditFile.closed': 'Contrôle clos le',
  'objections.panel.auditFile.base': 'Base imposable',
  'objections.panel.auditFile.tax': 'Impôt',
  'objections.panel.auditFile.basis': 'Fondement retenu par le vérificateur',
  'objections.panel.auditFile.workingPaper': 'Document de travail',
  'objections.panel.evidence.title': 'Nouvelles pièces',
  'objections.panel.evidence.heading':
    'Pièces produites avec la réclamation, et résultat de leur rapprochement avec les fichiers',
  'objections.panel.evidence.submitted': 'Produit',
  'objections.panel.evidence.check': 'Rapprochement avec les fichiers',
  'objections.panel.evidence.nothing': 'Rien de produit',
  'objections.panel.evidence.nothingToCheck': 'Rien à vérifier.',

  'objections.verdict.noCaseFile': 'Aucun dossier pour cette réclamation.',
  'objections.verdict.noReason': 'sans motif',
  'objections.verdict.inadmissible.late':
    'Déclarée irrecevable pour tardiveté, par écrit : même à compter de la réception réputée, la réclamation était hors délai, et la loi ne permet aucune prorogation.',
  'objections.verdict.inadmissible.no-grounds':
    'Déclarée irrecevable faute de motifs, par écrit : le contribuable apprend ce qu’une réclamation valable doit exposer.',
  'objections.verdict.inadmissible.undisputed-unpaid':
    'Déclarée irrecevable tant que l’impôt non contesté n’est pas payé, par écrit : le contribuable peut payer et réclamer en bonne forme.',
  'objections.verdict.wrongGround':
    'L’irrecevabilité est fondée, mais la notification donne un mauvais motif ({stated}) ; le vice est : {barred}. Une notification au motif infondé ne résistera pas à un recours.',
  'objections.verdict.deemedInTime':
    'Comptée à partir de la date d’envoi, elle semble tardive, mais l’avis est réputé reçu {days, plural, one {# jour} other {# jours}} après l’envoi et la réclamation était dans les délais. Le contribuable a perdu un examen que la loi lui garantit.',
  'objections.verdict.wasAdmissible':
    'Cette réclamation était recevable (dans les délais, motivée{paid, select, yes {, impôt non contesté payé} other {}}) ; la déclarer irrecevable ({stated}) a privé le contribuable d’un examen que la loi lui garantit.',
  'objections.verdict.notDecided':
    'Il n’a pas été statué sur la réclamation dans les {days, plural, one {# jour} other {# jours}} suivant sa réception : elle est réputée {outcome, select, allowed {admise} other {rejetée}} de plein droit (TADAT P7-20).',
  'objections.verdict.barredAllowed':
    'La réclamation n’était pas recevable ({ground}) ; admettre {items} sur le fond a abandonné un impôt que le contribuable ne pouvait plus contester.',
  'objections.verdict.barredReviewed':
    'L’impôt est maintenu, mais la réclamation n’était pas recevable ({ground}) : il fallait la déclarer irrecevable par notification écrite, et non l’examiner au fond.',
  'objections.verdict.extra': 'a admis {items}, que les nouvelles pièces ne justifient pas (impôt abandonné)',
  'objections.verdict.missing':
    'a rejeté {items}, que les pièces vérifiées établissent (une demande fondée refusée)',
  'objections.verdict.itemByItem': 'Statuez chef par chef : cette décision {parts}.',
  'objections.verdict.decided.allowed': 'Admise chef par chef : le dégrèvement porte uniquement sur {items}.',
  'objections.verdict.decided.partial':
    'Partiellement admise chef par chef : le dégrèvement porte uniquement sur {items}.',
  'objections.verdict.decided.disallowed': 'Rejetée chef par chef.',
  'objections.verdict.holdTooMuch':
    'le sursis couvrait {held}, plus que les {disputed} contestés : l’impôt non contesté et les autres dettes doivent rester recouvrables',
  'objections.verdict.holdTooLittle':
    'le sursis a laissé {open} de l’impôt contesté exposés aux poursuites pendant l’instruction',
  'objections.verdict.reviewerInAudit':
    'l’agent instructeur {officer} appartient au service de contrôle qui a établi l’imposition ; l’instruction doit venir de l’extérieur du contrôle (TADAT P7-19-2)',
  'objections.verdict.but': '{base} Mais {weaker}.',
} satisfies Catalogue
