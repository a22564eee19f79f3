import { describe, expect, it } from 'vitest';
import { createTimelineCache } from '../../../server/timeline/cache';

describe('timeline cache', () => {
  it('createTimelineCache returns an entry only for the same data version and within the TTL, dropping the oldest beyond maxEntries', async () => {
    let t = 0;
    const cache = createTimelineCache({ maxEntries: 2, ttlMs: 100, now: () => t });
    const value = { mode: 'BINS' } as never;
    cache.set('a', 'v1', value);
    expect(cache.get('a', 'v1')).toBe(value);
    expect(cache.get('a', 'v2')).toBeNull();
    cache.set('a', 'v1', value);
    t = 101;
    expect(cache.get('a', 'v1')).toBeNull();
    cache.set('a', 'v1', value);
    cache.set('b', 'v1', value);
    cache.set('c', 'v1', value);
    expect(cache.size).toBe(2);
    expect(cache.get('a', 'v1')).toBeNull();
    cache.clear();
    expect(cache.size).toBe(0);
  });
});
