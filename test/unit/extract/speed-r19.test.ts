import { describe, expect, it } from 'vitest';
import { eventPatterns } from '../../../server/extract/event-patterns';
import { LEXICONS } from '../../../server/extract/lexicons';
import { armsGate, patternGate } from '../../../server/extract/pattern-prefixes';
import { datePatterns } from '../../../server/extract/resolve-dates';

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
