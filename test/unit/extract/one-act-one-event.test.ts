import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

// Round 12 (issue 14): a page about one act yields one event; each rule in every language where the construction exists.
describe('extractArticle: one act told again (round 12)', () => {
  it('extractArticle(an event noun with a demonstrative: "This meeting on Monday", "Dicha reunión", "Pertemuan ... tersebut") is the act told before', () => {
    expect(
      events(
        'Foreign Minister Retno Marsudi met Chinese Foreign Minister Wang Yi in Jakarta on Monday. Trade dominated the agenda. This meeting on Monday also covered maritime security.',
        '2021-01-13',
      ),
    ).toEqual(['meeting@2021-01-11[Retno Marsudi/China/Wang Yi]']);
    expect(
      events(
        'El canciller Marcelo Ebrard se reunió el lunes en México con el ministro español José Manuel Albares. El comercio dominó la agenda. Dicha reunión del lunes abordó también la seguridad.',
        '2021-01-13',
      ),
    ).toEqual(['meeting@2021-01-11[Marcelo Ebrard/Mexico/Spain/José Manuel Albares]']);
    // "rencontre" after a demonstrative is the noun, though a verb pattern takes the form
    expect(
      events(
        "Le ministre Jean-Yves Le Drian a rencontré lundi à Paris son homologue allemand Heiko Maas. Le commerce a dominé l'ordre du jour. Cette rencontre de lundi a aussi porté sur la sécurité au Sahel.",
        '2021-01-13',
      ),
    ).toEqual(['meeting@2021-01-11[Jean-Yves Le Drian/Germany/Heiko Maas]']);
    expect(
      events(
        'Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Tiongkok Wang Yi di Jakarta pada Senin (11/1/2021). Perdagangan mendominasi agenda. Pertemuan hari Senin tersebut juga menyinggung keamanan maritim.',
        '2021-01-13',
      ),
    ).toEqual(['meeting@2021-01-11[Retno Marsudi/China/Wang Yi]']);
    expect(
      events(
        'Министр иностранных дел Сергей Лавров встретился в понедельник в Москве с министром иностранных дел Китая Ван И. Торговля доминировала в повестке. Эта встреча в понедельник также затронула вопросы безопасности.',
        '2021-01-13',
      ),
    ).toEqual(['meeting@2021-01-11[Sergey Lavrov/China/Wang Yi]']);
  });

  it('extractArticle(a meeting of a day told again by its states alone: "The talks between Indonesia and Malaysia on Friday") is that meeting', () => {
    expect(
      events(
        'President Joko Widodo of Indonesia received Malaysian Prime Minister Muhyiddin Yassin at Merdeka Palace on Friday. The talks between Indonesia and Malaysia on Friday focused on border issues.',
        '2021-02-06',
      ),
    ).toEqual(['meeting@2021-02-05[Joko Widodo/Indonesia/Malaysia/Muhyiddin Yassin]']);
    expect(
      events(
        'El presidente de México, Andrés Manuel López Obrador, recibió el viernes al presidente de Guatemala, Alejandro Giammattei. La reunión entre México y Guatemala del viernes se centró en la migración.',
        '2021-02-06',
      ),
    ).toEqual(['meeting@2021-02-05[Mexico/Andrés Manuel López Obrador/Guatemala/Alejandro Giammattei]']);
    expect(
      events(
        "Le président français Emmanuel Macron a reçu vendredi le chancelier allemand Olaf Scholz à l'Élysée. La rencontre entre la France et l'Allemagne de vendredi a porté sur l'énergie.",
        '2023-01-21',
      ),
    ).toEqual(['meeting@2023-01-20[France/Emmanuel Macron/Germany/Olaf Scholz]']);
    expect(
      events(
        'Presiden RI Joko Widodo menerima kunjungan Perdana Menteri Malaysia Muhyiddin Yassin di Istana Merdeka pada Jumat (5/2/2021). Pertemuan Indonesia dan Malaysia pada Jumat membahas masalah perbatasan.',
        '2021-02-06',
      ),
    ).toEqual(['meeting@2021-02-05[Indonesia/Joko Widodo/Malaysia]']);
    expect(
      events(
        'Президент России Владимир Путин в пятницу встретился с президентом Казахстана Касым-Жомартом Токаевым. Переговоры России и Казахстана в пятницу были посвящены энергетике.',
        '2021-02-06',
      ),
    ).toEqual(['meeting@2021-02-05[Russia/Vladimir Putin/Kazakhstan/Kassym-Jomart Tokayev]']);
    // two guests received one after another on one day are two meetings still
    expect(
      events(
        'President Joko Widodo received Prime Minister Scott Morrison of Australia on Sunday. He then received Prime Minister Lee Hsien Loong of Singapore on Sunday.',
        '2019-10-21',
      ),
    ).toHaveLength(2);
  });
  it('extractArticle(a meeting of the same day with no participants named: "The talks on Monday lasted two hours") is that meeting', () => {
    expect(
      events(
        'Foreign Minister Retno Marsudi met Chinese Foreign Minister Wang Yi in Jakarta on Monday. Trade dominated the agenda. The talks on Monday lasted two hours.',
        '2021-01-13',
      ),
    ).toEqual(['meeting@2021-01-11[Retno Marsudi/China/Wang Yi]']);
    expect(
      events(
        'El canciller Marcelo Ebrard se reunió el lunes en México con el ministro español José Manuel Albares. El comercio dominó la agenda. La reunión del lunes duró dos horas.',
        '2021-01-13',
      ),
    ).toEqual(['meeting@2021-01-11[Marcelo Ebrard/Mexico/Spain/José Manuel Albares]']);
    expect(
      events(
        "Le ministre Jean-Yves Le Drian a rencontré lundi à Paris son homologue allemand Heiko Maas. Le commerce a dominé l'ordre du jour. La réunion de lundi a duré deux heures.",
        '2021-01-13',
      ),
    ).toEqual(['meeting@2021-01-11[Jean-Yves Le Drian/Germany/Heiko Maas]']);
    expect(
      events(
        'Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Tiongkok Wang Yi di Jakarta pada Senin (11/1/2021). Perdagangan mendominasi agenda. Pembicaraan pada hari Senin berlangsung selama dua jam.',
        '2021-01-13',
      ),
    ).toEqual(['meeting@2021-01-11[Retno Marsudi/China/Wang Yi]']);
    expect(
      events(
        'Министр иностранных дел Сергей Лавров встретился в понедельник в Москве с министром иностранных дел Китая Ван И. Торговля доминировала в повестке. Переговоры в понедельник продолжались два часа.',
        '2021-01-13',
      ),
    ).toEqual(['meeting@2021-01-11[Sergey Lavrov/China/Wang Yi]']);
  });
  it('extractArticle(a minister of a state at the meeting told apart on its day: "Turut hadir dalam delegasi Indonesia ...") is that meeting', () => {
    const one = ['meeting@2024-11-12[Indonesia/Prabowo Subianto/United States/Joe Biden/Sugiono]'];
    expect(
      events(
        'President Prabowo Subianto of Indonesia met President Joe Biden of the United States at the White House on Tuesday. On Tuesday Indonesian Foreign Minister Sugiono also attended the meeting for Indonesia.',
        '2024-11-13',
      ),
    ).toEqual(['meeting@2024-11-12[Prabowo Subianto/Indonesia/Joe Biden/United States/Sugiono]']);
    expect(
      events(
        'El presidente de Indonesia, Prabowo Subianto, se reunió el martes en la Casa Blanca con el presidente de Estados Unidos, Joe Biden. El martes también asistió a la reunión por Indonesia el canciller indonesio Sugiono.',
        '2024-11-13',
      ),
    ).toEqual(one);
    expect(
      events(
        "Le président indonésien Prabowo Subianto a rencontré mardi le président américain Joe Biden à la Maison Blanche. Mardi, le ministre indonésien des Affaires étrangères Sugiono a également participé à la rencontre pour l'Indonésie.",
        '2024-11-13',
      ),
    ).toEqual(one);
    expect(
      events(
        'Presiden Republik Indonesia, Prabowo Subianto, mengadakan pertemuan bilateral dengan Presiden Amerika Serikat, Joe Biden, di Gedung Putih pada Selasa (12/11/2024). Turut hadir dalam delegasi Indonesia pada Selasa (12/11/2024) adalah Menteri Luar Negeri Sugiono.',
        '2024-11-13',
      ),
    ).toEqual(one);
    expect(
      events(
        'Президент Индонезии Прабово Субианто во вторник встретился в Белом доме с президентом США Джо Байденом. Во вторник во встрече от Индонезии также участвовал министр иностранных дел Индонезии Сугионо.',
        '2024-11-13',
      ),
    ).toEqual(one);
  });
});
