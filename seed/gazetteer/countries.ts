/**
 * Countries in every supported language (en/id/ru/es/fr) from i18n-iso-countries, plus the short forms and historical states
 * that news and history texts use and the package lacks.
 */
import countries from 'i18n-iso-countries';
import enLocale from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import idLocale from 'i18n-iso-countries/langs/id.json' with { type: 'json' };
import ruLocale from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import esLocale from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import frLocale from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { LANGUAGES } from '../../server/domain/extraction';
import type { GazetteerActor, Names } from '../../server/extract/gazetteer';

countries.registerLocale(enLocale);
countries.registerLocale(idLocale);
countries.registerLocale(ruLocale);
countries.registerLocale(esLocale);
countries.registerLocale(frLocale);

/** Canonical English names where the ISO name is long or formal. */
const CANONICAL: Record<string, string> = {
  US: 'United States',
  GB: 'United Kingdom',
  RU: 'Russia',
  KP: 'North Korea',
  KR: 'South Korea',
  IR: 'Iran',
  SY: 'Syria',
  LA: 'Laos',
  MD: 'Moldova',
  CZ: 'Czech Republic',
  MK: 'North Macedonia',
  TZ: 'Tanzania',
  PS: 'Palestine',
  VA: 'Vatican City',
  FM: 'Micronesia',
  TW: 'Taiwan',
  VN: 'Vietnam',
  BN: 'Brunei',
  BO: 'Bolivia',
  VE: 'Venezuela',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  TR: 'Turkey',
  NL: 'Netherlands',
  CI: 'Ivory Coast',
  CV: 'Cape Verde',
  SZ: 'Eswatini',
  MM: 'Myanmar',
  TL: 'East Timor',
  BS: 'Bahamas',
  GM: 'Gambia',
};

/** Short forms, older names and spellings the package lacks. */
const EXTRA: Record<string, Names> = {
  KG: {
    en: ['Kyrgyz Republic', 'Kirghizia'],
    id: ['Republik Kirgizstan', 'Republik Kirgiz'],
    ru: ['Кыргызская Республика', 'Кыргызстан', 'Киргизская Республика', 'Киргизия'],
    es: ['República Kirguisa', 'Kirguistán'],
    fr: ['République kirghize', 'Kirghizstan'],
  },
  US: {
    en: ['US', 'U.S.', 'U.S', 'USA', 'U.S.A.', 'America', 'United States of America'],
    id: ['AS', 'Amerika', 'Amerika Serikat', 'Paman Sam'],
    ru: ['США', 'Соединённые Штаты', 'Соединенные Штаты Америки', 'Америка', 'Штаты'],
    es: ['EE. UU.', 'EE.UU.', 'EEUU', 'EUA', 'Estados Unidos de América', 'Norteamérica'],
  },
  RU: {
    en: ['Russia', 'Russian Federation'],
    id: ['RF', 'Federasi Rusia'],
    ru: ['РФ', 'Россия', 'Российская Федерация'],
    es: ['Federación Rusa', 'Federación de Rusia'],
  },
  KP: {
    en: ['DPRK', 'N. Korea', "Democratic People's Republic of Korea"],
    id: ['Korut', 'RRDK', 'Republik Rakyat Demokratik Korea', 'DPRK'],
    ru: ['КНДР', 'Северная Корея', 'Корейская Народно-Демократическая Республика'],
    es: ['Corea del Norte', 'RPDC', 'Norcorea'],
  },
  KR: {
    en: ['ROK', 'Republic of Korea', 'S. Korea'],
    id: ['Korsel', 'Republik Korea'],
    ru: ['Южная Корея', 'РК'],
    es: ['Corea del Sur'],
  },
  ID: { id: ['RI', 'Republik Indonesia', 'NKRI'], ru: ['Индонезия'], es: ['Indonesia'] },
  GB: {
    en: ['Britain', 'Great Britain', 'UK', 'U.K.', 'England'],
    id: ['Inggris', 'Britania', 'Britania Raya', 'Inggris Raya', 'Kerajaan Inggris', 'Kerajaan Bersatu'],
    ru: ['Великобритания', 'Британия', 'Англия', 'Соединённое Королевство'],
    es: ['Gran Bretaña', 'Inglaterra'],
  },
  CN: {
    en: ["People's Republic of China", 'PRC', 'Mainland China'],
    id: [
      'Tiongkok',
      'Cina',
      'China',
      'RRT',
      'RRC',
      'Republik Rakyat Tiongkok',
      'Republik Rakyat China',
      'Republik Rakyat Cina',
    ],
    ru: ['КНР', 'Китайская Народная Республика', 'Китай'],
    es: ['República Popular China', 'RPC'],
  },
  TW: { en: ['Republic of China', 'Taiwan'], ru: ['Тайвань'], es: ['Taiwán'] },
  JP: { id: ['Jepang'], ru: ['Япония'], es: ['Japón'] },
  DE: { en: ['Germany', 'Federal Republic of Germany'], id: ['Jerman'], ru: ['Германия', 'ФРГ'], es: ['Alemania'] },
  FR: {
    id: ['Prancis', 'Perancis', 'Republik Prancis'],
    ru: ['Франция', 'Французская Республика'],
    es: ['Francia', 'República Francesa'],
    fr: ['République française'],
    en: ['French Republic'],
  },
  IR: { id: ['Iran'], ru: ['Иран'], es: ['Irán'] },
  IQ: { id: ['Irak'], ru: ['Ирак'], es: ['Irak', 'Iraq'] },
  TR: { en: ['Turkey', 'Türkiye'], id: ['Turki'], ru: ['Турция'], es: ['Turquía'] },
  UA: { en: ['Ukraine'], id: ['Ukraina'], ru: ['Украина'], es: ['Ucrania'] },
  VN: { en: ['Viet Nam'], id: ['Vietnam'], ru: ['Вьетнам'], es: ['Vietnam'] },
  SY: { en: ['Syria'], id: ['Suriah'], ru: ['Сирия'], es: ['Siria'] },
  LA: { en: ['Laos'], ru: ['Лаос'], es: ['Laos'] },
  KN: { es: ['San Cristóbal y Nieves', 'San Cristóbal y Nevis'], id: ['Saint Kitts dan Nevis'] },
  VC: { id: ['Saint Vincent dan Grenadine'] },
  SR: { es: ['Surinam'], ru: ['Суринам'] },
  NL: { en: ['Holland'], id: ['Belanda'], ru: ['Нидерланды', 'Голландия'], es: ['Países Bajos', 'Holanda'] },
  EG: { id: ['Mesir'], ru: ['Египет', 'Египта'], es: ['Egipto'] },
  IL: { id: ['Israel'], ru: ['Израиль'], es: ['Israel'] },
  PH: { id: ['Filipina'], ru: ['Филиппины'], es: ['Filipinas'] },
  SG: { id: ['Singapura'], ru: ['Сингапур'], es: ['Singapur'] },
  PG: { id: ['Papua Nugini'], ru: ['Папуа — Новая Гвинея', 'Папуа-Новая Гвинея'], es: ['Papúa Nueva Guinea'] },
  SA: { en: ['Saudi Arabia'], id: ['Arab Saudi'], ru: ['Саудовская Аравия'], es: ['Arabia Saudita', 'Arabia Saudí'] },
  BN: { en: ['Brunei'], id: ['Brunei'], ru: ['Бруней'], es: ['Brunéi', 'Brunei'] },
  AE: {
    en: ['UAE', 'United Arab Emirates'],
    id: ['Uni Emirat Arab', 'UEA'],
    ru: ['ОАЭ', 'Объединённые Арабские Эмираты'],
    es: ['Emiratos Árabes Unidos', 'EAU'],
  },
  // the official name, as Mexico's own decrees write it ("el Gobierno de los Estados Unidos Mexicanos"): not the United States
  MX: {
    en: ['United Mexican States'],
    es: ['México', 'Méjico', 'Estados Unidos Mexicanos'],
    fr: ['États-Unis mexicains'],
    ru: ['Мексика', 'Мексиканские Соединённые Штаты'],
  },
  CZ: { en: ['Czechia'], ru: ['Чехия'] },
  GR: {
    en: ['Hellenic Republic'],
    id: ['Republik Helenik'],
    ru: ['Греческая Республика'],
    es: ['República Helénica'],
    fr: ['République hellénique'],
  },
  MD: { en: ['Moldova'], ru: ['Молдова', 'Республика Молдова'] },
  BY: { en: ['Belarus'], id: ['Belarus'], ru: ['Белоруссия', 'Беларусь'], es: ['Bielorrusia'] },
  PS: { en: ['Palestine'], ru: ['Палестина'] },
  CD: { en: ['DR Congo', 'DRC'], ru: ['ДР Конго', 'ДРК'] },
  TM: { ru: ['Туркменистан'] },
  TZ: { en: ['Tanzania'] },
  VA: { en: ['Vatican', 'Holy See'] },
  CI: { en: ["Côte d'Ivoire"], ru: ["Кот-д'Ивуар"] },
  BO: { en: ['Bolivia'] },
  VE: { en: ['Venezuela'] },
  MK: { en: ['Macedonia'] },
  TL: { en: ['Timor-Leste', 'East Timor'], id: ['Timor Leste'], ru: ['Тимор-Лесте'] },
};

/**
 * Indonesian press forms the package lacks or spells otherwise ("Swedia", "Hongaria"): the
 * spellings of KBBI and Indonesian news agencies (ANTARA, Kompas), next to the package's.
 */
/** Short French forms the ISO names lack ("États-Unis" for "États-Unis d'Amérique"). */
const FR_SHORT: Record<string, string[]> = {
  US: ['États-Unis', 'Etats-Unis'],
  GB: [
    'Grande-Bretagne',
    'Royaume-Uni de Grande-Bretagne et d’Irlande du Nord',
    "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
  ],
  KP: ['RPDC', 'République populaire démocratique de Corée'],
  CN: ['Chine'],
  IR: ['Iran'],
  CD: ['RDC', 'République démocratique du Congo'],
  SY: ['Syrie'],
  VN: ['Viêt Nam', 'Vietnam'],
  TZ: ['Tanzanie'],
  CF: ['Centrafrique', 'République centrafricaine'],
  CG: ['Congo-Brazzaville'],
  CZ: ['Tchéquie'],
  VA: ['Vatican', 'Saint-Siège'],
  SZ: ['Eswatini', 'Swaziland'],
  CI: ["Côte d'Ivoire", 'Côte d’Ivoire'],
  BY: ['Bélarus'],
  RU: ['Fédération de Russie'],
  BN: ['Brunei'],
  MM: ['Birmanie'],
  KR: ['République de Corée'],
  MD: ['République de Moldavie'],
  MK: ['Macédoine'],
  TL: ['Timor oriental'],
  CV: ['Cabo Verde'],
  LR: ['Liberia'],
  NG: ['Nigeria'],
  PS: ['État de Palestine', 'Territoires palestiniens'],
};

const ID_PRESS: Record<string, string[]> = {
  SE: ['Swedia'],
  HU: ['Hongaria'],
  CH: ['Swis', 'Konfederasi Swiss'],
  CZ: ['Ceko', 'Ceska', 'Republik Ceska'],
  DK: ['Denmark', 'Danmark'],
  LT: ['Lituania', 'Lithuania'],
  RO: ['Rumania', 'Romania'],
  MA: ['Maroko'],
  DZ: ['Aljazair'],
  LY: ['Libia'],
  AF: ['Afganistan'],
  CL: ['Chili'],
  KG: ['Kirgistan', 'Kirgizstan'],
  BA: ['Bosnia-Herzegovina', 'Bosnia Herzegovina', 'Bosnia'],
  SK: ['Slowakia'],
  SI: ['Slovenia'],
  LU: ['Luksemburg'],
  NO: ['Norwegia'],
  PL: ['Polandia'],
  GR: ['Yunani'],
  BE: ['Belgia'],
  FI: ['Finlandia'],
  IE: ['Irlandia'],
  IS: ['Islandia'],
  CY: ['Siprus'],
  JO: ['Yordania'],
  YE: ['Yaman'],
  SD: ['Sudan'],
  ET: ['Etiopia'],
  EC: ['Ekuador'],
  VA: ['Vatikan'],
  CD: ['Kongo'],
  MK: ['Makedonia Utara', 'Makedonia'],
  GE: ['Georgia'],
  KZ: ['Kazakstan', 'Kazakhstan'],
  UZ: ['Uzbekistan'],
  TM: ['Turkmenistan'],
  TJ: ['Tajikistan', 'Tadjikistan'],
  AM: ['Armenia'],
  AZ: ['Azerbaijan'],
  MN: ['Mongolia'],
  NZ: ['Selandia Baru'],
  AU: ['Australia'],
  CA: ['Kanada'],
  MX: ['Meksiko'],
  BR: ['Brasil'],
  AR: ['Argentina'],
  CO: ['Kolombia'],
  CU: ['Kuba'],
  VE: ['Venezuela'],
  PE: ['Peru'],
  ZA: ['Afrika Selatan'],
  NG: ['Nigeria'],
  KE: ['Kenya'],
  PK: ['Pakistan'],
  IN: ['India'],
  BD: ['Bangladesh'],
  LK: ['Sri Lanka'],
  MM: ['Myanmar', 'Burma'],
  KH: ['Kamboja'],
  TH: ['Thailand'],
  MY: ['Malaysia'],
  BN: ['Brunei', 'Brunei Darussalam'],
  QA: ['Qatar'],
  KW: ['Kuwait'],
  BH: ['Bahrain'],
  OM: ['Oman'],
  LB: ['Lebanon', 'Libanon'],
  AT: ['Austria'],
  PT: ['Portugal'],
  ES: ['Spanyol'],
  IT: ['Italia'],
  RS: ['Serbia'],
  HR: ['Kroasia'],
  BG: ['Bulgaria'],
  AL: ['Albania'],
  ME: ['Montenegro'],
  MD: ['Moldova'],
  EE: ['Estonia'],
  LV: ['Latvia'],
};

/** Countries that no longer exist but history texts name. */
const HISTORICAL: GazetteerActor[] = [
  {
    id: 'country:SU',
    name: 'Soviet Union',
    kind: 'country',
    iso2: 'SU',
    names: {
      en: ['Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics', 'Soviets', 'the Soviets'],
      id: ['Uni Soviet', 'Soviet', 'URSS', 'Uni Republik Sosialis Soviet'],
      ru: ['СССР', 'Советский Союз', 'Союз Советских Социалистических Республик'],
      es: ['Unión Soviética', 'URSS', 'Unión de Repúblicas Socialistas Soviéticas', 'soviéticos'],
      fr: ['Union soviétique', 'URSS', 'Union des républiques socialistes soviétiques', 'Soviétiques'],
    },
  },
  {
    id: 'country:YU',
    name: 'Yugoslavia',
    kind: 'country',
    iso2: 'YU',
    names: {
      en: ['Yugoslavia'],
      id: ['Yugoslavia'],
      ru: ['Югославия'],
      es: ['Yugoslavia'],
      fr: ['Yougoslavie', 'ex-Yougoslavie', 'République fédérative socialiste de Yougoslavie'],
    },
  },
  {
    id: 'country:CS',
    name: 'Czechoslovakia',
    kind: 'country',
    iso2: 'CS',
    names: {
      en: ['Czechoslovakia'],
      id: ['Cekoslowakia'],
      ru: ['Чехословакия'],
      es: ['Checoslovaquia'],
      fr: ['Tchécoslovaquie', 'ex-Tchécoslovaquie'],
    },
  },
  {
    id: 'country:DD',
    name: 'East Germany',
    kind: 'country',
    iso2: 'DD',
    names: {
      en: ['East Germany', 'German Democratic Republic', 'GDR'],
      id: ['Jerman Timur'],
      ru: ['ГДР', 'Германская Демократическая Республика'],
      es: ['Alemania Oriental', 'RDA', 'República Democrática Alemana'],
      fr: ["Allemagne de l'Est", 'RDA', 'République démocratique allemande'],
    },
  },
  {
    id: 'country:DE-W',
    name: 'West Germany',
    kind: 'country',
    names: {
      en: ['West Germany'],
      id: ['Jerman Barat'],
      ru: ['Западная Германия'],
      es: ['Alemania Occidental'],
      fr: ["Allemagne de l'Ouest"],
    },
  },
  {
    id: 'country:VN-S',
    name: 'South Vietnam',
    kind: 'country',
    names: { en: ['South Vietnam'], id: ['Vietnam Selatan'], ru: ['Южный Вьетнам'], es: ['Vietnam del Sur'] },
  },
  {
    id: 'country:VN-N',
    name: 'North Vietnam',
    kind: 'country',
    names: { en: ['North Vietnam'], id: ['Vietnam Utara'], ru: ['Северный Вьетнам', 'ДРВ'], es: ['Vietnam del Norte'] },
  },
];

function clean(name: string): string[] {
  const out = [name];
  const paren = /^(.*?)\s*\((.*)\)\s*$/.exec(name);
  if (paren) {
    out.push(paren[1]!);
  }
  const comma = /^(.*?),\s*(.*)$/.exec(name);
  if (comma) out.push(`${comma[2]} ${comma[1]}`);
  return out.filter((n) => n.length > 1);
}

/** States with limited recognition that ISO 3166 does not list: news reports their recognition, wars and treaties as of any state. */
const LIMITED_RECOGNITION: GazetteerActor[] = [
  {
    id: 'country:GE-AB',
    name: 'Abkhazia',
    kind: 'country',
    names: {
      en: ['Abkhazia', 'Republic of Abkhazia'],
      id: ['Abkhazia'],
      ru: ['Абхазия', 'Республика Абхазия'],
      es: ['Abjasia', 'Abjazia'],
    },
  },
  {
    id: 'country:GE-SO',
    name: 'South Ossetia',
    kind: 'country',
    names: { en: ['South Ossetia'], id: ['Ossetia Selatan'], ru: ['Южная Осетия'], es: ['Osetia del Sur'] },
  },
  {
    id: 'country:MD-TR',
    name: 'Transnistria',
    kind: 'country',
    names: {
      en: ['Transnistria', 'Pridnestrovie'],
      id: ['Transnistria'],
      ru: ['Приднестровье', 'ПМР', 'Приднестровская Молдавская Республика'],
      es: ['Transnistria'],
    },
  },
  {
    id: 'country:CY-N',
    name: 'Northern Cyprus',
    kind: 'country',
    names: {
      en: ['Northern Cyprus', 'Turkish Republic of Northern Cyprus'],
      id: ['Siprus Utara'],
      ru: ['Северный Кипр', 'Турецкая Республика Северного Кипра'],
      es: ['Chipre del Norte', 'República Turca del Norte de Chipre'],
    },
  },
  {
    id: 'country:SO-SL',
    name: 'Somaliland',
    kind: 'country',
    names: { en: ['Somaliland'], id: ['Somaliland'], ru: ['Сомалиленд'], es: ['Somalilandia'] },
  },
];

/** Every ISO 3166 country with its names in the four languages, plus historical states and states with limited recognition. */
export function createCountryActors(): GazetteerActor[] {
  const out: GazetteerActor[] = [];
  const codes = Object.keys(countries.getAlpha2Codes()).sort();
  for (const code of codes) {
    const names: Names = {};
    for (const lang of LANGUAGES) {
      const all = countries.getName(code, lang, { select: 'all' }) ?? [];
      const list = new Set<string>();
      for (const n of all) for (const c of clean(n)) list.add(c);
      for (const n of EXTRA[code]?.[lang] ?? []) list.add(n);
      if (lang === 'id') for (const n of ID_PRESS[code] ?? []) list.add(n);
      if (lang === 'fr') for (const n of FR_SHORT[code] ?? []) list.add(n);
      names[lang] = [...list];
    }
    const en = countries.getName(code, 'en', { select: 'alias' }) ?? countries.getName(code, 'en') ?? code;
    out.push({ id: `country:${code}`, name: CANONICAL[code] ?? en, kind: 'country', iso2: code, names });
  }
  return [...out, ...HISTORICAL, ...LIMITED_RECOGNITION];
}
