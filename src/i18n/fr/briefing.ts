import type { Catalogue } from '../languages'

export default {
  'app.workspace.practice': 'Entraînement',
  'app.glossary.open': 'Définition du terme « {term} »',
  'app.report.assessmentTitle': 'Évaluation',
  'app.crumbs.scenarios': 'Scénarios',
  'app.crumbs.results': 'Résultats',
  'app.crumbs.briefing': 'Présentation',
  'app.briefing.gradeCorrect': '✓ Correct : la meilleure décision',
  'app.briefing.gradeAcceptable': '≈ Acceptable : bonne orientation, détails inexacts',
  'app.briefing.gradeWrong': '✗ Erroné',
  'app.briefing.gradeHarmful': '⚠ Préjudiciable : nuit aux recettes ou à un contribuable',
  'app.briefing.level': '{level} ({n, number} sur 3)',
  'app.briefing.minutes': 'environ {n, plural, one {# minute} other {# minutes}}',
  'app.briefing.best': 'Vos résultats jusqu’ici :',
  'app.briefing.unclean':
    '{n, plural, one {L’une de vos tentatives terminées ne se rejoue plus correctement sur cette version du scénario : certaines étapes enregistrées ont été refusées, sa note ne compte donc que les étapes encore valables.} other {# de vos tentatives terminées ne se rejouent plus correctement sur cette version du scénario : certaines étapes enregistrées ont été refusées, leurs notes ne comptent donc que les étapes encore valables.}}',
  'app.briefing.skip': 'Aller au choix du mode et au démarrage ↓',
  'app.briefing.task': 'Votre tâche — {title}',
  'app.briefing.situation': 'La situation — {title}',
  'app.briefing.objectives': 'Ce que vous allez pratiquer',
  'app.briefing.scored': 'Ce qui sera noté',
  'app.briefing.pointsCaption': 'Points par dossier pour chaque appréciation de la décision, par tâche',
  'app.briefing.decisionOnCase': 'Décision sur un dossier',
  'app.briefing.points': 'Points',
  'app.briefing.cases': '{n, plural, one {# dossier} other {# dossiers}}, jusqu’à {max, number} points.',
  'app.briefing.hints':
    '{n, plural, one {# indice} other {# indices}}, du général au particulier, en mode entraînement seulement. Chaque indice révélé coûte des points : {costs}.',
  'app.briefing.pass': 'Vous réussissez avec {mark, number} % du maximum.',
  'app.briefing.passWithPoints':
    'Vous réussissez avec {mark, number} % du maximum ({needed, number} points sur {total, number}).',
  'app.briefing.diligence':
    'Une bonne décision prise sans ouvrir les pièces qui la justifient compte moins ; les décisions prises après l’échéance sont enregistrées comme tardives.',
  'app.briefing.rules': 'Les règles en vigueur : {name}',
  'app.briefing.example': 'Exemple. {example}',
  'app.briefing.casesOfTask': '{title} — {cases}',
  'app.briefing.session': 'Votre session',
  'app.briefing.start': 'Commencer',
  'app.briefing.inProgress': 'Vous avez une session en cours en mode {mode}.',
  'app.briefing.outdated': 'Ce scénario a changé depuis ; il vous sera demandé comment continuer.',
  'app.briefing.continue': 'Reprendre ma session',
  'app.briefing.finished': 'Vous avez terminé ce scénario.',
  'app.briefing.seeResults': 'Voir vos résultats',
  'app.briefing.damaged':
    'La session enregistrée pour ce scénario dans ce navigateur est endommagée. Recommencer conserve une copie téléchargeable.',
  'app.briefing.chooseMode': 'Choisissez votre façon de travailler',
  'app.briefing.orRestart': 'Ou recommencez depuis le début',
  'app.briefing.practiceText':
    'Un retour après chaque décision, des indices sur demande (ils coûtent des points), et vous pouvez rouvrir un dossier tranché pour le revoir.',
  'app.briefing.assessmentText':
    'Pas d’indices. Retour uniquement à la fin. Un dossier tranché ne peut pas être rouvert : pas de retour en arrière.',
  'app.briefing.startPractice': 'Commencer en mode entraînement',
  'app.briefing.startAssessment': 'Commencer l’évaluation',
  'app.briefing.startAgain': 'Recommencer en mode {mode}',
  'app.briefing.back': 'Retour aux scénarios',
  'app.briefing.data': 'Vos données pour ce scénario',
  'app.briefing.downloadPrevious': 'Télécharger ma session précédente (JSON)',
  'app.briefing.reset': 'Réinitialiser ma progression sur ce scénario…',
  'app.briefing.restartTitle': 'Recommencer depuis le début ?',
  'app.briefing.restartText':
    'Votre session enregistrée est remplacée par une nouvelle en mode {mode}. Une copie de l’ancienne reste téléchargeable depuis cette page ; votre meilleur résultat est conservé.',
  'app.briefing.resetTitle': 'Réinitialiser votre progression sur ce scénario ?',
  'app.briefing.resetConfirm': 'Réinitialiser ce scénario',
  'app.briefing.resetText':
    'Cela supprime la session enregistrée, la copie conservée et les résultats de « {title} » dans ce navigateur.',
  'app.rules.perMonth':
    '{percent} de l’impôt impayé par mois ou fraction de mois{grace, plural, =0 {} one {, après # mois de grâce} other {, après # mois de grâce}}, dans la limite de {max} de l’impôt au total.',
  'app.rules.perMonthExample':
    'Sur {base} d’impôt, avec {months, plural, one {# mois} other {# mois}} de retard : {counted, number} × {percent} = {total}, soit {charged}. Le plafond est atteint après environ {capMonths, plural, one {# mois} other {# mois}} ({cap}).',
  'app.rules.greater':
    'Le plus élevé de {fixed} et de {percent} de l’impôt, quelle que soit la durée du retard.',
  'app.rules.greaterExample':
    'Sur {base} d’impôt : {percent} représente {part} ; la pénalité est le plus élevé de ce montant et de {fixed}, soit {charged}.',
  'app.rules.sum': '{fixed} plus {percent} de l’impôt, quelle que soit la durée du retard.',
  'app.rules.sumExample': 'Sur {base} d’impôt : {fixed} + {part} = {charged}.',
  'app.rules.flat': 'Un montant fixe de {amount}, quels que soient l’impôt et la durée du retard.',
  'app.rules.flatExample':
    'Sur {base} d’impôt, avec {months, plural, one {# mois} other {# mois}} de retard : {charged}.',
  'app.rules.compound': 'composés (les intérêts produisent eux-mêmes des intérêts)',
  'app.rules.simple': 'simples (sur l’impôt impayé seulement)',
  'app.rules.interestDaily':
    '{percent} par mois sur l’impôt impayé, calculés jour par jour ({daily} par jour) de l’échéance initiale jusqu’au paiement ; intérêts {how}. Les intérêts de retard sont une compensation, non une sanction, et ne sont pas remis.',
  'app.rules.interestDailyExample': 'Sur {base} impayés pendant 90 jours : {charged}.',
  'app.rules.interestMonthly':
    '{percent} par mois ou fraction de mois pendant lequel l’impôt reste impayé, à compter de l’échéance initiale ; intérêts {how}. Les intérêts de retard sont une compensation, non une sanction, et ne sont pas remis.',
  'app.rules.interestMonthlyExample':
    'Sur {base} impayés pendant {months, plural, one {# mois} other {# mois}} : {charged}.',
  'app.rules.money': 'Monnaie',
  'app.rules.currency': 'Devise',
  'app.rules.currencyText':
    '{code}, noté {symbol}, {decimals, plural, =0 {sans décimales} one {avec # décimale} other {avec # décimales}}. Les montants calculés sont {rounding}.',
  'app.rules.roundHalfUp':
    '{decimals, plural, =0 {arrondis à l’unité la plus proche} one {arrondis au dixième le plus proche} =2 {arrondis au centième le plus proche} other {arrondis à # décimales}}, les moitiés vers le haut',
  'app.rules.roundHalfEven':
    '{decimals, plural, =0 {arrondis à l’unité la plus proche} one {arrondis au dixième le plus proche} =2 {arrondis au centième le plus proche} other {arrondis à # décimales}}, les moitiés vers le chiffre pair',
  'app.rules.taxes': 'Impôts',
  'app.rules.rates': 'Taux',
  'app.rules.ratesText': 'TVA {vat} ; impôt sur les sociétés {cit}.',
  'app.rules.thresholds': 'Seuils',
  'app.rules.vatRegistration': 'Assujettissement à la TVA',
  'app.rules.vatRegistrationText': 'Obligatoire lorsque le chiffre d’affaires annuel prévu dépasse {amount}.',
  'app.rules.segments': 'Segments',
  'app.rules.segmentsText':
    'Grandes entreprises à partir de {large} de chiffre d’affaires annuel, moyennes à partir de {medium}, petites à partir de {small} ; en dessous, micro-entreprises.',
  'app.rules.deadlines': 'Délais',
  'app.rules.deadline.registrationDecisionDays': 'Décision d’immatriculation',
  'app.rules.deadline.registrationDecisionDays.text':
    'Le service statue sur une demande d’immatriculation dans {n, plural, one {le jour} other {les # jours}} suivant sa réception.',
  'app.rules.deadline.queryResponseDays': 'Réponse à une demande',
  'app.rules.deadline.queryResponseDays.text':
    'Le demandeur ou le contribuable dispose de {n, plural, one {# jour} other {# jours}} pour répondre à une demande.',
  'app.rules.deadline.vatFilingDay': 'Déclaration de TVA',
  'app.rules.deadline.vatFilingDay.text':
    'Les déclarations de TVA et la TVA due sont à déposer et payer le {n, number} du mois suivant la période.',
  'app.rules.deadline.objectionDays': 'Réclamation',
  'app.rules.deadline.objectionDays.text':
    'Le contribuable dispose de {n, plural, one {# jour} other {# jours}} pour contester une imposition.',
  'app.rules.deadline.objectionDecisionDays': 'Décision sur réclamation',
  'app.rules.deadline.objectionDecisionDays.text':
    'Le service statue sur une réclamation dans un délai de {n, plural, one {# jour} other {# jours}}.',
  'app.rules.deadline.refundDecisionDays': 'Décision de remboursement',
  'app.rules.deadline.refundDecisionDays.text':
    'Le service statue sur une demande de remboursement de TVA dans un délai de {n, plural, one {# jour} other {# jours}}.',
  'app.rules.deadline.demandNoticeDays': 'Mise en demeure',
  'app.rules.deadline.demandNoticeDays.text':
    'La mise en demeure laisse au contribuable {n, plural, one {# jour} other {# jours}} avant que les mesures d’exécution soient légales.',
  'app.rules.deadline.deemedReceiptDays': 'Réception réputée',
  'app.rules.deadline.deemedReceiptDays.text':
    'Un avis envoyé par la poste est réputé reçu {n, plural, one {# jour} other {# jours}} après son envoi.',
  'app.rules.penalties': 'Pénalités et intérêts de retard',
  'app.rules.lateFiling': 'Dépôt tardif',
  'app.rules.latePayment': 'Paiement tardif',
  'app.rules.interest': 'Intérêts de retard',
  'app.settings.tool.offset': 'compensation avec un crédit',
  'app.settings.tool.bank': 'avis à tiers détenteur à la banque',
  'app.settings.tool.employer': 'avis à tiers détenteur à l’employeur',
  'app.settings.tool.receivables': 'avis à tiers détenteur aux clients du débiteur',
  'app.settings.tool.seizure': 'saisie de biens',
  'app.settings.mathErrorContestDays': 'Rectification d’erreurs de calcul',
  'app.settings.mathErrorContestDays.text':
    'Le contribuable peut contester une erreur de calcul rectifiée dans {n, plural, one {# jour} other {# jours}} suivant la réception de l’avis.',
  'app.settings.demandToFileDays': 'Mise en demeure de déposer',
  'app.settings.demandToFileDays.text':
    'La mise en demeure de déposer laisse au contribuable {n, plural, one {# jour} other {# jours}} à compter de sa réception ; ce n’est qu’ensuite qu’une taxation d’office peut être établie.',
  'app.settings.estimatePeriods': 'Taxations d’office',
  'app.settings.estimatePeriods.text':
    'La taxation d’office est estimée d’après la moyenne {n, plural, one {de la dernière déclaration déposée} other {des # dernières déclarations déposées}}.',
  'app.settings.estimateTolerancePercent': 'Estimation raisonnable',
  'app.settings.estimateTolerancePercent.text':
    'Une taxation d’office est raisonnable lorsqu’elle s’écarte de moins de {percent} des estimations fondées sur les pièces.',
  'app.settings.mismatchTolerancePercent': 'Ventes déclarées par des tiers',
  'app.settings.mismatchTolerancePercent.text':
    'Les ventes facturées électroniquement peuvent dépasser les ventes déclarées de {percent} au plus avant que la déclaration soit considérée comme minorée.',
  'app.settings.allocationOrder': 'Paiements sans période',
  'app.settings.allocationOrder.text':
    '{order, select, oldest {Un paiement qui ne précise aucune période règle d’abord la dette la plus ancienne : l’impôt, puis la pénalité, puis les intérêts.} other {Un paiement qui ne précise aucune période règle d’abord toutes les pénalités et tous les intérêts (les plus anciens d’abord), puis l’impôt.}}',
  'app.settings.payeFilingDay': 'Retenues sur salaires et à la source',
  'app.settings.payeFilingDay.text': 'Les déclarations et paiements sont dus le {n, number} du mois suivant.',
  'app.settings.pitFilingMonths': 'Impôt sur le revenu des personnes physiques',
  'app.settings.pitFilingMonths.text': 'La déclaration est due fin {month} suivant l’année d’imposition.',
  'app.settings.citFilingMonths': 'Impôt sur les sociétés',
  'app.settings.citFilingMonths.text': 'La déclaration est due fin {month} suivant l’exercice.',
  'app.settings.interestCompounding': 'Mode de calcul des intérêts',
  'app.settings.interestCompounding.text':
    '{basis, select, simple {Les intérêts portent sur l’impôt impayé seulement, jamais sur des intérêts antérieurs.} other {Les intérêts sont capitalisés : les intérêts antérieurs produisent eux-mêmes des intérêts.}}',
  'app.settings.agreementPenaltyFactor': 'Pénalités sous échéancier',
  'app.settings.agreementPenaltyFactor.text':
    '{stops, select, yes {Tant que l’échéancier de paiement est respecté, la pénalité de retard s’arrête.} other {Tant que l’échéancier de paiement est respecté, {percent} de la pénalité mensuelle de retard est appliqué.}}',
  'app.settings.suspenseReturnDays': 'Paiements non identifiés',
  'app.settings.suspenseReturnDays.text':
    'Un paiement qui ne peut être rattaché reste en compte d’attente {n, plural, one {# jour} other {# jours}} au plus, puis est restitué au payeur.',
  'app.settings.waiverCauses': 'Remises de pénalités',
  'app.settings.waiverCauses.text':
    'Une pénalité peut être remise pour un motif légitime justifié : {causes}. Les intérêts de retard ne sont jamais remis.',
  'app.settings.maxInstallmentMonths': 'Échéanciers de paiement',
  'app.settings.maxInstallmentMonths.text':
    'Un échéancier comporte au plus {n, plural, one {# mensualité} other {# mensualités}}.',
  'app.settings.refuseAfterDefaults': 'Défaillances antérieures',
  'app.settings.refuseAfterDefaults.text':
    'Un contribuable ayant {n, plural, one {# échéancier non respecté} other {# échéanciers non respectés}} se voit refuser un nouvel échéancier ; en deçà, un nouvel échéancier exige une garantie.',
  'app.settings.missedInstallmentsToDefault': 'Défaillance d’un échéancier',
  'app.settings.missedInstallmentsToDefault.text':
    'Après {n, plural, one {# mensualité impayée} other {# mensualités impayées}}, l’échéancier peut être déclaré caduc.',
  'app.settings.holdDisputedAmounts': 'Dettes contestées',
  'app.settings.holdDisputedAmounts.text':
    '{hold, select, yes {Une réclamation recevable suspend le recouvrement du montant contesté ; le reste est toujours recouvré.} other {Le recouvrement se poursuit pendant l’examen d’une réclamation.}}',
  'app.settings.protectiveMeasures': 'Mesures conservatoires',
  'app.settings.protectiveMeasures.text':
    '{allowed, select, yes {Les comptes peuvent être bloqués avant la fin du délai de la mise en demeure lorsque le débiteur organise son insolvabilité.} other {Rien ne peut être bloqué avant la fin du délai de la mise en demeure.}}',
  'app.settings.enforcementLadder': 'Gradation des mesures d’exécution',
  'app.settings.enforcementLadder.text':
    'Utiliser la mesure la moins intrusive qui permet d’atteindre un montant suffisant, dans cet ordre : {tools}.',
  'app.settings.wageGarnishmentPercent': 'Saisie sur salaire',
  'app.settings.wageGarnishmentPercent.text':
    'Un employeur peut être tenu de verser jusqu’à {percent} de chaque salaire.',
  'app.settings.garnishmentMonths': 'Portée d’un avis à tiers détenteur',
  'app.settings.garnishmentMonths.text':
    'Un avis à tiers détenteur adressé à un employeur est compté comme portant sur {n, plural, one {# mois} other {# mois}} de salaire.',
  'app.settings.uneconomicDebtLimit': 'Créances non rentables',
  'app.settings.uneconomicDebtLimit.text':
    'Une créance inférieure ou égale à {amount} coûte plus à recouvrer qu’elle ne rapporte et peut être admise en non-valeur.',
  'app.settings.supervisorWriteOffLimit': 'Approbation des admissions en non-valeur',
  'app.settings.supervisorWriteOffLimit.text':
    'Le chef d’équipe approuve les admissions en non-valeur jusqu’à {amount} ; au-delà, le chef du recouvrement.',
  'app.settings.highPriorityAmount': 'Priorité haute',
  'app.settings.highPriorityAmount.text':
    'Une créance récente et recouvrable de {amount} ou plus est prioritaire.',
  'app.settings.agedDebtDays': 'Créance ancienne',
  'app.settings.agedDebtDays.text':
    'Une créance impayée depuis plus de {n, plural, one {# jour} other {# jours}} est considérée comme ancienne.',
  'app.settings.pitRatePercent': 'Impôt sur les revenus personnels rehaussés',
  'app.settings.pitRatePercent.text':
    'Les revenus qu’un contrôle ajoute à une déclaration de personne physique sont imposés à {percent} ; ceux des sociétés au taux de l’impôt sur les sociétés.',
  'app.settings.honestErrorPercent': 'Pénalité : erreur de bonne foi',
  'app.settings.honestErrorPercent.text':
    '{none, select, yes {Aucune pénalité pour une erreur de bonne foi.} other {{percent} du complément d’impôt.}}',
  'app.settings.negligencePercent': 'Pénalité : négligence',
  'app.settings.negligencePercent.text':
    '{percent} du complément d’impôt, également en cas de minoration importante.',
  'app.settings.fraudPercent': 'Pénalité : fraude',
  'app.settings.fraudPercent.text':
    '{percent} du complément d’impôt, et le dossier est transmis aux enquêtes.',
  'app.settings.substantialPercent': 'Minoration importante',
  'app.settings.substantialPercent.text':
    'Une minoration est importante lorsque le complément d’impôt dépasse {percent} de l’impôt exact.',
  'app.settings.substantialAmount': 'Importante, en montant',
  'app.settings.substantialAmount.text':
    '{none, select, yes {Pas de montant minimum : seul le pourcentage compte.} other {Il doit aussi dépasser {amount}.}}',
  'app.settings.materialityAmount': 'Seuil de sélection',
  'app.settings.materialityAmount.text':
    '{none, select, yes {Pas de seuil : seul le score de risque décide des dossiers contrôlés.} other {Un dossier dont le complément d’impôt estimé est inférieur à {amount} n’est pas contrôlé, quel que soit son score de risque.}}',
  'app.settings.replyDays': 'Réponse aux constatations',
  'app.settings.replyDays.text':
    'Le contribuable dispose de {n, plural, one {# jour} other {# jours}} pour répondre à la proposition de rectification avant l’imposition définitive.',
  'app.settings.risk.newRegistrant':
    'immatriculé moins de {n, plural, one {# mois} other {# mois}} avant la demande',
  'app.settings.risk.noHistory': 'première demande de remboursement',
  'app.settings.risk.claimGrowth':
    'demande supérieure à {factor, number} fois la moyenne des demandes antérieures',
  'app.settings.risk.largeClaim': 'demande supérieure à {amount}',
  'app.settings.risk.accountChange':
    'compte de remboursement ouvert ou modifié moins de {n, plural, one {# jour} other {# jours}} avant',
  'app.settings.risk.highRiskSector': 'activité dans : {sectors}',
  'app.settings.risk.customsMismatch':
    'exportations déclarées sans déclaration en douane correspondante (contrôle douanier toujours requis)',
  'app.settings.risk.supplierMismatch':
    'TVA déductible supérieure à ce que les fournisseurs ont déclaré (rapprochement des crédits toujours requis)',
  'app.settings.risk.factor': '{factor} ({points, plural, one {# point} other {# points}})',
  'app.settings.claimLimitDays': 'Délai de demande',
  'app.settings.claimLimitDays.text':
    'Le remboursement doit être demandé dans {n, plural, one {# jour} other {# jours}} suivant la fin de la période de TVA.',
  'app.settings.secondApprovalAbove': 'Seconde approbation',
  'app.settings.secondApprovalAbove.text':
    'Un remboursement supérieur à {amount} exige une seconde approbation avant paiement.',
  'app.settings.matchingTolerancePercent': 'Rapprochement fournisseurs',
  'app.settings.matchingTolerancePercent.text':
    'La TVA déductible est considérée comme rapprochée lorsque le fournisseur en a déclaré au moins {percent} ; sinon, seul ce que le fournisseur a déclaré est admis.',
  'app.settings.risk': 'Niveau de risque',
  'app.settings.risk.text':
    'Les points s’additionnent par facteur : {factors}. À partir de {medium, plural, one {# point} other {# points}}, une demande présente un risque moyen (vérification sur pièces) ; à partir de {high, plural, one {# point} other {# points}}, un risque élevé (vérification complète avant paiement).',
  'app.settings.requireUndisputedPaid': 'Paiement de la part non contestée',
  'app.settings.requireUndisputedPaid.text':
    '{required, select, yes {Une réclamation n’est recevable qu’une fois payé l’impôt que le contribuable ne conteste pas.} other {Aucun paiement n’est exigé pour réclamer.}}',
  'app.settings.extensionDays': 'Réclamations tardives',
  'app.settings.extensionDays.text':
    '{n, plural, =0 {Le délai est strict : une réclamation tardive ne peut être admise.} one {Une réclamation tardive motivée peut encore être admise jusqu’à # jour après la clôture du délai.} other {Une réclamation tardive motivée peut encore être admise jusqu’à # jours après la clôture du délai.}}',
  'app.settings.holdDisputed': 'Recouvrement pendant une réclamation',
  'app.settings.holdDisputed.text':
    '{hold, select, yes {Le montant contesté n’est pas recouvré tant qu’une réclamation recevable est en cours ; le reste l’est.} other {Une réclamation n’arrête pas le recouvrement.}}',
  'app.settings.deemedOutcome': 'Absence de décision dans le délai',
  'app.settings.deemedOutcome.text':
    '{outcome, select, disallowed {Une réclamation sans décision dans {n, plural, one {# jour} other {# jours}} est réputée rejetée ; le contribuable peut saisir le tribunal.} other {Une réclamation sans décision dans {n, plural, one {# jour} other {# jours}} est réputée admise : l’imposition tombe.}}',
  'app.opening.damaged': 'Votre session enregistrée n’a pas pu être lue',
  'app.opening.damagedText':
    'La session enregistrée dans ce navigateur pour « {title} » est endommagée. {message} Cela peut arriver lorsque le stockage du navigateur est modifié, tronqué ou copié depuis une autre version de l’application.',
  'app.opening.damagedKept':
    'Vous pouvez recommencer depuis le début. Les données endommagées sont conservées : vous pouvez les télécharger maintenant ou plus tard depuis la présentation, pour votre formateur.',
  'app.opening.startOver': 'Recommencer depuis le début',
  'app.opening.downloadDamaged': 'Télécharger les données endommagées',
  'app.opening.outdated': 'Ce scénario a changé depuis l’enregistrement de votre session',
  'app.opening.outdatedText':
    'Votre session enregistrée ({steps, plural, one {# étape} other {# étapes}}, mode {mode}) a été jouée sur une version antérieure de « {title} ». Votre formateur a peut-être modifié les dossiers, les règles ou la notation.',
  'app.opening.tryContinue': 'Essayer de continuer',
  'app.opening.tryContinueText':
    'vos étapes sont rejouées sur la nouvelle version ; celles qui ne s’appliquent plus sont abandonnées.',
  'app.opening.startAgain': 'Recommencer',
  'app.opening.startAgainText': 'une nouvelle session sur la nouvelle version, dans le même mode.',
  'app.opening.copyKept':
    'Dans les deux cas, une copie de votre ancienne session est conservée et peut être téléchargée.',
  'app.opening.downloadOld': 'Télécharger mon ancienne session',
  'app.opening.partial': 'Votre session enregistrée n’a pas pu être entièrement restaurée',
  'app.opening.partialText':
    '{kept, plural, one {# étape de votre session a été rejouée} other {# étapes de votre session ont été rejouées}}, mais {refused, plural, one {# étape n’a pas pu l’être} other {# étapes n’ont pas pu l’être}}. {reason}',
  'app.opening.acceptPartial': 'Continuer avec ce qui a été restauré',
  'app.opening.downloadSaved': 'Télécharger ma session enregistrée',
  'app.opening.invalid': 'Ce scénario ne peut pas être joué tel qu’il est écrit',
  'app.opening.invalidText':
    'Le fichier de « {title} » a passé les contrôles, mais son monde fictif n’a pas pu être construit. Le problème ci-dessous indique la ligne à modifier ; un formateur peut corriger le fichier et le rouvrir.',
  'app.opening.failed': 'L’exercice n’a pas pu démarrer',
  'app.opening.backToBriefing': 'Retour à la présentation',
  'app.opening.almost': 'Presque prêt : transmission du fichier à la page…',
  'app.opening.generating': 'Création des contribuables fictifs…',
  'app.opening.generatingResume': 'Restauration de votre session : création des contribuables fictifs…',
  'app.opening.replaying': 'Rejeu de vos étapes enregistrées…',
  'app.opening.openingWorklist': 'Ouverture de la liste des dossiers…',
  'app.opening.restoring': 'Restauration de votre session enregistrée…',
  'app.opening.preparing': 'Préparation de l’exercice…',
  'app.opening.preparingLabel': 'Préparation de l’exercice',
  'app.opening.records': '{done} sur {total} enregistrements ({percent, number} %)',
  'app.issues.error': '✗ Erreur',
  'app.issues.heading': 'Problèmes dans les fichiers de scénario',
  'app.issues.summary':
    '{errors, plural, one {# erreur} other {# erreurs}} et {warnings, plural, one {# avertissement} other {# avertissements}}. Un scénario comportant des erreurs est retiré du catalogue jusqu’à la correction de son fichier ; chaque message indique le fichier, la ligne et la colonne.',
  'app.issues.warning': '⚠ Avertissement',
  'app.rules.taxesText': '{taxes}.',
} satisfies Catalogue
