import type { Catalogue } from '../languages'

export default {
  'glossary.tin.term': 'NIF',
  'glossary.tin.forms': 'NIF|NINEA',
  'glossary.tin.definition':
    'Numéro d’identification fiscale : le numéro unique que l’administration attribue à chaque contribuable et qui figure sur chaque déclaration, paiement et courrier. Un contribuable ne doit avoir qu’un seul NIF.',
  'glossary.vat.term': 'TVA',
  'glossary.vat.forms': 'TVA',
  'glossary.vat.definition':
    'Taxe sur la valeur ajoutée : facturée par les entreprises immatriculées sur leurs ventes (TVA collectée), diminuée de la taxe payée sur leurs achats (TVA déductible). Une entreprise dont la TVA déductible est plus élevée peut demander un remboursement.',
  'glossary.paye.term': 'retenue à la source sur salaires (PAYE)',
  'glossary.paye.forms':
    'PAYE|retenue à la source sur salaires|retenues à la source sur salaires|retenue sur salaires|retenues sur salaires',
  'glossary.paye.definition':
    'L’impôt sur le revenu que l’employeur retient chaque mois sur les salaires de ses employés et reverse à l’administration pour leur compte.',
  'glossary.assessment.term': 'avis d’imposition / redressement',
  'glossary.assessment.forms': 'avis d’imposition|redressement|redressements',
  'glossary.assessment.definition':
    'L’acte par lequel l’administration fixe l’impôt dû pour une période, d’après la déclaration ou après un contrôle. Il fait courir le délai de réclamation.',
  'glossary.demandNotice.term': 'mise en demeure',
  'glossary.demandNotice.forms': 'mise en demeure|mises en demeure',
  'glossary.demandNotice.definition':
    'Lettre officielle indiquant au contribuable ce qu’il doit et avant quelle date. Les mesures d’exécution ne sont légales qu’après l’expiration du délai qu’elle accorde.',
  'glossary.deemedReceipt.term': 'réception réputée',
  'glossary.deemedReceipt.forms': 'réception réputée|réputée reçue|réputé reçu',
  'glossary.deemedReceipt.definition':
    'Le jour où la loi considère qu’un avis envoyé par la poste est reçu, un nombre fixe de jours après l’envoi, que le contribuable l’ait ouvert ou non. Les délais courent à partir de ce jour.',
  'glossary.objection.term': 'réclamation',
  'glossary.objection.forms': 'réclamation|réclamations',
  'glossary.objection.definition':
    'Contestation écrite d’une imposition par le contribuable, déposée dans le délai légal. Le service l’examine et maintient, réduit ou annule l’imposition.',
  'glossary.segment.term': 'segment',
  'glossary.segment.forms': 'segment|segments',
  'glossary.segment.definition':
    'Le groupe dans lequel un contribuable est géré selon son chiffre d’affaires : grandes, moyennes, petites ou micro-entreprises. Les grandes entreprises relèvent souvent d’une direction dédiée.',
  'glossary.tadat.term': 'TADAT',
  'glossary.tadat.forms': 'TADAT',
  'glossary.tadat.definition':
    'Outil diagnostique d’évaluation de l’administration fiscale : cadre international qui note la performance d’une administration fiscale sur une série d’indicateurs (immatriculation, déclarations, paiement, contrôle, contentieux…).',
  'glossary.collectability.term': 'recouvrabilité',
  'glossary.collectability.forms': 'recouvrabilité|recouvrable',
  'glossary.collectability.definition':
    'La probabilité qu’une créance soit payée : le contribuable exerce-t-il encore, a-t-il des biens ou des revenus, peut-on le joindre ? Elle oriente la mesure de recouvrement à prendre.',
  'glossary.offset.term': 'compensation',
  'glossary.offset.forms': 'compensation|compensations',
  'glossary.offset.definition':
    'Imputation d’une somme due au contribuable (remboursement, crédit) sur une dette fiscale de ce même contribuable, avant de lui verser le solde éventuel.',
  'glossary.writeOff.term': 'admission en non-valeur',
  'glossary.writeOff.forms': 'admission en non-valeur|admissions en non-valeur',
  'glossary.writeOff.definition':
    'Retrait de la comptabilité active d’une créance irrécouvrable, pour des motifs consignés (contribuable disparu, insolvable ou montant trop faible pour être poursuivi).',
  'glossary.instalmentAgreement.term': 'échéancier de paiement',
  'glossary.instalmentAgreement.forms': 'échéancier de paiement|échéanciers de paiement|échéancier',
  'glossary.instalmentAgreement.definition':
    'Accord permettant au contribuable de payer sa dette par versements datés. Tant qu’il est respecté, les mesures d’exécution sont suspendues ; les intérêts continuent de courir.',
  'glossary.garnishment.term': 'avis à tiers détenteur',
  'glossary.garnishment.forms': 'avis à tiers détenteur|avis à tiers détenteurs|ATD',
  'glossary.garnishment.definition':
    'Ordre adressé à un tiers qui détient des fonds du contribuable (banque, client) de les verser à l’administration, à hauteur de la dette. Légal seulement après le délai de la mise en demeure.',
  'glossary.suspenseAccount.term': 'compte d’attente',
  'glossary.suspenseAccount.forms': 'compte d’attente|comptes d’attente',
  'glossary.suspenseAccount.definition':
    'Compte où attendent les paiements qui n’ont pu être rattachés à un contribuable ou à un impôt (NIF erroné, sans référence). Chacun doit être identifié et imputé au bon compte.',
  'glossary.penalty.term': 'pénalité / intérêts de retard',
  'glossary.penalty.forms': 'pénalité|pénalités|intérêts de retard',
  'glossary.penalty.definition':
    'La pénalité sanctionne un dépôt ou un paiement tardif et peut être remise pour motif légitime ; les intérêts de retard compensent le temps pendant lequel l’impôt est resté impayé et ne sont pas remis.',
} satisfies Catalogue
