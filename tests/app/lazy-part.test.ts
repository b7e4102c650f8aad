/**
 * A part of the page loaded on demand (the workshop pages, a scenario's pages): it renders only
 * once its module has arrived, a failed fetch (offline before the first visit) is said in the
 * trainee's words and can be tried again, and a part is fetched once however often it is wanted.
 */
import { describe, expect, it } from 'vitest'
import { LazyPart } from '../../src/app/lazy-part.svelte'

describe('a part loaded on demand', () => {
  it('is fetched once, and is there only when it has arrived', async () => {
    let fetches = 0
    const part = new LazyPart(async () => {
      fetches++
      return { name: 'workshop' }
    }, ['workshop'])
    expect(part.value).toBeUndefined()
    const first = part.load()
    const second = part.load()
    expect(await first).toEqual({ name: 'workshop' })
    expect(await second).toBe(await first)
    expect(part.value).toEqual({ name: 'workshop' })
    expect(fetches).toBe(1)
  })

  it("says in the trainee's words that a part failed, then loads on the next attempt", async () => {
    let online = false
    const part = new LazyPart(async () => {
      if (!online) throw new TypeError('Failed to fetch dynamically imported module')
      return 'briefing'
    })
    await expect(part.load()).rejects.toThrow('Failed to fetch')
    expect(part.value).toBeUndefined()
    expect(part.error).toBe(
      'Part of the application could not be loaded. Check the connection and try again.',
    )
    online = true
    expect(await part.load()).toBe('briefing')
    expect(part.error).toBeUndefined()
    expect(part.value).toBe('briefing')
  })
})
