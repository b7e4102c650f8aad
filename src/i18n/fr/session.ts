import type { Catalogue } from '../languages'

export default {
  'session.refusal.finished': 'La session est terminée.',
  'session.refusal.failed': 'Cette étape n’a pas pu être appliquée ({detail}).',
  'session.refusal.malformed': 'Cet événement ne peut pas être enregistré. {detail}',
  'session.refusal.noCase': 'Il n’existe aucun dossier « {caseId} ».',
  'session.refusal.noTask': 'Il n’existe aucune tâche « {task} ».',
  'session.refusal.noCaseInTask': 'Il n’existe aucun dossier « {caseId} » dans la tâche « {task} ».',
  'session.refusal.hintsInAssessment': 'Les indices ne sont pas disponibles en mode évaluation.',
  'session.refusal.noMoreHints': 'Il n’y a plus d’indice pour cette tâche.',
  'session.refusal.reopenInAssessment': 'En mode évaluation, un dossier tranché ne peut pas être rouvert.',
  'session.refusal.emptyNote': 'La note est vide.',
  'session.refusal.caseClosed': 'Ce dossier est clos.',
  'session.refusal.panelNotOpen':
    'Le volet « {panel} » s’ouvre lorsque l’étape correspondante est effectuée.',
  'session.refusal.unknownEvent': 'Événement inconnu {event}',
  'session.refusal.advanceRange': 'Avancez le calendrier de 1 à {max} jours.',
  'session.refusal.calendarEnds':
    'Le calendrier de l’exercice s’arrête {years, plural, one {# an} other {# ans}} après son début ({on}) ; il ne peut pas aller au-delà de ce jour.',
  'session.refusal.notAStep': '« {step} » n’est pas une étape de ce dossier.',
  'session.refusal.notWhile': 'Impossible tant que le dossier est à l’état « {state} ».',
  'session.refusal.notArrived':
    'Ce dossier arrive le {on}. Avancez le calendrier jusqu’à ce jour pour le traiter.',
  'session.takeBack.assessment': 'En mode évaluation, une étape ne peut pas être annulée.',
  'session.takeBack.finished': 'L’exercice est terminé.',
  'session.takeBack.nothingOnCase': 'Aucune décision ni étape à annuler sur ce dossier.',
  'session.takeBack.nothingOnCalendar': 'Aucune avance du calendrier à annuler depuis votre dernière étape.',
  'session.decision.expired': 'Le délai a expiré sans décision',
  'session.decision.expiredWhy': 'Le délai légal a expiré sans qu’aucune décision soit prise.',
  'session.evidence.unseen': '{why} Mais aucune des pièces qui le montrent n’a été ouverte.',
  'session.feedback.explanation': '{why} {truth}',
  'session.state.new': 'Nouveau',
  'session.map.automatically': 'automatiquement',
  'session.map.unnamedState': 'une étape de la procédure',
  'session.map.unnamedStep': 'un événement de la procédure',
  'session.shortfall.tooFew':
    'le monde doit compter {needed} {what} pour {forWhat}, mais le registre généré n’en a que {have, number, ::group-off} ; portez `{key}` (actuellement {current, number, ::group-off}) à au moins {suggested, number, ::group-off}',
  'session.shortfall.noneQualifies':
    'le monde doit compter {needed} {what} pour {forWhat}, mais aucune des {current, number, ::group-off} entrées de `{key}` du registre généré ne convient ; vérifiez les seuils du profil de juridiction (par exemple un seuil de TVA qu’aucune entreprise n’atteint) ou augmentez `{key}`',
  'session.shortfall.what.filing':
    'entreprises actives, immatriculées à la TVA, sans arriérés, immatriculées avant le début de l’historique des déclarations et qu’aucun autre processus n’utilise,',
  'session.shortfall.what.collection':
    'entreprises actives (au moins de petite taille, avec une société active) qu’aucun autre processus n’utilise',
  'session.shortfall.what.objections':
    'entreprises actives immatriculées à l’impôt sur les sociétés ou à la TVA qu’aucun autre processus n’utilise',
  'session.shortfall.for.filing':
    '{n, plural, one {# dossier de déclaration} other {# dossiers de déclaration}}',
  'session.shortfall.for.collection':
    '{n, plural, one {# dossier de recouvrement} other {# dossiers de recouvrement}}',
  'session.shortfall.for.objections': 'ces réclamations',
  'session.shortfall.refunds':
    'les dossiers de remboursement et leurs fournisseurs demandent plus d’entreprises actives que le registre généré n’en a de libres ; augmentez `businesses` (chaque dossier utilise son demandeur et jusqu’à trois fournisseurs)',
  'session.shortfall.nameVariant':
    'aucune personne immatriculée encore libre pour un doublon n’a un nom qui puisse s’écrire « {variant} » ; choisissez une autre valeur de nameVariant ou augmentez `individuals`',
  'session.shortfall.registration':
    'les dossiers d’immatriculation demandent plus de contribuables existants ({kind, select, individual {personnes physiques} other {entreprises}}) que les {have, number, ::group-off} du registre ; augmentez `{kind, select, individual {individuals} other {businesses}}`',
  'session.shortfall.audit':
    'les dossiers de contrôle fiscal demandent plus de contribuables actifs ({kind, select, individual {personnes physiques} other {entreprises}}) que le registre généré n’en a de libres ({have, number, ::group-off} dans `{kind, select, individual {individuals} other {businesses}}`, tous les actifs déjà utilisés) ; portez `{kind, select, individual {individuals} other {businesses}}` à au moins {suggested, number, ::group-off}',
  'session.shortfall.payments':
    'les dossiers de paiements demandent plus de {what, select, withArrears {contribuables actifs avec des arriérés et un impôt mensuel} monthly {contribuables actifs avec un impôt mensuel} other {contribuables actifs sans arriérés}} que le registre généré n’en a de libres ({have, number, ::group-off} contribuables) ; augmentez `individuals` ou `businesses`',
  'session.shortfall.need':
    '`{process}` prend {takes} {what, select, filing {entreprises actives immatriculées à la TVA sans arriérés} collection {entreprises actives au-dessus des micro-entreprises} objections {entreprises actives immatriculées à l’impôt sur les sociétés ou à la TVA} refunds {entreprises actives (demandeurs et leurs fournisseurs)} auditBusinesses {entreprises actives} auditIndividuals {personnes physiques actives} other {contribuables actifs sans arriérés}}',
  'session.shortfall.population':
    'le monde doit compter environ {required, number, ::group-off} {key, select, taxpayers {contribuables} other {entrées de `{key}`}} pour ses dossiers ({detail} ; seule une partie d’un registre convient à chaque processus), mais il en a {have, number, ::group-off} ; {key, select, taxpayers {augmentez `individuals` ou `businesses` pour qu’ensemble ils atteignent au moins {required, number, ::group-off}} other {portez `{key}` à au moins {required, number, ::group-off}}}',
  'session.search.title': 'Recherche : {query}',
  'session.form.chooseAtLeastOne': 'Choisissez au moins une option pour « {field} ».',
  'session.form.fillIn': 'Renseignez « {field} ».',
  'session.form.amount': 'Saisissez un montant en {currency} pour « {field} », par ex. {example}.',
  'session.form.amountDecimals':
    '{digits, plural, =0 {Les montants en {currency} n’ont pas de décimales} one {Les montants en {currency} ont au plus # décimale} other {Les montants en {currency} ont au plus # décimales}}. Pour « {field} », saisissez par ex. {example}.',
  'session.form.number': 'Saisissez un nombre pour « {field} ».',
  'session.form.chooseOne': 'Choisissez l’une des options pour « {field} ».',
  'session.taxpayer.title': 'Contribuable',
  'session.taxpayer.unknownTin': 'Aucun contribuable ne porte le NIF {tin}.',
  'session.taxpayer.profile': 'Fiche',
  'session.taxpayer.returns': 'Historique des déclarations',
  'session.taxpayer.ledger': 'Compte courant',
  'session.taxpayer.cases': 'Dossiers',
  'session.taxpayer.thirdParty': 'Données de tiers',
  'session.taxpayer.tin': 'NIF',
  'session.taxpayer.name': 'Nom',
  'session.taxpayer.type': 'Type',
  'session.taxpayer.registryNo': 'N° RCCM',
  'session.taxpayer.nationalId': 'N° d’identité nationale',
  'session.taxpayer.status': 'Statut',
  'session.taxpayer.segment': 'Segment',
  'session.taxpayer.sector': 'Secteur',
  'session.taxpayer.registeredOn': 'Immatriculé le',
  'session.taxpayer.address': 'Adresse',
  'session.taxpayer.phone': 'Téléphone',
  'session.taxpayer.bankAccount': 'Compte bancaire',
  'session.taxpayer.registeredFor': 'Assujetti à',
  'session.taxpayer.taxFrom': '{tax} depuis le {from}',
  'session.taxpayer.arrears': 'Arriérés',
  'session.taxpayer.tax': 'Impôt',
  'session.taxpayer.period': 'Période',
  'session.taxpayer.due': 'Échéance',
  'session.taxpayer.filed': 'Déposée le',
  'session.taxpayer.channel': 'Canal',
  'session.taxpayer.taxDeclared': 'Impôt déclaré',
  'session.taxpayer.noReturns': 'Aucune déclaration enregistrée.',
  'session.taxpayer.filing.missing': 'non déposée',
  'session.taxpayer.filing.late': 'en retard',
  'session.taxpayer.filing.onTime': 'dans les délais',
  'session.taxpayer.date': 'Date',
  'session.taxpayer.entry': 'Écriture',
  'session.taxpayer.debit': 'Débit',
  'session.taxpayer.credit': 'Crédit',
  'session.taxpayer.balance': 'Solde',
  'session.taxpayer.source': 'Pièce',
  'session.taxpayer.note': 'Observation',
  'session.taxpayer.noLedger': 'Aucune écriture au compte.',
  'session.taxpayer.case': 'Dossier',
  'session.taxpayer.process': 'Processus',
  'session.taxpayer.received': 'Reçu le',
  'session.taxpayer.noCases': 'Aucun dossier dans cet exercice.',
  'session.taxpayer.counterparty': 'Contrepartie',
  'session.taxpayer.amount': 'Montant',
  'session.taxpayer.detail': 'Détail',
  'session.taxpayer.noThirdParty': 'Aucune donnée de tiers.',
  'session.saved.garbled':
    'Le texte enregistré est tronqué ou altéré : il ne peut pas être lu comme une session.',
  'session.saved.otherFormat':
    'Il a été enregistré dans un format que cette version du bac à sable ne sait pas lire.',
  'session.saved.badStep': 'L’étape {step} de vos étapes enregistrées est incomplète ou illisible.',
  'session.saved.badPart': 'Une partie manque ou est illisible : {part}.',
  'session.saved.notASession': 'Ce n’est pas une session enregistrée.',
  'session.saved.part.format': 'la mention qui indique le type de fichier',
  'session.saved.part.scenarioId': 'le scénario auquel elle appartient',
  'session.saved.part.scenarioDigest': 'la version du scénario sur laquelle elle a été jouée',
  'session.saved.part.seed': 'le jeu de dossiers sur lequel elle a été jouée',
  'session.saved.part.mode': 's’il s’agissait d’un entraînement ou d’une évaluation',
  'session.saved.part.log': 'la liste de vos étapes',
  'session.shape.notAnEvent':
    'Une étape du fichier n’est pas écrite comme une étape : elle ne dit pas de quelle sorte d’étape il s’agit.',
  'session.shape.unknownType':
    'Le fichier contient une étape d’une sorte que le simulateur ne connaît pas : {type}.',
  'session.shape.needsText': 'Une étape ({type}) n’indique pas {field}, ou pas sous forme de texte.',
  'session.shape.fieldTooLong': 'Dans une étape ({type}), {field} dépasse la longueur permise.',
  'session.shape.needsDays': 'Une avance du calendrier doit indiquer de combien de jours, en nombre entier.',
  'session.shape.needsQuery': 'Une recherche dans le répertoire doit indiquer ce qui a été recherché.',
  'session.shape.searchField': 'Le champ de recherche « {field} » doit être du texte.',
  'session.shape.needsCommand':
    'Une étape ou décision sur un dossier doit indiquer de quelle étape il s’agit.',
  'session.shape.commandNotRecorded': 'La commande ne peut pas être enregistrée : {problem}.',
  'session.shape.textTooLong': 'un texte est trop long',
  'session.shape.notFinite': 'un nombre n’est pas fini',
  'session.shape.oddValue': 'un champ contient une valeur de type {kind}',
  'session.shape.tooDeep': 'les champs sont trop imbriqués',
  'session.shape.cycle': 'les champs se font référence à eux-mêmes',
  'session.shape.listTooLong': 'une liste est trop longue',
  'session.shape.field.caseId': 'la référence du dossier',
  'session.shape.field.panel': 'le nom de la pièce consultée',
  'session.shape.field.text': 'le texte de la note',
  'session.shape.field.taskId': 'la tâche concernée',
  'session.replay.refused':
    'La session enregistrée ne peut pas être rejouée, car l’étape {step} a été refusée. {reason}',
  'session.verify.tooLarge': 'ce fichier est trop volumineux pour être un fichier de résultats',
  'session.verify.notJson': 'ce n’est pas un fichier de résultats (ce n’est pas du JSON)',
  'session.verify.olderFormat':
    'aucun journal des étapes (un ancien fichier « {format} » indique une note sans pouvoir la prouver)',
  'session.verify.savedSession':
    'c’est une session enregistrée (un journal de décisions), pas un fichier de résultats ; rejouez-la avec `play`',
  'session.verify.otherFormat':
    'le format « {format} » n’est pas un format de résultats (le format attendu est « {expected} »)',
  'session.verify.noFormat': 'ce n’est pas un fichier de résultats (il n’a pas de « format »)',
  'session.event.caseOpen': 'ouverture d’un dossier',
  'session.event.evidenceView': 'consultation d’une pièce',
  'session.event.registerSearch': 'recherche dans le répertoire',
  'session.event.caseCommand': 'étape ou décision sur un dossier',
  'session.event.caseNote': 'note sur un dossier',
  'session.event.clockAdvance': 'avance du calendrier',
  'session.event.hintReveal': 'affichage d’un indice',
  'session.event.sessionFinish': 'fin de la session',
  'session.event.caseTakeBack': 'annulation d’une étape sur un dossier',
  'session.event.clockTakeBack': 'annulation d’une avance du calendrier',
  'session.event.unknown': 'étape inconnue',
  'session.verify.damagedTop': 'le fichier est endommagé ou modifié et ne peut pas être lu',
  'session.verify.damagedStep':
    'le fichier est endommagé ou modifié ; l’étape {step} de son journal est incomplète ou illisible',
  'session.verify.damagedPart':
    'le fichier est endommagé ou modifié ; une partie manque ou est illisible ({part})',
  'session.verify.part.format': 'la mention qui indique le type de fichier',
  'session.verify.part.trainee': 'le nom du stagiaire',
  'session.verify.part.finishedAt': 'la date de fin de la session',
  'session.verify.part.scenario': 'le scénario joué et sa version',
  'session.verify.part.seed': 'le jeu de dossiers joué',
  'session.verify.part.mode': 's’il s’agissait d’un entraînement ou d’une évaluation',
  'session.verify.part.score': 'le score indiqué',
  'session.verify.part.hintsUsed': 'le nombre d’indices utilisés',
  'session.verify.part.tasks': 'le score de chaque tâche',
  'session.verify.part.decisions': 'l’appréciation de chaque décision',
  'session.verify.part.log': 'la liste des étapes du stagiaire',
  'session.verify.otherScenario': 'le fichier concerne le scénario « {stated} », pas « {scenario} »',
  'session.verify.otherVersion':
    'le fichier a été produit sur une autre version de « {scenario} » (version {stated} ; cette copie est la {digest})',
  'session.verify.notReplayed':
    'le journal ne se rejoue pas en mode {mode, select, assessment {évaluation} other {entraînement}}, car l’étape {step} ({type}) est refusée{more, plural, =0 {} one { (et # autre)} other { (et # autres)}}. {reason}',
  'session.verify.score':
    'le fichier indique {stated} / {statedMax} ; son journal obtient {earned} / {earnedMax}',
  'session.verify.headline':
    'le fichier indique {what, select, percent {le pourcentage} passed {la réussite} other {les indices utilisés}} {stated} ; son journal obtient {earned}',
  'session.verify.task':
    'le fichier indique {stated} pour la tâche « {task} » ; son journal obtient {earned}',
  'session.verify.nothing': 'rien',
  'session.verify.decisionCount': 'le fichier liste {stated} décisions ; son journal en prend {earned}',
  'session.verify.decision':
    'le fichier indique {stated} pour le dossier {caseId} ; son journal obtient {earned}',
  'session.verify.graded': '{grade} ({points} points)',
  'session.verify.noDecision': 'aucune décision',
  'session.pathTest.bestShort':
    'les meilleures décisions obtiennent {score} sur {max} : un stagiaire qui tranche chaque dossier correctement ne peut pas obtenir la note maximale',
  'session.pathTest.bestFails':
    'les meilleures décisions atteignent {percent} %, sous le seuil de réussite de {passMark} %',
  'session.pathTest.clickerPasses':
    'un stagiaire qui se contente de cliquer ({policy}) obtient {percent} % et réussit (seuil de réussite {passMark} %)',
  'session.pathTest.cannotPlay': 'la stratégie « {policy} » n’a pas pu jouer le scénario : {reason}',
  'session.pathTest.unexpectedError':
    'une erreur de l’application, et non de votre fichier (les détails techniques sont pour l’assistance)',
  'session.pathTest.policy.best': 'meilleures décisions',
  'session.pathTest.policy.first': 'toujours la première étape',
  'session.pathTest.policy.random': 'étapes au hasard, passage {n}',
  'session.pathTest.hiddenFlag':
    'dossier {caseId} ({kind}) : son signal d’alerte doit apparaître dans {panels}, mais aucune étape du dossier n’affiche ce panneau',
  'session.pathTest.lateCase':
    'le dossier {caseId} arrive à échéance le {due}, avant le début de sa tâche « {task} » le {start} ; faites commencer la tâche plus tôt ou placez le dossier dans une tâche antérieure',
} satisfies Catalogue
