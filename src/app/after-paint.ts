/**
 * Runs `task` once the browser has painted what the page holds now: in the task after the next
 * frame. What the first page starts in the background (the other messages, the briefing, the
 * LMS connection) waits for it, so it never shares a thin link with the catalogue's own files
 * (npm run bench counts what is fetched before the cards are painted). Outside a browser
 * (tests), simply a task later.
 */
export function afterPaint(task: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(task, 0))
  else setTimeout(task, 0)
}
