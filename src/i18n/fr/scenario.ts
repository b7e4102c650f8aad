import type { Catalogue } from '../languages'

export default {
  'scenario.field.file': 'le fichier',
  'scenario.field.entry': '{key}, entrée {n}',
  'scenario.shown.text': '« {text} »',
  'scenario.shown.notNumber': '« pas un nombre »',
  'scenario.shown.infinity': 'l’infini',
  'scenario.shown.empty': 'vide',
  'scenario.shown.list': 'une liste',
  'scenario.shown.map': 'un ensemble de clés et de valeurs',
  'scenario.expect.wholeOf': 'un nombre entier {values}',
  'scenario.expect.oneOf': 'l’une des valeurs : {values}',
  'scenario.expect.other': 'autre chose',
  'scenario.expect.date': 'une date écrite AAAA-MM-JJ',
  'scenario.expect.text': 'du texte',
  'scenario.expect.boolean': 'true ou false',
  'scenario.expect.list': 'une liste (lignes commençant par « - »)',
  'scenario.expect.mapOf': 'un ensemble de clés et de valeurs ({keys})',
  'scenario.expect.map': 'un ensemble de clés et de valeurs',
  'scenario.expect.number': '{whole, select, yes {un nombre entier} other {un nombre}}',
  'scenario.expect.numberFromTo':
    '{whole, select, yes {un nombre entier} other {un nombre}} de {min} à {max}',
  'scenario.expect.numberAtLeast':
    '{whole, select, yes {un nombre entier} other {un nombre}} d’au moins {min}',
  'scenario.expect.numberAtMost': '{whole, select, yes {un nombre entier} other {un nombre}} d’au plus {max}',
  'scenario.key.unknownDidYouMean': 'clé inconnue « {key} » — vouliez-vous dire « {suggestion} » ?',
  'scenario.key.unknownAllowed': 'clé inconnue « {key} » — les clés permises ici sont : {allowed}',
  'scenario.key.unknownNone': 'clé inconnue « {key} » — aucune clé n’est permise ici',
  'scenario.key.missing': 'clé « {key} » manquante ({expected})',
  'scenario.key.missingIn': 'clé « {key} » manquante dans {parent} ({expected})',
  'scenario.key.notAllowed': '{field} contient une clé qui n’est pas permise',
  'scenario.value.empty': '{field} est vide : écrivez {expected}',
  'scenario.value.wrong': '{field} doit être {expected}, et non {value}',
  'scenario.value.wrongDidYouMean':
    '{field} doit être {expected}, et non {value} — vouliez-vous dire « {suggestion} » ?',
  'scenario.value.wrongHint': '{field} doit être {expected}, et non {value} ({hint})',
  'scenario.hint.percent': 'écrivez le nombre sans « % »',
  'scenario.hint.separators': 'écrivez le nombre sans séparateurs, par exemple 5000000',
  'scenario.hint.quotes': 'retirez les guillemets autour du nombre',
  'scenario.value.notDate':
    '{field} doit être une date réelle écrite AAAA-MM-JJ, par exemple 2025-03-03, et non {value}',
  'scenario.value.notAllowed': '{field} {value} n’est pas permis',
  'scenario.value.badFormat': '{field} {value} n’est pas écrit correctement (format attendu : {format})',
  'scenario.value.multipleOf': '{field} doit être un multiple de {divisor}, et non {value}',
  'scenario.value.invalid': '{field} : {value} n’est pas valable ici',
  'scenario.rule.caseKind':
    '{field} {value} n’est pas permis : utilisez un type de cas tel que « duplicate-applicant »',
  'scenario.rule.notCaseKind':
    '{field} : {value} n’est pas un type de cas ; utilisez un type déclaré sous world',
  'scenario.rule.languageCode':
    '{field} {value} n’est pas permis : utilisez un code de langue tel que « en » ou « fr »',
  'scenario.rule.profilePath':
    '{field} {value} n’est pas permis : écrivez un chemin relatif vers le fichier du profil, par exemple « ./mon-pays.yaml »',
  'scenario.range.textEmpty': '{field} ne doit pas être vide',
  'scenario.range.textAtMost': '{field} doit compter au plus {limit} caractères',
  'scenario.range.textAtLeast': '{field} doit compter au moins {limit} caractères',
  'scenario.range.listAtMost': '{field} peut avoir au plus {limit, plural, one {# entrée} other {# entrées}}',
  'scenario.range.listAtLeast':
    '{field} doit avoir au moins {limit, plural, one {# entrée} other {# entrées}}',
  'scenario.range.atMost': '{field} doit valoir au plus {limit}, et non {value}',
  'scenario.range.lessThan': '{field} doit être inférieur à {limit}, et non {value}',
  'scenario.range.atLeast': '{field} doit valoir au moins {limit}, et non {value}',
  'scenario.range.moreThan': '{field} doit être supérieur à {limit}, et non {value}',
  'scenario.rule.slug':
    '{field} {value} n’est pas permis : utilisez seulement des minuscules, des chiffres et des traits d’union (sans espaces), par exemple « premiere-semaine »',
  'scenario.rule.currencyCode':
    '{field} {value} n’est pas permis : utilisez un code ISO 4217 de trois lettres tel que « NGN » ou « XOF »',
  'scenario.rule.riskRuleOnce':
    '{field} : chaque règle de risque ne peut figurer qu’une fois ; supprimez la seconde entrée',
  'scenario.profile.mediumBelowSmall':
    'mediumTaxpayer ({medium}) est inférieur à smallTaxpayer ({small}) ; les seuils doivent croître : smallTaxpayer ≤ mediumTaxpayer ≤ largeTaxpayer',
  'scenario.profile.largeBelowMedium':
    'largeTaxpayer ({large}) est inférieur à mediumTaxpayer ({medium}) ; les seuils doivent croître : smallTaxpayer ≤ mediumTaxpayer ≤ largeTaxpayer',
  'scenario.jurisdiction.broken':
    'la juridiction « {ref} » ne peut pas servir tant que les problèmes de {file} ne sont pas corrigés',
  'scenario.jurisdiction.unknownDidYouMean':
    'la juridiction « {ref} » n’est pas un profil connu — vouliez-vous dire « {suggestion} » ?',
  'scenario.jurisdiction.unknown':
    'la juridiction « {ref} » n’est pas un profil connu ; les profils connus sont : {ids} (fichiers dans scenarios/jurisdictions/)',
  'scenario.jurisdiction.noneLoaded':
    'la juridiction « {ref} » n’est pas un profil connu : aucun profil n’a été chargé ; ajoutez scenarios/jurisdictions/{ref}.yaml ou écrivez le profil ici',
  'scenario.world.referenceDateRange':
    'referenceDate {date} est hors du calendrier que la simulation sait parcourir ; choisissez une date entre {earliest} et {latest}',
  'scenario.world.registerTooBig':
    'le registre peut contenir au plus {max} contribuables, mais individuals et businesses totalisent {total} ; réduisez-les (un monde plus grand prend trop de temps à générer dans un navigateur)',
  'scenario.world.registerTooSmall':
    'chaque cas porte sur son propre contribuable immatriculé : les processus comptent {needed} cas, mais le registre n’a que {register} contribuables ; portez individuals ou businesses à au moins {needed}',
  'scenario.world.moreAnomaliesThanCases':
    'plus d’anomalies que de cas : anomalies et faux positifs totalisent {special}, mais {field} vaut {cases} ; portez {field} à au moins {special} ou réduisez ces nombres',
  'scenario.task.startsBeforeAbove':
    'la tâche « {task} » commence au jour {start}, avant une tâche placée au-dessus (jour {latest}) ; les tâches se suivent dans l’ordre, rangez-les donc selon startsAfterDays',
  'scenario.task.startsApart':
    'la tâche « {task} » commence au jour {start}, mais la première tâche {process} commence au jour {processStart} ; les cas d’un processus sont créés à une même date, donnez donc à ses tâches le même startsAfterDays',
  'scenario.task.processNotReady':
    'le processus « {process} » ne peut pas encore être joué ; cette version propose : {ready}',
  'scenario.task.noWorldCases':
    'la tâche « {task} » porte sur {process}, mais le monde n’a aucun cas {process} ; ajoutez world.{process}',
  'scenario.task.noKindCases':
    'la tâche « {task} » contient des cas {kinds}, mais le monde n’en a aucun dans {process} ; déclarez-les sous world ou modifiez kinds',
  'scenario.task.tooFewOfKinds':
    'la tâche « {task} » demande {cases} cas de {kinds}, mais le monde n’en a que {available}',
  'scenario.task.placeTooMany': 'les tâches de {process} placent plus de cas que le monde n’en contient',
  'scenario.task.tooFew':
    'la tâche « {task} » demande {wanted} cas, mais le monde n’en a que {available} ; réduisez cases ou augmentez {field}',
  'scenario.task.alreadyTaken':
    'la tâche « {task} » veut {wanted, select, all {la totalité} other {{n}}} des {available} cas {process}, mais les tâches précédentes en prennent déjà {before} ; les tâches d’un processus se partagent ses cas dans l’ordre, réduisez donc cases ou augmentez {field}',
  'scenario.task.hintsCostMore':
    'les indices de la tâche « {task} » coûtent {cost} points au total, plus que les {max} que la tâche peut rapporter ; baissez les coûts',
  'scenario.task.hintNeverOffered':
    'l’indice {n} de la tâche « {task} » vise les cas « {kind} », mais le monde n’en a aucun : il ne sera jamais proposé ; les types du monde sont {kinds}',
  'scenario.task.hintNeverOfferedNoKinds':
    'l’indice {n} de la tâche « {task} » vise les cas « {kind} », mais le monde n’en a aucun : il ne sera jamais proposé ; le monde ne déclare aucun type',
  'scenario.task.acceptableAboveCorrect':
    'points.acceptable ({acceptable}) dépasse points.correct ({correct}) ; une décision acceptable ne devrait pas rapporter plus que la bonne',
  'scenario.task.feedbackNeverShown':
    'le retour pour « {kind} » ne sera jamais affiché : le monde n’a aucun cas {kind}',
  'scenario.task.duplicateId':
    'l’id de tâche « {task} » est déjà utilisé par la tâche {n} ; donnez à chaque tâche son propre id',
  'scenario.task.cannotPass':
    'le scénario ne peut pas être réussi : aucune tâche ne donne de points pour une bonne décision, le meilleur score est donc 0 ; donnez à points.correct une valeur supérieure à 0',
  'scenario.agenda.noTask': 'il n’y a pas de tâche « {task} » ; les tâches sont {ids}',
  'scenario.agenda.twice':
    'la tâche « {task} » figure déjà au jour {day} ; les cas d’une tâche arrivent en un seul jour',
  'scenario.agenda.startsAfterDays':
    'la tâche « {task} » a un startsAfterDays, qui déplace lui-même le calendrier ; donnez-lui soit startsAfterDays, soit un jour dans l’agenda',
  'scenario.registration.needIndividuals':
    'les cas d’immatriculation exigent {needed, plural, one {# personne physique existante distincte} other {# personnes physiques existantes distinctes}} ({which}), mais individuals vaut {individuals} ; portez-le à au moins {needed} ou réduisez ces nombres',
  'scenario.registration.needBusinesses':
    'chaque cas phoenix a besoin de sa propre entreprise existante dont renaître : {phoenix, plural, one {# cas phoenix} other {# cas phoenix}} mais businesses vaut {businesses} ; portez businesses à au moins {phoenix}',
  'scenario.registration.sharedPhones':
    '{bogus, plural, one {# immatriculation fictive} other {# immatriculations fictives}} avec {sharing} NIF existants par téléphone exigent {own} contribuables à elles, en plus des {others} qu’utilisent les autres cas, mais le registre en a {register} ; réduisez sharedPhoneTins ou augmentez individuals ou businesses',
  'scenario.registration.bogusNeedsThree':
    'bogus-registration exige au moins 3 contribuables existants (individuals ou businesses) avec qui partager un numéro de téléphone ou une adresse, mais la population en a {register} ; augmentez individuals ou businesses',
  'scenario.registration.noVat':
    'les cas vat-threshold exigent une TVA, mais la juridiction « {jurisdiction} » n’en a pas dans ses taxTypes ; ajoutez VAT au profil ou retirez cette anomalie',
  'scenario.refunds.unusedVariant':
    'Ce scénario n’a aucun cas phantom-exporter : cette variante ne change donc rien ; ajoutez-en sous world.refunds.anomalies ou retirez-la',
  'scenario.refunds.notNewRegistrant':
    'Une société immatriculée {days} jours avant sa demande n’est pas une nouvelle immatriculée pour la juridiction « {jurisdiction} » (refunds.risk.newRegistrantMonths vaut {months}) ; utilisez au plus {newest} jours, ou augmentez newRegistrantMonths dans le profil',
  'scenario.objections.lawLacks':
    'les cas {kind} exigent une règle que la juridiction « {jurisdiction} » n’a pas ; modifiez son profil ou retirez ce type',
  'scenario.objections.needsUndisputedPaid':
    'les cas {kind} exigent une juridiction dont objections.requireUndisputedPaid vaut true, ce qui n’est pas le cas de « {jurisdiction} » ; modifiez son profil ou retirez ce type',
  'scenario.objections.needsDeemedReceipt':
    'les cas {kind} exigent une juridiction dont deadlines.deemedReceiptDays est supérieur à 0, ce qui n’est pas le cas de « {jurisdiction} » ; modifiez son profil ou retirez ce type',
  'scenario.collection.taxTypeNotAdministered':
    'la juridiction « {jurisdiction} » ne gère pas {taxType} : aucun arriéré ne peut donc y figurer ; utilisez l’un de ses impôts ({codes})',
  'scenario.collection.noDefaults':
    'sans accord non respecté, la demande de délai de paiement est ordinaire et la bonne réponse serait de l’accorder, ce qui n’est pas un abus d’accord ; utilisez au moins 1 (à partir de {refuseAfter}, le refuseAfterDefaults du profil, la demande est refusée ; en dessous, un nouvel accord exige une garantie)',
  'scenario.collection.unusedVariants':
    'des variantes sont fixées pour {kind}, mais le monde ne déclare aucun cas {kind} ; ajoutez-en un sous anomalies ou lookalikes, ou retirez ces variantes',
  'scenario.content.noHints':
    'la tâche « {task} » n’a pas d’indices : un stagiaire bloqué n’obtient aucune aide ; ajoutez des indices (d’abord généraux, puis précis)',
  'scenario.content.noFeedback':
    'aucun retour pour {kinds} : après avoir tranché un tel cas, le stagiaire ne voit que l’explication du moteur ; ajoutez un retour pour {n, plural, one {ce type} other {chacun}} sous `feedback:`',
  'scenario.content.markup':
    'ce texte contient du HTML ou du script ; les stagiaires le voient en caractères bruts, jamais interprété : écrivez du texte simple',
  'scenario.content.noInterface':
    'le bac à sable n’a pas d’interface en « {language} » : les stagiaires verront ses boutons, menus et messages en anglais (le texte du scénario reste tel qu’écrit) ; écrivez-le en {languages} pour une interface dans la même langue',
  'scenario.content.otherLanguage':
    'ce texte semble écrit en {guess}, mais la langue du scénario est « {language} » ; traduisez-le ou modifiez language:',
  'scenario.language.en': 'anglais',
  'scenario.language.fr': 'français',
  'scenario.language.pt': 'portugais',
  'scenario.language.es': 'espagnol',
  'scenario.language.id': 'indonésien',
  'scenario.language.vi': 'vietnamien',
  'scenario.language.ru': 'russe',
  'scenario.yaml.binary':
    'ce n’est pas un fichier texte (il contient des données binaires) ; {kind, select, scenario {un scénario} other {un profil de juridiction}} est du texte simple écrit en YAML',
  'scenario.yaml.tooDeep':
    'ceci est imbriqué sur plus de {max} niveaux ; {kind, select, scenario {un scénario} other {un profil de juridiction}} ne l’est jamais (cherchez des crochets jamais fermés ou une indentation qui ne cesse de croître)',
  'scenario.yaml.empty':
    'ce fichier est vide ; {kind, select, scenario {un scénario} other {un profil de juridiction}} commence par des lignes comme « {start} » (voir scenarios/README.md)',
  'scenario.yaml.rootList':
    'ce fichier est une liste (lignes commençant par « - »), mais {kind, select, scenario {un scénario} other {un profil de juridiction}} doit être un ensemble de clés et de valeurs, une par ligne, comme « title: … »',
  'scenario.yaml.rootValue':
    'ce fichier est une valeur isolée, mais {kind, select, scenario {un scénario} other {un profil de juridiction}} doit être un ensemble de clés et de valeurs, une par ligne, comme « title: … »',
  'scenario.yaml.aliasCount':
    'ce fichier répète des ancres (*nom) si souvent qu’il deviendrait énorme ; écrivez plutôt les valeurs en entier',
  'scenario.yaml.unreadable': 'ce fichier n’a pas pu être lu',
  'scenario.yaml.complexKey':
    'une clé doit être un seul mot comme « title », pas une liste ni un ensemble de clés',
  'scenario.yaml.unknownAnchor': '*{name} renvoie à une ancre &{name} qui n’est pas définie plus haut',
  'scenario.yaml.unknownTag':
    'cette balise « ! » n’est pas comprise et elle est ignorée ; retirez-la, ou mettez le texte entre guillemets si le « ! » en fait partie',
  'scenario.yaml.warning': 'YAML signale un problème ici ({code})',
  'scenario.yaml.duplicateKey': 'la clé « {key} » apparaît deux fois au même endroit ; n’en gardez qu’une',
  'scenario.yaml.tab':
    'une tabulation indente cette ligne ; YAML n’accepte que des espaces (la plupart des éditeurs savent « convertir l’indentation en espaces »)',
  'scenario.yaml.unclosedBracket': 'ce « {open} » n’est jamais fermé : ajoutez un « {close} » à la fin',
  'scenario.yaml.badIndent':
    'l’indentation est fausse ici : les clés d’un même niveau doivent commencer dans la même colonne',
  'scenario.yaml.indentedFurther':
    'la ligne suivante est plus indentée que celle-ci : elle est lue comme faisant partie de cette valeur ; les clés d’un même niveau doivent commencer dans la même colonne',
  'scenario.yaml.twoColons':
    'cette ligne contient deux parties « clé: valeur » ; si le texte contient « : », mettez-le entre guillemets, par exemple title: "Guichet 1 : accueil"',
  'scenario.yaml.multilineKey':
    'une clé doit tenir sur une ligne ; cherchez un « : » manquant ou un guillemet non fermé plus haut',
  'scenario.yaml.unclosedQuote':
    'ce guillemet n’est jamais fermé : un texte qui commence par un guillemet doit finir par le même',
  'scenario.yaml.missingChar': 'il manque quelque chose ici',
  'scenario.yaml.multipleDocs':
    'ce fichier contient plus d’un document (une seconde ligne « --- ») ; gardez un seul scénario ou profil par fichier',
  'scenario.yaml.badStart':
    'un texte ne peut pas commencer par ce caractère ; mettez tout le texte entre guillemets',
  'scenario.yaml.badEscape':
    'une barre oblique inverse dans un texte entre guillemets doubles commence une séquence comme \\n ; utilisez des guillemets simples ou écrivez \\\\ pour une barre oblique inverse',
  'scenario.yaml.longKey': 'cette clé dépasse 1024 caractères ; une clé doit être un mot court',
  'scenario.yaml.unexpected':
    'YAML ne peut pas lire ceci ; vérifiez l’indentation et que chaque clé se termine par « : »',
  'scenario.yaml.unreadableHere': 'YAML ne peut pas lire ceci',
  'scenario.load.idNotFileName':
    'l’id « {id} » doit être identique au nom du fichier « {file} » ; renommez le fichier en {id}.yaml ou modifiez l’id',
  'scenario.load.profileWithoutFormat':
    'ce fichier ressemble à un profil de juridiction : ajoutez la ligne « format: {format} » en tête pour qu’il soit reconnu dans n’importe quel dossier',
  'scenario.load.badFileName':
    'le nom de fichier « {id} » ne peut pas servir d’id de scénario : utilisez des minuscules, des chiffres et des traits d’union, par exemple « {slug}.yaml »',
  'scenario.load.noProfileFile':
    'aucun fichier de profil à {target} : vérifiez le chemin (il part du dossier de ce scénario) et que le fichier commence par « format: {format} »',
  'scenario.load.duplicateId':
    '{other} définit déjà {kind, select, scenario {le scénario} other {le profil de juridiction}} « {id} » ; les id doivent être uniques, renommez donc l’un des fichiers',
} satisfies Catalogue
