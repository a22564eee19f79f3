/**
 * Proleptic Gregorian calendar arithmetic on epoch days (days since 1970-01-01, UTC), exact for
 * every year Neo4j's Date holds (H. Hinnant's days_from_civil / civil_from_days). Date.UTC cannot
 * be used: it reads years 0–99 as 1900–1999.
 */
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
