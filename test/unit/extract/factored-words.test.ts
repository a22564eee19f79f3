import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../server/extract/fold-text';
import { LEXICONS, type Lexicon } from '../../../server/extract/lexicons';
import { E, factoredWords, words } from '../../../server/extract/patterns';
import { readTexts } from '../../support/text-files';

const PHRASES = [
  'по итогам встречи',
  'по итогам визита',
  'на встрече',
  'по итогам',
  'in the wake of the talks',
  'a.k.a',
];
const TEXTS = [
  'Как сообщается, по итогам встречи стороны подписали',
  'по итогам визитов',
  'по  итогам\nвизита',
  'на встречах',
  'In the wake of the talks, they signed',
  'in the wake of the talk',
  'akaa a.k.a',
  'по итогам',
  'ничего',
];

describe('factoredWords(list)', () => {
  it('factors the common beginnings of phrases', () => {
    expect(factoredWords(['по итогам встречи', 'по итогам визита'])).toBe('по\\s+итогам\\s+в(?:стречи|изита)');
  });

  it('finds a phrase wherever words(list) finds one, and only there', () => {
    const flat = new RegExp(`(?:${words(PHRASES)})${E}`, 'giu');
    const factored = new RegExp(`(?:${factoredWords(PHRASES)})${E}`, 'giu');
    for (const t of TEXTS) {
      const at = (re: RegExp): number[] => [...t.matchAll(re)].map((m) => m.index);
      expect(at(factored), t).toEqual(at(flat));
    }
    const found = TEXTS.filter((t) => new RegExp(`(?:${factoredWords(PHRASES)})${E}`, 'iu').test(t));
    expect(found).toEqual([TEXTS[0], TEXTS[1], TEXTS[2], TEXTS[4], TEXTS[6], TEXTS[7]]);
  });
});

describe('factoredWords(titles) in the title patterns', () => {
  const root = resolve(__dirname, '../../..');
  const texts = ['test/corpus', 'test/fixtures', 'seed/datasets']
    .flatMap((d) => readTexts(resolve(root, d)))
    .map(foldText);

  it('finds the same matches as words(titles), word list by word list, in every lexicon over the real texts', () => {
    for (const [code, lex] of Object.entries(LEXICONS) as [string, Lexicon][]) {
      for (const list of [lex.titles, lex.ledBy, lex.listTitles, lex.quoteSpeechVerbs ?? [], lex.orgHeads]) {
        if (!list.length) continue;
        const flat = new RegExp(`(?:${words(list)})${E}`, 'gu');
        const factored = new RegExp(`(?:${factoredWords(list)})${E}`, 'gu');
        for (const t of texts) {
          const at = (re: RegExp): string[] => [...t.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
          expect(at(factored), `${code} ${list[0]}`).toEqual(at(flat));
        }
      }
    }
  });

  it('gives the same first match after an opening as words(titles)', () => {
    const opening = '^[^.]{0,30}?';
    for (const lex of Object.values(LEXICONS) as Lexicon[]) {
      const flat = new RegExp(`${opening}(?:${words(lex.titles)})${E}`, 'u');
      const factored = new RegExp(`${opening}(?:${factoredWords(lex.titles)})${E}`, 'u');
      for (const t of texts)
        for (const s of t.split(/(?<=[.!?])\s+/)) expect(factored.exec(s)?.[0], s).toBe(flat.exec(s)?.[0]);
    }
  });
});
