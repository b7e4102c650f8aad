/**
 * How the best sequence lets simulated time pass: a session-level calendar advance, written
 * among the case's commands where the procedure has to wait (a demand's period, a reply).
 */
import type { Command } from '../contract'

export const ADVANCE = 'clock.advance'

export const waitDays = (days: number): Command => ({ type: ADVANCE, days })
