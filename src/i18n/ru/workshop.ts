import type { Catalogue } from '../languages'

export default {
  'workshop.hub.noBundled': 'Встроенного сценария «{id}» нет. Встроенные сценарии: {ids}.',
  'workshop.hub.profilesWithOwn':
    'Собственные профили прилагаются к собственному файлу сценария; встроенный сценарий «{id}» использует профили хаба.',
  'workshop.hub.nameOfBundled':
    'Ваш файл сценария назван так же, как встроенный сценарий «{id}»; переименуйте файл (его имя — это его идентификатор) и попробуйте снова.',
  'workshop.hub.inScenario': 'Сценарий {n} («{id}»): {problem}',
  'workshop.hub.chooseOne': 'Выберите для семинара хотя бы один сценарий.',
  'workshop.hub.tooMany': 'Семинар содержит не более {max} сценариев.',
  'workshop.hub.chosenTwice': 'Сценарий «{id}» выбран дважды; выберите каждый сценарий один раз.',
  'workshop.hub.fileProblems': 'В файле сценария есть ошибки:\n{problems}',
  'workshop.hub.fileUnreadable': 'Не удалось прочитать файл сценария ({error}).',
  'workshop.hub.fileEmpty': 'В файле нет сценария.',
  'workshop.hub.noWorkshop': 'По этой ссылке семинара нет. Попросите у преподавателя ссылку ещё раз.',
  'workshop.hub.trainerTokenMissing': 'Эта страница для преподавателя: нет ключа преподавателя.',
  'workshop.hub.trainerTokenWrong': 'Ключ преподавателя не подходит к этому семинару.',
  'workshop.hub.noScenarioNo': 'В этом семинаре нет сценария {n}.',
  'workshop.hub.scenarioGone': 'Сценарий «{id}» этого семинара больше недоступен на этом хабе.',
  'workshop.hub.scenarioChanged':
    'Сценарий «{id}» изменился после создания семинара; его сессии нельзя оценить по этой версии.',
  'workshop.hub.joinBusy': 'Сейчас подключается слишком много слушателей; попробуйте ещё раз.',
  'workshop.hub.keyMissing': 'Нет ключа вашей сессии; откройте ссылку семинара ещё раз.',
  'workshop.hub.notYours': 'Эта сессия принадлежит другому слушателю, или ключ вашей сессии недействителен.',
  'workshop.hub.gap': 'Перед этим шагом не хватает шагов: хаб ожидает шаг {expected}.',
  'workshop.hub.timeUp': 'Время семинара ({minutes} мин) истекло; этот шаг не записан.',
  'workshop.hub.differs': 'Шаг {seq} отличается от уже записанного; хаб ожидает шаг {expected}.',
  'workshop.hub.eventTooLarge': 'Шаг {seq} слишком большой.',
  'workshop.hub.hintsOff': 'Шаг {seq}: подсказки в этом семинаре отключены.',
  'workshop.hub.refused': 'Шаг {seq} ({type}) отклонён упражнением.',
  'workshop.hub.refusedBecause': 'Шаг {seq} ({type}) отклонён упражнением: {reason}',
  'workshop.hub.invalid':
    '{what, select, workshop {Семинар задан неверно} name {Имя указано неверно} events {Список шагов неверен} other {Адрес неверен}}: {where}{problem}.',
  'workshop.hub.bothWays': 'Семинар задан неверно: укажите сценарии одним списком, а не двумя способами.',
  'workshop.hub.noScenarios': 'Семинар задан неверно: scenarios: выберите хотя бы один сценарий.',
  'workshop.hub.noGroup': 'Группы {group} нет; номера групп — от 1 до {count}.',
  'workshop.hub.noScenarioQuery': 'В этом семинаре нет сценария {n}; номера сценариев — от 1 до {count}.',
  'workshop.hub.noAddress': 'Такого адреса на хабе нет.',
  'workshop.hub.tooManyRequests': 'Слишком много запросов; подождите {seconds} с и попробуйте снова.',
  'workshop.hub.tooLarge': 'Запрос слишком большой.',
  'workshop.hub.unreadable': 'Не удалось прочитать запрос ({error}).',
  'workshop.hub.unexpected': 'На хабе произошла непредвиденная ошибка; запрос не сохранён.',
} satisfies Catalogue
