import { describe, expect, it } from 'vitest';
import { createHitIndex } from '../../../web/src/timeline/hit-test';

const dot = (id: string, cx: number, y: number) => ({ id, x0: cx, x1: cx, cx, y, r: 4 });
const span = (id: string, x0: number, x1: number, y: number) => ({ id, x0, x1, cx: (x0 + x1) / 2, y, r: 4 });

describe('hit-test', () => {
  it('find(x, y) returns the dot under the pointer', () => {
    const idx = createHitIndex([dot('a', 10, 10), dot('b', 30, 10)]);
    expect(idx.find(11, 11)?.id).toBe('a');
    expect(idx.find(29, 9)?.id).toBe('b');
  });
  it('find returns the nearest of two overlapping dots', () => {
    expect(createHitIndex([dot('a', 10, 10), dot('b', 14, 10)]).find(13, 10)?.id).toBe('b');
  });
  it('find returns null away from every mark', () => {
    expect(createHitIndex([dot('a', 10, 10)]).find(100, 100)).toBeNull();
  });
  it('find returns a long span when the pointer is over its far end', () => {
    const idx = createHitIndex([span('year', 0, 500, 50), dot('a', 10, 10)]);
    expect(idx.find(480, 52)?.id).toBe('year');
  });
  it('find returns a short span hit at its edge', () => {
    expect(createHitIndex([span('m', 100, 118, 20)]).find(117, 20)?.id).toBe('m');
  });
  it('find stays correct over 100k marks', () => {
    const marks = Array.from({ length: 100_000 }, (_, i) => dot(String(i), (i % 1000) * 2, Math.floor(i / 1000) * 10));
    const idx = createHitIndex(marks);
    expect(idx.size).toBe(100_000);
    expect(idx.find(1000, 500)?.id).toBe(String(50 * 1000 + 500));
  });
});
