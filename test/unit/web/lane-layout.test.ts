import { describe, expect, it } from 'vitest';
import { laneAt, layoutLanes, mostActive, packRows, rowsIn, rowY } from '../../../web/src/timeline/lane-layout';

describe('lane-layout', () => {
  it('mostActive(lanes, 2) returns the two busiest, ties by label', () => {
    const lanes = [
      { id: 'a', label: 'A', count: 3 },
      { id: 'b', label: 'B', count: 9 },
      { id: 'c', label: 'C', count: 3 },
    ];
    expect(mostActive(lanes, 2).map((l) => l.id)).toEqual(['b', 'a']);
  });
  it('layoutLanes shares the height between lanes with gaps', () => {
    const boxes = layoutLanes(
      [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      10,
      104,
      { gap: 4 },
    );
    expect(boxes.map((b) => [b.y, b.height])).toEqual([
      [10, 50],
      [64, 50],
    ]);
  });
  it('layoutLanes never makes lanes thinner than minHeight', () => {
    const lanes = Array.from({ length: 50 }, (_, i) => ({ id: String(i), label: String(i) }));
    expect(layoutLanes(lanes, 0, 100, { minHeight: 20 })[0]?.height).toBe(20);
  });
  it('layoutLanes([]) returns []', () => {
    expect(layoutLanes([], 0, 100)).toEqual([]);
  });
  it('laneAt returns the lane under y and null in a gap', () => {
    const boxes = layoutLanes(
      [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      0,
      104,
      { gap: 4 },
    );
    expect(laneAt(boxes, 60)?.id).toBe('b');
    expect(laneAt(boxes, 51)).toBeNull();
  });
  it('packRows puts overlapping intervals in different rows and reuses free rows', () => {
    expect(
      packRows(
        [
          { x0: 0, x1: 10 },
          { x0: 5, x1: 15 },
          { x0: 12, x1: 20 },
          { x0: 30, x1: 31 },
        ],
        5,
        1,
      ),
    ).toEqual([0, 1, 0, 0]);
  });
  it('packRows shares the last row when maxRows is reached', () => {
    expect(
      packRows(
        [
          { x0: 0, x1: 10 },
          { x0: 1, x1: 10 },
          { x0: 2, x1: 10 },
        ],
        2,
      ),
    ).toEqual([0, 1, 1]);
  });
  it('packRows returns rows in input order regardless of x order', () => {
    expect(
      packRows(
        [
          { x0: 5, x1: 15 },
          { x0: 0, x1: 10 },
        ],
        3,
        0,
      ),
    ).toEqual([1, 0]);
  });
  it('rowsIn and rowY place rows inside the lane', () => {
    const [lane] = layoutLanes([{ id: 'a', label: 'A' }], 100, 40);
    if (!lane) throw new Error('no lane');
    expect(rowsIn(lane, 12)).toBe(3);
    expect(rowY(lane, 1, 12)).toBe(100 + 2 + 12 + 6);
  });
});
