/**
 * Mentions of the gazetteer's actors, places and treaty names: full names, capitals standing for
 * their country by the era of the text ("Moscow" is the USSR in 1980), demonyms, and short forms
 * ("Putin") when the article names the person in full or only one candidate fits.
 */
import { foldText, lastWordBefore, tokenKey } from '../fold-text';
import type { GazetteerMatch } from '../gazetteer';
import type { Lexicon } from '../lexicons';
import { sharedAlternation, sharedWords } from '../patterns';
import { sentenceAt } from '../split-sentences';
import { actorLexicon, PORTFOLIOS } from './actor-lexicon';
import { isNotNameWord } from './person-names';
import type { ActorScan } from './actor-scan';
import { datelineRegions } from './dateline-regions';
import { plane } from '../bmp-patterns';

const LANGUAGE_WORDS = sharedWords('languageWords');
/** "Russian language", "bahasa", "язык" after a demonym: a language, not a country. */
const LANGUAGE_NOUN = new RegExp(`^\\s+(?:${sharedAlternation('languageNouns')})`, 'iu');
const ROMAN_AFTER = /^\s+(I{1,3}|IV|V|VI{0,3}|\d)\b/;
const LETTER = plane(/\p{L}/u);
const HYPHEN_JOINED = plane(/\p{L}-$/u);
const COMPASS = new Set(sharedWords('compassWords'));
const OF = `(?:${sharedAlternation('titleOf')})`;
/** "Northern Ireland", "South Sudanese": a capitalized word just before a name. */
const CAP_WORD_BEFORE = plane(/(\p{Lu}[\p{L}-]*)[^\S\n]+$/u);
/** "Irlanda del Norte", "Soudan du Sud", "Sudan Selatan": one just after it, maybe after "of". */
const CAP_WORD_AFTER = plane(new RegExp(`^[^\\S\\n]+(?:${OF}[^\\S\\n]+)?(\\p{Lu}[\\p{L}-]*)`, 'u'));
/** A middle initial and a surname just after a name: " R. Donnelly". */
const INITIAL_AND_SURNAME_AFTER = plane(/^[^\S\n]+\p{Lu}\.[^\S\n]*\p{Lu}\p{Ll}/u);
/** A capitalized word just after a name on its line. */
const CAP_WORD_AFTER_SPACE = plane(/^[^\S\n]+(\p{Lu}[\p{L}'’-]*)/u);
const TITLE_OF_WORDS = new Set(sharedWords('titleOf'));
/** A name particle (every language's) and a capitalized word just after a name: "Dominique de Villepin". */
const LINKED_WORD_AFTER = plane(
  new RegExp(
    `^[^\\S\\n]+(?:${sharedWords('nameLinks')
      .filter((w) => !sharedWords('portfolioAnd').includes(w))
      .join('|')})[^\\S\\n]+(\\p{Lu}[\\p{L}'’-]*)`,
    'u',
  ),
);
/** A word, maybe a period, and spaces ending a text: an honorific before a name ("M. ", "Mme "). */
const HONORIFIC_BEFORE = plane(/(?:^|[^\p{L}])(\p{L}+)\.?[^\S\n]+$/u);
const CAPITALIZED_OR_CAPS = plane(/^\p{Lu}/u);
/** "the city of", "la ciudad de", "в г.": a city noun just before a name, in folded text. */
const CITY_BEFORE = plane(
  new RegExp(`(?:^|[^\\p{L}])(?:${sharedAlternation('cityNouns')})\\.?\\s+(?:${OF}\\s+)?$`, 'u'),
);
/** "Gulf of Mexico", "lac Tchad", "Teluk Meksiko" (not "Angkatan Laut Jepang"): a water noun just before a name, in folded text. */
const WATER_BEFORE = plane(
  new RegExp(
    `(?:^|[^\\p{L}])(?<!(?:${sharedAlternation('waterNounBlockers') || '(?!)'})\\s+)(?:${sharedAlternation('waterNouns')})\\s+(?:${sharedAlternation('genitiveLinks')})?\\s*$`,
    'u',
  ),
);
/** "Panama Canal", "Niger River", "Мексиканском заливе": one just after it. */
const WATER_AFTER = plane(new RegExp(`^[^\\S\\n]+(?:${sharedAlternation('waterNouns')})(?![\\p{L}])`, 'u'));

/** Whether a water noun stands beside a name: the name is a sea's, a lake's, a river's or a canal's, not its state's. */
function besideWater(folded: string, start: number, end: number): boolean {
  return (
    WATER_BEFORE.test(folded.slice(Math.max(0, start - 30), start)) || WATER_AFTER.test(folded.slice(end, end + 16))
  );
}

// the patterns below run once per gazetteer match: module constants, so that none is compiled again per call (a
// transpiler targeting Node may write a `\p{..}` literal as `new RegExp(..)`, which a function would run on every call)
const WORD_AFTER_NON_LETTERS = plane(/^[^\p{L}\n]+(\p{L}+)/u);
const LOWERCASE_LETTER = plane(/\p{Ll}/u);
const CAPITALIZED = plane(/^\p{Lu}\p{Ll}/u);
const HYPHEN_LETTER = plane(/^-\p{L}/u);
const BLANK_GAP = /^[^\S\n]+$/u;
/** What stands before a sentence's first word: spaces, quotation marks, a bracket, or a short label and a colon. */
const OPENS_SENTENCE_OR_LABEL = plane(/^(?:[^\S\n]*\p{L}[\p{L} ]{0,30}[^\S\n]*:)?[\s"“«(]*$/u);

/** A word of more than one letter written in capitals only. */
function allCaps(w: string | undefined): boolean {
  return w !== undefined && w.length > 1 && !LOWERCASE_LETTER.test(w);
}

/** Whether a word stands between words written all in capitals (a heading in capitals). */
function inCapitalsRun(text: string, start: number, end: number): boolean {
  const before = lastWordBefore(text, start, 30);
  const after = WORD_AFTER_NON_LETTERS.exec(text.slice(end, end + 30))?.[1];
  return allCaps(before) && allCaps(after);
}

/** Whether a capitalized point of the compass stands beside a name: the name is then part of a region's or another state's. */
function besideCompass(text: string, start: number, end: number): boolean {
  const before = CAP_WORD_BEFORE.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  const after = CAP_WORD_AFTER.exec(text.slice(end, end + 24))?.[1];
  return isCompass(before) || isCompass(after);
}

function isCompass(w: string | undefined): boolean {
  return w !== undefined && COMPASS.has(w.toLowerCase());
}

/** Whether the word before an offset (in folded text) is one of the given words. */
function precededBy(folded: string, start: number, words: string[]): boolean {
  let i = start - 1;
  while (i >= 0 && (folded.charCodeAt(i) === 32 || folded.charCodeAt(i) === 10 || folded.charCodeAt(i) === 9)) i--;
  if (i === start - 1) return false;
  const end = i + 1;
  while (i >= 0 && end - i < 30 && LETTER.test(folded.charAt(i))) i--;
  return end - i > 1 && words.includes(folded.slice(i + 1, end));
}

/** Whether a locative preposition stands before an offset, directly or before an article ("at the", "at a", "en la", "à la"). */
function locativeBefore(folded: string, start: number, locative: string[], articles: string[]): boolean {
  if (precededBy(folded, start, locative)) return true;
  if (!articles.length || !precededBy(folded, start, articles)) return false;
  let i = start - 1;
  while (i >= 0 && !LETTER.test(folded.charAt(i))) i--;
  while (i >= 0 && LETTER.test(folded.charAt(i))) i--;
  // "l'" has no space before the name
  return precededBy(folded, i + 1, locative);
}

/** What the passes over one article's gazetteer matches share. */
interface MatchSite {
  scan: ActorScan;
  /** The articles before a locative's name ("at the", "en la"), definite and indefinite. */
  articles: string[];
  datelines: { start: number; end: number }[];
  /** Persons the text names in full, whose short forms ("Putin") are then theirs. */
  fullSeen: Set<string>;
  shortPending: { m: GazetteerMatch; ids: string[] }[];
  matchStarts: Set<number>;
  /** The match after each one. */
  nextMatch: Map<GazetteerMatch, GazetteerMatch>;
  titleWords: Set<string>;
}

/** Recognizes the gazetteer's matches in a text, in the order the gazetteer found them. */
export function recognizeGazetteerMentions(scan: ActorScan): void {
  const { text, folded, language, lexicon, gazetteer } = scan.input;
  const matches = gazetteer.match(text, folded, language);
  // the passes are module-level functions of this site, not closures: tsx names each closure (keepNames) every time
  // it is made, and V8 optimises several small functions far sooner than one large one
  const site: MatchSite = {
    scan,
    articles: [...lexicon.grammar.articles, ...lexicon.indefinite],
    datelines: datelineRegions(text),
    fullSeen: new Set<string>(),
    shortPending: [],
    matchStarts: new Set(matches.map((x) => x.start)),
    nextMatch: new Map(),
    titleWords: actorLexicon(lexicon).titleWords,
  };
  for (let i = 1; i < matches.length; i++) site.nextMatch.set(matches[i - 1]!, matches[i]!);
  for (const m of matches) recognizeMatch(site, m);
  // short forms ("Putin"): only when the article names the person in full, or one candidate fits
  const countriesSeen = new Set(scan.mentions.map((x) => x.actorId));
  for (const pending of site.shortPending) recognizeShort(site, countriesSeen, pending);
}

function dateAt(scan: ActorScan, pos: number): boolean {
  return scan.input.dates.some((d) => d.start === pos);
}

function isPerson(scan: ActorScan, e: { kind: string; id: string }): boolean {
  return e.kind === 'actor' && scan.input.gazetteer.actors.get(e.id)?.kind === 'person';
}

/** "President George Bush" in 1992 is George H. W. Bush: among persons of one name, those in office when the text is about. */
function inOfficeAt(scan: ActorScan, ids: string[], at: number): string[] {
  const { gazetteer } = scan.input;
  if (ids.length < 2 || !ids.every((id) => gazetteer.actors.get(id)?.kind === 'person')) return ids;
  const year = scan.yearAt(at);
  if (year === null) return ids;
  const fits = ids.filter((id) =>
    (gazetteer.actors.get(id)?.offices ?? []).some(
      (o) => (!o.since || Number(o.since.slice(0, 4)) <= year) && (!o.until || Number(o.until.slice(0, 4)) >= year),
    ),
  );
  return fits.length === 1 ? fits : ids;
}

function nameLike(site: MatchSite, w: string | undefined, at: number): boolean {
  return (
    w !== undefined &&
    CAPITALIZED.test(w) &&
    !site.matchStarts.has(at) &&
    !isNotNameWord(site.scan.input.lexicon, site.titleWords, w)
  );
}

/**
 * "Нигерии" is Nigeria, "Нигера" Niger: where one stem keys two actors' names, the actor one of whose names shares the
 * longest beginning with the words as written comes first.
 */
function closestSpelled(scan: ActorScan, m: GazetteerMatch, ids: string[]): string[] {
  if (ids.length < 2) return ids;
  const { folded, gazetteer } = scan.input;
  const written = folded.slice(m.start, m.end);
  const shared = (id: string): number => {
    let best = 0;
    for (const names of Object.values(gazetteer.actors.get(id)?.names ?? {}))
      for (const n of names) {
        const f = foldText(n);
        let i = 0;
        while (i < f.length && i < written.length && f.charCodeAt(i) === written.charCodeAt(i)) i++;
        if (i > best) best = i;
      }
    return best;
  };
  const lengths = ids.map(shared);
  const most = Math.max(...lengths);
  return [...ids.filter((_, i) => lengths[i] === most), ...ids.filter((_, i) => lengths[i] !== most)];
}

/** Whether a match is written as one of its actors' names is (folded), not in another case form. */
function writtenAsNamed(scan: ActorScan, m: GazetteerMatch): boolean {
  const { folded, gazetteer } = scan.input;
  const written = folded.slice(m.start, m.end);
  return m.entries.some(
    (e) =>
      e.kind === 'actor' &&
      Object.values(gazetteer.actors.get(e.id)?.names ?? {}).some((names) =>
        names.some((n) => n.length === written.length && foldText(n) === written),
      ),
  );
}

/** Whether a capitalized honorific of the lexicon ("M.", "Mme", "Mr.", "Sr.") stands right before an offset. */
function honorificBefore(scan: ActorScan, at: number): boolean {
  const { text, folded, lexicon } = scan.input;
  const from = Math.max(0, at - 12);
  const h = HONORIFIC_BEFORE.exec(text.slice(from, at));
  if (!h || !CAPITALIZED_OR_CAPS.test(h[1]!)) return false;
  const wordAt = from + h.index + h[0].indexOf(h[1]!);
  return lexicon.honorifics.includes(folded.slice(wordAt, wordAt + h[1]!.length));
}

function insideLongerName(site: MatchSite, m: GazetteerMatch): boolean {
  const { scan } = site;
  const { text, folded, lexicon, sentences, gazetteer } = scan.input;
  if (/\s/u.test(text.slice(m.start, m.end))) return false;
  if (!m.entries.every((e) => e.kind !== 'actor' || gazetteer.actors.get(e.id)?.kind === 'country')) return false;
  // "M. Dominique de Villepin", "Mr. Jordan": after a capitalized honorific the name is a person's
  if (honorificBefore(scan, m.start)) return true;
  // "Dominique de Villepin": a name particle, then a capitalized word of no known name
  const linked = LINKED_WORD_AFTER.exec(text.slice(m.end, m.end + 40));
  if (
    linked &&
    !isCompass(linked[1]) &&
    nameLike(site, linked[1], m.end + linked[0].length - linked[1]!.length) &&
    !scan.writesLowercase(foldText(linked[1]!))
  )
    return true;
  // "Cmdr. Chad R. Donnelly": a middle initial and a surname after it make the name a given name; not "Minister of
  // Mongolia N. Enkhtaivan" nor "Menteri Luar Negeri Mongolia N. Enkhtaivan" (where the language puts a title's state
  // after it), nor "Министром ... Монголии Н.Энхтайваном" (another case): a title's state before its holder's initials
  if (INITIAL_AND_SURNAME_AFTER.test(text.slice(m.end, m.end + 40)) && writtenAsNamed(scan, m)) {
    const prev = lastWordBefore(folded, m.start, 30);
    const stateAfterTitle = lexicon.grammar.adjectiveAfterNoun && prev !== undefined;
    if (
      stateAfterTitle
        ? !afterTitleOrLink(scan, prev) && !PORTFOLIOS.has(prev!)
        : !(prev && (TITLE_OF_WORDS.has(prev) || lexicon.locative.includes(prev)))
    )
      return true;
  }
  const after = CAP_WORD_AFTER_SPACE.exec(text.slice(m.end, m.end + 40));
  if (!after || !nameLike(site, after[1], m.end + after[0].length - after[1]!.length)) return false;
  // "парламента Армении Аленом Симоняном": a country's name in another case than its own is no word of a person's name
  if (!writtenAsNamed(scan, m)) return false;
  const si = sentenceAt(sentences, m.start);
  if (scan.isHeadline(si)) return false;
  const before = CAP_WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start));
  // "Octava Reunión Ministerial": between two capitalized words that are no title ("Presiden Rusia Vladimir Putin")
  if (before) {
    const at = m.start - before[0].length;
    return at > sentences[si]!.start && nameLike(site, before[1], at);
  }
  // "Dominique Voynet": a capitalized word the text never writes in lowercase, after no link word ("de Rusia Vladimir Putin")
  // "послом Франции Пьером Леви": after a title the country is the title's, the name the person's
  return !scan.writesLowercase(foldText(after[1]!)) && !afterTitleOrLink(scan, lastWordBefore(folded, m.start, 30));
}

const GIVEN_NAMES = new WeakMap<Lexicon, Set<string>>();

/** Whether a one-word match follows a given name of the language on its line, by a space ("Carlos| Madrid"). */
function afterGivenName(scan: ActorScan, m: GazetteerMatch): boolean {
  const { text, lexicon } = scan.input;
  if (!lexicon.givenNames?.length || /\s/u.test(text.slice(m.start, m.end)) || text.charAt(m.start - 1) !== ' ')
    return false;
  let given = GIVEN_NAMES.get(lexicon);
  if (!given)
    GIVEN_NAMES.set(lexicon, (given = new Set(lexicon.givenNames.filter((w) => !lexicon.stopwords.includes(w)))));
  const before = CAP_WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start));
  if (!before || before[0].length !== before[1]!.length + 1) return false;
  const at = m.start - before[0].length;
  return given.has(foldText(before[1]!)) && !scan.overlaps(at, at + before[1]!.length);
}

/** Whether a word (folded) is "of", a locative or a title's: what stands before a title's state, not a given name. */
function afterTitleOrLink(scan: ActorScan, prev: string | undefined): boolean {
  const { lexicon } = scan.input;
  return (
    prev !== undefined &&
    (TITLE_OF_WORDS.has(prev) ||
      lexicon.locative.includes(prev) ||
      actorLexicon(lexicon).titleStems.has(tokenKey(prev)))
  );
}

/**
 * "Kementerian Luar Negeri Spanyol", "Senat Filipina": a state's organ named bare right before another state's name is
 * that state's body, whose name the patterns after this pass read as written.
 */
function bareBeforeOtherState(site: MatchSite, m: GazetteerMatch, ids: string[]): boolean {
  const { text, gazetteer } = site.scan.input;
  const organ = ids.length === 1 ? gazetteer.actors.get(ids[0]!)?.organ : undefined;
  const next = organ?.of.startsWith('country:') ? site.nextMatch.get(m) : undefined;
  if (!next || !BLANK_GAP.test(text.slice(m.end, next.start))) return false;
  const state = next.entries.find((e) => e.kind === 'actor' && !e.short);
  if (!state || state.id === organ!.of || gazetteer.actors.get(state.id)?.kind !== 'country') return false;
  const written = foldText(text.slice(m.start, m.end));
  return Object.values(organ!.bare)
    .flat()
    .some((n) => foldText(n) === written);
}

/** Whether a place's name names a meeting, a process or a treaty: "the Minsk agreements", "sommet de Madrid", "KTT Jakarta". */
function namesMeeting(site: MatchSite, m: GazetteerMatch): boolean {
  const { folded, lexicon } = site.scan.input;
  const { placeNamedBefore, placeNamedAfter } = actorLexicon(lexicon);
  return (
    placeNamedBefore.test(folded.slice(Math.max(0, m.start - 40), m.start)) ||
    placeNamedAfter.test(folded.slice(m.end, m.end + 30))
  );
}

function recognizeMatch(site: MatchSite, m: GazetteerMatch): void {
  const { scan, articles, fullSeen, shortPending } = site;
  const { text, folded, lexicon, sentences, gazetteer } = scan.input;
  const { mentions, places, treatyMatches, taken } = scan;
  // "SALT II", "Geneva IV": a numbered name the gazetteer does not know; but "Lloyd J. Austin III" is the person
  // (a date after a name is no number of it: "Государственной Думой 7 декабря 2016 года")
  const roman = ROMAN_AFTER.exec(text.slice(m.end, m.end + 6));
  if (roman && !m.entries.every((e) => isPerson(scan, e)) && !dateAt(scan, m.end + roman[0].length - roman[1]!.length))
    return;
  const treaty = m.entries.find((e) => e.kind === 'treaty');
  const actorFull = m.entries.filter((e) => e.kind === 'actor' && !e.short);
  const actorShort = m.entries.filter((e) => e.kind === 'actor' && e.short);
  const place = m.entries.find((e) => e.kind === 'place');
  const sentence = sentenceAt(sentences, m.start);
  // "Réunion informelle des ministres" with "réunion" elsewhere: a common word capitalized at the start of a sentence, or
  // after a label and a colon ("Circonstance : Réunion informelle")
  const s0 = sentences[sentence]!;
  if (
    !treaty &&
    OPENS_SENTENCE_OR_LABEL.test(text.slice(s0.start, m.start)) &&
    !/\s/.test(text.slice(m.start, m.end)) &&
    scan.writesLowercase(folded.slice(m.start, m.end))
  )
    return;
  // "MEMORANDUM SALING PENGERTIAN ANTARA PEMERINTAH ...", "COUNTRIES WHO SIGNED": a word of a heading in capitals,
  // which the text also writes in lowercase, is that word, not an acronym
  if (!treaty && !/\s/.test(text.slice(m.start, m.end)) && inCapitalsRun(text, m.start, m.end)) {
    if (scan.writesLowercase(folded.slice(m.start, m.end))) return;
  }
  // "la IV Reunión de Cooperación Consular": a country's one-word name that is the language's noun of a meeting is that
  // noun, but after a locative ("en la Reunión", "à La Réunion")
  if (
    !treaty &&
    actorFull.length &&
    lexicon.placeNamedNouns.includes(folded.slice(m.start, m.end)) &&
    !locativeBefore(folded, m.start, lexicon.locative, articles)
  )
    return;
  // "Dominique Voynet", "la Octava Reunión Ministerial": a country's one-word name before a capitalized word of no known
  // name is a given name or a word of a longer name
  if (!treaty && actorFull.length && insideLongerName(site, m)) return;
  // "Carlos Madrid, un venezolano", "Alan Santiago": a one-word state or place right after a given name is the surname
  if (!treaty && (actorFull.length || place) && afterGivenName(scan, m)) return;
  // "Northern Ireland", "Irlanda del Norte", "Северная Ирландия": a region, or a state the gazetteer does not know by that name
  const countryOrPlace = actorFull.every((e) => gazetteer.actors.get(e.id)?.kind === 'country');
  if (
    !treaty &&
    countryOrPlace &&
    (actorFull.length || place) &&
    (besideCompass(text, m.start, m.end) || besideWater(folded, m.start, m.end))
  ) {
    taken.push(m);
    return;
  }
  // a dateline names where the story was filed: a place, even when it names a country ("MÉXICO, 1 ene (EFE)")
  if (!treaty && site.datelines.some((d) => m.start >= d.start && m.end <= d.end)) {
    if (place) {
      const p = gazetteer.places.get(place.id)!;
      places.push({ placeId: p.id, name: p.name, start: m.start, end: m.end, sentence, locative: false });
    }
    taken.push(m);
    return;
  }
  if (treaty && actorFull.length === 0) {
    treatyMatches.push({ treatyId: treaty.id, start: m.start, end: m.end });
    taken.push(m);
    return;
  }
  // "à Grenade", "at the White House": a name both an actor's and a place's is the place after a locative preposition,
  // or where it names a meeting ("Sommet de Grenade", "the Granada summit")
  if (
    actorFull.length &&
    !(place && (locativeBefore(folded, m.start, lexicon.locative, articles) || namesMeeting(site, m)))
  ) {
    const ids = closestSpelled(scan, m, inOfficeAt(scan, [...new Set(actorFull.map((e) => e.id))], m.start));
    if (bareBeforeOtherState(site, m, ids)) return;
    // "Brigjen TNI Agus Suhardi": the service a rank names before the person's name is part of the title
    if (
      lexicon.titleServices?.includes(folded.slice(m.start, m.end)) &&
      precededBy(folded, m.start, actorLexicon(lexicon).titleEnds)
    ) {
      taken.push(m);
      return;
    }
    const id = ids[0]!;
    // "bahasa Inggris", "на английском языке": a language, not a country
    if (precededBy(folded, m.start, LANGUAGE_WORDS)) return;
    scan.addActor(id);
    fullSeen.add(id);
    mentions.push({ actorId: id, start: m.start, end: m.end, sentence, metonym: false, confidence: 0.9 });
    taken.push(m);
    return;
  }
  if (place) {
    const p = gazetteer.places.get(place.id)!;
    const locative = precededBy(folded, m.start, lexicon.locative);
    // "SEOUL, June 19 —", "Seoul (ANTARA) -": a dateline names where the story was filed
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    if (text.slice(lineStart, m.start).trim() === '' && /^\s*(?:,|\(|[-–—])/.test(text.slice(m.end, m.end + 3))) {
      places.push({ placeId: p.id, name: p.name, start: m.start, end: m.end, sentence, locative: false });
      taken.push(m);
      return;
    }
    taken.push(m);
    // "the Minsk agreements", "sommet de Madrid", "KTT Jakarta": a capital that names a meeting or a treaty is the place
    // "the city of Prague", "в г. Праге": the city itself
    const named = namesMeeting(site, m) || CITY_BEFORE.test(folded.slice(Math.max(0, m.start - 30), m.start));
    if (p.metonym && !locative && !named) {
      const year = scan.yearAt(m.start);
      const pick = p.metonym.find((x) =>
        year === null
          ? x.until === undefined
          : (x.until === undefined || year <= x.until) && (x.from === undefined || year >= x.from),
      );
      if (pick && scan.addActor(pick.id)) {
        mentions.push({ actorId: pick.id, start: m.start, end: m.end, sentence, metonym: true, confidence: 0.6 });
        return;
      }
    }
    places.push({ placeId: p.id, name: p.name, start: m.start, end: m.end, sentence, locative });
    return;
  }
  if (actorShort.length) shortPending.push({ m, ids: [...new Set(actorShort.map((e) => e.id))] });
}

function recognizeShort(
  site: MatchSite,
  countriesSeen: Set<string>,
  { m, ids }: { m: GazetteerMatch; ids: string[] },
): void {
  const { scan, fullSeen } = site;
  const { text, folded, lexicon, sentences, gazetteer } = scan.input;
  const { mentions, taken } = scan;
  // a demonym ("French voters", "el Senado mexicano") names the country, unless it names a language
  const country = ids.find((id) => gazetteer.actors.get(id)?.kind === 'country');
  // "South Sudanese": the demonym of a region or of another state
  if (country && (besideCompass(text, m.start, m.end) || besideWater(folded, m.start, m.end))) {
    taken.push(m);
    return;
  }
  if (country) {
    const after = text.slice(m.end, m.end + 12);
    if (/^\s*[:)]/.test(after) || LANGUAGE_NOUN.test(after) || /^-language/.test(after)) return;
    // "советско-корейский": the first half of a compound adjective
    const firstHalf = lexicon.grammar.compoundFirstHalf;
    if (firstHalf && HYPHEN_LETTER.test(after) && new RegExp(firstHalf, 'u').test(text.slice(m.start, m.end))) return;
    scan.addActor(country);
    mentions.push({
      actorId: country,
      start: m.start,
      end: m.end,
      sentence: sentenceAt(sentences, m.start),
      metonym: true,
      confidence: 0.6,
    });
    taken.push(m);
    return;
  }
  // "the Biden-Harris administration", "Obama-era officials": a surname in a compound names no actor
  if (
    HYPHEN_JOINED.test(text.slice(Math.max(0, m.start - 2), m.start)) ||
    HYPHEN_LETTER.test(text.slice(m.end, m.end + 2))
  )
    return;
  // "Корр. ТАСС": an abbreviation with its period is no surname, whatever name its stem shares
  if (text.charAt(m.end) === '.' && ABBREVIATIONS.has(foldText(text.slice(m.start, m.end)))) return;
  let pick = ids.filter((id) => fullSeen.has(id));
  // "Nasser Bourita", "Hosni Nasser": a surname beside a name word of no such person names another person
  if (pick.length === 0 && besideOtherName(scan, m, ids)) return;
  if (pick.length === 0 && ids.length > 1)
    pick = inOfficeAt(scan, ids, m.start).length === 1 ? inOfficeAt(scan, ids, m.start) : [];
  if (pick.length === 0 && ids.length === 1) {
    const g = gazetteer.actors.get(ids[0]!);
    const of = g?.offices?.[0]?.of;
    const titled = precededBy(folded, m.start, actorLexicon(lexicon).titleEnds);
    const s = sentences[sentenceAt(sentences, m.start)]!;
    // an unambiguous surname is the person, except a capitalized word opening an English sentence ("Begin")
    const clear = m.end - m.start >= 4 && (m.start > s.start || !lexicon.grammar.capitalizedSentenceStart);
    if (titled || (of && countriesSeen.has(of)) || clear) pick = ids;
  }
  if (pick.length !== 1) return;
  scan.addActor(pick[0]!);
  mentions.push({
    actorId: pick[0]!,
    start: m.start,
    end: m.end,
    sentence: sentenceAt(sentences, m.start),
    metonym: false,
    confidence: 0.75,
  });
  taken.push(m);
}

/** Every lexicon's abbreviations that a period closes ("корр", "núm"): no word of a name. */
const ABBREVIATIONS = new Set(sharedWords('abbreviations'));

const NAME_WORD_AFTER = plane(/^[^\S\n]+(\p{Lu}[\p{L}'’-]*)/u);
const NAME_WORD_BEFORE = plane(/(?:^|[^\p{L}'’-])(\p{Lu}[\p{L}'’-]*)[^\S\n]+$/u);

/** Whether a span overlaps a mention already recognized: a name the gazetteer knows. */
function knownSpan(scan: ActorScan, from: number, to: number): boolean {
  return scan.mentions.some((x) => x.start < to && from < x.end);
}

/**
 * Whether a person's short form stands beside a capitalized word that is none of the candidates' name words and no
 * title, function word or common word of the text: another person's given name ("Elizabeth Truss" for a gazetteer's
 * "Liz Truss") or surname ("Nasser Bourita").
 */
function besideOtherName(scan: ActorScan, m: GazetteerMatch, ids: string[]): boolean {
  const { text, lexicon, gazetteer } = scan.input;
  const { titleWords, titleEnds } = actorLexicon(lexicon);
  const b = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
  const a = NAME_WORD_AFTER.exec(text.slice(m.end, m.end + 40));
  if (!a && !b) return false;
  // a word that is itself a name the gazetteer knows ("Russia's Putin", "Putin Kremlin") is no other person's name,
  // nor a title before it ("Заместитель Госсекретаря Шеннон")
  const after = a && !knownSpan(scan, m.end, m.end + a[0].length) ? a[1] : undefined;
  const titleKeys = new Set(titleEnds.map((t) => tokenKey(foldText(t))));
  const before =
    b && !knownSpan(scan, m.start - b[0].length, m.start) && !titleKeys.has(tokenKey(foldText(b[1]!)))
      ? b[1]
      : undefined;
  const own = new Set<string>();
  for (const id of ids)
    for (const n of Object.values(gazetteer.actors.get(id)?.names ?? {}).flat())
      for (const w of foldText(n).split(/[\s-]+/)) own.add(w);
  return (
    otherNameWord(scan, own, titleWords, before) ||
    otherNameWord(scan, own, titleWords, after) ||
    // "Mr Klaus KINKEL": a surname written in capitals after the short form makes that a given name
    (!!after && CAPITALS_SURNAME_AFTER.test(after) && !own.has(foldText(after)))
  );
}

/** A surname written in capitals, four letters or more ("KINKEL"), as official lists write them after the given names. */
const CAPITALS_SURNAME_AFTER = plane(/^\p{Lu}[\p{Lu}'’-]{3,}$/u);

/** A capitalized word of none of a person's names and no title or common word (a name word is written in lowercase after its capital: "HR/VP Borrell" names Borrell). */
function otherNameWord(scan: ActorScan, own: Set<string>, titleWords: Set<string>, w: string | undefined): boolean {
  return (
    !!w &&
    LOWERCASE_LETTER.test(w) &&
    !own.has(foldText(w)) &&
    !isNotNameWord(scan.input.lexicon, titleWords, w) &&
    !scan.writesLowercase(foldText(w))
  );
}
