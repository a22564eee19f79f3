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
  it('extractArticle(a legislature votes for a treaty or gives its consent, in any form of the verb) is a step of its life', () => {
    expect(
      events(
        'The Mexican Senate voted unanimously on Tuesday in favor of the extradition treaty with Brazil.',
        '2024-05-10',
      ),
    ).toEqual(['other@2024-05-07[Senate of Mexico/Brazil]']);
    expect(
      events(
        'Today the Senate took a step forward, giving its advice and consent to ratification of the treaty with Russia.',
        '2024-05-10',
      ),
    ).toEqual(['other@2024-05-10[Russia]']);
    expect(
      events('El Senado de México votó por unanimidad el martes el tratado de extradición con Brasil.', '2024-05-10'),
    ).toEqual(['other@2024-05-07[Senate of Mexico/Brazil]']);
    expect(
      events('El Senado dio el martes su consentimiento para la ratificación del tratado con Rusia.', '2024-05-10'),
    ).toEqual(['other@2024-05-07[Russia]']);
    expect(
      events("Les députés ivoiriens ont voté mardi à l'unanimité le traité de défense avec la France.", '2024-05-10'),
    ).toEqual(['other@2024-05-07[Ivory Coast/France]']);
    expect(events('Le Sénat a voté mardi pour la ratification du traité avec la Russie.', '2024-05-10')).toEqual([
      'other@2024-05-07[Russia]',
    ]);
    expect(
      events(
        'Сегодня Сенат сделал большой шаг вперед, представив свои рекомендации и согласие на ратификацию договора с Россией.',
        '2024-05-10',
      ),
    ).toEqual(['other@2024-05-10[Russia]']);
    expect(events('Сенат США проголосовал во вторник за одобрение договора с Россией.', '2024-05-10')).toEqual([
      'other@2024-05-07[United States Senate/Russia]',
    ]);
    // the voters thanked, and a vote to end a treaty, are no approval
    expect(events('Благодарю всех, кто проголосовал за утверждение соглашения с Россией.', '2024-05-10')).toEqual([]);
    expect(
      events('En 1866, el Congreso de los Estados Unidos votó para cancelar el tratado con Canadá.', '2024-05-10'),
    ).toEqual([]);
    expect(events('In 1866 the United States Congress voted to cancel the treaty with Canada.', '2024-05-10')).toEqual(
      [],
    );
  });
  it("extractArticle(a step of a treaty beside the year of a law's name) does not take that year", () => {
    expect(
      events(
        'The President transmitted to the U.S. Congress, pursuant to the Atomic Energy Act of 1954, the text of the agreement with the United Kingdom.',
        '2014-07-24',
      ),
    ).toEqual(['other@2014-07-24[United States Congress/United Kingdom]']);
    expect(
      events(
        'En application de la loi de 1905, le Gouvernement du Sénégal a transmis au Parlement le traité avec la France.',
        '2014-07-24',
      ),
    ).toEqual(['other@2014-07-24[Senegal/France]']);
    expect(
      events(
        'На основании закона от 1995 года правительство России внесло в Государственную думу договор с Казахстаном.',
        '2014-07-24',
      ),
    ).toEqual(['other@2014-07-24[Russia/State Duma/Kazakhstan]']);
  });
});
