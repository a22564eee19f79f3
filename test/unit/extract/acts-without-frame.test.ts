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
