import type { Catalogue } from '../languages'

export default {
  'payments.cmd.searchCandidates': 'Procurar o pagador no cadastro',
  'payments.cmd.searchCandidates.help':
    'Procura o NIF citado na referência, o nome e a conta bancária do pagador, e dívidas em aberto do mesmo montante.',
  'payments.cmd.viewLedger': 'Abrir a conta corrente do contribuinte',
  'payments.cmd.viewFilingHistory': 'Abrir o histórico de declarações',
  'payments.cmd.examineDocuments': 'Examinar os documentos comprovativos',
  'payments.cmd.computeCharges': 'Calcular a multa e os juros de mora',
  'payments.cmd.computeCharges.help':
    'Multa e juros segundo a lei, da data de vencimento original à data do pagamento.',
  'payments.cmd.allocate': 'Afectar o pagamento',
  'payments.cmd.allocate.help':
    'Ao contribuinte cuja denominação e conta bancária coincidem com as do pagador, ou que está claramente indicado na referência.',
  'payments.cmd.returnToPayer': 'Devolver o pagamento ao pagador',
  'payments.cmd.returnToPayer.help': 'Para um pagamento que não pode ser atribuído a nenhum contribuinte.',
  'payments.cmd.holdInSuspense': 'Manter na conta transitória e consultar o banco',
  'payments.cmd.holdInSuspense.help':
    'Apenas enquanto o pagamento não ultrapassar o prazo da conta transitória fixado nas regras.',
  'payments.cmd.refundCredit': 'Reembolsar o crédito',
  'payments.cmd.offsetCredit': 'Compensar com outras dívidas e reembolsar o resto',
  'payments.cmd.offsetCredit.help':
    'Aplica o crédito às dívidas em aberto do contribuinte (as mais antigas primeiro); só o remanescente é pago.',
  'payments.cmd.refuseRefund': 'Indeferir o reembolso',
  'payments.cmd.waivePenalty': 'Dispensar a multa',
  'payments.cmd.waivePenalty.help':
    'Só com justa causa documentada. Os juros de mora são uma compensação e não são dispensados.',
  'payments.cmd.refuseWaiver': 'Indeferir a dispensa',
  'payments.cmd.postCharges': 'Lançar a multa e os juros de mora',
  'payments.field.reason': 'Fundamento que consta da carta',
  'payments.field.tin': 'NIF',
  'payments.field.taxType': 'Imposto',
  'payments.field.period': 'Período, no formato AAAA-MM ou AAAA',
  'payments.field.refundAmount': 'Montante a reembolsar',
  'payments.field.waivedAmount': 'Montante dispensado',
  'payments.field.penalty': 'Multa por pagamento tardio',
  'payments.field.interest': 'Juros de mora',
  'payments.state.received': 'Recebido',
  'payments.state.suspense': 'Na conta transitória',
  'payments.state.refundRequest': 'Reembolso pedido',
  'payments.state.waiverRequest': 'Dispensa pedida',
  'payments.state.chargesReview': 'Encargos por confirmar',
  'payments.state.allocated': 'Afectado',
  'payments.state.returned': 'Devolvido ao pagador',
  'payments.state.held': 'Mantido na conta transitória',
  'payments.state.refunded': 'Reembolsado',
  'payments.state.offset': 'Compensado e reembolsado',
  'payments.state.refundRefused': 'Reembolso indeferido',
  'payments.state.waived': 'Multa dispensada',
  'payments.state.waiverRefused': 'Dispensa indeferida',
  'payments.state.charged': 'Encargos lançados',
  'payments.blocker.done.candidates': 'O pagador já foi procurado no cadastro.',
  'payments.blocker.done.ledger': 'A conta corrente do contribuinte já está aberta.',
  'payments.blocker.done.history': 'O histórico de declarações já está aberto.',
  'payments.blocker.done.documents': 'Os documentos já foram examinados.',
  'payments.blocker.done.charges': 'A multa e os juros já foram calculados.',
  'payments.blocker.wrongType.suspense':
    'Trata-se de um pagamento na conta transitória: identifique o pagador e depois afecte-o, devolva-o ou mantenha-o na conta transitória.',
  'payments.blocker.wrongType.refund': 'Trata-se de um pedido de reembolso: decida o destino do crédito.',
  'payments.blocker.wrongType.waiver':
    'Trata-se de um pedido de dispensa de multa: dispense a multa ou indefira.',
  'payments.blocker.wrongType.charges':
    'Trata-se de um pagamento tardio: confirme a multa e os juros de mora.',
  'payments.blocker.notAStep': '«{type}» não é um passo do balcão de pagamentos.',
  'payments.blocker.allocateSearchFirst':
    'Procure primeiro o pagador no cadastro: um pagamento é afectado pela denominação e pela conta bancária.',
  'payments.blocker.returnSearchFirst':
    'Consulte primeiro o cadastro: um pagamento só é devolvido quando nenhum contribuinte pode ser identificado.',
  'payments.blocker.holdSearchFirst':
    'Consulte primeiro o cadastro: o banco só é consultado sobre um pagador que ninguém reconhece.',
  'payments.blocker.suspenseTooOld':
    'O pagamento está na conta transitória desde {since} ({days, plural, one {# dia} other {# dias}}); as regras permitem {limit}: afecte-o ou devolva-o ao pagador.',
  'payments.blocker.refundLedgerFirst':
    'Abra primeiro a conta corrente do contribuinte: um crédito só é pago depois de verificadas outras dívidas.',
  'payments.blocker.waiverDocumentsFirst':
    'Examine primeiro os documentos comprovativos: a dispensa depende da causa documentada.',
  'payments.blocker.chargesLedgerFirst':
    'Abra primeiro a conta corrente do contribuinte, para ver a liquidação e o pagamento.',
  'payments.problem.tin': 'Indique o NIF a que o pagamento se destina.',
  'payments.problem.unknownTin': 'Nenhum contribuinte tem o NIF {tin}.',
  'payments.problem.taxType': 'Escolha o imposto a que o pagamento respeita.',
  'payments.problem.period':
    'Os períodos de {tax} escrevem-se {monthly, select, yes {AAAA-MM (um mês)} other {AAAA (um ano)}}.',
  'payments.problem.reason': 'Indique o fundamento: consta da carta.',
  'payments.problem.refundAmount': 'Indique o montante a reembolsar.',
  'payments.problem.refundTooMuch': 'O reembolso não pode exceder o crédito pedido pelo contribuinte.',
  'payments.problem.waivedAmount': 'Indique o montante dispensado.',
  'payments.problem.waivedTooMuch':
    'O montante dispensado não pode exceder a multa e os juros aplicados ao período.',
  'payments.problem.charges': 'Indique a multa e os juros (zero ou mais).',
  'payments.reference.bankReference': 'Referência bancária: «{reference}».',
  'payments.reference.refundClaimed': 'Reembolso pedido: {amount}.',
  'payments.reference.waiverCharged': 'Aplicado: multa {penalty}, juros {interest}.',
  'payments.reference.chargesAssessed': 'Imposto liquidado: {amount}; pago em {paidOn}.',
  'payments.rule.percentPerMonth':
    '{percent} % do imposto por mês ou fracção de mês{grace, plural, =0 {} one { após # mês de carência} other { após # meses de carência}}, no máximo {max} %',
  'payments.rule.greaterOf': 'o maior entre {fixed} e {percent} % do imposto',
  'payments.rule.fixedPlus': '{fixed} mais {percent} % do imposto',
  'payments.rule.flat': 'um valor fixo de {amount}',
  'payments.panel.yes': 'sim',
  'payments.panel.no': 'não',
  'payments.panel.taxPeriod': '{taxType} {period}',
  'payments.panel.taxpayer': 'Contribuinte',
  'payments.panel.nameAndTin': '{name} (NIF {tin})',
  'payments.panel.amount': 'Montante',
  'payments.panel.tin': 'NIF',
  'payments.panel.date': 'Data',
  'payments.panel.received': 'Recebido em',
  'payments.panel.paidOn': 'Pago em',
  'payments.panel.letter': 'Carta',
  'payments.panel.taxAndPeriod': 'Imposto e período',
  'payments.panel.bank.title': 'Registo bancário',
  'payments.panel.bank.ref': 'Referência bancária',
  'payments.panel.bank.valueDate': 'Data-valor',
  'payments.panel.bank.payerName': 'Nome do pagador',
  'payments.panel.bank.payerAccount': 'Conta do pagador',
  'payments.panel.bank.reference': 'Referência escrita pelo pagador',
  'payments.panel.bank.referenceQuoted': '«{reference}»',
  'payments.panel.bank.noReference': '(nenhuma)',
  'payments.panel.bank.channel': 'Canal',
  'payments.panel.bank.inSuspense': 'Na conta transitória',
  'payments.panel.bank.inSuspenseValue':
    '{days, plural, one {# dia} other {# dias}} (limite {limit, plural, one {# dia} other {# dias}}, até {until})',
  'payments.channel.transfer': 'transferência bancária',
  'payments.channel.cheque': 'cheque',
  'payments.channel.mobile': 'dinheiro móvel',
  'payments.foundBy.quotedTin': 'NIF citado na referência',
  'payments.foundBy.sameAmount': 'dívida em aberto do mesmo montante',
  'payments.foundBy.similarName': 'nome parcialmente semelhante',
  'payments.foundBy.payerName': 'nome do pagador',
  'payments.foundBy.bankAccount': 'conta bancária',
  'payments.panel.candidates.title': 'Contribuintes possíveis',
  'payments.panel.candidates.noTin': 'A referência não cita nenhum NIF.',
  'payments.panel.candidates.tinHolder': 'O NIF {tin} citado na referência pertence a {name}.',
  'payments.panel.candidates.tinUnknown': 'O NIF {tin} citado na referência não consta do cadastro.',
  'payments.panel.candidates.tinInvalid':
    'O NIF {tin} citado na referência falha o dígito de controlo: nenhum NIF se escreve assim, portanto um algarismo foi mal escrito.',
  'payments.panel.candidates.name': 'Denominação',
  'payments.panel.candidates.account': 'Conta registada',
  'payments.panel.candidates.foundBy': 'Encontrado por',
  'payments.panel.candidates.foundByList': '{reasons}',
  'payments.panel.candidates.sameName': 'Nome = pagador',
  'payments.panel.candidates.sameAccount': 'Conta = pagador',
  'payments.panel.candidates.sameAmount': 'Dívida em aberto = montante',
  'payments.panel.candidates.yesOn': 'sim ({taxType} {period})',
  'payments.panel.candidates.owed': 'Em dívida',
  'payments.panel.candidates.empty': 'A pesquisa não encontrou nenhum contribuinte.',
  'payments.ledger.entryWithNote': '{kind} ({note})',
  'payments.ledger.kind.selfAssessment': 'autoliquidação',
  'payments.ledger.kind.adjustment': 'correcção',
  'payments.ledger.kind.defaultAssessment': 'liquidação oficiosa',
  'payments.ledger.kind.penalty': 'multa',
  'payments.ledger.kind.interest': 'juros de mora',
  'payments.ledger.kind.payment': 'pagamento',
  'payments.ledger.kind.paymentReversal': 'estorno de pagamento',
  'payments.ledger.kind.offsetOut': 'compensação (crédito utilizado)',
  'payments.ledger.kind.offsetIn': 'compensação (dívida paga)',
  'payments.ledger.kind.refundPaid': 'reembolso pago',
  'payments.ledger.kind.writeOff': 'anulação da dívida',
  'payments.ledger.kind.abatement': 'anulação parcial',
  'payments.ledger.kind.agreement': 'acordo de pagamento em prestações',
  'payments.ledger.kind.instalment': 'prestação',
  'payments.panel.ledger.title': 'Conta corrente do contribuinte',
  'payments.panel.ledger.current': 'Conta corrente',
  'payments.panel.ledger.entry': 'Lançamento',
  'payments.panel.ledger.debit': 'Débito',
  'payments.panel.ledger.credit': 'Crédito',
  'payments.panel.ledger.balance': 'Saldo',
  'payments.panel.ledger.source': 'Origem',
  'payments.panel.ledger.empty': 'Sem lançamentos na conta.',
  'payments.panel.ledger.balances': 'Saldos em aberto por imposto e período',
  'payments.panel.ledger.owedOrCredit': 'Dívida ou crédito',
  'payments.panel.ledger.owed': 'em dívida',
  'payments.panel.ledger.oldestDue': 'Vencimento em dívida mais antigo',
  'payments.panel.ledger.settled': 'Todos os períodos estão liquidados.',
  'payments.panel.history.title': 'Histórico de declarações',
  'payments.panel.history.due': 'Prazo',
  'payments.panel.history.filed': 'Entregue em',
  'payments.panel.history.filedOn': '{on}',
  'payments.panel.history.notFiled': 'não entregue',
  'payments.panel.history.status': 'Situação',
  'payments.panel.history.missing': 'em falta',
  'payments.panel.history.late': 'fora do prazo ({days, plural, one {# dia} other {# dias}})',
  'payments.panel.history.onTime': 'dentro do prazo',
  'payments.panel.history.declared': 'Imposto declarado',
  'payments.panel.history.empty': 'Sem declarações registadas.',
  'payments.panel.refund.title': 'Pedido de reembolso',
  'payments.panel.refund.creditOn': 'Crédito em',
  'payments.panel.refund.claimed': 'Montante pedido',
  'payments.panel.refund.payTo': 'Pagar a',
  'payments.panel.waiver.title': 'Pedido de dispensa',
  'payments.panel.waiver.dueDate': 'Data de vencimento',
  'payments.panel.waiver.penalties': 'Multas aplicadas',
  'payments.panel.waiver.interest': 'Juros aplicados',
  'payments.panel.waiver.attachments': 'Anexos',
  'payments.panel.waiver.noAttachments': 'nenhum',
  'payments.panel.documents.title': 'Documentos comprovativos',
  'payments.panel.documents.issuer': 'Emitido por',
  'payments.panel.documents.dated': 'Datado de',
  'payments.panel.documents.none': 'O pedido não trazia documentos anexos.',
  'payments.panel.notice.title': 'Liquidação adicional paga',
  'payments.panel.notice.notice': 'Nota de liquidação adicional',
  'payments.panel.notice.noticeOf': '{ref} de {on}',
  'payments.panel.notice.assessed': 'Montante liquidado',
  'payments.panel.notice.paidOnRef': '{on} ({ref})',
  'payments.panel.notice.instruction':
    'Lance a multa e os juros de mora sobre a liquidação adicional, segundo a lei.',
  'payments.panel.computation.title': 'Multa e juros de mora',
  'payments.panel.computation.span': 'Da data de vencimento original ao pagamento',
  'payments.panel.computation.originalDue': 'Data de vencimento original',
  'payments.panel.computation.late':
    'Atraso ({basis, select, daily {dias} other {meses ou fracções de mês}})',
  'payments.panel.computation.interestRule': 'Regra dos juros',
  'payments.panel.computation.interestRuleValue':
    '{percent} % ao mês, {basis, select, daily {diários ({daily, number, ::.000000} % ao dia)} other {mensais}}, {compounding, select, compound {compostos} other {simples}}',
  'payments.panel.computation.interest': 'Juros',
  'payments.panel.computation.penaltyRule': 'Regra da multa',
  'payments.panel.computation.months': 'Meses ou fracções de mês de atraso',
  'payments.panel.computation.penalty': 'Multa',
  'payments.panel.computation.note':
    'Os juros e a multa por pagamento tardio de uma liquidação adicional contam-se a partir da data de vencimento original do período ({dueOn}), e não da data da nota ({noticeOn}).',
  'payments.verdict.noRecord': 'Não há processo para esta decisão.',
  'payments.verdict.notClosing': '«{command}» não encerra este processo.',
  'payments.verdict.suspense.amountAlone':
    'Afectado só pelo montante: {amount} de um estranho passam a liquidar a dívida de outro contribuinte, e o verdadeiro pagador perde o seu dinheiro.',
  'payments.verdict.suspense.noMatch': 'Afectado a um contribuinte que não corresponde ao pagador.',
  'payments.verdict.suspense.misposted':
    'Lançado por engano no NIF {tin}: essa conta mostra um pagamento que nunca fez, e {payer} continua em dívida.',
  'payments.verdict.suspense.wrongPeriod':
    'Contribuinte certo, mas o pagamento respeita a {taxType} {period}: noutro período, a dívida a que se destinava continua em aberto e vence juros.',
  'payments.verdict.suspense.allocated':
    'Afectado, no período certo, ao contribuinte que o nome e a conta do pagador, ou uma referência clara, identificam.',
  'payments.verdict.suspense.returnedIdentified':
    'O pagador estava identificado: devolver o dinheiro deixa por pagar um imposto pago, com multa e juros a seguir.',
  'payments.verdict.suspense.returned':
    'Devolvido: ninguém corresponde ao pagador pela denominação ou pela conta bancária, e um montante, por si só, não identifica ninguém.',
  'payments.verdict.suspense.heldIdentified':
    'Não era precisa a ajuda do banco: o processo identifica o pagador, e o pagamento devia ter sido afectado.',
  'payments.verdict.suspense.held':
    'Consultar o banco é defensável, mas nada no processo permite identificar o pagador; devolva o dinheiro em vez de o reter.',
  'payments.verdict.refund.offsetWithDebts':
    'Primeiro a compensação, depois o reembolso apenas do remanescente: as dívidas são pagas com o crédito.',
  'payments.verdict.refund.offsetNoDebts':
    'Sem outras dívidas: a compensação deixa a totalidade dos {amount} para reembolsar.',
  'payments.verdict.refund.tooMuch':
    'Pagos {amount} quando o contribuinte deve imposto noutros lados: só {refundable} eram reembolsáveis depois da compensação.',
  'payments.verdict.refund.notOffset':
    'O montante está dentro do reembolsável, mas o crédito não foi compensado: as dívidas continuam em aberto na conta.',
  'payments.verdict.refund.whole':
    'Reembolsado todo o excesso pago a um contribuinte que não deve mais nada.',
  'payments.verdict.refund.partial':
    'O contribuinte pagou {amount} a mais e não deve mais nada: um reembolso parcial retém dinheiro que é dele.',
  'payments.verdict.refund.refusedWithDebts':
    'Indeferir deixa o crédito parado enquanto as dívidas vencem juros: compense-o e reembolse o resto.',
  'payments.verdict.refund.refused':
    'O excesso pago é real e nada está em dívida: o contribuinte tem direito ao reembolso.',
  'payments.verdict.waiver.unjustified':
    'Dispensados {amount} sem justa causa documentada: receita perdida, e cada contribuinte que pagou a multa foi tratado pior.',
  'payments.verdict.waiver.waived':
    'Multa dispensada por uma causa documentada que cobre a data de vencimento, mantendo os juros.',
  'payments.verdict.waiver.interestWaived':
    'A causa justifica dispensar a multa de {penalty}, mas os juros compensam o dinheiro pago tarde, não são um castigo: não se dispensam.',
  'payments.verdict.waiver.partial':
    'A causa documentada cobre a data de vencimento: devia ser dispensada toda a multa de {penalty}, não só parte dela.',
  'payments.verdict.waiver.refusedJustified':
    'Os documentos mostram uma justa causa que cobre a data de vencimento e o histórico é limpo: indeferir é penalizar o infortúnio.',
  'payments.verdict.waiver.refused': 'Indeferido: nenhuma justa causa documentada explica o prazo falhado.',
  'payments.verdict.charges.figures':
    'Da data de vencimento original, {dueOn}, ao pagamento em {paidOn}: multa {penalty}, juros {interest}.',
  'payments.verdict.charges.fromNotice':
    'Os juros foram contados a partir da data da nota ({noticeOn}); contam-se desde a data de vencimento original. {why}',
  'payments.verdict.charges.withinUnit':
    'A uma unidade dos valores certos, que as regras arredondam uma só vez. {why}',
  'payments.verdict.charges.off':
    '{direction, select, under {Cobrado a menos} other {Cobrado a mais}}. {why}',
  'payments.world.suspense.title': 'Conta transitória: {payer}',
  'payments.world.suspense.allocateTo': 'Afectar a {name} (NIF {tin}), {taxType} {period}',
  'payments.world.thirdParty.explanation':
    '{firm} é um gabinete de contabilidade que paga pelo seu cliente: a referência indica {name}, o seu NIF e o período, e o valor é exactamente o imposto devido de {taxType} {period}. Um terceiro pode pagar o imposto de um contribuinte; afecte o pagamento ao contribuinte indicado.',
  'payments.world.thirdParty.flagPayer':
    'O ordenante {firm} não é o contribuinte e paga a partir da sua própria conta',
  'payments.world.thirdParty.flagReference': 'A referência indica {name}, o NIF {tin} e {taxType} {period}',
  'payments.world.amountOnly.expected': 'Devolver o pagamento ao ordenante',
  'payments.world.amountOnly.explanation':
    'Nenhuma denominação nem conta bancária de contribuinte corresponde a {payer}, e a referência («{reference}») não indica NIF nem período. Só o valor coincide com a dívida em aberto de {name} de {taxType} {period}: afectar com base apenas nisso saldaria a dívida de outro contribuinte com o dinheiro de um estranho. Devolva o pagamento ao ordenante.',
  'payments.world.amountOnly.flagPayer':
    'Nenhum contribuinte está registado como {payer} nem é titular da conta {account}',
  'payments.world.amountOnly.flagReference': 'A referência «{reference}» não indica NIF nem período',
  'payments.world.amountOnly.flagAmount':
    'Só o valor coincide com a dívida em aberto de {name} de {taxType} {period}',
  'payments.world.swapped.explanation':
    'O NIF da referência ({quoted}) tem dois algarismos trocados, e por isso o pagamento não foi conciliado. A denominação e a conta bancária do ordenante são as de {name}, e o valor é o seu imposto de {taxType} {period}: afecte-o a esse contribuinte.',
  'payments.world.swapped.flagTin':
    'O NIF indicado {quoted} não foi atribuído: dois algarismos estão trocados',
  'payments.world.swapped.flagPayer': 'A denominação e a conta bancária do ordenante correspondem a {name}',
  'payments.world.refund.title': 'Pedido de reembolso: {name}',
  'payments.world.refund.letterTwice':
    'Pagámos duas vezes o imposto de {credit} de {taxType} {period}: em {first} e novamente em {second}. Pedimos o reembolso do segundo pagamento na nossa conta.',
  'payments.world.refund.letterOverpaid':
    'Em {paidOn} pagámos {paid} de {taxType} {period}, mas o imposto devido era {due}: um erro de digitação na nossa transferência. Pedimos o reembolso dos {credit} pagos a mais.',
  'payments.world.refund.debt': '{taxType} {period} ({balance})',
  'payments.world.refund.expected': 'Reembolsar o crédito de {credit}',
  'payments.world.refund.explanation':
    '{taxType} {period} foi pago duas vezes e {name} não deve mais nada: a totalidade dos {credit} é reembolsável.',
  'payments.world.creditWithDebts.expected':
    'Compensar o crédito com as dívidas em aberto e reembolsar depois {refundable}',
  'payments.world.creditWithDebts.explanation':
    'O crédito de {credit} é real, mas {name} deve {owed} de {on}. Um crédito paga primeiro as outras dívidas do contribuinte; só restam {refundable} a reembolsar.',
  'payments.world.creditWithDebts.flagOwed': 'A conta corrente mostra {owed} em dívida de {on}',
  'payments.world.creditWithDebts.flagCredit':
    'O crédito é de {credit}: podem ser reembolsados no máximo {refundable}',
  'payments.world.causeless.accountant': 'O nosso contabilista estava de férias e a declaração foi esquecida',
  'payments.world.causeless.cash': 'O negócio abrandou e não tínhamos liquidez para pagar na data-limite',
  'payments.world.causeless.deadline': 'Não tínhamos conhecimento do novo prazo',
  'payments.world.causeless.internet': 'A nossa ligação à internet estava em baixo na data-limite',
  'payments.world.cause.hospital': 'estive internado de {admitted} a {discharged}',
  'payments.world.cause.fire': 'um incêndio destruiu o nosso escritório e os nossos registos em {on}',
  'payments.world.cause.flood': 'as nossas instalações foram inundadas em {on}',
  'payments.world.doc.discharge': 'Nota de alta hospitalar',
  'payments.world.doc.hospital': 'Hospital Geral de {city}',
  'payments.world.doc.dischargeText':
    '{name} deu entrada em {admitted} e teve alta em {discharged} após cirurgia. Assinado: Dr. {doctor}.',
  'payments.world.doc.fireReport': 'Relatório de ocorrência de incêndio',
  'payments.world.doc.floodCertificate': 'Certificado de danos por inundação',
  'payments.world.doc.fireService': 'Serviço de Bombeiros de {city}',
  'payments.world.doc.emergencyAgency': 'Instituto Nacional de Gestão de Calamidades',
  'payments.world.doc.fireText':
    'Incêndio nas instalações de {name}, {line}, {city}, em {on}. O escritório, os computadores e os registos em papel foram destruídos.',
  'payments.world.doc.floodText':
    'As instalações de {name}, {line}, {city}, foram inundadas em {on} e encerradas durante três semanas.',
  'payments.world.doc.medical': 'Atestado médico',
  'payments.world.doc.medicalCentre': 'Centro de Saúde de {city}',
  'payments.world.doc.medicalText': '{who} foi tratado em ambulatório de {from} a {to}.',
  'payments.world.doc.managingDirector': 'O director-geral',
  'payments.world.waiver.title': 'Pedido de dispensa de multa: {name}',
  'payments.world.waiver.letterCause':
    'Solicitamos a dispensa das multas e juros aplicados a {taxType} {period}: {cause}. A declaração foi entregue e o imposto pago em {filedOn}, logo que nos foi possível.',
  'payments.world.waiver.letterNoCause':
    'Solicitamos a dispensa das multas e juros aplicados a {taxType} {period}. {cause}. A declaração foi entregue e o imposto pago em {filedOn}.',
  'payments.world.waiver.expected': 'Dispensar a multa de {penalty}; os juros mantêm-se',
  'payments.world.waiver.explanation':
    'Os documentos comprovam o motivo invocado na carta («{cause}»), que abrange a data-limite de {dueOn}, e o historial declarativo é limpo: justa causa. Dispense a multa; os juros compensam {days, plural, one {o # dia} other {os # dias}} de atraso no pagamento e não são dispensados.',
  'payments.world.waiver.clearingDocument': '{title} ({issuer}) abrange a data-limite de {dueOn}',
  'payments.world.waiver.clearingHistory': 'Todas as declarações anteriores foram entregues no prazo',
  'payments.world.unjustified.expected': 'Indeferir a dispensa',
  'payments.world.unjustified.explanationLateDocument':
    'O único documento tem data posterior à entrega da declaração ({filedOn}): não explica o incumprimento da data-limite de {dueOn}. O historial mostra declarações anteriores em atraso. Não há justa causa: a multa mantém-se.',
  'payments.world.unjustified.explanationNoCause':
    '«{cause}» não é justa causa, nada o comprova, e o historial mostra declarações anteriores em atraso. A multa mantém-se.',
  'payments.world.unjustified.flagLateDocument':
    'O atestado médico tem data posterior à entrega da declaração em {filedOn}',
  'payments.world.unjustified.flagLateHistory': 'Declarações anteriores também foram entregues em atraso',
  'payments.world.unjustified.flagNoDocuments': 'Nenhum documento fundamenta o pedido',
  'payments.world.unjustified.flagNoCause': '«{cause}» não é justa causa',
  'payments.world.charges.title': 'Multa e juros de mora: {name}',
  'payments.world.charges.expected': 'Lançar uma multa de {penalty} e juros de {interest}',
  'payments.world.charges.explanation':
    'Os {assessed} de {taxType} {period} liquidados em {noticeOn} eram devidos com a declaração em {dueOn}: a multa e os juros contam dessa data-limite original até ao pagamento em {paidOn} ({days, plural, one {# dia} other {# dias}}), e não a partir da notificação.',
  'payments.world.charges.flag':
    'A data-limite original de {taxType} {period} é {dueOn}, muito antes da notificação de {noticeOn}',
  'payments.world.note.bankTransfer': 'Transferência bancária',
  'payments.world.note.overpaid': 'Mesma transferência: valor superior ao imposto devido',
  'payments.world.note.lateFiling': 'Entrega fora do prazo',
  'payments.world.note.lateFilingAndPayment': 'Entrega e pagamento fora do prazo',
  'payments.world.note.lateInterest': 'Juros de mora',
  'payments.world.note.additionalAssessment': 'Liquidação adicional',
  'payments.world.noteInEntry.bankTransfer': 'transferência bancária',
  'payments.world.noteInEntry.overpaid': 'mesma transferência: valor superior ao imposto devido',
  'payments.world.noteInEntry.lateFiling': 'entrega fora do prazo',
  'payments.world.noteInEntry.lateFilingAndPayment': 'entrega e pagamento fora do prazo',
  'payments.world.noteInEntry.lateInterest': 'pagamento em atraso',
  'payments.world.noteInEntry.additionalAssessment': 'liquidação adicional',
  'payments.world.note.allocated': 'pagamento da conta transitória {ref} afectado',
  'payments.world.note.refunded': 'crédito reembolsado',
  'payments.world.note.refundedAfterOffset': 'crédito reembolsado após compensação',
  'payments.world.note.waived': 'multa dispensada',
  'payments.world.note.latePayment': 'pagamento em atraso',
  'payments.world.note.lateInterestPosted': 'juros de mora',
  'payments.world.mistyped.explanation':
    'O NIF da referência ({quoted}) falha o dígito de controlo: nenhum contribuinte o pode ter, por isso um algarismo foi mal digitado (dois estão trocados; repostos, dão {tin}, o NIF de {name}). {lure} (NIF {lureTin}) deve exactamente {amount} de {lureTax} {lurePeriod}, mas nem a sua denominação nem a sua conta bancária são as do ordenante: um valor igual não prova nada. A denominação e a conta bancária do ordenante são as de {name}, e o valor é o seu imposto de {taxType} {period}: afecte-o a esse contribuinte.',
  'payments.world.mistyped.flagCheckDigit':
    'O NIF indicado {quoted} falha o dígito de controlo: não pertence a ninguém',
  'payments.world.mistyped.flagLure':
    '{lure} (NIF {lureTin}) deve exactamente {amount}, mas a sua denominação e a sua conta bancária não são as do ordenante',
  'payments.verdict.suspense.checkDigit':
    'O NIF {quoted} da referência falha o dígito de controlo, por isso não indica nenhum contribuinte, e uma dívida do mesmo valor não faz de {tin} o ordenante. A denominação e a conta bancária do ordenante são as de {payer} (NIF {payerTin}): o pagamento está agora na conta errada.',
  'payments.naive.returnToPayer': 'Não foi possível associar o pagamento a nenhum contribuinte.',
  'payments.naive.holdInSuspense': 'Pedidos ao banco os dados do ordenante.',
  'payments.naive.refuseRefund': 'O reembolso é indeferido.',
  'payments.naive.refuseWaiver': 'Sem justa causa.',
  'payments.truth.bestReason.returnToPayer':
    'Não é possível identificar o ordenante pela denominação nem pela conta bancária.',
  'payments.truth.bestReason.refuseWaiver': 'Nenhuma justa causa documentada abrange a data-limite.',
} satisfies Catalogue
