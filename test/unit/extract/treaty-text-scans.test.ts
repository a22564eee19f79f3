import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterRuns } from '../../../server/extract/find-treaty-mentions';
import { LEXICONS } from '../../../server/extract/lexicons';
import { wordBeforeSpace } from '../../../server/extract/relate-replacements';
import { nextNoun, treatyPatterns } from '../../../server/extract/treaty-patterns';
import { nextWordStartMatch } from '../../../server/extract/word-start-matches';

/** Letters, a hyphen, spaces, punctuation, a digit, an astral letter and lone surrogates. */
const unit = fc.constantFrom('a', 'É', 'б', '-', '𝐀', ' ', '\u00a0', '\n', ',', '1', '\uD835', '\uDC00');

describe('wordBeforeSpace', () => {
  it('finds what /([\\p{L}-]+)\\s+$/u captures in the slice', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), fc.nat(16), fc.nat(16), (text, a, b) => {
        const from = Math.min(a, b, text.length);
        const to = Math.min(Math.max(a, b), text.length);
        const m = /([\p{L}-]+)\s+$/u.exec(text.slice(from, to));
        const w = wordBeforeSpace(text, from, to);
        const got = w ? [text.slice(w.start, to), text.slice(w.start, w.end)] : null;
        expect(got, JSON.stringify([text, from, to])).toEqual(m ? [m[0], m[1]] : null);
      }),
      { numRuns: 5000 },
    );
    expect(wordBeforeSpace('el nuevo tratado ', 0, 17)).toEqual({ start: 9, end: 16 });
  });
});

describe('letterRuns', () => {
  it('gives what split on non-letters gives without its empty strings', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (text) => {
        expect(letterRuns(text), JSON.stringify(text)).toEqual(text.split(/[^\p{L}]+/u).filter(Boolean));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('nextNoun', () => {
  it('finds the treaty nouns nextWordStartMatch finds, in every lexicon', () => {
    for (const lex of Object.values(LEXICONS)) {
      const c = treatyPatterns(lex);
      const forms = lex.treatyNouns.map((n) => n.form);
      const piece = fc.oneof(
        fc.constantFrom(...forms),
        fc.constantFrom(...forms).map((f) => f.slice(0, Math.max(1, f.length - 2))),
        fc.constantFrom(' ', '  ', '-', 'a', 'ы', '1', ',', '\n', 'ом', 's', '𝐀'),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
          const folded = pieces.join('');
          const all = (next: () => RegExpExecArray | null) => {
            c.nouns.lastIndex = 0;
            const out: [number, string][] = [];
            let m: RegExpExecArray | null;
            while ((m = next()) !== null) out.push([m.index, m[0]]);
            return out;
          };
          expect(
            all(() => nextNoun(c, folded)),
            JSON.stringify(folded),
          ).toEqual(all(() => nextWordStartMatch(c.nouns, folded)));
        }),
        { numRuns: 1000 },
      );
    }
  });
});
