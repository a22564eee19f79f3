import { dayToEpoch, endOf, parsePartialDate, startOf } from '../domain/calendar';
import type { TreatySpan } from './timeline';

/**
 * Which treaty spans a timeline answer sends: a window of decades over a large graph overlaps
 * thousands of treaties, more than a band of a few rows can name. Like bins for events, the
 * server sends what a screen can show, the most relevant first: treaties with a party among
 * `preferParties` (the client's lanes), then treaties in a lineage, then by how much of the window
 * they cover, then by start. O(n log n) in the spans of the window.
 */
export interface SpanRanking {
  readonly first?: number | null;
  readonly preferParties?: readonly string[] | null;
}

export const MAX_SPANS = 2000;

/** First or last epoch day of a partial date (validated before it got here), else the fallback. */
function epoch(partial: string | null, side: 'first' | 'last', fallback: number): number {
  const d = partial ? parsePartialDate(partial) : null;
  return d ? dayToEpoch(side === 'first' ? startOf(d) : endOf(d)) : fallback;
}

function coveredDays(span: TreatySpan, fromDay: number, toDay: number): number {
  const start = epoch(span.start, 'first', fromDay);
  const end = epoch(span.end, 'last', toDay);
  return Math.max(0, Math.min(end, toDay) - Math.max(start, fromDay) + 1);
}

/** The spans to send, most relevant first; all of them, in start order, without a ranking. */
export function rankSpans(
  spans: readonly TreatySpan[],
  window: { from: string; to: string },
  ranking: SpanRanking,
): TreatySpan[] {
  const prefer = ranking.preferParties?.length ? new Set(ranking.preferParties) : null;
  if (!prefer && (ranking.first === null || ranking.first === undefined)) return [...spans];
  const fromDay = epoch(window.from, 'first', 0);
  const toDay = epoch(window.to, 'last', 0);
  const inLineage = new Set<string>();
  for (const s of spans) {
    if (s.replacedBy.length) inLineage.add(s.treaty.id);
    for (const id of s.replacedBy) inLineage.add(id);
  }
  const keyed = spans.map((span, order) => ({
    span,
    order,
    tier: (prefer && span.parties.some((p) => prefer.has(p)) ? 0 : 2) + (inLineage.has(span.treaty.id) ? 0 : 1),
    covered: coveredDays(span, fromDay, toDay),
  }));
  keyed.sort((a, b) => a.tier - b.tier || b.covered - a.covered || a.order - b.order);
  const limit = Math.max(0, Math.min(ranking.first ?? MAX_SPANS, MAX_SPANS));
  return keyed.slice(0, limit).map((k) => k.span);
}
