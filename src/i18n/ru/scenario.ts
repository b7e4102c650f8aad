import type { Catalogue } from '../languages'

export default {
  'scenario.field.file': 'файл',
  'scenario.field.entry': '{key}, запись {n}',
  'scenario.shown.text': '«{text}»',
  'scenario.shown.notNumber': '«не число»',
  'scenario.shown.infinity': 'бесконечность',
  'scenario.shown.empty': 'пусто',
  'scenario.shown.list': 'список',
  'scenario.shown.map': 'набор ключей и значений',
  'scenario.expect.wholeOf': 'целое число {values}',
  'scenario.expect.oneOf': 'одно из значений: {values}',
  'scenario.expect.other': 'другое значение',
  'scenario.expect.date': 'дата в виде ГГГГ-ММ-ДД',
  'scenario.expect.text': 'текст',
  'scenario.expect.boolean': 'true или false',
  'scenario.expect.list': 'список (строки, начинающиеся с «-»)',
  'scenario.expect.mapOf': 'набор ключей и значений ({keys})',
  'scenario.expect.map': 'набор ключей и значений',
  'scenario.expect.number': '{whole, select, yes {целое число} other {число}}',
  'scenario.expect.numberFromTo': '{whole, select, yes {целое число} other {число}} от {min} до {max}',
  'scenario.expect.numberAtLeast': '{whole, select, yes {целое число} other {число}} не меньше {min}',
  'scenario.expect.numberAtMost': '{whole, select, yes {целое число} other {число}} не больше {max}',
  'scenario.key.unknownDidYouMean': 'неизвестный ключ «{key}» — может быть, «{suggestion}»?',
  'scenario.key.unknownAllowed': 'неизвестный ключ «{key}» — здесь допустимы ключи: {allowed}',
  'scenario.key.unknownNone': 'неизвестный ключ «{key}» — здесь ключи не допускаются',
  'scenario.key.missing': 'не хватает ключа «{key}» ({expected})',
  'scenario.key.missingIn': 'в {parent} не хватает ключа «{key}» ({expected})',
  'scenario.key.notAllowed': 'в {field} есть недопустимый ключ',
  'scenario.value.empty': '{field}: значение пустое; ожидается {expected}',
  'scenario.value.wrong': '{field}: ожидается {expected}, а не {value}',
  'scenario.value.wrongDidYouMean':
    '{field}: ожидается {expected}, а не {value} — может быть, «{suggestion}»?',
  'scenario.value.wrongHint': '{field}: ожидается {expected}, а не {value} ({hint})',
  'scenario.hint.percent': 'напишите число без «%»',
  'scenario.hint.separators': 'напишите число без разделителей, например 5000000',
  'scenario.hint.quotes': 'уберите кавычки вокруг числа',
  'scenario.value.notDate':
    '{field}: нужна настоящая дата в виде ГГГГ-ММ-ДД, например 2025-03-03, а не {value}',
  'scenario.value.notAllowed': '{field}: значение {value} недопустимо',
  'scenario.value.badFormat': '{field}: значение {value} записано неверно (ожидается формат {format})',
  'scenario.value.multipleOf': '{field}: нужно число, кратное {divisor}, а не {value}',
  'scenario.value.invalid': '{field}: значение {value} здесь недопустимо',
  'scenario.rule.caseKind':
    '{field}: значение {value} недопустимо; укажите вид случая, например «duplicate-applicant»',
  'scenario.rule.notCaseKind': '{field}: {value} — не вид случая; укажите вид, объявленный в world',
  'scenario.rule.languageCode':
    '{field}: значение {value} недопустимо; укажите код языка, например «en» или «fr»',
  'scenario.rule.profilePath':
    '{field}: значение {value} недопустимо; укажите относительный путь к файлу профиля, например «./my-country.yaml»',
  'scenario.range.textEmpty': 'поле {field} не должно быть пустым',
  'scenario.range.textAtMost':
    'значение {field} должно быть не длиннее {limit, plural, one {# символа} few {# символов} many {# символов} other {# символа}}',
  'scenario.range.textAtLeast':
    'значение {field} должно быть не короче {limit, plural, one {# символа} few {# символов} many {# символов} other {# символа}}',
  'scenario.range.listAtMost':
    'в списке {field} может быть не больше {limit, plural, one {# записи} few {# записей} many {# записей} other {# записи}}',
  'scenario.range.listAtLeast':
    'в списке {field} нужно не меньше {limit, plural, one {# записи} few {# записей} many {# записей} other {# записи}}',
  'scenario.range.atMost': 'значение {field} должно быть не больше {limit} (указано {value})',
  'scenario.range.lessThan': 'значение {field} должно быть меньше {limit} (указано {value})',
  'scenario.range.atLeast': 'значение {field} должно быть не меньше {limit} (указано {value})',
  'scenario.range.moreThan': 'значение {field} должно быть больше {limit} (указано {value})',
  'scenario.rule.slug':
    '{field}: значение {value} недопустимо; используйте только строчные латинские буквы, цифры и дефисы (без пробелов), например «first-week»',
  'scenario.rule.currencyCode':
    '{field}: значение {value} недопустимо; укажите трёхбуквенный код ISO 4217, например «NGN» или «XOF»',
  'scenario.rule.riskRuleOnce':
    '{field}: каждое правило риска можно указать только один раз; удалите повторную запись',
  'scenario.profile.mediumBelowSmall':
    'mediumTaxpayer ({medium}) меньше, чем smallTaxpayer ({small}); пороги должны расти: smallTaxpayer ≤ mediumTaxpayer ≤ largeTaxpayer',
  'scenario.profile.largeBelowMedium':
    'largeTaxpayer ({large}) меньше, чем mediumTaxpayer ({medium}); пороги должны расти: smallTaxpayer ≤ mediumTaxpayer ≤ largeTaxpayer',
  'scenario.jurisdiction.broken':
    'юрисдикцию «{ref}» нельзя использовать, пока не исправлены ошибки в {file}',
  'scenario.jurisdiction.unknownDidYouMean':
    'юрисдикция «{ref}» — неизвестный профиль; может быть, «{suggestion}»?',
  'scenario.jurisdiction.unknown':
    'юрисдикция «{ref}» — неизвестный профиль; известные профили: {ids} (файлы в scenarios/jurisdictions/)',
  'scenario.jurisdiction.noneLoaded':
    'юрисдикция «{ref}» — неизвестный профиль: ни один профиль не загружен; добавьте scenarios/jurisdictions/{ref}.yaml или опишите профиль здесь',
  'scenario.world.referenceDateRange':
    'referenceDate {date} вне календаря, с которым работает симуляция; укажите дату от {earliest} до {latest}',
  'scenario.world.registerTooBig':
    'в реестре может быть не больше {max} налогоплательщиков, а individuals и businesses в сумме дают {total}; уменьшите их (больший мир слишком долго создаётся в браузере)',
  'scenario.world.registerTooSmall':
    'каждый случай касается отдельного зарегистрированного налогоплательщика: в процессах {needed} случаев, а в реестре только {register} налогоплательщиков; увеличьте individuals или businesses хотя бы до {needed}',
  'scenario.world.moreAnomaliesThanCases':
    'аномалий больше, чем случаев: аномалии и похожие случаи в сумме дают {special}, а {field} равно {cases}; увеличьте {field} хотя бы до {special} или уменьшите эти числа',
  'scenario.task.startsBeforeAbove':
    'задание «{task}» начинается в день {start}, раньше задания над ним (день {latest}); задания идут по порядку, поэтому расположите их по startsAfterDays',
  'scenario.task.startsApart':
    'задание «{task}» начинается в день {start}, а первое задание процесса {process} — в день {processStart}; случаи одного процесса создаются на один день, поэтому задайте его заданиям одинаковое startsAfterDays',
  'scenario.task.processNotReady': 'процесс «{process}» пока недоступен; в этой версии есть: {ready}',
  'scenario.task.noWorldCases':
    'задание «{task}» относится к {process}, но в мире нет случаев {process}; добавьте world.{process}',
  'scenario.task.noKindCases':
    'задание «{task}» содержит случаи {kinds}, но в мире их нет в {process}; объявите их в world или измените kinds',
  'scenario.task.tooFewOfKinds':
    'задание «{task}» требует {cases} случаев {kinds}, а в мире их только {available}',
  'scenario.task.placeTooMany': 'задания процесса {process} распределяют больше случаев, чем есть в мире',
  'scenario.task.tooFew':
    'задание «{task}» требует {wanted} случаев, а в мире их только {available}; уменьшите cases или увеличьте {field}',
  'scenario.task.alreadyTaken':
    'задание «{task}» хочет {wanted, select, all {все} other {{n}}} из {available} случаев {process}, но предыдущие задания уже берут {before}; задания одного процесса делят его случаи по порядку, поэтому уменьшите cases или увеличьте {field}',
  'scenario.task.hintsCostMore':
    'подсказки задания «{task}» стоят в сумме {cost, plural, one {# балл} few {# балла} many {# баллов} other {# балла}} — больше, чем {max}, которые можно получить за задание; снизьте стоимость',
  'scenario.task.hintNeverOffered':
    'подсказка {n} задания «{task}» относится к случаям «{kind}», но в мире их нет, так что она не появится; виды случаев в мире: {kinds}',
  'scenario.task.hintNeverOfferedNoKinds':
    'подсказка {n} задания «{task}» относится к случаям «{kind}», но в мире их нет, так что она не появится; в мире не объявлено ни одного вида случаев',
  'scenario.task.acceptableAboveCorrect':
    'points.acceptable ({acceptable}) больше, чем points.correct ({correct}); приемлемое решение не должно приносить больше правильного',
  'scenario.task.feedbackNeverShown':
    'отзыв для «{kind}» никогда не будет показан: в мире нет случаев {kind}',
  'scenario.task.duplicateId': 'id задания «{task}» уже занят заданием {n}; дайте каждому заданию свой id',
  'scenario.task.cannotPass':
    'сценарий невозможно пройти: ни одно задание не даёт баллов за правильное решение, поэтому лучший результат — 0; задайте points.correct больше 0',
  'scenario.agenda.noTask': 'задания «{task}» нет; есть задания {ids}',
  'scenario.agenda.twice': 'задание «{task}» уже стоит на день {day}; случаи задания поступают в один день',
  'scenario.agenda.startsAfterDays':
    'у задания «{task}» есть startsAfterDays, который сам сдвигает календарь; задайте либо startsAfterDays, либо день в agenda',
  'scenario.registration.needIndividuals':
    'для случаев регистрации нужно {needed, plural, one {# отдельное существующее физическое лицо} few {# отдельных существующих физических лица} many {# отдельных существующих физических лиц} other {# отдельного существующего физического лица}} ({which}), а individuals равно {individuals}; увеличьте его хотя бы до {needed} или уменьшите эти числа',
  'scenario.registration.needBusinesses':
    'каждому случаю phoenix нужно своё существующее предприятие, из которого оно возрождается: {phoenix, plural, one {# случай} few {# случая} many {# случаев} other {# случая}} phoenix, а businesses равно {businesses}; увеличьте businesses хотя бы до {phoenix}',
  'scenario.registration.sharedPhones':
    '{bogus, plural, one {# фиктивной регистрации} few {# фиктивным регистрациям} many {# фиктивным регистрациям} other {# фиктивной регистрации}} с {sharing} существующими ИНН на каждом телефоне нужно {own} собственных налогоплательщиков помимо {others}, занятых другими случаями, а в реестре их {register}; уменьшите sharedPhoneTins или увеличьте individuals или businesses',
  'scenario.registration.bogusNeedsThree':
    'для bogus-registration нужно не меньше 3 существующих налогоплательщиков (individuals или businesses), с которыми можно разделить телефон или адрес, а в населении их {register}; увеличьте individuals или businesses',
  'scenario.registration.noVat':
    'для случаев vat-threshold нужен НДС, а у юрисдикции «{jurisdiction}» его нет в taxTypes; добавьте VAT в профиль или уберите эту аномалию',
  'scenario.refunds.unusedVariant':
    'В этом сценарии нет случаев phantom-exporter, поэтому этот вариант ничего не меняет; добавьте их в world.refunds.anomalies или уберите его',
  'scenario.refunds.notNewRegistrant':
    'Компания, зарегистрированная за {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} до заявления, не считается новой в юрисдикции «{jurisdiction}» (refunds.risk.newRegistrantMonths равно {months}); укажите не больше {newest, plural, one {# дня} other {# дней}} или увеличьте newRegistrantMonths в профиле',
  'scenario.objections.lawLacks':
    'для случаев {kind} нужна норма, которой нет у юрисдикции «{jurisdiction}»; измените её профиль или уберите этот вид',
  'scenario.objections.needsUndisputedPaid':
    'для случаев {kind} нужна юрисдикция, у которой objections.requireUndisputedPaid равно true, а у «{jurisdiction}» это не так; измените её профиль или уберите этот вид',
  'scenario.objections.needsDeemedReceipt':
    'для случаев {kind} нужна юрисдикция, у которой deadlines.deemedReceiptDays больше 0, а у «{jurisdiction}» это не так; измените её профиль или уберите этот вид',
  'scenario.collection.taxTypeNotAdministered':
    'юрисдикция «{jurisdiction}» не администрирует {taxType}, поэтому недоимки по нему быть не может; укажите один из её налогов ({codes})',
  'scenario.collection.noDefaults':
    'без нарушенного соглашения просьба об отсрочке — обычная, и правильным ответом было бы её удовлетворить, а это не злоупотребление соглашениями; укажите не меньше 1 (начиная с {refuseAfter}, значения refuseAfterDefaults профиля, в просьбе отказывают; ниже — новое соглашение требует обеспечения)',
  'scenario.collection.unusedVariants':
    'для {kind} заданы варианты, но в мире не объявлено ни одного случая {kind}; добавьте его в anomalies или lookalikes или уберите эти варианты',
  'scenario.content.noHints':
    'у задания «{task}» нет подсказок: застрявший слушатель не получит помощи; добавьте подсказки (сначала общие, затем конкретные)',
  'scenario.content.noFeedback':
    'нет отзыва для {kinds}: решив такой случай, слушатель увидит только объяснение движка; добавьте отзыв для {n, plural, one {этого вида} few {каждого} many {каждого} other {каждого}} в `feedback:`',
  'scenario.content.markup':
    'в этом тексте есть HTML или скрипт; слушатели видят его как обычные символы, без разметки, поэтому пишите простой текст',
  'scenario.content.noInterface':
    'у тренажёра нет интерфейса на языке «{language}»: слушатели увидят его кнопки, меню и сообщения на английском (текст самого сценария останется как написан); чтобы интерфейс был на том же языке, выберите один из языков ({languages})',
  'scenario.content.otherLanguage':
    'этот текст похож на {guess}, а язык сценария — «{language}»; переведите его или измените language:',
  'scenario.language.en': 'английский',
  'scenario.language.fr': 'французский',
  'scenario.language.pt': 'португальский',
  'scenario.language.es': 'испанский',
  'scenario.language.id': 'индонезийский',
  'scenario.language.vi': 'вьетнамский',
  'scenario.language.ru': 'русский',
  'scenario.yaml.binary':
    'это не текстовый файл (в нём двоичные данные); {kind, select, scenario {сценарий} other {профиль юрисдикции}} — это простой текст в формате YAML',
  'scenario.yaml.tooDeep':
    'здесь больше {max} уровней вложенности; в {kind, select, scenario {сценарии} other {профиле юрисдикции}} их никогда не бывает столько (ищите незакрытые скобки или отступы, которые всё растут)',
  'scenario.yaml.empty':
    'файл пуст; {kind, select, scenario {сценарий} other {профиль юрисдикции}} начинается со строк вроде «{start}» (см. scenarios/README.md)',
  'scenario.yaml.rootList':
    'этот файл — список (строки начинаются с «-»), а {kind, select, scenario {сценарий} other {профиль юрисдикции}} должен быть набором ключей и значений, по одному на строку, например «title: …»',
  'scenario.yaml.rootValue':
    'этот файл — одно значение, а {kind, select, scenario {сценарий} other {профиль юрисдикции}} должен быть набором ключей и значений, по одному на строку, например «title: …»',
  'scenario.yaml.aliasCount':
    'в этом файле якоря (*имя) повторяются так часто, что он стал бы огромным; лучше выпишите значения полностью',
  'scenario.yaml.unreadable': 'этот файл не удалось прочитать',
  'scenario.yaml.complexKey':
    'ключ должен быть одним словом, например «title», а не списком или набором ключей',
  'scenario.yaml.unknownAnchor': '*{name} ссылается на якорь &{name}, который выше не определён',
  'scenario.yaml.unknownTag':
    'тег «!» не распознан и пропущен; уберите его или возьмите текст в кавычки, если «!» — его часть',
  'scenario.yaml.warning': 'YAML предупреждает об этом месте ({code})',
  'scenario.yaml.duplicateKey': 'ключ «{key}» встречается дважды в одном месте; оставьте только один',
  'scenario.yaml.tab':
    'в этой строке отступ сделан табуляцией; YAML принимает только пробелы (большинство редакторов умеют «преобразовать отступы в пробелы»)',
  'scenario.yaml.unclosedBracket': 'эта «{open}» нигде не закрыта: добавьте «{close}» в конце',
  'scenario.yaml.badIndent': 'здесь неверный отступ: ключи одного уровня должны начинаться в одном столбце',
  'scenario.yaml.indentedFurther':
    'у следующей строки отступ больше, чем у этой, поэтому она читается как часть этого значения; ключи одного уровня должны начинаться в одном столбце',
  'scenario.yaml.twoColons':
    'в этой строке две части «ключ: значение»; если в тексте есть «: », возьмите его в кавычки, например title: "Окно 1: приём"',
  'scenario.yaml.multilineKey':
    'ключ должен помещаться на одной строке; проверьте, не пропущено ли «:» и нет ли выше незакрытой кавычки',
  'scenario.yaml.unclosedQuote':
    'эта кавычка нигде не закрыта: текст, начатый с кавычки, должен заканчиваться такой же кавычкой',
  'scenario.yaml.missingChar': 'здесь чего-то не хватает',
  'scenario.yaml.multipleDocs':
    'в этом файле больше одного документа (вторая строка «---»); оставьте один сценарий или профиль на файл',
  'scenario.yaml.badStart': 'текст не может начинаться с этого символа; возьмите весь текст в кавычки',
  'scenario.yaml.badEscape':
    'обратная косая черта в тексте в двойных кавычках начинает управляющую последовательность вроде \\n; используйте одинарные кавычки или пишите \\\\ вместо обратной косой черты',
  'scenario.yaml.longKey': 'этот ключ длиннее 1024 символов; ключ должен быть коротким словом',
  'scenario.yaml.unexpected':
    'YAML не может это прочитать; проверьте отступы и то, что каждый ключ заканчивается на «:»',
  'scenario.yaml.unreadableHere': 'YAML не может это прочитать',
  'scenario.load.idNotFileName':
    'id «{id}» должен совпадать с именем файла «{file}»; переименуйте файл в {id}.yaml или измените id',
  'scenario.load.profileWithoutFormat':
    'этот файл похож на профиль юрисдикции: добавьте в начало строку «format: {format}», чтобы он распознавался в любой папке',
  'scenario.load.badFileName':
    'имя файла «{id}» не может быть id сценария: используйте строчные латинские буквы, цифры и дефисы, например «{slug}.yaml»',
  'scenario.load.noProfileFile':
    'по пути {target} нет файла профиля: проверьте путь (он отсчитывается от папки этого сценария) и что файл начинается с «format: {format}»',
  'scenario.load.duplicateId':
    '{other} уже задаёт {kind, select, scenario {сценарий} other {профиль юрисдикции}} «{id}»; id должны быть уникальными, поэтому переименуйте один из файлов',
} satisfies Catalogue
