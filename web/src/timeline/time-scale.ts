import { scaleUtc, utcDay, utcFormat, type ScaleTime } from 'd3';
import type { Window } from './model';
import { parsePartialInterval } from './partial-time';

/** A UTC time scale over a window; the only time scale the timeline uses. */
export function createTimeScale(window: Window, range: readonly [number, number]): ScaleTime<number, number> {
  if (!(window.end > window.start)) throw new Error(`invalid window: ${window.start}..${window.end}`);
  return scaleUtc()
    .domain([new Date(window.start), new Date(window.end)])
    .range([range[0], range[1]]);
}

/** The window a scale currently shows. */
export function windowOf(scale: ScaleTime<number, number>): Window {
  const [a, b] = scale.domain();
  return { start: (a ?? new Date(0)).getTime(), end: (b ?? new Date(0)).getTime() };
}

export interface MarkGeometry {
  /** Left and right edge of the interval on screen, clipped to [clipLeft, clipRight]. */
  readonly x0: number;
  readonly x1: number;
  /** Centre of the interval (unclipped), where a dot is drawn. */
  readonly cx: number;
  /** A dot when the interval is narrower than the minimum span width, else a span. */
  readonly shape: 'dot' | 'span';
}

/**
 * Where a partial date is drawn: its whole interval when that is at least minSpan pixels wide,
 * otherwise a dot at its centre. Returns null when the interval is off screen or not a date.
 */
export function markGeometry(scale: ScaleTime<number, number>, date: string, minSpan = 8): MarkGeometry | null {
  const i = parsePartialInterval(date);
  if (!i) return null;
  const [r0, r1] = scale.range() as [number, number];
  const a = scale(i.start);
  const b = scale(i.end);
  const cx = (a + b) / 2;
  const pad = minSpan;
  if (b < r0 - pad || a > r1 + pad) return null;
  if (b - a < minSpan) return { x0: cx, x1: cx, cx, shape: 'dot' };
  return { x0: Math.max(a, r0 - pad), x1: Math.min(b, r1 + pad), cx, shape: 'span' };
}

export interface Tick {
  readonly x: number;
  readonly label: string;
  readonly time: number;
}

/** Axis ticks as data, so the DOM axis and the exported SVG draw the same thing. */
export function axisTicks(scale: ScaleTime<number, number>, count: number): Tick[] {
  const [a, b] = scale.domain() as [Date, Date];
  // Dates here are days at best: never tick hours, even zoomed in to two days.
  if ((b.getTime() - a.getTime()) / 86_400_000 <= count) {
    const format = utcFormat('%-d %b %Y');
    return scale.ticks(utcDay.every(1) ?? utcDay).map((d) => ({ x: scale(d), label: format(d), time: d.getTime() }));
  }
  const format = scale.tickFormat(count);
  return scale.ticks(count).map((d) => ({ x: scale(d), label: format(d), time: d.getTime() }));
}
