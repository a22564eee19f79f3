import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wordStartTest } from '../../../server/extract/word-start-matches';
import { armsGate, patternGate } from '../../../server/extract/pattern-prefixes';
import { B, E, words } from '../../../server/extract/patterns';

/** What a global `B + source` pattern finds from `from`: the reference a WordFinder answers as. */
function reference(source: string, text: string, from: number): [number, string] | null {
  const re = new RegExp(B + source, 'gu');
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? [m.index, m[0]] : null;
}

// a word list of eight prefixes and more: tried at the word starts where one stands (a gated test)
const LIST = words(['agreed', 'and then', 'ban', 'ceasefire', 'deal', 'également', 'також', 'visit', 'x𝐀', 'zone']);
const GATED = [`(?:${LIST})${E}`, `(?:${LIST})\\s+(?:\\p{L}+\\s+){0,2}$`, `(?:${LIST}|\\d+ days?)`];

describe('wordStartTest of a long word list (gated)', () => {
  const alphabet = fc.constantFrom(
    'agreed',
    'and',
    'then',
    'ban',
    'deal',
    'ceasefire',
    'également',
    'також',
    'x𝐀',
    'zone',
    ' ',
    '  ',
    '-',
    'a',
    '1',
    '𝐀',
    '😀',
    'é',
    ',',
  );

  it('test(text) answers what new RegExp(B + source, "u").test(text) does', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GATED), fc.array(alphabet, { maxLength: 14 }), (source, chars) => {
        const text = chars.join('');
        const t = wordStartTest(source);
        expect(t.test(text)).toBe(new RegExp(B + source, 'u').test(text));
        expect(t.test(text)).toBe(new RegExp(B + source, 'u').test(text));
      }),
    );
  });

  it('next(text, from) finds what a global B-pattern finds from lastIndex `from`, match after match', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GATED), fc.array(alphabet, { maxLength: 14 }), (source, chars) => {
        const text = chars.join('');
        const t = wordStartTest(source);
        let from = 0;
        for (let k = 0; k < 20 && from <= text.length; k++) {
          const m = t.next(text, from);
          const want = reference(source, text, from);
          expect(m ? [m.index, m[0]] : null).toEqual(want);
          if (!m) break;
          from = m.index + m[0].length;
        }
      }),
    );
  });

  it('made-up sentences: a listed word glued to a letter or digit before it is no match, one after a space or a dash is', () => {
    const t = wordStartTest(`(?:${LIST})${E}`);
    expect(t.test('The two sides reached a deal on Monday.')).toBe(true);
    expect(t.test('The two sides reached an ordeal on Monday.')).toBe(false);
    expect(t.test('They signed a pre-deal memo.')).toBe(true);
    expect(t.test('Les ministres ont également signé.')).toBe(true);
    expect(t.test('Les ministres ont inégalement signé.')).toBe(false);
    expect(t.test('Сторони також домовилися.')).toBe(true);
    expect(t.test('𝐀deal was reached.')).toBe(false);
    expect(t.test('😀deal was reached.')).toBe(true);
    expect(t.next('A deal, then a ban and then a visit.', 3)?.index).toBe(15);
  });
});

describe('armsGate', () => {
  it('counts a literal that several arms open with once, so that an alternation of many alike arms is still gated', () => {
    // 150 verbs, each in two arms that open with the same literals: 600 literals written (over 512), 300 distinct
    const verbs = Array.from(
      { length: 150 },
      (_, i) => `${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}verb`,
    );
    const source = [...verbs.map((v) => `${v}(?:ed|s)`), ...verbs.map((v) => `${v}(?:ed|s)(?= (?:that|to))`)].join('|');
    expect(patternGate(source)).toBeNull();
    const gate = armsGate(source);
    expect(gate).not.toBeNull();
    expect(new Set(gate!.gate.map((g) => g.literal)).size).toBe(gate!.gate.length);
  });
});
