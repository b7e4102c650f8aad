/**
 * Killing the browser the way a crash or a power cut would, for the tests that check what
 * survives it: Chromium runs with a profile on disk, and the whole browser (its main process and
 * every child: zygote, renderers, storage and network services) is frozen, then killed with
 * SIGKILL, with no chance to flush anything. Linux only (processes are found through /proc).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { chromium, expect, type BrowserContext } from '@playwright/test'
import { CHROMIUM_ARGS, systemChromium } from './chromium'

/** Every process on the machine with its parent, from Linux's /proc. */
function processes(): { pid: number; parent: number; command: string }[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
        // Field 4, after the command name in parentheses, is the parent's pid.
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
        return [{ pid: Number(name), parent, command: readFileSync(`/proc/${name}/cmdline`, 'utf8') }]
      } catch {
        return []
      }
    })
}

/**
 * The browser's main process: Playwright starts it as a child of this test process, and the
 * profile directory on its command line is unique to this test.
 */
export function browserPid(profile: string): number {
  const found = processes().filter((p) => p.parent === process.pid && p.command.includes(profile))
  if (found.length !== 1)
    throw new Error(`Expected one browser process for ${profile}, found ${found.length}.`)
  return found[0]!.pid
}

/** The browser and everything it started (zygote, renderers, storage and network services). */
function tree(root: number): number[] {
  const all = processes()
  const pids = [root]
  for (let i = 0; i < pids.length; i++)
    pids.push(...all.filter((p) => p.parent === pids[i]).map((p) => p.pid))
  return pids
}

/** Still running: a zombie (state Z) waiting for its parent to reap it runs nothing. */
const alive = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return false
  }
}

const signal = (pid: number, name: NodeJS.Signals) => {
  try {
    process.kill(pid, name)
  } catch {
    // Already gone.
  }
}

/**
 * Kills the browser as a crash or a power cut would: every process of it is first frozen, so
 * none can flush or shut down cleanly when it sees another go, then each gets SIGKILL.
 */
export async function killBrowser(context: BrowserContext, pid: number): Promise<void> {
  const pids = tree(pid)
  for (const p of pids) signal(p, 'SIGSTOP')
  for (const p of tree(pid)) if (!pids.includes(p)) pids.push(p)
  for (const p of pids) signal(p, 'SIGKILL')
  await expect.poll(() => pids.some(alive), { timeout: 10_000 }).toBe(false)
  await context.close().catch(() => undefined)
}

const executablePath = systemChromium()

export function launch(profile: string, baseURL: string | undefined): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
    ...(baseURL ? { baseURL } : {}),
    viewport: { width: 1280, height: 720 },
  })
}
