import { describe, expect, it } from 'vitest';
import { layoutLanes } from '../../../web/src/timeline/lane-layout';
import { layoutBins, layoutItems } from '../../../web/src/timeline/mark-layout';
import { createTimeScale } from '../../../web/src/timeline/time-scale';
import { ITEMS } from './fixtures';

const scale = createTimeScale({ start: Date.UTC(1961, 0, 1), end: Date.UTC(1963, 0, 1) }, [0, 730]);
const lanes = layoutLanes(
  [
    { id: 'RU', label: 'Russia' },
    { id: 'KP', label: 'North Korea' },
  ],
  0,
  100,
  { gap: 4 },
);

describe('mark-layout', () => {
  it('layoutItems draws an event once in each of its lanes', () => {
    const marks = layoutItems(ITEMS, lanes, scale);
    expect(marks.filter((m) => m.item.id === 'e1').map((m) => m.laneId)).toEqual(['RU', 'KP']);
    expect(marks).toHaveLength(6);
  });
  it('layoutItems draws a day as a dot and a month as a span when zoomed to two years', () => {
    const marks = layoutItems(ITEMS, lanes, scale);
    expect(marks.find((m) => m.item.id === 'e1')?.shape).toBe('dot');
    expect(marks.find((m) => m.item.id === 'e3')?.shape).toBe('span');
  });
  it('layoutItems puts overlapping marks of one lane in different rows', () => {
    const marks = layoutItems(ITEMS, lanes, scale).filter((m) => m.laneId === 'KP');
    const ys = marks.map((m) => m.y);
    expect(new Set(ys).size).toBeGreaterThan(1);
  });
  it('layoutItems skips lanes that are not shown', () => {
    expect(layoutItems(ITEMS, lanes.slice(0, 1), scale).every((m) => m.laneId === 'RU')).toBe(true);
  });
  it('layoutBins stacks types from the lane baseline, tallest bin full height', () => {
    const bins = layoutBins(
      [
        {
          laneId: 'RU',
          start: Date.UTC(1961, 0, 1),
          end: Date.UTC(1962, 0, 1),
          count: 4,
          byType: [
            { type: 'AID', count: 1 },
            { type: 'MEETING', count: 3 },
          ],
        },
        {
          laneId: 'KP',
          start: Date.UTC(1961, 0, 1),
          end: Date.UTC(1962, 0, 1),
          count: 1,
          byType: [{ type: 'AID', count: 1 }],
        },
        { laneId: 'XX', start: Date.UTC(1961, 0, 1), end: Date.UTC(1962, 0, 1), count: 9, byType: [] },
      ],
      lanes,
      scale,
    );
    expect(bins).toHaveLength(2);
    const ru = bins[0];
    expect(ru?.segments.map((s) => s.type)).toEqual(['MEETING', 'AID']);
    expect(ru?.height).toBeCloseTo(lanes[0]!.height - 6);
    expect(bins[1]!.height).toBeCloseTo(ru!.height / 2);
  });
});
