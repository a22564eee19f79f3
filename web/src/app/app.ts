import { select } from 'd3';
import { createGraphqlClient, type GraphqlClient } from '../api/graphql-client';
import { subscribeEventsAdded } from '../api/live-events';
import { overviewSeries } from '../api/map-timeline';
import {
  ACTOR_EXTENT_QUERY,
  ACTORS_QUERY,
  EVENT_QUERY,
  IN_FORCE_QUERY,
  OVERVIEW_QUERY,
  SEARCH_QUERY,
  STATS_QUERY,
  TREATY_QUERY,
} from '../api/queries';
import type {
  EventDetail,
  InForceResponse,
  OverviewResponse,
  SearchHit,
  StatsResponse,
  TreatyDetail,
} from '../api/types';
import { exportFileName, toCsv, toJson } from '../export/export-data';
import { download, svgToPng, viewToSvg } from '../export/export-view';
import { DEFAULT_NAMED_VIEW, NAMED_VIEWS, viewQuery } from '../state/named-views';
import { decodeView, defaultView, encodeView, type ViewState } from '../state/url-state';
import { labelOfType } from '../timeline/colors';
import type { TimelineData, TimelineItem, Window } from '../timeline/model';
import { overview } from '../timeline/overview';
import { describePartial, formatPartial, parsePartialInterval, toQueryRange, utcDay } from '../timeline/partial-time';
import { timeline } from '../timeline/timeline';
import { clampWindow, DEFAULT_LIMITS, zoomWindow } from '../timeline/zoom-math';
import { element } from '../ui/element';
import { createFilters } from '../ui/filters';
import { createInForce, type InForceGroup } from '../ui/in-force';
import { createPanel } from '../ui/panel';
import { createSearchBox } from '../ui/search-box';
import { createStatus } from '../ui/status';
import { renderTable } from '../ui/table-view';
import { createViewFetcher, eventFilter } from './view-fetcher';

/** Windows wider than a month go to the URL at whole days (readable links; the view moves by < 1 day). */
function roundForUrl(w: Window): Window {
  const day = 86_400_000;
  if (w.end - w.start < 30 * day)
    return { start: Math.round(w.start / 60_000) * 60_000, end: Math.round(w.end / 60_000) * 60_000 };
  return { start: Math.floor(w.start / day) * day, end: Math.ceil(w.end / day) * day };
}

/** The page: state in the URL, the timeline, overview, filters, search, panel, table, export, live. */
const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

export async function startApp(client: GraphqlClient = createGraphqlClient()): Promise<void> {
  const names = new Map<string, string>();
  const status = createStatus($('status'));
  const announce = (text: string) => {
    $('announce').textContent = text;
  };
  let extent: Window = { start: utcDay(1945), end: utcDay(2030) };
  // Without a query the page opens on the default dataset's default view (Russia and North Korea, 1955 to today).
  const defaultQuery = viewQuery(DEFAULT_NAMED_VIEW, new Date());
  const fallbackWindow = decodeView(defaultQuery, defaultView(extent)).window;
  let state: ViewState = defaultView(fallbackWindow);
  let data: TimelineData | null = null;
  let urlTimer = 0;
  // The URL is read once at start; nothing writes it before then.
  const initialQuery = location.search;
  let started = false;
  let dbEmpty = false;

  const chart = timeline().limits(DEFAULT_LIMITS);
  const strip = overview();
  const panel = createPanel($('panel'), {
    close: () => setSelection(null),
    openEvent: (id) => setSelection({ kind: 'event', id }),
    openTreaty: (id) => setSelection({ kind: 'treaty', id }),
    showTreaty: (t) => moveTo(treatyWindow(t), true),
  });
  const fetcher = createViewFetcher({
    client,
    names,
    spanBudget: () => chart.spanBudget(),
    onLoading: () => status.set(data ? 'refreshing' : 'loading', 'Loading…'),
    onError: (m) =>
      status.set('error', `Could not load the timeline: ${m}`, () => void fetcher.reload(state, chart.maxLanes())),
    onData: (d) => {
      data = d;
      for (const l of d.lanes) if (state.laneBy === 'ACTOR' && l.label !== l.id) names.set(l.id, l.label);
      chart.data(d);
      // An empty answer before the stats are in: whether the database is empty decides what to say.
      if (d.total > 0 || statsKnown) showEmptiness();
      filters.refreshNames();
      if (pendingCursor !== null) {
        const t = pendingCursor;
        pendingCursor = null;
        void loadInForce(t);
      }
    },
  });

  let statsKnown = false;
  function showEmptiness(): void {
    status.set(
      data && data.total === 0 ? 'empty' : 'none',
      dbEmpty
        ? 'The database holds no events yet. Ingest articles to see them here.'
        : 'No events in this window match the filters.',
    );
  }

  const writeUrl = (push = false) => {
    if (!started) return;
    window.clearTimeout(urlTimer);
    const url = `${location.pathname}?${encodeView({ ...state, window: roundForUrl(state.window) })}`;
    if (push) history.pushState(null, '', url);
    else urlTimer = window.setTimeout(() => history.replaceState(null, '', url), 250);
  };
  // The plot width from the last layout: reading clientWidth here would force a layout per zoom event.
  const width = () => chart.layout()?.plotWidth ?? $('timeline').clientWidth - 166;

  let tableKey = '';
  let lastStrip: Window | null = null;
  const texts = new Map<string, string>();
  /** Writes text only when it changed: the header is updated every frame while zooming. */
  const setText = (id: string, text: string) => {
    if (texts.get(id) === text) return;
    texts.set(id, text);
    $(id).textContent = text;
  };
  function updateCounts(): void {
    const { from, to } = toQueryRange(state.window);
    setText('range', `${describePartial(from)} – ${describePartial(to)}`);
    const visible = chart.visibleItems();
    setText(
      'count',
      data
        ? data.mode === 'BINS'
          ? `${data.total.toLocaleString('en')} events, shown as counts; zoom in for single events`
          : `${visible.length} events in view`
        : '',
    );
    if (lastStrip !== state.window) {
      lastStrip = state.window;
      strip.window(state.window);
    }
    const key = state.table ? `${data?.mode}|${visible.map((i) => i.id).join(',')}` : '';
    if (state.table && key !== tableKey)
      renderTable($('table'), visible, data?.mode ?? null, (id) => setSelection({ kind: 'event', id }));
    tableKey = key;
  }

  function moveTo(w: Window, animate: boolean): void {
    chart.window(clampWindow(w, DEFAULT_LIMITS), animate);
  }

  function treatyWindow(t: {
    signedOn: string | null;
    inForceFrom: string | null;
    endedOn: string | null;
    lineage?: TreatyDetail['lineage'];
  }): Window {
    const dates = [
      t.signedOn,
      t.inForceFrom,
      t.endedOn,
      ...(t.lineage ?? []).flatMap((l) => [l.signedOn, l.inForceFrom, l.endedOn]),
    ]
      .map((d) => (d ? parsePartialInterval(d) : null))
      .filter((d): d is NonNullable<typeof d> => d !== null);
    if (!dates.length) return state.window;
    const start = Math.min(...dates.map((d) => d.start));
    const end = Math.max(...dates.map((d) => d.end), start + 365 * 86_400_000);
    const pad = (end - start) * 0.15;
    return { start: start - pad, end: end + pad };
  }

  async function setSelection(sel: ViewState['selection'], fromUrl = false): Promise<void> {
    state = { ...state, selection: sel };
    if (!fromUrl) writeUrl(true);
    chart.selected(sel?.kind === 'event' ? sel.id : (sel?.id ?? null));
    if (!sel) return panel.hide();
    panel.loading(sel.kind === 'event' ? 'Event' : 'Treaty');
    try {
      if (sel.kind === 'event') {
        const r = await client.request<{ event: EventDetail | null }>(EVENT_QUERY, { id: sel.id });
        if (state.selection !== sel) return;
        if (!r.event) return panel.error(`No event with id ${sel.id}.`);
        for (const p of r.event.participants) names.set(p.actor.id, p.actor.name);
        panel.showEvent(r.event);
        announce(`${labelOfType(r.event.type)} details opened`);
      } else {
        const r = await client.request<{ treaty: TreatyDetail | null }>(TREATY_QUERY, { id: sel.id });
        if (state.selection !== sel) return;
        if (!r.treaty) return panel.error(`No treaty with id ${sel.id}.`);
        panel.showTreaty(r.treaty);
      }
    } catch (e) {
      if (state.selection === sel) panel.error((e as Error).message);
    }
  }

  function onViewChange(w: Window): void {
    state = { ...state, window: w };
    // Before the start the view is being set up: the start fetches the right window once.
    if (!started) return;
    fetcher.request(state, width(), chart.maxLanes());
    writeUrl();
  }

  function applyFilters(next: Pick<ViewState, 'laneBy' | 'lanes' | 'filter'>): void {
    state = { ...state, ...next };
    writeUrl(true);
    fetcher.request(state, width(), chart.maxLanes());
    void loadOverview();
  }

  const inForce = createInForce($('inforce'), {
    openTreaty: (id) => void setSelection({ kind: 'treaty', id }),
    clear: () => setCursor(null),
  });
  let inForceTimer = 0;
  let inForceController: AbortController | null = null;

  /** The cursor moved: the URL keeps it, the list beside the chart follows it (debounced while dragging). */
  function setCursor(t: number | null, fromChart = false): void {
    state = { ...state, cursor: t };
    if (!fromChart) chart.cursor(t);
    writeUrl();
    window.clearTimeout(inForceTimer);
    if (t === null) {
      inForceController?.abort();
      inForce.hide();
      return;
    }
    inForceTimer = window.setTimeout(() => void loadInForce(t), fromChart ? 150 : 0);
  }

  /**
   * The actor lanes the analyst sees: those they chose, else the server's (pinned while the view
   * moves). Not the answer's lanes alone: a chosen actor without events in the window is a lane too.
   */
  function viewLanes(): { id: string; label: string }[] {
    const answered = new Map((data?.lanes ?? []).map((l) => [l.id, l.label]));
    const ids = state.lanes.length ? state.lanes : [...answered.keys()].filter((id) => id !== '_other');
    return ids.map((id) => ({ id, label: names.get(id) ?? answered.get(id) ?? id }));
  }

  /** Treaties in force on the cursor day: per lane actor (ACTOR lanes), then all. */
  async function loadInForce(t: number): Promise<void> {
    const day = formatPartial(t, 'day');
    inForceController?.abort();
    const controller = new AbortController();
    inForceController = controller;
    inForce.loading(day);
    const laneActors = state.laneBy === 'ACTOR' ? viewLanes() : [];
    const ask = (party: string | null, first: number) =>
      client.request<InForceResponse>(IN_FORCE_QUERY, { on: day, party, first }, controller.signal);
    try {
      const answers = await Promise.all([...laneActors.map((a) => ask(a.id, 50)), ask(null, 100)]);
      if (controller !== inForceController) return;
      const groups: InForceGroup[] = answers.map((r, i) => ({
        title: laneActors[i]?.label ?? 'All treaties',
        total: r.treaties.totalCount,
        treaties: r.treaties.edges.map((e) => e.node),
      }));
      inForce.show(day, groups);
      announce(`${groups[groups.length - 1]?.total ?? 0} treaties in force on ${describePartial(day)}`);
    } catch (e) {
      if (controller === inForceController && !(e instanceof DOMException && e.name === 'AbortError'))
        inForce.error(day, `Could not load the treaties in force: ${(e as Error).message}`);
    }
  }

  // The named views the seed datasets ship, listed in the page.
  const viewsSelect = $<HTMLSelectElement>('views');
  viewsSelect.replaceChildren(
    element('option', { value: '' }, 'Views…'),
    ...[...new Set(NAMED_VIEWS.map((v) => v.dataset))].map((dataset) =>
      element(
        'optgroup',
        { label: dataset },
        ...NAMED_VIEWS.filter((v) => v.dataset === dataset).map((v) =>
          element('option', { value: `${v.dataset}/${v.id}`, title: v.description }, v.name),
        ),
      ),
    ),
  );
  viewsSelect.addEventListener('change', () => {
    const v = NAMED_VIEWS.find((x) => `${x.dataset}/${x.id}` === viewsSelect.value);
    viewsSelect.value = '';
    if (!v) return;
    const query = viewQuery(v, new Date());
    history.pushState(null, '', `${location.pathname}?${query}`);
    restore(query);
    announce(`View: ${v.name}`);
  });

  const filters = createFilters($('filters'), {
    change: applyFilters,
    searchActors: async (q, signal) => {
      const r = await client.request<{ actors: { edges: { node: { id: string; name: string; kind: string } }[] } }>(
        ACTORS_QUERY,
        { search: q },
        signal,
      );
      return r.actors.edges.map((e) => ({
        kind: 'ACTOR' as const,
        id: e.node.id,
        label: e.node.name,
        score: 1,
        highlight: e.node.kind.toLowerCase(),
      }));
    },
    name: (id) => names.get(id) ?? id,
    remember: (id, name) => void names.set(id, name),
  });

  createSearchBox($('search'), {
    id: 'search-input',
    label: 'Search actors, treaties and events',
    placeholder: 'Search actors, treaties, events…',
    hint: 'Events from articles; GDELT events are not searched by text: filter them by participant',
    search: async (q, signal) =>
      (await client.request<{ search: SearchHit[] }>(SEARCH_QUERY, { query: q }, signal)).search,
    pick: (hit) => void pick(hit),
  });

  async function pick(hit: SearchHit): Promise<void> {
    try {
      if (hit.kind === 'ACTOR') {
        names.set(hit.id, hit.label);
        const r = await client.request<{
          first: { edges: { node: { date: string } }[] };
          last: { edges: { node: { date: string } }[] };
        }>(ACTOR_EXTENT_QUERY, { filter: { actorIds: [hit.id] } });
        const a = parsePartialInterval(r.first.edges[0]?.node.date ?? '');
        const b = parsePartialInterval(r.last.edges[0]?.node.date ?? '');
        const lanes =
          state.laneBy === 'ACTOR' && !state.lanes.includes(hit.id) ? [...state.lanes, hit.id] : state.lanes;
        state = { ...state, lanes };
        filters.set(state);
        if (a && b) moveTo({ start: a.start - (b.end - a.start) * 0.1, end: b.end + (b.end - a.start) * 0.1 }, true);
        fetcher.request(state, width(), chart.maxLanes());
        announce(`${hit.label} added as a lane`);
      } else if (hit.kind === 'TREATY') {
        const r = await client.request<{ treaty: TreatyDetail | null }>(TREATY_QUERY, { id: hit.id });
        if (r.treaty) moveTo(treatyWindow(r.treaty), true);
        void setSelection({ kind: 'treaty', id: hit.id });
      } else if (hit.kind === 'EVENT') {
        const r = await client.request<{ event: { id: string; date: string | null } | null }>(
          'query($id: ID!) { event(id: $id) { id date } }',
          { id: hit.id },
        );
        const d = r.event?.date ? parsePartialInterval(r.event.date) : null;
        if (d) {
          const span = Math.min(state.window.end - state.window.start, 2 * 365 * 86_400_000);
          const mid = (d.start + d.end) / 2;
          moveTo({ start: mid - span / 2, end: mid + span / 2 }, true);
        }
        void setSelection({ kind: 'event', id: hit.id });
      }
    } catch (e) {
      status.set('error', `Search failed: ${(e as Error).message}`);
    }
  }

  async function loadOverview(): Promise<void> {
    try {
      const { from, to } = toQueryRange(extent);
      const r = await client.request<OverviewResponse>(OVERVIEW_QUERY, { from, to, filter: eventFilter(state) });
      strip.series(overviewSeries(r.timeline.bins));
    } catch {
      // The overview is context only; the main view reports errors.
    }
  }

  // Wiring.
  chart.on('view', onViewChange);
  chart.on('drawn', () => updateCounts());
  chart.on('select', (s) => void setSelection(s));
  chart.on('cursor', (t) => setCursor(t, true));
  chart.on('focus', (m) =>
    announce(
      `${labelOfType(m.item.type)}, ${describePartial(m.item.date)}${m.item.modality !== 'ASSERTED' ? `, ${m.item.modality.toLowerCase()}` : ''}: ${m.item.summary}. ${m.item.actors.join(', ')}`,
    ),
  );
  strip.on((w) => moveTo(w, false));
  $('zoom-in').addEventListener('click', () => moveTo(zoomWindow(state.window, 2), true));
  $('zoom-out').addEventListener('click', () => moveTo(zoomWindow(state.window, 0.5), true));
  $('toggle-table').addEventListener('click', () => {
    state = { ...state, table: !state.table };
    showTable();
    writeUrl();
  });
  function showTable(): void {
    $('table').hidden = !state.table;
    $('toggle-table').setAttribute('aria-pressed', String(state.table));
    updateCounts();
  }
  const range = () => toQueryRange(state.window);
  /** The visible events with GDELT's scores of the GDELT ones, asked for now (a view does not carry them). */
  async function itemsToExport(): Promise<TimelineItem[] | null> {
    const items = chart.visibleItems();
    if (!items.some((i) => i.origin === 'GDELT')) return items;
    try {
      const scores = await fetcher.gdeltScores();
      return items.map((i) => (i.origin === 'GDELT' ? { ...i, gdelt: scores.get(i.id) ?? null } : i));
    } catch (e) {
      status.set('error', `Could not export: GDELT's scores did not load: ${(e as Error).message}`);
      return null;
    }
  }
  $('export-csv').addEventListener('click', async () => {
    const r = range();
    const items = await itemsToExport();
    if (items) download(new Blob([toCsv(items)], { type: 'text/csv' }), exportFileName(r.from, r.to, 'csv'));
  });
  $('export-json').addEventListener('click', async () => {
    const r = range();
    const items = await itemsToExport();
    if (items)
      download(new Blob([toJson(items, r)], { type: 'application/json' }), exportFileName(r.from, r.to, 'json'));
  });
  const svgNow = () => {
    const l = chart.layout();
    return l ? { l, svg: viewToSvg(l, `Pactline ${range().from} – ${range().to}`) } : null;
  };
  $('export-svg').addEventListener('click', () => {
    const s = svgNow();
    if (s) download(new Blob([s.svg], { type: 'image/svg+xml' }), exportFileName(range().from, range().to, 'svg'));
  });
  $('export-png').addEventListener('click', async () => {
    const s = svgNow();
    if (s) download(await svgToPng(s.svg, s.l.width, s.l.height + 24), exportFileName(range().from, range().to, 'png'));
  });
  window.addEventListener('popstate', () => restore(location.search));

  function restore(query: string): void {
    const prev = state.selection;
    const prevCursor = state.cursor;
    state = decodeView(query || defaultQuery, defaultView(fallbackWindow));
    filters.set(state);
    showTable();
    moveTo(state.window, false);
    chart.cursor(state.cursor);
    if (started) fetcher.request(state, width(), chart.maxLanes());
    if (JSON.stringify(prev) !== JSON.stringify(state.selection)) void setSelection(state.selection, true);
    if (prevCursor !== state.cursor || !started) {
      if (state.cursor === null) inForce.hide();
      else pendingCursor = state.cursor;
    }
  }
  /** A cursor from the URL: its list loads once the first answer named the lanes. */
  let pendingCursor: number | null = null;

  // A read-only window onto the drawing for browser tests and the bench (marks in page pixels).
  Object.assign(window, {
    pactline: {
      marks: () => {
        const l = chart.layout();
        const r = $('timeline').getBoundingClientRect();
        return (l?.marks ?? []).map((m) => ({
          id: m.item.id,
          type: m.item.type,
          lane: m.laneId,
          x: r.left + l!.margin.left + m.cx,
          y: r.top + m.y,
        }));
      },
      mode: () => data?.mode ?? null,
      window: () => ({ ...state.window }),
      /** Page x of a time in the current view. */
      xOf: (t: number) => {
        const l = chart.layout();
        const w = chart.window() as Window;
        const r = $('timeline').getBoundingClientRect();
        return l ? r.left + l.margin.left + (l.plotWidth * (t - w.start)) / (w.end - w.start) : NaN;
      },
      cursor: () => state.cursor,
    },
  });

  // Start: restore the URL (or the default view), fetch that window once, learn the extent beside it.
  restore(initialQuery);
  chart.window(state.window);
  chart(select<HTMLDivElement, unknown>($<HTMLDivElement>('timeline')));
  strip(select<HTMLDivElement, unknown>($<HTMLDivElement>('overview')));
  status.set('loading', 'Loading…');
  started = true;
  const stats = client.request<StatsResponse>(STATS_QUERY).then(
    (s) => {
      const a = s.stats.earliest ? parsePartialInterval(s.stats.earliest) : null;
      const b = s.stats.latest ? parsePartialInterval(s.stats.latest) : null;
      if (a && b) {
        const pad = Math.max((b.end - a.start) * 0.04, 30 * 86_400_000);
        extent = clampWindow({ start: a.start - pad, end: b.end + pad }, DEFAULT_LIMITS);
      }
      dbEmpty = s.stats.events === 0;
      statsKnown = true;
      if (data) showEmptiness();
      strip.extent(extent);
      strip.window(state.window);
    },
    (e: Error) => status.set('error', `Could not reach the API: ${e.message}`, () => location.reload()),
  );
  await Promise.all([fetcher.reload(state, chart.maxLanes()), stats]);
  void loadOverview();
  subscribeEventsAdded(
    (ids) => {
      dbEmpty = false;
      announce(`${ids.length} new event${ids.length === 1 ? '' : 's'} added`);
      void fetcher.reload(state, chart.maxLanes());
      void loadOverview();
    },
    (live) => $('live').classList.toggle('on', live),
  );
}
