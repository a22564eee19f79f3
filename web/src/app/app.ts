import { select } from 'd3';
import { createGraphqlClient, type GraphqlClient } from '../api/graphql-client';
import { subscribeEventsAdded } from '../api/live-events';
import { overviewSeries } from '../api/map-timeline';
import { OverviewDocument, StatsDocument } from '../api/generated';
import { DEFAULT_NAMED_VIEW, viewQuery } from '../state/named-views';
import { decodeView, defaultView, type ViewState } from '../state/url-state';
import { labelOfType } from '../timeline/colors';
import type { Window } from '../timeline/model';
import { overview } from '../timeline/overview';
import { describePartial, parsePartialInterval, toQueryRange, utcDay } from '../timeline/partial-time';
import { timeline } from '../timeline/timeline';
import { clampWindow, DEFAULT_LIMITS, zoomWindow } from '../timeline/zoom-math';
import { createFilters } from '../ui/filters';
import { createStatus } from '../ui/status';
import type { AppContext } from './app-context';
import { createExportButtons } from './export-buttons';
import { createInForceCursor } from './in-force-cursor';
import { $, announce } from './page';
import { createSearch, searchActors } from './search';
import { createSelection } from './selection';
import { exposeTestHook } from './test-hook';
import { createUrlWriter } from './url-writer';
import { createViewFetcher, eventFilter } from './view-fetcher';
import { createViewSummary } from './view-summary';
import { createViewsMenu } from './views-menu';

/** The page: state in the URL, the timeline, overview, filters, search, panel, table, export, live. */
export async function startApp(client: GraphqlClient = createGraphqlClient()): Promise<void> {
  const status = createStatus($('status'));
  let extent: Window = { start: utcDay(1945), end: utcDay(2030) };
  // Without a query the page opens on the default dataset's default view (Russia and North Korea, 1955 to today).
  const defaultQuery = viewQuery(DEFAULT_NAMED_VIEW, new Date());
  const fallbackWindow = decodeView(defaultQuery, defaultView(extent)).window;
  // The URL is read once at start; nothing writes it before then.
  const initialQuery = location.search;
  let dbEmpty = false;

  const chart = timeline().limits(DEFAULT_LIMITS);
  const strip = overview();
  const app: AppContext = {
    client,
    chart,
    names: new Map<string, string>(),
    state: defaultView(fallbackWindow),
    data: null,
    started: false,
    writeUrl: (push) => writeUrl(push),
    moveTo: (w, animate) => void chart.window(clampWindow(w, DEFAULT_LIMITS), animate),
    // The plot width from the last layout: reading clientWidth here would force a layout per zoom event.
    width: () => chart.layout()?.plotWidth ?? $('timeline').clientWidth - 166,
    refetch: () => fetcher.request(app.state, app.width(), chart.maxLanes()),
  };
  const selection = createSelection(app);
  const fetcher = createViewFetcher({
    client,
    names: app.names,
    spanBudget: () => chart.spanBudget(),
    onLoading: () => status.set(app.data ? 'refreshing' : 'loading', 'Loading…'),
    onError: (m) =>
      status.set('error', `Could not load the timeline: ${m}`, () => void fetcher.reload(app.state, chart.maxLanes())),
    onData: (d) => {
      app.data = d;
      for (const l of d.lanes) if (app.state.laneBy === 'ACTOR' && l.label !== l.id) app.names.set(l.id, l.label);
      chart.data(d);
      // An empty answer before the stats are in: whether the database is empty decides what to say.
      if (d.total > 0 || statsKnown) showEmptiness();
      filters.refreshNames();
      cursor.loadPending();
    },
  });

  let statsKnown = false;
  function showEmptiness(): void {
    status.set(
      app.data && app.data.total === 0 ? 'empty' : 'none',
      dbEmpty
        ? 'The database holds no events yet. Ingest articles to see them here.'
        : 'No events in this window match the filters.',
    );
  }

  const writeUrl = createUrlWriter(app);
  const updateCounts = createViewSummary(app, strip, (id) => void selection.set({ kind: 'event', id }));

  function onViewChange(w: Window): void {
    app.state = { ...app.state, window: w };
    // Before the start the view is being set up: the start fetches the right window once.
    if (!app.started) return;
    app.refetch();
    writeUrl();
  }

  function applyFilters(next: Pick<ViewState, 'laneBy' | 'lanes' | 'filter'>): void {
    app.state = { ...app.state, ...next };
    writeUrl(true);
    app.refetch();
    void loadOverview();
  }

  const cursor = createInForceCursor(app, (id) => void selection.set({ kind: 'treaty', id }));

  createViewsMenu($<HTMLSelectElement>('views'), (query, v) => {
    history.pushState(null, '', `${location.pathname}?${query}`);
    restore(query);
    announce(`View: ${v.name}`);
  });

  const filters = createFilters($('filters'), {
    change: applyFilters,
    searchActors: searchActors(client),
    name: (id) => app.names.get(id) ?? id,
    remember: (id, name) => void app.names.set(id, name),
  });

  createSearch(app, { selection, filters, onError: (m) => status.set('error', m) });

  async function loadOverview(): Promise<void> {
    try {
      const { from, to } = toQueryRange(extent);
      const r = await client.request(OverviewDocument, { from, to, filter: eventFilter(app.state) });
      strip.series(overviewSeries(r.timeline.bins));
    } catch {
      // The overview is context only; the main view reports errors.
    }
  }

  // Wiring.
  chart.on('view', onViewChange);
  chart.on('drawn', () => updateCounts());
  chart.on('select', (s) => void selection.set(s));
  chart.on('cursor', (t) => cursor.set(t, true));
  chart.on('band', (band) => {
    app.state = { ...app.state, band };
    writeUrl();
  });
  chart.on('focus', (m) =>
    announce(
      `${labelOfType(m.item.type)}, ${describePartial(m.item.date)}${m.item.modality !== 'ASSERTED' ? `, ${m.item.modality.toLowerCase()}` : ''}: ${m.item.summary}. ${m.item.actors.join(', ')}`,
    ),
  );
  strip.on('brush', (w) => app.moveTo(w, false));
  $('zoom-in').addEventListener('click', () => app.moveTo(zoomWindow(app.state.window, 2), true));
  $('zoom-out').addEventListener('click', () => app.moveTo(zoomWindow(app.state.window, 0.5), true));
  $('toggle-table').addEventListener('click', () => {
    app.state = { ...app.state, table: !app.state.table };
    showTable();
    writeUrl();
  });
  function showTable(): void {
    $('table').hidden = !app.state.table;
    $('toggle-table').setAttribute('aria-pressed', String(app.state.table));
    updateCounts();
  }
  createExportButtons(app, fetcher, (m) => status.set('error', m));
  window.addEventListener('popstate', () => restore(location.search));

  function restore(query: string): void {
    const prev = app.state.selection;
    const prevCursor = app.state.cursor;
    app.state = decodeView(query || defaultQuery, defaultView(fallbackWindow));
    filters.set(app.state);
    showTable();
    app.moveTo(app.state.window, false);
    chart.cursor(app.state.cursor);
    chart.band(app.state.band);
    if (app.started) app.refetch();
    if (JSON.stringify(prev) !== JSON.stringify(app.state.selection)) void selection.set(app.state.selection, true);
    if (prevCursor !== app.state.cursor || !app.started) cursor.restore(app.state.cursor);
  }

  exposeTestHook(app);

  // Start: restore the URL (or the default view), fetch that window once, learn the extent beside it.
  restore(initialQuery);
  chart.window(app.state.window);
  chart(select<HTMLDivElement, unknown>($<HTMLDivElement>('timeline')));
  strip(select<HTMLDivElement, unknown>($<HTMLDivElement>('overview')));
  status.set('loading', 'Loading…');
  app.started = true;
  const stats = client.request(StatsDocument).then(
    (s) => {
      const a = s.stats.earliest ? parsePartialInterval(s.stats.earliest) : null;
      const b = s.stats.latest ? parsePartialInterval(s.stats.latest) : null;
      if (a && b) {
        const pad = Math.max((b.end - a.start) * 0.04, 30 * 86_400_000);
        extent = clampWindow({ start: a.start - pad, end: b.end + pad }, DEFAULT_LIMITS);
      }
      dbEmpty = s.stats.events === 0;
      statsKnown = true;
      if (app.data) showEmptiness();
      strip.extent(extent);
      strip.window(app.state.window);
    },
    (e: Error) => status.set('error', `Could not reach the API: ${e.message}`, () => location.reload()),
  );
  await Promise.all([fetcher.reload(app.state, chart.maxLanes()), stats]);
  void loadOverview();
  subscribeEventsAdded(
    (ids) => {
      dbEmpty = false;
      announce(`${ids.length} new event${ids.length === 1 ? '' : 's'} added`);
      void fetcher.reload(app.state, chart.maxLanes());
      void loadOverview();
    },
    (live) => $('live').classList.toggle('on', live),
  );
}
