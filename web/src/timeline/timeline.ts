import { dispatch, zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type Selection } from 'd3';
import { clearCanvas, drawBins, drawLaneBands, drawMarks } from './draw-canvas';
import { createHitIndex, type HitIndex } from './hit-test';
import { nextMark, type NavDirection } from './keyboard-nav';
import { layoutLanes, type LaneBox } from './lane-layout';
import { layoutBins, layoutItems, type PlacedBin, type PlacedMark } from './mark-layout';
import type { TimelineData, TimelineItem, Window } from './model';
import { axisTicks, createTimeScale } from './time-scale';
import { BAND, DEFAULT_BAND_ROWS, layoutBand, MAX_BAND_ROWS, type BandLayout, type BandView } from './treaty-band';
import {
  DEFAULT_LIMITS,
  panWindow,
  scaleExtentFor,
  transformFromWindow,
  translateExtentFor,
  windowFromTransform,
  zoomWindow,
  type ZoomLimits,
} from './zoom-math';
import { createOverlay, type Overlay } from './timeline-overlay';

/**
 * The timeline component, d3 style: `const t = timeline().limits(l); select(el).call(t);` then
 * `t.data(d)`, `t.window(w)`, `t.selected(id)`, `t.on('view', fn)`. Marks go on a canvas; axis,
 * treaty spans and highlights in SVG; this is the one file that wires DOM events.
 */
export interface Layout {
  readonly width: number;
  readonly height: number;
  readonly plotWidth: number;
  readonly lanes: readonly LaneBox[];
  readonly marks: readonly PlacedMark[];
  readonly bins: readonly PlacedBin[];
  readonly band: BandLayout;
  /** The band's box: top, height, rows asked for, and whether it is collapsed. */
  readonly bandBox: {
    readonly top: number;
    readonly height: number;
    readonly rows: number;
    readonly collapsed: boolean;
  };
  /** The "in force on" cursor (ms, a UTC day) and its x in the plot, when set. */
  readonly cursor: { readonly time: number; readonly x: number } | null;
  readonly ticks: ReturnType<typeof axisTicks>;
  readonly margin: typeof MARGIN;
  readonly lanesTop: number;
}

/** What the component tells its owner: the view moved, a mark or treaty was chosen, focus moved. */
export interface TimelineEvents {
  view: Window;
  select: { kind: 'event' | 'treaty'; id: string };
  focus: PlacedMark;
  drawn: Layout;
  /** The "in force on" cursor moved (a UTC day in ms) or was removed (null). */
  cursor: number | null;
  /** The analyst collapsed, expanded or resized the treaty band. */
  band: BandView;
}
export type TimelineEventName = keyof TimelineEvents;
const TIMELINE_EVENTS: readonly TimelineEventName[] = ['view', 'select', 'focus', 'drawn', 'cursor', 'band'];
export const MARGIN = Object.freeze({ left: 150, right: 16, top: 30 });
const BAND_HEAD = 4;
const DAY = 86_400_000;
const ROW = BAND.nameLine + BAND.bar + BAND.gap;

/** Text width of the band's labels (11 px), measured once per name on a canvas. */
function createMeasure(): (text: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  if (ctx) ctx.font = '11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      if (cache.size > 20_000) cache.clear();
      w = ctx ? ctx.measureText(text).width : text.length * 6;
      cache.set(text, w);
    }
    return w;
  };
}

export function timeline() {
  let limits: ZoomLimits = DEFAULT_LIMITS;
  let data: TimelineData | null = null;
  let view: Window = { start: Date.UTC(1950, 0, 1), end: Date.UTC(2030, 0, 1) };
  let selectedId: string | null = null;
  let focusKey: string | null = null;
  let maxLanes = 12;
  let layout: Layout | null = null;
  let hit: HitIndex<PlacedMark> | null = null;
  let frame = 0;
  let bandRows = DEFAULT_BAND_ROWS;
  let bandCollapsed = false;
  let cursor: number | null = null;
  const measure = createMeasure();
  const events = dispatch<object, { [K in TimelineEventName]: [TimelineEvents[K]] }>(...TIMELINE_EVENTS);
  const zoom = d3zoom<HTMLDivElement, unknown>();
  let root: Selection<HTMLDivElement, unknown, null, undefined> | null = null;
  let canvas: HTMLCanvasElement | null = null;
  let overlay: Overlay | null = null;
  let size = { width: 0, height: 0 };
  // Where an animated move is heading: a resize mid-way (the panel opening) jumps there instead of stopping short.
  let heading: Window | null = null;

  function component(selection: Selection<HTMLDivElement, unknown, null, undefined>): void {
    root = selection;
    const el = selection.node() as HTMLDivElement;
    el.classList.add('timeline');
    el.tabIndex = 0;
    el.setAttribute('role', 'application');
    el.setAttribute('aria-roledescription', 'timeline');
    canvas = selection.append('canvas').attr('class', 'timeline-marks').attr('aria-hidden', 'true').node();
    overlay = createOverlay(el, {
      onSpanClick: (id) => events.call('select', undefined, { kind: 'treaty', id }),
      onBandToggle: () => setBand(bandRows, !bandCollapsed),
      onBandExpand: () =>
        setBand(Math.max(bandRows, Math.min(layout?.band.rowsNeeded ?? bandRows, maxBandRows())), false),
      onBandResize: (rows) => setBand(rows > 0 ? Math.max(1, Math.min(maxBandRows(), rows)) : bandRows, rows <= 0),
      onCursor: (x) => setCursorAt(x),
    });
    zoom.on('zoom', (e: D3ZoomEvent<HTMLDivElement, unknown>) => {
      if (size.width === 0) return;
      const t0 = performance.now();
      view = windowFromTransform(limits.bounds, e.transform, plotWidth());
      schedule();
      events.call('view', undefined, view);
      performance.measure('timeline-zoom', { start: t0, end: performance.now() });
    });
    selection.call(zoom).on('dblclick.zoom', null);
    selection
      .on('pointermove.hover', (e: PointerEvent) => hover(e))
      .on('pointerleave.hover', () => overlay?.hideTooltip());
    selection.on('click.select', (e: MouseEvent) => click(e));
    selection.on('keydown.timeline', (e: KeyboardEvent) => key(e));
    new ResizeObserver(() => resize()).observe(el);
    resize();
  }

  /** The band may take at most about half of the chart's height. */
  function maxBandRows(): number {
    return Math.max(1, Math.floor((size.height * 0.5) / ROW));
  }

  /** The analyst changed the band: draw it and tell the owner (the URL keeps it). */
  function setBand(rows: number, collapsed: boolean): void {
    if (rows === bandRows && collapsed === bandCollapsed) return;
    bandRows = rows;
    bandCollapsed = collapsed;
    schedule();
    events.call('band', undefined, { rows, collapsed });
  }

  /** Places the cursor on the UTC day under plot x and tells the owner. */
  function setCursorAt(x: number | null): void {
    const next =
      x === null
        ? null
        : Math.floor(
            createTimeScale(view, [0, plotWidth()])
              .invert(Math.max(0, Math.min(plotWidth(), x)))
              .getTime() / DAY,
          ) * DAY;
    if (next === cursor) return;
    cursor = next;
    schedule();
    events.call('cursor', undefined, cursor);
  }

  function plotWidth(): number {
    return Math.max(50, size.width - MARGIN.left - MARGIN.right);
  }

  function resize(): void {
    if (!root || !canvas) return;
    const el = root.node() as HTMLDivElement;
    const w = el.clientWidth;
    const h = el.clientHeight;
    if (w === size.width && h === size.height) return;
    size = { width: w, height: h };
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(plotWidth() * dpr);
    canvas.height = Math.round(h * dpr);
    canvas.style.width = `${plotWidth()}px`;
    canvas.style.height = `${h}px`;
    canvas.style.left = `${MARGIN.left}px`;
    zoom
      .scaleExtent(scaleExtentFor(limits.bounds, limits))
      .translateExtent(translateExtentFor(limits.bounds, plotWidth(), limits))
      .extent([
        [0, 0],
        [plotWidth(), h],
      ]);
    applyWindow(heading ?? view, false);
    schedule();
  }

  function applyWindow(w: Window, animate: boolean): void {
    if (!root || size.width === 0) {
      view = w;
      return;
    }
    const t = transformFromWindow(limits.bounds, w, plotWidth());
    const target = zoomIdentity.translate(t.x, 0).scale(t.k);
    heading = animate ? w : null;
    if (animate) {
      root
        .transition()
        .duration(180)
        .call(zoom.transform, target)
        .on('end interrupt', () => {
          if (heading === w) heading = null;
        });
    } else root.call(zoom.transform, target);
  }

  function schedule(): void {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  }

  function computeLayout(): Layout {
    const pw = plotWidth();
    const scale = createTimeScale(view, [0, pw]);
    const spans = data?.spans ?? [];
    const bandTop = MARGIN.top + BAND_HEAD;
    const rows = bandCollapsed ? 0 : Math.min(bandRows, maxBandRows());
    const band = layoutBand(spans, scale, {
      top: bandTop,
      rows,
      laneActors: new Set((data?.lanes ?? []).map((l) => l.id)),
      measure,
    });
    // The band keeps its height while the view moves (lanes do not jump): room for the rows asked
    // for and one line of connector labels, more only when the rows drawn need it.
    const reserved =
      spans.length === 0 ? 0 : bandCollapsed ? 16 : Math.max(band.height, rows * ROW + BAND.connectorLine);
    const bandHeight = reserved + (band.overflow > 0 && !bandCollapsed ? 14 : 0);
    const lanesTop = bandTop + bandHeight + 6;
    // At most 14 lanes: more is not readable, and each lane multiplies the bins drawn per frame.
    maxLanes = Math.min(14, Math.max(1, Math.floor((size.height - lanesTop - 8) / 30)));
    const laneList = data ? (data.lanes.length > maxLanes ? data.lanes.slice(0, maxLanes) : data.lanes) : [];
    const lanes = layoutLanes(laneList, lanesTop, size.height - lanesTop - 8, { maxHeight: 120 });
    const marks = data?.mode === 'ITEMS' ? layoutItems(data.items, lanes, scale) : [];
    const bins = data?.mode === 'BINS' ? layoutBins(data.bins, lanes, scale) : [];
    const ticks = axisTicks(scale, Math.max(2, Math.floor(pw / 110)));
    return {
      width: size.width,
      height: size.height,
      plotWidth: pw,
      lanes,
      marks,
      bins,
      band,
      bandBox: { top: bandTop, height: bandHeight, rows, collapsed: bandCollapsed },
      cursor: cursor === null ? null : { time: cursor, x: scale(cursor) },
      ticks,
      margin: MARGIN,
      lanesTop,
    };
  }

  function draw(): void {
    if (!canvas || !overlay || size.width === 0) return;
    // Measures take numbers, not marks: no mark entries pile up while zooming for minutes.
    const t0 = performance.now();
    layout = computeLayout();
    hit = null;
    const ctx = canvas.getContext('2d');
    if (ctx) {
      const dpr = window.devicePixelRatio || 1;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      clearCanvas(ctx, layout.plotWidth, layout.height);
      drawLaneBands(ctx, layout.lanes, layout.plotWidth);
      drawBins(ctx, layout.bins);
      drawMarks(ctx, layout.marks);
    }
    overlay.render(layout, { selectedId, focusKey, selectedTreaty: selectedId });
    events.call('drawn', undefined, layout);
    performance.measure('timeline-draw', { start: t0, end: performance.now() });
  }

  function plotPoint(e: MouseEvent): [number, number] {
    const rect = (root?.node() as HTMLDivElement).getBoundingClientRect();
    return [e.clientX - rect.left - MARGIN.left, e.clientY - rect.top];
  }

  function binAt(x: number, y: number): PlacedBin | null {
    if (!layout) return null;
    return layout.bins.find((b) => x >= b.x && x <= b.x + b.width + 1 && y <= b.y && y >= b.y - b.height - 2) ?? null;
  }

  function markAt(x: number, y: number): PlacedMark | null {
    if (!layout) return null;
    hit ??= createHitIndex(layout.marks);
    return hit.find(x, y, 3);
  }

  function hover(e: PointerEvent): void {
    if (!overlay || e.buttons) return;
    const [x, y] = plotPoint(e);
    const m = markAt(x, y);
    if (m) return overlay.showMarkTooltip(m, x + MARGIN.left, y);
    const b = binAt(x, y);
    if (b) return overlay.showBinTooltip(b, x + MARGIN.left, y);
    overlay.hideTooltip();
  }

  function click(e: MouseEvent): void {
    if (e.defaultPrevented || (e.target as Element).closest('.span-hit')) return;
    const [x, y] = plotPoint(e);
    const m = markAt(x, y);
    overlay?.hideTooltip();
    if (m) {
      focusKey = m.key;
      events.call('select', undefined, { kind: 'event', id: m.item.id });
      return;
    }
    const b = binAt(x, y);
    if (b) applyWindow({ start: b.start, end: b.end }, true);
  }

  const KEY_NAV: Record<string, NavDirection> = {
    ArrowLeft: 'left',
    ArrowRight: 'right',
    ArrowUp: 'up',
    ArrowDown: 'down',
    Home: 'first',
    End: 'last',
  };

  function key(e: KeyboardEvent): void {
    if (e.target !== root?.node()) return;
    const nav = KEY_NAV[e.key];
    if (e.key === '+' || e.key === '=') applyWindow(zoomWindow(view, 2, 0.5, limits), true);
    else if (e.key === 'c' || e.key === 'C') {
      // The "in force on" cursor: at the centre of the view, or away when it is in view already.
      const x = cursor === null ? null : createTimeScale(view, [0, plotWidth()])(cursor);
      setCursorAt(x !== null && x >= 0 && x <= plotWidth() ? null : plotWidth() / 2);
    } else if ((e.key === '[' || e.key === ']') && cursor !== null) {
      const step = Math.max(DAY, Math.round((view.end - view.start) / 100 / DAY) * DAY);
      cursor += e.key === '[' ? -step : step;
      schedule();
      events.call('cursor', undefined, cursor);
    } else if (e.key === '-' || e.key === '_') applyWindow(zoomWindow(view, 0.5, 0.5, limits), true);
    else if (nav && layout && (focusKey !== null || nav === 'first' || nav === 'last') && !e.shiftKey) {
      focusKey = nextMark(
        layout.marks,
        layout.lanes.map((l) => l.id),
        focusKey,
        nav,
      );
      const m = layout.marks.find((x) => x.key === focusKey);
      if (m) events.call('focus', undefined, m);
      schedule();
    } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight')
      applyWindow(panWindow(view, e.key === 'ArrowLeft' ? -0.25 : 0.25, limits), true);
    else if (e.key === 'Enter' && focusKey && layout) {
      const m = layout.marks.find((x) => x.key === focusKey);
      if (m) events.call('select', undefined, { kind: 'event', id: m.item.id });
    } else if (e.key === 'Escape' && focusKey) {
      focusKey = null;
      schedule();
    } else return;
    e.preventDefault();
  }

  component.data = (d: TimelineData | null) => {
    data = d;
    schedule();
    return component;
  };
  component.window = (w?: Window, animate = false) => {
    if (w === undefined) return view;
    applyWindow(w, animate);
    return component;
  };
  component.limits = (l: ZoomLimits) => {
    limits = l;
    return component;
  };
  component.selected = (id: string | null) => {
    selectedId = id;
    schedule();
    return component;
  };
  /** Listens to `name` (`'view'`, or `'view.label'` for one more listener, as d3's dispatch); null removes. */
  component.on = <K extends TimelineEventName>(
    name: K | `${K}.${string}`,
    fn: ((v: TimelineEvents[K]) => void) | null,
  ) => {
    // d3's types check fn against the event map, which tsc cannot resolve for a generic K: the signature above does.
    events.on(name, fn as never);
    return component;
  };
  /** The last layout drawn (for export and tests). */
  component.layout = () => layout;
  component.canvas = () => canvas;
  /** Items whose interval overlaps the view, once each. */
  component.visibleItems = (): TimelineItem[] => {
    if (!data || data.mode !== 'ITEMS') return [];
    const seen = new Set<string>();
    return (layout?.marks ?? [])
      .filter((m) => (seen.has(m.item.id) ? false : (seen.add(m.item.id), true)))
      .map((m) => m.item);
  };
  component.maxLanes = () => maxLanes;
  /** The "in force on" cursor (a UTC day in ms) or null; setting it does not call the 'cursor' handler. */
  component.cursor = (t?: number | null) => {
    if (t === undefined) return cursor;
    cursor = t;
    schedule();
    return component;
  };
  /**
   * The band's rows and whether it is collapsed; setting it does not call the 'band' handler. The
   * rows asked for are kept; the chart shows at most half its height of them.
   */
  component.band = (v?: BandView) => {
    if (v === undefined) return { rows: bandRows, collapsed: bandCollapsed };
    bandRows = Math.max(1, Math.min(MAX_BAND_ROWS, Math.round(v.rows)));
    bandCollapsed = v.collapsed;
    schedule();
    return component;
  };
  /** How many spans the band can show: what to ask the server for. */
  component.spanBudget = () => Math.max(60, Math.min(2000, maxBandRows() * Math.ceil(plotWidth() / 40)));
  component.redraw = () => schedule();
  return component;
}

export type Timeline = ReturnType<typeof timeline>;
