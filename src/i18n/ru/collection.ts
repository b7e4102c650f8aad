import type { Catalogue } from '../languages'

export default {
  'collection.cmd.reviewAccount': 'Проверить лицевой счёт и возраст задолженности',
  'collection.cmd.checkNotices': 'Проверить направленные уведомления',
  'collection.cmd.checkObjections': 'Проверить реестр возражений',
  'collection.cmd.checkAgreements': 'Проверить соглашения и заявления',
  'collection.cmd.reviewCashFlow': 'Изучить отчёт о движении денежных средств',
  'collection.cmd.bankInquiry': 'Направить запрос в банк',
  'collection.cmd.checkEmployer': 'Проверить данные работодателя и дебиторов',
  'collection.cmd.checkRegistry': 'Проверить реестры и имущество',
  'collection.cmd.softContact': 'Направить напоминание (SMS, e-mail или письмо)',
  'collection.cmd.serveDemand': 'Направить требование об уплате',
  'collection.cmd.serveDemand.help':
    'Запускает срок требования: уведомление считается полученным по истечении установленных законом дней, после чего у налогоплательщика есть срок требования для уплаты, прежде чем взыскание станет законным.',
  'collection.cmd.holdDisputed': 'Приостановить взыскание оспариваемой суммы',
  'collection.cmd.declareDefault': 'Признать действующее соглашение нарушенным',
  'collection.cmd.refuseAgreement': 'Отказать в рассрочке',
  'collection.cmd.proposeWriteOff': 'Предложить списание',
  'collection.cmd.rejectWriteOff': 'Зафиксировать возврат списания',
  'collection.cmd.enforce': 'Вынести решение о взыскании',
  'collection.cmd.protectiveMeasure': 'Заблокировать счета сейчас (обеспечительная мера)',
  'collection.cmd.protectiveMeasure.help':
    'Только до истечения срока требования, когда должник выводит имущество.',
  'collection.cmd.grantAgreement': 'Предоставить рассрочку',
  'collection.cmd.approveWriteOff': 'Зафиксировать утверждение списания',
  'collection.cmd.diarise': 'Отложить (никаких действий до более поздней даты)',
  'collection.field.reason': 'Основание, которое войдёт в письмо',
  'collection.field.criterion': 'Критерий',
  'collection.field.note': 'Чем это подтверждается',
  'collection.field.approver': 'Решение принимает',
  'collection.field.tool': 'Мера',
  'collection.field.amount': 'Сумма к взысканию',
  'collection.field.months': 'Ежемесячных платежей',
  'collection.field.security': 'Требуемое обеспечение',
  'collection.tool.offset': 'Зачесть возврат или переплату, причитающиеся налогоплательщику',
  'collection.tool.bank': 'Обратить взыскание на банковские счета',
  'collection.tool.employer': 'Обязать работодателя перечислять часть заработной платы',
  'collection.tool.receivables': 'Обязать дебиторов платить налоговому органу',
  'collection.tool.seizure': 'Арестовать и реализовать имущество',
  'collection.toolName.offset': 'зачёт возврата или переплаты, причитающихся налогоплательщику',
  'collection.toolName.bank': 'обращение взыскания на банковские счета',
  'collection.toolName.employer': 'поручение работодателю перечислять часть заработной платы',
  'collection.toolName.receivables': 'поручение дебиторам платить налоговому органу',
  'collection.toolName.seizure': 'арест и реализация имущества',
  'collection.security.none': 'Без обеспечения',
  'collection.security.bankGuarantee': 'Банковская гарантия',
  'collection.security.chargeOnAssets': 'Залог имущества',
  'collection.criterion.liquidation':
    'Компания ликвидируется или исключена из реестра, доступного имущества нет',
  'collection.criterion.untraceable': 'Местонахождение налогоплательщика не установлено',
  'collection.criterion.uneconomic': 'Стоимость взыскания превышает долг',
  'collection.approver.self': 'Вы сами — инспектор, внёсший предложение',
  'collection.approver.supervisor': 'Руководитель группы',
  'collection.approver.head': 'Начальник отдела взыскания',
  'collection.state.routing': 'Открытие дела',
  'collection.state.debtDetected': 'Долг выявлен — требование ещё не направлено',
  'collection.state.demandPeriod': 'Требование направлено — срок идёт',
  'collection.state.enforceable': 'Срок требования истёк — взыскание возможно',
  'collection.state.writeOffProposed': 'Предложено списание — ожидает утверждения',
  'collection.state.enforced': 'Решение о взыскании вынесено',
  'collection.state.assetsFrozen': 'Счета заблокированы (обеспечительная мера)',
  'collection.state.agreementGranted': 'Рассрочка предоставлена',
  'collection.state.writtenOff': 'Списано',
  'collection.state.diarised': 'Отложено для контроля',
  'collection.blocker.done.account': 'Лицевой счёт налогоплательщика уже проверен.',
  'collection.blocker.done.notices': 'Направленные уведомления уже проверены.',
  'collection.blocker.done.objections': 'Реестр возражений уже проверен.',
  'collection.blocker.done.agreements': 'История соглашений уже проверена.',
  'collection.blocker.done.cashFlow': 'Отчёт о движении денежных средств уже изучен.',
  'collection.blocker.done.bank': 'Запрос в банк уже направлен.',
  'collection.blocker.done.employer': 'Данные работодателя и дебиторов уже проверены.',
  'collection.blocker.done.registry': 'Реестры уже проверены.',
  'collection.blocker.notAStep': '«{type}» — не действие по взысканию.',
  'collection.blocker.noCashFlow':
    'Налогоплательщик не просил отсрочки; отчёта о движении денежных средств в деле нет.',
  'collection.blocker.writeOffPending':
    'Предложение о списании ожидает утверждения; до решения по нему с делом ничего сделать нельзя.',
  'collection.blocker.noDemand': 'Требование об уплате не направлено: взыскание пока незаконно.',
  'collection.blocker.periodRunning':
    'Срок требования истекает {endsOn} (направлено {servedOn}, считается полученным {deemedOn}); взыскание законно с {from}.',
  'collection.blocker.enforceNoticesFirst':
    'Сначала проверьте направленные уведомления: для взыскания нужно доказательство направления требования.',
  'collection.blocker.enforceObjectionsFirst':
    'Сначала проверьте реестр возражений: правомерно оспоренную сумму взыскивать нельзя.',
  'collection.blocker.holdFirst': 'Сначала зафиксируйте приостановление взыскания оспариваемых {amount}.',
  'collection.blocker.agreementInForce':
    'Действует соглашение о рассрочке (предоставлено {grantedOn}): пока оно действует, взыскание незаконно.',
  'collection.blocker.decideRequestFirst':
    'Сначала примите решение по заявлению налогоплательщика о рассрочке.',
  'collection.blocker.demandAlreadyServed':
    'Требование об уплате уже направлено; напоминание больше не следующий шаг.',
  'collection.blocker.reminderSent': 'Напоминание уже направлено ({on}).',
  'collection.blocker.demandServed': 'Требование об уплате уже направлено ({on}).',
  'collection.blocker.demandAccountFirst':
    'Сначала проверьте лицевой счёт: в требовании должна быть верная сумма.',
  'collection.blocker.reminderFirst':
    'Сначала направьте напоминание: требование следует за мягким контактом.',
  'collection.blocker.alreadyHeld': 'Взыскание оспариваемой суммы уже приостановлено.',
  'collection.blocker.objectionsFirst': 'Сначала проверьте реестр возражений.',
  'collection.blocker.noSuspension':
    'По закону возражение не приостанавливает взыскание: приостанавливать нечего.',
  'collection.blocker.nothingToHold':
    'По этому долгу нет рассматриваемого правомерного возражения: приостанавливать нечего.',
  'collection.blocker.defaultDeclared': 'Соглашение уже признано нарушенным.',
  'collection.blocker.noAgreement': 'Действующего соглашения о рассрочке нет.',
  'collection.blocker.agreementsFirst': 'Сначала проверьте историю соглашений.',
  'collection.blocker.notInDefault':
    'Пропущено только {missed, plural, one {# платёж} few {# платежа} many {# платежей} other {# платежа}}; соглашение считается нарушенным после {needed}.',
  'collection.blocker.requestRefused': 'В заявлении уже отказано.',
  'collection.blocker.noRequest': 'Налогоплательщик не просил рассрочки.',
  'collection.blocker.requestWasRefused': 'В заявлении о рассрочке отказано.',
  'collection.blocker.agreementAccountFirst':
    'Сначала проверьте лицевой счёт: для рассрочки текущие декларации должны быть поданы.',
  'collection.blocker.accountFirst': 'Сначала проверьте лицевой счёт налогоплательщика.',
  'collection.blocker.writeOffRegistryFirst':
    'Сначала проверьте реестры: для списания нужны документально подтверждённые основания.',
  'collection.blocker.noProposal': 'Списание по этому делу не предлагалось.',
  'collection.blocker.noProtectiveMeasures':
    'Закон не предусматривает обеспечительных мер до истечения срока требования.',
  'collection.blocker.serveDemandFirst': 'Сначала направьте требование об уплате.',
  'collection.blocker.periodOverEnforce':
    'Срок требования истёк: обратите взыскание на счета, а не блокируйте их.',
  'collection.blocker.noticesFirst': 'Сначала проверьте направленные уведомления.',
  'collection.blocker.freezeBankFirst':
    'Сначала направьте запрос в банк: для блокировки нужны установленные счета.',
  'collection.blocker.diariseNoticesFirst':
    'Сначала проверьте направленные уведомления, чтобы дата контроля была верной.',
  'collection.unlawful.beforePeriod': '{why} Взыскание до истечения срока требования незаконно.',
  'collection.unlawful.agreementInForce':
    'Действует соглашение о рассрочке (предоставлено {grantedOn}); пока налогоплательщик его соблюдает, долг взыскивать нельзя.',
  'collection.unlawful.disputed':
    '{disputed} долга оспорены правомерным возражением и не могут взыскиваться до решения по нему; взыскать можно не более {undisputed}.',
  'collection.problem.chooseTool': 'Выберите меру взыскания.',
  'collection.problem.toolNotLawful': '«{tool}» — не мера взыскания, предусмотренная законом.',
  'collection.problem.offsetAccountFirst':
    'Сначала проверьте лицевой счёт: для зачёта на нём нужна переплата.',
  'collection.problem.garnishBankFirst':
    'Сначала направьте запрос в банк: нельзя обратить взыскание на неустановленный счёт.',
  'collection.problem.employerFirst':
    'Сначала проверьте данные работодателя и дебиторов: в поручении должен быть указан плательщик.',
  'collection.problem.seizureRegistryFirst':
    'Сначала проверьте реестры: для ареста нужно установленное имущество.',
  'collection.problem.amount': 'Укажите сумму к взысканию.',
  'collection.problem.aboveHeld': 'Взыскать можно не более {limit}: {held} оспорены и приостановлены.',
  'collection.problem.aboveDebt': 'Долг составляет не более {limit}.',
  'collection.problem.months': 'Укажите число ежемесячных платежей.',
  'collection.problem.tooManyMonths': 'Закон допускает не более {max} ежемесячных платежей.',
  'collection.problem.security': 'Выберите требуемое обеспечение (или без обеспечения).',
  'collection.problem.reason': 'Укажите основание отказа; оно войдёт в письмо налогоплательщику.',
  'collection.problem.criterion': 'Выберите основание списания.',
  'collection.problem.notInLiquidation':
    'Реестр юридических лиц не показывает, что налогоплательщик ликвидируется или исключён.',
  'collection.problem.traced': 'Налогоплательщик найден: в реестрах есть актуальный адрес.',
  'collection.problem.notUneconomic':
    'Долг ({debt}) превышает {limit} — сумму, до которой взыскание обходится дороже, чем приносит.',
  'collection.problem.unknownCriterion': 'Неизвестное основание: {criterion}',
  'collection.problem.approver': 'Выберите, кто принимает решение по предложению.',
  'collection.problem.selfApproval':
    'Списание предложили вы: разделение полномочий требует, чтобы решение принимал другой сотрудник.',
  'collection.problem.aboveSupervisor':
    'Списание {amount} превышает лимит руководителя группы: его утверждает начальник отдела взыскания.',
  'collection.reference.debt': 'Долг на счёте: {amount}.',
  'collection.reference.requested':
    'Налогоплательщик просит {months} ежемесячных платежей (закон допускает не более {max}).',
  'collection.reference.maxMonths': 'Закон допускает не более {max} ежемесячных платежей.',
  'collection.channel.sms': 'SMS',
  'collection.channel.email': 'e-mail',
  'collection.channel.letter': 'письмо',
  'collection.method.registeredMail': 'заказное письмо',
  'collection.method.handDelivery': 'вручено лично',
  'collection.method.email': 'e-mail',
  'collection.objectionStatus.pending': 'на рассмотрении',
  'collection.objectionStatus.decided': 'рассмотрено',
  'collection.objectionStatus.withdrawn': 'отозвано',
  'collection.agreementStatus.completed': 'исполнено',
  'collection.agreementStatus.defaulted': 'нарушено',
  'collection.agreementStatus.active': 'действует',
  'collection.taxpayerKind': '{kind, select, business {Организация} other {Физическое лицо}}',
  'collection.priority': '{priority, select, high {высокий} low {низкий} other {обычный}}',
  'collection.panel.taxpayer': 'Налогоплательщик',
  'collection.panel.tin': 'ИНН',
  'collection.panel.date': 'Дата',
  'collection.panel.dateOnly': '{on}',
  'collection.panel.tax': 'Налог',
  'collection.panel.period': 'Период',
  'collection.panel.received': 'Поступило',
  'collection.panel.none': 'Нет',
  'collection.panel.case.title': 'Дело о взыскании',
  'collection.panel.case.type': 'Тип',
  'collection.panel.case.arrears': 'Недоимка',
  'collection.panel.case.oldest': 'Самая ранняя просрочка с',
  'collection.panel.case.oldestValue':
    '{on} ({days, plural, one {# день} few {# дня} many {# дней} other {# дня}})',
  'collection.panel.case.score': 'Оценка собираемости',
  'collection.panel.case.scoreValue':
    '{score} / 100 ({band, select, high {высокая} medium {средняя} other {низкая}})',
  'collection.panel.case.priority': 'Приоритет',
  'collection.panel.case.stage': 'Стадия',
  'collection.panel.case.demandServed': 'Требование об уплате направлено {on}',
  'collection.panel.case.reminderSent': 'Напоминание направлено {on}; требования ещё нет',
  'collection.panel.case.noContact': 'Контактов ещё не было',
  'collection.panel.case.request': 'Заявление в деле',
  'collection.panel.case.requestOn': 'Рассрочка запрошена {on}',
  'collection.panel.account.title': 'Лицевой счёт налогоплательщика',
  'collection.panel.account.ageing': 'Недоимка по срокам',
  'collection.panel.account.notDue': 'Срок не наступил',
  'collection.panel.account.d0_90': '1–90 дней',
  'collection.panel.account.d91_365': '91–365 дней',
  'collection.panel.account.over365': 'Свыше 365 дней',
  'collection.panel.account.ledger': 'Лицевой счёт',
  'collection.panel.account.entry': 'Запись',
  'collection.panel.account.debit': 'Дебет',
  'collection.panel.account.credit': 'Кредит',
  'collection.panel.account.reference': 'Основание',
  'collection.panel.account.noEntries': 'Записей нет.',
  'collection.panel.account.net': 'Итоговое сальдо по всему счёту: {amount}.',
  'collection.panel.returns.title': 'Декларации',
  'collection.panel.returns.due': 'Срок',
  'collection.panel.returns.filed': 'Подана',
  'collection.panel.returns.notFiled': 'не подана',
  'collection.panel.returns.status': 'Статус',
  'collection.panel.returns.missing': 'отсутствует',
  'collection.panel.returns.notYetDue': 'срок не наступил',
  'collection.panel.returns.late': 'с опозданием',
  'collection.panel.returns.onTime': 'в срок',
  'collection.panel.returns.declared': 'Заявленный налог',
  'collection.panel.returns.empty': 'Деклараций в деле нет.',
  'collection.panel.notices.title': 'Направленные уведомления',
  'collection.panel.notices.reminders': 'Напоминания',
  'collection.panel.notices.sent': 'Направлено',
  'collection.panel.notices.channel': 'Канал',
  'collection.panel.notices.noReminder': 'Напоминаний не направлялось.',
  'collection.panel.notices.finalDemand': 'Требование об уплате',
  'collection.panel.notices.notice': 'Документ',
  'collection.panel.notices.served': 'Направлено',
  'collection.panel.notices.servedValue': '{on} ({method})',
  'collection.panel.notices.deemed':
    'Считается полученным (+{days, plural, one {# день} few {# дня} many {# дней} other {# дня}})',
  'collection.panel.notices.periodEnds':
    'Срок требования истекает (+{days, plural, one {# день} few {# дня} many {# дней} other {# дня}})',
  'collection.panel.notices.lawfulFrom': 'Взыскание законно с',
  'collection.panel.notices.noDemand': 'Требование об уплате не направлялось.',
  'collection.panel.objections.title': 'Реестр возражений',
  'collection.panel.objections.objection': 'Возражение',
  'collection.panel.objections.assessed': 'Начислено',
  'collection.panel.objections.lodged': 'Подано',
  'collection.panel.objections.lastDay': 'Последний день для возражения',
  'collection.panel.objections.inDispute': 'Оспаривается',
  'collection.panel.objections.status': 'Статус',
  'collection.panel.objections.grounds': 'Основания',
  'collection.panel.objections.empty': 'Налогоплательщик не подавал возражений.',
  'collection.panel.objections.rule':
    'Возражение подаётся в течение {days, plural, one {# дня} other {# дней}} со дня, когда уведомление о начислении считается полученным ({deemed, plural, one {через # день} few {через # дня} other {через # дней}} после его выдачи). {suspends, select, yes {Правомерное возражение на рассмотрении приостанавливает взыскание только оспариваемой суммы.} other {В этой юрисдикции возражение не приостанавливает взыскание.}}',
  'collection.panel.agreements.title': 'Соглашения и заявления',
  'collection.panel.agreements.tableTitle': 'Соглашения о рассрочке',
  'collection.panel.agreements.agreement': 'Соглашение',
  'collection.panel.agreements.granted': 'Предоставлено',
  'collection.panel.agreements.monthsColumn': 'Месяцев',
  'collection.panel.agreements.instalment': 'Платёж',
  'collection.panel.agreements.paid': 'Уплачено',
  'collection.panel.agreements.missed': 'Пропущено',
  'collection.panel.agreements.status': 'Статус',
  'collection.panel.agreements.security': 'Обеспечение',
  'collection.panel.agreements.empty': 'Ранее соглашений о рассрочке не было.',
  'collection.panel.agreements.waiting': 'Заявление ожидает решения',
  'collection.panel.agreements.askedMonths': 'Запрошено ежемесячных платежей',
  'collection.panel.agreements.implies': 'Соответствующий платёж',
  'collection.panel.agreements.reason': 'Причина, указанная налогоплательщиком',
  'collection.panel.agreements.longest': 'Наибольший срок по закону',
  'collection.panel.agreements.months':
    '{months, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}',
  'collection.panel.agreements.noRequest': 'Заявлений об отсрочке нет.',
  'collection.panel.cashFlow.shortTitle': 'Отчёт о движении денежных средств',
  'collection.panel.cashFlow.title': 'Отчёт о движении денежных средств (приложен к заявлению)',
  'collection.panel.cashFlow.none': 'Отчёта о движении денежных средств в деле нет.',
  'collection.panel.cashFlow.month': 'Месяц',
  'collection.panel.cashFlow.actual': 'факт',
  'collection.panel.cashFlow.projected': 'прогноз',
  'collection.panel.cashFlow.receipts': 'Поступления',
  'collection.panel.cashFlow.payments': 'Выплаты',
  'collection.panel.cashFlow.net': 'Сальдо',
  'collection.panel.cashFlow.surplus': 'Средний прогнозный ежемесячный излишек',
  'collection.panel.cashFlow.explanation': 'Пояснение налогоплательщика',
  'collection.panel.bank.title': 'Ответы банков на запрос',
  'collection.panel.bank.accounts': 'Открытые счета',
  'collection.panel.bank.bank': 'Банк',
  'collection.panel.bank.account': 'Счёт',
  'collection.panel.bank.balance': 'Остаток на сегодня',
  'collection.panel.bank.noAccount': 'Ни один банк не сообщил о счёте на имя налогоплательщика.',
  'collection.panel.bank.transactions': 'Операции за последние 60 дней',
  'collection.panel.bank.description': 'Описание',
  'collection.panel.bank.counterparty': 'Контрагент',
  'collection.panel.bank.in': 'Приход',
  'collection.panel.bank.out': 'Расход',
  'collection.panel.bank.noTransactions': 'Операций нет.',
  'collection.panel.employer.panelTitle': 'Работодатель и дебиторы',
  'collection.panel.employer.title': 'Работодатель (отчётность по НДФЛ, удерживаемому работодателем)',
  'collection.panel.employer.employer': 'Работодатель',
  'collection.panel.employer.tin': 'ИНН работодателя',
  'collection.panel.employer.wage': 'Ежемесячная заработная плата до вычетов',
  'collection.panel.employer.reaches': 'Поручение работодателю охватывает',
  'collection.panel.employer.reachesValue':
    '{percent} % каждой выплаты в течение {months, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}',
  'collection.panel.employer.none': 'Ни один работодатель не сообщает о выплатах этому налогоплательщику.',
  'collection.panel.employer.debtors': 'Дебиторы (неоплаченные электронные счета-фактуры налогоплательщика)',
  'collection.panel.employer.customer': 'Покупатель',
  'collection.panel.employer.invoiceDate': 'Дата счёта',
  'collection.panel.employer.owed': 'Задолженность',
  'collection.panel.employer.noDebtors': 'Неоплаченных счетов покупателей нет.',
  'collection.panel.registry.title': 'Реестры и имущество',
  'collection.panel.registry.status': 'Статус в реестре',
  'collection.panel.registry.liquidator': 'Ликвидатор',
  'collection.panel.registry.assets': 'Зарегистрированное имущество (транспорт, земля, оборудование)',
  'collection.panel.registry.asset': 'Имущество',
  'collection.panel.registry.value': 'Стоимость при принудительной реализации',
  'collection.panel.registry.noAssets': 'Зарегистрированного имущества нет.',
  'collection.verdict.noRecord': 'Дела о взыскании с таким номером нет.',
  'collection.verdict.notClosing': '«{command}» не закрывает дело о взыскании.',
  'collection.verdict.enforce.seizedCashFlow':
    'Арестовано имущество добросовестного налогоплательщика с временными трудностями: правильным ответом была отсрочка.',
  'collection.verdict.enforce.overReaction':
    'Чрезмерная реакция: добросовестный налогоплательщик с реальными временными трудностями просил реалистичный график. Предоставьте рассрочку.',
  'collection.verdict.enforce.uncollectible':
    'Компания ликвидируется, взыскивать не из чего: взыскание обходится дороже, чем приносит. Предложите списание (и заявите требование в ликвидации).',
  'collection.verdict.enforce.reachesNothing':
    '«{tool}» здесь ничего не достаёт: решение ничего не взыскивает, а долг стареет.',
  'collection.verdict.enforce.freezeAvailable':
    'Законно после истечения срока, но пока вы ждали, должник опустошал счета: была доступна обеспечительная блокировка.',
  'collection.verdict.enforce.securityAllowed':
    'Допустимо, но при {defaults, plural, one {# нарушении} few {# нарушениях} many {# нарушениях} other {# нарушения}} закон разрешает новую рассрочку под обеспечение.',
  'collection.verdict.enforce.proportionate':
    'Законно и соразмерно: {best} — наименее обременительная мера, покрывающая долг.',
  'collection.verdict.enforce.short':
    'Мера верная, но на меньшую сумму, чем законно причитается. Взыскивается {amount} из {due}.',
  'collection.verdict.enforce.disproportionate':
    'Несоразмерно: арест имущества, когда долг покрывает более мягкая мера ({best}).',
  'collection.verdict.enforce.moreIntrusive':
    'Законно, но обременительнее, чем нужно: {best} покрывает весь долг.',
  'collection.verdict.enforce.reachesLittle':
    '«{tool}» покрывает только {reach} из {due}; {best} покрывает весь долг. Решение взыскивает мало, а долг стареет.',
  'collection.verdict.enforce.milderPartly':
    'Мера мягче, но {toolName} покрывает только {reach} из {due}; {best} покрывает весь долг.',
  'collection.verdict.agreement.securedAbuse':
    'Обеспечение защищает бюджет, но после {defaults, plural, one {# нарушенного соглашения} few {# нарушенных соглашений} many {# нарушенных соглашений} other {# нарушенного соглашения}} в заявлении следовало отказать и взыскать долг.',
  'collection.verdict.agreement.unsecuredAbuse':
    'Новая рассрочка без обеспечения для налогоплательщика с {defaults, plural, one {# нарушенным соглашением} few {# нарушенными соглашениями} many {# нарушенными соглашениями} other {# нарушенного соглашения}}: долг продолжает стареть.',
  'collection.verdict.agreement.noSecurity':
    'После нарушения новая рассрочка требует обеспечения; здесь его нет.',
  'collection.verdict.agreement.securedUnrealistic':
    'С обеспечением, но график превышает возможности денежного потока.',
  'collection.verdict.agreement.secured': 'Рассрочка с обеспечением, как того требует закон после нарушения.',
  'collection.verdict.agreement.unrealistic':
    'Платёж {instalment} превышает прогнозный излишек {surplus}: этот график будет нарушен.',
  'collection.verdict.agreement.needlessSecurity':
    'Отсрочка была верным решением, но обеспечение — лишнее бремя для добросовестного налогоплательщика без нарушений.',
  'collection.verdict.agreement.granted':
    'Добросовестный налогоплательщик, реальные временные трудности и реалистичный график в пределах закона: предоставить.',
  'collection.verdict.agreement.notNeeded': 'Рассрочка — не то, что требовалось по этому делу.',
  'collection.verdict.protective.flight':
    'Крупные переводы со счетов после требования: блокировка счетов сейчас защищает долг.',
  'collection.verdict.protective.cashFlow':
    'Счета добросовестного налогоплательщика, просившего отсрочки, заблокированы без каких-либо признаков вывода средств.',
  'collection.verdict.protective.noFlight':
    'Признаков вывода имущества нет: обычные платежи — не вывод, и срок требования должен истечь.',
  'collection.verdict.diarise.flight':
    'Ожидание, пока должник выводит деньги: нужна была немедленная обеспечительная блокировка.',
  'collection.verdict.diarise.cashFlow':
    'Заявление об отсрочке осталось без решения; налогоплательщик имеет право на рассрочку.',
  'collection.verdict.diarise.uncollectible':
    'Безнадёжный долг остался на учёте: предложите списание с документально подтверждённым основанием.',
  'collection.verdict.diarise.periodOver':
    'Когда вы отложили дело, срок требования уже истёк: долг можно было взыскивать.',
  'collection.verdict.diarise.waiting':
    'До истечения срока требования законных действий нет: отложено для контроля.',
  'collection.verdict.diarise.noDemand': 'Требование не направлено: срок требования так и не начнётся.',
  'collection.verdict.diarise.delay':
    'Срок требования истёк, и ничто не препятствует: каждая неделя промедления снижает шансы на взыскание.',
  'collection.verdict.writeOff.collectable': 'Списан взыскиваемый долг: бюджет потерял доход.',
  'collection.verdict.writeOff.approved':
    'Списано по документально подтверждённому основанию, утверждено не тем, кто предлагал.',
  'collection.verdict.writeOff.otherCriterion':
    'Списано, но не по тому основанию, которое документы подтверждают лучше всего ({criterion}).',
  'collection.world.title': '{name}: недоимка',
  'collection.world.registry.active': 'Действующая',
  'collection.world.registry.alive': 'Жив; адрес подтверждён',
  'collection.world.registry.inLiquidation': 'В стадии ликвидации',
  'collection.world.registry.companyNote':
    'Реестр юридических лиц: организация действующая, годовая отчётность сдана в срок. Юридический адрес: {line}, {city}.',
  'collection.world.registry.civilNote':
    'Записи ЗАГС и данные коммунальных служб подтверждают адрес {line}, {city}.',
  'collection.world.registry.liquidationNote':
    'Добровольная ликвидация по решению кредиторов начата {on}. Согласно отчёту ликвидатора, обеспеченные долги превышают стоимость всех активов: необеспеченным кредиторам ничего не достанется.',
  'collection.world.liquidator': '{name}, арбитражный управляющий',
  'collection.world.tx.rent': 'Аренда',
  'collection.world.tx.salaries': 'Заработная плата',
  'collection.world.tx.customerReceipt': 'Поступление от покупателя',
  'collection.world.tx.supplierPayment': 'Оплата поставщику',
  'collection.world.tx.salary': 'Зарплата',
  'collection.world.tx.cardPayments': 'Оплата картой',
  'collection.world.tx.utilityBill': 'Коммунальные платежи',
  'collection.world.tx.cashWithdrawal': 'Снятие наличных',
  'collection.world.tx.transferOut': 'Исходящий перевод',
  'collection.world.tx.transferOutLoan': 'Исходящий перевод: возврат займа директора',
  'collection.world.party.customer': 'Покупатель',
  'collection.world.party.supplier': 'Поставщик',
  'collection.world.party.landlord': 'Арендодатель',
  'collection.world.party.payroll': 'Зарплатный проект',
  'collection.world.party.various': 'Разные получатели',
  'collection.world.party.electricity': 'Энергосбытовая компания',
  'collection.world.party.atm': 'Банкомат',
  'collection.world.party.aDirector': 'директор',
  'collection.world.party.offshoreBank': 'офшорном банке',
  'collection.world.party.mainCustomer': 'наш основной покупатель',
  'collection.world.party.personalAccount': '{name} (личный счёт)',
  'collection.world.party.newAccount': 'Новый счёт в {bank}',
  'collection.world.asset':
    '{what, select, van {Фургон} pickup {Пикап} saloon {Легковой автомобиль} forklift {Вилочный погрузчик} other {Дизель-генератор}}, зарегистрирован в {year} г.',
  'collection.world.request.slow': 'Дела шли плохо; отныне будем платить каждый месяц.',
  'collection.world.request.latePaying': 'Покупатели платят с опозданием. Нам снова нужна отсрочка.',
  'collection.world.request.restructuring': 'Мы проводим реструктуризацию и просим ещё одну рассрочку.',
  'collection.world.request.customerLate':
    'Покупатель {customer} заплатил нам с опозданием на {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}; теперь счета погашаются частями.',
  'collection.world.cashFlow.better': 'Ближайшие месяцы будут лучше; мы ожидаем новые контракты.',
  'collection.world.cashFlow.delayed':
    'Поступления снижались два месяца, потому что покупатель {customer} задержал оплату крупных счетов. Заказы стабильны, покупатель начал платить; прогноз основан на подписанных контрактах.',
  'collection.world.grounds.depreciation': 'Непринятая амортизация нового оборудования',
  'collection.world.grounds.transferPricing':
    'Корректировка по трансфертному ценообразованию на управленческие услуги',
  'collection.world.grounds.wrongYear': 'Доход отнесён не к тому году',
  'collection.world.grounds.lateFilingDecided':
    'Штраф за несвоевременную подачу декларации (решено: штраф снижен, остаток уплачен)',
  'collection.world.flag.transfersOut':
    'Два исходящих перевода на общую сумму {amount} в течение нескольких дней после вручения требования об уплате {on}',
  'collection.world.flag.moneyMoved':
    'Деньги переведены: {director} (личный счёт) и новый счёт в другом банке',
  'collection.world.flag.defaulted':
    '{defaults, plural, one {# соглашение о рассрочке нарушено} few {# соглашения о рассрочке нарушены} many {# соглашений о рассрочке нарушено} other {# соглашения о рассрочке нарушены}}{active, select, yes {, включая текущее} other {}}',
  'collection.world.flag.returnsMissing':
    '{missing, plural, one {# последняя декларация не подана} few {# последние декларации не поданы} many {# последних деклараций не подано} other {# последней декларации не подано}}',
  'collection.world.flag.longestTerm':
    'Просит максимальный срок, допускаемый законом, с расплывчатым обоснованием',
  'collection.world.flag.objectionPending':
    'Возражение {id} подано через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} после начисления (срок {window, plural, one {# день} few {# дня} many {# дней} other {# дня}}), ещё не рассмотрено',
  'collection.world.flag.onlyAssessed':
    'Оспаривается только доначисление ({disputedTax}); недоимка ({tax}) не оспаривается',
  'collection.world.flag.inLiquidation': 'Организация в стадии ликвидации с {on}',
  'collection.world.flag.nothingForUnsecured':
    'Ликвидатор сообщает, что необеспеченным кредиторам ничего не достанется',
  'collection.world.flag.accountsEmpty': 'Счета пусты',
  'collection.truth.expected.enforce':
    'Взыскать {amount} наименее обременительной мерой, которая её покрывает ({tool, select, offset {зачёт} bank {обращение взыскания на счёт} employer {обращение взыскания на заработную плату} receivables {обращение взыскания на дебиторскую задолженность} other {арест имущества}}){hold, select, yes {, приостановив взыскание оспариваемой суммы {disputed}} other {}}',
  'collection.truth.expected.protect':
    'Немедленно приостановить операции по счетам (обеспечительная мера), пока деньги не ушли',
  'collection.truth.expected.grant':
    'Предоставить рассрочку на {months, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}{secured, select, yes { под обеспечение} other {}}',
  'collection.truth.expected.writeOff':
    'Предложить списание по документально подтверждённому основанию (ликвидация) и получить утверждение другого инспектора',
  'collection.truth.expected.serveAndDiarise':
    'Вручить требование об уплате, затем поставить дело на контроль до истечения срока требования',
  'collection.truth.expected.diarise':
    'Поставить на контроль: до истечения срока требования законных мер нет',
  'collection.truth.expected.other': '{type}',
  'collection.truth.explanation.asset-flight':
    'Крупные суммы ушли со счетов сразу после вручения требования об уплате: если ждать истечения срока, взыскивать будет нечего. Обеспечительная приостановка операций допускается до истечения срока, когда имущество выводится.',
  'collection.truth.explanation.agreement-abuse':
    'Налогоплательщик нарушал прежние соглашения о рассрочке и не сдаёт декларации: новая рассрочка лишь позволит долгу стареть. Сначала принимается решение по заявлению, затем долг взыскивается наименее обременительной мерой, которая достигает денег.',
  'collection.truth.explanation.disputed-debt':
    'Обоснованное возражение, ещё не рассмотренное, охватывает часть долга. Приостанавливается только эта часть; неоспариваемая недоимка взыскивается в обычном порядке.',
  'collection.truth.explanation.cash-flow-problem':
    'Налогоплательщик вовремя отчитывается и платит, трудности временные и подтверждены документами, а график укладывается в прогнозируемый остаток в пределах законного срока: рассрочка соберёт больше и с меньшими затратами, чем принудительное взыскание.',
  'collection.truth.explanation.uncollectible':
    'Организация ликвидируется, и ликвидатор не ожидает ничего для необеспеченных кредиторов: взыскание обойдётся дороже, чем принесёт. Долг списывается по документально подтверждённому основанию с утверждением не тем, кто его предложил.',
  'collection.truth.explanation.genuine':
    'Обычная задолженность: соблюдайте процедуру и, когда взыскание законно, применяйте наименее обременительную действенную меру.',
  'collection.ledger.creditClaimed': 'заявленная переплата',
  'collection.ledger.auditAssessment': 'доначисление по проверке',
  'collection.ledger.latePayment': 'просрочка платежа',
  'collection.ledger.instalment': 'платёж по рассрочке',
  'collection.ledger.writtenOff':
    'списано ({criterion, select, liquidation {ликвидация} untraceable {местонахождение неизвестно} uneconomic {расходы превышают долг} other {утверждено}}), утвердил {approver, select, self {сам инспектор} head {начальник отдела взыскания} other {руководитель группы}}',
  'collection.ledger.agreement':
    'соглашение о рассрочке: {part} из {total}, {count, plural, one {# ежемесячный платёж} few {# ежемесячных платежа} many {# ежемесячных платежей} other {# ежемесячного платежа}}',
  'collection.ledger.instalmentDue': 'платёж {k} из {n} ({amount}): {part} приходится на этот период',
  'collection.world.thirdParty.wages': 'Отчёт по НДФЛ с зарплаты: заработная плата, выплаченная за {month}',
  'collection.world.thirdParty.unpaidInvoice': 'Электронный счёт-фактура для {name} ({tin}), не оплачен',
  'collection.truth.refuseReason':
    'Нарушено {defaults, plural, one {# прежнее соглашение} few {# прежних соглашения} many {# прежних соглашений} other {# прежнего соглашения}}, декларации не представлены: новое соглашение не будет исполнено.',
  'collection.naive.refuseReason': 'Налогоплательщик не отвечает условиям соглашения о рассрочке.',
} satisfies Catalogue
