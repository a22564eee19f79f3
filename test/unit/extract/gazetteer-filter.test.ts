import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyHash, rootFilter } from '../../../server/extract/gazetteer';

describe('rootFilter', () => {
  it('rootFilter(keys) sets the hash of every key it is given: a word it rejects is no key (no false negatives)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 50 }), fc.string(), (keys, other) => {
        const filter = rootFilter(keys);
        for (const k of keys) expect(filter[keyHash(k)]).toBe(1);
        // the rule the gazetteer's match relies on: a zero bit means the root's map has no such key
        if (filter[keyHash(other)] === 0) expect(new Set(keys).has(other)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('keyHash(key) stays within the filter and depends only on the length and the first and last code units', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 2 }), fc.string({ unit: 'binary' }), (a, mid) => {
        const h = keyHash(a);
        expect(h).toBeGreaterThanOrEqual(0);
        expect(h).toBeLessThan(0x10000);
        if (mid.length === a.length - 2 || a.length === 2)
          expect(keyHash(a[0] + (a.length === 2 ? '' : mid.slice(0, a.length - 2)) + a.at(-1))).toBe(h);
      }),
    );
    expect(keyHash('')).toBe(0);
  });
});
