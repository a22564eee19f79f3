import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

// Round 16 (issue 14): how an event's date is chosen, each rule in the languages where the construction exists.
describe('extractArticle: dates of round 16', () => {
  it('extractArticle(a frame that names a visit told by a verb that is no event) dates the act with that day', () => {
    const cases: [string, string][] = [
      [
        'Secretary of State Antony Blinken arrived in Jakarta on July 4. During this visit, Blinken met Foreign Minister Retno Marsudi.',
        'meeting@2023-07-04[Antony Blinken/Retno Marsudi]',
      ],
      [
        'El canciller argentino Santiago Cafiero llegó a Brasilia el 4 de julio. Durante esta visita, Cafiero se reunió con el canciller brasileño Mauro Vieira.',
        'meeting@2023-07-04[Brazil/Mauro Vieira]',
      ],
      [
        "La ministre Catherine Colonna est arrivée à Berlin le 4 juillet. Lors de cette visite, Catherine Colonna s'est entretenue avec Annalena Baerbock.",
        'meeting@2023-07-04[Catherine Colonna/Annalena Baerbock]',
      ],
      [
        'Menteri Luar Negeri Retno Marsudi tiba di Tokyo pada Selasa (4/7/2023). Dalam kunjungan kerja tersebut, Retno bertemu dengan Menteri Luar Negeri Jepang Yoshimasa Hayashi.',
        'meeting@2023-07-04[Retno Marsudi/Japan/Yoshimasa Hayashi]',
      ],
      [
        'Министр иностранных дел России Сергей Лавров 4 июля прибыл в Пекин. В ходе этого визита Сергей Лавров встретился с Ван И.',
        'meeting@2023-07-04[Sergey Lavrov/Wang Yi]',
      ],
    ];
    for (const [text, event] of cases) expect(events(text, '2023-07-06')).toEqual([event]);
  });

  it('extractArticle(a frame with no day told before it) leaves the act to the news of the day', () => {
    expect(events('During the visit, Blinken met Foreign Minister Retno Marsudi.', '2023-07-06')).toEqual([
      'meeting@2023-07-06[Antony Blinken/Retno Marsudi]',
    ]);
  });
});

describe('extractArticle: an act dated by the sentence after it', () => {
  it('extractArticle(an undated act, then "the ceremony took place ... on Monday") dates the act with that day', () => {
    const cases: [string, string][] = [
      [
        'España y Marruecos firmaron un acuerdo de cooperación policial. La ceremonia se celebró en Rabat el lunes 8 de julio.',
        'treaty_signing@2024-07-08[Spain/Morocco]',
      ],
      [
        "La France et le Maroc ont signé un accord de coopération policière. La cérémonie s'est déroulée à Rabat le lundi 8 juillet.",
        'treaty_signing@2024-07-08[France/Morocco]',
      ],
      [
        'Россия и Казахстан подписали соглашение о сотрудничестве. Церемония состоялась в Астане в понедельник.',
        'treaty_signing@2024-07-08[Russia/Kazakhstan]',
      ],
      [
        'Indonesia dan Malaysia menandatangani perjanjian kerja sama pertahanan. Penandatanganan dilakukan di Kuala Lumpur pada Senin (8/7/2024).',
        'treaty_signing@2024-07-08[Indonesia/Malaysia]',
      ],
      [
        'Indonesia and Australia signed a defence cooperation agreement. The ceremony was held in Canberra on Monday.',
        'treaty_signing@2024-07-08[Indonesia/Australia]',
      ],
    ];
    for (const [text, event] of cases) expect(events(text, '2024-07-09')).toEqual([event]);
  });

  it('extractArticle(an undated act, then "the earthquake occurred on ...") leaves the act to the news of the day', () => {
    expect(
      events('Indonesia sent humanitarian aid to Turkey. The earthquake occurred on July 1.', '2024-07-09'),
    ).toEqual(['other@2024-07-09[Indonesia/Turkey]']);
    expect(
      events('Indonesia mengirim bantuan kemanusiaan ke Turki. Gempa itu terjadi pada Senin (1/7/2024).', '2024-07-09'),
    ).toEqual(['other@2024-07-09[Indonesia/Turkey]']);
  });
});

describe('extractArticle: a relative day in an article dated by its month only', () => {
  it('extractArticle("last Wednesday", "yesterday" under a month of publication) dates the act with that month', () => {
    for (const text of [
      'The Senate of Chile ratified the extradition treaty with the United States last Wednesday.',
      'The Senate of Chile ratified the extradition treaty with the United States yesterday.',
      'El Senado de Chile ratificó el miércoles pasado el tratado de extradición con Estados Unidos.',
      "Le Sénat du Chili a ratifié mercredi dernier le traité d'extradition avec les États-Unis.",
    ])
      expect(events(text, '2009-11')).toEqual(['ratification@2009-11[Senate of Chile/United States]']);
    expect(
      events(
        'Dewan Perwakilan Rakyat Indonesia kemarin meratifikasi perjanjian ekstradisi dengan Singapura dalam rapat paripurna di Jakarta.',
        '2009-11',
      ),
    ).toEqual(["ratification@2009-11[People's Representative Council/Indonesia/Singapore]"]);
    expect(
      events('Государственная дума в прошлую среду ратифицировала договор об экстрадиции с Китаем.', '2009-11'),
    ).toEqual([expect.stringMatching(/^ratification@2009-11\[/)]);
  });
});

describe('extractArticle: the weekend before the publication', () => {
  it('extractArticle("over the weekend", "el pasado fin de semana", "ce week-end", "akhir pekan lalu", "в минувшие выходные") dates the act with the month of that Saturday', () => {
    for (const text of [
      'Secretary of State Antony Blinken met Kenyan President William Ruto over the weekend in Nairobi.',
      'El canciller José Manuel Albares se reunió el pasado fin de semana con su homólogo marroquí Nasser Bourita en Rabat.',
      "Le ministre Stéphane Séjourné s'est entretenu ce week-end avec son homologue marocain Nasser Bourita à Rabat.",
      'Menteri Luar Negeri Retno Marsudi bertemu dengan Menteri Luar Negeri Jepang Yoko Kamikawa di Tokyo pada akhir pekan lalu.',
      'Министр иностранных дел России Сергей Лавров в минувшие выходные встретился с министром иностранных дел Китая Ван И.',
    ])
      expect(events(text, '2024-05-01')).toEqual([expect.stringMatching(/^meeting@2024-04\[/)]);
  });
});
