/** Statements that need a speaker (round 16, issue 14), in every language. */
import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

const day = '2022-08-10';
const statements = (text: string) => events(text, day).filter((e) => e.startsWith('statement'));

describe('people who speak unnamed and for no actor (the lexicon’s unnamedSpeakers)', () => {
  it.each([
    ['en', 'Moscow, 10 August 2022. Analysts say Russia will answer the new sanctions within weeks.'],
    [
      'es',
      'Madrid, 10 de agosto de 2022. Los analistas afirman que Rusia responderá a las nuevas sanciones en pocas semanas.',
    ],
    [
      'fr',
      'Paris, 10 août 2022. Les experts affirment que la Russie répondra aux nouvelles sanctions dans quelques semaines.',
    ],
    [
      'id',
      'Jakarta, 10 Agustus 2022. Para pengamat mengatakan Rusia akan membalas sanksi baru itu dalam beberapa minggu.',
    ],
    ['ru', 'Москва, 10 августа 2022 года. Аналитики заявляют, что Россия ответит на новые санкции в ближайшие недели.'],
  ])('extractArticle(%s: unnamed analysts or experts speak of a state) is no statement', (_, text) => {
    expect(statements(text)).toEqual([]);
  });

  it.each([
    ['en', 'Kyiv, 10 August 2022. Residents said Russian forces shelled the city overnight.'],
    [
      'es',
      'Kiev, 10 de agosto de 2022. Los vecinos dijeron que las fuerzas rusas bombardearon la ciudad durante la noche.',
    ],
    ['ru', 'Киев, 10 августа 2022 года. Жители сообщили, что российские войска обстреляли город ночью.'],
  ])('extractArticle(%s: residents tell what happened) is no statement of the states they name', (_, text) => {
    expect(statements(text)).toEqual([]);
  });

  it.each([
    ['en', 'Moscow, 10 August 2022. Russia said it would answer the new sanctions within weeks.'],
    ['es', 'Madrid, 10 de agosto de 2022. España condena el ataque contra Ucrania.'],
    ['fr', 'Paris, 10 août 2022. La France condamne l’attaque contre l’Ukraine.'],
    ['ru', 'Москва, 10 августа 2022 года. Россия заявила, что ответит на новые санкции.'],
  ])("extractArticle(%s: a state as the subject of the verb) is that state's statement", (_, text) => {
    expect(statements(text).some((e) => e.startsWith('statement@2022-08-10['))).toBe(true);
  });
});
