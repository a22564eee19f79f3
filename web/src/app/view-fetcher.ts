import type { GraphqlClient } from '../api/graphql-client';
import { isAbort } from '../api/graphql-client';
import { mapTimeline } from '../api/map-timeline';
import { TimelineDocument, type EventFilter, type TimelineQueryVariables } from '../api/generated';
import type { ViewState } from '../state/url-state';
import type { GdeltScores, TimelineData, Window } from '../timeline/model';
import { toQueryRange } from '../timeline/partial-time';
import {
  createLatest,
  maxBucketsFor,
  maxItemsFor,
  needsFetch,
  requestWindow,
  type Loaded,
} from '../timeline/semantic-zoom';

/**
 * Asks `timeline` for the view: debounced while zooming, skipped when the data held still fits,
 * older requests aborted and any stale answer dropped.
 */
export interface FetcherOptions {
  client: GraphqlClient;
  names: ReadonlyMap<string, string>;
  onData(data: TimelineData): void;
  onLoading(): void;
  onError(message: string): void;
  /** How many treaty spans the band can show (the server sends at most that many, the most relevant). */
  spanBudget?: () => number;
  delay?: number;
}

/** The API's EventFilter for a view (user-chosen actor lanes narrow it to those actors, any of them). */
export function eventFilter(v: ViewState): EventFilter {
  const f = v.filter;
  const out: EventFilter = {};
  if (f.types.length) out.types = [...f.types];
  if (f.actorIds.length) {
    out.actorIds = [...f.actorIds];
    out.actorMatch = 'ANY';
  } else if (v.laneBy === 'ACTOR' && v.lanes.length) {
    out.actorIds = [...v.lanes];
    out.actorMatch = 'ANY';
  }
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  if (f.minConfidence > 0) out.minConfidence = f.minConfidence;
  if (f.modality.length) out.modality = [...f.modality];
  if (f.origin.length) out.origin = [...f.origin];
  return out;
}

export function createViewFetcher(o: FetcherOptions) {
  const latest = createLatest();
  let loaded: Loaded | null = null;
  let controller: AbortController | null = null;
  let timer = 0;
  let lastWidth = 1000;
  /** The variables of the last answer shown. */
  let shown: TimelineQueryVariables | null = null;
  /**
   * Lanes the server chose for the first answer of a view (no lanes picked by the analyst): asked
   * for by id from then on, so lanes keep their order while the analyst pans and zooms, and change
   * only when the lanes or filters change.
   */
  let pinned: { key: string; ids: string[] } | null = null;

  function key(v: ViewState): string {
    return JSON.stringify([eventFilter(v), v.laneBy, v.lanes]);
  }

  async function fetchNow(v: ViewState, width: number, lanes: number): Promise<void> {
    const ticket = latest.next();
    controller?.abort();
    controller = new AbortController();
    const win: Window = requestWindow(v.window);
    const { from, to } = toQueryRange(win);
    o.onLoading();
    try {
      const k = key(v);
      const pin = v.laneBy === 'ACTOR' && v.lanes.length === 0 && pinned?.key === k ? pinned.ids : null;
      const laneActors = v.laneBy === 'ACTOR' ? (v.lanes.length ? v.lanes : (pin ?? [])) : [];
      const variables: TimelineQueryVariables = {
        from,
        to,
        filter: eventFilter(v),
        lanes: v.laneBy,
        ...(pin && pin.length ? { laneIds: pin } : {}),
        maxItems: maxItemsFor(width, lanes),
        maxBuckets: maxBucketsFor(width),
        maxSpans: o.spanBudget?.() ?? 300,
        ...(laneActors.length ? { preferParties: [...laneActors] } : {}),
      };
      const r = await o.client.request(TimelineDocument, variables, controller.signal);
      if (!latest.isCurrent(ticket)) return;
      shown = variables;
      if (v.laneBy === 'ACTOR' && v.lanes.length === 0 && pinned?.key !== k) {
        const ids = r.timeline.lanes.map((l) => l.id).filter((id) => id !== '_other');
        if (ids.length) pinned = { key: k, ids };
      }
      const data = mapTimeline(r.timeline, { laneBy: v.laneBy, lanes: v.lanes, names: o.names });
      loaded = { window: win, mode: data.mode, viewSpan: v.window.end - v.window.start, key: key(v) };
      o.onData(data);
    } catch (e) {
      if (isAbort(e) || !latest.isCurrent(ticket)) return;
      o.onError((e as Error).message);
    }
  }

  return {
    /** Called on every view change; fetches after a pause when the held data no longer fits. */
    request(v: ViewState, width: number, lanes: number): void {
      lastWidth = width;
      window.clearTimeout(timer);
      if (!needsFetch(loaded, v.window, key(v))) return;
      timer = window.setTimeout(() => void fetchNow(v, width, lanes), o.delay ?? 120);
    },
    /**
     * GDELT's scores of the GDELT events of the answer shown, by event id: the same timeline asked
     * again with them (an export needs them; a view does not pay for them).
     */
    async gdeltScores(): Promise<Map<string, GdeltScores>> {
      if (shown === null) return new Map();
      const r = await o.client.request(TimelineDocument, { ...shown, withGdelt: true });
      return new Map(r.timeline.items.flatMap((it) => (it.gdelt ? [[it.id, it.gdelt] as const] : [])));
    },
    /** Fetches now, whatever is held (new events arrived, or a retry). */
    reload(v: ViewState, lanes: number): Promise<void> {
      window.clearTimeout(timer);
      loaded = null;
      return fetchNow(v, lastWidth, lanes);
    },
  };
}
export type ViewFetcher = ReturnType<typeof createViewFetcher>;
