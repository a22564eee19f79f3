/** Event precision (issue 14, round 10): one speech is one statement, in every language. */
import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

const statements = (text: string, published?: string) =>
  events(text, published).filter((e) => e.startsWith('statement'));

describe('a speaker quoted twice in an article published with a month only', () => {
  it('gives one undated statement, as in an article with no date, in every language', () => {
    const month = '2024-02';
    for (const text of [
      '"We will stand with Ukraine for as long as it takes," President Joe Biden said in a written statement. "Russia will pay a price for its aggression," Biden said.',
      '"Estaremos con Ucrania el tiempo que haga falta", dijo el presidente Joe Biden en un comunicado. "Rusia pagará un precio por su agresión", dijo Biden.',
      "« Nous serons aux côtés de l'Ukraine aussi longtemps qu'il le faudra », a déclaré le président Joe Biden dans un communiqué. « La Russie paiera le prix de son agression », a ajouté Biden.",
      '"Kami akan berdiri bersama Ukraina selama diperlukan," kata Presiden Joe Biden dalam keterangan tertulisnya. "Rusia akan membayar harga atas agresinya," kata Biden.',
      '«Мы будем поддерживать Украину столько, сколько потребуется», — заявил президент Джо Байден в письменном заявлении. «Россия заплатит за свою агрессию», — сказал Байден.',
    ])
      expect(statements(text, month)).toHaveLength(1);
  });
});

describe('a visit as the frame of an act in the future', () => {
  it('is planned with it, whether the future is a word or a verb form, in every language', () => {
    const day = '2022-03-04';
    for (const text of [
      'During the visit, the two ministers will sign an agreement on education.',
      'Durante la visita se firmarán dos convenios de carácter educativo entre España y Argentina.',
      "Lors de la visite, la France et le Maroc signeront deux accords sur l'éducation.",
      'Dalam kunjungan itu, Indonesia dan Malaysia akan menandatangani dua perjanjian pendidikan.',
      'В ходе визита Россия и Китай подпишут два соглашения об образовании.',
    ])
      expect(events(text, day)).toEqual([]);
  });
  it('a Spanish future told by its accent only is planned, its present is not', () => {
    const day = '2022-03-04';
    expect(events('Los presidentes de Chile y Argentina firmarán el tratado en Santiago.', day)).toEqual([]);
    expect(events('Chile y Argentina firmaremos el tratado en Santiago.', day)).toEqual([]);
    expect(events('Los cancilleres de Chile y Argentina declaran que el acuerdo es histórico.', day)).toContain(
      'statement@2022-03-04[Chile/Argentina]',
    );
  });
});

describe('an embassy closed to visitors', () => {
  it('is no meeting, in every language', () => {
    const day = '2010-04-09';
    for (const text of [
      'The U.S. Embassy in Bishkek was closed to visitors on Friday.',
      'La embajada de Estados Unidos en Bishkek cerró sus puertas a los visitantes el viernes.',
      "L'ambassade des États-Unis à Bichkek a été fermée aux visiteurs vendredi.",
      'Kedutaan Besar Amerika Serikat di Bishkek ditutup untuk pengunjung pada hari Jumat.',
      'В пятницу посольство США в Киргизии было закрыто для посетителей.',
    ])
      expect(events(text, day).filter((e) => e.startsWith('meeting'))).toEqual([]);
  });
});

describe('a meeting asked for', () => {
  it('is no meeting held, in every language', () => {
    const day = '2023-06-22';
    for (const text of [
      'Russia has rejected three requests by the U.S. Embassy for a meeting with Gershkovich since April.',
      'Desde abril, Rusia rechazó tres veces las solicitudes de la embajada de Estados Unidos para una reunión con Gershkovich.',
      "Depuis avril, la Russie a rejeté à trois reprises les demandes de l'ambassade des États-Unis pour une rencontre avec Gershkovich.",
      'Sejak April, Rusia tiga kali menolak permintaan Kedutaan Besar Amerika Serikat untuk pertemuan dengan Gershkovich.',
      'Посол напомнила, что с апреля Россия трижды отклоняла просьбы посольства США о встрече с Гершковичем.',
    ])
      expect(events(text, day).filter((e) => e.startsWith('meeting'))).toEqual([]);
  });
  it('a meeting held at the request of a state is a meeting, in every language', () => {
    const day = '2023-06-19';
    for (const text of [
      'At the request of France, the Security Council held an emergency meeting on Monday.',
      'A petición de Francia, la reunión de emergencia del Consejo de Seguridad se celebró el lunes.',
      "À la demande de la France, la réunion d'urgence du Conseil de sécurité s'est tenue lundi.",
      'Atas permintaan Prancis, pertemuan darurat Dewan Keamanan digelar pada hari Senin.',
      'По просьбе Франции в понедельник состоялась экстренная встреча Совета Безопасности ООН.',
    ])
      expect(events(text, day)).toContain('meeting@2023-06-19[France/United Nations Security Council]');
  });
});
