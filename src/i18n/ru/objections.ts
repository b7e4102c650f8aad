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
  'objections.field.ground': 'Основание, указываемое в уведомлении',
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

  'objections.state.received': 'Возражение получено — проверка приемлемости',
  'objections.state.admissible': 'Принято — ожидает независимого инспектора',
  'objections.state.underReview': 'На независимом рассмотрении',
  'objections.state.inadmissible': 'Оставлено без рассмотрения — налогоплательщик уведомлён письменно',
  'objections.state.allowed': 'Удовлетворено — перерасчёт отражён',
  'objections.state.partiallyAllowed': 'Удовлетворено частично — перерасчёт отражён',
  'objections.state.disallowed': 'Отклонено — решение вручено',
  'objections.state.deemedDecision': 'Решение в силу закона — срок для решения истёк',

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
    'Закон не допускает восстановления срока: просроченное возражение принять нельзя.',
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
    'По закону возражение не приостанавливает взыскание: приостанавливать нечего.',
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
  'objections.unlawful.noPaymentRule': 'Закон не требует уплаты неоспариваемого налога до подачи возражения.',
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
    'Уведомление, отправленное по почте, считается полученным через {deemed, plural, one {# день} few {# дня} many {# дней} other {# дня}} после отправки. Возражение должно поступить в инспекцию в течение {days, plural, one {# дня} few {# дней} many {# дней} other {# дня}} с даты получения уведомления. {extension}',
  'objections.panel.notice.extension':
    'Просроченное возражение может быть принято не позднее {days, plural, one {# дня} few {# дней} many {# дней} other {# дня}} после этого срока, если налогоплательщик указал причину пропуска.',
  'objections.panel.notice.noExtension': 'Этот срок восстановлению не подлежит.',
  'objections.panel.account.title': 'Лицевой счёт налогоплательщика',
  'objections.panel.account.date': 'Дата',
  'objections.panel.account.entry': 'Операция',
  'objections.panel.account.reference': 'Документ',
  'objections.panel.account.returnRef': 'Декларация ({taxType}, {period})',
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

  'objections.truth.dates':
    'Уведомление отправлено {mailed}, считается полученным {deemed} (через {deemedDays, plural, one {# день} few {# дня} many {# дней} other {# дня}}); срок в {windowDays} дн. истёк {windowEnd}; возражение поступило {received}',
  'objections.truth.expected.inadmissible':
    'Признать возражение неприемлемым ({ground}) и письменно уведомить налогоплательщика',
  'objections.truth.expected.admit':
    'Принять возражение к рассмотрению, назначить рассматривающего инспектора не из проверки и {outcome, select, allowed {удовлетворить его полностью (удовлетворить: {supported})} disallowed {отказать в нём (отказать: {refused})} other {удовлетворить его частично (удовлетворить: {supported}; отказать: {refused})}}',
  'objections.truth.expected.admitHold':
    'Принять возражение к рассмотрению, приостановить взыскание {hold} (только оспариваемого налога), назначить рассматривающего инспектора не из проверки и {outcome, select, allowed {удовлетворить его полностью (удовлетворить: {supported})} disallowed {отказать в нём (отказать: {refused})} other {удовлетворить его частично (удовлетворить: {supported}; отказать: {refused})}}',
  'objections.truth.flag.late':
    'Получено через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} после последнего дня срока, даже считая от даты считающегося получения',
  'objections.truth.flag.noExtension': 'Закон не допускает продления срока подачи возражения',
  'objections.truth.flag.beyondExtension': 'За пределами любого продления, допускаемого законом',
  'objections.truth.flag.noLateReason': 'Причина опоздания не указана',
  'objections.truth.flag.noGrounds': 'Письмо оспаривает пункты, но не приводит ни оснований, ни доводов',
  'objections.truth.flag.noEvidence': 'Новые доказательства не приложены',
  'objections.truth.flag.undisputedUnpaid':
    'Признанные пункты составляют {accepted}; по начислению уплачено только {paid}',
  'objections.truth.flag.looksLate':
    'Подано через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} после отправки уведомления (выглядит как опоздание)',
  'objections.truth.flag.partlyConfirmed':
    'Новые доказательства подтверждены: {supported}; не подтверждены: {refused}',
  'objections.truth.clearing.deemedReceipt':
    'Правило считающегося получения добавляет к дате отправки {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}: срок соблюдён',
  'objections.truth.explanation.late':
    '{dates}: слишком поздно. Срок применяется строго; существо спора не рассматривается. Письменное уведомление сообщает налогоплательщику причину.',
  'objections.truth.explanation.noGrounds':
    'Возражение должно содержать конкретные основания. В этом письме сказано лишь, что налогоплательщик не согласен. Признайте его неприемлемым и письменно сообщите налогоплательщику, что должно содержать надлежащее возражение.',
  'objections.truth.explanation.undisputedUnpaid':
    'По закону возражение приемлемо только после уплаты неоспариваемого налога. Из признанных {accepted} не уплачено {unpaid}: возражение неприемлемо до уплаты, и налогоплательщика нужно письменно об этом уведомить.',
  'objections.truth.explanation.inTime':
    '{dates}: срок соблюдён. Основания приведены. По существу: {merits}.',
  'objections.truth.explanation.inTimePaid':
    '{dates}: срок соблюдён. Основания приведены, признанные {accepted} уплачены. По существу: {merits}.',
  'objections.truth.merits':
    '{outcome, select, allowed {проверка подтверждает новые доказательства по каждому оспариваемому пункту ({supported}): удовлетворить все, и перерасчёт их уменьшает} disallowed {проверка не подтверждает ни одного из новых доказательств ({refused}): отказать с обоснованием, начисление остаётся в силе} other {проверка подтверждает новые доказательства (подтверждены: {supported}; не подтверждены: {refused}): удовлетворить подтверждённые, в остальном отказать, и перерасчёт уменьшает только удовлетворённые пункты}}',

  'objections.story.title': '{name}: начисление {taxType} за {period}',
  'objections.story.post.seniorAuditor': 'Старший инспектор-проверяющий',
  'objections.story.post.auditor': 'Инспектор-проверяющий',
  'objections.story.post.headOfObjections': 'Начальник отдела возражений',
  'objections.story.post.reviewOfficer': 'Рассматривающий инспектор',
  'objections.story.lateReason.leave':
    'Приносим извинения за задержку: наш финансовый директор был в отпуске, когда пришло уведомление.',
  'objections.story.lateReason.mislaid':
    'Уведомление было утеряно в нашем офисе во время переезда в новое помещение.',
  'objections.story.lateReason.adviser':
    'Нашему налоговому консультанту понадобилось больше времени, чтобы подготовить это письмо.',
  'objections.story.ledger.audit': 'Проверка — {item}',
  'objections.story.ledger.payment': 'Оплата по {notice}',
  'objections.story.ledger.allowed': 'Возражение удовлетворено: {item}',
  'objections.story.item.repairs.description': 'Расходы на ремонт и обслуживание не приняты',
  'objections.story.item.repairs.basis':
    'При проверке не были представлены счета поставщиков за заявленный ремонт; расходы не приняты полностью.',
  'objections.story.item.repairs.ground': 'Ремонт выполнен и оплачен; счета поставщиков теперь приложены.',
  'objections.story.item.repairs.support.document':
    'Четырнадцать счетов поставщиков с их ИНН и банковские переводы, которыми они оплачены',
  'objections.story.item.repairs.support.finding':
    'Подтверждено: счета есть в данных электронных счетов-фактур поставщиков и совпадают по дате и сумме с банковскими переводами.',
  'objections.story.item.repairs.noSupport.document':
    'Перечень затрат на ремонт, составленный бухгалтером компании',
  'objections.story.item.repairs.noSupport.finding':
    'Не подтверждено: счета не приложены, а перечень нельзя связать ни с одним поставщиком или платежом.',
  'objections.story.item.deposits.description':
    'Неучтённая выручка: поступления на счёт превышают заявленный оборот',
  'objections.story.item.deposits.basis':
    'Поступления на банковский счёт компании превышают заявленные продажи; разница включена в налогооблагаемую прибыль.',
  'objections.story.item.deposits.ground': 'Часть поступлений — выдача банковского кредита, а не выручка.',
  'objections.story.item.deposits.support.document': 'Кредитный договор и кредитовое авизо банка о выдаче',
  'objections.story.item.deposits.support.finding':
    'Подтверждено: банк подтверждает кредит; дата и сумма выдачи совпадают с поступлениями, включёнными при проверке.',
  'objections.story.item.deposits.noSupport.document':
    'Письмо руководителя о том, что поступления были «личными средствами, предоставленными компании взаймы»',
  'objections.story.item.deposits.noSupport.finding':
    'Не подтверждено: нет ни договора займа, ни банковских данных о происхождении денег, ни записи в учёте компании.',
  'objections.story.item.managementFees.description':
    'Управленческие вознаграждения связанной компании не приняты',
  'objections.story.item.managementFees.basis':
    'Вознаграждения выплачены связанной иностранной компании без доказательств оказания каких-либо услуг.',
  'objections.story.item.managementFees.ground':
    'Вознаграждения оплачивают реальные услуги головного офиса группы.',
  'objections.story.item.managementFees.support.document':
    'Договор об оказании услуг, ежемесячные отчёты об услугах и исследование по трансфертному ценообразованию',
  'objections.story.item.managementFees.support.finding':
    'Подтверждено: договор заключён до периода, отчёты показывают услуги, вознаграждение в пределах рыночного диапазона.',
  'objections.story.item.managementFees.noSupport.document': 'Счёт от связанной компании',
  'objections.story.item.managementFees.noSupport.finding':
    'Не подтверждено: счёт датирован после начала проверки; договора нет, записей об услугах за период нет.',
  'objections.story.item.allowances.description': 'Амортизация оборудования, не введённого в эксплуатацию',
  'objections.story.item.allowances.basis':
    'Амортизация начислена на оборудование, которое проверяющий нашёл на складе ещё в упаковке.',
  'objections.story.item.allowances.ground': 'Оборудование было установлено и использовалось до конца года.',
  'objections.story.item.allowances.support.document':
    'Акт монтажной организации и первый производственный журнал',
  'objections.story.item.allowances.support.finding':
    'Подтверждено: акт и журнал показывают, что оборудование работало за два месяца до конца года.',
  'objections.story.item.allowances.noSupport.document': 'Уточнённая ведомость основных средств',
  'objections.story.item.allowances.noSupport.finding':
    'Не подтверждено: ведомость повторяет заявленное; документов о поставке или монтаже нет.',
  'objections.story.item.badDebt.description': 'Списание безнадёжной задолженности не принято',
  'objections.story.item.badDebt.basis':
    'Задолженность покупателя списана без доказательств невозможности её взыскания.',
  'objections.story.item.badDebt.ground': 'Покупатель ликвидируется; долг потерян.',
  'objections.story.item.badDebt.support.document':
    'Решение о ликвидации и реестр требований кредиторов, признанных ликвидатором',
  'objections.story.item.badDebt.support.finding':
    'Подтверждено: по реестру компаний покупатель находится в ликвидации с даты до конца года, и требование есть в реестре.',
  'objections.story.item.badDebt.noSupport.document': 'Ведомость дебиторской задолженности по срокам',
  'objections.story.item.badDebt.noSupport.finding':
    'Не подтверждено: покупатель действует по реестру компаний и продолжает торговлю; мер по взысканию не задокументировано.',
  'objections.story.item.entertainment.description': 'Представительские расходы учтены как реклама',
  'objections.story.item.entertainment.basis':
    'Расходы на приём гостей учтены как реклама; представительские расходы не вычитаются.',
  'objections.story.item.entertainment.ground':
    'Расходы относились к стенду на отраслевой выставке, а это реклама.',
  'objections.story.item.entertainment.support.document':
    'Договор с организатором выставки, счёт за стенд и фотографии фирменного стенда',
  'objections.story.item.entertainment.support.finding':
    'Подтверждено: организатор подтверждает бронирование; счёт выставлен за выставочную площадь и строительство стенда.',
  'objections.story.item.entertainment.noSupport.document':
    'Чеки ресторанов с пометкой «продвижение для клиентов»',
  'objections.story.item.entertainment.noSupport.finding':
    'Не подтверждено: чеки — за еду и напитки, а это представительские расходы, как бы ни назывался счёт учёта.',
  'objections.story.item.inputInvoices.description':
    'НДС к вычету не принят: счета-фактуры на покупки не представлены',
  'objections.story.item.inputInvoices.basis':
    'НДС заявлен к вычету по покупкам, по которым при проверке не представлено ни одного счёта-фактуры.',
  'objections.story.item.inputInvoices.ground': 'Счета-фактуры существуют и теперь приложены.',
  'objections.story.item.inputInvoices.support.document': 'Оригиналы счетов-фактур поставщика',
  'objections.story.item.inputInvoices.support.finding':
    'Подтверждено: в системе электронных счетов-фактур есть те же счета, выставленные этому налогоплательщику, и поставщик задекларировал НДС.',
  'objections.story.item.inputInvoices.noSupport.document': 'Ксерокопии счетов-фактур без ИНН поставщика',
  'objections.story.item.inputInvoices.noSupport.finding':
    'Не подтверждено: на счетах нет ИНН поставщика и в системе электронных счетов-фактур нет соответствующих записей.',
  'objections.story.item.exports.description': 'Экспорт по нулевой ставке без таможенного подтверждения',
  'objections.story.item.exports.basis':
    'Продажи облагались по нулевой ставке как экспорт, но экспортная декларация не найдена; применена стандартная ставка.',
  'objections.story.item.exports.ground': 'Товары экспортированы; экспортные декларации приложены.',
  'objections.story.item.exports.support.document': 'Таможенные экспортные декларации и коносаменты',
  'objections.story.item.exports.support.finding':
    'Подтверждено: у таможни есть декларации, товары покинули порт в периоде, стоимость совпадает со счетами.',
  'objections.story.item.exports.noSupport.document': 'Коммерческие счета на имя иностранного покупателя',
  'objections.story.item.exports.noSupport.finding':
    'Не подтверждено: у таможни нет экспортной декларации ни по одной из этих отгрузок.',
  'objections.story.item.eInvoiceSales.description':
    'НДС с продаж, выявленных по электронным счетам-фактурам',
  'objections.story.item.eInvoiceSales.basis':
    'Выставленные налогоплательщиком электронные счета-фактуры превышают заявленные продажи; НДС начислен на разницу.',
  'objections.story.item.eInvoiceSales.ground': 'Часть счетов-фактур аннулирована и заменена.',
  'objections.story.item.eInvoiceSales.support.document':
    'Корректировочные счета, аннулирующие счета-фактуры',
  'objections.story.item.eInvoiceSales.support.finding':
    'Подтверждено: корректировочные счета зарегистрированы в системе электронных счетов-фактур в периоде к исходным счетам.',
  'objections.story.item.eInvoiceSales.noSupport.document':
    'Письмо о том, что счета-фактуры выставлены по ошибке',
  'objections.story.item.eInvoiceSales.noSupport.finding':
    'Не подтверждено: корректировочных счетов не зарегистрировано, а покупатели приняли НДС по этим счетам к вычету.',
  'objections.story.item.privateUse.description': 'НДС к вычету по товарам для личного пользования',
  'objections.story.item.privateUse.basis':
    'НДС заявлен к вычету по автомобилю и бытовым товарам, которыми лично пользуется руководитель.',
  'objections.story.item.privateUse.ground':
    'Автомобиль — фургон для доставки, используемый только в деятельности.',
  'objections.story.item.privateUse.support.document':
    'Регистрационные документы автомобиля и журнал доставок',
  'objections.story.item.privateUse.support.finding':
    'Подтверждено: зарегистрирован как коммерческий фургон на компанию; журнал совпадает с накладными.',
  'objections.story.item.privateUse.noSupport.document':
    'Заявление, что автомобиль «в основном используется для деятельности»',
  'objections.story.item.privateUse.noSupport.finding':
    'Не подтверждено: автомобиль — легковой седан, зарегистрированный лично на руководителя.',
  'objections.story.item.claimLimit.description': 'НДС заявлен к вычету за пределами срока',
  'objections.story.item.claimLimit.basis':
    'НДС заявлен к вычету по счетам-фактурам старше допустимого для вычета срока.',
  'objections.story.item.claimLimit.ground':
    'Поставщик прислал счета-фактуры с опозданием; они заявлены в первой декларации после получения.',
  'objections.story.item.claimLimit.support.document': 'Журнал отправки поставщика и квитанция курьера',
  'objections.story.item.claimLimit.support.finding':
    'Подтверждено: курьер доставил счета-фактуры в периоде вычета, поэтому вычет в пределах срока.',
  'objections.story.item.claimLimit.noSupport.document':
    'Нового документа нет; письмо повторяет позицию, занятую при проверке',
  'objections.story.item.claimLimit.noSupport.finding': 'Проверять нечего.',
  'objections.story.item.apportionment.description':
    'НДС к вычету не распределён с учётом освобождённых операций',
  'objections.story.item.apportionment.basis':
    'Налогоплательщик осуществляет и освобождённые операции, но принял к вычету весь НДС; он распределён пропорционально обороту.',
  'objections.story.item.apportionment.ground': 'Покупки относятся только к облагаемым операциям.',
  'objections.story.item.apportionment.support.document':
    'Учёт по центрам затрат и заказы на покупку для облагаемой товарной линии',
  'objections.story.item.apportionment.support.finding':
    'Подтверждено: заказы и учёт по центрам затрат относят каждый счёт к облагаемой линии.',
  'objections.story.item.apportionment.noSupport.document': 'Общее заявление финансового директора',
  'objections.story.item.apportionment.noSupport.finding':
    'Не подтверждено: ни один документ не связывает покупки с облагаемыми операциями.',
} satisfies Catalogue
