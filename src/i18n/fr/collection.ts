import type { Catalogue } from '../languages'

export default {
  'collection.cmd.reviewAccount': 'Examiner le compte du contribuable et l’ancienneté des dettes',
  'collection.cmd.checkNotices': 'Vérifier les avis signifiés',
  'collection.cmd.checkObjections': 'Consulter le registre des réclamations',
  'collection.cmd.checkAgreements': 'Vérifier les échéanciers et les demandes',
  'collection.cmd.reviewCashFlow': 'Examiner le plan de trésorerie',
  'collection.cmd.bankInquiry': 'Envoyer une demande de renseignements à la banque',
  'collection.cmd.checkEmployer': 'Vérifier l’employeur et les clients débiteurs',
  'collection.cmd.checkRegistry': 'Consulter les registres et les biens',
  'collection.cmd.softContact': 'Envoyer une lettre de rappel (SMS, courriel ou lettre)',
  'collection.cmd.serveDemand': 'Signifier la mise en demeure',
  'collection.cmd.serveDemand.help':
    'Ouvre le délai de la mise en demeure : l’avis est réputé reçu après le délai légal, puis le contribuable dispose du délai de la mise en demeure pour payer avant que les poursuites soient légales.',
  'collection.cmd.holdDisputed': 'Suspendre le recouvrement du montant contesté',
  'collection.cmd.declareDefault': 'Constater la défaillance de l’échéancier en cours',
  'collection.cmd.refuseAgreement': 'Refuser la demande d’échéancier',
  'collection.cmd.proposeWriteOff': 'Proposer une admission en non-valeur',
  'collection.cmd.rejectWriteOff': 'Enregistrer le renvoi de l’admission en non-valeur',
  'collection.cmd.enforce': 'Délivrer un acte de poursuite',
  'collection.cmd.protectiveMeasure': 'Bloquer les comptes maintenant (mesure conservatoire)',
  'collection.cmd.protectiveMeasure.help':
    'Seulement avant la fin du délai de la mise en demeure, lorsque le débiteur soustrait ses biens.',
  'collection.cmd.grantAgreement': 'Accorder un échéancier de paiement',
  'collection.cmd.approveWriteOff': 'Enregistrer l’approbation de l’admission en non-valeur',
  'collection.cmd.diarise': 'Mettre en attente (aucune action avant une date ultérieure)',
  'collection.field.reason': 'Motif indiqué dans la lettre',
  'collection.field.criterion': 'Critère',
  'collection.field.note': 'Justificatif qui l’établit',
  'collection.field.approver': 'Décidé par',
  'collection.field.tool': 'Mesure',
  'collection.field.amount': 'Montant à recouvrer',
  'collection.field.months': 'Mensualités',
  'collection.field.security': 'Garantie exigée',
  'collection.tool.offset': 'Compenser avec un remboursement ou un crédit dû au contribuable',
  'collection.tool.bank': 'Avis à tiers détenteur sur les comptes bancaires',
  'collection.tool.employer': 'Ordonner à l’employeur de verser une partie du salaire',
  'collection.tool.receivables': 'Ordonner aux clients débiteurs de payer l’administration',
  'collection.tool.seizure': 'Saisir et vendre des biens',
  'collection.toolName.offset': 'la compensation avec un remboursement ou un crédit dû au contribuable',
  'collection.toolName.bank': 'l’avis à tiers détenteur sur les comptes bancaires',
  'collection.toolName.employer': 'l’ordre à l’employeur de verser une partie du salaire',
  'collection.toolName.receivables': 'l’ordre aux clients débiteurs de payer l’administration',
  'collection.toolName.seizure': 'la saisie-vente des biens',
  'collection.security.none': 'Sans garantie',
  'collection.security.bankGuarantee': 'Caution bancaire',
  'collection.security.chargeOnAssets': 'Sûreté sur les biens',
  'collection.criterion.liquidation': 'Société en liquidation ou radiée, aucun bien saisissable',
  'collection.criterion.untraceable': 'Contribuable introuvable',
  'collection.criterion.uneconomic': 'Coût du recouvrement supérieur à la dette',
  'collection.approver.self': 'Vous-même, l’agent qui propose',
  'collection.approver.supervisor': 'Chef d’équipe',
  'collection.approver.head': 'Chef du service du recouvrement',
  'collection.state.routing': 'Ouverture du dossier',
  'collection.state.debtDetected': 'Dette constatée — aucune mise en demeure signifiée',
  'collection.state.demandPeriod': 'Mise en demeure signifiée — délai en cours',
  'collection.state.enforceable': 'Délai de la mise en demeure expiré — poursuites possibles',
  'collection.state.writeOffProposed': 'Admission en non-valeur proposée — en attente d’approbation',
  'collection.state.enforced': 'Acte de poursuite délivré',
  'collection.state.assetsFrozen': 'Comptes bloqués (mesure conservatoire)',
  'collection.state.agreementGranted': 'Échéancier de paiement accordé',
  'collection.state.writtenOff': 'Admis en non-valeur',
  'collection.state.diarised': 'Mis en attente pour suivi',
  'collection.blocker.done.account': 'Le compte du contribuable a déjà été examiné.',
  'collection.blocker.done.notices': 'Les avis signifiés ont déjà été vérifiés.',
  'collection.blocker.done.objections': 'Le registre des réclamations a déjà été consulté.',
  'collection.blocker.done.agreements': 'L’historique des échéanciers a déjà été vérifié.',
  'collection.blocker.done.cashFlow': 'Le plan de trésorerie a déjà été examiné.',
  'collection.blocker.done.bank': 'La demande de renseignements à la banque a déjà été faite.',
  'collection.blocker.done.employer':
    'Les données de l’employeur et des clients débiteurs ont déjà été vérifiées.',
  'collection.blocker.done.registry': 'Les registres ont déjà été consultés.',
  'collection.blocker.notAStep': '« {type} » n’est pas une étape du recouvrement.',
  'collection.blocker.noCashFlow':
    'Le contribuable n’a pas demandé de délai de paiement ; aucun plan de trésorerie au dossier.',
  'collection.blocker.writeOffPending':
    'Une proposition d’admission en non-valeur attend l’approbation ; rien d’autre ne peut être fait sur le dossier avant la décision.',
  'collection.blocker.noDemand':
    'Aucune mise en demeure n’a été signifiée : les poursuites ne sont pas encore légales.',
  'collection.blocker.periodRunning':
    'Le délai de la mise en demeure court jusqu’au {endsOn} (signifiée le {servedOn}, réputée reçue le {deemedOn}) ; les poursuites sont légales à partir du {from}.',
  'collection.blocker.enforceNoticesFirst':
    'Vérifiez d’abord les avis signifiés : les poursuites exigent la preuve de la signification de la mise en demeure.',
  'collection.blocker.enforceObjectionsFirst':
    'Consultez d’abord le registre des réclamations : un montant valablement contesté ne peut être poursuivi.',
  'collection.blocker.holdFirst':
    'Enregistrez d’abord la suspension du recouvrement sur les {amount} contestés.',
  'collection.blocker.agreementInForce':
    'Un échéancier de paiement est en cours (accordé le {grantedOn}) : les poursuites ne sont pas légales tant qu’il court.',
  'collection.blocker.decideRequestFirst': 'Statuez d’abord sur la demande d’échéancier du contribuable.',
  'collection.blocker.demandAlreadyServed':
    'La mise en demeure a déjà été signifiée ; une lettre de rappel n’est plus l’étape suivante.',
  'collection.blocker.reminderSent': 'Une lettre de rappel a déjà été envoyée (le {on}).',
  'collection.blocker.demandServed': 'Une mise en demeure a déjà été signifiée (le {on}).',
  'collection.blocker.demandAccountFirst':
    'Examinez d’abord le compte du contribuable : la mise en demeure doit indiquer le bon montant.',
  'collection.blocker.reminderFirst':
    'Envoyez d’abord une lettre de rappel : la mise en demeure suit la relance amiable.',
  'collection.blocker.alreadyHeld': 'Le recouvrement du montant contesté est déjà suspendu.',
  'collection.blocker.objectionsFirst': 'Consultez d’abord le registre des réclamations.',
  'collection.blocker.noSuspension':
    'Selon la loi, une réclamation ne suspend pas le recouvrement : il n’y a rien à suspendre.',
  'collection.blocker.nothingToHold':
    'Aucune réclamation valable n’est pendante sur cette dette : il n’y a rien à suspendre.',
  'collection.blocker.defaultDeclared': 'La défaillance de l’échéancier a déjà été constatée.',
  'collection.blocker.noAgreement': 'Aucun échéancier de paiement n’est en cours.',
  'collection.blocker.agreementsFirst': 'Vérifiez d’abord l’historique des échéanciers.',
  'collection.blocker.notInDefault':
    'Seulement {missed, plural, one {# échéance impayée} other {# échéances impayées}} ; un échéancier est défaillant après {needed}.',
  'collection.blocker.requestRefused': 'La demande a déjà été refusée.',
  'collection.blocker.noRequest': 'Le contribuable n’a pas demandé d’échéancier de paiement.',
  'collection.blocker.requestWasRefused': 'La demande d’échéancier de paiement a été refusée.',
  'collection.blocker.agreementAccountFirst':
    'Examinez d’abord le compte du contribuable : un échéancier suppose que les déclarations courantes soient déposées.',
  'collection.blocker.accountFirst': 'Examinez d’abord le compte du contribuable.',
  'collection.blocker.writeOffRegistryFirst':
    'Consultez d’abord les registres : une admission en non-valeur exige des critères justifiés.',
  'collection.blocker.noProposal': 'Aucune admission en non-valeur n’a été proposée sur ce dossier.',
  'collection.blocker.noProtectiveMeasures':
    'La loi ne prévoit aucune mesure conservatoire avant la fin du délai de la mise en demeure.',
  'collection.blocker.serveDemandFirst': 'Signifiez d’abord la mise en demeure.',
  'collection.blocker.periodOverEnforce':
    'Le délai de la mise en demeure est expiré : poursuivez (avis à tiers détenteur sur les comptes) au lieu de les bloquer.',
  'collection.blocker.noticesFirst': 'Vérifiez d’abord les avis signifiés.',
  'collection.blocker.freezeBankFirst':
    'Interrogez d’abord la banque : un blocage suppose des comptes identifiés.',
  'collection.blocker.diariseNoticesFirst':
    'Vérifiez d’abord les avis signifiés, pour que la date de suivi soit juste.',
  'collection.unlawful.beforePeriod':
    '{why} Poursuivre avant l’expiration du délai de la mise en demeure est illégal.',
  'collection.unlawful.agreementInForce':
    'Un échéancier de paiement est en cours (accordé le {grantedOn}) ; la dette ne peut être poursuivie tant que le contribuable le respecte.',
  'collection.unlawful.disputed':
    '{disputed} de la dette font l’objet d’une réclamation valable et ne peuvent être poursuivis avant qu’elle soit tranchée ; {undisputed} au plus peuvent être poursuivis.',
  'collection.problem.chooseTool': 'Choisissez une mesure d’exécution.',
  'collection.problem.toolNotLawful': '« {tool} » n’est pas une mesure d’exécution prévue par la loi.',
  'collection.problem.offsetAccountFirst':
    'Examinez d’abord le compte du contribuable : une compensation suppose un crédit sur ce compte.',
  'collection.problem.garnishBankFirst':
    'Interrogez d’abord la banque : on ne peut pas notifier un avis à tiers détenteur sur un compte non identifié.',
  'collection.problem.employerFirst':
    'Vérifiez d’abord l’employeur et les clients débiteurs : l’ordre doit désigner qui paie.',
  'collection.problem.seizureRegistryFirst':
    'Consultez d’abord les registres : une saisie suppose des biens identifiés.',
  'collection.problem.amount': 'Saisissez le montant à recouvrer.',
  'collection.problem.aboveHeld':
    '{limit} au plus peuvent être poursuivis : {held} font l’objet d’une réclamation et sont suspendus.',
  'collection.problem.aboveDebt': 'Le montant dû est de {limit} au plus.',
  'collection.problem.months': 'Saisissez le nombre de mensualités.',
  'collection.problem.tooManyMonths': 'La loi autorise au plus {max} mensualités.',
  'collection.problem.security': 'Choisissez la garantie exigée (ou aucune).',
  'collection.problem.reason': 'Indiquez le motif du refus ; il figure dans la lettre au contribuable.',
  'collection.problem.criterion': 'Choisissez le critère d’admission en non-valeur.',
  'collection.problem.notInLiquidation':
    'Le registre du commerce n’indique pas que ce contribuable est en liquidation ou radié.',
  'collection.problem.traced':
    'Le contribuable a été localisé : les registres indiquent une adresse actuelle.',
  'collection.problem.notUneconomic':
    'La dette ({debt}) dépasse {limit}, montant jusqu’auquel le recouvrement coûte plus qu’il ne rapporte.',
  'collection.problem.unknownCriterion': 'Critère inconnu : {criterion}',
  'collection.problem.approver': 'Choisissez qui statue sur la proposition.',
  'collection.problem.selfApproval':
    'Vous avez proposé cette admission en non-valeur : la séparation des fonctions exige qu’une autre personne en décide.',
  'collection.problem.aboveSupervisor':
    'Une admission en non-valeur de {amount} dépasse le seuil du chef d’équipe : c’est le chef du service du recouvrement qui l’approuve.',
  'collection.reference.debt': 'Dette au compte : {amount}.',
  'collection.reference.requested':
    'Le contribuable a demandé {months} mensualités (la loi en autorise au plus {max}).',
  'collection.reference.maxMonths': 'La loi autorise au plus {max} mensualités.',
  'collection.channel.sms': 'SMS',
  'collection.channel.email': 'courriel',
  'collection.channel.letter': 'lettre',
  'collection.method.registeredMail': 'lettre recommandée',
  'collection.method.handDelivery': 'remise en main propre',
  'collection.method.email': 'courriel',
  'collection.objectionStatus.pending': 'en instance',
  'collection.objectionStatus.decided': 'tranchée',
  'collection.objectionStatus.withdrawn': 'retirée',
  'collection.agreementStatus.completed': 'soldé',
  'collection.agreementStatus.defaulted': 'défaillant',
  'collection.agreementStatus.active': 'en cours',
  'collection.taxpayerKind': '{kind, select, business {Entreprise} other {Personne physique}}',
  'collection.priority': '{priority, select, high {haute} low {basse} other {normale}}',
  'collection.panel.taxpayer': 'Contribuable',
  'collection.panel.tin': 'NIF',
  'collection.panel.date': 'Date',
  'collection.panel.dateOnly': '{on}',
  'collection.panel.tax': 'Impôt',
  'collection.panel.period': 'Période',
  'collection.panel.received': 'Reçue le',
  'collection.panel.none': 'Aucune',
  'collection.panel.case.title': 'Dossier de recouvrement',
  'collection.panel.case.type': 'Type',
  'collection.panel.case.arrears': 'Arriérés',
  'collection.panel.case.oldest': 'Plus ancien montant impayé depuis le',
  'collection.panel.case.oldestValue': '{on} ({days, plural, one {# jour} other {# jours}})',
  'collection.panel.case.score': 'Score de recouvrabilité',
  'collection.panel.case.scoreValue':
    '{score} / 100 ({band, select, high {élevée} medium {moyenne} other {faible}})',
  'collection.panel.case.priority': 'Priorité',
  'collection.panel.case.stage': 'Étape',
  'collection.panel.case.demandServed': 'Mise en demeure signifiée le {on}',
  'collection.panel.case.reminderSent': 'Lettre de rappel envoyée le {on} ; pas encore de mise en demeure',
  'collection.panel.case.noContact': 'Aucun contact pour l’instant',
  'collection.panel.case.request': 'Demande au dossier',
  'collection.panel.case.requestOn': 'Échéancier de paiement demandé le {on}',
  'collection.panel.account.title': 'Compte du contribuable',
  'collection.panel.account.ageing': 'Arriérés par ancienneté',
  'collection.panel.account.notDue': 'Non échu',
  'collection.panel.account.d0_90': '1–90 jours',
  'collection.panel.account.d91_365': '91–365 jours',
  'collection.panel.account.over365': 'Plus de 365 jours',
  'collection.panel.account.ledger': 'Compte courant',
  'collection.panel.account.entry': 'Écriture',
  'collection.panel.account.debit': 'Débit',
  'collection.panel.account.credit': 'Crédit',
  'collection.panel.account.reference': 'Référence',
  'collection.panel.account.noEntries': 'Aucune écriture.',
  'collection.panel.account.net': 'Position nette de l’ensemble du compte : {amount}.',
  'collection.panel.returns.title': 'Déclarations',
  'collection.panel.returns.due': 'Échéance',
  'collection.panel.returns.filed': 'Déposée le',
  'collection.panel.returns.notFiled': 'non déposée',
  'collection.panel.returns.status': 'Statut',
  'collection.panel.returns.missing': 'manquante',
  'collection.panel.returns.notYetDue': 'pas encore échue',
  'collection.panel.returns.late': 'en retard',
  'collection.panel.returns.onTime': 'dans les délais',
  'collection.panel.returns.declared': 'Impôt déclaré',
  'collection.panel.returns.empty': 'Aucune déclaration au dossier.',
  'collection.panel.notices.title': 'Avis signifiés',
  'collection.panel.notices.reminders': 'Lettres de rappel',
  'collection.panel.notices.sent': 'Envoyée le',
  'collection.panel.notices.channel': 'Canal',
  'collection.panel.notices.noReminder': 'Aucune lettre de rappel n’a été envoyée.',
  'collection.panel.notices.finalDemand': 'Mise en demeure',
  'collection.panel.notices.notice': 'Avis',
  'collection.panel.notices.served': 'Signifiée le',
  'collection.panel.notices.servedValue': '{on} ({method})',
  'collection.panel.notices.deemed': 'Réputée reçue (+{days, plural, one {# jour} other {# jours}})',
  'collection.panel.notices.periodEnds':
    'Fin du délai de la mise en demeure (+{days, plural, one {# jour} other {# jours}})',
  'collection.panel.notices.lawfulFrom': 'Poursuites légales à partir du',
  'collection.panel.notices.noDemand': 'Aucune mise en demeure n’a été signifiée.',
  'collection.panel.objections.title': 'Registre des réclamations',
  'collection.panel.objections.objection': 'Réclamation',
  'collection.panel.objections.assessed': 'Imposition du',
  'collection.panel.objections.lodged': 'Déposée le',
  'collection.panel.objections.lastDay': 'Dernier jour pour réclamer',
  'collection.panel.objections.inDispute': 'Montant contesté',
  'collection.panel.objections.status': 'Statut',
  'collection.panel.objections.grounds': 'Motifs',
  'collection.panel.objections.empty': 'Ce contribuable n’a déposé aucune réclamation.',
  'collection.panel.objections.rule':
    'Une réclamation doit être déposée dans les {days} jours suivant la date à laquelle l’avis d’imposition est réputé reçu ({deemed} jours après son émission). {suspends, select, yes {Une réclamation valable et pendante suspend le recouvrement du seul montant contesté.} other {Dans cette juridiction, une réclamation ne suspend pas le recouvrement.}}',
  'collection.panel.agreements.title': 'Échéanciers et demandes',
  'collection.panel.agreements.tableTitle': 'Échéanciers de paiement',
  'collection.panel.agreements.agreement': 'Échéancier',
  'collection.panel.agreements.granted': 'Accordé le',
  'collection.panel.agreements.monthsColumn': 'Mois',
  'collection.panel.agreements.instalment': 'Mensualité',
  'collection.panel.agreements.paid': 'Payées',
  'collection.panel.agreements.missed': 'Impayées',
  'collection.panel.agreements.status': 'Statut',
  'collection.panel.agreements.security': 'Garantie',
  'collection.panel.agreements.empty': 'Aucun échéancier de paiement antérieur.',
  'collection.panel.agreements.waiting': 'Demande en attente de décision',
  'collection.panel.agreements.askedMonths': 'Mensualités demandées',
  'collection.panel.agreements.implies': 'Mensualité correspondante',
  'collection.panel.agreements.reason': 'Motif invoqué par le contribuable',
  'collection.panel.agreements.longest': 'Durée maximale autorisée par la loi',
  'collection.panel.agreements.months': '{months, plural, one {# mois} other {# mois}}',
  'collection.panel.agreements.noRequest': 'Aucune demande de délai de paiement en attente.',
  'collection.panel.cashFlow.shortTitle': 'Plan de trésorerie',
  'collection.panel.cashFlow.title': 'Plan de trésorerie (joint à la demande)',
  'collection.panel.cashFlow.none': 'Aucun plan de trésorerie au dossier.',
  'collection.panel.cashFlow.month': 'Mois',
  'collection.panel.cashFlow.actual': 'réel',
  'collection.panel.cashFlow.projected': 'prévisionnel',
  'collection.panel.cashFlow.receipts': 'Encaissements',
  'collection.panel.cashFlow.payments': 'Décaissements',
  'collection.panel.cashFlow.net': 'Solde',
  'collection.panel.cashFlow.surplus': 'Excédent mensuel moyen prévu',
  'collection.panel.cashFlow.explanation': 'Explication du contribuable',
  'collection.panel.bank.title': 'Réponses à la demande de renseignements bancaires',
  'collection.panel.bank.accounts': 'Comptes détenus',
  'collection.panel.bank.bank': 'Banque',
  'collection.panel.bank.account': 'Compte',
  'collection.panel.bank.balance': 'Solde ce jour',
  'collection.panel.bank.noAccount': 'Aucune banque n’a déclaré de compte au nom de ce contribuable.',
  'collection.panel.bank.transactions': 'Opérations des 60 derniers jours',
  'collection.panel.bank.description': 'Libellé',
  'collection.panel.bank.counterparty': 'Contrepartie',
  'collection.panel.bank.in': 'Crédit',
  'collection.panel.bank.out': 'Débit',
  'collection.panel.bank.noTransactions': 'Aucune opération.',
  'collection.panel.employer.panelTitle': 'Employeur et clients débiteurs',
  'collection.panel.employer.title': 'Employeur (déclarations de retenue à la source sur salaires)',
  'collection.panel.employer.employer': 'Employeur',
  'collection.panel.employer.tin': 'NIF de l’employeur',
  'collection.panel.employer.wage': 'Salaire mensuel brut',
  'collection.panel.employer.reaches': 'Un ordre à l’employeur atteint',
  'collection.panel.employer.reachesValue':
    '{percent} % de chaque salaire, sur {months, plural, one {# mois} other {# mois}}',
  'collection.panel.employer.none': 'Aucun employeur ne déclare de salaire versé à ce contribuable.',
  'collection.panel.employer.debtors':
    'Clients débiteurs (factures électroniques impayées émises par le contribuable)',
  'collection.panel.employer.customer': 'Client',
  'collection.panel.employer.invoiceDate': 'Date de facture',
  'collection.panel.employer.owed': 'Dû',
  'collection.panel.employer.noDebtors': 'Aucune facture client impayée enregistrée.',
  'collection.panel.registry.title': 'Registres et biens',
  'collection.panel.registry.status': 'Situation au registre',
  'collection.panel.registry.liquidator': 'Liquidateur',
  'collection.panel.registry.assets': 'Biens immatriculés (véhicules, terrains, équipements)',
  'collection.panel.registry.asset': 'Bien',
  'collection.panel.registry.value': 'Valeur de réalisation forcée',
  'collection.panel.registry.noAssets': 'Aucun bien immatriculé.',
  'collection.verdict.noRecord': 'Aucun dossier de recouvrement ne porte cet identifiant dans ce monde.',
  'collection.verdict.notClosing': '« {command} » ne clôt pas un dossier de recouvrement.',
  'collection.verdict.enforce.seizedCashFlow':
    'Les biens d’un contribuable en règle, en difficulté de trésorerie passagère, ont été saisis : un délai de paiement était la réponse.',
  'collection.verdict.enforce.overReaction':
    'Réaction excessive : un contribuable en règle, en difficulté réelle et passagère, a demandé un échéancier réaliste. Accordez l’échéancier.',
  'collection.verdict.enforce.uncollectible':
    'La société est en liquidation et rien n’est saisissable : les poursuites coûtent plus qu’elles ne rapportent. Proposez une admission en non-valeur (et produisez la créance à la liquidation).',
  'collection.verdict.enforce.reachesNothing':
    '« {tool} » n’atteint rien ici : l’acte ne recouvre rien pendant que la dette vieillit.',
  'collection.verdict.enforce.freezeAvailable':
    'Légal une fois le délai expiré, mais le débiteur vidait ses comptes pendant l’attente : une mesure conservatoire de blocage était possible.',
  'collection.verdict.enforce.securityAllowed':
    'Défendable, mais avec {defaults, plural, one {# défaillance} other {# défaillances}} la loi permet un nouvel échéancier contre garantie.',
  'collection.verdict.enforce.proportionate':
    'Légal et proportionné : {best} est la mesure la moins intrusive qui atteint la dette.',
  'collection.verdict.enforce.short':
    'La bonne mesure, mais pour moins que ce qui est légalement dû. Elle recouvre {amount} sur les {due} dus.',
  'collection.verdict.enforce.disproportionate':
    'Disproportionné : une saisie alors qu’une mesure plus douce atteint la dette ({best}).',
  'collection.verdict.enforce.moreIntrusive':
    'Légal mais plus intrusif que nécessaire : {best} atteint toute la dette.',
  'collection.verdict.enforce.reachesLittle':
    '« {tool} » n’atteint que {reach} sur {due} ; {best} atteint toute la dette. L’acte recouvre peu pendant que la dette vieillit.',
  'collection.verdict.enforce.milderPartly':
    'Une mesure plus douce, mais {toolName} n’atteint que {reach} sur {due} ; {best} atteint toute la dette.',
  'collection.verdict.agreement.securedAbuse':
    'La garantie protège les recettes, mais après {defaults, plural, one {# échéancier défaillant} other {# échéanciers défaillants}} la demande devait être refusée et la dette poursuivie.',
  'collection.verdict.agreement.unsecuredAbuse':
    'Un nouvel échéancier sans garantie pour un contribuable avec {defaults, plural, one {# échéancier défaillant} other {# échéanciers défaillants}} : la dette continue de vieillir.',
  'collection.verdict.agreement.noSecurity':
    'Après une défaillance, un nouvel échéancier exige une garantie ; celui-ci n’en a aucune.',
  'collection.verdict.agreement.securedUnrealistic':
    'Garanti, mais l’échéancier dépasse ce que la trésorerie peut supporter.',
  'collection.verdict.agreement.secured':
    'Un échéancier garanti, comme la loi l’exige après une défaillance.',
  'collection.verdict.agreement.unrealistic':
    'La mensualité de {instalment} dépasse l’excédent prévu de {surplus} : cet échéancier sera défaillant.',
  'collection.verdict.agreement.needlessSecurity':
    'Le délai de paiement était la bonne réponse, mais la garantie est une charge inutile pour un contribuable en règle sans défaillance.',
  'collection.verdict.agreement.granted':
    'Contribuable en règle, difficulté réelle et passagère, échéancier réaliste dans la limite légale : accordé.',
  'collection.verdict.agreement.notNeeded':
    'Un échéancier de paiement n’était pas ce dont ce dossier avait besoin.',
  'collection.verdict.protective.flight':
    'D’importants virements sortants après la mise en demeure : bloquer les comptes maintenant protège la créance.',
  'collection.verdict.protective.cashFlow':
    'Les comptes d’un contribuable en règle qui demandait un délai de paiement ont été bloqués sans aucun signe de fuite.',
  'collection.verdict.protective.noFlight':
    'Aucun signe de soustraction de biens : des paiements ordinaires ne sont pas une fuite, et le délai doit courir.',
  'collection.verdict.diarise.flight':
    'Attendre pendant que le débiteur met son argent hors d’atteinte : un blocage conservatoire s’imposait maintenant.',
  'collection.verdict.diarise.cashFlow':
    'La demande de délai de paiement est restée sans réponse ; le contribuable remplit les conditions d’un échéancier.',
  'collection.verdict.diarise.uncollectible':
    'Une dette irrécouvrable laissée dans les comptes : proposez l’admission en non-valeur avec son critère justifié.',
  'collection.verdict.diarise.periodOver':
    'Le délai de la mise en demeure était déjà expiré lors de la mise en attente : la dette pouvait être poursuivie.',
  'collection.verdict.diarise.waiting':
    'Aucune action légale possible avant la fin du délai de la mise en demeure : mis en attente pour suivi.',
  'collection.verdict.diarise.noDemand':
    'Aucune mise en demeure n’a été signifiée : le délai ne commence jamais.',
  'collection.verdict.diarise.delay':
    'Le délai de la mise en demeure est expiré et rien ne s’y oppose : chaque semaine de retard réduit les chances de recouvrement.',
  'collection.verdict.writeOff.collectable':
    'Une dette recouvrable a été admise en non-valeur : des recettes abandonnées.',
  'collection.verdict.writeOff.approved':
    'Admis en non-valeur sur un critère justifié, approuvé par une autre personne que celle qui l’a proposé.',
  'collection.verdict.writeOff.otherCriterion':
    'Admis en non-valeur, mais sur un autre critère que celui que les pièces établissent le mieux ({criterion}).',
  'collection.world.title': '{name} : arriérés',
  'collection.world.registry.active': 'En activité',
  'collection.world.registry.alive': 'En vie ; adresse confirmée',
  'collection.world.registry.inLiquidation': 'En liquidation',
  'collection.world.registry.companyNote':
    'Registre du commerce : société en activité, comptes annuels déposés à jour. Siège social : {line}, {city}.',
  'collection.world.registry.civilNote':
    'L’état civil et les fichiers des concessionnaires (eau, électricité) confirment l’adresse {line}, {city}.',
  'collection.world.registry.liquidationNote':
    'Liquidation amiable ouverte le {on} à l’initiative des créanciers. L’état de la situation dressé par le liquidateur fait apparaître des dettes privilégiées supérieures à la valeur de l’ensemble des actifs : rien n’est à attendre pour les créanciers chirographaires.',
  'collection.world.liquidator': '{name}, mandataire liquidateur',
  'collection.world.tx.rent': 'Loyer',
  'collection.world.tx.salaries': 'Salaires',
  'collection.world.tx.customerReceipt': 'Encaissement client',
  'collection.world.tx.supplierPayment': 'Paiement fournisseur',
  'collection.world.tx.salary': 'Salaire',
  'collection.world.tx.cardPayments': 'Paiements par carte',
  'collection.world.tx.utilityBill': 'Facture d’électricité',
  'collection.world.tx.cashWithdrawal': 'Retrait d’espèces',
  'collection.world.tx.transferOutLoan': 'Virement sortant : remboursement du compte courant du dirigeant',
  'collection.world.tx.transferOut': 'Virement sortant',
  'collection.world.party.customer': 'Client',
  'collection.world.party.supplier': 'Fournisseur',
  'collection.world.party.landlord': 'Bailleur',
  'collection.world.party.payroll': 'Paie du personnel',
  'collection.world.party.various': 'Divers',
  'collection.world.party.electricity': 'Société d’électricité',
  'collection.world.party.atm': 'Distributeur automatique',
  'collection.world.party.aDirector': 'un dirigeant',
  'collection.world.party.offshoreBank': 'une banque à l’étranger',
  'collection.world.party.mainCustomer': 'notre principal client',
  'collection.world.party.personalAccount': '{name} (compte personnel)',
  'collection.world.party.newAccount': 'Nouveau compte chez {bank}',
  'collection.world.asset':
    '{what, select, van {Fourgonnette de livraison} pickup {Pick-up} saloon {Berline} forklift {Chariot élévateur} other {Groupe électrogène}}, immatriculation {year}',
  'collection.world.request.slow': 'L’activité a été faible ; nous paierons désormais chaque mois.',
  'collection.world.request.latePaying': 'Nos clients paient en retard. Il nous faut encore un délai.',
  'collection.world.request.restructuring':
    'Nous sommes en cours de restructuration et sollicitons un nouvel échéancier.',
  'collection.world.request.customerLate':
    '{customer} nous a payés avec {days} jours de retard ; les factures sont désormais réglées par échéances.',
  'collection.world.cashFlow.better':
    'Les prochains mois seront meilleurs ; nous attendons de nouveaux contrats.',
  'collection.world.cashFlow.delayed':
    'Les encaissements ont baissé pendant deux mois parce que {customer} a tardé à régler d’importantes factures. Les commandes sont stables et le client a commencé à payer ; la prévision repose sur des contrats signés.',
  'collection.world.grounds.depreciation': 'Amortissements refusés sur des équipements neufs',
  'collection.world.grounds.transferPricing': 'Redressement de prix de transfert sur des frais de gestion',
  'collection.world.grounds.wrongYear': 'Produits rattachés au mauvais exercice',
  'collection.world.grounds.lateFilingDecided':
    'Pénalité pour dépôt tardif (réclamation tranchée : pénalité réduite, solde payé)',
  'collection.world.flag.transfersOut':
    'Deux virements sortants pour un total de {amount} dans les jours qui ont suivi la mise en demeure signifiée le {on}',
  'collection.world.flag.moneyMoved':
    'Fonds transférés à {director} et vers un nouveau compte dans une autre banque',
  'collection.world.flag.defaulted':
    '{defaults, plural, one {# échéancier défaillant} other {# échéanciers défaillants}}{active, select, yes {, y compris l’échéancier en cours} other {}}',
  'collection.world.flag.returnsMissing':
    '{missing, plural, one {# déclaration récente non déposée} other {# déclarations récentes non déposées}}',
  'collection.world.flag.longestTerm': 'Demande la durée maximale autorisée par la loi, avec un motif vague',
  'collection.world.flag.objectionPending':
    'Réclamation {id} introduite {days, plural, one {# jour} other {# jours}} après l’avis d’imposition (délai de {window, plural, one {# jour} other {# jours}}), toujours en instance',
  'collection.world.flag.onlyAssessed':
    'Seul le redressement ({disputedTax}) est contesté ; les arriérés ({tax}) ne le sont pas',
  'collection.world.flag.inLiquidation': 'Société en liquidation depuis le {on}',
  'collection.world.flag.nothingForUnsecured':
    'Le liquidateur n’annonce rien pour les créanciers chirographaires',
  'collection.world.flag.accountsEmpty': 'Comptes vides',
  'collection.truth.expected.enforce':
    'Recouvrer {amount} par le moyen le moins contraignant qui l’atteint ({tool, select, offset {compensation} bank {avis à tiers détenteur bancaire} employer {avis à tiers détenteur sur salaire} receivables {avis à tiers détenteur sur les clients} other {saisie-vente}}){hold, select, yes {, en suspendant la partie contestée de {disputed}} other {}}',
  'collection.truth.expected.protect':
    'Geler les comptes immédiatement (mesure conservatoire), avant que les fonds ne disparaissent',
  'collection.truth.expected.grant':
    'Accorder un échéancier de paiement sur {months, plural, one {# mois} other {# mois}}{secured, select, yes { contre garantie} other {}}',
  'collection.truth.expected.writeOff':
    'Proposer l’admission en non-valeur sur le critère documenté (liquidation) et la faire approuver par un autre agent',
  'collection.truth.expected.serveAndDiarise':
    'Signifier la mise en demeure, puis mettre le dossier en attente jusqu’à la fin du délai de la mise en demeure',
  'collection.truth.expected.diarise':
    'Mettre en attente : aucune mesure légale n’est possible avant la fin du délai de la mise en demeure',
  'collection.truth.expected.other': '{type}',
  'collection.truth.explanation.asset-flight':
    'D’importantes sommes ont quitté les comptes juste après la signification de la mise en demeure : attendre la fin du délai ne laisserait rien à recouvrer. Un gel conservatoire est légal avant la fin du délai lorsque des biens sont détournés.',
  'collection.truth.explanation.agreement-abuse':
    'Le contribuable n’a pas respecté ses échéanciers précédents et est en retard dans ses déclarations : un nouvel échéancier ne ferait que laisser vieillir la dette. On statue d’abord sur la demande, puis on recouvre la dette par le moyen le moins contraignant qui atteint des fonds.',
  'collection.truth.explanation.disputed-debt':
    'Une réclamation recevable et en instance couvre une partie de la dette. Seule cette partie est suspendue ; les arriérés non contestés sont recouvrés normalement.',
  'collection.truth.explanation.cash-flow-problem':
    'Le contribuable déclare et paie à temps, la difficulté est passagère et justifiée, et l’échéancier tient dans l’excédent prévu sans dépasser la durée légale : un délai de paiement recouvre davantage, à moindre coût, que les poursuites.',
  'collection.truth.explanation.uncollectible':
    'La société est en liquidation et le liquidateur n’attend rien pour les créanciers chirographaires : les poursuites coûteraient plus qu’elles ne rapporteraient. La dette est admise en non-valeur sur un critère documenté, approuvée par une autre personne que celle qui la propose.',
  'collection.truth.explanation.genuine':
    'Une dette ordinaire : suivre la procédure et, lorsque les poursuites sont légales, employer le moyen le moins contraignant qui soit efficace.',
  'collection.ledger.creditClaimed': 'crédit demandé',
  'collection.ledger.auditAssessment': 'redressement après contrôle',
  'collection.ledger.latePayment': 'paiement tardif',
  'collection.ledger.instalment': 'échéance',
  'collection.ledger.writtenOff':
    'admis en non-valeur ({criterion, select, liquidation {liquidation} untraceable {contribuable introuvable} uneconomic {coût supérieur à la dette} other {approuvé}}), approuvé par {approver, select, self {l’agent lui-même} head {le chef du recouvrement} other {le chef d’équipe}}',
  'collection.ledger.agreement':
    'échéancier de paiement : {part} sur {total} en {count, plural, one {# mensualité} other {# mensualités}}',
  'collection.ledger.instalmentDue': 'échéance {k} sur {n} ({amount}) : {part} dû sur cette période',
  'collection.world.thirdParty.wages': 'Déclaration de retenues sur salaires : salaires versés pour {month}',
  'collection.world.thirdParty.unpaidInvoice': 'Facture électronique à {name} ({tin}), impayée',
  'collection.truth.refuseReason':
    '{defaults, plural, one {# échéancier antérieur n’a pas été respecté} other {# échéanciers antérieurs n’ont pas été respectés}} et des déclarations manquent : un nouvel échéancier ne serait pas tenu.',
  'collection.naive.refuseReason':
    'Le contribuable ne remplit pas les conditions d’un échéancier de paiement.',
} satisfies Catalogue
