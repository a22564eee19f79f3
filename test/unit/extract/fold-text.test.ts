import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpace, tokensBefore } from '../../../server/extract/fold-text';

/** The definition tokensBefore must keep: split on whitespace, drop empties, keep the last n. */
const bySplit = (text: string, from: number, at: number, n: number) => text.slice(from, at).split(/\s+/).filter(Boolean).slice(-n).join(' ');

describe('isSpace', () => {
  it('isSpace(code) agrees with /\\s/ on every UTF-16 code unit', () => {
    const disagree: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) disagree.push(code);
    expect(disagree).toEqual([]);
  });
});

describe('tokensBefore', () => {
  it('tokensBefore(text, from, at, 3) returns the last three words before the offset', () => {
    const text = 'the two  leaders\tdid not sign it';
    expect(tokensBefore(text, 0, text.indexOf('sign'), 3)).toBe('leaders did not');
    expect(tokensBefore(text, 4, 16, 6)).toBe('two leaders');
    expect(tokensBefore(text, 10, 5, 3)).toBe('');
  });
  it('tokensBefore(text, from, at, 0) throws: a count below one is a programmer error', () => {
    expect(() => tokensBefore('a b', 0, 3, 0)).toThrow('invalid n: 0');
  });
  it('tokensBefore equals splitting the slice on whitespace, for any text, bounds and count', () => {
    const char = fc.constantFrom('a', 'б', 'é', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u3000', ',', '.', '😀');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }).map((cs) => cs.join('')), fc.nat(60), fc.nat(60), fc.integer({ min: 1, max: 8 }), (text, from, at, n) => {
        const end = Math.min(at, text.length);
        expect(tokensBefore(text, from, end, n)).toBe(bySplit(text, from, end, n));
      }),
      { numRuns: 2000 },
    );
  });
});
