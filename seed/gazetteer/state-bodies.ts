/**
 * Constitutional councils and courts, and electoral commissions, as a class: election and coup news names them bare
 * ("le Conseil constitutionnel", "the Constitutional Court", "el Tribunal Constitucional", "Конституционный суд",
 * "Mahkamah Konstitusi") and the state from context, as it names legislatures (`legislatures.ts`, whose rows these
 * are). Names from the bodies' Wikipedia titles in each language; a bare name stands for the first body listed with
 * it only in a text that names that state, else for the body of the state the text ties it to.
 */
import type { Names } from '../../server/extract/gazetteer';
import type { InstitutionRow } from './institutions';

const CONSTITUTIONAL_COUNCIL: Names = {
  en: ['Constitutional Council'],
  id: ['Dewan Konstitusi'],
  ru: ['Конституционный совет'],
  es: ['Consejo Constitucional'],
  fr: ['Conseil constitutionnel', 'Conseil Constitutionnel'],
};
const CONSTITUTIONAL_COURT: Names = {
  en: ['Constitutional Court'],
  id: ['Mahkamah Konstitusi'],
  ru: ['Конституционный суд', 'Конституционный Суд'],
  es: ['Tribunal Constitucional', 'Corte Constitucional'],
  fr: ['Cour constitutionnelle', 'Cour Constitutionnelle'],
};
const INDEPENDENT_ELECTORAL_COMMISSION: Names = {
  en: ['Independent National Electoral Commission', 'National Independent Electoral Commission'],
  id: ['Komisi Pemilihan Umum Nasional Independen'],
  ru: ['Независимая национальная избирательная комиссия'],
  es: ['Comisión Electoral Nacional Independiente'],
  fr: ['Commission électorale nationale indépendante', 'CENI'],
};
const NATIONAL_ELECTORAL_COUNCIL: Names = {
  en: ['National Electoral Council'],
  id: ['Dewan Pemilihan Nasional'],
  ru: ['Национальный избирательный совет'],
  es: ['Consejo Nacional Electoral', 'CNE'],
  fr: ['Conseil national électoral'],
};

/** [the state's ISO code, its name in en, id, ru, es, fr, for the full names "X of <state>"]. */
type State = [iso2: string, en: string, id: string, ru: string, es: string, fr: string];

/** A body's row, with the full names "Constitutional Court of Spain", "Tribunal Constitucional de España", ... */
function body(
  slug: string,
  kind: { en: string; id: string; ru: string; es: string; fr: string },
  [iso2, en, id, ru, es, fr]: State,
  own: Partial<Record<'en' | 'id' | 'ru' | 'es' | 'fr', string[]>>,
  bare: Names,
): [InstitutionRow, string, Names] {
  const name = `${kind.en} of ${en}`;
  return [
    [
      `${slug}-${iso2.toLowerCase()}`,
      name,
      [name, ...(own.en ?? [])],
      [`${kind.id} ${id}`, ...(own.id ?? [])],
      [...(ru ? [`${kind.ru} ${ru}`] : []), ...(own.ru ?? [])],
      [`${kind.es} ${es}`, ...(own.es ?? [])],
      [`${kind.fr} ${fr}`, ...(own.fr ?? [])],
    ],
    iso2,
    bare,
  ];
}

const COUNCIL = {
  en: 'Constitutional Council',
  id: 'Dewan Konstitusi',
  ru: 'Конституционный совет',
  es: 'Consejo Constitucional de',
  fr: 'Conseil constitutionnel',
};
const COURT = {
  en: 'Constitutional Court',
  id: 'Mahkamah Konstitusi',
  ru: 'Конституционный суд',
  es: 'Tribunal Constitucional de',
  fr: 'Cour constitutionnelle',
};

/** States with a constitutional council (the first is the default of the bare name). */
const COUNCILS: State[] = [
  ['FR', 'France', 'Prancis', '', 'Francia', 'de la France'],
  ['CI', "Côte d'Ivoire", 'Pantai Gading', '', 'Costa de Marfil', "de Côte d'Ivoire"],
  ['SN', 'Senegal', 'Senegal', 'Сенегала', 'Senegal', 'du Sénégal'],
  ['MR', 'Mauritania', 'Mauritania', 'Мавритании', 'Mauritania', 'de Mauritanie'],
  ['DZ', 'Algeria', 'Aljazair', 'Алжира', 'Argelia', "d'Algérie"],
  ['KH', 'Cambodia', 'Kamboja', 'Камбоджи', 'Camboya', 'du Cambodge'],
  ['LB', 'Lebanon', 'Lebanon', 'Ливана', 'Líbano', 'du Liban'],
  ['BF', 'Burkina Faso', 'Burkina Faso', 'Буркина-Фасо', 'Burkina Faso', 'du Burkina Faso'],
  ['CM', 'Cameroon', 'Kamerun', 'Камеруна', 'Camerún', 'du Cameroun'],
  ['DJ', 'Djibouti', 'Djibouti', 'Джибути', 'Yibuti', 'de Djibouti'],
  ['TD', 'Chad', 'Chad', 'Чада', 'Chad', 'du Tchad'],
  ['KZ', 'Kazakhstan', 'Kazakhstan', 'Казахстана', 'Kazajistán', 'du Kazakhstan'],
];

/** States with a constitutional court (the first is the default of the bare name). */
const COURTS: State[] = [
  ['RU', 'Russia', 'Rusia', 'России', 'Rusia', 'de Russie'],
  ['UA', 'Ukraine', 'Ukraina', 'Украины', 'Ucrania', "d'Ukraine"],
  ['BY', 'Belarus', 'Belarus', 'Беларуси', 'Bielorrusia', 'de Biélorussie'],
  ['MD', 'Moldova', 'Moldova', 'Молдавии', 'Moldavia', 'de Moldavie'],
  ['GE', 'Georgia', 'Georgia', 'Грузии', 'Georgia', 'de Géorgie'],
  ['AM', 'Armenia', 'Armenia', 'Армении', 'Armenia', "d'Arménie"],
  ['DE', 'Germany', 'Jerman', 'Германии', 'Alemania', "d'Allemagne"],
  ['ES', 'Spain', 'Spanyol', 'Испании', 'España', "d'Espagne"],
  ['PT', 'Portugal', 'Portugal', 'Португалии', 'Portugal', 'du Portugal'],
  ['IT', 'Italy', 'Italia', 'Италии', 'Italia', "d'Italie"],
  ['PL', 'Poland', 'Polandia', 'Польши', 'Polonia', 'de Pologne'],
  ['TR', 'Turkey', 'Turki', 'Турции', 'Turquía', 'de Turquie'],
  ['ZA', 'South Africa', 'Afrika Selatan', 'ЮАР', 'Sudáfrica', "d'Afrique du Sud"],
  ['KR', 'South Korea', 'Korea Selatan', 'Республики Корея', 'Corea del Sur', 'de Corée du Sud'],
  ['TH', 'Thailand', 'Thailand', 'Таиланда', 'Tailandia', 'de Thaïlande'],
  ['ID', 'Indonesia', 'Republik Indonesia', 'Индонезии', 'Indonesia', "d'Indonésie"],
  ['PE', 'Peru', 'Peru', 'Перу', 'Perú', 'du Pérou'],
  ['CL', 'Chile', 'Chili', 'Чили', 'Chile', 'du Chili'],
  ['BO', 'Bolivia', 'Bolivia', 'Боливии', 'Bolivia', 'de Bolivie'],
  ['CO', 'Colombia', 'Kolombia', 'Колумбии', 'Colombia', 'de Colombie'],
  ['EC', 'Ecuador', 'Ekuador', 'Эквадора', 'Ecuador', "de l'Équateur"],
  ['ML', 'Mali', 'Mali', 'Мали', 'Malí', 'du Mali'],
  ['NE', 'Niger', 'Niger', 'Нигера', 'Níger', 'du Niger'],
  ['BJ', 'Benin', 'Benin', 'Бенина', 'Benín', 'du Bénin'],
  ['GA', 'Gabon', 'Gabon', 'Габона', 'Gabón', 'du Gabon'],
  ['TG', 'Togo', 'Togo', 'Того', 'Togo', 'du Togo'],
  [
    'CD',
    'the Democratic Republic of the Congo',
    'Republik Demokratik Kongo',
    'ДР Конго',
    'la República Democrática del Congo',
    'de la République démocratique du Congo',
  ],
  ['GN', 'Guinea', 'Guinea', 'Гвинеи', 'Guinea', 'de Guinée'],
];

/** [row, the state's ISO code, the bare names of its kind]: read as `legislatures.ts` reads its chambers. */
export const STATE_BODIES: [InstitutionRow, string, Names][] = [
  ...COUNCILS.map((s) => body('constitutional-council', COUNCIL, s, {}, CONSTITUTIONAL_COUNCIL)),
  ...COURTS.map((s) =>
    body(
      'constitutional-court',
      s[0] === 'CO' || s[0] === 'EC' ? { ...COURT, es: 'Corte Constitucional de' } : COURT,
      s,
      s[0] === 'ID' ? { id: ['Mahkamah Konstitusi Republik Indonesia', 'MK'] } : {},
      CONSTITUTIONAL_COURT,
    ),
  ),
  // electoral commissions named "independent national" (the DRC's CENI first, Nigeria's INEC)
  body(
    'electoral-commission',
    {
      en: 'Independent National Electoral Commission',
      id: 'Komisi Pemilihan Umum Nasional Independen',
      ru: 'Независимая национальная избирательная комиссия',
      es: 'Comisión Electoral Nacional Independiente de',
      fr: 'Commission électorale nationale indépendante',
    },
    [
      'CD',
      'the Democratic Republic of the Congo',
      'Republik Demokratik Kongo',
      'ДР Конго',
      'la República Democrática del Congo',
      'de la République démocratique du Congo',
    ],
    {},
    INDEPENDENT_ELECTORAL_COMMISSION,
  ),
  body(
    'electoral-commission',
    {
      en: 'Independent National Electoral Commission',
      id: 'Komisi Pemilihan Umum Nasional Independen',
      ru: 'Независимая национальная избирательная комиссия',
      es: 'Comisión Electoral Nacional Independiente de',
      fr: 'Commission électorale nationale indépendante',
    },
    ['NG', 'Nigeria', 'Nigeria', 'Нигерии', 'Nigeria', 'du Nigeria'],
    { en: ['INEC'] },
    INDEPENDENT_ELECTORAL_COMMISSION,
  ),
  // national electoral councils of Latin America
  ...(
    [
      ['VE', 'Venezuela', 'Venezuela', 'Венесуэлы', 'Venezuela', 'du Venezuela'],
      ['CO', 'Colombia', 'Kolombia', 'Колумбии', 'Colombia', 'de Colombie'],
      ['EC', 'Ecuador', 'Ekuador', 'Эквадора', 'Ecuador', "de l'Équateur"],
      ['HN', 'Honduras', 'Honduras', 'Гондураса', 'Honduras', 'du Honduras'],
      ['BO', 'Bolivia', 'Bolivia', 'Боливии', 'Bolivia', 'de Bolivie'],
    ] as State[]
  ).map((s) =>
    body(
      'electoral-council',
      {
        en: 'National Electoral Council',
        id: 'Dewan Pemilihan Nasional',
        ru: 'Национальный избирательный совет',
        es: 'Consejo Nacional Electoral de',
        fr: 'Conseil national électoral',
      },
      s,
      {},
      NATIONAL_ELECTORAL_COUNCIL,
    ),
  ),
  // a supreme electoral council, named in full only
  body(
    'electoral-council',
    {
      en: 'Supreme Electoral Council',
      id: 'Dewan Pemilihan Tertinggi',
      ru: 'Высший избирательный совет',
      es: 'Consejo Supremo Electoral de',
      fr: 'Conseil suprême électoral',
    },
    ['NI', 'Nicaragua', 'Nicaragua', 'Никарагуа', 'Nicaragua', 'du Nicaragua'],
    { en: ['Supreme Electoral Council'], es: ['Consejo Supremo Electoral'] },
    {},
  ),
  body(
    'electoral-office',
    {
      en: 'National Office of Electoral Processes',
      id: 'Kantor Nasional Proses Pemilihan',
      ru: 'Национальное управление избирательных процессов',
      es: 'Oficina Nacional de Procesos Electorales del',
      fr: 'Office national des processus électoraux',
    },
    ['PE', 'Peru', 'Peru', 'Перу', 'Perú', 'du Pérou'],
    { es: ['Oficina Nacional de Procesos Electorales', 'ONPE'] },
    {},
  ),
];
