import type { Catalogue } from '../languages'

export default {
  'collection.cmd.reviewAccount': 'Analisar a conta corrente e a antiguidade da dívida',
  'collection.cmd.checkNotices': 'Verificar as notificações enviadas',
  'collection.cmd.checkObjections': 'Consultar o registo de reclamações',
  'collection.cmd.checkAgreements': 'Verificar acordos e pedidos',
  'collection.cmd.reviewCashFlow': 'Analisar o mapa de fluxos de caixa',
  'collection.cmd.bankInquiry': 'Enviar um pedido de informação ao banco',
  'collection.cmd.checkEmployer': 'Verificar dados da entidade patronal e dos devedores comerciais',
  'collection.cmd.checkRegistry': 'Consultar os registos e os bens',
  'collection.cmd.softContact': 'Enviar um lembrete (SMS, e-mail ou carta)',
  'collection.cmd.serveDemand': 'Enviar a notificação de cobrança',
  'collection.cmd.serveDemand.help':
    'Abre o prazo da notificação: considera-se recebida após os dias previstos na lei, e o contribuinte tem depois o prazo da notificação para pagar antes que a execução seja legal.',
  'collection.cmd.holdDisputed': 'Suspender a cobrança do montante reclamado',
  'collection.cmd.declareDefault': 'Declarar em incumprimento o acordo em vigor',
  'collection.cmd.refuseAgreement': 'Indeferir o pedido de prestações',
  'collection.cmd.proposeWriteOff': 'Propor a anulação da dívida',
  'collection.cmd.rejectWriteOff': 'Registar a devolução da anulação',
  'collection.cmd.enforce': 'Emitir uma ordem de execução',
  'collection.cmd.protectiveMeasure': 'Congelar já as contas (medida cautelar)',
  'collection.cmd.protectiveMeasure.help':
    'Só antes de terminar o prazo da notificação, quando o devedor está a desviar bens.',
  'collection.cmd.grantAgreement': 'Conceder um acordo de pagamento em prestações',
  'collection.cmd.approveWriteOff': 'Registar a aprovação da anulação',
  'collection.cmd.diarise': 'Agendar (nenhuma acção até data posterior)',
  'collection.field.reason': 'Fundamento que consta da carta',
  'collection.field.criterion': 'Critério',
  'collection.field.note': 'O que o comprova',
  'collection.field.approver': 'Decidido por',
  'collection.field.tool': 'Medida',
  'collection.field.amount': 'Montante a cobrar',
  'collection.field.months': 'Prestações mensais',
  'collection.field.security': 'Garantia exigida',
  'collection.tool.offset': 'Compensar com um reembolso ou crédito devido ao contribuinte',
  'collection.tool.bank': 'Penhorar as contas bancárias',
  'collection.tool.employer': 'Ordenar à entidade patronal que entregue parte do salário',
  'collection.tool.receivables': 'Ordenar aos devedores comerciais que paguem à administração',
  'collection.tool.seizure': 'Penhorar e vender bens',
  'collection.toolName.offset': 'a compensação com um reembolso ou crédito devido ao contribuinte',
  'collection.toolName.bank': 'a penhora de contas bancárias',
  'collection.toolName.employer': 'a ordem à entidade patronal para entregar parte do salário',
  'collection.toolName.receivables': 'a ordem aos devedores comerciais para pagarem à administração',
  'collection.toolName.seizure': 'a penhora e venda de bens',
  'collection.security.none': 'Sem garantia',
  'collection.security.bankGuarantee': 'Garantia bancária',
  'collection.security.chargeOnAssets': 'Ónus sobre bens',
  'collection.criterion.liquidation': 'Sociedade em liquidação ou extinta, sem bens penhoráveis',
  'collection.criterion.untraceable': 'Contribuinte em paradeiro desconhecido',
  'collection.criterion.uneconomic': 'Custo da cobrança superior à dívida',
  'collection.approver.self': 'O próprio, o técnico que propõe',
  'collection.approver.supervisor': 'Chefe de equipa',
  'collection.approver.head': 'Chefe da cobrança',
  'collection.state.routing': 'Abertura do processo',
  'collection.state.debtDetected': 'Dívida detectada — sem notificação de cobrança',
  'collection.state.demandPeriod': 'Notificação de cobrança enviada — prazo a correr',
  'collection.state.enforceable': 'Prazo da notificação terminado — execução possível',
  'collection.state.writeOffProposed': 'Anulação proposta — a aguardar aprovação',
  'collection.state.enforced': 'Ordem de execução emitida',
  'collection.state.assetsFrozen': 'Contas congeladas (medida cautelar)',
  'collection.state.agreementGranted': 'Acordo de pagamento em prestações concedido',
  'collection.state.writtenOff': 'Dívida anulada',
  'collection.state.diarised': 'Agendado para acompanhamento',
  'collection.blocker.done.account': 'A conta corrente do contribuinte já foi analisada.',
  'collection.blocker.done.notices': 'As notificações enviadas já foram verificadas.',
  'collection.blocker.done.objections': 'O registo de reclamações já foi consultado.',
  'collection.blocker.done.agreements': 'O histórico de acordos já foi verificado.',
  'collection.blocker.done.cashFlow': 'O mapa de fluxos de caixa já foi analisado.',
  'collection.blocker.done.bank': 'O pedido de informação ao banco já foi feito.',
  'collection.blocker.done.employer':
    'Os dados da entidade patronal e dos devedores comerciais já foram verificados.',
  'collection.blocker.done.registry': 'Os registos já foram consultados.',
  'collection.blocker.notAStep': '«{type}» não é um passo da cobrança.',
  'collection.blocker.noCashFlow':
    'O contribuinte não pediu prazo para pagar; não há mapa de fluxos de caixa no processo.',
  'collection.blocker.writeOffPending':
    'Uma proposta de anulação aguarda aprovação; nada mais pode ser feito no processo até ser decidida.',
  'collection.blocker.noDemand':
    'Não foi enviada nenhuma notificação de cobrança: a execução ainda não é legal.',
  'collection.blocker.periodRunning':
    'O prazo da notificação corre até {endsOn} (enviada em {servedOn}, presumida recebida em {deemedOn}); a execução é legal a partir de {from}.',
  'collection.blocker.enforceNoticesFirst':
    'Verifique primeiro as notificações enviadas: a execução exige prova do envio da notificação.',
  'collection.blocker.enforceObjectionsFirst':
    'Consulte primeiro o registo de reclamações: um montante validamente reclamado não pode ser executado.',
  'collection.blocker.holdFirst': 'Registe primeiro a suspensão da cobrança dos {amount} reclamados.',
  'collection.blocker.agreementInForce':
    'Está em vigor um acordo de pagamento em prestações (concedido em {grantedOn}): a execução não é legal enquanto vigorar.',
  'collection.blocker.decideRequestFirst': 'Decida primeiro o pedido de prestações do contribuinte.',
  'collection.blocker.demandAlreadyServed':
    'A notificação de cobrança já foi enviada; um lembrete já não é o passo seguinte.',
  'collection.blocker.reminderSent': 'Já foi enviado um lembrete (em {on}).',
  'collection.blocker.demandServed': 'Já foi enviada uma notificação de cobrança (em {on}).',
  'collection.blocker.demandAccountFirst':
    'Analise primeiro a conta corrente: a notificação deve indicar o montante certo.',
  'collection.blocker.reminderFirst':
    'Envie primeiro um lembrete: a notificação de cobrança vem depois do contacto amigável.',
  'collection.blocker.alreadyHeld': 'A cobrança do montante reclamado já está suspensa.',
  'collection.blocker.objectionsFirst': 'Consulte primeiro o registo de reclamações.',
  'collection.blocker.noSuspension':
    'Por lei, uma reclamação não suspende a cobrança: não há nada a suspender.',
  'collection.blocker.nothingToHold':
    'Não há reclamação válida pendente sobre esta dívida: não há nada a suspender.',
  'collection.blocker.defaultDeclared': 'O acordo já foi declarado em incumprimento.',
  'collection.blocker.noAgreement': 'Não há acordo de pagamento em prestações em vigor.',
  'collection.blocker.agreementsFirst': 'Verifique primeiro o histórico de acordos.',
  'collection.blocker.notInDefault':
    'Só {missed, plural, one {# prestação falhada} other {# prestações falhadas}}; um acordo entra em incumprimento após {needed}.',
  'collection.blocker.requestRefused': 'O pedido já foi indeferido.',
  'collection.blocker.noRequest': 'O contribuinte não pediu um acordo de pagamento em prestações.',
  'collection.blocker.requestWasRefused': 'O pedido de pagamento em prestações foi indeferido.',
  'collection.blocker.agreementAccountFirst':
    'Analise primeiro a conta corrente: um acordo exige as declarações correntes entregues.',
  'collection.blocker.accountFirst': 'Analise primeiro a conta corrente do contribuinte.',
  'collection.blocker.writeOffRegistryFirst':
    'Consulte primeiro os registos: uma anulação exige critérios documentados.',
  'collection.blocker.noProposal': 'Não foi proposta nenhuma anulação neste processo.',
  'collection.blocker.noProtectiveMeasures':
    'A lei não prevê medidas cautelares antes de terminar o prazo da notificação.',
  'collection.blocker.serveDemandFirst': 'Envie primeiro a notificação de cobrança.',
  'collection.blocker.periodOverEnforce':
    'O prazo da notificação terminou: execute (penhore as contas) em vez de as congelar.',
  'collection.blocker.noticesFirst': 'Verifique primeiro as notificações enviadas.',
  'collection.blocker.freezeBankFirst':
    'Peça primeiro informação ao banco: um congelamento exige contas identificadas.',
  'collection.blocker.diariseNoticesFirst':
    'Verifique primeiro as notificações enviadas, para que a data de acompanhamento esteja certa.',
  'collection.unlawful.beforePeriod': '{why} Executar antes de terminar o prazo da notificação é ilegal.',
  'collection.unlawful.agreementInForce':
    'Está em vigor um acordo de pagamento em prestações (concedido em {grantedOn}); a dívida não pode ser executada enquanto o contribuinte o cumprir.',
  'collection.unlawful.disputed':
    '{disputed} da dívida estão sob reclamação válida e não podem ser executados até a reclamação ser decidida; no máximo {undisputed} podem ser executados.',
  'collection.problem.chooseTool': 'Escolha uma medida de execução.',
  'collection.problem.toolNotLawful': '«{tool}» não é uma medida de execução prevista na lei.',
  'collection.problem.offsetAccountFirst':
    'Analise primeiro a conta corrente: uma compensação exige um crédito nessa conta.',
  'collection.problem.garnishBankFirst':
    'Peça primeiro informação ao banco: não se pode penhorar uma conta que não foi identificada.',
  'collection.problem.employerFirst':
    'Verifique primeiro a entidade patronal e os devedores comerciais: a ordem deve indicar quem paga.',
  'collection.problem.seizureRegistryFirst':
    'Consulte primeiro os registos: uma penhora exige bens identificados.',
  'collection.problem.amount': 'Indique o montante a cobrar.',
  'collection.problem.aboveHeld':
    'No máximo {limit} podem ser executados: {held} estão sob reclamação e suspensos.',
  'collection.problem.aboveDebt': 'A dívida é de no máximo {limit}.',
  'collection.problem.months': 'Indique o número de prestações mensais.',
  'collection.problem.tooManyMonths': 'A lei permite no máximo {max} prestações mensais.',
  'collection.problem.security': 'Escolha a garantia exigida (ou nenhuma).',
  'collection.problem.reason': 'Indique o fundamento do indeferimento; consta da carta ao contribuinte.',
  'collection.problem.criterion': 'Escolha o critério de anulação.',
  'collection.problem.notInLiquidation':
    'O registo comercial não mostra este contribuinte em liquidação ou extinto.',
  'collection.problem.traced': 'O contribuinte foi localizado: os registos têm uma morada actual.',
  'collection.problem.notUneconomic':
    'A dívida ({debt}) é superior a {limit}, o montante até ao qual a cobrança custa mais do que rende.',
  'collection.problem.unknownCriterion': 'Critério desconhecido: {criterion}',
  'collection.problem.approver': 'Escolha quem decide a proposta.',
  'collection.problem.selfApproval':
    'Foi o próprio a propor esta anulação: a segregação de funções exige que outra pessoa a decida.',
  'collection.problem.aboveSupervisor':
    'Uma anulação de {amount} excede o limite do chefe de equipa: aprova-a o chefe da cobrança.',
  'collection.reference.debt': 'Dívida na conta: {amount}.',
  'collection.reference.requested':
    'O contribuinte pediu {months} prestações mensais (a lei permite no máximo {max}).',
  'collection.reference.maxMonths': 'A lei permite no máximo {max} prestações mensais.',
  'collection.channel.sms': 'SMS',
  'collection.channel.email': 'e-mail',
  'collection.channel.letter': 'carta',
  'collection.method.registeredMail': 'carta registada',
  'collection.method.handDelivery': 'entrega em mão',
  'collection.method.email': 'e-mail',
  'collection.objectionStatus.pending': 'pendente',
  'collection.objectionStatus.decided': 'decidida',
  'collection.objectionStatus.withdrawn': 'retirada',
  'collection.agreementStatus.completed': 'cumprido',
  'collection.agreementStatus.defaulted': 'em incumprimento',
  'collection.agreementStatus.active': 'em vigor',
  'collection.taxpayerKind': '{kind, select, business {Empresa} other {Pessoa singular}}',
  'collection.priority': '{priority, select, high {alta} low {baixa} other {normal}}',
  'collection.panel.taxpayer': 'Contribuinte',
  'collection.panel.tin': 'NIF',
  'collection.panel.date': 'Data',
  'collection.panel.dateOnly': '{on}',
  'collection.panel.tax': 'Imposto',
  'collection.panel.period': 'Período',
  'collection.panel.received': 'Recebido em',
  'collection.panel.none': 'Nenhum',
  'collection.panel.case.title': 'Processo de cobrança',
  'collection.panel.case.type': 'Tipo',
  'collection.panel.case.arrears': 'Dívida em atraso',
  'collection.panel.case.oldest': 'Montante em atraso mais antigo desde',
  'collection.panel.case.oldestValue': '{on} ({days, plural, one {# dia} other {# dias}})',
  'collection.panel.case.score': 'Índice de cobrabilidade',
  'collection.panel.case.scoreValue':
    '{score} / 100 ({band, select, high {alta} medium {média} other {baixa}})',
  'collection.panel.case.priority': 'Prioridade',
  'collection.panel.case.stage': 'Fase',
  'collection.panel.case.demandServed': 'Notificação de cobrança enviada em {on}',
  'collection.panel.case.reminderSent': 'Lembrete enviado em {on}; ainda sem notificação de cobrança',
  'collection.panel.case.noContact': 'Ainda sem contacto',
  'collection.panel.case.request': 'Pedido no processo',
  'collection.panel.case.requestOn': 'Pagamento em prestações pedido em {on}',
  'collection.panel.account.title': 'Conta corrente do contribuinte',
  'collection.panel.account.ageing': 'Dívida por antiguidade',
  'collection.panel.account.notDue': 'Não vencida',
  'collection.panel.account.d0_90': '1–90 dias',
  'collection.panel.account.d91_365': '91–365 dias',
  'collection.panel.account.over365': 'Mais de 365 dias',
  'collection.panel.account.ledger': 'Conta corrente',
  'collection.panel.account.entry': 'Lançamento',
  'collection.panel.account.debit': 'Débito',
  'collection.panel.account.credit': 'Crédito',
  'collection.panel.account.reference': 'Referência',
  'collection.panel.account.noEntries': 'Sem lançamentos.',
  'collection.panel.account.net': 'Posição líquida de toda a conta: {amount}.',
  'collection.panel.returns.title': 'Declarações',
  'collection.panel.returns.due': 'Prazo',
  'collection.panel.returns.filed': 'Entregue em',
  'collection.panel.returns.notFiled': 'não entregue',
  'collection.panel.returns.status': 'Situação',
  'collection.panel.returns.missing': 'em falta',
  'collection.panel.returns.notYetDue': 'ainda não vencida',
  'collection.panel.returns.late': 'fora do prazo',
  'collection.panel.returns.onTime': 'dentro do prazo',
  'collection.panel.returns.declared': 'Imposto declarado',
  'collection.panel.returns.empty': 'Sem declarações no processo.',
  'collection.panel.notices.title': 'Notificações enviadas',
  'collection.panel.notices.reminders': 'Lembretes',
  'collection.panel.notices.sent': 'Enviado em',
  'collection.panel.notices.channel': 'Canal',
  'collection.panel.notices.noReminder': 'Não foi enviado nenhum lembrete.',
  'collection.panel.notices.finalDemand': 'Notificação de cobrança',
  'collection.panel.notices.notice': 'Notificação',
  'collection.panel.notices.served': 'Enviada em',
  'collection.panel.notices.servedValue': '{on} ({method})',
  'collection.panel.notices.deemed': 'Receção presumida (+{days, plural, one {# dia} other {# dias}})',
  'collection.panel.notices.periodEnds':
    'Fim do prazo da notificação (+{days, plural, one {# dia} other {# dias}})',
  'collection.panel.notices.lawfulFrom': 'Execução legal a partir de',
  'collection.panel.notices.noDemand': 'Não foi enviada nenhuma notificação de cobrança.',
  'collection.panel.objections.title': 'Registo de reclamações',
  'collection.panel.objections.objection': 'Reclamação',
  'collection.panel.objections.assessed': 'Liquidação de',
  'collection.panel.objections.lodged': 'Apresentada em',
  'collection.panel.objections.lastDay': 'Último dia para reclamar',
  'collection.panel.objections.inDispute': 'Montante reclamado',
  'collection.panel.objections.status': 'Situação',
  'collection.panel.objections.grounds': 'Fundamentos',
  'collection.panel.objections.empty': 'Este contribuinte não apresentou nenhuma reclamação.',
  'collection.panel.objections.rule':
    'Uma reclamação deve ser apresentada no prazo de {days} dias a contar da receção presumida da nota de liquidação ({deemed} dias após a emissão). {suspends, select, yes {Uma reclamação válida e pendente suspende a cobrança apenas do montante reclamado.} other {Nesta jurisdição, uma reclamação não suspende a cobrança.}}',
  'collection.panel.agreements.title': 'Acordos e pedidos',
  'collection.panel.agreements.tableTitle': 'Acordos de pagamento em prestações',
  'collection.panel.agreements.agreement': 'Acordo',
  'collection.panel.agreements.granted': 'Concedido em',
  'collection.panel.agreements.monthsColumn': 'Meses',
  'collection.panel.agreements.instalment': 'Prestação',
  'collection.panel.agreements.paid': 'Pagas',
  'collection.panel.agreements.missed': 'Falhadas',
  'collection.panel.agreements.status': 'Situação',
  'collection.panel.agreements.security': 'Garantia',
  'collection.panel.agreements.empty': 'Nenhum acordo de pagamento em prestações anterior.',
  'collection.panel.agreements.waiting': 'Pedido a aguardar decisão',
  'collection.panel.agreements.askedMonths': 'Prestações mensais pedidas',
  'collection.panel.agreements.implies': 'Prestação correspondente',
  'collection.panel.agreements.reason': 'Motivo do contribuinte',
  'collection.panel.agreements.longest': 'Prazo máximo permitido por lei',
  'collection.panel.agreements.months': '{months, plural, one {# mês} other {# meses}}',
  'collection.panel.agreements.noRequest': 'Nenhum pedido de prazo para pagar a aguardar.',
  'collection.panel.cashFlow.shortTitle': 'Mapa de fluxos de caixa',
  'collection.panel.cashFlow.title': 'Mapa de fluxos de caixa (entregue com o pedido)',
  'collection.panel.cashFlow.none': 'Não há mapa de fluxos de caixa no processo.',
  'collection.panel.cashFlow.month': 'Mês',
  'collection.panel.cashFlow.actual': 'real',
  'collection.panel.cashFlow.projected': 'previsto',
  'collection.panel.cashFlow.receipts': 'Recebimentos',
  'collection.panel.cashFlow.payments': 'Pagamentos',
  'collection.panel.cashFlow.net': 'Saldo',
  'collection.panel.cashFlow.surplus': 'Excedente mensal médio previsto',
  'collection.panel.cashFlow.explanation': 'Explicação do contribuinte',
  'collection.panel.bank.title': 'Respostas ao pedido de informação bancária',
  'collection.panel.bank.accounts': 'Contas detidas',
  'collection.panel.bank.bank': 'Banco',
  'collection.panel.bank.account': 'Conta',
  'collection.panel.bank.balance': 'Saldo hoje',
  'collection.panel.bank.noAccount': 'Nenhum banco comunicou uma conta em nome deste contribuinte.',
  'collection.panel.bank.transactions': 'Movimentos dos últimos 60 dias',
  'collection.panel.bank.description': 'Descrição',
  'collection.panel.bank.counterparty': 'Contraparte',
  'collection.panel.bank.in': 'Entrada',
  'collection.panel.bank.out': 'Saída',
  'collection.panel.bank.noTransactions': 'Sem movimentos.',
  'collection.panel.employer.panelTitle': 'Entidade patronal e devedores comerciais',
  'collection.panel.employer.title': 'Entidade patronal (declarações de IRPS retido na fonte)',
  'collection.panel.employer.employer': 'Entidade patronal',
  'collection.panel.employer.tin': 'NIF da entidade patronal',
  'collection.panel.employer.wage': 'Salário mensal ilíquido',
  'collection.panel.employer.reaches': 'Uma ordem à entidade patronal alcança',
  'collection.panel.employer.reachesValue':
    '{percent} % de cada salário, durante {months, plural, one {# mês} other {# meses}}',
  'collection.panel.employer.none': 'Nenhuma entidade patronal declara salários pagos a este contribuinte.',
  'collection.panel.employer.debtors':
    'Devedores comerciais (facturas electrónicas por pagar emitidas pelo contribuinte)',
  'collection.panel.employer.customer': 'Cliente',
  'collection.panel.employer.invoiceDate': 'Data da factura',
  'collection.panel.employer.owed': 'Em dívida',
  'collection.panel.employer.noDebtors': 'Sem facturas de clientes por pagar registadas.',
  'collection.panel.registry.title': 'Registos e bens',
  'collection.panel.registry.status': 'Situação no registo',
  'collection.panel.registry.liquidator': 'Liquidatário',
  'collection.panel.registry.assets': 'Bens registados (viaturas, terrenos, equipamento)',
  'collection.panel.registry.asset': 'Bem',
  'collection.panel.registry.value': 'Valor de venda forçada',
  'collection.panel.registry.noAssets': 'Sem bens registados.',
  'collection.verdict.noRecord': 'Não há processo de cobrança com este identificador.',
  'collection.verdict.notClosing': '«{command}» não encerra um processo de cobrança.',
  'collection.verdict.enforce.seizedCashFlow':
    'Foram penhorados bens de um contribuinte cumpridor com dificuldades de tesouraria passageiras: a resposta era dar prazo para pagar.',
  'collection.verdict.enforce.overReaction':
    'Reacção excessiva: um contribuinte cumpridor com um problema real e passageiro pediu um plano realista. Conceda o acordo.',
  'collection.verdict.enforce.uncollectible':
    'A sociedade está em liquidação e não há nada a penhorar: a execução custa mais do que rende. Proponha a anulação da dívida (e reclame o crédito na liquidação).',
  'collection.verdict.enforce.reachesNothing':
    '«{tool}» não alcança nada aqui: a ordem não cobra nada enquanto a dívida envelhece.',
  'collection.verdict.enforce.freezeAvailable':
    'Legal depois de terminado o prazo, mas o devedor esvaziava as contas enquanto esperava: havia um congelamento cautelar disponível.',
  'collection.verdict.enforce.securityAllowed':
    'Defensável, mas com {defaults, plural, one {# incumprimento} other {# incumprimentos}} a lei permite um novo acordo mediante garantia.',
  'collection.verdict.enforce.proportionate':
    'Legal e proporcionado: {best} é a medida menos intrusiva que alcança a dívida.',
  'collection.verdict.enforce.short':
    'A medida certa, mas por menos do que é legalmente devido. Cobra {amount} dos {due} devidos.',
  'collection.verdict.enforce.disproportionate':
    'Desproporcionado: penhora quando uma medida mais branda alcança a dívida ({best}).',
  'collection.verdict.enforce.moreIntrusive':
    'Legal mas mais intrusivo do que o necessário: {best} alcança toda a dívida.',
  'collection.verdict.enforce.reachesLittle':
    '«{tool}» só alcança {reach} de {due}; {best} alcança toda a dívida. A ordem cobra pouco enquanto a dívida envelhece.',
  'collection.verdict.enforce.milderPartly':
    'Uma medida mais branda, mas {toolName} só alcança {reach} de {due}; {best} alcança toda a dívida.',
  'collection.verdict.agreement.securedAbuse':
    'A garantia protege a receita, mas depois de {defaults, plural, one {# acordo em incumprimento} other {# acordos em incumprimento}} o pedido devia ser indeferido e a dívida executada.',
  'collection.verdict.agreement.unsecuredAbuse':
    'Um novo acordo sem garantia para um contribuinte com {defaults, plural, one {# acordo em incumprimento} other {# acordos em incumprimento}}: a dívida continua a envelhecer.',
  'collection.verdict.agreement.noSecurity':
    'Depois de um incumprimento, um novo acordo exige garantia; este não tem nenhuma.',
  'collection.verdict.agreement.securedUnrealistic':
    'Com garantia, mas o plano excede o que os fluxos de caixa suportam.',
  'collection.verdict.agreement.secured':
    'Um acordo com garantia, como a lei exige depois de um incumprimento.',
  'collection.verdict.agreement.unrealistic':
    'A prestação de {instalment} é superior ao excedente previsto de {surplus}: este plano vai falhar.',
  'collection.verdict.agreement.needlessSecurity':
    'Dar prazo estava certo, mas a garantia é um encargo desnecessário para um contribuinte cumpridor sem incumprimentos.',
  'collection.verdict.agreement.granted':
    'Cumpridor, um problema real e passageiro e um plano realista dentro do máximo legal: conceder.',
  'collection.verdict.agreement.notNeeded':
    'Um acordo de pagamento em prestações não era o que este processo pedia.',
  'collection.verdict.protective.flight':
    'Grandes transferências para fora depois da notificação de cobrança: congelar já as contas protege a dívida.',
  'collection.verdict.protective.cashFlow':
    'As contas de um contribuinte cumpridor que pedia prazo para pagar foram congeladas sem qualquer sinal de fuga.',
  'collection.verdict.protective.noFlight':
    'Nenhum sinal de desvio de bens: pagamentos correntes não são fuga, e o prazo deve correr.',
  'collection.verdict.diarise.flight':
    'Esperar enquanto o devedor põe o dinheiro fora de alcance: era preciso um congelamento cautelar imediato.',
  'collection.verdict.diarise.cashFlow':
    'O pedido de prazo para pagar ficou por decidir; o contribuinte reúne as condições para um acordo.',
  'collection.verdict.diarise.uncollectible':
    'Uma dívida incobrável deixada nos registos: proponha a anulação com o seu critério documentado.',
  'collection.verdict.diarise.periodOver':
    'O prazo da notificação já tinha terminado quando agendou: a dívida era executável.',
  'collection.verdict.diarise.waiting':
    'Nada de legal a fazer até terminar o prazo da notificação: agendado para acompanhamento.',
  'collection.verdict.diarise.noDemand': 'Não foi enviada notificação de cobrança: o prazo nunca começa.',
  'collection.verdict.diarise.delay':
    'O prazo da notificação terminou e nada se opõe: cada semana de atraso reduz a probabilidade de cobrança.',
  'collection.verdict.writeOff.collectable': 'Foi anulada uma dívida cobrável: receita perdida.',
  'collection.verdict.writeOff.approved':
    'Anulada com base num critério documentado, aprovada por alguém que não o proponente.',
  'collection.verdict.writeOff.otherCriterion':
    'Anulada, mas com um critério diferente do que os documentos melhor comprovam ({criterion}).',
  'collection.world.title': '{name}: dívidas em atraso',
  'collection.world.registry.active': 'Activa',
  'collection.world.registry.alive': 'Vivo; endereço confirmado',
  'collection.world.registry.inLiquidation': 'Em liquidação',
  'collection.world.registry.companyNote':
    'Registo das entidades legais: sociedade activa, prestação de contas anual em dia. Sede: {line}, {city}.',
  'collection.world.registry.civilNote':
    'O registo civil e os registos das empresas de água e electricidade confirmam o endereço {line}, {city}.',
  'collection.world.registry.liquidationNote':
    'Liquidação voluntária por iniciativa dos credores aberta em {on}. O relatório do liquidatário mostra dívidas garantidas acima do valor de todos os activos: nada se espera para os credores comuns.',
  'collection.world.liquidator': '{name}, administrador de insolvência',
  'collection.world.tx.rent': 'Renda',
  'collection.world.tx.salaries': 'Salários',
  'collection.world.tx.customerReceipt': 'Recebimento de cliente',
  'collection.world.tx.supplierPayment': 'Pagamento a fornecedor',
  'collection.world.tx.salary': 'Salário',
  'collection.world.tx.cardPayments': 'Pagamentos com cartão',
  'collection.world.tx.utilityBill': 'Factura de electricidade',
  'collection.world.tx.cashWithdrawal': 'Levantamento em numerário',
  'collection.world.tx.transferOutLoan': 'Transferência a débito: reembolso de suprimentos do administrador',
  'collection.world.tx.transferOut': 'Transferência a débito',
  'collection.world.party.customer': 'Cliente',
  'collection.world.party.supplier': 'Fornecedor',
  'collection.world.party.landlord': 'Senhorio',
  'collection.world.party.payroll': 'Processamento salarial',
  'collection.world.party.various': 'Diversos',
  'collection.world.party.electricity': 'Empresa de electricidade',
  'collection.world.party.atm': 'Caixa automática',
  'collection.world.party.aDirector': 'um administrador',
  'collection.world.party.offshoreBank': 'um banco offshore',
  'collection.world.party.mainCustomer': 'o nosso principal cliente',
  'collection.world.party.personalAccount': '{name} (conta pessoal)',
  'collection.world.party.newAccount': 'Nova conta em {bank}',
  'collection.world.asset':
    '{what, select, van {Furgão de entregas} pickup {Carrinha de caixa aberta} saloon {Automóvel ligeiro} forklift {Empilhador} other {Grupo gerador}}, registo de {year}',
  'collection.world.request.slow': 'O negócio tem estado fraco; a partir de agora pagaremos todos os meses.',
  'collection.world.request.latePaying': 'Os clientes pagam com atraso. Precisamos de mais tempo outra vez.',
  'collection.world.request.restructuring': 'Estamos em reestruturação e pedimos mais um acordo.',
  'collection.world.request.customerLate':
    '{customer} pagou-nos com {days} dias de atraso; as facturas estão agora a ser liquidadas em prestações.',
  'collection.world.cashFlow.better': 'Os próximos meses serão melhores; esperamos novos contratos.',
  'collection.world.cashFlow.delayed':
    'Os recebimentos caíram durante dois meses porque {customer} atrasou o pagamento de facturas elevadas. As encomendas mantêm-se e o cliente começou a pagar; a previsão baseia-se em contratos assinados.',
  'collection.world.grounds.depreciation': 'Amortizações não aceites sobre equipamento novo',
  'collection.world.grounds.transferPricing': 'Correcção de preços de transferência sobre encargos de gestão',
  'collection.world.grounds.wrongYear': 'Rendimento imputado ao exercício errado',
  'collection.world.grounds.lateFilingDecided':
    'Multa por entrega fora de prazo (decidida: multa reduzida, saldo pago)',
  'collection.world.flag.transfersOut':
    'Duas transferências a débito no total de {amount} poucos dias após a notificação de cobrança entregue em {on}',
  'collection.world.flag.moneyMoved':
    'Dinheiro transferido para {director} e para uma nova conta noutro banco',
  'collection.world.flag.defaulted':
    '{defaults, plural, one {# acordo de pagamento em prestações incumprido} other {# acordos de pagamento em prestações incumpridos}}{active, select, yes {, incluindo o actual} other {}}',
  'collection.world.flag.returnsMissing':
    '{missing, plural, one {# declaração recente não entregue} other {# declarações recentes não entregues}}',
  'collection.world.flag.longestTerm': 'Pede o prazo mais longo que a lei permite, com um motivo vago',
  'collection.world.flag.objectionPending':
    'Reclamação {id} apresentada {days, plural, one {# dia} other {# dias}} após a liquidação (prazo de {window, plural, one {# dia} other {# dias}}), ainda pendente',
  'collection.world.flag.onlyAssessed':
    'Só a liquidação adicional ({disputedTax}) é contestada; as dívidas ({tax}) não o são',
  'collection.world.flag.inLiquidation': 'Sociedade em liquidação desde {on}',
  'collection.world.flag.nothingForUnsecured':
    'O liquidatário informa que nada resta para os credores comuns',
  'collection.world.flag.accountsEmpty': 'Contas vazias',
  'collection.truth.expected.enforce':
    'Cobrar coercivamente {amount} com o meio menos gravoso que o alcança ({tool, select, offset {compensação} bank {penhora de contas} employer {penhora de salário} receivables {penhora de créditos sobre clientes} other {penhora e venda de bens}}){hold, select, yes {, suspendendo a parte contestada de {disputed}} other {}}',
  'collection.truth.expected.protect':
    'Congelar já as contas (medida cautelar), antes que o dinheiro desapareça',
  'collection.truth.expected.grant':
    'Conceder um acordo de pagamento em prestações de {months, plural, one {# mês} other {# meses}}{secured, select, yes { mediante garantia} other {}}',
  'collection.truth.expected.writeOff':
    'Propor a anulação da dívida com base no critério documentado (liquidação) e obter a aprovação de outro técnico',
  'collection.truth.expected.serveAndDiarise':
    'Entregar a notificação de cobrança e depois aguardar, com seguimento agendado, até ao fim do prazo da notificação',
  'collection.truth.expected.diarise':
    'Agendar seguimento: nada de legal a fazer até ao fim do prazo da notificação',
  'collection.truth.expected.other': '{type}',
  'collection.truth.explanation.asset-flight':
    'Somas elevadas saíram das contas logo após a entrega da notificação de cobrança: esperar pelo fim do prazo não deixaria nada para cobrar. Um congelamento cautelar é legal antes do fim do prazo quando os bens estão a ser desviados.',
  'collection.truth.explanation.agreement-abuse':
    'O contribuinte incumpriu acordos de pagamento anteriores e está atrasado nas declarações: outro acordo só deixaria a dívida envelhecer. Decide-se primeiro o pedido e depois cobra-se a dívida com o meio menos gravoso que alcança dinheiro.',
  'collection.truth.explanation.disputed-debt':
    'Uma reclamação válida e pendente cobre parte da dívida. Só essa parte fica suspensa; as dívidas não contestadas são cobradas normalmente.',
  'collection.truth.explanation.cash-flow-problem':
    'O contribuinte declara e paga a tempo, a dificuldade é temporária e documentada, e o plano cabe no excedente previsto dentro do prazo legal: conceder prazo cobra mais, com menos custos, do que a cobrança coerciva.',
  'collection.truth.explanation.uncollectible':
    'A sociedade está em liquidação e o liquidatário nada espera para os credores comuns: a cobrança coerciva custaria mais do que renderia. A dívida é anulada com base num critério documentado, aprovada por pessoa diferente de quem a propõe.',
  'collection.truth.explanation.genuine':
    'Uma dívida comum: seguir o procedimento e, quando a cobrança coerciva for legal, usar o meio menos gravoso que resulte.',
  'collection.ledger.creditClaimed': 'crédito pedido',
  'collection.ledger.auditAssessment': 'liquidação adicional da auditoria',
  'collection.ledger.latePayment': 'pagamento em atraso',
  'collection.ledger.instalment': 'prestação',
  'collection.ledger.writtenOff':
    'dívida anulada ({criterion, select, liquidation {liquidação} untraceable {contribuinte não localizado} uneconomic {custo superior à dívida} other {aprovada}}), aprovada pelo {approver, select, self {próprio técnico} head {chefe da cobrança} other {supervisor da equipa}}',
  'collection.ledger.agreement':
    'acordo de pagamento em prestações: {part} de {total} em {count, plural, one {# prestação mensal} other {# prestações mensais}}',
  'collection.ledger.instalmentDue': 'prestação {k} de {n} ({amount}): {part} devido neste período',
  'collection.world.thirdParty.wages': 'Declaração de IRPS retido na fonte: salários pagos em {month}',
  'collection.world.thirdParty.unpaidInvoice': 'Factura electrónica a {name} ({tin}), não paga',
  'collection.truth.refuseReason':
    '{defaults, plural, one {# acordo anterior foi incumprido} other {# acordos anteriores foram incumpridos}} e faltam declarações: um novo acordo não seria cumprido.',
  'collection.naive.refuseReason':
    'O contribuinte não reúne as condições para um acordo de pagamento em prestações.',
} satisfies Catalogue
