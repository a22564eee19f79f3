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
describe('extractArticle: facilities handed over and relief carried', () => {
  it('extractArticle(a facility or equipment handed over or inaugurated, in any voice) is aid', () => {
    expect(
      events("The U.S. Embassy handed over a new border post to Tajikistan's Border Forces on Tuesday.", '2024-12-20'),
    ).toEqual(['other@2024-12-17[United States/U.S. Embassy/Tajikistan/Border Forces]']);
    expect(
      events(
        'The new hospital, built with Chinese funds, was handed over to the Government of Laos on Tuesday.',
        '2024-12-20',
      ),
    ).toEqual(['other@2024-12-17[China/Laos]']);
    expect(
      events('Estados Unidos donó el martes diez lanchas patrulleras a la Armada de Colombia.', '2024-12-20'),
    ).toEqual(['other@2024-12-17[United States/Colombia]']);
    expect(
      events(
        "L'ambassade des États-Unis a remis mardi un nouveau poste frontière aux autorités du Niger.",
        '2024-12-20',
      ),
    ).toEqual(['other@2024-12-17[ambassade des États-Unis/United States/Niger]']);
    expect(
      events(
        'Kedutaan Besar Amerika Serikat menyerahkan pos perbatasan baru kepada pemerintah Timor Leste pada Selasa.',
        '2024-12-20',
      ),
    ).toEqual(['other@2024-12-17[Kedutaan Besar Amerika Serikat/United States/East Timor]']);
    expect(events('Посол Японии во вторник открыл новую школу в Киргизии.', '2024-12-20')).toEqual([
      'other@2024-12-17[Japan/Kyrgyzstan]',
    ]);
  });
  it('extractArticle(relief carried by its goods, an air bridge set up) is aid', () => {
    expect(events('The Australian Defence Force established an air bridge to Palu on Tuesday.', '2024-12-20')).toEqual([
      'other@2024-12-17[Australia/Australian Defence Force]',
    ]);
    expect(
      events('El Ejército de México trasladó el martes víveres a las comunidades afectadas.', '2024-12-20'),
    ).toEqual(['other@2024-12-17[Ejército de México/Mexico]']);
    expect(events("L'armée française a acheminé mardi des vivres vers Port-au-Prince.", '2024-12-20')).toEqual([
      'other@2024-12-17[French Armed Forces]',
    ]);
    expect(events('TNI AU mengangkut 20 ton bantuan logistik ke Palu pada Selasa.', '2024-12-20')).toEqual([
      'other@2024-12-17[Indonesian Air Force]',
    ]);
    expect(events('МЧС России во вторник доставило 20 тонн гуманитарного груза в Сирию.', '2024-12-20')).toEqual([
      'other@2024-12-17[Russia/Syria]',
    ]);
  });
});
describe('extractArticle: closures and evacuations', () => {
  it('extractArticle(a border, an airspace or a mission closed, in any voice) is its closure', () => {
    expect(events('Poland closed its border with Belarus on Tuesday.', '2024-12-20')).toEqual([
      'other@2024-12-17[Poland/Belarus]',
    ]);
    expect(events('Russia closed its airspace to Polish airlines on Tuesday.', '2024-12-20')).toEqual([
      'other@2024-12-17[Russia/Poland]',
    ]);
    expect(events('Colombia cerró el martes su frontera con Venezuela.', '2024-12-20')).toEqual([
      'other@2024-12-17[Colombia/Venezuela]',
    ]);
    expect(events("L'ambassade de France à Niamey a été fermée mardi.", '2024-12-20')).toEqual([
      'other@2024-12-17[ambassade de France à Niamey/France]',
    ]);
    expect(events('Indonesia menutup perbatasan dengan Timor Leste pada Selasa.', '2024-12-20')).toEqual([
      'other@2024-12-17[Indonesia/East Timor]',
    ]);
    // "для посетителей" is no visit
    expect(events('Посольство США в Киргизии в пятницу было закрыто для посетителей.', '2024-12-20')).toEqual([
      'other@2024-12-20[Посольство США в Киргизии/United States/Kyrgyzstan]',
    ]);
  });
  it('extractArticle(people evacuated, in any voice) is an evacuation', () => {
    expect(events('The United States evacuated its embassy staff from Khartoum on Sunday.', '2024-12-20')).toEqual([
      'other@2024-12-15[United States]',
    ]);
    expect(events('España evacuó el domingo a su personal diplomático de Sudán.', '2024-12-20')).toEqual([
      'other@2024-12-15[Spain/Sudan]',
    ]);
    expect(events('La France a évacué dimanche ses ressortissants du Soudan.', '2024-12-20')).toEqual([
      'other@2024-12-15[France/Sudan]',
    ]);
    expect(events('Pemerintah Indonesia mengevakuasi 43 WNI dari Sudan pada Minggu.', '2024-12-20')).toEqual([
      'other@2024-12-15[Indonesia/Sudan]',
    ]);
    expect(events('Россия в воскресенье эвакуировала своих граждан из Судана.', '2024-12-20')).toEqual([
      'other@2024-12-15[Russia/Sudan]',
    ]);
  });
});
describe('extractArticle: elections named by their day, court rulings', () => {
  it('extractArticle(an election named by its day, in the singular or as its round: "la elección del 20 de mayo", "la segunda ronda electoral del 6 de junio") is the election', () => {
    expect(
      events('Los Estados Unidos condena la elección fraudulenta del 20 de mayo en Venezuela.', '2024-05-22'),
    ).toEqual(['statement@2024-05-22[United States/Venezuela]', 'election@2024-05-20[United States/Venezuela]']);
    expect(
      events('Castillo obtuvo el 50% de los votos de la segunda ronda electoral del 6 de junio en Perú.', '2024-06-10'),
    ).toEqual(['election@2024-06-06[Peru]']);
    expect(events('The United States condemns the fraudulent runoff of May 20 in Venezuela.', '2024-05-22')).toEqual([
      'statement@2024-05-22[United States/Venezuela]',
      'election@2024-05-20[United States/Venezuela]',
    ]);
    expect(events('Amerika Serikat mengecam pilkada curang 20 Mei di Venezuela.', '2024-05-22')).toEqual([
      'statement@2024-05-22[United States/Venezuela]',
      'election@2024-05-20[United States/Venezuela]',
    ]);
    expect(events('Кандидат победил во втором туре выборов 20 мая в Венесуэле.', '2024-05-22')).toEqual([
      'election@2024-05-20[Venezuela]',
    ]);
  });
  it('extractArticle(a court rules on an appeal or a sentence, in any voice) is the ruling', () => {
    expect(events('The Moscow City Court rejected the appeal of Evan Gershkovich on Tuesday.', '2024-05-22')).toEqual([
      'other@2024-05-21[Russia/Moscow City Court/Evan Gershkovich]',
    ]);
    expect(events('La Corte Suprema de Chile rechazó el martes la apelación del periodista.', '2024-05-22')).toEqual([
      'other@2024-05-21[Chile]',
    ]);
    expect(events("La Cour d'appel de Paris a confirmé mardi la condamnation du journaliste.", '2024-05-22')).toEqual([
      'other@2024-05-21[France]',
    ]);
    expect(events('Mahkamah Agung Indonesia menolak banding jurnalis itu pada Selasa.', '2024-05-22')).toEqual([
      'other@2024-05-21[Indonesia]',
    ]);
    expect(events('Мосгорсуд во вторник отклонил апелляцию журналиста из США.', '2024-05-22')).toEqual([
      'other@2024-05-21[United States]',
    ]);
  });
});
