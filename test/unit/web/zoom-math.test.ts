import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  clampWindow,
  DEFAULT_LIMITS,
  panWindow,
  scaleExtentFor,
  transformFromWindow,
  windowFromTransform,
  zoomWindow,
} from '../../../web/src/timeline/zoom-math';
import { DAY_MS } from '../../../web/src/timeline/partial-time';

const w = { start: Date.UTC(2000, 0, 1), end: Date.UTC(2010, 0, 1) };
const span = (x: { start: number; end: number }) => x.end - x.start;

describe('zoom-math', () => {
  it('zoomWindow(w, 2) returns a window half as wide around the centre', () => {
    const z = zoomWindow(w, 2);
    expect(span(z)).toBe(span(w) / 2);
    expect((z.start + z.end) / 2).toBe((w.start + w.end) / 2);
  });
  it('zoomWindow(w, 2, 0) keeps the left edge fixed', () => {
    expect(zoomWindow(w, 2, 0).start).toBe(w.start);
  });
  it('zoomWindow(w, 1e9) returns the narrowest window: two days', () => {
    expect(span(zoomWindow(w, 1e9))).toBe(2 * DAY_MS);
  });
  it('zoomWindow(w, 1e-9) returns the widest window: five centuries', () => {
    expect(span(zoomWindow(w, 1e-9))).toBe(DEFAULT_LIMITS.maxSpan);
  });
  it('zoomWindow throws "invalid zoom factor" for 0', () => {
    expect(() => zoomWindow(w, 0)).toThrow('invalid zoom factor: 0');
  });
  it('panWindow(w, 0.5) returns the window moved half its span later', () => {
    expect(panWindow(w, 0.5)).toEqual({ start: w.start + span(w) / 2, end: w.end + span(w) / 2 });
  });
  it('panWindow past the bounds returns a window stopped at the bound', () => {
    expect(panWindow(w, 1e6).end).toBe(DEFAULT_LIMITS.bounds.end);
  });
  it('clampWindow keeps any window inside the limits', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2e13, max: 2e13, noNaN: true }),
        fc.double({ min: 1, max: 5e13, noNaN: true }),
        (start, len) => {
          const c = clampWindow({ start, end: start + len });
          return (
            span(c) >= DEFAULT_LIMITS.minSpan &&
            span(c) <= DEFAULT_LIMITS.maxSpan + 1 &&
            c.start >= DEFAULT_LIMITS.bounds.start &&
            c.end <= DEFAULT_LIMITS.bounds.end
          );
        },
      ),
    );
  });
  it('windowFromTransform(base, transformFromWindow(base, w)) returns w', () => {
    const base = { start: Date.UTC(1900, 0, 1), end: Date.UTC(2030, 0, 1) };
    const t = transformFromWindow(base, w, 1000);
    const back = windowFromTransform(base, t, 1000);
    expect(back.start).toBeCloseTo(w.start, -1);
    expect(back.end).toBeCloseTo(w.end, -1);
  });
  it('windowFromTransform(base, identity) returns the base', () => {
    expect(windowFromTransform(w, { k: 1, x: 0 }, 800)).toEqual(w);
  });
  it('scaleExtentFor returns the k range from five centuries to two days', () => {
    const [lo, hi] = scaleExtentFor(w);
    expect(lo).toBeCloseTo(span(w) / DEFAULT_LIMITS.maxSpan);
    expect(hi).toBeCloseTo(span(w) / (2 * DAY_MS));
  });
});
