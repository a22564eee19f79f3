import type { Precision, Window } from './model';

/**
 * Partial dates as intervals of UTC time: "1961" covers the whole year, "2015-07" the month,
 * "2024-06-19" the day. Marks are drawn as spans of that interval, so a year-precise event does
 * not pretend to have happened on 1 January.
 */
const PATTERN = /^(-?\d{4,})(?:-(\d{2})(?:-(\d{2}))?)?$/;
export const DAY_MS = 86_400_000;

/** UTC milliseconds of a calendar day; safe for years below 100 (Date.UTC maps them to 19xx). */
export function utcDay(year: number, month = 1, day = 1): number {
  // Carry month overflow into the year first: setUTCFullYear would otherwise undo it.
  const y = year + Math.floor((month - 1) / 12);
  const m = (((month - 1) % 12) + 12) % 12;
  const d = new Date(Date.UTC(2000, m, day));
  d.setUTCFullYear(y);
  return d.getTime();
}

/** The precision a partial date is written at. */
export function precisionOf(text: string): Precision | null {
  const m = PATTERN.exec(text);
  if (!m) return null;
  return m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year';
}

type Interval = Window & { precision: Precision };
const cache = new Map<string, Interval | null>();

/** The [start, end) interval a partial date covers, or null when it is not a partial date. */
export function parsePartialInterval(text: string): Interval | null {
  // Drawing asks for the same few thousand dates every frame: remember them.
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  if (cache.size > 100_000) cache.clear();
  const parsed = parse(text);
  cache.set(text, parsed && Object.freeze(parsed));
  return parsed;
}

function parse(text: string): Interval | null {
  const m = PATTERN.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month === null) return { start: utcDay(year), end: utcDay(year + 1), precision: 'year' };
  if (day === null) return { start: utcDay(year, month), end: utcDay(year, month + 1), precision: 'month' };
  const start = utcDay(year, month, day);
  if (new Date(start).getUTCDate() !== day) return null;
  return { start, end: start + DAY_MS, precision: 'day' };
}

/** Like parsePartialInterval, throwing `invalid partial date: <text>` for programmer errors. */
export function toInterval(text: string): Window & { precision: Precision } {
  const i = parsePartialInterval(text);
  if (!i) throw new Error(`invalid partial date: ${JSON.stringify(text)}`);
  return i;
}

/** Cuts a stored day ("2024-06-19") down to its precision ("2024-06"). */
export function toPartialText(isoDay: string, precision: Precision): string {
  return isoDay.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10);
}

/** The partial date of a UTC time at the given precision: formatPartial(t, 'month') → "2015-07". */
export function formatPartial(time: number, precision: Precision): string {
  const d = new Date(time);
  const y = d.getUTCFullYear();
  const ys = y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0');
  if (precision === 'year') return ys;
  const ms = String(d.getUTCMonth() + 1).padStart(2, '0');
  if (precision === 'month') return `${ys}-${ms}`;
  return `${ys}-${ms}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A partial date for people, at its own precision: "1961", "July 2015", "19 Jun 2024". */
export function describePartial(text: string): string {
  const i = parsePartialInterval(text);
  if (!i) return text;
  const d = new Date(i.start);
  const month = MONTHS[d.getUTCMonth()] ?? '';
  if (i.precision === 'year') return String(d.getUTCFullYear());
  if (i.precision === 'month') return `${month} ${d.getUTCFullYear()}`;
  return `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`;
}

/** The window as the day-precision arguments the API's `timeline(from, to)` takes (inclusive). */
export function toQueryRange(w: Window): { from: string; to: string } {
  return { from: formatPartial(w.start, 'day'), to: formatPartial(Math.max(w.start, w.end - 1), 'day') };
}
