import type { Catalogue } from '../languages'

export default {
  'audit.cmd.checkThirdParty': 'Проверить данные третьих лиц',
  'audit.cmd.checkBenchmark': 'Сравнить с отраслевым показателем',
  'audit.cmd.checkHistory': 'Изучить историю деклараций и проверок',
  'audit.cmd.checkSuppliers': 'Проверить поставщиков по НДС к вычету',
  'audit.cmd.select': 'Назначить проверку и направить уведомление о проверке',
  'audit.cmd.select.help':
    'Камеральная — когда вопрос решают документы; выездная — когда нужно увидеть товары, помещения или полный учёт.',
  'audit.cmd.requestRecords': 'Истребовать и изучить документы',
  'audit.cmd.inspectPremises': 'Осмотреть помещения (выездная проверка)',
  'audit.cmd.draftFindings': 'Подготовить выводы проверки',
  'audit.cmd.draftFindings.help':
    'Доначисление — это заниженный доход или выручка либо непринятый НДС к вычету: только то, что подтверждают доказательства. Налог, штраф и пени рассчитываются по ставкам юрисдикции.',
  'audit.cmd.sendFindings': 'Направить акт проверки',
  'audit.cmd.reviewReply': 'Рассмотреть возражения налогоплательщика',
  'audit.cmd.notSelect': 'Не назначать проверку (указать причину)',
  'audit.cmd.closeNoChange': 'Завершить проверку без доначислений',
  'audit.cmd.refer': 'Произвести начисление и передать материалы в следственный отдел',
  'audit.cmd.issueAssessment': 'Вынести окончательное решение о начислении',

  'audit.field.auditType': 'Вид проверки',
  'audit.field.selectReason': 'Основание для отбора — главный риск',
  'audit.field.adjustment': 'Доначисление',
  'audit.field.category': 'Категория штрафа',
  'audit.field.notSelectReason': 'Причина',

  'audit.auditType.desk': 'Камеральная проверка — документы и письма',
  'audit.auditType.field': 'Выездная проверка — помещения, товары, полный учёт',

  'audit.notSelect.below-threshold': 'Балл риска ниже порога отбора',
  'audit.notSelect.below-materiality': 'Сумма налога под риском ниже порога существенности',
  'audit.notSelect.over-capacity': 'Выше порога, но лимит проверок заняли дела с более высоким рейтингом',
  'audit.notSelect.risk-explained': 'Выявленный риск объясняется документально подтверждёнными фактами',
  'audit.notSelect.lower.below-threshold': 'балл риска ниже порога отбора',
  'audit.notSelect.lower.below-materiality': 'сумма налога под риском ниже порога существенности',
  'audit.notSelect.lower.over-capacity':
    'выше порога, но лимит проверок заняли дела с более высоким рейтингом',
  'audit.notSelect.lower.risk-explained': 'выявленный риск объясняется документально подтверждёнными фактами',

  'audit.category.honest-error': 'Добросовестная ошибка',
  'audit.category.negligence': 'Небрежность / существенное занижение',
  'audit.category.fraud': 'Умысел — очевидное намерение',
  'audit.category.lower.honest-error': 'добросовестная ошибка',
  'audit.category.lower.negligence': 'небрежность / существенное занижение',
  'audit.category.lower.fraud': 'умысел (очевидное намерение)',

  'audit.basis.income': 'занижение дохода',
  'audit.basis.sales': 'занижение выручки',
  'audit.basis.input-vat': 'непринятый НДС к вычету',

  'audit.rule.third-party-mismatch': 'Данные третьих лиц превышают декларацию',
  'audit.rule.card-sales-exceed-declared': 'Поступления по картам превышают заявленную выручку',
  'audit.rule.margin-below-benchmark': 'Маржа ниже отраслевого показателя',
  'audit.rule.turnover-drop': 'Падение оборота',
  'audit.rule.supplier-non-filer': 'Поставщик сдаёт нулевые декларации или не сдаёт их',
  'audit.rule.input-credit-ratio': 'Высокие вычеты по НДС',
  'audit.rule.late-filing-history': 'Просроченные или несданные декларации',
  'audit.rule.prior-audit-yield': 'Прежняя проверка выявила недоимку',
  'audit.rule.return-arithmetic': 'Арифметические ошибки в декларации',

  'audit.state.screening': 'Кандидат по риску — предварительный отбор',
  'audit.state.examination': 'Проверка открыта — изучение',
  'audit.state.findingsDrafted': 'Выводы подготовлены',
  'audit.state.awaitingReply': 'Акт проверки направлен — ожидаются возражения',
  'audit.state.replyReceived': 'Возражения получены',
  'audit.state.notSelected': 'Не отобрано (причина указана)',
  'audit.state.closedNoChange': 'Завершено без доначислений',
  'audit.state.assessed': 'Окончательное решение вынесено',
  'audit.state.referred': 'Передано в следственный отдел',

  'audit.blocker.unknownStep': '«{type}» не является этапом проверки.',
  'audit.blocker.thirdPartyDone': 'Данные третьих лиц уже проверены.',
  'audit.blocker.benchmarkDone': 'Сравнение с отраслевым показателем уже выполнено.',
  'audit.blocker.historyDone': 'История деклараций и проверок уже изучена.',
  'audit.blocker.suppliersDone': 'Поставщики уже проверены.',
  'audit.blocker.screenedOut': 'Кандидат уже отсеян при отборе.',
  'audit.blocker.decided': 'По делу уже принято решение.',
  'audit.blocker.noInputVat':
    'В этой декларации не заявлен НДС к вычету, поэтому проверять поставщиков не нужно.',
  'audit.blocker.selected':
    'Дело уже отобрано для {auditType, select, desk {камеральной} other {выездной}} проверки.',
  'audit.blocker.auditOpen': 'Проверка уже открыта: вместо этого завершите её без доначислений.',
  'audit.blocker.recordsDone': 'Документы уже изучены.',
  'audit.blocker.selectFirstRecords':
    'Сначала назначьте проверку: документы истребуются на основании уведомления о проверке.',
  'audit.blocker.premisesDone': 'Помещения уже осмотрены.',
  'audit.blocker.selectFieldFirst': 'Сначала назначьте выездную проверку.',
  'audit.blocker.deskNoPremises':
    'Это камеральная проверка: помещения осматриваются только при выездной проверке (выбирайте выездную, когда нужно увидеть товары, помещения или полный учёт).',
  'audit.blocker.selectFirst': 'Сначала назначьте проверку.',
  'audit.blocker.findingsSentClose':
    'Акт проверки уже направлен: вынесите решение или подготовьте новые выводы после возражений.',
  'audit.blocker.recordsFirst': 'Сначала изучите документы: выводы должны опираться на учёт и документы.',
  'audit.blocker.premisesFirst': 'Сначала осмотрите помещения: это выездная проверка.',
  'audit.blocker.findingsSentRedraft':
    'Акт проверки уже направлен: дождитесь возражений, прежде чем менять выводы.',
  'audit.blocker.findingsSent': 'Акт проверки уже направлен.',
  'audit.blocker.draftFirst': 'Сначала подготовьте выводы проверки.',
  'audit.blocker.replyDone': 'Возражения налогоплательщика уже рассмотрены.',
  'audit.blocker.sendFirst': 'Сначала направьте акт проверки: налогоплательщик отвечает на него.',
  'audit.blocker.sendFirstRight':
    'Сначала направьте акт проверки: налогоплательщик имеет право представить возражения.',
  'audit.blocker.replyWindow':
    'Налогоплательщик может представить возражения на акт до {deadline}; рассмотрите их или дождитесь окончания срока.',
  'audit.blocker.draftFirstReferral':
    'Сначала подготовьте выводы: в материалах для передачи должны быть изложены факты.',
  'audit.blocker.referralNeedsFraud':
    'Для передачи нужны выводы об умысле: сначала подготовьте выводы в категории «умысел».',

  'audit.problem.auditType': 'Выберите камеральную или выездную проверку.',
  'audit.problem.selectReason':
    'Укажите, почему дело отобрано: выберите правило риска, которое обосновывает проверку.',
  'audit.problem.notSelectReason':
    'Укажите, почему дело не отобрано: в материалах причина должна быть в любом случае.',
  'audit.problem.adjustment': 'Введите доначисление как денежную сумму.',
  'audit.problem.zeroAdjustment':
    'Нулевое доначисление означает проверку без изменений: вместо этого завершите дело без доначислений.',
  'audit.problem.category': 'Выберите категорию штрафа: добросовестная ошибка, небрежность или умысел.',

  'audit.ref.score': 'Балл риска {score}; порог отбора {threshold}.',
  'audit.ref.flagged': 'Система управления рисками выявила расхождение на {amount}: это зацепка, а не вывод.',

  'audit.panel.percent': '{n, number, ::.0} %',
  'audit.panel.change': '{n, number, ::.0 sign-always} %',
  'audit.panel.dateValue': '{on}',
  'audit.panel.amountValue': '{amount}',
  'audit.panel.taxpayer': 'Налогоплательщик',
  'audit.panel.tin': 'ИНН',
  'audit.panel.return': 'Декларация',
  'audit.panel.amount': 'Сумма',
  'audit.panel.total': 'Итого',
  'audit.panel.notFiled': 'не подана',
  'audit.panel.risk.title': 'Кандидат по риску',
  'audit.panel.risk.type': 'Тип',
  'audit.panel.risk.business': 'Организация',
  'audit.panel.risk.individual': 'Физическое лицо',
  'audit.panel.risk.sector': 'Отрасль',
  'audit.panel.risk.sectorValue': '{sector} ({segment})',
  'audit.panel.risk.returnValue': '{taxType} {period}',
  'audit.panel.risk.flagged': 'Выявленное расхождение',
  'audit.panel.risk.flaggedValue': '{amount} — {note}',
  'audit.panel.risk.atStake': 'Оценка налога под риском',
  'audit.panel.risk.byRule': 'Балл риска по правилам',
  'audit.panel.risk.rule': 'Правило',
  'audit.panel.risk.saw': 'Что выявило правило',
  'audit.panel.risk.weight': 'Вес',
  'audit.panel.risk.total': 'Итоговый балл',
  'audit.panel.risk.threshold': 'Порог отбора {threshold}',
  'audit.panel.risk.noRule': 'Ни одно правило не сработало.',
  'audit.panel.risk.above':
    'Балл {score} не ниже порога {threshold}. Лимит проверок по этому списку: {capacity, plural, one {# проверка} few {# проверки} many {# проверок} other {# проверки}}.',
  'audit.panel.risk.below':
    'Балл {score} ниже порога {threshold}. Лимит проверок по этому списку: {capacity, plural, one {# проверка} few {# проверки} many {# проверок} other {# проверки}}.',
  'audit.panel.risk.materiality':
    'Порог существенности: кандидат отбирается, только если оценка налога под риском не меньше {amount}.',
  'audit.panel.risk.worklist': 'Рабочий список по баллу риска',
  'audit.panel.risk.case': 'Дело',
  'audit.panel.risk.score': 'Балл',
  'audit.panel.return.missing': 'Декларации нет в деле.',
  'audit.panel.return.title': 'Декларация {taxType} {period}',
  'audit.panel.return.due': 'Срок',
  'audit.panel.return.filed': 'Подана',
  'audit.panel.return.filedOn': '{on} ({channel, select, paper {на бумаге} other {электронно}})',
  'audit.panel.return.taxDeclared': 'Налог по декларации',
  'audit.panel.return.line': 'Строка',
  'audit.panel.thirdParty.title': 'Данные третьих лиц',
  'audit.panel.thirdParty.source': 'Источник',
  'audit.panel.thirdParty.period': 'Период',
  'audit.panel.thirdParty.counterparty': 'Кто сообщил / контрагент',
  'audit.panel.thirdParty.detail': 'Подробности',
  'audit.panel.thirdParty.income': 'Доходы и выручка по сведениям третьих лиц',
  'audit.panel.thirdParty.noIncome': 'За этот период третьи лица не сообщали о доходах или выручке.',
  'audit.panel.thirdParty.purchases': 'Закупки по сведениям поставщиков',
  'audit.panel.benchmark.title': 'Отраслевой показатель',
  'audit.panel.benchmark.none':
    'К этой декларации отраслевой показатель не применяется (нет торгового счёта).',
  'audit.panel.benchmark.titleOf': 'Отраслевой показатель: {sector}',
  'audit.panel.benchmark.margin': 'Заявленная валовая маржа',
  'audit.panel.benchmark.lower': 'Нижний квартиль отрасли',
  'audit.panel.benchmark.median': 'Медиана отрасли',
  'audit.panel.benchmark.upper': 'Верхний квартиль отрасли',
  'audit.panel.benchmark.turnover': 'Оборот за этот год',
  'audit.panel.benchmark.priorTurnover': 'Оборот за предыдущий год',
  'audit.panel.benchmark.change': 'Изменение',
  'audit.panel.letter.heading': '{on} — {from}: {subject}',
  'audit.panel.history.title': 'История деклараций и проверок',
  'audit.panel.history.returns': 'Декларации {taxType}',
  'audit.panel.history.status': 'Статус',
  'audit.panel.history.missing': 'не подана',
  'audit.panel.history.late': 'с опозданием',
  'audit.panel.history.onTime': 'в срок',
  'audit.panel.history.audits': 'Прежние проверки',
  'audit.panel.history.closed': 'Завершена',
  'audit.panel.history.result': 'Результат',
  'audit.panel.history.taxRaised': 'Доначислено',
  'audit.panel.history.noAudits': 'Прежних проверок нет.',
  'audit.panel.history.noLetters': 'Переписки в деле нет.',
  'audit.panel.suppliers.title': 'Поставщики по НДС к вычету',
  'audit.panel.suppliers.supplier': 'Поставщик',
  'audit.panel.suppliers.registered': 'Зарегистрирован',
  'audit.panel.suppliers.invoices': 'Счета-фактуры',
  'audit.panel.suppliers.claimed': 'НДС к вычету здесь',
  'audit.panel.suppliers.declared': 'НДС к уплате по декларации поставщика',
  'audit.panel.suppliers.noReturn': 'декларация не подана',
  'audit.panel.suppliers.invoiced': 'НДС по всем его электронным счетам-фактурам',
  'audit.panel.suppliers.buyers': 'Покупателей',
  'audit.panel.suppliers.status': 'Статус',
  'audit.panel.suppliers.none': 'Поставщиков нет.',
  'audit.panel.records.title': 'Изученные документы',
  'audit.panel.premises.title': 'Осмотр помещений',
  'audit.panel.reply.title': 'Возражения налогоплательщика на акт проверки',
  'audit.panel.findings.title': 'Проект выводов',
  'audit.panel.findings.tax': 'Доначисленный налог',
  'audit.panel.findings.categoryValue': '{category} ({percent} %)',
  'audit.panel.findings.penalty': 'Штраф',
  'audit.panel.findings.interest': 'Пени с {from} по сегодняшний день',
  'audit.panel.assessment.referred': 'Начисление произведено, материалы переданы в следственный отдел',
  'audit.panel.assessment.issued': 'Окончательное решение вынесено',
  'audit.panel.assessment.posted': 'Отражено на лицевом счёте',
  'audit.panel.assessment.date': 'Дата',
  'audit.panel.assessment.tax': 'Налог',
  'audit.panel.assessment.kind': 'Вид',
  'audit.panel.assessment.kind.adjustment': 'доначисление',
  'audit.panel.assessment.kind.penalty': 'штраф',
  'audit.panel.assessment.kind.interest': 'пени',
  'audit.panel.assessment.note': 'Примечание',
  'audit.panel.assessment.noteAdjustment': 'Доначисление по проверке: {basis} {amount}',
  'audit.panel.assessment.notePenalty': 'Штраф по проверке, {category}',
  'audit.panel.assessment.noteInterest': 'Пени с {from}',

  'audit.verdict.noCaseFile': 'По этой проверке нет дела.',
  'audit.verdict.flagsThen': '{first}; {next}',
  'audit.verdict.then': '{first} {next}',
  'audit.verdict.rate': '{category} ({percent} %)',
  'audit.verdict.category.honestError':
    'Единичная ошибка при чистой истории и занижении ниже порога существенности — это добросовестная ошибка: штраф по категории «{given}» наказывает добросовестного налогоплательщика.',
  'audit.verdict.category.notWaived':
    'Занижение существенное, и у налогоплательщика была информация: штраф — {rate}, без освобождения.',
  'audit.verdict.category.noIntent':
    'Ставка за умысел требует доказательства намерения (подложные документы); в деле их нет, поэтому «{fraud}» не устоит при возражении. Категория — {rate}.',
  'audit.verdict.category.fraud':
    'Счета-фактуры от лица без реальной деятельности — это умысел: категория — {rate}, а не {given}.',
  'audit.verdict.adjustment.short':
    'Доначисление {given} на {diff} меньше суммы {expected}, которую подтверждают доказательства: доходы бюджета потеряны.{hint, select, cash { Поступления по картам — лишь нижняя граница: данные кассы на месте показывают всю выручку, включая наличные.} other {}}',
  'audit.verdict.adjustment.over':
    'Доначисление {given} на {diff} превышает сумму {expected}, которую подтверждают доказательства: излишек будет отменён по возражению.{hint, select, invoices { Не принимается только НДС по счетам-фактурам несдающего отчётность поставщика; вычеты по реальным поставщикам сохраняются.} income { Доход, окончательно обложенный у источника, и продажи, отменённые кредит-нотой, в базу не входят.} other {}}',
  'audit.verdict.notSelect.right': 'Не отобрано, и в материалах указана верная причина: {reason}.',
  'audit.verdict.notSelect.wrongReason':
    'Не назначать проверку было верно, но причина указана неверно: должно быть «{reason}».',
  'audit.verdict.notSelect.missedRisk': 'Реальный риск нарушения остался без проверки: {flags}.',
  'audit.verdict.notSelect.honestError':
    'В декларации занижен налог; короткая камеральная проверка исправила бы это.',
  'audit.verdict.notSelect.slotUnused':
    'Этот кандидат укладывался в лимит проверок; одно место осталось неиспользованным.',
  'audit.verdict.unwarranted.risk-explained': 'В деле уже было объяснение выявленного риска',
  'audit.verdict.unwarranted.below-threshold': 'Балл {score} ниже порога {threshold}',
  'audit.verdict.unwarranted.below-materiality': 'Оценка налога под риском ниже порога существенности',
  'audit.verdict.unwarranted.over-capacity':
    'Лимит в {capacity, plural, one {# проверку} few {# проверки} many {# проверок} other {# проверки}} заняли кандидаты с более высоким рейтингом',
  'audit.verdict.unwarranted.lower.risk-explained': 'в деле уже было объяснение выявленного риска',
  'audit.verdict.unwarranted.lower.below-threshold': 'балл {score} ниже порога {threshold}',
  'audit.verdict.unwarranted.lower.below-materiality': 'оценка налога под риском ниже порога существенности',
  'audit.verdict.unwarranted.lower.over-capacity':
    'лимит в {capacity, plural, one {# проверку} few {# проверки} many {# проверок} other {# проверки}} заняли кандидаты с более высоким рейтингом',
  'audit.verdict.unwarranted.closedExplained':
    'Завершено без доначислений, но {why}: проверка обременила добросовестного налогоплательщика и заняла место более высокого риска.',
  'audit.verdict.unwarranted.closed':
    '{why}: эту проверку не следовало открывать, и она заняла место более высокого риска.',
  'audit.verdict.unwarranted.immaterial': '{why}: проверка заняла место существенного дела.',
  'audit.verdict.unwarranted.slot': '{why}: проверка заняла место риска с более высоким рейтингом.',
  'audit.verdict.unwarranted.assessed':
    '{why}, и доказательства не подтверждают доначисление: начисление произведено добросовестному налогоплательщику.',
  'audit.verdict.noChange.right': 'Проверено и завершено без доначислений: учёт подтверждает декларацию.',
  'audit.verdict.noChange.missed': 'Проверка упустила то, что показывают доказательства: {flags}.',
  'audit.verdict.noChange.doesNotAddUp': 'Декларация не сходится: расхождение следовало исправить.',
  'audit.verdict.honestAssessed':
    'Ни учёт, ни данные третьих лиц не подтверждают доначисление: начисление произведено добросовестному налогоплательщику.',
  'audit.verdict.type.needsField':
    'Наличную выручку не измерить за столом: нужна была выездная проверка (данные кассы, инвентаризация).',
  'audit.verdict.type.fieldTooMuch':
    'Выездная проверка была несоразмерной: документы решают вопрос камерально.',
  'audit.verdict.reasonNotShown': 'Указанное основание для отбора не относится к рискам этого дела.',
  'audit.verdict.notReferred':
    'Умысел урегулирован как обычная проверка: при фиктивных счетах-фактурах дело нужно также передать в следственный отдел.',
  'audit.verdict.overReferred':
    'Передача в следственный отдел — для очевидного умысла (фиктивные счета-фактуры); здесь это чрезмерная мера.',
  'audit.verdict.referRight':
    'Не приняты ровно те вычеты, которые опровергают доказательства, категория «умысел», материалы переданы в следственный отдел.',
  'audit.verdict.assessRight':
    'Доначислено ровно то, что подтверждают доказательства, в категории «{category}».',

  'audit.story.hit.employersAndBank':
    'Работодатели и банк сообщают о {reported}; в декларации заявлено {declared}',
  'audit.story.hit.einvoicesGross':
    'Выставленные электронные счета-фактуры составляют {issued} до кредит-нот; в декларации заявлено {declared}',
  'audit.story.hit.employersReport': 'Работодатели сообщают о {reported}; общий доход в декларации — {typed}',
  'audit.story.hit.incomeLines': 'Строки дохода в сумме дают {total}; в строке итога указано {typed}',
  'audit.story.hit.einvoicesCustoms':
    'Электронные счета-фактуры и таможенный экспорт составляют {total}; оборот в декларации — {typed}',
  'audit.story.hit.salesLines':
    'Внутренние и экспортные продажи в сумме дают {total}; в строке оборота указано {typed}',
  'audit.story.hit.cardTakings': 'Поступления по картам {card}; заявленная выручка {declared}',
  'audit.story.hit.lateReturns': '{late} из последних {count} деклараций поданы с опозданием или не поданы',
  'audit.story.hit.priorAudit': 'Проверка за {period} доначислила {raised}',
  'audit.story.hit.margin':
    'Валовая маржа {margin, number, ::.0} % при нижнем квартиле отрасли {lower, number, ::.0} %',
  'audit.story.hit.turnoverDrop': 'Оборот {turnover} против {prior} годом ранее',
  'audit.story.hit.millInvoices':
    '{amount} НДС к вычету по счетам-фактурам от {supplier}, который {filed, select, nil {подал нулевую декларацию} other {не подал декларацию}} за {period}',
  'audit.story.hit.creditRatio':
    'НДС к вычету составляет {ratio} % от НДС к уплате; при отраслевой марже {median} % остаётся около {rest} %',
  'audit.story.note.notDeclared':
    'доход, о котором сообщили работодатели и банки, но не заявленный в декларации',
  'audit.story.note.einvoicedAbove':
    'выручка по электронным счетам-фактурам (брутто) выше заявленного оборота',
  'audit.story.note.flaggedOnHistory': 'расхождение не рассчитано; отмечено по истории',
  'audit.story.note.missingProfit': 'недостающая валовая прибыль относительно медианной маржи отрасли',
  'audit.story.note.thirdPartyAbove': 'данные третьих лиц выше декларации',
  'audit.story.note.cardAbove': 'поступления по картам выше заявленной выручки',
  'audit.story.note.inputClaimed': 'НДС к вычету, заявленный за период',
  'audit.case.title': '{name} — {taxType} {period} — риск {score}',
  'audit.ledger.earlierAudit': 'Предыдущая проверка',
  'audit.ledgerInEntry.earlierAudit': 'предыдущая проверка',
  'audit.ledger.adjustment': 'Доначисление по проверке: {basis} {amount}',
  'audit.ledger.penalty':
    'Штраф по проверке, {category, select, negligence {небрежность} fraud {умысел} other {добросовестная ошибка}}',
  'audit.ledger.interest': 'Пени с {from}',

  'audit.truth.expected.notSelect': 'Не отбирать: {reason}',
  'audit.truth.expected.noChange':
    'Отобрать для {auditType, select, desk {камеральной} other {выездной}} проверки и закрыть без доначислений',
  'audit.truth.expected.assess':
    'Отобрать для {auditType, select, desk {камеральной} other {выездной}} проверки, доначислить сумму, подтверждённую доказательствами (категория «{category, select, negligence {небрежность} fraud {умысел} other {добросовестная ошибка}}»), и вынести окончательное решение о начислении',
  'audit.truth.expected.refer':
    'Отобрать для {auditType, select, desk {камеральной} other {выездной}} проверки, доначислить сумму, подтверждённую доказательствами (категория «{category, select, negligence {небрежность} fraud {умысел} other {добросовестная ошибка}}»), и передать материалы в следственный отдел',
  'audit.truth.reason.overCapacity':
    'Балл {score} {comparison, select, above {выше порога} at {равен порогу} other {ниже порога}} {threshold}, но кандидаты с более высоким рейтингом исчерпали лимит проверок ({capacity, plural, one {# проверка} few {# проверки} many {# проверок} other {# проверки}}): не отобран, причина «лимит проверок исчерпан».',
  'audit.truth.reason.belowThreshold':
    'Балл {score} {comparison, select, above {выше порога} at {равен порогу} other {ниже порога}} {threshold}: не отобран, причина «ниже порога».',
  'audit.truth.reason.belowMateriality':
    'Балл {score} достигает порога {threshold}, но расчётная сумма налога под риском ({atStake}) ниже порога существенности {floor}: не отобран, причина «ниже порога существенности».',
  'audit.truth.explain.withReason': '{explanation} {reason}',
  'audit.truth.explain.genuine':
    'Система оценки рисков отметила этого налогоплательщика, но учёт и данные третьих лиц совпадают с декларацией.',
  'audit.truth.explain.secondEmployer':
    'Справка об удержанном налоге от {employer} показывает {salary} зарплаты, не отражённой в декларации. Проценты по вкладу ({interest}) обложены окончательным налогом у источника и в годовую декларацию не входят, поэтому доначисление — только на зарплату. Упущенный целый источник дохода — существенное занижение: небрежность, а не добросовестная ошибка. Документов достаточно, поэтому хватит камеральной проверки.',
  'audit.truth.explain.unbooked':
    'Электронные счета-фактуры покупателю {buyer} на {omitted} не попали ни в книгу продаж, ни в декларацию. Кредит-нота на {credit} отменяет реальную продажу и в доначисление не входит. Упущенная целая серия счетов — существенное занижение: небрежность. Документов достаточно для камеральной проверки.',
  'audit.truth.explain.cashSales':
    'Одни только поступления по картам превышают заявленную выручку, а маржа намного ниже отраслевой: наличная выручка скрыта. Данные по картам — лишь нижняя граница; данные кассы (Z-отчёты), считанные при выездной проверке, показывают полную выручку {sales}, поэтому доначисление составляет {adjustment}, а не {flagged}, как следует из данных по картам. Существенное занижение без подложных документов: небрежность, без передачи в следственный отдел.',
  'audit.truth.explain.fakeInvoices':
    'НДС к вычету в сумме {amount} основан на счетах-фактурах {supplier} — фирмы-однодневки: зарегистрирована за несколько недель до того, без персонала и закупок, {filed, select, nil {нулевые декларации} other {декларация не подана}} при выставлении счетов покупателям (число покупателей: {buyers}), а товары так и не поступили. Отказать в вычете ровно этого НДС (вычеты по реальным поставщикам сохраняются), категория «умысел», и передать материалы в следственный отдел: фиктивные счета — это умысел, а не обычный результат проверки.',
  'audit.truth.explain.slip':
    'Данные третьих лиц совпадают со строками декларации; только {line, select, income {строка общего дохода} other {строка выручки}} переписана с перестановкой двух цифр и занижена на {amount}. Единичная ошибка ниже порога существенного занижения у налогоплательщика с чистой историей: исправить точную разницу в ходе камеральной проверки без штрафа (добросовестная ошибка). Штраф за небрежность или передача в следственный отдел наказали бы за честную ошибку.',
  'audit.truth.explain.outlier':
    'Балл высокий, но дело уже объясняет его: {cause}, о чём своевременно сообщено с подтверждающими документами, а данные третьих лиц совпадают с заявленной выручкой. Не отобран, причина «риск объяснён»: место в плане проверок переходит к следующему кандидату, а добросовестный налогоплательщик избавлен от проверки.',
  'audit.truth.cause':
    '{fire, select, yes {документально подтверждённый пожар} other {документально подтверждённое появление конкурента ({competitor})}}',
  'audit.truth.flag.salaryLeftOut': '{employer} сообщает о зарплате {salary}, не отражённой в декларации',
  'audit.truth.flag.thirdPartyAbove': 'Доход по данным третьих лиц значительно выше заявленного',
  'audit.truth.flag.invoicesMissing':
    'Электронные счета-фактуры покупателю {buyer} ({invoices} шт., {amount}) отсутствуют в заявленной выручке',
  'audit.truth.flag.creditNote': 'Кредит-нота, которую система оценки рисков учла как продажу',
  'audit.truth.flag.cardExceeds':
    'Одни только поступления по картам ({card}) превышают заявленную выручку ({declared})',
  'audit.truth.flag.marginFarBelow': 'Валовая маржа намного ниже отраслевого ориентира',
  'audit.truth.flag.tillShows': 'Данные кассы на месте показывают выручку {sales}',
  'audit.truth.flag.millFiles':
    '{supplier} {filed, select, nil {подаёт нулевые декларации} other {не подал декларацию}}, но выставил электронные счета-фактуры (число покупателей: {buyers})',
  'audit.truth.flag.recentSupplier':
    'Недавно зарегистрированный поставщик без работников, закупок и помещений',
  'audit.truth.flag.noDelivery': 'Нет накладных и оприходования товара; оплата наличными или третьему лицу',
  'audit.truth.flag.slip':
    '{line, select, income {Строка общего дохода} other {Строка выручки}} не равна сумме своих строк: переставлены две цифры ({amount})',
  'audit.truth.flag.marginAndTurnover': 'Маржа намного ниже отраслевой, выручка снизилась примерно на треть',
  'audit.truth.clear.cleanHistory': 'Чистая история: все декларации поданы в срок, доначислений не было',
  'audit.truth.clear.documentsWhy': 'В деле документально указана причина: {cause}',
  'audit.truth.clear.thirdPartyBelow':
    'Данные по картам и электронным счетам-фактурам не превышают заявленную выручку',

  'audit.story.month':
    '{month, select, 1 {январе} 2 {феврале} 3 {марте} 4 {апреле} 5 {мае} 6 {июне} 7 {июле} 8 {августе} 9 {сентябре} 10 {октябре} 11 {ноябре} other {декабре}}',
  'audit.story.subject.reply': 'Возражения по акту проверки',
  'audit.story.subject.replyShort': 'Ответ',
  'audit.story.subject.fire': 'Пожар на нашем складе',
  'audit.story.subject.extensionRequest': 'Просьба о продлении срока подачи декларации за {year} год',
  'audit.story.subject.extensionGranted': 'Продление срока подачи декларации',
  'audit.story.subject.reduceInstalments':
    'Просьба об уменьшении ежемесячных авансовых платежей по налогу на прибыль',
  'audit.story.subject.instalmentsReduced': 'Авансовые платежи уменьшены',
  'audit.story.from.taxOffice': 'Налоговая инспекция',
  'audit.story.letter.fire':
    '{on} пожар уничтожил наш склад. Прилагаем справку пожарной службы (№ {report}) и заключение оценщика ущерба: уничтожены запасы стоимостью {amount}, деятельность остановлена примерно на четыре месяца. Страховое возмещение рассматривается.',
  'audit.story.letter.extensionRequest':
    'Наш бухгалтерский учёт частично уничтожен пожаром и восстанавливается по банковским выпискам и копиям поставщиков. Просим продлить срок подачи.',
  'audit.story.letter.extensionGranted':
    'Срок продлён до {until} на основании справки пожарной службы. (Система оценки рисков по-прежнему сравнивает дату подачи с установленным законом сроком.)',
  'audit.story.letter.competitor':
    'С тех пор как {competitor} открыл большой магазин в нескольких сотнях метров от нас ({month}), наши продажи упали примерно на треть, и мы снизили цены на большинство товаров. Прилагаем разрешение на открытие от городской администрации, старый и новый прайс-листы и помесячные продажи и просим уменьшить авансовые платежи.',
  'audit.story.letter.instalmentsReduced':
    'Авансовые платежи уменьшены на основании представленных документов (разрешение, прайс-листы, помесячные продажи).',
  'audit.story.doc.slipsOnFile': 'Справки об удержанном налоге и расчётные листки в деле налогоплательщика',
  'audit.story.doc.bankStatement': 'Банковская выписка',
  'audit.story.doc.homeVisit': 'Посещение по месту жительства',
  'audit.story.doc.salesLedger': 'Книга продаж за {year} год',
  'audit.story.doc.officeVisit': 'Посещение офиса',
  'audit.story.doc.slipAndPayslips': 'Справка об удержанном налоге и расчётные листки',
  'audit.story.doc.books': 'Учёт за {year} год',
  'audit.story.doc.tillData': 'Данные кассы (Z-отчёты), считанные при посещении',
  'audit.story.doc.stockCount': 'Инвентаризация запасов',
  'audit.story.doc.premisesVisit': 'Осмотр помещений',
  'audit.story.doc.millInvoices': 'Счета-фактуры на покупки от {supplier}',
  'audit.story.doc.otherInvoices': 'Прочие счета-фактуры на покупки',
  'audit.story.doc.warehouseVisit': 'Осмотр склада',
  'audit.story.doc.worksheet': 'Рабочая таблица налогоплательщика',
  'audit.story.doc.trialBalance': 'Оборотно-сальдовая ведомость за {year} год',
  'audit.story.doc.visit': 'Посещение',
  'audit.story.row.finding': 'Установлено',
  'audit.story.row.result': 'Результат',
  'audit.story.row.salaryFrom': '{employer} — зарплата',
  'audit.story.row.salaryFromMonth': '{employer} — зарплата (работа начата в {month})',
  'audit.story.row.depositInterest': 'Проценты по вкладу (до налога)',
  'audit.story.row.interestTax': 'Налог на проценты',
  'audit.story.row.salesToAfterCredit': 'Продажи покупателю {buyer} (после кредит-ноты)',
  'audit.story.row.salesToOthers': 'Продажи прочим покупателям',
  'audit.story.row.totalBooked': 'Всего учтено (заявленная выручка)',
  'audit.story.row.cashBookSales': 'Продажи по кассовой книге (заявленная выручка)',
  'audit.story.row.cardOnStatements': 'Поступления по картам в банковских выписках',
  'audit.story.row.purchasesForResale': 'Закупки товаров для перепродажи',
  'audit.story.row.tillSales': 'Продажи по кассе за {year} год, все способы оплаты',
  'audit.story.row.ofWhichCard': 'В том числе оплачено картой',
  'audit.story.row.salesInBooks': 'Продажи по учёту',
  'audit.story.row.sales': 'Продажи',
  'audit.story.row.costOfSales': 'Себестоимость продаж',
  'audit.story.row.cardSettlements': 'Поступления по картам',
  'audit.story.row.invoices': 'Счета-фактуры',
  'audit.story.row.valueBeforeVat': 'Стоимость без НДС',
  'audit.story.row.inputVatClaimed': 'Заявленный НДС к вычету',
  'audit.story.row.payment': 'Оплата',
  'audit.story.row.worksheetSum': 'Итог по рабочей таблице',
  'audit.story.row.totalTyped': 'Итог, внесённый в декларацию',
  'audit.story.row.salesDomestic': 'Продажи — внутренний рынок',
  'audit.story.row.salesExport': 'Продажи — экспорт',
  'audit.story.row.totalSalesBooks': 'Всего продаж по учёту',
  'audit.story.row.turnoverTyped': 'Выручка, внесённая в декларацию',
  'audit.story.value.interestFinal':
    'Удержан банком как окончательный налог; проценты не включаются в годовую декларацию',
  'audit.story.value.homeDocumentary':
    'По месту жительства ничего относящегося к делу; вопрос решается по документам.',
  'audit.story.value.homeNothing': 'По месту жительства ничего относящегося к декларации.',
  'audit.story.value.bothSeries': 'Обе серии счетов найдены в филиале; ничего другого, относящегося к делу.',
  'audit.story.value.stockAgrees':
    'Остатки товара совпадают с закупками за вычетом продаж по кассе по обычным ценам: товар продан, а не утрачен.',
  'audit.story.value.tradingAsDeclared': 'Деятельность соответствует заявленной; запасы совпадают с учётом.',
  'audit.story.value.paidCash': 'Наличными или на личный счёт третьего лица',
  'audit.story.value.noGoods':
    'Товаров по счетам {supplier} нет; складской учёт не показывает их поступления.',
  'audit.story.value.premisesInOrder': 'В помещениях ничего относящегося к делу; учёт в порядке.',
  'audit.story.value.rebuiltWarehouse': 'Склад восстановлен; ущерб от пожара сфотографирован оценщиком.',
  'audit.story.value.competitorVisible': 'Обычная работа; магазин конкурента виден дальше по улице.',
  'audit.story.note.bothPayslips':
    'Расчётные листки обоих работодателей есть в деле. В декларации указана только зарплата от {employer}.',
  'audit.story.note.secondSeries':
    'Электронные счета-фактуры покупателю {buyer} ({invoices} шт., {amount}) выставлены по второй серии, которую вёл филиал, и не внесены в книгу продаж. Кредит-нота покупателю {creditBuyer} учтена.',
  'audit.story.note.payslipsAgree': 'Расчётные листки совпадают с декларацией и справкой работодателя.',
  'audit.story.note.handwrittenCashBook':
    'Продажи учитываются по рукописной ежедневной кассовой книге; поступления по картам с ней никогда не сверяются. По одному учёту нельзя установить, сколько получено наличными.',
  'audit.story.note.secondDrawer':
    'Кассовая система хранит каждый чек; кассовая книга отражает лишь часть наличной выручки. Второй денежный ящик используется для наличных, которые не сдаются в банк.',
  'audit.story.note.ledgersAgree':
    'Учётные регистры совпадают с декларацией и электронными счетами-фактурами. {why, select, thinMargin {Торговля с низкой маржой (оптовые договоры по низким ценам), подтверждённая договорами и прайс-листами.} contractEnded {Выручка снизилась после окончания крупного договора; это видно из материалов договора.} other {В учёте нет ничего необычного.}}',
  'audit.story.note.materialsVarious':
    'Товары указаны как «материалы разные». Нет накладных, транспортных документов, записей об оприходовании на складе.',
  'audit.story.note.deliveryMatches':
    'Накладные, банковские платежи и складские записи соответствуют этим счетам и декларациям поставщиков.',
  'audit.story.note.worksheetSwapped':
    'Рабочая таблица посчитана верно; итог перенесён в декларацию с перестановкой двух цифр.',
  'audit.story.note.turnoverSwapped':
    'Учёт совпадает с электронными счетами-фактурами и таможенными данными; строка выручки внесена с перестановкой двух цифр, и прибыль рассчитана от неё.',
  'audit.story.note.fireStock':
    'Себестоимость продаж включает запасы, уничтоженные пожаром ({amount}), что подтверждено заключением оценщика.',
  'audit.story.note.competitorSales':
    'Помесячные продажи снижаются с месяца открытия конкурента; цены по новому прайс-листу ниже по всему ассортименту.',
  'audit.story.reply.secondJob':
    'Я начал работать в {employer} в {month} и думал, что удержанный ими налог всё покрывает. Согласен с доначислением на дополнительную зарплату. Проценты по вкладу уже обложены налогом у источника банком.',
  'audit.story.reply.unbooked':
    'Счета покупателю {buyer} выставил наш филиал, и они не попали в книгу. Согласны с доначислением по этим счетам. Кредит-нота покупателю {creditBuyer} отменила возвращённый товар; этой продажи не было.',
  'audit.story.reply.complete': 'Мне нечего добавить: моя декларация полная.',
  'audit.story.reply.cashBanked':
    'Наш бухгалтер записывал только наличные, сданные в банк. Принимаем данные кассы как нашу выручку за год.',
  'audit.story.reply.nothingToAdd': 'Нам нечего добавить к представленному учёту.',
  'audit.story.reply.broker':
    'Посредник познакомил нас с {supplier} и оформил счета. Мы платили наличными, как он просил. Документов о доставке у нас нет.',
  'audit.story.reply.slip':
    'Вы правы: {line, select, income {строка общего дохода} other {строка выручки}} неправильно переписана из наших рабочих документов. Согласны с исправлением и уплатим разницу.',
  'audit.story.reply.allInDocuments': 'Всё есть в документах, которые мы направили в прошлом году.',
  'audit.story.status.onTime': 'Действующий; отчитывается в срок',
  'audit.story.status.nilReturns': 'Действующий; нулевые декларации с момента регистрации',
  'audit.story.status.noReturn': 'Действующий; декларация за период не подана',
  'audit.story.remark.mill':
    'Зарегистрирован {registered}. Работников, закупок и импорта не заявлено, однако выставлены электронные счета-фактуры (число покупателей: {buyers}). Адрес регистрации — съёмная комната в жилом доме.',
  'audit.story.prior.noChange': 'Без изменений: документы совпали с декларацией',
  'audit.story.prior.adjusted':
    'Доначислено: {finding, select, rentalIncome {доход от аренды не включён в декларацию} deductions {отказано в вычетах без подтверждающих документов} expenses {отказано в расходах без подтверждающих счетов} lateSales {восстановлены продажи, отражённые после окончания года} other {личные расходы отнесены на предприятие}}',
  'audit.story.tp.slipFullYear': 'Годовая справка об удержанном налоге — зарплата, январь–декабрь',
  'audit.story.tp.slipFromMonth':
    'Годовая справка об удержанном налоге — зарплата, {month, select, 1 {январь} 2 {февраль} 3 {март} 4 {апрель} 5 {май} 6 {июнь} 7 {июль} 8 {август} 9 {сентябрь} 10 {октябрь} 11 {ноябрь} other {декабрь}}–декабрь',
  'audit.story.tp.depositInterest':
    'Проценты по вкладу; окончательный налог удержан у источника (не входит в годовую декларацию)',
  'audit.story.tp.salesGross': 'Выставленные электронные счета-фактуры на продажу (брутто)',
  'audit.story.tp.salesInvoices': 'Выставлено электронных счетов-фактур на продажу: {invoices}',
  'audit.story.tp.creditNote': 'Кредит-нота: возврат товара, отменяет часть счёта',
  'audit.story.tp.slip': 'Годовая справка об удержанном налоге — зарплата',
  'audit.story.tp.sales': 'Выставленные электронные счета-фактуры на продажу',
  'audit.story.tp.card': 'Платежи картами и по QR-коду, зачисленные на счёт продавца',
  'audit.story.tp.purchasesResale':
    'Полученные электронные счета-фактуры на покупки (товары для перепродажи)',
  'audit.story.tp.purchases': 'Полученные электронные счета-фактуры на покупки',
  'audit.story.tp.supplierDeclared': 'НДС с реализации, заявленный поставщиком по продажам этому покупателю',
  'audit.story.tp.supplierNil': 'Поставщик подал нулевую декларацию за период',
  'audit.story.tp.supplierNone': 'Поставщик не подал декларацию за период',
  'audit.story.tp.exports': 'Экспорт, прошедший таможенное оформление, стоимость FOB',
  'audit.story.party.suppliers': 'Поставщики',
  'audit.story.party.buyers': 'Покупатели',
  'audit.story.party.otherBuyers': 'Прочие покупатели',
  'audit.story.party.otherBuyersCount':
    '{count, plural, one {# другой покупатель} few {# других покупателя} many {# других покупателей} other {# других покупателя}}',
  'audit.story.party.domesticBuyers': 'Покупатели на внутреннем рынке',
  'audit.story.party.customsExports': 'Таможенные экспортные декларации',
} satisfies Catalogue
