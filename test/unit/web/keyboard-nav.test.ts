import { describe, expect, it } from 'vitest';
import { nextMark } from '../../../web/src/timeline/keyboard-nav';

const marks = [
  { key: 'a1', laneId: 'A', cx: 10 },
  { key: 'a2', laneId: 'A', cx: 50 },
  { key: 'b1', laneId: 'B', cx: 45 },
  { key: 'c1', laneId: 'C', cx: 0 },
];
const order = ['A', 'B', 'C'];

describe('keyboard-nav', () => {
  it('nextMark(null, right) returns the first mark', () => {
    expect(nextMark(marks, order, null, 'right')).toBe('a1');
  });
  it('nextMark(a1, right) returns the next mark in time in the same lane', () => {
    expect(nextMark(marks, order, 'a1', 'right')).toBe('a2');
  });
  it('nextMark(a2, right) returns a2 at the end of the lane', () => {
    expect(nextMark(marks, order, 'a2', 'right')).toBe('a2');
  });
  it('nextMark(a2, down) returns the nearest mark in time in the lane below', () => {
    expect(nextMark(marks, order, 'a2', 'down')).toBe('b1');
  });
  it('nextMark(c1, up) returns the nearest mark above', () => {
    expect(nextMark(marks, order, 'c1', 'up')).toBe('b1');
  });
  it('nextMark(x, last) returns the last mark and [] returns null', () => {
    expect(nextMark(marks, order, 'a1', 'last')).toBe('c1');
    expect(nextMark([], order, null, 'right')).toBeNull();
  });
});
