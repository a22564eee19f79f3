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

  it('extractArticle(a gift told by its sum or its instrument) is aid', () => {
    expect(
      events(
        'The U.S. Agency for International Development on Monday provided an initial $250,000 to Ecuador.',
        '2016-04-19',
      ),
    ).toEqual(['other@2016-04-18[United States Agency for International Development/Ecuador]']);
    expect(
      events(
        'Le gouvernement du Canada a offert à l’Ukraine un prêt de 120 millions de dollars pour soutenir sa résilience économique.',
        '2022-02-09',
      ),
    ).toEqual(['other@2022-02-09[Canada/Ukraine]']);
    expect(events('El lunes, el Gobierno de España aportó 5 millones de euros a Ucrania.', '2022-02-09')).toEqual([
      'other@2022-02-07[Spain/Ukraine]',
    ]);
    expect(
      events(
        'Pemerintah Jepang pada Selasa (8/2) memberikan hibah sebesar 500 juta yen kepada Indonesia untuk pembangunan pelabuhan.',
        '2022-02-09',
      ),
    ).toEqual(['other@2022-02-08[Japan/Indonesia]']);
    expect(events('Правительство России во вторник выделило 10 млн долларов Афганистану.', '2022-02-09')).toEqual([
      'other@2022-02-08[Russia/Afghanistan]',
    ]);
  });

  it('extractArticle(the formula of a law that approves or ratifies a treaty) is that step of the treaty', () => {
    expect(
      events(
        'Artículo 1º.- Apruébase el Convenio de Cooperación Cultural entre la República del Paraguay y la República de Corea, suscrito en Seúl el 3 de mayo de 2001.',
      ),
    ).toContain('other@null[Paraguay/South Korea]');
    expect(
      events(
        'Est autorisée la ratification du traité d’amitié entre la République française et la Géorgie, signé à Tbilissi le 4 mars 2002.',
      ),
    ).toContain('other@null[France/Georgia]');
  });

  it("extractArticle(an entry into force upon signature, told without its parties) is the signatories' act of the signing day", () => {
    expect(
      events(
        'On Friday Chile and Peru signed an Air Transport Agreement. The new agreement entered into force upon signature.',
        '2023-05-08',
      ),
    ).toEqual(['treaty_signing@2023-05-05[Chile/Peru]', 'entry_into_force@2023-05-05[Chile/Peru]']);
    expect(
      events(
        'El viernes Chile y Perú firmaron un Acuerdo de Transporte Aéreo. El nuevo acuerdo entró en vigor a partir de su firma.',
        '2023-05-08',
      ),
    ).toEqual(['treaty_signing@2023-05-05[Chile/Peru]', 'entry_into_force@2023-05-05[Chile/Peru]']);
    expect(
      events(
        'Vendredi, le Chili et le Pérou ont signé un Accord de transport aérien. Le nouvel accord est entré en vigueur dès sa signature.',
        '2023-05-08',
      ),
    ).toEqual(['treaty_signing@2023-05-05[Chile/Peru]', 'entry_into_force@2023-05-05[Chile/Peru]']);
    expect(
      events(
        'Pada Jumat (5/5) Chile dan Peru menandatangani Perjanjian Angkutan Udara. Perjanjian baru itu mulai berlaku sejak ditandatangani.',
        '2023-05-08',
      ),
    ).toEqual(['treaty_signing@2023-05-05[Chile/Peru]', 'entry_into_force@2023-05-05[Chile/Peru]']);
    expect(
      events(
        'В пятницу Чили и Перу подписали Соглашение о воздушном сообщении. Новое соглашение вступило в силу с момента подписания.',
        '2023-05-08',
      ),
    ).toEqual(['treaty_signing@2023-05-05[Chile/Peru]', 'entry_into_force@2023-05-05[Chile/Peru]']);
  });
});
