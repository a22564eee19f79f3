/** Statements (round 19, issue 14): speech told inside a meeting the text reports is that meeting's, in every language. */
import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

const day = '2022-08-10';
const statements = (text: string) => events(text, day).filter((e) => e.startsWith('statement'));
const meetings = (text: string) => events(text, day).filter((e) => e.startsWith('meeting'));

describe('speech inside a meeting the text reports (meetingFrame)', () => {
  it.each([
    [
      'en',
      'London, 10 August 2022. Foreign Secretary James Cleverly met Australian Foreign Minister Marise Payne in London on Wednesday. During the meeting, Cleverly thanked Australia for its support.',
    ],
    [
      'en',
      'London, 10 August 2022. Foreign Secretary James Cleverly met Foreign Minister Marise Payne in London on Wednesday. At the talks, the two ministers stressed the importance of trade.',
    ],
    [
      'es',
      'Madrid, 10 de agosto de 2022. El canciller José Manuel Albares se reunió el miércoles con el ministro brasileño Mauro Vieira en Madrid. Durante el encuentro, Albares agradeció el apoyo de Brasil.',
    ],
    [
      'fr',
      'Paris, 10 août 2022. La ministre Catherine Colonna a rencontré mercredi le ministre Ahmed Attaf à Paris. Lors de cet entretien, Catherine Colonna a salué la coopération entre les deux pays.',
    ],
    [
      'fr',
      'Paris, 10 août 2022. La ministre Catherine Colonna a rencontré mercredi le ministre Ahmed Attaf à Paris. Au cours de la rencontre, les deux ministres ont souligné la qualité de leurs relations.',
    ],
    [
      'id',
      'Jakarta, 10 Agustus 2022. Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Jepang Yoko Kamikawa di Jakarta pada hari Rabu. Dalam pertemuan tersebut, Menlu Retno menyampaikan terima kasih atas dukungan Jepang.',
    ],
    [
      'ru',
      'Москва, 10 августа 2022 года. Министр иностранных дел Сергей Лавров в среду провел переговоры с министром иностранных дел Египта Самехом Шукри. В ходе встречи Сергей Лавров подчеркнул важность сотрудничества двух стран.',
    ],
  ])('extractArticle(%s: "during the meeting, X said") is the meeting, no statement besides it', (_, text) => {
    expect(meetings(text).length).toBeGreaterThan(0);
    expect(statements(text)).toEqual([]);
  });

  it.each([
    [
      'en',
      'London, 10 August 2022. Foreign Secretary James Cleverly met Foreign Minister Marise Payne in London on Wednesday. After the meeting, Cleverly told reporters that the two countries would sign a trade deal.',
    ],
    [
      'es',
      'Madrid, 10 de agosto de 2022. El canciller José Manuel Albares se reunió el miércoles con el ministro Mauro Vieira en Madrid. Tras el encuentro, Albares declaró a la prensa que ambos países firmarán un acuerdo.',
    ],
    [
      'id',
      'Jakarta, 10 Agustus 2022. Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Jepang Yoko Kamikawa di Jakarta pada hari Rabu. Usai pertemuan, Menlu Retno mengatakan kepada wartawan bahwa kedua negara akan menandatangani perjanjian dagang.',
    ],
  ])('extractArticle(%s: "after the meeting, X told reporters") keeps the statement', (_, text) => {
    expect(statements(text).length).toBe(1);
  });

  it.each([
    [
      'en',
      'London, 10 August 2022. Foreign Secretary James Cleverly met Australian Foreign Minister Marise Payne in London on Wednesday. During the meeting, Cleverly said that Britain would send more weapons to Ukraine.',
    ],
    [
      'fr',
      'Paris, 10 août 2022. La ministre Catherine Colonna a rencontré mercredi le ministre algérien Ahmed Attaf à Paris. Lors de cet entretien, Catherine Colonna a déclaré que la France soutiendrait le Niger.',
    ],
  ])(
    'extractArticle(%s: speech at the meeting about a state the meeting leaves out) keeps the statement',
    (_, text) => {
      expect(statements(text).length).toBe(1);
    },
  );

  it('extractArticle(en: a meeting named inside the quotation) keeps the statement', () => {
    const text =
      'London, 10 August 2022. Foreign Secretary James Cleverly met Foreign Minister Marise Payne in London on Wednesday. “In the meeting of the G20 in November we will stand together,” Cleverly said.';
    expect(statements(text).length).toBe(1);
  });

  it('extractArticle(en: "during the meeting" where the text reports no meeting) keeps the statement', () => {
    const text =
      'London, 10 August 2022. During the meeting of the cabinet, Foreign Secretary James Cleverly said that Britain would send more aid to Ukraine.';
    expect(meetings(text)).toEqual([]);
    expect(statements(text).length).toBe(1);
  });
});

describe('groups that speak unnamed (unnamedSpeakers)', () => {
  it.each([
    ['en', 'London, 10 August 2022. Diplomats said that Britain and France would soon sign a new defence treaty.'],
    ['en', 'London, 10 August 2022. Protesters said that Britain must not sign the trade deal with India.'],
    [
      'es',
      'Madrid, 10 de agosto de 2022. Los manifestantes afirmaron que España no debe firmar el acuerdo con Marruecos.',
    ],
    ['es', 'Madrid, 10 de agosto de 2022. Diplomáticos afirmaron que España y Francia firmarán pronto un tratado.'],
    [
      'fr',
      'Paris, 10 août 2022. Les manifestants ont déclaré que la France ne doit pas signer l’accord avec le Maroc.',
    ],
    ['fr', 'Paris, 10 août 2022. Des diplomates ont affirmé que la France et l’Espagne signeront bientôt un traité.'],
    [
      'id',
      'Jakarta, 10 Agustus 2022. Mahasiswa menilai Indonesia tidak boleh menandatangani perjanjian dengan Australia.',
    ],
    ['id', 'Jakarta, 10 Agustus 2022. Para demonstran mengatakan Indonesia tidak boleh menandatangani perjanjian itu.'],
    ['ru', 'Москва, 10 августа 2022 года. Дипломаты заявили, что Россия и Китай скоро подпишут новый договор.'],
    [
      'ru',
      'Москва, 10 августа 2022 года. Протестующие заявили, что Россия не должна подписывать соглашение с Японией.',
    ],
  ])('extractArticle(%s: an unnamed group as the subject) is no statement of the states it speaks of', (_, text) => {
    expect(statements(text)).toEqual([]);
  });

  it('extractArticle(en: a named official after the group) is the official’s statement', () => {
    const text =
      'London, 10 August 2022. Foreign Secretary James Cleverly told diplomats that Britain would soon sign a new defence treaty with France.';
    expect(statements(text).some((e) => e.startsWith('statement@2022-08-10[James Cleverly'))).toBe(true);
  });
});
