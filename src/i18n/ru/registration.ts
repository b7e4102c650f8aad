import type { Catalogue } from '../languages'

export default {
  'registration.cmd.verifyIdentity': 'Проверить личность по реестру актов гражданского состояния',
  'registration.cmd.verifyDocuments': 'Проверить документы',
  'registration.cmd.checkDuplicates': 'Провести проверку на дубликаты',
  'registration.cmd.inspectPremises': 'Назначить осмотр помещения',
  'registration.cmd.raiseQuery': 'Направить запрос заявителю',
  'registration.cmd.suspectDuplicate': 'Отметить как возможный дубликат…',
  'registration.cmd.clearDuplicate': 'Снять подозрение в дублировании',
  'registration.cmd.approve': 'Одобрить и присвоить ИНН',
  'registration.cmd.linkToExisting': 'Привязать к существующему ИНН (без нового ИНН)',
  'registration.cmd.reject': 'Отказать в регистрации',
  'registration.event.applicantReplied': 'Заявитель отвечает',

  'registration.field.taxTypes': 'Поставить на учёт по',
  'registration.field.segment': 'Категория',
  'registration.field.relatedTin': 'Связанный налогоплательщик для контроля, если есть',
  'registration.field.relatedTinHelp': 'Например, прежняя компания тех же директоров',
  'registration.field.reason': 'Причина, указываемая в письме',
  'registration.default.rejectReason': 'Заявление не отвечает установленным требованиям.',
  'registration.field.existingTin': 'Существующий ИНН',
  'registration.reference.taxTypes':
    'Указано в заявлении: {requested}. Ожидаемый оборот {turnover}; {employees, plural, one {# работник} few {# работника} many {# работников} other {# работника}}.',
  'registration.reference.noneRequested': 'ничего',
  'registration.reference.segment': 'Ожидаемый оборот по заявлению: {turnover}.',

  'registration.state.received': 'Заявление получено',
  'registration.state.pendingVerification': 'На проверке',
  'registration.state.awaitingApplicant': 'Ожидается ответ заявителя',
  'registration.state.duplicateSuspected': 'Возможный дубликат',
  'registration.state.approved': 'Одобрено — ИНН присвоен',
  'registration.state.linked': 'Привязано к существующему ИНН',
  'registration.state.rejected': 'Отказано',

  'registration.blocker.notAStep': '«{type}» не является шагом регистрации.',
  'registration.blocker.identityDone': 'Личность уже проверена.',
  'registration.blocker.documentsDone': 'Документы уже проверены.',
  'registration.blocker.duplicatesDone': 'Проверка на дубликаты уже проведена.',
  'registration.blocker.premisesDone': 'Помещение уже осмотрено.',
  'registration.blocker.queryDone': 'Запрос этому заявителю уже направлен.',
  'registration.blocker.documentsBeforeQuery':
    'Сначала проверьте документы, чтобы в запросе было указано, чего не хватает или что неверно.',
  'registration.blocker.duplicatesBeforeSuspecting': 'Сначала проведите проверку на дубликаты по реестру.',
  'registration.blocker.suspectFirst': 'Сначала отметьте возможный дубликат.',
  'registration.blocker.identityBeforeReject': 'Перед отказом проверьте личность по реестру.',
  'registration.blocker.documentsBeforeReject': 'Перед отказом проверьте документы.',
  'registration.blocker.identityFirst': 'Сначала проверьте личность по реестру.',
  'registration.blocker.documentsFirst': 'Сначала проверьте документы.',
  'registration.blocker.duplicatesFirst': 'Сначала проведите проверку на дубликаты: одно лицо — один ИНН.',
  'registration.blocker.resolveDuplicate':
    'Сначала решите вопрос с возможным дубликатом (привяжите или снимите подозрение).',

  'registration.problem.notAdministered':
    '{types}: {count, plural, one {этот налог не администрируется} few {эти налоги не администрируются} many {эти налоги не администрируются} other {эти налоги не администрируются}} этой налоговой службой.',
  'registration.problem.noTaxType': 'Выберите хотя бы один налог для постановки на учёт.',
  'registration.problem.vatCompulsory':
    'Регистрация плательщиком НДС обязательна при обороте от {threshold} в год; заявитель декларирует {declared}.',
  'registration.problem.missingTypes': 'Заявленные показатели требуют постановки на учёт по {types}.',
  'registration.problem.noSegment': 'Выберите категорию.',
  'registration.problem.noTaxpayer': 'Нет налогоплательщика с ИНН {tin}.',
  'registration.problem.rejectReason': 'Укажите причину отказа; она указывается в письме заявителю.',

  'registration.verdict.noTruth': 'Для этого заявления нет эталонного решения.',
  'registration.verdict.notADecision': '«{command}» не завершает дело о регистрации.',
  'registration.verdict.linkedRight': 'Привязано к ИНН, который у этого лица уже есть.',
  'registration.verdict.linkedWrongTaxpayer':
    'Привязано не к тому налогоплательщику: у заявителя уже есть ИНН {tin}.',
  'registration.verdict.linkedDifferentPerson':
    'К существующей записи привязано другое лицо: теперь два налогоплательщика делят один лицевой счёт.',
  'registration.verdict.linkedShouldReject':
    'В регистрации следовало отказать, а не привязывать заявление к записи.',
  'registration.verdict.rejectedRight': 'Отказано: регистрации нельзя было доверять.',
  'registration.verdict.rejectedDuplicate':
    'Второй ИНН не присвоен, но следовало привязать и обновить существующую запись {tin}.',
  'registration.verdict.rejectedGenuine':
    'Добросовестному заявителю отказано в ИНН: налогоплательщик необоснованно ущемлён.',
  'registration.verdict.approvedDuplicate': 'Второй ИНН присвоен лицу, у которого уже есть ИНН {tin}.',
  'registration.verdict.approvedBogus':
    'ИНН присвоен по личности или бизнесу, которые не выдерживают проверки.',
  'registration.verdict.approvedWithoutLink':
    'Одобрено без привязки к ИНН {tin}, долги которого оставили те же директора.',
  'registration.verdict.approvedWithoutVat': 'Одобрено без НДС, хотя оборот превышает порог по НДС.',
  'registration.verdict.approvedWrongLink': 'Одобрено, но привязано к постороннему налогоплательщику.',
  'registration.verdict.approvedWrongTypes':
    'Одобрено, но постановка на учёт должна быть по {types} в категории «{segment}».',
  'registration.verdict.approvedRight': 'Одобрено с правильными налогами и категорией.',

  'registration.expected.link': 'Привязать к существующему ИНН {tin}',
  'registration.expected.reject': 'Отказать в регистрации',
  'registration.expected.approve': 'Одобрить и присвоить ИНН по {types} (категория «{segment}»)',
  'registration.expected.approveLinked':
    'Одобрить и присвоить ИНН по {types} (категория «{segment}») с привязкой к ИНН {tin}',

  'registration.title.individual': 'Физическое лицо: {name}',
  'registration.title.business': 'Организация: {name}',

  'registration.panel.name': 'Имя',
  'registration.panel.nationalId': 'Удостоверение личности',
  'registration.panel.dateOfBirth': 'Дата рождения',
  'registration.panel.incorporated': 'Дата регистрации',
  'registration.panel.address': 'Адрес',
  'registration.panel.phone': 'Телефон',
  'registration.panel.application.title': 'Заявление',
  'registration.panel.application.id': 'Заявление',
  'registration.panel.application.received': 'Получено',
  'registration.panel.application.applicantType': 'Тип заявителя',
  'registration.panel.application.registryNo': 'Регистрационный номер компании',
  'registration.panel.application.email': 'Эл. почта',
  'registration.panel.application.bankAccount': 'Банковский счёт',
  'registration.panel.application.sector': 'Отрасль',
  'registration.panel.application.turnover': 'Ожидаемый оборот',
  'registration.panel.application.perYear': '{amount} в год',
  'registration.panel.application.employees': 'Работники',
  'registration.panel.application.taxTypes': 'Запрошенные налоги',
  'registration.panel.application.noneTicked': 'ничего не отмечено',
  'registration.panel.application.directors': 'Директора (номера удостоверений)',
  'registration.panel.documents.title': 'Представленные документы',
  'registration.panel.person.born': 'Дата рождения',
  'registration.panel.person.sex': 'Пол',
  'registration.panel.person.occupation': 'Род занятий',
  'registration.panel.person.registryStatus': 'Статус в реестре',
  'registration.panel.person.alive': 'Жив(а)',
  'registration.panel.person.deceased': 'Умер(ла)',
  'registration.panel.person.deceasedOn': 'Умер(ла) ({on})',
  'registration.panel.civil.title': 'Реестр актов гражданского состояния',
  'registration.panel.civil.recordFor': 'Запись по {id}',
  'registration.panel.civil.director': 'Директор {id}',
  'registration.panel.civil.noRecord': 'В реестре нет записи по {id}.',
  'registration.panel.company.title': 'Реестр юридических лиц',
  'registration.panel.company.registryNo': 'Рег. номер',
  'registration.panel.company.legalName': 'Полное наименование',
  'registration.panel.company.directors': 'Директора',
  'registration.panel.company.status': 'Статус',
  'registration.panel.company.noCompany': 'Нет компании с регистрационным номером {number}.',
  'registration.panel.premises.title': 'Осмотр помещения',
  'registration.panel.reply.title': 'Ответ заявителя',
  'registration.panel.reply.received': 'Получен {on}',
  'registration.panel.search.title': 'Поиск по реестру налогоплательщиков',
  'registration.panel.search.duplicateCheck': 'Проверка на дубликаты: {name}',
  'registration.panel.search.tin': 'ИНН',
  'registration.panel.search.name': 'Имя',
  'registration.panel.search.idNumber': 'Удостоверение / рег. номер',
  'registration.panel.search.born': 'Дата рождения / регистрации',
  'registration.panel.search.phone': 'Телефон',
  'registration.panel.search.address': 'Адрес',
  'registration.panel.search.status': 'Статус',
  'registration.panel.search.arrears': 'Недоимка',
  'registration.panel.search.matchedOn': 'Совпадение по',
  'registration.panel.search.matches': '{fields}',
  'registration.panel.search.score': 'Оценка',
  'registration.panel.search.percent': '{score, number, percent}',
  'registration.panel.search.empty': 'В реестре нет совпадений.',
  'registration.panel.search.match.tin': 'ИНН',
  'registration.panel.search.match.idNumber': 'номер удостоверения',
  'registration.panel.search.match.phone': 'телефон',
  'registration.panel.search.match.name': 'имя',
  'registration.panel.search.match.birthDate': 'дата рождения',
  'registration.panel.search.match.bankAccount': 'банковский счёт',
  'registration.panel.search.match.address': 'адрес',
  'registration.panel.search.match.email': 'эл. почта',
  'registration.panel.search.match.director': 'директор',

  'registration.document.national-id': 'Удостоверение личности',
  'registration.document.company-extract': 'Выписка из реестра юридических лиц',
  'registration.document.address-proof': 'Подтверждение адреса',
  'registration.document.bank-letter': 'Справка из банка',
  'registration.document.field.idNumber': 'Номер удостоверения',
  'registration.document.field.givenNames': 'Имя (имена)',
  'registration.document.field.surname': 'Фамилия',
  'registration.document.field.birthDate': 'Дата рождения',
  'registration.document.field.sex': 'Пол',
  'registration.document.field.issuedOn': 'Дата выдачи',
  'registration.document.field.expiresOn': 'Действительно до',
  'registration.document.field.nameOnDocument': 'Имя в документе',
  'registration.document.field.registryNumber': 'Регистрационный номер',
  'registration.document.field.legalName': 'Полное наименование',
  'registration.document.field.incorporated': 'Дата регистрации',
  'registration.document.field.registeredAddress': 'Юридический адрес',
  'registration.document.field.directors': 'Директора',
  'registration.document.field.status': 'Статус',
  'registration.document.field.type': 'Вид',
  'registration.document.field.address': 'Адрес',
  'registration.document.field.dated': 'Дата документа',
  'registration.document.field.bank': 'Банк',
  'registration.document.field.accountNumber': 'Номер счёта',
  'registration.document.field.accountHolder': 'Владелец счёта',
  'registration.document.field.openedOn': 'Дата открытия',
  'registration.document.field.averageMonthlyCredits': 'Среднемесячные поступления',
  'registration.document.field.creditsLast12Months': 'Поступления за последние 12 месяцев',
  'registration.sex.F': 'Ж',
  'registration.sex.M': 'М',
  'registration.companyStatus.active': 'действующая',
  'registration.companyStatus.struck-off': 'исключена из реестра',
  'registration.companyStatus.in-liquidation': 'в процессе ликвидации',
  'registration.proof.electricityBill': 'Счёт за электроэнергию',
  'registration.proof.waterBill': 'Счёт за воду',
  'registration.proof.tenancyAgreement': 'Договор аренды',
  'registration.proof.propertyRateDemand': 'Уведомление о налоге на имущество',
  'registration.proof.remark.unsigned': 'Договор аренды не подписан арендодателем',
  'registration.proof.remark.otherName': 'Счёт за коммунальные услуги выписан на другое лицо',
  'registration.proof.remark.shortMeter': 'В номере счётчика в счёте за электроэнергию не хватает цифр',
  'registration.proof.remark.sundayWitness':
    'Договор аренды датирован воскресеньем, а свидетелем подписи выступил сам заявитель',
  'registration.proof.remark.residentialOffice':
    'Договор аренды касается «офисного помещения» в жилой квартире и не содержит контактов арендодателя',
  'registration.remark.pastedPhoto': 'Фотография, по-видимому, наклеена поверх ламинации',
  'registration.remark.otherFont': 'Дата рождения напечатана другим шрифтом',

  'registration.premises.empty.lockedRoom':
    'По адресу нет деятельности. Помещение заперто; сторож говорит, что несколько компаний «используют адрес для писем», но никто здесь не работает.',
  'registration.premises.empty.residentialFlat':
    'По адресу — жилая квартира. Жилец никогда не слышал о компании; нет ни товара, ни оборудования, ни вывески.',
  'registration.premises.empty.mailbox':
    'Абонентский почтовый сервис. На двери таблички пяти других фирм; на месте нет ни персонала, ни товара, ни учётных документов.',
  'registration.premises.empty.unfinished':
    'Недостроенное здание без жильцов. Соседи говорят, что по этому адресу никто не торгует.',
  'registration.premises.staff':
    '{count, plural, one {на месте # работник} few {на месте # работника} many {на месте # работников} other {на месте # работника}}',
  'registration.premises.owner': 'на месте владелец',
  'registration.premises.genuine.trading':
    'Помещение открыто, деятельность ведётся; {staff}. Деятельность соответствует заявленной отрасли ({sector}).',
  'registration.premises.genuine.signboard':
    'Вывеска соответствует заявлению; {staff}; товар и оборудование соответствуют заявленной отрасли ({sector}).',
  'registration.premises.genuine.found':
    'Предприятие находится по заявленному адресу; {staff}. Документы и деятельность соответствуют заявлению.',
  'registration.premises.signboard': '{report} На стене всё ещё висит вывеска {company}.',

  'registration.reply.genuine.attached':
    'Все документы приложены. Готовы предоставить всё, что ещё потребуется.',
  'registration.reply.genuine.correct': 'Сведения в заявлении верны. Сообщите, если нужны заверенные копии.',
  'registration.reply.genuine.compliant':
    'Мы только начали работу и хотим с самого начала соблюдать требования.',
  'registration.reply.duplicate.lapsed':
    'Я регистрировался много лет назад для небольшого дела, но думал, что этот номер утратил силу, когда я прекратил деятельность.',
  'registration.reply.duplicate.spelling':
    'В некоторых моих документах имя написано по-другому; так его пишет мой новый банк.',
  'registration.reply.duplicate.never':
    'У меня никогда не было налогового номера. Прошу присвоить его побыстрее, он нужен мне для контракта.',
  'registration.reply.mismatch.recent': 'Удостоверение выдано недавно; видимо, реестр ещё не обновлён.',
  'registration.reply.mismatch.cannotCome':
    'Я не могу прийти в инспекцию. Прошу одобрить по присланной копии.',
  'registration.reply.mismatch.registryMistake': 'В реестре ошиблись в моих данных; я уже подал им жалобу.',
  'registration.reply.namesake':
    'Я никогда раньше не регистрировался. Номер удостоверения и дата рождения указаны в заявлении; тот человек — кто-то другой.',
  'registration.reply.family':
    '{name} — {relation, select, father {мой отец} mother {моя мать} son {мой сын} daughter {моя дочь} brother {мой брат} sister {моя сестра} other {{sex, select, M {мой двоюродный брат} other {моя двоюродная сестра}}}}; мы живём в одном доме. {sex, select, M {У него свой ИНН.} other {У неё свой ИНН.}}',
  'registration.reply.bogus.landlord':
    'Наш директор в отъезде. Арендодатель подпишет договор, когда он вернётся; прошу присвоить ИНН, чтобы мы могли начать выставлять счета.',
  'registration.reply.bogus.online': 'Мы торгуем в основном онлайн, а адрес используем только для переписки.',
  'registration.reply.bogus.accountant':
    'Всем занимается наш бухгалтер. Звоните, пожалуйста, ему, а не директору.',
  'registration.reply.vatThreshold':
    'Поступления в справке из банка — это наши продажи. Мы дали низкую оценку, потому что ждём более спокойного года, но в прошлом году продажи составили около {amount}.',
  'registration.reply.phoenix':
    'Старая компания прекратила работу из-за убытков. Это новая компания с чистого листа; её долги — не наши.',

  'registration.shared.nationalId': 'номер удостоверения',
  'registration.shared.birthDate': 'дата рождения',
  'registration.shared.phone': 'номер телефона',
  'registration.shared.bankAccount': 'банковский счёт',
  'registration.nameVariant.transliteration': 'другая транслитерация',
  'registration.nameVariant.diacritics': 'добавлены или опущены диакритические знаки',
  'registration.nameVariant.swapped': 'фамилия и имя переставлены',
  'registration.nameVariant.dropped-given-name': 'второе имя опущено',
  'registration.nameVariant.initials': 'имя сокращено до инициала',

  'registration.truth.genuine.individual':
    'Личность, документы и поиск по реестру согласуются: одобрите с налогами, которых требуют заявленные показатели.',
  'registration.truth.genuine.business':
    'Компания, директора, документы и поиск по реестру согласуются: одобрите с налогами, которых требуют заявленные показатели.',
  'registration.truth.duplicate.registerHit':
    'Поиск по реестру находит ИНН {tin} ({name}) с теми же данными: {matched}',
  'registration.truth.duplicate.spelling':
    'В заявлении имя написано «{name}»; в реестре — «{registered}» ({variant})',
  'registration.truth.duplicate.arrears': 'По ИНН {tin} числится недоимка {amount}',
  'registration.truth.duplicate.status': 'Статус ИНН {tin}: {status}',
  'registration.truth.duplicate.explanation':
    'У заявителя уже есть ИНН {tin}: те же данные ({matched}) при другом написании имени, поэтому привяжите заявление к этому ИНН, а не присваивайте второй.',
  'registration.truth.mismatch.birthDate':
    'В реестре для удостоверения {id} указана дата рождения {registry}; в удостоверении и заявлении — {card}',
  'registration.truth.mismatch.altered': 'Удостоверение подделано: оно не совпадает с записью в реестре',
  'registration.truth.mismatch.noRecord': 'В реестре нет записи об удостоверении {id}',
  'registration.truth.mismatch.neverIssued': 'В удостоверении указан номер, который никогда не выдавался',
  'registration.truth.mismatch.otherPerson':
    'Реестр: удостоверение {id} принадлежит лицу {holder}, дата рождения {born}, а не {applicant}',
  'registration.truth.mismatch.cardDisagrees': 'Имя и дата рождения в удостоверении не совпадают с реестром',
  'registration.truth.mismatch.explanation':
    'Удостоверение личности не подтверждается реестром, личность не установлена: откажите в регистрации.',
  'registration.truth.namesake.flag': 'Поиск по реестру находит ИНН {tin} с точно таким же именем',
  'registration.truth.namesake.clearing':
    'Удостоверение, дата рождения, телефон и адрес отличаются от данных ИНН {tin}',
  'registration.truth.namesake.explanation':
    'То же имя, что у ИНН {tin}, но другой человек: удостоверение, дата рождения, телефон и адрес отличаются, поэтому одобрите.',
  'registration.truth.family.flag': 'Тот же адрес ({address}) и та же фамилия, что у ИНН {tin} ({name})',
  'registration.truth.family.explanation':
    'Родственник владельца ИНН {tin}, живущий по тому же адресу: другие имя, удостоверение и дата рождения, поэтому одобрите.',
  'registration.truth.bogus.sharedPhone':
    'Телефон {phone} уже используют {count, plural, one {# налогоплательщик, зарегистрированный} few {# налогоплательщика, зарегистрированных} many {# налогоплательщиков, зарегистрированных} other {# налогоплательщика, зарегистрированных}} за последние пять месяцев ({tins})',
  'registration.truth.bogus.sharedAddress':
    'Адрес {address} общий с {count, plural, one {# недавно зарегистрированным налогоплательщиком} few {# недавно зарегистрированными налогоплательщиками} many {# недавно зарегистрированными налогоплательщиками} other {# недавно зарегистрированного налогоплательщика}} ({tins})',
  'registration.truth.bogus.proof': 'Подтверждение адреса: {remark}',
  'registration.truth.bogus.noActivity': 'При осмотре помещения деятельность не обнаружена',
  'registration.truth.bogus.student':
    'Единственный директор — студент {age, plural, one {# года} few {# лет} many {# лет} other {# года}} без опыта в бизнесе',
  'registration.truth.bogus.deceased': 'Единственный директор умер {on}, согласно реестру',
  'registration.truth.bogus.unemployed':
    'Единственному директору {age, plural, one {# год} few {# года} many {# лет} other {# года}}, он безработный, а фирма декларирует {amount} в год',
  'registration.truth.bogus.explanation':
    'Фиктивная регистрация: {share, select, both {телефон и адрес совпадают} phone {телефон совпадает} other {адрес совпадает}} с недавно зарегистрированными фирмами, подтверждение адреса с изъянами, в помещении никто не работает, а директор — подставное лицо; откажите.',
  'registration.truth.vat.credits':
    'Справка из банка показывает поступления {credits} за последние 12 месяцев — выше порога по НДС {threshold}',
  'registration.truth.vat.declared':
    'Заявитель декларирует {declared} в год и не просил о регистрации по НДС',
  'registration.truth.vat.explanation':
    'Предприятие настоящее, но справка из банка показывает оборот {turnover}, выше порога по НДС, поэтому одобрите с постановкой на учёт по НДС.',
  'registration.truth.phoenix.directors':
    '{directors} {count, plural, one {также является директором} few {также являются директорами} many {также являются директорами} other {также являются директорами}} {company} (ИНН {tin})',
  'registration.truth.phoenix.arrears': '{company}: статус «{status}», недоимка {amount}',
  'registration.truth.phoenix.address': 'Тот же адрес, что у {company}: {address}',
  'registration.truth.phoenix.bank': 'Банковский счёт {account} принадлежит {company}',
  'registration.truth.phoenix.phone': 'Тот же номер телефона, что у {company}',
  'registration.truth.phoenix.explanation':
    'Компания-«феникс»: директора {company}, оставившей недоимку {amount}, открыли новую компанию. Одобрите её, но привяжите к ИНН {tin}, чтобы взыскание могло проследить долг.',
  'registration.truth.fact.owes': 'имеет недоимку {amount}',
  'registration.truth.fact.status': 'имеет статус «{status}»',
  'registration.truth.fact.clear': 'не имеет задолженности',
  'registration.truth.fact.finding.birthDate':
    'указывает дату рождения {registry} для удостоверения {id}, тогда как в удостоверении указано {card}',
  'registration.truth.fact.finding.noRecord':
    'не содержит записи об удостоверении {id}: такой номер никогда не выдавался',
  'registration.truth.fact.finding.otherPerson':
    'показывает, что удостоверение {id} принадлежит лицу {holder}, а не заявителю',
} satisfies Catalogue
