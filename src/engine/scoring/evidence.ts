/**
 * Evidence diligence: a right answer reached without opening any panel that shows the red
 * flags is a guess. For anomalies and look-alikes, where looking is the skill being trained,
 * it is downgraded to acceptable.
 */
import { msg } from '../primitives/message'
import type { CaseTruth, Verdict } from '../processes/contract'

export function gradeWithEvidence(
  truth: CaseTruth,
  verdict: Verdict,
  opened: readonly string[],
): { verdict: Verdict; missed: string[] } {
  const missed = truth.evidence.filter((p) => !opened.includes(p))
  const unusual = truth.kind !== 'genuine'
  if (
    verdict.grade === 'correct' &&
    unusual &&
    truth.evidence.length > 0 &&
    missed.length === truth.evidence.length
  ) {
    return {
      verdict: {
        grade: 'acceptable',
        why: msg('session.evidence.unseen', { why: verdict.why }),
      },
      missed,
    }
  }
  return { verdict, missed }
}
