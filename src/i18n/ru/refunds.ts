import type { Catalogue } from '../languages'

export default {
  'refunds.cmd.validate': 'Проверить заявление на соответствие требованиям',
  'refunds.cmd.validateHelp': 'Срок подачи, наличие декларации, счёт для возврата на имя налогоплательщика',
  'refunds.cmd.assessRisk': 'Определить уровень риска',
  'refunds.cmd.assessRiskHelp': 'От уровня риска зависят обязательные проверки',
  'refunds.cmd.checkSuppliers': 'Сверить входящий НДС с декларациями поставщиков',
  'refunds.cmd.checkCustoms': 'Сверить экспорт с данными таможни',
  'refunds.cmd.verifyBankAccount': 'Подтвердить владельца счёта в банке',
  'refunds.cmd.applyOffset': 'Зачесть в счёт других налоговых долгов',
  'refunds.cmd.applyOffsetHelp': 'По всем налогам, до любой выплаты',
  'refunds.cmd.requestSecondApproval': 'Запросить второе согласование',
  'refunds.cmd.approveFull': 'Одобрить всю заявленную сумму',
  'refunds.cmd.approvePartial': 'Одобрить часть заявленной суммы',
  'refunds.cmd.authorisePayment': 'Разрешить выплату',
  'refunds.cmd.refuse': 'Отказать в возврате',
  'refunds.cmd.blockAndRefer': 'Заблокировать возврат и передать материалы',
  'refunds.cmd.blockAndReferHelp':
    'Ставит отметку о блокировке возврата и передаёт дело в отдел расследований',
  'refunds.field.amountAllowed': 'Одобренная сумма',
  'refunds.field.disallowedWhy': 'Почему остальная сумма не принята',
  'refunds.field.refuseReason': 'Основание (войдёт в решение)',
  'refunds.field.blockReason': 'Основания блокировки и передачи',
  'refunds.reference.claimed': 'Заявлено к возврату: {claimed}.',

  'refunds.state.received': 'Заявление получено',
  'refunds.state.invalid': 'Не прошло проверку',
  'refunds.state.awaitingRisk': 'Проверено — оценка риска',
  'refunds.state.verification': 'Проверка',
  'refunds.state.approved': 'Сумма одобрена — зачёт и разрешение',
  'refunds.state.paid': 'Возврат разрешён к выплате',
  'refunds.state.refused': 'Отказано',
  'refunds.state.blocked': 'Заблокировано и передано',

  'refunds.check.suppliers': 'сверить входящий НДС с декларациями поставщиков',
  'refunds.check.customs': 'сверить экспорт с таможенными данными',
  'refunds.check.bank': 'подтвердить владельца счёта в банке',

  'refunds.blocker.notAStep': '«{type}» не является этапом рассмотрения заявления на возврат.',
  'refunds.blocker.alreadyValidated': 'Заявление уже проверено.',
  'refunds.blocker.alreadyAssessed': 'Уровень риска уже определён.',
  'refunds.blocker.validateFirst': 'Сначала проверьте заявление.',
  'refunds.blocker.failedValidationRefuse': 'Заявление не прошло проверку ({reason}): откажите в возврате.',
  'refunds.blocker.alreadyVerified': 'Эта проверка уже проведена.',
  'refunds.blocker.verifyAfterDecision': 'Сумма уже определена; проверки проводятся до решения.',
  'refunds.blocker.assessBeforeVerifying':
    'Сначала оцените риск: от уровня риска зависит, какие проверки нужны.',
  'refunds.blocker.noExports': 'В декларации нет экспорта по нулевой ставке: сверять с таможней нечего.',
  'refunds.blocker.alreadyDecided': 'Одобренная сумма уже определена.',
  'refunds.blocker.failedValidation': 'Заявление не прошло проверку: {reason}',
  'refunds.blocker.assessFirst': 'Сначала оцените риск.',
  'refunds.blocker.checksMissing':
    'Заявление {tier, select, high {с высоким} medium {со средним} other {с низким}} уровнем риска: {checks} до одобрения.',
  'refunds.blocker.refuseAfterDecision':
    'Одобренная сумма уже определена; чтобы остановить выплату, заблокируйте возврат и передайте материалы.',
  'refunds.blocker.validateBeforeRefusing': 'Проверьте заявление, прежде чем отказывать.',
  'refunds.blocker.verifyBeforeRefusing':
    'Заявление соответствует требованиям: оцените риск и проведите проверки, прежде чем отказывать.',
  'refunds.blocker.alreadyOffset': 'Зачёт уже проведён.',
  'refunds.blocker.decideBeforeOffset':
    'Сначала определите одобренную сумму: зачёт проводится из одобренной суммы.',
  'refunds.blocker.alreadyApproved': 'Второе согласование уже получено.',
  'refunds.blocker.decideFirst': 'Сначала определите одобренную сумму.',
  'refunds.blocker.noSecondApprovalNeeded':
    'Возвраты до {limit} разрешает один инспектор; второе согласование не требуется.',
  'refunds.blocker.approveFirst': 'Сначала одобрите сумму.',
  'refunds.blocker.secondApprovalFirst':
    'Для возвратов свыше {limit} нужно второе согласование: сначала запросите его.',

  'refunds.problem.amount': 'Укажите одобренную сумму.',
  'refunds.problem.amountZero': 'Если ничего не одобряется, откажите в возврате.',
  'refunds.problem.amountAboveClaim': 'Нельзя одобрить больше заявленных {claimed}.',
  'refunds.problem.reason': 'Укажите основание: оно войдёт в решение и в материалы для передачи.',

  'refunds.validation.late':
    'Заявление подано через {late, plural, one {# день} few {# дня} many {# дней} other {# дня}} после окончания периода; срок — {limit, plural, one {# день} few {# дня} many {# дней} other {# дня}}.',
  'refunds.validation.noReturn': 'Декларация по НДС за {period} не представлена.',
  'refunds.validation.notRefundAccount': 'Счёт в заявлении не совпадает со счётом для возврата в реестре.',
  'refunds.validation.notInName': 'Счёт в заявлении открыт не на имя налогоплательщика.',

  'refunds.risk.newRegistrant':
    'Зарегистрирован менее чем за {months, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}} до заявления',
  'refunds.risk.noHistory': 'Первое заявление на возврат',
  'refunds.risk.claimGrowth': 'Сумма более чем в {factor, number} раза выше средней по прежним заявлениям',
  'refunds.risk.largeClaim': 'Крупная сумма',
  'refunds.risk.accountChange':
    'Счёт для возврата открыт или изменён менее чем за {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} до заявления',
  'refunds.risk.customsMismatch': 'Заявленный экспорт без соответствующей таможенной декларации',
  'refunds.risk.supplierMismatch':
    'Входящий НДС заявлен сверх того, что поставщики отразили по продажам заявителю',
  'refunds.risk.highRiskSector': 'Отрасль высокого риска ({sector})',
  'refunds.tier.low': 'НИЗКИЙ',
  'refunds.tier.medium': 'СРЕДНИЙ',
  'refunds.tier.high': 'ВЫСОКИЙ',
  'refunds.match.matched': 'совпадает',
  'refunds.match.withinTolerance': 'в пределах допуска',
  'refunds.match.short': 'недостаточно',
  'refunds.match.notDeclared': 'не задекларировано',

  'refunds.panel.yes': 'да',
  'refunds.panel.no': 'нет',
  'refunds.panel.tin': 'ИНН',
  'refunds.panel.taxpayer': 'Налогоплательщик',
  'refunds.panel.amount': 'Сумма',
  'refunds.panel.period': 'Период',
  'refunds.panel.date': 'Дата',
  'refunds.panel.supplier': 'Поставщик',
  'refunds.panel.declaration': 'Декларация',
  'refunds.panel.claim.title': 'Заявление на возврат',
  'refunds.panel.claim.claim': 'Заявление',
  'refunds.panel.claim.period': 'Период по НДС',
  'refunds.panel.claim.filedOn': 'Декларация представлена',
  'refunds.panel.claim.filedOnValue': '{filed} (срок {due})',
  'refunds.panel.claim.lodgedOn': 'Заявление подано',
  'refunds.panel.claim.decisionDue': 'Решение принять до',
  'refunds.panel.claim.claimed': 'Заявлено к возврату',
  'refunds.panel.claim.payInto': 'Перечислить на счёт',
  'refunds.panel.claim.returnTitle': 'Декларация по НДС за {period}',
  'refunds.panel.claim.line': 'Строка',
  'refunds.panel.claim.domesticSales': 'Реализация по стандартной ставке',
  'refunds.panel.claim.outputVat': 'Исчисленный НДС по ставке {rate, number} %',
  'refunds.panel.claim.zeroRated': 'Реализация по нулевой ставке (экспорт)',
  'refunds.panel.claim.purchases': 'Приобретения',
  'refunds.panel.claim.inputVat': 'Заявленный входящий НДС',
  'refunds.panel.claim.excessCredit': 'Превышение, заявленное к возврату',
  'refunds.panel.claim.purchaseListing': 'Реестр приобретений',
  'refunds.panel.claim.what': 'Что приобретено',
  'refunds.panel.claim.capital': '{description} (основные средства)',
  'refunds.panel.claim.invoices': 'Счетов-фактур',
  'refunds.panel.claim.net': 'Без НДС',
  'refunds.panel.claim.inputVatColumn': 'Входящий НДС',
  'refunds.panel.claim.exportSchedule': 'Реестр экспортных операций',
  'refunds.panel.claim.destination': 'Страна назначения',
  'refunds.panel.claim.buyer': 'Покупатель',
  'refunds.panel.claim.goods': 'Товары',
  'refunds.panel.claim.value': 'Стоимость',
  'refunds.panel.claim.noExports': 'Экспорт по нулевой ставке не заявлен.',
  'refunds.panel.register.title': 'Сведения из реестра',
  'refunds.panel.register.noTaxpayer': 'Налогоплательщика с ИНН {tin} нет.',
  'refunds.panel.register.name': 'Наименование',
  'refunds.panel.register.registryNo': 'Рег. номер',
  'refunds.panel.register.incorporated': 'Дата образования',
  'refunds.panel.register.registeredOn': 'Поставлен на учёт',
  'refunds.panel.register.status': 'Статус',
  'refunds.panel.register.sector': 'Отрасль',
  'refunds.panel.register.segment': 'Категория',
  'refunds.panel.register.address': 'Адрес',
  'refunds.panel.register.directors': 'Руководители',
  'refunds.panel.register.noDirectors': 'сведений нет',
  'refunds.panel.register.statusValue':
    '{status, select, active {действующий} dormant {бездействующий} deregistered {снят с учёта} other {{status}}}',
  'refunds.panel.register.segmentValue':
    '{segment, select, large {крупные} medium {средние} small {малые} micro {микро} other {{segment}}}',
  'refunds.panel.register.registeredFor': 'Учёт по налогам',
  'refunds.panel.register.taxFrom': '{tax} с {from}',
  'refunds.panel.history.title': 'История возвратов',
  'refunds.panel.history.lodged': 'Подано',
  'refunds.panel.history.claimed': 'Заявлено',
  'refunds.panel.history.allowed': 'Одобрено',
  'refunds.panel.history.decided': 'Решение',
  'refunds.panel.history.none': 'Прежних заявлений на возврат нет.',
  'refunds.panel.validation.title': 'Проверка заявления',
  'refunds.panel.validation.check': 'Требование',
  'refunds.panel.validation.passed': 'Выполнено',
  'refunds.panel.validation.detail': 'Подробности',
  'refunds.panel.validation.inTime': 'Заявление подано в срок',
  'refunds.panel.validation.inTimeDetail':
    'Подано {lodged}; заявление подаётся в течение {days, plural, one {# дня} few {# дней} many {# дней} other {# дня}} после окончания периода',
  'refunds.panel.validation.returnOnFile': 'Декларация представлена',
  'refunds.panel.validation.returnOnFileDetail': 'Декларация по НДС за {period} представлена {filed}',
  'refunds.panel.validation.refundAccount': 'Счёт — зарегистрированный счёт для возврата',
  'refunds.panel.validation.inName': 'Счёт на имя налогоплательщика (по заявлению)',
  'refunds.panel.validation.valid': 'Заявление соответствует требованиям и передаётся на оценку риска.',
  'refunds.panel.risk.title': 'Оценка риска',
  'refunds.panel.risk.tier': 'Уровень риска',
  'refunds.panel.risk.score': 'Баллы',
  'refunds.panel.risk.scoreValue': '{score} (средний — от {medium}, высокий — от {high})',
  'refunds.panel.risk.required': 'Обязательные проверки',
  'refunds.panel.risk.noneRequired': 'нет (автоматический порядок)',
  'refunds.panel.risk.factors': 'Факторы риска',
  'refunds.panel.risk.factor': 'Фактор',
  'refunds.panel.risk.points': 'Баллы',
  'refunds.panel.risk.noFactor': 'Факторов риска нет.',
  'refunds.panel.suppliers.title': 'Декларации поставщиков',
  'refunds.panel.suppliers.register': 'Реестр',
  'refunds.panel.suppliers.registered': '{status}, на учёте с {on}',
  'refunds.panel.suppliers.notRegistered': 'нет в реестре',
  'refunds.panel.suppliers.claimed': 'Заявленный входящий НДС',
  'refunds.panel.suppliers.declared': 'НДС, отражённый поставщиком по продажам заявителю',
  'refunds.panel.suppliers.match': 'Сверка',
  'refunds.panel.suppliers.notMatched': 'Не подтверждено',
  'refunds.panel.suppliers.summary':
    'Допуск при сверке {tolerance, number} %. Входящий НДС, не подтверждённый декларациями поставщиков: {disallowed}.',
  'refunds.panel.customs.title': 'Таможня и валютная выручка',
  'refunds.panel.customs.valueClaimed': 'Заявленная стоимость',
  'refunds.panel.customs.record': 'Таможенные данные',
  'refunds.panel.customs.receipt': 'Валютная выручка',
  'refunds.panel.customs.found': '{amount} — {detail}',
  'refunds.panel.customs.exit': 'вывоз подтверждён {on}, {goods}, назначение: {destination}',
  'refunds.panel.customs.transfer': 'валютный перевод от {from}, {on}',
  'refunds.panel.customs.noRecord': 'сведений нет',
  'refunds.panel.customs.noReceipt': 'не найдена',
  'refunds.panel.customs.noExports': 'Экспорта для сверки нет.',
  'refunds.panel.customs.summary':
    'Реализация по нулевой ставке без таможенных данных: {value}; по стандартной ставке {rate, number} % это {vat} исчисленного НДС.',
  'refunds.panel.bank.title': 'Счёт для возврата и подтверждение банка',
  'refunds.panel.bank.from': 'С даты',
  'refunds.panel.bank.bank': 'Банк',
  'refunds.panel.bank.account': 'Счёт',
  'refunds.panel.bank.holderDeclared': 'Владелец по заявлению',
  'refunds.panel.bank.holderPerBank': 'Владелец по данным банка',
  'refunds.panel.bank.nameMatch': 'Совпадение имени',
  'refunds.panel.bank.matches': 'совпадает',
  'refunds.panel.bank.doesNotMatch': 'не совпадает',
  'refunds.panel.bank.opened': 'Открыт',
  'refunds.panel.bank.changedVia': 'Изменён через',
  'refunds.panel.offset.title': 'Зачёт в счёт других долгов',
  'refunds.panel.offset.balances': 'Задолженность по лицевому счёту налогоплательщика (все налоги)',
  'refunds.panel.offset.tax': 'Налог',
  'refunds.panel.offset.owed': 'Долг',
  'refunds.panel.offset.oldestDue': 'Самый ранний срок',
  'refunds.panel.offset.nothingOwed': 'Задолженности ни по одному налогу нет.',
  'refunds.panel.offset.offset': 'Зачёт',
  'refunds.panel.offset.to': 'В счёт',
  'refunds.panel.offset.noOffset': 'Зачёта нет: задолженности нет.',
  'refunds.panel.offset.allowed': 'Одобренная сумма',
  'refunds.panel.offset.against': 'Зачтено в счёт долгов',
  'refunds.panel.offset.toPay': 'К выплате',
  'refunds.panel.approval.title': 'Второе согласование',
  'refunds.panel.approval.text':
    'Для возвратов свыше {limit} нужно второе согласование. Начальник отдела возвратов изучил дело и одобрил {allowed} {on}.',

  'refunds.verdict.noClaim': 'По этому делу нет заявления.',
  'refunds.verdict.notFinal': '{type} не завершает рассмотрение заявления на возврат.',
  'refunds.verdict.lookalike.newExporter':
    'таможенные данные, валютная выручка и собственный банковский счёт — всё подтверждается',
  'refunds.verdict.lookalike.largeInvestment': 'приобретение основных средств отражено поставщиком',
  'refunds.verdict.block.diversion':
    'Заблокировано и передано: счёт для возврата сменили незадолго до заявления на счёт, который, по данным банка, не принадлежит налогоплательщику. Сначала нужно установить личность.',
  'refunds.verdict.block.phantom':
    'Заблокировано и передано: новая компания, «экспорт» без таможенных данных и новый счёт — признаки фиктивного экспортёра.',
  'refunds.verdict.block.refused':
    'Деньги не ушли, но отказ закрывает дело: это заявление требовало блокировки и передачи материалов, чтобы расследовать, кто за ним стоит.',
  'refunds.verdict.block.paid':
    'Разрешена выплата {amount} по заявлению, которое следовало заблокировать и передать.',
  'refunds.verdict.refuse.refused': 'Отказано: ничто в заявлении не подтверждается документами.',
  'refunds.verdict.refuse.blocked':
    'Заблокировано: выплаты не было, но в возврате следовало просто отказать.',
  'refunds.verdict.refuse.paid': 'Разрешена выплата {amount}, хотя ничто в заявлении не подтверждено.',
  'refunds.verdict.partial.refused':
    'Неподтверждённый НДС не выплачен, но {allowed} действительно причитается: отказывайте только в части, которую документы не подтверждают.',
  'refunds.verdict.partial.blocked':
    'Передача материалов оправданна, но {allowed} подтверждено и должно быть выплачено в срок; исключите только неподтверждённую часть.',
  'refunds.verdict.partial.tooMuch':
    'Одобрено {excess} неподтверждённого НДС: из заявленных {claimed} подтверждено лишь {allowed}.',
  'refunds.verdict.partial.tooLittle':
    'Одобрено {amount}, но подтверждено {allowed}: удержано {withheld} законного возмещения.',
  'refunds.verdict.partial.right':
    'Одобрено {allowed}: неподтверждённая часть исключена, остальное выплачено.',
  'refunds.verdict.full.refusedLookalike':
    'Отказано по обоснованному заявлению: {facts}. Отказ бьёт по оборотным средствам добросовестного бизнеса.',
  'refunds.verdict.full.refused': 'Отказано по обоснованному, полностью подтверждённому заявлению.',
  'refunds.verdict.full.blockedLookalike':
    'Заблокировано обоснованное заявление: {facts}. Уровень риска требует проверки, а не отказа.',
  'refunds.verdict.full.blocked': 'Заблокировано обоснованное, полностью подтверждённое заявление.',
  'refunds.verdict.full.tooLittle':
    'Одобрено {amount} из полностью подтверждённых {claimed}: причитается вся сумма.',
  'refunds.verdict.full.rightLookalike': 'Одобрено полностью: {facts}.',
  'refunds.verdict.full.right': 'Одобрено полностью: заявление подтверждено.',
  'refunds.verdict.noOffset':
    '{why} Но возврат выплачен без зачёта: {offset} сначала должны были погасить долги налогоплательщика по другим налогам.',
  'refunds.verdict.late':
    '{why} Но решение принято через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} после установленного срока.',
  'refunds.truth.flag.phantomRegistered':
    'Зарегистрирована {registered}, за {months, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}} до первого заявления на {claimed}',
  'refunds.truth.flag.servicedOffice': 'Адрес — бизнес-центр с арендой офисов: {address}',
  'refunds.truth.flag.noExportRecords':
    '{count, plural, one {По # экспортной декларации нет ни таможенной записи, ни валютной выручки} few {Ни по одной из # экспортных деклараций нет ни таможенной записи, ни валютной выручки} many {Ни по одной из # экспортных деклараций нет ни таможенной записи, ни валютной выручки} other {Ни по одной из # экспортной декларации нет ни таможенной записи, ни валютной выручки}}',
  'refunds.truth.flag.newAccount':
    'Счёт для возврата открыт {opened} и сообщён инспекции за {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} до заявления',
  'refunds.truth.flag.unsupportedExports':
    'По {unsupported} из {count} экспортных деклараций ({value}) нет ни таможенной записи, ни валютной выручки',
  'refunds.truth.flag.accountChanged':
    'Счёт для возврата изменён {changed}, за {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} до заявления, через онлайн-портал с нового адреса электронной почты',
  'refunds.truth.flag.holderMismatch': 'По данным банка, владелец счёта — {holder}, а не {name}',
  'refunds.truth.flag.newExporter':
    'Зарегистрирована за {months, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}} до первого заявления на {claimed} (выглядит рискованно)',
  'refunds.truth.flag.growth':
    'Заявление в {ratio, number, ::.0} раза больше среднего по прежним заявлениям (выглядит рискованно)',
  'refunds.truth.flag.creditsShort':
    '{supplier} задекларировал {declared} исчисленного НДС по продажам заявителю против {claimed} НДС к вычету, заявленного по его счетам-фактурам',
  'refunds.truth.flag.owes': 'Задолженность {owed} по {debts}: сначала зачесть',
  'refunds.truth.debt': '{taxType} {period}',
  'refunds.truth.clearing.newExporter':
    'По каждому экспорту есть таможенная запись и валютная выручка; счёт принадлежит самой компании',
  'refunds.truth.clearing.investment': '{purchase} от {supplier}: продажа задекларирована поставщиком',
  'refunds.truth.clearing.aCapitalPurchase': 'Основное средство',
  'refunds.truth.clearing.aSupplier': 'поставщика',
  'refunds.truth.expected.block': 'Заблокировать возврат и передать дело для расследования',
  'refunds.truth.expected.refuse': 'Отказать в возврате',
  'refunds.truth.expected.partial': 'Одобрить {allowed} из заявленных {claimed}',
  'refunds.truth.expected.partialOffset':
    'Одобрить {allowed} из заявленных {claimed}, зачесть {owed} в счёт других долгов налогоплательщика и выплатить {pay}',
  'refunds.truth.expected.full': 'Одобрить всю сумму {claimed}',
  'refunds.truth.expected.fullOffset':
    'Одобрить всю сумму {claimed}, зачесть {owed} в счёт других долгов налогоплательщика и выплатить {pay}',
  'refunds.truth.explanation.blockDiversion':
    'Само заявление может быть обоснованным, но деньги ушли бы на счёт, который, по данным банка, принадлежит другому лицу и был указан за несколько дней до заявления. Заблокируйте возврат, проверьте личность налогоплательщика и смену счёта и выясните, нет ли соучастия сотрудников.',
  'refunds.truth.explanation.blockPhantom':
    'Компания, существующая несколько месяцев и расположенная в бизнес-центре, заявляет крупный возврат по экспорту, которого таможня не видела, на счёт, открытый за несколько дней до этого. Ничего не выплачивать: заблокируйте возврат и передайте компанию на проверку до возврата и расследование.',
  'refunds.truth.explanation.refuse': 'Если исключить неподтверждённый экспорт и вычеты, возвращать нечего.',
  'refunds.truth.explanation.partialExports':
    'По экспорту на {value} нет таможенной записи, поэтому нулевая ставка не применяется: по ставке {rate} % он облагается НДС в размере {vat}, который вычитается из заявленной суммы. Остальное подтверждено и подлежит возврату.',
  'refunds.truth.explanation.partialCredits':
    '{disallowed} НДС к вычету не подтверждены декларацией поставщика: эта сумма не принимается, а поставщик направляется на проверку. Остальное совпадает и подлежит возврату.',
  'refunds.truth.explanation.fullNewExporter':
    'Первое заявление нового экспортёра по правилам имеет высокий риск, поэтому проверяется полностью; таможня, валютная выручка, поставщики и банк его подтверждают. Выплатите в срок.',
  'refunds.truth.explanation.fullInvestment':
    'Заявление намного больше обычного из-за покупки основного средства, и поставщик задекларировал эту продажу: вычет реален. Выплатите.',
  'refunds.truth.explanation.fullGenuine':
    'Вычеты совпадают с декларациями поставщиков, а экспорт — с таможенными записями: возврат положен.',
  'refunds.truth.explanation.withOffset':
    '{explanation} У налогоплательщика есть долг по другому налогу, поэтому возврат сначала погашает этот долг.',

  'refunds.story.title': 'Возврат НДС {period}: {name}',
  'refunds.story.channel.registration': 'Регистрационная форма',
  'refunds.story.channel.letter': 'Письмо за подписью руководителя',
  'refunds.story.channel.portal': 'Онлайн-портал',
  'refunds.story.channel.newEmail': 'Онлайн-портал, с нового адреса электронной почты',

  'refunds.ledger.notAllowed': 'часть заявленного возврата не одобрена',
  'refunds.ledger.offsetTo': 'зачёт возврата в счёт {taxType} {period}',
  'refunds.ledger.offsetFrom': 'из возврата НДС за {period}',
  'refunds.ledger.paid': 'возврат разрешён к выплате',
} satisfies Catalogue
