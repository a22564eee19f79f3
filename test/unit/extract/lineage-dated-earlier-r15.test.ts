import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract-article';
import { testGazetteer } from './shared-gazetteer';

/**
 * An earlier treaty that a replace verb's object only describes ("the earlier agreement", "el convenio anterior",
 * "perjanjian lama", "предыдущее соглашение") or stands for by earlier words alone ("the previous one", "al hasta ahora
 * vigente", "la précédente", "прежнее"), dated by what follows it (a signing or entry-into-force participle, plain or
 * in a relative clause, or a date's preposition): it is the treaty of that year between the text's two states, named
 * by them, as "the 1995 agreement" is. Agency-style sentences written for the test.
 */
function treatiesOf(text: string): { name: string; replaces: string[]; unnamed?: true }[] {
  return extractArticle(text, { gazetteer: testGazetteer(), published: '2024-03-05' }).treaties;
}

describe('an earlier treaty dated by the clause after it', () => {
  const CASES: [sentence: string, older: string][] = [
    [
      'NEW DELHI, March 4 - India and Kyrgyzstan on Monday signed a new investment treaty. It replaces the earlier agreement, which was signed in 2000.',
      'India–Kyrgyzstan Agreement (2000)',
    ],
    [
      'NEW DELHI, March 4 - India and Kyrgyzstan on Monday signed a new investment treaty. It replaces the earlier agreement that entered into force in 2000.',
      'India–Kyrgyzstan Agreement (2000)',
    ],
    [
      'MADRID, 4 mar - España y México firmaron este lunes un nuevo convenio de seguridad social, que sustituye al convenio anterior, de abril de 1960.',
      'Spain–Mexico Convention (1960)',
    ],
    [
      "PARIS, 4 mars - La France et la Serbie ont signé lundi une nouvelle convention fiscale, qui remplace l'ancienne convention, conclue en 1974.",
      'France–Serbia Convention (1974)',
    ],
    [
      'JAKARTA - Indonesia dan Malaysia menandatangani perjanjian perbatasan baru pada Senin. Perjanjian itu menggantikan perjanjian lama yang ditandatangani pada 1970.',
      'Indonesia–Malaysia Treaty (1970)',
    ],
    [
      'МОСКВА, 4 марта. Россия и Казахстан подписали новое соглашение о военном сотрудничестве. Оно заменит предыдущее соглашение, подписанное в 1994 году.',
      'Russia–Kazakhstan Agreement (1994)',
    ],
  ];
  it('extractArticle("replaces the earlier agreement, which was signed in 2000") names it by the two states and the year', () => {
    for (const [sentence, older] of CASES) {
      const treaties = treatiesOf(sentence);
      const old = treaties.find((t) => t.name === older);
      expect(old, sentence).toMatchObject({ unnamed: true });
      expect(
        treaties.some((t) => t.replaces.includes(older)),
        sentence,
      ).toBe(true);
    }
  });

  it('extractArticle("will replace the existing agreement in 2025") reads the year as when, not which', () => {
    const treaties = treatiesOf(
      'WASHINGTON - The United States and Canada signed a new preclearance treaty on Monday. It will replace the existing agreement in 2025.',
    );
    expect(treaties.map((t) => t.name).join(' ')).not.toContain('2025');
  });

  it('extractArticle("take the place of the Agreement signed on 16 December 1991") leaves a capitalized reference alone', () => {
    const treaties = treatiesOf(
      'BRUSSELS - The two new agreements will take the place of the Agreement signed on 16 December 1991 with the federation.',
    );
    expect(treaties.map((t) => t.name).join(' ')).not.toContain('(1991)');
  });
});

describe('earlier words that stand for a treaty after a replace verb, then a date', () => {
  const CASES: [sentence: string, year: string][] = [
    [
      'MOSCOW - Russia and Kazakhstan signed a new agreement on military cooperation on Monday. The agreement replaces the previous one, signed in 1994.',
      '1994',
    ],
    [
      'MADRID, 4 mar - España y México firmaron este lunes un nuevo convenio de seguridad social que sustituye al hasta ahora vigente, de abril de 1960.',
      '1960',
    ],
    [
      'PARIS, 4 mars - La France et la Serbie ont signé lundi une nouvelle convention fiscale, qui remplace la précédente, signée en 1974.',
      '1974',
    ],
    [
      'JAKARTA - Indonesia dan Malaysia menandatangani perjanjian perbatasan baru pada Senin, yang menggantikan yang lama, yang ditandatangani pada 1970.',
      '1970',
    ],
    [
      'МОСКВА, 4 марта. Россия и Казахстан подписали новое соглашение о военном сотрудничестве, которое заменит прежнее, 1994 года.',
      '1994',
    ],
  ];
  it('extractArticle("replaces the previous one, signed in 1994", "sustituye al hasta ahora vigente, de 1960") replaces the treaty of that year', () => {
    for (const [sentence, year] of CASES) {
      const treaties = treatiesOf(sentence);
      const older = treaties.find((t) => t.name.endsWith(`(${year})`));
      expect(older, sentence).toMatchObject({ unnamed: true });
      expect(
        treaties.some((t) => t.replaces.some((r) => r.includes(year))),
        sentence,
      ).toBe(true);
    }
  });
});
