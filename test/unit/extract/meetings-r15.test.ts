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
