/**
 * Workshop hub benchmark: 40 trainees play the capstone against a hub on PGlite in a data folder
 * (durable writes, as `npm run hub` runs), over loopback, posting every event. Prints p50/p99
 * event-post latency while the room works (each trainee a step every 0.25–0.75 s, several times
 * a real room's pace; goal p99 ≤ 50 ms), the time from a trainee's decision to the dashboard
 * showing it meanwhile, through the live stream (goal ≤ 1 s), and, as a figure only, the hub's
 * saturation: posts per second and latency when every trainee posts back to back.
 * Figures only, nothing asserted.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Session, playPolicy, type Policy, type SessionEvent } from '../../src/engine/index'
import { openDb } from '../../src/hub/db'
import { loadScenarioSource } from '../../src/hub/scenarios'
import { buildServer } from '../../src/hub/server'
import { WorkshopService } from '../../src/hub/workshop'

/** Steps per trainee in the paced part, and the mean pause between a trainee's steps. */
const PACED_STEPS = 60
const PACE_MS = 500

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
        return {
          id: joined.participantId as string,
          token: joined.token as string,
          seed: joined.seed as number,
          log,
        }
      }),
    )
    // Everyone but the last trainee plays; the last one is timed against the dashboard.
    const watched = players.pop()!
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

    // 1. The room at work: each trainee takes a step every 0.25–0.75 s (a person takes one every
    //    few seconds, so this is several times a real room's load) while the watched trainee's
    //    decisions are timed from the post to the dashboard showing them.
    const paced: number[] = []
    const room = Promise.all(
      players.map(async (p, i) => {
        for (let seq = 0; seq < Math.min(PACED_STEPS, p.log.length); seq++) {
          await sleep(PACE_MS * (0.5 + ((seq * 7919 + i * 104729) % 1000) / 1000))
          const t0 = performance.now()
          await post(url, `/api/participants/${p.id}/events`, { from: seq, events: [p.log[seq]] }, p.token)
          paced.push(performance.now() - t0)
        }
      }),
    )
    const stream = await fetch(new URL(`/api/workshops/${id}/stream?token=${trainerToken}`, url))
    const reader = stream.body!.getReader()
    const decoder = new TextDecoder()
    let buffered = ''
    /** The next change message's time stamp (the hub's clock, which is this machine's). */
    const nextChange = async (): Promise<number> => {
      for (;;) {
        const match = /event: change\ndata: (\{[^\n]*\})\n\n/.exec(buffered)
        if (match) {
          buffered = buffered.slice(match.index + match[0].length)
          return (JSON.parse(match[1]!) as { at: number }).at
        }
        buffered += decoder.decode((await reader.read()).value)
      }
    }
    const watchedRow = async () => {
      const board = (await fetch(new URL(`/api/workshops/${id}/dashboard`, url), {
        headers: { authorization: `Bearer ${trainerToken}` },
      }).then((r) => r.json())) as { progress: { participantId: string; decided: number }[] }
      return board.progress.find((r) => r.participantId === watched.id)!.decided
    }
    // The decisions the watched log makes, replayed here: event index → decisions after it.
    const replay = await Session.start(scenario, { seed: watched.seed })
    const decidedAfter = watched.log.map((event) => {
      replay.send(event)
      return event.type === 'case.command' ? replay.report().decisions.length : -1
    })
    const dashboardTimes: number[] = []
    const watching = (async () => {
      let decided = 0
      for (let seq = 0; seq < watched.log.length && dashboardTimes.length < 10; seq++) {
        await sleep(PACE_MS)
        const t0 = performance.now()
        const sentAt = Date.now()
        await post(
          url,
          `/api/participants/${watched.id}/events`,
          { from: seq, events: [watched.log[seq]] },
          watched.token,
        )
        if (decidedAfter[seq]! <= decided) continue
        decided = decidedAfter[seq]!
        // The dashboard page reloads on each change message; time until a reload shows the decision.
        for (;;) {
          if ((await nextChange()) < sentAt) continue
          if ((await watchedRow()) >= decided) break
        }
        dashboardTimes.push(performance.now() - t0)
      }
    })()
    await Promise.all([room, watching])
    await reader.cancel()

    // 2. Saturation: the rest of every log posted back to back, as fast as the hub answers.
    const burst: number[] = []
    const started = performance.now()
    await Promise.all(
      players.map(async (p) => {
        for (let seq = Math.min(PACED_STEPS, p.log.length); seq < p.log.length; seq++) {
          const t0 = performance.now()
          await post(url, `/api/participants/${p.id}/events`, { from: seq, events: [p.log[seq]] }, p.token)
          burst.push(performance.now() - t0)
        }
      }),
    )
    const perSecond = burst.length / ((performance.now() - started) / 1000)
    const p99 = pct(paced, 0.99)
    return [
      [
        `hub: ${trainees} trainees × ${scenarioId}, a step each per ${fmt(PACE_MS / 1000)} s`,
        `${paced.length} event posts`,
        `p50 ${fmt(pct(paced, 0.5))} ms, p99 ${fmt(p99)} ms`,
        p99 <= 50 ? 'ok' : 'OVER 50 ms',
      ],
      [
        'hub: decision → dashboard (room at work)',
        `${dashboardTimes.length} decisions`,
        `median ${fmt(pct(dashboardTimes, 0.5))} ms, max ${fmt(Math.max(...dashboardTimes))} ms`,
        Math.max(...dashboardTimes) <= 1000 ? 'ok' : 'OVER 1 s',
      ],
      [
        `hub: saturation, ${trainees - 1} trainees posting back to back`,
        `${burst.length} event posts`,
        `${fmt(perSecond)} posts/s, p50 ${fmt(pct(burst, 0.5))} ms, p99 ${fmt(pct(burst, 0.99))} ms`,
        'figure only',
      ],
    ]
  } finally {
    await app.close()
    await db.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  for (const row of await hubBench()) console.log(row.join('  │  '))
}
