// Runs before the application and without it (a classic script also runs from file://, where
// the browser refuses the application's modules): opened from a disk, the page explains how
// to open it instead of staying on "Loading…". External, not inline, for the CSP.
;(function () {
  if (location.protocol !== 'file:') return
  var page = document.getElementById('from-disk')
  var loading = document.querySelector('.boot-loading')
  if (!page) return
  var folder = decodeURIComponent(location.pathname.replace(/[^/]*$/, ''))
  // file:///E:/tamis/dist/ → E:\tamis\dist\ on Windows.
  if (/^\/[A-Za-z]:\//.test(folder)) folder = folder.slice(1).replace(/\//g, '\\')
  var quoted = /\s/.test(folder) ? '"' + folder + '"' : folder
  document.querySelectorAll('.from-disk-folder').forEach(function (span) {
    span.textContent = quoted
  })
  if (loading) loading.hidden = true
  page.hidden = false
  document.title = 'Open TAMIS Sandbox through a web server'
})()
