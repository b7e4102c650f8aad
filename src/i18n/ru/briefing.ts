import type { Catalogue } from '../languages'

export default {
  'app.workspace.practice': 'Тренировка',
  'app.glossary.open': 'Что означает «{term}»',
  'app.report.assessmentTitle': 'Аттестация',
  'app.crumbs.scenarios': 'Сценарии',
  'app.crumbs.results': 'Результаты',
  'app.crumbs.briefing': 'Вводная',
  'app.briefing.gradeCorrect': '✓ Верно: лучшее решение',
  'app.briefing.gradeAcceptable': '≈ Допустимо: верное направление, неточности в деталях',
  'app.briefing.gradeWrong': '✗ Неверно',
  'app.briefing.gradeHarmful': '⚠ Вредно: ущерб бюджету или налогоплательщику',
  'app.briefing.level': '{level} ({n, number} из 3)',
  'app.briefing.minutes': 'около {n, plural, one {# минуты} few {# минут} many {# минут} other {# минуты}}',
  'app.briefing.best': 'Ваши результаты:',
  'app.briefing.unclean':
    '{n, plural, one {# завершённая попытка больше не воспроизводится полностью на этой версии сценария: часть сохранённых шагов отклонена, поэтому в оценке учтены только действующие шаги.} few {# завершённые попытки больше не воспроизводятся полностью на этой версии сценария: часть сохранённых шагов отклонена, поэтому в оценках учтены только действующие шаги.} many {# завершённых попыток больше не воспроизводятся полностью на этой версии сценария: часть сохранённых шагов отклонена, поэтому в оценках учтены только действующие шаги.} other {# завершённой попытки больше не воспроизводятся полностью на этой версии сценария: часть сохранённых шагов отклонена, поэтому в оценках учтены только действующие шаги.}}',
  'app.briefing.skip': 'Перейти к выбору режима и началу ↓',
  'app.briefing.task': 'Ваше задание: «{title}»',
  'app.briefing.situation': 'Ситуация: «{title}»',
  'app.briefing.objectives': 'Что вы отработаете',
  'app.briefing.scored': 'Что оценивается',
  'app.briefing.pointsCaption': 'Баллы за дело для каждой оценки решения, по заданиям',
  'app.briefing.decisionOnCase': 'Решение по делу',
  'app.briefing.points': 'Баллы',
  'app.briefing.cases':
    '{n, plural, one {# дело} few {# дела} many {# дел} other {# дела}}, до {max, plural, one {# балла} few {# баллов} many {# баллов} other {# балла}}.',
  'app.briefing.hints':
    '{n, plural, one {# подсказка} few {# подсказки} many {# подсказок} other {# подсказки}}, от общего к частному, только в режиме тренировки. Каждая открытая подсказка стоит баллов: {costs}.',
  'app.briefing.pass': 'Для успеха нужно {mark, number} % от максимума.',
  'app.briefing.passWithPoints':
    'Для успеха нужно {mark, number} % от максимума ({needed, number} из {total, number} баллов).',
  'app.briefing.diligence':
    'Верное решение, принятое без просмотра подтверждающих материалов, стоит меньше; решения после срока записываются как просроченные.',
  'app.briefing.rules': 'Действующие правила: {name}',
  'app.briefing.example': 'Пример. {example}',
  'app.briefing.casesOfTask': '{title} — {cases}',
  'app.briefing.session': 'Ваша сессия',
  'app.briefing.start': 'Начать',
  'app.briefing.inProgress': 'У вас есть незавершённая сессия (режим: {mode}).',
  'app.briefing.outdated': 'С тех пор сценарий изменился; вас спросят, как продолжить.',
  'app.briefing.continue': 'Продолжить сессию',
  'app.briefing.finished': 'Вы завершили этот сценарий.',
  'app.briefing.seeResults': 'Посмотреть результаты',
  'app.briefing.damaged':
    'Сохранённая в этом браузере сессия сценария повреждена. При новом начале сохранится копия, которую можно скачать.',
  'app.briefing.chooseMode': 'Выберите режим работы',
  'app.briefing.orRestart': 'Или начните заново',
  'app.briefing.practiceText':
    'Разбор после каждого решения, подсказки по запросу (стоят баллов), решённое дело можно открыть снова для анализа.',
  'app.briefing.assessmentText':
    'Без подсказок. Разбор только в конце. Решённое дело нельзя открыть снова: пути назад нет.',
  'app.briefing.startPractice': 'Начать в режиме тренировки',
  'app.briefing.startAssessment': 'Начать аттестацию',
  'app.briefing.startAgain': 'Начать заново (режим: {mode})',
  'app.briefing.back': 'Назад к сценариям',
  'app.briefing.data': 'Ваши данные по этому сценарию',
  'app.briefing.downloadPrevious': 'Скачать предыдущую сессию (JSON)',
  'app.briefing.reset': 'Сбросить мой прогресс по сценарию…',
  'app.briefing.restartTitle': 'Начать заново?',
  'app.briefing.restartText':
    'Сохранённая сессия будет заменена новой (режим: {mode}). Копию старой можно скачать на этой странице; лучший результат сохраняется.',
  'app.briefing.resetTitle': 'Сбросить прогресс по этому сценарию?',
  'app.briefing.resetConfirm': 'Сбросить сценарий',
  'app.briefing.resetText':
    'Будут удалены сохранённая сессия, её копия и результаты «{title}» в этом браузере.',
  'app.rules.perMonth':
    '{percent} от неуплаченного налога за каждый полный или неполный месяц{grace, plural, =0 {} one {, после льготного периода в # месяц} few {, после льготного периода в # месяца} many {, после льготного периода в # месяцев} other {, после льготного периода в # месяца}}, но не более {max} от налога в сумме.',
  'app.rules.perMonthExample':
    'С налога {base} при просрочке {months, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}: {counted, number} × {percent} = {total}, то есть {charged}. Предел достигается примерно через {capMonths, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}} ({cap}).',
  'app.rules.greater': 'Большая из сумм: {fixed} или {percent} от налога, независимо от срока просрочки.',
  'app.rules.greaterExample':
    'С налога {base}: {percent} составляет {part}; штраф — большая из этой суммы и {fixed}, то есть {charged}.',
  'app.rules.sum': '{fixed} плюс {percent} от налога, независимо от срока просрочки.',
  'app.rules.sumExample': 'С налога {base}: {fixed} + {part} = {charged}.',
  'app.rules.flat': 'Фиксированная сумма {amount}, независимо от налога и срока просрочки.',
  'app.rules.flatExample':
    'С налога {base} при просрочке {months, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}: {charged}.',
  'app.rules.compound': 'сложные (пени начисляются и на пени)',
  'app.rules.simple': 'простые (только на неуплаченный налог)',
  'app.rules.interestDaily':
    '{percent} в месяц на неуплаченный налог, по дням ({daily} в день) с первоначального срока до уплаты; пени {how}. Пени — это компенсация, а не наказание, и они не снимаются.',
  'app.rules.interestDailyExample': 'С {base}, не уплаченных 90 дней: {charged}.',
  'app.rules.interestMonthly':
    '{percent} за каждый полный или неполный месяц неуплаты налога с первоначального срока; пени {how}. Пени — это компенсация, а не наказание, и они не снимаются.',
  'app.rules.interestMonthlyExample':
    'С {base}, не уплаченных {months, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}: {charged}.',
  'app.rules.money': 'Деньги',
  'app.rules.currency': 'Валюта',
  'app.rules.currencyText':
    '{code}, обозначается {symbol}, {decimals, plural, =0 {без дробной части} one {с # знаком после запятой} few {с # знаками после запятой} many {с # знаками после запятой} other {с # знака после запятой}}. Расчётные суммы {rounding}.',
  'app.rules.roundHalfUp':
    '{decimals, plural, =0 {округляются до целых} =1 {округляются до десятых} =2 {округляются до сотых} other {округляются до # знака после запятой}}, половина — вверх',
  'app.rules.roundHalfEven':
    '{decimals, plural, =0 {округляются до целых} =1 {округляются до десятых} =2 {округляются до сотых} other {округляются до # знака после запятой}}, половина — к чётной цифре',
  'app.rules.taxes': 'Налоги',
  'app.rules.rates': 'Ставки',
  'app.rules.ratesText': 'НДС {vat}; налог на прибыль организаций {cit}.',
  'app.rules.thresholds': 'Пороги',
  'app.rules.vatRegistration': 'Регистрация плательщиком НДС',
  'app.rules.vatRegistrationText': 'Обязательна, если ожидаемый годовой оборот превышает {amount}.',
  'app.rules.segments': 'Категории',
  'app.rules.segmentsText':
    'Крупные — от {large} годового оборота, средние — от {medium}, малые — от {small}; ниже — микро.',
  'app.rules.deadlines': 'Сроки',
  'app.rules.deadline.registrationDecisionDays': 'Решение о регистрации',
  'app.rules.deadline.registrationDecisionDays.text':
    'Инспекция принимает решение по заявлению о регистрации в течение {n, plural, one {# дня} few {# дней} many {# дней} other {# дня}} после получения.',
  'app.rules.deadline.queryResponseDays': 'Ответ на запрос',
  'app.rules.deadline.queryResponseDays.text':
    'У заявителя или налогоплательщика есть {n, plural, one {# день} few {# дня} many {# дней} other {# дня}} на ответ на запрос.',
  'app.rules.deadline.vatFilingDay': 'Декларация по НДС',
  'app.rules.deadline.vatFilingDay.text':
    'Декларации по НДС подаются, а налог уплачивается до {n, number}-го числа месяца, следующего за периодом.',
  'app.rules.deadline.objectionDays': 'Возражение',
  'app.rules.deadline.objectionDays.text':
    'У налогоплательщика есть {n, plural, one {# день} few {# дня} many {# дней} other {# дня}} на возражение против начисления.',
  'app.rules.deadline.objectionDecisionDays': 'Решение по возражению',
  'app.rules.deadline.objectionDecisionDays.text':
    'Инспекция рассматривает возражение в течение {n, plural, one {# дня} few {# дней} many {# дней} other {# дня}}.',
  'app.rules.deadline.refundDecisionDays': 'Решение о возврате',
  'app.rules.deadline.refundDecisionDays.text':
    'Инспекция рассматривает заявление о возврате НДС в течение {n, plural, one {# дня} few {# дней} many {# дней} other {# дня}}.',
  'app.rules.deadline.demandNoticeDays': 'Требование об уплате',
  'app.rules.deadline.demandNoticeDays.text':
    'Требование об уплате даёт налогоплательщику {n, plural, one {# день} few {# дня} many {# дней} other {# дня}}, прежде чем взыскание станет законным.',
  'app.rules.deadline.deemedReceiptDays': 'Дата считающегося получения',
  'app.rules.deadline.deemedReceiptDays.text':
    'Уведомление, отправленное почтой, считается полученным через {n, plural, one {# день} few {# дня} many {# дней} other {# дня}} после отправки.',
  'app.rules.penalties': 'Штрафы и пени',
  'app.rules.lateFiling': 'Несвоевременная подача',
  'app.rules.latePayment': 'Несвоевременная уплата',
  'app.rules.interest': 'Пени',
  'app.settings.tool.offset': 'зачёт переплаты',
  'app.settings.tool.bank': 'обращение взыскания на банковский счёт',
  'app.settings.tool.employer': 'обращение взыскания на заработную плату',
  'app.settings.tool.receivables': 'обращение взыскания на дебиторскую задолженность',
  'app.settings.tool.seizure': 'арест имущества',
  'app.settings.mathErrorContestDays': 'Исправление арифметических ошибок',
  'app.settings.mathErrorContestDays.text':
    'Налогоплательщик может оспорить исправленную арифметическую ошибку в течение {n, plural, one {# дня} few {# дней} many {# дней} other {# дня}} после получения уведомления.',
  'app.settings.demandToFileDays': 'Требование представить декларацию',
  'app.settings.demandToFileDays.text':
    'Требование представить декларацию даёт налогоплательщику {n, plural, one {# день} few {# дня} many {# дней} other {# дня}} с момента получения; только после этого возможно расчётное начисление.',
  'app.settings.estimatePeriods': 'Расчётные начисления',
  'app.settings.estimatePeriods.text':
    'Расчётное начисление определяется по среднему {n, plural, one {за последнюю # поданную декларацию} few {за последние # поданные декларации} many {за последние # поданных деклараций} other {за последние # поданной декларации}}.',
  'app.settings.estimateTolerancePercent': 'Обоснованная оценка',
  'app.settings.estimateTolerancePercent.text':
    'Расчётное начисление обоснованно, если отклоняется не более чем на {percent} от оценок по имеющимся данным.',
  'app.settings.mismatchTolerancePercent': 'Продажи по данным третьих лиц',
  'app.settings.mismatchTolerancePercent.text':
    'Продажи по электронным счетам-фактурам могут превышать задекларированные не более чем на {percent}, прежде чем декларация считается заниженной.',
  'app.settings.allocationOrder': 'Платежи без указания периода',
  'app.settings.allocationOrder.text':
    '{order, select, oldest {Платёж без указания периода сначала погашает самый старый долг: налог, затем штраф, затем пени.} other {Платёж без указания периода сначала погашает все штрафы и пени (начиная с самых старых), затем налог.}}',
  'app.settings.payeFilingDay': 'НДФЛ с зарплаты и удержания у источника',
  'app.settings.payeFilingDay.text': 'Декларации и платежи — до {n, number}-го числа следующего месяца.',
  'app.settings.pitFilingMonths': 'Налог на доходы физических лиц',
  'app.settings.pitFilingMonths.text': 'Декларация подаётся до конца {month} года, следующего за налоговым.',
  'app.settings.citFilingMonths': 'Налог на прибыль организаций',
  'app.settings.citFilingMonths.text': 'Декларация подаётся до конца {month} года, следующего за налоговым.',
  'app.settings.interestCompounding': 'Порядок начисления пеней',
  'app.settings.interestCompounding.text':
    '{basis, select, simple {Пени начисляются только на неуплаченный налог, но не на ранее начисленные пени.} other {Пени капитализируются: на ранее начисленные пени тоже начисляются пени.}}',
  'app.settings.agreementPenaltyFactor': 'Штрафы при рассрочке',
  'app.settings.agreementPenaltyFactor.text':
    '{stops, select, yes {Пока соглашение о рассрочке соблюдается, штраф за просрочку не начисляется.} other {Пока соглашение о рассрочке соблюдается, начисляется {percent} ежемесячного штрафа за просрочку.}}',
  'app.settings.suspenseReturnDays': 'Невыясненные платежи',
  'app.settings.suspenseReturnDays.text':
    'Платёж, который не удаётся отнести, остаётся невыясненным не более {n, plural, one {# дня} few {# дней} many {# дней} other {# дня}}, затем возвращается плательщику.',
  'app.settings.waiverCauses': 'Снятие штрафов',
  'app.settings.waiverCauses.text':
    'Штраф может быть снят при документально подтверждённой уважительной причине: {causes}. Пени не снимаются никогда.',
  'app.settings.maxInstallmentMonths': 'Соглашения о рассрочке',
  'app.settings.maxInstallmentMonths.text':
    'Соглашение действует не более {n, plural, one {# ежемесячного платежа} few {# ежемесячных платежей} many {# ежемесячных платежей} other {# ежемесячного платежа}}.',
  'app.settings.refuseAfterDefaults': 'Ранее нарушенные соглашения',
  'app.settings.refuseAfterDefaults.text':
    'Налогоплательщику с {n, plural, one {# нарушенным соглашением} few {# нарушенными соглашениями} many {# нарушенными соглашениями} other {# нарушенного соглашения}} в новом отказывают; при меньшем числе новое соглашение требует обеспечения.',
  'app.settings.missedInstallmentsToDefault': 'Нарушение соглашения',
  'app.settings.missedInstallmentsToDefault.text':
    'После {n, plural, one {# пропущенного платежа} few {# пропущенных платежей} many {# пропущенных платежей} other {# пропущенного платежа}} соглашение может быть признано нарушенным.',
  'app.settings.holdDisputedAmounts': 'Долги, по которым подано возражение',
  'app.settings.holdDisputedAmounts.text':
    '{hold, select, yes {Обоснованное возражение приостанавливает взыскание оспариваемой суммы; остальное взыскивается.} other {Взыскание продолжается, пока возражение рассматривается.}}',
  'app.settings.protectiveMeasures': 'Обеспечительные меры',
  'app.settings.protectiveMeasures.text':
    '{allowed, select, yes {Счета могут быть заморожены до истечения срока требования, если должник выводит активы.} other {До истечения срока требования ничего замораживать нельзя.}}',
  'app.settings.enforcementLadder': 'Порядок принудительных мер',
  'app.settings.enforcementLadder.text':
    'Применяйте наименее жёсткую меру, достаточную для взыскания, в таком порядке: {tools}.',
  'app.settings.wageGarnishmentPercent': 'Взыскание из заработной платы',
  'app.settings.wageGarnishmentPercent.text':
    'Работодателю можно предписать перечислять до {percent} каждой выплаты зарплаты.',
  'app.settings.garnishmentMonths': 'Охват взыскания',
  'app.settings.garnishmentMonths.text':
    'Обращение взыскания на зарплату у работодателя считается охватывающим {n, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}} заработка.',
  'app.settings.uneconomicDebtLimit': 'Нерентабельные долги',
  'app.settings.uneconomicDebtLimit.text':
    'Долг до {amount} стоит взыскивать дороже, чем он принесёт, и может быть списан.',
  'app.settings.supervisorWriteOffLimit': 'Утверждение списания',
  'app.settings.supervisorWriteOffLimit.text':
    'Руководитель группы утверждает списание до {amount}; свыше — начальник отдела взыскания.',
  'app.settings.highPriorityAmount': 'Высокий приоритет',
  'app.settings.highPriorityAmount.text': 'Недавний взыскиваемый долг от {amount} имеет высокий приоритет.',
  'app.settings.agedDebtDays': 'Застарелый долг',
  'app.settings.agedDebtDays.text':
    'Долг, просроченный более чем на {n, plural, one {# день} few {# дня} many {# дней} other {# дня}}, считается застарелым.',
  'app.settings.pitRatePercent': 'Налог на доначисленный доход физлица',
  'app.settings.pitRatePercent.text':
    'Доход, доначисленный проверкой по декларации физлица, облагается по ставке {percent}; доход организаций — по ставке налога на прибыль.',
  'app.settings.honestErrorPercent': 'Штраф: добросовестная ошибка',
  'app.settings.honestErrorPercent.text':
    '{none, select, yes {За добросовестную ошибку штраф не взимается.} other {{percent} от доначисленного налога.}}',
  'app.settings.negligencePercent': 'Штраф: небрежность',
  'app.settings.negligencePercent.text':
    '{percent} от доначисленного налога, также при существенном занижении.',
  'app.settings.fraudPercent': 'Штраф: умысел',
  'app.settings.fraudPercent.text': '{percent} от доначисленного налога, и дело передаётся на расследование.',
  'app.settings.substantialPercent': 'Существенное занижение',
  'app.settings.substantialPercent.text':
    'Занижение существенно, если доначисленный налог превышает {percent} от правильной суммы налога.',
  'app.settings.substantialAmount': 'Существенно, в деньгах',
  'app.settings.substantialAmount.text':
    '{none, select, yes {Минимальной суммы нет: решает только процент.} other {Оно также должно превышать {amount}.}}',
  'app.settings.materialityAmount': 'Существенность при отборе',
  'app.settings.materialityAmount.text':
    '{none, select, yes {Порога существенности нет: кого проверять, решает только оценка риска.} other {Кандидат с ожидаемым доначислением меньше {amount} не проверяется, как бы высок ни был его риск.}}',
  'app.settings.replyDays': 'Ответ на акт проверки',
  'app.settings.replyDays.text':
    'У налогоплательщика есть {n, plural, one {# день} few {# дня} many {# дней} other {# дня}} на возражения по предварительным выводам до окончательного начисления.',
  'app.settings.risk.newRegistrant':
    'зарегистрирован менее чем за {n, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}} до заявления',
  'app.settings.risk.noHistory': 'первое заявление о возврате',
  'app.settings.risk.claimGrowth':
    'заявленная сумма более чем в {factor, number} раза выше средней по прошлым заявлениям',
  'app.settings.risk.largeClaim': 'сумма заявления свыше {amount}',
  'app.settings.risk.accountChange':
    'счёт для возврата открыт или изменён менее чем за {n, plural, one {# день} few {# дня} many {# дней} other {# дня}} до этого',
  'app.settings.risk.highRiskSector': 'деятельность в сфере: {sectors}',
  'app.settings.risk.customsMismatch':
    'заявленный экспорт без соответствующей таможенной записи (таможенная проверка обязательна всегда)',
  'app.settings.risk.supplierMismatch':
    'входящий НДС больше заявленного поставщиками (сверка вычетов обязательна всегда)',
  'app.settings.risk.factor':
    '{factor} ({points, plural, one {# балл} few {# балла} many {# баллов} other {# балла}})',
  'app.settings.claimLimitDays': 'Срок подачи заявления',
  'app.settings.claimLimitDays.text':
    'Возврат нужно заявить в течение {n, plural, one {# дня} few {# дней} many {# дней} other {# дня}} после окончания периода по НДС.',
  'app.settings.secondApprovalAbove': 'Второе утверждение',
  'app.settings.secondApprovalAbove.text': 'Возврат свыше {amount} требует второго утверждения до выплаты.',
  'app.settings.matchingTolerancePercent': 'Сверка с поставщиками',
  'app.settings.matchingTolerancePercent.text':
    'Входящий НДС считается сверенным, если поставщик задекларировал не менее {percent}; иначе принимается только заявленное поставщиком.',
  'app.settings.risk': 'Уровень риска',
  'app.settings.risk.text':
    'Баллы суммируются по факторам: {factors}. От {medium, plural, one {# балла} few {# баллов} many {# баллов} other {# балла}} — средний риск (камеральная проверка); от {high, plural, one {# балла} few {# баллов} many {# баллов} other {# балла}} — высокий риск (полная проверка до выплаты).',
  'app.settings.requireUndisputedPaid': 'Уплата неоспариваемой части',
  'app.settings.requireUndisputedPaid.text':
    '{required, select, yes {Возражение принимается, только если неоспариваемая часть налога уплачена.} other {Для подачи возражения уплата не требуется.}}',
  'app.settings.extensionDays': 'Возражения с пропуском срока',
  'app.settings.extensionDays.text':
    '{n, plural, =0 {Срок строгий: возражение с пропуском срока не принимается.} one {Возражение с пропуском срока и объяснением причин ещё может быть принято в течение # дня после окончания срока.} few {Возражение с пропуском срока и объяснением причин ещё может быть принято в течение # дней после окончания срока.} many {Возражение с пропуском срока и объяснением причин ещё может быть принято в течение # дней после окончания срока.} other {Возражение с пропуском срока и объяснением причин ещё может быть принято в течение # дня после окончания срока.}}',
  'app.settings.holdDisputed': 'Взыскание во время рассмотрения возражения',
  'app.settings.holdDisputed.text':
    '{hold, select, yes {Оспариваемая сумма не взыскивается, пока рассматривается принятое возражение; остальное взыскивается.} other {Возражение не останавливает взыскание.}}',
  'app.settings.deemedOutcome': 'Решение не принято в срок',
  'app.settings.deemedOutcome.text':
    '{outcome, select, disallowed {Возражение, не рассмотренное в течение {n, plural, one {# дня} few {# дней} many {# дней} other {# дня}}, считается отклонённым; налогоплательщик может обратиться в суд.} other {Возражение, не рассмотренное в течение {n, plural, one {# дня} few {# дней} many {# дней} other {# дня}}, считается удовлетворённым: начисление отменяется.}}',
  'app.opening.damaged': 'Не удалось прочитать сохранённую сессию',
  'app.opening.damagedText':
    'Сессия «{title}», сохранённая в этом браузере, повреждена. {message} Так бывает, если хранилище браузера изменено, обрезано или скопировано из другой версии приложения.',
  'app.opening.damagedKept':
    'Можно начать сначала. Повреждённые данные сохраняются: их можно скачать сейчас или позже на странице вводной, для преподавателя.',
  'app.opening.startOver': 'Начать сначала',
  'app.opening.downloadDamaged': 'Скачать повреждённые данные',
  'app.opening.outdated': 'Сценарий изменился после сохранения вашей сессии',
  'app.opening.outdatedText':
    'Ваша сохранённая сессия ({steps, plural, one {# шаг} few {# шага} many {# шагов} other {# шага}}, режим: {mode}) пройдена на старой версии «{title}». Преподаватель мог изменить дела, правила или оценивание.',
  'app.opening.tryContinue': 'Попробовать продолжить',
  'app.opening.tryContinueText': 'ваши шаги воспроизводятся на новой версии; неприменимые отбрасываются.',
  'app.opening.startAgain': 'Начать заново',
  'app.opening.startAgainText': 'новая сессия на новой версии в том же режиме.',
  'app.opening.copyKept': 'В любом случае копия старой сессии сохраняется, её можно скачать.',
  'app.opening.downloadOld': 'Скачать старую сессию',
  'app.opening.partial': 'Сохранённую сессию не удалось восстановить полностью',
  'app.opening.partialText':
    'Воспроизведено шагов сессии: {kept, number}; не удалось воспроизвести {refused, plural, one {# шаг} few {# шага} many {# шагов} other {# шага}}. {reason}',
  'app.opening.acceptPartial': 'Продолжить с восстановленным',
  'app.opening.downloadSaved': 'Скачать сохранённую сессию',
  'app.opening.invalid': 'Этот сценарий нельзя пройти в текущем виде',
  'app.opening.invalidText':
    'Файл «{title}» прошёл проверки, но построить по нему условный мир не удалось. Ниже указано, какую строку изменить; преподаватель может исправить файл и открыть его снова.',
  'app.opening.failed': 'Не удалось запустить упражнение',
  'app.opening.backToBriefing': 'Назад к вводной',
  'app.opening.almost': 'Почти готово: передача реестра на страницу…',
  'app.opening.generating': 'Создание вымышленных налогоплательщиков…',
  'app.opening.generatingResume': 'Восстановление сессии: создание вымышленных налогоплательщиков…',
  'app.opening.replaying': 'Воспроизведение сохранённых шагов…',
  'app.opening.openingWorklist': 'Открытие списка дел…',
  'app.opening.restoring': 'Восстановление сохранённой сессии…',
  'app.opening.preparing': 'Подготовка упражнения…',
  'app.opening.preparingLabel': 'Подготовка упражнения',
  'app.opening.records': '{done} из {total} записей ({percent, number} %)',
  'app.issues.error': '✗ Ошибка',
  'app.issues.heading': 'Проблемы в файлах сценариев',
  'app.issues.summary':
    '{errors, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}} и {warnings, plural, one {# предупреждение} few {# предупреждения} many {# предупреждений} other {# предупреждения}}. Сценарий с ошибками не попадает в каталог, пока файл не исправлен; в каждом сообщении указаны файл, строка и столбец.',
  'app.issues.warning': '⚠ Предупреждение',
  'app.rules.taxesText': '{taxes}.',
} satisfies Catalogue
