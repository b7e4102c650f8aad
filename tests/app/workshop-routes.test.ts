import { describe, expect, it } from 'vitest'
import { href, parseHash, type Route } from '../../src/app/router.svelte'

describe('workshop addresses', () => {
  const routes: [string, Route][] = [
    ['#/workshop/new', { page: 'workshop', view: 'new', workshopId: '' }],
    ['#/workshop/new/my-desk', { page: 'workshop', view: 'new', workshopId: '', file: 'my-desk' }],
    ['#/workshop/W1/play', { page: 'workshop', view: 'play', workshopId: 'W1' }],
    ['#/workshop/W1/play/APP-1', { page: 'workshop', view: 'play', workshopId: 'W1', caseId: 'APP-1' }],
    ['#/workshop/W1/scenario/2', { page: 'workshop', view: 'play', workshopId: 'W1', part: 2 }],
    [
      '#/workshop/W1/scenario/2/APP-1',
      { page: 'workshop', view: 'play', workshopId: 'W1', part: 2, caseId: 'APP-1' },
    ],
  ]

  it('reads and writes each page of a workshop, a scenario of several included', () => {
    for (const [hash, route] of routes) {
      expect(parseHash(hash), hash).toEqual(route)
      expect(href(route)).toBe(hash)
    }
  })

  it('sends a scenario number that is not one to the join page', () => {
    for (const hash of ['#/workshop/W1/scenario/0', '#/workshop/W1/scenario/two', '#/workshop/W1/scenario']) {
      const route = parseHash(hash)
      expect(route).toMatchObject({ page: 'workshop', view: 'join', workshopId: 'W1' })
      expect(route).not.toHaveProperty('part')
    }
  })
})
