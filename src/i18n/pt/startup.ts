import type { Catalogue } from '../languages'

export default {
  'app.boot.loading': 'A carregar o TAMIS Sandbox…',
  'app.boot.noscript': 'O TAMIS Sandbox precisa de JavaScript',
  'app.boot.noscriptText':
    'Ative o JavaScript para esta página nas definições do navegador e recarregue a página.',
  'app.fromDisk.title': 'Abrir o TAMIS Sandbox através de um servidor web',
  'app.fromDisk.description':
    'Pratique o trabalho de processos da administração fiscal com contribuintes fictícios.',
  'app.fromDisk.why':
    'Esta página foi aberta diretamente de um disco: o seu endereço começa por {scheme}. Os navegadores não executam os ficheiros de uma aplicação abertos de um disco, por isso o simulador não pode arrancar assim. A sua cópia não tem nenhum problema.',
  'app.fromDisk.here': 'Neste computador',
  'app.fromDisk.howTo':
    'Abra um terminal (a Linha de Comandos no Windows) e execute um destes comandos; depois abra neste navegador o endereço que ele mostrar (por exemplo {address}):',
  'app.fromDisk.node': 'com Node.js:',
  'app.fromDisk.python': 'com Python:',
  'app.fromDisk.folder': 'a pasta que contém esta página',
  'app.fromDisk.after':
    'Depois desta primeira visita, o navegador guarda o simulador: funciona sem rede e pode ser instalado como aplicação a partir do menu do navegador.',
  'app.fromDisk.workshop': 'Numa sessão de formação',
  'app.fromDisk.workshopText':
    'Em vez deste ficheiro, abra o endereço que o seu formador lhe indicar (o servidor da sessão).',
} satisfies Catalogue
