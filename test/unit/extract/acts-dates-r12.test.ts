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
  it('extractArticle(a negation that only says when: "not signed until", "n\'a été signé que", "no se firmó hasta") is the act on that date', () => {
    expect(
      events('The treaty between Belgium and the Netherlands was not signed until April 19, 1839.', '2024-05-10'),
    ).toEqual(['treaty_signing@1839-04-19[Belgium/Netherlands]']);
    expect(
      events(
        "Le véritable traité de garantie entre la Belgique et les Pays-Bas n'a été signé que le 19 avril 1839.",
        '2024-05-10',
      ),
    ).toEqual(['treaty_signing@1839-04-19[Belgium/Netherlands]']);
    expect(events("Le traité entre la France et le Maroc n'a été ratifié qu'en 2005.", '2024-05-10')).toEqual([
      'ratification@2005[France/Morocco]',
    ]);
    expect(
      events('El tratado entre Chile y Argentina no se firmó hasta el 29 de noviembre de 1984.', '2024-05-10'),
    ).toEqual(['treaty_signing@1984-11-29[Chile/Argentina]']);
    // still negated: no date after it, or none at all
    expect(
      events('The treaty between the United States and Panama has not been ratified until now.', '2024-05-10'),
    ).toEqual([]);
    expect(events("Le traité entre la France et le Maroc n'a pas été ratifié.", '2024-05-10')).toEqual([]);
  });
  it('extractArticle(aid promised with its amount: "will provide $5 million", "enviará 20 toneladas") is announced aid', () => {
    expect(
      events(
        'Australia will provide an additional $5 million package of humanitarian assistance to Indonesia.',
        '2024-05-10',
      ),
    ).toEqual(['other@2024-05-10[Australia/Indonesia]']);
    expect(events('España enviará 20 toneladas de ayuda humanitaria a Turquía.', '2024-05-10')).toEqual([
      'other@2024-05-10[Spain/Turkey]',
    ]);
    expect(events("La France enverra 30 tonnes d'aide humanitaire au Liban.", '2024-05-10')).toEqual([
      'other@2024-05-10[France/Lebanon]',
    ]);
    expect(
      events(
        'Amerika Serikat akan menyediakan 150.000 dollar AS untuk bantuan kemanusiaan bagi Indonesia.',
        '2024-05-10',
      ),
    ).toEqual(['other@2024-05-10[United States/Indonesia]']);
    expect(events('Россия направит Сирии гуманитарную помощь на 10 млн долларов.', '2024-05-10')).toEqual([
      'other@2024-05-10[Russia/Syria]',
    ]);
    // without an amount, or under a condition or a "could", still a plan
    expect(events('Australia will provide humanitarian assistance to Indonesia.', '2024-05-10')).toEqual([]);
    expect(events('Россия направит Сирии гуманитарную помощь.', '2024-05-10')).toEqual([]);
    expect(
      events('Si es necesario, España enviará 20 toneladas de ayuda humanitaria a Turquía.', '2024-05-10'),
    ).toEqual([]);
    expect(events('Australia could provide $5 million in humanitarian assistance to Indonesia.', '2024-05-10')).toEqual(
      [],
    );
  });
  it('extractArticle(an act told outside a quoted title) does not take the written date inside the title', () => {
    const ru = events(
      'Правительство Казахстана внесло в Мажилис проект закона «О ратификации Соглашения между Казахстаном и Россией от 20 января 1995 года».',
      '2006-12-23',
    );
    expect(ru).toContain('other@2006-12-23[Kazakhstan/Mazhilis of Kazakhstan/Russia]');
    const es = events(
      'El Gobierno de Chile envió al Congreso el proyecto de ley "que aprueba el Tratado entre Chile y Perú del 3 de mayo de 1999".',
      '2006-12-23',
    );
    expect(es).toContain('other@2006-12-23[Chile/National Congress of Chile/Peru]');
    const fr = events(
      'Le Gouvernement du Sénégal a transmis au Parlement le projet de loi « autorisant la ratification du traité entre la France et le Sénégal du 3 mai 1999 ».',
      '2006-12-23',
    );
    expect(fr).toContain('other@2006-12-23[Senegal/France]');
    const id = events(
      'Pemerintah Indonesia menyampaikan kepada DPR RUU "Pengesahan Perjanjian antara Indonesia dan Australia tanggal 3 Mei 1999".',
      '2006-12-23',
    );
    expect(id).toContain("other@2006-12-23[Indonesia/People's Representative Council/Australia]");
    expect(
      events('The United States and Mexico signed the agreement "on the border of 1970" on May 3, 1999.', '2006-12-23'),
    ).toEqual(['treaty_signing@1999-05-03[United States/Mexico]']);
  });
});
