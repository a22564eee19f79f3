import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../server/domain/extraction';
import {
  bmpSource,
  hasSurrogate,
  plane,
  planePattern,
  planePatterns,
  planeText,
  type PlanePattern,
} from '../../../server/extract/bmp-patterns';
import { eventPatterns } from '../../../server/extract/event-patterns';
import { actorLexicon } from '../../../server/extract/recognize-actors/actor-lexicon';
import { findTriggers } from '../../../server/extract/find-triggers';
import { foldText } from '../../../server/extract/fold-text';
import { LEXICONS } from '../../../server/extract/lexicons';
import { armsGate, gateIndex, matchesAt, patternGate } from '../../../server/extract/pattern-prefixes';
import { E } from '../../../server/extract/patterns';
import { datePatterns } from '../../../server/extract/resolve-dates';
import { splitSentences } from '../../../server/extract/split-sentences';
import { treatyPatterns } from '../../../server/extract/treaty-patterns';
import { wordStartTest } from '../../../server/extract/word-start-matches';
import { readTexts } from '../../support/text-files';
import { wordStartScan } from '../../support/word-start-scan';

const root = resolve(__dirname, '../../..');
/** Folded texts of the corpus, the fixture sets and the seed datasets. */
const realTexts = ['test/corpus', 'test/fixtures', 'seed/datasets']
  .flatMap((d) => readTexts(resolve(root, d)))
  .map(foldText);

/** Every match of a global pattern, as [start, length]. */
function scan(re: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

describe('bmpSource', () => {
  it('writes each property, and each class holding one, out as its ranges of the Basic Multilingual Plane', () => {
    const letters = bmpSource('\\p{L}')!;
    expect(letters).toMatch(/^\[A-Za-zªµºÀ-ÖØ-öø-/);
    expect(letters).not.toMatch(/\\p|\\uD[89A-F]/); // no property, no surrogate
    expect(['a', 'Я', 'ǅ', '1', ' ', '-'].map((c) => new RegExp(letters, 'u').test(c))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(bmpSource('signed\\p{L}*')).toBe(`signed${letters}*`);
    expect(bmpSource('[^\\P{Lu}]x')).toBe(`${bmpSource('\\p{Lu}')}x`);
    // a class without a property is kept as written; the flags stay those of the pattern
    expect(bmpSource('[\\s,;:"(—–-]*\\p{N}')).toMatch(/^\[\\s,;:"\(—–-\]\*\[0-9²-³¹¼-¾/);
    expect(bmpSource('[a-z]+')).toBeNull();
  });

  it('matches as written where the v flag of Node 20 mismatched a two-byte text', () => {
    const source = "^(?:[^\\S\\n]+(?:(?:de|l')(?:[^\\S\\n]+|(?<=['’]))){0,3}\\p{Lu}[\\p{L}'’-]*)+";
    const text = " de l'Intérieur.\n\nLes •";
    const { wide, bmp } = planePatterns(source, 'u');
    expect(bmp.exec(text)?.[0]).toBe(" de l'Intérieur");
    expect(wide.exec(text)?.[0]).toBe(" de l'Intérieur");
  });

  it('matches what the pattern matches on any text without surrogates (property)', () => {
    const sources = [
      '\\p{L}+',
      '(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}*',
      '[\\p{L}\\p{N}-]+ [^\\p{L}]',
      '[-\\p{N}]{2}\\P{L}',
      '(?:a|\\p{N}+)(?![\\p{L}\\p{N}])',
    ];
    const unit = fc.constantFrom('a', 'Я', 'é', '1', '٣', ' ', '-', ',', '(', 'ß', 'Ω', '\u00a0', 'ǅ', 'x');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 16 }), (units) => {
        const text = units.join('');
        for (const src of sources) {
          const { wide, bmp } = planePatterns(src, 'gu');
          expect(scan(bmp, text), src).toEqual(scan(wide, text));
        }
      }),
    );
  });

  it.each(LANGUAGES.map((l) => [l]))(
    '%s: every trigger rule matches as written and as rewritten alike, on every real text',
    (lang) => {
      let found = 0;
      for (const { re, bmpRe } of eventPatterns(LEXICONS[lang]).rules) {
        for (const text of realTexts) {
          if (hasSurrogate(text)) continue;
          const whole = scan(re, text);
          expect(scan(bmpRe, text), re.source).toEqual(whole);
          found += whole.length;
        }
      }
      expect(found).toBeGreaterThan(100);
    },
  );
});

describe('replace verbs', () => {
  it.each(LANGUAGES.map((l) => [l]))(
    '%s: every replace verb matches as written and as rewritten alike, on every real text',
    (lang) => {
      let found = 0;
      for (const { re, bmpRe } of treatyPatterns(LEXICONS[lang]).replace) {
        for (const text of realTexts) {
          if (hasSurrogate(text)) continue;
          const whole = scan(re, text);
          expect(scan(bmpRe, text), re.source).toEqual(whole);
          found += whole.length;
        }
      }
      expect(found).toBeGreaterThan(5);
    },
  );
});

describe('date patterns and word tests', () => {
  it.each(LANGUAGES.map((l) => [l]))(
    '%s: every date pattern matches as written and as rewritten alike, on every real text',
    (lang) => {
      let found = 0;
      for (const { source } of datePatterns(LEXICONS[lang])) {
        const { wide, bmp } = planePatterns(source, 'gu');
        for (const text of realTexts) {
          if (hasSurrogate(text)) continue;
          const whole = scan(wide, text);
          expect(scan(bmp, text), source).toEqual(whole);
          found += whole.length;
        }
      }
      expect(found).toBeGreaterThan(20);
    },
  );

  it('a word test reads a text with an astral letter with the pattern as written', () => {
    const signed = wordStartTest(`(?:signed)${E}`);
    expect(signed.test('they signed it')).toBe(true);
    expect(signed.test('they signed𝐀 it')).toBe(false); // "𝐀" is a letter: the word goes on
    expect(signed.test('they signed 𝐀 it')).toBe(true);
  });
});

describe('hasSurrogate and findTriggers', () => {
  it('finds a text with an astral code point', () => {
    expect(hasSurrogate('a𝐀b')).toBe(true);
    expect(hasSurrogate('договор «подписан» — ’')).toBe(false);
  });

  it('reads a text with an astral letter with the rules as written', () => {
    // "𝐀" (a mathematical capital) is a letter: the word goes on through it
    const text = foldText('Стороны подписал𝐀 договор. Стороны подписали договор.');
    const hits = findTriggers(text, LEXICONS.ru, splitSentences(text));
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['подписал𝐀', 'подписали']);
  });
});

describe('armsGate', () => {
  it('gates the arms that open on literals and names the literal each other arm needs', () => {
    const g = armsGate('signed|\\p{N}+ votes? for|ratif\\p{L}*');
    expect(g?.gate.map((x) => x.literal)).toEqual(['signed', 'ratif']);
    expect(g?.scanIf).toEqual([' vote']);
    expect(armsGate('signed|\\p{L}+ (?:a|b)')).toBeNull(); // an arm with neither
    expect(armsGate('signed')).toBeNull();
  });

  it.each(LANGUAGES.map((l) => [l]))(
    '%s: a rule gated arm by arm finds at its gate’s offsets what a scan finds, on every text without its literals',
    (lang) => {
      const rules = LEXICONS[lang].triggers
        .map((rule) => rule.pattern)
        .filter((src) => !patternGate(src))
        .map((src) => ({ src, arms: armsGate(src)! }))
        .filter((r) => r.arms);
      const starts = gateIndex(
        rules.map((r) => r.arms.gate),
        {},
      );
      for (const text of realTexts) {
        const at = starts(text);
        rules.forEach(({ src, arms }, i) => {
          if (arms.scanIf.some((literal) => text.includes(literal))) return;
          const whole = wordStartScan(new RegExp(`(?:${src})${E}`, 'gu'), text);
          const sticky = matchesAt(new RegExp(`(?:${src})${E}`, 'uy'), text, at[i]!).map((m): [number, number] => [
            m.index,
            m[0].length,
          ]);
          expect(sticky, src).toEqual(whole);
        });
      }
    },
  );
});

describe('planePattern', () => {
  it('answers as the pattern as written, on texts with and without surrogates', () => {
    const p = planePattern('(?<![\\p{L}\\p{N}])(?:law|закон\\p{L}*)(?![\\p{L}\\p{N}])');
    const wide = new RegExp(p.source, 'u');
    for (const t of ['the law', 'законом', 'laws', 'x 𝐀law', 'law𝐀', '𝐀 закона', 'Закон']) {
      expect(p.test(t), t).toBe(wide.test(t));
      expect(p.exec(t)?.index, t).toBe(wide.exec(t)?.index);
    }
    expect(planePattern('^(?:a|b)$')).toBeInstanceOf(RegExp);
    expect(() => planePattern('\\p{L}', 'gu')).toThrow('invalid planePattern flags: gu');
  });

  // every third clause of the real texts (the plane forms themselves are property-tested above); one test a language,
  // so that each stays well inside the time limit as the corpus grows
  const sentences = realTexts
    .flatMap((t) => t.split(/(?<=[.!?;:,])\s+/))
    .filter((s, i) => s.length < 400 && i % 3 === 0);
  it.each(LANGUAGES.map((l) => [l]))(
    "%s: the lexicon's plane event and actor patterns give the answers of the patterns as written, sentence by sentence",
    (lang) => {
      const c = eventPatterns(LEXICONS[lang]);
      const plane = [
        ...Object.values(c).filter((v): v is PlanePattern => !!v && typeof v === 'object' && 'bmp' in v && 'exec' in v),
        ...(c.dateOfNounAfter ?? []).map(([, re]) => re),
        ...Object.values(actorLexicon(LEXICONS[lang])).filter(
          (v): v is PlanePattern => !!v && typeof v === 'object' && 'bmp' in v && 'exec' in v,
        ),
      ];
      expect(plane.length, lang).toBeGreaterThan(3);
      for (const p of plane) {
        const wide = new RegExp(p.source, 'u');
        for (const s of sentences) {
          const m = p.exec(s);
          const w = wide.exec(s);
          expect(m && [m.index, m[0]], `${lang} ${p.source.slice(0, 60)}`).toEqual(w && [w.index, w[0]]);
        }
      }
    },
  );
});

describe('plane', () => {
  /** What a pattern answers to each method a stage asks of it, from lastIndex 3 where the flags keep one. */
  function answers(re: RegExp, text: string): unknown[] {
    re.lastIndex = 3;
    const exec = re.exec(text);
    const afterExec = re.lastIndex;
    re.lastIndex = 3;
    const test = re.test(text);
    const afterTest = re.lastIndex;
    re.lastIndex = 0;
    return [
      exec && [exec.index, [...exec]],
      afterExec,
      test,
      afterTest,
      text.replace(re, '<$&>'),
      text.replace(re, (m: string) => m.toUpperCase()),
      text.match(re),
      re.global ? [...text.matchAll(re)].map((m) => [m.index, m[0]]) : null,
      text.split(re),
      text.search(re),
    ];
  }

  it('answers as the pattern as written, with the plane form on and off, for every flag a stage uses', () => {
    const texts = ['Договор подписан — «сегодня»', 'Les ministres ont signé l’accord', 'law 𝐀law x', ''];
    for (const flags of ['u', 'gu', 'uy', 'guy']) {
      const source = '(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}*|law)(?![\\p{L}\\p{N}])';
      const written = new RegExp(source, flags);
      const re = plane(written);
      expect(re).not.toBe(written); // a pattern of its own
      expect([re.source, re.flags]).toEqual([source, flags]);
      for (const text of texts) {
        const wide = answers(new RegExp(source, flags), text);
        const was = planeText(!hasSurrogate(text));
        try {
          expect(answers(re, text), `${flags} ${text}`).toEqual(wide);
        } finally {
          planeText(was);
        }
        expect(answers(re, text), `${flags} ${text} as written`).toEqual(wide);
      }
    }
  });

  it('leaves a pattern without a property, or with the i flag, as it is', () => {
    const plain = /signed/gu;
    const folded = /\p{L}+/iu;
    expect(plane(plain)).toBe(plain);
    expect(plane(folded)).toBe(folded);
  });
});
