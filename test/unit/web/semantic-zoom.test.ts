import { describe, expect, it } from 'vitest';
import {
  createLatest,
  maxBucketsFor,
  maxItemsFor,
  needsFetch,
  requestWindow,
} from '../../../web/src/timeline/semantic-zoom';

const view = { start: 1000, end: 2000 };

describe('semantic-zoom', () => {
  it('maxItemsFor returns a budget within [200, 4000]', () => {
    expect(maxItemsFor(100, 1)).toBe(200);
    expect(maxItemsFor(1200, 8)).toBe(1600);
    expect(maxItemsFor(5000, 20)).toBe(4000);
  });
  it('maxBucketsFor(plotWidth) returns one bucket per 10 px of the padded window, within [10, 400]', () => {
    expect(maxBucketsFor(1000)).toBe(200);
    expect(maxBucketsFor(1114)).toBe(223);
    expect(maxBucketsFor(1000, 0)).toBe(100);
    expect(maxBucketsFor(20)).toBe(10);
    expect(maxBucketsFor(3000)).toBe(400);
  });
  it('requestWindow(view) returns the view padded by half its span each side', () => {
    expect(requestWindow(view)).toEqual({ start: 500, end: 2500 });
  });
  it('needsFetch(null) returns true', () => {
    expect(needsFetch(null, view, '')).toBe(true);
  });
  it('needsFetch returns true when the filters changed or the view left the loaded window', () => {
    const loaded = { window: { start: 500, end: 2500 }, mode: 'ITEMS' as const, viewSpan: 1000, key: 'a' };
    expect(needsFetch(loaded, view, 'b')).toBe(true);
    expect(needsFetch(loaded, { start: 2000, end: 3000 }, 'a')).toBe(true);
    expect(needsFetch(loaded, { start: 1100, end: 2100 }, 'a')).toBe(false);
  });
  it('needsFetch keeps items when zooming in and refetches bins', () => {
    const items = { window: { start: 500, end: 2500 }, mode: 'ITEMS' as const, viewSpan: 1000, key: '' };
    const bins = { ...items, mode: 'BINS' as const };
    const zoomedIn = { start: 1400, end: 1600 };
    expect(needsFetch(items, zoomedIn, '')).toBe(false);
    expect(needsFetch(bins, zoomedIn, '')).toBe(true);
  });
  it('createLatest().isCurrent returns false for a ticket overtaken by a newer one', () => {
    const latest = createLatest();
    const a = latest.next();
    const b = latest.next();
    expect(latest.isCurrent(a)).toBe(false);
    expect(latest.isCurrent(b)).toBe(true);
  });
});
