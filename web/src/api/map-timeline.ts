import type {
  Lane,
  LaneBy,
  Modality,
  Precision,
  TimelineData,
  TimelineItem,
  TreatySpan,
  Window,
} from '../timeline/model';
import { parsePartialInterval } from '../timeline/partial-time';
import type { TimelineBinCount, TimelineResponse } from './types';

/**
 * API answers into timeline data. When the user picked actor lanes, items are re-assigned to
 * those lanes from their actorIds (the API chooses its own lanes, the most active ones).
 */
export interface MapOptions {
  readonly laneBy: LaneBy;
  /** Actor lanes the user chose; empty = the server's. */
  readonly lanes: readonly string[];
  /** Known actor names by id (from lanes, search and detail answers). */
  readonly names: ReadonlyMap<string, string>;
}

const PRECISION: Record<string, Precision> = { YEAR: 'year', MONTH: 'month', DAY: 'day' };

function interval(from: string, to: string): Window | null {
  const a = parsePartialInterval(from);
  const b = parsePartialInterval(to);
  return a && b ? { start: a.start, end: b.end } : null;
}

export function mapTimeline(r: TimelineResponse['timeline'], o: MapOptions): TimelineData {
  const chosen = o.laneBy === 'ACTOR' && o.lanes.length > 0;
  const serverLabel = new Map(r.lanes.map((l) => [l.id, l.label]));
  const label = (id: string) => serverLabel.get(id) ?? o.names.get(id) ?? id;
  const lanes: Lane[] = chosen
    ? o.lanes.map((id) => ({ id, label: label(id) }))
    : r.lanes.map((l) => ({ id: l.id, label: l.id === '_other' ? 'Other actors' : l.label }));
  const laneSet = new Set(lanes.map((l) => l.id));
  const items: TimelineItem[] = [];
  for (const it of r.items) {
    const laneIds = chosen ? it.actorIds.filter((a) => laneSet.has(a)) : it.lanes;
    items.push({
      id: it.id,
      type: it.type,
      date: it.date,
      precision: PRECISION[it.datePrecision] ?? 'day',
      modality: it.modality as Modality,
      summary: it.summary ?? '',
      confidence: it.confidence ?? 0,
      laneIds,
      actors: it.actorIds.map((a) => label(a)),
      actorIds: it.actorIds,
      treatyId: it.treatyId,
      origin: it.origin,
      gdelt: it.gdelt ?? null,
    });
  }
  const bins = r.bins.flatMap((b) => {
    const w = interval(b.start, b.end);
    if (!w || !laneSet.has(b.lane)) return [];
    const byType = r.binTypes.flatMap((type, i) => (b.typeCounts[i] ? [{ type, count: b.typeCounts[i] }] : []));
    return [{ laneId: b.lane, start: w.start, end: w.end, count: b.count, byType }];
  });
  const spans: TreatySpan[] = r.spans.flatMap((s) => {
    const start = s.start ? parsePartialInterval(s.start) : null;
    if (!start) return [];
    const end = s.end ? parsePartialInterval(s.end) : null;
    const inForce =
      s.startKind === 'SIGNED' && s.treaty.inForceFrom ? parsePartialInterval(s.treaty.inForceFrom) : null;
    return [
      {
        id: s.treaty.id,
        name: s.treaty.name,
        unnamed: s.treaty.unnamed,
        start: start.start,
        inForce: inForce ? inForce.start : null,
        end: end ? end.start : null,
        status: s.status,
        replacedBy: s.replacedBy,
        replacements: s.replacements.map((r) => ({
          id: r.treatyId,
          basis: r.basis,
          on: r.effectiveOn ? (parsePartialInterval(r.effectiveOn)?.start ?? null) : null,
        })),
        parties: s.parties,
      },
    ];
  });
  const window = interval(r.from, r.to) ?? { start: 0, end: 1 };
  return { mode: r.mode, window, lanes, items, bins, spans, spanCount: r.spanCount, total: r.total };
}

/** Sums bins over lanes per bucket: the overview strip's histogram. */
export function overviewSeries(bins: readonly TimelineBinCount[]): { start: number; end: number; count: number }[] {
  const byStart = new Map<number, { start: number; end: number; count: number }>();
  for (const b of bins) {
    const w = interval(b.start, b.end);
    if (!w) continue;
    const cur = byStart.get(w.start) ?? { start: w.start, end: w.end, count: 0 };
    cur.count += b.count;
    byStart.set(w.start, cur);
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}
