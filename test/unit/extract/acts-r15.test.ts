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
});
