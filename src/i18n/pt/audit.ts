import type { Catalogue } from '../languages'

export default {
  'audit.cmd.checkThirdParty': 'Consultar os dados de terceiros',
  'audit.cmd.checkBenchmark': 'Comparar com a referência do sector',
  'audit.cmd.checkHistory': 'Analisar o histórico de declarações e auditorias',
  'audit.cmd.checkSuppliers': 'Verificar os fornecedores do IVA dedutível',
  'audit.cmd.select': 'Seleccionar para auditoria e enviar a notificação de auditoria',
  'audit.cmd.select.help':
    'Auditoria documental quando os documentos resolvem a questão; auditoria externa quando é preciso ver mercadorias, instalações ou a contabilidade completa.',
  'audit.cmd.requestRecords': 'Solicitar e examinar os registos',
  'audit.cmd.inspectPremises': 'Visitar as instalações (auditoria externa)',
  'audit.cmd.draftFindings': 'Redigir as constatações',
  'audit.cmd.draftFindings.help':
    'A correcção é o rendimento ou as vendas omitidos, ou o IVA dedutível recusado: apenas o que as provas sustentam. Imposto, multa e juros de mora resultam das taxas da jurisdição.',
  'audit.cmd.sendFindings': 'Enviar as constatações preliminares',
  'audit.cmd.reviewReply': 'Analisar a resposta do contribuinte',
  'audit.cmd.notSelect': 'Não seleccionar (registar o motivo)',
  'audit.cmd.closeNoChange': 'Encerrar a auditoria sem correcção',
  'audit.cmd.refer': 'Emitir a liquidação e remeter à investigação',
  'audit.cmd.issueAssessment': 'Emitir a liquidação definitiva',

  'audit.field.auditType': 'Tipo de auditoria',
  'audit.field.selectReason': 'Motivo da selecção (o risco principal)',
  'audit.field.adjustment': 'Correcção',
  'audit.field.category': 'Categoria de multa',
  'audit.field.notSelectReason': 'Motivo',

  'audit.auditType.desk': 'Auditoria documental (documentos e cartas)',
  'audit.auditType.field': 'Auditoria externa (instalações, mercadorias, contabilidade completa)',

  'audit.notSelect.below-threshold': 'Pontuação de risco abaixo do limiar de selecção',
  'audit.notSelect.below-materiality': 'Imposto em causa abaixo do limiar de materialidade',
  'audit.notSelect.over-capacity':
    'Acima do limiar, mas casos mais bem classificados preenchem a capacidade de auditoria',
  'audit.notSelect.risk-explained': 'O risco assinalado é explicado por factos documentados',
  'audit.notSelect.lower.below-threshold': 'pontuação de risco abaixo do limiar de selecção',
  'audit.notSelect.lower.below-materiality': 'imposto em causa abaixo do limiar de materialidade',
  'audit.notSelect.lower.over-capacity':
    'acima do limiar, mas casos mais bem classificados preenchem a capacidade de auditoria',
  'audit.notSelect.lower.risk-explained': 'o risco assinalado é explicado por factos documentados',

  'audit.category.honest-error': 'Erro de boa-fé',
  'audit.category.negligence': 'Negligência / omissão substancial',
  'audit.category.fraud': 'Fraude (intenção evidente)',
  'audit.category.lower.honest-error': 'erro de boa-fé',
  'audit.category.lower.negligence': 'negligência / omissão substancial',
  'audit.category.lower.fraud': 'fraude (intenção evidente)',

  'audit.basis.income': 'rendimento omitido',
  'audit.basis.sales': 'vendas omitidas',
  'audit.basis.input-vat': 'IVA dedutível recusado',

  'audit.rule.third-party-mismatch': 'Dados de terceiros acima da declaração',
  'audit.rule.card-sales-exceed-declared': 'Recebimentos por cartão acima das vendas declaradas',
  'audit.rule.margin-below-benchmark': 'Margem abaixo da referência do sector',
  'audit.rule.turnover-drop': 'Queda do volume de negócios',
  'audit.rule.supplier-non-filer': 'Fornecedor com declarações a zero ou em falta',
  'audit.rule.input-credit-ratio': 'IVA dedutível elevado',
  'audit.rule.late-filing-history': 'Declarações atrasadas ou em falta',
  'audit.rule.prior-audit-yield': 'Auditoria anterior com imposto apurado',
  'audit.rule.return-arithmetic': 'Declaração com erros aritméticos',

  'audit.state.screening': 'Candidato de risco — triagem',
  'audit.state.examination': 'Auditoria aberta — exame',
  'audit.state.findingsDrafted': 'Constatações redigidas',
  'audit.state.awaitingReply': 'Constatações preliminares enviadas — a aguardar resposta',
  'audit.state.replyReceived': 'Resposta recebida',
  'audit.state.notSelected': 'Não seleccionado (motivo registado)',
  'audit.state.closedNoChange': 'Encerrado sem correcção',
  'audit.state.assessed': 'Liquidação definitiva emitida',
  'audit.state.referred': 'Remetido à investigação',

  'audit.blocker.unknownStep': '«{type}» não é um passo da auditoria.',
  'audit.blocker.thirdPartyDone': 'Os dados de terceiros já foram consultados.',
  'audit.blocker.benchmarkDone': 'A referência do sector já foi comparada.',
  'audit.blocker.historyDone': 'O histórico de declarações e auditorias já foi analisado.',
  'audit.blocker.suppliersDone': 'Os fornecedores já foram verificados.',
  'audit.blocker.screenedOut': 'O candidato já foi afastado na triagem.',
  'audit.blocker.decided': 'O caso já foi decidido.',
  'audit.blocker.noInputVat': 'Esta declaração não deduz IVA, por isso não há fornecedores a verificar.',
  'audit.blocker.selected':
    'O caso já foi seleccionado para uma auditoria {auditType, select, desk {documental} other {externa}}.',
  'audit.blocker.auditOpen': 'A auditoria já está aberta: em vez disso, encerre-a sem correcção.',
  'audit.blocker.recordsDone': 'Os registos já foram examinados.',
  'audit.blocker.selectFirstRecords':
    'Seleccione primeiro o caso para auditoria: os registos são pedidos ao abrigo da notificação de auditoria.',
  'audit.blocker.premisesDone': 'As instalações já foram visitadas.',
  'audit.blocker.selectFieldFirst': 'Seleccione primeiro o caso para uma auditoria externa.',
  'audit.blocker.deskNoPremises':
    'Esta é uma auditoria documental: as instalações só são visitadas numa auditoria externa (escolha externa quando é preciso ver mercadorias, instalações ou a contabilidade completa).',
  'audit.blocker.selectFirst': 'Seleccione primeiro o caso para auditoria.',
  'audit.blocker.findingsSentClose':
    'As constatações preliminares já foram enviadas: emita a liquidação ou redija de novo após a resposta.',
  'audit.blocker.recordsFirst':
    'Examine primeiro os registos: as constatações devem assentar na contabilidade e nos documentos.',
  'audit.blocker.premisesFirst': 'Visite primeiro as instalações: esta é uma auditoria externa.',
  'audit.blocker.findingsSentRedraft':
    'As constatações preliminares já foram enviadas: aguarde a resposta antes de redigir de novo.',
  'audit.blocker.findingsSent': 'As constatações preliminares já foram enviadas.',
  'audit.blocker.draftFirst': 'Redija primeiro as constatações.',
  'audit.blocker.replyDone': 'A resposta do contribuinte já foi analisada.',
  'audit.blocker.sendFirst': 'Envie primeiro as constatações preliminares: o contribuinte responde a elas.',
  'audit.blocker.sendFirstRight':
    'Envie primeiro as constatações preliminares: o contribuinte tem direito de resposta.',
  'audit.blocker.replyWindow':
    'O contribuinte tem até {deadline} para responder às constatações preliminares; analise a resposta ou aguarde o fim do prazo.',
  'audit.blocker.draftFirstReferral':
    'Redija primeiro as constatações: uma remessa à investigação deve expor os factos.',
  'audit.blocker.referralNeedsFraud':
    'Uma remessa exige constatações de intenção: redija primeiro as constatações na categoria de fraude.',

  'audit.problem.auditType': 'Escolha auditoria documental ou externa.',
  'audit.problem.selectReason':
    'Registe porque o caso é seleccionado: escolha a regra de risco que justifica a auditoria.',
  'audit.problem.notSelectReason':
    'Registe porque o caso não é seleccionado: o processo deve mostrar um motivo em qualquer caso.',
  'audit.problem.adjustment': 'Introduza a correcção como um montante.',
  'audit.problem.zeroAdjustment':
    'Uma correcção nula é uma auditoria sem alteração: em vez disso, encerre o caso sem correcção.',
  'audit.problem.category': 'Escolha a categoria de multa: erro de boa-fé, negligência ou fraude.',

  'audit.ref.score': 'Pontuação de risco {score}; limiar de selecção {threshold}.',
  'audit.ref.flagged':
    'O motor de risco assinalou uma divergência de {amount}: uma pista, não uma constatação.',

  'audit.panel.percent': '{n, number, ::.0} %',
  'audit.panel.change': '{n, number, ::.0 sign-always} %',
  'audit.panel.dateValue': '{on}',
  'audit.panel.amountValue': '{amount}',
  'audit.panel.taxpayer': 'Contribuinte',
  'audit.panel.tin': 'NIF',
  'audit.panel.return': 'Declaração',
  'audit.panel.amount': 'Montante',
  'audit.panel.total': 'Total',
  'audit.panel.notFiled': 'não entregue',
  'audit.panel.risk.title': 'Candidato de risco',
  'audit.panel.risk.type': 'Tipo',
  'audit.panel.risk.business': 'Empresa',
  'audit.panel.risk.individual': 'Pessoa singular',
  'audit.panel.risk.sector': 'Sector',
  'audit.panel.risk.sectorValue': '{sector} ({segment})',
  'audit.panel.risk.returnValue': '{taxType} {period} — {name}',
  'audit.panel.risk.flagged': 'Divergência assinalada',
  'audit.panel.risk.flaggedValue': '{amount} — {note}',
  'audit.panel.risk.atStake': 'Imposto estimado em causa',
  'audit.panel.risk.byRule': 'Pontuação de risco por regra',
  'audit.panel.risk.rule': 'Regra',
  'audit.panel.risk.saw': 'O que a regra detectou',
  'audit.panel.risk.weight': 'Peso',
  'audit.panel.risk.total': 'Pontuação total',
  'audit.panel.risk.threshold': 'Limiar de selecção {threshold}',
  'audit.panel.risk.noRule': 'Nenhuma regra foi accionada.',
  'audit.panel.risk.above':
    'A pontuação {score} atinge ou excede o limiar de {threshold}. Capacidade de auditoria desta lista: {capacity, plural, one {# auditoria} other {# auditorias}}.',
  'audit.panel.risk.below':
    'A pontuação {score} está abaixo do limiar de {threshold}. Capacidade de auditoria desta lista: {capacity, plural, one {# auditoria} other {# auditorias}}.',
  'audit.panel.risk.materiality':
    'Limiar de materialidade: um candidato só é seleccionado se o imposto estimado em causa for de pelo menos {amount}.',
  'audit.panel.risk.worklist': 'Lista de trabalho ordenada pela pontuação de risco',
  'audit.panel.risk.case': 'Caso',
  'audit.panel.risk.score': 'Pontuação',
  'audit.panel.return.missing': 'A declaração não consta do processo.',
  'audit.panel.return.title': 'Declaração {taxType} {period}',
  'audit.panel.return.due': 'Prazo',
  'audit.panel.return.filed': 'Entregue',
  'audit.panel.return.filedOn': '{on} ({channel, select, paper {em papel} other {electrónica}})',
  'audit.panel.return.taxDeclared': 'Imposto declarado',
  'audit.panel.return.line': 'Linha',
  'audit.panel.thirdParty.title': 'Dados de terceiros',
  'audit.panel.thirdParty.source': 'Fonte',
  'audit.panel.thirdParty.period': 'Período',
  'audit.panel.thirdParty.counterparty': 'Comunicado por / contraparte',
  'audit.panel.thirdParty.detail': 'Detalhe',
  'audit.panel.thirdParty.income': 'Rendimentos e vendas comunicados por terceiros',
  'audit.panel.thirdParty.noIncome': 'Nenhum rendimento ou venda comunicado por terceiros para este período.',
  'audit.panel.thirdParty.purchases': 'Compras comunicadas pelos fornecedores',
  'audit.panel.benchmark.title': 'Referência do sector',
  'audit.panel.benchmark.none':
    'Nenhuma referência do sector se aplica a esta declaração (sem conta de exploração).',
  'audit.panel.benchmark.titleOf': 'Referência do sector: {sector}',
  'audit.panel.benchmark.margin': 'Margem bruta declarada',
  'audit.panel.benchmark.lower': 'Quartil inferior do sector',
  'audit.panel.benchmark.median': 'Mediana do sector',
  'audit.panel.benchmark.upper': 'Quartil superior do sector',
  'audit.panel.benchmark.turnover': 'Volume de negócios deste ano',
  'audit.panel.benchmark.priorTurnover': 'Volume de negócios do ano anterior',
  'audit.panel.benchmark.change': 'Variação',
  'audit.panel.letter.heading': '{on} — {from}: {subject}',
  'audit.panel.history.title': 'Histórico de declarações e auditorias',
  'audit.panel.history.returns': 'Declarações de {taxType}',
  'audit.panel.history.status': 'Situação',
  'audit.panel.history.missing': 'em falta',
  'audit.panel.history.late': 'atrasada',
  'audit.panel.history.onTime': 'dentro do prazo',
  'audit.panel.history.audits': 'Auditorias anteriores',
  'audit.panel.history.closed': 'Encerrada',
  'audit.panel.history.result': 'Resultado',
  'audit.panel.history.taxRaised': 'Imposto apurado',
  'audit.panel.history.noAudits': 'Sem auditorias anteriores.',
  'audit.panel.history.noLetters': 'Sem correspondência no processo.',
  'audit.panel.suppliers.title': 'Fornecedores do IVA dedutível',
  'audit.panel.suppliers.supplier': 'Fornecedor',
  'audit.panel.suppliers.registered': 'Registado em',
  'audit.panel.suppliers.invoices': 'Facturas',
  'audit.panel.suppliers.claimed': 'IVA deduzido aqui',
  'audit.panel.suppliers.declared': 'IVA liquidado declarado pelo fornecedor',
  'audit.panel.suppliers.noReturn': 'nenhuma declaração entregue',
  'audit.panel.suppliers.invoiced': 'IVA liquidado em todas as suas facturas electrónicas',
  'audit.panel.suppliers.buyers': 'Clientes facturados',
  'audit.panel.suppliers.status': 'Situação',
  'audit.panel.suppliers.none': 'Sem fornecedores.',
  'audit.panel.records.title': 'Registos examinados',
  'audit.panel.premises.title': 'Visita às instalações',
  'audit.panel.reply.title': 'Resposta do contribuinte às constatações preliminares',
  'audit.panel.findings.title': 'Projecto de constatações',
  'audit.panel.findings.tax': 'Imposto adicional',
  'audit.panel.findings.categoryValue': '{category} ({percent} %)',
  'audit.panel.findings.penalty': 'Multa',
  'audit.panel.findings.interest': 'Juros de mora de {from} até hoje',
  'audit.panel.assessment.referred': 'Liquidação emitida e caso remetido à investigação',
  'audit.panel.assessment.issued': 'Liquidação definitiva emitida',
  'audit.panel.assessment.posted': 'Lançado na conta corrente',
  'audit.panel.assessment.date': 'Data',
  'audit.panel.assessment.tax': 'Imposto',
  'audit.panel.assessment.kind': 'Natureza',
  'audit.panel.assessment.kind.adjustment': 'correcção',
  'audit.panel.assessment.kind.penalty': 'multa',
  'audit.panel.assessment.kind.interest': 'juros de mora',
  'audit.panel.assessment.note': 'Observação',
  'audit.panel.assessment.noteAdjustment': 'Correcção de auditoria: {basis} {amount}',
  'audit.panel.assessment.notePenalty': 'Multa de auditoria, {category}',
  'audit.panel.assessment.noteInterest': 'Juros de mora desde {from}',

  'audit.verdict.noCaseFile': 'Não há processo para esta auditoria.',
  'audit.verdict.then': '{first} {next}',
  'audit.verdict.rate': '{category} ({percent} %)',
  'audit.verdict.category.honestError':
    'Um lapso isolado, com historial limpo e uma omissão abaixo do limiar substancial, é um erro de boa-fé: puni-lo como {given} penaliza um contribuinte cumpridor.',
  'audit.verdict.category.notWaived':
    'A omissão é substancial e o contribuinte tinha a informação: a multa é {rate}, sem dispensa.',
  'audit.verdict.category.noIntent':
    'A taxa de fraude exige prova de intenção (documentos forjados); não há nenhuma no processo, por isso {fraud} não resistirá a uma reclamação. A categoria é {rate}.',
  'audit.verdict.category.fraud':
    'Facturas de um operador sem actividade real são deliberadas: a categoria é {rate}, e não {given}.',
  'audit.verdict.adjustment.short':
    'A correcção de {given} fica {diff} abaixo dos {expected} que as provas sustentam: perde-se receita.{hint, select, cash { Os recebimentos por cartão são apenas um mínimo: os dados da caixa nas instalações mostram todas as vendas, incluindo em numerário.} other {}}',
  'audit.verdict.adjustment.over':
    'A correcção de {given} excede em {diff} os {expected} que as provas sustentam: o excesso cairá em reclamação.{hint, select, invoices { Só é recusado o IVA das facturas do fornecedor faltoso; os créditos dos fornecedores reais mantêm-se.} income { Os rendimentos tributados a título definitivo na fonte e as vendas anuladas por nota de crédito não fazem parte da base.} other {}}',
  'audit.verdict.notSelect.right': 'Não seleccionado, e o processo regista o motivo correcto: {reason}.',
  'audit.verdict.notSelect.wrongReason':
    'Não auditar estava certo, mas o motivo registado está errado: devia ser «{reason}».',
  'audit.verdict.notSelect.missedRisk': 'Um risco real de incumprimento ficou por auditar: {flags}.',
  'audit.verdict.notSelect.honestError':
    'A declaração omite imposto; uma breve auditoria documental tê-la-ia corrigido.',
  'audit.verdict.notSelect.slotUnused':
    'Este candidato estava dentro da capacidade de auditoria; ficou uma vaga por utilizar.',
  'audit.verdict.unwarranted.risk-explained': 'O processo já explicava o risco assinalado',
  'audit.verdict.unwarranted.below-threshold': 'A pontuação {score} está abaixo do limiar de {threshold}',
  'audit.verdict.unwarranted.below-materiality':
    'O imposto estimado em causa está abaixo do limiar de materialidade',
  'audit.verdict.unwarranted.over-capacity':
    'Candidatos mais bem classificados preenchem a capacidade de {capacity, plural, one {# auditoria} other {# auditorias}}',
  'audit.verdict.unwarranted.lower.risk-explained': 'o processo já explicava o risco assinalado',
  'audit.verdict.unwarranted.lower.below-threshold':
    'a pontuação {score} está abaixo do limiar de {threshold}',
  'audit.verdict.unwarranted.lower.below-materiality':
    'o imposto estimado em causa está abaixo do limiar de materialidade',
  'audit.verdict.unwarranted.lower.over-capacity':
    'candidatos mais bem classificados preenchem a capacidade de {capacity, plural, one {# auditoria} other {# auditorias}}',
  'audit.verdict.unwarranted.closedExplained':
    'Encerrado sem correcção, mas {why}: a auditoria onerou um contribuinte honesto e tirou a vaga a um risco maior.',
  'audit.verdict.unwarranted.closed':
    '{why}: esta auditoria não devia ter sido aberta, e tirou a vaga a um risco maior.',
  'audit.verdict.unwarranted.immaterial': '{why}: a auditoria tirou a vaga a um caso material.',
  'audit.verdict.unwarranted.slot': '{why}: a auditoria tirou a vaga a um risco mais bem classificado.',
  'audit.verdict.unwarranted.assessed':
    '{why}, e nada nas provas sustenta uma correcção: foi liquidado um contribuinte honesto.',
  'audit.verdict.noChange.right':
    'Auditado e encerrado sem correcção: a contabilidade confirma a declaração.',
  'audit.verdict.noChange.missed': 'A auditoria não viu o que as provas mostram: {flags}.',
  'audit.verdict.noChange.doesNotAddUp': 'A declaração não bate certo: a diferença devia ter sido corrigida.',
  'audit.verdict.honestAssessed':
    'Nada na contabilidade nem nos dados de terceiros sustenta uma correcção: foi liquidado um contribuinte honesto.',
  'audit.verdict.type.needsField':
    'As vendas em numerário não se medem a partir do gabinete: era precisa uma auditoria externa (dados da caixa, contagem de existências).',
  'audit.verdict.type.fieldTooMuch':
    'Uma auditoria externa foi desproporcionada: os documentos resolvem esta questão a partir do gabinete.',
  'audit.verdict.reasonNotShown': 'O motivo de selecção registado não é um risco que este caso apresente.',
  'audit.verdict.notReferred':
    'A fraude foi tratada como auditoria de rotina: com facturas falsas, o caso deve também ir para investigação.',
  'audit.verdict.overReferred':
    'A remessa à investigação é para intenção evidente (facturas falsas); aqui é uma reacção excessiva.',
  'audit.verdict.referRight':
    'Recusados exactamente os créditos que as provas justificam, categoria de fraude, e remetido à investigação.',
  'audit.verdict.assessRight': 'Corrigido exactamente o que as provas sustentam, na categoria de {category}.',

  'audit.story.hit.employersAndBank':
    'Os empregadores e o banco comunicam {reported}; a declaração indica {declared}',
  'audit.story.hit.einvoicesGross':
    'As facturas electrónicas emitidas somam {issued} antes das notas de crédito; a declaração indica {declared}',
  'audit.story.hit.employersReport':
    'Os empregadores comunicam {reported}; o rendimento total da declaração é {typed}',
  'audit.story.hit.incomeLines': 'As linhas de rendimento somam {total}; a linha do total indica {typed}',
  'audit.story.hit.einvoicesCustoms':
    'As facturas electrónicas e as exportações aduaneiras somam {total}; o volume de negócios declarado é {typed}',
  'audit.story.hit.salesLines':
    'As vendas internas e de exportação somam {total}; a linha do volume de negócios indica {typed}',
  'audit.story.hit.cardTakings': 'Recebimentos por cartão {card}; vendas declaradas {declared}',
  'audit.story.hit.lateReturns': '{late} das últimas {count} declarações entregues fora do prazo ou em falta',
  'audit.story.hit.priorAudit': 'A auditoria de {period} apurou {raised}',
  'audit.story.hit.margin':
    'Margem bruta de {margin, number, ::.0} % contra um quartil inferior do sector de {lower, number, ::.0} %',
  'audit.story.hit.turnoverDrop': 'Volume de negócios de {turnover} contra {prior} no ano anterior',
  'audit.story.hit.millInvoices':
    '{amount} de IVA dedutível em facturas de {supplier}, que {filed, select, nil {entregou uma declaração a zero} other {não entregou declaração}} para {period}',
  'audit.story.hit.creditRatio':
    'O IVA dedutível é {ratio} % do IVA liquidado; uma margem do sector de {median} % deixa cerca de {rest} %',
  'audit.story.note.notDeclared': 'rendimento comunicado por empregadores e bancos mas não declarado',
  'audit.story.note.einvoicedAbove':
    'vendas facturadas electronicamente (bruto) acima do volume de negócios declarado',
  'audit.story.note.flaggedOnHistory': 'nenhuma divergência quantificada; assinalado pelo histórico',
  'audit.story.note.missingProfit': 'lucro bruto em falta face à margem mediana do sector',
  'audit.story.note.thirdPartyAbove': 'valores de terceiros acima da declaração',
  'audit.story.note.cardAbove': 'recebimentos por cartão acima das vendas declaradas',
  'audit.story.note.inputClaimed': 'IVA dedutível deduzido neste período',
} satisfies Catalogue
