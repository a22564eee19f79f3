import { describe, expect, it } from 'vitest';
import type { Language } from '../../../server/domain/extraction';
import { extractArticle } from '../../../server/extract/extract-article';
import { namesOf, testGazetteer } from './shared-gazetteer';

const personsOf = (text: string, language: Language) => namesOf(text, language, 'person');
const countriesOf = (text: string, language: Language) => namesOf(text, language, 'country');

describe('recognizeActors (round 18: one id per person, abbreviations, site datelines)', () => {
  it('the gazetteer declares each known person under one id (no two ids share a name)', () => {
    const byName = new Map<string, Set<string>>();
    for (const a of testGazetteer().actors.values()) {
      if (a.kind !== 'person') continue;
      for (const n of Object.values(a.names).flat()) {
        const ids = byName.get(n) ?? new Set<string>();
        ids.add(a.id);
        byName.set(n, ids);
      }
    }
    // George Bush names two presidents, told apart by the years
    const shared = [...byName].filter(([n, ids]) => ids.size > 1 && n !== 'George Bush').map(([n]) => n);
    expect(shared).toEqual([]);
  });
  it('extractArticle(King Abdullah II, then Abdullah II) gives one actor', () => {
    const out = extractArticle('King Abdullah II met the envoy in Amman. Abdullah II said the talks went well.', {
      gazetteer: testGazetteer(),
    });
    expect(out.actors.filter((a) => a.kind === 'person').map((a) => a.id)).toEqual(['person:abdullah-ii']);
  });
  it('recognizeActors(a correspondent credit "Корр." before an agency) finds no person in the abbreviation', () => {
    expect(personsOf('КИЕВ, 3 марта. /Корр. ТАСС/. Стороны подписали протокол о сотрудничестве.', 'ru')).toEqual([]);
  });
  it('recognizeActors(a news site, a comma and a city before a dash) takes the city as a dateline, not its state', () => {
    expect(
      countriesOf('Kabar pagi\n\nKabarku.com, Jakarta - Menteri Luar Negeri Malaysia tiba di Bandung hari ini.', 'id'),
    ).toEqual(['Malaysia']);
    expect(
      countriesOf('Morning news\n\nDailynews.co.uk, London - The Malaysian foreign minister arrived on Monday.', 'en'),
    ).toEqual(['Malaysia']);
  });
});
