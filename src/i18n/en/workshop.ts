/** The workshop pages (create, join, play, dashboard, results from files) and the hub's messages. */
import type { Catalogue } from '../languages'

export default {
  'workshop.hub.noBundled': 'There is no bundled scenario "{id}". Bundled scenarios: {ids}.',
  'workshop.hub.profilesWithOwn':
    'Profiles of your own go with a scenario file of your own; the bundled scenario "{id}" uses the profiles of the hub.',
  'workshop.hub.nameOfBundled':
    'Your scenario file has the name of the bundled scenario "{id}"; give your file another name (its name is its id) and try again.',
  'workshop.hub.inScenario': 'Scenario {n} ("{id}"): {problem}',
  'workshop.hub.chooseOne': 'Choose at least one scenario for the workshop.',
  'workshop.hub.tooMany': 'A workshop holds at most {max} scenarios.',
  'workshop.hub.chosenTwice': 'The scenario "{id}" is chosen twice; choose each scenario once.',
  'workshop.hub.fileProblems': 'The scenario file has problems:\n{problems}',
  'workshop.hub.fileUnreadable': 'The scenario file could not be read ({error}).',
  'workshop.hub.fileEmpty': 'The file holds no scenario.',
  'workshop.hub.noWorkshop': 'There is no workshop with this link. Ask your trainer for the link again.',
  'workshop.hub.trainerTokenMissing': 'This page is for the trainer: the trainer token is missing.',
  'workshop.hub.trainerTokenWrong': 'The trainer token is not right for this workshop.',
  'workshop.hub.noScenarioNo': 'This workshop has no scenario {n}.',
  'workshop.hub.scenarioGone': 'The scenario "{id}" of this workshop is no longer available on this hub.',
  'workshop.hub.scenarioChanged':
    'The scenario "{id}" changed since this workshop was created; its sessions cannot be scored on this version.',
  'workshop.hub.joinBusy': 'Too many trainees are joining at this moment; please try again.',
  'workshop.hub.keyMissing': 'Your session key is missing; open the workshop link again.',
  'workshop.hub.notYours': 'This session belongs to someone else, or your session key is not valid.',
  'workshop.hub.gap': 'Events are missing before this one: the hub expects event {expected} next.',
  'workshop.hub.timeUp':
    "The workshop's time box of {minutes} minutes has ended; this step was not recorded.",
  'workshop.hub.differs':
    'Event {seq} differs from the one already stored; the hub expects event {expected} next.',
  'workshop.hub.eventTooLarge': 'Event {seq} is too large.',
  'workshop.hub.hintsOff': 'Event {seq}: hints are switched off in this workshop.',
  'workshop.hub.refused': 'Event {seq} ({type}) was refused by the exercise.',
  'workshop.hub.refusedBecause': 'Event {seq} ({type}) was refused by the exercise: {reason}',
  'workshop.hub.invalid':
    '{what, select, workshop {The workshop} name {The name} events {The list of events} other {The address}} is not valid: {where}{problem}.',
  'workshop.hub.bothWays': 'The workshop is not valid: give its scenarios as one list, not both ways.',
  'workshop.hub.noScenarios': 'The workshop is not valid: scenarios: choose at least one scenario.',
  'workshop.hub.noGroup': 'There is no group {group}; groups run from 1 to {count}.',
  'workshop.hub.noScenarioQuery':
    'There is no scenario {n} in this workshop; its scenarios run from 1 to {count}.',
  'workshop.hub.noAddress': 'There is no such hub address.',
  'workshop.hub.tooManyRequests': 'Too many requests; wait {seconds} seconds and try again.',
  'workshop.hub.tooLarge': 'The request is too large.',
  'workshop.hub.unreadable': 'The request could not be read ({error}).',
  'workshop.hub.unexpected': 'The hub hit an unexpected problem; the request was not stored.',
} satisfies Catalogue
