import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

// Round 10 (issue 14): acts that no frame of the extractor told, each in all five languages: a chamber's passive
// record of a law ("Принят Палатой представителей 4 декабря"), ...
describe('extractArticle: acts without a frame', () => {
  it('extractArticle(a law adopted by any chamber, named in any case: "approved by the Council of the Republic", "Одобрен Советом Республики") is its step', () => {
    expect(
      events('Belarus. The law was approved by the Council of the Republic on 11 December 2009.', '2024-12-20'),
    ).toEqual(['other@2009-12-11[Belarus]']);
    expect(
      events('Suiza. El proyecto fue aprobado por el Consejo Nacional el 12 de junio de 2008.', '2024-12-20'),
    ).toEqual(['other@2008-06-12[Switzerland]']);
    expect(
      events("Suisse. Le projet d'arrêté fédéral a été adopté par le Conseil des Etats le 12 juin 2008.", '2024-12-20'),
    ).toEqual(['other@2008-06-12[Switzerland]']);
    expect(
      events('RUU pengesahan perjanjian itu disetujui DPR dalam rapat paripurna pada Selasa.', '2024-12-20'),
    ).toEqual(["other@2024-12-17[People's Representative Council]"]);
    expect(
      events(
        'Закон Республики Беларусь. Принят Палатой представителей 4 декабря 2009 года. Одобрен Советом Республики 11 декабря 2009 года.',
        '2024-12-20',
      ),
    ).toEqual([
      'other@2009-12-04[House of Representatives of Belarus]',
      'other@2009-12-11[Council of the Republic of Belarus]',
    ]);
    // a chamber named bare in an oblique case is the chamber of the state the text names
    expect(events('Канада. Закон принят Сенатом в среду.', '2024-12-20')).toEqual([
      'other@2024-12-18[Senate of Canada]',
    ]);
  });
});
describe('extractArticle: a bill sent to a legislature, decided or in a message', () => {
  it('extractArticle(a decision to send a bill: "decided to send", "decidió enviar", "a décidé de soumettre", "memutuskan untuk mengajukan", "решило внести") is the step', () => {
    expect(events('The Government of Chile decided on Tuesday to send the bill to Congress.', '2024-12-20')).toEqual([
      'other@2024-12-17[Chile/National Congress of Chile]',
    ]);
    expect(
      events('El Gobierno de Chile decidió el martes enviar al Congreso el proyecto de ley.', '2024-12-20'),
    ).toEqual(['other@2024-12-17[Chile/National Congress of Chile]']);
    expect(
      events('Le gouvernement français a décidé mardi de soumettre le projet de loi au Parlement.', '2024-12-20'),
    ).toEqual(['other@2024-12-17[France]']);
    expect(
      events('Pemerintah Indonesia memutuskan pada Selasa untuk mengajukan RUU itu ke DPR.', '2024-12-20'),
    ).toEqual(["other@2024-12-17[Indonesia/People's Representative Council]"]);
    expect(
      events(
        'Правительство решило внести в Государственную Думу законопроект о ратификации соглашения с Вьетнамом во вторник.',
        '2024-12-20',
      ),
    ).toEqual(['other@2024-12-17[State Duma/Vietnam]']);
  });
  it('extractArticle(a message that submits a treaty or a bill in the first person: "I have the honor to submit", "Nous vous soumettons", "Вношу на рассмотрение") is the step', () => {
    expect(
      events(
        'I have the honor to submit to the Senate the Treaty between the United States and Chile on extradition, signed at Santiago on June 5, 2013.',
        '2024-12-20',
      ),
    ).toEqual(['other@2024-12-20[United States/Chile]', 'treaty_signing@2013-06-05[United States/Chile]']);
    expect(
      events(
        'Tengo el honor de someter a vuestra consideración el Tratado de Extradición entre Chile y Perú, suscrito en Lima el 5 de junio de 2013.',
        '2024-12-20',
      ),
    ).toEqual(['other@2024-12-20[Chile/Peru]', 'treaty_signing@2013-06-05[Chile/Peru]']);
    expect(
      events(
        "Nous vous soumettons, en vous proposant de l'adopter, un projet d'arrêté fédéral portant approbation de la convention entre la Suisse et le Chili.",
        '2024-12-20',
      ),
    ).toEqual(['other@2024-12-20[Switzerland/Chile]']);
    expect(
      events(
        'Dengan ini kami sampaikan Rancangan Undang-Undang tentang Pengesahan Perjanjian Ekstradisi antara Indonesia dan Vietnam untuk dibahas dalam sidang DPR.',
        '2024-12-20',
      ),
    ).toEqual(["other@2024-12-20[Indonesia/Vietnam/People's Representative Council]"]);
    expect(
      events(
        'Вношу на рассмотрение Государственной Думы проект федерального закона «О ратификации Договора между Россией и Вьетнамом».',
        '2024-12-20',
      ),
    ).toEqual(['other@2024-12-20[State Duma/Russia/Vietnam]']);
  });
});
