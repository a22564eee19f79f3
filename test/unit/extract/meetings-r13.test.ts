import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

// Round 13 (issue 14): meetings typed right and found, each rule in every language where the construction exists.
describe('extractArticle: calls and receptions with a time adverb inside (round 13)', () => {
  it('extractArticle("spoke today by telephone with", "conversó hoy por teléfono con") is a meeting of that day', () => {
    const calls: string[] = [
      'Secretary of State Antony Blinken spoke today by telephone with Turkish Foreign Minister Mevlut Cavusoglu.',
      'Secretary of State Antony Blinken talked on Monday by phone with Turkish Foreign Minister Mevlut Cavusoglu.',
      'El canciller Marcelo Ebrard conversó hoy por teléfono con el secretario de Estado Antony Blinken.',
      'El canciller Marcelo Ebrard habló este lunes por teléfono con el secretario de Estado Antony Blinken.',
      "Le ministre Jean-Yves Le Drian s'est entretenu aujourd'hui par téléphone avec le secrétaire d'État Antony Blinken.",
    ];
    for (const text of calls)
      expect(events(text, '2021-03-10')).toContainEqual(
        expect.stringMatching(/^meeting@2021-03-(?:10|08)\[.*Antony Blinken/),
      );
  });
});

describe('extractArticle: a meeting of a series told by its frame (round 13)', () => {
  it('extractArticle("A met B. During her meeting with C, A ...") is two meetings, one with each guest', () => {
    const series: string[] = [
      "Foreign Minister Retno Marsudi met Sri Lankan Foreign Minister Tilak Marapana in Bali on Monday. During her bilateral meeting with Myanmar's Home Affairs Minister Kyaw Swe, Foreign Minister Retno Marsudi raised the situation in Rakhine State.",
      'La canciller Retno Marsudi se reunió el lunes en Bali con el ministro de Relaciones Exteriores de Sri Lanka, Tilak Marapana. Durante su reunión con el ministro del Interior de Myanmar, Kyaw Swe, la canciller Retno Marsudi abordó la situación en el estado de Rakhine.',
      "La ministre Retno Marsudi a rencontré lundi à Bali le ministre des Affaires étrangères du Sri Lanka, Tilak Marapana. Lors de sa rencontre avec le ministre de l'Intérieur du Myanmar, Kyaw Swe, la ministre Retno Marsudi a évoqué la situation dans l'État de Rakhine.",
      'Menlu Retno Marsudi bertemu dengan Menlu Sri Lanka Tilak Marapana di Bali, Senin. Dalam pertemuan bilateral dengan Menteri Dalam Negeri Myanmar Kyaw Swe, Menlu Retno menyampaikan perhatian Indonesia atas situasi di Rakhine.',
      'Министр иностранных дел Индонезии Ретно Марсуди в понедельник встретилась на Бали с министром иностранных дел Шри-Ланки Тилаком Марапаной. В ходе встречи с министром внутренних дел Мьянмы Чжо Свe министр Ретно Марсуди обсудила ситуацию в штате Ракхайн.',
    ];
    for (const text of series) {
      const meetings = events(text, '2018-08-07').filter((e) => e.startsWith('meeting@2018-08-06'));
      expect(meetings).toHaveLength(2);
      expect(meetings[1]).toMatch(/Myanmar/);
      expect(meetings[0]).not.toMatch(/Myanmar/);
    }
  });

  it('extractArticle(a readout frame naming a third person: "A also discussed with him the proposals of C") stays the one meeting', () => {
    expect(
      events(
        'Foreign Minister Retno Marsudi met Sri Lankan Foreign Minister Tilak Marapana in Bali on Monday. Foreign Minister Retno Marsudi also discussed with him the trade proposals of President Joko Widodo.',
        '2018-08-07',
      ).filter((e) => e.startsWith('meeting')),
    ).toHaveLength(1);
  });
});

describe('extractArticle: the meeting a title names (round 13)', () => {
  it('extractArticle(a title "remarks at the meeting with ..." over a speech that tells no meeting) is that meeting', () => {
    const pages: [string, string][] = [
      [
        'Secretary Antony Blinken’s Meeting With Japanese Foreign Minister Yoko Kamikawa, Tokyo, September 21, 2020\n\nThank you very much, Minister. It is a great pleasure to be back in Tokyo. Our alliance has never been stronger, and our friendship goes back many decades.\n',
        'en',
      ],
      [
        'Palabras del canciller Santiago Cafiero en la reunión con su homólogo de Brasil, Mauro Vieira, Buenos Aires, 21 de septiembre de 2020\n\nEstimado ministro, queridos amigos. Es un gran placer recibirlo en Buenos Aires. Nuestra amistad tiene una larga historia y un gran futuro.\n',
        'es',
      ],
      [
        'Allocution de Catherine Colonna lors de son entretien avec le ministre japonais Yoshimasa Hayashi, Paris, 21 septembre 2020\n\nMonsieur le Ministre, chers amis. C’est un grand plaisir de vous accueillir à Paris. Notre amitié est ancienne et notre avenir est commun.\n',
        'fr',
      ],
      [
        'Sambutan Menlu Retno Marsudi pada pertemuan dengan Menlu Jepang Yoko Kamikawa, Jakarta, 21 September 2020\n\nYang terhormat Menteri Kamikawa, para hadirin sekalian. Merupakan kehormatan bagi kami menyambut Anda di Jakarta. Persahabatan kita sudah berlangsung lama dan masa depan kita sama.\n',
        'id',
      ],
      [
        'Вступительное слово Министра иностранных дел России С.В.Лаврова в ходе встречи с Министром иностранных дел Японии Ё.Камикавой, Москва, 21 сентября 2020 года\n\nУважаемый господин Министр,\n\nДорогие друзья,\n\nМы рады приветствовать Вас в Москве. У нас очень давние и добрые отношения.\n',
        'ru',
      ],
    ];
    for (const [page] of pages) {
      const meetings = events(page, '2020-09-21').filter((e) => e.startsWith('meeting@2020-09-21'));
      expect(meetings).toHaveLength(1);
      // the body alone tells none
      expect(events(`Untitled\n\n${page.slice(page.indexOf('\n\n') + 2)}`, '2020-09-21')).toEqual([]);
    }
  });

  it("extractArticle(a title over a body that tells its meeting) keeps the body's meeting only", () => {
    expect(
      events(
        'Jokowi Temui Albanese di Bogor\n\nPresiden Joko Widodo bertemu Perdana Menteri Australia Anthony Albanese di Istana Bogor, Senin.\n',
        '2022-06-07',
      ).filter((e) => e.startsWith('meeting')),
    ).toEqual(['meeting@2022-06-06[Joko Widodo/Australia/Anthony Albanese]']);
  });
});

describe('extractArticle: a meeting announced for the page’s own day (round 13)', () => {
  it('extractArticle("will open a summit on Thursday", published that Thursday) is a meeting of that day', () => {
    const today: string[] = [
      'European Union leaders will open a two-day summit in Lisbon on Thursday. The summit will focus on the new treaty of the bloc.',
      'El presidente Pedro Sánchez se reunirá hoy en Madrid con el presidente de Francia, Emmanuel Macron. Ambos abordarán la guerra en Ucrania.',
      'Le président Emmanuel Macron rencontrera ce jeudi à Paris le président américain Joe Biden. Les deux dirigeants aborderont la guerre en Ukraine.',
      'Para pemimpin Uni Eropa akan meresmikan KTT dua hari di Lisabon pada hari Kamis. Perhatian akan dipusatkan pada perjanjian baru Uni Eropa.',
      'Президент России Владимир Путин сегодня встретится с президентом Франции Эммануэлем Макроном в Москве. Стороны обсудят ситуацию на Украине.',
    ];
    for (const text of today)
      expect(events(text, '2007-10-18')).toContainEqual(expect.stringMatching(/^meeting@2007-10-18\[/));
  });

  it('extractArticle(a meeting announced for a later day or with no day) is no event', () => {
    const later: string[] = [
      'El presidente Pedro Sánchez se reunirá el próximo lunes en Madrid con el presidente de Francia, Emmanuel Macron. Ambos abordarán la guerra en Ucrania.',
      'Le président Emmanuel Macron rencontrera le président américain Joe Biden. Les deux dirigeants aborderont la guerre en Ukraine.',
      'European Union leaders would open a summit in Lisbon on Thursday if the treaty were ready.',
    ];
    for (const text of later) expect(events(text, '2007-10-18').filter((e) => e.startsWith('meeting'))).toEqual([]);
  });
});
