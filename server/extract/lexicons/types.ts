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
  /** Speech in the first person ("we condemn", "condenamos", "nous saluons"): the article's own voice speaks. */
  firstPerson?: boolean;
  /** A step of a treaty's life without an object test (sent to or approved by a legislature): kept undated when it names its treaty and parties. */
  lifecycle?: boolean;
  /** The act has just happened ("is now in force", "est désormais en vigueur"): undated, it takes the article's day. */
  now?: boolean;
  /** A statement noun with its author that can head a document: "Statement by Secretary ...", "Declaración del ministro ...". */
  heading?: boolean;
  /**
   * A stance told as a belief ("believes that", "considera que", "считает, что"): a statement of its own, except in
   * the clause another speech verb of the sentence reports ("recordó que Biden considera que ..."), where it is that
   * statement's content.
   */
  stance?: boolean;
  /** The speaker is named right after the trigger, in the same clause: "according to X", "según X", "по словам X" (a person or an organization). */
  speakerAfter?: boolean;
  /**
   * A meeting named as the frame of another act or by its content ("during the talks", "в ходе переговоров",
   * "exchanged views"): it takes the tense of its clause, and it is the meeting the article tells elsewhere if it
   * tells one.
   */
  frame?: boolean;
  /**
   * A frame that tells what the sides talked about ("discussed", "analizaron", "обсудили"): the people it names are
   * what was talked about, never the guest of another meeting.
   */
  readout?: boolean;
  /**
   * The closing formula of a signed act ("IN WITNESS WHEREOF, I have hereunto set my hand", "Dado en Madrid, el ...",
   * "Ditetapkan di Jakarta pada tanggal ..."): told without its actors, it takes the signatory named in the lines after it.
   */
  signatory?: boolean;
  /**
   * A common noun that names an act only with its proper name beside it: a capitalized or quoted name right after it
   * ("the exercise Cobra Gold", "l'exercice « Varuna »", "latihan Garuda Shield") or right before it inside the sentence
   * ("the annual RIMPAC exercise").
   */
  named?: boolean;
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
  /** Letters that never follow the stem in the noun's forms: they make a verb of its root ("договор|ились"). */
  stemNot?: string;
  /**
   * A noun of another language that the press keeps in the official names it writes in that language (the Indonesian
   * press's "Border Trade Agreement", "Security Arrangement 1984"): capitalized, after the capitalized words that name it.
   */
  borrowed?: boolean;
  /**
   * A noun that names a treaty only as what a replace verb replaces, being mostly something else elsewhere ("replacing
   * the interim arrangement from 2011", "en lugar del arreglo provisional", "menggantikan pengaturan sementara"; not
   * "travel arrangements", "pengaturan jarak").
   */
  replacedOnly?: boolean;
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
  /** `week`: the week (Monday to Sunday) `offset` weeks from the publication's, as its month when it lies in one. */
  relative: { pattern: string; unit: 'day' | 'week' | 'weekend' | 'year' | 'month' | 'now'; offset: number }[];
  /** "that year", "the same year": the year of the previous date in the text. */
  sameYear: string[];
  /**
   * A part of the day written before the day it narrows: "the afternoon of", "dans la matinée du", "en la madrugada
   * del", "pada pagi hari", "в ночь на" (regex source on folded text, ending right before the day). The date mention
   * takes it in: its span is the whole time expression.
   */
  dayPartBefore?: string;
  /** The same after the day: "Friday night", "mardi soir", "el viernes por la tarde", "Senin malam", "в пятницу вечером". */
  dayPartAfter?: string;
  /**
   * Phrases that hold a date word but name no date: "la mañana" (the morning; "mañana" alone is tomorrow), "окружающую
   * среду" (the environment; "в среду" is on Wednesday) (regex source on folded text).
   */
  notDates?: string;
  /** "a year after X" (regex source; group 1 may hold a count word or digits); X is that many years before the previous date. */
  yearsAfter: string;
  yearsBefore: string;
  /** Count words: "two" → 2. */
  numbers: Record<string, number>;
  /**
   * Dates written in words, as legal texts write them ("el dieciocho de septiembre de dos mil nueve", "le vingt-neuf
   * avril deux mille dix", "tanggal dua puluh sembilan bulan April tahun dua ribu sepuluh", "the twenty-ninth day of
   * April, two thousand and ten", "двадцать девятого апреля две тысячи десятого года").
   */
  spelledDates?: SpelledDates;
  /** Days relative to the previous date in the text: "the next day" +1, "sehari setelah X" (X was the day before) -1. A capture group holds a count. */
  dayOffsets: { pattern: string; days: number }[];
  /**
   * "three years ago", "hace un año", "il y a 8 jours", "20 лет назад", "tiga tahun lalu": that long
   * before the publication (regex sources; group 1, when present, the count as a word of `numbers` or
   * digits; absent, one). A year or a month back keeps that precision; `sameDay` ("four years ago
   * today", "hoy hace un año") is the publication's day that many years back.
   */
  ago: { pattern: string; unit: 'day' | 'week' | 'month' | 'year'; sameDay?: boolean }[];
  /**
   * Words beside a month or a day written without its year that say which year it is, counted from the
   * publication (regex sources on folded text, `before` ending right before the date, `after` starting right
   * after it; the first that matches wins): `past` the last such month up to the publication ("en septembre
   * dernier", "el pasado mes de marzo", "September lalu"), `next` the next one ("en mars prochain"),
   * `lastYear`, `thisYear` and `nextYear` the publication's year with that offset ("в сентябре прошлого года",
   * "en septiembre del año pasado").
   */
  monthMarkers?: {
    pattern: string;
    side: 'before' | 'after';
    relation: 'past' | 'next' | 'lastYear' | 'thisYear' | 'nextYear';
  }[];
  /** Months relative to the previous date in the text: "the following month" +1, "le mois précédent" -1, "в том же месяце" 0 (regex sources). */
  monthOffsets: { pattern: string; months: number }[];
  /** Words before an "ago" that make it vague ("more than three years ago"): a mention without a value (regex source). */
  agoVague: string;
  decades: string;
  /** Titles that introduce a person's name ("Presiden Rusia Vladimir Putin"); folded; longest first is not required. */
  titles: string[];
  /** Honorifics kept as aliases but dropped from names ("Datuk", "Sir"). */
  honorifics: string[];
  /** Those of the honorifics that address a person by the surname alone ("Mr Okafor", "M. Dufresnoy", "Pak Wirajaya"). */
  surnameHonorifics?: string[];
  /**
   * The services that a rank names after it, before the person's name ("Brigjen TNI Agus Suhardi", "Irjen Pol ..."):
   * part of the title there, no actor; folded.
   */
  titleServices?: string[];
  /**
   * Adjectives a language writes after a title's noun, which stay part of the title before its complement or the name
   * ("representante comercial de ..., X", "secrétaire particulier X", "utusan khusus X"); every gender and number,
   * folded. Languages that put them before the noun list the whole titles instead.
   */
  titleModifiers?: string[];
  /**
   * Abbreviations of the language's own that an English name of the gazetteer must not take in its texts: Indonesian "AU"
   * (Angkatan Udara, an air force), not the African Union; as written.
   */
  ownAbbreviations?: string[];
  /** Plural titles that introduce a list of full names ("los senadores A (Morena), B (PAN) y C"); folded. */
  listTitles: string[];
  /**
   * Given names in every form the language writes them (folded): a given name before a capitalized word opens a
   * person's name with no title before it ("дело Пола Уилана", "sanctions on Katerina Tikhonova"), where capitals alone
   * do not tell a person from a place or a thing. Not inside a longer run of capitalized words ("San Francisco", "Kofi
   * Annan Foundation"). Lowercase particles that may stand inside such a name ("ван", "фон", "de") go in
   * `givenNameLinks`.
   */
  givenNames?: string[];
  /** Lowercase particles inside a name that a given name opens ("Альберто ван Кларен"); folded. */
  givenNameLinks?: string[];
  /**
   * A patronymic in any case (regex source on a folded word, its one group the stem of the given name it comes from):
   * "Сергей Иванович" addresses a person named in full.
   */
  patronymic?: string;
  /** Verbs/phrases after which a person's name follows: "led by", "dipimpin oleh", "во главе с". */
  ledBy: string[];
  /**
   * Verbs of saying that close a quotation and name its speaker right after them, with or without a title
   * ("«…», — заявил Алексей Оверчук", "\"…\", dijo Tomás Berrocal", "\"…,\" ujar Bambang"); folded.
   */
  quoteSpeechVerbs?: string[];
  triggers: TriggerRule[];
  negation: string[];
  future: string[];
  /** Conditionals, purposes, intentions: the event may not have happened. */
  irrealis: string[];
  /**
   * Verbs of recommending, urging and requesting: an act they govern later in the clause is asked
   * for, not done ("I recommend that the Senate give its advice and consent", "insta a Rusia a
   * retirar", "призвал отменить санкции").
   */
  requestVerbs?: string[];
  /**
   * Past verbs of deciding (folded): an act they govern later in the clause has been decided, and the decision is the
   * news ("decided on Tuesday to send the bill", "a décidé de soumettre", "decidió enviar", "memutuskan untuk
   * mengajukan"): the infinitive's mark ("to", "de", "untuk") does not make it a plan.
   */
  decisionVerbs?: string[];
  /** Verb forms (regex source on the trigger's first word, folded) that put the event in the future: "вступит", "entrara". */
  futureForms?: string;
  /**
   * Future verb forms that only their accent tells from a present (regex source on the trigger's first word as
   * written, lowercased): "firmarán", "celebrarán", which fold to the form of "declaran".
   */
  accentedFutureForms?: string;
  /**
   * Past verb forms (regex source, folded): the trigger's first word, or the auxiliary right before it, that puts
   * the event in the past ("signed", "a signe", "firmo", "telah", "подписал"). A past act dated by a day and month
   * that would fall after the publication is last year's, not a plan.
   */
  pastForms?: string;
  /**
   * Anniversaries and commemorations (regex source, folded): "the third anniversary of the signing" is
   * no signing on the anniversary's date.
   */
  anniversaryNouns?: string;
  /**
   * A time elapsed since an act, told right before it (regex source, folded): "eight years after the signing", "un año
   * después de la firma", "спустя восемь лет после подписания". The act is that much older than the date of the sentence.
   */
  elapsedSince?: string;
  /**
   * Natural disasters (regex source, folded): a strike verb or noun whose subject is one ("the earthquake that struck
   * Haiti", "le séisme qui a frappé", "gempa yang melanda") is no military action.
   */
  disasterNouns?: string;
  /**
   * Copulas (regex source, folded; with the determiner that opens a predicate noun where the language has one): an
   * event noun after one ("C'était sa première visite", "merupakan kunjungan resmi perdana") or before one ("This
   * visit is the first since ...", "Kunjungan ini merupakan ...") describes an event told already, not a new one.
   */
  restatingCopulas?: string;
  /**
   * Demonstratives (regex sources, folded) that make an undated event noun the act of its kind told before, not a new
   * one: `before` the noun, up to two words from it ("this visit", "cette rencontre", "dicha reunión", "эта встреча"),
   * `after` it, within four words ("pertemuan tersebut", "kunjungan kerja itu").
   */
  anaphoricDeterminers?: { before?: string; after?: string };
  /**
   * Speech verbs that close a reported sentence after a comma or a quote, with only their speaker after them
   * ("..., White said.", "..., a déclaré le ministre.", "..., ujar Prabowo."): the statement triggers before them
   * are the words they report.
   */
  closingSpeechVerbs?: string[];
  /**
   * The speech verbs of adding, every form (a pattern on folded text): "added", "añadió", "agregó", "a ajouté",
   * "tambahnya", "menambahkan", "добавила". Adding presupposes words said before: with no subject of its own (a
   * pronoun, a bare title, nothing) the speaker is the one who spoke last, not the person named last.
   */
  addingSpeech?: string;
  /**
   * The head nouns of bodies that speak (embassies, ministries, councils, commissions, committees, agencies, parties,
   * commands), as the beginnings of their words (folded), in groups of one kind ("embassy", "diplomatic mission",
   * "дипмисси", "посольств"): "The embassy called on ...", "La cancillería argentina celebró ...", "Американская
   * дипмиссия призвала ...". Such a noun as the whole subject of a speech verb (an article, a word before or after it
   * at most) is the body of its kind named last.
   */
  bodyNouns?: string[][];
  /** The case endings a body noun may take, as a pattern ("посольств" + "о", "ом"); a whole word when absent. */
  bodyNounEnding?: string;
  /** Words after a body noun that point back to it ("kedutaan tersebut", "kementerian itu"). */
  bodyDemonstratives?: string[];
  /**
   * Words right before an amend verb that make it the citation of a text's current form, not an
   * amendment: "the Act (as amended)", "tel que modifié", "sebagaimana telah diubah".
   */
  asAmended?: string[];
  /**
   * Present forms of the amend verbs whose subject, when a treaty noun, is the instrument that does the amending:
   * "The Second Protocol amends the Treaty", "l'avenant modifie la convention", "Protokol ini mengubah persetujuan"
   * tell what the instrument is, not an act.
   */
  instrumentAmendForms?: string[];
  /**
   * What joins an amending instrument's noun to the treaty it amends, inside one name (folded): "Agreement| amending
   * |the Cotonou Agreement", "Tratado| que Modifica |el Acuerdo de Sede", "Protocole| modifiant |la Convention ...".
   */
  amendingLinks?: string[];
  /**
   * An amendment named by the treaty it amends, as one name (folded): the amendment nouns and the links after them
   * ("an |amendment| to the |2008 U.S.-Jamaica Air Transport Agreement", "l'|amendement| à la |Convention ...",
   * "la |enmienda| al |Acuerdo ...", "|amandemen| atas |Persetujuan ...", "|поправки| к |Договору ..."); a noun with no
   * treaty name after its link names nothing.
   */
  amendments?: { nouns: string[]; links: string[] };
  /**
   * Prepositions after a founding verb that make the treaty its frame or its agent, not its object: "the limit
   * established in the treaty", "establecido en el tratado", "установленный в договоре", "the commission created by
   * the treaty", "créée par l'accord" (regex source).
   */
  frameAfterFounding?: string;
  /** Negative determiners of the subject: "no new alliance was signed", "ningun acuerdo". */
  negativeDeterminers?: string[];
  /**
   * A count of states as the subject or agent of a treaty act (regex source, folded): "118 countries have signed",
   * "ratificado por 147", "подписали 120 государств". Undated, such a tally tells how far a treaty has got, not an act.
   */
  tally?: string;
  /**
   * Documents that are signed and are no agreement (regex source): a letter, a petition, a guest or condolence book, a
   * record of deposit, a referral. Signing one is no treaty signing: "firmaron el Acta de depósito", "signed the book of
   * condolences", "Esta presentación fue suscrita por los Presidentes".
   */
  signedDocuments?: string;
  /** Laws and decrees (regex source): signing one is legislation, not a treaty signing; "the ratification law" is a ratification. */
  lawNouns?: string;
  /** The word between a law's noun (and number) and the year in its name: "Atomic Energy Act of 1954", "UU No. 24 Tahun 2000" (regex source). */
  lawYearLink?: string;
  /**
   * Bills (regex source): "the bill authorizing ratification", "le projet de loi autorisant la ratification" names a
   * ratification the bill's own step (its vote, its transmittal) tells; it is no ratification of its own.
   */
  billNouns?: string;
  /** Ratification (regex source), for "the ratification law", "закон о ратификации". */
  ratificationNoun?: string;
  /** Kinship phrases before a name (folded regex sources): "ayah Kim Jong Un" names another person. */
  kinshipBefore?: string[];
  /** Kinship after a name (folded regex source): "Kim Jong Un's father". */
  kinshipAfter?: string;
  /**
   * What stands right before a journalist's name in a credit (regex source on folded text; the stage anchors it at the
   * name): "editing by", "Redacción:", "rédigé par", "Penulis:", "Корр. ТАСС"; a "by" that opens a line. A person named
   * there (and those joined to it by a comma or "and") is no actor of the news.
   */
  creditBefore?: string;
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
    /** Or this anywhere in the text (folded regex source): a treaty's own text, which names itself ("the present Agreement"). */
    requiresInText?: string;
    /**
     * `span`: the match holds the replaced treaties and the new one follows it ("the transition from
     * X to Y", "la sustitución del X por el Y", "переход от X к Y").
     */
    span?: boolean;
  }[];
  /** Verbs that relate treaties without replacing them: amend, follow, continue, rename. */
  notReplace: string[];
  /**
   * A protocol of accession written in lowercase, which names it by the acceding states (folded regex
   * sources, anchored at the noun): `of` runs up to the first state ("protocol on the accession of| the
   * Republic of Finland"), `to` from the states to the organization they join ("| to| NATO"), `possessive`
   * the possessive form up to the state ("protocol for| Finland's accession to NATO") and `possessiveTo`
   * from it to the organization.
   */
  accessionProtocol: { of: string; to: string; possessive?: string; possessiveTo?: string };
  /**
   * A protocol that is no treaty: a rule of conduct or an office, told by the words right before its noun ("health
   * protocols", "санитарный протокол") or right after it ("protokol kesehatan", "protocolo sanitario", "протокол
   * заседания", "Protokol dan Media Sekretariat Presiden") (regex sources on folded text, whole words).
   */
  protocolNotTreaty?: { before?: string; after?: string };
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
  /**
   * Relative pronouns after a treaty noun ("the agreement that expired", "perjanjian yang ..."): an
   * unnamed treaty described by its clause, where it is signed or replaced.
   */
  relativeWords?: string[];
  /** "previous", "sebelumnya", "прежний": the treaty that came before. */
  previous: string[];
  /**
   * The words that stand for a treaty noun right after a replace verb, before what says which treaty (regex source on
   * folded text): "replaces| the one |signed in 1991", "sustituye| al |firmado en 1991", "remplace| celui |de 1991",
   * "menggantikan| yang |ditandatangani pada 1991", "заменит| подписанный |в 1991 году".
   */
  elidedTreaty?: string;
  /**
   * The words that stand for an earlier treaty right after a replace verb, before a comma or the words that date it
   * (regex source on folded text): "replaces| the previous one|, signed in 1991", "sustituye| al hasta ahora vigente|, de
   * 1960", "remplace| la precedente|, signee en 1974", "menggantikan| yang lama| yang ditandatangani pada 1970",
   * "заменит| прежнее|, 1994 года".
   */
  elidedEarlier?: string;
  /**
   * What stands between an earlier treaty the text describes and the date that says which one it is (regex source on
   * folded text, the whole gap): a signing or entry-into-force participle, plain or in a relative clause, or the
   * preposition of a date ("the earlier agreement|, which was signed in |2000", "el convenio anterior|, de |abril de
   * 1960", "l'accord precedent| entre en vigueur le |", "perjanjian lama| yang ditandatangani pada |1970",
   * "предыдущее соглашение|, подписанное в |1994 году"). Not "in": "will replace the agreement in 2025" says when.
   */
  earlierDatedBy?: string;
  /**
   * Object pronouns of a replace verb, which stand for the treaty named before it: clitics right before the verb
   * ("lo", "le", "l'"), pronouns right after it ("it", "его") and suffixes on it ("menggantikan|nya").
   */
  replacedPronouns?: { before?: string[]; after?: string[]; suffixes?: string[] };
  /**
   * A pronoun for a treaty noun at the start of a replace verb's sentence and the partner word after it, up to the state
   * (regex source on folded text, the pronoun its first group): "|the one with |Kenya replaces ...", "|celui avec le |Kenya remplace ...", "|el
   * firmado con |Kenia sustituye ...": the agreement with that state, of the kind of the treaties named just before.
   */
  elidedSubject?: string;
  /**
   * The words for a treaty noun right after a replace verb, before the place that names it (regex source on folded
   * text): "sucederá| al de |Cotonú", "succède à| celui de |Cotonou", "replaces| the one of |Lomé": the known treaty of
   * the subject's kind named by that place.
   */
  elidedNamed?: string;
  /**
   * Conjunctions after which a negation before a replace verb is expletive (regex source on folded text, matched at the
   * start of the negated clause): "hasta que no lo sustituya", "avant qu'un nouvel accord ne le remplace", ", пока его не
   * заменит", "selama belum digantikan": the treaty stays in force until it is replaced, which is a replacement.
   */
  untilNot?: string;
  /**
   * Nouns that stand for the treaty a text is about as a replace verb's subject, after a determiner ("The text replaces",
   * "Ce texte remplace", "El documento sustituye", "Dokumen tersebut menggantikan"): the verb's subject is that treaty.
   */
  treatyStandIns?: string[];
  /** "rather than", "au lieu de", "en vez de": before a replace verb (over one clitic), the replacement is not made. */
  insteadOf?: string[];
  /**
   * "existing", "vigente", "actuel", "berlaku", "действующий": the treaty in force, which a replaced one the text only
   * describes is called by ("the existing agreement", "el convenio vigente"); a name of it, never a resolution.
   */
  inForce: string[];
  /** "between", "antara", "между": the parties of an unnamed treaty follow ("treaty between A and B"). */
  between: string[];
  /** Words that join a name to its other name: "or", "also known as", "(bahasa Inggris:". */
  apposition: string[];
  /** "described as", "digambarkan sebagai": a quoted name for the treaty just mentioned. */
  describedAs: string[];
  locative: string[];
  /**
   * Nouns named after a place, which keep a capital a place, not its country ("the Minsk agreements", "sommet de Madrid",
   * "KTT Jakarta"): meetings, groups and processes; the treaty nouns count too.
   */
  placeNamedNouns: string[];
  /** Words between such a noun and its place: "of", "de"; none where the place follows the noun directly. */
  placeNamedLinks: string[];
  pronouns: string[];
  /** "after", "setelah": an event in such a clause happened before the main clause's date. */
  after: string[];
  /** Lines that link to other articles: "Baca juga:", "Read also:". */
  linkPrefixes: string[];
  /** "followed by", "diikuti oleh": the same act by others. */
  followedBy: string[];
  /** Nouns referring back to the main event ("the meeting", "penandatanganan"), to date what happens there. */
  eventAnaphora: string[];
  /** "the statement said", "pernyataan itu": a sentence that goes on quoting the statement just reported. */
  statementAnaphora?: string[];
  /**
   * People who speak unnamed and for no actor: analysts, experts, observers, critics, sources, residents, witnesses
   * ("Analysts say ...", "Los analistas afirman ...", "Para analis mengatakan ...", "Аналитики считают ..."). Such a
   * noun as the subject of a speech verb, with no actor named in the subject, makes no statement: the states the
   * sentence names are what is spoken of. Single words, folded.
   */
  unnamedSpeakers?: string[];
  /**
   * Speech told as earlier than the news: the auxiliaries of the pluperfect right before a speech verb ("had", "había",
   * "avait"), and adverbs of an earlier time in its clause ("earlier", "sebelumnya", "ранее"). Such a statement with no
   * date of its own is not the news of the page's day, nor of the act told before it.
   */
  earlierSpeech?: { auxiliaries: string[]; adverbs: string[] };
  /**
   * Plural titles as the subject of a speech verb ("the two ministers", "les chefs de délégation", "kedua menteri",
   * "министры"): the two persons last named speak together, one statement.
   */
  pluralSpeakers?: string[];
  /**
   * Words that number a plural title as two ("the two ministers", "both leaders", "les deux chefs de délégation", "kedua
   * menteri", "оба министра"; single words, folded): such a subject names its two speakers, whatever states the
   * sentence names after the verb.
   */
  pairWords?: string[];
  /**
   * Words that set what follows inside a meeting, right before its noun (a determiner between at most): "during",
   * "in", "at", "durante", "lors de", "au cours de", "dalam", "в ходе", "во время" (folded, phrases). A speech verb
   * after "during the meeting" in its sentence tells what was said there: the meeting's content, not a statement.
   */
  meetingFrame?: string[];
  /** "one after another", "secara berturut-turut": a host met each guest of the list in turn. */
  successively?: string[];
  /**
   * "respectively", "respectivement": agreements signed with a list of states one each ("signed in 2016 with Côte
   * d'Ivoire, Kazakhstan and Uzbekistan respectively") are one signing with each state.
   */
  respectively?: string[];
  /** Additive words ("also", "juga", "также"): an undated signing told with one is another signing, not the last one again. */
  additive?: string[];
  /**
   * Words for "since" before an act ("since", "sejak", "depuis", "с момента", folded): an act they govern with no date of
   * its own ("since his election", "sejak dilantik") is where a state began, not an event of the text.
   */
  sinceAct?: string[];
  /**
   * Words that open the topic of a statement's header ("Statement on the Elections in Kenya", "Declaración sobre ...",
   * "Pernyataan tentang ...", "Заявление о ...", folded): the actors named after them are what the page speaks of, not
   * who speaks; those between the statement noun and them sign it ("Communiqué du Conseil de l'UE sur ...").
   */
  headerTopic?: string[];
  /**
   * The words right after an entry into force that put it on the day of the signing ("upon signature", "dès sa
   * signature", "a partir de su firma", "sejak ditandatangani", "с момента подписания"): regex source on folded text.
   */
  uponSignature?: string;
  /**
   * Nouns of a state's delegation ("delegation", "delegasi", "делегация", folded): a sentence that names the members of
   * a delegation of states already at a meeting of its day names that meeting's participants, not another meeting.
   */
  delegationNouns?: string[];
  /** Relative pronouns ("yang", "который"): an act in a relative clause describes a noun, it is not the news of the day. */
  relativePronouns?: string[];
  /** Organisation nouns, for unknown "Name (ACRONYM)" organisations. */
  orgNouns: string[];
  /**
   * The generic heads of a state body's name (folded): "ministry", "kementerian", "ministerio". The head and the
   * capitalized words after it name a body the gazetteer does not know ("Kementerian Luar Negeri", "ministère de
   * l'Intérieur", "Office of Foreign Assets Control").
   */
  orgHeads: string[];
  /**
   * Heads that end a capitalized body's name in a language that puts the head last (folded): "National Democratic
   * Congress", "Royal Air Force", "Moscow City Court". The capitalized words before the head name a body the gazetteer
   * does not know. None where names open with their head (`orgHeads`).
   */
  orgTailHeads?: string[];
  /**
   * Where a body's name is its capitalized head and lowercase adjectives after it ("le Conseil constitutionnel", "la
   * Commission électorale nationale indépendante"): the heads (folded) and the endings (regex sources on folded words)
   * of the adjectives that go on the name. A head with one adjective or more names a body the gazetteer does not know.
   */
  orgAdjectives?: { heads: string[]; endings: string[] };
  /**
   * Heads that name a state's body together with the state right before or after them (regex sources on folded
   * text): ministries named by their portfolio ("foreign ministry", "мид", "министерств\\p{L}* обороны"), armed
   * branches the language writes in lowercase ("marine", "вмс"). "The Kenyan Foreign Ministry", "МИД Японии", "la
   * marine américaine" are bodies of the state beside the head; the head alone is none.
   */
  stateBodyHeads?: string[];
  /**
   * The heads of a state's missions abroad (embassies, consulates; folded words): bodies with the state beside them
   * too, which are also buildings, so that one after a genitive link is a place or an object, not an actor ("the
   * staff of the U.S. Embassy", "la apertura de la Embajada de Cuba"); Russian lists only the nominative.
   */
  missionHeads?: string[];
  /** The genitive links before a mission (folded): "of", "de", "des". */
  missionGenitives?: string[];
  /** The same for armed branches, which name a body only capitalized ("the Chilean Navy", "la Armada de Chile"). */
  armedBranchHeads?: string[];
  /**
   * Prepositions of place and direction (folded) that make such a body the place of the news, not an actor: "at the
   * U.S. Embassy", "llegaron hasta la embajada", "в посольстве".
   */
  bodyPlacePrepositions?: string[];
  /**
   * How the language's press spells Russian names, as ordered replacements on the lowercase
   * Cyrillic name ("Путин" → "Poutine"): the gazetteer adds these spellings of the names of people
   * from Cyrillic-writing countries. Absent where the canonical (English) spellings serve.
   */
  cyrillicTranscription?: [pattern: string, replacement: string][];
  /** English glosses for treaty kinds, to name unknown descriptive treaties. */
  connectors: string[];
  /** Rules of the language's grammar that the stages ask about (word order, articles, clause words). */
  grammar: Grammar;
  /** Words that the stages look for in any language's text (a name or a title quoted from another language). */
  shared: SharedWords;
}

/**
 * What a stage needs to know about a language's grammar. Word lists are folded; `Re` fields are
 * regular expression sources on folded text. Hooks are code, for the few rules that need it.
 */
interface Grammar {
  /** franc's ISO 639-3 code, for language detection. */
  franc: string;
  /**
   * Least share of a text's words that must be the lexicon's function words for the text to be taken in
   * the language: a language without articles, whose officialese strings nouns in the genitive, has
   * fewer ("Председатель Государственной Думы провел телефонный разговор с Председателем ...": 7%).
   */
  minFunctionShare: number;
  /** Letters of the language's script: apposition words in another script are ignored. */
  script: 'latin' | 'cyrillic';
  // dates
  /** "19 June" (day first) is the usual order; English writes "June 19" too. */
  dayFirst: boolean;
  /** "June 19, 2024": month, day, then year. */
  monthDayYear: boolean;
  /** Month and weekday names are capitalized ("May", "Minggu"): a lowercase one is another word. */
  capitalizedMonths: boolean;
  /** Month abbreviations that are common words ("mar", the sea). */
  ambiguousMonths: string[];
  /** Weekday names that, before these words (regex source), mean a week: "minggu lalu". */
  weekdayAsWeek: Record<string, string>;
  /** Words between a month and its year: "febrero de 1967", "Juli tahun 2009" (regex source). */
  monthYearJoin: string;
  /** Words between a day and its month: "14 de febrero" (regex source). */
  dayMonthJoin: string;
  /** An ordinal ending written on the day, folded: "1er juillet", "1.º de julio", "5-го мая", "5th May" (regex source). */
  daySuffix: string;
  /** Words after the year of a date: "19 июня 2024 года" (regex source). */
  yearSuffix: string;
  /** Words after a bare year: "в 1961 году" (regex source). */
  yearWord: string;
  /** Words before a bare month after a preposition: "pada bulan April", "the", "in the month of", "au mois d'août" (regex source). */
  monthPrefix: string;
  /** Words before a range of years: "from", "dari", "desde" (regex source). */
  yearRangeStart: string;
  /** Words before the second year of a range: "tahun", "год" (regex source). */
  yearRangeMid: string;
  /** Words after a range of years: "годы" (regex source). */
  yearRangeSuffix: string;
  /** Suffixes that make a year a decade: "1950-an" (regex source). */
  decadeSuffix: string;
  /** Nouns after a number that make it a count, not a year: "people" (regex source). */
  countNouns: string;
  /** Words before a number that make it an identifier, not a year: "No.", "Resolution", "nomor" (regex source). */
  numberNouns?: string;
  /** Plans named after a year, before or after it: "Vision 2030", "the 2030 Agenda", "Visi 2045" (regex source). */
  planNouns?: string;
  /**
   * Nouns of a span of years that a range of years qualifies: "for the period 2014-2020", "на период 2014 – 2020 годов",
   * "para el período 2021-2027" (regex source): the range is the span's, not an act's date.
   */
  periodNouns?: string;
  /** "last Friday", "в прошлую пятницу", "el pasado viernes": words before a weekday that say it is past (regex source). */
  weekdayPastBefore?: string;
  /** "Jumat kemarin", "vendredi dernier": words after a weekday that say it is past (regex source). */
  weekdayPastAfter?: string;
  /** "since 2000": the start of a state, not an event (regex source before the date). */
  since: string;
  /** "until 5 February 2017", "hasta el 31 de diciembre": the end of a period, not the date of an event (regex source before the date). */
  until?: string;
  /**
   * "was not signed until 19 April 1839", "n'a été signé que le 19 avril 1839", "no se firmó hasta 1839": what follows a
   * negated trigger when the negation only says when the act happened (regex source on the folded text after the trigger).
   */
  notUntil?: string;
  /** An amount of money or goods ("$5 million", "150.000 dollar AS", "200 000 dollars", "10 млн долларов") (regex source). */
  amount?: string;
  // clauses and modality
  /** "and" and the like: a date before "and <verb>" belongs to the verb before it. */
  conjunctions: string[];
  /** Words after a comma that open the next clause: ", а в 1979 году". */
  clauseConjunctions: string[];
  /** "if": a sentence opening with it states a condition. */
  conditionals: string[];
  /** "sanctions over its war": prepositions that make a nominal event a cause (regex source). */
  causePrepositions: string;
  /**
   * "requests by the embassy for", "просьбы посольства о": a noun of asking up to the preposition that brings in
   * what is asked for (regex source on folded words, spaces single; not "at the request of"). A nominal event up
   * to two words after it is asked for, not held.
   */
  requestedEvent?: string;
  /** "the vote, held on ...": a relative clause that dates a noun (regex source). */
  heldRelative: string;
  /**
   * "un coup d'État orchestré par les généraux, avec à leur tête le général X, s'est déroulé ce mercredi 6 août": the
   * finite verb of taking place whose subject is an event noun, right before that noun's date (regex source).
   */
  tookPlace?: string;
  /**
   * "Pelepasan bantuan oleh Presiden dilakukan di Halim pada Senin (8/7)", "The ceremony took place on Monday": the verbs
   * of a sentence that opens on an act's noun and tells where and when it was held (regex source on folded text; not
   * "occurred", whose subject is often another act: "the earthquake occurred on ...").
   */
  heldVerbs?: string;
  /**
   * The nouns of a military exercise (regex source on folded text): taking part in one ("participating in the exercise
   * Dynamic Mongoose", "participan en el ejercicio UNITAS", "ikut serta dalam latihan") is the exercise, not a meeting.
   */
  exerciseNouns?: string;
  /**
   * Support verbs, whose object event noun names the act they report ("conducted an airstrike", "a mené une frappe",
   * "realizaron un bombardeo", "melakukan serangan", "нанесли удар"): the verb and its noun make one verbal trigger,
   * dated and kept as a verb is (regex source; finite forms and participles, not the infinitive, whose act is not told).
   */
  supportVerbs?: string;
  /**
   * Verbs of a process ending in an act, with their preposition: their object event noun is the act, told as a verb is
   * ("the talks resulted in the signing", "culminaron con la firma", "ont abouti à la signature", "завершились
   * подписанием"), as a support verb's (regex source; finite forms and participles).
   */
  resultVerbs?: string;
  /** Words that cannot stand between a support verb and its noun, the prepositions of another complement (regex source). */
  supportGapStops?: string;
  /**
   * Words right before a date that make it the date of an event noun, after the noun's own complements with no
   * comma between ("la déclaration des ministres du Triangle de Weimar du 7 août", "заявление МИД от 7 августа",
   * "the statement of the ministers of 7 August"; regex source).
   */
  nominalDateLink?: string;
  /**
   * Words right before a date that make it the date of the noun before them, not of the verb of saying
   * ("condemns the attack of yesterday", "el atentado perpetrado ayer", "l'attaque d'hier soir"; regex source).
   */
  objectDate?: string;
  /** Words that open a subordinate clause, relative or complement: "that", "que", "yang", "что" (regex source). */
  clauseHeads?: string;
  /** "it", "this" opening a sentence about the treaty just named. */
  itSubject: string[];
  /** "joined it": an object pronoun standing for the treaty (regex source). */
  itObject: string;
  /** "signed it" after a law: object pronouns (regex source). */
  objectPronouns: string;
  /** Words of the trigger patterns of foundings (regex source): "founded", "established". */
  foundingTrigger: string;
  /** Negotiations and membership after an accession or withdrawal verb (regex source). */
  negotiationNouns: string;
  /** The word for sanctions (regex source): "lifted" counts only next to it. */
  sanctionsWord: string;
  /** What follows an accession or withdrawal verb without an object: "joined in 2010" (regex source). */
  intransitiveAfter: string;
  /** "договор от 14 ноября 1990 года": words between a treaty's name and the date of its signature (regex source). */
  datedBy: string;
  /**
   * Words that make a day the complement of the event noun before it ("l'attaque d'hier soir", "el ataque del
   * martes"): that day is the noun's, not the date of another verb in the sentence (regex source; absent where
   * the language has no such construction).
   */
  nounDateLink?: string;
  /**
   * A day written before the event noun it qualifies ("the December 30 elections", "the 12 May summit"): that day is
   * the noun's, as with `nounDateLink`, in languages that put an attributive date before its noun: the adjectives
   * that may stand between the day and the noun (regex source; absent elsewhere).
   */
  attributiveDate?: string;
  /**
   * A year (or a month of a year) written as the complement of a noun rather than as the time of a verb: "the 2015
   * nuclear deal", "la Conferencia de Madrid de 1991", "l'élection présidentielle de 2007", "выборы 2003 года"
   * (regex source over folded text, tested on the words before the date, the date in «», and the words after it):
   * that year is the noun's, not the date of another act of the sentence. Absent where the language does not mark it.
   */
  nounYear?: string;
  /** Words that continue a list of parties ("and", "in", "tahun"). */
  listWords: string[];
  /** Signing participles (regex source): "signed", "firmado", "подписанный". */
  participle: string;
  /**
   * Participles that describe an instrument by another step of its own life (regex source): "adopted", "opened for
   * signature", "done at"; like a signing participle, a date after one is the instrument's, not the act's before it.
   */
  describingParticiple?: string;
  /** Hook: whether a signing participle describes an agreement ("the treaty signed in 1961") rather than stating news. */
  reducedRelative(before: string, word: string): boolean;
  /** What stands between a treaty and a relative participle describing it (regex source): ", " or "yang". */
  relativeAfterNoun: string;
  /**
   * What stands between a treaty and the signing verb of a relative clause on it (regex source, from the treaty's end to
   * the verb): ", which was", "que ambos países", "qui avait été", "yang telah", ", которое было".
   */
  relativeSigning?: string;
  // treaties
  /** Capitalized words before a capitalized treaty noun are part of its name ("Minsk Protocol"). */
  namePrecedesNoun: boolean;
  /** A lowercase noun takes the capitalized words after a connector as its name: "los acuerdos de Minsk". */
  nameAfterLowercaseNoun?: boolean;
  /** A comma may join capitalized words after the noun into its name. */
  commaInNames: boolean;
  /** A capitalized noun at a sentence start refers to a treaty (no articles to tell). */
  capitalNounIsReference: boolean;
  /** The language has no articles: a bare treaty noun may refer to a treaty without a signing date. */
  bareNounRefers: boolean;
  /** A noun signed right away with what it is about ("menandatangani perjanjian ekstradisi") is a new agreement. */
  unmarkedNewAgreement: boolean;
  /** A reference resolves by the signing date even when the text has a focus treaty. */
  referenceBySigningDate: boolean;
  /** Adjectives follow the noun: "acuerdo comercial" names a new agreement with its adjective. */
  adjectiveAfterNoun: boolean;
  /** Participle endings (regex source), which are no adjectives of a noun. */
  participleEnding: string;
  /** Noun forms that are agreements only loosely ("deal"). */
  genericAgreementForms: string[];
  /** Plural treaty nouns not formed by adding "s" ("treaties"). */
  pluralNouns: string[];
  /** "the 1961 treaty": a year before the noun says which treaty. */
  yearBeforeNoun: boolean;
  /** "the treaty of 1961": a gap between noun and year that says which treaty (regex source), if any. */
  yearOfGap: string | null;
  /** "the treaty in 1979": a gap (regex source, on " gap ") that says when, not which. */
  yearWhenGap: string | null;
  /**
   * The gap (regex source, anchored, on the folded text between a name and a year) that makes a year part of a
   * treaty's name, telling it from another of the same words: "Food Aid Convention| 1999", "Convenio de Lugano| de
   * |1988", "Konvensi ...| tahun |1995", "Конвенция ...| |1995 года"; a year in brackets after a name is one in
   * every language.
   */
  yearAfterName: string;
  /** The year word after a signing participle: "signed in Moscow in 1961" (regex source). */
  signedInYear: string;
  /** "new" before a treaty noun (regex source), or after it ("perjanjian baru"). */
  newBefore: string;
  newAfter: string | null;
  /** "or": joins two names of one treaty (regex source). */
  orWords: string;
  /** Definite articles, which alone between two known names make a list. */
  articles: string[];
  /** "similar": another, unnamed agreement. */
  similar: string[];
  /** "alongside", "together with" (folded): what they open after a comma is an aside, not the subject of the verb after it. */
  alongside: string[];
  /** "with": the partner, not part of a name. */
  partnerWords: string[];
  /** "and": a second year naming another treaty ("perjanjian tahun 1961 dan 2000-2001"; regex source). */
  andYear: string;
  /** Hook: whether a word is a verb or copula, which ends a name. */
  isVerbish(word: string, prev: string | undefined): boolean;
  /** Hook: where the words after a treaty noun that belong to its name end ("Договор о дружбе ..."). */
  nameAfterNoun?(ctx: NameContext): number;
  /**
   * Hook: where the name after a title and the title's complement starts, told by the case they agree in
   * ("с Председателем Мажилиса Парламента Республики Казахстан |Ерланом Кошановым"): `title` is the title as
   * written, `from` where its complement starts, `limit` the end of the clause; undefined when the case tells nothing.
   */
  nameAfterTitleComplement?(text: string, title: string, from: number, limit: number): number | undefined;
  /** Hook: where a place adjective before a lowercase noun starts ("Бишкекский протокол"), or -1. */
  placeAdjectiveBefore?(before: string): number;
  /** Hook: a short name of a long name ("Бишкекский протокол" of "Бишкекский протокол о ..."). */
  shortName?(name: string): string | null;
  /** Hook: where the complement of a new agreement ends ("tratado de extradición| en 1909"). */
  complementEnd?(text: string, from: number, limit: number): number;
  /**
   * Hook: where the words before a lowercase treaty noun that say what it is about start ("the
   * August| peace agreement", "a| free trade agreement"), or the noun's start when there are none.
   */
  modifiersBefore?(text: string, nounStart: number, sentenceStart: number): number;
  /** "about": the word that opens what a name is about after its acronym ("sobre", "sur"; regex-safe words). */
  aboutWords: string[];
  /**
   * What a treaty between named parties is for, when the words after them are lowercase: "Treaty between A
   * and B| for the extradition of fugitives", "Convention entre A et B| tendant à éviter ..." (folded).
   */
  purposeWords: string[];
  /**
   * How an official name tells each side of an agreement between two (regex sources on folded text): the member
   * states a union's side adds ("| and their Member States|") and the words after each side ("|, of the one part,| and
   * Georgia|, of the other part|", "d'une part / d'autre part", "por una parte / por otra", "с одной стороны / с другой
   * стороны").
   */
  partySides?: { members: string; first: string; second: string };
  /**
   * What an agreement establishes, between its noun or name and its parties (regex source on folded text, from a
   * space): "Agreement| establishing an association |between ...", "Accord| établissant un partenariat |entre ...".
   */
  establishing?: string;
  /**
   * What a constitutive treaty's name says it founds, before the founded body's capitalized name (regex source on
   * folded text, from a space, ending with the article): "Convention| establishing a |Customs Co-operation Council",
   * "Convention| portant création d'un |Conseil ...", "Convenio| por el que se crea la |Agencia ...".
   */
  founding?: string;
  /** The number sign of a numbered instrument, as a regex source on the text ("No\\.", "n°", "№"): "Avenant n°1", "Protocol No. 2". */
  numberSign: string;
  /** Words that say only what kind of treaty it is, never which ("international", "bilateral", "free trade"; folded). */
  genericTreatyWords: string[];
  /**
   * Lowercase phrases of a field or a respect that go on with a capitalized name ("Cooperation| with respect to |Taxes",
   * "Cooperación| en materia de |Seguridad"; folded, before a capitalized word).
   */
  nameFieldLinks?: string[];
  /**
   * Words that make a treaty noun an instrument added to another treaty, whose name holds that treaty's as a protocol's
   * does ("Supplementary Agreement to the Treaty ...", "Convenio Complementario al Convenio ..."; folded, next to the noun).
   */
  supplementWords?: string[];
  /** Auxiliaries that may stand between an agreement and its signing participle ("has been| signed"). */
  auxiliaries: string[];
  // actors
  /** An unambiguous surname opening a sentence may be a common word ("Begin"). */
  capitalizedSentenceStart: boolean;
  /** A demonym may stand between a title and a name ("ministro de Comercio neozelandés, ..."). */
  demonymAfterTitle: boolean;
  /** How the first half of a compound adjective ends ("советско-корейский"; regex source), or null. */
  compoundFirstHalf: string | null;
  /** A name may stand before its title ("Redwan Hussien, national security adviser"). */
  nameBeforeTitle: boolean;
}

/** Words the stages look for in a text whatever its language (unioned over the lexicons). */
export interface SharedWords {
  /** Portfolios between a title and a name: "Menteri Perdagangan", "Trade Minister". */
  portfolios: string[];
  /** Capitalized words that are never part of a person's name: "Asia", "State". */
  notNames: string[];
  /** Institutions: "ministry", "kementerian". */
  institutions: string[];
  /** Words for a language before its name: "bahasa Inggris", "idioma". */
  languageWords: string[];
  /** Words for "language" after a demonym: "Russian language", "язык". */
  languageNouns: string[];
  /** Abbreviations that do not end a sentence. */
  abbreviations: string[];
  /** Words that open a new clause: "but", "while". */
  clauseBreaks: string[];
  /** Words between a title and its country or name: "of", "the", "dari". */
  titleOf: string[];
  /** "and" joining two portfolios: "Menteri Hukum dan HAM". */
  portfolioAnd: string[];
  /** Articles and "former" before an apposed title: "Redwan Hussien, the national security adviser". */
  apposedTitleLead: string[];
  /** Articles between a kinship word and a name: "the father of the". */
  kinshipArticles: string[];
  /** Link words between a state's body and its state: "of the", "de la", "des" ("Embassy of the United States"). */
  stateLinks: string[];
  /** The genitive links alone, no article: "of", "de", "des" ("Conseil des ministres"). */
  genitiveLinks: string[];
  /** Lowercase adjectives that go on a body's name after its capitalized word, as written: "Affaires étrangères". */
  bodyAdjectives: string[];
  /** Particles inside names: "bin", "de", "van". */
  nameLinks: string[];
  /** Particles inside dateline places: "SANTIAGO DE CHILE". */
  datelineLinks: string[];
  /** Stems that begin a state's formal name: "republi", "kingdom". */
  stateNouns: string[];
  /** Capitalized points of the compass (and "new") beside a country's name, which make it a region or another state: "Northern Ireland", "Soudan du Sud", "New Jersey". */
  compassWords: string[];
  /** Nouns for a city before its name, which make a capital the place, not its state: "the city of", "в г. Праге". */
  cityNouns: string[];
  /**
   * Nouns of a sea, a lake, a river, a gulf, a strait or a canal beside a country's name (before it, maybe after "of",
   * or after it), which make the name a place's, not the state's: "Gulf of Mexico", "lac Tchad", "Panama Canal",
   * "Мексиканском заливе"; folded, every case form written out.
   */
  waterNouns: string[];
  /** Words before a water noun that make it no place's ("Angkatan Laut Jepang": a navy, not the Sea of Japan); folded. */
  waterNounBlockers: string[];
  /**
   * Nouns of institutions that are no state's acts, named after a state before or after it ("University of Indonesia",
   * "Radio France", "The Japan Times", "Universitas Indonesia"): the state there is a word of another name; folded.
   */
  stateNamedInstitutions: string[];
  /**
   * The nation as a state's own name after its chamber's bare name ("Senado de la Nación", "Congrès de la Nation"), as a
   * state noun is ("Senado de la República"): the chamber of the text's state, no longer name; folded.
   */
  ownStateWords: string[];
}

/** What the `nameAfterNoun` hook is given. */
export interface NameContext {
  text: string;
  /** The end of the treaty noun. */
  nounEnd: number;
  sentenceEnd: number;
  /** The noun as matched (folded). */
  noun: string;
  /** The end of the actor mention that starts at an offset, if one does. */
  actorEndAt(offset: number): number | null;
}

/** How a language writes a day and a year in words (folded words; see `Lexicon.spelledDates`). */
export interface SpelledDates {
  /**
   * Number words with their values, cardinal and ordinal forms alike; a key of two words ("quatre vingt", "dua belas")
   * is one number. A word of 1000 or more is a number of its own ("seribu", "двухтысячного"); the others add up.
   */
  words: Record<string, number>;
  /** Words that multiply the number before them, or one: "mil" 1000, "cent" 100, "puluh" 10, "тысячи" 1000. */
  scales: Record<string, number>;
  /** Words that join the parts of a number: "y", "et", "and". */
  joins: string[];
  /** What may stand between the day and the month (regex source; "" for nothing): "de", "day of", "bulan". */
  dayMonth: string;
  /** What may stand between the month and the year (regex source; "" for nothing): "de", "tahun". */
  monthYear: string;
}
