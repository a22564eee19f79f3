import type { EventType, Language } from '../../domain/extraction';

/**
 * One trigger: a regular expression source matched on folded text (lowercase, no accents) at word
 * boundaries; `\w` is not Unicode-aware, so patterns spell letters as `\p{L}`.
 */
export interface TriggerRule {
  pattern: string;
  type: EventType;
  plover: string;
  cameo: string;
  /** Nouns ("summit", "pertemuan") make an event only with a date in their own clause. */
  nominal?: boolean;
  /** Treaty-lifecycle verbs (accede, withdraw, ratify, enter into force) need a treaty or organization nearby. */
  needsTreaty?: boolean;
  /** Amendments and renamings: an event about the treaty, never a replacement. */
  amend?: boolean;
  /** Words like "lifted" count only next to the word for sanctions. */
  needsSanctions?: boolean;
  /** A regular expression (folded text) that must also occur in the sentence: "took place" needs "talks". */
  requires?: string;
}

/** A noun that names an agreement, with its kind and English gloss. */
export interface TreatyNoun {
  form: string;
  kind:
    | 'treaty'
    | 'agreement'
    | 'pact'
    | 'convention'
    | 'protocol'
    | 'declaration'
    | 'accord'
    | 'charter'
    | 'memorandum'
    | 'partnership';
  /** Fully spelled inflected forms are covered by matching the folded stem as a prefix. */
  stem?: boolean;
}

/** Grammatical gender of a treaty noun, for the adjectives before it. */
export type NounGender = 'm' | 'f' | 'n';

/** Everything the pipeline knows about a language. Adding a language means adding one of these. */
export interface Lexicon {
  language: Language;
  /** Frequent function words, for the language check after franc. */
  stopwords: string[];
  /** Month names (all cases and abbreviations), January first; folded. */
  months: string[][];
  /** Weekday names, Sunday first (as Date.getUTCDay()); folded. */
  weekdays: string[][];
  /** Words that may precede a bare month or year ("in", "pada", "в", "en"). */
  datePrepositions: string[];
  /** Words around a year: "tahun 1961", "1961 года", "de 1961". */
  yearWords: string[];
  /** Day-range connectors: "12 hingga 14 Juli", "12 to 14 July", "с 12 по 14 июля". */
  rangeWords: string[];
  /** Relative expressions (regex sources on folded text) → an offset from the publication date. */
  relative: { pattern: string; unit: 'day' | 'year' | 'month' | 'now'; offset: number }[];
  /** "that year", "the same year": the year of the previous date in the text. */
  sameYear: string[];
  /** "a year after X" (regex source; group 1 may hold a count word or digits); X is that many years before the previous date. */
  yearsAfter: string;
  yearsBefore: string;
  /** Count words: "two" → 2. */
  numbers: Record<string, number>;
  /** Days relative to the previous date in the text: "the next day" +1, "sehari setelah X" (X was the day before) -1. A capture group holds a count. */
  dayOffsets: { pattern: string; days: number }[];
  decades: string;
  /** Titles that introduce a person's name ("Presiden Rusia Vladimir Putin"); folded; longest first is not required. */
  titles: string[];
  /** Honorifics kept as aliases but dropped from names ("Datuk", "Sir"). */
  honorifics: string[];
  /** Verbs/phrases after which a person's name follows: "led by", "dipimpin oleh", "во главе с". */
  ledBy: string[];
  triggers: TriggerRule[];
  negation: string[];
  future: string[];
  /** Conditionals, purposes, intentions: the event may not have happened. */
  irrealis: string[];
  /** Verb forms (regex source on the trigger's first word, folded) that put the event in the future: "вступит", "entrara". */
  futureForms?: string;
  /** Negative determiners of the subject: "no new alliance was signed", "ningun acuerdo". */
  negativeDeterminers?: string[];
  /** Laws and decrees (regex source): signing one is legislation, not a treaty signing; "the ratification law" is a ratification. */
  lawNouns?: string;
  /** Ratification (regex source), for "the ratification law", "закон о ратификации". */
  ratificationNoun?: string;
  /** Kinship phrases before a name (folded regex sources): "ayah Kim Jong Un" names another person. */
  kinshipBefore?: string[];
  /** Kinship after a name (folded regex source): "Kim Jong Un's father". */
  kinshipAfter?: string;
  /** Signing participles (regex source, folded) that date a treaty noun: "el tratado de amistad firmado por ... en 1961". */
  signedParticiple?: string;
  /** Ordinals that make "the first to sign" asserted despite the infinitive. */
  ordinal: string;
  /** A source cited: "reported", "lapor", "сообщает". */
  reporting: string[];
  /** Replace verbs (regex sources) with the basis they imply. */
  /**
   * `cease`: the old treaties lose force ("утрачивают силу", "ceased to be in effect"): they are the
   * replaced ones, the treaty the text is about replaces them, when `requires` (a regex source on
   * the folded sentence, e.g. its entry into force) also occurs.
   */
  replace: {
    pattern: string;
    basis: 'legal' | 'declared' | 'successor';
    passive?: boolean;
    cease?: boolean;
    requires?: string;
  }[];
  /** Verbs that relate treaties without replacing them: amend, follow, continue, rename. */
  notReplace: string[];
  treatyNouns: TreatyNoun[];
  /**
   * Oblique case forms of the treaty nouns (folded) → their nominative and gender, for languages
   * that inflect names: "договором" → ["договор", "m"]. Unknown names are reported in the nominative.
   */
  treatyNounCases?: Record<string, [string, NounGender]>;
  /** Words that turn a treaty noun into a reference to a known treaty. */
  determinersBefore: string[];
  determinersAfter: string[];
  indefinite: string[];
  /** "previous", "sebelumnya", "прежний": the treaty that came before. */
  previous: string[];
  /** Words that join a name to its other name: "or", "also known as", "(bahasa Inggris:". */
  apposition: string[];
  /** "described as", "digambarkan sebagai": a quoted name for the treaty just mentioned. */
  describedAs: string[];
  locative: string[];
  pronouns: string[];
  /** "after", "setelah": an event in such a clause happened before the main clause's date. */
  after: string[];
  /** Lines that link to other articles: "Baca juga:", "Read also:". */
  linkPrefixes: string[];
  /** "followed by", "diikuti oleh": the same act by others. */
  followedBy: string[];
  /** Nouns referring back to the main event ("the meeting", "penandatanganan"), to date what happens there. */
  eventAnaphora: string[];
  /** Organisation nouns, for unknown "Name (ACRONYM)" organisations. */
  orgNouns: string[];
  /** English glosses for treaty kinds, to name unknown descriptive treaties. */
  connectors: string[];
}
