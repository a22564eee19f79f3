import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

// Round 16 (issue 14): meetings, each rule in the languages where its construction exists.
const PUBLISHED = '2025-03-14';
/** A sentence with no act of its own, so that a one-sentence text is long enough to tell its language. */
const EN_TAIL = ' This is part of an effort to strengthen the relations that already exist in the region.';

/** The meetings of a text, each as "meeting@date[actor/actor]". */
function meetings(text: string): string[] {
  return events(text, PUBLISHED).filter((e) => e.startsWith('meeting@'));
}

describe('extractArticle: "meet" that fulfils or answers is no meeting (round 16)', () => {
  it('extractArticle("met its obligations", "the conditions were met", "met with criticism") has no meeting', () => {
    for (const text of [
      'Canada has met its obligations under the treaty, the minister said on Tuesday.',
      'The parties must meet the new requirements of the convention by 2026, officials said on Tuesday.',
      'The conditions for the release of the funds were met on Tuesday, the ministry said.',
      'The obligations of all three nations under the agreement have been fully met, the office said on Tuesday.',
      'Meeting the targets of the programme will take years, the minister said on Tuesday.',
      'The proposal met with criticism from several states on Tuesday, the ministry said.',
    ])
      expect(meetings(text + EN_TAIL)).toEqual([]);
  });

  it('extractArticle("met with opposition leaders", "was met at the airport by") is still a meeting', () => {
    expect(meetings('The President met with opposition leaders in Caracas on Tuesday.' + EN_TAIL)).toHaveLength(1);
    expect(
      meetings('The President was met at the airport by Foreign Minister Penny Wong on Tuesday.' + EN_TAIL),
    ).toEqual(['meeting@2025-03-11[Penny Wong]']);
    expect(meetings('The leaders met under tight security conditions in Geneva on Tuesday.' + EN_TAIL)).toHaveLength(1);
  });
});

describe('extractArticle: a talk or a call told by the one who receives it (round 16)', () => {
  it('extractArticle("berbincang hangat dengan", "berdialog dengan", "menerima telepon dari") is a meeting with the other side', () => {
    const tail = ' Hal itu adalah bagian dari upaya untuk memperkuat hubungan yang sudah ada di kawasan ini.';
    for (const [text, meeting] of [
      ['Presiden Prabowo berbincang hangat dengan Presiden Brasil Lula da Silva, Selasa (11/3/2025).', /Brazil/],
      ['Presiden Prabowo berdialog dengan Perdana Menteri Vietnam di Hanoi, Selasa (11/3/2025).', /Vietnam/],
      ['Presiden Prabowo bercakap-cakap dengan Raja Yordania di Amman, Selasa (11/3/2025).', /Jordan/],
      [
        'Presiden Prabowo menerima telepon dari Presiden Amerika Serikat Donald Trump, Selasa (11/3/2025).',
        /Donald Trump/,
      ],
    ] as const)
      expect(meetings(text + tail)).toContainEqual(
        expect.stringMatching(new RegExp(`^meeting@2025-03-11\\[.*${meeting.source}`)),
      );
    expect(meetings('Presiden Prabowo berbincang dengan para wartawan di Istana, Selasa (11/3/2025).' + tail)).toEqual(
      [],
    );
  });

  it('extractArticle("received a phone call from") is a meeting with the caller', () => {
    expect(
      meetings('President Joe Biden received a phone call from President Emmanuel Macron on Tuesday.' + EN_TAIL),
    ).toContainEqual(expect.stringMatching(/^meeting@2025-03-11\[.*Emmanuel Macron/));
  });
});
