import type { TimelineItem } from '../timeline/model';

/**
 * The visible events as CSV (RFC 4180) and JSON, the same columns in both; origin is ARTICLE or
 * GDELT, and the last five are GDELT's scores of a GDELT event (empty in CSV, null in JSON, for
 * an event from articles or a score GDELT left blank).
 */
const EXPORT_COLUMNS = [
  'id',
  'date',
  'precision',
  'type',
  'modality',
  'confidence',
  'origin',
  'actors',
  'summary',
  'quadClass',
  'goldsteinScale',
  'numMentions',
  'avgTone',
  'sourceUrl',
] as const;

type Row = Record<(typeof EXPORT_COLUMNS)[number], string | number | null>;

function toRow(item: TimelineItem): Row {
  return {
    id: item.id,
    date: item.date,
    precision: item.precision,
    type: item.type,
    modality: item.modality,
    confidence: item.confidence,
    origin: item.origin,
    actors: item.actors.join('; '),
    summary: item.summary,
    quadClass: item.gdelt?.quadClass ?? null,
    goldsteinScale: item.gdelt?.goldsteinScale ?? null,
    numMentions: item.gdelt?.numMentions ?? null,
    avgTone: item.gdelt?.avgTone ?? null,
    sourceUrl: item.gdelt?.sourceUrl ?? null,
  };
}

/**
 * Quotes a cell when it holds a comma, quote or line break; a leading =, +, - or @ gets an
 * apostrophe so spreadsheets do not run article text as a formula. null is an empty cell.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One header line, then one line per item, sorted by date then id; CRLF line ends. */
export function toCsv(items: readonly TimelineItem[]): string {
  const rows = sortForExport(items).map(toRow);
  const lines = [EXPORT_COLUMNS.join(','), ...rows.map((r) => EXPORT_COLUMNS.map((c) => csvCell(r[c])).join(','))];
  return lines.join('\r\n') + '\r\n';
}

/** A JSON document {window, events} with the same fields as the CSV (actors as an array). */
export function toJson(items: readonly TimelineItem[], window: { from: string; to: string }): string {
  const events = sortForExport(items).map((i) => ({ ...toRow(i), actors: [...i.actors] }));
  return JSON.stringify({ window, count: events.length, events }, null, 2) + '\n';
}

function sortForExport(items: readonly TimelineItem[]): TimelineItem[] {
  const seen = new Set<string>();
  return items
    .filter((i) => (seen.has(i.id) ? false : (seen.add(i.id), true)))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** A file name for an export: pactline-1961-01-01_2024-12-31.csv */
export function exportFileName(from: string, to: string, ext: string): string {
  return `pactline-${from}_${to}.${ext}`.replace(/[^A-Za-z0-9._-]/g, '_');
}
