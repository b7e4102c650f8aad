import type { Catalogue } from '../languages'

export default {
  'objections.cmd.checkNotice': 'Verificar a notificação de liquidação',
  'objections.cmd.checkPayments': 'Consultar a conta do contribuinte',
  'objections.cmd.reviewAuditFile': 'Analisar o processo de auditoria',
  'objections.cmd.examineEvidence': 'Examinar as novas provas',
  'objections.cmd.grantExtension': 'Conceder prorrogação a uma reclamação tardia',
  'objections.cmd.acceptAdmissible': 'Admitir a reclamação',
  'objections.cmd.holdCollection': 'Registar a suspensão da cobrança',
  'objections.cmd.assignReviewer': 'Designar o técnico revisor',
  'objections.cmd.declareInadmissible': 'Declarar inadmissível e notificar o contribuinte por escrito',
  'objections.cmd.decide': 'Decidir ponto a ponto e lançar a reliquidação',
  'objections.cmd.decide.help':
    'Deferir os pontos reclamados que as provas sustentam; os restantes são indeferidos. Se nenhum ponto for deferido, a reclamação é indeferida.',

  'objections.field.holdAmount': 'Montante suspenso',
  'objections.field.holdAmount.help': 'A cobrança deste montante fica suspensa até à decisão da reclamação.',
  'objections.field.officer': 'Técnico revisor',
  'objections.field.ground': 'Fundamento indicado na notificação',
  'objections.field.allowedItems': 'Pontos deferidos',

  'objections.item': 'Ponto {n}',
  'objections.items': '{count, plural, one {o ponto {items}} other {os pontos {items}}}',
  'objections.items.none': 'nenhum ponto',
  'objections.officer': '{id} {name} ({unit})',
  'objections.unit.audit': 'Auditoria',
  'objections.unit.objections': 'Reclamações e recursos',
  'objections.ground.late': 'Apresentada fora do prazo',
  'objections.ground.no-grounds': 'Sem fundamentos indicados',
  'objections.ground.undisputed-unpaid': 'Imposto não contestado por pagar',
  'objections.ground.lower.late': 'apresentada fora do prazo',
  'objections.ground.lower.no-grounds': 'sem fundamentos indicados',
  'objections.ground.lower.undisputed-unpaid': 'imposto não contestado por pagar',

  'objections.ledgerKind.self-assessment': 'autoliquidação',
  'objections.ledgerKind.adjustment': 'correcção',
  'objections.ledgerKind.default-assessment': 'liquidação oficiosa',
  'objections.ledgerKind.penalty': 'multa',
  'objections.ledgerKind.interest': 'juros de mora',
  'objections.ledgerKind.payment': 'pagamento',
  'objections.ledgerKind.payment-reversal': 'estorno de pagamento',
  'objections.ledgerKind.offset-out': 'compensação (saída)',
  'objections.ledgerKind.offset-in': 'compensação (entrada)',
  'objections.ledgerKind.refund-paid': 'reembolso pago',
  'objections.ledgerKind.write-off': 'anulação da dívida',
  'objections.ledgerKind.abatement': 'anulação parcial',
  'objections.ledgerKind.agreement': 'acordo de pagamento em prestações',
  'objections.ledgerKind.instalment': 'prestação',

  'objections.state.received': 'Reclamação recebida — verificação da admissibilidade',
  'objections.state.admissible': 'Admitida — a aguardar um técnico revisor independente',
  'objections.state.underReview': 'Em revisão independente',
  'objections.state.inadmissible': 'Inadmissível — contribuinte notificado por escrito',
  'objections.state.allowed': 'Deferida — reliquidação lançada',
  'objections.state.partiallyAllowed': 'Parcialmente deferida — reliquidação lançada',
  'objections.state.disallowed': 'Indeferida — decisão notificada',
  'objections.state.deemedDecision': 'Decisão tácita — o prazo de decisão esgotou-se',

  'objections.blocker.unknownStep': '«{type}» não é um passo de uma reclamação.',
  'objections.blocker.noticeDone': 'A notificação de liquidação já foi verificada.',
  'objections.blocker.accountDone': 'A conta do contribuinte já foi consultada.',
  'objections.blocker.auditFileDone': 'O processo de auditoria já foi analisado.',
  'objections.blocker.evidenceDone': 'As novas provas já foram examinadas.',
  'objections.blocker.decided': 'A reclamação já foi decidida.',
  'objections.blocker.overdue':
    'O prazo de decisão terminou em {on}: a reclamação considera-se {outcome, select, allowed {deferida} other {indeferida}}.',
  'objections.blocker.admissibilityDecided': 'A admissibilidade já foi decidida.',
  'objections.blocker.extensionGranted': 'Já foi concedida uma prorrogação.',
  'objections.blocker.noExtensionInLaw':
    'A lei não permite prorrogação: uma reclamação tardia não pode ser admitida.',
  'objections.blocker.noticeFirstExtension':
    'Verifique primeiro a notificação de liquidação: a prorrogação só se aplica a uma reclamação apresentada tarde.',
  'objections.blocker.noLateReason': 'A carta não indica o motivo do atraso; a prorrogação exige um.',
  'objections.blocker.beyondExtension':
    'A reclamação chegou depois de {limit}, para além {days, plural, one {do # dia} other {dos # dias}} que uma prorrogação pode acrescentar.',
  'objections.blocker.noticeFirstAdmit':
    'Verifique primeiro a notificação de liquidação: o prazo conta a partir da sua receção presumida.',
  'objections.blocker.accountFirstAdmit':
    'Consulte primeiro a conta do contribuinte: o imposto não contestado tem de estar pago para a reclamação ser admissível.',
  'objections.blocker.admitted': 'A admissibilidade já foi decidida: a reclamação foi admitida.',
  'objections.blocker.noHoldInLaw':
    'Por lei, uma reclamação não suspende a cobrança: não há suspensão a registar.',
  'objections.blocker.holdDone': 'A suspensão da cobrança já foi registada.',
  'objections.blocker.admitFirstHold':
    'Admita primeiro a reclamação: só uma reclamação admissível suspende a cobrança.',
  'objections.blocker.reviewerDone': 'Já foi designado um técnico revisor.',
  'objections.blocker.admitFirstReview':
    'Admita primeiro a reclamação: uma reclamação inadmissível não é revista.',
  'objections.blocker.admissibilityFirst': 'Decida primeiro a admissibilidade.',
  'objections.blocker.reviewerFirst': 'Designe primeiro um técnico revisor independente da auditoria.',
  'objections.blocker.holdFirst': 'Registe primeiro a suspensão da cobrança sobre o montante reclamado.',
  'objections.blocker.auditFileFirst':
    'Analise primeiro o processo de auditoria: a decisão é tomada ponto a ponto.',
  'objections.blocker.evidenceFirst': 'Examine primeiro as novas provas.',

  'objections.unlawful.ownAssessment':
    '{officer} {name} efectuou esta liquidação. A revisão tem de ser independente da auditoria (segregação de funções, TADAT P7-19-2): designe outro técnico.',
  'objections.unlawful.holdTooLarge':
    'O contribuinte deve {balance} no total; a suspensão não pode ser superior.',
  'objections.unlawful.unknownGround': '«{ground}» não é um fundamento de inadmissibilidade.',
  'objections.unlawful.lateAfterExtension':
    'Foi concedida uma prorrogação: a reclamação já não pode ser declarada tardia.',
  'objections.unlawful.noPaymentRule':
    'A lei não exige o pagamento do imposto não contestado antes de reclamar.',
  'objections.unlawful.listItems': 'Indique os pontos deferidos (nenhum, para indeferir a reclamação).',
  'objections.unlawful.strayItems':
    'Só os pontos reclamados ({disputed}) podem ser deferidos; {count, plural, one {o ponto {stray} não é objecto de reclamação} other {os pontos {stray} não são objecto de reclamação}}.',

  'objections.problem.reviewer': 'Escolha o técnico revisor.',
  'objections.problem.holdAmount': 'Introduza o montante a suspender (superior a zero).',
  'objections.problem.ground':
    'Escolha o fundamento de inadmissibilidade: consta da notificação escrita ao contribuinte.',
  'objections.problem.noticeBeforeLate':
    'Verifique a notificação de liquidação antes de declarar a reclamação tardia.',
  'objections.problem.accountBeforeUnpaid':
    'Consulte a conta do contribuinte antes de declarar o imposto não contestado por pagar.',

  'objections.ref.hold':
    'Parte reclamada no processo: {disputed} (imposto dos pontos reclamados). Saldo da conta: {balance}.',
  'objections.ref.items': 'Pontos reclamados: {count, plural, =0 {nenhum} other {{items}}}.',

  'objections.panel.taxpayer': 'Contribuinte',
  'objections.panel.tin': 'NIF',
  'objections.panel.taxPeriod': '{taxType} {period}',
  'objections.panel.item': 'Ponto',
  'objections.panel.adjustment': 'Correcção',
  'objections.panel.additionalTax': 'Imposto adicional',
  'objections.panel.owedInAll': 'Em dívida em toda a conta',
  'objections.panel.case.title': 'Processo de reclamação',
  'objections.panel.case.case': 'Processo',
  'objections.panel.case.assessment': 'Liquidação',
  'objections.panel.case.assessmentValue': '{notice}: {taxType} {period}',
  'objections.panel.case.assessed': 'Imposto adicional liquidado',
  'objections.panel.case.disputed': 'Reclamado (segundo a carta)',
  'objections.panel.case.accepted': 'Aceite pelo contribuinte',
  'objections.panel.case.received': 'Reclamação recebida',
  'objections.panel.case.decideBy': 'Decidir até',
  'objections.panel.case.madeBy': 'Liquidação efectuada por',
  'objections.panel.letter.title': 'Carta de reclamação',
  'objections.panel.letter.from': 'De',
  'objections.panel.letter.reference': 'Referência',
  'objections.panel.letter.dated': 'Datada de',
  'objections.panel.letter.received': 'Recebida pelo serviço',
  'objections.panel.letter.opening':
    'Reclamamos da notificação de liquidação {notice} ({taxType} {period}). Contestamos {disputed}.',
  'objections.panel.letter.openingAccept':
    'Reclamamos da notificação de liquidação {notice} ({taxType} {period}). Contestamos {disputed} e aceitamos {accepted}.',
  'objections.panel.letter.ground': '{item} ({description}): {ground}',
  'objections.panel.letter.noGrounds':
    'Não concordamos com {count, plural, one {este ponto} other {estes pontos}} e pedimos que {count, plural, one {seja retirado} other {sejam retirados}}.',
  'objections.panel.letter.attachments': 'Anexos',
  'objections.panel.letter.attachment': 'Anexo',
  'objections.panel.letter.attachmentValue': '{item}: {document}',
  'objections.panel.letter.nothingAttached': 'Sem anexos.',
  'objections.panel.officers.title': 'Técnicos',
  'objections.panel.officers.officer': 'Técnico',
  'objections.panel.officers.name': 'Nome',
  'objections.panel.officers.unit': 'Unidade',
  'objections.panel.officers.post': 'Cargo',
  'objections.panel.notice.title': 'Notificação de liquidação',
  'objections.panel.notice.notice': 'Notificação',
  'objections.panel.notice.taxPeriod': 'Imposto e período',
  'objections.panel.notice.issued': 'Emitida em',
  'objections.panel.notice.mailed': 'Enviada por correio registado em',
  'objections.panel.notice.adjustments': 'Correcções',
  'objections.panel.notice.lawTitle': 'O que diz a lei',
  'objections.panel.notice.law':
    'Uma notificação enviada por correio presume-se recebida {deemed, plural, one {# dia} other {# dias}} após o envio. A reclamação tem de chegar ao serviço no prazo de {days, plural, one {# dia} other {# dias}} a contar da receção da notificação. {extension}',
  'objections.panel.notice.extension':
    'Uma reclamação tardia pode ser admitida até {days, plural, one {# dia} other {# dias}} depois desse prazo se o contribuinte indicar o motivo do atraso.',
  'objections.panel.notice.noExtension': 'O prazo não pode ser prorrogado.',
  'objections.panel.account.title': 'Conta do contribuinte',
  'objections.panel.account.date': 'Data',
  'objections.panel.account.entry': 'Movimento',
  'objections.panel.account.reference': 'Referência',
  'objections.panel.account.returnRef': 'Declaração ({taxType}, {period})',
  'objections.panel.account.debit': 'Débito',
  'objections.panel.account.credit': 'Crédito',
  'objections.panel.account.note': 'Observação',
  'objections.panel.account.balance': 'Saldo {taxType} {period}',
  'objections.panel.account.others': 'Outros períodos com saldo',
  'objections.panel.account.tax': 'Imposto',
  'objections.panel.account.period': 'Período',
  'objections.panel.account.balanceColumn': 'Saldo',
  'objections.panel.account.oldestDue': 'Vencimento mais antigo',
  'objections.panel.account.noOthers': 'Nenhum outro período tem saldo.',
  'objections.panel.auditFile.title': 'Processo de auditoria',
  'objections.panel.auditFile.auditor': 'Auditor',
  'objections.panel.auditFile.auditorValue': '{id} {name}',
  'objections.panel.auditFile.closed': 'Auditoria encerrada',
  'objections.panel.auditFile.base': 'Matéria colectável',
  'objections.panel.auditFile.tax': 'Imposto',
  'objections.panel.auditFile.basis': 'Fundamento do auditor',
  'objections.panel.auditFile.workingPaper': 'Papel de trabalho',
  'objections.panel.evidence.title': 'Novas provas',
  'objections.panel.evidence.heading':
    'Apresentado com a reclamação, e o que a conferência com os registos apurou',
  'objections.panel.evidence.submitted': 'Apresentado',
  'objections.panel.evidence.check': 'Conferência com os registos',
  'objections.panel.evidence.nothing': 'Nada apresentado',
  'objections.panel.evidence.nothingToCheck': 'Nada a conferir.',

  'objections.verdict.noCaseFile': 'Não há processo para esta reclamação.',
  'objections.verdict.noReason': 'sem motivo',
  'objections.verdict.inadmissible.late':
    'Declarada inadmissível por intempestiva, por escrito: mesmo contando da receção presumida, a reclamação estava fora do prazo, e a lei não permite prorrogação.',
  'objections.verdict.inadmissible.no-grounds':
    'Declarada inadmissível por falta de fundamentos, por escrito: o contribuinte fica a saber o que uma reclamação válida deve indicar.',
  'objections.verdict.inadmissible.undisputed-unpaid':
    'Declarada inadmissível até ao pagamento do imposto não contestado, por escrito: o contribuinte pode pagar e reclamar devidamente.',
  'objections.verdict.wrongGround':
    'A inadmissibilidade está certa, mas a notificação indica o motivo errado ({stated}); o vício é: {barred}. Uma notificação com um motivo que não se sustenta não resistirá a um recurso.',
  'objections.verdict.deemedInTime':
    'Contada a partir da data de envio parece tardia, mas a notificação presume-se recebida {days, plural, one {# dia} other {# dias}} após o envio e a reclamação estava dentro do prazo. O contribuinte perdeu uma revisão que a lei garante.',
  'objections.verdict.wasAdmissible':
    'Esta reclamação era admissível (dentro do prazo, fundamentada{paid, select, yes {, imposto não contestado pago} other {}}); declará-la inadmissível ({stated}) negou ao contribuinte uma revisão que a lei garante.',
  'objections.verdict.notDecided':
    'A reclamação não foi decidida no prazo de {days, plural, one {# dia} other {# dias}} após a receção: considera-se {outcome, select, allowed {deferida} other {indeferida}} por lei (TADAT P7-20).',
  'objections.verdict.barredAllowed':
    'A reclamação não era admissível ({ground}); deferir {items} quanto ao mérito abdicou de imposto que o contribuinte já não podia contestar.',
  'objections.verdict.barredReviewed':
    'O imposto mantém-se, mas a reclamação não era admissível ({ground}): devia ter sido declarada inadmissível com notificação escrita, e não apreciada quanto ao mérito.',
  'objections.verdict.extra': 'deferiu {items}, que as novas provas não sustentam (imposto perdido)',
  'objections.verdict.missing':
    'indeferiu {items}, que as provas conferidas demonstram (um pedido válido recusado)',
  'objections.verdict.itemByItem': 'Decida ponto a ponto: esta decisão {parts}.',
  'objections.verdict.decided.allowed': 'Deferida ponto a ponto: a reliquidação anula apenas {items}.',
  'objections.verdict.decided.partial':
    'Parcialmente deferida ponto a ponto: a reliquidação anula apenas {items}.',
  'objections.verdict.decided.disallowed': 'Indeferida ponto a ponto.',
  'objections.verdict.holdTooMuch':
    'a suspensão cobriu {held}, mais do que os {disputed} reclamados: o imposto não contestado e as outras dívidas devem continuar cobráveis',
  'objections.verdict.holdTooLittle':
    'a suspensão deixou {open} do imposto reclamado exposto a cobrança coerciva durante a revisão',
  'objections.verdict.reviewerInAudit':
    'o revisor {officer} trabalha na unidade de auditoria que efectuou a liquidação; a revisão deve vir de fora da auditoria (TADAT P7-19-2)',
  'objections.verdict.but': '{base} Mas {weaker}.',

  'objections.truth.dates':
    'Notificação enviada em {mailed}, presumida recebida em {deemed} ({deemedDays, plural, one {# dia} other {# dias}} depois); o prazo de {windowDays} dias terminou em {windowEnd}; a reclamação chegou em {received}',
  'objections.truth.expected.inadmissible':
    'Declarar a reclamação inadmissível ({ground}) e notificar o contribuinte por escrito',
  'objections.truth.expected.admit':
    'Admitir a reclamação, designar um técnico revisor alheio à auditoria e {outcome, select, allowed {deferi-la totalmente: deferir {supported}} disallowed {indeferi-la: indeferir {refused}} other {deferi-la parcialmente: deferir {supported}, indeferir {refused}}}',
  'objections.truth.expected.admitHold':
    'Admitir a reclamação, suspender a cobrança de {hold} (apenas o imposto contestado), designar um técnico revisor alheio à auditoria e {outcome, select, allowed {deferi-la totalmente: deferir {supported}} disallowed {indeferi-la: indeferir {refused}} other {deferi-la parcialmente: deferir {supported}, indeferir {refused}}}',
  'objections.truth.flag.late':
    'Recebida {days, plural, one {# dia} other {# dias}} depois do último dia para reclamar, mesmo contando a partir da receção presumida',
  'objections.truth.flag.noExtension': 'A lei não permite prorrogar o prazo de reclamação',
  'objections.truth.flag.beyondExtension': 'Para além de qualquer prorrogação que a lei permite',
  'objections.truth.flag.noLateReason': 'Não é indicado nenhum motivo para o atraso',
  'objections.truth.flag.noGrounds': 'A carta contesta pontos mas não indica fundamentos nem razões',
  'objections.truth.flag.noEvidence': 'Não são juntas novas provas',
  'objections.truth.flag.undisputedUnpaid':
    'Os pontos aceites totalizam {accepted}; apenas {paid} foram pagos sobre a liquidação',
  'objections.truth.flag.looksLate':
    'Apresentada {days, plural, one {# dia} other {# dias}} depois do envio da notificação (parece tardia)',
  'objections.truth.flag.partlyConfirmed':
    'As novas provas confirmam-se para {supported} e não para {refused}',
  'objections.truth.clearing.deemedReceipt':
    'A regra da receção presumida acrescenta {days, plural, one {# dia} other {# dias}} à data de envio: dentro do prazo',
  'objections.truth.explanation.late':
    '{dates}: fora do prazo. O prazo aplica-se estritamente; o mérito não é apreciado. Uma notificação escrita explica o motivo ao contribuinte.',
  'objections.truth.explanation.noGrounds':
    'Uma reclamação deve indicar fundamentos precisos. Esta carta diz apenas que o contribuinte discorda. Declare-a inadmissível e indique por escrito ao contribuinte o que uma reclamação válida deve conter.',
  'objections.truth.explanation.undisputedUnpaid':
    'A lei só admite a reclamação depois de pago o imposto não contestado. Estão por pagar {unpaid} dos {accepted} aceites: inadmissível até ser pago, e o contribuinte deve ser informado por escrito.',
  'objections.truth.explanation.inTime':
    '{dates}: dentro do prazo. Os fundamentos estão indicados. Quanto ao mérito, {merits}.',
  'objections.truth.explanation.inTimePaid':
    '{dates}: dentro do prazo. Os fundamentos estão indicados e os {accepted} aceites estão pagos. Quanto ao mérito, {merits}.',
  'objections.truth.merits':
    '{outcome, select, allowed {as verificações confirmam as novas provas para todos os pontos contestados ({supported}): deferi-los todos, e a reliquidação anula-os} disallowed {as verificações não confirmam nenhuma das novas provas ({refused}): indeferir, com fundamentação, e a liquidação mantém-se} other {as verificações confirmam as novas provas para {supported} mas não para {refused}: deferir o que elas confirmam, indeferir o resto, e a reliquidação anula apenas o que for deferido}}',

  'objections.story.title': '{name}: liquidação de {taxType} {period}',
  'objections.story.post.seniorAuditor': 'Auditor sénior',
  'objections.story.post.auditor': 'Auditor',
  'objections.story.post.headOfObjections': 'Chefe de reclamações',
  'objections.story.post.reviewOfficer': 'Técnico revisor',
  'objections.story.lateReason.leave':
    'Pedimos desculpa pelo atraso: o nosso director financeiro estava de férias quando a notificação chegou.',
  'objections.story.lateReason.mislaid':
    'A notificação extraviou-se no nosso escritório durante a mudança para novas instalações.',
  'objections.story.lateReason.adviser':
    'O nosso consultor fiscal precisou de mais tempo para preparar esta carta.',
  'objections.story.ledger.audit': 'Auditoria — {item}',
  'objections.story.ledger.payment': 'Pagamento sobre {notice}',
  'objections.story.ledger.allowed': 'Reclamação deferida: {item}',
  'objections.story.item.repairs.description': 'Despesas de reparação e manutenção não aceites',
  'objections.story.item.repairs.basis':
    'Não foram apresentadas na auditoria facturas de fornecedores das reparações deduzidas; a despesa não foi aceite na totalidade.',
  'objections.story.item.repairs.ground':
    'As reparações foram feitas e pagas; as facturas dos fornecedores seguem agora em anexo.',
  'objections.story.item.repairs.support.document':
    'Catorze facturas de fornecedores com os respectivos NIF, com as transferências bancárias que as pagaram',
  'objections.story.item.repairs.support.finding':
    'Confirmado: as facturas constam dos registos de facturação electrónica dos fornecedores e coincidem em data e valor com as transferências.',
  'objections.story.item.repairs.noSupport.document':
    'Um mapa de custos de reparação preparado pelo contabilista da empresa',
  'objections.story.item.repairs.noSupport.finding':
    'Não confirmado: nenhuma factura é junta e o mapa não pode ser ligado a nenhum fornecedor ou pagamento.',
  'objections.story.item.deposits.description':
    'Vendas não declaradas: depósitos bancários acima do volume de negócios declarado',
  'objections.story.item.deposits.basis':
    'Os depósitos na conta bancária da empresa excedem as vendas declaradas; a diferença foi acrescentada ao lucro tributável.',
  'objections.story.item.deposits.ground':
    'Parte dos depósitos foi o desembolso de um empréstimo bancário, não vendas.',
  'objections.story.item.deposits.support.document':
    'O contrato de empréstimo e o aviso de crédito do banco relativo ao desembolso',
  'objections.story.item.deposits.support.finding':
    'Confirmado: o banco confirma o empréstimo; a data e o valor do desembolso coincidem com os depósitos acrescentados na auditoria.',
  'objections.story.item.deposits.noSupport.document':
    'Uma carta de um administrador dizendo que os depósitos eram «fundos pessoais emprestados à empresa»',
  'objections.story.item.deposits.noSupport.finding':
    'Não confirmado: não há contrato de empréstimo, nem registo bancário da origem do dinheiro, nem lançamento na contabilidade da empresa.',
  'objections.story.item.managementFees.description':
    'Honorários de gestão pagos a uma empresa relacionada não aceites',
  'objections.story.item.managementFees.basis':
    'Foram pagos honorários a uma empresa relacionada no estrangeiro sem prova de que algum serviço tenha sido prestado.',
  'objections.story.item.managementFees.ground': 'Os honorários pagam serviços reais da sede do grupo.',
  'objections.story.item.managementFees.support.document':
    'O contrato de prestação de serviços, os relatórios mensais de serviços e o estudo de preços de transferência',
  'objections.story.item.managementFees.support.finding':
    'Confirmado: o contrato é anterior ao período, os relatórios mostram os serviços e os honorários estão dentro do intervalo de referência.',
  'objections.story.item.managementFees.noSupport.document': 'Uma factura da empresa relacionada',
  'objections.story.item.managementFees.noSupport.finding':
    'Não confirmado: a factura tem data posterior ao início da auditoria; não há contrato nem registo de serviços no período.',
  'objections.story.item.allowances.description': 'Amortizações de equipamento não utilizado',
  'objections.story.item.allowances.basis':
    'Foram deduzidas amortizações de equipamento que o auditor encontrou ainda encaixotado no armazém.',
  'objections.story.item.allowances.ground':
    'O equipamento estava instalado e em uso antes do fim do exercício.',
  'objections.story.item.allowances.support.document':
    'O certificado do instalador e o primeiro registo de produção',
  'objections.story.item.allowances.support.finding':
    'Confirmado: o certificado e o registo mostram o equipamento a funcionar dois meses antes do fim do exercício.',
  'objections.story.item.allowances.noSupport.document': 'Um mapa de activos fixos revisto',
  'objections.story.item.allowances.noSupport.finding':
    'Não confirmado: o mapa repete a dedução; não há documento de entrega nem de instalação.',
  'objections.story.item.badDebt.description': 'Anulação de crédito incobrável não aceite',
  'objections.story.item.badDebt.basis':
    'Um crédito sobre um cliente foi anulado sem prova de que não podia ser cobrado.',
  'objections.story.item.badDebt.ground': 'O cliente entrou em liquidação; o crédito está perdido.',
  'objections.story.item.badDebt.support.document':
    'A sentença de liquidação e a lista de créditos reconhecidos pelo liquidatário',
  'objections.story.item.badDebt.support.finding':
    'Confirmado: o registo comercial mostra o cliente em liquidação desde antes do fim do exercício, e o crédito consta da lista.',
  'objections.story.item.badDebt.noSupport.document': 'A lista de antiguidade de saldos de clientes',
  'objections.story.item.badDebt.noSupport.finding':
    'Não confirmado: o cliente está activo no registo comercial e continua a operar; não há acção de cobrança documentada.',
  'objections.story.item.entertainment.description':
    'Despesas de representação contabilizadas como publicidade',
  'objections.story.item.entertainment.basis':
    'Despesas de hospitalidade foram contabilizadas como publicidade; as despesas de representação não são dedutíveis.',
  'objections.story.item.entertainment.ground':
    'As despesas foram com um stand numa feira comercial, o que é publicidade.',
  'objections.story.item.entertainment.support.document':
    'O contrato da feira, a factura do stand e fotografias do stand com a marca',
  'objections.story.item.entertainment.support.finding':
    'Confirmado: o organizador confirma a reserva; a factura é de espaço de exposição e montagem do stand.',
  'objections.story.item.entertainment.noSupport.document':
    'Recibos de restaurante marcados «promoção de clientes»',
  'objections.story.item.entertainment.noSupport.finding':
    'Não confirmado: os recibos são de refeições e bebidas, que são despesas de representação seja qual for a conta usada.',
  'objections.story.item.inputInvoices.description':
    'IVA dedutível recusado: facturas de compra não apresentadas',
  'objections.story.item.inputInvoices.basis':
    'Foi deduzido IVA de compras para as quais não foi apresentada nenhuma factura na auditoria.',
  'objections.story.item.inputInvoices.ground': 'As facturas existem e seguem agora em anexo.',
  'objections.story.item.inputInvoices.support.document': 'As facturas originais do fornecedor',
  'objections.story.item.inputInvoices.support.finding':
    'Confirmado: o sistema de facturação electrónica tem as mesmas facturas, emitidas a este contribuinte, e o fornecedor declarou o IVA liquidado.',
  'objections.story.item.inputInvoices.noSupport.document': 'Fotocópias de facturas sem o NIF do fornecedor',
  'objections.story.item.inputInvoices.noSupport.finding':
    'Não confirmado: nenhum NIF de fornecedor nas facturas e nenhum registo correspondente no sistema de facturação electrónica.',
  'objections.story.item.exports.description': 'Exportações isentas sem prova aduaneira',
  'objections.story.item.exports.basis':
    'Vendas foram tratadas como exportações isentas mas não foi encontrada declaração de exportação; aplicou-se a taxa normal.',
  'objections.story.item.exports.ground':
    'As mercadorias foram exportadas; as declarações de exportação seguem em anexo.',
  'objections.story.item.exports.support.document':
    'Declarações aduaneiras de exportação e conhecimentos de embarque',
  'objections.story.item.exports.support.finding':
    'Confirmado: a alfândega tem as declarações, as mercadorias saíram do porto no período e os valores coincidem com as facturas.',
  'objections.story.item.exports.noSupport.document':
    'Facturas comerciais dirigidas a um comprador estrangeiro',
  'objections.story.item.exports.noSupport.finding':
    'Não confirmado: a alfândega não tem declaração de exportação para nenhuma destas expedições.',
  'objections.story.item.eInvoiceSales.description':
    'IVA liquidado sobre vendas encontradas nas facturas electrónicas',
  'objections.story.item.eInvoiceSales.basis':
    'As facturas electrónicas emitidas pelo contribuinte excedem as vendas declaradas; o IVA foi liquidado sobre a diferença.',
  'objections.story.item.eInvoiceSales.ground': 'Algumas facturas foram anuladas e substituídas.',
  'objections.story.item.eInvoiceSales.support.document': 'Notas de crédito que anulam as facturas',
  'objections.story.item.eInvoiceSales.support.finding':
    'Confirmado: as notas de crédito estão registadas no sistema de facturação electrónica, dentro do período, sobre as facturas originais.',
  'objections.story.item.eInvoiceSales.noSupport.document':
    'Uma carta dizendo que as facturas foram emitidas por engano',
  'objections.story.item.eInvoiceSales.noSupport.finding':
    'Não confirmado: nenhuma nota de crédito está registada, e os compradores deduziram o IVA destas facturas.',
  'objections.story.item.privateUse.description': 'IVA dedutível sobre bens de uso privado',
  'objections.story.item.privateUse.basis':
    'Foi deduzido IVA sobre um veículo e bens domésticos usados a título privado pelo administrador.',
  'objections.story.item.privateUse.ground':
    'O veículo é uma carrinha de entregas usada apenas na actividade.',
  'objections.story.item.privateUse.support.document': 'O registo do veículo e o diário de entregas',
  'objections.story.item.privateUse.support.finding':
    'Confirmado: registada como carrinha comercial em nome da empresa; o diário coincide com as guias de entrega.',
  'objections.story.item.privateUse.noSupport.document':
    'Uma declaração de que o carro é «usado principalmente na actividade»',
  'objections.story.item.privateUse.noSupport.finding':
    'Não confirmado: o veículo é um ligeiro de passageiros registado em nome pessoal do administrador.',
  'objections.story.item.claimLimit.description': 'IVA deduzido fora do prazo',
  'objections.story.item.claimLimit.basis':
    'Foi deduzido IVA de facturas mais antigas do que o prazo permitido para a dedução.',
  'objections.story.item.claimLimit.ground':
    'O fornecedor enviou as facturas com atraso; foram deduzidas na primeira declaração após a receção.',
  'objections.story.item.claimLimit.support.document':
    'O registo de expedição do fornecedor e o recibo do serviço de correio',
  'objections.story.item.claimLimit.support.finding':
    'Confirmado: o correio entregou as facturas no período da dedução, pelo que a dedução está dentro do prazo.',
  'objections.story.item.claimLimit.noSupport.document':
    'Nenhum documento novo; a carta repete a posição assumida na auditoria',
  'objections.story.item.claimLimit.noSupport.finding': 'Nada de novo a verificar.',
  'objections.story.item.apportionment.description': 'IVA dedutível não repartido para operações isentas',
  'objections.story.item.apportionment.basis':
    'O contribuinte também realiza operações isentas mas deduziu todo o IVA; foi repartido pelo volume de negócios.',
  'objections.story.item.apportionment.ground': 'As compras dizem respeito apenas a operações tributáveis.',
  'objections.story.item.apportionment.support.document':
    'A contabilidade por centros de custo e as notas de encomenda da linha de produtos tributável',
  'objections.story.item.apportionment.support.finding':
    'Confirmado: as notas de encomenda e os registos por centros de custo ligam cada factura à linha tributável.',
  'objections.story.item.apportionment.noSupport.document': 'Uma declaração genérica do director financeiro',
  'objections.story.item.apportionment.noSupport.finding':
    'Não confirmado: nenhum registo liga as compras a operações tributáveis.',
} satisfies Catalogue
