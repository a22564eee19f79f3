/**
 * Demonyms that name a country's state in news ("French voters", "el Senado mexicano",
 * "российский президент"). Spanish forms are expanded for gender and number; Russian adjectives
 * match in every case through the stemmer.
 */
import type { Names } from '../../server/extract/gazetteer';

/** ISO code → [English, Spanish masculine singular, Russian masculine adjective]. */
const ROWS: Record<string, [string[], string[], string[]]> = {
  US: [['American'], ['estadounidense', 'norteamericano'], ['американский']],
  RU: [['Russian'], ['ruso'], ['российский']],
  CN: [['Chinese'], ['chino'], ['китайский']],
  GB: [['British'], ['británico'], ['британский']],
  FR: [['French'], ['francés'], ['французский']],
  DE: [['German'], ['alemán'], ['германский', 'немецкий']],
  IT: [['Italian'], ['italiano'], ['итальянский']],
  ES: [['Spanish'], ['español'], ['испанский']],
  PT: [['Portuguese'], ['portugués'], ['португальский']],
  NL: [['Dutch'], ['neerlandés', 'holandés'], ['нидерландский', 'голландский']],
  BE: [['Belgian'], ['belga'], ['бельгийский']],
  IE: [['Irish'], ['irlandés'], ['ирландский']],
  CZ: [['Czech'], ['checo'], ['чешский']],
  PL: [['Polish'], ['polaco'], ['польский']],
  HU: [['Hungarian'], ['húngaro'], ['венгерский']],
  FI: [['Finnish'], ['finlandés'], ['финский', 'финляндский']],
  SE: [['Swedish'], ['sueco'], ['шведский']],
  NO: [['Norwegian'], ['noruego'], ['норвежский']],
  DK: [['Danish'], ['danés'], ['датский']],
  GR: [['Greek'], ['griego'], ['греческий']],
  TR: [['Turkish'], ['turco'], ['турецкий']],
  UA: [['Ukrainian'], ['ucraniano'], ['украинский']],
  BY: [['Belarusian'], ['bielorruso'], ['белорусский']],
  GE: [['Georgian'], ['georgiano'], ['грузинский']],
  AM: [['Armenian'], ['armenio'], ['армянский']],
  AZ: [['Azerbaijani'], ['azerbaiyano'], ['азербайджанский']],
  KZ: [['Kazakh'], ['kazajo'], ['казахстанский']],
  UZ: [['Uzbek'], ['uzbeko'], ['узбекский']],
  IR: [['Iranian'], ['iraní'], ['иранский']],
  IQ: [['Iraqi'], ['iraquí'], ['иракский']],
  IL: [['Israeli'], ['israelí'], ['израильский']],
  PS: [['Palestinian'], ['palestino'], ['палестинский']],
  EG: [['Egyptian'], ['egipcio'], ['египетский']],
  SA: [['Saudi'], ['saudí'], ['саудовский']],
  SY: [['Syrian'], ['sirio'], ['сирийский']],
  JO: [['Jordanian'], ['jordano'], ['иорданский']],
  LB: [['Lebanese'], ['libanés'], ['ливанский']],
  AE: [['Emirati'], ['emiratí'], ['эмиратский']],
  BH: [['Bahraini'], ['bareiní'], ['бахрейнский']],
  AF: [['Afghan'], ['afgano'], ['афганский']],
  PK: [['Pakistani'], ['pakistaní'], ['пакистанский']],
  IN: [['Indian'], [], ['индийский']],
  JP: [['Japanese'], ['japonés'], ['японский']],
  KR: [['South Korean'], ['surcoreano'], ['южнокорейский']],
  KP: [['North Korean'], ['norcoreano'], ['северокорейский']],
  VN: [['Vietnamese'], ['vietnamita'], ['вьетнамский']],
  TH: [['Thai'], ['tailandés'], ['таиландский', 'тайский']],
  PH: [['Filipino', 'Philippine'], ['filipino'], ['филиппинский']],
  ID: [['Indonesian'], ['indonesio'], ['индонезийский']],
  MY: [['Malaysian'], ['malasio'], ['малайзийский']],
  SG: [['Singaporean'], ['singapurense'], ['сингапурский']],
  KH: [['Cambodian'], ['camboyano'], ['камбоджийский']],
  MM: [['Burmese'], ['birmano'], ['мьянманский']],
  AU: [['Australian'], ['australiano'], ['австралийский']],
  NZ: [['New Zealand'], ['neozelandés'], ['новозеландский']],
  CA: [['Canadian'], ['canadiense'], ['канадский']],
  MX: [['Mexican'], ['mexicano'], ['мексиканский']],
  CU: [['Cuban'], ['cubano'], ['кубинский']],
  VE: [['Venezuelan'], ['venezolano'], ['венесуэльский']],
  CO: [['Colombian'], ['colombiano'], ['колумбийский']],
  BR: [['Brazilian'], ['brasileño'], ['бразильский']],
  AR: [['Argentine', 'Argentinian'], ['argentino'], ['аргентинский']],
  CL: [['Chilean'], ['chileno'], ['чилийский']],
  PE: [['Peruvian'], ['peruano'], ['перуанский']],
  PA: [['Panamanian'], ['panameño'], ['панамский']],
  NI: [['Nicaraguan'], ['nicaragüense'], ['никарагуанский']],
  ZA: [['South African'], ['sudafricano'], ['южноафриканский']],
  NG: [['Nigerian'], ['nigeriano'], ['нигерийский']],
  ET: [['Ethiopian'], ['etíope'], ['эфиопский']],
  RS: [['Serbian'], ['serbio'], ['сербский']],
  RO: [['Romanian'], ['rumano'], ['румынский']],
  BG: [['Bulgarian'], ['búlgaro'], ['болгарский']],
  AT: [['Austrian'], ['austriaco'], ['австрийский']],
  CH: [['Swiss'], ['suizo'], ['швейцарский']],
  MN: [['Mongolian'], ['mongol'], ['монгольский']],
  SU: [['Soviet'], ['soviético'], ['советский']],
  ML: [['Malian'], ['maliense'], ['малийский']],
  CI: [['Ivorian'], ['marfileño'], ['ивуарийский']],
  SN: [['Senegalese'], ['senegalés'], ['сенегальский']],
  DZ: [['Algerian'], ['argelino'], ['алжирский']],
  MA: [['Moroccan'], ['marroquí'], ['марокканский']],
  TN: [['Tunisian'], ['tunecino'], ['тунисский']],
  LY: [['Libyan'], ['libio'], ['ливийский']],
  SD: [['Sudanese'], ['sudanés'], ['суданский']],
  TZ: [['Tanzanian'], ['tanzano'], ['танзанийский']],
  TD: [['Chadian'], ['chadiano'], ['чадский']],
  CM: [['Cameroonian'], ['camerunés'], ['камерунский']],
  DJ: [['Djiboutian'], ['yibutiano'], ['джибутийский']],
  RW: [['Rwandan'], ['ruandés'], ['руандийский']],
  KE: [['Kenyan'], ['keniano'], ['кенийский']],
  SO: [['Somali'], ['somalí'], ['сомалийский']],
  YE: [['Yemeni'], ['yemení'], ['йеменский']],
  QA: [['Qatari'], ['catarí'], ['катарский']],
  LT: [['Lithuanian'], ['lituano'], ['литовский']],
  LV: [['Latvian'], ['letón'], ['латвийский']],
  EE: [['Estonian'], ['estonio'], ['эстонский']],
  MD: [['Moldovan'], ['moldavo'], ['молдавский']],
  HR: [['Croatian'], ['croata'], ['хорватский']],
  SK: [['Slovak'], ['eslovaco'], ['словацкий']],
  SI: [['Slovenian'], ['esloveno'], ['словенский']],
};

/** ISO code → French masculine singular demonyms (expanded for gender and number). */
const FRENCH: Record<string, string[]> = {
  US: ['américain'],
  RU: ['russe'],
  CN: ['chinois'],
  GB: ['britannique'],
  FR: ['français'],
  DE: ['allemand'],
  IT: ['italien'],
  ES: ['espagnol'],
  PT: ['portugais'],
  NL: ['néerlandais'],
  BE: ['belge'],
  IE: ['irlandais'],
  CZ: ['tchèque'],
  PL: ['polonais'],
  HU: ['hongrois'],
  FI: ['finlandais'],
  SE: ['suédois'],
  NO: ['norvégien'],
  DK: ['danois'],
  GR: ['grec', 'grecque'],
  TR: ['turc'],
  UA: ['ukrainien'],
  BY: ['biélorusse', 'bélarusse'],
  GE: ['géorgien'],
  AM: ['arménien'],
  AZ: ['azerbaïdjanais'],
  KZ: ['kazakh', 'kazakhstanais'],
  UZ: ['ouzbek'],
  IR: ['iranien'],
  IQ: ['irakien'],
  IL: ['israélien'],
  PS: ['palestinien'],
  EG: ['égyptien'],
  SA: ['saoudien'],
  SY: ['syrien'],
  JO: ['jordanien'],
  LB: ['libanais'],
  AE: ['émirien'],
  AF: ['afghan'],
  PK: ['pakistanais'],
  IN: ['indien'],
  JP: ['japonais'],
  KR: ['sud-coréen'],
  KP: ['nord-coréen'],
  VN: ['vietnamien'],
  TH: ['thaïlandais'],
  PH: ['philippin'],
  ID: ['indonésien'],
  MY: ['malaisien'],
  SG: ['singapourien'],
  KH: ['cambodgien'],
  MM: ['birman'],
  AU: ['australien'],
  NZ: ['néo-zélandais'],
  CA: ['canadien'],
  MX: ['mexicain'],
  CU: ['cubain'],
  VE: ['vénézuélien'],
  CO: ['colombien'],
  BR: ['brésilien'],
  AR: ['argentin'],
  CL: ['chilien'],
  PE: ['péruvien'],
  PA: ['panaméen'],
  NI: ['nicaraguayen'],
  ZA: ['sud-africain'],
  NG: ['nigérian'],
  ET: ['éthiopien'],
  RS: ['serbe'],
  RO: ['roumain'],
  BG: ['bulgare'],
  AT: ['autrichien'],
  CH: ['suisse'],
  MN: ['mongol'],
  SU: ['soviétique'],
  ML: ['malien'],
  CI: ['ivoirien'],
  SN: ['sénégalais'],
  DZ: ['algérien'],
  MA: ['marocain'],
  TN: ['tunisien'],
  LY: ['libyen'],
  SD: ['soudanais'],
  TZ: ['tanzanien'],
  CD: ['congolais'],
  NE: ['nigérien'],
  BF: ['burkinabè'],
  TD: ['tchadien'],
  CM: ['camerounais'],
  DJ: ['djiboutien'],
  MG: ['malgache'],
  RW: ['rwandais'],
  KE: ['kényan'],
  SO: ['somalien'],
  YE: ['yéménite'],
  QA: ['qatari'],
  LT: ['lituanien'],
  LV: ['letton'],
  EE: ['estonien'],
  MD: ['moldave'],
  HR: ['croate'],
  SK: ['slovaque'],
  SI: ['slovène'],
};

/** Spanish gender and number: mexicano → mexicana, mexicanos, mexicanas; francés → francesa... */
export function spanishForms(base: string): string[] {
  const b = base;
  if (/o$/.test(b)) return [b, `${b.slice(0, -1)}a`, `${b}s`, `${b.slice(0, -1)}as`];
  if (/és$/.test(b)) return [b, `${b.slice(0, -2)}esa`, `${b.slice(0, -2)}eses`, `${b.slice(0, -2)}esas`];
  if (/án$/.test(b)) return [b, `${b.slice(0, -2)}ana`, `${b.slice(0, -2)}anes`, `${b.slice(0, -2)}anas`];
  if (/[íú]$/.test(b)) return [b, `${b}es`, `${b}s`];
  if (/e$|a$/.test(b)) return [b, `${b}s`];
  return [b, `${b}a`, `${b}es`, `${b}as`];
}

/** French gender and number: américain → américaine, américains, américaines; français → française; russe → russes... */
export function frenchForms(base: string): string[] {
  const b = base;
  if (/e$/.test(b)) return [b, `${b}s`];
  if (/[sx]$/.test(b)) return [b, `${b}e`, `${b}es`];
  if (/(?:ien|éen)$/.test(b)) return [b, `${b}ne`, `${b}s`, `${b}nes`];
  if (/c$/.test(b)) return [b, `${b.slice(0, -1)}que`, `${b}s`, `${b.slice(0, -1)}ques`];
  return [b, `${b}e`, `${b}s`, `${b}es`];
}

/** The demonyms of each state by its ISO code: English, Spanish and French masculine singular. */
export function demonymRows(): [iso2: string, en: string[], es: string[], fr: string[]][] {
  return [...new Set([...Object.keys(ROWS), ...Object.keys(FRENCH)])].map((iso) => {
    const [en, es] = ROWS[iso] ?? [[], []];
    return [iso, en, es, FRENCH[iso] ?? []];
  });
}

/** Demonym names by country actor id. */
export function demonymNames(): Map<string, Names> {
  const out = new Map<string, Names>();
  // a state may have French demonyms only ("malgache", "burkinabè"): the rows are the union of both tables
  for (const iso of new Set([...Object.keys(ROWS), ...Object.keys(FRENCH)])) {
    const [en, es, ru] = ROWS[iso] ?? [[], [], []];
    const fr = FRENCH[iso] ?? [];
    out.set(`country:${iso}`, {
      en,
      es: es.flatMap(spanishForms),
      ru,
      ...(fr.length ? { fr: fr.flatMap(frenchForms) } : {}),
    });
  }
  return out;
}
