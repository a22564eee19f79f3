import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

// Round 14 (issue 14): other acts, each rule in all five languages.
describe('extractArticle: acts of round 14', () => {
  it('extractArticle(sanctions kept in force with their new term between verb and object) is a sanction', () => {
    expect(
      events(
        'On Monday the Council of the European Union decided to prolong for a further six months, until 15 September, the restrictive measures against those responsible.',
        '2024-03-12',
      ),
    ).toEqual(['sanction@2024-03-11[Council of the European Union]']);
    expect(
      events(
        'The European Union on Friday rolled over its economic sanctions on Russia for another six months.',
        '2023-06-05',
      ),
    ).toEqual(['sanction@2023-06-02[European Union/Russia]']);
    expect(
      events(
        'Le lundi 11 mars, le Conseil a décidé de proroger pour une nouvelle période de six mois, jusqu’au 15 septembre, les sanctions contre la Russie.',
        '2024-03-12',
      ),
    ).toEqual(['sanction@2024-03-11[Russia]']);
    expect(
      events(
        'El Consejo de la Unión Europea prorrogó este lunes por seis meses más, hasta el 15 de septiembre, las sanciones económicas contra Rusia.',
        '2024-03-12',
      ),
    ).toEqual(['sanction@2024-03-11[Council of the European Union/Russia]']);
    expect(
      events(
        'Uni Eropa pada Senin (11/3) memperbarui sanksi-sanksi ekonomi terhadap Rusia selama enam bulan.',
        '2024-03-12',
      ),
    ).toEqual(['sanction@2024-03-11[European Union/Russia]']);
    expect(
      events('Совет ЕС в понедельник продлил на шесть месяцев, до 15 сентября, санкции против России.', '2024-03-12'),
    ).toEqual(['sanction@2024-03-11[Council of the European Union/Russia]']);
  });
});
