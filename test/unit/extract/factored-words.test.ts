import { describe, expect, it } from 'vitest';
import { E, factoredWords, words } from '../../../server/extract/patterns';

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
