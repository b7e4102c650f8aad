import type { Catalogue } from '../languages'

export default {
  'registration.cmd.verifyIdentity': 'Verificar a identidade no registo civil',
  'registration.cmd.verifyDocuments': 'Verificar os documentos',
  'registration.cmd.checkDuplicates': 'Fazer a pesquisa de duplicados',
  'registration.cmd.inspectPremises': 'Ordenar uma inspeção às instalações',
  'registration.cmd.raiseQuery': 'Enviar um pedido de esclarecimento ao requerente',
  'registration.cmd.suspectDuplicate': 'Marcar como possível duplicado de…',
  'registration.cmd.clearDuplicate': 'Afastar a suspeita de duplicado',
  'registration.cmd.approve': 'Aprovar e atribuir um NIF',
  'registration.cmd.linkToExisting': 'Associar ao NIF existente (sem novo NIF)',
  'registration.cmd.reject': 'Indeferir o pedido',
  'registration.event.applicantReplied': 'O requerente responde',

  'registration.field.taxTypes': 'Registar para',
  'registration.field.segment': 'Segmento',
  'registration.field.relatedTin': 'Contribuinte relacionado a associar para acompanhamento, se houver',
  'registration.field.relatedTinHelp': 'Por exemplo, a antiga empresa dos mesmos administradores',
  'registration.field.reason': 'Motivo que consta da carta',
  'registration.default.rejectReason': 'O pedido não satisfaz os requisitos.',
  'registration.field.existingTin': 'NIF existente',
  'registration.reference.taxTypes':
    'Pedido no formulário: {requested}. Volume de negócios previsto {turnover}; {employees, plural, one {# trabalhador} other {# trabalhadores}}.',
  'registration.reference.noneRequested': 'nenhum',
  'registration.reference.segment': 'Volume de negócios previsto no formulário: {turnover}.',

  'registration.state.received': 'Pedido recebido',
  'registration.state.pendingVerification': 'Em verificação',
  'registration.state.awaitingApplicant': 'A aguardar o requerente',
  'registration.state.duplicateSuspected': 'Possível duplicado',
  'registration.state.approved': 'Aprovado — NIF atribuído',
  'registration.state.linked': 'Associado ao NIF existente',
  'registration.state.rejected': 'Indeferido',

  'registration.blocker.notAStep': '"{type}" não é uma etapa do registo.',
  'registration.blocker.identityDone': 'A identidade já foi verificada.',
  'registration.blocker.documentsDone': 'Os documentos já foram verificados.',
  'registration.blocker.duplicatesDone': 'A pesquisa de duplicados já foi feita.',
  'registration.blocker.premisesDone': 'As instalações já foram inspecionadas.',
  'registration.blocker.queryDone': 'Já foi enviado um pedido de esclarecimento a este requerente.',
  'registration.blocker.documentsBeforeQuery':
    'Verifique primeiro os documentos, para que o pedido indique o que falta ou está errado.',
  'registration.blocker.duplicatesBeforeSuspecting': 'Faça primeiro a pesquisa de duplicados no cadastro.',
  'registration.blocker.suspectFirst': 'Marque primeiro um possível duplicado.',
  'registration.blocker.identityBeforeReject': 'Verifique a identidade no registo civil antes de indeferir.',
  'registration.blocker.documentsBeforeReject': 'Verifique os documentos antes de indeferir.',
  'registration.blocker.identityFirst': 'Verifique primeiro a identidade no registo civil.',
  'registration.blocker.documentsFirst': 'Verifique primeiro os documentos.',
  'registration.blocker.duplicatesFirst': 'Faça primeiro a pesquisa de duplicados: uma pessoa, um NIF.',
  'registration.blocker.resolveDuplicate':
    'Resolva primeiro o possível duplicado (associe-o ou afaste a suspeita).',

  'registration.problem.notAdministered':
    '{types} não {count, plural, one {é administrado} other {são administrados}} por esta administração fiscal.',
  'registration.problem.noTaxType': 'Escolha pelo menos um imposto para registar o contribuinte.',
  'registration.problem.vatCompulsory':
    'O registo em IVA é obrigatório a partir de {threshold} por ano; o requerente declara {declared}.',
  'registration.problem.missingTypes': 'Os valores declarados exigem o registo em {types}.',
  'registration.problem.noSegment': 'Escolha um segmento.',
  'registration.problem.noTaxpayer': 'Nenhum contribuinte tem o NIF {tin}.',
  'registration.problem.rejectReason': 'Indique o motivo do indeferimento; consta da carta ao requerente.',

  'registration.verdict.noTruth': 'Não há verdade de referência para este pedido.',
  'registration.verdict.notADecision': '«{command}» não encerra um processo de registo.',
  'registration.verdict.linkedRight': 'Associado ao NIF que esta pessoa já tem.',
  'registration.verdict.linkedWrongTaxpayer':
    'Associado ao contribuinte errado: o requerente já tem o NIF {tin}.',
  'registration.verdict.linkedDifferentPerson':
    'Outra pessoa foi associada a um registo existente: dois contribuintes partilham agora uma mesma conta.',
  'registration.verdict.linkedShouldReject':
    'Este pedido devia ter sido indeferido, e não associado a um registo.',
  'registration.verdict.rejectedRight': 'Indeferido: o registo não merecia confiança.',
  'registration.verdict.rejectedDuplicate':
    'Não foi atribuído um segundo NIF, mas o registo existente {tin} devia ter sido associado e atualizado.',
  'registration.verdict.rejectedGenuine':
    'Foi recusado um NIF a um requerente genuíno: um contribuinte prejudicado sem razão.',
  'registration.verdict.approvedDuplicate':
    'Foi atribuído um segundo NIF a uma pessoa que já tem o NIF {tin}.',
  'registration.verdict.approvedBogus':
    'Foi atribuído um NIF a uma identidade ou empresa que não resiste à verificação.',
  'registration.verdict.approvedWithoutLink':
    'Aprovado sem associar o NIF {tin}, cujas dívidas os mesmos administradores deixaram.',
  'registration.verdict.approvedWithoutVat':
    'Aprovado sem IVA, embora o volume de negócios ultrapasse o limiar do IVA.',
  'registration.verdict.approvedWrongLink': 'Aprovado, mas associado a um contribuinte sem relação.',
  'registration.verdict.approvedWrongTypes':
    'Aprovado, mas o registo devia ser em {types} no segmento {segment}.',
  'registration.verdict.approvedRight': 'Aprovado com os impostos e o segmento certos.',

  'registration.expected.link': 'Associar ao NIF existente {tin}',
  'registration.expected.reject': 'Indeferir o pedido',
  'registration.expected.approve': 'Aprovar e atribuir um NIF para {types} (segmento {segment})',
  'registration.expected.approveLinked':
    'Aprovar e atribuir um NIF para {types} (segmento {segment}), associado ao NIF {tin}',

  'registration.title.individual': 'Pessoa singular: {name}',
  'registration.title.business': 'Empresa: {name}',

  'registration.panel.name': 'Nome',
  'registration.panel.nationalId': 'Bilhete de identidade',
  'registration.panel.dateOfBirth': 'Data de nascimento',
  'registration.panel.incorporated': 'Data de constituição',
  'registration.panel.address': 'Endereço',
  'registration.panel.phone': 'Telefone',
  'registration.panel.application.title': 'Formulário do pedido',
  'registration.panel.application.id': 'Pedido',
  'registration.panel.application.received': 'Recebido em',
  'registration.panel.application.applicantType': 'Tipo de requerente',
  'registration.panel.application.registryNo': 'N.º no registo comercial',
  'registration.panel.application.email': 'Correio eletrónico',
  'registration.panel.application.bankAccount': 'Conta bancária',
  'registration.panel.application.sector': 'Setor',
  'registration.panel.application.turnover': 'Volume de negócios previsto',
  'registration.panel.application.perYear': '{amount} por ano',
  'registration.panel.application.employees': 'Trabalhadores',
  'registration.panel.application.taxTypes': 'Impostos pedidos',
  'registration.panel.application.noneTicked': 'nenhum assinalado',
  'registration.panel.application.directors': 'Administradores (n.º de identificação)',
  'registration.panel.documents.title': 'Documentos entregues',
  'registration.panel.person.born': 'Nascido(a) em',
  'registration.panel.person.sex': 'Sexo',
  'registration.panel.person.occupation': 'Profissão',
  'registration.panel.person.registryStatus': 'Situação no registo',
  'registration.panel.person.alive': 'Vivo(a)',
  'registration.panel.person.deceased': 'Falecido(a)',
  'registration.panel.person.deceasedOn': 'Falecido(a) ({on})',
  'registration.panel.civil.title': 'Registo civil',
  'registration.panel.civil.recordFor': 'Registo de {id}',
  'registration.panel.civil.director': 'Administrador {id}',
  'registration.panel.civil.noRecord': 'Não há registo no registo civil para {id}.',
  'registration.panel.company.title': 'Registo comercial',
  'registration.panel.company.registryNo': 'N.º de registo',
  'registration.panel.company.legalName': 'Denominação social',
  'registration.panel.company.directors': 'Administradores',
  'registration.panel.company.status': 'Situação',
  'registration.panel.company.noCompany': 'Não há empresa com o número de registo {number}.',
  'registration.panel.premises.title': 'Inspeção às instalações',
  'registration.panel.reply.title': 'Resposta do requerente',
  'registration.panel.reply.received': 'Recebida em {on}',
  'registration.panel.search.title': 'Pesquisa no cadastro de contribuintes',
  'registration.panel.search.duplicateCheck': 'Pesquisa de duplicados de {name}',
  'registration.panel.search.tin': 'NIF',
  'registration.panel.search.name': 'Nome',
  'registration.panel.search.idNumber': 'N.º de identificação / registo',
  'registration.panel.search.born': 'Nascimento / constituição',
  'registration.panel.search.phone': 'Telefone',
  'registration.panel.search.address': 'Endereço',
  'registration.panel.search.status': 'Situação',
  'registration.panel.search.arrears': 'Dívidas em atraso',
  'registration.panel.search.matchedOn': 'Coincide em',
  'registration.panel.search.matches': '{fields}',
  'registration.panel.search.score': 'Pontuação',
  'registration.panel.search.percent': '{score, number, percent}',
  'registration.panel.search.empty': 'Nenhum contribuinte do cadastro coincide.',
  'registration.panel.search.match.tin': 'NIF',
  'registration.panel.search.match.idNumber': 'n.º de identificação',
  'registration.panel.search.match.phone': 'telefone',
  'registration.panel.search.match.name': 'nome',
  'registration.panel.search.match.birthDate': 'data de nascimento',
  'registration.panel.search.match.bankAccount': 'conta bancária',
  'registration.panel.search.match.address': 'endereço',
  'registration.panel.search.match.email': 'correio eletrónico',
  'registration.panel.search.match.director': 'administrador',

  'registration.document.national-id': 'Bilhete de identidade',
  'registration.document.company-extract': 'Certidão do registo comercial',
  'registration.document.address-proof': 'Comprovativo de morada',
  'registration.document.bank-letter': 'Declaração bancária',
  'registration.document.field.idNumber': 'N.º de identificação',
  'registration.document.field.givenNames': 'Nomes próprios',
  'registration.document.field.surname': 'Apelido',
  'registration.document.field.birthDate': 'Data de nascimento',
  'registration.document.field.sex': 'Sexo',
  'registration.document.field.issuedOn': 'Emitido em',
  'registration.document.field.expiresOn': 'Válido até',
  'registration.document.field.nameOnDocument': 'Nome no documento',
  'registration.document.field.registryNumber': 'N.º de registo',
  'registration.document.field.legalName': 'Denominação social',
  'registration.document.field.incorporated': 'Constituída em',
  'registration.document.field.registeredAddress': 'Sede',
  'registration.document.field.directors': 'Administradores',
  'registration.document.field.status': 'Situação',
  'registration.document.field.type': 'Tipo',
  'registration.document.field.address': 'Endereço',
  'registration.document.field.dated': 'Datado de',
  'registration.document.field.bank': 'Banco',
  'registration.document.field.accountNumber': 'N.º de conta',
  'registration.document.field.accountHolder': 'Titular da conta',
  'registration.document.field.openedOn': 'Aberta em',
  'registration.document.field.averageMonthlyCredits': 'Créditos mensais médios',
  'registration.document.field.creditsLast12Months': 'Créditos nos últimos 12 meses',
  'registration.sex.F': 'F',
  'registration.sex.M': 'M',
  'registration.companyStatus.active': 'em atividade',
  'registration.companyStatus.struck-off': 'cancelada',
  'registration.companyStatus.in-liquidation': 'em liquidação',
  'registration.proof.electricityBill': 'Fatura de eletricidade',
  'registration.proof.waterBill': 'Fatura de água',
  'registration.proof.tenancyAgreement': 'Contrato de arrendamento',
  'registration.proof.propertyRateDemand': 'Aviso de imposto predial',
  'registration.proof.remark.unsigned': 'Contrato de arrendamento não assinado pelo senhorio',
  'registration.proof.remark.otherName': 'A fatura está em nome de outra pessoa',
  'registration.proof.remark.shortMeter':
    'O número do contador na fatura de eletricidade tem algarismos a menos',
  'registration.proof.remark.sundayWitness':
    'Contrato de arrendamento datado de um domingo e testemunhado pelo próprio requerente',
  'registration.proof.remark.residentialOffice':
    'O contrato abrange um "escritório" num apartamento residencial e não indica contacto do senhorio',
  'registration.remark.pastedPhoto': 'A fotografia parece colada por cima da plastificação',
  'registration.remark.otherFont': 'A data de nascimento está impressa noutro tipo de letra',

  'registration.premises.empty.lockedRoom':
    'Nenhuma atividade no endereço. A sala está fechada à chave; o guarda diz que várias empresas "usam o endereço para correspondência" mas ninguém trabalha ali.',
  'registration.premises.empty.residentialFlat':
    'O endereço é um apartamento residencial. O ocupante nunca ouviu falar da empresa; não há mercadoria, equipamento nem letreiro.',
  'registration.premises.empty.mailbox':
    'Um serviço de domiciliação postal. Placas de outras cinco empresas na porta; no local não há pessoal, mercadoria nem registos comerciais.',
  'registration.premises.empty.unfinished':
    'Edifício inacabado e desocupado. Os vizinhos dizem que ninguém comercia naquele endereço.',
  'registration.premises.staff':
    '{count, plural, one {# trabalhador presente} other {# trabalhadores presentes}}',
  'registration.premises.owner': 'o proprietário presente',
  'registration.premises.genuine.trading':
    'Instalações abertas e em atividade; {staff}. Atividade compatível com o setor declarado ({sector}).',
  'registration.premises.genuine.signboard':
    'Letreiro conforme ao pedido; {staff}; mercadoria e equipamento compatíveis com o setor declarado ({sector}).',
  'registration.premises.genuine.found':
    'Empresa encontrada no endereço declarado, com {staff}. Registos e atividade conformes ao pedido.',
  'registration.premises.signboard': '{report} O letreiro de {company} ainda está na parede.',

  'registration.reply.genuine.attached':
    'Todos os nossos documentos estão em anexo. Teremos todo o gosto em fornecer o que mais for preciso.',
  'registration.reply.genuine.correct':
    'Os dados do formulário estão corretos. Informem-nos se precisarem de cópias autenticadas.',
  'registration.reply.genuine.compliant':
    'Acabámos de começar a atividade e queremos estar em dia desde o início.',
  'registration.reply.duplicate.lapsed':
    'Registei-me há anos para um pequeno negócio, mas pensei que esse número tinha caducado quando deixei de exercer.',
  'registration.reply.duplicate.spelling':
    'O meu nome está escrito de outra forma em alguns documentos; esta é a grafia que o meu novo banco usa.',
  'registration.reply.duplicate.never':
    'Nunca tive número fiscal. Peço que me atribuam um depressa, preciso dele para um contrato.',
  'registration.reply.mismatch.recent':
    'O meu bilhete de identidade foi emitido há pouco tempo; o registo ainda não deve estar atualizado.',
  'registration.reply.mismatch.cannotCome':
    'Não posso ir à repartição. Peço que aprovem com a cópia que enviei.',
  'registration.reply.mismatch.registryMistake':
    'O registo enganou-se nos meus dados; já apresentei uma reclamação.',
  'registration.reply.namesake':
    'Nunca me registei antes. O meu número de identificação e a data de nascimento estão no formulário; a outra pessoa deve ser outra.',
  'registration.reply.family':
    '{name} é {relation, select, father {o meu pai} mother {a minha mãe} son {o meu filho} daughter {a minha filha} brother {o meu irmão} sister {a minha irmã} other {{sex, select, M {o meu primo} other {a minha prima}}}}; vivemos na mesma casa. {sex, select, M {Ele tem o seu próprio NIF.} other {Ela tem o seu próprio NIF.}}',
  'registration.reply.bogus.landlord':
    'O nosso administrador está a viajar. O senhorio assina o contrato quando ele voltar; peço que atribuam o NIF para podermos começar a faturar.',
  'registration.reply.bogus.online':
    'Vendemos sobretudo pela internet e só usamos o endereço para correspondência.',
  'registration.reply.bogus.accountant':
    'O nosso contabilista trata de tudo. Por favor liguem-lhe a ele, não ao administrador.',
  'registration.reply.vatThreshold':
    'Os créditos da declaração bancária são as nossas vendas. Estimámos por baixo porque esperamos um ano mais fraco, mas as vendas do ano passado foram de cerca de {amount}.',
  'registration.reply.phoenix':
    'A antiga empresa deixou de operar por causa de prejuízos. Esta é uma empresa nova que recomeça do zero; as dívidas dela não são nossas.',

  'registration.shared.nationalId': 'número de identificação',
  'registration.shared.birthDate': 'data de nascimento',
  'registration.shared.phone': 'número de telefone',
  'registration.shared.bankAccount': 'conta bancária',
  'registration.nameVariant.transliteration': 'outra transliteração',
  'registration.nameVariant.diacritics': 'acentos acrescentados ou omitidos',
  'registration.nameVariant.swapped': 'apelido e nome próprio trocados',
  'registration.nameVariant.dropped-given-name': 'segundo nome próprio omitido',
  'registration.nameVariant.initials': 'nome próprio reduzido à inicial',

  'registration.truth.genuine.individual':
    'Identidade, documentos e pesquisa no cadastro são coerentes: aprove com os impostos que os valores declarados exigem.',
  'registration.truth.genuine.business':
    'Empresa, administradores, documentos e pesquisa no cadastro são coerentes: aprove com os impostos que os valores declarados exigem.',
  'registration.truth.duplicate.registerHit':
    'A pesquisa no cadastro encontra o NIF {tin} ({name}) com os mesmos dados: {matched}',
  'registration.truth.duplicate.spelling':
    'O pedido escreve o nome "{name}"; o cadastro tem "{registered}" ({variant})',
  'registration.truth.duplicate.arrears': 'O NIF {tin} deve {amount} em atraso',
  'registration.truth.duplicate.status': 'O NIF {tin} está {status}',
  'registration.truth.duplicate.explanation':
    'O requerente já tem o NIF {tin}: os mesmos dados ({matched}) com outra grafia do nome, por isso associe o pedido a esse NIF em vez de atribuir um segundo.',
  'registration.truth.mismatch.birthDate':
    'O registo civil indica a data de nascimento {registry} para o documento {id}; o bilhete de identidade e o pedido indicam {card}',
  'registration.truth.mismatch.altered':
    'O bilhete de identidade foi alterado: não coincide com o registo civil',
  'registration.truth.mismatch.noRecord':
    'O registo civil não tem registo do documento de identificação {id}',
  'registration.truth.mismatch.neverIssued': 'O bilhete de identidade tem um número que nunca foi emitido',
  'registration.truth.mismatch.otherPerson':
    'Registo civil: o documento {id} pertence a {holder}, nascido(a) em {born}, e não a {applicant}',
  'registration.truth.mismatch.cardDisagrees':
    'O nome e a data de nascimento do bilhete de identidade não coincidem com o registo civil',
  'registration.truth.mismatch.explanation':
    'O documento de identificação não coincide com o registo civil, por isso a identidade não está verificada: indefira o pedido.',
  'registration.truth.namesake.flag':
    'A pesquisa no cadastro encontra o NIF {tin} com exatamente o mesmo nome',
  'registration.truth.namesake.clearing':
    'Documento de identificação, data de nascimento, telefone e endereço são todos diferentes dos do NIF {tin}',
  'registration.truth.namesake.explanation':
    'O mesmo nome que o NIF {tin}, mas outra pessoa: documento de identificação, data de nascimento, telefone e endereço são todos diferentes, por isso aprove.',
  'registration.truth.family.flag': 'Mesmo endereço ({address}) e mesmo apelido que o NIF {tin} ({name})',
  'registration.truth.family.explanation':
    'Um familiar do titular do NIF {tin} que vive no mesmo endereço: nome próprio, documento de identificação e data de nascimento diferentes, por isso aprove.',
  'registration.truth.bogus.sharedPhone':
    'O telefone {phone} já é usado por {count, plural, one {# contribuinte registado} other {# contribuintes registados}} nos últimos cinco meses ({tins})',
  'registration.truth.bogus.sharedAddress':
    'O endereço {address} é partilhado com {count, plural, one {# contribuinte registado recentemente} other {# contribuintes registados recentemente}} ({tins})',
  'registration.truth.bogus.proof': 'Comprovativo de morada: {remark}',
  'registration.truth.bogus.noActivity': 'A inspeção às instalações não encontrou qualquer atividade',
  'registration.truth.bogus.student':
    'O único administrador é um estudante de {age} anos sem historial empresarial',
  'registration.truth.bogus.deceased': 'O único administrador faleceu em {on}, segundo o registo civil',
  'registration.truth.bogus.unemployed':
    'O único administrador tem {age} anos e está desempregado, mas a empresa declara {amount} por ano',
  'registration.truth.bogus.explanation':
    'Um registo fictício: {share, select, both {o telefone e o endereço são partilhados} phone {o telefone é partilhado} other {o endereço é partilhado}} com empresas registadas há pouco, o comprovativo de morada tem defeitos, ninguém trabalha nas instalações e o administrador é um testa de ferro; indefira.',
  'registration.truth.vat.credits':
    'A declaração bancária mostra {credits} creditados nos últimos 12 meses, acima do limiar do IVA de {threshold}',
  'registration.truth.vat.declared': 'O requerente declara {declared} por ano e não pediu o registo em IVA',
  'registration.truth.vat.explanation':
    'A empresa é genuína, mas a declaração bancária mostra um volume de negócios de {turnover}, acima do limiar do IVA, por isso aprove-a com registo em IVA.',
  'registration.truth.phoenix.directors':
    '{directors} {count, plural, one {também é administrador} other {também são administradores}} de {company} (NIF {tin})',
  'registration.truth.phoenix.arrears': '{company}, com o estado «{status}», deve {amount} em atraso',
  'registration.truth.phoenix.address': 'Mesmo endereço que {company}: {address}',
  'registration.truth.phoenix.bank': 'A conta bancária {account} é a conta de {company}',
  'registration.truth.phoenix.phone': 'Mesmo número de telefone que {company}',
  'registration.truth.phoenix.explanation':
    'Uma empresa "fénix": os administradores de {company}, que deixou {amount} de dívidas em atraso, criaram uma nova empresa. Aprove-a, mas associe-a ao NIF {tin} para que a cobrança possa seguir a dívida.',
  'registration.truth.fact.owes': 'deve {amount} em atraso',
  'registration.truth.fact.status': 'está {status}',
  'registration.truth.fact.clear': 'não tem nada em dívida',
  'registration.truth.fact.finding.birthDate':
    'indica a data de nascimento {registry} para o documento {id}, enquanto o bilhete de identidade indica {card}',
  'registration.truth.fact.finding.noRecord': 'não tem registo do documento {id}: o número nunca foi emitido',
  'registration.truth.fact.finding.otherPerson':
    'mostra que o documento {id} pertence a {holder}, e não ao requerente',
} satisfies Catalogue
