import {
  EVENT_TYPES,
  MODALITIES,
  ORIGINS,
  type EventType,
  type LaneBy,
  type Modality,
  type Origin,
  type Window,
} from '../timeline/model';
import { formatPartial, parsePartialInterval } from '../timeline/partial-time';
import { DEFAULT_BAND_ROWS, MAX_BAND_ROWS, type BandView } from '../timeline/treaty-band';

/**
 * The whole view in the URL: window, lanes, filters and selection. decodeView(encodeView(v))
 * returns v; anything the URL gets wrong falls back to the default for that part alone.
 */
export interface ViewFilter {
  readonly types: readonly EventType[];
  readonly actorIds: readonly string[];
  /** Day-precision bounds of a date-range filter, independent of the view window. */
  readonly from: string | null;
  readonly to: string | null;
  readonly minConfidence: number;
  readonly modality: readonly Modality[];
  /** Events from articles, from GDELT, or both (empty). */
  readonly origin: readonly Origin[];
}

interface Selection {
  readonly kind: 'event' | 'treaty';
  readonly id: string;
}

export interface ViewState {
  readonly window: Window;
  readonly laneBy: LaneBy;
  /** Actor lanes chosen by the user; empty = the most active. */
  readonly lanes: readonly string[];
  readonly filter: ViewFilter;
  readonly selection: Selection | null;
  /** Whether the table view is shown instead of the chart. */
  readonly table: boolean;
  /** The "in force on" cursor: a UTC day (ms), or null. */
  readonly cursor: number | null;
  /** The treaty band: rows shown (resized, or expanded to show what overflowed) and collapsed. */
  readonly band: BandView;
}

export const EMPTY_FILTER: ViewFilter = Object.freeze({
  types: [],
  actorIds: [],
  from: null,
  to: null,
  minConfidence: 0,
  modality: [],
  origin: [],
});

const DEFAULT_BAND: BandView = Object.freeze({ rows: DEFAULT_BAND_ROWS, collapsed: false });

/** band=6, band=collapsed, band=6,collapsed; nothing at the default. */
function encodeBand(b: BandView): string | null {
  const parts = [...(b.rows !== DEFAULT_BAND_ROWS ? [String(b.rows)] : []), ...(b.collapsed ? ['collapsed'] : [])];
  return parts.length ? `band=${parts.join(',')}` : null;
}

function decodeBand(text: string | null, fallback: BandView): BandView {
  if (text === null) return fallback;
  const parts = text.split(',');
  const rows = parts.find((p) => /^\d{1,2}$/.test(p));
  const n = rows === undefined ? DEFAULT_BAND_ROWS : Number(rows);
  return {
    rows: n >= 1 && n <= MAX_BAND_ROWS ? n : DEFAULT_BAND_ROWS,
    collapsed: parts.includes('collapsed'),
  };
}

export function defaultView(window: Window): ViewState {
  return {
    window,
    laneBy: 'ACTOR',
    lanes: [],
    filter: EMPTY_FILTER,
    selection: null,
    table: false,
    cursor: null,
    band: DEFAULT_BAND,
  };
}

const list = (values: readonly string[]) => values.map(encodeURIComponent).join(',');
const unlist = (text: string | null): string[] =>
  text
    ? text
        .split(',')
        .filter(Boolean)
        .map((s) => {
          try {
            return decodeURIComponent(s);
          } catch {
            return '';
          }
        })
        .filter(Boolean)
    : [];

/** Window ends go to the day when a day is wide enough, to the millisecond otherwise. */
function encodeTime(t: number): string {
  return t % 86_400_000 === 0 ? formatPartial(t, 'day') : new Date(t).toISOString();
}

function decodeTime(text: string | null): number | null {
  if (!text) return null;
  const day = parsePartialInterval(text);
  if (day) return day.start;
  const t = Date.parse(text);
  return /^-?\d{4,}-\d{2}-\d{2}T/.test(text) && Number.isFinite(t) ? t : null;
}

/** The view as a query string (no leading "?"), omitting parts at their defaults. */
export function encodeView(v: ViewState): string {
  const p: string[] = [`from=${encodeTime(v.window.start)}`, `to=${encodeTime(v.window.end)}`];
  if (v.laneBy !== 'ACTOR') p.push(`by=${v.laneBy}`);
  if (v.lanes.length) p.push(`lanes=${list(v.lanes)}`);
  const f = v.filter;
  if (f.types.length) p.push(`types=${list(f.types)}`);
  if (f.actorIds.length) p.push(`actors=${list(f.actorIds)}`);
  if (f.from) p.push(`since=${f.from}`);
  if (f.to) p.push(`until=${f.to}`);
  if (f.minConfidence > 0) p.push(`conf=${f.minConfidence}`);
  if (f.modality.length) p.push(`modality=${list(f.modality)}`);
  if (f.origin.length) p.push(`origin=${list(f.origin)}`);
  if (v.selection) p.push(`sel=${v.selection.kind}:${encodeURIComponent(v.selection.id)}`);
  if (v.table) p.push('table=1');
  if (v.cursor !== null) p.push(`at=${formatPartial(v.cursor, 'day')}`);
  const band = encodeBand(v.band);
  if (band) p.push(band);
  return p.join('&');
}

function cursorOf(text: string | null): number | null {
  const d = text ? parsePartialInterval(text) : null;
  return d && d.precision === 'day' ? d.start : null;
}

/** Reads a query string (with or without "?") back into a view, using `fallback` for what is missing or wrong. */
export function decodeView(query: string, fallback: ViewState): ViewState {
  const q = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  // URLSearchParams decodes once; lists were encoded per item, so re-read the raw values.
  const raw = new Map<string, string>();
  for (const part of (query.startsWith('?') ? query.slice(1) : query).split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0) raw.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const start = decodeTime(q.get('from'));
  const end = decodeTime(q.get('to'));
  const window = start !== null && end !== null && end > start ? { start, end } : fallback.window;
  const by = q.get('by');
  const laneBy: LaneBy = by === 'TYPE' || by === 'ACTOR' ? by : fallback.laneBy;
  const day = (s: string | null) => (s && parsePartialInterval(s)?.precision === 'day' ? s : null);
  const conf = Number(q.get('conf') ?? '0');
  const types = unlist(raw.get('types') ?? null).filter((t): t is EventType =>
    (EVENT_TYPES as readonly string[]).includes(t),
  );
  const modality = unlist(raw.get('modality') ?? null).filter((m): m is Modality =>
    (MODALITIES as readonly string[]).includes(m),
  );
  const origin = unlist(raw.get('origin') ?? null).filter((o): o is Origin =>
    (ORIGINS as readonly string[]).includes(o),
  );
  const sel = q.get('sel');
  const colon = sel ? sel.indexOf(':') : -1;
  const kind = sel && colon > 0 ? sel.slice(0, colon) : '';
  const selection: Selection | null =
    sel && (kind === 'event' || kind === 'treaty') && colon < sel.length - 1
      ? { kind, id: sel.slice(colon + 1) }
      : null;
  return {
    window,
    laneBy,
    lanes: unlist(raw.get('lanes') ?? null),
    filter: {
      types,
      actorIds: unlist(raw.get('actors') ?? null),
      from: day(q.get('since')),
      to: day(q.get('until')),
      minConfidence: Number.isFinite(conf) && conf > 0 && conf <= 1 ? conf : 0,
      modality,
      // Both origins is no filter: the same view as none.
      origin: origin.length === ORIGINS.length ? [] : origin,
    },
    selection,
    table: q.get('table') === '1',
    cursor: cursorOf(q.get('at')),
    band: decodeBand(q.get('band'), fallback.band),
  };
}
