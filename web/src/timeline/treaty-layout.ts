import type { ScaleTime } from 'd3';
import { packRows } from './lane-layout';
import type { TreatySpan } from './model';

/** Treaties as bars in a band above the lanes, with arrows from each treaty to its replacement. */
export interface PlacedSpan {
  readonly span: TreatySpan;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly height: number;
  /** Still in force: drawn open-ended to the right edge. */
  readonly open: boolean;
  /** The name fits inside the bar. */
  readonly labelled: boolean;
  /** It shares its row with a bar it overlaps (more treaties than rows): drawn without a name. */
  readonly crowded: boolean;
}

export interface LineageArrow {
  readonly from: string;
  readonly to: string;
  /** The replacement is outside the view: the arrow is a stub towards the right edge. */
  readonly offscreen: boolean;
  /** SVG path data, a cubic curve from the end of `from` to the start of `to`. */
  readonly d: string;
  /** Arrowhead tip and the direction it points, in radians. */
  readonly tip: readonly [number, number];
  readonly angle: number;
}

export interface SpanLayout {
  readonly spans: readonly PlacedSpan[];
  readonly arrows: readonly LineageArrow[];
  /** Height the band needs. */
  readonly height: number;
}

export interface SpanLayoutOptions {
  readonly top?: number;
  readonly rowHeight?: number;
  readonly maxRows?: number;
  /** Average pixels per character, to decide whether a name fits. */
  readonly charWidth?: number;
}

const r = (n: number) => Math.round(n * 10) / 10;

/** Lays out the spans in view; arrows whose replacement is off screen point at the right edge. */
export function layoutSpans(
  spans: readonly TreatySpan[],
  scale: ScaleTime<number, number>,
  options: SpanLayoutOptions = {},
): SpanLayout {
  const top = options.top ?? 0;
  const rowHeight = options.rowHeight ?? 16;
  const maxRows = options.maxRows ?? 4;
  const charWidth = options.charWidth ?? 6.5;
  const [r0, r1] = scale.range() as [number, number];
  const visible = spans
    .map((span) => {
      const a = scale(span.start);
      const b = span.end === null ? r1 + 1 : scale(span.end);
      return { span, x0: Math.max(a, r0 - 1), x1: Math.min(Math.max(b, a + 3), r1 + 1), open: span.end === null };
    })
    .filter((s) => s.x1 >= r0 && s.x0 <= r1);
  // Leave room after each bar for the arrow that leaves it.
  const rows = packRows(
    visible.map((s) => ({ x0: s.x0, x1: s.x1 + 12 })),
    maxRows,
    0,
  );
  const crowded = visible.map((s, i) =>
    visible.some((o, j) => j !== i && rows[j] === rows[i] && o.x0 < s.x1 && s.x0 < o.x1),
  );
  const placed: PlacedSpan[] = visible.map((s, i) => ({
    ...s,
    y: top + (rows[i] ?? 0) * rowHeight + 2,
    height: rowHeight - 4,
    labelled: !crowded[i] && s.x1 - s.x0 > s.span.name.length * charWidth + 8,
    crowded: crowded[i] ?? false,
  }));
  const byId = new Map(placed.map((p) => [p.span.id, p]));
  const arrows: LineageArrow[] = [];
  for (const p of placed) {
    for (const repId of p.span.replacedBy) {
      const target = byId.get(repId);
      if (target && target.x0 < p.x1 - 4 && target.y !== p.y) {
        // The replacement began before this one ended: a short vertical arrow inside the overlap.
        const x = (Math.max(p.x0, target.x0) + Math.min(p.x1, target.x1)) / 2;
        const down = target.y > p.y;
        const sy = down ? p.y + p.height : p.y;
        const ty = down ? target.y : target.y + target.height;
        arrows.push({
          from: p.span.id,
          to: repId,
          offscreen: false,
          d: `M${r(x)},${r(sy)}L${r(x)},${r(ty)}`,
          tip: [r(x), r(ty)],
          angle: down ? Math.PI / 2 : -Math.PI / 2,
        });
        continue;
      }
      const sx = p.x1;
      const sy = p.y + p.height / 2;
      const tx = target ? target.x0 : Math.min(sx + 24, r1);
      const ty = target ? target.y + target.height / 2 : sy;
      const bend = Math.max(8, Math.abs(tx - sx) / 2);
      const d = `M${r(sx)},${r(sy)}C${r(sx + bend)},${r(sy)} ${r(tx - bend)},${r(ty)} ${r(tx)},${r(ty)}`;
      arrows.push({ from: p.span.id, to: repId, offscreen: !target, d, tip: [r(tx), r(ty)], angle: 0 });
    }
  }
  const usedRows = placed.length === 0 ? 0 : Math.max(...rows.slice(0, placed.length)) + 1;
  return { spans: placed, arrows, height: usedRows * rowHeight };
}

/** The arrowhead at a tip, as SVG path data (also used on canvas through Path2D). */
export function arrowHead(tip: readonly [number, number], angle: number, size = 5): string {
  const [x, y] = tip;
  const a = (dx: number, dy: number) => {
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    return `${r(x + dx * c - dy * s)},${r(y + dx * s + dy * c)}`;
  };
  return `M${r(x)},${r(y)}L${a(-size, -size / 1.6)}L${a(-size, size / 1.6)}Z`;
}
