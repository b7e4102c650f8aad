import type { Catalogue } from '../languages'

export default {
  'filing.cmd.viewHistory': 'Открыть историю представления деклараций',
  'filing.cmd.checkThirdParty': 'Проверить данные третьих лиц (электронные счета-фактуры, таможня)',
  'filing.cmd.viewLedger': 'Открыть лицевой счёт налогоплательщика',
  'filing.cmd.validate': 'Проверить и пересчитать декларацию',
  'filing.cmd.validateHelp':
    'Форматный контроль (все строки заполнены, нет отрицательных сумм) и арифметика каждой расчётной строки.',
  'filing.cmd.examineClaim': 'Рассмотреть заявление налогоплательщика об уважительной причине',
  'filing.cmd.sendDemand': 'Направить требование о представлении декларации',
  'filing.cmd.sendDemandHelp':
    'Официальное уведомление: представить декларацию в срок, иначе налог будет начислен расчётным путём.',
  'filing.cmd.defaultAssessment': 'Начислить налог расчётным путём',
  'filing.cmd.defaultAssessmentHelp':
    'Допустимо только после истечения срока требования. Декларация, поданная позже, заменяет это начисление.',
  'filing.cmd.accept': 'Принять и разнести декларацию',
  'filing.cmd.acceptHelp':
    'Принятая декларация — это самоначисление: сумма налога относится в дебет лицевого счёта.',
  'filing.cmd.correctMathError': 'Исправить арифметику и направить уведомление об ошибке',
  'filing.cmd.correctMathErrorHelp':
    'Только для очевидных арифметических ошибок и описок; уведомление даёт налогоплательщику право на возражение.',
  'filing.cmd.referForReview': 'Передать на камеральную проверку (сомнения по существу)',
  'filing.cmd.referForReviewHelp':
    'Для сомнений в самих показателях: декларация сохраняется, её изучает проверяющий.',
  'filing.cmd.reject': 'Отклонить как недействительную (форматный дефект)',
  'filing.cmd.rejectHelp':
    'Только если декларацию вообще нельзя обработать: нет строк, неверный период или ИНН.',
  'filing.cmd.closeAssessed': 'Закрыть, оставив расчётное начисление в силе',
  'filing.cmd.closeAssessedHelp':
    'Расчётная сумма налога относится на лицевой счёт, взыскание ведётся далее; поданная позже декларация всё равно её заменит.',
  'filing.cmd.startDormancy': 'Начать процедуру признания бездействующим (нет деятельности)',
  'filing.cmd.startDormancyHelp':
    'Приостанавливает обязанность представлять декларации, пока подтверждено отсутствие деятельности.',
  'filing.field.estimate': 'Расчётная сумма НДС к уплате',
  'filing.field.basis': 'Основа расчёта',
  'filing.field.penalty': 'Штраф за непредставление в срок',
  'filing.field.penaltyNone': 'Нет — представлена в срок',
  'filing.field.penaltyApply': 'Применить штраф, предусмотренный законом',
  'filing.field.penaltyWaive': 'Освободить — уважительная причина подтверждена',
  'filing.field.correctedTaxDue': 'Исправленная сумма НДС к уплате',
  'filing.field.doubt': 'В чём сомнение',
  'filing.field.defect': 'Дефект',
  'filing.default.referReason': 'Показатели требуют проверки',
  'filing.default.rejectReason': 'Декларация не может быть принята',
  'filing.basis.priorReturns': 'Среднее по прежним декларациям',
  'filing.basis.thirdParty': 'Оборот по данным третьих лиц — электронные счета-фактуры, импорт',
  'filing.basis.registerTurnover': 'Оборот по данным реестра',
  'filing.basis.priorReturnsStated': 'среднее по прежним декларациям',
  'filing.basis.thirdPartyStated': 'оборот по данным третьих лиц (электронные счета-фактуры, импорт)',
  'filing.basis.registerTurnoverStated': 'оборот по данным реестра',
  'filing.reference.dueFiled': 'Срок представления {due}; представлена {filed}.',
  'filing.reference.due': 'Срок представления {due}.',
  'filing.reference.declared': 'НДС к уплате по декларации: {amount}.',
  'filing.reference.registerTurnover': 'Оборот по реестру, по ставке НДС, составляет {amount} в месяц.',

  'filing.state.opened': 'Открыто',
  'filing.state.overdue': 'Просрочено — напоминание направлено, декларации нет',
  'filing.state.demandServed': 'Требование вручено — ожидание',
  'filing.state.received': 'Декларация получена — к обработке',
  'filing.state.defaultAssessed': 'Налог начислен расчётным путём — поданная позже декларация его заменит',
  'filing.state.posted': 'Разнесена как самоначисление',
  'filing.state.corrected': 'Исправлено — уведомление об ошибке направлено',
  'filing.state.referred': 'Передано на камеральную проверку',
  'filing.state.rejected': 'Отклонена как недействительная',
  'filing.state.dormancy': 'Начата процедура признания бездействующим',
  'filing.state.assessed': 'Закрыто по расчётному начислению',

  'filing.blocker.notAStep': '«{type}» не является этапом обработки деклараций.',
  'filing.blocker.historyOpen': 'История представления деклараций уже открыта.',
  'filing.blocker.thirdPartyChecked': 'Данные третьих лиц уже проверены.',
  'filing.blocker.ledgerOpen': 'Лицевой счёт налогоплательщика уже открыт.',
  'filing.blocker.nothingToValidate': 'Проверять нечего: декларация не представлена.',
  'filing.blocker.alreadyValidated': 'Декларация уже проверена.',
  'filing.blocker.noClaim': 'Налогоплательщик не подавал заявления об уважительной причине.',
  'filing.blocker.claimExamined': 'Заявление уже рассмотрено.',
  'filing.blocker.demandServed': 'Требование о представлении декларации уже вручено {on}.',
  'filing.blocker.nothingToDemand': 'Декларация получена: требовать нечего.',
  'filing.blocker.historyFirst':
    'Сначала откройте историю представления, чтобы убедиться, каких деклараций нет.',
  'filing.blocker.needsReturn': 'Декларация за этот период не поступала: обрабатывать пока нечего.',
  'filing.blocker.validateFirst': 'Сначала проверьте декларацию.',
  'filing.blocker.referNeedsGrounds':
    'Сначала проверьте данные третьих лиц или историю представления: при передаче нужно указать, на чём основано сомнение.',
  'filing.blocker.alreadyAssessed': 'Налог уже начислен расчётным путём {on}.',
  'filing.blocker.returnArrivedProcess':
    'Декларация поступила: обработайте её. Расчётное начисление — только для декларации, которая так и не поступила.',
  'filing.blocker.demandFirst':
    'Сначала направьте требование: налогоплательщику нужно предложить представить декларацию, прежде чем начислять налог расчётным путём.',
  'filing.blocker.demandRuns': 'Срок требования истекает {until}: расчётное начисление допустимо с {from}.',
  'filing.blocker.returnReplacesAssessment':
    'Декларация поступила и заменяет расчётное начисление: обработайте её.',
  'filing.blocker.assessFirst':
    'Сначала начислите налог расчётным путём; дело закрывается по этому начислению.',
  'filing.blocker.notDormantFiled': 'Налогоплательщик представил декларацию: он не бездействует.',
  'filing.blocker.notDormantAssessed':
    'Налог начислен расчётным путём: установлено, что налогоплательщик ведёт деятельность.',
  'filing.blocker.thirdPartyFirst':
    'Сначала проверьте данные третьих лиц: признание бездействующим — только при отсутствии деятельности.',
  'filing.blocker.demandRunsWait': 'Срок требования истекает {until}: дождитесь ответа налогоплательщика.',

  'filing.problem.choosePenalty': 'Выберите, как поступить со штрафом за непредставление в срок.',
  'filing.problem.onTime':
    'Декларация представлена в срок (срок {due}, представлена {filed}): штраф не применяется.',
  'filing.problem.late':
    'Декларация просрочена на {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}: примените штраф или освободите от него при подтверждённой уважительной причине.',
  'filing.problem.noClaim':
    'Заявления об уважительной причине нет: от штрафа освобождают только при подтверждённой причине.',
  'filing.problem.examineClaim': 'Рассмотрите заявление налогоплательщика, прежде чем освобождать от штрафа.',
  'filing.problem.correctedAmount': 'Укажите исправленную сумму НДС к уплате (ноль или больше).',
  'filing.problem.doubt': 'Укажите, в чём сомнение: с него начнёт проверяющий.',
  'filing.problem.defect': 'Назовите форматный дефект: он войдёт в письмо налогоплательщику.',
  'filing.problem.assessmentAmount': 'Сумма расчётного начисления должна быть положительной.',
  'filing.problem.basis': 'Укажите основу расчёта.',

  'filing.line.sales': 'Облагаемая реализация (без НДС)',
  'filing.line.output': 'Исчисленный НДС',
  'filing.line.purchases': 'Облагаемые приобретения и импорт (без НДС)',
  'filing.line.input': 'НДС к вычету',
  'filing.line.net': 'НДС к уплате',
  'filing.validation.blank': 'строка «{line}» не заполнена',
  'filing.validation.negative': 'строка «{line}» отрицательна',

  'filing.ledgerKind.selfAssessment': 'самоначисление',
  'filing.ledgerKind.adjustment': 'корректировка',
  'filing.ledgerKind.defaultAssessment': 'расчётное начисление',
  'filing.ledgerKind.penalty': 'штраф',
  'filing.ledgerKind.interest': 'пени',
  'filing.ledgerKind.payment': 'платёж',
  'filing.ledgerKind.paymentReversal': 'сторно платежа',
  'filing.ledgerKind.offsetOut': 'зачёт (списание)',
  'filing.ledgerKind.offsetIn': 'зачёт (зачисление)',
  'filing.ledgerKind.refundPaid': 'возврат выплачен',
  'filing.ledgerKind.writeOff': 'списание',
  'filing.ledgerKind.abatement': 'уменьшение начисления',
  'filing.ledgerKind.agreement': 'соглашение о рассрочке',
  'filing.ledgerKind.instalment': 'платёж по рассрочке',

  'filing.panel.tin': 'ИНН',
  'filing.panel.taxpayer': 'Налогоплательщик',
  'filing.panel.line': 'Строка',
  'filing.panel.amount': 'Сумма',
  'filing.panel.amountValue': '{amount}',
  'filing.panel.date': 'Дата',
  'filing.panel.detail': 'Подробности',
  'filing.panel.period': 'Период',
  'filing.panel.vatPeriod': 'НДС {period}',
  'filing.panel.notFiled': 'не представлена',
  'filing.panel.salesDeclared': 'Заявленная реализация',
  'filing.panel.return.title': 'Декларация',
  'filing.panel.return.lines': 'Строки в том виде, как заявлены',
  'filing.panel.return.sector': 'Отрасль',
  'filing.panel.return.sectorValue':
    '{sector} ({segment, select, large {крупные} medium {средние} small {малые} micro {микро} other {{segment}}})',
  'filing.panel.return.taxPeriod': 'Налог и период',
  'filing.panel.return.dueOn': 'Срок представления',
  'filing.panel.return.filedOn': 'Представлена',
  'filing.panel.return.channel': 'Способ подачи',
  'filing.panel.return.inReply': 'на бумаге, в ответ на требование',
  'filing.panel.return.none': 'Декларация не поступала.',
  'filing.panel.return.noneAlsoMissing': 'Декларация не поступала. Также не представлены: {periods}.',
  'filing.panel.return.waiverLetter':
    'К декларации приложено письмо с просьбой освободить от штрафа за просрочку.',
  'filing.panel.notices.title': 'Направленные уведомления',
  'filing.panel.notices.notice': 'Уведомление',
  'filing.panel.notices.reminder': 'Напоминание (автоматическое)',
  'filing.panel.notices.reminderDetail': 'Декларация по НДС за {period} просрочена с {due}',
  'filing.panel.notices.demand': 'Требование о представлении декларации',
  'filing.panel.notices.demandDetail':
    'Считается полученным {deemed}; представить до {fileBy} включительно, иначе налог будет начислен расчётным путём',
  'filing.panel.notices.none': 'По этой декларации уведомлений не направлялось.',
  'filing.panel.history.title': 'История представления (НДС)',
  'filing.panel.history.expected': 'Ожидалось деклараций',
  'filing.panel.history.onTime': 'Получено в срок',
  'filing.panel.history.late': 'Получено с опозданием',
  'filing.panel.history.missing': 'Не представлено',
  'filing.panel.history.due': 'Срок',
  'filing.panel.history.filed': 'Представлена',
  'filing.panel.history.statusColumn': 'Статус',
  'filing.panel.history.status':
    '{late, select, yes {С опозданием ({days, plural, one {# день} few {# дня} many {# дней} other {# дня}})} other {В срок}}{awaiting, select, yes {, ожидает обработки} other {}}',
  'filing.panel.history.netVat': 'НДС к уплате',
  'filing.panel.thirdParty.title': 'Данные третьих лиц (электронные счета-фактуры, таможня)',
  'filing.panel.thirdParty.invoiced': 'Реализация по электронным счетам-фактурам',
  'filing.panel.thirdParty.imports': 'Импорт (таможня)',
  'filing.panel.thirdParty.match': 'Сверка',
  'filing.panel.thirdParty.understated': 'по счетам-фактурам > заявлено',
  'filing.panel.thirdParty.none': 'Данных третьих лиц по этому налогоплательщику нет.',
  'filing.panel.thirdParty.note':
    'Электронные счета-фактуры охватывают лишь часть продаж, поэтому заявленная реализация обычно выше. Таможенная стоимость — это приобретения (НДС уплачен на границе).',
  'filing.panel.ledger.title': 'Лицевой счёт налогоплательщика (НДС)',
  'filing.panel.ledger.balance': 'Сальдо',
  'filing.panel.ledger.balanceValue':
    '{amount}{side, select, credit { (переплата)} owed { задолженность} other {}}',
  'filing.panel.ledger.entry': 'Операция',
  'filing.panel.ledger.note': 'Примечание',
  'filing.panel.ledger.none': 'Операций по НДС на счёте нет.',
  'filing.panel.validation.title': 'Проверка и пересчёт',
  'filing.panel.validation.structural': 'Форматный контроль',
  'filing.panel.validation.defects': 'Обнаружены дефекты: {defects}.',
  'filing.panel.validation.structuralPassed':
    'Пройден: ИНН и период соответствуют обязанности, все строки заполнены, отрицательных сумм нет.',
  'filing.panel.validation.arithmetic': 'Арифметика (НДС {rate, number} %)',
  'filing.panel.validation.declared': 'Заявлено',
  'filing.panel.validation.recomputed': 'Пересчитано',
  'filing.panel.validation.difference': 'Разница',
  'filing.panel.validation.lineBlank': 'строка не заполнена',
  'filing.panel.validation.netWrong':
    'Заявленный НДС к уплате ({declared}) не равен исчисленному НДС за вычетом НДС к вычету ({recomputed}).',
  'filing.panel.validation.filingDate': 'Дата представления',
  'filing.panel.validation.late':
    'Представлена через {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} после срока {due}. Штраф за просрочку по закону: {penalty}.',
  'filing.panel.validation.onTime': 'Представлена в срок (срок {due}).',
  'filing.panel.claim.title': 'Заявление об уважительной причине',
  'filing.panel.claim.none': 'Заявления нет.',
  'filing.panel.claim.letter': 'Письмо налогоплательщика',
  'filing.panel.claim.attached': 'Приложение',
  'filing.panel.claim.noDocument': 'Нет: к письму не приложено подтверждающих документов.',
  'filing.panel.claim.causeList': '{causes}',
  'filing.panel.claim.causes': 'Причины, которые признаёт закон, если они подтверждены',
  'filing.panel.claim.noCauses': 'Не указаны.',
  'filing.panel.mathError.title': 'Уведомление об арифметической ошибке',
  'filing.panel.mathError.return': 'Декларация',
  'filing.panel.mathError.declared': 'Заявленный НДС к уплате',
  'filing.panel.mathError.corrected': 'Исправленный НДС к уплате',
  'filing.panel.mathError.dated': 'Дата уведомления',
  'filing.panel.mathError.contestUntil': 'Возражение можно подать до',
  'filing.panel.assessment.title': 'Расчётное начисление',
  'filing.panel.assessment.estimate': 'Расчётная сумма НДС к уплате',
  'filing.panel.assessment.basis': 'Основа',
  'filing.panel.assessment.issuedOn': 'Дата начисления',
  'filing.panel.assessment.replaced':
    'Если налогоплательщик представит декларацию, она заменит это начисление.',

  'filing.verdict.shouldHave': 'Для этого дела нужно было другое решение: {decision}.',
  'filing.verdict.notFinal': '«{command}» не закрывает дело по декларации.',
  'filing.verdict.incomplete.corrected':
    'Незаполненные строки — не арифметическая ошибка: заполнять их за налогоплательщика нельзя в порядке исправления ошибки. Отклоните декларацию, чтобы была подана полная.',
  'filing.verdict.incomplete.referred':
    'Проверяющий не может изучать неполную декларацию: отклоните её как имеющую форматный дефект.',
  'filing.verdict.incomplete.posted':
    'Разнесена декларация с незаполненными обязательными строками: обязательство из неё определить нельзя. Отклоните её, чтобы была подана полная.',
  'filing.verdict.accept.contradicted':
    'Разнесена декларация, которой противоречат данные третьих лиц: около {amount} НДС остаётся неначисленным. Передайте её на камеральную проверку.',
  'filing.verdict.accept.arithmetic':
    'Разнесена с арифметической ошибкой: на счёте теперь неверная сумма обязательства. Исправьте её на {corrected} и направьте уведомление об ошибке.',
  'filing.verdict.accept.stopFilerPenalty':
    'Требование помогло получить декларацию: разнесена со штрафом за просрочку, предусмотренным законом.',
  'filing.verdict.accept.stopFilerNoPenalty':
    'Декларация поступила только после требования: уважительной причины нет, штраф применяется.',
  'filing.verdict.accept.waived':
    'Разнесена с освобождением от штрафа по подтверждённой уважительной причине, охватывающей срок.',
  'filing.verdict.accept.penalised':
    'Разнесена со штрафом за просрочку, предусмотренным законом: подтверждённой уважительной причины нет.',
  'filing.verdict.accept.onTime': 'Разнесена: полная, непротиворечивая декларация, представленная в срок.',
  'filing.verdict.accept.wrongWaiver':
    'Освобождение от штрафа без подтверждённой уважительной причины: потеряно {amount} доходов, а другие нарушители сроков штраф заплатили.',
  'filing.verdict.accept.wrongPenalty':
    'Оштрафован налогоплательщик, подтвердивший уважительную причину, охватывающую срок: от штрафа {amount} следовало освободить.',
  'filing.verdict.correction.right':
    'Исправлено в упрощённом порядке, в уведомлении указано, как возразить: верный путь для добросовестной ошибки.',
  'filing.verdict.correction.wrongAmount':
    'В уведомлении неверная сумма обязательства: исчисленный НДС за вычетом НДС к вычету равен {corrected}.',
  'filing.verdict.correction.substantive':
    'Расхождение по существу — не арифметическая ошибка: упрощённый порядок лишил бы налогоплательщика полноценной проверки. Передайте на камеральную проверку.',
  'filing.verdict.correction.noError':
    'Арифметической ошибки в декларации не было: «исправление» меняет правильную сумму обязательства.',
  'filing.verdict.referral.right':
    'Передано: данные третьих лиц ставят показатели под серьёзное сомнение, это вопрос проверки и доначисления.',
  'filing.verdict.referral.arithmetic':
    'Чрезмерная реакция: единичная арифметическая ошибка при чистой истории исправляется в упрощённом порядке уведомлением, а не передаётся на проверку.',
  'filing.verdict.referral.stopFiler':
    'Декларация получена, сомнений в ней нет: разнесите её со штрафом за просрочку, а не загружайте проверяющего.',
  'filing.verdict.referral.noDoubt':
    'Чрезмерная реакция: ни декларация, ни её история, ни данные третьих лиц не вызывают сомнений.',
  'filing.verdict.reject.right':
    'Отклонена из-за форматного дефекта: без обязательных строк декларацию нельзя обработать, и обязанность сохраняется до подачи полной декларации.',
  'filing.verdict.reject.substantive':
    'Декларация прошла форматный контроль: сомнение в показателях — повод для проверки, а не для отклонения. Отклонение делает налогоплательщика неподавшим и теряет декларацию.',
  'filing.verdict.reject.wrong':
    'Отклоняйте только при форматных дефектах: эта декларация прошла форматный контроль.',
  'filing.verdict.assessment.dormant':
    'Налог начислен предприятию без какой-либо деятельности: данные третьих лиц не дают основы для расчёта. Начните процедуру признания бездействующим.',
  'filing.verdict.assessment.evidence':
    'по прежним декларациям — {prior}, по обороту из данных третьих лиц — {thirdParty}',
  'filing.verdict.assessment.right':
    'Требование вручено, срок истёк, затем налог начислен расчётным путём на основании данных ({evidence}). Декларация, поданная позже, заменит начисление.',
  'filing.verdict.assessment.unreasonable':
    'Порядок соблюдён, но {amount} — необоснованная оценка: {evidence}.',
  'filing.verdict.assessment.arbitrary':
    'Произвольная сумма: {amount} далека от данных ({evidence}). Расчётное начисление должно быть обоснованной оценкой.',
  'filing.verdict.dormancy.trading':
    'Электронные счета-фактуры и импорт показывают, что предприятие работает: признание бездействующим позволит уклонисту уйти. Потребуйте декларацию, затем начислите налог расчётным путём.',
  'filing.verdict.dormancy.needlessDemand':
    'Признание бездействующим верно, но требование было лишним: данные третьих лиц уже показывали отсутствие деятельности.',
  'filing.verdict.dormancy.right':
    'Бездействие: ни электронных счетов-фактур, ни импорта, реализация упала до нуля. Требовать и начислять нечего.',
  'filing.world.title.nonFiler': 'Непредставление: НДС {period}, {name}',
  'filing.world.title.lateReturn': 'Декларация по НДС за {period} (с опозданием), {name}',
  'filing.world.title.return': 'Декларация по НДС за {period}, {name}',
  'filing.world.excuse.accountant':
    'наш бухгалтер был в отпуске, и никто больше не знал пароля для электронной подачи',
  'filing.world.excuse.stockCount': 'мы были заняты годовой инвентаризацией',
  'filing.world.excuse.forgot': 'директор забыл о сроке',
  'filing.world.claim.documentedLetter':
    'Просим снять штраф за несвоевременную подачу декларации по НДС: {cause} — по этой причине мы не могли подать декларацию с {from} по {to}. Документ прилагается.',
  'filing.world.claim.undocumentedLetter':
    '{name} подал(а) декларацию с опозданием по причине: {cause}. Надеемся на ваше понимание.',
  'filing.world.claim.excuseLetter': 'Просим извинить за задержку: {cause}.',
  'filing.world.document.medical':
    'Медицинская справка, областная больница г. {city}: генеральный директор находился на стационарном лечении с {from} по {to}.',
  'filing.world.document.death':
    'Свидетельство о смерти супруга(и) владельца от {from}; похороны и траур до {to}.',
  'filing.world.document.fire':
    'Акт пожарной службы от {from}: пожар по адресу {line}, {city}; бухгалтерские документы уничтожены, восстановлены к {to}.',
  'filing.world.document.official': 'Официальная справка от {from}, подтверждающая: {cause} (до {to}).',
  'filing.world.missing.flagSince':
    'Нет деклараций по НДС с {since}: не представлено {count, plural, one {# декларация} few {# декларации} many {# деклараций} other {# декларации}}',
  'filing.world.dormant.expected':
    'Начать процедуру признания бездействующим: без требования и без расчётного начисления.',
  'filing.world.dormant.explanation':
    'Декларируемая реализация упала до нуля ещё до прекращения подачи деклараций, и после {after} не поступало сведений ни об электронных счетах-фактурах, ни об импорте. Ничто не указывает на продолжение деятельности: требование или расчётное начисление обложили бы налогом предприятие без дохода.',
  'filing.world.dormant.flagNil': 'Декларируемая реализация упала до нуля до прекращения подачи деклараций',
  'filing.world.dormant.flagNoActivity': 'Нет электронных счетов-фактур и импорта в месяцы непредставления',
  'filing.world.stopFiler.flagOnTime':
    'До этого декларации подавались в срок в течение {months, plural, one {# месяца} few {# месяцев} many {# месяцев} other {# месяца}}',
  'filing.world.stopFiler.flagActivity':
    'За {period} поступили сведения об электронных счетах-фактурах на {invoiced} и импорте на {imports}',
  'filing.world.stopFiler.respondsExpected':
    'Направить требование о представлении декларации; если декларация поступит в срок требования, принять её со штрафом за несвоевременную подачу.',
  'filing.world.stopFiler.respondsExplanation':
    'Это прекративший подачу налогоплательщик, а не бездействующее предприятие: он по-прежнему выставляет счета и импортирует. Требование обеспечило подачу декларации (НДС к уплате {net}); она подана с опозданием, поэтому применяется штраф, предусмотренный законом ({penalty}), а расчётное начисление не нужно.',
  'filing.world.stopFiler.assessExpected':
    'Направить требование о представлении декларации; если срок истечёт без декларации, произвести расчётное начисление примерно на {average} (среднее за {periods, plural, one {последнюю # декларацию} few {последние # декларации} many {последние # деклараций} other {последние # декларации}}).',
  'filing.world.stopFiler.assessExplanation':
    'Это прекративший подачу налогоплательщик, а не бездействующее предприятие: электронные счета-фактуры и таможенный импорт показывают, что он продолжает деятельность. Первая цель — декларация, поэтому сначала направляется требование; после истечения его срока ({expiry}) расчётное начисление на основе доказательств, прежних деклараций ({average}) или оборота по данным третьих лиц ({thirdParty}) защищает поступления. Поданная позже декларация заменяет его.',
  'filing.world.nilFiler.expected':
    'Передать декларацию на камеральную проверку: заявлен ноль, а электронные счета-фактуры показывают реализацию.',
  'filing.world.nilFiler.explanation':
    'Декларация правильна по форме, поэтому не отклоняется, и арифметика в ней верна, поэтому это не счётная ошибка. Но в {period} выставлены электронные счета-фактуры на {invoiced}, а декларации нулевые с {nilFrom}: существенное сомнение для проверки и доначисления (около {thirdParty} НДС).',
  'filing.world.nilFiler.flagNil': 'Нулевые декларации по НДС с {nilFrom}',
  'filing.world.nilFiler.flagInvoices': 'Электронные счета-фактуры на {invoiced} выставлены в {period}',
  'filing.world.understated.expected':
    'Передать декларацию на камеральную проверку: заявленная реализация намного ниже реализации по электронным счетам-фактурам.',
  'filing.world.understated.explanation':
    'Арифметика верна и форма заполнена полностью, поэтому ни исправление счётной ошибки, ни отклонение не подходят. Заявленная реализация {sales} против {invoiced} по электронным счетам-фактурам — существенное сомнение: проверяющий должен изучить декларацию и доначислить (около {gap} исчисленного НДС).',
  'filing.world.understated.flagBelow':
    'Заявленная реализация {sales} < реализация по электронным счетам-фактурам {invoiced}',
  'filing.world.understated.flagHistory': 'Реализация намного ниже, чем в предыдущие месяцы',
  'filing.world.incomplete.expected':
    'Отклонить декларацию как недействительную: обязательные строки не заполнены, налогоплательщик должен подать полную декларацию.',
  'filing.world.incomplete.explanation':
    'В бумажной декларации не заполнены строки «{input}» и «{netLine}»: формальные проверки не пройдены, и принять по ней обязательство нельзя. Это единственный случай для отклонения; обязанность остаётся открытой до поступления полной декларации (НДС к уплате по этим цифрам составил бы около {net}).',
  'filing.world.incomplete.flag': 'Строки «{input}» и «{netLine}» не заполнены',
  'filing.world.arithmetic.expected':
    'Исправить НДС к уплате на {correct} и направить уведомление о счётной ошибке; без передачи на проверку.',
  'filing.world.arithmetic.explanation':
    'Исчисленный НДС минус НДС к вычету составляет {correct}, а в декларации указано {wrong}: переставлены две цифры. История чистая, электронные счета-фактуры совпадают с заявленной реализацией — это добросовестная ошибка. Порядок исправления счётных ошибок исправляет её в упрощённом порядке и сообщает налогоплательщику, как оспорить исправление в установленный законом срок; передача на проверку была бы чрезмерной.',
  'filing.world.arithmetic.flag': 'Строка НДС к уплате не равна исчисленному НДС минус НДС к вычету',
  'filing.world.reasonable.expected':
    'Принять декларацию и снять штраф за несвоевременную подачу: причина подтверждена документами.',
  'filing.world.reasonable.explanation':
    'Подана с опозданием на {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}, но налогоплательщик подтвердил уважительную причину ({cause}), охватывающую срок, и история чистая. Штраф {penalty} наказал бы налогоплательщика, который не мог подать декларацию.',
  'filing.world.reasonable.flagLate':
    'Подана с опозданием на {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}',
  'filing.world.reasonable.clearing': 'Подтверждённая уважительная причина, охватывающая срок ({cause})',
  'filing.world.genuine.lateExpected': 'Принять декларацию со штрафом за несвоевременную подачу ({penalty}).',
  'filing.world.genuine.expected': 'Принять декларацию.',
  'filing.world.genuine.lateExplanation':
    'Подана с опозданием на {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}{claim, select, undocumented {, и заявление не подтверждает уважительную причину} other { без объяснений}}: применяется штраф, предусмотренный законом. Цифры и данные третьих лиц согласуются.',
  'filing.world.genuine.explanation':
    'Полная декларация, арифметика верна, подана в срок и согласуется с электронными счетами-фактурами: примите её.',
  'filing.world.note.returnPosted': 'Декларация принята',
  'filing.world.note.paidWithReturn': 'Уплачено вместе с декларацией',
  'filing.world.note.paidAwaiting': 'Уплачено вместе с декларацией (декларация ожидает обработки)',
  'filing.world.note.lateFilingPenalty': 'Штраф за несвоевременную подачу',
  'filing.world.note.penaltyPaid': 'Штраф уплачен',
  'filing.world.note.returnPostedDecision': 'декларация принята',
  'filing.world.note.lateFilingPenaltyDecision': 'штраф за несвоевременную подачу',
  'filing.world.note.mathError': 'исправление счётной ошибки',
  'filing.world.note.defaultAssessment': 'расчётное начисление остаётся в силе',
  'filing.world.thirdParty.einvoices':
    'Выставленные электронные счета-фактуры на реализацию (стоимость без НДС)',
  'filing.world.thirdParty.customs': 'Растаможенный импорт (таможенная стоимость; НДС уплачен на границе)',
  'filing.truth.bestReason.nilFiler': 'Нулевые декларации при реализации по электронным счетам-фактурам',
  'filing.truth.bestReason.understated':
    'Заявленная реализация ниже реализации по электронным счетам-фактурам',
  'filing.truth.bestReason.incomplete': 'Не заполнены обязательные строки «{input}» и «{netLine}»',
} satisfies Catalogue
