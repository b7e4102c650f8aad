import type { Catalogue } from '../languages'

export default {
  'payments.cmd.searchCandidates': 'Rechercher le payeur dans le répertoire',
  'payments.cmd.searchCandidates.help':
    'Recherche le NIF cité dans la référence, le nom et le compte bancaire du payeur, et les dettes ouvertes du même montant.',
  'payments.cmd.viewLedger': 'Ouvrir le compte du contribuable',
  'payments.cmd.viewFilingHistory': 'Ouvrir l’historique des déclarations',
  'payments.cmd.examineDocuments': 'Examiner les pièces justificatives',
  'payments.cmd.computeCharges': 'Calculer les pénalités et intérêts de retard',
  'payments.cmd.computeCharges.help':
    'Pénalité et intérêts selon la loi, de la date d’échéance d’origine à la date du paiement.',
  'payments.cmd.allocate': 'Imputer le paiement',
  'payments.cmd.allocate.help':
    'Au contribuable dont la raison sociale et le compte bancaire correspondent au payeur, ou qui est clairement désigné dans la référence.',
  'payments.cmd.returnToPayer': 'Restituer le paiement au payeur',
  'payments.cmd.returnToPayer.help': 'Pour un paiement qui ne peut être rattaché à aucun contribuable.',
  'payments.cmd.holdInSuspense': 'Maintenir en compte d’attente et interroger la banque',
  'payments.cmd.holdInSuspense.help':
    'Seulement tant que le paiement n’a pas dépassé le délai de compte d’attente fixé par la réglementation.',
  'payments.cmd.refundCredit': 'Rembourser le crédit',
  'payments.cmd.offsetCredit': 'Compenser avec les autres dettes, rembourser le reste',
  'payments.cmd.offsetCredit.help':
    'Impute le crédit sur les dettes ouvertes du contribuable (les plus anciennes d’abord) ; seul le reliquat est remboursé.',
  'payments.cmd.refuseRefund': 'Refuser le remboursement',
  'payments.cmd.waivePenalty': 'Accorder la remise de la pénalité',
  'payments.cmd.waivePenalty.help':
    'Seulement pour un motif légitime justifié. Les intérêts de retard sont une compensation et ne sont pas remis.',
  'payments.cmd.refuseWaiver': 'Refuser la remise',
  'payments.cmd.postCharges': 'Comptabiliser les pénalités et intérêts de retard',
  'payments.field.reason': 'Motif indiqué dans la lettre',
  'payments.field.tin': 'NIF',
  'payments.field.taxType': 'Impôt',
  'payments.field.period': 'Période, au format AAAA-MM ou AAAA',
  'payments.field.refundAmount': 'Montant à rembourser',
  'payments.field.waivedAmount': 'Montant remis',
  'payments.field.penalty': 'Pénalité de retard de paiement',
  'payments.field.interest': 'Intérêts de retard',
  'payments.state.received': 'Reçu',
  'payments.state.suspense': 'En compte d’attente',
  'payments.state.refundRequest': 'Remboursement demandé',
  'payments.state.waiverRequest': 'Remise demandée',
  'payments.state.chargesReview': 'Pénalités à confirmer',
  'payments.state.allocated': 'Imputé',
  'payments.state.returned': 'Restitué au payeur',
  'payments.state.held': 'Maintenu en compte d’attente',
  'payments.state.refunded': 'Remboursé',
  'payments.state.offset': 'Compensé et remboursé',
  'payments.state.refundRefused': 'Remboursement refusé',
  'payments.state.waived': 'Pénalité remise',
  'payments.state.waiverRefused': 'Remise refusée',
  'payments.state.charged': 'Pénalités comptabilisées',
  'payments.blocker.done.candidates': 'Le payeur a déjà été recherché dans le répertoire.',
  'payments.blocker.done.ledger': 'Le compte du contribuable est déjà ouvert.',
  'payments.blocker.done.history': 'L’historique des déclarations est déjà ouvert.',
  'payments.blocker.done.documents': 'Les pièces ont déjà été examinées.',
  'payments.blocker.done.charges': 'Les pénalités et intérêts ont déjà été calculés.',
  'payments.blocker.wrongType.suspense':
    'Il s’agit d’un paiement en compte d’attente : identifiez le payeur, puis imputez-le, restituez-le ou maintenez-le en compte d’attente.',
  'payments.blocker.wrongType.refund':
    'Il s’agit d’une demande de remboursement : décidez du sort du crédit.',
  'payments.blocker.wrongType.waiver':
    'Il s’agit d’une demande de remise de pénalité : accordez la remise ou refusez-la.',
  'payments.blocker.wrongType.charges':
    'Il s’agit d’un paiement tardif : confirmez les pénalités et intérêts de retard.',
  'payments.blocker.notAStep': '« {type} » n’est pas une étape du guichet des paiements.',
  'payments.blocker.allocateSearchFirst':
    'Recherchez d’abord le payeur dans le répertoire : un paiement s’impute d’après la raison sociale et le compte bancaire.',
  'payments.blocker.returnSearchFirst':
    'Consultez d’abord le répertoire : un paiement n’est restitué que si aucun contribuable ne peut être identifié.',
  'payments.blocker.holdSearchFirst':
    'Consultez d’abord le répertoire : la banque n’est interrogée que sur un payeur que personne ne reconnaît.',
  'payments.blocker.suspenseTooOld':
    'Le paiement est en compte d’attente depuis le {since} ({days, plural, one {# jour} other {# jours}}) ; la réglementation en autorise {limit} : imputez-le ou restituez-le au payeur.',
  'payments.blocker.refundLedgerFirst':
    'Ouvrez d’abord le compte du contribuable : un crédit n’est remboursé qu’après vérification des autres dettes.',
  'payments.blocker.waiverDocumentsFirst':
    'Examinez d’abord les pièces justificatives : la remise dépend du motif justifié.',
  'payments.blocker.chargesLedgerFirst':
    'Ouvrez d’abord le compte du contribuable, pour voir l’imposition et le paiement.',
  'payments.problem.tin': 'Saisissez le NIF auquel le paiement est imputé.',
  'payments.problem.unknownTin': 'Aucun contribuable ne détient le NIF {tin}.',
  'payments.problem.taxType': 'Choisissez l’impôt auquel le paiement se rapporte.',
  'payments.problem.period':
    'Les périodes ({tax}) s’écrivent {monthly, select, yes {AAAA-MM (un mois)} other {AAAA (une année)}}.',
  'payments.problem.reason': 'Indiquez le motif : il figure dans la lettre.',
  'payments.problem.refundAmount': 'Saisissez le montant à rembourser.',
  'payments.problem.refundTooMuch':
    'Le remboursement ne peut dépasser le crédit demandé par le contribuable.',
  'payments.problem.waivedAmount': 'Saisissez le montant remis.',
  'payments.problem.waivedTooMuch':
    'Le montant remis ne peut dépasser la pénalité et les intérêts appliqués sur la période.',
  'payments.problem.charges': 'Saisissez la pénalité et les intérêts (zéro ou plus).',
  'payments.reference.bankReference': 'Référence bancaire : « {reference} ».',
  'payments.reference.refundClaimed': 'Remboursement demandé : {amount}.',
  'payments.reference.waiverCharged': 'Appliqué : pénalité {penalty}, intérêts {interest}.',
  'payments.reference.chargesAssessed': 'Impôt mis en recouvrement : {amount} ; payé le {paidOn}.',
  'payments.rule.percentPerMonth':
    '{percent} % de l’impôt par mois ou fraction de mois{grace, plural, =0 {} one { après # mois de grâce} other { après # mois de grâce}}, au plus {max} %',
  'payments.rule.greaterOf': 'le plus élevé de {fixed} ou de {percent} % de l’impôt',
  'payments.rule.fixedPlus': '{fixed} plus {percent} % de l’impôt',
  'payments.rule.flat': 'un forfait de {amount}',
  'payments.panel.yes': 'oui',
  'payments.panel.no': 'non',
  'payments.panel.taxPeriod': '{taxType} {period}',
  'payments.panel.taxpayer': 'Contribuable',
  'payments.panel.nameAndTin': '{name} (NIF {tin})',
  'payments.panel.amount': 'Montant',
  'payments.panel.tin': 'NIF',
  'payments.panel.date': 'Date',
  'payments.panel.received': 'Reçu le',
  'payments.panel.paidOn': 'Payé le',
  'payments.panel.letter': 'Lettre',
  'payments.panel.taxAndPeriod': 'Impôt et période',
  'payments.panel.bank.title': 'Avis bancaire',
  'payments.panel.bank.ref': 'Référence bancaire',
  'payments.panel.bank.valueDate': 'Date de valeur',
  'payments.panel.bank.payerName': 'Nom du payeur',
  'payments.panel.bank.payerAccount': 'Compte du payeur',
  'payments.panel.bank.reference': 'Référence saisie par le payeur',
  'payments.panel.bank.referenceQuoted': '« {reference} »',
  'payments.panel.bank.noReference': '(aucune)',
  'payments.panel.bank.channel': 'Canal',
  'payments.panel.bank.inSuspense': 'En compte d’attente',
  'payments.panel.bank.inSuspenseValue':
    '{days, plural, one {# jour} other {# jours}} (limite {limit, plural, one {# jour} other {# jours}}, jusqu’au {until})',
  'payments.channel.transfer': 'virement bancaire',
  'payments.channel.cheque': 'chèque',
  'payments.channel.mobile': 'mobile money',
  'payments.foundBy.quotedTin': 'NIF cité dans la référence',
  'payments.foundBy.sameAmount': 'dette ouverte du même montant',
  'payments.foundBy.similarName': 'nom en partie semblable',
  'payments.foundBy.payerName': 'nom du payeur',
  'payments.foundBy.bankAccount': 'compte bancaire',
  'payments.panel.candidates.title': 'Contribuables possibles',
  'payments.panel.candidates.noTin': 'La référence ne cite aucun NIF.',
  'payments.panel.candidates.tinHolder': 'Le NIF {tin} cité dans la référence appartient à {name}.',
  'payments.panel.candidates.tinUnknown': 'Le NIF {tin} cité dans la référence ne figure pas au répertoire.',
  'payments.panel.candidates.tinInvalid':
    'Le NIF {tin} cité dans la référence ne passe pas le contrôle de la clé : aucun NIF ne s’écrit ainsi, un chiffre a donc été mal saisi.',
  'payments.panel.candidates.name': 'Raison sociale',
  'payments.panel.candidates.account': 'Compte enregistré',
  'payments.panel.candidates.foundBy': 'Trouvé par',
  'payments.panel.candidates.foundByList': '{reasons}',
  'payments.panel.candidates.sameName': 'Nom = payeur',
  'payments.panel.candidates.sameAccount': 'Compte = payeur',
  'payments.panel.candidates.sameAmount': 'Dette ouverte = montant',
  'payments.panel.candidates.yesOn': 'oui ({taxType} {period})',
  'payments.panel.candidates.owed': 'Dû',
  'payments.panel.candidates.empty': 'La recherche n’a trouvé aucun contribuable.',
  'payments.ledger.entryWithNote': '{kind} ({note})',
  'payments.ledger.kind.selfAssessment': 'auto-liquidation',
  'payments.ledger.kind.adjustment': 'redressement',
  'payments.ledger.kind.defaultAssessment': 'taxation d’office',
  'payments.ledger.kind.penalty': 'pénalité',
  'payments.ledger.kind.interest': 'intérêts de retard',
  'payments.ledger.kind.payment': 'paiement',
  'payments.ledger.kind.paymentReversal': 'annulation de paiement',
  'payments.ledger.kind.offsetOut': 'compensation (crédit utilisé)',
  'payments.ledger.kind.offsetIn': 'compensation (dette réglée)',
  'payments.ledger.kind.refundPaid': 'remboursement versé',
  'payments.ledger.kind.writeOff': 'admission en non-valeur',
  'payments.ledger.kind.abatement': 'dégrèvement',
  'payments.ledger.kind.agreement': 'échéancier de paiement',
  'payments.ledger.kind.instalment': 'échéance',
  'payments.panel.ledger.title': 'Compte du contribuable',
  'payments.panel.ledger.current': 'Compte courant',
  'payments.panel.ledger.entry': 'Écriture',
  'payments.panel.ledger.debit': 'Débit',
  'payments.panel.ledger.credit': 'Crédit',
  'payments.panel.ledger.balance': 'Solde',
  'payments.panel.ledger.source': 'Origine',
  'payments.panel.ledger.empty': 'Aucune écriture sur le compte.',
  'payments.panel.ledger.balances': 'Soldes ouverts par impôt et période',
  'payments.panel.ledger.owedOrCredit': 'Dû ou crédit',
  'payments.panel.ledger.owed': 'dû',
  'payments.panel.ledger.oldestDue': 'Plus ancienne échéance impayée',
  'payments.panel.ledger.settled': 'Toutes les périodes sont soldées.',
  'payments.panel.history.title': 'Historique des déclarations',
  'payments.panel.history.due': 'Échéance',
  'payments.panel.history.filed': 'Déposée le',
  'payments.panel.history.filedOn': '{on}',
  'payments.panel.history.notFiled': 'non déposée',
  'payments.panel.history.status': 'Statut',
  'payments.panel.history.missing': 'manquante',
  'payments.panel.history.late': 'en retard ({days, plural, one {# jour} other {# jours}})',
  'payments.panel.history.onTime': 'dans les délais',
  'payments.panel.history.declared': 'Impôt déclaré',
  'payments.panel.history.empty': 'Aucune déclaration enregistrée.',
  'payments.panel.refund.title': 'Demande de remboursement',
  'payments.panel.refund.creditOn': 'Crédit sur',
  'payments.panel.refund.claimed': 'Montant demandé',
  'payments.panel.refund.payTo': 'À verser sur',
  'payments.panel.waiver.title': 'Demande de remise',
  'payments.panel.waiver.dueDate': 'Date d’échéance',
  'payments.panel.waiver.penalties': 'Pénalités appliquées',
  'payments.panel.waiver.interest': 'Intérêts appliqués',
  'payments.panel.waiver.attachments': 'Pièces jointes',
  'payments.panel.waiver.noAttachments': 'aucune',
  'payments.panel.documents.title': 'Pièces justificatives',
  'payments.panel.documents.issuer': 'Délivré par',
  'payments.panel.documents.dated': 'Daté du',
  'payments.panel.documents.none': 'Aucune pièce n’était jointe à la demande.',
  'payments.panel.notice.title': 'Rappel d’impôt payé',
  'payments.panel.notice.notice': 'Avis de mise en recouvrement complémentaire',
  'payments.panel.notice.noticeOf': '{ref} du {on}',
  'payments.panel.notice.assessed': 'Montant mis en recouvrement',
  'payments.panel.notice.paidOnRef': '{on} ({ref})',
  'payments.panel.notice.instruction':
    'Comptabilisez la pénalité et les intérêts de retard sur le rappel d’impôt, selon la loi.',
  'payments.panel.computation.title': 'Pénalités et intérêts de retard',
  'payments.panel.computation.span': 'De la date d’échéance d’origine au paiement',
  'payments.panel.computation.originalDue': 'Date d’échéance d’origine',
  'payments.panel.computation.late':
    'Retard ({basis, select, daily {jours} other {mois ou fractions de mois}})',
  'payments.panel.computation.interestRule': 'Règle des intérêts',
  'payments.panel.computation.interestRuleValue':
    '{percent} % par mois, {basis, select, daily {au jour le jour ({daily, number, ::.000000} % par jour)} other {au mois}}, {compounding, select, compound {composés} other {simples}}',
  'payments.panel.computation.interest': 'Intérêts',
  'payments.panel.computation.penaltyRule': 'Règle de pénalité',
  'payments.panel.computation.months': 'Mois ou fractions de mois de retard',
  'payments.panel.computation.penalty': 'Pénalité',
  'payments.panel.computation.note':
    'Les intérêts et la pénalité de retard sur un rappel d’impôt courent à partir de la date d’échéance d’origine de la période ({dueOn}), et non de la date de l’avis ({noticeOn}).',
  'payments.verdict.noRecord': 'Aucun dossier ne correspond à cette décision.',
  'payments.verdict.notClosing': '« {command} » ne clôt pas ce dossier.',
  'payments.verdict.suspense.amountAlone':
    'Imputé sur le seul montant : {amount} versés par un inconnu soldent maintenant la dette d’un autre contribuable, et le vrai payeur perd son argent.',
  'payments.verdict.suspense.noMatch': 'Imputé à un contribuable qui ne correspond pas au payeur.',
  'payments.verdict.suspense.misposted':
    'Imputé par erreur au NIF {tin} : ce compte affiche un paiement qu’il n’a jamais fait, et {payer} reste redevable.',
  'payments.verdict.suspense.wrongPeriod':
    'Bon contribuable, mais le paiement se rapporte à la période {period} ({taxType}) : sur une autre période, la dette visée reste ouverte et produit des intérêts.',
  'payments.verdict.suspense.allocated':
    'Imputé, sur la bonne période, au contribuable que désignent le nom et le compte du payeur ou une référence claire.',
  'payments.verdict.suspense.returnedIdentified':
    'Le payeur était identifié : restituer l’argent laisse impayé un impôt réglé, avec pénalités et intérêts à la clé.',
  'payments.verdict.suspense.returned':
    'Restitué : personne ne correspond au payeur par la raison sociale ou le compte bancaire, et un montant seul n’identifie personne.',
  'payments.verdict.suspense.heldIdentified':
    'La banque n’avait rien à apporter : le dossier identifie le payeur, et le paiement devait être imputé.',
  'payments.verdict.suspense.held':
    'Interroger la banque se défend, mais rien dans le dossier ne permet d’identifier le payeur ; restituez l’argent plutôt que de le garder.',
  'payments.verdict.refund.offsetWithDebts':
    'Compensation d’abord, puis remboursement du seul reliquat : les dettes sont réglées par le crédit.',
  'payments.verdict.refund.offsetNoDebts':
    'Aucune autre dette : la compensation laisse la totalité des {amount} à rembourser.',
  'payments.verdict.refund.tooMuch':
    '{amount} remboursés alors que le contribuable doit de l’impôt par ailleurs : seuls {refundable} étaient remboursables après compensation.',
  'payments.verdict.refund.notOffset':
    'Le montant reste dans la limite du remboursable, mais le crédit n’a pas été compensé : les dettes restent ouvertes sur le compte.',
  'payments.verdict.refund.whole':
    'Tout le trop-perçu a été remboursé à un contribuable qui ne doit rien d’autre.',
  'payments.verdict.refund.partial':
    'Le contribuable a trop versé {amount} et ne doit rien d’autre : un remboursement partiel retient de l’argent qui lui appartient.',
  'payments.verdict.refund.refusedWithDebts':
    'Refuser laisse le crédit inutilisé pendant que les dettes produisent des intérêts : compensez-le et remboursez le reste.',
  'payments.verdict.refund.refused':
    'Le trop-perçu est réel et rien n’est dû : le contribuable a droit au remboursement.',
  'payments.verdict.waiver.unjustified':
    'Remise de {amount} sans motif légitime justifié : des recettes abandonnées, et chaque contribuable qui a payé la pénalité est moins bien traité.',
  'payments.verdict.waiver.waived':
    'Pénalité remise pour un motif justifié couvrant la date d’échéance, intérêts maintenus.',
  'payments.verdict.waiver.interestWaived':
    'Le motif justifie la remise de la pénalité de {penalty}, mais les intérêts compensent un paiement tardif, ils ne sanctionnent pas : ils ne sont pas remis.',
  'payments.verdict.waiver.partial':
    'Le motif justifié couvre la date d’échéance : toute la pénalité de {penalty} devait être remise, pas une partie.',
  'payments.verdict.waiver.refusedJustified':
    'Les pièces établissent un motif légitime couvrant la date d’échéance et l’historique est irréprochable : refuser, c’est sanctionner la malchance.',
  'payments.verdict.waiver.refused': 'Remise refusée : aucun motif légitime justifié n’explique le retard.',
  'payments.verdict.charges.figures':
    'De la date d’échéance d’origine, le {dueOn}, au paiement du {paidOn} : pénalité {penalty}, intérêts {interest}.',
  'payments.verdict.charges.fromNotice':
    'Les intérêts ont été comptés à partir de la date de l’avis ({noticeOn}) ; ils courent depuis la date d’échéance d’origine. {why}',
  'payments.verdict.charges.withinUnit':
    'À une unité près des bons montants, que les règles arrondissent une seule fois. {why}',
  'payments.verdict.charges.off':
    '{direction, select, under {Montant insuffisant} other {Montant excessif}}. {why}',
  'payments.world.suspense.title': 'Compte d’attente : {payer}',
  'payments.world.suspense.allocateTo': 'Imputer à {name} (NIF {tin}), {taxType} {period}',
  'payments.world.thirdParty.explanation':
    '{firm} est un cabinet comptable qui paie pour son client : la référence désigne {name}, son NIF et la période, et le montant est exactement l’impôt dû pour la période {period} ({taxType}). Un tiers peut payer l’impôt d’un contribuable ; imputez le paiement au contribuable désigné.',
  'payments.world.thirdParty.flagPayer':
    'Le payeur {firm} n’est pas le contribuable et paie depuis son propre compte',
  'payments.world.thirdParty.flagReference':
    'La référence désigne {name}, le NIF {tin} et la période {period} ({taxType})',
  'payments.world.amountOnly.expected': 'Restituer le paiement au payeur',
  'payments.world.amountOnly.explanation':
    'Aucune raison sociale ni aucun compte bancaire de contribuable ne correspond à {payer}, et la référence (« {reference} ») ne cite ni NIF ni période. Seul le montant est égal à la dette ouverte de {name} pour la période {period} ({taxType}) : imputer sur ce seul critère solderait la dette d’un autre contribuable avec l’argent d’un inconnu. Restituez le paiement au payeur.',
  'payments.world.amountOnly.flagPayer':
    'Aucun contribuable n’est immatriculé sous le nom {payer} ni titulaire du compte {account}',
  'payments.world.amountOnly.flagReference': 'La référence « {reference} » ne cite ni NIF ni période',
  'payments.world.amountOnly.flagAmount':
    'Seul le montant correspond à la dette ouverte de {name} pour la période {period} ({taxType})',
  'payments.world.swapped.explanation':
    'Le NIF cité dans la référence ({quoted}) a deux chiffres intervertis : c’est pourquoi le paiement n’a pas été rapproché. La raison sociale et le compte bancaire du payeur sont ceux de {name}, et le montant est son impôt de la période {period} ({taxType}) : imputez-le à ce contribuable.',
  'payments.world.swapped.flagTin':
    'Le NIF cité {quoted} n’a été attribué à personne : deux chiffres sont intervertis',
  'payments.world.swapped.flagPayer': 'Le nom et le compte bancaire du payeur correspondent à {name}',
  'payments.world.refund.title': 'Demande de remboursement : {name}',
  'payments.world.refund.letterTwice':
    'Nous avons payé deux fois l’impôt de {credit} pour la période {period} ({taxType}) : le {first} puis à nouveau le {second}. Nous vous prions de rembourser le second paiement sur notre compte.',
  'payments.world.refund.letterOverpaid':
    'Le {paidOn}, nous avons payé {paid} pour la période {period} ({taxType}), alors que l’impôt dû était de {due} : une erreur de saisie dans notre virement. Nous vous prions de nous rembourser les {credit} payés en trop.',
  'payments.world.refund.debt': '{taxType} {period} ({balance})',
  'payments.world.refund.expected': 'Rembourser le crédit de {credit}',
  'payments.world.refund.explanation':
    'L’impôt de la période {period} ({taxType}) a été payé deux fois et {name} ne doit rien d’autre : la totalité des {credit} est remboursable.',
  'payments.world.creditWithDebts.expected':
    'Compenser le crédit avec les dettes ouvertes, puis rembourser {refundable}',
  'payments.world.creditWithDebts.explanation':
    'Le crédit de {credit} est réel, mais {name} doit {owed} sur d’autres périodes : {on}. Un crédit sert d’abord à payer les autres dettes du contribuable ; il ne reste que {refundable} à rembourser.',
  'payments.world.creditWithDebts.flagOwed':
    'Le compte fait apparaître {owed} dus sur d’autres périodes : {on}',
  'payments.world.creditWithDebts.flagCredit':
    'Le crédit est de {credit} : au plus {refundable} peuvent être remboursés',
  'payments.world.causeless.accountant': 'Notre comptable était en congé et la déclaration a été oubliée',
  'payments.world.causeless.cash':
    'Les affaires ont ralenti et nous n’avions pas la trésorerie pour payer à l’échéance',
  'payments.world.causeless.deadline': 'Nous n’étions pas informés de la nouvelle échéance',
  'payments.world.causeless.internet': 'Notre connexion internet était coupée le jour de l’échéance',
  'payments.world.cause.hospital': 'j’ai été hospitalisé du {admitted} au {discharged}',
  'payments.world.cause.fire': 'un incendie a détruit nos bureaux et nos archives le {on}',
  'payments.world.cause.flood': 'nos locaux ont été inondés le {on}',
  'payments.world.doc.discharge': 'Compte rendu d’hospitalisation',
  'payments.world.doc.hospital': 'Hôpital général de {city}',
  'payments.world.doc.dischargeText':
    '{name} a été admis le {admitted} et est sorti le {discharged} après une intervention chirurgicale. Signé : Dr {doctor}.',
  'payments.world.doc.fireReport': 'Rapport d’intervention des sapeurs-pompiers',
  'payments.world.doc.floodCertificate': 'Attestation de dégâts des eaux',
  'payments.world.doc.fireService': 'Sapeurs-pompiers de {city}',
  'payments.world.doc.emergencyAgency': 'Agence nationale de gestion des catastrophes',
  'payments.world.doc.fireText':
    'Incendie dans les locaux de {name}, {line}, {city}, le {on}. Le bureau, ses ordinateurs et ses archives papier ont été détruits.',
  'payments.world.doc.floodText':
    'Les locaux de {name}, {line}, {city}, ont été inondés le {on} et fermés pendant trois semaines.',
  'payments.world.doc.medical': 'Certificat médical',
  'payments.world.doc.medicalCentre': 'Centre médical de {city}',
  'payments.world.doc.medicalText': '{who} a été soigné en consultation externe du {from} au {to}.',
  'payments.world.doc.managingDirector': 'Le directeur général',
  'payments.world.waiver.title': 'Demande de remise gracieuse : {name}',
  'payments.world.waiver.letterCause':
    'Nous sollicitons la remise des pénalités et intérêts appliqués pour la période {period} ({taxType}) : {cause}. La déclaration a été déposée et l’impôt payé le {filedOn}, dès que nous l’avons pu.',
  'payments.world.waiver.letterNoCause':
    'Nous sollicitons la remise des pénalités et intérêts appliqués pour la période {period} ({taxType}). {cause}. La déclaration a été déposée et l’impôt payé le {filedOn}.',
  'payments.world.waiver.expected':
    'Accorder la remise de la pénalité de {penalty} ; les intérêts restent dus',
  'payments.world.waiver.explanation':
    'Les pièces justifient le motif invoqué dans la lettre (« {cause} »), qui couvre l’échéance du {dueOn}, et l’historique des déclarations est irréprochable : c’est un motif légitime. Accordez la remise de la pénalité ; les intérêts compensent {days, plural, one {le # jour} other {les # jours}} de retard de paiement et ne sont pas remis.',
  'payments.world.waiver.clearingDocument': '{title} ({issuer}) couvre l’échéance du {dueOn}',
  'payments.world.waiver.clearingHistory':
    'Toutes les déclarations antérieures ont été déposées dans les délais',
  'payments.world.unjustified.expected': 'Refuser la remise',
  'payments.world.unjustified.explanationLateDocument':
    'La seule pièce est datée d’après le dépôt de la déclaration ({filedOn}) : elle n’explique pas le non-respect de l’échéance du {dueOn}. L’historique montre des déclarations antérieures en retard. Aucun motif légitime : la pénalité est maintenue.',
  'payments.world.unjustified.explanationNoCause':
    '« {cause} » n’est pas un motif légitime, rien ne le justifie, et l’historique montre des déclarations antérieures en retard. La pénalité est maintenue.',
  'payments.world.unjustified.flagLateDocument':
    'Le certificat médical est daté d’après le dépôt de la déclaration le {filedOn}',
  'payments.world.unjustified.flagLateHistory': 'Des déclarations antérieures étaient aussi en retard',
  'payments.world.unjustified.flagNoDocuments': 'Aucune pièce n’appuie la demande',
  'payments.world.unjustified.flagNoCause': '« {cause} » n’est pas un motif légitime',
  'payments.world.charges.title': 'Pénalités et intérêts de retard : {name}',
  'payments.world.charges.expected': 'Passer une pénalité de {penalty} et des intérêts de {interest}',
  'payments.world.charges.explanation':
    'Les {assessed} ({taxType}, période {period}) mis en recouvrement le {noticeOn} étaient dus avec la déclaration le {dueOn} : pénalité et intérêts courent de cette échéance d’origine jusqu’au paiement du {paidOn} ({days, plural, one {# jour} other {# jours}}), et non à partir de l’avis.',
  'payments.world.charges.flag':
    'L’échéance d’origine de la période {period} ({taxType}) est le {dueOn}, bien avant l’avis du {noticeOn}',
  'payments.world.note.bankTransfer': 'Virement bancaire',
  'payments.world.note.overpaid': 'Même virement : montant supérieur à l’impôt dû',
  'payments.world.note.lateFiling': 'Dépôt tardif',
  'payments.world.note.lateFilingAndPayment': 'Dépôt et paiement tardifs',
  'payments.world.note.lateInterest': 'Intérêts de retard',
  'payments.world.note.additionalAssessment': 'Rappel d’impôt',
  'payments.world.noteInEntry.bankTransfer': 'virement bancaire',
  'payments.world.noteInEntry.overpaid': 'même virement : montant supérieur à l’impôt dû',
  'payments.world.noteInEntry.lateFiling': 'dépôt tardif',
  'payments.world.noteInEntry.lateFilingAndPayment': 'dépôt et paiement tardifs',
  'payments.world.noteInEntry.lateInterest': 'paiement tardif',
  'payments.world.noteInEntry.additionalAssessment': 'rappel d’impôt',
  'payments.world.note.allocated': 'paiement en compte d’attente {ref} imputé',
  'payments.world.note.refunded': 'crédit remboursé',
  'payments.world.note.refundedAfterOffset': 'crédit remboursé après compensation',
  'payments.world.note.waived': 'pénalité remise',
  'payments.world.note.latePayment': 'retard de paiement',
  'payments.world.note.lateInterestPosted': 'intérêts de retard',
  'payments.world.mistyped.explanation':
    'Le NIF cité dans la référence ({quoted}) ne respecte pas la clé de contrôle : aucun contribuable ne peut le détenir, un chiffre a donc été mal saisi (deux sont intervertis ; remis en ordre, ils donnent {tin}, le NIF de {name}). {lure} (NIF {lureTin}) doit exactement {amount} pour la période {lurePeriod} ({lureTax}), mais ni son nom ni son compte bancaire ne sont ceux du payeur : un montant égal ne prouve rien. La raison sociale et le compte bancaire du payeur sont ceux de {name}, et le montant est son impôt de la période {period} ({taxType}) : imputez-le à ce contribuable.',
  'payments.world.mistyped.flagCheckDigit':
    'Le NIF cité {quoted} ne respecte pas la clé de contrôle : il n’appartient à personne',
  'payments.world.mistyped.flagLure':
    '{lure} (NIF {lureTin}) doit exactement {amount}, mais son nom et son compte bancaire ne sont pas ceux du payeur',
  'payments.verdict.suspense.checkDigit':
    'Le NIF {quoted} cité dans la référence ne respecte pas la clé de contrôle : il ne désigne aucun contribuable, et une dette du même montant ne fait pas de {tin} le payeur. La raison sociale et le compte bancaire du payeur sont ceux de {payer} (NIF {payerTin}) : le paiement se trouve maintenant sur le mauvais compte.',
  'payments.naive.returnToPayer': 'Le paiement n’a pu être rattaché à aucun contribuable.',
  'payments.naive.holdInSuspense': 'Coordonnées du payeur demandées à la banque.',
  'payments.naive.refuseRefund': 'Le remboursement est refusé.',
  'payments.naive.refuseWaiver': 'Aucun motif légitime.',
  'payments.truth.bestReason.returnToPayer':
    'Ni la raison sociale ni le compte bancaire ne permettent d’identifier le payeur.',
  'payments.truth.bestReason.refuseWaiver':
    'Aucun motif légitime établi par des pièces ne couvre la date d’échéance.',
} satisfies Catalogue
