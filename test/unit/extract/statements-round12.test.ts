/** Speakers and one speech as one statement (round 12, issue 14), in every language. */
import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

const day = '2024-03-12';
const statements = (text: string) => events(text, day).filter((e) => e.startsWith('statement@'));

describe('a straight quotation that goes on into the next sentence and closes before its speech verb', () => {
  it.each([
    'Foreign Minister Penny Wong welcomed the agreement with Japan. "This agreement matters to both nations. We are close partners and friends," Wong added.',
    'La ministra de Exteriores Penny Wong celebró el acuerdo con Japón. "Este acuerdo es importante para ambos países. Somos socios cercanos y amigos," añadió Wong.',
    'La ministre des Affaires étrangères Penny Wong a salué l\'accord avec le Japon. "Cet accord compte pour nos deux pays. Nous sommes des partenaires proches," a ajouté Wong.',
    'Menteri Luar Negeri Penny Wong menyambut baik perjanjian dengan Jepang. "Perjanjian ini penting bagi kedua negara. Kami adalah mitra dekat," tambah Wong.',
    'Министр иностранных дел Пенни Вонг приветствовала соглашение с Японией. "Это соглашение важно для обеих стран. Мы близкие партнеры," добавила Вонг.',
  ])('is the speech of the person named after it, one statement: "%s"', (text) => {
    expect(statements(text)).toEqual(['statement@2024-03-12[Penny Wong/Japan]']);
  });
});

describe('speech verbs coordinated to a statement of their sentence', () => {
  it.each([
    'Canada condemns the attack carried out yesterday in Kabul, expresses its solidarity with the families of the victims and urges the authorities to bring those responsible to justice.',
    'España condena el atentado perpetrado ayer en Kabul, expresa su solidaridad con las familias de las víctimas y les anima a llevar ante la justicia a los responsables.',
    "La France condamne l'attentat commis hier à Kaboul, exprime sa solidarité avec les familles des victimes et appelle les autorités à traduire les responsables en justice.",
    'Indonesia mengecam serangan yang terjadi kemarin di Kabul, menyampaikan solidaritas kepada keluarga korban dan mendesak pihak berwenang untuk mengadili para pelaku.',
    'Россия осуждает теракт, совершенный вчера в Кабуле, выражает солидарность с семьями погибших и призывает власти привлечь виновных к ответственности.',
  ])('share its speaker and its day, not the day of what it condemns: "%s"', (text) => {
    expect(statements(text)).toEqual([
      expect.stringMatching(/^statement@2024-03-12\[(?:Canada|Spain|France|Indonesia|Russia)\]$/u),
    ]);
  });
  it.each([
    'Indonesia mengecam serangan yang terjadi kemarin di Kabul. Pemerintah menyampaikan duka cita kepada keluarga korban dan mendesak pihak berwenang untuk mengadili pelaku serangan itu.',
    'Россия осуждает теракт, совершенный вчера в Кабуле. Правительство выражает соболезнования семьям погибших и призывает власти привлечь к ответственности виновных в теракте.',
  ])('after "and" in the next sentence go on in the voice of the first: "%s"', (text) => {
    expect(statements(text)).toEqual([expect.stringMatching(/^statement@2024-03-12\[(?:Indonesia|Russia)\]$/u)]);
  });
});

describe('speech in the first person on a page with no header that names its author', () => {
  it.each([
    'Attack on MINUSMA in Mali\n\nCanada strongly condemns the attack on MINUSMA peacekeepers in Mali. We express our sincere condolences to the families of the victims.',
    'Ataque contra la MINUSMA en Malí\n\nEspaña condena enérgicamente el ataque contra los cascos azules de la MINUSMA en Malí. Expresamos nuestras más sinceras condolencias a las familias de las víctimas.',
    "Attaque contre la MINUSMA au Mali\n\nLe Canada condamne fermement l'attaque contre les Casques bleus de la MINUSMA au Mali. Nous exprimons nos sincères condoléances aux familles des victimes.",
    'Serangan terhadap MINUSMA di Mali\n\nIndonesia mengecam keras serangan terhadap pasukan penjaga perdamaian MINUSMA di Mali. Kami menyampaikan duka cita yang mendalam kepada keluarga para korban.',
    'Нападение на МИНУСМА в Мали\n\nРоссия решительно осуждает нападение на миротворцев МИНУСМА в Мали. Мы выражаем искренние соболезнования семьям погибших.',
  ])('is the voice of the statement told before it, not of the first actor named: "%s"', (text) => {
    expect(statements(text)).toEqual([
      expect.stringMatching(/^statement@2024-03-12\[(?:Canada|Spain|Indonesia|Russia)(?:\/MINUSMA\/Mali)?\]$/u),
    ]);
  });
});

describe('"he said" after a quotation that names other people', () => {
  it.each([
    'Secretary of State Antony Blinken announced the invitations on Sunday. "Joe Biden will host the summit. Donald Trump will attend," he said.',
    'El secretario de Estado Antony Blinken anunció las invitaciones el domingo. "Joe Biden será el anfitrión de la cumbre. Donald Trump asistirá", dijo.',
    "Le secrétaire d'État Antony Blinken a annoncé les invitations dimanche. « Joe Biden accueillera le sommet. Donald Trump y assistera », a-t-il déclaré.",
    'Menteri Luar Negeri Antony Blinken mengumumkan undangan itu pada hari Minggu. "Joe Biden akan menjadi tuan rumah KTT. Donald Trump akan hadir," katanya.',
    'Госсекретарь Энтони Блинкен объявил о приглашениях в воскресенье. «Джо Байден примет саммит. Дональд Трамп будет присутствовать», - сказал он.',
  ])('is the person named before the quotation, not one it names: "%s"', (text) => {
    expect(statements(text)).toEqual(['statement@2024-03-10[Antony Blinken/Donald Trump]']);
  });
});

describe('speech told as earlier than the news', () => {
  it.each([
    'Foreign Minister Penny Wong welcomed the agreement. Trade Minister Simon Birmingham had said that the talks were difficult.',
    'La ministra Penny Wong celebró el acuerdo. El ministro de Comercio Simon Birmingham había dicho que las negociaciones eran difíciles.',
    "La ministre Penny Wong a salué l'accord. Le ministre du Commerce Simon Birmingham avait déclaré que les négociations étaient difficiles.",
    'Menteri Penny Wong menyambut baik perjanjian itu. Sebelumnya, Menteri Perdagangan Simon Birmingham mengatakan bahwa perundingan itu sulit.',
    'Министр Пенни Вонг приветствовала соглашение. Ранее министр торговли Саймон Бирмингем заявлял, что переговоры были трудными.',
  ])('in the pluperfect or with "earlier" stays undated, apart from the news of the day: "%s"', (text) => {
    expect(statements(text)).toEqual([
      'statement@2024-03-12[Penny Wong]',
      expect.stringMatching(/^statement@null\[(?:Simon Birmingham|Саймон Бирмингем)\]$/u),
    ]);
  });
  it.each([
    'Trade Minister Simon Birmingham said that the treaty had been signed earlier.',
    'Menteri Perdagangan Simon Birmingham mengatakan bahwa sebelumnya perjanjian itu sudah ditandatangani.',
  ])('is not told by an "earlier" inside the clause the verb reports: "%s"', (text) => {
    expect(statements(text)).toEqual(['statement@2024-03-12[Simon Birmingham]']);
  });
});

describe('a speech verb coordinated to another after that verb names its object', () => {
  it.each([
    'Canada welcomed the ruling of the Constitutional Court of Germany and expressed its hope for a quick ratification.',
    'Canadá celebró el fallo del Tribunal Constitucional de Alemania y expresó su esperanza de una pronta ratificación.',
    "Le Canada a salué l'arrêt de la Cour constitutionnelle d'Allemagne et a exprimé son espoir d'une ratification rapide.",
    'Kanada menyambut baik putusan Mahkamah Konstitusi Jerman dan menyampaikan harapan akan ratifikasi yang cepat.',
    'Канада приветствовала решение Конституционного суда Германии и выразила надежду на скорую ратификацию.',
  ])('shares the first verb\'s speaker, one statement: "%s"', (text) => {
    expect(statements(text)).toEqual([expect.stringMatching(/^statement@2024-03-12\[Canada(?:\/[^\]]+)?\]$/u)]);
  });
});

describe('a plural title as the subject of a speech verb', () => {
  it.each([
    'Foreign Minister Penny Wong received Foreign Minister Yoko Kamikawa in Canberra on Monday. The two ministers welcomed the results of the joint commission. Faced with the situation in Iraq, the ministers expressed their conviction that the United Nations must play a central role.',
    'La canciller Penny Wong recibió a la canciller Yoko Kamikawa en Canberra el lunes. Ambas ministras celebraron los resultados de la comisión mixta. Ante la situación en Irak, las dos ministras expresaron su convicción de que las Naciones Unidas deben desempeñar un papel central.',
    'La ministre Penny Wong a reçu la ministre Yoko Kamikawa à Canberra lundi. Les deux ministres se sont félicités des résultats de la commission mixte. Face à la situation en Irak, les ministres ont exprimé leur conviction que les Nations unies devront jouer un rôle central.',
    'Menteri Luar Negeri Penny Wong menerima Menteri Luar Negeri Yoko Kamikawa di Canberra pada hari Senin. Kedua menteri menyambut baik hasil komisi bersama. Terkait situasi di Irak, kedua menteri menyampaikan keyakinan bahwa Perserikatan Bangsa-Bangsa harus memainkan peran sentral.',
    'Министр иностранных дел Пенни Вонг приняла министра иностранных дел Йоко Камикаву в Канберре в понедельник. Министры приветствовали итоги работы совместной комиссии. Кроме того, министры выразили убеждение, что Организация Объединенных Наций должна играть центральную роль в Ираке.',
  ])('is the two persons last named speaking together, one statement: "%s"', (text) => {
    expect(statements(text)).toEqual([
      expect.stringMatching(/^statement@2024-03-11\[Penny Wong\/(?:Yoko Kamikawa|Йоко Камикаву)(?:\/[^\]]+)?\]$/u),
    ]);
  });
});
