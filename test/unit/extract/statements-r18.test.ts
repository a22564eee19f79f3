/** Statements (round 18, issue 14): reporting verbs in the tenses and forms news uses, and one voice a day, in every language. */
import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

const day = '2022-08-10';
const statements = (text: string) => events(text, day).filter((e) => e.startsWith('statement'));

describe('reporting verbs the lexicons lacked, in their tenses', () => {
  it.each([
    ['en', 'London, 10 August 2022. Foreign Secretary James Cleverly cautioned that the talks could fail.'],
    ['en', 'London, 10 August 2022. Foreign Secretary James Cleverly notes that the talks could fail.'],
    ['en', 'London, 10 August 2022. Foreign Secretary James Cleverly wrote that the talks could fail.'],
    ['en', 'London, 10 August 2022. Foreign Secretary James Cleverly admits that the talks could fail.'],
    ['en', 'London, 10 August 2022. Foreign Secretary James Cleverly testified before the committee on the talks.'],
    ['es', 'Madrid, 10 de agosto de 2022. El canciller José Manuel Albares alertó sobre el riesgo de una escalada.'],
    ['es', 'Madrid, 10 de agosto de 2022. El canciller José Manuel Albares relató su conversación con los rehenes.'],
    ['es', 'Madrid, 10 de agosto de 2022. El canciller José Manuel Albares planteó que la negociación debe seguir.'],
    ['es', 'Madrid, 10 de agosto de 2022. El canciller José Manuel Albares mantiene que la negociación debe seguir.'],
    ['es', 'Madrid, 10 de agosto de 2022. El canciller José Manuel Albares expuso que la negociación debe seguir.'],
    ['fr', 'Paris, 10 août 2022. Le ministre Jean-Yves Le Drian a dénoncé la décision de Moscou.'],
    ['fr', 'Paris, 10 août 2022. Le ministre Jean-Yves Le Drian dénonce la décision de Moscou.'],
    ['fr', 'Paris, 10 août 2022. Le ministre Jean-Yves Le Drian martèle que la négociation doit continuer.'],
    ['fr', 'Paris, 10 août 2022. Le ministre Jean-Yves Le Drian soutient que la négociation doit continuer.'],
    ['fr', 'Paris, 10 août 2022. Le ministre Jean-Yves Le Drian a raconté sa rencontre avec les otages.'],
    ['fr', 'Paris, 10 août 2022. Le ministre Jean-Yves Le Drian a répliqué que la négociation doit continuer.'],
    ['ru', 'Москва, 10 августа 2022 года. Министр Сергей Лавров утверждает, что переговоры продолжатся.'],
    ['ru', 'Москва, 10 августа 2022 года. Министр Сергей Лавров поясняет, что переговоры продолжатся.'],
    ['ru', 'Москва, 10 августа 2022 года. Министр Сергей Лавров напоминает, что переговоры продолжатся.'],
    ['ru', 'Москва, 10 августа 2022 года. Министр Сергей Лавров говорил, что переговоры зашли в тупик.'],
    ['ru', 'Москва, 10 августа 2022 года. Министр Сергей Лавров возразил журналистам.'],
    ['ru', 'Москва, 10 августа 2022 года. Министр Сергей Лавров предупреждает о риске эскалации.'],
  ])('extractArticle(%s: a named speaker and the verb) is a statement of the day', (_, text) => {
    expect(statements(text).some((e) => e.startsWith('statement@2022-08-10['))).toBe(true);
  });

  it('extractArticle(fr: "a dénoncé le traité") is the treaty ended, no statement', () => {
    const found = events('Paris, 10 août 2022. La Russie a dénoncé le traité sur les forces armées en Europe.', day);
    expect(found.filter((e) => e.startsWith('statement'))).toEqual([]);
    expect(found.some((e) => e.startsWith('other@2022-08-10[Russia'))).toBe(true);
  });
});

describe('one voice a day (oneStatementPerSpeaker)', () => {
  it.each([
    [
      'es',
      'Madrid, 10 de agosto de 2022. El Gobierno de España condena el lanzamiento del misil por Corea del Norte. Asimismo, recuerda que España preside el comité de sanciones de las Naciones Unidas.',
    ],
    [
      'es',
      'Madrid, 10 de agosto de 2022. El Gobierno de España condena el lanzamiento del misil por Corea del Norte. Además, recuerda que España preside el comité de sanciones de las Naciones Unidas, y reitera su llamamiento a Corea del Norte.',
    ],
    [
      'fr',
      'Paris, 10 août 2022. La France condamne le tir de missile de la Corée du Nord. Elle rappelle par ailleurs que la France préside le comité des sanctions des Nations unies.',
    ],
    [
      'en',
      'London, 10 August 2022. The United Kingdom condemns the missile launch by North Korea. It also recalls that Britain chairs the United Nations sanctions committee.',
    ],
  ])('extractArticle(%s: a state speaks, then goes on with no subject of its own) is one statement', (_, text) => {
    expect(statements(text)).toHaveLength(1);
  });
});

describe('an undated statement and a dated one in two voices stay two (mergeDrafts)', () => {
  it.each([
    [
      'es',
      'Washington, 10 de agosto de 2022. Estados Unidos anunció una nueva ayuda humanitaria para Cuba tras el huracán. El Gobierno cubano, en un comunicado de su cancillería, agradeció el martes la ayuda de Washington.',
    ],
    [
      'en',
      'Washington, 10 August 2022. The United States announced new humanitarian aid for Cuba after the hurricane. The Cuban government, in a statement by its foreign ministry, thanked Washington on Tuesday for the aid.',
    ],
    [
      'fr',
      "Washington, 10 août 2022. Les États-Unis ont annoncé une nouvelle aide humanitaire pour Cuba après l'ouragan. Le gouvernement cubain, dans un communiqué de son ministère, a remercié mardi Washington pour cette aide.",
    ],
    [
      'id',
      'Washington, 10 Agustus 2022. Amerika Serikat mengumumkan bantuan kemanusiaan baru untuk Kuba setelah badai. Pemerintah Kuba, dalam pernyataan kementerian luar negerinya, berterima kasih kepada Washington pada hari Selasa atas bantuan itu.',
    ],
  ])('extractArticle(%s: a state announces, another thanks it on a weekday) is two statements', (_, text) => {
    expect(statements(text)).toEqual([
      'statement@2022-08-10[United States/Cuba]',
      'statement@2022-08-09[Cuba/United States]',
    ]);
  });
});

describe('a plural title numbered as two speaks for the two persons last named (the lexicon’s pairWords)', () => {
  it.each([
    [
      'fr',
      'Paris, 10 août 2022. La délégation française était conduite par le ministre Jean-Yves Le Drian. La délégation américaine était conduite par le secrétaire d’État Antony Blinken. À l’ouverture des travaux, les deux chefs de délégation se sont félicités de l’excellence de la coopération entre la France et les États-Unis.',
      ['Jean-Yves Le Drian', 'Antony Blinken'],
    ],
    [
      'en',
      'London, 10 August 2022. The British delegation was led by Foreign Secretary James Cleverly. The American delegation was led by Secretary of State Antony Blinken. At the opening, the two heads of delegation welcomed the excellent cooperation between the United Kingdom and the United States.',
      ['James Cleverly', 'Antony Blinken'],
    ],
    [
      'es',
      'Madrid, 10 de agosto de 2022. La delegación española estuvo encabezada por el canciller José Manuel Albares. La delegación estadounidense estuvo encabezada por el secretario de Estado Antony Blinken. En la apertura, los dos jefes de delegación celebraron la excelente cooperación entre España y Estados Unidos.',
      ['José Manuel Albares', 'Antony Blinken'],
    ],
    [
      'id',
      'Jakarta, 10 Agustus 2022. Delegasi Indonesia dipimpin oleh Menteri Luar Negeri Retno Marsudi. Delegasi Amerika Serikat dipimpin oleh Menteri Luar Negeri Antony Blinken. Pada pembukaan, kedua ketua delegasi menyambut baik kerja sama yang erat antara Indonesia dan Amerika Serikat.',
      ['Retno Marsudi', 'Antony Blinken'],
    ],
    [
      'ru',
      'Москва, 10 августа 2022 года. Российскую делегацию возглавил министр иностранных дел Сергей Лавров. Китайскую делегацию возглавил министр иностранных дел Ван И. В начале встречи оба министра высоко оценили сотрудничество между Россией и Китаем.',
      ['Sergey Lavrov', 'Wang Yi'],
    ],
  ])('extractArticle(%s: "the two heads of delegation welcomed ...") is their statement', (_, text, persons) => {
    const found = statements(text);
    expect(found).toHaveLength(1);
    for (const p of persons) expect(found[0]).toContain(p);
  });
});
