import type { Catalogue } from '../languages'

export default {
  'audit.cmd.checkThirdParty': 'Consulter les données des tiers',
  'audit.cmd.checkBenchmark': 'Comparer avec la référence sectorielle',
  'audit.cmd.checkHistory': 'Examiner l’historique des déclarations et des contrôles',
  'audit.cmd.checkSuppliers': 'Vérifier les fournisseurs à l’origine de la TVA déductible',
  'audit.cmd.select': 'Retenir pour contrôle et envoyer l’avis de vérification',
  'audit.cmd.select.help':
    'Contrôle sur pièces quand les documents suffisent ; contrôle sur place quand il faut voir les marchandises, les locaux ou la comptabilité complète.',
  'audit.cmd.requestRecords': 'Demander et examiner les pièces comptables',
  'audit.cmd.inspectPremises': 'Visiter les locaux (contrôle sur place)',
  'audit.cmd.draftFindings': 'Rédiger les constatations',
  'audit.cmd.draftFindings.help':
    'Le redressement porte sur les revenus ou ventes minorés, ou sur la TVA déductible rejetée : uniquement ce que les preuves établissent. Impôt, pénalité et intérêts de retard découlent des taux applicables.',
  'audit.cmd.sendFindings': 'Notifier la proposition de rectification',
  'audit.cmd.reviewReply': 'Examiner la réponse du contribuable',
  'audit.cmd.notSelect': 'Ne pas retenir (motiver la décision)',
  'audit.cmd.closeNoChange': 'Clore le contrôle sans redressement',
  'audit.cmd.refer': 'Établir le redressement et transmettre aux enquêtes',
  'audit.cmd.issueAssessment': 'Émettre l’avis d’imposition définitif',

  'audit.field.auditType': 'Type de contrôle',
  'audit.field.selectReason': 'Risque principal motivant la sélection',
  'audit.field.adjustment': 'Redressement',
  'audit.field.category': 'Catégorie de pénalité',
  'audit.field.notSelectReason': 'Motif',

  'audit.auditType.desk': 'Contrôle sur pièces — documents et courriers',
  'audit.auditType.field': 'Contrôle sur place — locaux, marchandises, comptabilité complète',

  'audit.notSelect.below-threshold': 'Score de risque inférieur au seuil de sélection',
  'audit.notSelect.below-materiality': 'Enjeu fiscal inférieur au seuil de matérialité',
  'audit.notSelect.over-capacity':
    'Au-dessus du seuil, mais des dossiers mieux classés occupent la capacité de contrôle',
  'audit.notSelect.risk-explained': 'Le risque signalé s’explique par des faits documentés',
  'audit.notSelect.lower.below-threshold': 'score de risque inférieur au seuil de sélection',
  'audit.notSelect.lower.below-materiality': 'enjeu fiscal inférieur au seuil de matérialité',
  'audit.notSelect.lower.over-capacity':
    'au-dessus du seuil, mais des dossiers mieux classés occupent la capacité de contrôle',
  'audit.notSelect.lower.risk-explained': 'le risque signalé s’explique par des faits documentés',

  'audit.category.honest-error': 'Erreur de bonne foi',
  'audit.category.negligence': 'Négligence / insuffisance substantielle',
  'audit.category.fraud': 'Fraude — intention manifeste',
  'audit.category.lower.honest-error': 'erreur de bonne foi',
  'audit.category.lower.negligence': 'négligence / insuffisance substantielle',
  'audit.category.lower.fraud': 'fraude (intention manifeste)',

  'audit.basis.income': 'revenus minorés',
  'audit.basis.sales': 'ventes minorées',
  'audit.basis.input-vat': 'TVA déductible rejetée',

  'audit.rule.third-party-mismatch': 'Données des tiers supérieures à la déclaration',
  'audit.rule.card-sales-exceed-declared': 'Encaissements par carte supérieurs aux ventes déclarées',
  'audit.rule.margin-below-benchmark': 'Marge inférieure à la référence sectorielle',
  'audit.rule.turnover-drop': 'Baisse du chiffre d’affaires',
  'audit.rule.supplier-non-filer': 'Fournisseur défaillant ou à déclarations néant',
  'audit.rule.input-credit-ratio': 'Crédits de TVA déductible élevés',
  'audit.rule.late-filing-history': 'Déclarations tardives ou manquantes',
  'audit.rule.prior-audit-yield': 'Contrôle antérieur avec redressement',
  'audit.rule.return-arithmetic': 'Déclaration arithmétiquement incohérente',

  'audit.state.screening': 'Dossier à risque — présélection',
  'audit.state.examination': 'Contrôle ouvert — vérification',
  'audit.state.findingsDrafted': 'Constatations rédigées',
  'audit.state.awaitingReply': 'Proposition de rectification notifiée — réponse attendue',
  'audit.state.replyReceived': 'Réponse reçue',
  'audit.state.notSelected': 'Non retenu (motif consigné)',
  'audit.state.closedNoChange': 'Clos sans redressement',
  'audit.state.assessed': 'Avis d’imposition définitif émis',
  'audit.state.referred': 'Transmis aux enquêtes',

  'audit.blocker.unknownStep': '« {type} » n’est pas une étape du contrôle.',
  'audit.blocker.thirdPartyDone': 'Les données des tiers ont déjà été consultées.',
  'audit.blocker.benchmarkDone': 'La référence sectorielle a déjà été comparée.',
  'audit.blocker.historyDone': 'L’historique des déclarations et des contrôles a déjà été examiné.',
  'audit.blocker.suppliersDone': 'Les fournisseurs ont déjà été vérifiés.',
  'audit.blocker.screenedOut': 'Ce dossier a déjà été écarté à la présélection.',
  'audit.blocker.decided': 'Le dossier a déjà été tranché.',
  'audit.blocker.noInputVat':
    'Cette déclaration ne porte aucune TVA déductible : il n’y a pas de fournisseur à vérifier.',
  'audit.blocker.selected':
    'Le dossier a déjà été retenu pour un contrôle {auditType, select, desk {sur pièces} other {sur place}}.',
  'audit.blocker.auditOpen': 'Le contrôle est déjà ouvert : clôturez-le plutôt sans redressement.',
  'audit.blocker.recordsDone': 'Les pièces comptables ont déjà été examinées.',
  'audit.blocker.selectFirstRecords':
    'Retenez d’abord le dossier pour contrôle : les pièces sont demandées en vertu de l’avis de vérification.',
  'audit.blocker.premisesDone': 'Les locaux ont déjà été visités.',
  'audit.blocker.selectFieldFirst': 'Retenez d’abord le dossier pour un contrôle sur place.',
  'audit.blocker.deskNoPremises':
    'Il s’agit d’un contrôle sur pièces : les locaux ne sont visités que lors d’un contrôle sur place (à choisir quand il faut voir les marchandises, les locaux ou la comptabilité complète).',
  'audit.blocker.selectFirst': 'Retenez d’abord le dossier pour contrôle.',
  'audit.blocker.findingsSentClose':
    'La proposition de rectification a déjà été notifiée : émettez l’avis d’imposition ou rédigez de nouvelles constatations après la réponse.',
  'audit.blocker.recordsFirst':
    'Examinez d’abord les pièces : les constatations doivent reposer sur la comptabilité et les documents.',
  'audit.blocker.premisesFirst': 'Visitez d’abord les locaux : il s’agit d’un contrôle sur place.',
  'audit.blocker.findingsSentRedraft':
    'La proposition de rectification a déjà été notifiée : attendez la réponse avant de rédiger à nouveau.',
  'audit.blocker.findingsSent': 'La proposition de rectification a déjà été notifiée.',
  'audit.blocker.draftFirst': 'Rédigez d’abord les constatations.',
  'audit.blocker.replyDone': 'La réponse du contribuable a déjà été examinée.',
  'audit.blocker.sendFirst':
    'Notifiez d’abord la proposition de rectification : c’est à elle que le contribuable répond.',
  'audit.blocker.sendFirstRight':
    'Notifiez d’abord la proposition de rectification : le contribuable a le droit de répondre.',
  'audit.blocker.replyWindow':
    'Le contribuable a jusqu’au {deadline} pour répondre à la proposition de rectification ; examinez la réponse ou attendez la fin du délai.',
  'audit.blocker.draftFirstReferral':
    'Rédigez d’abord les constatations : une transmission aux enquêtes doit exposer les faits.',
  'audit.blocker.referralNeedsFraud':
    'Une transmission exige des constatations d’intention : rédigez d’abord les constatations dans la catégorie fraude.',

  'audit.problem.auditType': 'Choisissez un contrôle sur pièces ou sur place.',
  'audit.problem.selectReason':
    'Motivez la sélection : choisissez la règle de risque qui justifie le contrôle.',
  'audit.problem.notSelectReason':
    'Motivez la non-sélection : la piste d’audit doit montrer un motif dans tous les cas.',
  'audit.problem.adjustment': 'Saisissez le redressement sous forme de montant.',
  'audit.problem.zeroAdjustment':
    'Un redressement nul équivaut à un contrôle sans suite : clôturez plutôt le dossier sans redressement.',
  'audit.problem.category': 'Choisissez la catégorie de pénalité : bonne foi, négligence ou fraude.',

  'audit.ref.score': 'Score de risque {score} ; seuil de sélection {threshold}.',
  'audit.ref.flagged':
    'Le moteur de risque a signalé un écart de {amount} : une piste, pas une constatation.',

  'audit.panel.percent': '{n, number, ::.0} %',
  'audit.panel.change': '{n, number, ::.0 sign-always} %',
  'audit.panel.dateValue': '{on}',
  'audit.panel.amountValue': '{amount}',
  'audit.panel.taxpayer': 'Contribuable',
  'audit.panel.tin': 'NIF',
  'audit.panel.return': 'Déclaration',
  'audit.panel.amount': 'Montant',
  'audit.panel.total': 'Total',
  'audit.panel.notFiled': 'non déposée',
  'audit.panel.risk.title': 'Dossier à risque',
  'audit.panel.risk.type': 'Type',
  'audit.panel.risk.business': 'Entreprise',
  'audit.panel.risk.individual': 'Personne physique',
  'audit.panel.risk.sector': 'Secteur',
  'audit.panel.risk.sectorValue': '{sector} ({segment})',
  'audit.panel.risk.returnValue': '{taxType} {period}',
  'audit.panel.risk.flagged': 'Écart signalé',
  'audit.panel.risk.flaggedValue': '{amount} — {note}',
  'audit.panel.risk.atStake': 'Enjeu fiscal estimé',
  'audit.panel.risk.byRule': 'Score de risque par règle',
  'audit.panel.risk.rule': 'Règle',
  'audit.panel.risk.saw': 'Ce que la règle a relevé',
  'audit.panel.risk.weight': 'Poids',
  'audit.panel.risk.total': 'Score total',
  'audit.panel.risk.threshold': 'Seuil de sélection {threshold}',
  'audit.panel.risk.noRule': 'Aucune règle déclenchée.',
  'audit.panel.risk.above':
    'Le score {score} atteint ou dépasse le seuil de {threshold}. Capacité de contrôle pour cette liste : {capacity, plural, one {# contrôle} other {# contrôles}}.',
  'audit.panel.risk.below':
    'Le score {score} est inférieur au seuil de {threshold}. Capacité de contrôle pour cette liste : {capacity, plural, one {# contrôle} other {# contrôles}}.',
  'audit.panel.risk.materiality':
    'Seuil de matérialité : un dossier n’est retenu que si l’enjeu fiscal estimé atteint au moins {amount}.',
  'audit.panel.risk.worklist': 'Liste de travail classée par score de risque',
  'audit.panel.risk.case': 'Dossier',
  'audit.panel.risk.score': 'Score',
  'audit.panel.return.missing': 'La déclaration ne figure pas au dossier.',
  'audit.panel.return.title': 'Déclaration {taxType} {period}',
  'audit.panel.return.due': 'Échéance',
  'audit.panel.return.filed': 'Déposée',
  'audit.panel.return.filedOn': '{on} ({channel, select, paper {papier} other {télédéclaration}})',
  'audit.panel.return.taxDeclared': 'Impôt déclaré',
  'audit.panel.return.line': 'Ligne',
  'audit.panel.thirdParty.title': 'Données des tiers',
  'audit.panel.thirdParty.source': 'Source',
  'audit.panel.thirdParty.period': 'Période',
  'audit.panel.thirdParty.counterparty': 'Déclaré par / contrepartie',
  'audit.panel.thirdParty.detail': 'Détail',
  'audit.panel.thirdParty.income': 'Revenus et ventes déclarés par des tiers',
  'audit.panel.thirdParty.noIncome': 'Aucun revenu ni vente déclaré par des tiers pour cette période.',
  'audit.panel.thirdParty.purchases': 'Achats déclarés par les fournisseurs',
  'audit.panel.benchmark.title': 'Référence sectorielle',
  'audit.panel.benchmark.none':
    'Aucune référence sectorielle ne s’applique à cette déclaration (pas de compte d’exploitation).',
  'audit.panel.benchmark.titleOf': 'Référence sectorielle : {sector}',
  'audit.panel.benchmark.margin': 'Marge brute déclarée',
  'audit.panel.benchmark.lower': 'Premier quartile du secteur',
  'audit.panel.benchmark.median': 'Médiane du secteur',
  'audit.panel.benchmark.upper': 'Troisième quartile du secteur',
  'audit.panel.benchmark.turnover': 'Chiffre d’affaires de l’exercice',
  'audit.panel.benchmark.priorTurnover': 'Chiffre d’affaires de l’exercice précédent',
  'audit.panel.benchmark.change': 'Variation',
  'audit.panel.letter.heading': '{on} — {from} : {subject}',
  'audit.panel.history.title': 'Historique des déclarations et des contrôles',
  'audit.panel.history.returns': 'Déclarations {taxType}',
  'audit.panel.history.status': 'Situation',
  'audit.panel.history.missing': 'manquante',
  'audit.panel.history.late': 'en retard',
  'audit.panel.history.onTime': 'dans les délais',
  'audit.panel.history.audits': 'Contrôles antérieurs',
  'audit.panel.history.closed': 'Clos le',
  'audit.panel.history.result': 'Résultat',
  'audit.panel.history.taxRaised': 'Droits rappelés',
  'audit.panel.history.noAudits': 'Aucun contrôle antérieur.',
  'audit.panel.history.noLetters': 'Aucune correspondance au dossier.',
  'audit.panel.suppliers.title': 'Fournisseurs à l’origine de la TVA déductible',
  'audit.panel.suppliers.supplier': 'Fournisseur',
  'audit.panel.suppliers.registered': 'Immatriculé le',
  'audit.panel.suppliers.invoices': 'Factures',
  'audit.panel.suppliers.claimed': 'TVA déduite ici',
  'audit.panel.suppliers.declared': 'TVA collectée déclarée par le fournisseur',
  'audit.panel.suppliers.noReturn': 'aucune déclaration déposée',
  'audit.panel.suppliers.invoiced': 'TVA collectée sur toutes ses factures électroniques',
  'audit.panel.suppliers.buyers': 'Clients facturés',
  'audit.panel.suppliers.status': 'Situation',
  'audit.panel.suppliers.none': 'Aucun fournisseur.',
  'audit.panel.records.title': 'Pièces examinées',
  'audit.panel.premises.title': 'Visite des locaux',
  'audit.panel.reply.title': 'Réponse du contribuable à la proposition de rectification',
  'audit.panel.findings.title': 'Projet de constatations',
  'audit.panel.findings.tax': 'Droits supplémentaires',
  'audit.panel.findings.categoryValue': '{category} ({percent} %)',
  'audit.panel.findings.penalty': 'Pénalité',
  'audit.panel.findings.interest': 'Intérêts de retard du {from} à ce jour',
  'audit.panel.assessment.referred': 'Redressement établi et dossier transmis aux enquêtes',
  'audit.panel.assessment.issued': 'Avis d’imposition définitif émis',
  'audit.panel.assessment.posted': 'Comptabilisé au compte courant',
  'audit.panel.assessment.date': 'Date',
  'audit.panel.assessment.tax': 'Impôt',
  'audit.panel.assessment.kind': 'Nature',
  'audit.panel.assessment.kind.adjustment': 'redressement',
  'audit.panel.assessment.kind.penalty': 'pénalité',
  'audit.panel.assessment.kind.interest': 'intérêts de retard',
  'audit.panel.assessment.note': 'Observation',
  'audit.panel.assessment.noteAdjustment': 'Redressement suite à contrôle : {basis} {amount}',
  'audit.panel.assessment.notePenalty': 'Pénalité de contrôle, {category}',
  'audit.panel.assessment.noteInterest': 'Intérêts de retard depuis le {from}',

  'audit.verdict.noCaseFile': 'Aucun dossier pour ce contrôle.',
  'audit.verdict.flagsThen': '{first} ; {next}',
  'audit.verdict.then': '{first} {next}',
  'audit.verdict.rate': '{category} ({percent} %)',
  'audit.verdict.category.honestError':
    'Une erreur isolée, avec un dossier sans antécédent et une insuffisance sous le seuil substantiel, est une erreur de bonne foi : la sanctionner comme {given} pénalise un contribuable respectueux de ses obligations.',
  'audit.verdict.category.notWaived':
    'L’insuffisance est substantielle et le contribuable disposait de l’information : la pénalité est {rate}, sans remise.',
  'audit.verdict.category.noIntent':
    'Le taux de fraude exige la preuve d’une intention (documents fabriqués) ; il n’y en a aucune au dossier, donc {fraud} ne résistera pas à une réclamation. La catégorie est {rate}.',
  'audit.verdict.category.fraud':
    'Des factures émises par un opérateur sans activité réelle sont délibérées : la catégorie est {rate}, et non {given}.',
  'audit.verdict.adjustment.short':
    'Le redressement de {given} est inférieur de {diff} aux {expected} établis par les preuves : des recettes sont perdues.{hint, select, cash { Les encaissements par carte ne sont qu’un plancher : les données de caisse relevées sur place montrent toutes les ventes, espèces comprises.} other {}}',
  'audit.verdict.adjustment.over':
    'Le redressement de {given} dépasse de {diff} les {expected} établis par les preuves : l’excédent tombera sur réclamation.{hint, select, invoices { Seule la TVA déductible sur les factures du fournisseur défaillant est rejetée ; les crédits des fournisseurs réels sont maintenus.} income { Les revenus soumis à une retenue libératoire et les ventes annulées par un avoir ne font pas partie de la base.} other {}}',
  'audit.verdict.notSelect.right': 'Non retenu, et la piste d’audit consigne le bon motif : {reason}.',
  'audit.verdict.notSelect.wrongReason':
    'Ne pas contrôler était juste, mais le motif consigné est erroné : il fallait « {reason} ».',
  'audit.verdict.notSelect.missedRisk': 'Un risque réel de non-conformité est resté sans contrôle : {flags}.',
  'audit.verdict.notSelect.honestError':
    'La déclaration minore l’impôt ; un bref contrôle sur pièces l’aurait corrigée.',
  'audit.verdict.notSelect.slotUnused':
    'Ce dossier entrait dans la capacité de contrôle ; une place est restée inutilisée.',
  'audit.verdict.unwarranted.risk-explained': 'Le dossier expliquait déjà le risque signalé',
  'audit.verdict.unwarranted.below-threshold': 'Le score {score} est inférieur au seuil de {threshold}',
  'audit.verdict.unwarranted.below-materiality':
    'L’enjeu fiscal estimé est inférieur au seuil de matérialité',
  'audit.verdict.unwarranted.over-capacity':
    'Des dossiers mieux classés occupent la capacité de {capacity, plural, one {# contrôle} other {# contrôles}}',
  'audit.verdict.unwarranted.lower.risk-explained': 'le dossier expliquait déjà le risque signalé',
  'audit.verdict.unwarranted.lower.below-threshold': 'le score {score} est inférieur au seuil de {threshold}',
  'audit.verdict.unwarranted.lower.below-materiality':
    'l’enjeu fiscal estimé est inférieur au seuil de matérialité',
  'audit.verdict.unwarranted.lower.over-capacity':
    'des dossiers mieux classés occupent la capacité de {capacity, plural, one {# contrôle} other {# contrôles}}',
  'audit.verdict.unwarranted.closedExplained':
    'Clos sans redressement, mais {why} : ce contrôle a pesé sur un contribuable honnête et pris la place d’un risque plus élevé.',
  'audit.verdict.unwarranted.closed':
    '{why} : ce contrôle n’aurait pas dû être ouvert, et il a pris la place d’un risque plus élevé.',
  'audit.verdict.unwarranted.immaterial': '{why} : ce contrôle a pris la place d’un dossier significatif.',
  'audit.verdict.unwarranted.slot': '{why} : ce contrôle a pris la place d’un risque mieux classé.',
  'audit.verdict.unwarranted.assessed':
    '{why}, et rien dans les preuves ne justifie un redressement : un contribuable honnête a été imposé.',
  'audit.verdict.noChange.right':
    'Contrôlé et clos sans redressement : la comptabilité confirme la déclaration.',
  'audit.verdict.noChange.missed': 'Le contrôle est passé à côté de ce que montrent les preuves : {flags}.',
  'audit.verdict.noChange.doesNotAddUp': 'La déclaration est incohérente : l’écart aurait dû être corrigé.',
  'audit.verdict.honestAssessed':
    'Rien dans la comptabilité ni dans les données des tiers ne justifie un redressement : un contribuable honnête a été imposé.',
  'audit.verdict.type.needsField':
    'Les ventes en espèces ne se mesurent pas depuis le bureau : il fallait un contrôle sur place (données de caisse, inventaire).',
  'audit.verdict.type.fieldTooMuch':
    'Un contrôle sur place était disproportionné : les documents règlent la question sur pièces.',
  'audit.verdict.reasonNotShown':
    'Le motif de sélection consigné n’est pas un risque que présente ce dossier.',
  'audit.verdict.notReferred':
    'La fraude a été réglée comme un contrôle ordinaire : avec de fausses factures, le dossier doit aussi être transmis aux enquêtes.',
  'audit.verdict.overReferred':
    'La transmission aux enquêtes est réservée à l’intention manifeste (fausses factures) ; ici, c’est une réaction excessive.',
  'audit.verdict.referRight':
    'Rejet exact des crédits que les preuves justifient, catégorie fraude, et transmission aux enquêtes.',
  'audit.verdict.assessRight':
    'Redressement exact de ce que les preuves établissent, dans la catégorie {category}.',

  'audit.story.hit.employersAndBank':
    'Les employeurs et la banque déclarent {reported} ; la déclaration porte {declared}',
  'audit.story.hit.einvoicesGross':
    'Les factures électroniques émises totalisent {issued} avant avoirs ; la déclaration porte {declared}',
  'audit.story.hit.employersReport':
    'Les employeurs déclarent {reported} ; le revenu total de la déclaration est de {typed}',
  'audit.story.hit.incomeLines':
    'Les lignes de revenus totalisent {total} ; la ligne du total indique {typed}',
  'audit.story.hit.einvoicesCustoms':
    'Les factures électroniques et les exportations douanières totalisent {total} ; le chiffre d’affaires déclaré est de {typed}',
  'audit.story.hit.salesLines':
    'Les ventes locales et à l’export totalisent {total} ; la ligne du chiffre d’affaires indique {typed}',
  'audit.story.hit.cardTakings': 'Encaissements par carte {card} ; ventes déclarées {declared}',
  'audit.story.hit.lateReturns':
    '{late} des {count} dernières déclarations déposées en retard ou pas du tout',
  'audit.story.hit.priorAudit': 'Le contrôle de {period} a rappelé {raised}',
  'audit.story.hit.margin':
    'Marge brute de {margin, number, ::.0} % pour un premier quartile sectoriel de {lower, number, ::.0} %',
  'audit.story.hit.turnoverDrop': 'Chiffre d’affaires de {turnover} contre {prior} l’année précédente',
  'audit.story.hit.millInvoices':
    '{amount} de TVA déductible sur des factures de {supplier}, qui {filed, select, nil {a déposé une déclaration néant} other {n’a déposé aucune déclaration}} pour {period}',
  'audit.story.hit.creditRatio':
    'La TVA déductible représente {ratio} % de la TVA collectée ; une marge sectorielle de {median} % en laisse environ {rest} %',
  'audit.story.note.notDeclared':
    'revenus déclarés par des employeurs et des banques mais non déclarés par le contribuable',
  'audit.story.note.einvoicedAbove':
    'ventes facturées électroniquement (brut) supérieures au chiffre d’affaires déclaré',
  'audit.story.note.flaggedOnHistory': 'aucun écart chiffré ; signalé sur l’historique',
  'audit.story.note.missingProfit': 'marge brute manquante par rapport à la marge médiane du secteur',
  'audit.story.note.thirdPartyAbove': 'montants des tiers supérieurs à la déclaration',
  'audit.story.note.cardAbove': 'encaissements par carte supérieurs aux ventes déclarées',
  'audit.story.note.inputClaimed': 'TVA déductible déduite sur la période',
  'audit.case.title': '{name} — {taxType} {period} — risque {score}',
  'audit.ledger.earlierAudit': 'Contrôle antérieur',
  'audit.ledgerInEntry.earlierAudit': 'contrôle antérieur',
  'audit.ledger.adjustment': 'Redressement suite à contrôle : {basis} {amount}',
  'audit.ledger.penalty':
    'Pénalité de contrôle, {category, select, negligence {négligence} fraud {fraude} other {erreur de bonne foi}}',
  'audit.ledger.interest': 'Intérêts de retard depuis le {from}',

  'audit.truth.expected.notSelect': 'Ne pas retenir : {reason}',
  'audit.truth.expected.noChange':
    'Retenir pour un contrôle {auditType, select, desk {sur pièces} other {sur place}} et clore sans redressement',
  'audit.truth.expected.assess':
    'Retenir pour un contrôle {auditType, select, desk {sur pièces} other {sur place}}, redresser du montant établi par les preuves (catégorie {category, select, negligence {négligence} fraud {fraude} other {erreur de bonne foi}}) et émettre l’avis d’imposition définitif',
  'audit.truth.expected.refer':
    'Retenir pour un contrôle {auditType, select, desk {sur pièces} other {sur place}}, redresser du montant établi par les preuves (catégorie {category, select, negligence {négligence} fraud {fraude} other {erreur de bonne foi}}) et transmettre aux enquêtes',
  'audit.truth.reason.overCapacity':
    'Le score {score} est {comparison, select, above {supérieur au} at {égal au} other {inférieur au}} seuil de {threshold}, mais des dossiers mieux classés occupent la capacité de {capacity, plural, one {# contrôle} other {# contrôles}} : non retenu, motif « capacité atteinte ».',
  'audit.truth.reason.belowThreshold':
    'Le score {score} est {comparison, select, above {supérieur au} at {égal au} other {inférieur au}} seuil de {threshold} : non retenu, motif « sous le seuil ».',
  'audit.truth.reason.belowMateriality':
    'Le score {score} atteint le seuil de {threshold}, mais l’impôt en jeu estimé ({atStake}) est inférieur au seuil de matérialité de {floor} : non retenu, motif « sous le seuil de matérialité ».',
  'audit.truth.explain.withReason': '{explanation} {reason}',
  'audit.truth.explain.genuine':
    'Le moteur de risque a signalé ce contribuable, mais la comptabilité et les données des tiers concordent avec la déclaration.',
  'audit.truth.explain.secondEmployer':
    'L’attestation de retenue de {employer} fait apparaître {salary} de salaires absents de la déclaration. Les intérêts de dépôt ({interest}) ont subi une retenue libératoire et n’entrent pas dans la déclaration annuelle : le redressement porte sur les seuls salaires. Omettre toute une source de revenus est une minoration substantielle : négligence, et non erreur de bonne foi. Les documents suffisent : un contrôle sur pièces convient.',
  'audit.truth.explain.unbooked':
    'Les factures électroniques adressées à {buyer}, d’un montant de {omitted}, n’ont jamais été portées au journal des ventes ni à la déclaration. L’avoir de {credit} annule une vente réelle : il n’entre pas dans le redressement. Omettre toute une série de factures est une minoration substantielle : négligence. Les documents suffisent pour un contrôle sur pièces.',
  'audit.truth.explain.cashSales':
    'Les seuls encaissements par carte dépassent les ventes déclarées et la marge est très inférieure à celle du secteur : des ventes en espèces manquent. Les données de carte ne sont qu’un plancher ; les données de caisse (tickets Z) relevées lors d’un contrôle sur place montrent des ventes totales de {sales} : le redressement est de {adjustment}, et non des {flagged} que suggèrent les données de carte. Minoration substantielle sans faux documents : négligence, pas de transmission aux enquêtes.',
  'audit.truth.explain.fakeInvoices':
    'La TVA déductible de {amount} repose sur des factures de {supplier}, une société « taxi » émettrice de fausses factures : immatriculé quelques semaines plus tôt, sans personnel ni achats, {filed, select, nil {déclarations néant} other {aucune déclaration}} alors qu’il facture {buyers} clients, et aucune marchandise n’a jamais été livrée. Rejeter exactement cette TVA déductible (les droits à déduction des fournisseurs réels sont maintenus), catégorie fraude, et transmettre aux enquêtes : les fausses factures relèvent de l’intention, non d’une constatation ordinaire de contrôle.',
  'audit.truth.explain.slip':
    'Les données des tiers concordent avec les lignes de la déclaration ; seule la {line, select, income {ligne du revenu total} other {ligne du chiffre d’affaires}} a été recopiée avec deux chiffres intervertis, minorée de {amount}. Erreur isolée, sous le seuil de minoration substantielle, d’un contribuable au passé irréprochable : corriger l’écart exact sur pièces, sans pénalité (erreur de bonne foi). Une pénalité pour négligence ou une transmission aux enquêtes sanctionnerait une erreur de bonne foi.',
  'audit.truth.explain.outlier':
    'Le score est élevé, mais le dossier l’explique déjà : {cause}, dont l’administration a été informée en temps utile avec pièces justificatives, et les données des tiers concordent avec les ventes déclarées. Non retenu, motif « risque expliqué » : la place de contrôle va au dossier suivant et un contribuable de bonne foi est épargné.',
  'audit.truth.cause':
    '{fire, select, yes {un incendie documenté} other {l’arrivée documentée d’un concurrent ({competitor})}}',
  'audit.truth.flag.salaryLeftOut': '{employer} déclare {salary} de salaires que la déclaration omet',
  'audit.truth.flag.thirdPartyAbove':
    'Revenus déclarés par les tiers nettement supérieurs aux revenus déclarés',
  'audit.truth.flag.invoicesMissing':
    '{invoices} factures électroniques adressées à {buyer} ({amount}) manquent dans le chiffre d’affaires déclaré',
  'audit.truth.flag.creditNote': 'Un avoir que le moteur de risque a compté comme une vente',
  'audit.truth.flag.cardExceeds':
    'Les seuls encaissements par carte ({card}) dépassent les ventes déclarées ({declared})',
  'audit.truth.flag.marginFarBelow': 'Marge brute très inférieure à la référence sectorielle',
  'audit.truth.flag.tillShows': 'Les données de caisse relevées sur place montrent des ventes de {sales}',
  'audit.truth.flag.millFiles':
    '{supplier} {filed, select, nil {dépose des déclarations néant} other {n’a déposé aucune déclaration}} mais a émis des factures électroniques à {buyers} clients',
  'audit.truth.flag.recentSupplier': 'Fournisseur récemment immatriculé, sans salariés, achats ni locaux',
  'audit.truth.flag.noDelivery':
    'Aucun bon de livraison ni entrée en stock ; paiement en espèces ou à un tiers',
  'audit.truth.flag.slip':
    'La {line, select, income {ligne du revenu total} other {ligne du chiffre d’affaires}} n’est pas la somme de ses lignes : deux chiffres intervertis ({amount})',
  'audit.truth.flag.marginAndTurnover':
    'Marge très inférieure à celle du secteur et chiffre d’affaires en baisse d’environ un tiers',
  'audit.truth.clear.cleanHistory':
    'Passé irréprochable : toutes les déclarations dans les délais, aucun redressement antérieur',
  'audit.truth.clear.documentsWhy': 'Le dossier en donne la cause : {cause}',
  'audit.truth.clear.thirdPartyBelow':
    'Les données de carte et de facturation électronique restent inférieures aux ventes déclarées',

  'audit.story.month':
    '{month, select, 1 {janvier} 2 {février} 3 {mars} 4 {avril} 5 {mai} 6 {juin} 7 {juillet} 8 {août} 9 {septembre} 10 {octobre} 11 {novembre} other {décembre}}',
  'audit.story.subject.reply': 'Réponse à la proposition de rectification',
  'audit.story.subject.replyShort': 'Réponse',
  'audit.story.subject.fire': 'Incendie de notre entrepôt',
  'audit.story.subject.extensionRequest': 'Demande de prorogation du délai de dépôt de la déclaration {year}',
  'audit.story.subject.extensionGranted': 'Prorogation du délai de dépôt',
  'audit.story.subject.reduceInstalments': 'Demande de réduction des acomptes mensuels d’impôt sur le revenu',
  'audit.story.subject.instalmentsReduced': 'Acomptes réduits',
  'audit.story.from.taxOffice': 'Centre des impôts',
  'audit.story.letter.fire':
    'Le {on}, un incendie a détruit notre entrepôt. Le rapport des sapeurs-pompiers (n° {report}) et le rapport de l’expert en sinistres sont joints : un stock d’une valeur de {amount} a été détruit et l’activité s’est arrêtée environ quatre mois. Une indemnisation est en cours auprès de l’assureur.',
  'audit.story.letter.extensionRequest':
    'Notre comptabilité a été en partie détruite dans l’incendie et est reconstituée à partir des relevés bancaires et des copies des fournisseurs. Nous demandons un délai supplémentaire pour déposer.',
  'audit.story.letter.extensionGranted':
    'Prorogation accordée jusqu’au {until} au vu du rapport des sapeurs-pompiers. (Le moteur de risque compare toujours la date de dépôt à l’échéance légale.)',
  'audit.story.letter.competitor':
    'Depuis que {competitor} a ouvert un grand magasin à quelques centaines de mètres de nos locaux en {month}, nos ventes ont baissé d’environ un tiers et nous avons baissé nos prix sur la plupart des articles. Nous joignons le permis d’ouverture municipal, nos anciennes et nouvelles listes de prix et nos ventes mensuelles, et demandons la réduction de nos acomptes.',
  'audit.story.letter.instalmentsReduced':
    'Acomptes réduits au vu des pièces fournies (permis, listes de prix, ventes mensuelles).',
  'audit.story.doc.slipsOnFile': 'Attestations de retenue et bulletins de paie au dossier du contribuable',
  'audit.story.doc.bankStatement': 'Relevé bancaire',
  'audit.story.doc.homeVisit': 'Visite au domicile',
  'audit.story.doc.salesLedger': 'Journal des ventes {year}',
  'audit.story.doc.officeVisit': 'Visite des bureaux',
  'audit.story.doc.slipAndPayslips': 'Attestation de retenue et bulletins de paie',
  'audit.story.doc.books': 'Comptabilité {year}',
  'audit.story.doc.tillData': 'Données de caisse (tickets Z) relevées lors de la visite',
  'audit.story.doc.stockCount': 'Inventaire physique',
  'audit.story.doc.premisesVisit': 'Visite des locaux',
  'audit.story.doc.millInvoices': 'Factures d’achat de {supplier}',
  'audit.story.doc.otherInvoices': 'Autres factures d’achat',
  'audit.story.doc.warehouseVisit': 'Visite de l’entrepôt',
  'audit.story.doc.worksheet': 'Feuille de calcul du contribuable',
  'audit.story.doc.trialBalance': 'Balance générale {year}',
  'audit.story.doc.visit': 'Visite',
  'audit.story.row.finding': 'Constat',
  'audit.story.row.result': 'Résultat',
  'audit.story.row.salaryFrom': '{employer} — salaires',
  'audit.story.row.salaryFromMonth': '{employer} — salaires depuis {month}',
  'audit.story.row.depositInterest': 'Intérêts de dépôt (bruts)',
  'audit.story.row.interestTax': 'Impôt sur les intérêts',
  'audit.story.row.salesToAfterCredit': 'Ventes à {buyer} (après avoir)',
  'audit.story.row.salesToOthers': 'Ventes aux autres clients',
  'audit.story.row.totalBooked': 'Total comptabilisé (le chiffre d’affaires déclaré)',
  'audit.story.row.cashBookSales': 'Ventes au livre de caisse (le chiffre d’affaires déclaré)',
  'audit.story.row.cardOnStatements': 'Encaissements par carte sur les relevés bancaires',
  'audit.story.row.purchasesForResale': 'Achats de marchandises destinées à la revente',
  'audit.story.row.tillSales': 'Ventes en caisse {year}, tous modes de paiement',
  'audit.story.row.ofWhichCard': 'Dont payées par carte',
  'audit.story.row.salesInBooks': 'Ventes en comptabilité',
  'audit.story.row.sales': 'Ventes',
  'audit.story.row.costOfSales': 'Coût des ventes',
  'audit.story.row.cardSettlements': 'Encaissements par carte',
  'audit.story.row.invoices': 'Factures',
  'audit.story.row.valueBeforeVat': 'Montant hors TVA',
  'audit.story.row.inputVatClaimed': 'TVA déductible demandée',
  'audit.story.row.payment': 'Paiement',
  'audit.story.row.worksheetSum': 'Total de la feuille de calcul',
  'audit.story.row.totalTyped': 'Total saisi sur la déclaration',
  'audit.story.row.salesDomestic': 'Ventes — marché intérieur',
  'audit.story.row.salesExport': 'Ventes — exportations',
  'audit.story.row.totalSalesBooks': 'Total des ventes en comptabilité',
  'audit.story.row.turnoverTyped': 'Chiffre d’affaires saisi sur la déclaration',
  'audit.story.value.interestFinal':
    'Retenue libératoire prélevée par la banque ; les intérêts n’entrent pas dans la déclaration annuelle',
  'audit.story.value.homeDocumentary': 'Rien au domicile ne concerne la question ; elle se règle sur pièces.',
  'audit.story.value.homeNothing': 'Rien au domicile ne concerne la déclaration.',
  'audit.story.value.bothSeries':
    'Les deux séries de factures trouvées à l’agence ; rien d’autre ne concerne la question.',
  'audit.story.value.stockAgrees':
    'Le stock concorde avec les achats diminués des ventes en caisse aux prix normaux : les marchandises ont été vendues, non perdues.',
  'audit.story.value.tradingAsDeclared':
    'Activité conforme à la déclaration ; le stock concorde avec la comptabilité.',
  'audit.story.value.paidCash': 'En espèces, ou sur le compte personnel d’un tiers',
  'audit.story.value.noGoods':
    'Aucune marchandise correspondant aux factures de {supplier} ; les registres de stock n’en montrent aucune réception.',
  'audit.story.value.premisesInOrder':
    'Rien dans les locaux ne concerne la question ; la comptabilité est en ordre.',
  'audit.story.value.rebuiltWarehouse':
    'Entrepôt reconstruit ; dégâts de l’incendie photographiés par l’expert.',
  'audit.story.value.competitorVisible':
    'Activité normale ; le magasin du concurrent est visible plus bas dans la rue.',
  'audit.story.note.bothPayslips':
    'Les bulletins de paie des deux employeurs sont au dossier. La déclaration ne mentionne que les salaires de {employer}.',
  'audit.story.note.secondSeries':
    'Les {invoices} factures électroniques adressées à {buyer} ({amount}) ont été émises sur une seconde série de factures tenue par l’agence et jamais portées au journal des ventes. L’avoir à {creditBuyer} est comptabilisé.',
  'audit.story.note.payslipsAgree':
    'Les bulletins de paie concordent avec la déclaration et l’attestation de l’employeur.',
  'audit.story.note.handwrittenCashBook':
    'Les ventes sont comptabilisées à partir d’un livre de caisse journalier manuscrit ; les encaissements par carte n’y sont jamais rapprochés. La comptabilité seule ne permet pas de savoir combien d’espèces ont été encaissées.',
  'audit.story.note.secondDrawer':
    'Le système de caisse conserve chaque ticket ; le livre de caisse ne reprend qu’une partie des encaissements en espèces. Un second tiroir-caisse reçoit les espèces qui ne sont pas déposées en banque.',
  'audit.story.note.ledgersAgree':
    'Les livres concordent avec la déclaration et avec les factures électroniques. {why, select, thinMargin {Modèle commercial à faible marge (contrats en gros à bas prix), documenté par les contrats et les listes de prix.} contractEnded {Le chiffre d’affaires a baissé à la fin d’un contrat important ; le dossier du contrat le montre.} other {Rien d’inhabituel dans la comptabilité.}}',
  'audit.story.note.materialsVarious':
    'Marchandises désignées « matériaux divers ». Aucun bon de livraison, aucun document de transport, aucune entrée en stock.',
  'audit.story.note.deliveryMatches':
    'Bons de livraison, paiements bancaires et entrées en stock correspondent à ces factures et aux déclarations des fournisseurs.',
  'audit.story.note.worksheetSwapped':
    'La feuille de calcul est juste ; le total a été reporté sur la déclaration avec deux chiffres intervertis.',
  'audit.story.note.turnoverSwapped':
    'La comptabilité concorde avec les factures électroniques et les données douanières ; la ligne du chiffre d’affaires a été saisie avec deux chiffres intervertis, et le bénéfice calculé à partir d’elle.',
  'audit.story.note.fireStock':
    'Le coût des ventes comprend le stock détruit dans l’incendie ({amount}), justifié par le rapport de l’expert en sinistres.',
  'audit.story.note.competitorSales':
    'Les ventes mensuelles baissent à partir du mois d’ouverture du concurrent ; les prix de la nouvelle liste sont plus bas sur toute la gamme.',
  'audit.story.reply.secondJob':
    'J’ai commencé à travailler pour {employer} en {month} et je pensais que la retenue opérée réglait tout. J’accepte le complément de salaires. Les intérêts de dépôt ont déjà été imposés à la source par la banque.',
  'audit.story.reply.unbooked':
    'Les factures adressées à {buyer} ont été émises par notre agence et omises du journal. Nous acceptons un redressement pour ces factures. L’avoir à {creditBuyer} a annulé des marchandises retournées ; cette vente n’a jamais eu lieu.',
  'audit.story.reply.complete': 'Je n’ai rien à ajouter : ma déclaration est complète.',
  'audit.story.reply.cashBanked':
    'Notre comptable n’a enregistré que les espèces déposées en banque. Nous acceptons les chiffres de caisse comme nos ventes de l’année.',
  'audit.story.reply.nothingToAdd': 'Nous n’avons rien à ajouter à la comptabilité fournie.',
  'audit.story.reply.broker':
    'Un intermédiaire nous a présenté {supplier} et a arrangé les factures. Nous avons payé en espèces comme il le demandait. Nous n’avons aucun document de livraison.',
  'audit.story.reply.slip':
    'Vous avez raison : la {line, select, income {ligne du revenu total} other {ligne du chiffre d’affaires}} a été mal recopiée de nos documents de travail. Nous acceptons la correction et paierons la différence.',
  'audit.story.reply.allInDocuments': 'Tout figure dans les documents envoyés l’an dernier.',
  'audit.story.status.onTime': 'Actif ; dépose dans les délais',
  'audit.story.status.nilReturns': 'Actif ; déclarations néant depuis l’immatriculation',
  'audit.story.status.noReturn': 'Actif ; aucune déclaration pour la période',
  'audit.story.remark.mill':
    'Immatriculé le {registered}. Aucun salarié, aucun achat ni importation déclarés, et pourtant des factures électroniques à {buyers} clients. L’adresse déclarée est une chambre louée dans un immeuble d’habitation.',
  'audit.story.prior.noChange': 'Sans redressement : pièces conformes à la déclaration',
  'audit.story.prior.adjusted':
    'Redressé : {finding, select, rentalIncome {revenus locatifs omis de la déclaration} deductions {déductions sans justificatifs rejetées} expenses {charges sans factures justificatives rejetées} lateSales {ventes comptabilisées après la clôture réintégrées} other {dépenses personnelles imputées à l’entreprise}}',
  'audit.story.tp.slipFullYear': 'Attestation annuelle de retenue — salaires, de janvier à décembre',
  'audit.story.tp.slipFromMonth':
    'Attestation annuelle de retenue — salaires, {month, select, 1 {de janvier} 2 {de février} 3 {de mars} 4 {d’avril} 5 {de mai} 6 {de juin} 7 {de juillet} 8 {d’août} 9 {de septembre} 10 {d’octobre} 11 {de novembre} other {de décembre}} à décembre',
  'audit.story.tp.depositInterest':
    'Intérêts de dépôt ; retenue libératoire à la source (hors déclaration annuelle)',
  'audit.story.tp.salesGross': 'Factures électroniques de vente émises (brut)',
  'audit.story.tp.salesInvoices':
    '{invoices, plural, one {# facture électronique de vente émise} other {# factures électroniques de vente émises}}',
  'audit.story.tp.creditNote': 'Avoir : marchandises retournées, annule une partie d’une facture',
  'audit.story.tp.slip': 'Attestation annuelle de retenue — salaires',
  'audit.story.tp.sales': 'Factures électroniques de vente émises',
  'audit.story.tp.card': 'Paiements par carte et QR versés sur le compte commerçant',
  'audit.story.tp.purchasesResale':
    'Factures électroniques d’achat reçues (marchandises destinées à la revente)',
  'audit.story.tp.purchases': 'Factures électroniques d’achat reçues',
  'audit.story.tp.supplierDeclared':
    'TVA collectée déclarée par le fournisseur sur ses ventes à cet acheteur',
  'audit.story.tp.supplierNil': 'Le fournisseur a déposé une déclaration néant pour la période',
  'audit.story.tp.supplierNone': 'Le fournisseur n’a déposé aucune déclaration pour la période',
  'audit.story.tp.exports': 'Exportations dédouanées, valeur FOB',
  'audit.story.party.suppliers': 'Fournisseurs',
  'audit.story.party.buyers': 'Clients',
  'audit.story.party.otherBuyers': 'Autres clients',
  'audit.story.party.otherBuyersCount': '{count, plural, one {# autre client} other {# autres clients}}',
  'audit.story.party.domesticBuyers': 'Clients locaux',
  'audit.story.party.customsExports': 'Déclarations d’exportation en douane',
} satisfies Catalogue
