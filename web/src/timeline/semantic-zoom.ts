import type { Window } from './model';

/**
 * When to ask the server again and how much to ask for. The server answers `timeline` with items
 * when the window holds at most maxItems events and with bins otherwise; the client only decides
 * the budget, the padded window it asks about, and whether what it holds still fits the view.
 */

/** How many items the view can show legibly: about one per 6 px of lane, within [200, 4000]. */
export function maxItemsFor(width: number, laneCount: number): number {
  return Math.round(Math.min(4000, Math.max(200, (width * Math.max(1, laneCount)) / 6)));
}

/**
 * How many time buckets per lane to ask for: one per ~10 px (a bar wide enough to see its type
 * colours and to hover), over the padded window that requestWindow asks for. Within the API's
 * 10 to 400.
 */
export function maxBucketsFor(plotWidth: number, padding = 0.5): number {
  return Math.round(Math.min(400, Math.max(10, (plotWidth * (1 + 2 * padding)) / 10)));
}

/** The window to request for a view: the view plus half its span on each side, for smooth panning. */
export function requestWindow(view: Window, padding = 0.5): Window {
  const pad = (view.end - view.start) * padding;
  return { start: Math.round(view.start - pad), end: Math.round(view.end + pad) };
}

export interface Loaded {
  readonly window: Window;
  readonly mode: 'ITEMS' | 'BINS';
  /** The view span the data was requested for. */
  readonly viewSpan: number;
  /** The filter key it was requested with. */
  readonly key: string;
}

/**
 * Whether the data held still serves the view: same filters, the view inside the loaded window,
 * and, for bins, a zoom within a factor of 1.5 of the one they were sized for (items stay exact
 * at any zoom in, so only zooming out far enough to need bins again refetches them).
 */
export function needsFetch(loaded: Loaded | null, view: Window, key: string): boolean {
  if (!loaded || loaded.key !== key) return true;
  if (view.start < loaded.window.start || view.end > loaded.window.end) return true;
  const ratio = (view.end - view.start) / loaded.viewSpan;
  if (loaded.mode === 'BINS') return ratio < 1 / 1.5 || ratio > 1.5;
  return ratio > 1.5;
}

/**
 * Keeps only the newest answer: each request takes a ticket; an answer whose ticket is no
 * longer the latest is stale and dropped.
 */
export function createLatest(): { next(): number; isCurrent(ticket: number): boolean } {
  let latest = 0;
  return {
    next: () => ++latest,
    isCurrent: (ticket) => ticket === latest,
  };
}
