import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

// Round 15 (issue 14): other acts and signings, each rule in all five languages.
describe('extractArticle: acts of round 15', () => {
  it('extractArticle(an agreement its parties reached) is the end of their negotiations, other, not a signing', () => {
    expect(
      events(
        'Negotiators from Chile and Peru reached an agreement on Tuesday on the text of a new fisheries accord.',
        '2024-03-14',
      ),
    ).toEqual(['other@2024-03-12[Chile/Peru]']);
    expect(
      events('An agreement was reached on Wednesday between Serbia and Kosovo on licence plates.', '2022-11-24'),
    ).toEqual(['other@2022-11-23[Serbia/Kosovo]']);
    expect(
      events(
        'Chile y Perú alcanzaron el martes un acuerdo sobre el texto de un nuevo convenio pesquero.',
        '2024-03-14',
      ),
    ).toEqual(['other@2024-03-12[Chile/Peru]']);
    expect(
      events('El Salvador y Honduras han logrado un consenso sobre la pesca en el golfo de Fonseca.', '2024-03-16'),
    ).toEqual(['other@2024-03-16[El Salvador/Honduras]']);
    expect(events('Le Maroc et l’Espagne sont parvenus mardi à un accord sur la pêche.', '2024-03-14')).toEqual([
      'other@2024-03-12[Morocco/Spain]',
    ]);
    expect(
      events('La Serbie et le Kosovo ont trouvé jeudi un compromis sur les plaques d’immatriculation.', '2024-03-15'),
    ).toEqual(['other@2024-03-14[Serbia/Kosovo]']);
    expect(
      events(
        'Indonesia dan Malaysia pada Selasa (12/3) mencapai kesepakatan mengenai batas laut di Laut Sulawesi.',
        '2024-03-14',
      ),
    ).toEqual(['other@2024-03-12[Indonesia/Malaysia]']);
    expect(events('Россия и Китай во вторник достигли соглашения о поставках газа.', '2024-03-14')).toEqual([
      'other@2024-03-12[Russia/China]',
    ]);
    expect(
      events('Армения и Азербайджан пришли к договоренности о делимитации границы в пятницу.', '2024-03-16'),
    ).toEqual(['other@2024-03-15[Armenia/Azerbaijan]']);
  });

  it('extractArticle(the participle that names an agreement reached) keeps the signing, and a hoped or failed one is none', () => {
    expect(
      events(
        'The treaty, based on the agreement reached in 2011 by Chile and Peru, was signed in Lima on 4 May 2012.',
        '2024-03-14',
      ),
    ).toEqual(['treaty_signing@2012-05-04[Chile/Peru]']);
    expect(events('Chile and Peru failed to reach an agreement on fisheries on Tuesday.', '2024-03-14')).toEqual([]);
    expect(events('Chile y Perú esperan alcanzar un acuerdo sobre la pesca en junio.', '2024-03-14')).toEqual([]);
    expect(events('Le Maroc et l’Espagne ne sont pas parvenus mardi à un accord sur la pêche.', '2024-03-14')).toEqual(
      [],
    );
    expect(
      events('Indonesia dan Malaysia belum mencapai kesepakatan mengenai batas laut pada Selasa (12/3).', '2024-03-14'),
    ).toEqual([]);
    expect(events('Россия и Китай во вторник не достигли соглашения о поставках газа.', '2024-03-14')).toEqual([]);
  });

  it('extractArticle(a decision on the signing or the conclusion of a treaty) is that step authorized, other, not a signing', () => {
    expect(
      events(
        'The Council of the European Union adopted on 20 July 2023 a decision on the signing of the agreement with Chile.',
        '2023-08-10',
      ),
    ).toEqual(['other@2023-07-20[Council of the European Union/Chile]']);
    expect(
      events(
        'El 20 de julio de 2023 el Consejo de la Unión Europea adoptó una decisión relativa a la firma del acuerdo con Chile.',
        '2023-08-10',
      ),
    ).toEqual(['other@2023-07-20[Council of the European Union/Chile]']);
    expect(
      events(
        'Le 20 juillet 2023, le Conseil de l’Union européenne a adopté une décision relative à la signature de l’accord avec le Chili.',
        '2023-08-10',
      ),
    ).toEqual(['other@2023-07-20[Council of the European Union/Chile]']);
    expect(
      events(
        'Pada 20 Juli 2023 Dewan Uni Eropa mengadopsi keputusan tentang penandatanganan perjanjian dengan Chili.',
        '2023-08-10',
      ),
    ).toEqual(['other@2023-07-20[Council of the European Union/Chile]']);
    expect(events('20 июля 2023 года Совет ЕС принял решение о подписании соглашения с Чили.', '2023-08-10')).toEqual([
      'other@2023-07-20[Council of the European Union/Chile]',
    ]);
  });

  it('extractArticle(negotiations concluded) is their end, other, not a signing nor a meeting', () => {
    expect(events('Negotiations between the EU and Chile were concluded on 9 December 2022.', '2023-01-14')).toEqual([
      'other@2022-12-09[European Union/Chile]',
    ]);
    expect(
      events(
        'La UE y Chile concluyeron el 9 de diciembre de 2022 las negociaciones del acuerdo modernizado.',
        '2023-01-14',
      ),
    ).toEqual(['other@2022-12-09[European Union/Chile]']);
    expect(
      events('L’UE et le Chili ont conclu vendredi les négociations sur l’accord modernisé.', '2022-12-12'),
    ).toEqual(['other@2022-12-09[European Union/Chile]']);
    expect(
      events(
        'Indonesia dan Uni Eropa pada Jumat (9/12) menyelesaikan perundingan perjanjian kemitraan ekonomi.',
        '2022-12-12',
      ),
    ).toEqual(['other@2022-12-09[Indonesia/European Union]']);
    expect(
      events(
        'Переговоры по соглашению о свободной торговле между ЕАЭС и Ираном были успешно завершены 9 декабря 2022 года.',
        '2023-01-14',
      ),
    ).toEqual(['other@2022-12-09[Eurasian Economic Union/Iran]']);
    expect(
      events('The EU and Chile hope to conclude negotiations on the modernised agreement by June.', '2022-12-12'),
    ).toEqual([]);
  });

  it('extractArticle(a document signed that is no agreement: a letter, a guest book, a record of deposit) is no signing', () => {
    expect(
      events(
        'On Monday the ambassadors of Chile and Peru signed the book of condolences at the embassy of Japan.',
        '2022-07-12',
      ),
    ).toEqual([]);
    expect(
      events(
        'Forty senators signed a letter to President Biden on Tuesday urging new sanctions on Russia.',
        '2022-07-12',
      ),
    ).toEqual([]);
    expect(
      events(
        'El embajador de Paraguay y el embajador de Colombia firmaron el martes el acta de depósito del instrumento de adhesión.',
        '2022-07-12',
      ),
    ).toEqual([]);
    expect(
      events('Esta presentación fue suscrita por los presidentes de Argentina, Chile y Perú.', '2022-07-12'),
    ).toEqual([]);
    expect(events('Le président du Chili a signé mardi le livre d’or de l’Élysée.', '2022-07-12')).toEqual([]);
    expect(
      events('Quarante députés français ont signé mardi une lettre ouverte au président russe.', '2022-07-12'),
    ).toEqual([]);
    expect(
      events('Presiden Chili pada Selasa (12/7) menandatangani buku tamu di Istana Merdeka.', '2022-07-13'),
    ).toEqual([]);
    expect(events('Президент Чили во вторник подписал книгу почетных гостей в Кремле.', '2022-07-13')).toEqual([]);
    expect(events('Сорок депутатов во вторник подписали письмо президенту России.', '2022-07-13')).toEqual([]);
  });

  it('extractArticle(an exchange of letters or an agreement named a letter) is still a signing', () => {
    expect(
      events('Chile and Peru signed an exchange of letters on Tuesday amending the fisheries agreement.', '2022-07-12'),
    ).toEqual(['treaty_signing@2022-07-12[Chile/Peru]']);
    expect(
      events('Chile y Perú firmaron el martes un canje de cartas que enmienda el acuerdo pesquero.', '2022-07-12'),
    ).toEqual(['treaty_signing@2022-07-12[Chile/Peru]']);
    expect(
      events(
        'Pada Selasa (12/7) Indonesia dan Chili menandatangani surat kesepakatan kerja sama perikanan.',
        '2022-07-13',
      ),
    ).toEqual(['treaty_signing@2022-07-12[Indonesia/Chile]']);
  });
});
