import type { Catalogue } from '../languages'

export default {
  'app.boot.loading': 'Chargement de TAMIS Sandbox…',
  'app.boot.noscript': 'TAMIS Sandbox a besoin de JavaScript',
  'app.boot.noscriptText':
    'Activez JavaScript pour cette page dans les paramètres de votre navigateur, puis rechargez la page.',
  'app.fromDisk.title': 'Ouvrir TAMIS Sandbox par un serveur web',
  'app.fromDisk.description':
    'Entraînez-vous aux dossiers d’une administration fiscale sur des contribuables fictifs.',
  'app.fromDisk.why':
    'Cette page a été ouverte directement depuis un disque : son adresse commence par {scheme}. Les navigateurs n’exécutent pas les fichiers d’une application ouverts depuis un disque, le bac à sable ne peut donc pas démarrer ainsi. Votre copie n’a aucun défaut.',
  'app.fromDisk.here': 'Sur cet ordinateur',
  'app.fromDisk.howTo':
    'Ouvrez un terminal (l’invite de commandes sous Windows) et lancez l’une de ces commandes, puis ouvrez dans ce navigateur l’adresse qu’elle affiche (par exemple {address}) :',
  'app.fromDisk.node': 'avec Node.js :',
  'app.fromDisk.python': 'avec Python :',
  'app.fromDisk.folder': 'le dossier qui contient cette page',
  'app.fromDisk.after':
    'Après cette première visite, le navigateur garde le bac à sable : il fonctionne sans réseau et peut être installé comme application depuis le menu du navigateur.',
  'app.fromDisk.workshop': 'Pendant un atelier de formation',
  'app.fromDisk.workshopText':
    'Au lieu de ce fichier, ouvrez l’adresse que vous donne votre formateur (le serveur de l’atelier).',
} satisfies Catalogue
