import { quadtree, type Quadtree } from 'd3';

/**
 * Which mark is under the pointer on the canvas. Dots and short spans live in a quadtree keyed
 * by their centre; long spans (year-precise events zoomed in) are few and checked one by one.
 */
export interface Hittable {
  readonly x0: number;
  readonly x1: number;
  readonly cx: number;
  readonly y: number;
  readonly r: number;
}

export interface HitIndex<T extends Hittable> {
  /** The mark under (x, y) within `slop` pixels, nearest first; null when none. */
  find(x: number, y: number, slop?: number): T | null;
  readonly size: number;
}

const LONG = 24;

/** Distance from the mark's edge: negative inside, so the mark whose centre is nearest wins overlaps. */
function distance(m: Hittable, x: number, y: number): number {
  if (m.x0 === m.x1) return Math.hypot(x - m.cx, y - m.y) - m.r;
  const dx = x < m.x0 ? m.x0 - x : x > m.x1 ? x - m.x1 : 0;
  const dy = Math.abs(y - m.y) - m.r;
  return dx > 0 ? Math.hypot(dx, Math.max(0, dy)) : dy;
}

/** Builds the index once per layout; find() is O(log n) for dots. */
export function createHitIndex<T extends Hittable>(marks: readonly T[]): HitIndex<T> {
  const long: T[] = [];
  const short: T[] = [];
  for (const m of marks) (m.x1 - m.x0 > LONG ? long : short).push(m);
  const tree: Quadtree<T> = quadtree<T>()
    .x((m) => m.cx)
    .y((m) => m.y)
    .addAll(short);
  const reach = Math.max(LONG / 2, ...short.map((m) => m.r));
  return {
    size: marks.length,
    find(x, y, slop = 3) {
      let best: T | null = null;
      let bestD = Infinity;
      const radius = reach + slop;
      tree.visit((node, x0, y0, x1, y1) => {
        if (!node.length) {
          let leaf: typeof node | undefined = node;
          while (leaf && !leaf.length) {
            const m = (leaf as { data: T }).data;
            const d = distance(m, x, y);
            if (d <= slop && d < bestD) {
              best = m;
              bestD = d;
            }
            leaf = (leaf as { next?: typeof node }).next;
          }
        }
        return x0 > x + radius || x1 < x - radius || y0 > y + radius || y1 < y - radius;
      });
      for (const m of long) {
        const d = distance(m, x, y);
        if (d <= slop && d < bestD) {
          best = m;
          bestD = d;
        }
      }
      return best;
    },
  };
}
