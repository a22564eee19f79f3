import { describe, expect, it } from 'vitest';
import type { Language } from '../../../server/domain/extraction';
import { formatPartialDate, parsePartialDate } from '../../../server/domain/calendar';
import { foldText } from '../../../server/extract/fold-text';
import { LEXICONS } from '../../../server/extract/lexicons';
import { resolveDates } from '../../../server/extract/resolve-dates';

/** The values of every date mention, as ISO text ('?' when the text supports none). */
function dates(text: string, lang: Language, published?: string): string[] {
  const p = published ? parsePartialDate(published) : null;
  return resolveDates(text, foldText(text), LEXICONS[lang], p).map((d) => (d.value ? formatPartialDate(d.value) : '?'));
}

// Round 17 (issue 14), near misses: an event found with the wrong date, actors or type.
describe('resolveDates: a month after a preposition keeps the year written after it', () => {
  it('resolveDates("since March 2018", "in early March 2018") reads one month of that year, not this year\'s month', () => {
    const cases: [string, Language][] = [
      ['The two delegations have met regularly since March 2018.', 'en'],
      ['The two delegations met in early March 2018.', 'en'],
      ['The two delegations met during March, 2018.', 'en'],
      ['Las dos delegaciones se reunieron a principios de marzo de 2018.', 'es'],
      ['Kedua delegasi bertemu pada bulan Maret 2018.', 'id'],
      ['Kedua delegasi telah bertemu sejak Maret 2018.', 'id'],
      ['Les deux délégations se sont rencontrées depuis mars 2018.', 'fr'],
      ['Делегации встречались в начале марта 2018 года.', 'ru'],
    ];
    for (const [text, lang] of cases) expect(dates(text, lang, '2019-06-26'), text).toEqual(['2018-03']);
  });

  it('resolveDates("since March") without a year still takes the year of the news', () => {
    expect(dates('The two delegations have met regularly since March.', 'en', '2019-06-26')).toEqual(['2019-03']);
    expect(dates('Kedua delegasi bertemu pada bulan Maret.', 'id', '2019-06-26')).toEqual(['2019-03']);
  });
});
