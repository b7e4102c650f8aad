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
  'audit.field.selectReason': 'Risco principal que motiva a selecção',
  'audit.field.adjustment': 'Correcção',
  'audit.field.category': 'Categoria de multa',
  'audit.field.notSelectReason': 'Motivo',

  'audit.auditType.desk': 'Auditoria documental — documentos e cartas',
  'audit.auditType.field': 'Auditoria externa — instalações, mercadorias, contabilidade completa',

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
  'audit.category.fraud': 'Fraude — intenção evidente',
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

  'audit.panel.percent': '{n, number, ::.0} %',
  'audit.panel.change': '{n, number, ::.0 sign-always} %',
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
  'audit.panel.risk.returnValue': '{taxType} {period}',
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
  'audit.panel.findings.categoryValue': '{category} ({percent} %)',
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
  'audit.verdict.flagsThen': '{first}; {next}',
  'audit.verdict.then': '{first} {next}',
  'audit.verdict.rate': '{category} ({percent} %)',
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
    'Margem bruta de {margin, number, ::.0} % contra um quartil inferior do sector de {lower, number, ::.0} %',
  'audit.story.hit.turnoverDrop': 'Volume de negócios de {turnover} contra {prior} no ano anterior',
  'audit.story.hit.millInvoices':
    '{amount} de IVA dedutível em facturas de {supplier}, que {filed, select, nil {entregou uma declaração a zero} other {não entregou declaração}} para {period}',
  'audit.story.hit.creditRatio':
    'O IVA dedutível é {ratio} % do IVA liquidado; uma margem do sector de {median} % deixa cerca de {rest} %',
  'audit.story.note.notDeclared': 'rendimento comunicado por empregadores e bancos mas não declarado',
  'audit.story.note.einvoicedAbove':
    'vendas facturadas electronicamente (bruto) acima do volume de negócios declarado',
  'audit.story.note.flaggedOnHistory': 'nenhuma divergência quantificada; assinalado pelo histórico',
  'audit.story.note.missingProfit': 'lucro bruto em falta face à margem mediana do sector',
  'audit.story.note.thirdPartyAbove': 'valores de terceiros acima da declaração',
  'audit.story.note.cardAbove': 'recebimentos por cartão acima das vendas declaradas',
  'audit.story.note.inputClaimed': 'IVA dedutível deduzido neste período',
  'audit.case.title': '{name} — {taxType} {period} — risco {score}',
  'audit.ledger.earlierAudit': 'Auditoria anterior',
  'audit.ledgerInEntry.earlierAudit': 'auditoria anterior',
  'audit.ledger.adjustment': 'Correcção de auditoria: {basis} {amount}',
  'audit.ledger.penalty':
    'Multa de auditoria, {category, select, negligence {negligência} fraud {fraude} other {erro de boa-fé}}',
  'audit.ledger.interest': 'Juros de mora desde {from}',

  'audit.truth.expected.notSelect': 'Não seleccionar: {reason}',
  'audit.truth.expected.noChange':
    'Seleccionar para uma auditoria {auditType, select, desk {documental} other {externa}} e encerrar sem correcção',
  'audit.truth.expected.assess':
    'Seleccionar para uma auditoria {auditType, select, desk {documental} other {externa}}, corrigir pelo montante que as provas sustentam (categoria {category, select, negligence {negligência} fraud {fraude} other {erro de boa-fé}}) e emitir a liquidação definitiva',
  'audit.truth.expected.refer':
    'Seleccionar para uma auditoria {auditType, select, desk {documental} other {externa}}, corrigir pelo montante que as provas sustentam (categoria {category, select, negligence {negligência} fraud {fraude} other {erro de boa-fé}}) e remeter à investigação',
  'audit.truth.reason.overCapacity':
    'A pontuação {score} está {comparison, select, above {acima do} at {no} other {abaixo do}} limiar de {threshold}, mas candidatos melhor classificados preenchem a capacidade de {capacity, plural, one {# auditoria} other {# auditorias}}: não seleccionado, motivo «capacidade esgotada».',
  'audit.truth.reason.belowThreshold':
    'A pontuação {score} está {comparison, select, above {acima do} at {no} other {abaixo do}} limiar de {threshold}: não seleccionado, motivo «abaixo do limiar».',
  'audit.truth.reason.belowMateriality':
    'A pontuação {score} atinge o limiar de {threshold}, mas o imposto em jogo estimado ({atStake}) está abaixo do limiar de materialidade de {floor}: não seleccionado, motivo «abaixo da materialidade».',
  'audit.truth.explain.withReason': '{explanation} {reason}',
  'audit.truth.explain.genuine':
    'O motor de risco assinalou este contribuinte, mas a contabilidade e os dados de terceiros coincidem com a declaração.',
  'audit.truth.explain.secondEmployer':
    'A declaração de retenção de {employer} mostra {salary} de salários em falta na declaração. Os juros de depósito ({interest}) foram tributados a título definitivo na fonte e não fazem parte da declaração anual, pelo que a correcção abrange apenas os salários. Omitir toda uma fonte de rendimento é uma omissão substancial: negligência, não um erro de boa-fé. Os documentos resolvem a questão, por isso basta uma auditoria documental.',
  'audit.truth.explain.unbooked':
    'As facturas electrónicas a {buyer}, no valor de {omitted}, nunca chegaram ao livro de vendas nem à declaração. A nota de crédito de {credit} anula uma venda real, pelo que não faz parte da correcção. Omitir toda uma série de facturas é uma omissão substancial: negligência. Os documentos resolvem a questão no gabinete.',
  'audit.truth.explain.cashSales':
    'Só os recebimentos por cartão já excedem as vendas declaradas, e a margem está muito abaixo da do sector: faltam vendas a dinheiro. Os dados de cartão são apenas um mínimo; os dados da caixa registadora (relatórios Z) lidos numa auditoria externa mostram vendas totais de {sales}, pelo que a correcção é de {adjustment}, e não os {flagged} que os dados de cartão sugerem. Omissão substancial sem documentos falsificados: negligência, sem remessa à investigação.',
  'audit.truth.explain.fakeInvoices':
    'O IVA dedutível de {amount} assenta em facturas de {supplier}, uma empresa fantasma emissora de facturas: registada poucas semanas antes, sem pessoal nem compras, {filed, select, nil {declarações sem movimento} other {sem declaração}} enquanto factura a {buyers, plural, one {# cliente} other {# clientes}}, e nunca chegou qualquer mercadoria. Rejeitar exactamente esse IVA dedutível (as deduções dos fornecedores genuínos mantêm-se), categoria fraude, e remeter à investigação: facturas falsas são intenção, não uma constatação corrente de auditoria.',
  'audit.truth.explain.slip':
    'Os dados de terceiros coincidem com as linhas da declaração; apenas a {line, select, income {linha do rendimento total} other {linha do volume de negócios}} foi copiada com dois algarismos trocados, ficando subavaliada em {amount}. Um lapso isolado, abaixo do limiar de omissão substancial, de um contribuinte com historial limpo: corrigir a diferença exacta no gabinete, sem multa (erro de boa-fé). Uma multa por negligência ou uma remessa à investigação puniria um erro honesto.',
  'audit.truth.explain.outlier':
    'A pontuação é alta, mas o processo já a explica: {cause}, de que a administração foi informada na altura com documentos de suporte, e os dados de terceiros coincidem com as vendas declaradas. Não seleccionado, motivo «risco explicado»: a vaga de auditoria passa ao candidato seguinte, e um contribuinte honesto é poupado a uma auditoria.',
  'audit.truth.cause':
    '{fire, select, yes {um incêndio documentado} other {a chegada documentada de um concorrente ({competitor})}}',
  'audit.truth.flag.salaryLeftOut': '{employer} comunica {salary} de salários que a declaração omite',
  'audit.truth.flag.thirdPartyAbove': 'Rendimentos comunicados por terceiros muito acima dos declarados',
  'audit.truth.flag.invoicesMissing':
    '{invoices, plural, one {# factura electrónica} other {# facturas electrónicas}} a {buyer} ({amount}) em falta no volume de negócios declarado',
  'audit.truth.flag.creditNote': 'Uma nota de crédito que o motor de risco contou como venda',
  'audit.truth.flag.cardExceeds':
    'Só os recebimentos por cartão ({card}) excedem as vendas declaradas ({declared})',
  'audit.truth.flag.marginFarBelow': 'Margem bruta muito abaixo da referência do sector',
  'audit.truth.flag.tillShows': 'Os dados da caixa registadora nas instalações mostram vendas de {sales}',
  'audit.truth.flag.millFiles':
    '{supplier} {filed, select, nil {entrega declarações sem movimento} other {não entregou declaração}} mas emitiu facturas electrónicas a {buyers, plural, one {# cliente} other {# clientes}}',
  'audit.truth.flag.recentSupplier':
    'Fornecedor registado recentemente, sem trabalhadores, compras ou instalações',
  'audit.truth.flag.noDelivery':
    'Sem guias de remessa nem entradas em armazém; pago em dinheiro ou a terceiros',
  'audit.truth.flag.slip':
    'A {line, select, income {linha do rendimento total} other {linha do volume de negócios}} não é a soma das suas linhas: dois algarismos trocados ({amount})',
  'audit.truth.flag.marginAndTurnover':
    'Margem muito abaixo da do sector e volume de negócios em queda de cerca de um terço',
  'audit.truth.clear.cleanHistory':
    'Historial limpo: todas as declarações a tempo, sem correcções anteriores',
  'audit.truth.clear.documentsWhy': 'O processo documenta a causa: {cause}',
  'audit.truth.clear.thirdPartyBelow':
    'Os dados de cartão e de facturação electrónica ficam abaixo das vendas declaradas',

  'audit.story.month':
    '{month, select, 1 {Janeiro} 2 {Fevereiro} 3 {Março} 4 {Abril} 5 {Maio} 6 {Junho} 7 {Julho} 8 {Agosto} 9 {Setembro} 10 {Outubro} 11 {Novembro} other {Dezembro}}',
  'audit.story.subject.reply': 'Resposta às constatações preliminares',
  'audit.story.subject.replyShort': 'Resposta',
  'audit.story.subject.fire': 'Incêndio no nosso armazém',
  'audit.story.subject.extensionRequest': 'Pedido de prorrogação do prazo de entrega da declaração de {year}',
  'audit.story.subject.extensionGranted': 'Prorrogação do prazo de entrega',
  'audit.story.subject.reduceInstalments': 'Pedido de redução dos pagamentos por conta mensais',
  'audit.story.subject.instalmentsReduced': 'Pagamentos por conta reduzidos',
  'audit.story.from.taxOffice': 'Repartição de finanças',
  'audit.story.letter.fire':
    'Em {on} um incêndio destruiu o nosso armazém. Juntamos o relatório dos bombeiros (n.º {report}) e o relatório do perito de sinistros: foram destruídas existências no valor de {amount} e a actividade parou cerca de quatro meses. Está pendente um pedido de indemnização ao seguro.',
  'audit.story.letter.extensionRequest':
    'A nossa contabilidade foi em parte destruída no incêndio e está a ser reconstituída a partir dos extractos bancários e das cópias dos fornecedores. Pedimos mais tempo para entregar a declaração.',
  'audit.story.letter.extensionGranted':
    'Prorrogação concedida até {until} com base no relatório dos bombeiros. (O motor de risco continua a comparar a data de entrega com o prazo legal.)',
  'audit.story.letter.competitor':
    'Desde que {competitor} abriu uma grande loja a poucas centenas de metros das nossas instalações em {month}, as nossas vendas caíram cerca de um terço e baixámos os preços da maioria dos artigos. Juntamos a licença municipal de abertura, as nossas tabelas de preços antiga e nova e as vendas mensais, e pedimos a redução dos pagamentos por conta.',
  'audit.story.letter.instalmentsReduced':
    'Pagamentos por conta reduzidos com base nos documentos apresentados (licença, tabelas de preços, vendas mensais).',
  'audit.story.doc.slipsOnFile':
    'Declarações de retenção e recibos de vencimento no processo do contribuinte',
  'audit.story.doc.bankStatement': 'Extracto bancário',
  'audit.story.doc.homeVisit': 'Visita ao domicílio',
  'audit.story.doc.salesLedger': 'Livro de vendas {year}',
  'audit.story.doc.officeVisit': 'Visita ao escritório',
  'audit.story.doc.slipAndPayslips': 'Declaração de retenção e recibos de vencimento',
  'audit.story.doc.books': 'Contabilidade {year}',
  'audit.story.doc.tillData': 'Dados da caixa registadora (relatórios Z) lidos na visita',
  'audit.story.doc.stockCount': 'Contagem de existências',
  'audit.story.doc.premisesVisit': 'Visita às instalações',
  'audit.story.doc.millInvoices': 'Facturas de compra de {supplier}',
  'audit.story.doc.otherInvoices': 'Outras facturas de compra',
  'audit.story.doc.warehouseVisit': 'Visita ao armazém',
  'audit.story.doc.worksheet': 'Folha de cálculo do contribuinte',
  'audit.story.doc.trialBalance': 'Balancete {year}',
  'audit.story.doc.visit': 'Visita',
  'audit.story.row.finding': 'Constatação',
  'audit.story.row.result': 'Resultado',
  'audit.story.row.salaryFrom': '{employer} — salários',
  'audit.story.row.salaryFromMonth': '{employer} — salários desde {month}',
  'audit.story.row.depositInterest': 'Juros de depósito (brutos)',
  'audit.story.row.interestTax': 'Imposto sobre os juros',
  'audit.story.row.salesToAfterCredit': 'Vendas a {buyer} (após a nota de crédito)',
  'audit.story.row.salesToOthers': 'Vendas a outros clientes',
  'audit.story.row.totalBooked': 'Total contabilizado (o volume de negócios declarado)',
  'audit.story.row.cashBookSales': 'Vendas no livro de caixa (o volume de negócios declarado)',
  'audit.story.row.cardOnStatements': 'Recebimentos por cartão nos extractos bancários',
  'audit.story.row.purchasesForResale': 'Compras de mercadorias para revenda',
  'audit.story.row.tillSales': 'Vendas na caixa registadora {year}, todos os meios de pagamento',
  'audit.story.row.ofWhichCard': 'Das quais pagas por cartão',
  'audit.story.row.salesInBooks': 'Vendas na contabilidade',
  'audit.story.row.sales': 'Vendas',
  'audit.story.row.costOfSales': 'Custo das vendas',
  'audit.story.row.cardSettlements': 'Recebimentos por cartão',
  'audit.story.row.invoices': 'Facturas',
  'audit.story.row.valueBeforeVat': 'Valor sem IVA',
  'audit.story.row.inputVatClaimed': 'IVA dedutível reclamado',
  'audit.story.row.payment': 'Pagamento',
  'audit.story.row.worksheetSum': 'Soma na folha de cálculo',
  'audit.story.row.totalTyped': 'Total inscrito na declaração',
  'audit.story.row.salesDomestic': 'Vendas — mercado interno',
  'audit.story.row.salesExport': 'Vendas — exportação',
  'audit.story.row.totalSalesBooks': 'Total de vendas na contabilidade',
  'audit.story.row.turnoverTyped': 'Volume de negócios inscrito na declaração',
  'audit.story.value.interestFinal':
    'Retido pelo banco a título definitivo; os juros ficam fora da declaração anual',
  'audit.story.value.homeDocumentary': 'Nada no domicílio interessa à questão; a questão é documental.',
  'audit.story.value.homeNothing': 'Nada no domicílio interessa à declaração.',
  'audit.story.value.bothSeries':
    'Ambas as séries de facturas encontradas na sucursal; nada mais interessa à questão.',
  'audit.story.value.stockAgrees':
    'As existências coincidem com as compras menos as vendas da caixa a preços normais: as mercadorias foram vendidas, não perdidas.',
  'audit.story.value.tradingAsDeclared':
    'Actividade conforme o declarado; as existências coincidem com a contabilidade.',
  'audit.story.value.paidCash': 'Em dinheiro, ou para a conta pessoal de um terceiro',
  'audit.story.value.noGoods':
    'Nenhuma mercadoria correspondente às facturas de {supplier}; os registos de existências não mostram a sua entrada.',
  'audit.story.value.premisesInOrder':
    'Nada nas instalações interessa à questão; a contabilidade está em ordem.',
  'audit.story.value.rebuiltWarehouse': 'Armazém reconstruído; danos do incêndio fotografados pelo perito.',
  'audit.story.value.competitorVisible': 'Actividade normal; a loja do concorrente vê-se mais abaixo na rua.',
  'audit.story.note.bothPayslips':
    'Os recibos de vencimento dos dois empregadores estão no processo. A declaração indica apenas os salários de {employer}.',
  'audit.story.note.secondSeries':
    '{invoices, plural, one {A # factura electrónica} other {As # facturas electrónicas}} a {buyer} ({amount}) foram emitidas numa segunda série de facturas mantida pela sucursal e nunca lançadas no livro de vendas. A nota de crédito a {creditBuyer} está contabilizada.',
  'audit.story.note.payslipsAgree':
    'Os recibos de vencimento coincidem com a declaração e com a declaração do empregador.',
  'audit.story.note.handwrittenCashBook':
    'As vendas são lançadas a partir de um livro de caixa diário manuscrito; os recebimentos por cartão nunca são reconciliados com ele. A contabilidade, por si só, não mostra quanto dinheiro foi recebido.',
  'audit.story.note.secondDrawer':
    'O sistema da caixa registadora guarda todos os talões; o livro de caixa copia apenas parte dos recebimentos em dinheiro. Uma segunda gaveta é usada para o dinheiro que não é depositado.',
  'audit.story.note.ledgersAgree':
    'Os livros coincidem com a declaração e com as facturas electrónicas. {why, select, thinMargin {Um modelo comercial de margem reduzida (contratos por grosso a preços baixos), documentado nos contratos e tabelas de preços.} contractEnded {O volume de negócios caiu com o fim de um grande contrato; o processo do contrato mostra-o.} other {Nada de invulgar na contabilidade.}}',
  'audit.story.note.materialsVarious':
    'Mercadorias descritas como «materiais diversos». Sem guias de remessa, sem documentos de transporte, sem entradas em armazém.',
  'audit.story.note.deliveryMatches':
    'Guias de remessa, pagamentos bancários e entradas em armazém correspondem a estas facturas e às declarações dos fornecedores.',
  'audit.story.note.worksheetSwapped':
    'A folha de cálculo está certa; o total foi copiado para a declaração com dois algarismos trocados.',
  'audit.story.note.turnoverSwapped':
    'A contabilidade coincide com as facturas electrónicas e os dados aduaneiros; a linha do volume de negócios foi inscrita com dois algarismos trocados, e o lucro calculado a partir dela.',
  'audit.story.note.fireStock':
    'O custo das vendas inclui as existências destruídas no incêndio ({amount}), comprovadas pelo relatório do perito de sinistros.',
  'audit.story.note.competitorSales':
    'As vendas mensais caem a partir do mês em que o concorrente abriu; os preços da nova tabela são mais baixos em toda a gama.',
  'audit.story.reply.secondJob':
    'Comecei a trabalhar para {employer} em {month} e pensei que o imposto que retiveram resolvia tudo. Aceito o salário adicional. Os juros de depósito já foram tributados na fonte pelo banco.',
  'audit.story.reply.unbooked':
    'As facturas a {buyer} foram emitidas pela nossa sucursal e ficaram fora do livro. Aceitamos uma correcção por essas facturas. A nota de crédito a {creditBuyer} anulou mercadorias devolvidas; essa venda nunca aconteceu.',
  'audit.story.reply.complete': 'Não tenho nada a acrescentar: a minha declaração está completa.',
  'audit.story.reply.cashBanked':
    'O nosso contabilista só registou o dinheiro que depositámos. Aceitamos os valores da caixa registadora como as nossas vendas do ano.',
  'audit.story.reply.nothingToAdd': 'Nada temos a acrescentar à contabilidade que entregámos.',
  'audit.story.reply.broker':
    'Um intermediário apresentou-nos {supplier} e tratou das facturas. Pagámos em dinheiro, como ele pediu. Não temos documentos de entrega.',
  'audit.story.reply.slip':
    'Têm razão: a {line, select, income {linha do rendimento total} other {linha do volume de negócios}} foi mal copiada dos nossos papéis de trabalho. Concordamos com a correcção e pagaremos a diferença.',
  'audit.story.reply.allInDocuments': 'Está tudo nos documentos que enviámos no ano passado.',
  'audit.story.status.onTime': 'Activo; entrega a tempo',
  'audit.story.status.nilReturns': 'Activo; declarações sem movimento desde o registo',
  'audit.story.status.noReturn': 'Activo; sem declaração para o período',
  'audit.story.remark.mill':
    'Registado em {registered}. Sem trabalhadores, sem compras nem importações declaradas, e no entanto facturas electrónicas a {buyers, plural, one {# cliente} other {# clientes}}. A morada registada é um quarto arrendado num prédio de habitação.',
  'audit.story.prior.noChange': 'Sem correcção: os registos coincidiam com a declaração',
  'audit.story.prior.adjusted':
    'Corrigido: {finding, select, rentalIncome {rendimentos prediais omitidos da declaração} deductions {deduções sem recibos rejeitadas} expenses {gastos sem facturas de suporte rejeitados} lateSales {vendas registadas após o fim do ano repostas} other {custos pessoais imputados à empresa}}',
  'audit.story.tp.slipFullYear': 'Declaração anual de retenção — salários, de Janeiro a Dezembro',
  'audit.story.tp.slipFromMonth':
    'Declaração anual de retenção — salários, de {month, select, 1 {Janeiro} 2 {Fevereiro} 3 {Março} 4 {Abril} 5 {Maio} 6 {Junho} 7 {Julho} 8 {Agosto} 9 {Setembro} 10 {Outubro} 11 {Novembro} other {Dezembro}} a Dezembro',
  'audit.story.tp.depositInterest':
    'Juros de depósito; imposto retido na fonte a título definitivo (fora da declaração anual)',
  'audit.story.tp.salesGross': 'Facturas electrónicas de venda emitidas (bruto)',
  'audit.story.tp.salesInvoices':
    '{invoices, plural, one {# factura electrónica de venda emitida} other {# facturas electrónicas de venda emitidas}}',
  'audit.story.tp.creditNote': 'Nota de crédito: mercadorias devolvidas, anula parte de uma factura',
  'audit.story.tp.slip': 'Declaração anual de retenção — salários',
  'audit.story.tp.sales': 'Facturas electrónicas de venda emitidas',
  'audit.story.tp.card': 'Pagamentos por cartão e QR creditados na conta do comerciante',
  'audit.story.tp.purchasesResale': 'Facturas electrónicas de compra recebidas (mercadorias para revenda)',
  'audit.story.tp.purchases': 'Facturas electrónicas de compra recebidas',
  'audit.story.tp.supplierDeclared':
    'IVA liquidado declarado pelo fornecedor sobre as vendas a este comprador',
  'audit.story.tp.supplierNil': 'O fornecedor entregou uma declaração sem movimento para o período',
  'audit.story.tp.supplierNone': 'O fornecedor não entregou declaração para o período',
  'audit.story.tp.exports': 'Exportações desalfandegadas, valor FOB',
  'audit.story.party.suppliers': 'Fornecedores',
  'audit.story.party.buyers': 'Clientes',
  'audit.story.party.otherBuyers': 'Outros clientes',
  'audit.story.party.otherBuyersCount': '{count, plural, one {# outro cliente} other {# outros clientes}}',
  'audit.story.party.domesticBuyers': 'Clientes no mercado interno',
  'audit.story.party.customsExports': 'Declarações aduaneiras de exportação',
} satisfies Catalogue
