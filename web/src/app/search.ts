import type { GraphqlClient } from '../api/graphql-client';
import {
  ActorExtentDocument,
  ActorsDocument,
  EventDateDocument,
  SearchDocument,
  TreatyDocument,
} from '../api/generated';
import type { SearchHit } from '../api/types';
import type { FilterState } from '../ui/filters';
import { parsePartialInterval } from '../timeline/partial-time';
import { createSearchBox } from '../ui/search-box';
import type { AppContext } from './app-context';
import { $, announce } from './page';
import { treatyWindow, type Selection } from './selection';

/** The actor look-up of the participant and lane pickers. */
export function searchActors(client: GraphqlClient) {
  return async (q: string, signal: AbortSignal): Promise<SearchHit[]> => {
    const r = await client.request(ActorsDocument, { search: q }, signal);
    return r.actors.edges.map((e) => ({
      kind: 'ACTOR' as const,
      id: e.node.id,
      label: e.node.name,
      score: 1,
      highlight: e.node.kind.toLowerCase(),
    }));
  };
}

export interface SearchOptions {
  selection: Selection;
  filters: { set(state: FilterState): void };
  onError(message: string): void;
}

/**
 * The search box: an actor picked becomes a lane and the view moves onto its events; a treaty or
 * an event picked is selected and the view moves onto it.
 */
export function createSearch(app: AppContext, o: SearchOptions): void {
  const { client } = app;
  createSearchBox($('search'), {
    id: 'search-input',
    label: 'Search actors, treaties and events',
    placeholder: 'Search actors, treaties, events…',
    hint: 'Events from articles; GDELT events are not searched by text: filter them by participant',
    search: async (q, signal) => (await client.request(SearchDocument, { query: q }, signal)).search,
    pick: (hit) => void pick(hit),
  });

  async function pick(hit: SearchHit): Promise<void> {
    try {
      if (hit.kind === 'ACTOR') {
        app.names.set(hit.id, hit.label);
        const r = await client.request(ActorExtentDocument, { filter: { actorIds: [hit.id] } });
        const a = parsePartialInterval(r.first.edges[0]?.node.date ?? '');
        const b = parsePartialInterval(r.last.edges[0]?.node.date ?? '');
        const state = app.state;
        const lanes =
          state.laneBy === 'ACTOR' && !state.lanes.includes(hit.id) ? [...state.lanes, hit.id] : state.lanes;
        app.state = { ...state, lanes };
        o.filters.set(app.state);
        if (a && b)
          app.moveTo({ start: a.start - (b.end - a.start) * 0.1, end: b.end + (b.end - a.start) * 0.1 }, true);
        app.refetch();
        announce(`${hit.label} added as a lane`);
      } else if (hit.kind === 'TREATY') {
        const r = await client.request(TreatyDocument, { id: hit.id });
        if (r.treaty) app.moveTo(treatyWindow(r.treaty, app.state.window), true);
        void o.selection.set({ kind: 'treaty', id: hit.id });
      } else if (hit.kind === 'EVENT') {
        const r = await client.request(EventDateDocument, { id: hit.id });
        const d = r.event?.date ? parsePartialInterval(r.event.date) : null;
        if (d) {
          const w = app.state.window;
          const span = Math.min(w.end - w.start, 2 * 365 * 86_400_000);
          const mid = (d.start + d.end) / 2;
          app.moveTo({ start: mid - span / 2, end: mid + span / 2 }, true);
        }
        void o.selection.set({ kind: 'event', id: hit.id });
      }
    } catch (e) {
      o.onError(`Search failed: ${(e as Error).message}`);
    }
  }
}
