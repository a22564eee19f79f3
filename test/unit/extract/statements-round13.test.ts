/** Statements: their speakers, their days and their kinds (round 13, issue 14), in every language. */
import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

const day = '2024-03-12';
const statements = (text: string) => events(text, day).filter((e) => e.startsWith('statement@'));

describe('a speaker quoted after a statement they made on a day of its own', () => {
  it.each([
    'Foreign Minister Penny Wong and Trade Minister Don Farrell today welcomed the vote in Fiji, held on March 10. "The people of Fiji voted in great numbers," said Minister Wong.',
    'La ministra de Exteriores Penny Wong y el ministro de Comercio Don Farrell saludaron hoy las elecciones en Fiyi, realizadas el 10 de marzo. "El pueblo de Fiyi votó en gran número", dijo la ministra Wong.',
    "La ministre des Affaires étrangères Penny Wong et le ministre du Commerce Don Farrell ont salué aujourd'hui les élections aux Fidji, tenues le 10 mars. « Le peuple des Fidji a voté en grand nombre », a déclaré la ministre Wong.",
    'Menteri Luar Negeri Penny Wong dan Menteri Perdagangan Don Farrell hari ini menyambut baik pemilu di Fiji yang digelar pada 10 Maret. "Rakyat Fiji memilih dalam jumlah besar," kata Menteri Wong.',
    'Министр иностранных дел Пенни Вонг и министр торговли Дон Фаррелл сегодня приветствовали выборы на Фиджи, прошедшие 10 марта. «Народ Фиджи проголосовал в большом количестве», - сказала министр Вонг.',
  ])('speaks on that day, not on the day of the event dated since: "%s"', (text) => {
    const found = statements(text);
    expect(found.some((e) => e.includes('Penny Wong'))).toBe(true);
    expect(found.every((e) => e.startsWith('statement@2024-03-12['))).toBe(true);
  });
});

describe('Spanish present tenses that fold like a future', () => {
  it.each([
    ['España reitera su apoyo a Ucrania.', 'statement@2024-03-12[Spain/Ukraine]'],
    ['El Gobierno de España declara su apoyo a Ucrania.', 'statement@2024-03-12[Spain/Ukraine]'],
    ['España considera que el acuerdo con Marruecos es importante.', 'statement@2024-03-12[Spain/Morocco]'],
  ])('are asserted, not planned: "%s"', (text, statement) => {
    expect(statements(text)).toEqual([statement]);
  });
  it.each(['México firmará el Tratado de Libre Comercio con Chile.', 'Los presidentes firmarán el acuerdo con Chile.'])(
    'while the future, accented, is still a plan: "%s"',
    (text) => {
      expect(events(text, day).filter((e) => e.startsWith('treaty_signing@'))).toEqual([]);
    },
  );
});

describe('a speech verb that closes its sentence after a comma', () => {
  it.each([
    'The ruling party of Fiji won the vote on March 10 by a wide margin, said the Foreign Minister of Australia, Penny Wong.',
    'El partido gobernante de Fiyi ganó la votación el 10 de marzo por un amplio margen, dijo la ministra de Exteriores de Australia, Penny Wong.',
    "Le parti au pouvoir aux Fidji a remporté le scrutin le 10 mars avec une large avance, a déclaré la ministre des Affaires étrangères de l'Australie, Penny Wong.",
    'Partai berkuasa di Fiji memenangkan pemungutan suara pada 10 Maret dengan selisih besar, kata Menteri Luar Negeri Australia, Penny Wong.',
    'Правящая партия Фиджи победила на выборах 10 марта с большим отрывом, заявила министр иностранных дел Австралии Пенни Вонг.',
  ])('is not dated by the words it reports, nor by the act they tell: "%s"', (text) => {
    expect(statements(text)).toEqual([expect.stringMatching(/^statement@2024-03-12\[.*Penny Wong/u)]);
  });
  it.each([
    'Foreign Minister Penny Wong welcomed the vote in Fiji. Prime Minister Sitiveni Rabuka will visit Canberra next week, said the Foreign Minister of Australia, Penny Wong.',
    'La ministra de Exteriores Penny Wong saludó la votación en Fiyi. El primer ministro Sitiveni Rabuka visitará Canberra la próxima semana, dijo la ministra de Exteriores de Australia, Penny Wong.',
    "La ministre des Affaires étrangères Penny Wong a salué le scrutin aux Fidji. Le Premier ministre Sitiveni Rabuka se rendra à Canberra la semaine prochaine, a déclaré la ministre des Affaires étrangères de l'Australie, Penny Wong.",
    'Menteri Luar Negeri Penny Wong menyambut baik pemungutan suara di Fiji. Perdana Menteri Sitiveni Rabuka akan mengunjungi Canberra pekan depan, kata Menteri Luar Negeri Australia, Penny Wong.',
    'Министр иностранных дел Пенни Вонг приветствовала голосование на Фиджи. Премьер-министр Ситивени Рабука посетит Канберру на следующей неделе, заявила министр иностранных дел Австралии Пенни Вонг.',
  ])(
    'is said by the person named after it, not by one its words name: one statement of hers that day: "%s"',
    (text) => {
      expect(statements(text)).toEqual([expect.stringMatching(/^statement@2024-03-12\[Penny Wong\//u)]);
    },
  );
});

describe('Spanish "celebrar" that holds or concludes', () => {
  it.each([
    'Chile y Estados Unidos celebraron un tratado de extradición en 1900.',
    'Perú y Chile celebraron elecciones el domingo.',
    'La cumbre con Chile se celebró ayer en Lima.',
  ])('is no statement: "%s"', (text) => {
    expect(statements(text)).toEqual([]);
  });
  it('welcomes what it takes with a definite article', () => {
    expect(statements('España celebra el acuerdo alcanzado con Marruecos.')).toEqual([
      expect.stringMatching(/^statement@2024-03-12\[Spain/u),
    ]);
  });
});

describe('an earlier speech told on in the next sentence by its speaker', () => {
  it.each([
    'Foreign Minister Penny Wong signed the agreement with Japan. Earlier, Trade Minister Don Farrell had said that the agreement would open new markets. According to Farrell, the talks lasted two years.',
    'La ministra de Exteriores Penny Wong firmó el acuerdo con Japón. Anteriormente, el ministro de Comercio Don Farrell había dicho que el acuerdo abriría nuevos mercados. Según Farrell, las negociaciones duraron dos años.',
    "La ministre des Affaires étrangères Penny Wong a signé l'accord avec le Japon. Auparavant, le ministre du Commerce Don Farrell avait déclaré que l'accord ouvrirait de nouveaux marchés. Selon Farrell, les négociations ont duré deux ans.",
    'Menteri Luar Negeri Penny Wong menandatangani perjanjian dengan Jepang. Sebelumnya, Menteri Perdagangan Don Farrell mengatakan bahwa perjanjian itu akan membuka pasar baru. Menurut Farrell, perundingan itu berlangsung dua tahun.',
    'Министр иностранных дел Пенни Вонг подписала соглашение с Японией. Ранее министр торговли Дон Фаррелл заявлял, что соглашение откроет новые рынки. По словам Фаррелла, переговоры длились два года.',
  ])('is that one speech, undated: "%s"', (text) => {
    expect(statements(text)).toEqual([expect.stringMatching(/^statement@null\[/u)]);
  });
});

describe('a speech that heads its page with its author and its day', () => {
  it.each([
    'Message from the President Joko Widodo to the Conference on Ukraine, Jakarta, March 11, 2024\n\nWe welcome all delegations to Jakarta. We condemn the attack on the embassy in Kabul.',
    'Palabras del canciller Antony Blinken en la conferencia sobre Ucrania, Washington, 11 de marzo de 2024\n\nDamos la bienvenida a todas las delegaciones. Condenamos el ataque contra la embajada en Kabul.',
    "Message du ministre Antony Blinken à la conférence sur l'Ukraine, Washington, 11 mars 2024\n\nNous saluons toutes les délégations. Nous condamnons l'attaque contre l'ambassade à Kaboul.",
    'Sambutan Menteri Luar Negeri Retno Marsudi pada Konferensi tentang Ukraina, Jakarta, 11 Maret 2024\n\nKami menyambut semua delegasi di Jakarta. Kami mengecam serangan terhadap kedutaan di Kabul.',
    'Приветствие Государственного секретаря Энтони Блинкена участникам конференции по Украине, Вашингтон, 11 марта 2024 года\n\nПриветствую все делегации в Вашингтоне. Мы осуждаем нападение на посольство в Кабуле.',
  ])('is its author\'s one statement on the day the heading gives: "%s"', (text) => {
    expect(statements(text)).toEqual([
      expect.stringMatching(/^statement@2024-03-11\[(?:Joko Widodo|Antony Blinken|Retno Marsudi)/u),
    ]);
  });
});
