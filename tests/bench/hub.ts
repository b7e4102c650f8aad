/**
 * Workshop hub benchmark: 40 trainees post every event of their session at once to a hub on
 * PGlite in a data folder (durable writes, as `npm run hub` runs), over loopback. Prints p50/p99
 * event-post latency (goal p99 ≤ 50 ms) and the time from a trainee's decision to the
 * dashboard showing it through the live stream (goal ≤ 1 s). Figures only, nothing asserted.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Session, playPolicy, type Policy, type SessionEvent } from '../../src/engine/index'
import { openDb } from '../../src/hub/db'
import { loadScenarioSource } from '../../src/hub/scenarios'
import { buildServer } from '../../src/hub/server'
import { WorkshopService } from '../../src/hub/workshop'

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] as number
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 })

async function post(url: string, path: string, body: unknown, token?: string, retries = 3) {
  // A keep-alive connection the server has just closed fails once; the event is simply resent
  // (the hub acknowledges a resent event without storing it twice).
  const response = await fetch(new URL(path, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  }).catch((error: unknown) => {
    if (retries > 0) return undefined
    throw error
  })
  if (!response) return post(url, path, body, token, retries - 1)
  return (await response.json()) as Record<string, unknown>
}

export async function hubBench(
  options: { trainees?: number; scenarioId?: string } = {},
): Promise<string[][]> {
  const trainees = options.trainees ?? 40
  const scenarioId = options.scenarioId ?? 'capstone-district-office-week'
  const dataDir = await mkdtemp(join(tmpdir(), 'hub-bench-'))
  const db = await openDb({ dataDir })
  const source = await loadScenarioSource(process.cwd())
  const service = new WorkshopService(db, source)
  const app = await buildServer({ service, rateLimit: 1_000_000 })
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  try {
    const scenario = source.bundled.get(scenarioId)!
    const created = await post(url, '/api/workshops', {
      name: 'Bench',
      scenarioId,
      mode: 'practice',
      hints: true,
      variants: 'same',
    })
    const id = (created.workshop as { id: string }).id
    const trainerToken = created.trainerToken as string
    const policies: Policy[] = ['best', 'first', 'random']
    const players = await Promise.all(
      Array.from({ length: trainees }, async (_, i) => {
        const joined = await post(url, `/api/workshops/${id}/join`, { displayName: `Trainee ${i + 1}` })
        const log: SessionEvent[] = [
          ...playPolicy(
            await Session.start(scenario, { seed: joined.seed as number }),
            policies[i % 3]!,
            i + 1,
          ),
        ]
        return { id: joined.participantId as string, token: joined.token as string, log }
      }),
    )
    // Everyone but the last trainee plays at once; the last one is timed against the dashboard.
    const watched = players.pop()!
    const latencies: number[] = []
    await Promise.all(
      players.map(async (p) => {
        for (let seq = 0; seq < p.log.length; seq++) {
          const t0 = performance.now()
          await post(url, `/api/participants/${p.id}/events`, { from: seq, events: [p.log[seq]] }, p.token)
          latencies.push(performance.now() - t0)
        }
      }),
    )

    const stream = await fetch(new URL(`/api/workshops/${id}/stream?token=${trainerToken}`, url))
    const reader = stream.body!.getReader()
    const decoder = new TextDecoder()
    const dashboardTimes: number[] = []
    for (let seq = 0; seq < watched.log.length; seq++) {
      const event = watched.log[seq]!
      const decision = event.type === 'case.command'
      const t0 = performance.now()
      await post(url, `/api/participants/${watched.id}/events`, { from: seq, events: [event] }, watched.token)
      if (!decision || dashboardTimes.length >= 10) continue
      // Wait for the stream's change message, then read the dashboard as the page does.
      for (let text = ''; !text.includes('event: change');)
        text += decoder.decode((await reader.read()).value)
      await fetch(new URL(`/api/workshops/${id}/dashboard`, url), {
        headers: { authorization: `Bearer ${trainerToken}` },
      }).then((r) => r.json())
      dashboardTimes.push(performance.now() - t0)
    }
    await reader.cancel()
    const p99 = pct(latencies, 0.99)
    const dash = pct(dashboardTimes, 0.5)
    return [
      [
        `hub: ${trainees} trainees × ${scenarioId}`,
        `${latencies.length} event posts`,
        `p50 ${fmt(pct(latencies, 0.5))} ms, p99 ${fmt(p99)} ms`,
        p99 <= 50 ? 'ok' : 'OVER 50 ms',
      ],
      [
        'hub: decision → dashboard',
        `${dashboardTimes.length} decisions`,
        `median ${fmt(dash)} ms, max ${fmt(Math.max(...dashboardTimes))} ms`,
        Math.max(...dashboardTimes) <= 1000 ? 'ok' : 'OVER 1 s',
      ],
    ]
  } finally {
    await app.close()
    await db.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await hubBench()) console.log(row.join('  │  '))
}
