import type { Catalogue } from '../languages'

export default {
  'studio.lead.write':
    'Rédigez un scénario adapté à votre contexte, ou partez d’une copie d’un scénario fourni.',
  'studio.lead.checked':
    'Chaque modification est vérifiée pendant la saisie et conservée dans ce navigateur, avec les mêmes messages que',
  'studio.lead.then':
    'Prévisualisez la vérité de terrain, lancez le test de parcours, puis jouez-le comme un stagiaire. Le guide explique chaque champ.',
  'studio.files.heading': 'Vos fichiers',
  'studio.files.none':
    'Aucun fichier pour l’instant. Commencez un nouveau scénario ou copiez un scénario fourni.',
  'studio.files.new': 'Nouveau scénario',
  'studio.files.fork': 'Copier un scénario fourni',
  'studio.files.copy': 'Le copier',
  'studio.files.import': 'Importer un fichier (.yaml)',
  'studio.files.choose': 'Choisissez un fichier, commencez un nouveau scénario ou copiez un scénario fourni.',
  'studio.editor': 'Éditeur',
  'studio.editor.label': 'YAML du scénario',
  'studio.file.name': 'Nom du fichier',
  'studio.file.profile': 'profil de juridiction',
  'studio.file.scenario': 'scénario',
  'studio.file.download': 'Télécharger',
  'studio.file.delete': 'Supprimer',
  'studio.delete.confirm':
    'Supprimer {file} de ce navigateur ? Téléchargez-le d’abord pour en garder une copie.',
  'studio.rename.invalid':
    'Le nom d’un fichier est son identifiant : lettres minuscules non accentuées, chiffres et tirets, p. ex. « mon-guichet ».',
  'studio.rename.taken': 'Vous avez déjà un fichier nommé {file}.',
  'studio.fork.title': 'Ma copie de {title}',
  'studio.check.errors': '{n, plural, one {# erreur} other {# erreurs}}',
  'studio.check.warnings': 'Valide, avec {n, plural, one {# avertissement} other {# avertissements}}',
  'studio.check.valid': 'Valide',
  'studio.check.problems': 'Problèmes',
  'studio.check.error': 'Erreur : {message}',
  'studio.check.warning': 'Avertissement : {message}',
  'studio.check.tooBig':
    'ce texte fait {kb, number} Ko ; un scénario fait quelques kilo-octets, {max, number} Ko au plus',
  'studio.check.failed': 'le fichier n’a pas pu être vérifié ({error})',
  'studio.actions.preview': 'Prévisualiser le monde',
  'studio.actions.seeds': 'Graines',
  'studio.actions.test': 'Lancer le test de parcours',
  'studio.actions.play': 'Jouer comme un stagiaire',
  'studio.actions.workshop': 'Utiliser dans un atelier',
  'studio.test.label': 'Test de parcours',
  'studio.test.runs': '{done, number} sur {total, plural, one {# passage} other {# passages}}',
  'studio.test.starting': 'Démarrage…',
  'studio.preview.generating': 'Génération du monde…',
  'studio.test.passed': 'Test de parcours : réussi',
  'studio.test.failed': 'Test de parcours : échoué',
  'studio.test.seeds': 'Graines {seeds} · seuil de réussite {passMark, number} %',
  'studio.test.policy': 'Stratégie',
  'studio.test.score': 'Score',
  'studio.test.runsHeading': 'Passages',
  'studio.test.range': 'de {min, number} % à {max, number} %',
  'studio.policy.best': 'Meilleures décisions',
  'studio.policy.first': 'Toujours la première étape',
  'studio.policy.random': 'Étapes au hasard',
  'studio.test.failure': 'Graine {seed} : {message}',
  'studio.test.hard': 'Dossiers sur lesquels aucune stratégie n’obtient tous les points :',
  'studio.test.hardCase': 'Graine {seed} : {caseId} ({kind}), au mieux : {grade}',
  'studio.preview.heading':
    'Vérité de terrain (graine {seed}, {n, plural, one {# dossier} other {# dossiers}})',
  'studio.preview.case': 'Dossier',
  'studio.preview.task': 'Tâche',
  'studio.preview.kind': 'Type',
  'studio.preview.expected': 'Décision attendue',
  'studio.preview.flags': 'Signaux d’alerte',
  'studio.preview.due': 'Échéance',
  'studio.store.notKept':
    'Ce navigateur n’a pas conservé le fichier ({error}) ; téléchargez-le pour ne pas le perdre.',
  'studio.store.tooBig':
    '{file} fait {mb, number, ::.0} Mo ; un fichier de scénario fait quelques kilo-octets de texte ({max, number} Ko au plus). Choisissez le fichier .yaml lui-même.',
  'studio.store.binary': '{file} n’est pas un fichier texte (il semble binaire).',
  'studio.store.notUtf8':
    '{file} n’est pas un texte UTF-8 ; enregistrez-le en UTF-8 depuis votre éditeur et réessayez.',
  'studio.worker.outOfTurn': 'La tâche de fond de l’atelier a répondu hors de son tour. Rechargez la page.',
  'studio.worker.failed': 'L’atelier n’a pas pu démarrer sa tâche de fond ; rechargez la page.',
} satisfies Catalogue
