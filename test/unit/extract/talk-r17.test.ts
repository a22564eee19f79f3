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
