/**
 * The studio's worker: generates a scenario's world for the preview and runs the path test,
 * off the main thread, so the editor stays responsive. It only calls the engine.
 */
import { generateWorld, Session } from '../../engine/index'
import { pathTest } from '../../engine'
import type { StudioRequest, StudioResponse } from './messages'

function post(message: StudioResponse): void {
  self.postMessage(message)
}

async function handle(request: StudioRequest): Promise<void> {
  if (request.type === 'preview') {
    const scenario = request.scenario
    const world = await generateWorld(scenario, { seed: scenario.world.seed })
    const session = new Session(scenario, world)
    const rows = session.cases().map((c) => {
      const truth = session.truthOf(c.caseId)
      return {
        caseId: c.caseId,
        taskId: c.taskId,
        title: c.title,
        kind: truth?.kind ?? '',
        expected: truth?.expected ?? '',
        flags: truth?.flags ?? [],
        dueOn: c.dueOn,
      }
    })
    return post({ id: request.id, type: 'preview', seed: world.seed, rows })
  }
  const result = await pathTest(request.scenario, {
    seeds: request.seeds,
    onProgress: (done, total) => post({ id: request.id, type: 'progress', done, total }),
  })
  return post({ id: request.id, type: 'tested', result })
}

self.onmessage = (event: MessageEvent<StudioRequest>) => {
  handle(event.data).catch((error: unknown) =>
    post({
      id: event.data.id,
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    }),
  )
}
