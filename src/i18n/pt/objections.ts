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
    'Deferir os pontos reclamados que as provas sustentam; os restantes são indeferidos. Nenhum ponto deferido indefere a reclamação.',

  'objections.field.holdAmount': 'Montante suspenso',
  'objections.field.holdAmount.help': 'A cobrança deste montante fica suspensa até à decisão da reclamação.',
  'objections.field.officer': 'Técnico revisor',
  'objections.field.ground': 'Fundamento (indicado na notificação)',
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

  'objections.state.received': 'Reclamação recebida: verificação da admissibilidade',
  'objections.state.admissible': 'Admitida: a aguardar um técnico revisor independente',
  'objections.state.underReview': 'Em revisão independente',
  'objections.state.inadmissible': 'Inadmissível: contribuinte notificado por escrito',
  'objections.state.allowed': 'Deferida: reliquidação lançada',
  'objections.state.partiallyAllowed': 'Parcialmente deferida: reliquidação lançada',
  'objections.state.disallowed': 'Indeferida: decisão notificada',
  'objections.state.deemedDecision': 'Decisão tácita: o prazo de decisão esgotou-se',

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
    'A lei de {country} não permite prorrogação: uma reclamação tardia não pode ser admitida.',
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
    'Em {country}, uma reclamação não suspende a cobrança: não há suspensão a registar.',
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
    'A lei de {country} não exige o pagamento do imposto não contestado antes de reclamar.',
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
    'Em {country}, uma notificação enviada por correio presume-se recebida {deemed, plural, one {# dia} other {# dias}} após o envio. A reclamação tem de chegar ao serviço no prazo de {days, plural, one {# dia} other {# dias}} a contar da receção da notificação. {extension}',
  'objections.panel.notice.extension':
    'Uma reclamação tardia pode ser admitida até {days, plural, one {# dia} other {# dias}} depois desse prazo se o contribuinte indicar o motivo do atraso.',
  'objections.panel.notice.noExtension': 'O prazo não pode ser prorrogado.',
  'objections.panel.account.title': 'Conta do contribuinte',
  'objections.panel.account.date': 'Data',
  'objections.panel.account.entry': 'Movimento',
  'objections.panel.account.reference': 'Referência',
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
} satisfies Catalogue
