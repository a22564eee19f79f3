import { describe, expect, it } from 'vitest';
import { axisTicks, createTimeScale, markGeometry, windowOf } from '../../../web/src/timeline/time-scale';

const year2000 = { start: Date.UTC(2000, 0, 1), end: Date.UTC(2001, 0, 1) };

describe('time-scale', () => {
  it('createTimeScale(window, range) maps the window onto the range', () => {
    const s = createTimeScale(year2000, [0, 366]);
    expect(s(Date.UTC(2000, 0, 2))).toBeCloseTo(1);
    expect(windowOf(s)).toEqual(year2000);
  });
  it('createTimeScale throws "invalid window" when end <= start', () => {
    expect(() => createTimeScale({ start: 5, end: 5 }, [0, 1])).toThrow('invalid window: 5..5');
  });
  it('markGeometry of a month, zoomed to a year, returns a span over the month', () => {
    const g = markGeometry(createTimeScale(year2000, [0, 366]), '2000-02');
    expect(g?.shape).toBe('span');
    expect(g?.x0).toBeCloseTo(31);
    expect(g?.x1).toBeCloseTo(60);
  });
  it('markGeometry of a day, zoomed to a year, returns a dot at the middle of the day', () => {
    const g = markGeometry(createTimeScale(year2000, [0, 366]), '2000-01-11');
    expect(g).toEqual({ x0: 10.5, x1: 10.5, cx: 10.5, shape: 'dot' });
  });
  it('markGeometry of a year wider than the view returns a span clipped to the range', () => {
    const s = createTimeScale({ start: Date.UTC(2000, 5, 1), end: Date.UTC(2000, 6, 1) }, [0, 300]);
    const g = markGeometry(s, '2000', 8);
    expect(g?.shape).toBe('span');
    expect(g?.x0).toBe(-8);
    expect(g?.x1).toBe(308);
  });
  it('markGeometry returns null off screen and for non-dates', () => {
    const s = createTimeScale(year2000, [0, 366]);
    expect(markGeometry(s, '1990')).toBeNull();
    expect(markGeometry(s, 'soon')).toBeNull();
  });
  it('axisTicks returns positions and labels', () => {
    const ticks = axisTicks(createTimeScale(year2000, [0, 366]), 4);
    expect(ticks[0]).toEqual({ x: 0, label: '2000', time: Date.UTC(2000, 0, 1) });
    expect(ticks.map((t) => t.label)).toContain('April');
  });
});

describe('axisTicks at day scale', () => {
  it('axisTicks of a three-day window returns one tick a day, labelled with the date', () => {
    const s = createTimeScale({ start: Date.UTC(1992, 4, 28), end: Date.UTC(1992, 4, 31) }, [0, 900]);
    expect(axisTicks(s, 8).map((t) => t.label)).toEqual(['28 May 1992', '29 May 1992', '30 May 1992', '31 May 1992']);
  });
});
