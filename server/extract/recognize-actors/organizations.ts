/**
 * Organizations the gazetteer does not know, written "Long Name (ACRONYM)" or "ACRONYM (Long Name)",
 * and the organs of known ones named without their organization ("la Asamblea General").
 */
import type { Gazetteer, GazetteerActor } from '../gazetteer';
import { foldText, isLetterCodePoint, lastWordBefore, nameKeys, plainWord, tokenKey } from '../fold-text';
import { toSlug } from '../slug';
import { sentenceAt } from '../split-sentences';
import type { ActorMention, ActorScan } from './actor-scan';
import { actorLexicon, INSTITUTIONS, isOrgNounWord, STATE_NOUN } from './actor-lexicon';
import { orNever, sharedAlternation, sharedWords } from '../patterns';
import { isSpaceCodePoint, matchesBeforeMark, nextGatedMatch } from '../word-start-matches';
import { stateBefore } from './state-bodies';
import { LEXICONS } from '../lexicons';
import { plane } from '../bmp-patterns';

// patterns of the functions below, compiled once here: a transpiler targeting Node writes a `\p{..}` literal as
// `new RegExp(..)`, which a function would then run on every call
const LOWERCASE_START = plane(/^\p{Ll}/u);
const CAPITAL_START = plane(/^\p{Lu}/u);
const LINK_WORD_GAP = plane(/^[^\S\n]*(?:\p{Ll}{1,3}[^\S\n]+)?$/u);
const TWO_CAPITALS = plane(/^\p{Lu}{2}/u);
/**
 * A name's first word and the spaces after it, when a capitalized word follows, maybe after short lowercase link words:
 * group 1 is the word, group 2 the link words.
 */
const LEADING_WORD = plane(/^([\p{L}-]+)\s+((?:\p{Ll}{1,4}\s+)*)(?=\p{Lu})/u);
const LOWERCASE = plane(/\p{Ll}/u);
const BEFORE_CAPITAL = plane(/(?=\p{Lu})/u);
const LONE_CAPITAL = plane(/^\p{Lu}$/u);
const CAPITAL_OR_NUMERAL = plane(/^\p{Lu}|^[IVX]+$/u);

// organizations written "Long Name (ACRONYM)" or "ACRONYM (Long Name)"; both forms hold a parenthesis with only letters,
// hyphens and spaces before it, and are tried only there (matchesBeforeMark): the pattern backtracks a lot elsewhere
const ORG = plane(
  /((?:\p{Lu}[\p{L}-]+)(?:\s+(?:\p{Lu}[\p{L}-]+|\p{Ll}{1,4}))*\s+\p{Lu}[\p{L}-]+)\s+\((\p{Lu}{3,10})\)|(?<![\p{L}])(\p{Lu}{3,10})\s+\(((?:\p{Lu}[\p{L}-]+)(?:\s+(?:\p{Lu}[\p{L}-]+|\p{Ll}{1,4}))*)\)/uy,
);
// only where an acronym stands next to parentheses
const ACR = plane(/\((\p{Lu}{3,10})\)|\p{Lu}{3,10}\s+\(/uy);
/** What may stand before the parenthesis of ORG and ACR: letters, hyphens and spaces. */
function beforeParenthesis(cp: number): boolean {
  return cp === 0x2d || isSpaceCodePoint(cp) || isLetterCodePoint(cp);
}

/** Recognizes organizations named with their acronym beside their long name, where the long name has an organization noun. */
export function recognizeAcronymOrganizations(scan: ActorScan): void {
  const { text, lexicon } = scan.input;
  const { overlaps } = scan;
  const windows: [number, number][] = [];
  // both forms need a parenthesis: most articles have none, and the patterns then need not run at all
  for (const am of matchesBeforeMark(ACR, text, '(', beforeParenthesis))
    windows.push([Math.max(0, am.index - 150), Math.min(text.length, am.index + am[0].length + 150)]);
  for (const [from, to] of windows) {
    const slice = text.slice(from, to);
    for (const om of matchesBeforeMark(ORG, slice, '(', beforeParenthesis)) {
      om.index += from;
      let long = om[1] ?? om[4]!;
      const acr = om[2] ?? om[3]!;
      let longStart = om[1] ? om.index : om.index + om[0].indexOf('(') + 1;
      // "Ketua Indian Ocean Rim Association (IORA)", "Delegates of the Pacific Island Forum (PIF)": an article, a title,
      // or a word that is no organization's noun and its link words, before the long name is no word of it
      for (let lead = LEADING_WORD.exec(long); lead; lead = LEADING_WORD.exec(long)) {
        const word = plainWord(lead[1]!);
        const article = lexicon.grammar.articles.includes(word);
        if (!(article || lexicon.titles.includes(word) || (lead[2] && !isOrgNounWord(lexicon, word)))) break;
        long = long.slice(lead[0].length);
        longStart += lead[0].length;
      }
      const acrStart = om[1] ? om.index + om[0].lastIndexOf('(') + 1 : om.index;
      if (overlaps(acrStart, acrStart + acr.length) || afterLocative(scan, longStart)) continue;
      // "the Pacific Island Forum (PIF)": the acronym of a known body whose long name the gazetteer gives is that body's
      if (knownBodyAcronym(scan, acr, acrStart, longStart, longStart + long.length)) continue;
      const words = long.split(/\s+/).map(plainWord);
      if (venueAfterLocative(scan, long, longStart)) continue;
      const first = words.find((w) => !['la', 'el', 'los', 'las', 'the', 'le'].includes(w)) ?? '';
      const isTreaty = lexicon.treatyNouns.some((n) => first.startsWith(n.form));
      // "Центральная избирательная комиссия России (ЦИК)": the head noun may follow its adjectives
      // "Tigray People's Liberation Front (TPLF)": or last, as English puts it
      if (
        isTreaty ||
        !(words.slice(0, 3).some((w) => isOrgNounWord(lexicon, w)) || isOrgNounWord(lexicon, words[words.length - 1]!))
      )
        continue;
      addAcronymOrganization(scan, acr, acrStart, long, longStart);
    }
  }
  if (windows.length) recognizeInitialedOrganizations(scan);
}

/**
 * The words after an organization's generic head that go on its name: capitalized words, acronyms and roman numerals,
 * with at most three link words ("of the", "de la", "et de l’", "dan") before each (and a comma before those: "des Affaires
 * étrangères, de la Coopération") and a body's adjective after each ("des Affaires étrangères"); never across a line
 * break.
 */
const HEAD_COMPLEMENT = plane(
  new RegExp(
    `^(?:(?:,(?=[^\\S\\n]+(?:${sharedAlternation('titleOf')})[^\\S\\n]))?[^\\S\\n]+(?:(?:${sharedAlternation('titleOf')}|${sharedAlternation('portfolioAnd')})(?:[^\\S\\n]+|(?<=['’]))){0,3}(?:\\p{Lu}[\\p{L}'’-]*|[IVX]+|(?<=['’])(?:${orNever(sharedAlternation('bodyAdjectives'))}))(?![\\p{L}\\p{N}])(?:[^\\S\\n]+(?:${orNever(sharedAlternation('bodyAdjectives'))})(?![\\p{L}\\p{N}]))?)+`,
    'u',
  ),
);
/** Lowercase adjectives that go on a body's name after its capitalized word ("Affaires étrangères"). */
const BODY_ADJECTIVES = new Set(sharedWords('bodyAdjectives'));

/**
 * "Fuerzas Armadas Españolas", "Kementerian Luar Negeri", "Oficina de Información Diplomática", "Office of Foreign
 * Assets Control": a capitalized generic head of an organization's name and the capitalized words after it name an
 * organization the gazetteer does not know, as written. A known name after it keeps its own span and ends the name.
 */
export function recognizeHeadedOrganizations(scan: ActorScan): void {
  const { text, folded, lexicon, sentences } = scan.input;
  const { actors, mentions, taken, overlaps, knownAt } = scan;
  const { orgHeads, listStarts, titleStems } = actorLexicon(lexicon);
  if (!orgHeads) return;
  const starts = listStarts(folded)[orgHeads.slot]!;
  orgHeads.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextGatedMatch(orgHeads.re, orgHeads.sticky, folded, starts)) !== null) {
    const start = m.index;
    const headEnd = start + m[0].length;
    // a heading in capitals is no name ("MINISTERIO DE RELACIONES EXTERIORES"); "Menteri Badan Usaha ...": a title's portfolio
    if (TWO_CAPITALS.test(text.slice(start, start + 2)) || overlaps(start, headEnd)) continue;
    const prev = lastWordBefore(folded, start, 30);
    if (prev !== undefined && titleStems.has(tokenKey(prev))) continue;
    const sentence = sentenceAt(sentences, start);
    if (scan.isHeadline(sentence)) continue;
    // "le ministère sénégalais de la Défense": a demonym between the head and its complement goes on the name
    const demonym = demonymAfter(scan, headEnd);
    const from = demonym ? demonym.end : headEnd;
    const complement = HEAD_COMPLEMENT.exec(text.slice(from, from + 120));
    if (!complement) continue;
    // "ministère de l'Intérieur": a lowercase head names a body only with a link word before its capitalized complement,
    // and only when it is no title too ("la secretaria de Relaciones Exteriores" is a person)
    const [links, firstCap] = complement[0].split(BEFORE_CAPITAL, 2) as [string, string | undefined];
    if (!CAPITAL_START.test(text.charAt(start)) && (!LOWERCASE.test(links) || titleStems.has(tokenKey(m[0])))) continue;
    const [end, bodyEnd] = headedNameEnd(scan, from, complement[0]);
    if (end === from) continue;
    // "Oficina del Portavoz", "Office of the Press Secretary": the office of a person, no body of its own
    if (firstCap && lexicon.titles.includes(folded.slice(from + links.length, bodyEnd))) continue;
    // "Badan Bantuan Pembangunan Internasional (USAID)": the long name of a known organization
    const paren = /^[^\S\n]*\(/u.exec(text.slice(end, end + 4));
    if (paren && knownAt(end + paren[0].length)) continue;
    // "the Polish Ministry of Finance", "Brazil's Ministry of Defence": the state before the head goes on the name
    const state = stateBefore(scan, start) ?? demonym;
    const name = text.slice(state && state.start < start ? state.start : start, end);
    // a treaty's name is no organization ("Council Regulation", "Protocolo de Kioto")
    if (hasTreatyNoun(lexicon, name.split(/[\s'’]+/).map(plainWord))) continue;
    // one body whether or not its state follows it ("Kementerian Luar Negeri RI" ... "Kementerian Luar Negeri"); another
    // state's before it is another body
    const keys = [...nameKeys(text.slice(from, bodyEnd)), ...(state ? [state.actorId] : [])];
    const id = `org:${toSlug(nameKeys(text.slice(start, headEnd)).concat(keys).join(' '))}`;
    if (!actors.has(id)) actors.set(id, { id, name, kind: 'organization', iso2: null, media: false, offices: [] });
    // the state's name keeps its own mention: the body's ends before it
    mentions.push({ actorId: id, start, end: bodyEnd, sentence, metonym: false, confidence: 0.5 });
    taken.push({ start, end: bodyEnd });
  }
}

/** A country's demonym in lowercase right after a head ("ministère sénégalais"). */
function demonymAfter(scan: ActorScan, headEnd: number): ActorMention | undefined {
  const { text } = scan.input;
  const x = scan.knownAt(headEnd + 1);
  if (!x || !LOWERCASE_START.test(text.charAt(x.start)) || !/^[^\S\n]+$/u.test(text.slice(headEnd, x.start))) return;
  return scan.actors.get(x.actorId)?.kind === 'country' ? x : undefined;
}

/**
 * Where a headed name ends in its complement: before a known name or a taken span ("Kementerian Luar Negeri RI": Indonesia
 * keeps "RI"), a state noun ("Gobierno de la República"), an initial or abbreviation ("A.S.", "Dana J. Hyde") or "and"
 * with an article (a second body: "... y la Procuraduría"); after its last capitalized word.
 */
function headedNameEnd(scan: ActorScan, headEnd: number, complement: string): [end: number, bodyEnd: number] {
  const { text } = scan.input;
  let end = headEnd;
  let andWord = false;
  for (const w of complement.matchAll(/[^\s'’]+/gu)) {
    const at = headEnd + w.index;
    const word = w[0];
    const known = scan.knownAt(at);
    // "Kementerian Pertahanan RI", "Departamento del Tesoro de Estados Unidos": the state's name ends the body's
    if (known && known.start === at && scan.actors.get(known.actorId)?.kind === 'country')
      return [end === headEnd ? headEnd : known.end, end];
    if (known || scan.overlaps(at, at + word.length)) break;
    const plain = plainWord(word);
    // "... y la Procuraduría": another body; "... et du Développement": the same one's coordinated complement
    if (andWord && ARTICLES.has(plain) && !GENITIVES.has(plain)) break;
    andWord = AND_WORDS.has(plain);
    if (STATE_NOUN.test(plain) || (LONE_CAPITAL.test(word) && text.charAt(at + 1) === '.')) break;
    if (CAPITAL_OR_NUMERAL.test(word) || BODY_ADJECTIVES.has(word)) end = at + word.length;
  }
  return [end, end];
}
const AND_WORDS = new Set(sharedWords('portfolioAnd'));
const ARTICLES = new Set(sharedWords('kinshipArticles'));
/** Every language's genitive links ("du", "del"). */
const GENITIVES = new Set(Object.values(LEXICONS).flatMap((l) => l.missionGenitives ?? []));

const PAREN_ACRONYM = plane(/\((\p{Lu}{2,10})\)/gu);
/** A word before an acronym in brackets, with the gap before it: "autorité ", "l’". */
const WORD_BEFORE = plane(/([\p{L}-]+)([^\S\n]+|['’])$/u);

/**
 * "Haute autorité de transition (HAT)", "Oficina de Información Diplomática (OID)": a long name written as a sentence
 * writes it, lowercase words too, whose content words' initials spell the acronym in brackets after it. Link words
 * (up to three letters, lowercase) have no initial.
 */
function recognizeInitialedOrganizations(scan: ActorScan): void {
  const { text, lexicon } = scan.input;
  const { taken, overlaps } = scan;
  PAREN_ACRONYM.lastIndex = 0;
  let pm: RegExpExecArray | null;
  while ((pm = PAREN_ACRONYM.exec(text)) !== null) {
    const acr = pm[1]!;
    const acrStart = pm.index + 1;
    if (overlaps(acrStart, acrStart + acr.length)) continue;
    let at = pm.index;
    while (at > 0 && /[^\S\n]/u.test(text.charAt(at - 1))) at--;
    let letters = acr.length;
    let start = -1;
    let walked = 0;
    while (letters > 0 && walked < 12) {
      const m = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at) + ' ');
      if (!m) break;
      const word = m[1]!;
      const wordStart = at - word.length;
      walked++;
      const link = word.length <= 3 && LOWERCASE_START.test(word);
      if (!link) {
        if (plainWord(word.charAt(0)) !== plainWord(acr.charAt(letters - 1))) break;
        letters--;
        if (letters === 0) start = wordStart;
      }
      at = wordStart;
      while (at > 0 && /[^\S\n'’]/u.test(text.charAt(at - 1))) at--;
      if (at > 0 && /['’]/u.test(text.charAt(at - 1))) at--;
    }
    if (start < 0 || !CAPITAL_START.test(text.charAt(start))) continue;
    const long = text.slice(start, pm.index).trimEnd();
    // an organization noun among its words, and no treaty noun ("Strategic Partnership Agreement (SPA)")
    const longWords = long.split(/[\s'’]+/).map(plainWord);
    if (longWords.length < 2 || hasTreatyNoun(lexicon, longWords)) continue;
    if (!longWords.some((w) => isOrgNoun(lexicon, w))) continue;
    // "Japan Chamber of Commerce and Industry (JCCI)": a state named inside the long name keeps its mention; "di Jakarta
    // Convention Center (JCC)": after a locative the name is a venue's
    if (overlapsOtherThanStates(scan, start, start + long.length)) continue;
    if (afterLocative(scan, start)) continue;
    addAcronymOrganization(scan, acr, acrStart, long, start);
    taken.push({ start, end: start + long.length });
  }
}

/** Whether a word is an organization's noun, in any case form ("Управления" of "управление"), or an English one. */
function isOrgNoun(lexicon: ActorScan['input']['lexicon'], w: string): boolean {
  return isOrgNounWord(lexicon, w) || INSTITUTIONS.has(w) || lexicon.orgNouns.some((n) => tokenKey(n) === tokenKey(w));
}

/** Whether a locative stands right before an offset: a long name there is a venue's ("di Jakarta Convention Center (JCC)"). */
function afterLocative(scan: ActorScan, at: number): boolean {
  const prev = lastWordBefore(scan.input.folded, at, 30);
  return prev !== undefined && scan.input.lexicon.locative.includes(prev);
}

/**
 * Whether a long name runs on from a locative into a place's name ("ASEAN di Jakarta Convention Center (JCC)"): the
 * name after the locative is a venue's.
 */
function venueAfterLocative(scan: ActorScan, long: string, longStart: number): boolean {
  const { lexicon } = scan.input;
  let at = -1;
  for (const w of long.matchAll(/\S+/gu)) if (lexicon.locative.includes(w[0])) at = longStart + w.index + w[0].length;
  if (at < 0) return false;
  while (scan.input.text.charAt(at) === ' ') at++;
  return scan.overlaps(at, at + 1);
}

/** Whether a span overlaps a taken one that is no state's or place's mention ("Indian Ocean" of "Indian Ocean Rim ..."). */
function overlapsOtherThanStates(scan: ActorScan, start: number, end: number): boolean {
  if (!scan.overlaps(start, end)) return false;
  return scan.taken.some((t) => {
    if (!(start < t.end && t.start < end)) return false;
    if (scan.places.some((p) => p.start === t.start && p.end === t.end)) return false;
    const m = scan.knownAt(t.start);
    return !(m && m.start === t.start && m.end === t.end && scan.actors.get(m.actorId)?.kind === 'country');
  });
}

/** Whether a word of a name starts with one of the lexicon's treaty nouns: a treaty is no organization. */
function hasTreatyNoun(lexicon: ActorScan['input']['lexicon'], words: string[]): boolean {
  return words.some((w) => lexicon.treatyNouns.some((n) => w.startsWith(n.form)));
}

/**
 * An organization known by its acronym: the acronym's mention, the long name's where no other actor took it, and the
 * acronym's span taken.
 */
function addAcronymOrganization(scan: ActorScan, acr: string, acrStart: number, long: string, longStart: number): void {
  const { actors, mentions, taken } = scan;
  const id = `org:${toSlug(acr)}`;
  if (!actors.has(id)) actors.set(id, { id, name: acr, kind: 'organization', iso2: null, media: false, offices: [] });
  const sentence = sentenceAt(scan.input.sentences, acrStart);
  mentions.push({
    actorId: id,
    start: acrStart,
    end: acrStart + acr.length,
    sentence,
    metonym: false,
    confidence: 0.6,
  });
  // "the Indian Ocean Rim Association (IORA)": a state's name inside the long name keeps its own mention beside it
  if (!overlapsOtherThanStates(scan, longStart, longStart + long.length))
    mentions.push({
      actorId: id,
      start: longStart,
      end: longStart + long.length,
      sentence,
      metonym: false,
      confidence: 0.6,
    });
  taken.push({ start: acrStart, end: acrStart + acr.length });
}

/**
 * Whether an acronym beside a long name that is exactly one known organization's mention names that organization: its
 * mention added and its span taken.
 */
function knownBodyAcronym(scan: ActorScan, acr: string, acrStart: number, longStart: number, longEnd: number): boolean {
  const known = scan.knownAt(longStart);
  if (!known || known.start !== longStart || known.end !== longEnd) return false;
  if (scan.actors.get(known.actorId)?.kind !== 'organization') return false;
  const sentence = sentenceAt(scan.input.sentences, acrStart);
  const end = acrStart + acr.length;
  scan.mentions.push({ actorId: known.actorId, start: acrStart, end, sentence, metonym: false, confidence: 0.6 });
  scan.taken.push({ start: acrStart, end });
  return true;
}

/**
 * Organs by the keys of their bare names ("asamblea general" → the UN's and the OAS's), built once per gazetteer; keyed by
 * stems, so that a bare name in any case ("Палатой представителей", "Советом Безопасности") finds its organs.
 */
const ORGANS_BY_BARE = new WeakMap<Gazetteer, Map<string, GazetteerActor[]>>();
function organsByBare(gazetteer: Gazetteer): Map<string, GazetteerActor[]> {
  let m = ORGANS_BY_BARE.get(gazetteer);
  if (!m) {
    m = new Map();
    for (const a of gazetteer.actors.values()) {
      for (const n of Object.values(a.organ?.bare ?? {}).flat()) {
        const key = nameKeys(n).join(' ');
        const list = m.get(key) ?? [];
        if (!list.includes(a)) list.push(a);
        m.set(key, list);
      }
    }
    ORGANS_BY_BARE.set(gazetteer, m);
  }
  return m;
}

/** A capitalized word right before a name, on its line and with no punctuation between: "Independent Reporting| Commission". */
const CAPITALIZED_BEFORE = plane(/\p{Lu}[\p{L}'’-]*[^\S\n]+$/u);
/** Whether a capitalized word other than a determiner ("The Council") stands right before an offset: a longer name's end. */
function capitalizedBefore(scan: ActorScan, at: number): boolean {
  const { text, folded, lexicon } = scan.input;
  if (!CAPITALIZED_BEFORE.test(text.slice(Math.max(0, at - 30), at))) return false;
  const word = lastWordBefore(folded, at, 30);
  return !!word && !lexicon.determinersBefore.includes(word);
}

/** Whether the text names another actor by a name that begins with a mention's words ("Conseil de sécurité" for "Conseil"). */
function longerNamed(text: string, mentions: ActorMention[], m: ActorMention): boolean {
  const bare = `${foldText(text.slice(m.start, m.end))} `;
  return mentions.some((x) => x.actorId !== m.actorId && foldText(text.slice(x.start, x.end)).startsWith(bare));
}

/** A genitive (every language's) and a lowercase noun after a name ("Conseil des ministres", "Consejo de ministros"). */
const COMMON_COMPLEMENT = plane(
  new RegExp(`^[^\\S\\n]+(?:${sharedAlternation('genitiveLinks')})(?:[^\\S\\n]+|(?<=['’]))\\p{Ll}{3,}`, 'u'),
);

/** Capitalized words after a name, directly or after a short link word ("de la República"): a longer name. */
const LONGER_NAME = plane(/^[^\S\n]+(?:\p{Ll}{1,3}[^\S\n]+){0,2}\p{Lu}/u);

/** "Senado de la República", "Congreso de la Nación": a state noun that names the text's own state, no other body. */
function ownStateAfter(scan: ActorScan, at: number): boolean {
  const w = WORD_AT.exec(scan.input.folded.slice(at, at + 30))?.[0];
  if (!w || !(STATE_NOUN.test(w) || OWN_STATE_WORDS.has(w))) return false;
  // "Senado de la República de Colombia": another state's name after it
  return !COUNTRY_AFTER_LINK.test(scan.input.text.slice(at + w.length, at + w.length + 8));
}
const WORD_AT = plane(/^\p{L}+/u);
/** Whether the mentions name a state more often than any other state. */
function namedMost(scan: ActorScan, mentions: ActorMention[], stateId: string): boolean {
  const n = new Map<string, number>();
  for (const x of mentions) if (isCountry(scan, x)) n.set(x.actorId, (n.get(x.actorId) ?? 0) + 1);
  const own = n.get(stateId) ?? 0;
  return own > 0 && [...n].every(([id, c]) => id === stateId || c < own);
}
/** The nation as a state's own name ("de la Nación", "de la Nation"), every language's. */
const OWN_STATE_WORDS = new Set(sharedWords('ownStateWords'));
/** A capitalized word after a state noun, maybe after a link word: its state's name ("República de Colombia", "Republik Turkiye"). */
const COUNTRY_AFTER_LINK = plane(/^[^\S\n]+(?:\p{Ll}{1,3}[^\S\n]+)?\p{Lu}/u);

/** The bare names of the organs of states ("senate" of the US Senate), built once per gazetteer. */
const NATIONAL_BARE = new WeakMap<Gazetteer, Map<string, GazetteerActor>>();
function nationalBare(gazetteer: Gazetteer): Map<string, GazetteerActor> {
  let m = NATIONAL_BARE.get(gazetteer);
  if (!m) {
    m = new Map();
    // a bare name stands for the default organ, the one that lists it among its names
    for (const a of gazetteer.actors.values())
      if (a.organ?.tied) {
        const own = new Set(Object.values(a.names).flat().map(foldText));
        // keyed by stems: a bare name in any case ("Национального Собрания")
        for (const n of Object.values(a.organ.bare).flat()) if (own.has(foldText(n))) m.set(nameKeys(n).join(' '), a);
      }
    NATIONAL_BARE.set(gazetteer, m);
  }
  return m;
}

/**
 * The mentions without the bare organs of a state ("the Senate", "Senat") that the text does not tie to that state:
 * a text that never names the state, or another state's name or demonym beside it ("Sénat du Canada", "Philippine
 * Senate", "el Senado mexicano") means another state's organ.
 */
export function withoutUntiedOrgans(scan: ActorScan, mentions: ActorMention[]): ActorMention[] {
  const { text, gazetteer } = scan.input;
  const bare = nationalBare(gazetteer);
  if (bare.size === 0) return mentions;
  const states = new Set(mentions.map((m) => m.actorId));
  return mentions.filter((m, i) => {
    const organ = bare.get(nameKeys(text.slice(m.start, m.end)).join(' '));
    if (!organ) return true;
    // "Senado de la República", "Senate Foreign Relations Committee": the bare name begins a longer name (not one
    // followed by another name: "el Senado de Argentina", "la Chambre des communes et le Sénat")
    const national = organ.id === m.actorId || gazetteer.actors.get(m.actorId)?.organ?.of.startsWith('country:');
    const longer = national ? LONGER_NAME.exec(text.slice(m.end, m.end + 40)) : null;
    // "Senado de la República": the chamber of the state the text names most (none where two tie)
    if (
      longer &&
      mentions[i + 1]?.start !== m.end + longer[0].length - 1 &&
      !(
        ownStateAfter(scan, m.end + longer[0].length - 1) &&
        namedMost(scan, mentions, gazetteer.actors.get(m.actorId)?.organ?.of ?? organ.organ!.of)
      )
    )
      return false;
    // "le Conseil des ministres", "el Consejo de ministros": an organization's institution named bare is no name that a
    // genitive and a common noun continue (another body), nor in a text that names another body by a longer name that
    // begins with it ("le Conseil de sécurité ... les résolutions du Conseil")
    if (
      organ.id === m.actorId &&
      gazetteer.actors.get(organ.organ!.of)?.kind !== 'country' &&
      (COMMON_COMPLEMENT.test(text.slice(m.end, m.end + 40)) ||
        longerNamed(text, mentions, m) ||
        capitalizedBefore(scan, m.start))
    )
      return false;
    if (organ.id !== m.actorId) return true;
    if (!states.has(organ.organ!.of)) return false;
    const prev = mentions[i - 1];
    const next = mentions[i + 1];
    if (
      isCountry(scan, prev) &&
      prev!.actorId !== organ.organ!.of &&
      /^[^\S\n]*$/u.test(text.slice(prev!.end, m.start))
    )
      return false;
    if (
      isCountry(scan, next) &&
      next!.actorId !== organ.organ!.of &&
      LINK_WORD_GAP.test(text.slice(m.end, next!.start))
    )
      return false;
    return true;
  });
}

/**
 * "la Asamblea General del organismo" in an article about the OAS is the OAS General Assembly, not
 * the UN's: an organ named without its organization belongs to the organization mentioned last
 * before it (or first after it) among those that have such an organ; with none of them mentioned,
 * the default (the UN's) stays.
 */
export function resolveOrgans(scan: ActorScan): void {
  const { text, gazetteer } = scan.input;
  const { mentions, addActor } = scan;
  const byBare = organsByBare(gazetteer);
  if (byBare.size === 0) return;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (!gazetteer.actors.get(m.actorId)?.organ) continue;
    const organs = byBare.get(nameKeys(text.slice(m.start, m.end)).join(' '));
    if (!organs || organs.length < 2) continue;
    // "le Sénat du Canada", "el Senado mexicano", "Philippine Senate": the owner named right beside it
    const next = mentions[i + 1];
    const prev = mentions[i - 1];
    const beside =
      next && ownerOrgan(organs, m, next) && ORGAN_LINK.test(text.slice(m.end, next.start))
        ? next
        : prev && ownerOrgan(organs, m, prev) && /^[^\S\n]+$/u.test(text.slice(prev.end, m.start))
          ? prev
          : undefined;
    let pick: GazetteerActor | undefined = beside ? ownerOrgan(organs, m, beside) : undefined;
    // a state's chamber named bare ("the Senate", "el Congreso de la Nación") is that of the state the text names most
    // (its other chambers count for it: "el Congreso de la Nación ... el Senado")
    const national = gazetteer.actors.get(m.actorId)!.organ!.of.startsWith('country:');
    if (!pick && national) {
      pick = mostNamedOwner(mentions, m, (x) => ownerOrgan(organs, m, x) ?? stateOrgan(gazetteer, organs, x));
      // "Reconoce la Secretaría ... al Senado de la República" as the title line: a title names the state after it
      if (!pick && titleLine(scan, m))
        pick = mostNamedOwner(mentions, m, (x) => ownerOrgan(organs, m, x) ?? stateOrgan(gazetteer, organs, x), true);
    }
    for (const x of pick || national ? [] : mentions) {
      if (x === m) continue;
      const o = ownerOrgan(organs, m, x);
      if (!o) continue;
      if (x.start < m.start) pick = o;
      else if (!pick) {
        pick = o;
        break;
      } else break;
    }
    if (pick && pick.id !== m.actorId && addActor(pick.id)) m.actorId = pick.id;
  }
}

/** Whether a mention is in a text's first sentence that ends with no stop: its title line. */
function titleLine(scan: ActorScan, m: ActorMention): boolean {
  if (m.sentence !== 0) return false;
  const s = scan.input.sentences[0]!;
  return !STOP_END.test(scan.input.text.slice(s.start, s.end));
}
const STOP_END = /[.!?;:]["”»)]?\s*$/u;

/** Whether a mention is a country's. */
function isCountry(scan: ActorScan, x: ActorMention | undefined): boolean {
  return !!x && scan.actors.get(x.actorId)?.kind === 'country';
}

/** Of the organs that share `m`'s bare name, the one a mention names as owner (or names itself, elsewhere than `m`). */
function ownerOrgan(organs: GazetteerActor[], m: ActorMention, x: ActorMention): GazetteerActor | undefined {
  return organs.find((o) => o.organ!.of === x.actorId || (o.id === x.actorId && x !== m));
}

/** Of those organs, the one of the state whose organ a mention names (its other chambers count for it). */
function stateOrgan(gazetteer: Gazetteer, organs: GazetteerActor[], x: ActorMention): GazetteerActor | undefined {
  const of = gazetteer.actors.get(x.actorId)?.organ?.of;
  return of?.startsWith('country:') ? organs.find((o) => o.organ!.of === of) : undefined;
}

/**
 * The organ of the owner the mentions name most (ties: the one named first) among those named before `m` (`anywhere`:
 * in the whole text): a chamber named bare belongs to a state the text has already named ("The Senate ... the treaty
 * with Chile" is not Chile's).
 */
function mostNamedOwner(
  mentions: ActorMention[],
  m: ActorMention,
  owner: (x: ActorMention) => GazetteerActor | undefined,
  anywhere = false,
): GazetteerActor | undefined {
  const n = new Map<GazetteerActor, number>();
  for (const x of mentions) {
    const o = x === m ? undefined : owner(x);
    if (o && (anywhere || x.start < m.start || n.has(o))) n.set(o, (n.get(o) ?? 0) + 1);
  }
  let best: GazetteerActor | undefined;
  for (const [o, c] of n) if (!best || c > n.get(best)!) best = o;
  return best;
}

/** What stands between an organ and its organization: nothing or link words ("of the", "de las", "des"). */
const ORGAN_LINK = plane(/^[^\S\n]*(?:\p{Ll}{1,4}[^\S\n]+){0,2}$/u);

/**
 * The mentions without an organization named right after its own organ ("Consejo de Seguridad de Naciones Unidas",
 * "Совет Безопасности Организации Объединённых Наций"): the text names the organ there, not the organization too.
 */
export function withoutParentsOfOrgans(scan: ActorScan, mentions: ActorMention[]): ActorMention[] {
  const { text, gazetteer } = scan.input;
  const drop = new Set<ActorMention>();
  for (let i = 1; i < mentions.length; i++) {
    const organ = gazetteer.actors.get(mentions[i - 1]!.actorId)?.organ;
    const m = mentions[i]!;
    if (!organ || organ.of !== m.actorId || gazetteer.actors.get(organ.of)?.kind !== 'organization') continue;
    if (ORGAN_LINK.test(text.slice(mentions[i - 1]!.end, m.start))) drop.add(m);
  }
  return drop.size ? mentions.filter((m) => !drop.has(m)) : mentions;
}
