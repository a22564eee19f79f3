/**
 * A date known to year, month or day precision: "1961", "2015-07", "2024-06-19".
 * Frozen and validated on construction; round-trips through its ISO text.
 */
export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
  readonly precision: DatePrecision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; returns null when the text is not a valid partial date. */
export function parsePartialDate(text: string): PartialDate | null {
  const m = PATTERN.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (year < 1) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (month === null || day < 1 || day > daysInMonth(year, month))) return null;
  return Object.freeze({ year, month, day, precision: day !== null ? 'day' : month !== null ? 'month' : 'year' });
}

/** Like parsePartialDate, but throws `invalid partial date: <text>` (for programmer errors). */
export function toPartialDate(text: string): PartialDate {
  const d = parsePartialDate(text);
  if (!d) throw new Error(`invalid partial date: ${JSON.stringify(text)} (allowed: YYYY, YYYY-MM, YYYY-MM-DD)`);
  return d;
}

/** Builds a partial date from parts; null when the parts are not a real date. */
export function createPartialDate(year: number, month?: number | null, day?: number | null): PartialDate | null {
  return parsePartialDate(formatParts(year, month ?? null, day ?? null));
}

function formatParts(year: number, month: number | null, day: number | null): string {
  const y = String(year).padStart(4, '0');
  if (month === null) return y;
  const m = String(month).padStart(2, '0');
  return day === null ? `${y}-${m}` : `${y}-${m}-${String(day).padStart(2, '0')}`;
}

/** The ISO text at the date's own precision. */
export function formatPartialDate(d: PartialDate): string {
  return formatParts(d.year, d.month, d.day);
}

/** The first day the date covers, as "YYYY-MM-DD" (what Neo4j stores as a Date beside the precision). */
export function startOf(d: PartialDate): string {
  return formatParts(d.year, d.month ?? 1, d.day ?? 1);
}

/** The last day the date covers, as "YYYY-MM-DD". */
export function endOf(d: PartialDate): string {
  const month = d.month ?? 12;
  return formatParts(d.year, month, d.day ?? daysInMonth(d.year, month));
}

/** Rebuilds a partial date from a stored day and its precision. */
export function fromStored(isoDay: string, precision: DatePrecision): PartialDate {
  const cut = precision === 'year' ? 4 : precision === 'month' ? 7 : 10;
  return toPartialDate(isoDay.slice(0, cut));
}
