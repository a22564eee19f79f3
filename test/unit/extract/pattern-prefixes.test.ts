import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTexts } from '../../support/text-files';
import { wordStartScan } from '../../support/word-start-scan';
import { LANGUAGES } from '../../../server/domain/extraction';
import { foldText } from '../../../server/extract/fold-text';
import { LEXICONS } from '../../../server/extract/lexicons';
import fc from 'fast-check';
import {
  alternatives,
  followsWordChar,
  groupEnd,
  gateIndex,
  matchesAt,
  literalPrefixes,
  nextCodePoint,
  patternGate,
  requiredLiteral,
  type PatternGate,
} from '../../../server/extract/pattern-prefixes';
import { E } from '../../../server/extract/patterns';
import { datePatterns } from '../../../server/extract/resolve-dates';

const root = resolve(__dirname, '../../..');
/** Folded texts of the fixture sets and seed datasets. */
const realTexts = ['test/fixtures', 'seed/datasets'].flatMap((d) => readTexts(resolve(root, d))).map(foldText);
/** What gateIndex says of each pattern, as may (1) or may not (0) match. */
const mayOf = (starts: (readonly number[] | null)[]) => starts.map((at) => (at === null || at.length > 0 ? 1 : 0));
const sorted = (xs: string[] | null) => (xs ? [...xs].sort() : xs);

describe('literalPrefixes', () => {
  it.each([
    ['met|meet(?:s)?|held talks', ['held', 'meet', 'met']],
    ['(?:a|ont) (?:declare|affirme)', ['a af', 'a de', 'ont ']],
    ['condenamos|alentamos', ['alen', 'cond']],
    ['(?:sanctions )?(?:were |was )?lifted', ['lift', 'sanc', 'was ', 'were']],
    ['elections?|vote', ['elec', 'vote']],
    ['[oa]ff', ['aff', 'off']],
    ['(?<![\\p{L}\\p{N}])(?:он|она)(?![\\p{L}\\p{N}])', ['он', 'она']],
    ['встретил\\p{L}*|посети\\p{L}*', ['встр', 'посе']],
    ['(?:подписал\\p{L}*|сдал\\p{L}*) грамот', ['подп', 'сдал']],
    ['me(?:ng)?(?:anda|neken)', ['mean', 'mene', 'meng']],
    ['a(?:\\p{L}+ ){0,2}?sign', ['a']],
    // an optional group no small set of strings matches: its own prefixes, or those of what follows it
    ['(?:(?:last|past)\\s+)?(?:monday|friday)', ['frid', 'last', 'mond', 'past']],
  ])('%s starts with one of %j', (src, expected) => {
    expect(sorted(literalPrefixes(src))).toEqual(expected);
  });

  it.each([
    ['\\p{L}+ said'], // starts with any letter
    ['(?:\\d+ )?years ago'], // may start with a digit run of any value
    ['(?:the )*treaty'], // the group may repeat or be absent, and it is not read further
    ['(?:last\\s+)?\\p{L}+day'], // what follows the optional group starts with any letter
    ['x|.y'], // one alternative starts with anything
    ['Senate'], // capitals never occur in folded text and are not read
    ['^foo'],
    [' foo'], // a prefix that is no word start
    ['(?:foo'], // unbalanced
  ])('%s cannot be bounded', (src) => {
    expect(literalPrefixes(src)).toBeNull();
  });
});

/**
 * The gate as first written (round 5): the first one to four code units at every word start, then
 * each literal looked for at the word starts of its first characters. gateIndex must agree with it.
 */
function mayMatchByPrefixes(gates: (PatternGate | null)[], text: string): number[] {
  const starts = new Map<string, number[]>();
  let previousWord = false;
  for (let p = 0; p < text.length; p++) {
    const word = /[\p{L}\p{N}]/u.test(text.charAt(p));
    if (word && !previousWord)
      for (let k = 1; k <= 4; k++) {
        const prefix = text.substr(p, k);
        const at = starts.get(prefix);
        if (at) at.push(p);
        else starts.set(prefix, [p]);
      }
    previousWord = word;
  }
  const may = (gate: PatternGate | null) =>
    !gate ||
    gate.some((g) => {
      const at = starts.get(g.start);
      return !!at && (g.literal.length <= 4 || at.some((p) => text.startsWith(g.literal, p)));
    });
  return gates.map((g) => Number(may(g)));
}

/** Every position a match may start at, not only the ones a left-to-right scan reaches. */
function matchStarts(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return out;
}

describe('patternGate and mayMatch', () => {
  it('reads literal prefixes up to sixteen characters, each with the word start it begins with', () => {
    const byLiteral = (a: { literal: string }, b: { literal: string }) => a.literal.localeCompare(b.literal);
    expect(patternGate('signed (?:the )?treaty|inked\\p{L}*')?.toSorted(byLiteral)).toEqual([
      { start: 'inke', literal: 'inked' },
      { start: 'sign', literal: 'signed the treat' }, // cut at sixteen
      { start: 'sign', literal: 'signed treaty' },
    ]);
    expect(literalPrefixes('menandatangani\\p{L}*', 16)).toEqual(['menandatangani']);
    expect(sorted(literalPrefixes('(?:two|three) weeks? later', 16))).toEqual([
      'three week later',
      'three weeks late', // cut at sixteen
      'two week later',
      'two weeks later',
    ]);
    expect(patternGate('\\p{L}+ said')).toBeNull();
  });

  it('falls back to the short prefixes when the long ones are too many', () => {
    const src = '(?:ab|cd)(?:ef|gh)(?:ij|kl)(?:mn|op)(?:qr|st)(?:uv|wx)(?:yz|zy)'; // 4 prefixes of 4, 128 of 14
    expect(literalPrefixes(src, 16)).toBeNull();
    expect(patternGate(src)?.every((g) => g.literal.length === 4 && g.start === g.literal)).toBe(true);
  });

  it('passes a text where a prefix starts a word and the whole literal is present, and no other', () => {
    const starts = gateIndex([patternGate('signed (?:the )?treaty'), null, patternGate('inked|ratif\\p{L}*')], {});
    expect(mayOf(starts('they signed the treaty on monday'))).toEqual([1, 1, 0]);
    expect(mayOf(starts('they signed the accord on monday'))).toEqual([0, 1, 0]); // "sign" starts a word, the literal is absent
    expect(mayOf(starts('the treaty was cosigned treaty'))).toEqual([0, 1, 0]); // the literal is present, but inside a word
    expect(mayOf(starts('l’accord fut ratifié, puis inked'))).toEqual([0, 1, 1]);
    expect(mayOf(starts(''))).toEqual([0, 1, 0]);
  });

  it('gives the word starts where a pattern’s literals stand, in order, once each', () => {
    const starts = gateIndex([patternGate('signed (?:the )?treaty|sign\\p{L}*'), null, patternGate('inked')], {});
    expect(starts('signed the treaty, signs treaty; cosigned treaty signed treaty')).toEqual([[0, 19, 49], null, []]);
  });

  it('gateIndex agrees with the gates read one by one at every word start (property)', () => {
    const sources = [
      'signed (?:the )?treaty|inked\\p{L}*',
      '(?:a|ont) (?:declare|affirme)',
      'met|meet(?:s)?|held talks',
      'a(?:\\p{L}+ ){0,2}?sign',
      'ab|abc|abcd|abcde(?:f|g)',
      'с|со|сов|совет',
      '\\p{L}+ said',
    ];
    const gates = sources.map((s) => patternGate(s));
    const possible = gateIndex(gates, {});
    const alphabet = [
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
      's',
      'i',
      'n',
      ' ',
      "'",
      '’',
      '-',
      'с',
      'о',
      'в',
      '1',
      '𝐀',
      '\uD835',
      'é',
    ];
    const words = [
      'signed the treaty',
      'signed treaty',
      'inked',
      'a declare',
      'ont affirme',
      'met',
      'held talks',
      'abcdeg',
      'совет',
      'a b sign',
    ];
    fc.assert(
      fc.property(
        fc
          .array(fc.oneof(fc.constantFrom(...alphabet), fc.constantFrom(...words)), { maxLength: 30 })
          .map((xs) => xs.join('')),
        (text) => {
          expect(mayOf(possible(text)), text).toEqual(mayMatchByPrefixes(gates, text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gateIndex agrees with the gates read one by one on real text, for every trigger rule and date pattern', () => {
    for (const lang of LANGUAGES) {
      const gates = [
        ...LEXICONS[lang].triggers.map((rule) => patternGate(rule.pattern)),
        ...datePatterns(LEXICONS[lang]).map((p) => p.gate),
      ];
      const possible = gateIndex(gates, {});
      for (const text of realTexts) {
        expect(mayOf(possible(text))).toEqual(mayMatchByPrefixes(gates, text));
      }
    }
  });
});

describe('requiredLiteral', () => {
  it.each([
    ['(?:(dua|tiga|\\d+) hari setelah)(?![\\p{L}\\p{N}])', ' hari setelah'],
    ['(?:(?:(два|\\d+) )?(?:год|года|лет) назад)(?![\\p{L}\\p{N}])', ' назад'],
    ['\\p{L}+ said', ' said'],
    ['x(?:abc)+y', 'abc'],
    ['(?:[\\p{L}-]+ ){1,4}?(?:a|al) bcd', ' bcd'],
    ['ab{2,3}cdef', 'cdef'], // "b" may repeat: the run ends before it
    ['x\\d{1,2}yzw', 'yzw'],
    ['abc\\.def', 'abc'], // an escape ends a run
    ['(?:ab)*cdef', 'cdef'],
    ['(?:awal )?(?:1[89]|20)\\d0-an', '0-an'],
    // an alternation holds what a run of each of its alternatives holds
    ['(?:hace (?:una|\\d+) semanas?|(?:una|\\d+) semanas? atras)', ' semana'],
    ['(wednesday|thursday|friday)(?![\\p{L}\\p{N}])', 'day'],
    ['x(?:abcd|zabcz)+y', 'abc'],
  ])('%s always holds %j', (src, expected) => {
    expect(requiredLiteral(src)).toBe(expected);
  });

  it.each([['a|bcd'], ['abcd|abxcd'], ['(?:abcd|)e'], ['x(?:abc)?y'], ['(?:abc){0,2}d'], ['\\p{L}+'], ['ab']])(
    '%s holds no known literal',
    (src) => {
      expect(requiredLiteral(src)).toBeNull();
    },
  );

  it.each(LANGUAGES.map((l) => [l]))('%s: every match of a trigger rule or date pattern holds its literal', (lang) => {
    const sources = [
      ...LEXICONS[lang].triggers.map((rule) => rule.pattern),
      ...datePatterns(LEXICONS[lang]).map((p) => p.source),
    ];
    let checked = 0;
    for (const src of sources) {
      const literal = requiredLiteral(src);
      if (!literal) continue;
      const re = new RegExp(src, 'gu');
      for (const text of realTexts)
        for (const at of matchStarts(re, text)) {
          const m = new RegExp(src, 'uy');
          m.lastIndex = at;
          expect(m.exec(text)![0], src).toContain(literal);
          checked++;
        }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('matchesAt', () => {
  it('finds, at some offsets, the matches a global scan finds there, without overlap, skipping refused ones', () => {
    const sticky = /a+b/uy;
    expect(matchesAt(sticky, 'aab ab aaab', [0, 1, 4, 7, 8]).map((m) => [m.index, m[0]])).toEqual([
      [0, 'aab'],
      [4, 'ab'],
      [7, 'aaab'],
    ]);
    expect(matchesAt(sticky, 'aab ab', [0, 4], (m) => m.index > 0).map((m) => m.index)).toEqual([4]);
  });

  it.each(LANGUAGES.map((l) => [l]))(
    '%s: every trigger rule, replace verb and word-start date pattern finds at its gate’s offsets what a scan of the whole text finds',
    (lang) => {
      const sources = [
        ...LEXICONS[lang].triggers.map((rule) => rule.pattern),
        ...LEXICONS[lang].replace.map((r) => r.pattern),
        ...datePatterns(LEXICONS[lang])
          .filter((p) => p.boundary)
          .map((p) => p.source),
      ];
      const gated = sources.map((src) => ({ src, gate: patternGate(src) })).filter((p) => p.gate);
      const starts = gateIndex(
        gated.map((p) => p.gate),
        {},
      );
      let found = 0;
      for (const text of realTexts) {
        const at = starts(text);
        gated.forEach(({ src }, i) => {
          const whole = wordStartScan(new RegExp(`(?:${src})${E}`, 'gu'), text);
          const sticky = matchesAt(new RegExp(`(?:${src})${E}`, 'uy'), text, at[i]!).map((m): [number, number] => [
            m.index,
            m[0].length,
          ]);
          expect(sticky, src).toEqual(whole);
          found += whole.length;
        });
      }
      expect(found).toBeGreaterThan(10);
    },
  );
});

describe('followsWordChar and nextCodePoint', () => {
  it('followsWordChar(text, i) is what the lookbehind (?<=[\\p{L}\\p{N}]) says at a code point boundary i, astral code points included', () => {
    const lookbehind = /(?<=[\p{L}\p{N}])/uy;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (text) => {
        for (let i = 0; i <= text.length; i++) {
          // a match never starts inside a surrogate pair (the engine steps back to the pair there)
          if (/[\uD800-\uDBFF]/.test(text.charAt(i - 1)) && /[\uDC00-\uDFFF]/.test(text.charAt(i))) continue;
          lookbehind.lastIndex = i;
          expect(followsWordChar(text, i), JSON.stringify([text, i])).toBe(lookbehind.test(text));
        }
      }),
    );
    expect(followsWordChar('a𝐀b', 3)).toBe(true); // after a mathematical capital, two code units long
    expect(followsWordChar('a b', 2)).toBe(false);
  });

  it('nextCodePoint steps over a whole code point', () => {
    expect(nextCodePoint('a𝐀b', 1)).toBe(3);
    expect(nextCodePoint('ab', 0)).toBe(1);
  });
});

describe('the prefixes of every trigger rule and date pattern hold on real text', () => {
  const all = ['test/corpus', 'test/fixtures', 'seed/datasets']
    .flatMap((d) => readTexts(resolve(root, d)))
    .map(foldText);
  it.each(LANGUAGES.map((l) => [l]))(
    '%s: each match at a word start begins with one of its pattern’s prefixes',
    (lang) => {
      const patterns = [
        ...LEXICONS[lang].triggers.map((rule) => ({
          re: new RegExp(`(?:${rule.pattern})${E}`, 'gu'),
          gate: patternGate(rule.pattern),
        })),
        ...LEXICONS[lang].replace.map((r) => ({
          re: new RegExp(`(?:${r.pattern})${E}`, 'gu'),
          gate: patternGate(r.pattern),
        })),
        ...datePatterns(LEXICONS[lang])
          .filter((p) => p.boundary)
          .map((p) => ({ re: new RegExp(p.source, 'gu'), gate: p.gate })),
      ];
      const bounded = patterns.filter((p) => p.gate);
      let checked = 0;
      for (const { re, gate } of bounded) {
        for (const text of all) {
          for (const at of matchStarts(re, text)) {
            if (at > 0 && /[\p{L}\p{N}]/u.test(text.charAt(at - 1))) continue;
            checked++;
            expect(
              gate!.some((g) => text.startsWith(g.literal, at) && g.literal.startsWith(g.start)),
              `${re.source} at "${text.slice(at, at + 30)}"`,
            ).toBe(true);
          }
        }
      }
      expect(bounded.length).toBeGreaterThan(patterns.length / 2);
      expect(checked).toBeGreaterThan(20);
    },
  );
});

/** The bracket walkers this module had before one walk served both, kept to hold the new ones to. */
function groupEndBefore(src: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}
function alternativesBefore(src: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      if (--depth < 0) return null;
    } else if (ch === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0 || inClass) return null;
  out.push(src.slice(start));
  return out;
}

describe('groupEnd and alternatives (one bracket walk)', () => {
  const pattern = fc
    .array(fc.constantFrom('(', ')', '[', ']', '|', '\\', 'a', '?', ':', '=', '<', '!', 'é'), { maxLength: 30 })
    .map((cs) => cs.join(''));
  it('alternatives(src) equals the walker it replaced, for any string of pattern characters', () => {
    fc.assert(
      fc.property(pattern, (src) => {
        expect(alternatives(src)).toEqual(alternativesBefore(src));
      }),
      {
        numRuns: 2000,
      },
    );
  });
  it('groupEnd(src, open) equals the walker it replaced at every `(` of any string of pattern characters', () => {
    fc.assert(
      fc.property(pattern, (src) => {
        for (let i = src.indexOf('('); i >= 0; i = src.indexOf('(', i + 1))
          expect(groupEnd(src, i)).toBe(groupEndBefore(src, i));
      }),
      { numRuns: 2000 },
    );
  });
  it('both agree with the walkers they replaced on every trigger rule of every language', () => {
    for (const lang of LANGUAGES)
      for (const rule of LEXICONS[lang].triggers) {
        expect(alternatives(rule.pattern)).toEqual(alternativesBefore(rule.pattern));
        for (let i = rule.pattern.indexOf('('); i >= 0; i = rule.pattern.indexOf('(', i + 1))
          expect(groupEnd(rule.pattern, i)).toBe(groupEndBefore(rule.pattern, i));
      }
  });
});
