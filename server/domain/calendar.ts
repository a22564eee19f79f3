/**
 * The calendar of the domain: dates known to year, month or day precision ("1961", "2015-07",
 * "2024-06-19") and the proleptic Gregorian arithmetic on epoch days (days since 1970-01-01,
 * UTC) that the timeline buckets use. Exact for every year Neo4j's Date holds
 * (H. Hinnant's days_from_civil / civil_from_days); Date.UTC is not used because it reads
 * years 0–99 as 1900–1999.
 */

// ---- Epoch days ----

/** The epoch day of a proleptic Gregorian date (month 1–12). */
export function toEpochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** [year, month (1–12), day] of an epoch day. */
export function fromEpochDay(epochDay: number): [number, number, number] {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** "YYYY-MM-DD" → epoch day (the text is already validated). */
export function dayToEpoch(day: string): number {
  return toEpochDay(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
}

export function epochToDay(epochDay: number): string {
  const [y, m, d] = fromEpochDay(epochDay);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The Monday that starts the ISO week of an epoch day (1970-01-01 was a Thursday). */
export function isoWeekStart(epochDay: number): number {
  return epochDay - ((((epochDay + 3) % 7) + 7) % 7);
}

// ---- Partial dates: frozen and validated on construction; round-trip through their ISO text ----

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
  readonly precision: DatePrecision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return month === 12 ? 31 : toEpochDay(year, month + 1, 1) - toEpochDay(year, month, 1);
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
