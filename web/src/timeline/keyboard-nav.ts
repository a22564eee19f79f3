/**
 * Moving the keyboard focus between marks: left and right step through time within a lane,
 * up and down jump to the nearest mark in time in the lane above or below.
 */
export interface NavMark {
  readonly key: string;
  readonly laneId: string;
  readonly cx: number;
}

export type NavDirection = 'left' | 'right' | 'up' | 'down' | 'first' | 'last';

/** The key of the mark focus moves to, or the current key when there is nowhere to go. */
export function nextMark(
  marks: readonly NavMark[],
  laneOrder: readonly string[],
  current: string | null,
  direction: NavDirection,
): string | null {
  if (marks.length === 0) return null;
  const sorted = [...marks].sort(
    (a, b) => laneOrder.indexOf(a.laneId) - laneOrder.indexOf(b.laneId) || a.cx - b.cx || a.key.localeCompare(b.key),
  );
  const at = sorted.find((m) => m.key === current);
  if (!at || direction === 'first') return sorted[0]?.key ?? null;
  if (direction === 'last') return sorted[sorted.length - 1]?.key ?? null;
  const lane = sorted.filter((m) => m.laneId === at.laneId);
  const i = lane.indexOf(at);
  if (direction === 'left') return (lane[i - 1] ?? at).key;
  if (direction === 'right') return (lane[i + 1] ?? at).key;
  const li = laneOrder.indexOf(at.laneId);
  const step = direction === 'up' ? -1 : 1;
  for (let j = li + step; j >= 0 && j < laneOrder.length; j += step) {
    const other = sorted.filter((m) => m.laneId === laneOrder[j]);
    if (other.length === 0) continue;
    let best = other[0] as NavMark;
    for (const m of other) if (Math.abs(m.cx - at.cx) < Math.abs(best.cx - at.cx)) best = m;
    return best.key;
  }
  return at.key;
}
