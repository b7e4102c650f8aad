// Runs before the application and without it (a classic script also runs from file://, where
// the browser refuses the application's modules). External, not inline, for the CSP.
// index.html holds the boot text in every language (src/build/boot-text.ts); this shows the
// trainee's: the one picked in the header before (src/app/language-choice.ts), else the
// browser's first language the sandbox speaks, else English. Opened from a disk, the page
// explains how to open it instead of staying on "Loading…".
;(function () {
  var spoken = ['en', 'fr', 'ru', 'pt']
  function primary(tag) {
    var code = String(tag || '')
      .toLowerCase()
      .split('-')[0]
    return spoken.indexOf(code) >= 0 ? code : undefined
  }
  var language
  try {
    language = primary(localStorage.getItem('tamis.language'))
  } catch {
    // Storage blocked (file://, private window): the browser's languages decide.
  }
  var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]
  for (var i = 0; !language && i < wanted.length; i++) language = primary(wanted[i])
  language = language || 'en'
  document.documentElement.lang = language

  var fromDisk = location.protocol === 'file:'
  var shown = fromDisk ? '.from-disk' : '.boot-loading'
  var block = document.querySelector(shown + '[lang="' + language + '"]')
  if (!block) return
  block.hidden = false
  if (!fromDisk) return
  var folder = decodeURIComponent(location.pathname.replace(/[^/]*$/, ''))
  // file:///E:/tamis/dist/ → E:\tamis\dist\ on Windows.
  if (/^\/[A-Za-z]:\//.test(folder)) folder = folder.slice(1).replace(/\//g, '\\')
  var quoted = /\s/.test(folder) ? '"' + folder + '"' : folder
  block.querySelectorAll('.from-disk-folder').forEach(function (span) {
    span.textContent = quoted
  })
  document.title = block.getAttribute('data-title') || document.title
  // The description too (index.html's is English): a bookmark or a shared tab shows it.
  var description = block.getAttribute('data-description')
  var meta = document.querySelector('meta[name="description"]')
  if (description && meta) meta.setAttribute('content', description)
})()
