/**
 * National legislatures and their chambers as a class: news names them bare ("the Senate", "el Senado", "la Chambre
 * des communes", "l'Assemblée nationale") and the state from context. Each chamber lists its full names in all five
 * languages (Wikipedia titles of the chambers in each language) and the bare name of its kind; a bare name means the
 * chamber of the state the text ties it to (named right beside it, else mentioned last before it), and stands for the
 * first chamber listed with it (the default) only in a text that names that state. Merged into `organizations.ts`.
 */
import type { Names } from '../../server/extract/gazetteer';
import type { InstitutionRow } from './institutions';
import { INDONESIAN_BODIES } from './indonesian-bodies';
import { STATE_BODIES } from './state-bodies';

/** The bare names of a kind of chamber, in each language. */
export const SENATE: Names = {
  en: ['Senate'],
  id: ['Senat'],
  ru: ['Сенат'],
  // "Cámara de Senadores": the Senate's own name in Mexico, Paraguay, Uruguay and Bolivia
  es: ['Senado', 'Cámara de Senadores'],
  fr: ['Sénat'],
};
/** Spanish "el Congreso" is as often Spain's Congreso de los Diputados as a Latin American congress: resolved by context. */
export const CONGRESS: Names = { en: ['Congress'], id: ['Kongres'], ru: ['Конгресс'], fr: ['Congrès'] };
const CONGRESO: Names = { es: ['Congreso', 'Congreso Nacional'] };
const NATIONAL_ASSEMBLY: Names = {
  en: ['National Assembly'],
  id: ['Majelis Nasional'],
  ru: ['Национальное собрание'],
  es: ['Asamblea Nacional'],
  fr: ['Assemblée nationale', 'Assemblée Nationale'],
};
const HOUSE_OF_COMMONS: Names = {
  en: ['House of Commons'],
  ru: ['Палата общин'],
  es: ['Cámara de los Comunes'],
  fr: ['Chambre des communes', 'Chambre des Communes'],
};
const HOUSE_OF_REPRESENTATIVES: Names = {
  en: ['House of Representatives'],
  ru: ['Палата представителей'],
  es: ['Cámara de Representantes'],
  fr: ['Chambre des représentants'],
};
const CHAMBER_OF_DEPUTIES: Names = {
  en: ['Chamber of Deputies'],
  ru: ['Палата депутатов'],
  es: ['Cámara de Diputados'],
  fr: ['Chambre des députés'],
};

/**
 * [the chamber's row with its full names (or the slug of one that `institutions.ts` has), the state's ISO code, the bare
 * names of its kind]; the first chamber listed with a bare name is its default.
 */
type Legislature = [row: InstitutionRow | string, iso2: string, bare: Names];

const LEGISLATURES: Legislature[] = [
  [
    [
      'us-house',
      'United States House of Representatives',
      ['U.S. House of Representatives', 'US House of Representatives', 'United States House of Representatives'],
      ['DPR AS'],
      ['Палата представителей США'],
      ['Cámara de Representantes de Estados Unidos'],
      ['Chambre des représentants des États-Unis'],
    ],
    'US',
    HOUSE_OF_REPRESENTATIVES,
  ],
  ['french-national-assembly', 'FR', NATIONAL_ASSEMBLY],
  [
    [
      'uk-house-of-commons',
      'House of Commons of the United Kingdom',
      ['UK House of Commons', 'British House of Commons'],
      ['Majelis Rendah Britania Raya'],
      ['Палата общин Великобритании'],
      ['Cámara de los Comunes del Reino Unido', 'Cámara de los Comunes británica'],
      ['Chambre des communes du Royaume-Uni', 'Chambre des communes britannique'],
    ],
    'GB',
    HOUSE_OF_COMMONS,
  ],
  ['congress-of-deputies', 'ES', CONGRESO],
  [
    [
      'argentine-chamber-of-deputies',
      'Argentine Chamber of Deputies',
      ['Argentine Chamber of Deputies'],
      ['Dewan Deputi Argentina'],
      ['Палата депутатов Аргентины'],
      ['Cámara de Diputados de la Nación Argentina', 'Cámara de Diputados de la Nación'],
      ['Chambre des députés argentine'],
    ],
    'AR',
    CHAMBER_OF_DEPUTIES,
  ],
  [
    [
      'senate-canada',
      'Senate of Canada',
      ['Senate of Canada', 'Canadian Senate'],
      ['Senat Kanada'],
      ['Сенат Канады'],
      ['Senado de Canadá', 'Senado canadiense'],
      ['Sénat du Canada', 'Sénat canadien'],
    ],
    'CA',
    SENATE,
  ],
  [
    [
      'house-of-commons-canada',
      'House of Commons of Canada',
      ['House of Commons of Canada', 'Canadian House of Commons'],
      ['Majelis Rendah Kanada'],
      ['Палата общин Канады'],
      ['Cámara de los Comunes de Canadá'],
      ['Chambre des communes du Canada'],
    ],
    'CA',
    HOUSE_OF_COMMONS,
  ],
  [
    [
      'argentine-senate',
      'Argentine Senate',
      ['Argentine Senate', 'Senate of Argentina'],
      ['Senat Argentina'],
      ['Сенат Аргентины'],
      ['Senado de la Nación Argentina', 'Senado argentino', 'Senado de la Nación'],
      ['Sénat argentin', "Sénat de l'Argentine"],
    ],
    'AR',
    SENATE,
  ],
  [
    [
      'argentine-congress',
      'National Congress of Argentina',
      ['National Congress of Argentina', 'Argentine Congress'],
      ['Kongres Nasional Argentina'],
      ['Национальный конгресс Аргентины'],
      ['Congreso de la Nación Argentina', 'Congreso de la Nación', 'Congreso argentino'],
      ['Congrès national argentin', "Congrès de l'Argentine"],
    ],
    'AR',
    { ...CONGRESS, ...CONGRESO },
  ],
  [
    [
      'mexican-senate',
      'Senate of Mexico',
      ['Senate of Mexico', 'Mexican Senate'],
      ['Senat Meksiko'],
      ['Сенат Мексики'],
      ['Senado de México', 'Senado mexicano'],
      ['Sénat du Mexique', 'Sénat mexicain'],
    ],
    'MX',
    SENATE,
  ],
  [
    [
      'mexican-congress',
      'Congress of Mexico',
      ['Congress of Mexico', 'Mexican Congress'],
      ['Kongres Meksiko'],
      ['Конгресс Мексики'],
      ['Congreso de la Unión', 'Congreso de México', 'Congreso mexicano'],
      ['Congrès du Mexique', 'Congrès mexicain'],
    ],
    'MX',
    { ...CONGRESS, ...CONGRESO },
  ],
  [
    [
      'mexican-chamber-of-deputies',
      'Chamber of Deputies of Mexico',
      ['Chamber of Deputies of Mexico', 'Mexican Chamber of Deputies'],
      ['Dewan Deputi Meksiko'],
      ['Палата депутатов Мексики'],
      ['Cámara de Diputados de México'],
      ['Chambre des députés du Mexique'],
    ],
    'MX',
    CHAMBER_OF_DEPUTIES,
  ],
  [
    [
      'chilean-senate',
      'Senate of Chile',
      ['Senate of Chile', 'Chilean Senate'],
      ['Senat Chili'],
      ['Сенат Чили'],
      ['Senado de Chile', 'Senado chileno'],
      ['Sénat du Chili', 'Sénat chilien'],
    ],
    'CL',
    SENATE,
  ],
  [
    [
      'chilean-congress',
      'National Congress of Chile',
      ['National Congress of Chile', 'Chilean Congress'],
      ['Kongres Nasional Chili'],
      ['Национальный конгресс Чили'],
      ['Congreso Nacional de Chile', 'Congreso chileno'],
      ['Congrès national du Chili', 'Congrès chilien'],
    ],
    'CL',
    { ...CONGRESS, ...CONGRESO },
  ],
  [
    [
      'chilean-chamber-of-deputies',
      'Chamber of Deputies of Chile',
      ['Chamber of Deputies of Chile', 'Chilean Chamber of Deputies'],
      ['Dewan Deputi Chili'],
      ['Палата депутатов Чили'],
      ['Cámara de Diputados de Chile', 'Cámara de Diputadas y Diputados de Chile', 'Cámara de Diputadas y Diputados'],
      ['Chambre des députés du Chili', 'Chambre des députés chilienne'],
    ],
    'CL',
    CHAMBER_OF_DEPUTIES,
  ],
  [
    [
      'paraguayan-congress',
      'National Congress of Paraguay',
      ['National Congress of Paraguay', 'Congress of Paraguay', 'Paraguayan Congress'],
      ['Kongres Nasional Paraguay'],
      ['Национальный конгресс Парагвая', 'Конгресс Парагвая'],
      ['Congreso Nacional del Paraguay', 'Congreso de la Nación Paraguaya', 'Congreso paraguayo'],
      ['Congrès national du Paraguay', 'Congrès paraguayen'],
    ],
    'PY',
    { ...CONGRESS, ...CONGRESO },
  ],
  [
    [
      'paraguayan-senate',
      'Senate of Paraguay',
      ['Senate of Paraguay', 'Paraguayan Senate'],
      ['Senat Paraguay'],
      ['Сенат Парагвая'],
      ['Cámara de Senadores del Paraguay', 'Senado del Paraguay', 'Senado paraguayo'],
      ['Sénat du Paraguay', 'Sénat paraguayen'],
    ],
    'PY',
    SENATE,
  ],
  [
    [
      'paraguayan-chamber-of-deputies',
      'Chamber of Deputies of Paraguay',
      ['Chamber of Deputies of Paraguay', 'Paraguayan Chamber of Deputies'],
      ['Dewan Deputi Paraguay'],
      ['Палата депутатов Парагвая'],
      ['Cámara de Diputados del Paraguay', 'Cámara de Diputados de Paraguay'],
      ['Chambre des députés du Paraguay'],
    ],
    'PY',
    CHAMBER_OF_DEPUTIES,
  ],
  [
    [
      'brazilian-chamber-of-deputies',
      'Chamber of Deputies of Brazil',
      ['Chamber of Deputies of Brazil', 'Brazilian Chamber of Deputies'],
      ['Dewan Deputi Brasil'],
      ['Палата депутатов Бразилии'],
      ['Cámara de Diputados de Brasil', 'Cámara de Diputados brasileña'],
      ['Chambre des députés du Brésil', 'Chambre des députés brésilienne'],
    ],
    'BR',
    CHAMBER_OF_DEPUTIES,
  ],
  [
    [
      'dominican-chamber-of-deputies',
      'Chamber of Deputies of the Dominican Republic',
      ['Chamber of Deputies of the Dominican Republic', 'Dominican Chamber of Deputies'],
      ['Dewan Deputi Republik Dominika'],
      ['Палата депутатов Доминиканской Республики'],
      ['Cámara de Diputados de la República Dominicana', 'Cámara de Diputados dominicana'],
      ['Chambre des députés de la République dominicaine'],
    ],
    'DO',
    CHAMBER_OF_DEPUTIES,
  ],
  [
    [
      'uruguayan-senate',
      'Senate of Uruguay',
      ['Senate of Uruguay', 'Uruguayan Senate'],
      ['Senat Uruguay'],
      ['Сенат Уругвая'],
      ['Cámara de Senadores del Uruguay', 'Senado del Uruguay', 'Senado uruguayo'],
      ['Sénat de l’Uruguay', 'Sénat uruguayen'],
    ],
    'UY',
    SENATE,
  ],
  [
    [
      'colombian-congress',
      'Congress of Colombia',
      ['Congress of Colombia', 'Colombian Congress'],
      ['Kongres Kolombia'],
      ['Конгресс Колумбии'],
      ['Congreso de Colombia', 'Congreso colombiano'],
      ['Congrès de Colombie', 'Congrès colombien'],
    ],
    'CO',
    { ...CONGRESS, ...CONGRESO },
  ],
  [
    [
      'colombian-senate',
      'Senate of Colombia',
      ['Senate of Colombia', 'Colombian Senate'],
      ['Senat Kolombia'],
      ['Сенат Колумбии'],
      ['Senado de Colombia', 'Senado colombiano'],
      ['Sénat de Colombie', 'Sénat colombien'],
    ],
    'CO',
    SENATE,
  ],
  [
    [
      'peruvian-congress',
      'Congress of Peru',
      ['Congress of Peru', 'Peruvian Congress'],
      ['Kongres Peru'],
      ['Конгресс Перу'],
      ['Congreso de la República del Perú', 'Congreso del Perú', 'Congreso peruano'],
      ['Congrès du Pérou', 'Congrès péruvien'],
    ],
    'PE',
    { ...CONGRESS, ...CONGRESO },
  ],
  [
    [
      'brazilian-congress',
      'National Congress of Brazil',
      ['National Congress of Brazil', 'Brazilian Congress'],
      ['Kongres Nasional Brasil'],
      ['Национальный конгресс Бразилии'],
      ['Congreso Nacional de Brasil', 'Congreso brasileño'],
      ['Congrès national du Brésil', 'Congrès brésilien'],
    ],
    'BR',
    { ...CONGRESS, ...CONGRESO },
  ],
  [
    [
      'brazilian-senate',
      'Federal Senate of Brazil',
      ['Federal Senate of Brazil', 'Brazilian Senate'],
      ['Senat Brasil'],
      ['Федеральный сенат Бразилии'],
      ['Senado Federal de Brasil', 'Senado brasileño'],
      ['Sénat fédéral du Brésil', 'Sénat brésilien'],
    ],
    'BR',
    SENATE,
  ],
  [
    [
      'philippine-senate',
      'Senate of the Philippines',
      ['Senate of the Philippines', 'Philippine Senate'],
      ['Senat Filipina'],
      ['Сенат Филиппин'],
      ['Senado de Filipinas', 'Senado filipino'],
      ['Sénat des Philippines', 'Sénat philippin'],
    ],
    'PH',
    SENATE,
  ],
  [
    [
      'philippine-house',
      'House of Representatives of the Philippines',
      ['House of Representatives of the Philippines', 'Philippine House of Representatives'],
      ['DPR Filipina'],
      ['Палата представителей Филиппин'],
      ['Cámara de Representantes de Filipinas'],
      ['Chambre des représentants des Philippines'],
    ],
    'PH',
    HOUSE_OF_REPRESENTATIVES,
  ],
  [
    [
      'australian-senate',
      'Australian Senate',
      ['Australian Senate', 'Senate of Australia'],
      ['Senat Australia'],
      ['Сенат Австралии'],
      ['Senado de Australia', 'Senado australiano'],
      ["Sénat de l'Australie", 'Sénat australien'],
    ],
    'AU',
    SENATE,
  ],
  [
    [
      'australian-house',
      'Australian House of Representatives',
      ['Australian House of Representatives'],
      ['DPR Australia'],
      ['Палата представителей Австралии'],
      ['Cámara de Representantes de Australia'],
      ["Chambre des représentants de l'Australie"],
    ],
    'AU',
    HOUSE_OF_REPRESENTATIVES,
  ],
  [
    [
      'french-senate',
      'Senate of France',
      ['French Senate', 'Senate of France'],
      ['Senat Prancis'],
      ['Сенат Франции'],
      ['Senado de Francia', 'Senado francés'],
      ['Sénat français'],
    ],
    'FR',
    SENATE,
  ],
  [
    [
      'spanish-senate',
      'Senate of Spain',
      ['Spanish Senate', 'Senate of Spain'],
      ['Senat Spanyol'],
      ['Сенат Испании'],
      ['Senado de España', 'Senado español'],
      ["Sénat de l'Espagne", 'Sénat espagnol'],
    ],
    'ES',
    SENATE,
  ],
  [
    [
      'italian-senate',
      'Senate of the Republic (Italy)',
      ['Italian Senate'],
      ['Senat Italia'],
      ['Сенат Италии'],
      ['Senado de Italia', 'Senado italiano'],
      ['Sénat italien'],
    ],
    'IT',
    SENATE,
  ],
  [
    [
      'ivorian-national-assembly',
      "National Assembly of Côte d'Ivoire",
      ["National Assembly of Côte d'Ivoire", 'Ivorian National Assembly'],
      ['Majelis Nasional Pantai Gading'],
      ['Национальное собрание Кот-д’Ивуара', "Национальное собрание Кот-д'Ивуара"],
      ['Asamblea Nacional de Costa de Marfil', 'Asamblea Nacional marfileña'],
      ['Assemblée nationale ivoirienne', "Assemblée nationale de Côte d'Ivoire"],
    ],
    'CI',
    NATIONAL_ASSEMBLY,
  ],
  [
    [
      'venezuelan-national-assembly',
      'National Assembly of Venezuela',
      ['National Assembly of Venezuela', 'Venezuelan National Assembly'],
      ['Majelis Nasional Venezuela'],
      ['Национальное собрание Венесуэлы'],
      ['Asamblea Nacional de Venezuela', 'Asamblea Nacional venezolana'],
      ['Assemblée nationale du Venezuela', 'Assemblée nationale vénézuélienne'],
    ],
    'VE',
    NATIONAL_ASSEMBLY,
  ],
  [
    [
      'nicaraguan-national-assembly',
      'National Assembly of Nicaragua',
      ['National Assembly of Nicaragua', 'Nicaraguan National Assembly'],
      ['Majelis Nasional Nikaragua'],
      ['Национальное собрание Никарагуа'],
      ['Asamblea Nacional de Nicaragua', 'Asamblea Nacional nicaragüense'],
      ['Assemblée nationale du Nicaragua'],
    ],
    'NI',
    NATIONAL_ASSEMBLY,
  ],
  [
    [
      'ecuadorian-national-assembly',
      'National Assembly of Ecuador',
      ['National Assembly of Ecuador', 'Ecuadorian National Assembly'],
      ['Majelis Nasional Ekuador'],
      ['Национальное собрание Эквадора'],
      ['Asamblea Nacional del Ecuador', 'Asamblea Nacional de Ecuador', 'Asamblea Nacional ecuatoriana'],
      ["Assemblée nationale de l'Équateur"],
    ],
    'EC',
    NATIONAL_ASSEMBLY,
  ],
  [
    [
      'south-korean-national-assembly',
      'National Assembly of South Korea',
      ['National Assembly of South Korea', 'National Assembly of the Republic of Korea'],
      ['Majelis Nasional Korea Selatan'],
      ['Национальное собрание Республики Корея', 'Национальное собрание Южной Кореи'],
      ['Asamblea Nacional de Corea del Sur'],
      ['Assemblée nationale de Corée du Sud'],
    ],
    'KR',
    NATIONAL_ASSEMBLY,
  ],
  [
    [
      'vietnamese-national-assembly',
      'National Assembly of Vietnam',
      ['National Assembly of Vietnam', 'Vietnamese National Assembly'],
      ['Majelis Nasional Vietnam'],
      ['Национальное собрание Вьетнама'],
      ['Asamblea Nacional de Vietnam'],
      ['Assemblée nationale du Vietnam', 'Assemblée nationale vietnamienne'],
    ],
    'VN',
    NATIONAL_ASSEMBLY,
  ],
  [
    [
      'senegalese-national-assembly',
      'National Assembly of Senegal',
      ['National Assembly of Senegal', 'Senegalese National Assembly'],
      ['Majelis Nasional Senegal'],
      ['Национальное собрание Сенегала'],
      ['Asamblea Nacional de Senegal'],
      ['Assemblée nationale du Sénégal', 'Assemblée nationale sénégalaise'],
    ],
    'SN',
    NATIONAL_ASSEMBLY,
  ],
  [
    [
      'federal-assembly-russia',
      'Federal Assembly of Russia',
      ['Federal Assembly of Russia', 'Russian Federal Assembly'],
      ['Majelis Federal Rusia'],
      ['Федеральное собрание', 'Федеральное Собрание'],
      ['Asamblea Federal de Rusia'],
      ['Assemblée fédérale de Russie'],
    ],
    'RU',
    {},
  ],
  // the chambers of the Russian-writing states, whose law notices name them bare ("Принят Палатой представителей")
  [
    [
      'belarus-house-of-representatives',
      'House of Representatives of Belarus',
      ['House of Representatives of Belarus', 'Belarusian House of Representatives'],
      ['Dewan Perwakilan Belarus'],
      ['Палата представителей Беларуси'],
      ['Cámara de Representantes de Bielorrusia'],
      ['Chambre des représentants de Biélorussie'],
    ],
    'BY',
    HOUSE_OF_REPRESENTATIVES,
  ],
  [
    [
      'belarus-council-of-the-republic',
      'Council of the Republic of Belarus',
      ['Council of the Republic of Belarus', 'Belarusian Council of the Republic'],
      ['Dewan Republik Belarus'],
      ['Совет Республики'],
      ['Consejo de la República de Bielorrusia'],
      ['Conseil de la République de Biélorussie'],
    ],
    'BY',
    {},
  ],
  [
    [
      'mazhilis-kazakhstan',
      'Mazhilis of Kazakhstan',
      ['Mazhilis of Kazakhstan', 'Mazhilis', 'Majilis'],
      ['Mazhilis Kazakhstan'],
      ['Мажилис'],
      ['Mazhilis de Kazajistán'],
      ['Majilis du Kazakhstan'],
    ],
    'KZ',
    {},
  ],
  [
    [
      'senate-kazakhstan',
      'Senate of Kazakhstan',
      ['Senate of Kazakhstan', 'Kazakh Senate'],
      ['Senat Kazakhstan'],
      ['Сенат Казахстана'],
      ['Senado de Kazajistán'],
      ['Sénat du Kazakhstan'],
    ],
    'KZ',
    SENATE,
  ],
  // constitutional councils and courts, electoral commissions (`state-bodies.ts`)
  ...STATE_BODIES,
  // Indonesia's ministries, agencies and armed forces (`indonesian-bodies.ts`)
  ...INDONESIAN_BODIES,
];

/** The chambers that `institutions.ts` does not have, as organization rows. */
export const LEGISLATURE_ROWS: InstitutionRow[] = LEGISLATURES.flatMap(([row]) =>
  typeof row === 'string' ? [] : [row],
);

/** The chambers named bare: slug → [the state's ISO code, the bare names of its kind]. */
export const LEGISLATURE_ORGANS: Record<string, [string, Names]> = Object.fromEntries(
  LEGISLATURES.filter(([, , bare]) => Object.keys(bare).length > 0).map(([row, iso2, bare]) => [
    typeof row === 'string' ? row : row[0],
    [iso2, bare],
  ]),
);
