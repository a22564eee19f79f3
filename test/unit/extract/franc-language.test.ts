import { resolve } from 'node:path';
import { franc } from 'franc-min';
import { expressions } from 'franc-min/expressions.js';
import { describe, expect, it } from 'vitest';
import { readTexts } from '../../support/text-files';
import { francLanguage } from '../../../server/extract/franc-language';

const root = resolve(__dirname, '../../..');
const ONLY = ['eng', 'ind', 'rus', 'spa', 'fra'];

/** Samples of every kind franc tells apart: the project's real texts, their openings, and odd inputs. */
function samples(): string[] {
  const real = ['test/corpus', 'test/fixtures', 'seed/datasets'].flatMap((d) => readTexts(resolve(root, d)));
  const out: string[] = [];
  for (const t of real) out.push(t, t.slice(0, 1500), t.slice(0, 40), t.slice(200, 260), t.toUpperCase().slice(0, 300));
  out.push(
    '',
    'short',
    '1234567890 2024-06-19 (3/4/21)',
    '!!! ??? ... ;;; ::: ,,,',
    '中华人民共和国与俄罗斯联邦签署条约',
    'اتفاقية بين روسيا وكوريا الشمالية',
    'Договор о всеобъемлющем стратегическом партнёрстве signed in Pyongyang',
    'the the the the the the the the',
    'de la de la de la de la de la',
    'Ελλάδα και Ρωσία υπέγραψαν συμφωνία',
    'Der Vertrag wurde am Mittwoch in Berlin unterzeichnet.',
    'x'.repeat(5000),
  );
  return out;
}

describe('francLanguage', () => {
  it.each([
    ['no only list restriction beyond the given languages', ONLY],
    ['Latin languages only', ['eng', 'spa', 'fra']],
    ['a single language', ['ind']],
    ['a single-language script allowed', [...ONLY, 'cmn', 'ell']],
  ])('names the language franc names first (%s)', (_, only) => {
    const all = samples();
    expect(all.length).toBeGreaterThan(500);
    const differ = all
      .map((s) => ({ s: s.slice(0, 60), ours: francLanguage(s, only, 10), franc: franc(s, { only, minLength: 10 }) }))
      .filter((r) => r.ours !== r.franc);
    expect(differ).toEqual([]);
  });

  it('reads the Latin script as franc does: no other script of franc matches a Latin character', () => {
    const latin = new RegExp(`^(?:${expressions.Latin!.source})$`);
    const others = Object.entries(expressions)
      .filter(([script]) => script !== 'Latin')
      .map(([, re]) => new RegExp(`^(?:${re.source})$`));
    let checked = 0;
    for (let cp = 0; cp < 0x10000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (!latin.test(ch)) continue;
      checked++;
      expect(
        others.filter((re) => re.test(ch)),
        `U+${cp.toString(16)}`,
      ).toEqual([]);
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('answers und for text under the minimum length and for a script outside the list', () => {
    expect(francLanguage('Moscou', ONLY, 10)).toBe('und');
    expect(francLanguage('中华人民共和国与俄罗斯联邦签署条约', ONLY, 10)).toBe('und');
    expect(francLanguage('La delegación firmó el acuerdo en Madrid ayer por la tarde.', ONLY, 10)).toBe('spa');
  });
});
