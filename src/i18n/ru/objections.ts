import type { Catalogue } from '../languages'

export default {
  'objections.cmd.checkNotice': 'Проверить уведомление о начислении',
  'objections.cmd.checkPayments': 'Проверить лицевой счёт налогоплательщика',
  'objections.cmd.reviewAuditFile': 'Изучить материалы проверки',
  'objections.cmd.examineEvidence': 'Изучить новые доказательства',
  'objections.cmd.grantExtension': 'Восстановить срок для просроченного возражения',
  'objections.cmd.acceptAdmissible': 'Принять возражение к рассмотрению',
  'objections.cmd.holdCollection': 'Приостановить взыскание',
  'objections.cmd.assignReviewer': 'Назначить рассматривающего инспектора',
  'objections.cmd.declareInadmissible': 'Оставить без рассмотрения и письменно уведомить налогоплательщика',
  'objections.cmd.decide': 'Решить по каждому пункту и отразить перерасчёт',
  'objections.cmd.decide.help':
    'Удовлетворите оспариваемые пункты, подтверждённые доказательствами; остальные отклоняются. Если ни один пункт не удовлетворён, возражение отклонено.',

  'objections.field.holdAmount': 'Сумма приостановления',
  'objections.field.holdAmount.help': 'Взыскание этой суммы приостанавливается до решения по возражению.',
  'objections.field.officer': 'Рассматривающий инспектор',
  'objections.field.ground': 'Основание (указывается в уведомлении)',
  'objections.field.allowedItems': 'Удовлетворённые пункты',

  'objections.item': 'Пункт {n}',
  'objections.items':
    '{count, plural, one {пункт {items}} few {пункты {items}} many {пункты {items}} other {пункты {items}}}',
  'objections.items.none': 'ни одного пункта',
  'objections.officer': '{id} {name} ({unit})',
  'objections.unit.audit': 'Отдел проверок',
  'objections.unit.objections': 'Отдел досудебного урегулирования',
  'objections.ground.late': 'Подано после истечения срока',
  'objections.ground.no-grounds': 'Основания не указаны',
  'objections.ground.undisputed-unpaid': 'Неоспариваемый налог не уплачен',
  'objections.ground.lower.late': 'подано после истечения срока',
  'objections.ground.lower.no-grounds': 'основания не указаны',
  'objections.ground.lower.undisputed-unpaid': 'неоспариваемый налог не уплачен',

  'objections.ledgerKind.self-assessment': 'по декларации',
  'objections.ledgerKind.adjustment': 'доначисление',
  'objections.ledgerKind.default-assessment': 'расчётное начисление',
  'objections.ledgerKind.penalty': 'штраф',
  'objections.ledgerKind.interest': 'пени',
  'objections.ledgerKind.payment': 'платёж',
  'objections.ledgerKind.payment-reversal': 'сторно платежа',
  'objections.ledgerKind.offset-out': 'зачёт (списание)',
  'objections.ledgerKind.offset-in': 'зачёт (поступление)',
  'objections.ledgerKind.refund-paid': 'возврат выплачен',
  'objections.ledgerKind.write-off': 'списание',
  'objections.ledgerKind.abatement': 'уменьшение начисления',
  'objections.ledgerKind.agreement': 'соглашение о рассрочке',
  'objections.ledgerKind.instalment': 'платёж по рассрочке',

  'objections.state.received': 'Возражение получено: проверка приемлемости',
  'objections.state.admissible': 'Принято: ожидает независимого инспектора',
  'objections.state.underReview': 'На независимом рассмотрении',
  'objections.state.inadmissible': 'Оставлено без рассмотрения: налогоплательщик уведомлён письменно',
  'objections.state.allowed': 'Удовлетворено: перерасчёт отражён',
  'objections.state.partiallyAllowed': 'Удовлетворено частично: перерасчёт отражён',
  'objections.state.disallowed': 'Отклонено: решение вручено',
  'objections.state.deemedDecision': 'Решение в силу закона: срок для решения истёк',

  'objections.blocker.unknownStep': '«{type}» не является этапом рассмотрения возражения.',
  'objections.blocker.noticeDone': 'Уведомление о начислении уже проверено.',
  'objections.blocker.accountDone': 'Лицевой счёт налогоплательщика уже проверен.',
  'objections.blocker.auditFileDone': 'Материалы проверки уже изучены.',
  'objections.blocker.evidenceDone': 'Новые доказательства уже изучены.',
  'objections.blocker.decided': 'По возражению уже принято решение.',
  'objections.blocker.overdue':
    'Срок для решения истёк {on}: возражение считается {outcome, select, allowed {удовлетворённым} other {отклонённым}}.',
  'objections.blocker.admissibilityDecided': 'Вопрос о приемлемости уже решён.',
  'objections.blocker.extensionGranted': 'Срок уже восстановлен.',
  'objections.blocker.noExtensionInLaw':
    'Закон ({country}) не допускает восстановления срока: просроченное возражение принять нельзя.',
  'objections.blocker.noticeFirstExtension':
    'Сначала проверьте уведомление о начислении: срок восстанавливается только для возражения, поданного с опозданием.',
  'objections.blocker.noLateReason':
    'В письме не указана причина пропуска срока; для восстановления она нужна.',
  'objections.blocker.beyondExtension':
    'Возражение поступило после {limit}, позже {days, plural, one {# дня} few {# дней} many {# дней} other {# дня}}, на которые можно восстановить срок.',
  'objections.blocker.noticeFirstAdmit':
    'Сначала проверьте уведомление о начислении: срок исчисляется с даты считающегося получения.',
  'objections.blocker.accountFirstAdmit':
    'Сначала проверьте лицевой счёт: для принятия возражения неоспариваемый налог должен быть уплачен.',
  'objections.blocker.admitted': 'Вопрос о приемлемости уже решён: возражение принято.',
  'objections.blocker.noHoldInLaw':
    'По закону ({country}) возражение не приостанавливает взыскание: приостанавливать нечего.',
  'objections.blocker.holdDone': 'Взыскание уже приостановлено.',
  'objections.blocker.admitFirstHold':
    'Сначала примите возражение: взыскание приостанавливает только принятое возражение.',
  'objections.blocker.reviewerDone': 'Рассматривающий инспектор уже назначен.',
  'objections.blocker.admitFirstReview':
    'Сначала примите возражение: возражение, оставленное без рассмотрения, не рассматривается.',
  'objections.blocker.admissibilityFirst': 'Сначала решите вопрос о приемлемости.',
  'objections.blocker.reviewerFirst': 'Сначала назначьте инспектора, не связанного с проверкой.',
  'objections.blocker.holdFirst': 'Сначала приостановите взыскание оспариваемой суммы.',
  'objections.blocker.auditFileFirst':
    'Сначала изучите материалы проверки: решение принимается по каждому пункту.',
  'objections.blocker.evidenceFirst': 'Сначала изучите новые доказательства.',

  'objections.unlawful.ownAssessment':
    '{officer} {name} произвёл это начисление. Рассмотрение должно быть независимым от проверки (разделение обязанностей, TADAT P7-19-2): назначьте другого инспектора.',
  'objections.unlawful.holdTooLarge':
    'Налогоплательщик должен всего {balance}; приостановление не может быть больше.',
  'objections.unlawful.unknownGround': '«{ground}» не является основанием для оставления без рассмотрения.',
  'objections.unlawful.lateAfterExtension':
    'Срок восстановлен: возражение больше нельзя признать просроченным.',
  'objections.unlawful.noPaymentRule':
    'Закон ({country}) не требует уплаты неоспариваемого налога до подачи возражения.',
  'objections.unlawful.listItems':
    'Перечислите удовлетворённые пункты (ни одного — чтобы отклонить возражение).',
  'objections.unlawful.strayItems':
    'Удовлетворить можно только оспариваемые пункты ({disputed}); {count, plural, one {пункт {stray} не оспаривается} few {пункты {stray} не оспариваются} many {пункты {stray} не оспариваются} other {пункты {stray} не оспариваются}}.',

  'objections.problem.reviewer': 'Выберите рассматривающего инспектора.',
  'objections.problem.holdAmount': 'Введите сумму приостановления (больше нуля).',
  'objections.problem.ground':
    'Выберите основание для оставления без рассмотрения: оно указывается в письменном уведомлении налогоплательщику.',
  'objections.problem.noticeBeforeLate':
    'Проверьте уведомление о начислении, прежде чем признать возражение просроченным.',
  'objections.problem.accountBeforeUnpaid':
    'Проверьте лицевой счёт, прежде чем признать неоспариваемый налог неуплаченным.',

  'objections.ref.hold':
    'Оспариваемая часть по материалам: {disputed} (налог по оспариваемым пунктам). Сальдо лицевого счёта: {balance}.',
  'objections.ref.items': 'Оспариваемые пункты: {count, plural, =0 {нет} other {{items}}}.',

  'objections.panel.taxpayer': 'Налогоплательщик',
  'objections.panel.tin': 'ИНН',
  'objections.panel.taxPeriod': '{taxType} {period}',
  'objections.panel.item': 'Пункт',
  'objections.panel.adjustment': 'Доначисление',
  'objections.panel.additionalTax': 'Доначисленный налог',
  'objections.panel.owedInAll': 'Задолженность по всему счёту',
  'objections.panel.case.title': 'Дело по возражению',
  'objections.panel.case.case': 'Дело',
  'objections.panel.case.assessment': 'Начисление',
  'objections.panel.case.assessmentValue': '{notice}: {taxType} {period}',
  'objections.panel.case.assessed': 'Доначислено налога',
  'objections.panel.case.disputed': 'Оспаривается (по письму)',
  'objections.panel.case.accepted': 'Признано налогоплательщиком',
  'objections.panel.case.received': 'Возражение получено',
  'objections.panel.case.decideBy': 'Решить до',
  'objections.panel.case.madeBy': 'Начисление произвёл',
  'objections.panel.letter.title': 'Письмо с возражением',
  'objections.panel.letter.from': 'От',
  'objections.panel.letter.reference': 'Номер',
  'objections.panel.letter.dated': 'Дата письма',
  'objections.panel.letter.received': 'Получено инспекцией',
  'objections.panel.letter.opening':
    'Мы возражаем против уведомления о начислении {notice} ({taxType} {period}). Мы оспариваем {disputed}.',
  'objections.panel.letter.openingAccept':
    'Мы возражаем против уведомления о начислении {notice} ({taxType} {period}). Мы оспариваем {disputed} и признаём {accepted}.',
  'objections.panel.letter.ground': '{item} ({description}): {ground}',
  'objections.panel.letter.noGrounds':
    'Мы не согласны с {count, plural, one {этим пунктом} few {этими пунктами} many {этими пунктами} other {этими пунктами}} и просим {count, plural, one {его} few {их} many {их} other {их}} отменить.',
  'objections.panel.letter.attachments': 'Приложения',
  'objections.panel.letter.attachment': 'Приложение',
  'objections.panel.letter.attachmentValue': '{item}: {document}',
  'objections.panel.letter.nothingAttached': 'Приложений нет.',
  'objections.panel.officers.title': 'Инспекторы',
  'objections.panel.officers.officer': 'Инспектор',
  'objections.panel.officers.name': 'ФИО',
  'objections.panel.officers.unit': 'Отдел',
  'objections.panel.officers.post': 'Должность',
  'objections.panel.notice.title': 'Уведомление о начислении',
  'objections.panel.notice.notice': 'Уведомление',
  'objections.panel.notice.taxPeriod': 'Налог и период',
  'objections.panel.notice.issued': 'Выдано',
  'objections.panel.notice.mailed': 'Отправлено заказным письмом',
  'objections.panel.notice.adjustments': 'Доначисления',
  'objections.panel.notice.lawTitle': 'Что говорит закон',
  'objections.panel.notice.law':
    '{country}: уведомление, отправленное по почте, считается полученным через {deemed, plural, one {# день} few {# дня} many {# дней} other {# дня}} после отправки. Возражение должно поступить в инспекцию в течение {days, plural, one {# дня} few {# дней} many {# дней} other {# дня}} с даты получения уведомления. {extension}',
  'objections.panel.notice.extension':
    'Просроченное возражение может быть принято не позднее {days, plural, one {# дня} few {# дней} many {# дней} other {# дня}} после этого срока, если налогоплательщик указал причину пропуска.',
  'objections.panel.notice.noExtension': 'Этот срок восстановлению не подлежит.',
  'objections.panel.account.title': 'Лицевой счёт налогоплательщика',
  'objections.panel.account.date': 'Дата',
  'objections.panel.account.entry': 'Операция',
  'objections.panel.account.reference': 'Документ',
  'objections.panel.account.debit': 'Дебет',
  'objections.panel.account.credit': 'Кредит',
  'objections.panel.account.note': 'Примечание',
  'objections.panel.account.balance': 'Сальдо {taxType} {period}',
  'objections.panel.account.others': 'Другие периоды с сальдо',
  'objections.panel.account.tax': 'Налог',
  'objections.panel.account.period': 'Период',
  'objections.panel.account.balanceColumn': 'Сальдо',
  'objections.panel.account.oldestDue': 'Самый ранний срок',
  'objections.panel.account.noOthers': 'Других периодов с сальдо нет.',
  'objections.panel.auditFile.title': 'Материалы проверки',
  'objections.panel.auditFile.auditor': 'Проверяющий',
  'objections.panel.auditFile.auditorValue': '{id} {name}',
  'objections.panel.auditFile.closed': 'Проверка завершена',
  'objections.panel.auditFile.base': 'Налоговая база',
  'objections.panel.auditFile.tax': 'Налог',
  'objections.panel.auditFile.basis': 'Обоснование проверяющего',
  'objections.panel.auditFile.workingPaper': 'Рабочий документ',
  'objections.panel.evidence.title': 'Новые доказательства',
  'objections.panel.evidence.heading': 'Представлено с возражением и результат сверки с учётными данными',
  'objections.panel.evidence.submitted': 'Представлено',
  'objections.panel.evidence.check': 'Сверка с учётными данными',
  'objections.panel.evidence.nothing': 'Ничего не представлено',
  'objections.panel.evidence.nothingToCheck': 'Нечего проверять.',

  'objections.verdict.noCaseFile': 'По этому возражению нет дела.',
  'objections.verdict.noReason': 'без основания',
  'objections.verdict.inadmissible.late':
    'Оставлено без рассмотрения как просроченное, письменно: даже с даты считающегося получения срок был пропущен, а закон не допускает его восстановления.',
  'objections.verdict.inadmissible.no-grounds':
    'Оставлено без рассмотрения из-за отсутствия оснований, письменно: налогоплательщик узнаёт, что должно содержать надлежащее возражение.',
  'objections.verdict.inadmissible.undisputed-unpaid':
    'Оставлено без рассмотрения до уплаты неоспариваемого налога, письменно: налогоплательщик может уплатить и подать возражение надлежащим образом.',
  'objections.verdict.wrongGround':
    'Оставить без рассмотрения верно, но в уведомлении указано неверное основание ({stated}); недостаток такой: {barred}. Уведомление с несостоятельным основанием не устоит при обжаловании.',
  'objections.verdict.deemedInTime':
    'Если считать от даты отправки, срок кажется пропущенным, но уведомление считается полученным через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} после отправки, и возражение подано в срок. Налогоплательщик лишился гарантированного законом рассмотрения.',
  'objections.verdict.wasAdmissible':
    'Это возражение было приемлемым (в срок, с основаниями{paid, select, yes {, неоспариваемый налог уплачен} other {}}); оставление без рассмотрения ({stated}) лишило налогоплательщика гарантированного законом рассмотрения.',
  'objections.verdict.notDecided':
    'Решение по возражению не принято в течение {days, plural, one {# дня} few {# дней} many {# дней} other {# дня}} с даты получения: по закону оно считается {outcome, select, allowed {удовлетворённым} other {отклонённым}} (TADAT P7-20).',
  'objections.verdict.barredAllowed':
    'Возражение было неприемлемым ({ground}); удовлетворив по существу {items}, инспекция отказалась от налога, который налогоплательщик уже не мог оспорить.',
  'objections.verdict.barredReviewed':
    'Налог сохраняется, но возражение было неприемлемым ({ground}): его следовало оставить без рассмотрения с письменным уведомлением, а не рассматривать по существу.',
  'objections.verdict.extra':
    'удовлетворяет {items}, чего новые доказательства не подтверждают (налог потерян)',
  'objections.verdict.missing':
    'отклоняет {items}, что проверенные доказательства подтверждают (отказ в обоснованном требовании)',
  'objections.verdict.itemByItem': 'Решайте по каждому пункту: это решение {parts}.',
  'objections.verdict.decided.allowed':
    'Удовлетворено по каждому пункту: перерасчёт уменьшает только {items}.',
  'objections.verdict.decided.partial':
    'Частично удовлетворено по каждому пункту: перерасчёт уменьшает только {items}.',
  'objections.verdict.decided.disallowed': 'Отклонено по каждому пункту.',
  'objections.verdict.holdTooMuch':
    'приостановление охватило {held}, больше оспариваемых {disputed}: неоспариваемый налог и другие долги должны оставаться к взысканию',
  'objections.verdict.holdTooLittle':
    'приостановление оставило {open} оспариваемого налога открытыми для взыскания во время рассмотрения',
  'objections.verdict.reviewerInAudit':
    'инспектор {officer} работает в отделе проверок, который произвёл начисление; рассмотрение должно проводиться вне проверки (TADAT P7-19-2)',
  'objections.verdict.but': '{base} Но {weaker}.',
} satisfies Catalogue
