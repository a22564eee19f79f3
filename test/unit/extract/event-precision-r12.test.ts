import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

// Round 12 (issue 14): events of acts that are only mentioned, each rule in every language where the construction exists.
describe('extractArticle: acts only in prospect (round 12)', () => {
  it('extractArticle(an act after a noun of prospect: "the possibility of a visit", "даты подписания") is no event', () => {
    const prospects: [string, string][] = [
      ['The ministers talked on Monday about the possibility of a visit by President Biden to Jakarta.', 'en'],
      ['Los ministros hablaron el lunes de la posibilidad de una visita del presidente Macri a Santiago.', 'es'],
      ["Les ministres ont parlé lundi de la possibilité d'une visite du président Macron à Alger.", 'fr'],
      ['Para menteri berbicara pada hari Senin tentang kemungkinan kunjungan Presiden Joko Widodo ke Canberra.', 'id'],
      ['Министры в понедельник говорили о возможности визита Президента Путина в Пекин.', 'ru'],
      [
        'В Кремле заявили, что скоро можно будет говорить о конкретных датах подписания договора между Россией и Китаем.',
        'ru',
      ],
      [
        'Pejabat mengatakan pada hari Senin bahwa rencana penandatanganan perjanjian antara Indonesia dan Australia sedang dibahas.',
        'id',
      ],
    ];
    for (const [text] of prospects)
      expect(events(text, '2021-03-10').filter((e) => !e.startsWith('statement'))).toEqual([]);
    // the act itself is still one
    expect(
      events('Los ministros celebraron el lunes la visita del presidente Macri a Santiago.', '2021-03-10'),
    ).toContainEqual(expect.stringMatching(/^meeting@2021-03-08\[Mauricio Macri/));
  });

  it('extractArticle(an act in a hypothesis: "dans l’hypothèse où le référendum aboutit") is no event', () => {
    expect(
      events(
        "Les dates de votation possibles sont le 8 février 2009 et le 17 mai 2009, dans l'hypothèse où le référendum aboutit.",
        '2008-06-13',
      ),
    ).toEqual([]);
  });
});

describe('extractArticle: headings (round 12)', () => {
  it('extractArticle(a line in capitals: "VISITA OFICIAL DEL PRESIDENTE ...", "О ВИЗИТЕ ПРЕЗИДЕНТА ...") gives no event', () => {
    const pages = [
      'COMUNICADO DE PRENSA\nVISITA OFICIAL DEL PRESIDENTE DE CHILE A ARGENTINA\n\nEl Gobierno publicó el lunes un informe sobre la economía.\n',
      'COMMUNIQUÉ DE PRESSE\nVISITE DU PRÉSIDENT DE LA RÉPUBLIQUE AU MAROC\n\nLe gouvernement a publié lundi un rapport sur l’économie.\n',
      'ЗАЯВЛЕНИЕ МИД РОССИИ\nО ВИЗИТЕ ПРЕЗИДЕНТА ФРАНЦИИ В МОСКВУ\n\nМИД России в понедельник опубликовал доклад об экономике.\n',
    ];
    for (const page of pages) expect(events(page, '2021-03-10')).toEqual([]);
    // the press statement a heading names and signs (round 15) is the page's statement, the line after it no visit
    expect(
      events(
        'KETERANGAN PERS PRESIDEN REPUBLIK INDONESIA\nSEBELUM BERTOLAK KE PORTUGAL, AMERIKA SERIKAT, DAN JEPANG\n\nSaudara-saudara, saya akan menyampaikan beberapa hal tentang kunjungan ini.\n',
        '2021-03-10',
      ),
    ).toEqual(['statement@2021-03-10[Indonesia]']);
    // a body line that opens with a dateline in capitals is no heading
    expect(
      events(
        'JAKARTA - President Joko Widodo met Prime Minister Anthony Albanese in Jakarta on Monday.\n',
        '2021-03-10',
      ),
    ).toContainEqual(expect.stringMatching(/^meeting@2021-03-08/));
  });
});

describe('extractArticle: the date of a signing told of a treaty in force (round 12)', () => {
  it('extractArticle("the treaty in force now was signed on 8 May 1990") dates the signing by the date after its verb, not by "now"', () => {
    const texts = [
      'Perubahan ini memperbarui perjanjian pajak antara Indonesia dan Singapura, mengingat perjanjian yang berlaku saat ini ditandatangani pada 8 Mei 1990.',
      "L'avenant met à jour la convention fiscale entre l'Indonésie et Singapour, car la convention qui s'applique actuellement a été signée le 8 mai 1990.",
      'The amendment updates the tax treaty between Indonesia and Singapore, since the treaty that applies currently was signed on 8 May 1990.',
      'La enmienda actualiza el convenio fiscal entre Indonesia y Singapur, ya que el convenio que rige actualmente fue firmado el 8 de mayo de 1990.',
      'Протокол обновляет соглашение между Индонезией и Сингапуром, так как соглашение, которое применяется сейчас, подписано 8 мая 1990 года.',
    ];
    for (const text of texts)
      expect(events(text, '2021-03-10')).toEqual(['treaty_signing@1990-05-08[Indonesia/Singapore]']);
  });
});

describe('extractArticle: a signed decree is no treaty signing (round 12)', () => {
  it('extractArticle("a signé aujourd’hui un décret") reads the law noun past an elided word', () => {
    expect(
      events(
        "Le président Macron a signé aujourd'hui un décret renforçant les sanctions contre la Russie.",
        '2021-03-10',
      ),
    ).not.toContainEqual(expect.stringMatching(/^treaty_signing/));
    expect(
      events('El presidente Sánchez firmó hoy un decreto que refuerza las sanciones contra Rusia.', '2021-03-10'),
    ).not.toContainEqual(expect.stringMatching(/^treaty_signing/));
    expect(
      events("Le président Macron a signé aujourd'hui l'accord de coopération avec l'Algérie.", '2021-03-10'),
    ).toEqual(['treaty_signing@2021-03-10[Emmanuel Macron/Algeria]']);
  });
});

describe('extractArticle: an event noun inside a fixed phrase (round 12)', () => {
  it('extractArticle("agreement ad referendum") is no referendum', () => {
    const texts = [
      'The delegations of Argentina and the United States reached agreement, ad referendum, on the text of the protocol on Monday.',
      'Las delegaciones de Argentina y Estados Unidos alcanzaron el lunes un acuerdo ad referendum sobre el texto del protocolo.',
      "Les délégations de l'Argentine et des États-Unis ont conclu lundi un accord ad referendum sur le texte du protocole.",
      'Delegasi Argentina dan Amerika Serikat pada hari Senin mencapai kesepakatan ad referendum atas naskah protokol itu.',
    ];
    for (const text of texts) expect(events(text, '2021-03-10')).not.toContainEqual(expect.stringMatching(/^election/));
    expect(events('Swiss voters approved the agreement in a referendum on Sunday.', '2021-03-10')).toContainEqual(
      'election@2021-03-07[Switzerland]',
    );
  });
});

describe('extractArticle: a tally of partners (round 12)', () => {
  it('extractArticle("has signed such agreements with about a hundred other states") is how far a practice has got, no signing', () => {
    const texts = [
      'France has signed such agreements with about a hundred other states.',
      'Francia ha firmado acuerdos de este tipo con un centenar de otros Estados.',
      "La France en a signé avec une centaine d'autres États ou territoires autonomes.",
      'Indonesia telah menandatangani perjanjian semacam itu dengan seratus negara lain.',
      'Россия подписала такие соглашения с сотней других государств.',
    ];
    for (const text of texts) expect(events(text, '2021-03-10')).toEqual([]);
    expect(events('France signed the agreement with Algeria on Monday.', '2021-03-10')).toEqual([
      'treaty_signing@2021-03-08[France/Algeria]',
    ]);
  });
});

describe('extractArticle: hosting people in numbers (round 12)', () => {
  it('extractArticle("Chad already hosted more than 600,000 refugees") is no meeting', () => {
    const texts = [
      'Chad already hosted more than 600,000 refugees before the fighting began.',
      'Chad acoge a más de 600.000 refugiados desde hace años.',
      'Le Tchad accueille déjà plus de 600 000 réfugiés.',
      'Chad telah menampung lebih dari 600.000 pengungsi.',
      'Чад уже принял более 600 тысяч беженцев.',
    ];
    for (const text of texts) expect(events(text, '2021-03-10')).toEqual([]);
    expect(events('Chad hosted the foreign ministers of Niger and Mali on Monday.', '2021-03-10')).toEqual([
      'meeting@2021-03-08[Chad/Niger/Mali]',
    ]);
  });
});
