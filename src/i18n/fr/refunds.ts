import type { Catalogue } from '../languages'

export default {
  'refunds.cmd.validate': 'Valider la demande',
  'refunds.cmd.validateHelp':
    'Dans les délais, déclaration déposée, compte de remboursement au nom du contribuable',
  'refunds.cmd.assessRisk': 'Évaluer le niveau de risque',
  'refunds.cmd.assessRiskHelp': 'Le niveau de risque détermine les vérifications requises',
  'refunds.cmd.checkSuppliers': 'Rapprocher les crédits de TVA des déclarations des fournisseurs',
  'refunds.cmd.checkCustoms': 'Vérifier les exportations auprès de la douane',
  'refunds.cmd.verifyBankAccount': 'Vérifier le titulaire du compte auprès de la banque',
  'refunds.cmd.applyOffset': 'Compenser avec les autres dettes fiscales',
  'refunds.cmd.applyOffsetHelp': 'Tous impôts confondus, avant tout paiement',
  'refunds.cmd.requestSecondApproval': 'Demander une seconde approbation',
  'refunds.cmd.approveFull': 'Approuver la totalité du montant demandé',
  'refunds.cmd.approvePartial': 'Approuver une partie de la demande',
  'refunds.cmd.authorisePayment': 'Autoriser le paiement',
  'refunds.cmd.refuse': 'Rejeter la demande',
  'refunds.cmd.blockAndRefer': 'Bloquer le remboursement et transmettre',
  'refunds.cmd.blockAndReferHelp':
    'Pose l’indicateur de blocage du remboursement et transmet le dossier aux enquêtes',
  'refunds.field.amountAllowed': 'Montant admis',
  'refunds.field.disallowedWhy': 'Motif du rejet du surplus',
  'refunds.field.refuseReason': 'Motif (figure dans la lettre de décision)',
  'refunds.field.blockReason': 'Motifs du blocage et de la transmission',
  'refunds.default.refuseReason': 'La demande n’est pas justifiée.',
  'refunds.default.blockReason': 'Soupçon de fraude au remboursement.',
  'refunds.reference.claimed': 'Remboursement demandé : {claimed}.',

  'refunds.state.received': 'Demande reçue',
  'refunds.state.invalid': 'Validation échouée',
  'refunds.state.awaitingRisk': 'Validée — évaluation du risque',
  'refunds.state.verification': 'Vérification',
  'refunds.state.approved': 'Montant admis — compensation et autorisation',
  'refunds.state.paid': 'Remboursement autorisé au paiement',
  'refunds.state.refused': 'Rejetée',
  'refunds.state.blocked': 'Bloquée et transmise',

  'refunds.check.suppliers': 'rapprocher les crédits de TVA des déclarations des fournisseurs',
  'refunds.check.customs': 'contrôler les exportations avec les données douanières',
  'refunds.check.bank': 'vérifier le titulaire du compte auprès de la banque',

  'refunds.blocker.notAStep': '« {type} » n’est pas une étape d’une demande de remboursement.',
  'refunds.blocker.alreadyValidated': 'La demande a déjà été validée.',
  'refunds.blocker.alreadyAssessed': 'Le niveau de risque a déjà été évalué.',
  'refunds.blocker.validateFirst': 'Validez d’abord la demande.',
  'refunds.blocker.failedValidationRefuse': 'La demande n’a pas passé la validation ({reason}) : rejetez-la.',
  'refunds.blocker.alreadyVerified': 'Cette vérification a déjà été faite.',
  'refunds.blocker.verifyAfterDecision':
    'Le montant a déjà été arrêté ; les vérifications se font avant la décision.',
  'refunds.blocker.assessBeforeVerifying':
    'Évaluez d’abord le risque : le niveau de risque détermine les vérifications nécessaires.',
  'refunds.blocker.noExports':
    'La déclaration ne comporte aucune exportation exonérée : il n’y a rien à vérifier auprès de la douane.',
  'refunds.blocker.alreadyDecided': 'Le montant admis a déjà été arrêté.',
  'refunds.blocker.failedValidation': 'La demande n’a pas passé la validation : {reason}',
  'refunds.blocker.assessFirst': 'Évaluez d’abord le risque.',
  'refunds.blocker.checksMissing':
    'Demande à risque {tier, select, high {élevé} medium {moyen} other {faible}} : {checks} avant d’approuver.',
  'refunds.blocker.refuseAfterDecision':
    'Le montant admis a été arrêté ; pour arrêter le paiement, bloquez le remboursement et transmettez le dossier.',
  'refunds.blocker.validateBeforeRefusing': 'Validez la demande avant de la rejeter.',
  'refunds.blocker.verifyBeforeRefusing':
    'La demande est recevable : évaluez le risque et vérifiez-la avant de la rejeter.',
  'refunds.blocker.alreadyOffset': 'La compensation a déjà été effectuée.',
  'refunds.blocker.decideBeforeOffset':
    'Arrêtez d’abord le montant admis : la compensation porte sur ce qui est admis.',
  'refunds.blocker.alreadyApproved': 'La seconde approbation a déjà été donnée.',
  'refunds.blocker.decideFirst': 'Arrêtez d’abord le montant admis.',
  'refunds.blocker.noSecondApprovalNeeded':
    'Les remboursements jusqu’à {limit} sont autorisés par un seul agent ; aucune seconde approbation n’est nécessaire.',
  'refunds.blocker.approveFirst': 'Approuvez d’abord un montant.',
  'refunds.blocker.secondApprovalFirst':
    'Au-delà de {limit}, un remboursement exige un second approbateur : demandez d’abord la seconde approbation.',

  'refunds.problem.amount': 'Saisissez le montant admis.',
  'refunds.problem.amountZero': 'Pour n’admettre aucun montant, rejetez plutôt la demande.',
  'refunds.problem.amountAboveClaim': 'Vous ne pouvez pas admettre plus que les {claimed} demandés.',
  'refunds.problem.reason':
    'Indiquez le motif ; il figure dans la lettre de décision et dans la transmission.',

  'refunds.validation.late':
    'Demande déposée {late, plural, one {# jour} other {# jours}} après la fin de la période ; le délai est de {limit, plural, one {# jour} other {# jours}}.',
  'refunds.validation.noReturn': 'Aucune déclaration de TVA n’est déposée pour {period}.',
  'refunds.validation.notRefundAccount':
    'Le compte indiqué sur la demande n’est pas le compte de remboursement enregistré au répertoire.',
  'refunds.validation.notInName': 'Le compte indiqué sur la demande n’est pas au nom du contribuable.',

  'refunds.risk.newRegistrant':
    'Immatriculé moins de {months, plural, one {# mois} other {# mois}} avant la demande',
  'refunds.risk.noHistory': 'Première demande de remboursement',
  'refunds.risk.claimGrowth':
    'Demande supérieure à {factor, number} fois la moyenne des demandes antérieures',
  'refunds.risk.largeClaim': 'Demande d’un montant élevé',
  'refunds.risk.accountChange':
    'Compte de remboursement ouvert ou modifié moins de {days, plural, one {# jour} other {# jours}} avant la demande',
  'refunds.risk.customsMismatch':
    'Exportations déclarées sans déclaration d’exportation douanière correspondante',
  'refunds.risk.supplierMismatch':
    'TVA déductible demandée au-delà de ce que les fournisseurs ont déclaré sur leurs ventes au demandeur',
  'refunds.risk.highRiskSector': 'Secteur à risque élevé ({sector})',
  'refunds.tier.low': 'FAIBLE',
  'refunds.tier.medium': 'MOYEN',
  'refunds.tier.high': 'ÉLEVÉ',
  'refunds.match.matched': 'concordant',
  'refunds.match.withinTolerance': 'dans la tolérance',
  'refunds.match.short': 'insuffisant',
  'refunds.match.notDeclared': 'non déclaré',

  'refunds.panel.yes': 'oui',
  'refunds.panel.no': 'non',
  'refunds.panel.tin': 'NIF',
  'refunds.panel.taxpayer': 'Contribuable',
  'refunds.panel.amount': 'Montant',
  'refunds.panel.period': 'Période',
  'refunds.panel.date': 'Date',
  'refunds.panel.supplier': 'Fournisseur',
  'refunds.panel.declaration': 'Déclaration',
  'refunds.panel.claim.title': 'Demande de remboursement',
  'refunds.panel.claim.claim': 'Demande',
  'refunds.panel.claim.period': 'Période de TVA',
  'refunds.panel.claim.filedOn': 'Déclaration déposée le',
  'refunds.panel.claim.filedOnValue': '{filed} (échéance {due})',
  'refunds.panel.claim.lodgedOn': 'Demande déposée le',
  'refunds.panel.claim.decisionDue': 'Décision à rendre avant le',
  'refunds.panel.claim.claimed': 'Remboursement demandé',
  'refunds.panel.claim.payInto': 'À verser sur',
  'refunds.panel.claim.returnTitle': 'Déclaration de TVA {period}',
  'refunds.panel.claim.line': 'Ligne',
  'refunds.panel.claim.domesticSales': 'Ventes au taux normal',
  'refunds.panel.claim.outputVat': 'TVA collectée à {rate, number} %',
  'refunds.panel.claim.zeroRated': 'Ventes exonérées (exportations)',
  'refunds.panel.claim.purchases': 'Achats',
  'refunds.panel.claim.inputVat': 'TVA déductible demandée',
  'refunds.panel.claim.excessCredit': 'Crédit de TVA demandé en remboursement',
  'refunds.panel.claim.purchaseListing': 'Relevé des achats',
  'refunds.panel.claim.what': 'Nature',
  'refunds.panel.claim.capital': '{description} (immobilisation)',
  'refunds.panel.claim.invoices': 'Factures',
  'refunds.panel.claim.net': 'Hors taxe',
  'refunds.panel.claim.inputVatColumn': 'TVA déductible',
  'refunds.panel.claim.exportSchedule': 'Relevé des exportations',
  'refunds.panel.claim.destination': 'Destination',
  'refunds.panel.claim.buyer': 'Acheteur',
  'refunds.panel.claim.goods': 'Marchandises',
  'refunds.panel.claim.value': 'Valeur',
  'refunds.panel.claim.noExports': 'Aucune exportation exonérée déclarée.',
  'refunds.panel.register.title': 'Fiche au répertoire',
  'refunds.panel.register.noTaxpayer': 'Aucun contribuable ne porte le NIF {tin}.',
  'refunds.panel.register.name': 'Nom',
  'refunds.panel.register.registryNo': 'N° RCCM',
  'refunds.panel.register.incorporated': 'Date de constitution',
  'refunds.panel.register.registeredOn': 'Immatriculé le',
  'refunds.panel.register.status': 'Statut',
  'refunds.panel.register.sector': 'Secteur',
  'refunds.panel.register.segment': 'Segment',
  'refunds.panel.register.address': 'Adresse',
  'refunds.panel.register.directors': 'Dirigeants',
  'refunds.panel.register.noDirectors': 'aucun enregistré',
  'refunds.panel.register.statusValue':
    '{status, select, active {actif} dormant {en sommeil} deregistered {radié} other {{status}}}',
  'refunds.panel.register.segmentValue':
    '{segment, select, large {grandes entreprises} medium {moyennes entreprises} small {petites entreprises} micro {micro-entreprises} other {{segment}}}',
  'refunds.panel.register.registeredFor': 'Assujetti à',
  'refunds.panel.register.taxFrom': '{tax} depuis le {from}',
  'refunds.panel.history.title': 'Historique des remboursements',
  'refunds.panel.history.lodged': 'Déposée',
  'refunds.panel.history.claimed': 'Demandé',
  'refunds.panel.history.allowed': 'Admis',
  'refunds.panel.history.decided': 'Décidée',
  'refunds.panel.history.none': 'Aucune demande de remboursement antérieure.',
  'refunds.panel.validation.title': 'Validation',
  'refunds.panel.validation.check': 'Contrôle',
  'refunds.panel.validation.passed': 'Satisfait',
  'refunds.panel.validation.detail': 'Détail',
  'refunds.panel.validation.inTime': 'Demande dans les délais',
  'refunds.panel.validation.inTimeDetail':
    'Déposée le {lodged} ; les demandes sont à déposer dans les {days, plural, one {# jour} other {# jours}} suivant la fin de la période',
  'refunds.panel.validation.returnOnFile': 'Déclaration déposée',
  'refunds.panel.validation.returnOnFileDetail': 'Déclaration de TVA {period} déposée le {filed}',
  'refunds.panel.validation.refundAccount': 'Le compte est le compte de remboursement enregistré',
  'refunds.panel.validation.inName': 'Compte au nom du contribuable (selon la déclaration)',
  'refunds.panel.validation.valid': 'La demande est recevable et passe à l’évaluation du risque.',
  'refunds.panel.risk.title': 'Évaluation du risque',
  'refunds.panel.risk.tier': 'Niveau de risque',
  'refunds.panel.risk.score': 'Score',
  'refunds.panel.risk.scoreValue': '{score} (moyen à partir de {medium}, élevé à partir de {high})',
  'refunds.panel.risk.required': 'Vérifications requises',
  'refunds.panel.risk.noneRequired': 'aucune (traitement automatique)',
  'refunds.panel.risk.factors': 'Facteurs de risque',
  'refunds.panel.risk.factor': 'Facteur',
  'refunds.panel.risk.points': 'Points',
  'refunds.panel.risk.noFactor': 'Aucun facteur de risque ne s’applique.',
  'refunds.panel.suppliers.title': 'Déclarations des fournisseurs',
  'refunds.panel.suppliers.register': 'Répertoire',
  'refunds.panel.suppliers.registered': '{status}, immatriculé le {on}',
  'refunds.panel.suppliers.notRegistered': 'absent du répertoire',
  'refunds.panel.suppliers.claimed': 'TVA déductible demandée',
  'refunds.panel.suppliers.declared': 'TVA collectée déclarée sur les ventes au demandeur',
  'refunds.panel.suppliers.match': 'Rapprochement',
  'refunds.panel.suppliers.notMatched': 'Non justifié',
  'refunds.panel.suppliers.summary':
    'Tolérance de rapprochement {tolerance, number} %. TVA déductible non justifiée par une déclaration de fournisseur : {disallowed}.',
  'refunds.panel.customs.title': 'Douane et recettes en devises',
  'refunds.panel.customs.valueClaimed': 'Valeur déclarée',
  'refunds.panel.customs.record': 'Données douanières',
  'refunds.panel.customs.receipt': 'Recette en devises',
  'refunds.panel.customs.found': '{amount} — {detail}',
  'refunds.panel.customs.exit': 'sortie confirmée le {on}, {goods} à destination de {destination}',
  'refunds.panel.customs.transfer': 'virement en devises de {from} le {on}',
  'refunds.panel.customs.noRecord': 'aucune trace',
  'refunds.panel.customs.noReceipt': 'aucune trouvée',
  'refunds.panel.customs.noExports': 'Aucune exportation à vérifier.',
  'refunds.panel.customs.summary':
    'Ventes exonérées sans trace douanière : {value} ; au taux normal de {rate, number} %, cela représente {vat} de TVA collectée.',
  'refunds.panel.bank.title': 'Compte de remboursement et confirmation bancaire',
  'refunds.panel.bank.from': 'Depuis le',
  'refunds.panel.bank.bank': 'Banque',
  'refunds.panel.bank.account': 'Compte',
  'refunds.panel.bank.holderDeclared': 'Titulaire déclaré',
  'refunds.panel.bank.holderPerBank': 'Titulaire selon la banque',
  'refunds.panel.bank.nameMatch': 'Concordance du nom',
  'refunds.panel.bank.matches': 'concordant',
  'refunds.panel.bank.doesNotMatch': 'non concordant',
  'refunds.panel.bank.opened': 'Ouvert le',
  'refunds.panel.bank.changedVia': 'Modifié par',
  'refunds.panel.offset.title': 'Compensation avec les autres dettes',
  'refunds.panel.offset.balances': 'Soldes dus au compte du contribuable (tous impôts)',
  'refunds.panel.offset.tax': 'Impôt',
  'refunds.panel.offset.owed': 'Dû',
  'refunds.panel.offset.oldestDue': 'Plus ancienne échéance',
  'refunds.panel.offset.nothingOwed': 'Aucune somme due, quel que soit l’impôt.',
  'refunds.panel.offset.offset': 'Compensation',
  'refunds.panel.offset.to': 'Imputée sur',
  'refunds.panel.offset.noOffset': 'Aucune compensation : rien n’est dû.',
  'refunds.panel.offset.allowed': 'Montant admis',
  'refunds.panel.offset.against': 'Compensé avec les dettes',
  'refunds.panel.offset.toPay': 'À payer',
  'refunds.panel.approval.title': 'Seconde approbation',
  'refunds.panel.approval.text':
    'Au-delà de {limit}, un remboursement exige un second approbateur. Le chef du service des remboursements a examiné le dossier et approuvé {allowed} le {on}.',

  'refunds.verdict.noClaim': 'Aucune demande enregistrée pour ce dossier.',
  'refunds.verdict.notFinal': '{type} ne clôt pas une demande de remboursement.',
  'refunds.verdict.lookalike.newExporter':
    'les données douanières, les recettes en devises et son propre compte bancaire sont tous concordants',
  'refunds.verdict.lookalike.largeInvestment': 'l’achat d’immobilisation est déclaré par le fournisseur',
  'refunds.verdict.block.diversion':
    'Bloqué et transmis : le compte de remboursement a été remplacé juste avant la demande par un compte qui, selon la banque, n’appartient pas au contribuable. L’identité doit d’abord être vérifiée.',
  'refunds.verdict.block.phantom':
    'Bloqué et transmis : une société récente, des « exportations » sans trace douanière et un compte tout neuf sont les marques d’un exportateur fictif.',
  'refunds.verdict.block.refused':
    'Aucun fonds n’est sorti, mais le rejet clôt le dossier : cette demande exigeait un blocage et une transmission pour que ses auteurs fassent l’objet d’une enquête.',
  'refunds.verdict.block.paid':
    '{amount} ont été autorisés sur une demande qui aurait dû être bloquée et transmise.',
  'refunds.verdict.refuse.refused': 'Rejetée : rien dans la demande n’est justifié par les pièces.',
  'refunds.verdict.refuse.blocked':
    'Bloquée : rien n’a été payé, mais la demande devait simplement être rejetée.',
  'refunds.verdict.refuse.paid': '{amount} ont été autorisés alors que rien dans la demande n’est justifié.',
  'refunds.verdict.partial.refused':
    'Aucun crédit injustifié n’a été payé, mais {allowed} sont réellement dus : ne rejetez que la part que les pièces ne justifient pas.',
  'refunds.verdict.partial.blocked':
    'Une transmission se défend, mais {allowed} sont justifiés et doivent être payés dans les délais ; n’écartez que la part injustifiée.',
  'refunds.verdict.partial.tooMuch':
    '{excess} de TVA injustifiée ont été admis : seuls {allowed} des {claimed} demandés sont justifiés.',
  'refunds.verdict.partial.tooLittle':
    '{amount} admis, mais {allowed} sont justifiés : {withheld} de crédit réel ont été retenus.',
  'refunds.verdict.partial.right': '{allowed} admis : la part injustifiée a été écartée et le reste payé.',
  'refunds.verdict.full.refusedLookalike':
    'Une demande fondée a été rejetée : {facts}. Le rejet pèse sur la trésorerie d’une entreprise honnête.',
  'refunds.verdict.full.refused': 'Une demande fondée et entièrement justifiée a été rejetée.',
  'refunds.verdict.full.blockedLookalike':
    'Une demande fondée a été bloquée : {facts}. Le niveau de risque appelle une vérification, pas un rejet.',
  'refunds.verdict.full.blocked': 'Une demande fondée et entièrement justifiée a été bloquée.',
  'refunds.verdict.full.tooLittle':
    '{amount} admis sur {claimed} entièrement justifiés : la totalité de la demande est due.',
  'refunds.verdict.full.rightLookalike': 'Approuvée en totalité : {facts}.',
  'refunds.verdict.full.right': 'Approuvée en totalité : la demande est justifiée.',
  'refunds.verdict.noOffset':
    '{why} Mais le remboursement a été payé sans la compensation : {offset} devaient d’abord apurer les dettes du contribuable dans les autres impôts.',
  'refunds.verdict.late':
    '{why} Mais la décision est intervenue {days, plural, one {# jour} other {# jours}} après le délai légal.',
  'refunds.truth.flag.phantomRegistered':
    'Immatriculée le {registered}, {months, plural, one {# mois} other {# mois}} avant une première demande de {claimed}',
  'refunds.truth.flag.servicedOffice': 'L’adresse est un centre d’affaires (bureaux domiciliés) : {address}',
  'refunds.truth.flag.noExportRecords':
    '{count, plural, one {La seule déclaration d’exportation n’a ni enregistrement douanier ni encaissement en devises} other {Aucune des # déclarations d’exportation n’a d’enregistrement douanier ni d’encaissement en devises}}',
  'refunds.truth.flag.newAccount':
    'Compte de remboursement ouvert le {opened} et communiqué au service {days, plural, one {# jour} other {# jours}} avant la demande',
  'refunds.truth.flag.unsupportedExports':
    '{unsupported} déclarations d’exportation sur {count} ({value}) n’ont ni enregistrement douanier ni encaissement en devises',
  'refunds.truth.flag.accountChanged':
    'Compte de remboursement modifié le {changed}, {days, plural, one {# jour} other {# jours}} avant la demande, via le portail en ligne depuis une nouvelle adresse électronique',
  'refunds.truth.flag.holderMismatch': 'Selon la banque, le titulaire du compte est {holder}, et non {name}',
  'refunds.truth.flag.newExporter':
    'Immatriculée {months, plural, one {# mois} other {# mois}} avant une première demande de {claimed} (paraît risqué)',
  'refunds.truth.flag.growth':
    'Demande égale à {ratio, number, ::.0} fois la moyenne des demandes antérieures (paraît risqué)',
  'refunds.truth.flag.creditsShort':
    '{supplier} a déclaré {declared} de TVA collectée sur ses ventes au demandeur, contre {claimed} de TVA déductible réclamée à son titre',
  'refunds.truth.flag.owes': 'Doit {owed} au titre de {debts} : compenser d’abord',
  'refunds.truth.debt': '{taxType} {period}',
  'refunds.truth.clearing.newExporter':
    'Chaque exportation a un enregistrement douanier et un encaissement en devises ; le compte est bien le sien',
  'refunds.truth.clearing.investment': '{purchase} : vente déclarée par le fournisseur ({supplier})',
  'refunds.truth.clearing.aCapitalPurchase': 'Un bien d’investissement',
  'refunds.truth.clearing.aSupplier': 'un fournisseur',
  'refunds.truth.expected.block': 'Bloquer le remboursement et transmettre le dossier pour enquête',
  'refunds.truth.expected.refuse': 'Rejeter la demande',
  'refunds.truth.expected.partial': 'Accorder {allowed} sur les {claimed} demandés',
  'refunds.truth.expected.partialOffset':
    'Accorder {allowed} sur les {claimed} demandés, compenser {owed} avec les autres dettes du contribuable et payer {pay}',
  'refunds.truth.expected.full': 'Accorder la totalité des {claimed}',
  'refunds.truth.expected.fullOffset':
    'Accorder la totalité des {claimed}, compenser {owed} avec les autres dettes du contribuable et payer {pay}',
  'refunds.truth.explanation.blockDiversion':
    'La demande peut être fondée, mais l’argent irait sur un compte qui, selon la banque, appartient à quelqu’un d’autre et a été communiqué quelques jours avant la demande. Bloquez le remboursement, vérifiez l’identité du contribuable et le changement de compte, et recherchez une complicité interne.',
  'refunds.truth.explanation.blockPhantom':
    'Une société de quelques mois, domiciliée dans un centre d’affaires, demande un remboursement important sur des exportations que la douane n’a jamais vues, vers un compte ouvert quelques jours avant. Rien ne doit être payé : bloquez le remboursement et transmettez la société pour un contrôle avant remboursement et une enquête.',
  'refunds.truth.explanation.refuse':
    'Une fois retirées les exportations et les déductions non justifiées, il ne reste rien à rembourser.',
  'refunds.truth.explanation.partialExports':
    'Des exportations de {value} n’ont pas d’enregistrement douanier : elles ne sont pas exonérées. Au taux de {rate} %, elles portent {vat} de TVA collectée, qui vient en diminution de la demande. Le reste est justifié et dû.',
  'refunds.truth.explanation.partialCredits':
    '{disallowed} de TVA déductible ne correspondent pas à ce que le fournisseur a déclaré : ce montant est rejeté et le fournisseur est signalé pour contrôle. Le reste concorde et est dû.',
  'refunds.truth.explanation.fullNewExporter':
    'La première demande d’un nouvel exportateur est à risque élevé selon les règles ; elle est donc vérifiée intégralement, et la douane, les encaissements en devises, les fournisseurs et la banque la confirment. Payez-la dans le délai.',
  'refunds.truth.explanation.fullInvestment':
    'La demande dépasse de loin l’habitude à cause d’un achat de bien d’investissement, et le fournisseur a déclaré cette vente : le crédit est réel. Payez-la.',
  'refunds.truth.explanation.fullGenuine':
    'Les déductions concordent avec les déclarations des fournisseurs et les exportations avec les enregistrements douaniers : le remboursement est dû.',
  'refunds.truth.explanation.withOffset':
    '{explanation} Le contribuable doit un autre impôt : le remboursement apure d’abord cette dette.',

  'refunds.story.title': 'Remboursement de TVA {period} : {name}',
  'refunds.story.channel.registration': 'Formulaire d’immatriculation',
  'refunds.story.channel.letter': 'Lettre signée par un dirigeant',
  'refunds.story.channel.portal': 'Portail en ligne',
  'refunds.story.channel.newEmail': 'Portail en ligne, depuis une nouvelle adresse électronique',

  'refunds.ledger.notAllowed': 'part de la demande de remboursement non accordée',
  'refunds.ledger.offsetTo': 'remboursement compensé sur {taxType} {period}',
  'refunds.ledger.offsetFrom': 'provenant du remboursement de TVA {period}',
  'refunds.ledger.paid': 'remboursement autorisé au paiement',
  'refunds.story.supply.stockForResale': 'Marchandises destinées à la revente',
  'refunds.story.supply.packagingMaterials': 'Matériaux d’emballage',
  'refunds.story.supply.spareParts': 'Pièces détachées',
  'refunds.story.supply.rawMaterials': 'Matières premières',
  'refunds.story.supply.packaging': 'Emballages',
  'refunds.story.supply.processedInputs': 'Intrants transformés',
  'refunds.story.supply.haulage': 'Transport routier',
  'refunds.story.supply.freightForwarding': 'Transit',
  'refunds.story.supply.warehousing': 'Entreposage',
  'refunds.story.supply.rawProduce': 'Produits agricoles bruts',
  'refunds.story.supply.baggedProduce': 'Produits agricoles ensachés',
  'refunds.story.supply.buildingWorks': 'Travaux de bâtiment',
  'refunds.story.supply.siteWorks': 'Travaux de chantier',
  'refunds.story.supply.itServices': 'Services informatiques',
  'refunds.story.supply.softwareLicences': 'Licences de logiciels',
  'refunds.story.supply.clearingAndAgencyFees': 'Frais de dédouanement et de commission',
  'refunds.story.supply.consultancy': 'Conseil',
  'refunds.story.supply.oreAndAggregates': 'Minerai et granulats',
  'refunds.story.supply.consumables': 'Consommables',
  'refunds.story.supply.goodsAndServices': 'Biens et services',
  'refunds.story.capital.productionLine': 'Ligne de production',
  'refunds.story.capital.processingMachinery': 'Machines de transformation',
  'refunds.story.capital.coldStoragePlant': 'Installation frigorifique',
  'refunds.story.capital.deliveryTrucks': 'Camions de livraison',
  'refunds.story.capital.generatorPlant': 'Groupe électrogène',
} satisfies Catalogue
