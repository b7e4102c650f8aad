import type { Catalogue } from '../languages'

export default {
  'app.boot.loading': 'Loading TAMIS Sandbox…',
  'app.boot.noscript': 'TAMIS Sandbox needs JavaScript',
  'app.boot.noscriptText':
    "Turn JavaScript on for this page in your browser's settings, then reload the page.",
  'app.fromDisk.title': 'Open TAMIS Sandbox through a web server',
  'app.fromDisk.description': 'Practise tax administration casework on synthetic taxpayers.',
  'app.fromDisk.why':
    "This page was opened straight from a disk: its address starts with {scheme}. Browsers do not run an application's program files from a disk, so the sandbox cannot start this way. Nothing is wrong with the copy you have.",
  'app.fromDisk.here': 'On this computer',
  'app.fromDisk.howTo':
    'Open a terminal (Command Prompt on Windows) and run one of these, then open the address it prints (for example {address}) in this browser:',
  'app.fromDisk.node': 'with Node.js:',
  'app.fromDisk.python': 'with Python:',
  'app.fromDisk.folder': 'the folder holding this page',
  'app.fromDisk.after':
    "After that first visit the sandbox is kept by the browser: it works without a network, and can be installed as an application from the browser's menu.",
  'app.fromDisk.workshop': 'In a workshop',
  'app.fromDisk.workshopText':
    'Open the address your trainer gives you (the workshop hub) instead of this file.',
} satisfies Catalogue
