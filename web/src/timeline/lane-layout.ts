import type { Lane } from './model';

/**
 * Lanes stacked top to bottom, and marks packed into rows inside each lane so overlapping
 * spans do not hide one another.
 */
export interface LaneBox extends Lane {
  readonly index: number;
  readonly y: number;
  readonly height: number;
}

export interface LaneLayoutOptions {
  /** Pixels between lanes. */
  readonly gap?: number;
  /** Lanes never get thinner than this; extra lanes extend below the viewport. */
  readonly minHeight?: number;
  /** Nor fatter than this. */
  readonly maxHeight?: number;
}

/** The most active lanes first (ties by label), cut to `limit`. */
export function mostActive(lanes: readonly Lane[], limit: number): Lane[] {
  return [...lanes]
    .sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || a.label.localeCompare(b.label))
    .slice(0, Math.max(0, limit));
}

/** Shares `top`..`top + height` between the lanes in order. */
export function layoutLanes(
  lanes: readonly Lane[],
  top: number,
  height: number,
  options: LaneLayoutOptions = {},
): LaneBox[] {
  const gap = options.gap ?? 4;
  const minHeight = options.minHeight ?? 28;
  const maxHeight = options.maxHeight ?? 160;
  if (lanes.length === 0) return [];
  const fair = (height - gap * (lanes.length - 1)) / lanes.length;
  const h = Math.min(maxHeight, Math.max(minHeight, Math.floor(fair)));
  return lanes.map((lane, index) => ({ ...lane, index, y: top + index * (h + gap), height: h }));
}

/** The lane at a vertical position, or null between or outside lanes. */
export function laneAt(boxes: readonly LaneBox[], y: number): LaneBox | null {
  return boxes.find((b) => y >= b.y && y < b.y + b.height) ?? null;
}

export interface PackInput {
  readonly x0: number;
  readonly x1: number;
}

/**
 * First-fit interval packing: each mark (sorted by x0) takes the first row whose last mark ends
 * `padding` pixels before it starts. Marks beyond `maxRows` share the last row. Returns each
 * input's row, in input order.
 */
export function packRows(marks: readonly PackInput[], maxRows: number, padding = 2): number[] {
  const order = marks.map((_, i) => i).sort((a, b) => (marks[a]?.x0 ?? 0) - (marks[b]?.x0 ?? 0));
  const rowEnds: number[] = [];
  const rows = new Array<number>(marks.length).fill(0);
  for (const i of order) {
    const m = marks[i];
    if (!m) continue;
    let row = rowEnds.findIndex((end) => end + padding <= m.x0);
    if (row === -1) row = rowEnds.length < maxRows ? rowEnds.length : maxRows - 1;
    rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, m.x1);
    rows[i] = row;
  }
  return rows;
}

/** How many rows of `rowHeight` fit in a lane, at least one. */
export function rowsIn(lane: LaneBox, rowHeight: number): number {
  return Math.max(1, Math.floor((lane.height - 4) / rowHeight));
}

/** The centre y of a row in a lane. */
export function rowY(lane: LaneBox, row: number, rowHeight: number): number {
  return lane.y + 2 + rowHeight * row + rowHeight / 2;
}
