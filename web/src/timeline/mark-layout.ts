import type { ScaleTime } from 'd3';
import { colorOf, markStyle, type MarkStyle } from './colors';
import { packRows, rowsIn, rowY, type LaneBox } from './lane-layout';
import type { Bin, TimelineItem } from './model';
import { markGeometry } from './time-scale';

/** Items and bins placed on screen: what the canvas draws, hit testing finds and the SVG export writes. */
export interface PlacedMark {
  /** Unique per drawn mark: an event in two actor lanes is drawn twice. */
  readonly key: string;
  readonly item: TimelineItem;
  readonly laneId: string;
  readonly x0: number;
  readonly x1: number;
  readonly cx: number;
  readonly y: number;
  readonly r: number;
  readonly shape: 'dot' | 'span';
  readonly style: MarkStyle;
}

export interface MarkLayoutOptions {
  readonly rowHeight?: number;
  readonly minSpan?: number;
}

/** Places each item in each of its lanes, packing overlapping marks into rows. */
export function layoutItems(
  items: readonly TimelineItem[],
  lanes: readonly LaneBox[],
  scale: ScaleTime<number, number>,
  options: MarkLayoutOptions = {},
): PlacedMark[] {
  const rowHeight = options.rowHeight ?? 12;
  const minSpan = options.minSpan ?? 8;
  const r = Math.max(2, Math.floor(rowHeight / 2) - 1);
  const byLane = new Map<string, { item: TimelineItem; g: NonNullable<ReturnType<typeof markGeometry>> }[]>();
  for (const lane of lanes) byLane.set(lane.id, []);
  for (const item of items) {
    const g = markGeometry(scale, item.date, minSpan);
    if (!g) continue;
    for (const laneId of item.laneIds) byLane.get(laneId)?.push({ item, g });
  }
  const out: PlacedMark[] = [];
  for (const lane of lanes) {
    const entries = byLane.get(lane.id) ?? [];
    const rows = packRows(
      entries.map((e) => (e.g.shape === 'dot' ? { x0: e.g.cx - r, x1: e.g.cx + r } : e.g)),
      rowsIn(lane, rowHeight),
      1,
    );
    // Centre the used rows in the lane: a lane with one row of marks reads as a line, not a ceiling.
    let used = 0;
    for (const row of rows) if (row + 1 > used) used = row + 1;
    const offset = Math.max(0, (lane.height - 4 - used * rowHeight) / 2);
    entries.forEach((e, i) => {
      out.push({
        key: `${lane.id}\u0000${e.item.id}`,
        item: e.item,
        laneId: lane.id,
        x0: e.g.x0,
        x1: e.g.x1,
        cx: e.g.cx,
        y: rowY(lane, rows[i] ?? 0, rowHeight) + offset,
        r,
        shape: e.g.shape,
        style: markStyle(e.item.type, e.item.modality),
      });
    });
  }
  return out;
}

export interface PlacedBin {
  readonly laneId: string;
  readonly x: number;
  readonly width: number;
  /** Bottom of the bar (the lane's baseline). */
  readonly y: number;
  readonly height: number;
  readonly count: number;
  readonly start: number;
  readonly end: number;
  /** Stacked from the baseline up, largest type first. */
  readonly segments: readonly {
    readonly type: string;
    readonly color: string;
    readonly y: number;
    readonly height: number;
    readonly count: number;
  }[];
}

// Bins are immutable once mapped: sort their types once, not every frame.
const typeOrder = new WeakMap<Bin, readonly { readonly type: string; readonly count: number }[]>();
function sortedTypes(bin: Bin): readonly { readonly type: string; readonly count: number }[] {
  let sorted = typeOrder.get(bin);
  if (!sorted) {
    sorted = bin.byType.filter((t) => t.count > 0).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
    typeOrder.set(bin, sorted);
  }
  return sorted;
}

/**
 * Bins as bars standing on each lane's baseline. Heights grow with the square root of the count
 * against the largest bin in view, so one busy week does not flatten every other bar.
 */
export function layoutBins(
  bins: readonly Bin[],
  lanes: readonly LaneBox[],
  scale: ScaleTime<number, number>,
): PlacedBin[] {
  const laneById = new Map(lanes.map((l) => [l.id, l]));
  let max = 1;
  for (const b of bins) if (laneById.has(b.laneId) && b.count > max) max = b.count;
  const [r0, r1] = scale.range() as [number, number];
  const out: PlacedBin[] = [];
  for (const bin of bins) {
    const lane = laneById.get(bin.laneId);
    if (!lane || bin.count <= 0) continue;
    const x = scale(bin.start);
    const x1 = scale(bin.end);
    if (x1 < r0 || x > r1) continue;
    const width = Math.max(1, x1 - x - 1);
    const base = lane.y + lane.height - 2;
    const height = Math.max(2, (lane.height - 6) * Math.sqrt(bin.count / max));
    let top = base;
    const sorted = sortedTypes(bin);
    const total = sorted.reduce((s, t) => s + t.count, 0) || 1;
    const segments = sorted.map((t) => {
      const h = (height * t.count) / total;
      top -= h;
      return { type: t.type, color: colorOf(t.type), y: top, height: h, count: t.count };
    });
    out.push({
      laneId: bin.laneId,
      x,
      width,
      y: base,
      height,
      count: bin.count,
      start: bin.start,
      end: bin.end,
      segments,
    });
  }
  return out;
}
