/** Statements with no event of their own on unseen text (round 11, issue 14), in every language. */
import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

const statements = (text: string, published?: string) =>
  events(text, published).filter((e) => e.startsWith('statement@'));

describe("a page whose title names it as its author's statement after a topic", () => {
  it('is one statement, undated on a page without a date, in every language', () => {
    expect(
      statements(
        'Fisheries Agreement Extended, Statement by Secretary Antony Blinken\n\nThe United States welcomes the extension of this agreement with Canada.\n',
      ),
    ).toEqual(['statement@null[Antony Blinken/United States/Canada]']);
    expect(
      statements(
        'Sanciones contra Bielorrusia: declaración del ministro José Manuel Albares\n\nEspaña condena la represión en Bielorrusia.\n',
      ),
    ).toEqual(['statement@null[José Manuel Albares/Spain/Belarus]']);
    expect(
      statements(
        'Accord de pêche avec le Maroc : déclaration du ministre Jean-Yves Le Drian\n\nLa France salue la signature de cet accord avec le Maroc.\n',
      ),
    ).toEqual(['statement@null[Jean-Yves Le Drian/France]']);
    expect(
      statements(
        'Bantuan untuk Turki, Pernyataan Menteri Luar Negeri Retno Marsudi\n\nIndonesia menyampaikan duka cita yang mendalam kepada rakyat Turki.\n',
      ),
    ).toEqual(['statement@null[Retno Marsudi/Indonesia/Turkey]']);
    expect(
      statements(
        'Санкции против Белоруссии: заявление для прессы министра иностранных дел Сергея Лаврова\n\nРоссия осуждает новые санкции против Белоруссии.\n',
      ),
    ).toEqual(['statement@null[Sergey Lavrov/Russia/Belarus]']);
  });
  it('takes the day of a dated page', () => {
    expect(
      statements(
        'Sanctions against Belarus: Press Statement by Secretary Antony Blinken\n\nThe United States condemns the repression in Belarus.\n',
        '2021-05-04',
      ),
    ).toEqual(['statement@2021-05-04[Antony Blinken/United States/Belarus]']);
  });
  it('keeps apart the words of another person its body quotes', () => {
    expect(
      statements(
        'Sanctions against Belarus: Press Statement by Secretary Antony Blinken\n\nThe United States condemns the repression in Belarus. Alexander Lukashenko said the sanctions would fail.\n',
        '2021-05-04',
      ),
    ).toHaveLength(2);
  });
});
