/**
 * A trainee's time box, on the hub's clock. Apart from the dashboard that shows it so that the
 * workshop's rules (workshop.ts), which the dashboard reads, can refuse late steps without
 * importing the dashboard back.
 */

/**
 * After a trainee's time box ends, steps still reach the hub for this long: they were taken
 * before the end in a browser that was offline, and are kept. Later ones are refused.
 */
export const TIME_BOX_GRACE_MS = 10 * 60_000

/** When the trainee's time box ends (hub clock, ms), counted from their joining; null without one. */
export function deadlineOf(
  workshop: { time_box_minutes: number | null },
  participant: { joined_at: Date | string },
): number | null {
  if (!workshop.time_box_minutes) return null
  return new Date(participant.joined_at).getTime() + workshop.time_box_minutes * 60_000
}
