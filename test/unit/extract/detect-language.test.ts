import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../server/extract/detect-language';

describe('detectLanguage', () => {
  it('detectLanguage(Indonesian news) returns id, not Javanese', () => {
    expect(
      detectLanguage(
        'Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un menandatangani pakta yang mencakup janji saling melindungi.',
      ).language,
    ).toBe('id');
  });
  it('detectLanguage(English) returns en', () => {
    expect(
      detectLanguage('The Baghdad Pact was a defensive organization founded in 1955 by Turkey and Iraq.').language,
    ).toBe('en');
  });
  it('detectLanguage(Russian) returns ru', () => {
    expect(
      detectLanguage('В 1978 году на саммите в Кэмп-Дэвиде было заключено предварительное соглашение.').language,
    ).toBe('ru');
  });
  it('detectLanguage(Spanish) returns es', () => {
    expect(
      detectLanguage(
        'El Tratado de Tlatelolco es un tratado internacional que establece la desnuclearización de América Latina.',
      ).language,
    ).toBe('es');
  });
  it('detectLanguage(French) returns fr', () => {
    expect(
      detectLanguage("Le traité a été signé en 1961 par l'Union soviétique et la Corée du Nord et il est remplacé.")
        .language,
    ).toBe('fr');
  });
  it('detectLanguage(Russian officialese with few function words) returns ru', () => {
    // genitive chains and titles: 7% of its words are function words
    expect(
      detectLanguage(
        '23 мая Председатель Парламентской ассамблеи Организации Договора о коллективной безопасности, Председатель Государственной Думы Вячеслав Володин провел телефонный разговор с Председателем Маджлиси намояндагон Маджлиси Оли Республики Таджикистан Махмадтоиром Зоиром Зокирзода. В ходе разговора обсуждались вопросы повестки предстоящего Совета Парламентской ассамблеи ОДКБ, который пройдет 6 июня в Ереване.',
      ).language,
    ).toBe('ru');
  });
  it('detectLanguage(Russian with ъ before a vowel and an ordinal "5-го") returns ru', () => {
    expect(
      detectLanguage(
        'Объявление о созыве: съезд партии, который пройдет 5-го мая в Москве, объединит делегатов всех субъектов Федерации, отметил председатель.',
      ).language,
    ).toBe('ru');
  });
  it.each([
    [
      'Ukrainian',
      "Президент України Володимир Зеленський провів телефонну розмову з прем'єр-міністром Великої Британії. Сторони обговорили питання безпеки та підтримки України, а також подальші кроки щодо посилення санкцій проти Росії.",
    ],
    [
      'Ukrainian officialese',
      'Верховна Рада ухвалила закон про ратифікацію угоди між Україною та Європейським Союзом.',
    ],
    [
      'Bulgarian',
      'Президентът Румен Радев се срещна с генералния секретар на НАТО в Брюксел. Двамата обсъдиха сигурността в Черноморския регион и помощта за Украйна.',
    ],
    [
      'Bulgarian officialese',
      'Народното събрание ратифицира споразумението между България и Северна Македония за сътрудничество в областта на отбраната.',
    ],
    [
      'Serbian',
      'Председник Србије Александар Вучић састао се данас у Београду са министром спољних послова Кине. Они су разговарали о економској сарадњи и инфраструктурним пројектима.',
    ],
    [
      'Serbian officialese',
      'Народна скупштина Републике Србије усвојила је закон о потврђивању споразума између Владе Србије и Владе Мађарске о сарадњи у области одбране.',
    ],
    [
      'Belarusian',
      'Прэзідэнт Рэспублікі Беларусь Аляксандр Лукашэнка правёў перамовы з кіраўніком урада Расіі. Бакі абмеркавалі пытанні гандлёва-эканамічнага супрацоўніцтва, а таксама рэалізацыю саюзных праграм.',
    ],
    [
      'Macedonian',
      'Владата донесе одлука за склучување на договорот за соработка со Србија. Министерот изјави дека договорот ќе биде потпишан следната недела.',
    ],
    [
      'Kazakh',
      'Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев Ресей Федерациясының Президентімен телефон арқылы сөйлесті.',
    ],
  ])('detectLanguage(%s) is not taken as Russian', (_, text) => {
    const g = detectLanguage(text);
    expect(g.language).toBeNull();
    expect(g.reason).toMatch(/unsupported/);
  });
  it.each([
    ['en', 'The minister met his counterpart in Moscow on Tuesday and the two discussed the treaty.'],
    ['es', 'El ministro de Asuntos Exteriores se reunió ayer en Madrid con su homólogo de Marruecos.'],
    ['fr', 'Le ministre des Affaires étrangères a rencontré son homologue russe à Moscou mardi.'],
    ['id', 'Menteri Luar Negeri bertemu dengan mitranya dari Rusia di Moskow pada hari Selasa.'],
  ])('detectLanguage(%s news) keeps its language, not Russian', (lang, text) => {
    expect(detectLanguage(text).language).toBe(lang);
  });
  it('detectLanguage(Portuguese) returns null with a reason', () => {
    const g = detectLanguage(
      'O tratado foi assinado em 1961 pela União Soviética e pela Coreia do Norte e ainda está em vigor, segundo o governo.',
    );
    expect(g.language).toBeNull();
    expect(g.reason).toMatch(/unsupported/);
  });
  it('detectLanguage(German) returns null', () => {
    expect(
      detectLanguage(
        'Der Vertrag wurde im Jahr 1961 von der Sowjetunion und Nordkorea unterzeichnet und ist nicht mehr in Kraft.',
      ).language,
    ).toBeNull();
  });
  it('detectLanguage(Chinese) returns null for an unsupported script', () => {
    expect(
      detectLanguage('俄罗斯总统普京与朝鲜领导人金正恩签署了全面战略伙伴关系条约，条约规定双方互相援助。').language,
    ).toBeNull();
  });
  it('detectLanguage(two words) returns null', () => {
    expect(detectLanguage('hello').language).toBeNull();
  });
});
