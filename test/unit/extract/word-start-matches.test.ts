import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextWordStartMatch, wordStartMatches } from '../../../server/extract/word-start-matches';

const starts = (re: RegExp, text: string, glued?: (t: string, at: number) => boolean) =>
  wordStartMatches(re, text, glued).map((m) => [m.index, m[0]]);

describe('wordStartMatches', () => {
  it('wordStartMatches(re, text) keeps the matches that start a word and finds a shorter one inside a glued match', () => {
    expect(starts(/sign(?:ed)?/gu, 'signed, cosigned, signs')).toEqual([
      [0, 'signed'],
      [18, 'sign'],
    ]);
    expect(starts(/aa/gu, 'xaaa aa')).toEqual([[5, 'aa']]);
  });

  it('wordStartMatches(re, text) reads the character before a match as a whole code point: an astral letter glues', () => {
    // "𝐀" (U+1D400, a letter) is two UTF-16 code units; its low half alone is no letter
    expect(starts(/ab/gu, '𝐀ab ab')).toEqual([[5, 'ab']]);
    // a non-letter astral code point ("😀") does not glue
    expect(starts(/ab/gu, '😀ab')).toEqual([[2, 'ab']]);
    // a glued match that opens on an astral letter resumes after the whole code point
    expect(starts(/𝐀b/gu, 'x𝐀b 𝐀b')).toEqual([[5, '𝐀b']]);
  });

  it('wordStartMatches(re, text) is what a leading lookbehind (?<![\\p{L}\\p{N}]) finds', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', '1', '𝐀', '😀', '-', 'é');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        const lookbehind = [...text.matchAll(/(?<![\p{L}\p{N}])(?:ab|b𝐀|a+)/gu)].map((m) => [m.index, m[0]]);
        expect(starts(/(?:ab|b𝐀|a+)/gu, text)).toEqual(lookbehind);
      }),
    );
  });

  it('wordStartMatches(re, text, glued) drops what glued says: wider, or letting some glued matches through', () => {
    const afterHyphen = (t: string, at: number) => at > 0 && /[\p{L}\p{N}-]/u.test(t.charAt(at - 1));
    expect(starts(/ab/gu, 'ab -ab xab', afterHyphen)).toEqual([[0, 'ab']]);
    expect(starts(/\d+/gu, 'in2010 a320', (t, at) => at > 1 && t.charAt(at - 1) === '2')).toEqual([
      [2, '2010'],
      [8, '320'],
    ]);
    expect(starts(/x?/gu, 'ab', () => false)).toEqual([
      [0, ''],
      [1, ''],
      [2, ''],
    ]);
  });
});

describe('nextWordStartMatch', () => {
  it('nextWordStartMatch(re, text) goes on from re.lastIndex and returns null when no match is left', () => {
    const re = /ab/gu;
    re.lastIndex = 1;
    expect(nextWordStartMatch(re, 'ab ab')?.index).toBe(3);
    expect(nextWordStartMatch(re, 'ab ab')).toBeNull();
  });
});
