import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

// Round 12 (issue 14): the dates of acts and the acts told in other words, each rule in all five languages.
describe('extractArticle: dates and acts of round 12', () => {
  it('extractArticle(an act "until" a date) does not take the end of the period as its date', () => {
    expect(
      events('The United States and Mexico extended the agreement until December 31, 2030, on Tuesday.', '2024-05-10'),
    ).toEqual(['other@2024-05-07[United States/Mexico]']);
    expect(events('España y Chile prorrogaron el acuerdo hasta el 31 de diciembre de 2030.', '2024-05-10')).toEqual([
      'other@2024-05-10[Spain/Chile]',
    ]);
    expect(events("La France et le Maroc ont prorogé l'accord jusqu'au 31 décembre 2030.", '2024-05-10')).toEqual([
      'other@2024-05-10[France/Morocco]',
    ]);
    expect(
      events(
        'Perjanjian ini sudah diperpanjang sampai dengan tanggal 5 Februari 2017 oleh Indonesia dan Ekuador.',
        '2024-05-10',
      ),
    ).toEqual(['other@2024-05-10[Indonesia/Ecuador]']);
    expect(events('Россия и Казахстан продлили соглашение до 31 декабря 2030 года.', '2024-05-10')).toEqual([
      'other@2024-05-10[Russia/Kazakhstan]',
    ]);
  });
});
