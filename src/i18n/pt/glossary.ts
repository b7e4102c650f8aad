import type { Catalogue } from '../languages'

export default {
  'glossary.tin.term': 'NIF',
  'glossary.tin.forms': 'NIF|NUIT',
  'glossary.tin.definition':
    'Número de identificação fiscal: o número único que a administração atribui a cada contribuinte, presente em cada declaração, pagamento e carta. Cada contribuinte deve ter um só NIF.',
  'glossary.vat.term': 'IVA',
  'glossary.vat.forms': 'IVA',
  'glossary.vat.definition':
    'Imposto sobre o valor acrescentado: cobrado pelas empresas registadas nas vendas (IVA liquidado), deduzido o imposto pago nas compras (IVA dedutível). Uma empresa com IVA dedutível superior pode pedir reembolso.',
  'glossary.paye.term': 'IRPS retido na fonte (PAYE)',
  'glossary.paye.forms': 'PAYE|IRPS retido na fonte',
  'glossary.paye.definition':
    'O imposto sobre o rendimento que o empregador retém todos os meses dos salários dos trabalhadores e entrega à administração em nome deles.',
  'glossary.assessment.term': 'liquidação',
  'glossary.assessment.forms': 'liquidação|liquidações',
  'glossary.assessment.definition':
    'O ato pelo qual a administração fixa o imposto devido num período, a partir da declaração ou de uma auditoria. Inicia o prazo de reclamação.',
  'glossary.demandNotice.term': 'notificação de cobrança',
  'glossary.demandNotice.forms': 'notificação de cobrança|notificações de cobrança',
  'glossary.demandNotice.definition':
    'Carta oficial que indica ao contribuinte o que deve e até quando. A cobrança coerciva só é legal depois de decorrido o prazo que concede.',
  'glossary.deemedReceipt.term': 'receção presumida',
  'glossary.deemedReceipt.forms': 'receção presumida|presume-se recebida',
  'glossary.deemedReceipt.definition':
    'O dia em que a lei considera recebida uma notificação enviada pelo correio, um número fixo de dias após o envio, quer o contribuinte a tenha aberto ou não. Os prazos contam a partir desse dia.',
  'glossary.objection.term': 'reclamação',
  'glossary.objection.forms': 'reclamação|reclamações',
  'glossary.objection.definition':
    'Contestação escrita de uma liquidação pelo contribuinte, apresentada dentro do prazo legal. O serviço analisa-a e confirma, reduz ou anula a liquidação.',
  'glossary.segment.term': 'segmento',
  'glossary.segment.forms': 'segmento|segmentos',
  'glossary.segment.definition':
    'O grupo em que um contribuinte é gerido segundo o volume de negócios: grandes, médios, pequenos ou micro. Os grandes contribuintes têm geralmente um serviço próprio.',
  'glossary.tadat.term': 'TADAT',
  'glossary.tadat.forms': 'TADAT',
  'glossary.tadat.definition':
    'Ferramenta de diagnóstico da administração tributária: quadro internacional que avalia o desempenho de uma administração fiscal num conjunto de indicadores (registo, declarações, pagamento, auditoria, contencioso…).',
  'glossary.collectability.term': 'cobrabilidade',
  'glossary.collectability.forms': 'cobrabilidade|cobrável',
  'glossary.collectability.definition':
    'A probabilidade de uma dívida ser paga: se o contribuinte ainda exerce atividade, tem bens ou rendimentos e pode ser contactado. Orienta a medida de cobrança a tomar.',
  'glossary.offset.term': 'compensação',
  'glossary.offset.forms': 'compensação|compensações',
  'glossary.offset.definition':
    'Utilização de um montante devido ao contribuinte (reembolso, crédito) para pagar uma dívida fiscal do mesmo contribuinte, antes de pagar o eventual saldo.',
  'glossary.writeOff.term': 'anulação da dívida',
  'glossary.writeOff.forms': 'anulação da dívida',
  'glossary.writeOff.definition':
    'Retirada da contabilidade ativa de uma dívida incobrável, por motivos registados (contribuinte desaparecido, insolvente ou montante demasiado pequeno para prosseguir).',
  'glossary.instalmentAgreement.term': 'acordo de pagamento em prestações',
  'glossary.instalmentAgreement.forms': 'acordo de pagamento em prestações|pagamento em prestações',
  'glossary.instalmentAgreement.definition':
    'Acordo que permite ao contribuinte pagar a dívida em prestações datadas. Enquanto é cumprido, a cobrança coerciva fica suspensa; os juros continuam a correr.',
  'glossary.garnishment.term': 'penhora de contas',
  'glossary.garnishment.forms': 'penhora de contas|penhora',
  'glossary.garnishment.definition':
    'Ordem a um terceiro que detém dinheiro do contribuinte (banco, cliente) para o entregar à administração, até ao montante da dívida. Só é legal depois do prazo da notificação.',
  'glossary.suspenseAccount.term': 'conta transitória',
  'glossary.suspenseAccount.forms': 'conta transitória|contas transitórias',
  'glossary.suspenseAccount.definition':
    'Onde aguardam os pagamentos que não puderam ser associados a um contribuinte ou imposto (NIF errado, sem referência). Cada um deve ser identificado e lançado na conta certa.',
  'glossary.penalty.term': 'multa / juros de mora',
  'glossary.penalty.forms': 'multa|multas|juros de mora',
  'glossary.penalty.definition':
    'A multa pune uma declaração ou pagamento tardio e pode ser perdoada por motivo justificado; os juros de mora compensam o tempo em que o imposto ficou por pagar e não são perdoados.',
} satisfies Catalogue
