import { describe, expect, it } from 'vitest';
import { eventPatterns } from '../../../server/extract/event-patterns';
import { LEXICONS } from '../../../server/extract/lexicons';
import { armsGate, patternGate } from '../../../server/extract/pattern-prefixes';
import { datePatterns } from '../../../server/extract/resolve-dates';
import { treatyMention } from '../../../server/extract/find-treaty-mentions';
import { uniformRule } from '../../../server/extract/trigger-rule';

describe('armsGate', () => {
  it('gates an alternation of more than 512 distinct literals, read arm by arm', () => {
    // 700 made-up verbs, each its own arm with a lookahead: no small set of prefixes bounds the whole
    const verbs = Array.from(
      { length: 700 },
      (_, i) => `${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}${i}verb`,
    );
    const source = verbs.map((v) => `${v}(?:ed|s)(?= (?:that|to))`).join('|');
    expect(patternGate(source)).toBeNull();
    const gate = armsGate(source);
    expect(gate?.scanIf).toEqual([]);
    expect(new Set(gate!.gate.map((g) => g.literal)).size).toBeGreaterThan(512);
  });
});

describe('no trigger rule is scanned over a whole text', () => {
  it('every trigger rule of every lexicon has a gate, whole or arm by arm', () => {
    for (const [code, lex] of Object.entries(LEXICONS)) {
      const ungated = eventPatterns(lex)
        .rules.filter((r) => r.gate === null)
        .map((r) => r.rule.pattern.slice(0, 60));
      expect({ code, ungated }).toEqual({ code, ungated: [] });
    }
  });
});

describe('date patterns that open on digits', () => {
  it('are tried at the word starts that open them, not scanned, in every language', () => {
    for (const lex of Object.values(LEXICONS)) {
      const digitOpened = datePatterns(lex).filter((p) => p.opener?.digits && !p.opener.letters);
      expect(digitOpened.length).toBeGreaterThan(3);
    }
  });
});

describe('objects of one shape', () => {
  it('every trigger rule a stage reads has the same fields in the same order, with the values the lexicon wrote', () => {
    const shapes = new Set<string>();
    for (const lex of Object.values(LEXICONS))
      for (const { rule } of eventPatterns(lex).rules) shapes.add(Object.keys(rule).join(','));
    expect(shapes.size).toBe(1);
    const written = {
      pattern: 'signed',
      type: 'treaty_signing',
      plover: 'AGREE',
      cameo: '057',
      nominal: true,
    } as const;
    const rule = uniformRule(written);
    expect({ ...rule }).toMatchObject(written);
    expect(Object.entries(rule).filter(([, v]) => v !== undefined)).toEqual(Object.entries(written));
    expect(Object.keys(uniformRule({ ...written, nominal: undefined, requires: 'talks' }))).toEqual(Object.keys(rule));
  });

  it('a treaty mention has every field whatever a finder gives it', () => {
    const plain = treatyMention('name', 0, 12, 0, null);
    const more = treatyMention('descriptive', 4, 20, 1, null, { years: [1961, 1961], yearFrom: 4, partiesEnd: 18 });
    expect(Object.keys(more)).toEqual(Object.keys(plain));
    expect(more).toMatchObject({
      kind: 'descriptive',
      years: [1961, 1961],
      yearFrom: 4,
      partiesEnd: 18,
      treatyId: null,
    });
    expect(plain.yearFrom).toBeUndefined();
  });
});
