import type { Window } from './model';
import { DAY_MS, utcDay } from './partial-time';

/**
 * Zoom arithmetic on windows of time, apart from the DOM: d3-zoom keeps a transform relative
 * to a base window; these functions convert between the two and keep the view between a few
 * days and several centuries.
 */
export interface ZoomLimits {
  /** The narrowest window, in ms. */
  readonly minSpan: number;
  /** The widest window, in ms. */
  readonly maxSpan: number;
  /** Where the view may go: [earliest start, latest end]. */
  readonly bounds: Window;
}

export const DEFAULT_LIMITS: ZoomLimits = Object.freeze({
  minSpan: 2 * DAY_MS,
  maxSpan: utcDay(2500) - utcDay(2000),
  bounds: Object.freeze({ start: utcDay(1500), end: utcDay(2200) }),
});

/** A d3-zoom transform reduced to what the timeline uses. */
export interface ZoomTransform {
  readonly k: number;
  readonly x: number;
}

/** Keeps a window inside the limits: its span between minSpan and maxSpan, then inside bounds. */
export function clampWindow(w: Window, limits: ZoomLimits = DEFAULT_LIMITS): Window {
  const boundsSpan = limits.bounds.end - limits.bounds.start;
  const span = Math.min(Math.max(w.end - w.start, limits.minSpan), limits.maxSpan, boundsSpan);
  const mid = (w.start + w.end) / 2;
  let start = mid - span / 2;
  start = Math.min(Math.max(start, limits.bounds.start), limits.bounds.end - span);
  return { start: Math.round(start), end: Math.round(start + span) };
}

/** Zooms by factor (>1 zooms in) keeping the time under `anchor` (0 = left edge, 1 = right) fixed. */
export function zoomWindow(w: Window, factor: number, anchor = 0.5, limits: ZoomLimits = DEFAULT_LIMITS): Window {
  if (!(factor > 0)) throw new Error(`invalid zoom factor: ${factor}`);
  const span = w.end - w.start;
  const pivot = w.start + span * anchor;
  const next = Math.min(Math.max(span / factor, limits.minSpan), limits.maxSpan);
  const start = pivot - next * anchor;
  return clampWindow({ start, end: start + next }, limits);
}

/** Pans by a fraction of the window (positive moves later in time). */
export function panWindow(w: Window, fraction: number, limits: ZoomLimits = DEFAULT_LIMITS): Window {
  const shift = (w.end - w.start) * fraction;
  return clampWindow({ start: w.start + shift, end: w.end + shift }, limits);
}

/** The window a d3-zoom transform shows, for a base window drawn across `width` pixels. */
export function windowFromTransform(base: Window, t: ZoomTransform, width: number): Window {
  const msPerPx = (base.end - base.start) / width;
  const start = base.start + (-t.x / t.k) * msPerPx;
  return { start, end: start + (width / t.k) * msPerPx };
}

/** The transform that shows window w, the inverse of windowFromTransform. */
export function transformFromWindow(base: Window, w: Window, width: number): ZoomTransform {
  const k = (base.end - base.start) / (w.end - w.start);
  const x = (-(w.start - base.start) / (base.end - base.start)) * width * k;
  return { k, x };
}

/** d3-zoom's scaleExtent for a base window under the limits. */
export function scaleExtentFor(base: Window, limits: ZoomLimits = DEFAULT_LIMITS): [number, number] {
  const span = base.end - base.start;
  return [span / limits.maxSpan, span / limits.minSpan];
}

/** d3-zoom's translateExtent (in base pixels) for the bounds. */
export function translateExtentFor(
  base: Window,
  width: number,
  limits: ZoomLimits = DEFAULT_LIMITS,
): [[number, number], [number, number]] {
  const px = (t: number) => ((t - base.start) / (base.end - base.start)) * width;
  return [
    [px(limits.bounds.start), -Infinity],
    [px(limits.bounds.end), Infinity],
  ];
}
