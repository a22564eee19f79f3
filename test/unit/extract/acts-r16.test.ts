import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

// Round 16 (issue 14): other acts, each rule in the five languages where the construction exists.
describe('extractArticle: acts of round 16', () => {
  it('extractArticle(a state recognized) is other, an acknowledgement, a role recognized or gratitude is none', () => {
    expect(
      events('On Tuesday, Canada and Australia formally recognized the State of Palestine.', '2024-05-22'),
    ).toContain('other@2024-05-21[Canada/Australia/Palestine]');
    expect(
      events(
        'The foreign minister of Canada recognized on Tuesday that the situation in Haiti was difficult.',
        '2024-05-22',
      ),
    ).toEqual([]);
    expect(
      events('Canada recognizes the role of Australia in Haiti, the minister wrote on Tuesday.', '2024-05-22'),
    ).not.toContain('other@2024-05-21[Canada/Australia/Haiti]');
    expect(
      events('El martes, España e Irlanda reconocieron oficialmente al Estado de Palestina.', '2024-05-29'),
    ).toContain('other@2024-05-28[Spain/Ireland/Palestine]');
    expect(
      events('El canciller de Chile reconoció el martes que la situación en Haití era difícil.', '2024-05-29'),
    ).toEqual([]);
    expect(
      events(
        'El Gobierno de México expresó el martes su reconocimiento a la labor de Colombia en Haití.',
        '2024-05-29',
      ),
    ).not.toContain('other@2024-05-28[Mexico/Colombia/Haiti]');
    expect(events('La France et la Belgique ont reconnu mardi l’État de Palestine.', '2024-05-29')).toContain(
      'other@2024-05-28[France/Belgium/Palestine]',
    );
    expect(
      events('Le ministre du Mali a reconnu mardi que la situation au Niger était difficile.', '2024-05-29'),
    ).toEqual([]);
    expect(
      events(
        'Le ministre du Sénégal a exprimé mardi sa reconnaissance pour le rôle de la Suisse au Mali.',
        '2024-05-29',
      ),
    ).not.toContain('other@2024-05-28[Senegal/Switzerland/Mali]');
    expect(
      events('Во вторник Россия официально признала независимость Абхазии и Южной Осетии.', '2024-05-29'),
    ).toContain('other@2024-05-28[Russia/Abkhazia/South Ossetia]');
    expect(
      events('Во вторник министр иностранных дел России признал, что ситуация в Японии трудная.', '2024-05-29'),
    ).toEqual([]);
    expect(
      events('Во вторник Верховный суд России признал экстремистской организацию из Японии.', '2024-05-29'),
    ).toEqual([]);
  });

  it('extractArticle(an extension of a treaty approved, voted or decided) is other in every language', () => {
    expect(
      events(
        'The parliaments of Norway and Sweden approved on Tuesday a five-year extension of the fisheries agreement between Norway and Sweden.',
        '2024-05-29',
      ),
    ).toEqual(['other@2024-05-28[Norway/Sweden]']);
    expect(
      events(
        'Los parlamentos de Chile y Perú aprobaron el martes prorrogar por cinco años el Tratado de Lima.',
        '2024-05-29',
      ),
    ).toEqual(['other@2024-05-28[Chile/Peru]']);
    expect(
      events(
        'Nous avons approuvé mardi la prolongation du traité de coopération entre la France et le Mali.',
        '2024-05-29',
      ),
    ).toEqual(['other@2024-05-28[France/Mali]']);
    expect(
      events(
        'Во вторник правительство России одобрило продление Договора о дружбе между Россией и Китаем на пять лет.',
        '2024-05-29',
      ),
    ).toEqual(['other@2024-05-28[Russia/China]']);
    expect(
      events(
        'DPR pada Selasa (28/5) menyetujui perpanjangan perjanjian kerja sama pertahanan antara Indonesia dan Singapura.',
        '2024-05-29',
      ),
    ).toEqual(["other@2024-05-28[People's Representative Council/Indonesia/Singapore]"]);
  });
  it('extractArticle(a treaty or a bill sent to a legislature named as its state names it) is other', () => {
    expect(
      events(
        'On Tuesday the Government of Japan submitted to the Diet a bill to ratify the Treaty of Friendship between Japan and Vietnam.',
        '2024-05-08',
      ),
    ).toEqual(['other@2024-05-07[Japan]']);
    expect(
      events(
        'On Tuesday the Government of Israel submitted the Treaty of Friendship between Israel and Morocco to the Knesset.',
        '2024-05-08',
      ),
    ).toEqual(['other@2024-05-07[Israel/Morocco/Knesset]']);
    expect(
      events(
        'Le Conseil fédéral a transmis mardi à l’Assemblée fédérale le protocole modifiant la convention entre la Suisse et la France.',
        '2024-05-08',
      ),
    ).toEqual(['other@2024-05-07[Swiss Federal Council/Assemblée fédérale/Switzerland/France]']);
    expect(
      events('Le ministre a présenté mardi ses excuses au Parlement pour la fermeture de l’ambassade.', '2024-05-08'),
    ).toEqual([]);
  });
});
