import type { Catalogue } from '../languages'

export default {
  'payments.cmd.searchCandidates': 'Найти плательщика в реестре',
  'payments.cmd.searchCandidates.help':
    'Ищет ИНН, указанный в назначении платежа, наименование и банковский счёт плательщика, а также открытые долги на ту же сумму.',
  'payments.cmd.viewLedger': 'Открыть лицевой счёт налогоплательщика',
  'payments.cmd.viewFilingHistory': 'Открыть историю подачи деклараций',
  'payments.cmd.examineDocuments': 'Изучить подтверждающие документы',
  'payments.cmd.computeCharges': 'Рассчитать штраф и пени за просрочку',
  'payments.cmd.computeCharges.help':
    'Штраф и пени по закону — от первоначального срока уплаты до даты платежа.',
  'payments.cmd.allocate': 'Зачислить платёж',
  'payments.cmd.allocate.help':
    'Налогоплательщику, чьи наименование и банковский счёт совпадают с данными плательщика или который прямо указан в назначении платежа.',
  'payments.cmd.returnToPayer': 'Вернуть платёж плательщику',
  'payments.cmd.returnToPayer.help': 'Для платежа, который нельзя отнести ни к одному налогоплательщику.',
  'payments.cmd.holdInSuspense': 'Оставить в невыясненных и запросить банк',
  'payments.cmd.holdInSuspense.help':
    'Только пока платёж не превысил установленный правилами срок нахождения в невыясненных.',
  'payments.cmd.refundCredit': 'Вернуть переплату',
  'payments.cmd.offsetCredit': 'Зачесть в счёт других долгов, остаток вернуть',
  'payments.cmd.offsetCredit.help':
    'Зачитывает переплату в счёт открытых долгов налогоплательщика (сначала самых старых); выплачивается только остаток.',
  'payments.cmd.refuseRefund': 'Отказать в возврате',
  'payments.cmd.waivePenalty': 'Освободить от штрафа',
  'payments.cmd.waivePenalty.help':
    'Только при документально подтверждённой уважительной причине. Пени — это компенсация, от них не освобождают.',
  'payments.cmd.refuseWaiver': 'Отказать в освобождении',
  'payments.cmd.postCharges': 'Начислить штраф и пени за просрочку',
  'payments.field.reason': 'Основание, которое войдёт в письмо',
  'payments.field.tin': 'ИНН',
  'payments.field.taxType': 'Налог',
  'payments.field.period': 'Период в формате ГГГГ-ММ или ГГГГ',
  'payments.field.refundAmount': 'Сумма к возврату',
  'payments.field.waivedAmount': 'Сумма освобождения',
  'payments.field.penalty': 'Штраф за просрочку уплаты',
  'payments.field.interest': 'Пени за просрочку уплаты',
  'payments.state.received': 'Поступило',
  'payments.state.suspense': 'В невыясненных',
  'payments.state.refundRequest': 'Запрошен возврат',
  'payments.state.waiverRequest': 'Запрошено освобождение',
  'payments.state.chargesReview': 'Начисления к подтверждению',
  'payments.state.allocated': 'Зачислено',
  'payments.state.returned': 'Возвращено плательщику',
  'payments.state.held': 'Оставлено в невыясненных',
  'payments.state.refunded': 'Возвращено',
  'payments.state.offset': 'Зачтено и возвращено',
  'payments.state.refundRefused': 'В возврате отказано',
  'payments.state.waived': 'Освобождено от штрафа',
  'payments.state.waiverRefused': 'В освобождении отказано',
  'payments.state.charged': 'Начисления проведены',
  'payments.blocker.done.candidates': 'Плательщик уже искался в реестре.',
  'payments.blocker.done.ledger': 'Лицевой счёт налогоплательщика уже открыт.',
  'payments.blocker.done.history': 'История подачи деклараций уже открыта.',
  'payments.blocker.done.documents': 'Документы уже изучены.',
  'payments.blocker.done.charges': 'Штраф и пени уже рассчитаны.',
  'payments.blocker.wrongType.suspense':
    'Это невыясненный платёж: установите плательщика, затем зачислите платёж, верните его или оставьте в невыясненных.',
  'payments.blocker.wrongType.refund': 'Это заявление о возврате: решите, что делать с переплатой.',
  'payments.blocker.wrongType.waiver':
    'Это заявление об освобождении от штрафа: освободите от штрафа или откажите.',
  'payments.blocker.wrongType.charges': 'Это просроченный платёж: подтвердите штраф и пени за просрочку.',
  'payments.blocker.notAStep': '«{type}» — не действие отдела платежей.',
  'payments.blocker.allocateSearchFirst':
    'Сначала найдите плательщика в реестре: платёж зачисляется по наименованию и банковскому счёту.',
  'payments.blocker.returnSearchFirst':
    'Сначала проверьте реестр: платёж возвращается, только если установить налогоплательщика нельзя.',
  'payments.blocker.holdSearchFirst':
    'Сначала проверьте реестр: банк запрашивают только о плательщике, которого никто не опознал.',
  'payments.blocker.suspenseTooOld':
    'Платёж находится в невыясненных с {since} ({days, plural, one {# день} few {# дня} many {# дней} other {# дня}}); правила допускают {limit}: зачислите его или верните плательщику.',
  'payments.blocker.refundLedgerFirst':
    'Сначала откройте лицевой счёт налогоплательщика: переплата возвращается только после проверки других долгов.',
  'payments.blocker.waiverDocumentsFirst':
    'Сначала изучите подтверждающие документы: освобождение зависит от подтверждённой причины.',
  'payments.blocker.chargesLedgerFirst':
    'Сначала откройте лицевой счёт налогоплательщика, чтобы увидеть начисление и платёж.',
  'payments.problem.tin': 'Укажите ИНН, на который зачисляется платёж.',
  'payments.problem.unknownTin': 'Налогоплательщика с ИНН {tin} нет.',
  'payments.problem.taxType': 'Выберите налог, к которому относится платёж.',
  'payments.problem.period':
    'Периоды ({tax}) записываются как {monthly, select, yes {ГГГГ-ММ (месяц)} other {ГГГГ (год)}}.',
  'payments.problem.reason': 'Укажите основание: оно войдёт в письмо.',
  'payments.problem.refundAmount': 'Укажите сумму к возврату.',
  'payments.problem.refundTooMuch': 'Возврат не может превышать переплату, заявленную налогоплательщиком.',
  'payments.problem.waivedAmount': 'Укажите сумму освобождения.',
  'payments.problem.waivedTooMuch':
    'Сумма освобождения не может превышать штраф и пени, начисленные за период.',
  'payments.problem.charges': 'Укажите штраф и пени (ноль или больше).',
  'payments.reference.bankReference': 'Назначение платежа: «{reference}».',
  'payments.reference.refundClaimed': 'Заявлено к возврату: {amount}.',
  'payments.reference.waiverCharged': 'Начислено: штраф {penalty}, пени {interest}.',
  'payments.reference.chargesAssessed': 'Доначислено налога: {amount}; уплачено {paidOn}.',
  'payments.rule.percentPerMonth':
    '{percent} % налога за каждый полный или неполный месяц{grace, plural, =0 {} one { после # месяца льготного периода} few { после # месяцев льготного периода} many { после # месяцев льготного периода} other { после # месяца льготного периода}}, не более {max} %',
  'payments.rule.greaterOf': 'наибольшая из сумм: {fixed} или {percent} % налога',
  'payments.rule.fixedPlus': '{fixed} плюс {percent} % налога',
  'payments.rule.flat': 'фиксированная сумма {amount}',
  'payments.panel.yes': 'да',
  'payments.panel.no': 'нет',
  'payments.panel.taxPeriod': '{taxType} {period}',
  'payments.panel.taxpayer': 'Налогоплательщик',
  'payments.panel.nameAndTin': '{name} (ИНН {tin})',
  'payments.panel.amount': 'Сумма',
  'payments.panel.tin': 'ИНН',
  'payments.panel.date': 'Дата',
  'payments.panel.received': 'Поступило',
  'payments.panel.paidOn': 'Дата уплаты',
  'payments.panel.letter': 'Письмо',
  'payments.panel.taxAndPeriod': 'Налог и период',
  'payments.panel.bank.title': 'Банковская выписка',
  'payments.panel.bank.ref': 'Банковский референс',
  'payments.panel.bank.valueDate': 'Дата валютирования',
  'payments.panel.bank.payerName': 'Плательщик',
  'payments.panel.bank.payerAccount': 'Счёт плательщика',
  'payments.panel.bank.reference': 'Назначение платежа, указанное плательщиком',
  'payments.panel.bank.referenceQuoted': '«{reference}»',
  'payments.panel.bank.noReference': '(нет)',
  'payments.panel.bank.channel': 'Способ оплаты',
  'payments.panel.bank.inSuspense': 'В невыясненных',
  'payments.panel.bank.inSuspenseValue':
    '{days, plural, one {# день} few {# дня} many {# дней} other {# дня}} (предел {limit, plural, one {# день} few {# дня} many {# дней} other {# дня}}, до {until})',
  'payments.channel.transfer': 'банковский перевод',
  'payments.channel.cheque': 'чек',
  'payments.channel.mobile': 'мобильные деньги',
  'payments.foundBy.quotedTin': 'ИНН в назначении платежа',
  'payments.foundBy.sameAmount': 'открытый долг на ту же сумму',
  'payments.foundBy.similarName': 'частично похожее наименование',
  'payments.foundBy.payerName': 'наименование плательщика',
  'payments.foundBy.bankAccount': 'банковский счёт',
  'payments.panel.candidates.title': 'Возможные налогоплательщики',
  'payments.panel.candidates.noTin': 'В назначении платежа нет ИНН.',
  'payments.panel.candidates.tinHolder': 'ИНН {tin} из назначения платежа принадлежит: {name}.',
  'payments.panel.candidates.tinUnknown': 'ИНН {tin} из назначения платежа отсутствует в реестре.',
  'payments.panel.candidates.tinInvalid':
    'ИНН {tin} из назначения платежа не проходит проверку контрольной цифры: такого ИНН быть не может, значит, одна цифра введена с ошибкой.',
  'payments.panel.candidates.name': 'Наименование',
  'payments.panel.candidates.account': 'Зарегистрированный счёт',
  'payments.panel.candidates.foundBy': 'Найден по',
  'payments.panel.candidates.foundByList': '{reasons}',
  'payments.panel.candidates.sameName': 'Наименование = плательщик',
  'payments.panel.candidates.sameAccount': 'Счёт = плательщик',
  'payments.panel.candidates.sameAmount': 'Открытый долг = сумма',
  'payments.panel.candidates.yesOn': 'да ({taxType} {period})',
  'payments.panel.candidates.owed': 'Задолженность',
  'payments.panel.candidates.empty': 'Поиск не нашёл ни одного налогоплательщика.',
  'payments.ledger.entryWithNote': '{kind} ({note})',
  'payments.ledger.kind.selfAssessment': 'самоначисление',
  'payments.ledger.kind.adjustment': 'доначисление',
  'payments.ledger.kind.defaultAssessment': 'расчётное начисление',
  'payments.ledger.kind.penalty': 'штраф',
  'payments.ledger.kind.interest': 'пени',
  'payments.ledger.kind.payment': 'платёж',
  'payments.ledger.kind.paymentReversal': 'сторно платежа',
  'payments.ledger.kind.offsetOut': 'зачёт (переплата использована)',
  'payments.ledger.kind.offsetIn': 'зачёт (долг погашен)',
  'payments.ledger.kind.refundPaid': 'возврат выплачен',
  'payments.ledger.kind.writeOff': 'списание',
  'payments.ledger.kind.abatement': 'уменьшение начисления',
  'payments.ledger.kind.agreement': 'соглашение о рассрочке',
  'payments.ledger.kind.instalment': 'платёж по рассрочке',
  'payments.panel.ledger.title': 'Лицевой счёт налогоплательщика',
  'payments.panel.ledger.current': 'Лицевой счёт',
  'payments.panel.ledger.entry': 'Запись',
  'payments.panel.ledger.debit': 'Дебет',
  'payments.panel.ledger.credit': 'Кредит',
  'payments.panel.ledger.balance': 'Сальдо',
  'payments.panel.ledger.source': 'Источник',
  'payments.panel.ledger.empty': 'На счёте нет записей.',
  'payments.panel.ledger.balances': 'Открытое сальдо по налогам и периодам',
  'payments.panel.ledger.owedOrCredit': 'Долг или переплата',
  'payments.panel.ledger.owed': 'долг',
  'payments.panel.ledger.oldestDue': 'Самый ранний неуплаченный срок',
  'payments.panel.ledger.settled': 'Все периоды закрыты.',
  'payments.panel.history.title': 'История подачи деклараций',
  'payments.panel.history.due': 'Срок',
  'payments.panel.history.filed': 'Подана',
  'payments.panel.history.filedOn': '{on}',
  'payments.panel.history.notFiled': 'не подана',
  'payments.panel.history.status': 'Статус',
  'payments.panel.history.missing': 'отсутствует',
  'payments.panel.history.late':
    'с опозданием ({days, plural, one {# день} few {# дня} many {# дней} other {# дня}})',
  'payments.panel.history.onTime': 'в срок',
  'payments.panel.history.declared': 'Заявленный налог',
  'payments.panel.history.empty': 'Деклараций нет.',
  'payments.panel.refund.title': 'Заявление о возврате',
  'payments.panel.refund.creditOn': 'Переплата по',
  'payments.panel.refund.claimed': 'Заявленная сумма',
  'payments.panel.refund.payTo': 'Перечислить на',
  'payments.panel.waiver.title': 'Заявление об освобождении от штрафа',
  'payments.panel.waiver.dueDate': 'Срок уплаты',
  'payments.panel.waiver.penalties': 'Начисленные штрафы',
  'payments.panel.waiver.interest': 'Начисленные пени',
  'payments.panel.waiver.attachments': 'Приложения',
  'payments.panel.waiver.noAttachments': 'нет',
  'payments.panel.documents.title': 'Подтверждающие документы',
  'payments.panel.documents.issuer': 'Выдан',
  'payments.panel.documents.dated': 'Дата',
  'payments.panel.documents.none': 'К заявлению не приложено документов.',
  'payments.panel.notice.title': 'Уплаченное доначисление',
  'payments.panel.notice.notice': 'Уведомление о доначислении',
  'payments.panel.notice.noticeOf': '{ref} от {on}',
  'payments.panel.notice.assessed': 'Доначисленная сумма',
  'payments.panel.notice.paidOnRef': '{on} ({ref})',
  'payments.panel.notice.instruction':
    'Начислите штраф и пени за просрочку уплаты доначисленного налога по закону.',
  'payments.panel.computation.title': 'Штраф и пени за просрочку',
  'payments.panel.computation.span': 'От первоначального срока уплаты до платежа',
  'payments.panel.computation.originalDue': 'Первоначальный срок уплаты',
  'payments.panel.computation.late':
    'Просрочка ({basis, select, daily {дней} other {полных или неполных месяцев}})',
  'payments.panel.computation.interestRule': 'Правило начисления пени',
  'payments.panel.computation.interestRuleValue':
    '{percent} % в месяц, {basis, select, daily {ежедневно ({daily, number, ::.000000} % в день)} other {ежемесячно}}, {compounding, select, compound {сложные проценты} other {простые проценты}}',
  'payments.panel.computation.interest': 'Пени',
  'payments.panel.computation.penaltyRule': 'Правило штрафа',
  'payments.panel.computation.months': 'Полных или неполных месяцев просрочки',
  'payments.panel.computation.penalty': 'Штраф',
  'payments.panel.computation.note':
    'Пени и штраф за просрочку по доначислению считаются с первоначального срока уплаты за период ({dueOn}), а не с даты уведомления ({noticeOn}).',
  'payments.verdict.noRecord': 'Для этого решения нет дела.',
  'payments.verdict.notClosing': '«{command}» не закрывает это дело.',
  'payments.verdict.suspense.amountAlone':
    'Зачислено только по сумме: {amount} от постороннего лица теперь гасят долг другого налогоплательщика, а настоящий плательщик теряет свои деньги.',
  'payments.verdict.suspense.noMatch': 'Зачислено налогоплательщику, который не совпадает с плательщиком.',
  'payments.verdict.suspense.misposted':
    'Ошибочно зачислено на ИНН {tin}: на этом счёте теперь платёж, которого он не делал, а долг налогоплательщика {payer} остаётся.',
  'payments.verdict.suspense.wrongPeriod':
    'Налогоплательщик верный, но платёж относится к периоду {period} ({taxType}): в другом периоде долг, который он должен был погасить, остаётся открытым и на него начисляются пени.',
  'payments.verdict.suspense.allocated':
    'Зачислено в нужный период налогоплательщику, которого определяют наименование и счёт плательщика или ясное назначение платежа.',
  'payments.verdict.suspense.returnedIdentified':
    'Плательщик был установлен: возврат денег оставляет уплаченный налог неуплаченным на счёте, с последующими штрафом и пени.',
  'payments.verdict.suspense.returned':
    'Возвращено: никто не совпадает с плательщиком по наименованию или банковскому счёту, а одна сумма никого не определяет.',
  'payments.verdict.suspense.heldIdentified':
    'Помощь банка не требовалась: материалы дела указывают на плательщика, и платёж следовало зачислить.',
  'payments.verdict.suspense.held':
    'Запрос в банк допустим, но ничто в деле не позволяет установить плательщика; деньги лучше вернуть, чем держать.',
  'payments.verdict.refund.offsetWithDebts':
    'Сначала зачёт, затем возврат только остатка: долги погашены из переплаты.',
  'payments.verdict.refund.offsetNoDebts':
    'Других долгов нет: после зачёта к возврату остаются все {amount}.',
  'payments.verdict.refund.tooMuch':
    'Выплачено {amount}, хотя налогоплательщик должен по другим налогам: после зачёта к возврату было только {refundable}.',
  'payments.verdict.refund.notOffset':
    'Сумма в пределах возвратной, но переплата не зачтена: долги на счёте остаются открытыми.',
  'payments.verdict.refund.whole':
    'Вся переплата возвращена налогоплательщику, у которого нет других долгов.',
  'payments.verdict.refund.partial':
    'Налогоплательщик переплатил {amount} и больше ничего не должен: частичный возврат удерживает его деньги.',
  'payments.verdict.refund.refusedWithDebts':
    'Отказ оставляет переплату без движения, пока на долги начисляются пени: зачтите её и верните остаток.',
  'payments.verdict.refund.refused':
    'Переплата реальна, а долгов нет: налогоплательщик имеет право на возврат.',
  'payments.verdict.waiver.unjustified':
    'Освобождение на {amount} без подтверждённой уважительной причины: бюджет недополучил доход, а каждый, кто уплатил штраф, оказался в худшем положении.',
  'payments.verdict.waiver.waived':
    'Освобождение от штрафа по подтверждённой причине, охватывающей срок уплаты; пени сохранены.',
  'payments.verdict.waiver.interestWaived':
    'Причина оправдывает освобождение от штрафа {penalty}, но пени — компенсация за просрочку, а не наказание: от них не освобождают.',
  'payments.verdict.waiver.partial':
    'Подтверждённая причина охватывает срок уплаты: следовало освободить от всего штрафа {penalty}, а не от его части.',
  'payments.verdict.waiver.refusedJustified':
    'Документы подтверждают уважительную причину на дату срока, а история безупречна: отказ наказывает за несчастье.',
  'payments.verdict.waiver.refused':
    'Отказано: ни одна подтверждённая уважительная причина не объясняет пропуск срока.',
  'payments.verdict.charges.figures':
    'От первоначального срока уплаты {dueOn} до платежа {paidOn}: штраф {penalty}, пени {interest}.',
  'payments.verdict.charges.fromNotice':
    'Пени посчитаны с даты уведомления ({noticeOn}); они начисляются с первоначального срока уплаты. {why}',
  'payments.verdict.charges.withinUnit':
    'В пределах одной единицы от верных сумм, которые правила округляют один раз. {why}',
  'payments.verdict.charges.off':
    '{direction, select, under {Начислено меньше положенного} other {Начислено больше положенного}}. {why}',
  'payments.world.suspense.title': 'Невыясненный платёж: {payer}',
  'payments.world.suspense.allocateTo': 'Зачислить на {name} (ИНН {tin}), {taxType} {period}',
  'payments.world.thirdParty.explanation':
    '{firm} — бухгалтерская фирма, которая платит за своего клиента: в назначении платежа указаны {name}, его ИНН и период, а сумма в точности равна налогу к уплате за {taxType} {period}. Третье лицо вправе уплатить налог за налогоплательщика; зачислите платёж указанному налогоплательщику.',
  'payments.world.thirdParty.flagPayer':
    'Плательщик {firm} — не сам налогоплательщик и платит со своего счёта',
  'payments.world.thirdParty.flagReference':
    'В назначении платежа указаны {name}, ИНН {tin} и {taxType} {period}',
  'payments.world.amountOnly.expected': 'Вернуть платёж плательщику',
  'payments.world.amountOnly.explanation':
    'Ни наименование, ни банковский счёт ни одного налогоплательщика не совпадают с {payer}, а в назначении платежа («{reference}») нет ни ИНН, ни периода. Совпадает только сумма — с открытым долгом {name} за {taxType} {period}: зачисление по одной сумме погасило бы долг другого налогоплательщика чужими деньгами. Верните платёж плательщику.',
  'payments.world.amountOnly.flagPayer':
    'Ни один налогоплательщик не зарегистрирован как {payer} и не владеет счётом {account}',
  'payments.world.amountOnly.flagReference': 'В назначении платежа «{reference}» нет ни ИНН, ни периода',
  'payments.world.amountOnly.flagAmount':
    'Совпадает только сумма — с открытым долгом {name} за {taxType} {period}',
  'payments.world.swapped.explanation':
    'В ИНН из назначения платежа ({quoted}) переставлены две цифры — поэтому платёж не был сопоставлен. Наименование и банковский счёт плательщика принадлежат {name}, а сумма равна его налогу за {taxType} {period}: зачислите платёж ему.',
  'payments.world.swapped.flagTin': 'Указанный ИНН {quoted} никому не присвоен: переставлены две цифры',
  'payments.world.swapped.flagPayer': 'Наименование и банковский счёт плательщика совпадают с {name}',
  'payments.world.refund.title': 'Заявление о возврате: {name}',
  'payments.world.refund.letterTwice':
    'Мы дважды уплатили налог за {taxType} {period} в сумме {credit}: {first} и повторно {second}. Просим вернуть второй платёж на наш счёт.',
  'payments.world.refund.letterOverpaid':
    '{paidOn} мы уплатили {paid} за {taxType} {period}, тогда как налог к уплате составлял {due}: ошибка при вводе суммы банковского перевода. Просим вернуть излишне уплаченные {credit}.',
  'payments.world.refund.debt': '{taxType} {period} ({balance})',
  'payments.world.refund.expected': 'Вернуть переплату {credit}',
  'payments.world.refund.explanation':
    '{taxType} {period} оплачен дважды, других долгов у {name} нет: возврату подлежит вся сумма {credit}.',
  'payments.world.creditWithDebts.expected':
    'Зачесть переплату в счёт открытых долгов, затем вернуть {refundable}',
  'payments.world.creditWithDebts.explanation':
    'Переплата {credit} реальна, но {name} должен {owed} по {on}. Переплата сначала погашает другие долги налогоплательщика; к возврату остаётся только {refundable}.',
  'payments.world.creditWithDebts.flagOwed': 'По лицевому счёту долг {owed} по {on}',
  'payments.world.creditWithDebts.flagCredit': 'Переплата — {credit}: вернуть можно не более {refundable}',
  'payments.world.causeless.accountant': 'Наш бухгалтер был в отпуске, и о декларации забыли',
  'payments.world.causeless.cash': 'Дела шли плохо, и к сроку уплаты у нас не было денег',
  'payments.world.causeless.deadline': 'Мы не знали о новом сроке',
  'payments.world.causeless.internet': 'В день срока у нас не работал интернет',
  'payments.world.cause.hospital': 'я находился в больнице с {admitted} по {discharged}',
  'payments.world.cause.fire': '{on} пожар уничтожил наш офис и документы',
  'payments.world.cause.flood': '{on} наше помещение было затоплено',
  'payments.world.doc.discharge': 'Выписной эпикриз',
  'payments.world.doc.hospital': 'Городская больница г. {city}',
  'payments.world.doc.dischargeText':
    '{name} поступил(а) {admitted} и выписан(а) {discharged} после операции. Подпись: д-р {doctor}.',
  'payments.world.doc.fireReport': 'Акт о пожаре',
  'payments.world.doc.floodCertificate': 'Справка об ущербе от наводнения',
  'payments.world.doc.fireService': 'Пожарная служба г. {city}',
  'payments.world.doc.emergencyAgency': 'Государственное агентство по чрезвычайным ситуациям',
  'payments.world.doc.fireText':
    'Пожар в помещении {name}, {line}, {city}, {on}. Офис, компьютеры и бумажные документы уничтожены.',
  'payments.world.doc.floodText': 'Помещение {name}, {line}, {city}, затоплено {on} и закрыто на три недели.',
  'payments.world.doc.medical': 'Медицинская справка',
  'payments.world.doc.medicalCentre': 'Медицинский центр г. {city}',
  'payments.world.doc.medicalText': '{who} проходил(а) амбулаторное лечение с {from} по {to}.',
  'payments.world.doc.managingDirector': 'Генеральный директор',
  'payments.world.waiver.title': 'Заявление о снятии штрафа: {name}',
  'payments.world.waiver.letterCause':
    'Просим снять штрафы и пени, начисленные за {taxType} {period}: {cause}. Декларация подана и налог уплачен {filedOn}, как только это стало возможно.',
  'payments.world.waiver.letterNoCause':
    'Просим снять штрафы и пени, начисленные за {taxType} {period}. {cause}. Декларация подана и налог уплачен {filedOn}.',
  'payments.world.waiver.expected': 'Снять штраф {penalty}; пени остаются',
  'payments.world.waiver.explanation':
    'Документы подтверждают причину, указанную в письме («{cause}»), и она охватывает срок {dueOn}; история подачи деклараций безупречна: уважительная причина. Снимите штраф; пени — компенсация за {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} просрочки уплаты и не снимаются.',
  'payments.world.waiver.clearingDocument': '{title} ({issuer}) охватывает срок {dueOn}',
  'payments.world.waiver.clearingHistory': 'Все прежние декларации поданы в срок',
  'payments.world.unjustified.expected': 'Отказать в снятии штрафа',
  'payments.world.unjustified.explanationLateDocument':
    'Единственный документ датирован позже подачи декларации ({filedOn}): он не объясняет пропуск срока {dueOn}. История показывает и прежние просрочки. Уважительной причины нет: штраф остаётся.',
  'payments.world.unjustified.explanationNoCause':
    '«{cause}» — не уважительная причина, ничем не подтверждена, а история показывает и прежние просрочки. Штраф остаётся.',
  'payments.world.unjustified.flagLateDocument':
    'Медицинская справка датирована позже подачи декларации {filedOn}',
  'payments.world.unjustified.flagLateHistory': 'Прежние декларации тоже подавались с опозданием',
  'payments.world.unjustified.flagNoDocuments': 'Заявление не подтверждено документами',
  'payments.world.unjustified.flagNoCause': '«{cause}» — не уважительная причина',
  'payments.world.charges.title': 'Штраф и пени за просрочку уплаты: {name}',
  'payments.world.charges.expected': 'Начислить штраф {penalty} и пени {interest}',
  'payments.world.charges.explanation':
    'Сумма {assessed} ({taxType}, период {period}), доначисленная {noticeOn}, подлежала уплате вместе с декларацией {dueOn}: штраф и пени начисляются с этого первоначального срока до уплаты {paidOn} ({days, plural, one {# день} few {# дня} many {# дней} other {# дня}}), а не с даты уведомления.',
  'payments.world.charges.flag':
    'Первоначальный срок уплаты ({taxType}, период {period}) — {dueOn}, задолго до уведомления от {noticeOn}',
  'payments.world.note.bankTransfer': 'Банковский перевод',
  'payments.world.note.overpaid': 'Тот же перевод: сумма больше налога к уплате',
  'payments.world.note.lateFiling': 'Несвоевременная подача',
  'payments.world.note.lateFilingAndPayment': 'Несвоевременная подача и уплата',
  'payments.world.note.lateInterest': 'Пени за просрочку уплаты',
  'payments.world.note.additionalAssessment': 'Доначисление',
  'payments.world.noteInEntry.bankTransfer': 'банковский перевод',
  'payments.world.noteInEntry.overpaid': 'тот же перевод: сумма больше налога к уплате',
  'payments.world.noteInEntry.lateFiling': 'несвоевременная подача',
  'payments.world.noteInEntry.lateFilingAndPayment': 'несвоевременная подача и уплата',
  'payments.world.noteInEntry.lateInterest': 'просрочка уплаты',
  'payments.world.noteInEntry.additionalAssessment': 'налог к доплате',
  'payments.world.note.allocated': 'невыясненный платёж {ref} зачислен',
  'payments.world.note.refunded': 'переплата возвращена',
  'payments.world.note.refundedAfterOffset': 'переплата возвращена после зачёта',
  'payments.world.note.waived': 'штраф снят',
  'payments.world.note.latePayment': 'просрочка уплаты',
  'payments.world.note.lateInterestPosted': 'пени за просрочку уплаты',
  'payments.world.mistyped.explanation':
    'ИНН в назначении платежа ({quoted}) не проходит проверку контрольной цифры: такого ИНН ни у кого быть не может, значит, цифра введена с ошибкой (две переставлены; если вернуть их на место, получится {tin} — ИНН {name}). {lure} (ИНН {lureTin}) должен ровно {amount} за {lureTax} {lurePeriod}, но ни наименование, ни банковский счёт не совпадают с плательщиком: одинаковая сумма ничего не доказывает. Наименование и банковский счёт плательщика принадлежат {name}, а сумма равна его налогу за {taxType} {period}: зачислите платёж ему.',
  'payments.world.mistyped.flagCheckDigit':
    'Указанный ИНН {quoted} не проходит проверку контрольной цифры: он никому не принадлежит',
  'payments.world.mistyped.flagLure':
    '{lure} (ИНН {lureTin}) должен ровно {amount}, но его наименование и банковский счёт не совпадают с плательщиком',
  'payments.verdict.suspense.checkDigit':
    'ИНН {quoted} в назначении платежа не проходит проверку контрольной цифры, поэтому не указывает ни на одного налогоплательщика, а долг на ту же сумму не делает {tin} плательщиком. Наименование и банковский счёт плательщика принадлежат {payer} (ИНН {payerTin}): платёж теперь числится на чужом лицевом счёте.',
  'payments.naive.returnToPayer': 'Платёж не удалось отнести ни к одному налогоплательщику.',
  'payments.naive.holdInSuspense': 'У банка запрошены данные плательщика.',
  'payments.naive.refuseRefund': 'В возврате отказано.',
  'payments.naive.refuseWaiver': 'Уважительной причины нет.',
  'payments.truth.bestReason.returnToPayer':
    'Плательщика нельзя установить ни по наименованию, ни по банковскому счёту.',
  'payments.truth.bestReason.refuseWaiver':
    'Нет документально подтверждённой уважительной причины пропуска срока.',
} satisfies Catalogue
