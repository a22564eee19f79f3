/** Event precision (issue 14, round 10): one speech is one statement, in every language. */
import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

const statements = (text: string, published?: string) =>
  events(text, published).filter((e) => e.startsWith('statement'));

describe('a speaker quoted twice in an article published with a month only', () => {
  it('gives one undated statement, as in an article with no date, in every language', () => {
    const month = '2024-02';
    for (const text of [
      '"We will stand with Ukraine for as long as it takes," President Joe Biden said in a written statement. "Russia will pay a price for its aggression," Biden said.',
      '"Estaremos con Ucrania el tiempo que haga falta", dijo el presidente Joe Biden en un comunicado. "Rusia pagará un precio por su agresión", dijo Biden.',
      "« Nous serons aux côtés de l'Ukraine aussi longtemps qu'il le faudra », a déclaré le président Joe Biden dans un communiqué. « La Russie paiera le prix de son agression », a ajouté Biden.",
      '"Kami akan berdiri bersama Ukraina selama diperlukan," kata Presiden Joe Biden dalam keterangan tertulisnya. "Rusia akan membayar harga atas agresinya," kata Biden.',
      '«Мы будем поддерживать Украину столько, сколько потребуется», — заявил президент Джо Байден в письменном заявлении. «Россия заплатит за свою агрессию», — сказал Байден.',
    ])
      expect(statements(text, month)).toHaveLength(1);
  });
});
