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

describe('verbs that tell speech by the clause they report, speaking out, speech in progress', () => {
  const day = '2024-03-12';
  it.each([
    'Trade Minister Mary Ng indicated that the talks would resume in April.',
    'Trade Minister Mary Ng made it clear that the talks would resume in April.',
    'Trade Minister Mary Ng replied that the talks would resume in April.',
    'Trade Minister Mary Ng spoke out against the new tariffs.',
    'Trade Minister Mary Ng has been urging both sides to resume the talks.',
    'La ministra de Comercio Mary Ng mencionó que las negociaciones se reanudarían en abril.',
    'La ministra de Comercio Mary Ng dejó claro que las negociaciones se reanudarían en abril.',
    'La ministra de Comercio Mary Ng se pronunció contra los nuevos aranceles.',
    'La ministre du Commerce Mary Ng a laissé entendre que les négociations reprendraient en avril.',
    'La ministre du Commerce Mary Ng a mentionné que les négociations reprendraient en avril.',
    'La ministre du Commerce Mary Ng s’est exprimée sur les nouveaux tarifs douaniers.',
    'Menteri Perdagangan Mary Ng menyampaikan bahwa perundingan itu akan dilanjutkan pada bulan April.',
    'Menteri Perdagangan Mary Ng mengakui bahwa perundingan itu belum membuahkan hasil yang diharapkan.',
    'Menteri Perdagangan Mary Ng mengimbau kedua pihak untuk kembali ke meja perundingan.',
    'Министр торговли Мария Иванова дала понять, что переговоры возобновятся в апреле.',
    'Министр торговли Мария Иванова ответила, что переговоры возобновятся в апреле.',
    'Министр торговли Мария Иванова говорит, что переговоры возобновятся в апреле.',
    'Министр торговли Мария Иванова высказалась против новых пошлин.',
  ])('"%s" is a statement of its speaker', (text) => {
    expect(statements(text, day)).toEqual([
      expect.stringMatching(/^statement@2024-03-12\[(?:.*\/)?(?:Mary Ng|Мария Иванова)/u),
    ]);
  });
});

describe('a verb of the clause class with no speaker', () => {
  it('is no statement', () => {
    expect(statements('The figures indicated that exports fell in March.', '2024-03-12')).toEqual([]);
    expect(statements('Les chiffres ont laissé entendre que les exportations avaient baissé.', '2024-03-12')).toEqual(
      [],
    );
  });
});

describe('criticism and reaction in words', () => {
  const day = '2024-03-12';
  it.each([
    'Trade Minister Mary Ng slammed the new tariffs on steel and aluminium.',
    'Trade Minister Mary Ng hit out at the new tariffs on steel and aluminium.',
    'Trade Minister Mary Ng dismissed the new tariffs as unfair.',
    'Trade Minister Mary Ng voiced concern about the new tariffs on steel and aluminium.',
    'La ministra de Comercio Mary Ng arremetió contra los nuevos aranceles al acero y al aluminio.',
    'La ministra de Comercio Mary Ng tachó de injustos los nuevos aranceles al acero y al aluminio.',
    'La ministre du Commerce Mary Ng s’en est prise aux nouveaux tarifs sur l’acier et l’aluminium.',
    'Menteri Perdagangan Kanada Mary Ng pada hari Selasa menyesalkan keputusan Washington untuk mengenakan tarif baru.',
    'Министр торговли Канады Мария Иванова во вторник в Оттаве обрушилась с критикой на новые американские пошлины на сталь.',
    'Министр торговли Канады Мария Иванова во вторник в Оттаве посетовала на новые американские пошлины на сталь.',
  ])('"%s" is a statement of its speaker', (text) => {
    expect(statements(text, day)).toEqual([
      expect.stringMatching(/^statement@2024-03-12\[(?:.*\/)?(?:Mary Ng|Мария Иванова)/u),
    ]);
  });
});

describe('a speaker named behind a military rank', () => {
  const day = '2019-07-30';
  it.each([
    ['"We are ready," Colonel John Smith told reporters in Kabul on Tuesday.', 'John Smith'],
    [
      '“Estamos listos”, dijo a la prensa el contraalmirante de la Armada de Chile Yerko Marcic, comandante de la Escuadra.',
      'Yerko Marcic',
    ],
    ['« Nous sommes prêts », a déclaré le contre-amiral Jean Dupont, commandant de la flotte.', 'Jean Dupont'],
    [
      '«Мы готовы», — заявил журналистам в Севастополе контр-адмирал Игорь Осипов, командующий Черноморским флотом.',
      'Игорь Осипов',
    ],
  ])('"%s" is a statement of %s', (text, speaker) => {
    expect(statements(text, day).some((e) => e.includes(speaker))).toBe(true);
  });
});
