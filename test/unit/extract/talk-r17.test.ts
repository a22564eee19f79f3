/** Statements and meetings as analysts list them (round 17, issue 14): one voice per state, in every language. */
import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

const day = '2024-03-05';
const statements = (text: string) => events(text, day).filter((e) => e.startsWith('statement'));

describe('a state speaks through its officials (oneVoicePerState)', () => {
  it.each([
    [
      'en',
      'Russian Foreign Minister Sergey Lavrov said on Tuesday that Moscow was ready for talks on the grain deal.\n\nRussia also said it would not extend the deal unless its exports were freed.',
    ],
    [
      'es',
      'El canciller ruso Serguéi Lavrov afirmó este martes que Moscú está dispuesto a negociar.\n\nRusia advirtió además que no prorrogará el acuerdo.',
    ],
    [
      'fr',
      "Le ministre russe des Affaires étrangères Sergueï Lavrov a déclaré mardi que Moscou était prêt à négocier.\n\nLa Russie a également déclaré qu'elle ne prolongerait pas l'accord.",
    ],
    [
      'id',
      'Menteri Luar Negeri Rusia Sergei Lavrov mengatakan pada hari Selasa bahwa Moskow siap berunding.\n\nRusia juga menyatakan tidak akan memperpanjang kesepakatan itu.',
    ],
    [
      'ru',
      'Министр иностранных дел России Сергей Лавров заявил во вторник, что Москва готова к переговорам.\n\nРоссия также заявила, что не продлит соглашение.',
    ],
  ])('extractArticle(%s: the minister speaks, then the state) is one statement, the minister’s', (_, text) => {
    expect(statements(text)).toEqual(['statement@2024-03-05[Russia/Sergey Lavrov]']);
  });

  it('extractArticle(en: another state speaks after the minister) keeps that state’s statement', () => {
    expect(
      statements(
        'Russian Foreign Minister Sergey Lavrov said on Tuesday that Moscow was ready for talks.\n\nFrance said it would not extend the deal.',
      ),
    ).toEqual(['statement@2024-03-05[Russia/Sergey Lavrov]', 'statement@2024-03-05[France]']);
  });

  it('extractArticle(en: a state speaks and none of its officials does) keeps the state’s statement', () => {
    expect(statements('Moscow, 5 March 2024. Russia said it would not extend the grain deal.')).toEqual([
      'statement@2024-03-05[Russia]',
    ]);
  });
});

const meetings = (text: string) => events(text, day).filter((e) => e.startsWith('meeting'));

describe('a meeting of one party, not on the day of the news, is background (reportedMeetings)', () => {
  it.each([
    [
      'en',
      'Madrid, 5 March 2024. Spain hosted a peace conference in 1991. Prime Minister Pedro Sánchez met President Emmanuel Macron in Madrid on Tuesday.',
      'meeting@2024-03-05[Pedro Sánchez/Emmanuel Macron]',
    ],
    [
      'es',
      'Madrid, 5 de marzo de 2024. España acogió una conferencia de paz en 1991. El presidente Pedro Sánchez se reunió el martes con el presidente francés Emmanuel Macron en Madrid.',
      'meeting@2024-03-05[Pedro Sánchez/France/Emmanuel Macron]',
    ],
    [
      'fr',
      'Paris, 5 mars 2024. La France a accueilli une conférence de paix en 1991. Le président Emmanuel Macron a rencontré mardi le président du gouvernement espagnol Pedro Sánchez à Paris.',
      'meeting@2024-03-05[Emmanuel Macron/Spain/Pedro Sánchez]',
    ],
    [
      'id',
      'Jakarta, 5 Maret 2024. Indonesia menjadi tuan rumah konferensi perdamaian pada tahun 1991. Presiden Joko Widodo bertemu dengan Perdana Menteri Anthony Albanese di Jakarta pada hari Selasa.',
      'meeting@2024-03-05[Joko Widodo/Anthony Albanese]',
    ],
    [
      'ru',
      'Москва, 5 марта 2024 года. Россия провела мирную конференцию в 1991 году. Президент Владимир Путин во вторник встретился с президентом Казахстана Касым-Жомартом Токаевым в Москве.',
      'meeting@2024-03-05[Vladimir Putin/Kazakhstan/Kassym-Jomart Tokayev]',
    ],
  ])(
    'extractArticle(%s: a conference hosted in 1991, then a meeting of the day) is the meeting of the day only',
    (_, text, meeting) => {
      expect(meetings(text)).toEqual([meeting]);
    },
  );

  it('extractArticle(en: a visit of one party on the day of the news) stays a meeting', () => {
    expect(
      meetings('Jakarta, 5 March 2024. President Joko Widodo arrived in Canberra on Tuesday for a state visit.').length,
    ).toBe(1);
  });
});
