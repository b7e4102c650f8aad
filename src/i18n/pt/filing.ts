import type { Catalogue } from '../languages'

export default {
  'filing.cmd.viewHistory': 'Abrir o histórico de declarações',
  'filing.cmd.checkThirdParty': 'Consultar dados de terceiros (facturas electrónicas, alfândegas)',
  'filing.cmd.viewLedger': 'Abrir a conta corrente do contribuinte',
  'filing.cmd.validate': 'Validar e recalcular a declaração',
  'filing.cmd.validateHelp':
    'Verificações formais (linhas preenchidas, sem montantes negativos) e o cálculo de cada linha derivada.',
  'filing.cmd.examineClaim': 'Analisar o pedido de justo impedimento do contribuinte',
  'filing.cmd.sendDemand': 'Notificar para entregar a declaração',
  'filing.cmd.sendDemandHelp':
    'Notificação formal: entregar dentro do prazo, caso contrário o serviço fará a liquidação oficiosa.',
  'filing.cmd.defaultAssessment': 'Fazer a liquidação oficiosa',
  'filing.cmd.defaultAssessmentHelp':
    'Só é legal depois de esgotado o prazo da notificação. Uma declaração entregue mais tarde substitui-a.',
  'filing.cmd.accept': 'Aceitar e lançar a declaração',
  'filing.cmd.acceptHelp': 'A declaração aceite é a autoliquidação: o imposto devido é debitado na conta.',
  'filing.cmd.correctMathError': 'Corrigir o cálculo e enviar notificação de erro material',
  'filing.cmd.correctMathErrorHelp':
    'Só para erros evidentes de cálculo ou de transcrição; a notificação dá ao contribuinte o direito de reclamar.',
  'filing.cmd.referForReview': 'Remeter para análise interna (dúvida de fundo)',
  'filing.cmd.referForReviewHelp':
    'Para dúvidas sobre os próprios valores: a declaração mantém-se e um técnico analisa-a.',
  'filing.cmd.reject': 'Rejeitar por invalidade (vício formal)',
  'filing.cmd.rejectHelp':
    'Só quando a declaração não pode ser processada: linhas em falta, período ou NIF errados.',
  'filing.cmd.closeAssessed': 'Encerrar mantendo a liquidação oficiosa',
  'filing.cmd.closeAssessedHelp':
    'O imposto estimado vai para a conta e a cobrança acompanha-o; uma declaração posterior ainda a substituiria.',
  'filing.cmd.startDormancy': 'Iniciar o procedimento de inactividade (sem actividade)',
  'filing.cmd.startDormancyHelp':
    'Suspende a obrigação declarativa enquanto se demonstrar que o contribuinte está inactivo.',
  'filing.field.estimate': 'IVA líquido estimado',
  'filing.field.basis': 'Base da estimativa',
  'filing.field.penalty': 'Multa por entrega fora do prazo',
  'filing.field.penaltyNone': 'Nenhuma — entregue no prazo',
  'filing.field.penaltyApply': 'Aplicar a multa prevista na lei',
  'filing.field.penaltyWaive': 'Dispensar — justo impedimento comprovado',
  'filing.field.correctedTaxDue': 'IVA líquido a pagar corrigido',
  'filing.field.doubt': 'Qual é a dúvida',
  'filing.field.defect': 'O vício',
  'filing.default.referReason': 'Valores a verificar',
  'filing.default.rejectReason': 'Declaração não admissível',
  'filing.basis.priorReturns': 'Média das declarações anteriores',
  'filing.basis.thirdParty': 'Volume de negócios segundo terceiros — facturas electrónicas, importações',
  'filing.basis.registerTurnover': 'Volume de negócios no registo',
  'filing.basis.priorReturnsStated': 'média das declarações anteriores',
  'filing.basis.thirdPartyStated':
    'volume de negócios segundo terceiros (facturas electrónicas, importações)',
  'filing.basis.registerTurnoverStated': 'volume de negócios no registo',
  'filing.reference.dueFiled': 'Declaração devida em {due}; entregue em {filed}.',
  'filing.reference.due': 'Declaração devida em {due}.',
  'filing.reference.declared': 'IVA líquido declarado: {amount}.',
  'filing.reference.registerTurnover':
    'O volume de negócios no registo, à taxa de IVA, corresponde a {amount} por mês.',

  'filing.state.opened': 'Aberto',
  'filing.state.overdue': 'Em atraso — lembrete enviado, sem declaração',
  'filing.state.demandServed': 'Notificação para entregar efectuada — a aguardar',
  'filing.state.received': 'Declaração recebida — a processar',
  'filing.state.defaultAssessed': 'Liquidação oficiosa feita — uma declaração entregue depois substitui-a',
  'filing.state.posted': 'Lançada como autoliquidação',
  'filing.state.corrected': 'Corrigida — notificação de erro material enviada',
  'filing.state.referred': 'Remetida para análise interna',
  'filing.state.rejected': 'Rejeitada por invalidade',
  'filing.state.dormancy': 'Procedimento de inactividade iniciado',
  'filing.state.assessed': 'Encerrado com a liquidação oficiosa',

  'filing.blocker.notAStep': '«{type}» não é uma etapa do processamento de declarações.',
  'filing.blocker.historyOpen': 'O histórico de declarações já está aberto.',
  'filing.blocker.thirdPartyChecked': 'Os dados de terceiros já foram consultados.',
  'filing.blocker.ledgerOpen': 'A conta corrente do contribuinte já está aberta.',
  'filing.blocker.nothingToValidate': 'Não há declaração a validar: não foi entregue.',
  'filing.blocker.alreadyValidated': 'A declaração já foi validada.',
  'filing.blocker.noClaim': 'O contribuinte não apresentou pedido de justo impedimento.',
  'filing.blocker.claimExamined': 'O pedido já foi analisado.',
  'filing.blocker.demandServed': 'A notificação para entregar já foi efectuada em {on}.',
  'filing.blocker.nothingToDemand': 'A declaração foi recebida: não há nada a exigir.',
  'filing.blocker.historyFirst':
    'Abra primeiro o histórico de declarações, para confirmar quais estão em falta.',
  'filing.blocker.needsReturn':
    'Não foi recebida declaração para este período: ainda não há nada a processar.',
  'filing.blocker.validateFirst': 'Valide primeiro a declaração.',
  'filing.blocker.referNeedsGrounds':
    'Consulte primeiro os dados de terceiros ou o histórico: a remessa tem de indicar em que assenta a dúvida.',
  'filing.blocker.alreadyAssessed': 'Já foi feita uma liquidação oficiosa em {on}.',
  'filing.blocker.returnArrivedProcess':
    'A declaração chegou: processe-a. A liquidação oficiosa é só para uma declaração que nunca chegou.',
  'filing.blocker.demandFirst':
    'Notifique primeiro para entregar: o contribuinte tem de ser chamado a declarar antes de o imposto ser estimado.',
  'filing.blocker.demandRuns':
    'A notificação corre até {until}: a liquidação oficiosa é legal a partir de {from}.',
  'filing.blocker.returnReplacesAssessment':
    'A declaração chegou e substitui a liquidação oficiosa: processe-a.',
  'filing.blocker.assessFirst': 'Faça primeiro a liquidação oficiosa; o processo encerra com ela.',
  'filing.blocker.notDormantFiled': 'O contribuinte entregou a declaração: não está inactivo.',
  'filing.blocker.notDormantAssessed':
    'Foi feita uma liquidação oficiosa: verificou-se que o contribuinte tem actividade.',
  'filing.blocker.thirdPartyFirst':
    'Consulte primeiro os dados de terceiros: a inactividade é só para contribuintes sem actividade.',
  'filing.blocker.demandRunsWait': 'Uma notificação corre até {until}: aguarde a resposta do contribuinte.',

  'filing.problem.choosePenalty': 'Escolha o que fazer com a multa por entrega fora do prazo.',
  'filing.problem.onTime':
    'A declaração foi entregue no prazo (devida em {due}, entregue em {filed}): não há multa.',
  'filing.problem.late':
    'A declaração está {days, plural, one {# dia} other {# dias}} atrasada: aplique a multa, ou dispense-a por justo impedimento comprovado.',
  'filing.problem.noClaim':
    'Não há pedido de justo impedimento: a multa só é dispensada por causa comprovada.',
  'filing.problem.examineClaim': 'Analise o pedido do contribuinte antes de dispensar a multa.',
  'filing.problem.correctedAmount': 'Indique o IVA líquido corrigido (zero ou mais).',
  'filing.problem.doubt': 'Diga qual é a dúvida: o técnico parte dela.',
  'filing.problem.defect': 'Indique o vício formal: consta da carta ao contribuinte.',
  'filing.problem.assessmentAmount': 'A liquidação oficiosa tem de ser de um montante positivo.',
  'filing.problem.basis': 'Indique a base da estimativa.',

  'filing.line.sales': 'Vendas tributáveis (sem IVA)',
  'filing.line.output': 'IVA liquidado',
  'filing.line.purchases': 'Compras e importações tributáveis (sem IVA)',
  'filing.line.input': 'IVA dedutível',
  'filing.line.net': 'IVA líquido a pagar',
  'filing.validation.blank': 'linha «{line}» em branco',
  'filing.validation.negative': 'linha «{line}» negativa',

  'filing.ledgerKind.selfAssessment': 'autoliquidação',
  'filing.ledgerKind.adjustment': 'correcção',
  'filing.ledgerKind.defaultAssessment': 'liquidação oficiosa',
  'filing.ledgerKind.penalty': 'multa',
  'filing.ledgerKind.interest': 'juros de mora',
  'filing.ledgerKind.payment': 'pagamento',
  'filing.ledgerKind.paymentReversal': 'estorno de pagamento',
  'filing.ledgerKind.offsetOut': 'compensação (saída)',
  'filing.ledgerKind.offsetIn': 'compensação (entrada)',
  'filing.ledgerKind.refundPaid': 'reembolso pago',
  'filing.ledgerKind.writeOff': 'anulação da dívida',
  'filing.ledgerKind.abatement': 'anulação parcial',
  'filing.ledgerKind.agreement': 'acordo de pagamento em prestações',
  'filing.ledgerKind.instalment': 'prestação',

  'filing.panel.tin': 'NIF',
  'filing.panel.taxpayer': 'Contribuinte',
  'filing.panel.line': 'Linha',
  'filing.panel.amount': 'Montante',
  'filing.panel.amountValue': '{amount}',
  'filing.panel.date': 'Data',
  'filing.panel.detail': 'Pormenor',
  'filing.panel.period': 'Período',
  'filing.panel.vatPeriod': 'IVA {period}',
  'filing.panel.notFiled': 'não entregue',
  'filing.panel.salesDeclared': 'Vendas declaradas',
  'filing.panel.return.title': 'A declaração',
  'filing.panel.return.lines': 'Linhas como declaradas',
  'filing.panel.return.sector': 'Sector',
  'filing.panel.return.sectorValue':
    '{sector} ({segment, select, large {grandes} medium {médios} small {pequenos} micro {micro} other {{segment}}})',
  'filing.panel.return.taxPeriod': 'Imposto e período',
  'filing.panel.return.dueOn': 'Prazo',
  'filing.panel.return.filedOn': 'Entregue em',
  'filing.panel.return.channel': 'Canal',
  'filing.panel.return.inReply': 'em papel, em resposta à notificação',
  'filing.panel.return.none': 'Nenhuma declaração recebida.',
  'filing.panel.return.noneAlsoMissing': 'Nenhuma declaração recebida. Também em falta: {periods}.',
  'filing.panel.return.waiverLetter':
    'Com a declaração veio uma carta a pedir a dispensa da multa por entrega fora do prazo.',
  'filing.panel.notices.title': 'Notificações enviadas',
  'filing.panel.notices.notice': 'Notificação',
  'filing.panel.notices.reminder': 'Lembrete (automático)',
  'filing.panel.notices.reminderDetail': 'Declaração de IVA {period} em atraso desde {due}',
  'filing.panel.notices.demand': 'Notificação para entregar',
  'filing.panel.notices.demandDetail':
    'Receção presumida em {deemed}; entregar até {fileBy}, caso contrário o imposto será liquidado oficiosamente',
  'filing.panel.notices.none': 'Não foi enviada nenhuma notificação sobre esta declaração.',
  'filing.panel.history.title': 'Histórico de declarações (IVA)',
  'filing.panel.history.expected': 'Declarações esperadas',
  'filing.panel.history.onTime': 'Recebidas no prazo',
  'filing.panel.history.late': 'Recebidas fora do prazo',
  'filing.panel.history.missing': 'Em falta',
  'filing.panel.history.due': 'Prazo',
  'filing.panel.history.filed': 'Entregue',
  'filing.panel.history.statusColumn': 'Situação',
  'filing.panel.history.status':
    '{late, select, yes {Fora do prazo ({days, plural, one {# dia} other {# dias}})} other {No prazo}}{awaiting, select, yes {, a aguardar processamento} other {}}',
  'filing.panel.history.netVat': 'IVA líquido',
  'filing.panel.thirdParty.title': 'Dados de terceiros (facturação electrónica, alfândegas)',
  'filing.panel.thirdParty.invoiced': 'Vendas em factura electrónica',
  'filing.panel.thirdParty.imports': 'Importações (alfândegas)',
  'filing.panel.thirdParty.match': 'Cruzamento',
  'filing.panel.thirdParty.understated': 'facturado > declarado',
  'filing.panel.thirdParty.none': 'Não há dados de terceiros sobre este contribuinte.',
  'filing.panel.thirdParty.note':
    'As facturas electrónicas cobrem só parte das vendas de uma empresa, por isso as vendas declaradas são normalmente mais altas. Os valores aduaneiros são compras (IVA pago na fronteira).',
  'filing.panel.ledger.title': 'Conta corrente do contribuinte (IVA)',
  'filing.panel.ledger.balance': 'Saldo',
  'filing.panel.ledger.balanceValue':
    '{amount}{side, select, credit { (a crédito)} owed { em dívida} other {}}',
  'filing.panel.ledger.entry': 'Movimento',
  'filing.panel.ledger.note': 'Nota',
  'filing.panel.ledger.none': 'Não há movimentos de IVA na conta.',
  'filing.panel.validation.title': 'Validação e recálculo',
  'filing.panel.validation.structural': 'Verificações formais',
  'filing.panel.validation.defects': 'Vícios encontrados: {defects}.',
  'filing.panel.validation.structuralPassed':
    'Aprovada: NIF e período correspondem à obrigação, todas as linhas estão preenchidas, sem montantes negativos.',
  'filing.panel.validation.arithmetic': 'Cálculo (IVA a {rate, number} %)',
  'filing.panel.validation.declared': 'Declarado',
  'filing.panel.validation.recomputed': 'Recalculado',
  'filing.panel.validation.difference': 'Diferença',
  'filing.panel.validation.lineBlank': 'linha em branco',
  'filing.panel.validation.netWrong':
    'O IVA líquido declarado ({declared}) não é o IVA liquidado menos o IVA dedutível ({recomputed}).',
  'filing.panel.validation.filingDate': 'Data de entrega',
  'filing.panel.validation.late':
    'Entregue {days, plural, one {# dia} other {# dias}} depois do prazo de {due}. Multa por entrega fora do prazo prevista na lei: {penalty}.',
  'filing.panel.validation.onTime': 'Entregue no prazo (prazo {due}).',
  'filing.panel.claim.title': 'Pedido de justo impedimento',
  'filing.panel.claim.none': 'Não há pedido no processo.',
  'filing.panel.claim.letter': 'A carta do contribuinte',
  'filing.panel.claim.attached': 'Anexo',
  'filing.panel.claim.noDocument': 'Nada: a carta não tem documento comprovativo.',
  'filing.panel.claim.causeList': '{causes}',
  'filing.panel.claim.causes': 'Causas que a lei aceita, quando comprovadas',
  'filing.panel.claim.noCauses': 'Nenhuma indicada.',
  'filing.panel.mathError.title': 'Notificação de erro material',
  'filing.panel.mathError.return': 'Declaração',
  'filing.panel.mathError.declared': 'IVA líquido declarado',
  'filing.panel.mathError.corrected': 'IVA líquido corrigido',
  'filing.panel.mathError.dated': 'Data da notificação',
  'filing.panel.mathError.contestUntil': 'Pode reclamar até',
  'filing.panel.assessment.title': 'Liquidação oficiosa',
  'filing.panel.assessment.estimate': 'IVA líquido estimado',
  'filing.panel.assessment.basis': 'Base',
  'filing.panel.assessment.issuedOn': 'Emitida em',
  'filing.panel.assessment.replaced':
    'Se o contribuinte entregar a declaração, esta substitui a presente liquidação.',

  'filing.verdict.shouldHave': 'Não é a decisão certa para este processo: {decision}.',
  'filing.verdict.notFinal': '«{command}» não encerra um processo de declaração.',
  'filing.verdict.incomplete.corrected':
    'Linhas em branco não são um erro de cálculo: preenchê-las pelo contribuinte não é uma correcção de erro material. Rejeite a declaração para que seja entregue uma completa.',
  'filing.verdict.incomplete.referred':
    'Um técnico não pode analisar uma declaração incompleta: rejeite-a por vício formal.',
  'filing.verdict.incomplete.posted':
    'Lançada uma declaração com linhas obrigatórias em branco: não se pode tirar dela nenhuma dívida. Rejeite-a para que seja entregue uma declaração completa.',
  'filing.verdict.accept.contradicted':
    'Lançada uma declaração que os dados de terceiros contradizem: cerca de {amount} de IVA ficam por liquidar. Remeta-a para análise interna.',
  'filing.verdict.accept.arithmetic':
    'Lançada com o erro de cálculo: a conta mostra agora uma dívida errada. Corrija-a para {corrected} e envie a notificação de erro material.',
  'filing.verdict.accept.stopFilerPenalty':
    'A notificação obteve a declaração: lançada, com a multa por entrega fora do prazo prevista na lei.',
  'filing.verdict.accept.stopFilerNoPenalty':
    'A declaração só chegou depois de uma notificação: não há justo impedimento, por isso a multa aplica-se.',
  'filing.verdict.accept.waived':
    'Lançada, com a multa dispensada por justo impedimento comprovado que cobre o prazo.',
  'filing.verdict.accept.penalised':
    'Lançada, com a multa por entrega fora do prazo prevista na lei: não há justo impedimento comprovado.',
  'filing.verdict.accept.onTime': 'Lançada: uma declaração completa e coerente, entregue no prazo.',
  'filing.verdict.accept.wrongWaiver':
    'Multa dispensada sem justo impedimento comprovado: {amount} de receita perdidos, quando outros contribuintes em atraso foram multados.',
  'filing.verdict.accept.wrongPenalty':
    'Multado um contribuinte que comprovou justo impedimento a cobrir o prazo: a multa de {amount} devia ter sido dispensada.',
  'filing.verdict.correction.right':
    'Corrigida sumariamente e a notificação diz ao contribuinte como reclamar: a via certa para um erro de boa-fé.',
  'filing.verdict.correction.wrongAmount':
    'A notificação indica uma dívida errada: IVA liquidado menos IVA dedutível é {corrected}.',
  'filing.verdict.correction.substantive':
    'Uma divergência de fundo não é um erro material: a via sumária negaria ao contribuinte uma análise adequada. Remeta para análise interna.',
  'filing.verdict.correction.noError':
    'Esta declaração não tinha erro de cálculo: a «correcção» altera uma dívida correcta.',
  'filing.verdict.referral.right':
    'Remetida: os valores estão seriamente em dúvida face aos dados de terceiros, o que é matéria de análise e de liquidação adicional.',
  'filing.verdict.referral.arithmetic':
    'Reacção excessiva: um erro de cálculo isolado, com um historial limpo, corrige-se sumariamente com notificação de erro material, sem remessa.',
  'filing.verdict.referral.stopFiler':
    'A declaração foi obtida e nada nela é duvidoso: lance-a com a multa por entrega fora do prazo em vez de ocupar um técnico.',
  'filing.verdict.referral.noDoubt':
    'Reacção excessiva: nada na declaração, no seu histórico ou nos dados de terceiros levanta dúvidas.',
  'filing.verdict.reject.right':
    'Rejeitada por vício formal: sem as linhas obrigatórias a declaração não pode ser processada, e a obrigação mantém-se até ser entregue uma declaração completa.',
  'filing.verdict.reject.substantive':
    'A declaração passou as verificações formais: uma dúvida sobre os valores é para análise, não para rejeição. Rejeitar trata o contribuinte como faltoso e perde a declaração.',
  'filing.verdict.reject.wrong':
    'Rejeite só por vícios formais: esta declaração passou as verificações formais.',
  'filing.verdict.assessment.dormant':
    'Imposto liquidado a uma empresa sem qualquer actividade: nada nos dados de terceiros sustenta uma estimativa. Inicie o procedimento de inactividade.',
  'filing.verdict.assessment.evidence':
    'as declarações anteriores dão {prior}, o volume de negócios segundo terceiros {thirdParty}',
  'filing.verdict.assessment.right':
    'Notificação efectuada, prazo esgotado, depois liquidação oficiosa com base em elementos ({evidence}). Uma declaração entregue mais tarde substitui-a.',
  'filing.verdict.assessment.unreasonable':
    'O procedimento estava certo, mas {amount} não é uma estimativa razoável: {evidence}.',
  'filing.verdict.assessment.arbitrary':
    'Valor arbitrário: {amount} está longe dos elementos ({evidence}). A liquidação oficiosa tem de ser uma estimativa razoável.',
  'filing.verdict.dormancy.trading':
    'As facturas electrónicas e as importações mostram que a empresa continua a operar: a inactividade deixa escapar um faltoso. Exija a declaração e depois liquide oficiosamente.',
  'filing.verdict.dormancy.needlessDemand':
    'A inactividade estava certa, mas a notificação era desnecessária: os dados de terceiros já mostravam ausência de actividade.',
  'filing.verdict.dormancy.right':
    'Inactividade: sem facturas electrónicas, sem importações, vendas reduzidas a zero. Nada a exigir nem a liquidar.',
  'filing.world.title.nonFiler': 'Falta de declaração: IVA {period}, {name}',
  'filing.world.title.lateReturn': 'Declaração de IVA {period} (fora do prazo), {name}',
  'filing.world.title.return': 'Declaração de IVA {period}, {name}',
  'filing.world.excuse.accountant':
    'o nosso contabilista estava de férias e mais ninguém sabia a senha da declaração electrónica',
  'filing.world.excuse.stockCount': 'estávamos ocupados com o inventário de fim de ano',
  'filing.world.excuse.forgot': 'o gerente esqueceu-se da data',
  'filing.world.claim.documentedLetter':
    'Solicitamos a dispensa da multa sobre a nossa declaração de IVA entregue fora do prazo: {cause} impediu-nos de declarar entre {from} e {to}. Segue em anexo o documento.',
  'filing.world.claim.undocumentedLetter':
    '{name} entregou fora do prazo devido a: {cause}. Esperamos a vossa compreensão.',
  'filing.world.claim.excuseLetter': 'Pedimos desculpa pelo atraso: {cause}.',
  'filing.world.document.medical':
    'Atestado médico, hospital provincial de {city}: o director-geral esteve internado de {from} a {to}.',
  'filing.world.document.death':
    'Certidão de óbito datada de {from} do cônjuge do proprietário; funeral e período de luto até {to}.',
  'filing.world.document.fire':
    'Relatório dos bombeiros de {from}: incêndio em {line}, {city}; registos contabilísticos destruídos, reconstituídos até {to}.',
  'filing.world.document.official': 'Certidão oficial datada de {from} que atesta: {cause} (até {to}).',
  'filing.world.missing.flagSince':
    'Nenhuma declaração de IVA desde {since}: {count, plural, one {# declaração em falta} other {# declarações em falta}}',
  'filing.world.dormant.expected':
    'Iniciar o procedimento de inactividade: sem notificação para declarar, sem liquidação oficiosa.',
  'filing.world.dormant.explanation':
    'As vendas declaradas caíram para zero antes de as declarações pararem, e não foi comunicada nenhuma factura electrónica nem importação depois de {after}. Nada mostra que a empresa ainda exerce actividade: uma notificação ou uma liquidação estimada tributaria uma empresa sem rendimentos.',
  'filing.world.dormant.flagNil': 'As vendas declaradas caíram para zero antes de as declarações pararem',
  'filing.world.dormant.flagNoActivity': 'Nenhuma factura electrónica nem importação nos meses em falta',
  'filing.world.stopFiler.flagOnTime':
    'Declarações entregues no prazo durante {months, plural, one {# mês} other {# meses}} antes disso',
  'filing.world.stopFiler.flagActivity':
    'Facturas electrónicas de {invoiced} e importações de {imports} comunicadas para {period}',
  'filing.world.stopFiler.respondsExpected':
    'Notificar para declarar; quando a declaração chegar dentro do prazo, registá-la com a multa por entrega fora do prazo.',
  'filing.world.stopFiler.respondsExplanation':
    'Um faltoso, não uma empresa inactiva: ainda factura e importa. A notificação obteve a declaração (IVA líquido {net}); está fora do prazo, por isso aplica-se a multa prevista na lei ({penalty}), e não é necessária liquidação oficiosa.',
  'filing.world.stopFiler.assessExpected':
    'Notificar para declarar; se o prazo terminar sem declaração, emitir uma liquidação oficiosa de cerca de {average} (a média {periods, plural, one {da última declaração} other {das últimas # declarações}}).',
  'filing.world.stopFiler.assessExplanation':
    'Um faltoso, não uma empresa inactiva: as facturas electrónicas e as importações aduaneiras mostram que ainda exerce actividade. O primeiro objectivo é a declaração, por isso a notificação vem primeiro; terminado o seu prazo ({expiry}), uma liquidação oficiosa baseada em provas, nas declarações anteriores ({average}) ou no volume de negócios comunicado por terceiros ({thirdParty}), protege a receita. Uma declaração entregue depois substitui-a.',
  'filing.world.nilFiler.expected':
    'Remeter a declaração para análise interna: declarado zero enquanto as facturas electrónicas mostram vendas.',
  'filing.world.nilFiler.explanation':
    'A declaração é válida na forma, por isso não é rejeitada, e os cálculos estão certos, por isso não é um erro de cálculo. Mas foram emitidas facturas electrónicas de {invoiced} em {period} e as declarações estão a zero desde {nilFrom}: uma dúvida substancial para análise e liquidação adicional (cerca de {thirdParty} de IVA).',
  'filing.world.nilFiler.flagNil': 'Declarações de IVA a zero desde {nilFrom}',
  'filing.world.nilFiler.flagInvoices': 'Facturas electrónicas de {invoiced} emitidas em {period}',
  'filing.world.understated.expected':
    'Remeter a declaração para análise interna: as vendas declaradas estão muito abaixo das vendas facturadas electronicamente.',
  'filing.world.understated.explanation':
    'Os cálculos estão certos e o formulário completo, por isso nem a correcção de erro de cálculo nem a rejeição se aplicam. Vendas declaradas de {sales} contra {invoiced} facturados electronicamente são uma dúvida substancial: um técnico deve analisá-la e fazer a liquidação adicional (cerca de {gap} de IVA liquidado).',
  'filing.world.understated.flagBelow':
    'Vendas declaradas {sales} < vendas facturadas electronicamente {invoiced}',
  'filing.world.understated.flagHistory': 'Vendas muito abaixo das dos meses anteriores',
  'filing.world.incomplete.expected':
    'Rejeitar a declaração por inválida: há campos obrigatórios em branco, e o contribuinte deve entregar uma declaração completa.',
  'filing.world.incomplete.explanation':
    'A declaração em papel deixa «{input}» e «{netLine}» em branco: as verificações formais falham e nenhuma dívida pode ser registada a partir dela. Este é o único caso de rejeição; a obrigação mantém-se em aberto até chegar uma declaração completa (o IVA líquido com estes valores seria de cerca de {net}).',
  'filing.world.incomplete.flag': '«{input}» e «{netLine}» deixados em branco',
  'filing.world.arithmetic.expected':
    'Corrigir o IVA líquido para {correct} e enviar uma notificação de erro de cálculo; sem remessa para análise.',
  'filing.world.arithmetic.explanation':
    'IVA liquidado menos IVA dedutível dá {correct}, mas a declaração indica {wrong}: dois algarismos trocados. O historial é limpo e as facturas electrónicas coincidem com as vendas declaradas, por isso é um lapso de boa-fé. A via do erro de cálculo corrige-o sumariamente e informa o contribuinte de como contestar no prazo legal; uma remessa para análise seria excessiva.',
  'filing.world.arithmetic.flag': 'O campo do IVA líquido difere do IVA liquidado menos o IVA dedutível',
  'filing.world.reasonable.expected':
    'Registar a declaração e dispensar a multa por entrega fora do prazo: a causa está documentada.',
  'filing.world.reasonable.explanation':
    'Entregue com {days, plural, one {# dia} other {# dias}} de atraso, mas o contribuinte documenta uma justa causa ({cause}) que abrange a data-limite, e o historial é limpo. Uma multa de {penalty} puniria um contribuinte que não podia declarar.',
  'filing.world.reasonable.flagLate': 'Entregue com {days, plural, one {# dia} other {# dias}} de atraso',
  'filing.world.reasonable.clearing': 'Justa causa documentada que abrange a data-limite ({cause})',
  'filing.world.genuine.lateExpected':
    'Registar a declaração com a multa por entrega fora do prazo ({penalty}).',
  'filing.world.genuine.expected': 'Aceitar e registar a declaração.',
  'filing.world.genuine.lateExplanation':
    'Entregue com {days, plural, one {# dia} other {# dias}} de atraso{claim, select, undocumented { e o pedido não invoca uma justa causa documentada} other { sem explicação}}: aplica-se a multa prevista na lei. Os valores e os dados de terceiros são coerentes.',
  'filing.world.genuine.explanation':
    'Uma declaração completa, com cálculos certos, entregue no prazo e coerente com as facturas electrónicas: registe-a.',
  'filing.world.note.returnPosted': 'Declaração registada',
  'filing.world.note.paidWithReturn': 'Pago com a declaração',
  'filing.world.note.paidAwaiting': 'Pago com a declaração (declaração a aguardar processamento)',
  'filing.world.note.lateFilingPenalty': 'Multa por entrega fora do prazo',
  'filing.world.note.penaltyPaid': 'Multa paga',
  'filing.world.note.returnPostedDecision': 'declaração registada',
  'filing.world.note.lateFilingPenaltyDecision': 'multa por entrega fora do prazo',
  'filing.world.note.mathError': 'correcção de erro de cálculo',
  'filing.world.note.defaultAssessment': 'liquidação oficiosa mantida',
  'filing.world.thirdParty.einvoices': 'Facturas electrónicas de venda emitidas (valor sem IVA)',
  'filing.world.thirdParty.customs': 'Importações desalfandegadas (valor aduaneiro; IVA pago na fronteira)',
  'filing.truth.bestReason.nilFiler': 'Declarações a zero embora as facturas electrónicas mostrem vendas',
  'filing.truth.bestReason.understated': 'Vendas declaradas inferiores às vendas facturadas electronicamente',
  'filing.truth.bestReason.incomplete': 'Linhas obrigatórias «{input}» e «{netLine}» deixadas em branco',
} satisfies Catalogue
