import type { Catalogue } from '../languages'

export default {
  'refunds.cmd.validate': 'Validar o pedido',
  'refunds.cmd.validateHelp':
    'Dentro do prazo, declaração entregue, conta de reembolso em nome do contribuinte',
  'refunds.cmd.assessRisk': 'Avaliar o nível de risco',
  'refunds.cmd.assessRiskHelp': 'O nível de risco determina as verificações exigidas',
  'refunds.cmd.checkSuppliers': 'Cruzar o IVA dedutível com as declarações dos fornecedores',
  'refunds.cmd.checkCustoms': 'Verificar as exportações junto das alfândegas',
  'refunds.cmd.verifyBankAccount': 'Confirmar o titular da conta junto do banco',
  'refunds.cmd.applyOffset': 'Compensar com outras dívidas fiscais',
  'refunds.cmd.applyOffsetHelp': 'Todos os impostos, antes de qualquer pagamento',
  'refunds.cmd.requestSecondApproval': 'Pedir segunda aprovação',
  'refunds.cmd.approveFull': 'Aprovar o montante total pedido',
  'refunds.cmd.approvePartial': 'Aprovar parte do pedido',
  'refunds.cmd.authorisePayment': 'Autorizar o pagamento',
  'refunds.cmd.refuse': 'Indeferir o pedido',
  'refunds.cmd.blockAndRefer': 'Bloquear o reembolso e remeter',
  'refunds.cmd.blockAndReferHelp': 'Marca o reembolso como bloqueado e remete o processo para investigação',
  'refunds.field.amountAllowed': 'Montante aceite',
  'refunds.field.disallowedWhy': 'Motivo da recusa do restante',
  'refunds.field.refuseReason': 'Motivo (consta da notificação da decisão)',
  'refunds.field.blockReason': 'Fundamentos do bloqueio e da remessa',
  'refunds.reference.claimed': 'Reembolso pedido: {claimed}.',

  'refunds.state.received': 'Pedido recebido',
  'refunds.state.invalid': 'Não passou a validação',
  'refunds.state.awaitingRisk': 'Validado — avaliação do risco',
  'refunds.state.verification': 'Verificação',
  'refunds.state.approved': 'Montante aceite — compensação e autorização',
  'refunds.state.paid': 'Reembolso autorizado para pagamento',
  'refunds.state.refused': 'Indeferido',
  'refunds.state.blocked': 'Bloqueado e remetido',

  'refunds.check.suppliers': 'cruzar o IVA dedutível com as declarações dos fornecedores',
  'refunds.check.customs': 'verificar as exportações nos registos aduaneiros',
  'refunds.check.bank': 'confirmar o titular da conta junto do banco',

  'refunds.blocker.notAStep': '«{type}» não é uma etapa de um pedido de reembolso.',
  'refunds.blocker.alreadyValidated': 'O pedido já foi validado.',
  'refunds.blocker.alreadyAssessed': 'O nível de risco já foi avaliado.',
  'refunds.blocker.validateFirst': 'Valide primeiro o pedido.',
  'refunds.blocker.failedValidationRefuse': 'O pedido não passou a validação ({reason}): indefira-o.',
  'refunds.blocker.alreadyVerified': 'Esta verificação já foi feita.',
  'refunds.blocker.verifyAfterDecision':
    'O montante já foi decidido; as verificações fazem-se antes da decisão.',
  'refunds.blocker.assessBeforeVerifying':
    'Avalie primeiro o risco: o nível de risco determina as verificações de que o pedido precisa.',
  'refunds.blocker.noExports':
    'A declaração não tem exportações isentas: não há nada a verificar junto das alfândegas.',
  'refunds.blocker.alreadyDecided': 'O montante aceite já foi decidido.',
  'refunds.blocker.failedValidation': 'O pedido não passou a validação: {reason}',
  'refunds.blocker.assessFirst': 'Avalie primeiro o risco.',
  'refunds.blocker.checksMissing':
    'Pedido de risco {tier, select, high {elevado} medium {médio} other {baixo}}: {checks} antes de aprovar.',
  'refunds.blocker.refuseAfterDecision':
    'O montante aceite já foi decidido; para travar o pagamento, bloqueie o reembolso e remeta o processo.',
  'refunds.blocker.validateBeforeRefusing': 'Valide o pedido antes de o indeferir.',
  'refunds.blocker.verifyBeforeRefusing':
    'O pedido é válido: avalie o risco e verifique-o antes de o indeferir.',
  'refunds.blocker.alreadyOffset': 'A compensação já foi feita.',
  'refunds.blocker.decideBeforeOffset':
    'Decida primeiro o montante aceite: a compensação incide sobre o que é aceite.',
  'refunds.blocker.alreadyApproved': 'A segunda aprovação já foi dada.',
  'refunds.blocker.decideFirst': 'Decida primeiro o montante aceite.',
  'refunds.blocker.noSecondApprovalNeeded':
    'Os reembolsos até {limit} são autorizados por um só técnico; não é precisa segunda aprovação.',
  'refunds.blocker.approveFirst': 'Aprove primeiro um montante.',
  'refunds.blocker.secondApprovalFirst':
    'Os reembolsos acima de {limit} precisam de um segundo aprovador: peça primeiro a segunda aprovação.',

  'refunds.problem.amount': 'Indique o montante aceite.',
  'refunds.problem.amountZero': 'Para não aceitar nada, indefira antes o pedido.',
  'refunds.problem.amountAboveClaim': 'Não pode aceitar mais do que os {claimed} pedidos.',
  'refunds.problem.reason': 'Indique o motivo; consta da notificação da decisão e da remessa.',

  'refunds.validation.late':
    'Pedido apresentado {late, plural, one {# dia} other {# dias}} após o fim do período; o prazo é de {limit, plural, one {# dia} other {# dias}}.',
  'refunds.validation.noReturn': 'Não há declaração de IVA entregue para {period}.',
  'refunds.validation.notRefundAccount': 'A conta indicada no pedido não é a conta de reembolso registada.',
  'refunds.validation.notInName': 'A conta indicada no pedido não está em nome do contribuinte.',

  'refunds.risk.newRegistrant':
    'Registado menos de {months, plural, one {# mês} other {# meses}} antes do pedido',
  'refunds.risk.noHistory': 'Primeiro pedido de reembolso',
  'refunds.risk.claimGrowth': 'Pedido superior a {factor, number} vezes a média dos pedidos anteriores',
  'refunds.risk.largeClaim': 'Pedido de montante elevado',
  'refunds.risk.accountChange':
    'Conta de reembolso aberta ou alterada menos de {days, plural, one {# dia} other {# dias}} antes do pedido',
  'refunds.risk.customsMismatch': 'Exportações declaradas sem registo aduaneiro de exportação correspondente',
  'refunds.risk.supplierMismatch':
    'IVA dedutível pedido acima do que os fornecedores declararam nas vendas ao requerente',
  'refunds.risk.highRiskSector': 'Sector de risco elevado ({sector})',
  'refunds.tier.low': 'BAIXO',
  'refunds.tier.medium': 'MÉDIO',
  'refunds.tier.high': 'ELEVADO',
  'refunds.match.matched': 'confere',
  'refunds.match.withinTolerance': 'dentro da tolerância',
  'refunds.match.short': 'insuficiente',
  'refunds.match.notDeclared': 'não declarado',

  'refunds.panel.yes': 'sim',
  'refunds.panel.no': 'não',
  'refunds.panel.tin': 'NIF',
  'refunds.panel.taxpayer': 'Contribuinte',
  'refunds.panel.amount': 'Montante',
  'refunds.panel.period': 'Período',
  'refunds.panel.date': 'Data',
  'refunds.panel.supplier': 'Fornecedor',
  'refunds.panel.declaration': 'Declaração',
  'refunds.panel.claim.title': 'Pedido de reembolso',
  'refunds.panel.claim.claim': 'Pedido',
  'refunds.panel.claim.period': 'Período de IVA',
  'refunds.panel.claim.filedOn': 'Declaração entregue em',
  'refunds.panel.claim.filedOnValue': '{filed} (prazo {due})',
  'refunds.panel.claim.lodgedOn': 'Pedido apresentado em',
  'refunds.panel.claim.decisionDue': 'Decisão até',
  'refunds.panel.claim.claimed': 'Reembolso pedido',
  'refunds.panel.claim.payInto': 'Pagar na conta',
  'refunds.panel.claim.returnTitle': 'Declaração de IVA {period}',
  'refunds.panel.claim.line': 'Linha',
  'refunds.panel.claim.domesticSales': 'Vendas à taxa normal',
  'refunds.panel.claim.outputVat': 'IVA liquidado a {rate, number} %',
  'refunds.panel.claim.zeroRated': 'Vendas isentas (exportações)',
  'refunds.panel.claim.purchases': 'Compras',
  'refunds.panel.claim.inputVat': 'IVA dedutível pedido',
  'refunds.panel.claim.excessCredit': 'Crédito de IVA pedido em reembolso',
  'refunds.panel.claim.purchaseListing': 'Lista de compras',
  'refunds.panel.claim.what': 'Descrição',
  'refunds.panel.claim.capital': '{description} (imobilizado)',
  'refunds.panel.claim.invoices': 'Facturas',
  'refunds.panel.claim.net': 'Sem IVA',
  'refunds.panel.claim.inputVatColumn': 'IVA dedutível',
  'refunds.panel.claim.exportSchedule': 'Lista de exportações',
  'refunds.panel.claim.destination': 'Destino',
  'refunds.panel.claim.buyer': 'Comprador',
  'refunds.panel.claim.goods': 'Mercadorias',
  'refunds.panel.claim.value': 'Valor',
  'refunds.panel.claim.noExports': 'Nenhuma exportação isenta declarada.',
  'refunds.panel.register.title': 'Registo do contribuinte',
  'refunds.panel.register.noTaxpayer': 'Nenhum contribuinte tem o NIF {tin}.',
  'refunds.panel.register.name': 'Nome',
  'refunds.panel.register.registryNo': 'N.º de registo comercial',
  'refunds.panel.register.incorporated': 'Constituída em',
  'refunds.panel.register.registeredOn': 'Registado em',
  'refunds.panel.register.status': 'Situação',
  'refunds.panel.register.sector': 'Sector',
  'refunds.panel.register.segment': 'Segmento',
  'refunds.panel.register.address': 'Endereço',
  'refunds.panel.register.directors': 'Administradores',
  'refunds.panel.register.noDirectors': 'nenhum registado',
  'refunds.panel.register.statusValue':
    '{status, select, active {activo} dormant {inactivo} deregistered {cancelado} other {{status}}}',
  'refunds.panel.register.segmentValue':
    '{segment, select, large {grandes} medium {médios} small {pequenos} micro {micro} other {{segment}}}',
  'refunds.panel.register.registeredFor': 'Registado para',
  'refunds.panel.register.taxFrom': '{tax} desde {from}',
  'refunds.panel.history.title': 'Histórico de reembolsos',
  'refunds.panel.history.lodged': 'Apresentado',
  'refunds.panel.history.claimed': 'Pedido',
  'refunds.panel.history.allowed': 'Aceite',
  'refunds.panel.history.decided': 'Decidido',
  'refunds.panel.history.none': 'Sem pedidos de reembolso anteriores.',
  'refunds.panel.validation.title': 'Validação',
  'refunds.panel.validation.check': 'Verificação',
  'refunds.panel.validation.passed': 'Cumprida',
  'refunds.panel.validation.detail': 'Pormenor',
  'refunds.panel.validation.inTime': 'Pedido dentro do prazo',
  'refunds.panel.validation.inTimeDetail':
    'Apresentado em {lodged}; os pedidos devem ser apresentados no prazo de {days, plural, one {# dia} other {# dias}} após o fim do período',
  'refunds.panel.validation.returnOnFile': 'Declaração entregue',
  'refunds.panel.validation.returnOnFileDetail': 'Declaração de IVA {period} entregue em {filed}',
  'refunds.panel.validation.refundAccount': 'A conta é a conta de reembolso registada',
  'refunds.panel.validation.inName': 'Conta em nome do contribuinte (segundo o pedido)',
  'refunds.panel.validation.valid': 'O pedido é válido e segue para a avaliação do risco.',
  'refunds.panel.risk.title': 'Avaliação do risco',
  'refunds.panel.risk.tier': 'Nível de risco',
  'refunds.panel.risk.score': 'Pontuação',
  'refunds.panel.risk.scoreValue': '{score} (médio a partir de {medium}, elevado a partir de {high})',
  'refunds.panel.risk.required': 'Verificações exigidas',
  'refunds.panel.risk.noneRequired': 'nenhuma (via automática)',
  'refunds.panel.risk.factors': 'Factores de risco',
  'refunds.panel.risk.factor': 'Factor',
  'refunds.panel.risk.points': 'Pontos',
  'refunds.panel.risk.noFactor': 'Nenhum factor de risco se aplica.',
  'refunds.panel.suppliers.title': 'Declarações dos fornecedores',
  'refunds.panel.suppliers.register': 'Registo',
  'refunds.panel.suppliers.registered': '{status}, registado em {on}',
  'refunds.panel.suppliers.notRegistered': 'não consta do registo',
  'refunds.panel.suppliers.claimed': 'IVA dedutível pedido',
  'refunds.panel.suppliers.declared': 'IVA liquidado declarado nas vendas ao requerente',
  'refunds.panel.suppliers.match': 'Cruzamento',
  'refunds.panel.suppliers.notMatched': 'Não confirmado',
  'refunds.panel.suppliers.summary':
    'Tolerância de cruzamento {tolerance, number} %. IVA dedutível não confirmado por declaração de fornecedor: {disallowed}.',
  'refunds.panel.customs.title': 'Alfândegas e receitas em divisas',
  'refunds.panel.customs.valueClaimed': 'Valor declarado',
  'refunds.panel.customs.record': 'Registo aduaneiro',
  'refunds.panel.customs.receipt': 'Receita em divisas',
  'refunds.panel.customs.found': '{amount} — {detail}',
  'refunds.panel.customs.exit': 'saída confirmada em {on}, {goods} com destino a {destination}',
  'refunds.panel.customs.transfer': 'transferência em divisas de {from} em {on}',
  'refunds.panel.customs.noRecord': 'sem registo',
  'refunds.panel.customs.noReceipt': 'nenhuma encontrada',
  'refunds.panel.customs.noExports': 'Não há exportações a verificar.',
  'refunds.panel.customs.summary':
    'Vendas isentas sem registo aduaneiro: {value}; à taxa normal de {rate, number} %, correspondem a {vat} de IVA liquidado.',
  'refunds.panel.bank.title': 'Conta de reembolso e confirmação bancária',
  'refunds.panel.bank.from': 'Desde',
  'refunds.panel.bank.bank': 'Banco',
  'refunds.panel.bank.account': 'Conta',
  'refunds.panel.bank.holderDeclared': 'Titular declarado',
  'refunds.panel.bank.holderPerBank': 'Titular segundo o banco',
  'refunds.panel.bank.nameMatch': 'Nome confere',
  'refunds.panel.bank.matches': 'confere',
  'refunds.panel.bank.doesNotMatch': 'não confere',
  'refunds.panel.bank.opened': 'Aberta em',
  'refunds.panel.bank.changedVia': 'Alterada por',
  'refunds.panel.offset.title': 'Compensação com outras dívidas',
  'refunds.panel.offset.balances': 'Saldos em dívida na conta do contribuinte (todos os impostos)',
  'refunds.panel.offset.tax': 'Imposto',
  'refunds.panel.offset.owed': 'Em dívida',
  'refunds.panel.offset.oldestDue': 'Prazo mais antigo',
  'refunds.panel.offset.nothingOwed': 'Nada em dívida em nenhum imposto.',
  'refunds.panel.offset.offset': 'Compensação',
  'refunds.panel.offset.to': 'Para',
  'refunds.panel.offset.noOffset': 'Sem compensação: nada está em dívida.',
  'refunds.panel.offset.allowed': 'Montante aceite',
  'refunds.panel.offset.against': 'Compensado com dívidas',
  'refunds.panel.offset.toPay': 'A pagar',
  'refunds.panel.approval.title': 'Segunda aprovação',
  'refunds.panel.approval.text':
    'Os reembolsos acima de {limit} precisam de um segundo aprovador. O chefe da unidade de reembolsos analisou o processo e aprovou {allowed} em {on}.',

  'refunds.verdict.noClaim': 'Não há pedido registado para este processo.',
  'refunds.verdict.notFinal': '{type} não encerra um pedido de reembolso.',
  'refunds.verdict.lookalike.newExporter':
    'os registos aduaneiros, as receitas em divisas e a sua própria conta bancária conferem todos',
  'refunds.verdict.lookalike.largeInvestment': 'a compra de imobilizado está declarada pelo fornecedor',
  'refunds.verdict.block.diversion':
    'Bloqueado e remetido: a conta de reembolso foi trocada pouco antes do pedido por uma conta que, segundo o banco, não é do contribuinte. A identidade tem de ser verificada primeiro.',
  'refunds.verdict.block.phantom':
    'Bloqueado e remetido: uma empresa recente, «exportações» sem registo aduaneiro e uma conta nova são os sinais de um exportador fictício.',
  'refunds.verdict.block.refused':
    'Não saiu dinheiro, mas o indeferimento encerra o processo: este pedido exigia bloqueio e remessa para que os responsáveis fossem investigados.',
  'refunds.verdict.block.paid':
    'Foram autorizados {amount} num pedido que devia ter sido bloqueado e remetido.',
  'refunds.verdict.refuse.refused': 'Indeferido: nada no pedido é comprovado pelos elementos.',
  'refunds.verdict.refuse.blocked':
    'Bloqueado: nada foi pago, mas o pedido devia simplesmente ser indeferido.',
  'refunds.verdict.refuse.paid': 'Foram autorizados {amount} embora nada no pedido esteja comprovado.',
  'refunds.verdict.partial.refused':
    'Não foi pago crédito sem fundamento, mas {allowed} são devidos: indefira apenas a parte que os elementos não comprovam.',
  'refunds.verdict.partial.blocked':
    'A remessa é defensável, mas {allowed} estão comprovados e devem ser pagos dentro do prazo; recuse apenas a parte sem fundamento.',
  'refunds.verdict.partial.tooMuch':
    'Foram aceites {excess} de IVA sem fundamento: só {allowed} dos {claimed} pedidos estão comprovados.',
  'refunds.verdict.partial.tooLittle':
    'Aceites {amount}, mas {allowed} estão comprovados: foram retidos {withheld} de crédito legítimo.',
  'refunds.verdict.partial.right':
    'Aceites {allowed}: a parte sem fundamento foi recusada e o restante pago.',
  'refunds.verdict.full.refusedLookalike':
    'Um pedido legítimo foi indeferido: {facts}. O indeferimento prejudica a tesouraria de uma empresa cumpridora.',
  'refunds.verdict.full.refused': 'Um pedido legítimo e totalmente comprovado foi indeferido.',
  'refunds.verdict.full.blockedLookalike':
    'Um pedido legítimo foi bloqueado: {facts}. O nível de risco pede verificação, não indeferimento.',
  'refunds.verdict.full.blocked': 'Um pedido legítimo e totalmente comprovado foi bloqueado.',
  'refunds.verdict.full.tooLittle':
    'Aceites {amount} de {claimed} totalmente comprovados: o pedido é devido na totalidade.',
  'refunds.verdict.full.rightLookalike': 'Aprovado na totalidade: {facts}.',
  'refunds.verdict.full.right': 'Aprovado na totalidade: o pedido está comprovado.',
  'refunds.verdict.noOffset':
    '{why} Mas o reembolso foi pago sem a compensação: {offset} deviam primeiro ter saldado as dívidas do contribuinte noutros impostos.',
  'refunds.verdict.late':
    '{why} Mas a decisão chegou {days, plural, one {# dia} other {# dias}} depois do prazo legal.',
  'refunds.truth.flag.phantomRegistered':
    'Registada em {registered}, {months, plural, one {# mês} other {# meses}} antes de um primeiro pedido de {claimed}',
  'refunds.truth.flag.servicedOffice': 'O endereço é um centro de escritórios partilhados: {address}',
  'refunds.truth.flag.noExportRecords':
    '{count, plural, one {A única declaração de exportação não tem registo aduaneiro nem receita em divisas} other {Nenhuma das # declarações de exportação tem registo aduaneiro ou receita em divisas}}',
  'refunds.truth.flag.newAccount':
    'Conta de reembolso aberta em {opened} e comunicada à repartição {days, plural, one {# dia} other {# dias}} antes do pedido',
  'refunds.truth.flag.unsupportedExports':
    '{unsupported} de {count} declarações de exportação ({value}) não têm registo aduaneiro nem receita em divisas',
  'refunds.truth.flag.accountChanged':
    'Conta de reembolso alterada em {changed}, {days, plural, one {# dia} other {# dias}} antes do pedido, pelo portal online a partir de um novo endereço de correio electrónico',
  'refunds.truth.flag.holderMismatch': 'Segundo o banco, o titular da conta é {holder}, e não {name}',
  'refunds.truth.flag.newExporter':
    'Registada {months, plural, one {# mês} other {# meses}} antes de um primeiro pedido de {claimed} (parece arriscado)',
  'refunds.truth.flag.growth':
    'Pedido {ratio, number, ::.0} vezes superior à média dos pedidos anteriores (parece arriscado)',
  'refunds.truth.flag.creditsShort':
    '{supplier} declarou {declared} de IVA liquidado nas vendas ao requerente, contra {claimed} de IVA dedutível pedido a seu respeito',
  'refunds.truth.flag.owes': 'Deve {owed} em {debts}: compensar primeiro',
  'refunds.truth.debt': '{taxType} {period}',
  'refunds.truth.clearing.newExporter':
    'Cada exportação tem registo aduaneiro e receita em divisas; a conta é da própria empresa',
  'refunds.truth.clearing.investment': '{purchase} comprado a {supplier} está declarado pelo fornecedor',
  'refunds.truth.clearing.aCapitalPurchase': 'Um bem de investimento',
  'refunds.truth.clearing.aSupplier': 'um fornecedor',
  'refunds.truth.expected.block': 'Bloquear o reembolso e remeter o processo para investigação',
  'refunds.truth.expected.refuse': 'Indeferir o pedido',
  'refunds.truth.expected.partial': 'Aprovar {allowed} dos {claimed} pedidos',
  'refunds.truth.expected.partialOffset':
    'Aprovar {allowed} dos {claimed} pedidos, compensar {owed} com as outras dívidas do contribuinte e pagar {pay}',
  'refunds.truth.expected.full': 'Aprovar a totalidade dos {claimed}',
  'refunds.truth.expected.fullOffset':
    'Aprovar a totalidade dos {claimed}, compensar {owed} com as outras dívidas do contribuinte e pagar {pay}',
  'refunds.truth.explanation.blockDiversion':
    'O pedido em si pode ser fundado, mas o dinheiro iria para uma conta que, segundo o banco, pertence a outra pessoa e foi indicada dias antes do pedido. Bloqueie-o, verifique a identidade do contribuinte e a mudança de conta, e procure envolvimento interno.',
  'refunds.truth.explanation.blockPhantom':
    'Uma empresa com poucos meses, num centro de escritórios partilhados, pede um reembolso elevado sobre exportações que a alfândega nunca viu, para uma conta aberta dias antes. Nada deve ser pago: bloqueie o reembolso e remeta a empresa para auditoria prévia ao reembolso e investigação.',
  'refunds.truth.explanation.refuse':
    'Retiradas as exportações e as deduções não comprovadas, nada resta a reembolsar.',
  'refunds.truth.explanation.partialExports':
    'Exportações de {value} não têm registo aduaneiro, por isso não estão isentas: à taxa de {rate} % geram {vat} de IVA liquidado, que é abatido ao pedido. O resto está comprovado e é devido.',
  'refunds.truth.explanation.partialCredits':
    '{disallowed} de IVA dedutível não correspondem ao que o fornecedor declarou; esse valor é recusado e o fornecedor vai para auditoria. O resto confere e é devido.',
  'refunds.truth.explanation.fullNewExporter':
    'O primeiro pedido de um novo exportador é de risco elevado segundo as regras, por isso é verificado na íntegra; a alfândega, as receitas em divisas, os fornecedores e o banco confirmam-no. Pague-o dentro do prazo.',
  'refunds.truth.explanation.fullInvestment':
    'O pedido está muito acima do habitual devido à compra de um bem de investimento, e o fornecedor declarou essa venda: o crédito é genuíno. Pague-o.',
  'refunds.truth.explanation.fullGenuine':
    'As deduções conferem com as declarações dos fornecedores e as exportações com os registos aduaneiros: o reembolso é devido.',
  'refunds.truth.explanation.withOffset':
    '{explanation} O contribuinte deve imposto noutro tipo de imposto, pelo que o reembolso liquida primeiro essa dívida.',

  'refunds.story.title': 'Reembolso de IVA {period}: {name}',
  'refunds.story.channel.registration': 'Formulário de registo',
  'refunds.story.channel.letter': 'Carta assinada por um administrador',
  'refunds.story.channel.portal': 'Portal online',
  'refunds.story.channel.newEmail': 'Portal online, a partir de um novo endereço de correio electrónico',

  'refunds.ledger.notAllowed': 'parte do pedido de reembolso não aprovada',
  'refunds.ledger.offsetTo': 'reembolso compensado em {taxType} {period}',
  'refunds.ledger.offsetFrom': 'do reembolso de IVA {period}',
  'refunds.ledger.paid': 'reembolso autorizado para pagamento',
} satisfies Catalogue
