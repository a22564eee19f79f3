import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

// Round 13 (issue 14): other acts and their dates, each rule in all five languages.
describe('extractArticle: acts and dates of round 13', () => {
  it('extractArticle(a speech verb opened by a date, with the date of what it speaks of after it) keeps the opening date', () => {
    expect(
      events(
        'On December 4, the Foreign Minister of Spain, José Manuel Albares, told journalists in Madrid that the floods of October 29 had killed 200 people.',
        '2024-12-10',
      ),
    ).toEqual(['statement@2024-12-04[Spain/José Manuel Albares]']);
    expect(
      events(
        'El 4 de diciembre, el ministro de Asuntos Exteriores de España, José Manuel Albares, dijo a los periodistas en Madrid que las inundaciones del 29 de octubre habían causado 200 muertos.',
        '2024-12-10',
      ),
    ).toEqual(['statement@2024-12-04[Spain/José Manuel Albares]']);
    expect(
      events(
        "Le 4 décembre, le ministre des Affaires étrangères de l'Espagne, José Manuel Albares, a déclaré aux journalistes à Madrid que les inondations du 29 octobre avaient fait 200 morts.",
        '2024-12-10',
      ),
    ).toEqual(['statement@2024-12-04[Spain/José Manuel Albares]']);
    expect(
      events(
        'Pada 4 Desember, Menteri Luar Negeri Spanyol, José Manuel Albares, mengatakan kepada wartawan di Madrid bahwa banjir pada 29 Oktober menewaskan 200 orang.',
        '2024-12-10',
      ),
    ).toEqual(['statement@2024-12-04[Spain/José Manuel Albares]']);
    expect(
      events(
        '4 декабря министр иностранных дел Испании Хосе Мануэль Альбарес сообщил журналистам в Мадриде, что наводнения 29 октября унесли жизни 200 человек.',
        '2024-12-10',
      ),
    ).toEqual(['statement@2024-12-04[Spain/José Manuel Albares]']);
  });

  it('extractArticle(a day without a year opening a new paragraph) does not take the year the paragraph before ended on', () => {
    expect(
      events(
        'Its entry into force is expected in early 2018.\n\nOn December 7, the United States and Namibia signed an agreement on air transport.',
        '2017-12-08',
      ),
    ).toEqual(['treaty_signing@2017-12-07[United States/Namibia]']);
    expect(
      events(
        'Se espera que entre en vigor a principios de 2018.\n\nEl 7 de diciembre, España y Chile firmaron un acuerdo de cooperación.',
        '2017-12-08',
      ),
    ).toEqual(['treaty_signing@2017-12-07[Spain/Chile]']);
    expect(
      events(
        "Ils signeront l'accord début 2018.\n\nLe 7 décembre, la France et le Maroc ont signé un accord de coopération.",
        '2017-12-08',
      ),
    ).toEqual(['treaty_signing@2017-12-07[France/Morocco]']);
    expect(
      events(
        'Mali dan Niger akan menandatangani perjanjian itu pada awal 2018.\n\nPada 7 Desember, Indonesia dan Malaysia menandatangani perjanjian kerja sama.',
        '2017-12-08',
      ),
    ).toEqual(['treaty_signing@2017-12-07[Indonesia/Malaysia]']);
    expect(
      events(
        'Ожидается, что оно вступит в силу в начале 2018 года.\n\n7 декабря Россия и Казахстан подписали соглашение о сотрудничестве.',
        '2017-12-08',
      ),
    ).toEqual(['treaty_signing@2017-12-07[Russia/Kazakhstan]']);
  });
});

describe('resolveDates: dates written in words', () => {
  it('resolveDates(a day, a month and a year in words) gives that day, as legal texts write it, in all five languages', () => {
    expect(
      events(
        'El dieciocho de septiembre de dos mil nueve, en Madrid, España y Chile firmaron un acuerdo de cooperación.',
        '2010-12-22',
      ),
    ).toEqual(['treaty_signing@2009-09-18[Spain/Chile]']);
    expect(
      events('El primero de enero de mil novecientos noventa y tres España y Chile firmaron un acuerdo.', '2010-12-22'),
    ).toEqual(['treaty_signing@1993-01-01[Spain/Chile]']);
    expect(
      events(
        'Le vingt-neuf avril deux mille dix, la France et le Maroc ont signé un accord de coopération.',
        '2010-12-22',
      ),
    ).toEqual(['treaty_signing@2010-04-29[France/Morocco]']);
    expect(
      events(
        'Le premier mars mil neuf cent quatre-vingt-treize, la France et le Maroc ont signé un accord.',
        '2010-12-22',
      ),
    ).toEqual(['treaty_signing@1993-03-01[France/Morocco]']);
    expect(
      events(
        'Pada tanggal dua puluh sembilan bulan April tahun dua ribu sepuluh, Indonesia dan Malaysia menandatangani perjanjian kerja sama.',
        '2010-12-22',
      ),
    ).toEqual(['treaty_signing@2010-04-29[Indonesia/Malaysia]']);
    expect(
      events(
        'The United States and Canada signed the agreement on the twenty-ninth day of April, two thousand and ten.',
        '2010-12-22',
      ),
    ).toEqual(['treaty_signing@2010-04-29[United States/Canada]']);
    expect(
      events(
        'Двадцать девятого апреля две тысячи десятого года Россия и Казахстан подписали соглашение о сотрудничестве.',
        '2010-12-22',
      ),
    ).toEqual(['treaty_signing@2010-04-29[Russia/Kazakhstan]']);
  });

  it('resolveDates(a day in words without a year) takes the year from context, and "Estados Unidos Mexicanos" is Mexico', () => {
    expect(
      events(
        'El veintiuno de diciembre, el Gobierno de los Estados Unidos Mexicanos y Chile firmaron un acuerdo de cooperación.',
        '2010-12-22',
      ),
    ).toEqual(['treaty_signing@2010-12-21[Mexico/Chile]']);
  });
});

describe('extractArticle: taking part in an exercise', () => {
  it('extractArticle(forces taking part in a military exercise) is the exercise, not a meeting, in all five languages', () => {
    expect(
      events(
        'Naval forces from Canada, Denmark and France are participating in the NATO-led anti-submarine exercise Sea Shield, June 25 - July 6.',
        '2018-06-27',
      ),
    ).toEqual(['military_action@2018-06-25[Canada/Denmark/France/NATO]']);
    expect(events('Troops from Poland and Germany took part in the exercise on Monday.', '2018-06-27')).toEqual([
      'military_action@2018-06-25[Poland/Germany]',
    ]);
    expect(
      events(
        'Fuerzas navales de Chile, Perú y Colombia participaron el lunes en el ejercicio naval UNITAS frente a Valparaíso.',
        '2018-06-27',
      ),
    ).toEqual(['military_action@2018-06-25[Chile/Peru/Colombia]']);
    expect(
      events(
        "Des forces du Sénégal, du Mali et de la France ont participé lundi à l'exercice Flintlock.",
        '2018-06-27',
      ),
    ).toEqual(['military_action@2018-06-25[Senegal/Mali/France]']);
    expect(
      events(
        'Prajurit dari Indonesia dan Amerika Serikat ikut serta dalam latihan Garuda Shield di Sukabumi pada Senin.',
        '2018-06-27',
      ),
    ).toEqual(['military_action@2018-06-25[Indonesia/United States]']);
    expect(
      events(
        'Военные России, Китая и Ирана в понедельник приняли участие в совместных учениях в Индийском океане.',
        '2018-06-27',
      ),
    ).toEqual(['military_action@2018-06-25[Russia/China/Iran]']);
    // taking part in a meeting stays a meeting
    expect(
      events('The foreign ministers of France and Mali participated in the meeting in Paris on Monday.', '2018-06-27'),
    ).toEqual(['meeting@2018-06-25[France/Mali]']);
  });
});
