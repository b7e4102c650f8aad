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
    'Admettez les chefs contestés que les pièces justifient ; les autres sont rejetés. Si aucun chef n’est admis, la réclamation est rejetée.',

  'objections.field.holdAmount': 'Montant en sursis',
  'objections.field.holdAmount.help':
    'Le recouvrement de ce montant est suspendu jusqu’à la décision sur la réclamation.',
  'objections.field.officer': 'Agent instructeur',
  'objections.field.ground': 'Motif indiqué dans la notification',
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

  'objections.state.received': 'Réclamation reçue — examen de la recevabilité',
  'objections.state.admissible': 'Recevable — en attente d’un agent instructeur indépendant',
  'objections.state.underReview': 'En instruction indépendante',
  'objections.state.inadmissible': 'Irrecevable — contribuable notifié par écrit',
  'objections.state.allowed': 'Admise — dégrèvement comptabilisé',
  'objections.state.partiallyAllowed': 'Partiellement admise — dégrèvement comptabilisé',
  'objections.state.disallowed': 'Rejetée — décision notifiée',
  'objections.state.deemedDecision': 'Décision implicite — le délai de décision est expiré',

  'objections.blocker.unknownStep': '« {type} » n’est pas une étape d’une réclamation.',
  'objections.blocker.noticeDone': 'L’avis d’imposition a déjà été vérifié.',
  'objections.blocker.accountDone': 'Le compte du contribuable a déjà été consulté.',
  'objections.blocker.auditFileDone': 'Le dossier de contrôle a déjà été examiné.',
  'objections.blocker.evidenceDone': 'Les nouvelles pièces ont déjà été examinées.',
  'objections.blocker.decided': 'Il a déjà été statué sur la réclamation.',
  'objections.blocker.overdue':
    'Le délai de décision a expiré le {on} : la réclamation est réputée {outcome, select, allowed {admise} other {rejetée}}.',
  'objections.blocker.admissibilityDecided': 'La recevabilité a déjà été tranchée.',
  'objections.blocker.extensionGranted': 'Une prorogation a déjà été accordée.',
  'objections.blocker.noExtensionInLaw':
    'La loi ne prévoit aucune prorogation : une réclamation tardive ne peut être admise.',
  'objections.blocker.noticeFirstExtension':
    'Vérifiez d’abord l’avis d’imposition : une prorogation ne vaut que pour une réclamation déposée hors délai.',
  'objections.blocker.noLateReason':
    'La lettre ne donne aucun motif de retard ; une prorogation en exige un.',
  'objections.blocker.beyondExtension':
    'La réclamation est arrivée après le {limit}, au-delà des {days, plural, one {# jour} other {# jours}} qu’une prorogation peut ajouter.',
  'objections.blocker.noticeFirstAdmit':
    'Vérifiez d’abord l’avis d’imposition : le délai court à compter de sa réception réputée.',
  'objections.blocker.accountFirstAdmit':
    'Consultez d’abord le compte du contribuable : l’impôt non contesté doit être payé pour que la réclamation soit recevable.',
  'objections.blocker.admitted':
    'La recevabilité a déjà été tranchée : la réclamation a été déclarée recevable.',
  'objections.blocker.noHoldInLaw':
    'Selon la loi, une réclamation ne suspend pas le recouvrement : il n’y a pas de sursis à enregistrer.',
  'objections.blocker.holdDone': 'Un sursis de recouvrement a déjà été enregistré.',
  'objections.blocker.admitFirstHold':
    'Déclarez d’abord la réclamation recevable : seule une réclamation recevable suspend le recouvrement.',
  'objections.blocker.reviewerDone': 'Un agent instructeur a déjà été désigné.',
  'objections.blocker.admitFirstReview':
    'Déclarez d’abord la réclamation recevable : une réclamation irrecevable n’est pas instruite.',
  'objections.blocker.admissibilityFirst': 'Statuez d’abord sur la recevabilité.',
  'objections.blocker.reviewerFirst': 'Désignez d’abord un agent instructeur indépendant du contrôle.',
  'objections.blocker.holdFirst': 'Enregistrez d’abord le sursis de recouvrement sur le montant contesté.',
  'objections.blocker.auditFileFirst':
    'Examinez d’abord le dossier de contrôle : la décision se prend chef par chef.',
  'objections.blocker.evidenceFirst': 'Examinez d’abord les nouvelles pièces.',

  'objections.unlawful.ownAssessment':
    '{officer} {name} a établi ce redressement. L’instruction doit être indépendante du contrôle (séparation des fonctions, TADAT P7-19-2) : désignez un autre agent.',
  'objections.unlawful.holdTooLarge':
    'Le contribuable doit {balance} au total ; un sursis ne peut pas être supérieur.',
  'objections.unlawful.unknownGround': '« {ground} » n’est pas un motif d’irrecevabilité.',
  'objections.unlawful.lateAfterExtension':
    'Une prorogation a été accordée : la réclamation ne peut plus être déclarée tardive.',
  'objections.unlawful.noPaymentRule':
    'La loi n’exige pas le paiement de l’impôt non contesté avant de réclamer.',
  'objections.unlawful.listItems': 'Indiquez les chefs admis (aucun, pour rejeter la réclamation).',
  'objections.unlawful.strayItems':
    'Seuls les chefs contestés ({disputed}) peuvent être admis ; {count, plural, one {le chef {stray} n’est pas contesté} other {les chefs {stray} ne sont pas contestés}}.',

  'objections.problem.reviewer': 'Choisissez l’agent instructeur.',
  'objections.problem.holdAmount': 'Saisissez le montant à mettre en sursis (supérieur à zéro).',
  'objections.problem.ground':
    'Choisissez le motif d’irrecevabilité : il figure dans la notification écrite au contribuable.',
  'objections.problem.noticeBeforeLate':
    'Vérifiez l’avis d’imposition avant de déclarer la réclamation tardive.',
  'objections.problem.accountBeforeUnpaid':
    'Consultez le compte du contribuable avant de déclarer l’impôt non contesté impayé.',

  'objections.ref.hold':
    'Part contestée au dossier : {disputed} (impôt des chefs contestés). Solde du compte : {balance}.',
  'objections.ref.items': 'Chefs contestés : {count, plural, =0 {aucun} other {{items}}}.',

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
  'objections.panel.case.assessmentValue': '{notice} : {taxType} {period}',
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
  'objections.panel.letter.ground': '{item} ({description}) : {ground}',
  'objections.panel.letter.noGrounds':
    'Nous ne sommes pas d’accord avec {count, plural, one {ce chef} other {ces chefs}} et vous demandons {count, plural, one {de l’abandonner} other {de les abandonner}}.',
  'objections.panel.letter.attachments': 'Pièces jointes',
  'objections.panel.letter.attachment': 'Pièce jointe',
  'objections.panel.letter.attachmentValue': '{item} : {document}',
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
    'Un avis envoyé par la poste est réputé reçu {deemed, plural, one {# jour} other {# jours}} après son envoi. Une réclamation doit parvenir au service dans les {days, plural, one {# jour} other {# jours}} suivant la réception de l’avis. {extension}',
  'objections.panel.notice.extension':
    'Une réclamation tardive peut être admise jusqu’à {days, plural, one {# jour} other {# jours}} après ce délai si le contribuable justifie le retard.',
  'objections.panel.notice.noExtension': 'Ce délai ne peut pas être prorogé.',
  'objections.panel.account.title': 'Compte du contribuable',
  'objections.panel.account.date': 'Date',
  'objections.panel.account.entry': 'Écriture',
  'objections.panel.account.reference': 'Référence',
  'objections.panel.account.returnRef': 'Déclaration ({taxType}, {period})',
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
    'Déclarée irrecevable pour tardiveté, par écrit : même à compter de la réception réputée, la réclamation était hors délai, et la loi ne permet aucune prorogation.',
  'objections.verdict.inadmissible.no-grounds':
    'Déclarée irrecevable faute de motifs, par écrit : le contribuable apprend ce qu’une réclamation valable doit exposer.',
  'objections.verdict.inadmissible.undisputed-unpaid':
    'Déclarée irrecevable tant que l’impôt non contesté n’est pas payé, par écrit : le contribuable peut payer et réclamer en bonne forme.',
  'objections.verdict.wrongGround':
    'L’irrecevabilité est fondée, mais la notification donne un mauvais motif ({stated}) ; le vice est : {barred}. Une notification au motif infondé ne résistera pas à un recours.',
  'objections.verdict.deemedInTime':
    'Comptée à partir de la date d’envoi, elle semble tardive, mais l’avis est réputé reçu {days, plural, one {# jour} other {# jours}} après l’envoi et la réclamation était dans les délais. Le contribuable a perdu un examen que la loi lui garantit.',
  'objections.verdict.wasAdmissible':
    'Cette réclamation était recevable (dans les délais, motivée{paid, select, yes {, impôt non contesté payé} other {}}) ; la déclarer irrecevable ({stated}) a privé le contribuable d’un examen que la loi lui garantit.',
  'objections.verdict.notDecided':
    'Il n’a pas été statué sur la réclamation dans les {days, plural, one {# jour} other {# jours}} suivant sa réception : elle est réputée {outcome, select, allowed {admise} other {rejetée}} de plein droit (TADAT P7-20).',
  'objections.verdict.barredAllowed':
    'La réclamation n’était pas recevable ({ground}) ; admettre {items} sur le fond a abandonné un impôt que le contribuable ne pouvait plus contester.',
  'objections.verdict.barredReviewed':
    'L’impôt est maintenu, mais la réclamation n’était pas recevable ({ground}) : il fallait la déclarer irrecevable par notification écrite, et non l’examiner au fond.',
  'objections.verdict.extra': 'a admis {items}, que les nouvelles pièces ne justifient pas (impôt abandonné)',
  'objections.verdict.missing':
    'a rejeté {items}, que les pièces vérifiées établissent (une demande fondée refusée)',
  'objections.verdict.itemByItem': 'Statuez chef par chef : cette décision {parts}.',
  'objections.verdict.decided.allowed': 'Admise chef par chef : le dégrèvement porte uniquement sur {items}.',
  'objections.verdict.decided.partial':
    'Partiellement admise chef par chef : le dégrèvement porte uniquement sur {items}.',
  'objections.verdict.decided.disallowed': 'Rejetée chef par chef.',
  'objections.verdict.holdTooMuch':
    'le sursis couvrait {held}, plus que les {disputed} contestés : l’impôt non contesté et les autres dettes doivent rester recouvrables',
  'objections.verdict.holdTooLittle':
    'le sursis a laissé {open} de l’impôt contesté exposés aux poursuites pendant l’instruction',
  'objections.verdict.reviewerInAudit':
    'l’agent instructeur {officer} appartient au service de contrôle qui a établi l’imposition ; l’instruction doit venir de l’extérieur du contrôle (TADAT P7-19-2)',
  'objections.verdict.but': '{base} Mais {weaker}.',

  'objections.truth.dates':
    'Avis posté le {mailed}, réputé reçu le {deemed} ({deemedDays, plural, one {# jour} other {# jours}} plus tard) ; le délai de {windowDays} jours a expiré le {windowEnd} ; la réclamation est arrivée le {received}',
  'objections.truth.expected.inadmissible':
    'Déclarer la réclamation irrecevable ({ground}) et en informer le contribuable par écrit',
  'objections.truth.expected.admit':
    'Déclarer la réclamation recevable, désigner un agent instructeur extérieur au contrôle, et {outcome, select, allowed {l’accueillir entièrement : accueillir {supported}} disallowed {la rejeter : rejeter {refused}} other {l’accueillir partiellement : accueillir {supported}, rejeter {refused}}}',
  'objections.truth.expected.admitHold':
    'Déclarer la réclamation recevable, surseoir au recouvrement de {hold} (l’impôt contesté seulement), désigner un agent instructeur extérieur au contrôle, et {outcome, select, allowed {l’accueillir entièrement : accueillir {supported}} disallowed {la rejeter : rejeter {refused}} other {l’accueillir partiellement : accueillir {supported}, rejeter {refused}}}',
  'objections.truth.flag.late':
    'Reçue {days, plural, one {# jour} other {# jours}} après le dernier jour du délai de réclamation, même en comptant à partir de la réception réputée',
  'objections.truth.flag.noExtension': 'La loi ne permet aucune prorogation du délai de réclamation',
  'objections.truth.flag.beyondExtension': 'Au-delà de toute prorogation permise par la loi',
  'objections.truth.flag.noLateReason': 'Aucun motif du retard n’est donné',
  'objections.truth.flag.noGrounds': 'La lettre conteste des chefs sans exposer de moyens ni de motifs',
  'objections.truth.flag.noEvidence': 'Aucune pièce nouvelle n’est jointe',
  'objections.truth.flag.undisputedUnpaid':
    'Les chefs acceptés s’élèvent à {accepted} ; seuls {paid} ont été payés sur l’avis d’imposition',
  'objections.truth.flag.looksLate':
    'Déposée {days, plural, one {# jour} other {# jours}} après l’envoi de l’avis (paraît tardive)',
  'objections.truth.flag.partlyConfirmed':
    'Les pièces nouvelles sont confirmées pour {supported} et non pour {refused}',
  'objections.truth.clearing.deemedReceipt':
    'La règle de la réception réputée ajoute {days, plural, one {# jour} other {# jours}} à la date d’envoi : dans le délai',
  'objections.truth.explanation.late':
    '{dates} : trop tard. Le délai s’applique strictement ; le fond n’est pas examiné. Une notification écrite en donne le motif au contribuable.',
  'objections.truth.explanation.noGrounds':
    'Une réclamation doit exposer des moyens précis. Cette lettre dit seulement que le contribuable n’est pas d’accord. Déclarez-la irrecevable et indiquez par écrit au contribuable ce que doit contenir une réclamation valable.',
  'objections.truth.explanation.undisputedUnpaid':
    'La loi ne rend une réclamation recevable qu’une fois l’impôt non contesté payé. {unpaid} sur les {accepted} acceptés restent impayés : irrecevable tant que ce montant n’est pas payé, et le contribuable doit en être informé par écrit.',
  'objections.truth.explanation.inTime':
    '{dates} : dans le délai. Les moyens sont exposés. Sur le fond, {merits}.',
  'objections.truth.explanation.inTimePaid':
    '{dates} : dans le délai. Les moyens sont exposés et les {accepted} acceptés sont payés. Sur le fond, {merits}.',
  'objections.truth.merits':
    '{outcome, select, allowed {les vérifications confirment les pièces nouvelles pour chaque chef contesté ({supported}) : les accueillir tous, et le dégrèvement les annule} disallowed {les vérifications ne confirment aucune des pièces nouvelles ({refused}) : rejeter, avec motivation, et l’imposition est maintenue} other {les vérifications confirment les pièces nouvelles pour {supported} mais non pour {refused} : accueillir ce qu’elles confirment, rejeter le reste, et le dégrèvement ne porte que sur ce qui est accueilli}}',

  'objections.story.title': '{name} : avis d’imposition ({taxType}, {period})',
  'objections.story.post.seniorAuditor': 'Vérificateur principal',
  'objections.story.post.auditor': 'Vérificateur',
  'objections.story.post.headOfObjections': 'Chef du service du contentieux',
  'objections.story.post.reviewOfficer': 'Agent instructeur',
  'objections.story.lateReason.leave':
    'Nous vous prions d’excuser ce retard : notre directeur financier était en congé à l’arrivée de l’avis.',
  'objections.story.lateReason.mislaid':
    'L’avis a été égaré dans nos bureaux lors du déménagement dans nos nouveaux locaux.',
  'objections.story.lateReason.adviser':
    'Notre conseiller fiscal a eu besoin de plus de temps pour préparer cette lettre.',
  'objections.story.ledger.audit': 'Contrôle — {item}',
  'objections.story.ledger.payment': 'Paiement sur {notice}',
  'objections.story.ledger.allowed': 'Réclamation accueillie : {item}',
  'objections.story.item.repairs.description': 'Charges de réparation et d’entretien réintégrées',
  'objections.story.item.repairs.basis':
    'Aucune facture fournisseur n’a été produite lors du contrôle pour les réparations déduites ; la charge a été réintégrée en totalité.',
  'objections.story.item.repairs.ground':
    'Les réparations ont été effectuées et payées ; les factures des fournisseurs sont désormais jointes.',
  'objections.story.item.repairs.support.document':
    'Quatorze factures de fournisseurs portant leur NIF, avec les virements bancaires qui les ont réglées',
  'objections.story.item.repairs.support.finding':
    'Confirmé : les factures figurent dans les données de facturation électronique des fournisseurs et concordent en date et en montant avec les virements.',
  'objections.story.item.repairs.noSupport.document':
    'Un état des frais de réparation établi par le comptable de la société',
  'objections.story.item.repairs.noSupport.finding':
    'Non confirmé : aucune facture n’est jointe et l’état ne peut être rattaché à aucun fournisseur ni à aucun paiement.',
  'objections.story.item.deposits.description':
    'Ventes non déclarées : dépôts bancaires supérieurs au chiffre d’affaires déclaré',
  'objections.story.item.deposits.basis':
    'Les dépôts sur le compte bancaire de la société dépassent ses ventes déclarées ; la différence a été ajoutée au bénéfice imposable.',
  'objections.story.item.deposits.ground':
    'Une partie des dépôts provient du décaissement d’un prêt bancaire, non de ventes.',
  'objections.story.item.deposits.support.document':
    'Le contrat de prêt et l’avis de crédit de la banque pour le décaissement',
  'objections.story.item.deposits.support.finding':
    'Confirmé : la banque confirme le prêt ; la date et le montant du décaissement correspondent aux dépôts réintégrés lors du contrôle.',
  'objections.story.item.deposits.noSupport.document':
    'Une lettre d’un dirigeant affirmant que les dépôts étaient des « fonds personnels prêtés à la société »',
  'objections.story.item.deposits.noSupport.finding':
    'Non confirmé : il n’y a ni contrat de prêt, ni trace bancaire de l’origine des fonds, ni écriture dans la comptabilité de la société.',
  'objections.story.item.managementFees.description': 'Frais de gestion versés à une société liée réintégrés',
  'objections.story.item.managementFees.basis':
    'Des frais ont été versés à une société liée à l’étranger sans preuve qu’un service ait été rendu.',
  'objections.story.item.managementFees.ground':
    'Les frais rémunèrent des services réels rendus par le siège du groupe.',
  'objections.story.item.managementFees.support.document':
    'La convention de services, les rapports mensuels de services et l’étude de prix de transfert',
  'objections.story.item.managementFees.support.finding':
    'Confirmé : la convention est antérieure à l’exercice, les rapports montrent les services, et la rémunération se situe dans la fourchette de comparaison.',
  'objections.story.item.managementFees.noSupport.document': 'Une facture de la société liée',
  'objections.story.item.managementFees.noSupport.finding':
    'Non confirmé : la facture est datée d’après le début du contrôle ; il n’y a ni convention ni trace de services sur l’exercice.',
  'objections.story.item.allowances.description': 'Amortissements sur du matériel non utilisé',
  'objections.story.item.allowances.basis':
    'Des amortissements ont été déduits sur du matériel que le vérificateur a trouvé encore en caisse dans l’entrepôt.',
  'objections.story.item.allowances.ground':
    'Le matériel était installé et en service avant la clôture de l’exercice.',
  'objections.story.item.allowances.support.document':
    'Le certificat de l’installateur et le premier journal de production',
  'objections.story.item.allowances.support.finding':
    'Confirmé : le certificat et le journal montrent le matériel en fonctionnement deux mois avant la clôture.',
  'objections.story.item.allowances.noSupport.document': 'Un tableau des immobilisations révisé',
  'objections.story.item.allowances.noSupport.finding':
    'Non confirmé : le tableau reprend la déduction ; il n’y a aucun document de livraison ni d’installation.',
  'objections.story.item.badDebt.description': 'Passage en perte d’une créance réintégré',
  'objections.story.item.badDebt.basis':
    'Une créance client a été passée en perte sans preuve de son caractère irrécouvrable.',
  'objections.story.item.badDebt.ground': 'Le client a été mis en liquidation ; la créance est perdue.',
  'objections.story.item.badDebt.support.document':
    'Le jugement d’ouverture de la liquidation et la liste des créances admises par le liquidateur',
  'objections.story.item.badDebt.support.finding':
    'Confirmé : le registre des sociétés montre le client en liquidation depuis avant la clôture, et la créance figure sur la liste.',
  'objections.story.item.badDebt.noSupport.document': 'La balance âgée des créances clients',
  'objections.story.item.badDebt.noSupport.finding':
    'Non confirmé : le client est actif au registre des sociétés et poursuit son activité ; aucune action de recouvrement n’est documentée.',
  'objections.story.item.entertainment.description': 'Frais de réception comptabilisés en publicité',
  'objections.story.item.entertainment.basis':
    'Des frais de réception ont été comptabilisés en publicité ; les frais de réception ne sont pas déductibles.',
  'objections.story.item.entertainment.ground':
    'Les frais concernaient un stand dans un salon professionnel, ce qui relève de la publicité.',
  'objections.story.item.entertainment.support.document':
    'Le contrat du salon, la facture du stand et des photographies du stand aux couleurs de la société',
  'objections.story.item.entertainment.support.finding':
    'Confirmé : l’organisateur confirme la réservation ; la facture porte sur la surface d’exposition et la construction du stand.',
  'objections.story.item.entertainment.noSupport.document':
    'Des reçus de restaurant annotés « promotion clientèle »',
  'objections.story.item.entertainment.noSupport.finding':
    'Non confirmé : les reçus portent sur des repas et des boissons, qui sont des frais de réception quel que soit le compte utilisé.',
  'objections.story.item.inputInvoices.description':
    'TVA déductible rejetée : factures d’achat non produites',
  'objections.story.item.inputInvoices.basis':
    'De la TVA a été déduite sur des achats pour lesquels aucune facture n’a été produite lors du contrôle.',
  'objections.story.item.inputInvoices.ground': 'Les factures existent et sont désormais jointes.',
  'objections.story.item.inputInvoices.support.document': 'Les factures originales du fournisseur',
  'objections.story.item.inputInvoices.support.finding':
    'Confirmé : le système de facturation électronique contient les mêmes factures, émises à ce contribuable, et le fournisseur a déclaré la TVA collectée.',
  'objections.story.item.inputInvoices.noSupport.document':
    'Des photocopies de factures sans le NIF du fournisseur',
  'objections.story.item.inputInvoices.noSupport.finding':
    'Non confirmé : aucun NIF de fournisseur sur les factures et aucune trace correspondante dans le système de facturation électronique.',
  'objections.story.item.exports.description': 'Exportations exonérées sans justificatif douanier',
  'objections.story.item.exports.basis':
    'Des ventes ont été exonérées comme exportations sans qu’aucune déclaration d’exportation ne soit trouvée ; le taux normal a été appliqué.',
  'objections.story.item.exports.ground':
    'Les marchandises ont été exportées ; les déclarations d’exportation sont jointes.',
  'objections.story.item.exports.support.document': 'Déclarations d’exportation en douane et connaissements',
  'objections.story.item.exports.support.finding':
    'Confirmé : la douane détient les déclarations, les marchandises ont quitté le port dans la période et les valeurs concordent avec les factures.',
  'objections.story.item.exports.noSupport.document':
    'Des factures commerciales adressées à un acheteur étranger',
  'objections.story.item.exports.noSupport.finding':
    'Non confirmé : la douane n’a aucune déclaration d’exportation pour ces expéditions.',
  'objections.story.item.eInvoiceSales.description':
    'TVA collectée sur des ventes relevées dans les factures électroniques',
  'objections.story.item.eInvoiceSales.basis':
    'Les factures électroniques émises par le contribuable dépassent les ventes déclarées ; la TVA a été rappelée sur la différence.',
  'objections.story.item.eInvoiceSales.ground': 'Certaines factures ont été annulées et remplacées.',
  'objections.story.item.eInvoiceSales.support.document': 'Les avoirs annulant les factures',
  'objections.story.item.eInvoiceSales.support.finding':
    'Confirmé : les avoirs sont enregistrés dans le système de facturation électronique, dans la période, sur les factures d’origine.',
  'objections.story.item.eInvoiceSales.noSupport.document':
    'Une lettre affirmant que les factures ont été émises par erreur',
  'objections.story.item.eInvoiceSales.noSupport.finding':
    'Non confirmé : aucun avoir n’est enregistré, et les acheteurs ont déduit la TVA de ces factures.',
  'objections.story.item.privateUse.description': 'TVA déductible sur des biens à usage privé',
  'objections.story.item.privateUse.basis':
    'De la TVA a été déduite sur un véhicule et des biens ménagers utilisés à titre privé par le dirigeant.',
  'objections.story.item.privateUse.ground':
    'Le véhicule est une camionnette de livraison utilisée uniquement pour l’activité.',
  'objections.story.item.privateUse.support.document':
    'La carte grise du véhicule et le registre des livraisons',
  'objections.story.item.privateUse.support.finding':
    'Confirmé : immatriculée comme camionnette utilitaire au nom de la société ; le registre concorde avec les bons de livraison.',
  'objections.story.item.privateUse.noSupport.document':
    'Une déclaration selon laquelle la voiture est « principalement utilisée pour l’activité »',
  'objections.story.item.privateUse.noSupport.finding':
    'Non confirmé : le véhicule est une berline particulière immatriculée au nom personnel du dirigeant.',
  'objections.story.item.claimLimit.description': 'TVA déduite hors délai',
  'objections.story.item.claimLimit.basis':
    'De la TVA a été déduite sur des factures plus anciennes que le délai de déduction.',
  'objections.story.item.claimLimit.ground':
    'Le fournisseur a envoyé les factures en retard ; elles ont été déduites dans la première déclaration suivant leur réception.',
  'objections.story.item.claimLimit.support.document':
    'Le registre d’expédition du fournisseur et le reçu du coursier',
  'objections.story.item.claimLimit.support.finding':
    'Confirmé : le coursier a livré les factures dans la période de déduction ; la déduction est dans le délai.',
  'objections.story.item.claimLimit.noSupport.document':
    'Aucune pièce nouvelle ; la lettre reprend la position soutenue lors du contrôle',
  'objections.story.item.claimLimit.noSupport.finding': 'Rien de nouveau à vérifier.',
  'objections.story.item.apportionment.description':
    'TVA déductible non proratisée pour les opérations exonérées',
  'objections.story.item.apportionment.basis':
    'Le contribuable réalise aussi des opérations exonérées mais a déduit toute sa TVA ; elle a été proratisée selon le chiffre d’affaires.',
  'objections.story.item.apportionment.ground':
    'Les achats se rapportent uniquement à des opérations imposables.',
  'objections.story.item.apportionment.support.document':
    'La comptabilité analytique et les bons de commande de la ligne de produits imposable',
  'objections.story.item.apportionment.support.finding':
    'Confirmé : les bons de commande et la comptabilité analytique rattachent chaque facture à la ligne imposable.',
  'objections.story.item.apportionment.noSupport.document': 'Une déclaration générale du directeur financier',
  'objections.story.item.apportionment.noSupport.finding':
    'Non confirmé : aucun document ne rattache les achats à des opérations imposables.',
} satisfies Catalogue
