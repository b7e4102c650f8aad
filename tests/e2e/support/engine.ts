/**
 * The answers, computed in Node with the engine itself: the same scenario and seed give the
 * same world, so the `best` policy's commands can be replayed through the UI. Each step says
 * what the trainee sees (button label, form fields by label) rather than engine internals.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fillForm, typedBest } from '../../../src/engine/session/policies'
import {
  isFormProblem,
  daysBetween,
  generateWorld,
  loadLibrary,
  PROCESS_MODULES,
  Session,
  type FieldSpec,
  type FieldValue,
  type Mode,
  type Report,
  type Scenario,
  type SourceFile,
  type Text,
} from '../../../src/engine/index'
import { inEnglish } from '../../../src/i18n/render'

const ROOT = join(import.meta.dirname, '../../..')

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return yamlFiles(path)
    return /\.ya?ml$/.test(name) ? [path] : []
  })
}

export function bundledFiles(): SourceFile[] {
  return yamlFiles(join(ROOT, 'scenarios')).map((path) => ({
    path: relative(ROOT, path),
    text: readFileSync(path, 'utf8'),
  }))
}

/** Bundled scenarios whose every process can be played in this version. */
export function playableScenarios(extra: SourceFile[] = []): Scenario[] {
  return loadLibrary([...bundledFiles(), ...extra]).scenarios.filter((s) =>
    s.tasks.every((t) => PROCESS_MODULES[t.process]),
  )
}

export interface UiField {
  label: string
  kind: FieldSpec['kind']
  value: FieldValue | undefined
  options: readonly { value: string; label: string }[]
}

export type UiStep =
  | {
      kind: 'command'
      label: string
      final: boolean
      /** Final commands and commands with fields open a form with a "Confirm: label" button. */
      form: boolean
      fields: UiField[]
    }
  /** The best answer waits: "Advance calendar" by so many days. */
  | { kind: 'clock'; days: number }
  /** Look at an evidence panel: click its tab. */
  | { kind: 'evidence'; title: string }

/**
 * A Node session that follows the trainee: when the UI opens a case, `steps` plays the best
 * commands on it here and says how to do the same in the UI. Cases are played in the order the
 * UI takes them, so waiting (the simulated clock) affects both sessions alike.
 */
export class Shadow {
  readonly scenario: Scenario
  readonly session: Session

  private constructor(scenario: Scenario, session: Session) {
    this.scenario = scenario
    this.session = session
  }

  static async create(scenario: Scenario, mode: Mode): Promise<Shadow> {
    return new Shadow(scenario, new Session(scenario, await generateWorld(scenario), mode))
  }

  get caseIds(): string[] {
    return this.session.cases().map((c) => c.caseId)
  }

  /** `render` writes labels as the page shows them (English unless the test plays another language). */
  steps(caseId: string, render: (value: Text) => string = inEnglish): UiStep[] {
    const { session } = this
    session.send({ type: 'case.open', caseId })
    const steps: UiStep[] = []
    const truth = session.truthOf(caseId)
    // A letter's reason typed in the page's words, as the trainee types it.
    for (const command of truth ? typedBest(truth, render) : []) {
      if (command.type === 'clock.advance') {
        const days = Number(command.days)
        const result = session.send({ type: 'clock.advance', days })
        if (!result.ok)
          throw new Error(`${caseId}: waiting ${days} days refused: ${inEnglish(result.reason)}`)
        steps.push({ kind: 'clock', days })
        continue
      }
      // A careful officer opens the panels that show the red flags before acting.
      const view = session.caseView(caseId)
      for (const panel of session.truthOf(caseId)?.evidence ?? []) {
        if (!view.opened.includes(panel) || view.consulted.includes(panel)) continue
        session.send({ type: 'evidence.view', caseId, panel })
        steps.push({ kind: 'evidence', title: render(view.panels.find((p) => p.id === panel)!.title) })
      }
      // Only what the player offers, entered through its form, as the trainee will.
      const spec = session.availability(caseId).find((c) => c.type === command.type)
      if (!spec?.enabled) throw new Error(`${caseId}: ${command.type} is not offered`)
      const typed = fillForm(session, session.caseView(caseId), spec, command)
      if (isFormProblem(typed)) throw new Error(`${caseId}: ${command.type}: ${inEnglish(typed.problem)}`)
      const fields = (spec.fields ?? []).map((f) => ({
        label: render(f.label),
        kind: f.kind,
        value: command[f.name],
        options: (f.options ?? []).map((o) => ({ value: o.value, label: render(o.label) })),
      }))
      steps.push({
        kind: 'command',
        label: render(spec.label),
        final: spec.final,
        form: spec.final || fields.length > 0,
        fields,
      })
      const result = session.send({ type: 'case.command', caseId, command: typed })
      if (!result.ok) throw new Error(`${caseId}: ${command.type} refused: ${inEnglish(result.reason)}`)
    }
    return steps
  }

  /**
   * Days until the next day of the agenda with undecided cases, when none of those is on the
   * desk today (0 otherwise); the shadow's calendar moves on by as much.
   */
  nextDay(): number {
    const today = this.session.today()
    const waiting = this.session.cases().filter((c) => c.status !== 'closed')
    if (waiting.length === 0 || waiting.some((c) => c.arrivesOn <= today)) return 0
    const day = waiting.map((c) => c.arrivesOn).sort()[0]!
    const days = daysBetween(today, day)
    this.session.send({ type: 'clock.advance', days })
    return days
  }

  finish(): Report {
    this.session.send({ type: 'session.finish' })
    return this.session.report()
  }
}

/** The first scenario whose best answers play through in Node (a process still being written may not). */
export async function firstPlayable(
  candidates: readonly Scenario[],
  mode: Mode,
): Promise<Scenario | undefined> {
  for (const scenario of candidates) {
    try {
      const shadow = await Shadow.create(scenario, mode)
      for (const id of shadow.caseIds) shadow.steps(id)
      if (shadow.finish().passed) return scenario
    } catch {
      // Try the next one.
    }
  }
  return undefined
}

/** Minor units as the officer types them: 1250050 → "12500.50". */
export function majorText(minor: number, minorUnits: number): string {
  if (!minorUnits) return String(minor)
  const sign = minor < 0 ? '-' : ''
  const digits = String(Math.abs(minor)).padStart(minorUnits + 1, '0')
  return `${sign}${digits.slice(0, -minorUnits)}.${digits.slice(-minorUnits)}`
}
