import type { Catalogue } from '../languages'

export default {
  'app.boot.loading': 'Загрузка TAMIS Sandbox…',
  'app.boot.noscript': 'Для TAMIS Sandbox нужен JavaScript',
  'app.boot.noscriptText':
    'Включите JavaScript для этой страницы в настройках браузера и перезагрузите страницу.',
  'app.fromDisk.title': 'Откройте TAMIS Sandbox через веб-сервер',
  'app.fromDisk.description':
    'Тренажёр для отработки дел налоговой администрации на вымышленных налогоплательщиках.',
  'app.fromDisk.why':
    'Эта страница открыта прямо с диска: её адрес начинается с {scheme}. Браузеры не запускают программные файлы приложения с диска, поэтому тренажёр так не запустится. С вашей копией всё в порядке.',
  'app.fromDisk.here': 'На этом компьютере',
  'app.fromDisk.howTo':
    'Откройте терминал (в Windows — командную строку) и выполните одну из этих команд, затем откройте в этом браузере адрес, который она выведет (например, {address}):',
  'app.fromDisk.node': 'с Node.js:',
  'app.fromDisk.python': 'с Python:',
  'app.fromDisk.folder': 'папка, где лежит эта страница',
  'app.fromDisk.after':
    'После первого посещения браузер сохраняет тренажёр: он работает без сети, и его можно установить как приложение через меню браузера.',
  'app.fromDisk.workshop': 'На учебном занятии',
  'app.fromDisk.workshopText':
    'Вместо этого файла откройте адрес, который даст преподаватель (сервер занятия).',
} satisfies Catalogue
