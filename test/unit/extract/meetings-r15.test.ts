import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

// Round 15 (issue 14): meetings found by their whole class of phrasing, in every language where the construction exists.
const PUBLISHED = '2025-03-14';

/** The meetings of a text, each as "meeting@date[actor/actor]". */
function meetings(text: string): string[] {
  return events(text, PUBLISHED).filter((e) => e.startsWith('meeting@'));
}

describe('extractArticle: a guest received under any title or rank (round 15)', () => {
  it('extractArticle("received General X", "menerima Laksamana Muda X", "принял генерала X") is a meeting with the guest', () => {
    const cases: [string, RegExp][] = [
      [
        'Foreign Minister Penny Wong received General Ahmad Yani at Parliament House on Tuesday.',
        /^meeting@2025-03-11\[.*Ahmad Yani/,
      ],
      [
        'Menteri Pertahanan menerima Laksamana Muda Torben Mikkelsen dari Denmark di Jakarta, Selasa (11/3/2025).',
        /^meeting@2025-03-11\[.*Torben Mikkelsen/,
      ],
      [
        'Presiden Prabowo menyambut langsung Perdana Menteri Jepang Shigeru Ishiba di Istana Merdeka, Selasa (11/3/2025).',
        /^meeting@2025-03-11\[.*Shigeru Ishiba/,
      ],
      [
        'Ketua DPR Puan Maharani menerima Ketua Parlemen Korea Selatan di Gedung DPR, Selasa (11/3/2025).',
        /^meeting@2025-03-11\[.*South Korea/,
      ],
      [
        'Министр обороны России Андрей Белоусов во вторник принял генерала Армии Индии Упендру Двиведи.',
        /^meeting@2025-03-11\[.*India/,
      ],
    ];
    for (const [text, meeting] of cases) expect(meetings(text)).toContainEqual(expect.stringMatching(meeting));
  });
});

describe('extractArticle: the day or the place between "held" and the meeting it holds (round 15)', () => {
  it('extractArticle("ont tenu mardi à Berlin des consultations", "celebraron el martes en Lima la ronda") is that day\'s meeting', () => {
    expect(
      meetings('Les délégations française et allemande ont tenu mardi à Berlin des consultations politiques.'),
    ).toEqual(['meeting@2025-03-11[France/Germany]']);
    expect(
      meetings(
        'Las delegaciones de Chile y Perú celebraron el martes en Lima la primera ronda de consultas políticas.',
      ),
    ).toEqual(['meeting@2025-03-11[Chile/Peru]']);
  });
});

describe('extractArticle: a talk told by its two sides (round 15)', () => {
  it('extractArticle("se sont parlé", "a échangé avec son homologue", "berbincang dengan", "sat down with") is a meeting', () => {
    const talks: [string, RegExp][] = [
      ['Jean-Noël Barrot et Antony Blinken se sont parlé au téléphone mardi.', /Antony Blinken/],
      [
        'Le ministre Jean-Noël Barrot a échangé mardi avec son homologue indien Subrahmanyam Jaishankar.',
        /Subrahmanyam Jaishankar/,
      ],
      ['Presiden Prabowo berbincang dengan Presiden AS Joe Biden di Gedung Putih, Selasa (11/3/2025).', /Joe Biden/],
      ['Prime Minister Keir Starmer sat down with President Emmanuel Macron in Paris on Tuesday.', /Emmanuel Macron/],
    ];
    for (const [text, guest] of talks)
      expect(meetings(text)).toContainEqual(
        expect.stringMatching(new RegExp(`^meeting@2025-03-11\\[.*${guest.source}`)),
      );
  });

  it('extractArticle("co-chaired the Joint Commission", "ont coprésidé", "copresidieron") is a meeting of both sides', () => {
    const chaired: string[] = [
      "Foreign Minister Penny Wong and Foreign Minister Sugiono co-chaired the Annual Foreign Ministers' Meeting in Canberra on Tuesday.",
      'Les ministres Jean-Noël Barrot et Ahmed Attaf ont coprésidé mardi à Alger la commission mixte franco-algérienne.',
      'Los cancilleres de Chile y Argentina copresidieron el martes en Santiago la comisión binacional.',
    ];
    for (const text of chaired) expect(meetings(text)).toHaveLength(1);
    expect(meetings(chaired[2]!)).toEqual(['meeting@2025-03-11[Chile/Argentina]']);
  });
});

describe('extractArticle: the noun a verb form spells is no verb (round 15)', () => {
  it('extractArticle("la visite", "cette visite", "esta visita", "the visit of") with no act of meeting is no meeting', () => {
    const nouns: string[] = [
      'La délégation américaine est partie pour la Tanzanie, second pays de la visite.',
      'La visite s’inscrit dans le programme de coopération renforcée entre le Canada et la France.',
      'Esta visita refuerza la cooperación entre Chile y España.',
      'The visit of the Canadian minister strengthens cooperation between Canada and France.',
    ];
    for (const text of nouns) expect(meetings(text)).toEqual([]);
  });

  it('extractArticle("d\'avoir une rencontre avec", "après avoir eu un entretien avec") is the meeting held', () => {
    expect(
      meetings(
        "J'ai saisi l'occasion, revenant du Kazakhstan, d'avoir une rencontre avec le Président Poutine samedi.",
      ),
    ).toContainEqual(expect.stringMatching(/^meeting@2025-03-08\[.*Vladimir Putin/));
    expect(
      meetings(
        'Après avoir eu un entretien avec le Premier ministre italien Giorgia Meloni lundi, le ministre a quitté Rome.',
      ),
    ).toContainEqual(expect.stringMatching(/^meeting@2025-03-10\[.*Giorgia Meloni/));
  });
});

describe('extractArticle: a meeting that "took place" under a demonstrative is the meeting told before (round 15)', () => {
  it('extractArticle("A received B. This meeting, which took place ...") is one meeting', () => {
    const retold: string[] = [
      'Menlu Marty Natalegawa menerima Menlu AS Hillary Clinton di Jakarta, Senin. Pertemuan yang berlangsung selama 30 menit itu membahas persiapan kedatangan Presiden Barack Obama.',
      'Foreign Minister Retno Marsudi met US Assistant Secretary Kurt Campbell in Jakarta on Monday. This meeting, which took place at the ministry, prepared the visit of President Barack Obama.',
      'El canciller Santiago Cafiero recibió el lunes al secretario adjunto Kurt Campbell. Esta reunión, que se celebró en el Palacio San Martín, preparó la visita del presidente Barack Obama.',
    ];
    for (const text of retold) expect(meetings(text)).toHaveLength(1);
  });
});

describe('extractArticle: negotiations concluded are an act, not a meeting (round 15)', () => {
  it('extractArticle("the negotiations ... were concluded", "ont conclu les négociations", "завершили переговоры") is `other`', () => {
    const concluded: [string, string][] = [
      [
        'On 9 December 2022, the negotiations between the European Union and Chile were successfully concluded.',
        'other@2022-12-09[European Union/Chile]',
      ],
      [
        "Le Canada et l'Union européenne ont conclu les négociations le 8 septembre 2014.",
        'other@2014-09-08[Canada/European Union]',
      ],
      [
        'Las negociaciones entre México y la Unión Europea concluyeron el 28 de abril de 2020.',
        'other@2020-04-28[Mexico/European Union]',
      ],
      [
        'Indonesia dan Uni Eropa merampungkan perundingan IEU-CEPA pada 23 Januari 2025.',
        'other@2025-01-23[Indonesia/European Union]',
      ],
      [
        '9 декабря 2022 года Россия и Евросоюз завершили переговоры о новом соглашении.',
        'other@2022-12-09[Russia/European Union]',
      ],
    ];
    for (const [text, act] of concluded) expect(events(text, PUBLISHED)).toEqual([act]);
  });

  it('extractArticle("the talks ... concluded on Tuesday", "las conversaciones ... concluyeron el martes") is no signing', () => {
    expect(events('The meeting between the two ministers concluded on Tuesday in Geneva.', PUBLISHED)).toEqual([]);
    expect(
      events('Las conversaciones entre los dos presidentes concluyeron el martes en Ginebra.', PUBLISHED).filter((e) =>
        e.startsWith('treaty_signing'),
      ),
    ).toEqual([]);
    expect(events('The agreement was concluded on 5 May 2024 between Chile and Peru.', PUBLISHED)).toEqual([
      'treaty_signing@2024-05-05[Chile/Peru]',
    ]);
  });
});
