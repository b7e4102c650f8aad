import type { Catalogue } from '../languages'

export default {
  'workshop.hub.noBundled': 'Não existe o cenário incluído «{id}». Cenários incluídos: {ids}.',
  'workshop.hub.profilesWithOwn':
    'Os seus próprios perfis acompanham um ficheiro de cenário seu; o cenário incluído «{id}» usa os perfis do hub.',
  'workshop.hub.nameOfBundled':
    'O seu ficheiro de cenário tem o nome do cenário incluído «{id}»; dê outro nome ao ficheiro (o nome é o seu identificador) e tente de novo.',
  'workshop.hub.inScenario': 'Cenário {n} («{id}»): {problem}',
  'workshop.hub.chooseOne': 'Escolha pelo menos um cenário para a formação.',
  'workshop.hub.tooMany': 'Uma formação contém no máximo {max} cenários.',
  'workshop.hub.chosenTwice': 'O cenário «{id}» foi escolhido duas vezes; escolha cada cenário uma só vez.',
  'workshop.hub.fileProblems': 'O ficheiro de cenário tem problemas:\n{problems}',
  'workshop.hub.fileUnreadable': 'Não foi possível ler o ficheiro de cenário ({error}).',
  'workshop.hub.fileEmpty': 'O ficheiro não contém nenhum cenário.',
  'workshop.hub.noWorkshop': 'Não há nenhuma formação com esta ligação. Peça de novo a ligação ao formador.',
  'workshop.hub.trainerTokenMissing': 'Esta página é para o formador: falta o código do formador.',
  'workshop.hub.trainerTokenWrong': 'O código do formador não corresponde a esta formação.',
  'workshop.hub.noScenarioNo': 'Esta formação não tem cenário {n}.',
  'workshop.hub.scenarioGone': 'O cenário «{id}» desta formação já não está disponível neste hub.',
  'workshop.hub.scenarioChanged':
    'O cenário «{id}» mudou desde a criação desta formação; as suas sessões não podem ser avaliadas nesta versão.',
  'workshop.hub.joinBusy': 'Há demasiados formandos a entrar neste momento; tente de novo.',
  'workshop.hub.keyMissing': 'Falta a chave da sua sessão; abra de novo a ligação da formação.',
  'workshop.hub.notYours': 'Esta sessão pertence a outra pessoa, ou a chave da sua sessão não é válida.',
  'workshop.hub.gap': 'Faltam passos antes deste: o hub espera o passo {expected}.',
  'workshop.hub.timeUp': 'O tempo da formação ({minutes} minutos) terminou; este passo não foi registado.',
  'workshop.hub.differs': 'O passo {seq} é diferente do já registado; o hub espera o passo {expected}.',
  'workshop.hub.eventTooLarge': 'O passo {seq} é demasiado grande.',
  'workshop.hub.hintsOff': 'Passo {seq}: as dicas estão desligadas nesta formação.',
  'workshop.hub.refused': 'O passo {seq} ({type}) foi recusado pelo exercício.',
  'workshop.hub.refusedBecause': 'O passo {seq} ({type}) foi recusado pelo exercício: {reason}',
  'workshop.hub.invalid':
    '{what, select, workshop {A formação não é válida} name {O nome não é válido} events {A lista de passos não é válida} other {O endereço não é válido}}: {where}{problem}.',
  'workshop.hub.bothWays': 'A formação não é válida: indique os cenários numa só lista, não das duas formas.',
  'workshop.hub.noScenarios': 'A formação não é válida: scenarios: escolha pelo menos um cenário.',
  'workshop.hub.noGroup': 'Não existe o grupo {group}; os grupos vão de 1 a {count}.',
  'workshop.hub.noScenarioQuery': 'Não existe o cenário {n} nesta formação; os cenários vão de 1 a {count}.',
  'workshop.hub.noAddress': 'Este endereço não existe no hub.',
  'workshop.hub.tooManyRequests': 'Demasiados pedidos; aguarde {seconds} segundos e tente de novo.',
  'workshop.hub.tooLarge': 'O pedido é demasiado grande.',
  'workshop.hub.unreadable': 'Não foi possível ler o pedido ({error}).',
  'workshop.hub.unexpected': 'O hub teve um problema inesperado; o pedido não foi registado.',
} satisfies Catalogue
