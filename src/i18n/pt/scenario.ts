import type { Catalogue } from '../languages'

export default {
  'scenario.field.file': 'o ficheiro',
  'scenario.field.entry': '{key}, entrada {n}',
  'scenario.shown.text': '«{text}»',
  'scenario.shown.notNumber': '«não é um número»',
  'scenario.shown.infinity': 'infinito',
  'scenario.shown.empty': 'vazio',
  'scenario.shown.list': 'uma lista',
  'scenario.shown.map': 'um conjunto de chaves e valores',
  'scenario.expect.wholeOf': 'um número inteiro {values}',
  'scenario.expect.oneOf': 'um dos valores: {values}',
  'scenario.expect.other': 'outra coisa',
  'scenario.expect.date': 'uma data escrita AAAA-MM-DD',
  'scenario.expect.text': 'texto',
  'scenario.expect.boolean': 'true ou false',
  'scenario.expect.list': 'uma lista (linhas que começam por «-»)',
  'scenario.expect.mapOf': 'um conjunto de chaves e valores ({keys})',
  'scenario.expect.map': 'um conjunto de chaves e valores',
  'scenario.expect.number': '{whole, select, yes {um número inteiro} other {um número}}',
  'scenario.expect.numberFromTo':
    '{whole, select, yes {um número inteiro} other {um número}} de {min} a {max}',
  'scenario.expect.numberAtLeast':
    '{whole, select, yes {um número inteiro} other {um número}} de pelo menos {min}',
  'scenario.expect.numberAtMost':
    '{whole, select, yes {um número inteiro} other {um número}} de no máximo {max}',
  'scenario.key.unknownDidYouMean': 'chave desconhecida «{key}» — queria dizer «{suggestion}»?',
  'scenario.key.unknownAllowed': 'chave desconhecida «{key}» — as chaves permitidas aqui são: {allowed}',
  'scenario.key.unknownNone': 'chave desconhecida «{key}» — aqui não se permitem chaves',
  'scenario.key.missing': 'falta a chave «{key}» ({expected})',
  'scenario.key.missingIn': 'falta a chave «{key}» em {parent} ({expected})',
  'scenario.key.notAllowed': '{field} tem uma chave que não é permitida',
  'scenario.value.empty': '{field} está vazio: escreva {expected}',
  'scenario.value.wrong': '{field} deve ser {expected}, e não {value}',
  'scenario.value.wrongDidYouMean':
    '{field} deve ser {expected}, e não {value} — queria dizer «{suggestion}»?',
  'scenario.value.wrongHint': '{field} deve ser {expected}, e não {value} ({hint})',
  'scenario.hint.percent': 'escreva o número sem «%»',
  'scenario.hint.separators': 'escreva o número sem separadores, por exemplo 5000000',
  'scenario.hint.quotes': 'retire as aspas à volta do número',
  'scenario.value.notDate':
    '{field} deve ser uma data real escrita AAAA-MM-DD, por exemplo 2025-03-03, e não {value}',
  'scenario.value.notAllowed': '{field} {value} não é permitido',
  'scenario.value.badFormat': '{field} {value} não está escrito corretamente (formato esperado: {format})',
  'scenario.value.multipleOf': '{field} deve ser um múltiplo de {divisor}, e não {value}',
  'scenario.value.invalid': '{field}: {value} não é válido aqui',
  'scenario.rule.caseKind': '{field} {value} não é permitido: use um tipo de caso como «duplicate-applicant»',
  'scenario.rule.notCaseKind': '{field}: {value} não é um tipo de caso; use um tipo declarado em world',
  'scenario.rule.languageCode': '{field} {value} não é permitido: use um código de língua como «en» ou «fr»',
  'scenario.rule.profilePath':
    '{field} {value} não é permitido: escreva um caminho relativo para o ficheiro do perfil, por exemplo «./meu-pais.yaml»',
  'scenario.range.textEmpty': '{field} não pode estar vazio',
  'scenario.range.textAtMost': '{field} deve ter no máximo {limit} caracteres',
  'scenario.range.textAtLeast': '{field} deve ter pelo menos {limit} caracteres',
  'scenario.range.listAtMost':
    '{field} pode ter no máximo {limit, plural, one {# entrada} other {# entradas}}',
  'scenario.range.listAtLeast':
    '{field} precisa de pelo menos {limit, plural, one {# entrada} other {# entradas}}',
  'scenario.range.atMost': '{field} deve ser no máximo {limit}, e não {value}',
  'scenario.range.lessThan': '{field} deve ser menor que {limit}, e não {value}',
  'scenario.range.atLeast': '{field} deve ser pelo menos {limit}, e não {value}',
  'scenario.range.moreThan': '{field} deve ser maior que {limit}, e não {value}',
  'scenario.rule.slug':
    '{field} {value} não é permitido: use só minúsculas, algarismos e hífenes (sem espaços), por exemplo «primeira-semana»',
  'scenario.rule.currencyCode':
    '{field} {value} não é permitido: use um código ISO 4217 de três letras como «NGN» ou «XOF»',
  'scenario.rule.riskRuleOnce':
    '{field}: cada regra de risco só pode constar uma vez; retire a segunda entrada',
  'scenario.profile.mediumBelowSmall':
    'mediumTaxpayer ({medium}) é inferior a smallTaxpayer ({small}); os limiares devem subir: smallTaxpayer ≤ mediumTaxpayer ≤ largeTaxpayer',
  'scenario.profile.largeBelowMedium':
    'largeTaxpayer ({large}) é inferior a mediumTaxpayer ({medium}); os limiares devem subir: smallTaxpayer ≤ mediumTaxpayer ≤ largeTaxpayer',
  'scenario.jurisdiction.broken':
    'a jurisdição «{ref}» não pode ser usada enquanto os problemas em {file} não forem corrigidos',
  'scenario.jurisdiction.unknownDidYouMean':
    'a jurisdição «{ref}» não é um perfil conhecido — queria dizer «{suggestion}»?',
  'scenario.jurisdiction.unknown':
    'a jurisdição «{ref}» não é um perfil conhecido; os perfis conhecidos são: {ids} (ficheiros em scenarios/jurisdictions/)',
  'scenario.jurisdiction.noneLoaded':
    'a jurisdição «{ref}» não é um perfil conhecido: nenhum perfil foi carregado; acrescente scenarios/jurisdictions/{ref}.yaml ou escreva o perfil aqui',
  'scenario.world.referenceDateRange':
    'referenceDate {date} está fora do calendário que a simulação consegue percorrer; use uma data de {earliest} a {latest}',
  'scenario.world.registerTooBig':
    'o registo comporta no máximo {max} contribuintes, mas individuals e businesses somam {total}; reduza-os (um mundo maior demora demasiado a gerar num navegador)',
  'scenario.world.registerTooSmall':
    'cada caso diz respeito ao seu próprio contribuinte registado: os processos têm {needed} casos, mas o registo só tem {register} contribuintes; aumente individuals ou businesses para pelo menos {needed}',
  'scenario.world.moreAnomaliesThanCases':
    'mais anomalias do que casos: anomalias e casos parecidos somam {special}, mas {field} é {cases}; aumente {field} para pelo menos {special} ou reduza essas contagens',
  'scenario.task.startsBeforeAbove':
    'a tarefa «{task}» começa no dia {start}, antes de uma tarefa acima dela (dia {latest}); as tarefas decorrem por ordem, por isso ordene-as por startsAfterDays',
  'scenario.task.startsApart':
    'a tarefa «{task}» começa no dia {start}, mas a primeira tarefa de {process} começa no dia {processStart}; os casos de um processo são criados numa só data, por isso dê às suas tarefas o mesmo startsAfterDays',
  'scenario.task.processNotReady':
    'o processo «{process}» ainda não pode ser jogado; esta versão tem: {ready}',
  'scenario.task.noWorldCases':
    'a tarefa «{task}» trabalha em {process}, mas o mundo não tem casos de {process}; acrescente world.{process}',
  'scenario.task.noKindCases':
    'a tarefa «{task}» contém casos {kinds}, mas o mundo não tem nenhum em {process}; declare-os em world ou altere kinds',
  'scenario.task.tooFewOfKinds':
    'a tarefa «{task}» pede {cases} casos de {kinds}, mas o mundo só tem {available}',
  'scenario.task.placeTooMany': 'as tarefas de {process} colocam mais casos do que o mundo tem',
  'scenario.task.tooFew':
    'a tarefa «{task}» pede {wanted} casos, mas o mundo só tem {available}; reduza cases ou aumente {field}',
  'scenario.task.alreadyTaken':
    'a tarefa «{task}» quer {wanted, select, all {todos} other {{n}}} dos {available} casos de {process}, mas as tarefas anteriores já ficam com {before}; as tarefas de um processo repartem os seus casos por ordem, por isso reduza cases ou aumente {field}',
  'scenario.task.hintsCostMore':
    'as dicas da tarefa «{task}» custam {cost} pontos no total, mais do que os {max} que a tarefa pode dar; baixe os custos',
  'scenario.task.hintNeverOffered':
    'a dica {n} da tarefa «{task}» é para casos «{kind}», mas o mundo não tem nenhum, por isso nunca será oferecida; os tipos do mundo são {kinds}',
  'scenario.task.hintNeverOfferedNoKinds':
    'a dica {n} da tarefa «{task}» é para casos «{kind}», mas o mundo não tem nenhum, por isso nunca será oferecida; o mundo não declara nenhum tipo',
  'scenario.task.acceptableAboveCorrect':
    'points.acceptable ({acceptable}) é maior do que points.correct ({correct}); uma decisão aceitável não deve valer mais do que a correta',
  'scenario.task.feedbackNeverShown':
    'o comentário para «{kind}» nunca será mostrado: o mundo não tem casos {kind}',
  'scenario.task.duplicateId':
    'o id de tarefa «{task}» já é usado pela tarefa {n}; dê a cada tarefa o seu próprio id',
  'scenario.task.cannotPass':
    'o cenário não pode ser aprovado: nenhuma tarefa dá pontos por uma decisão correta, por isso a melhor nota é 0; dê a points.correct um valor acima de 0',
  'scenario.agenda.noTask': 'não há nenhuma tarefa «{task}»; as tarefas são {ids}',
  'scenario.agenda.twice': 'a tarefa «{task}» já está no dia {day}; os casos de uma tarefa chegam num só dia',
  'scenario.agenda.startsAfterDays':
    'a tarefa «{task}» tem startsAfterDays, que move o próprio calendário; dê-lhe ou startsAfterDays ou um dia na agenda',
  'scenario.registration.needIndividuals':
    'os casos de registo precisam de {needed, plural, one {# pessoa singular existente distinta} other {# pessoas singulares existentes distintas}} ({which}), mas individuals é {individuals}; aumente-o para pelo menos {needed} ou reduza essas contagens',
  'scenario.registration.needBusinesses':
    'cada caso phoenix precisa da sua própria empresa existente de onde renascer: {phoenix, plural, one {# caso phoenix} other {# casos phoenix}} mas businesses é {businesses}; aumente businesses para pelo menos {phoenix}',
  'scenario.registration.sharedPhones':
    '{bogus, plural, one {# registo fictício} other {# registos fictícios}} com {sharing} NIF existentes em cada telefone precisam de {own} contribuintes próprios além dos {others} que os outros casos usam, mas o registo tem {register}; reduza sharedPhoneTins ou aumente individuals ou businesses',
  'scenario.registration.bogusNeedsThree':
    'bogus-registration precisa de pelo menos 3 contribuintes existentes (individuals ou businesses) com quem partilhar um telefone ou morada, mas a população tem {register}; aumente individuals ou businesses',
  'scenario.registration.noVat':
    'os casos vat-threshold precisam de IVA, mas a jurisdição «{jurisdiction}» não o tem nos seus taxTypes; acrescente VAT ao perfil ou retire esta anomalia',
  'scenario.refunds.unusedVariant':
    'Este cenário não tem casos phantom-exporter, por isso esta variante não muda nada; acrescente alguns em world.refunds.anomalies ou retire-a',
  'scenario.refunds.notNewRegistrant':
    'Uma empresa registada {days} dias antes do pedido não é um novo registo na jurisdição «{jurisdiction}» (refunds.risk.newRegistrantMonths é {months}); use no máximo {newest} dias, ou aumente newRegistrantMonths no perfil',
  'scenario.objections.lawLacks':
    'os casos {kind} precisam de uma regra que a jurisdição «{jurisdiction}» não tem; altere o seu perfil ou retire este tipo',
  'scenario.objections.needsUndisputedPaid':
    'os casos {kind} precisam de uma jurisdição com objections.requireUndisputedPaid igual a true, e a jurisdição «{jurisdiction}» não o tem; altere o seu perfil ou retire este tipo',
  'scenario.objections.needsDeemedReceipt':
    'os casos {kind} precisam de uma jurisdição com deadlines.deemedReceiptDays acima de 0, e a jurisdição «{jurisdiction}» não o tem; altere o seu perfil ou retire este tipo',
  'scenario.collection.taxTypeNotAdministered':
    'a jurisdição «{jurisdiction}» não administra {taxType}, por isso não pode haver dívidas nele; use um dos seus impostos ({codes})',
  'scenario.collection.noDefaults':
    'sem acordo incumprido, o pedido de prazo de pagamento é comum e a resposta certa seria concedê-lo, o que não é abuso de acordo; use pelo menos 1 (a partir de {refuseAfter}, o refuseAfterDefaults do perfil, o pedido é recusado; abaixo disso, um novo acordo exige garantia)',
  'scenario.collection.unusedVariants':
    'há variantes definidas para {kind}, mas o mundo não declara nenhum caso {kind}; acrescente um em anomalies ou lookalikes, ou retire estas variantes',
  'scenario.content.noHints':
    'a tarefa «{task}» não tem dicas: um formando que fique bloqueado não recebe ajuda; acrescente dicas (primeiro gerais, depois concretas)',
  'scenario.content.noFeedback':
    'não há comentário para {kinds}: depois de decidir um caso destes, o formando só vê a explicação do motor; acrescente um comentário para {n, plural, one {esse tipo} other {cada um}} em `feedback:`',
  'scenario.content.markup':
    'este texto contém HTML ou script; os formandos veem-no como caracteres simples, nunca como marcação, por isso escreva texto simples',
  'scenario.content.noInterface':
    'o simulador não tem interface em «{language}»: os formandos verão os botões, menus e mensagens em inglês (o texto do próprio cenário fica como foi escrito); escreva-o em {languages} para ter a interface na mesma língua',
  'scenario.content.otherLanguage':
    'este texto parece estar em {guess}, mas a língua do cenário é «{language}»; traduza-o ou altere language:',
  'scenario.language.en': 'inglês',
  'scenario.language.fr': 'francês',
  'scenario.language.pt': 'português',
  'scenario.language.es': 'espanhol',
  'scenario.language.id': 'indonésio',
  'scenario.language.vi': 'vietnamita',
  'scenario.language.ru': 'russo',
  'scenario.yaml.binary':
    'isto não é um ficheiro de texto (contém dados binários); {kind, select, scenario {um cenário} other {um perfil de jurisdição}} é texto simples escrito em YAML',
  'scenario.yaml.tooDeep':
    'isto está aninhado em mais de {max} níveis; {kind, select, scenario {um cenário} other {um perfil de jurisdição}} nunca está (procure parênteses que nunca se fecham ou uma indentação que não para de crescer)',
  'scenario.yaml.empty':
    'este ficheiro está vazio; {kind, select, scenario {um cenário} other {um perfil de jurisdição}} começa com linhas como «{start}» (ver scenarios/README.md)',
  'scenario.yaml.rootList':
    'este ficheiro é uma lista (linhas que começam por «-»), mas {kind, select, scenario {um cenário} other {um perfil de jurisdição}} deve ser um conjunto de chaves e valores, um por linha, como «title: …»',
  'scenario.yaml.rootValue':
    'este ficheiro é um valor único, mas {kind, select, scenario {um cenário} other {um perfil de jurisdição}} deve ser um conjunto de chaves e valores, um por linha, como «title: …»',
  'scenario.yaml.aliasCount':
    'este ficheiro repete âncoras (*nome) tantas vezes que ficaria enorme; escreva antes os valores por extenso',
  'scenario.yaml.unreadable': 'não foi possível ler este ficheiro',
  'scenario.yaml.complexKey':
    'uma chave deve ser uma só palavra como «title», não uma lista nem um conjunto de chaves',
  'scenario.yaml.unknownAnchor': '*{name} refere uma âncora &{name} que não está definida acima',
  'scenario.yaml.unknownTag':
    'esta etiqueta «!» não é reconhecida e é ignorada; retire-a, ou ponha o texto entre aspas se o «!» lhe pertence',
  'scenario.yaml.warning': 'o YAML assinala um problema aqui ({code})',
  'scenario.yaml.duplicateKey': 'a chave «{key}» aparece duas vezes no mesmo sítio; mantenha só uma',
  'scenario.yaml.tab':
    'esta linha está indentada com uma tabulação; o YAML só aceita espaços (a maioria dos editores sabe «converter a indentação em espaços»)',
  'scenario.yaml.unclosedBracket': 'este «{open}» nunca é fechado: acrescente um «{close}» no fim',
  'scenario.yaml.badIndent':
    'a indentação está errada aqui: as chaves do mesmo nível devem começar na mesma coluna',
  'scenario.yaml.indentedFurther':
    'a linha abaixo está mais indentada do que esta, por isso é lida como parte deste valor; as chaves do mesmo nível devem começar na mesma coluna',
  'scenario.yaml.twoColons':
    'esta linha tem duas partes «chave: valor»; se o texto contém «: », ponha-o entre aspas, por exemplo title: "Balcão 1: receção"',
  'scenario.yaml.multilineKey':
    'uma chave deve caber numa linha; verifique se falta um «:» ou se há aspas por fechar acima',
  'scenario.yaml.unclosedQuote':
    'estas aspas nunca são fechadas: um texto que começa com aspas deve terminar com as mesmas aspas',
  'scenario.yaml.missingChar': 'falta aqui alguma coisa',
  'scenario.yaml.multipleDocs':
    'este ficheiro contém mais de um documento (uma segunda linha «---»); mantenha um só cenário ou perfil por ficheiro',
  'scenario.yaml.badStart': 'um texto não pode começar com este carácter; ponha o texto inteiro entre aspas',
  'scenario.yaml.badEscape':
    'uma barra invertida num texto entre aspas duplas inicia uma sequência como \\n; use aspas simples ou escreva \\\\ para uma barra invertida',
  'scenario.yaml.longKey': 'esta chave tem mais de 1024 caracteres; uma chave deve ser uma palavra curta',
  'scenario.yaml.unexpected':
    'o YAML não consegue ler isto; verifique a indentação e se cada chave termina com «:»',
  'scenario.yaml.unreadableHere': 'o YAML não consegue ler isto',
  'scenario.load.idNotFileName':
    'o id «{id}» deve ser igual ao nome do ficheiro «{file}»; mude o nome do ficheiro para {id}.yaml ou altere o id',
  'scenario.load.profileWithoutFormat':
    'este ficheiro parece um perfil de jurisdição: acrescente a linha «format: {format}» no topo para que seja reconhecido em qualquer pasta',
  'scenario.load.badFileName':
    'o nome de ficheiro «{id}» não pode ser um id de cenário: use minúsculas, algarismos e hífenes, por exemplo «{slug}.yaml»',
  'scenario.load.noProfileFile':
    'não há ficheiro de perfil em {target}: verifique o caminho (é relativo à pasta deste cenário) e se o ficheiro começa por «format: {format}»',
  'scenario.load.duplicateId':
    '{other} já define {kind, select, scenario {o cenário} other {o perfil de jurisdição}} «{id}»; os id devem ser únicos, por isso mude o nome de um dos ficheiros',
} satisfies Catalogue
