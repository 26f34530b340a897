/** Quiet hours in a timezone: is a moment inside them, and when do they end. */

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Local wall-clock minutes since midnight (with seconds as a fraction) of `at` in `timeZone`. */
export function localMinutes(at: Date, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
  return Number(parts.hour) * 60 + Number(parts.minute) + (Number(parts.second) + at.getUTCMilliseconds() / 1000) / 60;
}

/** True when `at` falls in [start, end) local time; a window like 22:00–07:00 wraps past midnight. */
export function inQuietHours(at: Date, quiet: { start: string; end: string }, timeZone: string): boolean {
  const now = localMinutes(at, timeZone);
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/**
 * When the quiet period containing `at` ends, or undefined when `at` is not in one. The
 * first guess assumes a fixed UTC offset; one correction step absorbs a DST change inside
 * the window (the result lands on the local end time as it will be shown on clocks).
 */
export function quietUntil(at: Date, quiet: { start: string; end: string }, timeZone: string): Date | undefined {
  if (!inQuietHours(at, quiet, timeZone)) return undefined;
  const end = minutesOf(quiet.end);
  const now = localMinutes(at, timeZone);
  const ahead = (end - now + 1440) % 1440;
  let guess = new Date(at.getTime() + ahead * 60_000);
  const drift = ((localMinutes(guess, timeZone) - end + 720 + 1440) % 1440) - 720;
  if (Math.abs(drift) >= 1 / 60) guess = new Date(guess.getTime() - drift * 60_000);
  return new Date(Math.round(guess.getTime() / 1000) * 1000);
}
