import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldText,
  hasCyrillic,
  isLetterCodePoint,
  isLowercaseUnit,
  isUpper,
  lastWordBefore,
  nameKeys,
  isSpace,
  stemWord,
  tokenize,
  tokenKey,
  tokensBefore,
  type Token,
} from '../../../server/extract/fold-text';

/** The definition tokensBefore must keep: split on whitespace, drop empties, keep the last n. */
const bySplit = (text: string, from: number, at: number, n: number) =>
  text.slice(from, at).split(/\s+/).filter(Boolean).slice(-n).join(' ');

/** The definition tokenize must keep: the runs /[\p{L}\p{N}]+/gu finds from `from`, up to those starting at `to`. */
function tokenizeReference(text: string, from: number, to: number): Token[] {
  const re = /[\p{L}\p{N}]+/gu;
  re.lastIndex = from;
  const out: Token[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to)
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

describe('isSpace', () => {
  it('isSpace(code) agrees with /\\s/ on every UTF-16 code unit', () => {
    const disagree: number[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) disagree.push(code);
    expect(disagree).toEqual([]);
  });
});

describe('isUpper and isLowercaseUnit', () => {
  it('isUpper of one code unit agrees with comparing its case forms, on every UTF-16 code unit', () => {
    const disagree: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (isUpper(c) !== (c !== c.toLowerCase() && c === c.toUpperCase())) disagree.push(code);
    }
    expect(disagree).toEqual([]);
    expect([isUpper('A'), isUpper('É'), isUpper('Я'), isUpper('a'), isUpper('1'), isUpper('')]).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect([isUpper('US'), isUpper('Us')]).toEqual([true, false]);
  });

  it('isLowercaseUnit(code) agrees with /\\p{Ll}/u on every UTF-16 code unit', () => {
    const disagree: number[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if (isLowercaseUnit(code) !== /\p{Ll}/u.test(String.fromCharCode(code))) disagree.push(code);
    expect(disagree).toEqual([]);
  });
});

describe('hasCyrillic', () => {
  it('agrees with /[\\u0400-\\u04ff]/ on every code unit and on mixed strings', () => {
    const disagree: number[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if (hasCyrillic(String.fromCharCode(code)) !== /[\u0400-\u04ff]/.test(String.fromCharCode(code)))
        disagree.push(code);
    expect(disagree).toEqual([]);
    for (const s of ['', 'treaty', 'договор', 'New Договор', 'Ӿ', 'Ԁ', 'Ѐx'])
      expect(hasCyrillic(s)).toBe(/[\u0400-\u04ff]/.test(s));
  });
});

describe('lastWordBefore', () => {
  const byPattern = (text: string, at: number, span: number) =>
    /(\p{L}+)[^\p{L}\n]+$/u.exec(text.slice(Math.max(0, at - span), at))?.[1];

  it('finds what /(\\p{L}+)[^\\p{L}\\n]+$/u captures in the slice before the offset', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('A', 'é', 'б', '𝐀', ' ', '\n', ',', '1', '\uD835', '\uDC00'),
          maxLength: 14,
        }),
        fc.nat(14),
        fc.integer({ min: 1, max: 8 }),
        (text, at, span) => {
          const offset = Math.min(at, text.length);
          expect(lastWordBefore(text, offset, span), JSON.stringify([text, offset, span])).toBe(
            byPattern(text, offset, span),
          );
        },
      ),
      { numRuns: 5000 },
    );
    expect(lastWordBefore('THE TREATY BETWEEN', 11, 30)).toBe('TREATY');
    expect(lastWordBefore('words\n  Name', 8, 30)).toBeUndefined();
  });

  it('isLetterCodePoint agrees with \\p{L} on every BMP code point', () => {
    const disagree: number[] = [];
    for (let cp = 0; cp <= 0xffff; cp++)
      if (isLetterCodePoint(cp) !== /^\p{L}$/u.test(String.fromCodePoint(cp))) disagree.push(cp);
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
      fc.property(
        fc.array(char, { maxLength: 40 }).map((cs) => cs.join('')),
        fc.nat(60),
        fc.nat(60),
        fc.integer({ min: 1, max: 8 }),
        (text, from, at, n) => {
          const end = Math.min(at, text.length);
          expect(tokensBefore(text, from, end, n)).toBe(bySplit(text, from, end, n));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('tokenize', () => {
  it('tokenize(folded) returns letter-and-digit runs with their offsets', () => {
    expect(tokenize('putin, kim: 19/6/2024 — пхеньян 😀 ok')).toEqual([
      { text: 'putin', start: 0, end: 5 },
      { text: 'kim', start: 7, end: 10 },
      { text: '19', start: 12, end: 14 },
      { text: '6', start: 15, end: 16 },
      { text: '2024', start: 17, end: 21 },
      { text: 'пхеньян', start: 24, end: 31 },
      { text: 'ok', start: 35, end: 37 },
    ]);
  });
  it('tokenize agrees with /[\\p{L}\\p{N}]+/gu for any text and bounds, surrogate pairs included', () => {
    const unit = fc.constantFrom(
      'a',
      'Z',
      '7',
      'é',
      'ж',
      '٣',
      '\u0301',
      ' ',
      '-',
      '\n',
      '𝐀',
      '😀',
      '\ud835',
      '\udc00',
      '\u00a0',
      '中',
    );
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 30 }).map((cs) => cs.join('')),
        fc.nat(40),
        fc.nat(40),
        (text, from, to) => {
          expect(tokenize(text, from, to)).toEqual(tokenizeReference(text, from, to));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('nameKeys', () => {
  it('nameKeys gives the keys of a name, and leaves the memo of the last whole text tokenized alone', () => {
    const article = 'the treaty of moscow';
    const tokens = tokenize(article);
    expect(nameKeys('Сергей Лавров')).toEqual(['серг', 'лавров']);
    expect(nameKeys('Antony J. Blinken')).toEqual(['antony', 'j', 'blinken']);
    expect(tokenize(article)).toBe(tokens);
  });
});

describe('stemWord', () => {
  it('stemWord gives a noun in -ай one key in every case ("Китай", "Китая", "Китае", "Дубаем")', () => {
    expect(new Set(['китай', 'китая', 'китае', 'китаю', 'китаем'].map(stemWord))).toEqual(new Set(['кит']));
    expect(new Set(['дубай', 'дубая', 'дубаем'].map(stemWord))).toEqual(new Set(['дуб']));
    // an adjective keeps its one key, and a short word no other name's
    expect(new Set(['новая', 'новой', 'новую'].map(stemWord))).toEqual(new Set(['нов']));
    expect(stemWord('сами')).not.toBe(stemWord('самоа'));
  });
});

describe('tokenKey', () => {
  it('tokenKey returns the stem of a Cyrillic word and a Latin word as it is, the same on every call', () => {
    for (const word of ['израилем', 'сергеем', 'лавров', 'putin', 'египта', 'nato', 'кндр']) {
      expect(tokenKey(word)).toBe(stemWord(word));
      expect(tokenKey(word)).toBe(stemWord(word));
    }
    expect(tokenKey('израилем')).toBe('израил');
    expect(tokenKey('putin')).toBe('putin');
  });
});

describe('foldText', () => {
  /** The definition foldText keeps: ASCII runs lowercased, every other code unit folded alone (NFKD, first unit, lowercase). */
  const byUnit = (text: string) =>
    [...text.split('')]
      .map((c) => {
        if (c.charCodeAt(0) < 128) return c.toLowerCase();
        let f = c.normalize('NFKD').charAt(0).toLowerCase();
        if (f.length !== 1) f = c;
        if (c === 'ё' || c === 'Ё') f = 'е';
        if (c === 'й' || c === 'Й') f = 'й';
        if (c === '’' || c === '‘' || c === '`') f = "'";
        if (c === '–' || c === '—' || c === '‑') f = '-';
        if (c === '\u00a0') f = ' ';
        return f;
      })
      .join('');

  it('foldText(text) folds each code unit alone and keeps the length, astral and lone surrogates included', () => {
    const unit = fc.oneof(
      fc.constantFrom(
        'A',
        'z',
        ' ',
        '\n',
        'É',
        'ñ',
        'Ё',
        'Й',
        'ё',
        '’',
        '—',
        '\u00a0',
        'İ',
        'ß',
        'ﬁ',
        '𝐀',
        '\ud800',
        '\udc00',
      ),
      fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        const folded = foldText(text);
        expect(folded.length).toBe(text.length);
        expect(folded).toBe(byUnit(text));
      }),
      { numRuns: 500 },
    );
  });

  it('foldText(text) folds texts longer than one chunk of code units', () => {
    const text = 'Москва — Ёлка, Éire. '.repeat(700);
    expect(foldText(text)).toBe(byUnit(text));
    expect(foldText('ASCII Only')).toBe('ascii only');
  });
});
