/** The voice of a page and one statement per voice (round 15, issue 14), in every language. */
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../server/extract/event-draft';
import { LEXICONS } from '../../../server/extract/lexicons';
import { oneStatementPerSpeaker } from '../../../server/extract/merge-events';
import { extractedEvents as events } from './shared-gazetteer';

const rule = LEXICONS.en.triggers.find((r) => r.type === 'statement' && r.plover === 'STATEMENT')!;

/** A statement draft in sentence `index`, on 10 August 2022, with these actors and no speaker of its own. */
function unsigned(index: number, actors: string[]): Draft {
  return {
    type: 'statement',
    rule,
    date: { year: 2022, month: 8, day: 10, precision: 'day' },
    endDate: null,
    actors,
    place: null,
    treaty: null,
    modality: 'asserted',
    sentence: { index, start: index * 100, end: index * 100 + 90, clauses: [index * 100], paragraphStart: false },
    start: index * 100,
    end: index * 100 + 5,
    confidence: 0.7,
    ownDate: false,
  };
}

describe('oneStatementPerSpeaker(statements with no speaker of their own)', () => {
  it('oneStatementPerSpeaker(two of one day that the output gives one speaker, their first actor) is one statement', () => {
    const merged = oneStatementPerSpeaker(
      [unsigned(1, ['country:US', 'country:KE']), unsigned(5, ['country:US', 'org:au'])],
      false,
    );
    expect(merged.map((d) => d.actors)).toEqual([['country:US', 'country:KE', 'org:au']]);
  });

  it('oneStatementPerSpeaker(two of one day with two first actors) stays two statements', () => {
    const merged = oneStatementPerSpeaker(
      [unsigned(1, ['country:US', 'country:KE']), unsigned(5, ['org:au', 'country:KE'])],
      false,
    );
    expect(merged).toHaveLength(2);
  });

  it('oneStatementPerSpeaker(one with a speaker of its own, one without) stays two statements', () => {
    const signed = { ...unsigned(5, ['country:US', 'org:au']), speaker: 'country:US' };
    expect(oneStatementPerSpeaker([unsigned(1, ['country:US', 'country:KE']), signed], false)).toHaveLength(2);
  });
});

const day = '2022-08-10';

describe('a page headed by a statement noun and the body that issues it', () => {
  it('extractArticle("Statement from the U.S. Embassy following the elections in Kenya" and speech in the first person) is one statement of the embassy, not of Kenya', () => {
    expect(
      events(
        'Statement from the U.S. Embassy following the elections in Kenya\n\nThe United States continues to follow the electoral process in Kenya. We noted logistical problems at some polling stations; however, we were encouraged by the spirit of the Kenyan voters. Counting goes on in every county. Results are expected next week. If disputes arise, we urge all political leaders to show restraint.',
        day,
      ),
    ).toEqual(['statement@2022-08-10[United States/U.S. Embassy/Kenya]']);
  });

  it.each([
    'Comunicado de la Embajada de los Estados Unidos sobre las elecciones en Kenia\n\nEstados Unidos sigue de cerca el proceso electoral en Kenia. Observamos problemas logísticos en algunos colegios electorales; sin embargo, nos alentó el espíritu de los votantes kenianos. El recuento continúa en todos los condados. Los resultados se esperan la próxima semana. Si surgen controversias, instamos a todos los líderes políticos a mostrar moderación.',
    "Communiqué de l'ambassade des États-Unis sur les élections au Kenya\n\nLes États-Unis suivent de près le processus électoral au Kenya. Nous avons noté des problèmes logistiques dans certains bureaux de vote ; toutefois, nous avons été encouragés par l'esprit des électeurs kényans. Le dépouillement se poursuit dans tous les comtés. Les résultats sont attendus la semaine prochaine. En cas de différend, nous exhortons tous les dirigeants politiques à faire preuve de retenue.",
    'Pernyataan Kedutaan Besar Amerika Serikat tentang Pemilu di Kenya\n\nAmerika Serikat terus mengikuti proses pemilu di Kenya. Kami mencatat masalah logistik di beberapa tempat pemungutan suara; namun, kami terdorong oleh semangat para pemilih Kenya. Penghitungan suara berlanjut di semua wilayah. Hasilnya diharapkan pekan depan. Jika muncul sengketa, kami mendesak semua pemimpin politik untuk menahan diri.',
    'Заявление посольства США о выборах в Кении\n\nСоединенные Штаты внимательно следят за избирательным процессом в Кении. Мы отметили логистические проблемы на некоторых избирательных участках, однако нас воодушевил настрой кенийских избирателей. Подсчет голосов продолжается во всех округах. Результаты ожидаются на следующей неделе. В случае споров мы призываем всех политических лидеров проявлять сдержанность.',
  ])(
    'extractArticle(a statement page of a body, its topic after "sobre", "sur", "tentang", "о") is one statement: "%s"',
    (text) => {
      expect(events(text, day)).toEqual([expect.stringMatching(/^statement@2022-08-10\[(?!Kenya)/u)]);
    },
  );

  it.each([
    'Press release of the Council of the European Union\n\nBrussels, 13 September 2023\n\nThe Council today prolonged the sanctions against Russia for another six months.',
    'Comunicado de prensa del Consejo de la Unión Europea\n\nBruselas, 13 de septiembre de 2023\n\nEl Consejo prorrogó hoy por seis meses más las sanciones contra Rusia.',
    "Communiqué de presse du Conseil de l'Union européenne\n\nBruxelles, le 13 septembre 2023\n\nLe Conseil a prorogé aujourd'hui de six mois les sanctions contre la Russie.",
    'Siaran pers Dewan Uni Eropa\n\nBrussel, 13 September 2023\n\nDewan hari ini memperpanjang sanksi terhadap Rusia selama enam bulan.',
    'Пресс-релиз Совета Европейского союза\n\nБрюссель, 13 сентября 2023 года\n\nСовет сегодня продлил санкции против России еще на шесть месяцев.',
  ])(
    'extractArticle(a body\'s press release that tells an act of its day) is the notice of that act, no statement: "%s"',
    (text) => {
      expect(events(text, '2023-09-13')).toEqual(['sanction@2023-09-13[Russia]']);
    },
  );

  it("extractArticle(a body's press release of words only) is that body's statement", () => {
    expect(
      events(
        'Press release of the Council of the European Union\n\nBrussels, 13 September 2023\n\nThe Council is deeply concerned by the attacks against civilians in Ukraine. We call on Russia to end the war.',
        '2023-09-13',
      ),
    ).toEqual(['statement@2023-09-13[Council of the European Union/Ukraine/Russia]']);
  });
});
