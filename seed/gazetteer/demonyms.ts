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
};

/** Spanish gender and number: mexicano → mexicana, mexicanos, mexicanas; francés → francesa... */
function spanishForms(base: string): string[] {
  const b = base;
  if (/o$/.test(b)) return [b, `${b.slice(0, -1)}a`, `${b}s`, `${b.slice(0, -1)}as`];
  if (/és$/.test(b)) return [b, `${b.slice(0, -2)}esa`, `${b.slice(0, -2)}eses`, `${b.slice(0, -2)}esas`];
  if (/án$/.test(b)) return [b, `${b.slice(0, -2)}ana`, `${b.slice(0, -2)}anes`, `${b.slice(0, -2)}anas`];
  if (/[íú]$/.test(b)) return [b, `${b}es`, `${b}s`];
  if (/e$|a$/.test(b)) return [b, `${b}s`];
  return [b, `${b}a`, `${b}es`, `${b}as`];
}

/** Demonym names by country actor id. */
export function demonymNames(): Map<string, Names> {
  const out = new Map<string, Names>();
  for (const [iso, [en, es, ru]] of Object.entries(ROWS)) {
    out.set(`country:${iso}`, { en, es: es.flatMap(spanishForms), ru });
  }
  return out;
}
