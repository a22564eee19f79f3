import { LATIN_GIVEN_NAMES } from './latin-given-names';
import type { Lexicon } from './types';
import { describedEnd, participleAfterNoun, termGap, type AboutWords } from './rules';
import { frenchVerbForms } from './verb-forms';

/** Les nombres de deux à dix, dans les dates écrites en lettres et dans les durées (« deux ans »). */
const FR_TWO_TO_TEN = { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 };
/** Une somme donnée ou l'instrument d'un don : « 32 millions de dollars », « 200 000 euros », « un prêt », « une subvention ». */
const FR_MONEY =
  '(?:\\$ ?\\d(?:[\\d,.]*\\d)?|€ ?\\d(?:[\\d,.]*\\d)?|\\d[\\d  ,.]* (?:millions? |milliards? |mille )?(?:de )?(?:dollars|euros|francs|livres)|(?:un |une |des )?(?:prets?|dons?|subventions?)(?![\\p{L}]))';
/** Between a verb and the sanctions it keeps in force: a term or its end, no other clause. */
const FR_TERM_GAP = termGap('et|mais|qui|que|qu|dont|tandis|alors|selon|a declare|a indique', 12);
/** Every form of the verbs that keep sanctions in force for a new term. */
const FR_RENEW =
  '(?:prolong|prorog)(?:e|es|ent|er|eons|ea|erent|eait|eaient)|renouvel(?:le|les|lent|er|ons|a|erent)|recondui(?:t|sent|re|sons)|(?:a|ont|avons|avait|avaient) (?:prolonge|proroge|renouvele|reconduit)';
/** Their participles after the sanctions, with or without an auxiliary ("les sanctions ... prorogées de six mois"). */
const FR_RENEWED = '(?:(?:ont|a|avaient|avait) ete |sont |seront )?(?:prolongees|prorogees|renouvelees|reconduites)';

/** Count words before a unit of time ("il y a trois ans"). */
const FR_COUNT = 'deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\\d+';

/**
 * The auxiliary of a compound tense with what news puts after it: the inverted subject of a reporting
 * clause ("a-t-il ajouté", "ont-ils précisé") and an adverb ("a également reconnu", "ont de nouveau démenti").
 */
const FR_AUX =
  '(?:a|ont|avait|avaient)(?:-t-(?:il|elle|on)|-(?:ils|elles))?(?: (?:egalement|aussi|encore|notamment|deja|ensuite|enfin|toutefois|cependant|pourtant|neanmoins|par ailleurs|de son cote|de leur cote|pour sa part|pour leur part|a nouveau|de nouveau|clairement|fermement|publiquement|aussitot|immediatement|meme|bien|ainsi|alors|lui-meme|elle-meme))?';
/** The same for pronominal verbs: "s'est-il félicité", "se sont également réjouis". */
const FR_REFL_AUX =
  "(?:s'est|se sont|s'etait|s'etaient)(?:-(?:il|elle|on|ils|elles))?(?: (?:egalement|aussi|encore|notamment|deja|ensuite|enfin|toutefois|pourtant|par ailleurs|de son cote|pour sa part|a nouveau|de nouveau|publiquement|aussitot|immediatement|vivement|profondement|particulierement))?";
/**
 * A present form that spells a noun, after a determiner or a preposition: "la visite", "cette rencontre", "d'une
 * visite", "première rencontre" are the nouns, not "visite"/"rencontre" the verbs.
 */
const FR_NOT_THE_NOUN =
  "(?!(?<=(?:la|une|sa|cette|leur|les|des|ses|ces|leurs|nos|notre|votre|vos|de|du|premiere|derniere|nouvelle|seconde|deuxieme|troisieme|prochaine|courte|breve|longue|meme|toute) |[ld]['’])(?:rencontres?|visites?)(?![\\p{L}-]))";

/** Une assemblée à laquelle un gouvernement transmet un traité ou un projet de loi, par son nom dans tout État. */
const FR_LEGISLATURE =
  '(?:parlement|senat|assemblee (?:nationale|federale)|chambres federales|conseil national|congres|douma|diete|knesset|bundestag|sejm|rada|majlis|mazhilis|cortes|chambre des (?:deputes|communes|representants))';
/**
 * What news puts between a verb and its object: the day and a manner adverb ("a rappelé lundi son ambassadeur",
 * "a convoqué jeudi soir l'ambassadeur", "ont annoncé officiellement leur retrait", "a signé ce mardi", "a reçu le 12 mars").
 */
/** A day between a verb and its object, at most one and small ("ont établi mardi des relations"): `FR_WHEN` costs more code. */
const FR_DAY = "(?:(?:(?:ce )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|hier|aujourd'hui),? )?";
const FR_WHEN =
  "(?:(?:(?:ce )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: dernier)?|le (?:1er|\\d{1,2}) (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)(?: \\d{4})?|hier|aujourd'hui|matin|soir|apres-midi|ce matin|ce soir|cette nuit|officiellement|formellement|egalement|aussi|deja|a nouveau|de nouveau|finalement|immediatement|aussitot|unilateralement|temporairement),? ){0,3}";

/**
 * The regular verbs of reporting and of taking a stance, by their infinitives: every tense is generated ("affirmait",
 * "a-t-il souligné", "ont fermement condamné", "vient de réaffirmer"). Not "rejeter" nor "dénoncer": a chamber rejects a
 * bill, a state denounces a treaty.
 */
const FR_SPEECH =
  'declarer affirmer souligner indiquer estimer preciser expliquer ajouter reaffirmer confirmer reiterer marteler insister deplorer condamner regretter fustiger exhorter saluer juger considerer constater observer signaler raconter temoigner repliquer arguer'.split(
    ' ',
  );

function isVerbish(w: string): boolean {
  return ['est', 'sont', 'etait', 'etaient', 'fut', 'a', 'ont', 'avait', 'sera', 'seront', 'expire', 'entre'].includes(
    w,
  );
}

/** Words that join a French complement ("accord de libre-echange"), and words that end it. */
const COMPLEMENT_LINKS = new Set(['de', 'du', 'des', 'd', 'l', 'sur', 'et']);
const COMPLEMENT_STOPS = new Set(
  'en dans avec que qui par entre a à au aux pour se le la les un une son sa ses comme depuis jusqu apres après avant ou où ni mais dont lundi mardi mercredi jeudi vendredi samedi dimanche hier'.split(
    ' ',
  ),
);

const OF_LOWERCASE = /^\s+(?:(?:de|du|des|sur)\s+|d['’])\p{Ll}/u;
/** "en matière pénale", "en matière de défense": a field that continues what a treaty is about. */
const FIELD =
  /^\s+(?:en\s+mati[eè]re|dans\s+le\s+(?:secteur|domaine))\s+(?:(?:p[ée]nale|civile|commerciale|fiscale|douani[eè]re|judiciaire|sociale|de(?:\s+(?:la|les)(?=\s)|\s+l['’])?)(?![\p{L}])|d['’])/u;
const NEXT_LOWER_WORD = /^(?:\s+|['’])([\p{Ll}\p{N}][\p{Ll}\p{N}-]*)(?![\p{L}\p{N}])/u;
/** A comma that opens the next complement of a list (", de coopération", ", d'assistance"). */
const LISTED_COMPLEMENT = /^,\s+(?=d['’]\p{Ll}|de\s+\p{Ll})/u;
/** A full date after a name: " du 29 mars 1974", " du 1er août 1995". */
const DATE_OF =
  /^\s+du\s+(?:1er|\d{1,2})\s+(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)\s+\d{4}(?!\d)/u;
/** What a treaty is about, opened by "relative à", "portant sur", "concernant", "sur" and an article. */
const ABOUT_OPENER =
  /^\s+(?:relati(?:f|ve|fs|ves)\s+(?:[aà]|aux?)(?=[\s'’])|portant\s+sur|concernant|(?:sur|contre)(?=\s+(?:la|le|les|l['’])))/u;
/** The articles and links inside what a treaty is about ("à la circulation et au séjour des personnes"). */
const ABOUT_LINKS = new Set(['le', 'la', 'les', 'l', 'au', 'aux', 'du', 'des', 'de', 'd', 'et', 'à', 'a']);
const ABOUT_STOPS = new Set(
  'en avec entre par pour qui que dont se comme depuis apres après avant ou où ni mais signe signee signes signees signé signée signés signées conclu conclue conclus conclues'.split(
    ' ',
  ),
);

/** What a new agreement is about, in this language (`describedEnd`). */
const ABOUT: AboutWords = {
  opener: ABOUT_OPENER,
  nextWord: NEXT_LOWER_WORD,
  field: FIELD,
  links: ABOUT_LINKS,
  stops: ABOUT_STOPS,
  isVerbish,
  dateOf: DATE_OF,
  dateOfReach: 32,
  participle: /(?:é|ée|és|ées)$/u,
};

/** An article and what follows it: "établissant| une |association". */
const ARTICLE_AFTER = /^\s+(?:une?|la|le|les|l['’])[\s\p{L}]/u;

/** Where "de ..." after a new agreement's noun ends: "accord de libre-echange| avec le Canada". */
function complementEnd(text: string, from: number, limit: number): number {
  const described = describedEnd(ABOUT, text, from, limit);
  if (described > from) return described;
  if (!OF_LOWERCASE.test(text.slice(from, Math.min(limit, from + 14)))) return from;
  let p = from;
  let end = from;
  for (let k = 0; k < 10; k++) {
    // "traité de coopération en matière de défense": "in the field of" continues the complement
    const field = FIELD.exec(text.slice(p, Math.min(limit, p + 40)));
    if (field && end > from) {
      p += field[0].length - (/['’]$/u.test(field[0]) ? 1 : 0);
      if (!/(?:\s(?:de|la|les)|['’])$/u.test(field[0])) end = p;
      continue;
    }
    // "traité d'entente, d'amitié et de coopération": a list of complements, each after a comma
    const listed = end > from ? LISTED_COMPLEMENT.exec(text.slice(p, Math.min(limit, p + 8))) : null;
    if (listed) p += listed[0].length - 1;
    // "accord d'association", "accord de cessez-le-feu de 60 jours"
    const w = NEXT_LOWER_WORD.exec(text.slice(p, Math.min(limit, p + 32)));
    if (!w) break;
    const word = w[1]!;
    if (
      COMPLEMENT_STOPS.has(word) ||
      isVerbish(word) ||
      // "accord de partenariat classique| signé avec ...": the participle, written with its accent
      /^(?:sign[ée]|conclu)(?:e|es|s)?$/u.test(word) ||
      // "convention de droit aérien| destinée à remplacer", "accord| visant à": what it is for is a clause, not its name
      (/(?:é|ée|és|ées|ant)$/u.test(word) && /^\s+(?:à|a)\s/u.test(text.slice(p + w[0].length, p + w[0].length + 4))) ||
      // "accord de partenariat| établissant un partenariat entre ...": what it establishes is no part of what it is about
      (/ant$/u.test(word) && ARTICLE_AFTER.test(text.slice(p + w[0].length, p + w[0].length + 6)))
    )
      break;
    p += w[0].length;
    if (!COMPLEMENT_LINKS.has(word)) end = p;
  }
  return end;
}

/** A French adjective in both genders and numbers, folded: "special" → special, speciale, speciaux, speciales; "adjoint" → adjoint, adjointe, adjoints, adjointes. */
function adjectiveForms(w: string): string[] {
  if (w.endsWith('al')) return [w, w + 'e', w.slice(0, -2) + 'aux', w + 'es'];
  if (w.endsWith('ier')) return [w, w.slice(0, -3) + 'iere', w + 's', w.slice(0, -3) + 'ieres'];
  if (w.endsWith('el')) return [w, w + 'le', w + 's', w + 'les'];
  if (w.endsWith('if')) return [w, w.slice(0, -1) + 've', w + 's', w.slice(0, -1) + 'ves'];
  if (w.endsWith('e')) return [w, w + 's'];
  return [w, w + 'e', w + 's', w + 'es'];
}

/** Event nouns by gender and number, after the determiners that make them an act told before ("lors de cette visite"). */
const FR_FRAME_NOUNS: [string[], string[]][] = [
  [
    ['la', 'cette'],
    [
      'reunion',
      'rencontre',
      'visite',
      'visite officielle',
      "visite d'etat",
      'visite de travail',
      'tournee',
      'signature',
      'ceremonie',
      'ceremonie de signature',
      'conference de presse',
      'conversation',
      'conversation telephonique',
      'visioconference',
      'audience',
      'entrevue',
    ],
  ],
  [
    ['le', 'ce'],
    ['sommet', 'deplacement', 'voyage', 'sejour'],
  ],
  [
    ["l'", 'cet'],
    ['entretien', 'entretien telephonique', 'echange telephonique'],
  ],
  [
    ['les', 'ces'],
    ['entretiens', 'discussions', 'consultations', 'reunions'],
  ],
];

/** French. Patterns are on folded text (lowercase, no accents); elided articles ("l'accord") fold to "l'accord". */
export const fr: Lexicon = {
  language: 'fr',
  stopwords: [
    'le',
    'la',
    'les',
    'de',
    'des',
    'du',
    'et',
    'en',
    'un',
    'une',
    'est',
    'dans',
    'pour',
    'qui',
    'que',
    'sur',
    'au',
    'aux',
    'avec',
    'par',
    'pas',
    'ont',
    'ete',
    'sont',
    'cette',
    'ce',
    'ces',
    'son',
    'sa',
    'ses',
    'il',
    'elle',
    'nous',
    'leur',
    'plus',
    'entre',
  ],
  months: [
    ['janvier', 'janv'],
    ['fevrier', 'fevr', 'fev'],
    ['mars'],
    ['avril', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil'],
    ['aout'],
    ['septembre', 'sept'],
    ['octobre', 'oct'],
    ['novembre', 'nov'],
    ['decembre', 'dec'],
  ],
  weekdays: [['dimanche'], ['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi']],
  datePrepositions: [
    'en',
    'au',
    'depuis',
    'jusqu en',
    'a partir de',
    'debut',
    'fin',
    'mi',
    'courant',
    'avant',
    'apres',
    'des',
  ],
  yearWords: ['en', 'de', 'annee', 'an'],
  rangeWords: ['au', 'a', 'et', '-'],
  relative: [
    { pattern: 'avant-hier', unit: 'day', offset: -2 },
    { pattern: 'hier|la nuit derniere', unit: 'day', offset: -1 },
    { pattern: "aujourd'hui|aujourd’hui|ce matin|ce soir|cet apres-midi|ce midi|cette nuit", unit: 'day', offset: 0 },
    { pattern: 'apres-demain', unit: 'day', offset: 2 },
    { pattern: 'demain', unit: 'day', offset: 1 },
    { pattern: "l'an dernier|l'annee derniere|l'an passe|l'annee passee", unit: 'year', offset: -1 },
    { pattern: 'cette annee', unit: 'year', offset: 0 },
    { pattern: "l'an prochain|l'annee prochaine", unit: 'year', offset: 1 },
    { pattern: 'le mois dernier', unit: 'month', offset: -1 },
    { pattern: 'ce mois-ci', unit: 'month', offset: 0 },
    { pattern: 'la semaine derniere|la semaine passee|la semaine precedente', unit: 'week', offset: -1 },
    {
      pattern:
        '(?:ce|le|du|au) week-?end(?: dernier)?|(?:ce|le|du|au) week end(?: dernier)?|(?:pendant|durant) le week-?end',
      unit: 'weekend',
      offset: -1,
    },
    { pattern: 'cette semaine|en debut de semaine', unit: 'week', offset: 0 },
    { pattern: 'actuellement|a present|desormais|aujourd hui encore', unit: 'now', offset: 0 },
  ],
  sameYear: ['la meme annee', 'cette annee-la', 'cette meme annee'],
  dayPartBefore:
    "(?:(?:dans|durant|pendant|au\\s+cours\\s+de)\\s+)?(?:la\\s+|l['’]\\s*|le\\s+|au\\s+)?(?:matinee|soiree|nuit|journee|apres-midi|matin|soir)\\s+(?:du|de)|(?:en\\s+)?(?:fin|debut)\\s+de\\s+(?:matinee|soiree|journee|apres-midi|nuit)",
  dayPartAfter:
    '(?:au\\s+)?(?:matin|soir)|(?:dans|durant|pendant)\\s+la\\s+(?:matinee|soiree|nuit|journee)|en\\s+(?:fin|debut)\\s+de\\s+(?:matinee|soiree|journee|apres-midi)',
  yearsAfter: '(un an|deux ans|trois ans|quatre ans|cinq ans|\\d+ ans) apres',
  yearsBefore: '(un an|deux ans|trois ans|quatre ans|cinq ans|\\d+ ans) avant',
  monthOffsets: [
    { pattern: "le mois suivant|un mois plus tard|le mois d'apres", months: 1 },
    { pattern: "le mois precedent|un mois plus tot|le mois d'avant", months: -1 },
    { pattern: 'le meme mois|ce meme mois|ce mois-la', months: 0 },
  ],
  ago: [
    {
      pattern: `il y a (?:deja |maintenant )?(?:un|(${FR_COUNT})) ans? (?:jour pour jour|aujourd'hui)`,
      unit: 'year',
      sameDay: true,
    },
    { pattern: `il y a (?:deja |maintenant )?(?:un|(${FR_COUNT})) (?:ans?|annees?)`, unit: 'year' },
    { pattern: `il y a (?:deja |maintenant )?(?:un|(${FR_COUNT})) mois`, unit: 'month' },
    { pattern: `il y a (?:deja |maintenant )?(?:une|(${FR_COUNT})) semaines?`, unit: 'week' },
    { pattern: `il y a (?:deja |maintenant )?(?:un|(${FR_COUNT})) jours?`, unit: 'day' },
  ],
  monthMarkers: [
    { pattern: "de l['’]an(?:nee)? (?:derniere?|passee?)", side: 'after', relation: 'lastYear' },
    { pattern: "de l['’]an(?:nee)? prochaine?", side: 'after', relation: 'nextYear' },
    { pattern: "de cette annee|de l['’]annee en cours", side: 'after', relation: 'thisYear' },
    { pattern: 'derniere?|passee?', side: 'after', relation: 'past' },
    { pattern: 'prochaine?|a venir', side: 'after', relation: 'next' },
  ],
  agoVague: 'plus de|pres de|environ|quelque|moins de',
  dayOffsets: [
    { pattern: 'le meme jour|ce jour-la|simultanement|au meme moment', days: 0 },
    { pattern: 'le lendemain|un jour plus tard', days: 1 },
    { pattern: 'la veille', days: -1 },
    { pattern: 'le surlendemain', days: 2 },
    { pattern: '(deux|trois|quatre|cinq|six|sept|\\d+) jours plus tard', days: 1 },
    { pattern: 'une semaine plus tard|une semaine apres', days: 7 },
    { pattern: '(deux|trois|quatre|\\d+) semaines plus tard', days: 7 },
  ],
  // "le vingt-neuf avril deux mille dix", "le premier mars mil neuf cent quatre-vingt-treize"
  spelledDates: {
    words: {
      un: 1,
      premier: 1,
      ...FR_TWO_TO_TEN,
      onze: 11,
      douze: 12,
      treize: 13,
      quatorze: 14,
      quinze: 15,
      seize: 16,
      vingt: 20,
      trente: 30,
      quarante: 40,
      cinquante: 50,
      soixante: 60,
      'quatre vingt': 80,
      'quatre vingts': 80,
    },
    scales: { cent: 100, cents: 100, mille: 1000, mil: 1000 },
    joins: ['et'],
    dayMonth: '',
    monthYear: '',
  },
  numbers: {
    'un an': 1,
    ...FR_TWO_TO_TEN,
    'deux ans': 2,
    'trois ans': 3,
    'quatre ans': 4,
    'cinq ans': 5,
  },
  decades: '(?:(?:debut|fin|milieu) )?(?:des annees|les annees) (?:(?:1[89]|20)\\d0|\\d0)',
  // "le représentant spécial de ..., X", "le secrétaire particulier X", "l'ambassadrice adjointe X"
  titleModifiers: [
    'commercial',
    'particulier',
    'special',
    'adjoint',
    'permanent',
    'interimaire',
    'sortant',
    'designe',
    'designee',
    'juridique',
    'militaire',
    'naval',
    'politique',
    'economique',
    'regional',
    'national',
    'federal',
    'provincial',
    'municipal',
    'auxiliaire',
    'suppleant',
    'honoraire',
    'resident',
    'principal',
    'parlementaire',
    'technique',
    'culturel',
  ].flatMap(adjectiveForms),
  titles: [
    // les attachés d\'une ambassade, le parquet et la magistrature: "l\'attaché de défense X", "le procureur X", "la juge X"
    'attache',
    'attachee',
    'juge',
    'procureur',
    'procureure',
    'magistrat',
    'magistrate',
    'president',
    'presidente',
    'president de la republique',
    'vice-president',
    'premier ministre',
    'premiere ministre',
    'chef du gouvernement',
    'chef de l etat',
    "chef de l'etat",
    'ministre des affaires etrangeres',
    'ministre de l europe et des affaires etrangeres',
    "ministre de l'europe et des affaires etrangeres",
    'ministre des armees',
    'ministre de la defense',
    'ministre',
    'ministre delegue',
    'ministre deleguee',
    // a portfolio given as a charge: "ministre délégué chargé de l'Europe", "secrétaire d'État chargée de la Mer"
    'ministre delegue charge',
    'ministre deleguee chargee',
    'ministre charge',
    'ministre chargee',
    "secretaire d'etat charge",
    "secretaire d'etat chargee",
    'haut-commissaire',
    'haute-commissaire',
    'secretaire general',
    'secretaire generale',
    "secretaire d'etat",
    'roi',
    'reine',
    'empereur',
    'prince',
    'sultan',
    'emir',
    'dirigeant',
    'guide supreme',
    'ambassadeur',
    'ambassadeur extraordinaire et plenipotentiaire',
    'ambassadrice extraordinaire et plenipotentiaire',
    "charge d'affaires",
    'charge d’affaires',
    "chargee d'affaires",
    'ambassadrice',
    'envoye special',
    'envoyee speciale',
    'porte-parole',
    'president elu',
    'presidente elue',
    'president nouvellement elu',
    'general',
    'marechal',
    'amiral',
    // les grades composés ou d'un mot : « le contre-amiral X », « le colonel Y », « le chef d'état-major Z »
    'contre-amiral',
    'vice-amiral',
    'colonel',
    'lieutenant-colonel',
    "chef d'etat-major",
    'chef d’etat-major',
    'capitaine de vaisseau',
    'capitaine de fregate',
    'capitaine de corvette',
    'capitaine',
    'lieutenant',
    'sous-lieutenant',
    'lieutenant de vaisseau',
    'chef de bataillon',
    "chef d'escadron",
    'chef d’escadron',
    'general de brigade',
    'general de division',
    "general de corps d'armee",
    "general d'armee",
    'sergent',
    'sergent-chef',
    'adjudant',
    'adjudant-chef',
    'caporal',
    'caporal-chef',
    'cne',
    'cdt',
    'lcl',
    'gal',
    'senateur',
    'senatrice',
    'depute',
    'deputee',
    'gouverneur',
    'maire',
    'diplomate',
    'conseiller',
    'conseillere',
    'dictateur',
    'commandant',
    'homologue',
    'candidat',
    'candidate',
    'opposant',
    'opposante',
    'representant',
    'representante',
    'representant permanent',
    'chancelier',
    'chanceliere',
    'haut representant',
    'commissaire',
    'ancien president',
    'president elu',
    'presidente elue',
    'secretaire',
    'chef',
    'chef de la diplomatie',
    'directeur',
    'directrice',
    'directeur general',
    'directrice generale',
    'directeur executif',
    'directrice executive',
    'pdg',
    'president-directeur general',
    'directrice generale',
    'negociateur',
    'negociatrice',
    'negociateur en chef',
    'coordinateur',
    'coordinatrice',
    'vice-premier ministre',
    'collegue',
    'professeur',
    'professeure',
    'vice-ministre',
    'sous-secretaire',
    "sous-secretaire d'etat",
    'parlementaire',
    'monarque',
    'procureur general',
    'ministre delegue aux affaires etrangeres',
    // honorifics of address before a full name: "the Honourable Mary Ng", "l’honorable Marie-Claude Bibeau"
    'honorable',
    'son excellence',
  ],
  // plural titles before a list of names: "los senadores A (Morena), B (PAN) y C"
  givenNames: LATIN_GIVEN_NAMES,
  givenNameLinks: ['de', 'du', 'van', 'von'],
  listTitles: [
    'senateurs',
    'senatrices',
    'deputes',
    'deputees',
    'parlementaires',
    'ministres',
    'candidats',
    'candidates',
    'presidents',
    'dirigeants',
    'ambassadeurs',
    'chefs d etat',
    "chefs d'etat",
    'membres',
  ],
  honorifics: ['m', 'mme', 'monsieur', 'madame', 'dr', 'sir', 'cheikh'],
  surnameHonorifics: ['m', 'mme'],
  ledBy: [
    'dirige par',
    'dirigee par',
    'conduit par',
    'conduite par',
    'preside par',
    'presidee par',
    'mene par',
    'menee par',
    // the source of what follows: "selon X"
    'selon',
  ],
  // the speaker right after a quotation's closing verb
  quoteSpeechVerbs: [
    'a declare',
    'a dit',
    'a affirme',
    'a ajoute',
    'a souligne',
    'a explique',
    'a indique',
    'a precise',
    'a assure',
    'a estime',
    'a insiste',
    'a rappele',
    'a poursuivi',
    'a confie',
    'a martele',
    'a lance',
    'a conclu',
    'declare',
    'dit',
    'affirme',
    'ajoute',
    'souligne',
    'explique',
    'indique',
    'precise',
    'estime',
    'assure',
    'insiste',
    'poursuit',
    'conclut',
  ],
  triggers: [
    {
      pattern: `l['’]a (?:marque|dit|rappele|souligne|affirme)|deplor(?:e|ent)|se felicit(?:e|ent)|${FR_REFL_AUX} (?:felicite|rejoui|inquiete|alarme|indigne|emu|prononce|interroge|insurge|etonne|plaint|felicitee?s?|rejouie?s?|inquietee?s?|alarmee?s?|indignee?s?|emue?s?|prononcee?s?|interrogee?s?|insurgee?s?|etonnee?s?|plainte?s?)|se rejoui(?:t|ssent)|s'(?:inquiet|alarm|indign|insurg|etonn)(?:e|ent)|se prononc(?:e|ent) (?:pour|contre|en faveur)`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
    },
    {
      pattern: `(?:a|ont) (?:mene|conduit|effectue) (?:\\p{L}+ ){0,2}(?:frappes|attaques|raids)`,
      type: 'military_action',
      plover: 'ASSAULT',
      cameo: '190',
    },
    {
      pattern: `mort de (?:\\p{L}+ ){0,3}(?:soldats|militaires|civils)|essai (?:nucleaire|thermonucleaire)|lancement,? (?:[\\p{L}\\p{N}]+,? ){0,3}?d['’ ]?(?:un |une |deux |plusieurs |nouveaux? )?(?:missiles?|fusees?|roquettes)`,
      type: 'military_action',
      plover: 'ASSAULT',
      cameo: '190',
      nominal: true,
    },
    {
      pattern: `prolongation|extension|reconduction|renouvellement`,
      type: 'other',
      plover: 'AGREE',
      cameo: '057',
      nominal: true,
      needsTreaty: true,
    },
    {
      pattern: `suspend(?:ant|u|ait|ent) sa participation|suspension de (?:sa )?participation`,
      type: 'other',
      plover: 'REDUCE',
      cameo: '160',
    },
    {
      pattern: `(?:a|ont) transmis|transmet(?:tent)?|(?:a|ont) fait part|fait part`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
      requires:
        'message|soutien|engagement|condoleances|felicitations|preoccupation|solidarite|position|salutations|invitation|gratitude',
    },
    { pattern: `manifestants`, type: 'protest', plover: 'PROTEST', cameo: '140', nominal: true },
    // "selon le ministre X,", "d'après le Quai d'Orsay,": the one named is the speaker
    {
      // "Pour le ministre X, ..." opening its sentence: the view of the one named
      pattern: `(?:selon|d['’]apres)|(?<=(?:^|[.!?»"”]\\s+|\\n))pour(?= (?:le |la |l['’])(?:ministre|president|presidente|chef|porte-parole|secretaire|premier|premiere|ambassadeur|ambassadrice|chancelier|chanceliere|commissaire|haut representant|diplomate))`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
      speakerAfter: true,
    },
    {
      pattern: `nous (?:(?:vous |le |les |l')?(?:condamnons|saluons|appelons|exhortons|reaffirmons|reiterons|exprimons|felicitons|accueillons|demandons|regrettons|deplorons|rejetons|remercions|annoncons|encourageons|rappelons|observons|constatons|soulignons|insistons|notons|prenons (?:acte|note|bonne note)|souhaitons|esperons|soutenons|partageons|invitons|suivons (?:avec|de pres|attentivement)|restons (?:\\p{L}+ )?(?:preoccupes|inquiets|mobilises|attaches|engages|determines|solidaires|vigilants|convaincus))|sommes (?:(?:tres|profondement|vivement|particulierement|pleinement) )?(?:preoccupes|inquiets|solidaires|attaches|consternes|choques)|(?:avons|avions) (?:deja )?fait part)|je (?:veux |tiens a |voudrais )?(?:saluer|remercier|condamner|feliciter|rendre hommage|souligner)|je (?:salue|condamne|felicite|remercie|rends hommage|propose|recommande|demande)|nous recommandons|nous proposons|nous nous (?:felicitons|rejouissons)|je me (?:felicite|rejouis)|j['’]annonce|(?:je suis|nous sommes) (?:heureux|heureuse|fiers?|fieres?) d['’]annoncer|nous avons (?:(?:fermement|egalement|deja|a nouveau) )?(?:condamne|salue|appele|exprime|reaffirme|reitere|felicite|accueilli|demande|regrette|deplore|rejete|remercie|annonce|encourage)`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
      firstPerson: true,
    },
    // la position d'un gouvernement ou d'un ministère à la troisième personne, à tous les temps : « prend note de », « a pris
    // acte de », « est profondément préoccupé par », « se dit inquiète », « exprime sa vive préoccupation »
    {
      pattern: `(?:prend|prennent|(?:a|ont|avait) pris) (?:bonne )?(?:note|acte) de|(?:est|sont|etait|reste|restent|se (?:dit|disent|declare|declarent|montre|montrent)|s['’]est (?:dit|dite|declare|declaree|montre|montree)|se sont (?:dit|dits|declares|montres)) (?:(?:profondement|tres|vivement|gravement|particulierement|extremement) )?(?:preoccupe|inquiet|alarme|consterne)(?:e|s|es)?|(?:exprim(?:e|ent)|(?:a|ont) exprime|fait part de) (?:sa |leur |une |la |ses )?(?:(?:profonde|vive|grande|serieuse) )?(?:preoccupation|inquietude|consternation)`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
    },
    {
      pattern: `ouvert(?:e)? a la signature`,
      type: 'treaty_signing',
      plover: 'AGREE',
      cameo: '057',
    },
    // la formule finale d'un traité, dans son texte, les registres et les journaux officiels : "Fait à Paris le 7 juin 2004"
    {
      pattern: `fait(?:e|s|es)? (?:en (?:deux|trois) exemplaires (?:originaux )?)?a [\\p{L}'’. -]{2,30}?(?=,? le (?:\\d|1er))`,
      type: 'treaty_signing',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
    },
    {
      pattern: `${frenchVerbForms(['signer'], { passive: true })}|(?:a|ont|avait|avaient) (?:\\p{L}+ ){0,2}?sign(?:e|ee|es|ees)|sign(?:ent|erent|a|e|ee|es|ees|ait|aient)|(?:a|ont) conclu(?! (?:\\p{L}+ )?qu(?:e |')| (?:la |les |le |sa |ses |son |leur |leurs |cette )?(?:\\p{L}+ )?(?:visite|negociations|discussions|travaux|procedures?|reunion|sommet|tournee|entretiens?|consultations|examen|exigences))|conclu(?:t|rent)(?! (?:\\p{L}+ )?qu(?:e |')| (?:la |les |le |sa |ses |son |leur |leurs |cette )?(?:\\p{L}+ )?(?:visite|negociations|discussions|travaux|procedures?|reunion|sommet|tournee|entretiens?|consultations|examen|exigences))`,
      type: 'treaty_signing',
      plover: 'AGREE',
      cameo: '057',
    },
    { pattern: `signature`, type: 'treaty_signing', plover: 'AGREE', cameo: '057', nominal: true },
    // les périphrases de la signature : "ont procédé à la signature", "a apposé sa signature", "ont scellé un accord"
    {
      pattern: `(?:(?:a|ont) )?proced(?:e|ent|a|erent) (?:[\\p{L}\\p{N}]+ ){0,6}?a la signature|(?:a|ont) appose (?:sa|leur|leurs) signatures?|(?:a|ont) scelle (?:un|une|le|la|l['’]) ?(?:[\\p{L}-]+ ){0,2}?(?:accord|pacte|traite|alliance)`,
      type: 'treaty_signing',
      plover: 'AGREE',
      cameo: '057',
    },
    // a signing told by its ceremony, as witnessed or as welcomed (the welcome stays a statement of its own):
    // "lors de la cérémonie de signature", "témoin de la signature", "salue la signature de l'accord"
    {
      pattern: `ceremonie (?:officielle )?de (?:la )?signature|temoins? de la signature|(?:(?:a|ont|avait|avaient) assiste|assist(?:e|ent|a|erent)) ${FR_WHEN}a la (?:ceremonie de )?signature|signature (?:de|du|des|d(?=['’]))(?<=(?:salue|saluent|se felicite de|se felicitent de|se rejouit de|se rejouissent de|accueille favorablement|accueillent favorablement) la signature (?:de|du|des|d))`,
      type: 'treaty_signing',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
    },
    {
      pattern: `fonde(?:e|es|s)?|fonderent|etabli(?:e|es|s)?|cree(?:e|es|s)?|creerent`,
      type: 'treaty_signing',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
    },
    {
      pattern: `(?:remis|remettent) (?:l'|les |son |leurs? )?instruments? de ratification|(?:(?:a|ont) )?sign(?:e|ent|erent|a) (?:l['’]|les |son |leurs? )?instruments?(?! d['’e] (?!ratification))(?: de ratification)?|(?:(?:a|ont) )?depos(?:e|ent) (?:[\\p{L}\\p{N}'’.-]+,? ){0,8}?(?:(?:l'|les |son |leurs? )?instruments? de )?ratification`,
      type: 'ratification',
      plover: 'AGREE',
      cameo: '057',
    },
    // the legislative procedure of a treaty or a bill: the government sends it to the legislature, which approves it
    {
      pattern: `(?:(?:a|ont) (?:presente|transmis|soumis|depose|envoye|adresse)|present(?:e|ent|er|ons)|transmet(?:tent|tre|tons)?|soumet(?:tent|tre|tons)?|depos(?:e|ent|er|ons)|(?:est|sont|a ete|ont ete) (?:presente|transmis|soumis|depose)(?:e|s|es)?),? (?:[\\p{L}\\p{N}'’-]+,? ){0,6}?(?:un |le |les |leur |son |sa )?(?:projets?|propositions?) (?:de loi|d['’]arrete|de decret)|(?:(?:a|ont) (?:presente|transmis|soumis|depose|envoye|adresse)|present(?:e|ent|er|ons)|transmet(?:tent|tre|tons)?|soumet(?:tent|tre|tons)?|depos(?:e|ent|er|ons)|(?:est|sont|a ete|ont ete) (?:presente|transmis|soumis|depose)(?:e|s|es)?) (?:[\\p{L}\\p{N}'’.-]+,? ){0,4}?(?:traites?|accords?|protocoles?|conventions?|amendements?|projets? de loi|propositions?|paquet) (?:[\\p{L}\\p{N}'’.-]+,? ){0,10}?(?:au|aux|a la|a l['’]|devant (?:le|la|l['’])) ?${FR_LEGISLATURE}|(?:(?:a|ont) (?:presente|transmis|soumis|depose|envoye|adresse)|present(?:e|ent|er|ons)|transmet(?:tent|tre|tons)?|soumet(?:tent|tre|tons)?|depos(?:e|ent|er|ons)|(?:est|sont|a ete|ont ete) (?:presente|transmis|soumis|depose)(?:e|s|es)?) (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui) )?(?:au|aux|a la|a l['’]|devant (?:le|la|l['’])) ?${FR_LEGISLATURE}`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
      lifecycle: true,
    },
    // une assemblée examine un projet de loi, dit par sa présidence ou son compte rendu le jour de la séance : « Nous
    // passons à l'examen du projet de loi », « Nous abordons l'examen », « L'ordre du jour appelle la discussion », « adopté en première lecture »
    {
      pattern: `(?:nous (?:passons|en venons|arrivons|abordons)|l['’]ordre du jour appelle) (?:maintenant )?(?:a )?(?:l['’]examen|la discussion|la (?:premiere |deuxieme |seconde |nouvelle )?lecture|le vote)|(?:(?:a|ont) (?:examine|adopte|vote|approuve)|examin(?:e|ent)|(?:est|sont|a ete|ont ete) (?:adopte|vote|approuve)(?:e|s|es)?) (?:[\\p{L}\\p{N}'’-]+ ){0,5}?en (?:premiere|deuxieme|seconde|nouvelle|derniere) lecture|(?:(?:a|ont) examine|examin(?:e|ent)) (?:le |la |les |un )?(?:projets?|propositions?) de loi`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
      lifecycle: true,
      now: true,
    },
    // une décision sur une étape de la vie d'un traité est cette étape autorisée, non l'étape : « décision du Conseil
    // du 20 juillet 2023 relative à la signature de l'accord », « une décision autorisant la signature »
    {
      pattern: `decisions? (?:[\\p{L}\\p{N}/,.()'’-]+ ){0,10}?(?:relative a|relatives a|concernant|sur|portant sur|autorisant|d['’]autoriser|approuvant|d['’]approuver) (?:la |l['’])?(?:signature|conclusion|ratification|approbation|application provisoire)(?![\\p{L}])`,
      type: 'other',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
      lifecycle: true,
    },
    {
      // le gouvernement autorise une étape de la vie d'un traité ou approuve l'accord : « a autorisé la signature »,
      // « approuve la ratification », « le Conseil a approuvé l'accord »
      pattern: `(?:(?:a|ont) (?:autorise|approuve)|autoris(?:e|ent)|approuv(?:e|ent)) (?:[\\p{L}\\p{N}'’-]+ ){0,3}?(?:la |l['’])?(?:signature|ratification|approbation|adhesion|conclusion|application provisoire)|(?:(?:a|ont) approuve|approuv(?:e|ent)) (?:[\\p{L}\\p{N}'’-]+ ){0,3}?(?:l['’]|un |le |les |ces )?(?:nouvel )?(?:accords?|avenants?)`,
      type: 'other',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
      lifecycle: true,
    },
    {
      pattern: `(?:(?:a|ont) (?:adopte|approuve|vote)|adopt(?:e|ent)|approuv(?:e|ent)) (?:[\\p{L}'’-]+ ){0,3}?(?:le |un |les |la |l['’])?(?:(?:projets?|propositions?|textes?) de loi|traites?|protocoles?|conventions?)|(?:(?:est|sont|a ete|ont ete) )?(?:approuve|adopte|enterine)(?:e|s|es)? (?:[\\p{L}\\p{N}'’-]+ ){0,8}?par (?:le |la |l['’]|les )?(?:[\\p{L}-]+ ){0,2}?(?:parlement|senat|assemblee|chambres?|congres|douma|rada|deputes|senateurs|conseil (?:national|des etats|de la republique|de la federation)|majilis|mazhilis|bundestag|sejm)|(?:a|ont) donne (?:son|leur) (?:consentement|aval|feu vert|accord) (?:a|pour) (?:la )?ratification`,
      type: 'other',
      plover: 'AGREE',
      cameo: '057',
      lifecycle: true,
    },
    // le vote ou le consentement d'un parlement, à toute forme du verbe et avec des mots entre : « ont voté mardi à l'unanimité
    // le traité », « ayant voté ce partenariat », « a voté pour la ratification », « donnant son feu vert à la ratification »
    {
      pattern: `(?<!\\b(?:ceux|celles) qui )(?:(?:a|ont|avait|avaient) vote|ayant vote|votant) (?:(?!pour |afin )[\\p{L}\\p{N}'’-]+ ){0,4}?(?:en faveur (?:de |du |des )|pour )?(?:le |la |les |l['’]|ce |cet |cette |ces |un |une )?(?:[\\p{L}-]+ )?(?:traites?|accords?|conventions?|protocoles?|partenariats?|avenants?|ratification|(?:projets?|textes?) de loi)(?![\\p{L}])|(?:donnant|accordant|a donne|ont donne|a accorde|ont accorde|donne|donnent) (?:[\\p{L}\\p{N}'’-]+ ){1,3}?(?:consentement|aval|feu vert|accord) (?:a|pour) (?:la )?ratification`,
      type: 'other',
      plover: 'AGREE',
      cameo: '057',
      lifecycle: true,
    },
    {
      pattern: `(?:presentation|transmission|depot) (?:au (?:[\\p{L}-]+ ){0,2}?${FR_LEGISLATURE} )?(?:du |d['’]un |des )?(?:projets?|propositions?) de loi|(?:adoption|approbation) (?:[\\p{L}'’-]+ ){0,4}?par (?:le |la |l['’]|les )?(?:[\\p{L}-]+ ){0,2}?(?:parlement|senat|assemblee|chambres?|congres|douma|rada|deputes|senateurs|conseil (?:national|des etats|de la republique|de la federation)|majilis|mazhilis|bundestag|sejm)`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
      nominal: true,
    },
    // "ont convenu de prolonger", "l'accord pour proroger les négociations"
    {
      pattern: `(?:(?:a|ont|avons) (?:accepte|convenu|decide|approuve|vote)|approuv(?:e|ent)|(?:se sont|s['’]est) (?:mis(?:es)?|entendus?) d['’]accord|accord(?: [\\p{L}'’-]+){0,6}?) (?:de |d['’]|pour |sur )?(?:la |une )?(?:prolongation|prorogation|reconduction|prolonger|proroger|reconduire)`,
      type: 'other',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
    },
    // "est désormais en vigueur": an entry into force told as a state that has just begun
    {
      pattern: `(?:est|sont) (?:desormais|maintenant|des aujourd['’]hui|a present) en vigueur`,
      type: 'entry_into_force',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
      now: true,
    },
    // a government summons a foreign ambassador to protest
    {
      pattern: `(?:(?:a|ont) convoque|convoqu(?:e|ent)) ${FR_WHEN}(?:l['’]|les? |la )?(?:ambassadeur|ambassadrice|charge d['’]affaires|diplomates?)|(?:ambassadeur|ambassadrice|charge d['’]affaires) (?:[\\p{L}\\p{N}()'’-]+ ){0,8}?(?:a ete|est|ont ete|avait ete) convoque(?:e|s)?`,
      type: 'other',
      plover: 'ACCUSE',
      cameo: '111',
    },
    // attendance in the past ("a participé à", "a assisté au", "a pris part aux", "était présent à") and a stay for
    // a meeting ("était à Washington pour assister à"), an arrival for a visit ("est arrivé mardi à Tokyo pour une visite
    // officielle": the visit it begins is no plan), as in the other languages
    {
      pattern: `(?:a|ont|avait|avaient) (?:(?:deja|egalement|aussi|notamment|personnellement) )?(?:participe|assiste|pris part) (?:a|au|aux)|particip(?:a|erent|e|ent) (?:a|au|aux)|assist(?:a|erent|e|ent) (?:a|au|aux)|pri(?:t|rent) part (?:a|au|aux)|pren(?:d|nent) part (?:a|au|aux)|(?:etait|etaient|a ete|ont ete) present(?:e|s|es)? (?:a|au|aux|lors)|(?:(?:etait|etaient|se trouvait|se trouvaient) |(?:est|sont|etait|etaient) arrive(?:e|s|es)? ${FR_WHEN})(?:a|au|aux|en) (?:[\\p{L}.'’-]+ ){1,3}?pour (?:assister|participer|prendre part|rencontrer|s'entretenir|des entretiens|des discussions|le sommet|la reunion|la ceremonie|(?:une|sa|son|leur) (?:[\\p{L}-]+ )?(?:visite|tournee|sejour))`,
      type: 'meeting',
      plover: 'CONSULT',
      cameo: '040',
    },
    {
      pattern: `s'est tenue?|se sont tenu(?:e)?s|a eu lieu|ont eu lieu|s'est deroulee?|se sont deroule(?:e)?s|(?:a|ont) ete (?:organise|tenu)(?:e|s|es)?`,
      type: 'meeting',
      plover: 'CONSULT',
      cameo: '040',
      requires:
        'reunion|sommet|entretien|negociations|conference|rencontre|session|pourparlers|consultations|commission mixte|dialogue strategique',
    },
    {
      // la reconnaissance d'un État ou d'un gouvernement ; « a reconnu que », « reconnaît le rôle de », « exprimé sa
      // reconnaissance pour » (la gratitude) et « la reconnaissance et l'exécution des décisions » sont autre chose
      pattern: `(?:(?:a|ont) reconnu|reconnait|reconnaissent)(?! (?:[a-z0-9]+ ){0,2}?qu(?:e |['’])| (?:le|la|les|l['’]|son|sa|ses|leur|leurs) ?(?:role|importance|necessite|besoin|efforts?|travail|contribution|engagement|valeur|progres|merites?)(?![a-z]))|reconnaissance(?! (?:pour|envers|a|au|aux|et)(?![a-z]))`,
      type: 'other',
      plover: 'COOPERATE',
      cameo: '050',
    },
    {
      pattern: `(?:a|ont) (?:ete )?(?:prolonge|proroge|renouvele)(?:e|es|s)?|prolong(?:e|ent|erent)|reconduit`,
      type: 'other',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
    },
    {
      pattern: `(?:a|ont) suspendu|suspend(?:ent|it|irent)|(?:a|ont) gele|gel(?:e|ent)`,
      type: 'other',
      plover: 'REDUCE',
      cameo: '160',
      needsTreaty: true,
    },
    {
      pattern: `(?:a|ont) adopte (?:une |la )?(?:declaration|resolution)|adopt(?:e|ent|erent) (?:une |la )?(?:declaration|resolution)`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
    },
    {
      pattern: `(?:a|ont) deploy(?:e|es) (?:\\p{L}+ ){0,3}(?:troupes|forces|soldats)|(?:a|ont) envoye (?:des )?(?:troupes|soldats)`,
      type: 'military_action',
      plover: 'MOBILIZE',
      cameo: '150',
    },
    {
      // relations rompues, diplomates expulsés : "a rompu ses relations diplomatiques avec", "déclaré persona non grata"
      pattern: `(?:a|ont) rappele ${FR_WHEN}(?:son|leur|ses|leurs) ambassadeurs?|rappel(?:le|lent) ${FR_WHEN}(?:son|leur|ses|leurs) ambassadeurs?|(?:(?:a|ont) )?rompu ${FR_DAY}(?:ses|leurs|les|toutes) (?:\\p{L}+ )?relations|romp(?:t|ent|it|irent) (?:ses|leurs|les|toutes) (?:\\p{L}+ )?relations|(?:(?:a|ont) )?expuls(?:e|ent|a|erent) (?:[\\p{L}\\p{N}'’-]+ ){0,4}?(?:l['’])?(?:ambassadeurs?|diplomates?|charge d['’]affaires)|declare(?:e|s|es)? (?:[\\p{L}'’-]+ ){0,4}?persona non grata`,
      type: 'other',
      plover: 'REDUCE',
      cameo: '161',
    },
    // la rupture des relations, l'expulsion des diplomates
    {
      pattern: `rupture (?:des|de ses|de leurs) relations|expulsion (?:de|du|des|d['’]) ?(?:[\\p{L}'’-]+ ){0,3}?(?:l['’])?(?:ambassadeurs?|diplomates?)`,
      type: 'other',
      plover: 'REDUCE',
      cameo: '161',
      nominal: true,
    },
    {
      pattern: `(?:a|ont) (?:ete )?ratifi(?:e|ee|es|ees)|ratifi(?:e|ent|erent|ee|ees|a)`,
      type: 'ratification',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
    },
    // la formule d'une loi qui autorise la ratification ou l'approbation d'un traité : « Article unique. Est autorisée la
    // ratification du traité ... », « Est autorisée l'approbation de la convention ... »
    {
      pattern: `(?:est|sont) autorise(?:e|s|es)? (?:la |l['’])(?:ratification|approbation|adhesion)`,
      type: 'other',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
      lifecycle: true,
    },
    { pattern: `ratification`, type: 'ratification', plover: 'AGREE', cameo: '057', nominal: true, needsTreaty: true },
    {
      pattern: `(?:est|sont) entre(?:e|es|s)? en vigueur|entr(?:e|ent|era|eront|a|erent) en vigueur|(?:(?:a|ont) mis|mi(?:t|rent)) (?:[\\p{L}\\p{N}'’.-]+ ){0,6}?en vigueur|(?:a|ont) pris effet|pri(?:t|rent) effet|prend(?:ra|ront)? effet|(?:est|sont) entre(?:e|es|s)? en application|entr(?:e|ent|a|erent) en application`,
      type: 'entry_into_force',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
    },
    {
      pattern: `entree en vigueur|mise en vigueur`,
      type: 'entry_into_force',
      plover: 'AGREE',
      cameo: '057',
      nominal: true,
      needsTreaty: true,
    },
    {
      pattern: `(?:a|ont) expire|expir(?:e|ent)|(?:(?:a|ont) denonce|denonc(?:e|ent))(?= (?:(?:le|la|les|l['’]|ce|cet|cette|ces|son|sa|ses|leur|leurs) ?)?(?:[\\p{L}'’-]+ ){0,2}?(?:traite|accord|convention|protocole|pacte|charte|memorandum)s?(?![\\p{L}]))`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
      needsTreaty: true,
    },
    // un retrait annoncé ou décidé : "a annoncé le retrait des États-Unis de", "la décision de se retirer"
    {
      pattern: `(?:(?:a|ont) annonce|annonc(?:e|ent)) ${FR_WHEN}(?:le |son |leur |la |sa )?(?:[\\p{L}-]+ )?(?:retrait|sortie)|decision de (?:se retirer|quitter|sortir)|(?:a|ont) decide de (?:se retirer|quitter|sortir)|(?:(?:a|ont) (?:engage|entame|lance|amorce|officialise|declenche|initie)|engag(?:e|ent)|entam(?:e|ent)|officialis(?:e|ent)|declench(?:e|ent)) (?:officiellement |formellement )?(?:(?:le|la|son|sa|leur) )?(?:processus (?:de|du) |procedure (?:de|du) )?(?:retrait|sortie)`,
      type: 'withdrawal',
      plover: 'REDUCE',
      cameo: '160',
      needsTreaty: true,
    },
    // un traité rompu par une partie est son retrait : "a dénoncé unilatéralement le traité", "rompu de manière unilatérale"
    {
      pattern: `(?:denonce|rompu|resilie|annule|abroge)e?s? (?:[\\p{L}'-]+ ){0,4}?(?:unilateralement|de (?:maniere|facon) unilaterale)|unilateralement (?:denonce|rompu|resilie|annule|abroge)e?s?`,
      type: 'withdrawal',
      plover: 'REDUCE',
      cameo: '160',
      needsTreaty: true,
    },
    {
      pattern: `(?:s'est|se sont) retire(?:e|es|s)?|se retir(?:e|ent|ait|a|erent)|(?:a|ont) quitte|quitt(?:e|ent|erent|a)|(?:a|ont) abandonne`,
      type: 'withdrawal',
      plover: 'REDUCE',
      cameo: '160',
      needsTreaty: true,
    },
    {
      pattern: `retrait|sortie`,
      type: 'withdrawal',
      plover: 'REDUCE',
      cameo: '160',
      nominal: true,
      needsTreaty: true,
    },
    {
      pattern: `(?:a|ont) (?:officiellement |formellement )?(?:depose|presente|soumis) (?:sa |leur |leurs |une |des )?(?:demandes?|candidatures?) d['’]adhesion`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
    },
    // un accord trouvé par ses parties est la fin de la négociation, pas une signature (« other » dans les golds) :
    // « sont parvenus à un accord », « ont trouvé un accord », « un accord a été trouvé », « ont abouti à un compromis »
    {
      pattern: `(?:(?:(?:est|sont|etait|etaient) ${FR_WHEN}parvenu(?:e|s|es)?|parvien(?:t|nent)|parvin(?:t|rent)|parvenai(?:t|ent)|(?:vien(?:t|nent)|venai(?:t|ent)) de parvenir|(?:a|ont|avait|avaient) (?:(?:finalement|enfin) )?abouti|abouti(?:t|ssent|rent)) ${FR_WHEN}a (?:un |une |l['’])|(?:${frenchVerbForms(['trouver'])}) ${FR_WHEN}(?:un |une |l['’]))(?:[\\p{L}-]+ )?(?:accord|consensus|entente|compromis)(?![\\p{L}])|(?:accord|consensus|compromis) (?:[\\p{L}\\p{N}'’-]+ ){0,6}?(?:a|avait) ete trouve`,
      type: 'other',
      plover: 'AGREE',
      cameo: '050',
    },
    // les négociations conclues sont leur fin, comme un accord trouvé : « les négociations ont été conclues le », « ont
    // conclu les négociations », « la conclusion des négociations »
    {
      pattern: `negociations (?:[\\p{L}'’-]+ ){0,6}?(?:ont ete|ont|sont|se sont) (?:[\\p{L}]+ment )?(?:conclues|achevees|terminees|finalisees|achevee?s?|terminee?s?)(?! (?:a|par|sur) )|(?:(?:a|ont) (?:conclu|acheve|finalise)|conclu(?:t|rent)|achev(?:e|ent|erent)|finalis(?:e|ent|erent)) ${FR_WHEN}(?:les |leurs |ses )?(?:[\\p{L}-]+ )?negociations`,
      type: 'other',
      plover: 'AGREE',
      cameo: '050',
    },
    {
      pattern: `(?:conclusion|aboutissement|achevement|cloture) (?:des|de leurs|de ses) (?:[\\p{L}-]+ )?negociations`,
      type: 'other',
      plover: 'AGREE',
      cameo: '050',
      nominal: true,
    },
    {
      pattern: `(?:ont|a) (?:conclu|passe|scelle) un accord|accord (?:[\\p{L}\\p{N}'’-]+ ){0,6}?(?:a|avait) ete (?:passe|scelle)`,
      type: 'treaty_signing',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
    },
    {
      pattern: `(?:a|ont) leve (?:les )?sanctions|lev(?:e|ent)e? (?:les )?sanctions|levee des sanctions`,
      type: 'sanction',
      plover: 'SANCTION',
      cameo: '163',
    },
    // une adhésion ordinale : "est désormais le 31e membre", "devient le 32e Allié"
    {
      pattern: `(?:est|devient|sont|deviennent|(?:est|sont) devenue?s?) (?:desormais |officiellement |aujourd'hui |(?:ce )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?(?:le |la )?\\p{N}+e (?:membre|allie|etat membre)`,
      type: 'accession',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
    },
    {
      pattern: `(?:a|ont) adhere|adher(?:e|ent|erent|a)|(?:a|ont) rejoint|rejoin(?:t|nent|irent)|(?:a|ont) reintegre|reintegr(?:e|ent|a|erent)|(?:est|sont) devenu(?:e|s|es)? (?:[\\p{L}\\d]+ ){0,3}?membres?`,
      type: 'accession',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
    },
    {
      pattern: `(?:remis|remet|remettent|depose|deposent) (?:l'|les |son |leurs? )?instruments? d'adhesion`,
      type: 'accession',
      plover: 'AGREE',
      cameo: '057',
    },
    {
      pattern: `adhesion`,
      type: 'accession',
      plover: 'AGREE',
      cameo: '057',
      nominal: true,
      needsTreaty: true,
    },
    {
      pattern: `amend(?:e|ee|es|ees)|modifi(?:e|ee|es|ees)|rebaptise(?:e)?|renomme(?:e)?`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
      amend: true,
    },
    {
      pattern: `(?:demandes?|candidatures?)(?: d['’]adhesion| de candidatures?)? (?:officiellement |formellement )?(?:deposee?s?|presentee?s?)`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
      nominal: true,
    },
    { pattern: `amendement|modification`, type: 'other', plover: 'OTHER', cameo: '000', nominal: true, amend: true },
    // "a lancé des négociations", "lancent un processus"; "a promulgué la loi"
    {
      pattern: `(?<![»"”] ?,? )(?:a|ont) (?:lance|entame|engage|ouvert)|lanc(?:e|ent)|entam(?:e|ent)`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
      requires: 'negociations|pourparlers|initiative|programme|processus',
    },
    // un chef d'État signe ou promulgue une loi, un décret, une ordonnance : "a signé le décret", "la loi a été promulguée"
    {
      pattern: `(?:a|ont) promulgue|promulgu(?:e|ent)|(?:(?:a|ont) signe|sign(?:e|ent)) (?:(?:la|le|l['’]|un|une|les) ?)?(?:nouvel(?:le)? |projet de )?(?:loi|decret|ordonnance)s?|(?:loi|decret|ordonnance) (?:[\\p{L}\\p{N}'’.-]+ ){0,6}?(?:a ete|est|fut) (?:signee?|promulguee?) par`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
    },
    // des négociations conclues, la fin d'un processus (les golds la typent `other`) : « les négociations ... ont été conclues »,
    // « ont conclu les négociations », « la conclusion des négociations le 8 septembre » (pas un cadre : « après la conclusion
    // des négociations, ils ont signé »)
    {
      pattern: `negociations (?:[\\p{L}\\p{N}'’,-]+ ){0,8}?(?:ont ete|ont|sont|se sont) (?:\\p{L}+ment )?(?:conclues|achevees|finalisees|terminees|bouclees)(?! (?:par|avec))|(?:a|ont) (?:\\p{L}+ment )?(?:conclu|acheve|finalise|termine|boucle) (?:les |leurs |ses |ces |des )?(?:[\\p{L}-]+ ){0,2}?negociations`,
      type: 'other',
      plover: 'AGREE',
      cameo: '050',
    },
    {
      pattern: `(?<!(?:apres|avant|lors de|a|des) (?:la |l['’])?)(?:conclusion|achevement|finalisation) (?:des|de leurs|de ces) (?:[\\p{L}-]+ ){0,2}?negociations`,
      type: 'other',
      plover: 'AGREE',
      cameo: '050',
      nominal: true,
    },
    // a treaty's text initialled, the completion of its procedures notified: steps of its life
    {
      pattern: `paraph(?:e|ee|es|ees|ent|erent|a)|(?:a|ont) notifie|notifi(?:e|ee|es|ees|ent|erent|a)`,
      type: 'other',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
    },
    { pattern: `notifications?`, type: 'other', plover: 'AGREE', cameo: '057', nominal: true, needsTreaty: true },
    // an embassy opened, reopened, closed
    {
      pattern: `(?:(?:a|ont) (?:r?ouvert|ferme)|r?ouvr(?:e|ent|it|irent)|ferm(?:e|ent|a|erent)) ${FR_DAY}(?:l['’]|les |son |sa |ses |leur |leurs |une |notre |nos )?(?:nouvelle )?(?:ambassades?|consulats?)`,
      type: 'other',
      plover: 'COOPERATE',
      cameo: '050',
    },
    // une frontière, un espace aérien, un port ou une mission fermés, à toutes les voix et comme nom : « a fermé mardi sa
    // frontière avec », « l'ambassade à Niamey a été fermée », « la fermeture du point de passage »
    {
      pattern: `(?:(?:a|ont|avait|avaient) ferme|ferm(?:e|ent|a|erent)) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:l['’]|la |le |les |son |sa |ses |leur |leurs |toutes (?:les |ses )?)?(?:frontieres?|points? de passage|postes? frontieres?|espace aerien|ports?|aeroports?|ambassades?|consulats?|missions? diplomatiques?)|(?:frontieres?|points? de passage|postes? frontieres?|espace aerien|ports?|aeroports?|ambassades?|consulats?|missions? diplomatiques?) (?:[\\p{L}\\p{N}.,'’-]+ ){0,6}?(?:a ete|ont ete|avait ete|est|sont|reste|restent|fut|furent) (?:temporairement |completement )?fermee?s?`,
      type: 'other',
      plover: 'REDUCE',
      cameo: '160',
    },
    {
      pattern: `fermeture (?:temporaire |complete )?(?:de la |de l['’]|du |des |de ses |de sa |de son |de leurs? )(?:frontieres?|points? de passage|postes? frontieres?|espace aerien|ports?|aeroports?|ambassades?|consulats?|missions? diplomatiques?)`,
      type: 'other',
      plover: 'REDUCE',
      cameo: '160',
      nominal: true,
    },
    // des personnes évacuées, à toutes les voix et comme nom : « a évacué ses ressortissants », « ont été évacués », « l'évacuation de »
    {
      pattern: `(?:(?:a|ont|avait|avaient) evacue|evacu(?:e|ent|a|erent)|(?:a|ont) ete evacue(?:e|s|es)?|(?:ont|a) ete evacue)`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
    },
    { pattern: `evacuations? (?:de|des|du|d['’])`, type: 'other', plover: 'OTHER', cameo: '000', nominal: true },
    {
      pattern: `(?:re|r)?ouverture (?:[\\p{L}-]+ ){0,3}?d(?:e |e la |e l['’]|es |u |['’])(?:son |sa |leur |notre |nouvelle )?(?:ambassades?|consulats?)`,
      type: 'other',
      plover: 'COOPERATE',
      cameo: '050',
      nominal: true,
    },
    {
      pattern: `fermeture (?:[\\p{L}-]+ ){0,2}?d(?:e |e la |e l['’]|es |u |['’])(?:son |sa |leur |notre )?(?:ambassades?|consulats?)`,
      type: 'other',
      plover: 'REDUCE',
      cameo: '161',
      nominal: true,
    },
    {
      // a resignation told as handed in: « a présenté mardi sa démission », « ont remis leur démission »
      pattern: `(?:a|ont) demissionne|demissionn(?:e|ent)|(?:a|ont) (?:presente|remis|donne|annonce) ${FR_DAY}(?:sa|leur) demission`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
    },
    {
      // (not the noun its present forms spell: "la visite", "cette rencontre", "d'une visite" are what the nominal rules read)
      // "s'entretient avec", "a également rencontré", "reçoit le Premier ministre", "a accueilli le président", "a conduit la
      // délégation": the present of the news, adverbs after the auxiliary, a meeting told through its guest
      pattern: `${FR_NOT_THE_NOUN}(?:${frenchVerbForms(['rencontrer'], { pronominal: true })}|${frenchVerbForms(['rencontrer'])}|(?:s'entretien(?:t|nent)|s'entretenai(?:t|ent)|vien(?:t|nent) de s'entretenir) ${FR_WHEN}avec|(?:s'est|se sont) entretenu(?:e|s|es)?|rencontrer(?:a|ont)|(?:s'est|se sont) rencontre(?:e|s|es)?|(?:nous nous sommes|nous sommes|je me suis|vous vous etes) reuni(?:e|s|es)?|(?:a|ont) rencontre|rencontr(?:e|ent|erent)|(?:a|ont) recu|(?:a|ont) visite|visit(?:e|ent)|(?:se sont|s'est) reuni(?:e|s|es)?|(?:a|ont) negocie|s'entretien(?:t|nent) avec|se reuni(?:t|ssent)|(?:a|ont) (?:deja|egalement|aussi|ensuite|notamment|longuement) (?:rencontre|recu|visite|negocie)|(?:s'est|se sont) (?:deja|egalement|aussi|ensuite|longuement) (?:entretenu|rencontre|reuni)\\p{L}*|(?:a|ont) (?:conduit|dirige|mene) la delegation|(?:conduit|dirige|mene) la delegation|(?:recoi(?:t|vent)|(?:a|ont) accueilli|accueill(?:e|ent)) ${FR_WHEN}(?:(?:a|au|en) (?:l['’])?[\\p{L}-]+,? ${FR_WHEN})?(?:le |la |les |son |sa |ses |leur |l['’])(?:[\\p{L}-]+ )?(?:president|premier ministre|ministre|chef|secretaire|roi|reine|chanceli\\p{L}+|homologues?|ambassadeur|delegation|emir|prince)|rencontr(?:a|erent)|visit(?:a|erent)|recu(?:t|rent)|se reunirent|s'entretin(?:t|rent)|${FR_AUX} ete (?:recu|accueilli)(?:e|s|es)? ${FR_WHEN}(?:(?:a|au|en) (?:l['’])?[\\p{L}-]+,? ${FR_WHEN})?par|(?:se sont|nous sommes) retrouve(?:e)?s ${FR_WHEN}(?:a|au|aux|en|pour|autour))`,
      type: 'meeting',
      plover: 'CONSULT',
      cameo: '040',
    },
    {
      // the frame of another act or its content: "lors de ce sommet", "en marge du sommet", "à la rencontre avec", "précédée d'entretiens", "ont échangé leurs vues"
      pattern: `(?:(?:ont|a) echange|echang(?:e|ent)) (?:leurs |des )?(?:vues|points de vue)|(?:lors|au cours|en marge|dans le cadre|a l['’]issue|a l['’]occasion|a la suite|au terme|a la fin) (?:de la |du |des |de ce |de cette |de son |de sa |de ses |de leur |de leurs |d['’]une |d['’]un |de l['’])(?!prochain|futur)(?:[\\p{L}-]+ ){0,2}?(?:reunions?|entretiens?|rencontres?|visite|sommet|conference(?! de presse)|consultations|negociations|pourparlers|discussions)|(?:a la|au|a une|a sa|a son|a leur) (?!prochain|futur)(?:[\\p{L}-]+ ){0,2}?(?:reunion|rencontre|entretien|sommet) avec|precede(?:e|s|es)? (?:de|d['’]|par) ?(?:[\\p{L}'’-]+ ){0,2}?(?:entretiens|reunions?|rencontres?|discussions|consultations)`,
      type: 'meeting',
      plover: 'CONSULT',
      cameo: '040',
      frame: true,
    },
    {
      // un compte rendu : ce dont les parties ont parlé dit la rencontre (« ont évoqué », « ont discuté de », « ont passé en revue »)
      pattern: `ont (?:(?:egalement|aussi|longuement|notamment) )?(?:discute|evoque|aborde|passe en revue|fait le point)|(?:discut|evoqu|abord)(?:erent|ent)|(?:a|ont) (?:(?:egalement|aussi|longuement|notamment) )?(?:discute|evoque|aborde) avec`,
      type: 'meeting',
      plover: 'CONSULT',
      cameo: '040',
      frame: true,
      readout: true,
    },
    {
      pattern: `reunion|sommet|visite|entretien|entretiens|negociations|pourparlers|rencontre|conference`,
      type: 'meeting',
      plover: 'CONSULT',
      cameo: '043',
      nominal: true,
    },
    {
      pattern: `(?:declaration|communique) (?:du|de la|de l')\\s*(?:porte-parole|ministre|ministere|president|secretaire|ambassad|gouvernement|haut)\\p{L}*`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
      heading: true,
    },
    // un discours qui ouvre sa page avec son auteur : « Allocution du Président ... », « Message du ministre ... »,
    // « Mot d'ouverture de la ministre ... », « Intervention de l'ambassadeur ... » ; dans un texte, daté dans sa proposition
    {
      pattern: `(?:allocution|message|intervention|discours|mot d'(?:accueil|ouverture)|mot de (?:bienvenue|cloture)) (?:du|de la|de l')\\s*(?:porte-parole|ministre|president|secretaire|ambassad|premier ministre|haut representant|roi|pape|gouverneur)\\p{L}*`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
      nominal: true,
      heading: true,
    },
    // "a publié un communiqué", "ont rendu publique une déclaration commune", "diffuse le communiqué suivant"
    {
      pattern: `(?:(?:a|ont) (?:publie|diffuse|emis|rendu public|rendu publique)|publi(?:e|ent)|diffus(?:e|ent)|rend(?:ent)? public) (?:le |la |un |une |leur |son |sa )?(?:communique|declaration)`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
    },
    // un appel ou une visioconférence dits par un nom : "conversation téléphonique", "ont parlé par téléphone"
    // "ont tenu une réunion", "a eu un entretien", "tiennent un sommet" : une rencontre comme objet
    // un déplacement : "s'est rendu à", "a effectué une visite d'État en" (pas "s'est rendu compte", "se sont rendus coupables")
    // "a participé au sommet", "participe à la réunion", "ont assisté à"
    // the date or the place between the verb and its object ("ont tenu lundi à Berlin des consultations"), a talk or a call
    // told by its two sides ("se sont parlé", "a échangé avec son homologue"), a joint body chaired by both ("ont coprésidé")
    {
      pattern: `conversation telephonique|appel telephonique|entretien (?:par telephone|en visioconference)|(?:a|ont|avons|ai) (?:parle|echange|converse) (?:par telephone|au telephone|en visioconference)|(?:s'est|se sont) entretenu\\p{L}* (?:par|en) visioconference|(?:(?:a|ont|avons|ai|avoir) (?:(?:deja|egalement|aussi|ensuite|notamment|longuement) )?(?:tenu|eu)|tien(?:t|nent)|tenons|avoir|tenir) ${FR_WHEN}(?:(?:a|au|en) (?:l['’])?[\\p{L}-]+,? ${FR_WHEN})?(?:une |un |des |la |le |leur |leurs |sa |son |ses |l['’])?(?:[\\p{L}-]+ ){0,2}?(?:reunions?|entretiens?|rencontres?|sommet|discussions|echanges?|consultations|visioconference|pourparlers|dialogue|tete-a-tete|entrevues?)|(?:s'est|se sont|me suis|nous sommes) rendu(?:e|s|es)?(?! compte| coupables?| (?:en masse |massivement |nombreux |nombreuses )?aux urnes)|(?:a|ont) (?:effectue|fait) ${FR_WHEN}(?:une |un )?(?:[\\p{L}'-]+ ){0,2}?(?:visite|deplacement|voyage|tournee) (?:a|au|aux|en|dans)|(?:se sont|s'est|nous nous sommes) (?:parle|telephone)|se (?:parlent|telephonent)|(?:a|ont) (?:echange|converse) ${FR_WHEN}avec (?:son |sa |ses |leur |leurs |le |la |les |l['’])(?:[\\p{L}-]+ )?(?:homologues?|president|presidente|premier ministre|premiere ministre|ministre|chef|cheffe|secretaire|chanceli\\p{L}+|roi|reine|ambassadeur|ambassadrice|emir|prince)|(?:a|ont) copreside|copresid(?:e|ent|a|erent)|(?:a|ont) accorde ${FR_WHEN}(?:une )?audience|(?:a|ont|avons|ai) (?:participe|assiste) (?:a|au|aux)|particip(?:e|ent|ons|era|eront)? (?:a|au|aux)|assist(?:e|ent|ons) (?:a|au|aux)|(?:s'est|se sont) entretenu\\p{L}* (?:par telephone|au telephone)|entretien telephonique|echange telephonique|(?:a|ont) telephone a|(?:s'est|se sont|me suis|nous sommes) deplace(?:e|s|es)?(?= ${FR_DAY}(?:a|au|aux|en) )`,
      type: 'meeting',
      plover: 'CONSULT',
      cameo: '040',
    },
    {
      pattern: `${frenchVerbForms(FR_SPEECH, { present: false })}|(?:a|ont) (?:declare|affirme|souligne|annonce|indique|estime|rappele|precise|explique|ajoute|assure|dit|reaffirme|salue|exprime|fait savoir|predit|insiste)|declar(?:e|ent)(?! vainqueur| elu| gagnant)|(?:a|ont|avait|avaient) propose|propos(?:e|ent) (?:de|que|qu['’])|affirm(?:e|ent)|soulign(?:e|ent)|annonc(?:e|ent)|indiqu(?:e|ent)|estim(?:e|ent)|rappell?(?:e|ent)|precis(?:e|ent)|expliqu(?:e|ent)|ajout(?:e|ent)|assur(?:e|ent)(?= qu)|dit|reaffirm(?:e|ent)|salu(?:e|ent)|predi(?:t|sent)|insist(?:e|ent)|(?:declar|annonc|affirm|soulign|indiqu|estim|precis|expliqu|ajout|reaffirm|insist|confirm|repond|reiter)(?:a|erent)|(?:a|ont) (?:confirme|repondu|juge|note|reitere|martele|soutenu|assene|admis|detaille|clarifie|signale|fait remarquer|fait observer|plaide|releve|promis|evoque|reagi|commente|ecrit|tweete|prevenu|mis en garde|fait valoir|tenu a (?:rappeler|souligner|saluer|preciser|dire|affirmer))|${FR_AUX} (?:dit|repondu|promis|prevenu|ecrit|(?:reconnu|admis|soutenu) (?:que|qu')|fait savoir|fait valoir|fait etat|mis en garde|mis en avant|repete|confie|detaille|signale|constate|observe|dementi|nie|fustige|qualifie|rendu hommage|lance un appel|lance un avertissement|tenu a \\p{L}+)|fai(?:t|sent) etat d|(?:repet|confi|detaill|signal|constat|observ)(?:e|ent) (?:que|qu')|dement(?:ent)?|nient|fustig(?:e|ent)|rend(?:ent)? hommage|lance(?:nt)? un appel|(?:a|ont) lance ${FR_WHEN}(?:un |cet |son |leur |un nouvel |de nouveaux )?(?:appel|avertissement|cri d'alarme)|(?<=[»"”] ?,? )(?:${FR_AUX} (?:lance|tranche|glisse|assene|resume|poursuivi|tonne|ironise|lache|rencheri|temoigne|averti)|${FR_REFL_AUX} (?:exclame|emporte|agace|defendu|justifie)e?s?)|(?:confirm|jug)(?:e|ent) (?:que|qu')|reiter(?:e|ent)|(?:s'est|se sont) (?:exprime|dit|declare|montre)(?:e|s|es)?|s'exprim(?:e|ent|a|erent)`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
    },
    // l'éloge et le remerciement dits, à tous les temps : "félicite", "a félicité", "remercient", "avait remercié", "applaudit"
    {
      pattern: `felicit(?:e|ent|a|erent|ait|aient)(?![\\p{L}-])|(?:a|ont|avait|avaient) (?:\\p{L}+ment )?felicite|remerci(?:e|ent|a|erent|ait|aient)(?![\\p{L}-])|(?:a|ont|avait|avaient) (?:\\p{L}+ment )?remercie|applaudi(?:t|ssent|rent)|(?:a|ont|avait|avaient) applaudi`,
      type: 'statement',
      plover: 'SUPPORT',
      cameo: '051',
    },
    // la critique dite : "s'en est pris à", "s'en prend à", "a étrillé"
    {
      pattern: `s['’]en (?:est|sont|etait|etaient) pris(?:e|es)? (?:a|au|aux)|s['’]en prenn?(?:d|ent) (?:a|au|aux)|(?:a|ont) etrille|etrill(?:e|ent)`,
      type: 'statement',
      plover: 'ACCUSE',
      cameo: '112',
    },
    // les verbes qui ne disent la parole que par la proposition qu'ils rapportent ("a mentionné que", "a laissé entendre que"),
    // et s'exprimer, à tous les temps
    {
      pattern: `(?:mentionne|laisse entendre|considere|suggere|souligne|fait remarquer|fait observer|signale|admis|reconnu|concede)(?:nt)? (?:que|qu['’])|(?:martel(?:e|ent)|not(?:e|ent)|soutien(?:t|nent)|reconna(?:it|issent)|previen(?:t|nent)|averti(?:t|ssent)|fai(?:t|sent) savoir|(?:a|ont) avance) (?:que|qu['’])|${FR_REFL_AUX} exprimee?s?|s'exprim(?:e|ent|ait|aient|a|erent)(?! (?:par|a travers|dans les urnes))`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
    },
    // une position dite comme une croyance : "X pense que" (sous un autre verbe de parole, ce que ce verbe rapporte)
    {
      pattern: `(?<!(?:je|nous|j['’]en) )(?:croi(?:t|ent)|pens(?:e|ent)|est convaincue?) (?:que|qu['’])`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
      stance: true,
    },
    {
      pattern: `(?:a|ont) (?:condamne|denonce|accuse|critique|regrette|deplore)|condamn(?:e|ent|a|erent)|accus(?:e|ent|a|erent)|denonc(?:e|ent)|critiqu(?:e|ent|a|erent)|regrett(?:e|ent)|(?:(?:a|ont) (?:rejete|dementi)|rejett?(?:e|ent)|dement(?:i|ent)) (?:les |ces |toutes les |de telles )?(?:[\\p{L}-]+ )?(?:accusations|allegations|critiques|affirmations|informations)`,
      type: 'statement',
      plover: 'ACCUSE',
      cameo: '112',
    },
    {
      pattern: `(?<!(?:qu['’]on|l['’]on|ce que|ce qui) )(?:a|ont) (?:appele|exhorte|demande|exige|reclame)|(?<!(?:qu['’]on|l['’]on|ce que|ce qui|se|on a|on avait) )appell?(?:e|ent) (?:a|au|aux|la|le|les|l['’]\\p{L}+)|exhort(?:e|ent)|demand(?:e|ent) (?:a|au|aux|que|la|le|les|l['’]\\p{L}+|des|une|un)|exig(?:e|ent)|reclam(?:e|ent)`,
      type: 'statement',
      plover: 'REQUEST',
      cameo: '020',
    },
    {
      pattern: `(?:a|ont) (?:menace|averti)|menac(?:e|ent)`,
      type: 'statement',
      plover: 'THREATEN',
      cameo: '130',
    },
    {
      pattern: `declaration|declarations|communique|annonce|entretien accorde|conference de presse|point de presse|point presse|discours|allocution`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
      nominal: true,
    },
    // une guerre lancée avec ses adjectifs : "a lancé sa guerre totale contre", "ont lancé une nouvelle offensive"
    // essais d'armes, interventions : "a procédé à un essai nucléaire", "s'est engagée militairement"
    {
      pattern: `(?:(?:a|ont|avait|avaient) lance|lancent) (?:(?:sa|son|ses|une|un|la|le|leur|leurs|de nouvelles) (?:(?!pour |contre |de )[\\p{L}'-]+ ){0,4}?)?(?:guerre|invasion|offensive|attaques?|missiles?|roquettes|frappes?|bombardements?|incursion)|(?:a|ont) (?:procede a|effectue|realise|mene) (?:un |une |son |sa |leur |des )?(?:[\\p{L}-]+ ){0,2}?essais? (?:nucleaires?|thermonucleaires?|de missiles?|balistiques?)|(?:s'est|se sont|est|sont) (?:engagee?s?|intervenue?s?) militairement`,
      type: 'military_action',
      plover: 'ASSAULT',
      cameo: '190',
    },
    // le début d'une guerre comme nom : "depuis le déclenchement des combats"
    {
      pattern: `declenchement (?:de la |des )?(?:guerre|combats|hostilites)|debut des (?:combats|hostilites)`,
      type: 'military_action',
      plover: 'ASSAULT',
      cameo: '190',
      nominal: true,
    },
    {
      pattern: `${frenchVerbForms(['attaquer', 'bombarder'], { present: false, passive: true })}|(?:${frenchVerbForms(['tirer', 'lancer'], { present: false })}) ${FR_WHEN}(?:un |une |des |deux |trois |plusieurs |nouveaux? |nouvelles? )?(?:missiles?|roquettes|obus|projectiles?|attaques?|offensive|frappes?)|(?:a|ont) (?:envahi|attaque|bombarde|frappe(?! (?:[\\p{L}-]+ )?(?:de sanctions|d['’]une amende|d['’]un embargo)))|envah(?:it|issent|irent)|attaqu(?:e|ent|a|erent)|bombard(?:e|ent|a|erent)|(?:a|ont) (?:lance|tire) (?:un |une |des |plusieurs )?(?:missiles?|attaques?|offensive|roquettes|frappes?)`,
      type: 'military_action',
      plover: 'ASSAULT',
      cameo: '190',
    },
    {
      pattern: `invasion|guerre|attaque|attentats?|offensive|bombardement|frappes?(?! (?:[\\p{L}-]+ )?(?:de sanctions|d['’]une amende|d['’]un embargo))|agression|essai de missile`,
      type: 'military_action',
      plover: 'ASSAULT',
      cameo: '190',
      nominal: true,
    },
    // les pluriels et les frappes par leur arme : « des attaques », « des raids aériens », « les bombardements »
    {
      pattern: `attaques|raids?|bombardements|offensives|invasions|incursions?|frappes? (?:aeriennes?|de drones?|de missiles?)`,
      type: 'military_action',
      plover: 'ASSAULT',
      cameo: '190',
      nominal: true,
    },
    // une unité attaquée : « a été prise à partie », « une embuscade », « des accrochages », « un échange de tirs »
    {
      pattern: `pris(?:e|es)? a partie|accrochages?|embuscades?|echanges? de tirs|escarmouches?`,
      type: 'military_action',
      plover: 'ASSAULT',
      cameo: '190',
      nominal: true,
    },
    // exercices, manœuvres et patrouilles : « l'exercice naval », « des manœuvres conjointes », « des patrouilles mixtes »
    {
      pattern: `exercices? (?:militaires?|nava(?:l|ls|ux)|aeronava(?:l|ls|ux)|conjoints?|combines?|multinationa(?:l|ux)|bilatera(?:l|ux)|amphibies?|aeriens?|interallies?|de (?:grande ampleur|tir|combat|guerre|defense aerienne|debarquement))|man(?:oe|œ)uvres (?:militaires|navales|conjointes|aeriennes|combinees)|patrouilles? (?:conjointes?|mixtes?|navales?|militaires?|aeriennes?|coordonnees?)`,
      type: 'military_action',
      plover: 'MOBILIZE',
      cameo: '150',
      nominal: true,
    },
    // un exercice par son nom : « l'exercice Varuna », « les manœuvres Zapad »
    {
      pattern: `exercices?|man(?:oe|œ)uvres`,
      type: 'military_action',
      plover: 'MOBILIZE',
      cameo: '150',
      nominal: true,
      named: true,
    },
    // des troupes envoyées à tous les temps : « déploie des troupes », « le déploiement de 300 soldats »
    {
      pattern: `(?:deploi(?:e|ent)|deploy(?:a|erent|ait|aient)|envoi(?:e|ent)|envoy(?:a|erent)) (?:[\\p{L}\\p{N},'’-]+ ){0,3}?(?:troupes|forces|soldats|militaires|casques bleus|navires de guerre|fregates|destroyers|sous-marins|avions de combat|chasseurs|bombardiers|bataillons)`,
      type: 'military_action',
      plover: 'MOBILIZE',
      cameo: '150',
    },
    // au passé composé, un jour ou un nombre entre le verbe et l'objet : « a déployé mardi 500 soldats », « ont envoyé deux
    // frégates » (pas « a envoyé un message aux soldats »)
    {
      pattern: `(?:a|ont|avait|avaient) (?:deploye|redeploye|envoye|depeche) (?:(?!(?:a|au|aux|pour|avec|chez|vers|contre|par) )[\\p{L}\\p{N},'’-]+ ){0,3}?(?:troupes|soldats|militaires|casques bleus|navires de guerre|fregates|sous-marins|avions de combat|avions de chasse|chasseurs|bombardiers|bataillons|parachutistes|porte-avions)(?![\\p{L}])`,
      type: 'military_action',
      plover: 'MOBILIZE',
      cameo: '150',
    },
    {
      pattern: `deploiement (?:de |d['’])(?:[\\p{L}\\p{N},'’-]+ ){0,3}?(?:troupes|forces|soldats|militaires|casques bleus|navires de guerre|fregates|sous-marins|avions de combat|chasseurs|bombardiers|bataillons|missiles)`,
      type: 'military_action',
      plover: 'MOBILIZE',
      cameo: '150',
      nominal: true,
    },
    // les sanctions à tous les temps et voix : "nous imposons des sanctions", "mettons en œuvre des sanctions", "interdit tout nouvel investissement"
    {
      pattern: `(?:(?:a|ont|avons) impose|impos(?:e|ent|ons)) (?:[\\p{L}-]+ ){0,3}?sanctions|sanctions (?:[\\p{L}-]+ ){0,2}?(?:ont ete|a ete|sont) imposees|sanctionnons|(?:a|ont) ete sanctionnee?s?|(?:mett(?:ons|ent)|met|(?:a|ont|avons) mis) en (?:œuvre|oeuvre|place) (?:[\\p{L}-]+ ){0,2}?sanctions|interdi(?:t|sent) (?:[\\p{L}'-]+ ){0,2}?(?:nouvel|nouveaux|nouvelle|nouvelles) investissements?`,
      type: 'sanction',
      plover: 'SANCTION',
      cameo: '163',
    },
    // mesures restrictives (le mot de l'UE pour les sanctions) contre des États ou des personnes, sanctions prolongées ou étendues
    {
      pattern: `(?:(?:a|ont|avons) (?:adopte|impose|prolonge|renouvele|etendu|reconduit|durci|instaure)|adopt(?:e|ent|ons)|impos(?:e|ent|ons)|prolong(?:e|ent|eons)|renouvel(?:le|lent|ons)|etend(?:ent|ons)?|recondui(?:t|sent|sons)) (?:[\\p{L}'’-]+ ){0,3}?mesures restrictives|mesures restrictives (?:[\\p{L}'’-]+ ){0,3}?(?:ont ete|a ete|sont) (?:adoptees|imposees|prolongees|renouvelees|reconduites)`,
      type: 'sanction',
      plover: 'SANCTION',
      cameo: '163',
      requires: "contre|a l'encontre|a l’encontre|visant|a l'egard|a l’egard",
    },
    {
      pattern: `(?:(?:a|ont|avons) (?:prolonge|renouvele|reconduit|etendu|durci|elargi)|prolong(?:e|ent|eons)|recondui(?:t|sent|sons)|renouvel(?:le|lent|ons)|durci(?:t|ssent)|elargi(?:t|ssent)) (?:[\\p{L}\\p{N}'’-]+ ){0,3}?sanctions|sanctions (?:[\\p{L}'’-]+ ){0,2}?(?:ont ete|a ete|sont) (?:prolongees|renouvelees|reconduites|etendues|durcies)`,
      type: 'sanction',
      plover: 'SANCTION',
      cameo: '163',
    },
    // des sanctions maintenues pour une nouvelle période, à toute forme du verbe et avec la durée ou son terme entre le verbe
    // et l'objet : « a décidé de proroger pour une nouvelle période de six mois, jusqu'au 15 mars, les mesures restrictives »,
    // « les sanctions économiques ont été reconduites », « la prolongation des sanctions »
    {
      pattern: `(?:${FR_RENEW}) ${FR_TERM_GAP}sanctions|sanctions,? ${FR_TERM_GAP}${FR_RENEWED}`,
      type: 'sanction',
      plover: 'SANCTION',
      cameo: '163',
    },
    {
      pattern: `(?:${FR_RENEW}) ${FR_TERM_GAP}mesures restrictives|mesures restrictives,? ${FR_TERM_GAP}${FR_RENEWED}`,
      type: 'sanction',
      plover: 'SANCTION',
      cameo: '163',
      requires: "contre|a l'encontre|a l’encontre|visant|a l'egard|a l’egard",
    },
    {
      pattern: `(?:prolongation|prorogation|renouvellement|reconduction) (?:de |des |du |d['’])(?:[\\p{L}'’-]+ ){0,3}?sanctions`,
      type: 'sanction',
      plover: 'SANCTION',
      cameo: '163',
      nominal: true,
    },
    // "désignent", "a gelé les avoirs" : des sanctions quand la phrase parle de sanctions
    {
      pattern: `design(?:e|ent|ons)|(?:a|ont|avons) designe|(?:gel|bloqu)(?:e|ent|ons) ${FR_WHEN}(?:les )?avoirs|(?:a|ont|avons) (?:gele|bloque) ${FR_WHEN}(?:les )?avoirs`,
      type: 'sanction',
      plover: 'SANCTION',
      cameo: '163',
      // or where it names a sanctions regime: terrorism, an executive order
      requires: `sanction|terroris|decrets? (?:presidentiels?|executifs?)|executive orders?|e\\.o\\.|sdgt|magnitsky|interdictions? (?:de voyager|de voyage|de sejour|d['’]entree|de territoire)|interdit (?:[\\p{L}'’-]+ ){0,2}?(?:l['’]entree|l['’]acces|de voyager|le territoire)`,
    },
    {
      pattern: `(?:a|ont) impose (?:de nouvelles |des )?sanctions|impos(?:e|ent) (?:de nouvelles |des )?sanctions|(?:a|ont) sanctionne|sanctionn(?:e|ent)|embargo`,
      type: 'sanction',
      plover: 'SANCTION',
      cameo: '163',
    },
    // un paquet de sanctions adopté ou approuvé : "a adopté le cinquième paquet de sanctions", "le paquet de sanctions a été approuvé"
    {
      pattern: `(?:(?:a|ont) (?:adopte|approuve|convenu)|adopt(?:e|ent)|approuv(?:e|ent)|(?:se sont|s['’]est) (?:mis|mise|mises|accordes?|accordee?s?) (?:d['’]accord )?sur) (?:[\\p{L}\\p{N}'’-]+ ){0,3}?(?:paquets?|trains?|series?) de (?:[\\p{L}-]+ )?sanctions|(?:paquets?|trains?) de (?:[\\p{L}-]+ )?sanctions (?:[\\p{L}\\p{N}'’.-]+ ){0,4}?(?:a ete|ont ete|est|sont) (?:adopte|approuve)`,
      type: 'sanction',
      plover: 'SANCTION',
      cameo: '163',
    },
    // des sanctions décidées : « a décidé d'imposer des mesures restrictives » ; un nom porté sur une liste de sanctions : « a
    // placé sur sa liste noire », « a ajouté 14 entités à la liste des personnes sanctionnées »
    {
      pattern: `(?:a|ont) decide ${FR_WHEN}d['’]imposer (?:de nouvelles |des |de )?(?:sanctions|mesures restrictives)|(?:(?:a|ont|avons) (?:place|inscrit|ajoute|mis|porte)|plac(?:e|ent)|inscri(?:t|vent)|ajout(?:e|ent)) (?:[\\p{L}\\p{N}'’.-]+ ){0,8}?(?:sur|a) (?:sa |la |leur |une )?liste (?:noire|des sanctions|des personnes (?:et entites )?(?:sanctionnees|designees))`,
      type: 'sanction',
      plover: 'SANCTION',
      cameo: '163',
    },
    // des sanctions appliquées ou adoptées, sans date comme la nouvelle du jour : « a appliqué des sanctions contre »
    {
      pattern: `(?:(?:a|ont) (?:applique|adopte)|appliqu(?:e|ent)) ${FR_WHEN}(?:d['’]|sur |de )?(?:(?:un|une|le|la|les|des|de|nouvelles?|nouveaux?|nouvel|premier|deuxieme|second|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme|onzieme|douzieme|treizieme|quatorzieme|quinzieme|seizieme|dix-septieme|dix-huitieme|dix-neuvieme|vingtieme|\\p{N}+e) )*(?:(?:paquet|train|serie|vague|ensemble) de (?:nouvelles )?)?sanctions`,
      type: 'sanction',
      plover: 'SANCTION',
      cameo: '163',
    },
    { pattern: `sanctions`, type: 'sanction', plover: 'SANCTION', cameo: '163', nominal: true },
    {
      pattern: `(?:(?:enverr|fournir|livrer|octroier|accorder|debloquer|allouer|verser|acheminer)(?:a|ont)|(?:a|ont|avait|avaient) (?:deja )?(?:envoye|fourni|livre|octroye|accorde|debloque|alloue|verse|achemine|fait don)|fourni(?:t|ssent)|envoi(?:e|ent)|livr(?:e|ent)|octroi(?:e|ent)|accord(?:e|ent)|debloqu(?:e|ent)|allou(?:e|ent)|vers(?:e|ent)|achemin(?:e|ent)) (?:[\\p{L}\\p{N}$€£.,%'’-]+ ){0,8}?(?:d['’])?(?:aide|armes|assistance)`,
      type: 'other',
      plover: 'AID',
      cameo: '070',
    },
    {
      pattern: `aide humanitaire|aide militaire|assistance (?:humanitaire|militaire|d['’]urgence)|enveloppe d['’]aide`,
      type: 'other',
      plover: 'AID',
      cameo: '070',
      nominal: true,
    },
    // une installation ou un équipement remis, inauguré ou offert, à toutes les voix et comme nom : « a remis un nouveau
    // poste frontière aux », « a inauguré une école », « l'hôpital a été remis à », « la remise de dix vedettes »
    {
      pattern: `(?:(?:a|ont) (?:remis|inaugure|offert|cede|ouvert|livre)|remet(?:tent)?|inaugur(?:e|ent)|offr(?:e|ent)) (?:[\\p{L}\\p{N}$€£.,%'’-]+ ){0,6}?(?:le |la |l['’]|les |un |une |des |son |sa |ses |leur |leurs )?(?:[\\p{L}-]+ ){0,2}?(?:postes? (?:frontieres?|frontaliers?|de controle|de police)|points? de passage|vedettes?|ecoles?|hopita(?:l|ux)|cliniques?|centres? de sante|dispensaires?|ponts?|casernes?|laboratoires?|installations|equipements?|materiels?|vehicules|ambulances|bateaux|navires|helicopteres|avions|groupes electrogenes|respirateurs|vaccins|doses)|(?:postes? (?:frontieres?|frontaliers?|de controle|de police)|points? de passage|vedettes?|ecoles?|hopita(?:l|ux)|cliniques?|centres? de sante|dispensaires?|ponts?|casernes?|laboratoires?|installations|equipements?|materiels?|vehicules|ambulances|bateaux|navires|helicopteres|avions|groupes electrogenes|respirateurs|vaccins|doses),? (?:[\\p{L}\\p{N},'’-]+ ){0,8}?(?:a ete|ont ete|est|sont|fut|furent) (?:officiellement )?(?:remis|inaugure|offert|cede|livre)(?:e|s|es)?`,
      type: 'other',
      plover: 'AID',
      cameo: '070',
    },
    {
      pattern: `(?:ceremonie de )?(?:remise|inauguration|donation) (?:officielle )?(?:de la |de l['’]|du |des |d['’]un |d['’]une |de )(?:[\\p{L}\\p{N}-]+ ){0,3}?(?:postes? (?:frontieres?|frontaliers?|de controle|de police)|points? de passage|vedettes?|ecoles?|hopita(?:l|ux)|cliniques?|centres? de sante|dispensaires?|ponts?|casernes?|laboratoires?|installations|equipements?|materiels?|vehicules|ambulances|bateaux|navires|helicopteres|avions|groupes electrogenes|respirateurs|vaccins|doses)`,
      type: 'other',
      plover: 'AID',
      cameo: '070',
      nominal: true,
    },
    // des secours portés à ceux qui en ont besoin, par leurs biens : « a acheminé des vivres », « ont distribué 20 tonnes de »
    {
      pattern: `(?:(?:a|ont) (?:achemine|transporte|distribue|livre|largue|envoye|apporte)|achemin(?:e|ent)|transport(?:e|ent)|distribu(?:e|ent)|livr(?:e|ent)|largu(?:e|ent)) (?:[\\p{L}\\p{N}$€£.,%'’-]+ ){0,6}?(?:des |de |d['’])?(?:vivres|denrees|ravitaillement|fournitures|secours|medicaments|tonnes|kilos|kilogrammes|couvertures|tentes|eau potable|kits)`,
      type: 'other',
      plover: 'AID',
      cameo: '070',
    },
    { pattern: `pont aerien`, type: 'other', plover: 'AID', cameo: '070', nominal: true },
    // une aide dite par sa somme ou son instrument, à tout temps des verbes de don : « fournit 32 millions de dollars »,
    // « a offert à l'Ukraine un prêt de 120 millions », « a débloqué 200 000 dollars », « accorde une subvention »
    {
      pattern: `(?:fourni(?:t|ssent)|(?:a|ont|avait|avaient) (?:deja |egalement |aussi )?(?:fourni|alloue|debloque|verse|octroye|accorde|offert|promis|donne)|allou(?:e|ent)|debloqu(?:e|ent)|octroi(?:e|ent)|offr(?:e|ent)) (?:[\\p{L}\\p{N}'’-]+ ){0,4}?${FR_MONEY}`,
      type: 'other',
      plover: 'AID',
      cameo: '070',
    },
    // "sortis manifester", "sont descendus dans la rue", "ont défilé"
    {
      pattern: `(?:sorti|descendu)(?:e|s|es)? (?:manifester|protester|dans la rue|dans les rues)|(?:ont|a) defile|defil(?:ent|erent)`,
      type: 'protest',
      plover: 'PROTEST',
      cameo: '140',
    },
    // une foule qui se rassemble ou se rend quelque part pour protester, et qui participe à une manifestation (pas une
    // réunion) : « se sont rassemblés devant l'ambassade pour protester », « a participé à la manifestation »
    {
      pattern: `(?:se (?:sont|est) (?:rassemble|reuni|masse|retrouve)(?:e|s|es)?|se rassembl(?:ent|erent)|(?:ont|a) (?:defile|marche|converge)|sont (?:venu|alle|descendu)(?:e|s|es)?)(?: [^.;!?\\n]{0,150}?)? (?:pour (?:protester|manifester|denoncer|exiger|reclamer)|en signe de protestation)|(?:(?:a|ont) )?particip(?:e|ent|erent|ait|aient)? a (?:la |une |des |aux |leur )?(?:manifestations?|protestations?|marches?|rassemblements?|sit-in)`,
      type: 'protest',
      plover: 'PROTEST',
      cameo: '140',
    },
    // une protestation qu'élève un État ou son administration est une parole, non une foule dans la rue : "a élevé une
    // protestation formelle", "a remis une note de protestation"
    {
      pattern: `(?:(?:a|ont) (?:eleve|adresse|envoye|remis|exprime|transmis|presente|formule|depose|emis)|elev(?:e|ent)|adress(?:e|ent)|exprim(?:e|ent)|formul(?:e|ent)|remet(?:tent)?) (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier) )?(?:une |sa |leur |ses |leurs |de )?(?:(?:vive|vives|ferme|formelle|energique|officielle) )*(?:note de |notes de )?protestations?|notes? de protestation`,
      type: 'statement',
      plover: 'ACCUSE',
      cameo: '112',
    },
    // "a manifesté son soutien", "ont manifesté leur inquiétude": a stance shown in words, not a march
    {
      pattern: `(?:(?:ont|a) manifeste|manifest(?:e|ent|erent)) (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|egalement|aussi|deja|publiquement|clairement) )?(?:son|sa|ses|leur|leurs|un|une|le|la|les|l['’]|de|d['’]) ?(?:vif |vive |profond |profonde |plein |pleine |entier |entiere |total |totale |ferme )?(?:soutien|appui|preoccupation|inquietude|interet|volonte|solidarite|desir|intention|disponibilite|satisfaction|desaccord|regret|espoir|souhait|attachement|engagement|confiance|reserves?|opposition)`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
    },
    {
      pattern: `(?:ont|a) manifeste|manifest(?:ent|erent)|(?:ont|a) proteste`,
      type: 'protest',
      plover: 'PROTEST',
      cameo: '140',
    },
    // Round 7 : les actes de la diplomatie et des institutions d'un État, à toutes les formes et comme noms.
    // relations établies ou rétablies : « ont établi des relations diplomatiques », « les relations ont été rétablies »
    {
      pattern: `(?:(?:a|ont|avaient|avait) (?:etabli|retabli|noue|renoue|normalise|repris)|(?:re)?etabli(?:t|rent|ssent)|(?:re)?nou(?:ent|erent)) ${FR_DAY}(?:des |les |ses |leurs )?(?:pleines )?relations diplomatiques|relations diplomatiques (?:[\\p{L}-]+ ){0,3}?(?:ont ete|avaient ete|furent|sont) (?:(?:re)?etablies|renouees|normalisees)`,
      type: 'other',
      plover: 'COOPERATE',
      cameo: '050',
    },
    {
      pattern: `(?:(?:re)?etablissement|normalisation|reprise) des (?:pleines )?relations diplomatiques`,
      type: 'other',
      plover: 'COOPERATE',
      cameo: '050',
      nominal: true,
    },
    // les lettres de créance d'un ambassadeur : « a présenté ses lettres de créance », « a reçu les lettres de créance de »
    {
      pattern: `(?:(?:a|ont) (?:presente|remis|recu)|present(?:e|ent|a|erent)|remet(?:tent)?|remi(?:t|rent)|re(?:coit|coivent|cut|curent)) (?:ses |leurs |les |sa )?lettres? de creance|lettres de creance (?:[\\p{L}-]+ ){0,3}?(?:ont ete|a ete|sont) (?:presentees|remises|recues)`,
      type: 'other',
      plover: 'COOPERATE',
      cameo: '050',
    },
    {
      pattern: `(?:presentation|remise) (?:des|de ses|de leurs|de sa) lettres? de creance`,
      type: 'other',
      plover: 'COOPERATE',
      cameo: '050',
      nominal: true,
    },
    // les résultats d'une élection proclamés par qui les compte : « a publié, mercredi 25 avril, les résultats définitifs »,
    // « a proclamé les résultats du second tour », « les résultats officiels ont été annoncés »
    {
      pattern: `(?:(?:a|ont) (?:publie|proclame|annonce|valide|confirme|communique|officialise|rendu publics)|(?:publi|proclam|annonc|valid|communiqu)(?:e|ent|a|erent))(?:,[^,.;]{1,40},)? les resultats (?:(?:provisoires|definitifs|officiels|complets|partiels|preliminaires)|(?:[\\p{L}'’-]+ ){0,4}?(?:de l['’]election|des elections|du scrutin|du vote|du referendum|du (?:premier|second|deuxieme) tour|de la presidentielle|des legislatives))|resultats (?:provisoires|definitifs|officiels) (?:[\\p{L}-]+ ){0,4}?(?:ont ete|a ete|sont) (?:publies|proclames|annonces|valides)`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
    },
    // une loi ou un traité promulgués : « le décret promulguant la convention », « la promulgation de la loi »
    { pattern: `promulguant`, type: 'other', plover: 'OTHER', cameo: '000' },
    { pattern: `promulgation`, type: 'other', plover: 'OTHER', cameo: '000', nominal: true },
    // un traité appliqué avant son entrée en vigueur : « est appliqué à titre provisoire depuis », « s'applique provisoirement »
    {
      pattern: `(?:est|sont|sera|seront|a ete|ont ete|etait|etaient) appliquee?s? (?:a titre provisoire|provisoirement)|s['’]appliqu(?:e|ent|era|eront|ait) (?:a titre provisoire|provisoirement)|application provisoire (?:a commence|commence|a debute|debute)`,
      type: 'entry_into_force',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
    },
    {
      pattern: `(?:debut|commencement) de (?:son |sa |leur |l['’])application provisoire`,
      type: 'entry_into_force',
      plover: 'AGREE',
      cameo: '057',
      nominal: true,
    },
    // la formule qui clôt un décret ou une loi : « Fait à Paris, le 3 mars 2020. Par le Président de la République : »
    {
      pattern: `fait a \\p{L}+(?:[ -]\\p{L}+)?,? le(?= [^.\\n]{1,30}\\.?\\s*\\n?\\s*par le (?:president de la republique|premier ministre))`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
      signatory: true,
    },
    {
      pattern: `intervention militaire|intervention armee|operations? militaires?|(?:est|sont) intervenue?s? militairement`,
      type: 'military_action',
      plover: 'ASSAULT',
      cameo: '190',
      nominal: true,
    },
    // un coup d'État : « ont pris le pouvoir », « ont renversé le président », « le coup d'État de mercredi »
    {
      pattern: `(?:a|ont) (?:pris|saisi) le pouvoir|pri(?:t|rent) le pouvoir|(?:(?:a|ont) renverse|renvers(?:e|ent|erent)) (?:le |la |l['’])?(?:president|gouvernement|regime|chef de l['’]etat|premier ministre)`,
      type: 'military_action',
      plover: 'COERCE',
      cameo: '170',
    },
    {
      pattern: `coup d['’]etat|putsch|tentative de coup`,
      type: 'military_action',
      plover: 'COERCE',
      cameo: '170',
      nominal: true,
    },
    // des militaires qui arrêtent un chef d'État font un coup : « des soldats ont arrêté le président »
    {
      pattern: `(?:militaires|soldats|troupes|armee|mutins|junte)(?: [\\p{L}'’-]+){0,6}? (?:(?:ont|a) )?(?:arrete|detenu|capture|renverse|enleve|sequestre)\\p{L}* (?:le |la )?(?:[\\p{L}-]+ )?(?:president|premier ministre|chef de l['’]etat)`,
      type: 'military_action',
      plover: 'COERCE',
      cameo: '170',
    },
    // arrestations, au passif : « ont été arrêtés », « a été interpellé »
    {
      pattern: `(?:a ete|ont ete|avait ete|avaient ete|est|sont) (?:arrete|interpelle|incarcere|place en detention)(?:e|s|es)?|(?:a|ont) interpelle`,
      type: 'other',
      plover: 'COERCE',
      cameo: '173',
    },
    // un tribunal statue sur une affaire ou un appel, à toutes les voix : « a rejeté l'appel », « a confirmé la
    // condamnation », « la peine a été annulée », « a été acquitté »
    {
      pattern: `(?:(?:a|ont) (?:rejete|confirme|annule|casse|infirme)|rejet(?:te|tent)|confirm(?:e|ent)|annul(?:e|ent)|cass(?:e|ent)) (?:(?:l['’]|le |la |les |son |sa |ses |leur |leurs ))?(?:[\\p{L}-]+ ){0,2}?(?:appels?|pourvois?|condamnations?|peines?|jugements?|verdicts?)|(?:appel|pourvoi|condamnation|peine|jugement|verdict) (?:[\\p{L}\\p{N}'’.,-]+ ){0,6}?(?:a ete|ont ete) (?:rejete|confirme|annule|casse|infirme)(?:e|s|es)?|(?:a|ont) (?:acquitte|relaxe)|(?:a|ont) ete (?:acquitte|relaxe)(?:e|s|es)?`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
    },
    // une grève dite par ses grévistes : « se sont mis en grève », « ont observé une grève générale » (pas une frappe)
    {
      pattern: `(?:se sont|s'est) mis(?:e|es)? en greve|(?:ont|a) (?:fait|observe|entame|declenche|mene) ${FR_WHEN}(?:une |la )?(?:greve|journee de greve)|(?:ont|a) debraye|(?:etaient|sont) en greve`,
      type: 'protest',
      plover: 'PROTEST',
      cameo: '140',
    },
    { pattern: `manifestations|protestations`, type: 'protest', plover: 'PROTEST', cameo: '140', nominal: true },
    // une élection par ses électeurs ou son vainqueur : "ont élu X président", "a gagné le second tour"
    // le jour du vote dit par ses électeurs : « se sont rendus aux urnes », « étaient appelés aux urnes », « ont glissé leur bulletin »
    {
      pattern: `(?:${FR_REFL_AUX} rendu(?:e|s|es)?|se rend(?:ent|aient|irent)|(?:etaient|sont|ont ete|etait|est|a ete) appele(?:e|s|es)?) (?:${FR_WHEN})?(?:en masse |massivement |nombreux |nombreuses )?aux urnes|(?:ont|a) (?:depose|glisse) (?:leur|son|un) bulletin|(?:ont|a) vote (?:(?!(?:pour|contre|sur|en faveur) )[\\p{L}\\p{N},'’-]+ ){0,4}?pour (?:elire|designer|choisir|renouveler) (?:leur |son |sa |ses |les |le |la |l['’]|un |une |de |des )?(?:nouvel(?:le)? |nouveaux |prochain(?:e)? )?(?:[\\p{L}-]+ ){0,2}?(?:president|presidente|parlement|premier ministre|deputes|senateurs|assemblee|representants|maire|gouverneur|chef de l['’]etat|dirigeants?)`,
      type: 'election',
      plover: 'OTHER',
      cameo: '000',
    },
    {
      pattern: `(?:a|ont) elu (?:[\\p{L}\\p{N}.'-]+ ){1,6}?(?:comme |au poste de )?(?:president|presidente|premier ministre|chancelier|chanceliere|maire)|(?:a|ont) (?:remporte|gagne) (?:les |l'|la |le )?(?:[\\p{L}-]+ ){0,2}?(?:elections?|scrutin|presidentielle|second tour|referendum)`,
      type: 'election',
      plover: 'OTHER',
      cameo: '000',
    },
    {
      pattern: `(?:a|ont) remporte (?:les |l')?elections?|(?:a ete|est) elu(?:e)?|(?:a ete|est) reelu(?:e)?`,
      type: 'election',
      plover: 'OTHER',
      cameo: '000',
    },
    {
      pattern: `elections?|scrutin|(?<!ad )referendum|presidentielle|legislatives|consultation populaire`,
      type: 'election',
      plover: 'OTHER',
      cameo: '000',
      nominal: true,
    },
    // Registres de la ronde 6. Une note diplomatique adressée ou remise : « a adressé une note verbale »
    {
      pattern: `(?:(?:a|ont) (?:adresse|remis|envoye|transmis|fait parvenir)|adress(?:e|ent)|remet(?:tent)?) (?:[\\p{L}\\p{N}'’-]+ ){0,3}?(?:une |la |sa |leur )?note (?:verbale|diplomatique|de protestation)`,
      type: 'statement',
      plover: 'ACCUSE',
      cameo: '111',
    },
    // une résolution d'un parlement ou d'une organisation : « a voté mardi une résolution condamnant »
    {
      pattern: `(?:(?:a|ont) (?:vote|adopte|approuve)|vot(?:e|ent)|adopt(?:e|ent)) (?:[\\p{L}\\p{N}'’-]+ ){0,3}?(?:une |la )?(?:resolution|declaration)(?! (?:\\p{L}+ ){0,2}?(?:ratification|consentement))`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
    },
    // des troupes entrent dans un lieu ou le prennent : « les troupes russes sont entrées dans », « ont pris le contrôle de »
    {
      pattern: `(?:troupes|forces|soldats|armee|chars|unites) (?:[\\p{L}-]+ ){0,2}?(?:(?:sont|est) (?:entrees?|entres?|entre)|(?:ont|a) (?:pris|capture|occupe|franchi|penetre|investi)|(?:entr|penetr)(?:ent|erent)|pris le controle)`,
      type: 'military_action',
      plover: 'ASSAULT',
      cameo: '190',
    },
    // un lieu pris, dit par son objet quel que soit son sujet : « des groupes armés se sont emparés de la ville de »,
    // « les rebelles ont pris mardi le contrôle de la localité »
    {
      pattern: `(?:${FR_REFL_AUX} empare(?:e|s|es)?|s['’]empar(?:e|ent|a|erent)|(?:a|ont|avaient|avait) (?:pris|conquis|repris|investi)|pri(?:t|rent)|conqui(?:t|rent)) ${FR_WHEN}(?:le controle (?:de |d['’]))?(?:de |d['’])?(?:la |le |l['’])?(?:ville|villes|village|villages|localite|localites|port|aeroport|base (?:militaire|aerienne)|capitale (?:provinciale|regionale)|chef-lieu)(?![\\p{L}])`,
      type: 'military_action',
      plover: 'ASSAULT',
      cameo: '190',
    },
    // une nomination : « a nommé X ministre des Affaires étrangères », « a été nommé ambassadeur »
    {
      pattern: `(?:(?:a|ont) (?:nomme|designe)|nomm(?:e|ent)) (?:[\\p{L}\\p{N}.'’-]+ ){0,8}?(?:au poste d['’]|comme |en tant que |nouvel? |nouvelle )*(?:ministre|ambassadeur|ambassadrice|envoye special|envoyee speciale|secretaire d['’]etat|porte-parole|premier ministre|premiere ministre|haut-commissaire|haute-commissaire|representant special|representante speciale|chef d['’]etat-major)|(?:a ete|ont ete|est|sont) (?:nomme|designe)(?:e|s|es)? (?:(?:au poste d['’]|comme |en tant que |nouvel? |nouvelle )*)(?:ministre|ambassadeur|ambassadrice|envoye|envoyee|secretaire|porte-parole|premier ministre|premiere ministre|president|presidente|conseiller|conseillere|representant|representante|chef|directeur|directrice|gouverneur|commandant)`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
    },
    // une signature racontée comme un nom qui a eu lieu : « La signature de l'accord ... a eu lieu mardi », « s'est déroulée la signature »
    {
      pattern: `signature (?:de |du |des |d['’])(?:[\\p{L}\\p{N}'’.,-]+ ){1,12}?(?:a eu lieu|s'est (?:deroulee|tenue)|est intervenue)|(?:a eu lieu|s'est deroulee) (?:[\\p{L}\\p{N}-]+ ){0,4}?la (?:ceremonie de )?signature`,
      type: 'treaty_signing',
      plover: 'AGREE',
      cameo: '057',
    },
    // les formes impersonnelles du communiqué : « peut-on lire dans le communiqué du ministère », « est-il indiqué dans la déclaration »
    {
      pattern: `(?:peut-on|on peut) lire dans (?:le|la|un|une|son|sa) (?:[\\p{L}-]+ ){0,2}?(?:communique|declaration|note|texte|document|message)|(?:est-il|il est) (?:indique|precise|souligne|affirme|rappele|ecrit) dans (?:le|la|un|une|son|sa) (?:[\\p{L}-]+ ){0,2}?(?:communique|declaration|note|texte|document|message)`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
      speakerAfter: true,
    },
    // un discours devant une assemblée : « s'est adressé à l'Assemblée générale », « est intervenu devant le Sénat »
    {
      pattern: `(?:s'est|se sont) adresse(?:e|s|es)? (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:a|au|aux|devant) (?:la |le |l['’]|les )?(?:[\\p{L}-]+ ){0,2}?(?:assemblee|parlement|congres|senat|nation|francais|conference|sommet|forum|session|conseil|participants|deputes|senateurs)|(?:est|sont) intervenu(?:e|s|es)? (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:devant|a la tribune|a l['’]|au|a la) (?:[\\p{L}'’-]+ ){0,3}?(?:assemblee|parlement|congres|senat|conference|sommet|forum|session|conseil|debat|ceremonie)`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
    },
  ],
  negation: [
    'ne',
    "n'",
    'pas',
    'jamais',
    'aucun',
    'aucune',
    'sans',
    'ni',
    'refuse de',
    'a refuse de',
    // un acte annulé, reporté ou auquel on a renoncé n'a pas eu lieu : « a annulé la réunion », « a reporté la signature »
    'a annule',
    'ont annule',
    'annule',
    'a reporte',
    'ont reporte',
    'a ajourne',
    'ont ajourne',
    'renonce a',
    'a renonce a',
    'ont renonce a',
  ],
  future: [
    'va',
    'vont',
    'doit',
    'doivent',
    'prevoit',
    'prevu',
    'envisage',
    'signera',
    'signeront',
    'compte',
    // plans, schedules and hopes: "devra signer", "entendent ratifier", "la prochaine réunion", "s'apprête à signer"
    'devra',
    'devront',
    'prevoient',
    'prevue',
    'prevus',
    'prevues',
    'envisagent',
    'comptent',
    'entend',
    'entendent',
    'projette',
    'projettent',
    "s'apprete a",
    "s'appretent a",
    'espere',
    'esperent',
    'sur le point de',
    'prochain',
    'prochaine',
    'prochains',
    'prochaines',
    'a venir',
  ],
  irrealis: [
    'serait',
    'seraient',
    'dans le cas ou',
    'en cas de',
    'devrait',
    'devraient',
    'pourrait',
    'pourraient',
    'afin de',
    'pour',
    'si',
    'au cas ou',
    "jusqu'a ce que",
    'veut',
    'voudrait',
    'souhaite',
    'propose',
    'a propose',
    // readiness and openness: a meeting or act one is ready for has not happened
    'pret a',
    'prete a',
    'prets a',
    'pretes a',
    'dispose a',
    'disposee a',
    'disposes a',
    'disposees a',
    'disponibilite',
    'ouvert a',
    'ouverte a',
    'ouverts a',
    'ouvertes a',
    // une demande d'acte : "a rejeté les demandes de rencontre"
    'demande de',
    'demandes de',
    "demande d'",
    // an act in preparation has not happened: "the preparations for the visit", "persiapan kedatangan"
    'preparation de',
    'preparation du',
    'preparation des',
    'preparatifs de',
    'preparatifs du',
    'preparer',
    'preparent',
    // an act in prospect or in a hypothesis has not happened: "the possibility of a visit", "the dates of the signing",
    // "looks forward to meeting", "dans l'hypothèse où le référendum"
    'possibilite',
    'possibilites',
    'perspectives de',
    'dates de',
    'hypothese',
    "dans l'attente de",
  ],
  decisionVerbs: [
    'a decide',
    'ont decide',
    'avait decide',
    'avaient decide',
    'decida',
    'deciderent',
    'a resolu',
    'ont resolu',
    'a choisi',
    'ont choisi',
    "ai l'honneur de",
    "avons l'honneur de",
    "a l'honneur de",
  ],
  requestVerbs: [
    'recommande que',
    'recommande de',
    'recommande au',
    'appelle',
    'appellent',
    'a appele',
    'ont appele',
    'exhorte',
    'exhortent',
    'a exhorte',
    'demande que',
    'demande au',
    'demandent que',
    'a demande au',
    'invite',
    'invitent',
    'a invite',
    'prie',
  ],
  futureForms: '\\p{L}{3,}(?:era|eront|ira|iront)',
  pastForms: '\\p{L}{2,}(?:erent|irent)|a|ont|avait|avaient|ete|fut|furent',
  anniversaryNouns: 'anniversaire\\p{L}*|commemora\\p{L}*',
  // a time elapsed since the act: "huit ans après la signature", "un an après le sommet"
  elapsedSince: '(?:ans?|annees?|mois|semaines?|decennies?) (?:apres|depuis)',
  disasterNouns:
    'seismes?|tremblements? de terre|secousses?|tsunamis?|raz[- ]de[- ]maree|ouragans?|typhons?|cyclones?|tempetes?|inondations?|crues?|tornades?|incendies? de foret|feux de foret|glissements? de terrain|avalanches?|eruptions?|secheresses?|canicules?',
  anaphoricDeterminers: { before: "ce|cet|cette|ces|ledit|ladite|lesdits|lesdites|(?:le|la|l['’]|les) (?:meme|memes)" },
  restatingCopulas:
    "(?:est|etait|sont|etaient|c['’]est|c['’]etait|ce fut|fut|constitue|constituait|marque|marquait|a ete) (?:la|le|l['’]|les|une|un|sa|son|ses|leur|leurs|notre|nos)",
  bodyNouns: [
    ['ambassade', 'consulat', 'mission diplomatique', 'representation diplomatique'],
    ['ministere', 'departement'],
    ['conseil'],
    ['commission'],
    ['comite'],
    ['agence'],
    ['parti'],
    ['commandement'],
  ],
  addingSpeech: 'ajout(?:e|es|ent|a|erent|ait|aient|ant)',
  closingSpeechVerbs: [
    'a dit',
    'a declare',
    'a affirme',
    'a ajoute',
    'a souligne',
    'a explique',
    'a precise',
    'a indique',
    'a-t-il',
    'a-t-elle',
    'ont-ils',
    'ont-elles',
    'declare',
    'ajoute',
    'souligne',
    'explique',
    'precise',
    'indique',
    'affirme',
    'dit',
    'declara',
    'ajouta',
    'souligna',
    'expliqua',
    'affirma',
    'a conclu',
    'conclut',
  ],
  asAmended: ['tel que', 'telle que', 'tels que', 'telles que', "tel qu'", "telle qu'"],
  instrumentAmendForms: ['modifie', 'modifient', 'amende', 'amendent'],
  amendments: { nouns: ['amendement', 'amendements'], links: ['a', 'au', 'aux', 'de', 'du', 'des', "d'"] },
  amendingLinks: [
    'modifiant',
    'amendant',
    'portant modification de',
    "portant modification d'",
    'portant amendement de',
    "portant amendement d'",
    'de modification de',
    "de modification d'",
    'qui modifie',
    // an instrument that extends another
    'portant prorogation de',
    "portant prorogation d'",
    'prorogeant',
    'de prorogation de',
    "de prorogation d'",
  ],
  frameAfterFounding: "dans|en vertu d(?:u|es|e la|e l')|aux termes d(?:u|es|e la|e l')|par|conformement a(?:u|ux)?",
  negativeDeterminers: ['aucun', 'aucune', 'nul', 'nulle'],
  tally:
    "(?:\\d{2,3} |des dizaines de |des centaines de |une (?:dizaine|douzaine|vingtaine|trentaine|cinquantaine|centaine) (?:de |d['’]))(?:autres )?(?:pays|etats|nations|parties|gouvernements|signataires|etats membres)|par \\d{2,3}(?=[,.;)])",
  signedDocuments: `(?<!echange de )lettres?|petitions?|livres? d['’ ]or|(?:livres?|registres?) de condoleances|actes? de depot|certificats?|requetes?|plaintes?|saisines?`,
  lawNouns: '(?:loi|lois|decrets?(?:-lois?)?|ordonnances?|arretes?|projets? de loi|proclamations?|ordres? executifs?)',
  lawYearLink: 'de|du',
  billNouns: '(?:projet de loi|proposition de loi)',
  ratificationNoun: 'ratification\\p{L}*',
  kinshipBefore: [
    '(?:feu )?(?:pere|mere|fils|fille|grand-pere|grand-mere|epoux|epouse|veuve|frere|soeur|oncle|tante) de',
  ],
  // a journalist's credit before a name: "editing by", a "by" that opens a line, "Penulis:", "Корр. ТАСС"
  creditBefore:
    '(?:^|\\n)[^\\S\\n]*(?:\\(?[^\\S\\n]*)?par|(?:redige|edite|recueillis|photos?)(?:e|s|es)? par|(?:redaction|edition|auteur|photos?|correspondant|correspondante)[^\\S\\n]*:',
  // an adjectival participle ("le traité signé en 1963": which treaty), not a passive with its auxiliary ("a été signé en 1963": when)
  signedParticiple:
    '(?<!(?:ete|fut|furent|est|sont|etait|etaient|sera|seront|a|ont|avait|avaient) (?:\\p{L}+ment )?)(?:signe(?:e|s|es)?|conclu(?:e|s|es)?)',
  ordinal: '(?:premi\\p{L}*|deuxieme|second\\p{L}*|troisieme|derni\\p{L}*|\\d+e)',
  reporting: ['selon', "d'apres", 'rapporte', 'a rapporte', 'cite par', 'a indique l agence'],
  replace: [
    {
      pattern: `remplac(?:e|ent|er|era|eront|erait|eraient|ait|aient|ant|a|erent)|(?:a|ont|avait|avaient|aura|auront|aurait|auraient) remplace|(?:se substitu(?:e|ent|er|era|eront|erait|eraient|ait|aient|ant|a|erent)|s['’]est substitue(?:e|s|es)?|se sont substitue(?:e|s|es)?|succed(?:e|ent|era|eront|erait|eraient|ait|aient|a|erent))(?: a(?= (?:celui|celle|ceux|celles)(?![\\p{L}])))?|en remplacement d(?:e|u|es)|a la place d(?:e|u|es)|(?:prend|prennent|prendra|prendront|prendrait|prendraient|prenait|prenaient|prendre|prenant|pris|prit) la place d(?:e|u|es)`,
      basis: 'declared',
    },
    {
      // "a été abrogée par", "sont abrogés et remplacés par" : une fin légale dont l'agent vient après
      pattern: `(?:(?:a ete|ont ete|avait ete|avaient ete|fut|furent|sera|seront|est|sont|etait|etaient) )?(?:abroge|annule|aboli)(?:e|s|es)?(?: et remplace(?:e|s|es)?)?(?: [^\\s.;:,()]+){0,4} par`,
      basis: 'legal',
      passive: true,
    },
    {
      // "fut remplacée en 1947 par", "remplacé par" (une participiale), "céda la place à" : le nouveau vient après
      pattern: `(?:(?:a ete|ont ete|avait ete|avaient ete|fut|furent|sera|seront|est|sont|etait|etaient) )?(?:remplace|supplante|succede)(?:e|s|es)?(?: [^\\s.;:,()]+){0,4} par|(?:a cede|ont cede|cede|cedent|ceda|cederent|cedera|laisse|laissa|a laisse|laissera) (?:la )?place a`,
      basis: 'declared',
      passive: true,
    },
    {
      // "sont abrogés", "est abrogée" : sans agent, le présent accord (dans son propre texte) ou le nouveau
      pattern: `(?:est|sont|sera|seront) (?:abroge|annule)(?:e|s|es)?(?!(?: [^\\s.;:,()]+){0,4} par)`,
      basis: 'legal',
      cease: true,
      requires: `entree en vigueur|entr(?:e|era) en vigueur|nouvel (?:accord|traite)|nouveau (?:traite|pacte)|nouvelle convention`,
      requiresInText: `present(?:e)? (?:accord|traite|convention|protocole)`,
    },
    {
      pattern: `cess(?:e|ent|era|eront) d'(?:etre en vigueur|avoir effet|etre applicables?)|devien(?:t|nent) caduc(?:s|que|ques)?`,
      basis: 'legal',
      cease: true,
      requires: `entree en vigueur|entr(?:e|era) en vigueur|nouvel (?:accord|traite)|nouveau (?:traite|pacte)`,
    },
    {
      pattern: `abroge(?:ant)?|abrog(?:ent|era|eront|erait|eraient|eait|eaient|ea)|(?:a|ont|avait|avaient|aura|auront) (?:abroge|aboli)|abol(?:it|issent|ira|iront|irait|iraient|issait|issaient|issant|irent)|met fin a|mettent fin a|mettra fin a|mettront fin a|a mis fin a|mit fin a`,
      basis: 'legal',
    },
    {
      pattern: `succede a|succedant a|successeur d[eu]|en lieu et place d[eu]|au lieu d[eu]|(?:prend|prennent|prendra|a pris|prit) le relais d[eu]|(?:prend|prennent|prendra|a pris|prit) la releve d[eu]`,
      basis: 'successor',
    },
    {
      // "le passage de X à Y", "le remplacement de X par Y" : le nouveau suit les anciens
      pattern: `(?:passage|transition|basculement) (?:de|du|des|d')[^.;:!?]{3,120}? (?:a|au|aux)|remplacement (?:de|du|des|d')[^.;:!?]{3,120}? par|remplac(?:er|e|ent|era|eront|ait|ant) (?:l'|la |le |les |un |une |ce |cet |cette |son |sa |ses |leur |leurs )[^.;:!?]{2,400}? par`,
      basis: 'declared',
      span: true,
    },
  ],
  notReplace: [
    'amende',
    'modifie',
    'complete',
    'prolonge',
    'proroge',
    'renouvelle',
    'suit',
    'poursuit',
    'renomme',
    'modernise',
    'actualise',
    'elargit',
    // a preamble's background treaties: "Rappelant l'Accord ...", "se référant au Traité ..."
    'rappelant',
    'se referant a',
    'se referant au',
    'faisant reference a',
  ],
  protocolNotTreaty: {
    after: "(?:sanitaires?|de (?:sante|soins|prevention)|d['’ ]hygiene|therapeutiques?|medicaux|medical|covid(?:-19)?)",
  },
  accessionProtocol: {
    of: `protocoles? (?:(?:au|aux|a la|a l') ?(?:[\\p{L}'-]+ ){1,6}?)?(?:sur l'|relatifs? a l'|pour l'|d'|de l')(?:accession|adhesion|admission) (?:de la |de l'|du |des |de |d')`,
    to: `\\s+(?:a|au|aux)\\s+(?:la\\s+|l')?`,
  },
  treatyNouns: [
    { form: 'traite', kind: 'treaty' },
    { form: 'traites', kind: 'treaty' },
    { form: 'accord', kind: 'agreement' },
    { form: 'accords', kind: 'agreement' },
    { form: 'pacte', kind: 'pact' },
    { form: 'pactes', kind: 'pact' },
    { form: 'convention', kind: 'convention' },
    { form: 'conventions', kind: 'convention' },
    { form: 'protocole', kind: 'protocol' },
    { form: 'protocoles', kind: 'protocol' },
    // "Avenant n°2 à la convention": an instrument that amends a treaty, as a protocol does
    { form: 'avenant', kind: 'protocol' },
    { form: 'avenants', kind: 'protocol' },
    { form: 'declaration', kind: 'declaration' },
    { form: 'declarations', kind: 'declaration' },
    { form: 'charte', kind: 'charter' },
    { form: 'memorandum', kind: 'memorandum' },
    { form: 'mou', kind: 'memorandum' },
    { form: 'partenariat', kind: 'partnership' },
    { form: 'arrangement', kind: 'agreement', replacedOnly: true },
    { form: 'arrangements', kind: 'agreement', replacedOnly: true },
  ],
  determinersBefore: [
    'le',
    'l',
    'du',
    'au',
    'ce',
    'cet',
    'cette',
    'ledit',
    'ladite',
    'la',
    'les',
    'des',
    'son',
    'sa',
    'leur',
    'nouveau',
    'nouvel',
    'nouvelle',
    'futur',
    'future',
  ],
  determinersAfter: [],
  indefinite: ['un', 'une', 'autre', 'nouvel', 'd'],
  relativeWords: ['qui', 'que', 'qu'],
  between: ['entre'],
  inForce: ['actuel', 'actuelle', 'existant', 'existante', 'caduc', 'caduque', 'obsolete'],
  untilNot: "(?:^|[^\\p{L}])(?:tant|jusqu['’]a ce|avant) qu(?:e|['’]\\p{L}*)",
  treatyStandIns: ['texte', 'document', 'instrument'],
  insteadOf: ['au lieu de', "au lieu d'", 'plutot que de', "plutot que d'", 'plutot que', 'sans'],
  replacedPronouns: { before: ['le', 'la', 'les', "l'"] },
  elidedSubject: "(celui|celle) (?:(?:signe|conclu)e? )?avec (?:le |la |les |l['’])?",
  elidedNamed: "(?:a )?(?:celui|celle) (?:de |d['’])",
  elidedTreaty:
    "(?:celui|celle|ceux|celles)(?= (?:(?:signe|conclu|paraphe|adopte)e?s?(?![\\p{L}])|qui (?:a|avait|ont|avaient) ete (?:signe|conclu)|qui (?:est|etait|sont|etaient|a ete|avait ete|ont ete|avaient ete) en vigueur|en vigueur|de \\d|du \\d|d['’]\\d))",
  elidedEarlier: "(?:la|le|l['’]) ?(?:precedente?|ancienne?|actuelle?|anterieure?|existante?)",
  earlierDatedBy:
    "(?:(?:qu(?:i|e)\\s+(?:(?:a|avait|ont|avaient)\\s+ete|(?:est|etait|sont|etaient))\\s+)?(?:signe|conclu|paraphe|adopte|ratifie|entree?\\s+en\\s+vigueur|entres?\\s+en\\s+vigueur)(?:e|s|es)?\\s+(?:en|le)|(?:qu(?:i|e)\\s+(?:est|etait|sont|etaient|a\\s+ete|avait\\s+ete|ont\\s+ete|avaient\\s+ete)\\s+)?en\\s+vigueur\\s+depuis(?:\\s+le)?|de|du|d['’]|(?:datant|qui\\s+date)\\s+d(?:e|u|['’]))(?:\\s*l['’]annee)?",
  previous: [
    'precedent',
    'precedente',
    'precedents',
    'precedentes',
    'ancien',
    'ancienne',
    'anciens',
    'anciennes',
    'anterieur',
    'anterieure',
    'anterieurs',
    'anterieures',
  ],
  apposition: [
    'communement',
    'couramment',
    'souvent',
    'ou',
    'aussi',
    'appele',
    'appelee',
    'dit',
    'dite',
    'connu',
    'connue',
    'sous',
    'le',
    'nom',
    'de',
    'en',
    'anglais',
    'sigle',
  ],
  describedAs: [
    'qualifie de',
    'qualifiee de',
    'decrit comme',
    'decrite comme',
    'denomme',
    'denommee',
    'appele',
    'appelee',
    'connu sous le nom de',
    'connue sous le nom de',
    'baptise',
    'baptisee',
    'ci-apres',
    'ci-apres denomme',
    'ci-apres denommee',
  ],
  locative: ['a', 'en', 'au'],
  placeNamedNouns: [
    'sommet',
    'sommets',
    'conference',
    'processus',
    'format',
    'groupe',
    'cycle',
    'reunion',
    'declaration',
    'paquet',
  ],
  placeNamedLinks: ['de', 'du'],
  pronouns: ['il', 'elle'],
  after: [
    'apres',
    'depuis que',
    'a la suite de',
    'fait suite a',
    'fait suite au',
    'fait suite aux',
    'faisait suite a',
    'faisait suite au',
  ],
  linkPrefixes: ['lire aussi', 'voir aussi', 'a lire aussi', 'en savoir plus'],
  followedBy: ['suivi par', 'suivie par', 'suivi de', 'suivie de'],
  respectively: ['respectivement'],
  relativePronouns: ['qui', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'dont', 'duquel'],
  meetingFrame: ['lors de', 'lors du', 'lors des', 'au cours de', 'au cours du', 'au cours des', 'pendant', 'durant'],
  pairWords: ['deux'],
  pluralSpeakers: [
    'les deux ministres',
    'les ministres',
    'les deux chefs de delegation',
    'les deux chefs de delegations',
    'les chefs de delegation',
    'les chefs de delegations',
    'les deux presidents',
    "les deux chefs d'etat",
    'les deux dirigeants',
    'les dirigeants',
    'les deux chefs de la diplomatie',
  ],
  earlierSpeech: {
    auxiliaries: ['avait', 'avaient', "s'etait", "s'etaient", 'setait'],
    adverbs: ['auparavant', 'precedemment', 'plus tot', "a l'epoque", 'a cette epoque'],
  },
  unnamedSpeakers: [
    'analyste',
    'analystes',
    'expert',
    'experts',
    'experte',
    'expertes',
    'observateur',
    'observateurs',
    'observatrices',
    'critiques',
    'commentateur',
    'commentateurs',
    'economiste',
    'economistes',
    'chercheur',
    'chercheurs',
    'universitaires',
    'sources',
    'habitants',
    'riverains',
    'temoins',
    'diplomates',
    'etudiants',
    'manifestants',
    'militants',
    'activistes',
    'internautes',
  ],
  statementAnaphora: ['le communique', 'la declaration', 'le texte', 'le message'],
  additive: ['aussi', 'egalement', 'en outre', 'de plus', 'par ailleurs'],
  headerTopic: ['sur', 'concernant', 'relative a', 'relatif a', 'au sujet de', 'suite a', 'a la suite de'],
  sinceAct: ['depuis', 'depuis que', 'depuis qu'],
  uponSignature:
    'des (?:sa |la |leur )signature|a (?:la date de )?(?:sa |la |leur )signature|(?:a compter|a partir) (?:du jour |de la date )?de (?:sa |la |leur )signature',
  delegationNouns: ['delegation', 'delegations'],
  eventAnaphora: FR_FRAME_NOUNS.flatMap(([dets, nouns]) =>
    dets.flatMap((d) => nouns.map((n) => (d.endsWith("'") ? `${d}${n}` : `${d} ${n}`))),
  ),
  // the French press's transcription of Russian names: Путин → Poutine, Сергей Лавров → Sergueï Lavrov, Шойгу → Choïgou
  cyrillicTranscription: [
    ['([аеёиоуыэюя])е', '$1ïe'],
    ['([ьъ])е', '$1ie'],
    ['ия', 'ia'],
    ['ий(?!\\p{L})', 'i'],
    ['ый(?!\\p{L})', 'y'],
    ['([аеёиоуыэюя])й', '$1ï'],
    ['([аеёоуыэюя])и', '$1ï'],
    ['г(?=[еёиы])', 'gu'],
    ['([аеёиоуыэюя])с(?=[аеёиоуыэюя])', '$1ss'],
    ['ин(?!\\p{L})', 'ine'],
    ['щ', 'chtch'],
    ['ч', 'tch'],
    ['ш', 'ch'],
    ['ж', 'j'],
    ['х', 'kh'],
    ['ц', 'ts'],
    ['ю', 'iou'],
    ['я', 'ia'],
    ['у', 'ou'],
    ['ё', 'io'],
    ['й', 'ï'],
    ['[ьъ]', ''],
  ],
  orgNouns: [
    'organisation',
    'organisme',
    'commission',
    'conseil',
    'agence',
    'comite',
    'union',
    'association',
    'parti',
    'banque',
    'fonds',
    'cour',
    'tribunal',
    'forum',
    'alliance',
    'front',
    'mouvement',
    'armee',
    'autorite',
    'bureau',
    'office',
    'ministere',
    'institut',
    'universite',
    'assemblee',
    'chambre',
    'congres',
    'parlement',
    'service',
    'direction',
    'secretariat',
    'centre',
    'federation',
    'coalition',
    'mission',
    'police',
    'garde',
    'forces',
    'departement',
    'administration',
    'societe',
    'entreprise',
    'fondation',
    'ligue',
  ],
  // none yet: French writes a body's name with lowercase adjectives after its head and complement ("ministère des Affaires
  // étrangères", "Agence française de développement"), where the capitalized words alone would cut it short
  orgHeads: ['ministere'],
  orgAdjectives: {
    heads: [
      'agence',
      'alliance',
      'armee',
      'assemblee',
      'autorite',
      'commission',
      'comite',
      'conseil',
      'cour',
      'front',
      'garde',
      'haute autorite',
      'mouvement',
      'parti',
      'rassemblement',
      'tribunal',
      'union',
    ],
    // folded adjectives: électorale, constitutionnel, nationaux, populaire, ivoirienne, démocratique, socialiste,
    // suprême, indépendante, républicain, supérieur, exécutif, fédéral, provisoire; not the present participle in -ant
    // ("la Commission concernant ...")
    endings: [
      'ale?s?',
      'aux',
      'elle?s?',
      'aires?',
      'iques?',
      'ienn?e?s?',
      'ste?s?',
      'eme',
      'antes?',
      'oires?',
      'aine?s?',
      'eure?s?',
      'ive?s?',
      'ifs?',
    ],
  },
  missionHeads: ['ambassade', 'consulat general', 'consulat'],
  missionGenitives: ['de', 'du', 'des', 'd'],
  stateBodyHeads: ['marine', "armee de l'air", 'armee de terre'],
  armedBranchHeads: [],
  bodyPlacePrepositions: ['a', 'au', 'dans', 'devant', 'vers', 'en', 'pres'],
  connectors: [
    'de',
    'du',
    'des',
    'la',
    'les',
    'le',
    "l'",
    "d'",
    'pour',
    'sur',
    'entre',
    'et',
    'en',
    'a',
    'au',
    'aux',
    'relatif',
    'relative',
    'concernant',
  ],
  grammar: {
    franc: 'fra',
    minFunctionShare: 0.1,
    script: 'latin',
    dayFirst: true,
    monthDayYear: false,
    capitalizedMonths: false,
    ambiguousMonths: ['mars', 'mai'],
    weekdayAsWeek: {},
    dayMonthJoin: '',
    daySuffix: 'er',
    monthYearJoin: '',
    yearSuffix: '',
    yearWord: '',
    monthPrefix: "(?:le\\s+)?mois\\s+(?:de|d['’])",
    yearRangeStart: 'de|depuis|entre',
    yearRangeMid: '',
    yearRangeSuffix: '',
    decadeSuffix: '',
    countNouns: 'personnes',
    numberNouns: '(?:n|no|numero|resolution|resolutions|article|loi|decret)\\.?',
    planNouns: 'agenda|vision|plan|strategie|programme|feuille\\s+de\\s+route|france',
    periodNouns: 'periode|periodes|cadre\\s+financier',
    weekdayPastAfter: 'dernier',
    since: '(?:depuis|des)\\s+(?:l\\s+an\\s+|l\\s+annee\\s+)?',
    until: "jusqu['’]\\s*(?:au\\s+|a\\s+(?:la\\s+fin\\s+(?:de\\s+|d['’]\\s*)?)?|en\\s+)?",
    amount:
      '(?:[$€£]\\s?\\p{N}|(?:us\\$|usd|eur)\\s?\\p{N}|\\p{N}[\\p{N}.,\\s]*\\s*(?:millions?|milliards?|dollars|euros|tonnes)(?![\\p{L}]))',
    notUntil: "^\\s+qu(?:e\\s+|['’]\\s*)(?:[\\p{L}.]+\\s+){0,2}?\\p{N}",
    conjunctions: ['et'],
    clauseConjunctions: ['et', 'mais', 'tandis que', 'alors que'],
    conditionals: ['si', "s'il", "s'ils"],
    causePrepositions: 'pour|contre|face a|en raison de|a cause de',
    requestedEvent: `(?<!(?:^|\\s)(?:a la|sur) )(?:demandes?|requetes?|sollicitations?|invitations?) (?:\\S+ ){0,4}?(?:de|pour|d['’]\\S*)`,
    objectDate: "d['’]|de|du|des|perpetree?s?|commise?s?|survenue?s?|menee?s?|lancee?s?|intervenue?s?",
    heldRelative:
      'qui\\s+(?:s\\s*est|se\\s+sont)\\s+tenu\\p{L}*|tenu(?:e|s|es)?|survenu(?:e|s|es)?|effectue(?:e|s|es)?|perpetre(?:e|s|es)?|mene(?:e|s|es)?',
    // "a mené une frappe", "ont effectué des frappes", "a tenu une réunion", "a rendu visite"
    supportVerbs:
      '(?:men|effectu|lanc|realis|oper|perpetr|organis|livr|declench)(?:e|es|ee|ees|ent|a|ait|aient|ant|erent)|condui(?:t|te|ts|tes|sent|sait|saient|sant|sit|sirent)|proced(?:e|ent|a|ait|aient|ant|erent)\\s+(?:a|au|aux)|commi(?:s|se|ses|t|rent)|commett(?:ent|ait|aient|ant)|ten(?:u|ue|us|ues|ait|aient|ant)|tien(?:t|nent)|tin(?:t|rent)|rend(?:u|ue|us|ait|aient|ent|it|irent)|accueill(?:i|ie|is|ies|e|ent|ait|aient|irent)',
    resultVerbs:
      "abouti(?:t|rent|ssent|ssait|ssaient)?\\s+(?:a|au)|debouch(?:e|ent|a|erent|ait|aient)\\s+sur|culmin(?:e|ent|a|erent|ait|aient)\\s+(?:avec|par)|(?:s'est|se sont)\\s+conclue?s?\\s+par|se\\s+concl(?:ut|urent)\\s+par|(?:s'est|se sont)\\s+soldee?s?\\s+par|se\\s+sold(?:e|ent|a|erent)\\s+par",
    supportGapStops:
      'a|au|aux|en|dans|sur|sous|par|pour|avec|contre|apres|avant|depuis|pendant|lors|entre|vers|chez|de|et|ou|mais|que|qu|qui|dont|lorsque|quand|comme|si',
    exerciseNouns: 'exercices?|man(?:oe|œ)uvres',
    tookPlace:
      "s['’]\\s*est\\s+(?:deroulee?|produite?|tenue?)|se\\s+sont\\s+(?:deroule|produit|tenu)e?s|(?:a|ont)\\s+eu\\s+lieu|(?:est|sont)\\s+survenue?s?",
    heldVerbs:
      "s['’]\\s*est\\s+(?:deroulee?|tenue?)|se\\s+sont\\s+(?:deroule|tenu)e?s|(?:a|ont)\\s+eu\\s+lieu|(?:a|ont)\\s+ete\\s+(?:organise|effectue)e?s?",
    nominalDateLink: "du|d['’]|en date du",
    clauseHeads: 'que|qu|qui|dont|lequel|laquelle|lesquels|lesquelles',
    itSubject: ['il', 'elle', 'celui-ci', 'celle-ci'],
    itObject: "l'|y",
    // "le" before a number is the article of a date ("signée le 3 décembre"), no pronoun
    objectPronouns: "l'|la|le(?!\\s*\\d)|les",
    foundingTrigger: 'fonde|etabli|cree',
    negotiationNouns: 'negociations|pourparlers|adhesion',
    sanctionsWord: 'sanction',
    intransitiveAfter: 'en|le|depuis',
    datedBy: 'du',
    nounDateLink: "d['’]|du|de",
    // "l'élection présidentielle de 2007", "la conférence de Berlin de 1885" (not "à la fin de 2015", "à partir de 2015")
    nounYear:
      '(?<![\\p{L}])(?!(?:fin|debut|milieu|printemps|ete|automne|hiver|courant|cours|moitie|semestre|trimestre|annee|annees|mois|partir|pres|autour|lors|plus|moins|reste|long|semaine|semaines)(?![\\p{L}]))\\p{L}{3,}\\s+(?:de|du)\\s+«\\d{4}»',
    listWords: ['et', 'ou', 'enfin', 'en', 'le'],
    participle: 'signe(?:e|s|es)?|conclu(?:e|s|es)?',
    describingParticiple: 'adopte(?:e|s|es)?|ouvert(?:e|s|es)? a la signature|fait a',
    reducedRelative: participleAfterNoun(
      "(?:traites?|accords?|pactes?|documents?|declarations?|conventions?|protocoles?|memorandums?)(?:\\s+(?:de|du|des|d')\\s*[\\p{L}-]+)?\\s+$",
      '^(?:signe(?:e|s|es)?|conclu(?:e|s|es)?)$',
      '(?:est|sont|fut|furent|etait|etaient|a ete|ont ete)',
    ),
    relativeAfterNoun: '^[^.;:]*,\\s*$',
    // "l'accord de pêche, qui avait été signé en 1995", "la convention qu'ils avaient conclue"
    relativeSigning: "^,?\\s*(?:qui|que|qu['’]|lequel|laquelle)\\s*(?:\\p{L}+\\s+){0,3}$",
    namePrecedesNoun: false,
    nameAfterLowercaseNoun: true,
    commaInNames: false,
    capitalNounIsReference: false,
    bareNounRefers: false,
    unmarkedNewAgreement: false,
    referenceBySigningDate: false,
    adjectiveAfterNoun: true,
    participleEnding: '(?:e|ee|es|ees|i|ie|is|ies|u|ue|us|ues)$',
    genericAgreementForms: [],
    aboutWords: ['sur'],
    partySides: {
      members: 'et (?:ses|leurs) etats membres',
      first: "d['’]une part",
      second: "d['’]autre part",
    },
    establishing: "(?:etablissant|instituant) (?:une? |la |le |l['’])\\p{L}+",
    founding:
      "(?:portant creation|instituant|etablissant|creant) (?:d['’]une?\\s+|de la\\s+|de l['’]|du\\s+|des\\s+|une?\\s+|la\\s+|le\\s+|les\\s+|l['’])",
    purposeWords: [
      'sur',
      'pour',
      'relatif a',
      'relative a',
      'relatif au',
      'relative au',
      'relatif aux',
      'tendant a',
      'en vue de',
      "en vue d'",
      'portant sur',
      'concernant',
      'en matiere de',
      'dans le domaine de',
    ],
    numberSign: 'N\\s?[°º]|No\\.|Numéro',
    supplementWords: ['complementaire', 'additionnel', 'additionnelle', 'supplementaire'],
    genericTreatyWords: [
      'international',
      'internationale',
      'internationaux',
      'internationales',
      'bilateral',
      'bilaterale',
      'bilateraux',
      'bilaterales',
      'multilateral',
      'multilaterale',
      'multilateraux',
      'multilaterales',
      'intergouvernemental',
      'intergouvernementale',
      'intergouvernementaux',
      'libre',
      'echange',
    ],
    nameFieldLinks: [
      'en matiere de',
      'dans le domaine de',
      'dans le domaine des',
      'dans les domaines de',
      'relatif a',
      'relative a',
      'relatif aux',
      'relative aux',
      'portant sur',
    ],
    auxiliaries: [
      'a',
      'ont',
      'avait',
      'avaient',
      'ete',
      'est',
      'sont',
      'sera',
      'seront',
      'fut',
      'deja',
      'finalement',
      'officiellement',
    ],
    pluralNouns: [],
    yearBeforeNoun: false,
    // "le traité de 1961", "les accords de défense de 1974": what it is about may come before the year that says which
    yearOfGap:
      "^\\s+(?:\\p{L}+\\s+)?(?:(?:de|du|des|sur)\\s+\\p{L}+\\s+|d['’]\\p{L}+\\s+)?(?:de|du)\\s+(?:\\p{L}+\\s+)?$",
    yearWhenGap: null,
    yearAfterName: '\\s+(?:de\\s+)?',
    signedInYear: 'en\\s+',
    newBefore: 'nouv\\p{L}*|futur\\p{L}*',
    newAfter: null,
    orWords: 'ou',
    articles: ['le', 'la', 'les', "l'"],
    similar: ['similaire', 'semblable'],
    alongside: ['parallelement a', 'aux cotes de', 'ainsi que', 'en plus de', 'de meme que', 'tout comme', 'comme'],
    partnerWords: ['avec'],
    andYear: ',|et',
    isVerbish,
    complementEnd,
    capitalizedSentenceStart: false,
    demonymAfterTitle: true,
    compoundFirstHalf: null,
    nameBeforeTitle: true,
  },
  shared: {
    portfolios: [
      'commerce',
      'finances',
      'defense',
      'armees',
      'etrangeres',
      'economie',
      'interieur',
      'energie',
      'affaires',
      'europe',
      'presse',
      'cultes',
      'securite',
      'nationale',
      'justice',
      'sante',
      'education',
      'agriculture',
      'environnement',
      'travail',
      'transports',
      'industrie',
      'developpement',
      'culture',
      'tourisme',
      'logement',
      'cooperation',
      'solidarite',
      'solidarites',
      'publique',
      'publiques',
      'renseignement',
      'outre-mer',
      'europeennes',
      'francophonie',
      'numerique',
      'etat',
      'mer',
      'jeunesse',
      'exterieur',
      'ecologie',
      // the ministries of a cabinet ("ministre de l’Agriculture et de l’Alimentation", "ministre de la Transition écologique")
      'forets',
      'agricole',
      'alimentation',
      'peche',
      'mines',
      'ressources',
      'naturelles',
      'egalite',
      'femmes',
      'sports',
      'famille',
      'enfance',
      'recherche',
      'innovation',
      'enseignement',
      'superieur',
      'telecommunications',
      'budget',
      'comptes',
      'fonction',
      'territoires',
      'territoriale',
      'cohesion',
      'ruralite',
      'transition',
      'ecologique',
      'climat',
      'inclusion',
      'migrations',
      'integration',
      'planification',
      'investissement',
      'production',
      'consommation',
      'ville',
      'urbanisme',
      'amenagement',
      'handicap',
      'anciens',
      'combattants',
      'memoire',
      'patrimoine',
      'sports',
      'decentralisation',
      'collectivites',
      'relations',
      'institutions',
      // les directions d’un ministère : « directeur de la Politique bilatérale », « chef du Protocole »
      'politique',
      'bilaterale',
      'bilaterales',
      'multilaterale',
      'multilaterales',
      'consulaires',
      'protocole',
      'juridiques',
    ],
    notNames: [
      // salutations of an address ("Madame la Présidente, Mesdames, Messieurs"), no person's name
      'mesdames',
      'messieurs',
      'mesdemoiselles',
      'excellences',
      'europe',
      'afrique',
      'amerique',
      'asie',
      'etat',
      'etats',
      'nations',
      // the words of institutions' names ("Comité international", "palais de l'Élysée")
      'comite',
      'commission',
      'international',
      'internationale',
      'internationales',
      'palais',
      'nation',
      'initiative',
      'memorandum',
      'charte',
      // "Décret présidentiel Numéro 12": a number's word
      'numero',
      // "États parties"; un nom géographique devant un nom ("île de Pâques", "détroit d’Ormuz")
      'parties',
      'ile',
      'iles',
      'province',
      'detroit',
      'golfe',
      'peninsule',
      'ocean',
    ],
    institutions: ['ministere', 'gouvernement', 'elysee', 'quai'],
    languageWords: ['langue'],
    languageNouns: [],
    abbreviations: ['m', 'mme', 'mlle', 'st', 'ste', 'av', 'env', 'cne', 'cdt', 'lcl', 'gal'],
    clauseBreaks: ['mais', 'tandis que', 'alors que', 'cependant'],
    titleOf: ['de', 'du', 'des', 'la', 'le', 'auprès', 'en', 'pour', 'à', 'au', 'aux', "l'", 'l’', "d'", 'd’'],
    portfolioAnd: ['et'],
    apposedTitleLead: ['le', 'la', 'un', 'une', 'ancien', 'ancienne'],
    kinshipArticles: ['le', 'la', 'du'],
    stateLinks: ['de', 'du', 'des', 'la', 'le', 'les', "l'", 'l’', "d'", 'd’'],
    genitiveLinks: ['de', 'du', 'des', "d'", 'd’'],
    bodyAdjectives: [
      'étrangères',
      'étranger',
      'européennes',
      'internationale',
      'international',
      'extérieur',
      'extérieures',
      'nationale',
      'publique',
      'publics',
      'sociales',
      'économiques',
      'solidaire',
      'numérique',
      'intérieure',
    ],
    nameLinks: ['de', 'du', 'des', 'le', 'la'],
    datelineLinks: ['de', 'du', 'la', 'le', 'les'],
    stateNouns: ['republi', 'royaume'],
    compassWords: [
      'nord',
      'sud',
      'est',
      'ouest',
      'septentrional',
      'meridional',
      'oriental',
      'occidental',
      'central',
      'centrale',
      // "New Jersey", "Nueva Jersey", "Новая Зеландия": a new place, named after the old
      'nouvelle',
      'nouveau',
    ],
    cityNouns: ['ville', 'capitale'],
    waterNouns: ['golfe', 'mer', 'lac', 'fleuve', 'riviere', 'baie', 'detroit', 'canal', 'ocean', 'bassin', 'delta'],
    waterNounBlockers: [],
    stateNamedInstitutions: ['universite', 'radio', 'television', 'musee', 'stade', 'coupe'],
    ownStateWords: ['nation'],
  },
};
