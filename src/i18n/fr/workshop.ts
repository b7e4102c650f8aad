import type { Catalogue } from '../languages'

export default {
  'workshop.hub.noBundled': 'Il n’y a pas de scénario fourni « {id} ». Scénarios fournis : {ids}.',
  'workshop.hub.profilesWithOwn':
    'Vos propres profils accompagnent un fichier de scénario à vous ; le scénario fourni « {id} » utilise les profils du hub.',
  'workshop.hub.nameOfBundled':
    'Votre fichier de scénario porte le nom du scénario fourni « {id} » ; donnez un autre nom à votre fichier (son nom est son identifiant) et réessayez.',
  'workshop.hub.inScenario': 'Scénario {n} (« {id} ») : {problem}',
  'workshop.hub.chooseOne': 'Choisissez au moins un scénario pour l’atelier.',
  'workshop.hub.tooMany': 'Un atelier contient au plus {max} scénarios.',
  'workshop.hub.chosenTwice':
    'Le scénario « {id} » est choisi deux fois ; choisissez chaque scénario une seule fois.',
  'workshop.hub.fileProblems': 'Le fichier de scénario a des problèmes :\n{problems}',
  'workshop.hub.fileUnreadable': 'Le fichier de scénario n’a pas pu être lu ({error}).',
  'workshop.hub.fileEmpty': 'Le fichier ne contient aucun scénario.',
  'workshop.hub.noWorkshop': 'Aucun atelier ne correspond à ce lien. Redemandez le lien à votre formateur.',
  'workshop.hub.trainerTokenMissing': 'Cette page est réservée au formateur : le jeton du formateur manque.',
  'workshop.hub.trainerTokenWrong': 'Le jeton du formateur ne correspond pas à cet atelier.',
  'workshop.hub.noScenarioNo': 'Cet atelier n’a pas de scénario {n}.',
  'workshop.hub.scenarioGone': 'Le scénario « {id} » de cet atelier n’est plus disponible sur ce hub.',
  'workshop.hub.scenarioChanged':
    'Le scénario « {id} » a changé depuis la création de cet atelier ; ses sessions ne peuvent pas être notées sur cette version.',
  'workshop.hub.joinBusy': 'Trop de stagiaires rejoignent l’atelier en ce moment ; réessayez.',
  'workshop.hub.keyMissing': 'Votre clé de session manque ; rouvrez le lien de l’atelier.',
  'workshop.hub.notYours':
    'Cette session appartient à quelqu’un d’autre, ou votre clé de session n’est pas valide.',
  'workshop.hub.gap': 'Des étapes manquent avant celle-ci : le hub attend l’étape {expected}.',
  'workshop.hub.timeUp':
    'Le temps imparti de l’atelier ({minutes} minutes) est écoulé ; cette étape n’a pas été enregistrée.',
  'workshop.hub.differs':
    'L’étape {seq} diffère de celle déjà enregistrée ; le hub attend l’étape {expected}.',
  'workshop.hub.eventTooLarge': 'L’étape {seq} est trop volumineuse.',
  'workshop.hub.hintsOff': 'Étape {seq} : les indices sont désactivés dans cet atelier.',
  'workshop.hub.refused': 'L’étape {seq} ({type}) a été refusée par l’exercice.',
  'workshop.hub.refusedBecause': 'L’étape {seq} ({type}) a été refusée par l’exercice : {reason}',
  'workshop.hub.invalid':
    '{what, select, workshop {L’atelier n’est pas valide} name {Le nom n’est pas valide} events {La liste des étapes n’est pas valide} other {L’adresse n’est pas valide}} : {where}{problem}.',
  'workshop.hub.bothWays':
    'L’atelier n’est pas valide : donnez ses scénarios en une seule liste, pas des deux façons.',
  'workshop.hub.noScenarios': 'L’atelier n’est pas valide : scenarios : choisissez au moins un scénario.',
  'workshop.hub.noGroup': 'Il n’y a pas de groupe {group} ; les groupes vont de 1 à {count}.',
  'workshop.hub.noScenarioQuery':
    'Il n’y a pas de scénario {n} dans cet atelier ; ses scénarios vont de 1 à {count}.',
  'workshop.hub.noAddress': 'Cette adresse n’existe pas sur le hub.',
  'workshop.hub.tooManyRequests': 'Trop de requêtes ; attendez {seconds} secondes et réessayez.',
  'workshop.hub.tooLarge': 'La requête est trop volumineuse.',
  'workshop.hub.unreadable': 'La requête n’a pas pu être lue ({error}).',
  'workshop.hub.unexpected': 'Le hub a rencontré un problème inattendu ; la requête n’a pas été enregistrée.',
} satisfies Catalogue
