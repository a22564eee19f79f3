import type { ScaleTime } from 'd3';
import type { TreatySpan } from './model';

/**
 * The treaty band above the lanes, as pure arithmetic. Every bar that is drawn carries its name
 * on a name line above it (shortened to fit, never hidden); what does not fit in the rows is
 * counted, not drawn as an unnamed strip. Treaties of one lineage share a row as a chain, with a
 * connector at each replacement labelled by its basis and date on a line below the bars.
 *
 * Units (a chain or a lone treaty) are placed in priority order (a party in the lanes first,
 * then the order the server ranked them in) into the first row where their bars, names and
 * connector labels are free. Each row keeps its occupied intervals sorted, so a placement is a
 * binary search: O(n log n) for n treaties in view, whatever the number of rows.
 */
export interface BandOptions {
  /** Top of the band (below the axis). */
  readonly top: number;
  /** How many rows the band may use. */
  readonly rows: number;
  /** Actor ids of the lanes: their treaties come first. */
  readonly laneActors?: ReadonlySet<string>;
  /** Text width in pixels of the band's label font; a fixed width per character by default. */
  readonly measure?: (text: string) => number;
  /** Longest name drawn, in pixels; longer names are shortened (the full name is in the title). */
  readonly maxNameWidth?: number;
}

export const BAND = Object.freeze({ nameLine: 12, bar: 9, connectorLine: 12, gap: 5 });
/** Rows of the treaty band unless the analyst resizes it. */
export const DEFAULT_BAND_ROWS = 4;
/** At most this many rows (the chart gives the band at most half its height besides). */
export const MAX_BAND_ROWS = 40;

/** What the analyst made of the band: how many rows it shows, and whether it is collapsed. */
export interface BandView {
  readonly rows: number;
  readonly collapsed: boolean;
}
const PAD = 8;
const MIN_NAME = 96;

export interface PlacedBar {
  readonly span: TreatySpan;
  /** Bar extent in plot pixels, clipped to just outside the plot. */
  readonly x0: number;
  readonly x1: number;
  /** End of the hatched part (signed, not yet in force), or null when there is none in view. */
  readonly xInForce: number | null;
  /** Still in force: fades out at the right edge instead of stopping. */
  readonly open: boolean;
  readonly row: number;
  /** Top of the bar. */
  readonly y: number;
  readonly height: number;
  /** The name as drawn (shortened with an ellipsis when it had to be) and where. */
  readonly label: string;
  readonly labelX: number;
  readonly labelY: number;
  /** A party is in the lanes. */
  readonly inLanes: boolean;
}

export interface Connector {
  readonly from: string;
  readonly to: string;
  readonly basis: string;
  /** When the replacement took effect (ms), when known. */
  readonly on: number | null;
  /** Where the arrow points (the successor's start, or the day it took effect when they overlap). */
  readonly x: number;
  /** Start of the arrow: the end of the predecessor's bar when there is a gap, else x. */
  readonly xFrom: number;
  /** Bar line centre of the chain's row (of the successor's row for a connector across rows). */
  readonly y: number;
  /** "successor · 30 Oct 2000"; shorter ("declared") or '' when no free place on a connector line. */
  readonly label: string;
  readonly labelX: number;
  readonly labelY: number;
  /**
   * Between two rows (or two treaties of one row that are not one chain): a treaty replaced by
   * several, or replacing several. Drawn as the polyline `points`, its arrow at the last point.
   */
  readonly cross: boolean;
  readonly points: readonly (readonly [number, number])[];
  /** Which way the arrow at the last point points. */
  readonly head: 'right' | 'down' | 'up';
}

interface BandRow {
  readonly y: number;
  readonly height: number;
  readonly chain: boolean;
}

export interface BandLayout {
  readonly bars: readonly PlacedBar[];
  readonly connectors: readonly Connector[];
  readonly rows: readonly BandRow[];
  /** Height the rows take (0 when nothing is drawn). */
  readonly height: number;
  /** Treaties in view that did not fit in the rows. */
  readonly overflow: number;
  /** Rows the whole view would need (for "expand"), at most `maxRowsNeeded`. */
  readonly rowsNeeded: number;
}

const BASIS_RANK: Record<string, number> = { LEGAL: 0, SUCCESSOR: 0, DECLARED: 1 };

/** "4 Dec 2024" (UTC). */
export function shortDate(t: number): string {
  const d = new Date(t);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`;
}

/** Said of a treaty whose name no text gives (`TreatySpan.unnamed`): its name is drawn in italics. */
export const UNNAMED_NOTE = 'no text names it: a name made from its kind, parties, year or description';

/** The connector's text: "successor · 30 Oct 2000", "legal", … */
export function connectorLabel(basis: string, on: number | null): string {
  const b = basis.toLowerCase();
  return on === null ? b : `${b} · ${shortDate(on)}`;
}

/** `text` cut with an ellipsis to fit `width` pixels, at least `min` characters (else ''). */
export function fitText(text: string, width: number, measure: (s: string) => number, min = 4): string {
  const full = measure(text);
  if (full <= width) return text;
  const perChar = full / Math.max(1, text.length);
  const chars = Math.floor(width / perChar) - 1;
  if (chars < min) return '';
  return `${text.slice(0, chars).trimEnd()}…`;
}

/**
 * A treaty's name from longest to shortest: as given, without a trailing "(1961)" (the bar shows
 * the dates), without a trailing "between Russia and North Korea" (the parties are in the tooltip
 * and the panel).
 */
export function nameVariants(name: string): string[] {
  const noYear = name.replace(/\s*\(\d{4}\)$/, '');
  const noParties = noYear.replace(/\s+between\s+\S.*$/i, '');
  return [...new Set([name, noYear, noParties])];
}

/** Disjoint intervals kept sorted by start: overlap test and insertion by binary search. */
class Intervals {
  private starts: number[] = [];
  private ends: number[] = [];
  /** Whether [s, e] overlaps any interval held. */
  overlaps(s: number, e: number): boolean {
    // The last interval starting before e is the only one that can reach s (they are disjoint).
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) < e) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (this.ends[lo - 1] as number) > s;
  }
  insert(s: number, e: number): void {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) < s) lo = mid + 1;
      else hi = mid;
    }
    this.starts.splice(lo, 0, s);
    this.ends.splice(lo, 0, e);
  }
}

interface Visible {
  span: TreatySpan;
  index: number;
  x0: number;
  x1: number;
  xs: number;
  xInForce: number | null;
  open: boolean;
  inLanes: boolean;
}

interface Unit {
  members: Visible[];
  /** Connector between members[i] and members[i + 1]. */
  links: { basis: string; on: number | null }[];
  priority: number;
  names: { x: number; w: number; text: string }[];
  connectors: { x: number; xFrom: number; labelX: number; text: string; w: number }[];
}

/** Lays out the treaty band for a view. `spans` in the server's order of relevance. */
export function layoutBand(
  spans: readonly TreatySpan[],
  scale: ScaleTime<number, number>,
  options: BandOptions,
): BandLayout {
  const measure = options.measure ?? ((s: string) => s.length * 6);
  const maxName = options.maxNameWidth ?? 230;
  const [r0, r1] = scale.range() as [number, number];
  const lanes = options.laneActors ?? new Set<string>();

  // 1. What is in view, and where.
  const visible: Visible[] = [];
  const byId = new Map<string, Visible>();
  spans.forEach((span, index) => {
    const xs = scale(span.start);
    const xe = span.end === null ? Infinity : scale(span.end);
    if (xe < r0 || xs > r1 || byId.has(span.id)) return;
    const x0 = Math.max(xs, r0 - 2);
    const x1 = span.end === null ? r1 : Math.min(Math.max(xe, xs + 3), r1 + 2);
    const inForce = span.inForce !== null && span.inForce > span.start ? scale(span.inForce) : null;
    const v: Visible = {
      span,
      index,
      x0,
      x1,
      xs,
      xInForce: inForce !== null && inForce > r0 ? Math.min(inForce, x1) : null,
      open: span.end === null,
      inLanes: span.parties.some((p) => lanes.has(p)),
    };
    visible.push(v);
    byId.set(span.id, v);
  });

  // 2. Chains: a treaty and the replacement it picks, when that replacement picks it back as its
  // predecessor (by basis: legal or successor before declared, then the latest predecessor).
  const successorOf = new Map<string, { id: string; basis: string; on: number | null }>();
  const predecessorOf = new Map<string, { id: string; rank: number; start: number }>();
  for (const v of visible) {
    let best: { id: string; basis: string; on: number | null; start: number } | null = null;
    for (const r of v.span.replacements) {
      const next = byId.get(r.id);
      if (!next || next === v) continue;
      if (!best || next.span.start < best.start) best = { ...r, start: next.span.start };
    }
    if (!best) continue;
    successorOf.set(v.span.id, { id: best.id, basis: best.basis, on: best.on });
    const rank = BASIS_RANK[best.basis] ?? 1;
    const cur = predecessorOf.get(best.id);
    if (!cur || rank < cur.rank || (rank === cur.rank && v.span.start > cur.start))
      predecessorOf.set(best.id, { id: v.span.id, rank, start: v.span.start });
  }
  const linked = (a: string) => {
    const s = successorOf.get(a);
    return s && predecessorOf.get(s.id)?.id === a ? s : null;
  };
  const hasPredecessor = new Set<string>();
  for (const v of visible) {
    const s = linked(v.span.id);
    if (s) hasPredecessor.add(s.id);
  }

  // 3. Units, each with its names and connector labels placed within it.
  const units: Unit[] = [];
  for (const v of visible) {
    if (hasPredecessor.has(v.span.id)) continue;
    const members = [v];
    const links: Unit['links'] = [];
    const seen = new Set([v.span.id]);
    for (let s = linked(v.span.id); s && !seen.has(s.id); s = linked(s.id)) {
      const next = byId.get(s.id) as Visible;
      seen.add(s.id);
      members.push(next);
      links.push({ basis: s.basis, on: s.on });
    }
    const priority = Math.min(...members.map((m) => (m.inLanes ? 0 : spans.length) + m.index));
    units.push({ members, links, priority, names: [], connectors: [] });
  }
  for (const u of units) placeNames(u, r0, r1, measure, maxName, scale);
  units.sort((a, b) => a.priority - b.priority);

  // 4. Rows, first fit in priority order.
  const maxRows = Math.max(0, Math.floor(options.rows));
  const rows: { bars: Intervals; names: Intervals; connectors: Intervals; chain: boolean }[] = [];
  const rowOf = new Map<Unit, number>();
  let overflow = 0;
  let rowsNeeded = 0;
  const fits = (row: (typeof rows)[number], u: Unit) =>
    u.members.every((m) => !row.bars.overlaps(m.x0 - PAD / 2, m.x1 + PAD / 2)) &&
    u.names.every((n) => !row.names.overlaps(n.x - PAD, n.x + n.w + PAD)) &&
    u.connectors.every((c) => !row.connectors.overlaps(c.labelX - PAD, c.labelX + c.w + PAD));
  // Rows beyond maxRows are counted (rowsNeeded) but not drawn; counting stops at a limit.
  const countLimit = Math.max(maxRows, 24);
  for (const u of units) {
    let placed = -1;
    for (let k = 0; k < rows.length && placed < 0; k++) if (fits(rows[k]!, u)) placed = k;
    if (placed < 0 && rows.length < countLimit) {
      rows.push({ bars: new Intervals(), names: new Intervals(), connectors: new Intervals(), chain: false });
      placed = rows.length - 1;
    }
    if (placed < 0 || placed >= maxRows) {
      overflow += u.members.length;
      if (placed >= 0) record(rows[placed]!, u);
      continue;
    }
    record(rows[placed]!, u);
    rowOf.set(u, placed);
  }
  function record(row: (typeof rows)[number], u: Unit): void {
    for (const m of u.members) row.bars.insert(m.x0 - PAD / 2, m.x1 + PAD / 2);
    for (const n of u.names) row.names.insert(n.x - PAD, n.x + n.w + PAD);
    for (const c of u.connectors) row.connectors.insert(c.labelX - PAD, c.labelX + c.w + PAD);
    if (u.links.length) row.chain = true;
  }
  rowsNeeded = rows.length;

  // 4b. Replacements that no chain draws (a treaty replaced by several, or replacing several):
  // connectors across rows, each labelled beside its long vertical on a connector line it crosses.
  const unitOf = new Map<string, Unit>();
  for (const u of units) for (const m of u.members) unitOf.set(m.span.id, u);
  const crossPlans: CrossPlan[] = [];
  const planned = new Set<string>();
  for (const v of visible) {
    for (const r of v.span.replacements) {
      const next = byId.get(r.id);
      const key = `${v.span.id}>${r.id}`;
      if (!next || next === v || planned.has(key)) continue;
      const ua = unitOf.get(v.span.id) as Unit;
      const ub = unitOf.get(r.id) as Unit;
      // Within a chain the row already shows the way (1961 → 2000 → 2024 for 1961 → 2024): a line
      // skipping members would run through the chain's labels. The bar's tooltip names the step.
      if (ua === ub) continue;
      const ra = rowOf.get(ua);
      const rb = rowOf.get(ub);
      if (ra === undefined || rb === undefined) continue;
      planned.add(key);
      const plan = planCross(v, next, ra, rb, r, r0, r1, scale);
      placeCrossLabel(plan, rows, measure, r0, r1);
      crossPlans.push(plan);
    }
  }

  // 5. Rows stacked; bars and connectors in page coordinates.
  const rowBoxes: BandRow[] = [];
  let y = options.top;
  for (let k = 0; k < Math.min(maxRows, rows.length); k++) {
    const chain = rows[k]!.chain;
    const h = BAND.nameLine + BAND.bar + (chain ? BAND.connectorLine : 0) + BAND.gap;
    rowBoxes.push({ y, height: h, chain });
    y += h;
  }
  const bars: PlacedBar[] = [];
  const connectors: Connector[] = [];
  for (const u of units) {
    const k = rowOf.get(u);
    if (k === undefined) continue;
    const box = rowBoxes[k]!;
    const barY = box.y + BAND.nameLine;
    u.members.forEach((m, i) => {
      const n = u.names[i]!;
      bars.push({
        span: m.span,
        x0: m.x0,
        x1: m.x1,
        xInForce: m.xInForce,
        open: m.open,
        row: k,
        y: barY,
        height: BAND.bar,
        label: n.text,
        labelX: n.x,
        labelY: box.y + BAND.nameLine - 3,
        inLanes: m.inLanes,
      });
    });
    u.connectors.forEach((c, i) => {
      const link = u.links[i]!;
      connectors.push({
        from: u.members[i]!.span.id,
        to: u.members[i + 1]!.span.id,
        basis: link.basis,
        on: link.on,
        x: c.x,
        xFrom: c.xFrom,
        y: barY + BAND.bar / 2,
        label: c.text,
        labelX: c.labelX,
        labelY: barY + BAND.bar + BAND.connectorLine - 2,
        cross: false,
        points:
          c.xFrom < c.x - 1
            ? [
                [c.xFrom, barY + BAND.bar / 2],
                [c.x - 1, barY + BAND.bar / 2],
              ]
            : [
                [c.x, barY + BAND.bar / 2 - 7],
                [c.x, barY + BAND.bar / 2 + 9],
              ],
        head: 'right',
      });
    });
  }
  for (const p of crossPlans) connectors.push(crossConnector(p, rowBoxes));
  bars.sort((a, b) => a.row - b.row || a.x0 - b.x0);
  return { bars, connectors, rows: rowBoxes, height: y - options.top, overflow, rowsNeeded };
}

/**
 * Names on the name line and connector labels on the connector line of one unit. A lone
 * treaty's name starts at its visible start (moved left to stay inside the plot); in a chain each
 * name has the room up to the next member's name, and the later members keep at least
 * MIN_NAME pixels, taken from the earlier ones, so the newest treaty is named too.
 */
function placeNames(
  u: Unit,
  r0: number,
  r1: number,
  measure: (s: string) => number,
  maxName: number,
  scale: ScaleTime<number, number>,
): void {
  const n = u.members.length;
  const variants = u.members.map((m) => nameVariants(m.span.name));
  // What a name needs: its shortest variant, within the cap.
  const desired = variants.map((v) => Math.min(measure(v[v.length - 1]!) + 2, maxName));
  const anchors = u.members.map((m) => Math.max(m.x0, r0) + 2);
  let right = r1;
  const widths = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    const want = desired[i]!;
    let a = anchors[i]!;
    if (right - a < want && i > 0 && i === n - 1) {
      // The newest member (at the right, where the view often ends) short of room: its name
      // moves left over its predecessor, sharing the room with the predecessor's name in
      // proportion to what each needs (each keeps at least MIN_NAME / 2).
      const prev = anchors[i - 1]!;
      const room = right - prev - PAD - 2;
      const both = want + desired[i - 1]!;
      const share = room >= both ? want : (room * want) / both;
      a = Math.max(prev + Math.min(MIN_NAME / 2, room / 2), Math.min(a, right - share));
    } else if (n === 1 && right - a < want) a = Math.max(r0, right - want);
    else if (right - a < Math.min(want, MIN_NAME)) {
      // Any other name short of room ends where its room ends, MIN_NAME wide (right-aligned to
      // its successor's name), so it stays readable; never over its predecessor's name.
      const floor = i > 0 ? anchors[i - 1]! + MIN_NAME / 2 : r0;
      a = Math.max(floor, Math.min(a, right - Math.min(want, MIN_NAME)));
    }
    // A bar wide enough for a short name keeps its name over itself: it is cut, not moved.
    const m = u.members[i]!;
    if (Math.min(m.x1, r1) - Math.max(m.x0, r0) >= MIN_NAME) a = Math.max(a, anchors[i]!);
    anchors[i] = a;
    widths[i] = Math.max(0, Math.min(want, right - a));
    right = a - PAD - 2;
  }
  u.names = u.members.map((_, i) => {
    const v = variants[i]!;
    const w = widths[i]!;
    const text =
      v.find((x) => measure(x) <= w) ?? (fitText(v[v.length - 1]!, w, measure) || fitText(v[0]!, w, measure, 1));
    return { x: anchors[i]!, w: measure(text), text };
  });
  let labelRight = r0 - PAD * 2;
  u.connectors = u.links.map((link, i) => {
    const a = u.members[i]!;
    const b = u.members[i + 1]!;
    const gap = b.x0 > a.x1 + 4;
    const at = link.on !== null ? scale(link.on) : b.xs;
    const x = Math.min(r1, Math.max(r0, gap ? b.x0 : at));
    const xFrom = gap ? a.x1 : x;
    let text = connectorLabel(link.basis, link.on);
    let w = measure(text);
    // Centred in a gap; beside a tick, left of it: a connector from another row may arrive there.
    let labelX = Math.min(r1 - w, gap ? (a.x1 + b.x0) / 2 - w / 2 : x - w - 5 >= r0 ? x - w - 5 : x - w / 2);
    if (labelX < labelRight + PAD * 2) {
      labelX = labelRight + PAD * 2;
      if (labelX + w > r1) {
        text = link.basis.toLowerCase();
        w = measure(text);
        labelX = Math.min(labelX, r1 - w);
      }
    }
    labelX = Math.max(r0, labelX);
    labelRight = labelX + w;
    return { x, xFrom, labelX, text, w };
  });
}

/** A connector across rows before the rows are stacked: x positions, rows, and its label's place. */
interface CrossPlan {
  from: string;
  to: string;
  basis: string;
  on: number | null;
  /** Row of the predecessor and of the successor. */
  ra: number;
  rb: number;
  /** Arrow tip on the successor's bar, and the start on the predecessor's bar. */
  x: number;
  xFrom: number;
  /** x of the long vertical (through the rows between), beside which the label goes. */
  xV: number;
  label: string;
  labelX: number;
  labelRow: number;
}

/**
 * Where a connector between rows runs. The arrow points at the day the replacement took effect
 * (else the successor's start), kept on the successor's visible bar; it starts on the
 * predecessor's bar at that x, or at the predecessor's end when it ended before.
 */
function planCross(
  a: Visible,
  b: Visible,
  ra: number,
  rb: number,
  r: { basis: string; on: number | null },
  r0: number,
  r1: number,
  scale: ScaleTime<number, number>,
): CrossPlan {
  const bx0 = Math.max(b.x0, r0);
  const bx1 = Math.max(bx0, Math.min(b.x1, r1) - 1);
  const at = r.on !== null ? scale(r.on) : b.xs;
  const x = Math.min(bx1, Math.max(bx0, at));
  const ax0 = Math.max(a.x0, r0);
  const ax1 = Math.min(a.x1, r1);
  const xFrom = x >= ax0 && x <= ax1 + 1 ? x : Math.min(r1, Math.max(r0, x > ax1 ? ax1 : ax0));
  return {
    from: a.span.id,
    to: b.span.id,
    basis: r.basis,
    on: r.on,
    ra,
    rb,
    x,
    xFrom,
    // Downwards the long vertical leaves the predecessor; upwards it reaches the successor.
    xV: ra < rb ? xFrom : x,
    label: '',
    labelX: x,
    labelRow: Math.min(ra, rb),
  };
}

/**
 * The label of a connector across rows: on the connector line of a row its long vertical crosses
 * (nearest the predecessor first), else under the predecessor's or the successor's bar; right of
 * the vertical, else left, else centred; the full text,
 * else the basis alone; none when every place is taken (the tooltip still says it).
 */
function placeCrossLabel(
  p: CrossPlan,
  rows: { connectors: Intervals; chain: boolean }[],
  measure: (s: string) => number,
  r0: number,
  r1: number,
): void {
  const candidates: number[] = [];
  if (p.ra < p.rb) for (let k = p.ra; k < p.rb; k++) candidates.push(k);
  else if (p.ra > p.rb) for (let k = p.ra - 1; k >= p.rb; k--) candidates.push(k);
  // Then under the predecessor's bar, where the connector starts, and under the successor's.
  for (const k of [p.ra, p.rb]) if (!candidates.includes(k)) candidates.push(k);
  for (const text of [connectorLabel(p.basis, p.on), p.basis.toLowerCase()]) {
    const w = measure(text);
    for (const k of candidates) {
      const row = rows[k]!;
      // Right of the line, or a little further (clear of a label that ends at a tick there), left, centred.
      for (const x of [p.xV + 5, p.xV + 2 * PAD + 2, p.xV - 5 - w, p.xV - w / 2]) {
        const lx = Math.max(r0, Math.min(r1 - w, x));
        // Pushed back inside the plot over its own line, a label would be crossed out by it.
        if ((lx < p.xV + 3 && lx + w > p.xV - 3) || row.connectors.overlaps(lx - PAD, lx + w + PAD)) continue;
        row.connectors.insert(lx - PAD, lx + w + PAD);
        row.chain = true;
        p.label = text;
        p.labelX = lx;
        p.labelRow = k;
        return;
      }
    }
  }
}

/** A planned connector across rows in page coordinates, once the rows are stacked. */
function crossConnector(p: CrossPlan, boxes: readonly BandRow[]): Connector {
  const barTop = (k: number) => boxes[k]!.y + BAND.nameLine;
  const barBottom = (k: number) => barTop(k) + BAND.bar;
  let points: [number, number][];
  let head: Connector['head'];
  if (p.ra < p.rb) {
    // Down from the predecessor's bar; along just above the successor's row to the arrow's x.
    const yE = boxes[p.rb]!.y - 1;
    points =
      p.xFrom === p.x
        ? []
        : [
            [p.xFrom, barBottom(p.ra)],
            [p.xFrom, yE],
          ];
    points.push(p.xFrom === p.x ? [p.x, barBottom(p.ra)] : [p.x, yE], [p.x, barTop(p.rb)]);
    head = 'down';
  } else if (p.ra > p.rb) {
    // Up from the predecessor's bar to just above its row, along to the arrow's x, up to the successor.
    const yE = boxes[p.ra]!.y - 1;
    points =
      p.xFrom === p.x
        ? []
        : [
            [p.xFrom, barTop(p.ra)],
            [p.xFrom, yE],
          ];
    points.push(p.xFrom === p.x ? [p.x, barTop(p.ra)] : [p.x, yE], [p.x, barBottom(p.rb)]);
    head = 'up';
  } else {
    // One row, two units: along the gap under the row's connector line, clear of its labels.
    const yE = barBottom(p.ra) + BAND.connectorLine + 2;
    points = [
      [p.xFrom, barBottom(p.ra)],
      [p.xFrom, yE],
      [p.x, yE],
      [p.x, barBottom(p.rb)],
    ];
    head = 'up';
  }
  return {
    from: p.from,
    to: p.to,
    basis: p.basis,
    on: p.on,
    x: p.x,
    xFrom: p.xFrom,
    y: barTop(p.rb) + BAND.bar / 2,
    label: p.label,
    labelX: p.labelX,
    labelY: barBottom(p.labelRow) + BAND.connectorLine - 2,
    cross: true,
    points,
    head,
  };
}

/** A connector's line as an SVG path. */
export function connectorPath(c: Connector): string {
  return c.points.map(([x, y], i) => `${i ? 'L' : 'M'}${round(x)},${round(y)}`).join('');
}

/** The arrow head at a connector's last point, as an SVG path. */
export function connectorHead(c: Connector): string {
  const [x, y] = c.head === 'right' ? [c.x, c.y] : (c.points[c.points.length - 1] as readonly [number, number]);
  const t = `M${round(x)},${round(y)}`;
  return c.head === 'right' ? `${t}l-4,-3v6z` : c.head === 'down' ? `${t}l-3,-4h6z` : `${t}l-3,4h6z`;
}

const round = (v: number) => Math.round(v * 10) / 10;
