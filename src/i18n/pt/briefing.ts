import type { Catalogue } from '../languages'

export default {
  'app.workspace.practice': 'Prática',
  'app.glossary.open': 'O que significa «{term}»',
  'app.report.assessmentTitle': 'Avaliação',
  'app.crumbs.scenarios': 'Cenários',
  'app.crumbs.results': 'Resultados',
  'app.crumbs.briefing': 'Apresentação',
  'app.briefing.gradeCorrect': '✓ Correto: a melhor decisão',
  'app.briefing.gradeAcceptable': '≈ Aceitável: direção certa, detalhes errados',
  'app.briefing.gradeWrong': '✗ Errado',
  'app.briefing.gradeHarmful': '⚠ Prejudicial: prejudica a receita ou um contribuinte',
  'app.briefing.level': '{level} ({n, number} de 3)',
  'app.briefing.minutes': 'cerca de {n, plural, one {# minuto} other {# minutos}}',
  'app.briefing.best': 'Os seus resultados até agora:',
  'app.briefing.unclean':
    '{n, plural, one {Uma das suas tentativas concluídas já não se reproduz corretamente nesta versão do cenário: alguns passos guardados foram recusados, pelo que a pontuação conta só os passos ainda válidos.} other {# das suas tentativas concluídas já não se reproduzem corretamente nesta versão do cenário: alguns passos guardados foram recusados, pelo que as pontuações contam só os passos ainda válidos.}}',
  'app.briefing.skip': 'Ir para a escolha do modo e o início ↓',
  'app.briefing.task': 'A sua tarefa — {title}',
  'app.briefing.situation': 'A situação — {title}',
  'app.briefing.objectives': 'O que vai praticar',
  'app.briefing.scored': 'O que será avaliado',
  'app.briefing.pointsCaption': 'Pontos por processo para cada classificação da decisão, por tarefa',
  'app.briefing.decisionOnCase': 'Decisão sobre um processo',
  'app.briefing.points': 'Pontos',
  'app.briefing.cases': '{n, plural, one {# processo} other {# processos}}, até {max, number} pontos.',
  'app.briefing.hints':
    '{n, plural, one {# dica} other {# dicas}}, do geral para o específico, só no modo de prática. Cada dica revelada custa pontos: {costs}.',
  'app.briefing.pass': 'É aprovado com {mark, number} % do máximo.',
  'app.briefing.passWithPoints':
    'É aprovado com {mark, number} % do máximo ({needed, number} de {total, number} pontos).',
  'app.briefing.diligence':
    'Uma decisão certa tomada sem abrir os elementos que a justificam vale menos; as decisões depois do prazo ficam registadas como atrasadas.',
  'app.briefing.rules': 'As regras em vigor: {name}',
  'app.briefing.example': 'Exemplo. {example}',
  'app.briefing.casesOfTask': '{title} — {cases}',
  'app.briefing.session': 'A sua sessão',
  'app.briefing.start': 'Começar',
  'app.briefing.inProgress': 'Tem uma sessão em curso no modo {mode}.',
  'app.briefing.outdated': 'Este cenário mudou entretanto; ser-lhe-á perguntado como continuar.',
  'app.briefing.continue': 'Continuar a minha sessão',
  'app.briefing.finished': 'Terminou este cenário.',
  'app.briefing.seeResults': 'Ver os seus resultados',
  'app.briefing.damaged':
    'A sessão guardada para este cenário neste navegador está danificada. Recomeçar guarda uma cópia que pode descarregar.',
  'app.briefing.chooseMode': 'Escolha como quer trabalhar',
  'app.briefing.orRestart': 'Ou recomece do início',
  'app.briefing.practiceText':
    'Comentário depois de cada decisão, dicas a pedido (custam pontos), e pode reabrir um processo decidido para o rever.',
  'app.briefing.assessmentText':
    'Sem dicas. Comentário só no fim. Um processo decidido não pode ser reaberto: não há volta atrás.',
  'app.briefing.startPractice': 'Começar no modo de prática',
  'app.briefing.startAssessment': 'Começar a avaliação',
  'app.briefing.startAgain': 'Recomeçar no modo {mode}',
  'app.briefing.back': 'Voltar aos cenários',
  'app.briefing.data': 'Os seus dados para este cenário',
  'app.briefing.downloadPrevious': 'Descarregar a minha sessão anterior (JSON)',
  'app.briefing.reset': 'Repor o meu progresso neste cenário…',
  'app.briefing.restartTitle': 'Recomeçar do início?',
  'app.briefing.restartText':
    'A sua sessão guardada é substituída por uma nova no modo {mode}. Uma cópia da antiga continua disponível nesta página; o seu melhor resultado é mantido.',
  'app.briefing.resetTitle': 'Repor o seu progresso neste cenário?',
  'app.briefing.resetConfirm': 'Repor este cenário',
  'app.briefing.resetText':
    'Isto apaga a sessão guardada, a cópia mantida e os resultados de «{title}» neste navegador.',
  'app.rules.perMonth':
    '{percent} do imposto em falta por cada mês ou fração de mês{grace, plural, =0 {} one {, depois de # mês de carência} other {, depois de # meses de carência}}, até {max} do imposto no total.',
  'app.rules.perMonthExample':
    'Sobre {base} de imposto, com {months, plural, one {# mês} other {# meses}} de atraso: {counted, number} × {percent} = {total}, ou seja {charged}. O limite é atingido ao fim de cerca de {capMonths, plural, one {# mês} other {# meses}} ({cap}).',
  'app.rules.greater': 'O maior entre {fixed} e {percent} do imposto, seja qual for o atraso.',
  'app.rules.greaterExample':
    'Sobre {base} de imposto: {percent} são {part}; a multa é o maior entre esse valor e {fixed}, ou seja {charged}.',
  'app.rules.sum': '{fixed} mais {percent} do imposto, seja qual for o atraso.',
  'app.rules.sumExample': 'Sobre {base} de imposto: {fixed} + {part} = {charged}.',
  'app.rules.flat': 'Um valor fixo de {amount}, seja qual for o imposto e o atraso.',
  'app.rules.flatExample':
    'Sobre {base} de imposto, com {months, plural, one {# mês} other {# meses}} de atraso: {charged}.',
  'app.rules.compound': 'compostos (os juros também vencem juros)',
  'app.rules.simple': 'simples (só sobre o imposto em falta)',
  'app.rules.interestDaily':
    '{percent} por mês sobre o imposto em falta, contados dia a dia ({daily} por dia) desde o prazo original até ao pagamento; juros {how}. Os juros de mora são uma compensação, não uma sanção, e não são perdoados.',
  'app.rules.interestDailyExample': 'Sobre {base} em falta durante 90 dias: {charged}.',
  'app.rules.interestMonthly':
    '{percent} por cada mês ou fração de mês em que o imposto fica por pagar, desde o prazo original; juros {how}. Os juros de mora são uma compensação, não uma sanção, e não são perdoados.',
  'app.rules.interestMonthlyExample':
    'Sobre {base} em falta durante {months, plural, one {# mês} other {# meses}}: {charged}.',
  'app.rules.money': 'Moeda',
  'app.rules.currency': 'Moeda',
  'app.rules.currencyText':
    '{code}, escrito {symbol}, {decimals, plural, =0 {sem casas decimais} one {com # casa decimal} other {com # casas decimais}}. Os montantes calculados são {rounding}.',
  'app.rules.roundHalfUp':
    '{decimals, plural, =0 {arredondados à unidade mais próxima} one {arredondados à décima mais próxima} =2 {arredondados à centésima mais próxima} other {arredondados a # casas decimais}}, metades para cima',
  'app.rules.roundHalfEven':
    '{decimals, plural, =0 {arredondados à unidade mais próxima} one {arredondados à décima mais próxima} =2 {arredondados à centésima mais próxima} other {arredondados a # casas decimais}}, metades para o algarismo par',
  'app.rules.taxes': 'Impostos',
  'app.rules.rates': 'Taxas',
  'app.rules.ratesText': 'IVA {vat}; imposto sobre o rendimento das pessoas colectivas {cit}.',
  'app.rules.thresholds': 'Limiares',
  'app.rules.vatRegistration': 'Registo para efeitos de IVA',
  'app.rules.vatRegistrationText':
    'Obrigatório quando o volume de negócios anual previsto ultrapassa {amount}.',
  'app.rules.segments': 'Segmentos',
  'app.rules.segmentsText':
    'Grandes a partir de {large} de volume de negócios anual, médios a partir de {medium}, pequenos a partir de {small}; abaixo disso, micro.',
  'app.rules.deadlines': 'Prazos',
  'app.rules.deadline.registrationDecisionDays': 'Decisão de registo',
  'app.rules.deadline.registrationDecisionDays.text':
    'O serviço decide um pedido de registo no prazo de {n, plural, one {# dia} other {# dias}} após a receção.',
  'app.rules.deadline.queryResponseDays': 'Resposta a um pedido',
  'app.rules.deadline.queryResponseDays.text':
    'O requerente ou contribuinte tem {n, plural, one {# dia} other {# dias}} para responder a um pedido.',
  'app.rules.deadline.vatFilingDay': 'Declaração de IVA',
  'app.rules.deadline.vatFilingDay.text':
    'As declarações de IVA e o IVA devido vencem no dia {n, number} do mês seguinte ao período.',
  'app.rules.deadline.objectionDays': 'Reclamação',
  'app.rules.deadline.objectionDays.text':
    'O contribuinte tem {n, plural, one {# dia} other {# dias}} para reclamar de uma liquidação.',
  'app.rules.deadline.objectionDecisionDays': 'Decisão sobre a reclamação',
  'app.rules.deadline.objectionDecisionDays.text':
    'O serviço decide uma reclamação no prazo de {n, plural, one {# dia} other {# dias}}.',
  'app.rules.deadline.refundDecisionDays': 'Decisão de reembolso',
  'app.rules.deadline.refundDecisionDays.text':
    'O serviço decide um pedido de reembolso do IVA no prazo de {n, plural, one {# dia} other {# dias}}.',
  'app.rules.deadline.demandNoticeDays': 'Notificação de cobrança',
  'app.rules.deadline.demandNoticeDays.text':
    'A notificação de cobrança dá ao contribuinte {n, plural, one {# dia} other {# dias}} antes de a cobrança coerciva ser legal.',
  'app.rules.deadline.deemedReceiptDays': 'Receção presumida',
  'app.rules.deadline.deemedReceiptDays.text':
    'Uma notificação enviada pelo correio presume-se recebida {n, plural, one {# dia} other {# dias}} após o envio.',
  'app.rules.penalties': 'Multas e juros de mora',
  'app.rules.lateFiling': 'Entrega tardia',
  'app.rules.latePayment': 'Pagamento tardio',
  'app.rules.interest': 'Juros de mora',
  'app.settings.tool.offset': 'compensação com um crédito',
  'app.settings.tool.bank': 'penhora de contas bancárias',
  'app.settings.tool.employer': 'penhora junto do empregador',
  'app.settings.tool.receivables': 'penhora de créditos sobre clientes do devedor',
  'app.settings.tool.seizure': 'penhora de bens',
  'app.settings.mathErrorContestDays': 'Correção de erros de cálculo',
  'app.settings.mathErrorContestDays.text':
    'O contribuinte pode contestar um erro de cálculo corrigido no prazo de {n, plural, one {# dia} other {# dias}} após receber a notificação.',
  'app.settings.demandToFileDays': 'Notificação para entregar',
  'app.settings.demandToFileDays.text':
    'A notificação para entregar dá ao contribuinte {n, plural, one {# dia} other {# dias}} a contar da receção; só depois pode ser feita uma liquidação oficiosa.',
  'app.settings.estimatePeriods': 'Liquidações oficiosas',
  'app.settings.estimatePeriods.text':
    'A liquidação oficiosa é estimada pela média {n, plural, one {da última declaração entregue} other {das # últimas declarações entregues}}.',
  'app.settings.estimateTolerancePercent': 'Estimativa razoável',
  'app.settings.estimateTolerancePercent.text':
    'Uma liquidação oficiosa é razoável quando fica a menos de {percent} das estimativas baseadas nos elementos.',
  'app.settings.mismatchTolerancePercent': 'Vendas declaradas por terceiros',
  'app.settings.mismatchTolerancePercent.text':
    'As vendas com fatura eletrónica podem exceder as declaradas em até {percent} antes de a declaração ser considerada subdeclarada.',
  'app.settings.allocationOrder': 'Pagamentos sem período',
  'app.settings.allocationOrder.text':
    '{order, select, oldest {Um pagamento sem período paga primeiro a dívida mais antiga: o imposto, depois a multa, depois os juros.} other {Um pagamento sem período paga primeiro todas as multas e juros (os mais antigos primeiro), depois o imposto.}}',
  'app.settings.payeFilingDay': 'IRPS retido e retenções na fonte',
  'app.settings.payeFilingDay.text': 'As declarações e pagamentos vencem no dia {n, number} do mês seguinte.',
  'app.settings.pitFilingMonths': 'Imposto sobre o rendimento das pessoas singulares',
  'app.settings.pitFilingMonths.text': 'A declaração vence no fim de {month} após o ano fiscal.',
  'app.settings.citFilingMonths': 'Imposto sobre o rendimento das pessoas colectivas',
  'app.settings.citFilingMonths.text': 'A declaração vence no fim de {month} após o ano fiscal.',
  'app.settings.interestCompounding': 'Base de cálculo dos juros',
  'app.settings.interestCompounding.text':
    '{basis, select, simple {Os juros incidem só sobre o imposto em falta, nunca sobre juros anteriores.} other {Os juros são capitalizados: os juros anteriores também vencem juros.}}',
  'app.settings.agreementPenaltyFactor': 'Multas durante um acordo',
  'app.settings.agreementPenaltyFactor.text':
    '{stops, select, yes {Enquanto o acordo de pagamento em prestações é cumprido, a multa por atraso para.} other {Enquanto o acordo de pagamento em prestações é cumprido, é cobrado {percent} da multa mensal por atraso.}}',
  'app.settings.suspenseReturnDays': 'Pagamentos não identificados',
  'app.settings.suspenseReturnDays.text':
    'Um pagamento que não pode ser associado fica na conta transitória no máximo {n, plural, one {# dia} other {# dias}} e depois é devolvido ao pagador.',
  'app.settings.waiverCauses': 'Perdão de multas',
  'app.settings.waiverCauses.text':
    'Uma multa pode ser perdoada por justa causa comprovada: {causes}. Os juros de mora nunca são perdoados.',
  'app.settings.maxInstallmentMonths': 'Acordos de pagamento em prestações',
  'app.settings.maxInstallmentMonths.text':
    'Um acordo tem no máximo {n, plural, one {# prestação mensal} other {# prestações mensais}}.',
  'app.settings.refuseAfterDefaults': 'Incumprimentos anteriores',
  'app.settings.refuseAfterDefaults.text':
    'Um contribuinte com {n, plural, one {# acordo incumprido} other {# acordos incumpridos}} vê recusado um novo; com menos, um novo acordo exige garantia.',
  'app.settings.missedInstallmentsToDefault': 'Incumprimento de um acordo',
  'app.settings.missedInstallmentsToDefault.text':
    'Depois de {n, plural, one {# prestação falhada} other {# prestações falhadas}} o acordo pode ser declarado incumprido.',
  'app.settings.holdDisputedAmounts': 'Dívidas em reclamação',
  'app.settings.holdDisputedAmounts.text':
    '{hold, select, yes {Uma reclamação válida suspende a cobrança do montante contestado; o resto continua a ser cobrado.} other {A cobrança continua enquanto a reclamação está pendente.}}',
  'app.settings.protectiveMeasures': 'Medidas cautelares',
  'app.settings.protectiveMeasures.text':
    '{allowed, select, yes {As contas podem ser congeladas antes do fim do prazo da notificação quando o devedor está a desviar bens.} other {Nada pode ser congelado antes do fim do prazo da notificação.}}',
  'app.settings.enforcementLadder': 'Escala de medidas coercivas',
  'app.settings.enforcementLadder.text':
    'Use a medida menos intrusiva que alcance dinheiro suficiente, por esta ordem: {tools}.',
  'app.settings.wageGarnishmentPercent': 'Penhora de salário',
  'app.settings.wageGarnishmentPercent.text':
    'Um empregador pode ser obrigado a entregar até {percent} de cada salário.',
  'app.settings.garnishmentMonths': 'Alcance de uma penhora',
  'app.settings.garnishmentMonths.text':
    'Uma penhora junto de um empregador conta como abrangendo {n, plural, one {# mês} other {# meses}} de salário.',
  'app.settings.uneconomicDebtLimit': 'Dívidas antieconómicas',
  'app.settings.uneconomicDebtLimit.text':
    'Uma dívida até {amount} custa mais a cobrar do que rende e pode ser anulada.',
  'app.settings.supervisorWriteOffLimit': 'Aprovação de anulações',
  'app.settings.supervisorWriteOffLimit.text':
    'O chefe de equipa aprova anulações até {amount}; acima disso, o chefe da cobrança.',
  'app.settings.highPriorityAmount': 'Prioridade alta',
  'app.settings.highPriorityAmount.text':
    'Uma dívida recente e cobrável de {amount} ou mais tem prioridade alta.',
  'app.settings.agedDebtDays': 'Dívida antiga',
  'app.settings.agedDebtDays.text':
    'Uma dívida em atraso há mais de {n, plural, one {# dia} other {# dias}} é considerada antiga.',
  'app.settings.pitRatePercent': 'Imposto sobre rendimento pessoal acrescentado',
  'app.settings.pitRatePercent.text':
    'O rendimento que uma auditoria acrescenta a uma declaração pessoal é tributado a {percent}; o das empresas à taxa do imposto sobre as sociedades.',
  'app.settings.honestErrorPercent': 'Multa: erro de boa-fé',
  'app.settings.honestErrorPercent.text':
    '{none, select, yes {Sem multa para um erro de boa-fé.} other {{percent} do imposto adicional.}}',
  'app.settings.negligencePercent': 'Multa: negligência',
  'app.settings.negligencePercent.text':
    '{percent} do imposto adicional, também em caso de subdeclaração substancial.',
  'app.settings.fraudPercent': 'Multa: fraude',
  'app.settings.fraudPercent.text':
    '{percent} do imposto adicional, e o processo é enviado para investigação.',
  'app.settings.substantialPercent': 'Subdeclaração substancial',
  'app.settings.substantialPercent.text':
    'Uma subdeclaração é substancial quando o imposto adicional ultrapassa {percent} do imposto correto.',
  'app.settings.substantialAmount': 'Substancial, em dinheiro',
  'app.settings.substantialAmount.text':
    '{none, select, yes {Sem montante mínimo: só a percentagem decide.} other {Tem também de ultrapassar {amount}.}}',
  'app.settings.materialityAmount': 'Materialidade para seleção',
  'app.settings.materialityAmount.text':
    '{none, select, yes {Sem limiar de materialidade: só a pontuação de risco decide quem é auditado.} other {Um candidato cujo imposto adicional estimado fica abaixo de {amount} não é auditado, por mais alto que seja o risco.}}',
  'app.settings.replyDays': 'Resposta às conclusões',
  'app.settings.replyDays.text':
    'O contribuinte tem {n, plural, one {# dia} other {# dias}} para responder às conclusões preliminares antes da liquidação final.',
  'app.settings.risk.newRegistrant':
    'registado menos de {n, plural, one {# mês} other {# meses}} antes do pedido',
  'app.settings.risk.noHistory': 'primeiro pedido de reembolso',
  'app.settings.risk.claimGrowth': 'pedido superior a {factor, number} vezes a média dos pedidos anteriores',
  'app.settings.risk.largeClaim': 'pedido acima de {amount}',
  'app.settings.risk.accountChange':
    'conta de reembolso aberta ou alterada menos de {n, plural, one {# dia} other {# dias}} antes',
  'app.settings.risk.highRiskSector': 'atividade em: {sectors}',
  'app.settings.risk.customsMismatch':
    'exportações declaradas sem registo aduaneiro correspondente (verificação aduaneira sempre obrigatória)',
  'app.settings.risk.supplierMismatch':
    'IVA dedutível acima do declarado pelos fornecedores (cruzamento dos créditos sempre obrigatório)',
  'app.settings.risk.factor': '{factor} ({points, plural, one {# ponto} other {# pontos}})',
  'app.settings.claimLimitDays': 'Prazo do pedido',
  'app.settings.claimLimitDays.text':
    'O reembolso deve ser pedido no prazo de {n, plural, one {# dia} other {# dias}} após o fim do período do IVA.',
  'app.settings.secondApprovalAbove': 'Segunda aprovação',
  'app.settings.secondApprovalAbove.text':
    'Um reembolso acima de {amount} precisa de uma segunda aprovação antes do pagamento.',
  'app.settings.matchingTolerancePercent': 'Cruzamento com fornecedores',
  'app.settings.matchingTolerancePercent.text':
    'O IVA dedutível conta como cruzado quando o fornecedor declarou pelo menos {percent}; caso contrário, só é aceite o que o fornecedor declarou.',
  'app.settings.risk': 'Nível de risco',
  'app.settings.risk.text':
    'Os pontos somam-se por fator: {factors}. A partir de {medium, plural, one {# ponto} other {# pontos}} um pedido tem risco médio (verificação documental); a partir de {high, plural, one {# ponto} other {# pontos}}, risco alto (verificação completa antes de pagar).',
  'app.settings.requireUndisputedPaid': 'Pagamento da parte não contestada',
  'app.settings.requireUndisputedPaid.text':
    '{required, select, yes {Uma reclamação só é admissível depois de pago o imposto que o contribuinte não contesta.} other {Não é exigido pagamento para reclamar.}}',
  'app.settings.extensionDays': 'Reclamações tardias',
  'app.settings.extensionDays.text':
    '{n, plural, =0 {O prazo é estrito: uma reclamação tardia não pode ser admitida.} one {Uma reclamação tardia com motivo para o atraso ainda pode ser admitida até # dia depois do fim do prazo.} other {Uma reclamação tardia com motivo para o atraso ainda pode ser admitida até # dias depois do fim do prazo.}}',
  'app.settings.holdDisputed': 'Cobrança durante uma reclamação',
  'app.settings.holdDisputed.text':
    '{hold, select, yes {O montante contestado não é cobrado enquanto uma reclamação admissível está pendente; o resto é.} other {Uma reclamação não suspende a cobrança.}}',
  'app.settings.deemedOutcome': 'Sem decisão no prazo',
  'app.settings.deemedOutcome.text':
    '{outcome, select, disallowed {Uma reclamação não decidida no prazo de {n, plural, one {# dia} other {# dias}} considera-se indeferida; o contribuinte pode recorrer ao tribunal.} other {Uma reclamação não decidida no prazo de {n, plural, one {# dia} other {# dias}} considera-se deferida: a liquidação cai.}}',
  'app.opening.damaged': 'Não foi possível ler a sua sessão guardada',
  'app.opening.damagedText':
    'A sessão guardada neste navegador para «{title}» está danificada. {message} Isto pode acontecer quando o armazenamento do navegador é editado, truncado ou copiado de outra versão da aplicação.',
  'app.opening.damagedKept':
    'Pode recomeçar do início. Os dados danificados são guardados: pode descarregá-los agora ou mais tarde a partir da apresentação, para o seu formador.',
  'app.opening.startOver': 'Recomeçar do início',
  'app.opening.downloadDamaged': 'Descarregar os dados danificados',
  'app.opening.outdated': 'Este cenário mudou desde que guardou a sua sessão',
  'app.opening.outdatedText':
    'A sua sessão guardada ({steps, plural, one {# passo} other {# passos}}, modo {mode}) foi jogada numa versão anterior de «{title}». O seu formador pode ter alterado os processos, as regras ou a pontuação.',
  'app.opening.tryContinue': 'Tentar continuar',
  'app.opening.tryContinueText':
    'os seus passos são repetidos na nova versão; os que já não se aplicam são descartados.',
  'app.opening.startAgain': 'Recomeçar',
  'app.opening.startAgainText': 'uma nova sessão na nova versão, no mesmo modo.',
  'app.opening.copyKept':
    'Em qualquer caso é guardada uma cópia da sessão antiga, que pode ser descarregada.',
  'app.opening.downloadOld': 'Descarregar a minha sessão antiga',
  'app.opening.partial': 'Não foi possível restaurar totalmente a sua sessão guardada',
  'app.opening.partialText':
    '{kept, plural, one {# passo da sua sessão foi repetido} other {# passos da sua sessão foram repetidos}}, mas {refused, plural, one {# passo não pôde ser repetido} other {# passos não puderam ser repetidos}}. {reason}',
  'app.opening.acceptPartial': 'Continuar com o que foi restaurado',
  'app.opening.downloadSaved': 'Descarregar a minha sessão guardada',
  'app.opening.invalid': 'Este cenário não pode ser jogado tal como está escrito',
  'app.opening.invalidText':
    'O ficheiro de «{title}» passou as verificações, mas não foi possível construir o seu mundo fictício. O problema abaixo indica a linha a alterar; um formador pode corrigir o ficheiro e abri-lo de novo.',
  'app.opening.failed': 'Não foi possível iniciar o exercício',
  'app.opening.backToBriefing': 'Voltar à apresentação',
  'app.opening.almost': 'Quase pronto: a passar o registo para a página…',
  'app.opening.generating': 'A gerar os contribuintes fictícios…',
  'app.opening.generatingResume': 'A restaurar a sua sessão: a gerar os contribuintes fictícios…',
  'app.opening.replaying': 'A repetir os seus passos guardados…',
  'app.opening.openingWorklist': 'A abrir a lista de processos…',
  'app.opening.restoring': 'A restaurar a sua sessão guardada…',
  'app.opening.preparing': 'A preparar o exercício…',
  'app.opening.preparingLabel': 'A preparar o exercício',
  'app.opening.records': '{done} de {total} registos ({percent, number} %)',
  'app.issues.error': '✗ Erro',
  'app.issues.heading': 'Problemas nos ficheiros de cenário',
  'app.issues.summary':
    '{errors, plural, one {# erro} other {# erros}} e {warnings, plural, one {# aviso} other {# avisos}}. Um cenário com erros fica fora do catálogo até o ficheiro ser corrigido; cada mensagem indica o ficheiro, a linha e a coluna.',
  'app.issues.warning': '⚠ Aviso',
  'app.rules.taxesText': '{taxes}.',
} satisfies Catalogue
