import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseAt, splitSentences } from '../../../server/extract/split-sentences';

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splitSentences(two sentences) returns both with offsets', () => {
    expect(texts('Putin met Kim. They signed a pact.')).toEqual(['Putin met Kim.', 'They signed a pact.']);
  });
  it('splitSentences keeps "U.S." and initials inside a sentence', () => {
    expect(texts('The U.S. Government agreed. George H. W. Bush signed it.')).toEqual([
      'The U.S. Government agreed.',
      'George H. W. Bush signed it.',
    ]);
  });
  it('splitSentences ends a sentence at a line break (titles, captions)', () => {
    expect(texts('Title of the story\nThe body starts here.')).toEqual(['Title of the story', 'The body starts here.']);
  });
  it('splitSentences does not split before a lowercase word', () => {
    expect(texts('Signed in 1961 etc. and renewed.')).toHaveLength(1);
  });
  it('splitSentences handles Russian abbreviations like "г."', () => {
    expect(texts('МОСКВА, 21 июня 2024 г. Договор подписан.')).toHaveLength(1);
  });
  it('clauseAt(sentence, offset) returns the clause after a comma', () => {
    const t = 'In 1978, a summit was held, and in 1979 a treaty followed.';
    const [s] = splitSentences(t);
    expect(clauseAt(s!, t.indexOf('summit'))).toBe(1);
    expect(clauseAt(s!, t.indexOf('treaty'))).toBe(2);
  });
  it('splitSentences(any text) returns ordered, non-overlapping, trimmed spans (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'Putin',
            'met',
            'Kim.',
            'U.S.',
            '\n',
            'Rabu',
            '(19/6/2024)',
            'и',
            'Договор.',
            '!',
            '?',
            ' ',
            'a',
          ),
          { maxLength: 60 },
        ),
        (parts) => {
          const t = parts.join(' ');
          const ss = splitSentences(t);
          let last = 0;
          for (const s of ss) {
            expect(s.start).toBeGreaterThanOrEqual(last);
            expect(s.end).toBeGreaterThan(s.start);
            expect(t.slice(s.start, s.end)).toBe(t.slice(s.start, s.end).trim());
            last = s.end;
          }
        },
      ),
    );
  });
});
