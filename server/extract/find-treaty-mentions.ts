/**
 * Treaty mentions as the text writes them: gazetteer names, unknown named treaties ("the Minsk
 * Protocol", "Tratado de X"), descriptive ones ("the 1961 treaty", "perjanjian tahun 1961 dan
 * 2000-2001"), references ("the pact", "perjanjian tersebut"), earlier and indefinite ones ("a
 * treaty"), and appositions ("X, or Y for short"); unresolved except gazetteer names.
 */
import type { Lexicon, TreatyNoun } from './lexicons';
import { hasCyrillic, lastWordBefore } from './fold-text';
import type { DateMention } from './resolve-dates';
import { isTitleCase, type Sentence } from './split-sentences';
import type { LinkInput, TreatyMention } from './link-treaties';
import { lastWord } from './patterns';
import { nextNoun, nounOf, type TreatyPatterns, treatyPatterns } from './treaty-patterns';
import { INSTITUTIONS } from './recognize-actors/actor-lexicon';
import { nextWordStartMatch } from './word-start-matches';
import { plane } from './bmp-patterns';

// patterns of the functions below, compiled once here: a transpiler targeting Node writes a `\p{..}` literal as
// `new RegExp(..)`, which a function would then run on every call
const LETTER_RUN = plane(/\p{L}+/gu);

/** The runs of letters of a string: what `s.split(/[^\p{L}]+/u).filter(Boolean)` gives, with no splitter and no empty strings. */
export function letterRuns(s: string): string[] {
  return s.match(LETTER_RUN) ?? [];
}
const CAP_WORD_SPACE = plane(/^\p{Lu}[\p{L}-]*\s+/u);
const CAP_WORDS_AFTER = plane(/^(?:\s+\p{Lu}[\p{L}-]*){0,2}/u);
const CAPITAL = plane(/\p{Lu}/u);
const CAP_WORDS_BEFORE = plane(/((?:\p{Lu}[\p{L}-]*\s+){1,6})$/u);
const ACRONYM_IN_BRACKETS = plane(/^\s*\(\p{Lu}[\p{Lu}\p{N}-]{1,10}\)/u);
const SHORT_LOWER_GAP = plane(/^\s+\p{Ll}{1,7}\s+/u);
const WORD_AT = plane(/^[\p{L}\p{N}-]+['’]?/u);
const CAPITAL_START = plane(/^\p{Lu}/u);
const LOWERCASE = plane(/\p{Ll}/u);
const LINKED_CAP_WORD = plane(/^(,?\s+(?:(?:\p{Ll}{1,10}|,)\s+|\p{Ll}{1,2}['’]){0,2})(\p{Lu}[\p{L}\-']*)/u);
const ACRONYM_LIKE = plane(/^\p{Lu}\p{L}*\p{Lu}/u);
const LOWERCASE_START = plane(/^\p{Ll}/u);
const SPACED_WORD = plane(/^\s+(\p{L}+)\s+/u);
const LOWER_WORD_END = plane(/\p{Ll}\s+$/u);
const NEXT_WORD = plane(/^\s+(\p{L}+)/u);
const LETTER_WORDS = plane(/\p{L}+/gu);
const LOWER_WORD_AFTER = plane(/^\s+\p{Ll}{4,}(?![\p{L}])/u);

const CAP = plane(/^\p{Lu}/u);
const QUOTE_BEFORE = /["“”«„'‘]\s?$/u;
const TITLE_WORDS = new Map<Lexicon, Set<string>>();
/** The first words of a language's titles ("secretario" of "secretario de estado"), once per lexicon. */
function titleWords(lex: Lexicon): Set<string> {
  let s = TITLE_WORDS.get(lex);
  if (!s) {
    s = new Set(lex.titles.map((t) => t.split(' ')[0]!));
    TITLE_WORDS.set(lex, s);
  }
  return s;
}
/** Whether a title's first word stands right before an offset, or before "of" there ("Kepala", "Chief of", "jefe de"). */
function titleBefore(scan: Scan, at: number): boolean {
  const { folded, lex } = scan;
  let word = lastWordBefore(folded, at, 30);
  if (word !== undefined && lex.shared.titleOf.includes(word)) {
    const ofAt = folded.lastIndexOf(word, at);
    word = lastWordBefore(folded, ofAt, 30);
  }
  return word !== undefined && titleWords(lex).has(word);
}
/** Whether a protocol noun is a rule of conduct or an office by the words around it ("health protocols", "protokol kesehatan"). */
function protocolNotTreaty(scan: Scan, nStart: number, nEnd: number): boolean {
  const { folded, c } = scan;
  return (
    !!c.protocolNotBefore?.test(folded.slice(Math.max(0, nStart - 40), nStart)) ||
    !!c.protocolNotAfter?.test(folded.slice(nEnd, nEnd + 40))
  );
}
/** Whether the words of a name around its noun only say what kind of treaty it is ("International Treaties"). */
function genericName(scan: Scan, start: number, nStart: number, nEnd: number, end: number): boolean {
  const { folded, lex, connectors } = scan;
  const words = letterRuns(`${folded.slice(start, nStart)} ${folded.slice(nEnd, end)}`);
  return words.length > 0 && words.every((w) => lex.grammar.genericTreatyWords.includes(w) || connectors.has(w));
}
/**
 * Where a list of parties after "between" ends: ", B, and C", " and C", each a state or an
 * organization with at most two capitalized words around it ("Negara Meksiko Serikat").
 */
function partyListEnd(scan: Scan, limit: number, from: number): number {
  const { text, g } = scan;
  const and = g.conjunctions.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const sep = new RegExp(`^(?:,\\s*(?:(?:${and})\\s+)?|\\s+(?:${and})\\s+)`, 'u');
  let p = from;
  for (let k = 0; k < 6; k++) {
    const s = sep.exec(text.slice(p, Math.min(limit, p + 20)));
    if (!s) break;
    // the party, after its article and at most two capitalized words ("Negara| Meksiko", "la République| malgache")
    let at = p + s[0].length;
    const article = PARTY_WORD.exec(text.slice(at, Math.min(limit, at + 12)));
    const articleWord =
      article && scan.folded.slice(at, at + article[1]!.length) + (/['’]$/u.test(article[0]) ? "'" : '');
    if (article && scan.g.articles.includes(articleWord!)) at += article[0].length;
    let actor = actorAt(scan, at);
    for (let w = 0; w < 2 && !actor; w++) {
      const cap = CAP_WORD_SPACE.exec(text.slice(at, Math.min(limit, at + 30)));
      if (!cap) break;
      at += cap[0].length;
      actor = actorAt(scan, at);
    }
    if (!actor || isPerson(scan, actor)) break;
    p = actor.end + (CAP_WORDS_AFTER.exec(text.slice(actor.end, Math.min(limit, actor.end + 30)))?.[0].length ?? 0);
    // only the last party follows "and": the list ends there
    if (new RegExp(`(?:^|\\s)(?:${and})\\s`, 'u').test(s[0])) break;
  }
  return p;
}
/**
 * Where parties joined by hyphens or dashes end, from an actor at `at`: "Canadá-Estados Unidos",
 * "AS-Meksiko-Kanada", each part an actor or a capitalized word; `at` itself when no dash follows it.
 */
function hyphenedPartiesEnd(scan: Scan, at: number, limit: number): number {
  const { text } = scan;
  let p = at;
  for (let k = 0; k < 4 && p < limit; k++) {
    if (!/[-‐–]/u.test(text.charAt(p))) break;
    const next = actorAt(scan, p + 1);
    if (next && !isPerson(scan, next)) {
      p = next.end;
      continue;
    }
    const cap = HYPHEN_PART.exec(text.slice(p, Math.min(limit, p + 30)));
    if (!cap) break;
    p += cap[0].length;
  }
  return p;
}
const HYPHEN_PART = plane(/^[-‐–]\p{Lu}[\p{L}.]*/u);
/**
 * "Accord de libre-échange| Canada-Ukraine", "tratado de libre comercio| Chile-Vietnam": a pair of parties
 * joined by a dash after a name's words is part of the name; `from` when none follows.
 */
function partyPairEnd(scan: Scan, from: number, limit: number): number {
  const { text } = scan;
  const sp = /^\s+/u.exec(text.slice(from, Math.min(limit, from + 4)));
  if (!sp) return from;
  const first = actorAt(scan, from + sp[0].length);
  if (!first || isPerson(scan, first)) return from;
  const end = hyphenedPartiesEnd(scan, first.end, limit);
  return end > first.end ? end : from;
}
/** An elision mark, to split "d'" from the word after it. */
const ELISION = /['’]/gu;

/**
 * Where the name of the body a constitutive treaty founds ends, after the lexicon's founding words ("| establishing a
 * |Customs Co-operation Council|"): its capitalized words over connectors; `from` when no founding words and
 * capitalized name follow.
 */
function foundedNameEnd(scan: Scan, from: number, limit: number): number {
  const re = scan.c.founding;
  if (!re) return from;
  const m = re.exec(scan.folded.slice(from, Math.min(limit, from + 48)));
  if (!m) return from;
  const at = from + m[0].length;
  const w = WORD_AT.exec(scan.text.slice(at, Math.min(limit, at + 40)));
  if (!w || !CAPITAL_START.test(w[0])) return from;
  let end = at + w[0].length;
  for (let k = 0; k < 8; k++) {
    const r = LINKED_CAP_WORD.exec(scan.text.slice(end, Math.min(limit, end + 60)));
    if (!r) break;
    const conn = r[1]!.replace(ELISION, "' ").trim().split(/\s+/u).filter(Boolean);
    if (!conn.every((x) => scan.connectors.has(x.toLowerCase()) || scan.g.articles.includes(x.toLowerCase()))) break;
    end += r[0].length;
  }
  return end;
}

/** Up to three capitalized words right after a space: " |Columbia|", " |Rio Grande|". */
const PROPER_NAME_AFTER = plane(/^ (\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,2})(?![\p{L}\p{N}])/u);

/**
 * Where the proper name right after a lowercase complement ends ("du fleuve| Columbia|"); `from` when none stands
 * there, or where it is a person's or a date.
 */
function properNameEnd(scan: Scan, from: number, limit: number): number {
  const { text } = scan;
  const m = PROPER_NAME_AFTER.exec(text.slice(from, Math.min(limit, from + 60)));
  if (!m) return from;
  const at = from + 1;
  const end = at + m[1]!.length;
  if (end > limit || scan.dates.some((d) => d.start < end && d.end > at)) return from;
  const actor = actorAt(scan, at);
  if (actor && isPerson(scan, actor)) return from;
  return end;
}
/** Where a pair of dashed parties after a name's acronym in brackets ends ("...| (P3B) Indonesia-Singapura|"); `from` when none. */
function acronymPartiesEnd(scan: Scan, from: number, limit: number): number {
  const acronym = ACRONYM_IN_BRACKETS.exec(scan.text.slice(from, Math.min(limit, from + 16)));
  if (!acronym) return from;
  const end = partyPairEnd(scan, from + acronym[0].length, limit);
  return end > from + acronym[0].length ? end : from;
}
/** A word of a party's phrase and what ends it: a space or an elision ("l'|Union européenne"). */
const PARTY_WORD = plane(/^([\p{L}-]+)(?:['’]|\s+)/u);
/**
 * Where a party named after "between" ends: an actor that is not a person, after at most six articles,
 * connectors and capitalized words ("the Government of| the United States", "le Gouvernement de la| République
 * du Chili"), with the parties dashed to it; null when no actor comes.
 */
function partyEnd(scan: Scan, at: number, limit: number): number | null {
  const { text, folded, g, connectors } = scan;
  let p = at;
  for (let k = 0; k < 7 && p < limit; k++) {
    const actor = actorAt(scan, p);
    if (actor) {
      if (isPerson(scan, actor)) return null;
      return hyphenedPartiesEnd(scan, actor.end, limit);
    }
    const w = PARTY_WORD.exec(text.slice(p, Math.min(limit, p + 40)));
    if (!w) return null;
    // an elided article or connector is written with its apostrophe ("l'", "d'")
    const word = folded.slice(p, p + w[1]!.length) + (/['’]$/u.test(w[0]) ? "'" : '');
    if (!connectors.has(word) && !g.articles.includes(word) && !INSTITUTIONS.has(word) && !CAPITAL_START.test(w[1]!))
      return null;
    p += w[0].length;
  }
  return null;
}
/**
 * "double tax agreement| between the United States and New Zealand|", "convention de sécurité sociale| entre
 * la Confédération suisse et les Etats-Unis d'Amérique|": two parties after the language's "between" and "and"
 * say which agreement a described one is; `from` when they do not follow.
 */
function betweenPartiesEnd(scan: Scan, from: number, limit: number): number {
  const { folded, lex, g } = scan;
  const b = SPACED_WORD.exec(folded.slice(from, Math.min(limit, from + 24)));
  if (!b || !lex.between.includes(b[1]!)) return from;
  const party = partyEnd(scan, from + b[0].length, limit);
  if (party === null) return from;
  // ("between the European Communities| and their Member States, of the one part,| and Georgia|, of the other part|";
  // "entre la UE y la Comunidad Europea de la Energía Atómica| y sus Estados miembros, por una parte,| y Ucrania|, por
  // otra|": a side of several parties, told by the words after it)
  let end = partyTailEnd(scan, party, limit, true);
  for (let k = 0; k < 3; k++) {
    end = sidedPartyEnd(scan, end, limit);
    const side = scan.c.firstSide?.exec(folded.slice(end, Math.min(limit, end + 60)));
    end += side?.[0].length ?? 0;
    const and = SPACED_WORD.exec(folded.slice(end, Math.min(limit, end + 12)));
    if (!and || !g.conjunctions.includes(and[1]!)) return from;
    const next = partyEnd(scan, end + and[0].length, limit);
    if (next === null) return from;
    end = sidedPartyEnd(scan, partyTailEnd(scan, next, limit, false), limit);
    // a first side that goes on after this party ("A y B y sus Estados miembros, por una parte, y C")
    if (side?.[1] || !scan.c.firstSide?.exec(folded.slice(end, Math.min(limit, end + 60)))?.[1]) break;
  }
  return end + (scan.c.secondSide?.exec(folded.slice(end, Math.min(limit, end + 30)))?.[0].length ?? 0);
}
/**
 * Where a party's name goes on after the actor read ("la Comunidad Europea| de la Energía Atómica|"), over connectors
 * and capitalized words, when the side words or the member states of an official name follow it; `at` otherwise.
 */
function sidedPartyEnd(scan: Scan, at: number, limit: number): number {
  const { text, folded, connectors, g } = scan;
  if (!scan.c.firstSide) return at;
  let p = at;
  for (let k = 0; k < 4; k++) {
    const r = LINKED_CAP_WORD.exec(text.slice(p, Math.min(limit, p + 40)));
    if (!r) break;
    const conn = letterRuns(folded.slice(p, p + r[1]!.length));
    if ((conn.length === 0 && p === at) || !conn.every((w) => connectors.has(w) || g.articles.includes(w))) break;
    p += r[0].length;
  }
  if (p === at) return at;
  const side = scan.c.firstSide.exec(folded.slice(p, Math.min(limit, p + 60)));
  const second = scan.c.secondSide?.exec(folded.slice(p, Math.min(limit, p + 30)));
  return side?.[0] || second?.[0] ? p : at;
}
const CAP_WORD_AT = plane(/^\s+\p{Lu}[\p{L}-]*/u);
/** A body's short name in brackets, in capitals or not: " (BNPB)", " (Kemlu)". */
const SHORT_NAME_IN_BRACKETS = plane(/^\s*\(\p{Lu}[\p{L}\p{N}-]{1,12}\)/u);
const TAIL_STOP = /^(?:[\s,.;:)]*$|[,.;:)])/u;
/**
 * Where what follows a party of an official name ends: its acronym in brackets and the state it belongs to ("Badan
 * Nasional Penanggulangan Bencana| (BNPB) Republik Indonesia| dan ...", "Badan ... Kedaruratan| Kementerian Dalam
 * Negeri Republik Turkiye| di bidang ..."); only where "and" (after the first party), what it is for or punctuation
 * comes next, else `at`.
 */
function partyTailEnd(scan: Scan, at: number, limit: number, first: boolean): number {
  const { text, folded, g, c } = scan;
  let p = at + (SHORT_NAME_IN_BRACKETS.exec(text.slice(at, Math.min(limit, at + 18)))?.[0].length ?? 0);
  for (let k = 0; k < 6 && p < limit; k++) {
    const sp = /^\s+/u.exec(text.slice(p, p + 3))?.[0].length ?? 0;
    const actor = actorAt(scan, p + sp);
    if (actor && !isPerson(scan, actor)) {
      p = actor.end;
      continue;
    }
    const w = CAP_WORD_AT.exec(text.slice(p, Math.min(limit, p + 40)));
    if (!w || g.conjunctions.includes(folded.slice(p + sp, p + w[0].length))) break;
    p += w[0].length;
  }
  if (p === at) return at;
  const rest = folded.slice(p, Math.min(limit, p + 40));
  const and = SPACED_WORD.exec(rest);
  if (
    (first && and && g.conjunctions.includes(and[1]!)) ||
    (!first && (c.purpose?.test(rest) || TAIL_STOP.test(text.slice(p, Math.min(limit, p + 40)))))
  )
    return p;
  return at;
}
/**
 * Where the parties after "between" that a treaty's official name gives end ("Memorandum Saling Pengertian| antara
 * Badan ... (BNPB) Republik Indonesia dan Badan ... Republik Turkiye|", "la convention| entre le Gouvernement de la
 * République française et le Gouvernement de la République du Chili| en vue d'éviter ..."), read from the noun or
 * from the end of the capitalized name; `nameEnd` when none follow. A lowercase noun takes them only with what it is
 * for after them, as an official title gives it ("the agreement between Russia and China" is described, not named).
 */
function officialPartiesEnd(scan: Scan, nEnd: number, nameEnd: number, nounCap: boolean, limit: number): number {
  let end = betweenPartiesEnd(scan, nEnd, limit);
  // "Agreement| establishing an association |between ...": what it establishes, then its parties
  const est = scan.c.establishing?.exec(scan.folded.slice(nameEnd, Math.min(limit, nameEnd + 48)));
  if (est) {
    const after = betweenPartiesEnd(scan, nameEnd + est[0].length, limit);
    if (after > nameEnd + est[0].length) end = Math.max(end, after);
  }
  if (nameEnd > nEnd) {
    // ("Memorandum Saling Pengertian| antara ...": "between" inside the capitalized name read so far)
    const inside = scan.c.betweenWord.exec(scan.text.slice(nEnd, nameEnd));
    if (inside) end = Math.max(end, betweenPartiesEnd(scan, nEnd + inside.index, limit));
    end = Math.max(end, betweenPartiesEnd(scan, nameEnd, limit));
  }
  if (end <= nameEnd) return nameEnd;
  if (nounCap) return end;
  if (!scan.c.purpose) return nameEnd;
  const purpose = purposeEnd(scan, end, limit);
  return purpose > end ? purpose : nameEnd;
}
/** The kinds of treaty noun that an unnamed agreement described by its words can be. */
const DESCRIBED_KINDS = new Set(['treaty', 'agreement', 'pact', 'accord', 'convention', 'protocol', 'memorandum']);

/** The index of the sentence an offset falls in. */
export function sentenceIndex(sentences: Sentence[], offset: number): number {
  for (const s of sentences) if (offset >= s.start && offset < s.end) return s.index;
  return sentences.length - 1;
}

/** What the mention finder reads and fills while it scans a text's treaty nouns. */
interface Scan {
  input: LinkInput;
  c: TreatyPatterns;
  text: string;
  folded: string;
  lex: Lexicon;
  g: Lexicon['grammar'];
  sentences: Sentence[];
  dates: DateMention[];
  mentions: TreatyMention[];
  /** Spans already taken by a named or descriptive mention. */
  claimed: { start: number; end: number }[];
  connectors: Set<string>;
  /** Where the treaty a protocol's name holds starts, while its name is read ("Protocol to| the Treaty ..."). */
  innerAt: number | null;
  /** Where the treaty the last protocol's name held starts: its noun is named by the rest of that name. */
  held: { at: number; end: number } | null;
  /** Where replace verbs start: a sentence that holds one names its treaties as a signing does. */
  replaceStarts: readonly number[];
  /** Where the states joined by dashes that open the name being read end ("the U.S.-Jamaica| Air Transport Agreement"). */
  partiesEnd: number | null;
}

/** Whether a span overlaps a gazetteer treaty name or an actor. */
function covered(input: LinkInput, s: number, e: number): boolean {
  return (
    input.treatyMatches.some((t) => s < t.end && t.start < e) ||
    input.actorMentions.some((a) => s < a.end && a.start < e)
  );
}

/**
 * A year alone right after a name, past the language's gap or in brackets ("Food Aid Convention| 1999", "Convenio de
 * Lugano| de 1988", "| (2007)"): where it ends and the year; null where none follows.
 */
function yearAfterName(scan: Scan, nameEnd: number, limit: number): { end: number; year: number } | null {
  const { text, folded, c } = scan;
  const d = scan.dates.find((x) => x.start >= nameEnd && x.start - nameEnd <= 8);
  if (!d?.value || !d.hasYear || d.value.month !== null || d.endValue || d.end > limit) return null;
  const gap = folded.slice(nameEnd, d.start);
  if (!c.yearAfterName.test(gap)) return null;
  if (!gap.includes('(')) return { end: d.end, year: d.value.year };
  return text.charAt(d.end) === ')' ? { end: d.end + 1, year: d.value.year } : null;
}

/**
 * A day-precise date that says which treaty a name is, where the text has another of that name: right after it past the
 * language's dating word ("Convenio de Pesca| del 2 de noviembre de 2007"), where the name runs to the date's end; or,
 * for the object of a replace verb, after a signing participle ("replaces the Fisheries Agreement| signed on 2 November
 * 2007"), where the name ends before it (and is told apart by its year). Null where none.
 */
function dateAfterName(scan: Scan, si: number, nStart: number, nameEnd: number): { end: number; year: number } | null {
  const { folded, c, sentences } = scan;
  const sent = sentences[si]!;
  const d = scan.dates.find((x) => x.start >= nameEnd && x.start - nameEnd <= 40);
  if (!d?.value?.day || !d.hasYear || d.endValue || d.end > sent.end) return null;
  const gap = folded.slice(nameEnd, d.start);
  if (c.datedBy?.test(gap)) return { end: d.end, year: d.value.year };
  const replaced = scan.replaceStarts.some((p) => p >= sent.start && p < nStart);
  return replaced && c.signedOnDate?.test(gap) ? { end: nameEnd, year: d.value.year } : null;
}

/**
 * A year alone right before a name, after a determiner, where a year before a noun says which treaty ("the |1985|
 * Supplementary Treaty", "the |2008| U.S.-Jamaica Air Transport Agreement"): where it starts and the year; null otherwise.
 */
function yearBeforeName(scan: Scan, nameStart: number, limit: number): { start: number; year: number } | null {
  if (!scan.g.yearBeforeNoun) return null;
  const d = scan.dates.find((x) => x.end < nameStart && x.end >= nameStart - 2 && x.start >= limit);
  if (!d?.value || !d.hasYear || d.value.month !== null || d.endValue) return null;
  if (scan.text.slice(d.end, nameStart).trim() !== '') return null;
  const before = lastWord(scan.folded.slice(Math.max(limit, d.start - 12), d.start));
  return scan.lex.determinersBefore.includes(before) ? { start: d.start, year: d.value.year } : null;
}

/**
 * A treaty mention as a finder first writes it: unresolved, covering one treaty, with no years or dates of its own
 * and not the object of a replace verb, unless `more` says otherwise. Every mention is made here, with every field
 * (the optional ones undefined until a stage sets them), so that all mentions share one hidden class: a field added to
 * some of them later gave the stages that read mentions new classes to meet, and V8 compiled them again
 * (docs/performance.md, Round 19).
 */
export function treatyMention(
  kind: TreatyMention['kind'],
  start: number,
  end: number,
  sentence: number,
  noun: TreatyNoun | null,
  more?: Partial<TreatyMention>,
): TreatyMention {
  return {
    kind,
    start,
    end,
    sentence,
    treatyId: null,
    also: [],
    noun,
    years: null,
    dateSpans: [],
    replacedObject: false,
    described: undefined,
    holdsTreaty: undefined,
    yearFrom: undefined,
    nameFrom: undefined,
    partiesEnd: undefined,
    byDescription: undefined,
    partners: undefined,
    ...more,
  };
}

/** Finds the treaty mentions of a text, in text order. */
export function findTreatyMentions(
  input: LinkInput,
  c: TreatyPatterns,
  replaceStarts: readonly number[],
): TreatyMention[] {
  const { text, folded, lexicon: lex, sentences, dates } = input;
  const g = lex.grammar;
  const mentions: TreatyMention[] = [];

  for (const t of input.treatyMatches) {
    // "a strategic arms reduction treaty": a known name in lowercase after an indefinite article says what kind, not which
    // (a quoted one is cited: 'signed a "pact of mutual cooperation"')
    if (
      !CAPITAL.test(text.slice(t.start, t.end)) &&
      !QUOTE_BEFORE.test(text.slice(Math.max(0, t.start - 2), t.start)) &&
      lex.indefinite.includes(lastWord(folded.slice(Math.max(0, t.start - 12), t.start)))
    )
      continue;
    mentions.push(
      treatyMention('name', t.start, t.end, sentenceIndex(sentences, t.start), null, { treatyId: t.treatyId }),
    );
  }

  const connectors = new Set(lex.connectors);
  c.nouns.lastIndex = 0;
  let m: RegExpExecArray | null;
  const claimed: { start: number; end: number }[] = [];
  const scan: Scan = {
    input,
    c,
    text,
    folded,
    lex,
    g,
    sentences,
    dates,
    mentions,
    claimed,
    connectors,
    innerAt: null,
    held: null,
    replaceStarts,
    partiesEnd: null,
  };
  // "an amendment to the 2008 U.S.-Jamaica Air Transport Agreement": named by the treaty it amends
  if (c.amendmentNouns && c.amendmentGate.some((w) => folded.includes(w))) {
    c.amendmentNouns.lastIndex = 0;
    while ((m = c.amendmentNouns.exec(folded)) !== null) linkAmendment(scan, m);
  }
  // each loop body is a function of its own: V8 optimises several small functions far sooner than one large one
  while ((m = nextNoun(c, folded)) !== null) linkNoun(scan, m);
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);

  linkAppositions(mentions, folded, lex);
  return mentions;
}

// 1. an unknown named treaty: capitalized words around a capitalized noun, or a Russian "о ..." phrase after it
function nameExtent(
  scan: Scan,
  m: RegExpExecArray,
  si: number,
  nStart: number,
  nEnd: number,
  nounCap: boolean,
  atSentenceStart: boolean,
): [number, number] {
  const { input, c, text, folded, lex, g, sentences } = scan;
  const sent = sentences[si]!;
  let nameStart = nStart;
  let nameEnd = nEnd;
  let partiesStart = -1;
  let partiesEnd: number | null = null;
  scan.partiesEnd = null;
  // "PROTOKOL MENGENAI KERANGKA HUKUM ...", "AGREEMENT BETWEEN THE GOVERNMENT OF ...": a title in capitals
  const capsEnd = nounCap && atSentenceStart ? capitalsTitleEnd(scan, sent.end, nStart, nEnd) : nEnd;
  if (capsEnd > nEnd) return [nStart, capsEnd];
  const titleCase = isTitleCase(text, sent);
  if (nounCap && !titleCase) {
    // left: capitalized words ("Minsk Protocol", "Кэмп-Дэвидские соглашения"; a borrowed noun's "Border Trade Agreement")
    const left = CAP_WORDS_BEFORE.exec(text.slice(Math.max(sent.start, nStart - 80), nStart));
    if (left && !atSentenceStart && (g.namePrecedesNoun || nounOf(lex, m[0])?.borrowed)) {
      const words = left[1]!.trim().split(/\s+/);
      const firstWordStart = nStart - left[1]!.length;
      if (!(
        firstWordStart === sent.start &&
        words.length === 1 &&
        lex.determinersBefore.includes(words[0]!.toLowerCase())
      ))
        nameStart = firstWordStart;
      while (
        nameStart < nStart &&
        lex.determinersBefore.includes(text.slice(nameStart, text.indexOf(' ', nameStart)).toLowerCase())
      )
        nameStart = text.indexOf(' ', nameStart) + 1;
      // "Ратифицировать Протокол ...", "Ratify the Protocol": a verb that opens the sentence is capitalized, not named
      if (nameStart === sent.start && nameStart < nStart) {
        const first = folded.slice(nameStart, folded.indexOf(' ', nameStart));
        if (g.isVerbish(first, undefined)) nameStart = folded.indexOf(' ', nameStart) + 1;
      }
      // "the U.S.-Sri Lanka Open Skies Agreement", "the EU-US Air Transport Agreement": states joined by dashes that
      // open the name are its parties and part of it
      const dashed = dashedPartiesBefore(scan, nameStart, nStart, sent.start);
      if (dashed) {
        nameStart = partiesStart = dashed.start;
        partiesEnd = dashed.end;
      }
      // "в Екатеринбурге Договор о ...", "in Washington Treaty": a place or an actor before the noun is not part of its name
      // ("the Samoa Agreement", "the Mexico Trade Agreement": a place after a determiner is the name's first word)
      for (const x of [...(input.places ?? []), ...input.actorMentions])
        if (
          !(dashed && x.start >= dashed.start && x.end <= dashed.end) &&
          x.start >= nameStart &&
          x.start < nStart &&
          x.end <= nStart &&
          !(
            x.start === nameStart &&
            lex.determinersBefore.includes(lastWord(folded.slice(Math.max(sent.start, x.start - 12), x.start)) ?? '')
          )
        )
          nameStart = Math.max(nameStart, x.end + (/^\s+/.exec(text.slice(x.end, nStart))?.[0].length ?? 0));
      // "подписали в Екатеринбурге Договор": a capitalized word after a locative preposition is where, not the name
      while (
        nameStart < nStart &&
        lex.locative.includes(lastWord(folded.slice(Math.max(sent.start, nameStart - 12), nameStart)) ?? '')
      ) {
        const sp = text.indexOf(' ', nameStart);
        if (sp < 0 || sp >= nStart) break;
        nameStart = sp + 1;
      }
    }
    // ("Convenio Complementario al Convenio ...": an instrument added to a treaty holds its name, as a protocol does)
    const kind = supplementNoun(scan, sent, nStart, nEnd) ? 'protocol' : (nounOf(lex, m[0])?.kind ?? null);
    nameEnd = rightExtent(scan, si, nEnd, false, kind);
    // "le nouveau Traité de coopération en matière de défense": a name whose first word alone is capitalized
    if (nameEnd === nEnd && nameStart === nStart && !atSentenceStart && g.nameAfterLowercaseNoun && g.complementEnd) {
      nameEnd = g.complementEnd(text, nEnd, sent.end);
      // "l'Accord de libre-échange Canada-Ukraine": the parties joined by a dash after what it is about
      if (nameEnd > nEnd) nameEnd = partyPairEnd(scan, nameEnd, sent.end);
      // "le Traité du fleuve Columbia", "el Tratado del río Bravo": the proper name of what its complement names
      if (nameEnd > nEnd) nameEnd = properNameEnd(scan, nameEnd, sent.end);
      // "l'Accord de coopération entre la France et l'Union européenne": the parties it is between
      if (nameEnd > nEnd) nameEnd = betweenPartiesEnd(scan, nameEnd, sent.end);
    }
    // "Memorándum de Entendimiento (MOU) sobre cooperación ...": what a capitalized name is about, after its acronym
    else if (nameEnd > nEnd && g.nameAfterLowercaseNoun && g.complementEnd) {
      const acronym = ACRONYM_IN_BRACKETS.exec(text.slice(nameEnd, Math.min(sent.end, nameEnd + 16)));
      const from = nameEnd + (acronym?.[0].length ?? 0);
      if (acronym && g.aboutWords.length) {
        const about = new RegExp(`^\\s+(?:${g.aboutWords.join('|')})\\s+\\p{Ll}`, 'u');
        if (about.test(text.slice(from, Math.min(sent.end, from + 16)))) {
          const end = g.complementEnd(text, from, sent.end);
          if (end > from) nameEnd = end;
        }
      }
    }
  } else if (g.nameAfterLowercaseNoun && !titleCase) {
    // "los acuerdos de Minsk", "le traité de Lisbonne": a lowercase noun, then its name after a connector
    nameEnd = rightExtent(scan, si, nEnd, true);
  } else if (g.namePrecedesNoun && !titleCase && !atSentenceStart) {
    // "the existing U.S.-Canada Air Preclearance agreement": capitalized words before a lowercase noun name it
    nameStart = capitalizedRunStart(scan, sent, nStart);
    // "an agreement to amend the U.S.-Sri Lanka Open Skies Agreement": named by the treaty it amends
    if (nameStart === nStart) nameEnd = amendedNameEnd(scan, si, nEnd);
  } else if (!g.namePrecedesNoun && !titleCase) {
    // "perjanjian Prakliransi Udara AS-Kanada": capitalized words after a lowercase noun name it
    // ("protokol perubahan| Persetujuan ...": an amending instrument's name holds the treaty it amends)
    const amended = amendedNameEnd(scan, si, nEnd);
    nameEnd = amended > nEnd ? amended : capitalizedRunEnd(scan, sent, nEnd);
    if (nameEnd > nEnd) nameEnd = Math.max(nameEnd, rightExtent(scan, si, nameEnd, false));
  }
  // "Avenant n°1 du 08/09/1970", "Protocol No. 2 of 5 June 2014", "Протокол № 2 от 5 октября 2004 года": its number,
  // and the full date after it that says which
  if (nounCap) {
    const num = c.numbered.exec(text.slice(nEnd, Math.min(sent.end, nEnd + 16)));
    if (num && nameEnd <= nEnd + num[0].length) {
      nameEnd = nEnd + num[0].length;
      const gap = SHORT_LOWER_GAP.exec(text.slice(nameEnd, Math.min(sent.end, nameEnd + 10)));
      const at = nameEnd + (gap?.[0].length ?? 0);
      const dated = gap ? scan.dates.find((d) => d.start === at && d.value?.day && d.hasYear) : undefined;
      if (dated) nameEnd = dated.end;
    }
  }
  // "l'Accord entre le gouvernement du Canada et le gouvernement des États-Unis relatif au ...": the parties after
  // "between", however they are written, belong to an official name
  nameEnd = officialPartiesEnd(scan, nEnd, nameEnd, nounCap, sent.end);
  // "Perjanjian Penghindaran Pajak Berganda (P3B) Indonesia-Singapura", "Tratado de Libre Comercio (TLC) Chile-Estados
  // Unidos": the parties dashed after a name's acronym are part of the name
  if (nameEnd > nEnd) nameEnd = acronymPartiesEnd(scan, nameEnd, sent.end);
  // "Treaty between the Government of A and the Government of B for the extradition of fugitives": what it is for
  if (nounCap && nameEnd > nEnd && c.purpose && c.betweenWord.test(text.slice(nStart, nameEnd)))
    nameEnd = purposeEnd(scan, nameEnd, sent.end);
  // a lowercase "соглашение о ..." names an agreement only where the sentence signs, ratifies or ends one
  // ("Договор о партнёрстве ... заменяет все предыдущие соглашения": a replace verb names them as a signing does)
  // ("протокол о продлении срока действия соглашения ...": an instrument that amends or extends another is named by it)
  const actHere =
    input.signingTriggers.some((t) => t.sentence === si) ||
    input.signingDates.has(si) ||
    scan.replaceStarts.some((p) => p >= sent.start && p < sent.end) ||
    scan.held?.at === nStart ||
    (c.amendingLink?.test(folded.slice(nEnd, Math.min(sent.end, nEnd + 48))) ?? false);
  // "Договор о дружбе ... между РФ и КНДР": words after the noun
  // ("соглашения о правовой помощи| и договора о выдаче": a lowercase noun's words stop before another noun)
  if (g.nameAfterNoun && nameEnd === nEnd && (nounCap ? !atSentenceStart || actHere : actHere)) {
    nameEnd = Math.max(nameEnd, nameAfter(scan, g.nameAfterNoun, sent.end, m[0], nEnd));
    if (!nounCap && nameEnd > nEnd) nameEnd = coordinatedNounCut(scan, nEnd, nameEnd);
    // "протокол о продлении срока действия |соглашения между правительством A и правительством B об ...|": the rest of
    // the protocol's name names the treaty it holds
    if (nameEnd === nEnd && scan.held?.at === nStart) nameEnd = scan.held.end;
  }
  // "Договор между СССР и США о ликвидации ...": the parties, then what it is about, are one name
  // ("Соглашение о Правилах определения ...": capitalized words after "о" are part of what it is about)
  else if (g.nameAfterNoun && nameEnd > nEnd && nounCap)
    nameEnd = Math.max(
      nameEnd,
      nameAfter(scan, g.nameAfterNoun, sent.end, m[0], nameEnd),
      nameAfter(scan, g.nameAfterNoun, sent.end, m[0], nEnd),
    );
  // "Протокол о внесении изменений в Соглашение ...": the treaty a protocol's name holds is named on its own too
  if (scan.innerAt === null && nameEnd > nEnd && nounOf(lex, m[0])?.kind === 'protocol') {
    c.innerNouns.lastIndex = nEnd;
    const inner = nextWordStartMatch(c.innerNouns, folded);
    if (inner && inner.index < nameEnd) scan.innerAt = inner.index;
  }
  // "Бишкекский протокол", "Минские соглашения": a place adjective before a lowercase noun
  // (like the words after the noun, only where the sentence signs, ratifies or ends one)
  if (g.placeAdjectiveBefore && !nounCap && nameStart === nStart && actHere) {
    const adj = g.placeAdjectiveBefore(text.slice(Math.max(sent.start, nStart - 40), nStart));
    if (adj > 0) nameStart = nStart - adj;
  }
  // (set last: the name of an amended treaty inside this one is read with this function too)
  scan.partiesEnd = partiesStart === nameStart ? partiesEnd : null;
  return [nameStart, nameEnd];
}

/** Whether a supplement word stands right before or after a treaty noun ("Supplementary| Agreement", "Convenio |Complementario"). */
function supplementNoun(scan: Scan, sent: Sentence, nStart: number, nEnd: number): boolean {
  const words = scan.g.supplementWords;
  if (!words?.length) return false;
  const before = lastWord(scan.folded.slice(Math.max(sent.start, nStart - 24), nStart));
  const after = NEXT_WORD.exec(scan.folded.slice(nEnd, Math.min(sent.end, nEnd + 24)))?.[1];
  return (before !== undefined && words.includes(before)) || (after !== undefined && words.includes(after));
}
/** A lowercase word and the spaces after it, after a space: " |bilateral |". */
const GENERIC_WORD_BEFORE = plane(/(?<=\s)(\p{Ll}+)\s+$/u);
/** A dash that joins two parties: "U.S.|-|Canada", "EU|–|US", "UE|/|Seychelles". */
const PARTY_DASH = /^[-‐–/]$/u;
/**
 * The states joined by dashes that open the capitalized words of a name, from `at` (its first word or a word inside
 * the last state): "the |U.S.-Sri Lanka| Open Skies Agreement", "the |United States-Republic of Korea| Free Trade
 * Agreement"; null when no dash joins two states there, or a person is one of them.
 */
function dashedPartiesBefore(
  scan: Scan,
  at: number,
  nStart: number,
  limit: number,
): { start: number; end: number } | null {
  const { input, text, folded } = scan;
  let first = input.actorMentions.find((a) => a.start <= at && a.end > at && a.end <= nStart);
  // ("the U.S.-Namibia bilateral| Open Skies Air Transport Agreement": a word that says only what kind, between them)
  let end = first?.end ?? at;
  if (!first) {
    const gap = GENERIC_WORD_BEFORE.exec(text.slice(Math.max(limit, at - 24), at));
    const before = at - (gap?.[0].length ?? 0);
    if (!gap || !scan.g.genericTreatyWords.includes(folded.slice(before, before + gap[1]!.length))) return null;
    first = input.actorMentions.find(
      (a) => a.end < before && a.end >= before - 2 && /^\s+$/u.test(text.slice(a.end, before)),
    );
    end = at;
  }
  if (!first || isPerson(scan, first)) return null;
  let start = first.start;
  for (let k = 0; k < 3 && start > limit && PARTY_DASH.test(text.charAt(start - 1)); k++) {
    const prev = input.actorMentions.find((a) => a.end === start - 1);
    if (!prev || isPerson(scan, prev) || prev.actorId === first.actorId) break;
    start = prev.start;
  }
  if (end === first.end) end = hyphenedPartiesEnd(scan, first.end, nStart);
  else if (start === first.start) return null;
  if (start === first.start && end === first.end) return null;
  // ("the U.S.-EU Agreement": parties and the noun alone refer to the agreement between them; no name of its own)
  if (text.slice(end, nStart).trim() === '') return null;
  return { start, end };
}

/** Two to five capitalized words right before a noun, after a lowercase word ("existing |U.S.-Canada Air Preclearance |"). */
const CAPITALIZED_RUN = plane(/(?:^|[^\p{L}\p{N}.’'-])((?:\p{Lu}[\p{L}\p{N}.-]*\s+){2,5})$/u);
/**
 * Where the capitalized words that name a lowercase treaty noun start: "the existing |U.S.-Canada Air
 * Preclearance agreement", "the |Good Friday agreement"; the noun's start when there are none, when they
 * open the sentence, or when each of them is an actor, a place or a date ("the |United States agreement" is whose).
 */
function capitalizedRunStart(scan: Scan, sent: Sentence, nStart: number): number {
  const { text } = scan;
  const from = Math.max(sent.start, nStart - 80);
  const run = CAPITALIZED_RUN.exec(text.slice(from, nStart));
  if (!run) return nStart;
  const start = nStart - run[1]!.length;
  if (start <= sent.start || !LOWER_WORD_END.test(text.slice(Math.max(sent.start, start - 24), start))) return nStart;
  return ownWords(scan, start, run[1]!) ? start : nStart;
}

/**
 * Two to five capitalized words right after a noun, before a lowercase word, punctuation or the acronym in brackets that
 * abbreviates them ("perjanjian| Prakliransi Udara |yang", "perjanjian| Indonesia-Japan Economic Partnership Agreement |(IJEPA)").
 */
const CAPITALIZED_RUN_AFTER = plane(
  /^((?:\s+\p{Lu}[\p{L}\p{N}.-]*){2,5})(?=\s+\p{Ll}|[\s,.;:)]*$|[,.;:)]|\s*\(\p{Lu}[\p{Lu}\p{N}-]{1,10}\))/u,
);
/** Where the capitalized words that name a lowercase treaty noun after it end; the noun's end when none do (as `capitalizedRunStart`). */
function capitalizedRunEnd(scan: Scan, sent: Sentence, nEnd: number): number {
  const { text } = scan;
  const run = CAPITALIZED_RUN_AFTER.exec(text.slice(nEnd, Math.min(sent.end, nEnd + 80)));
  if (!run) return nEnd;
  return ownWords(scan, nEnd, run[1]!) ? nEnd + run[1]!.length : nEnd;
}
/** Whether some word of a run of capitalized words is not an actor, a place, a date or a known treaty's name. */
function ownWords(scan: Scan, start: number, run: string): boolean {
  const { input, dates } = scan;
  const spans = [...input.actorMentions, ...(input.places ?? []), ...dates, ...input.treatyMatches];
  for (const w of run.matchAll(/\S+/gu)) {
    const s = start + w.index;
    const e = s + w[0].length;
    if (!spans.some((x) => s < x.end && x.start < e)) return true;
  }
  return false;
}

/** Where the words after `from` that the language's grammar makes part of the name end. */
function nameAfter(
  scan: Scan,
  nameAfterNoun: NonNullable<Lexicon['grammar']['nameAfterNoun']>,
  sentenceEnd: number,
  noun: string,
  from: number,
): number {
  const { text } = scan;
  // ("соглашение о партнерстве| заменит Соглашение о ...": a name's words end before a replace verb, which starts the predicate)
  let limit = sentenceEnd;
  for (const p of scan.replaceStarts) if (p > from && p < limit) limit = p;
  return nameAfterNoun({
    text,
    nounEnd: from,
    sentenceEnd: limit,
    noun,
    // a method, not a closure bound to a name: tsx names each of those (keepNames) every time it is made
    actorEndAt(p) {
      return actorAt(scan, p)?.end ?? null;
    },
  });
}

type ActorMention = LinkInput['actorMentions'][number];

/** The actor mention that starts at an offset, if any. */
function actorAt(scan: Scan, at: number): ActorMention | undefined {
  return scan.input.actorMentions.find((a) => a.start === at);
}
/** Whether an actor mention names a person (no party to a treaty). */
function isPerson(scan: Scan, actor: ActorMention): boolean {
  return scan.input.gazetteer.actors.get(actor.actorId)?.kind === 'person';
}
/**
 * Where a protocol of accession named by its acceding states ends: "protocol on the accession of| the
 * Republic of Finland| to NATO|", "protocoles d'adhésion de| la Finlande et de la Suède| à l'OTAN|",
 * "protocol for| Finland|'s accession to NATO|"; -1 when the words after the noun are not one.
 */
function accessionEnd(scan: Scan, nStart: number, limit: number): number {
  const { c, folded, text, g, connectors } = scan;
  const a = c.accession;
  a.of.lastIndex = nStart;
  const of = a.of.exec(folded);
  if (of && of[0].length <= 120) {
    // the states: actors, with capitalized words, connectors and conjunctions between them ("la République de| Finlande")
    let p = nStart + of[0].length;
    let end = -1;
    for (let k = 0; k < 14 && p < limit; k++) {
      p += /^[\s,]*/u.exec(text.slice(p, Math.min(limit, p + 10)))![0].length;
      const actor = actorAt(scan, p);
      if (actor) {
        end = actor.end;
        p = actor.end;
        continue;
      }
      const w = WORD_AT.exec(text.slice(p, Math.min(limit, p + 40)));
      if (!w) break;
      const word = folded.slice(p, p + w[0].length).replace(/'$/u, '');
      const joins = connectors.has(word) || g.conjunctions.includes(word) || g.articles.includes(word);
      if (!joins && !CAPITAL_START.test(w[0])) break;
      p += w[0].length;
    }
    if (end < 0) return -1;
    // the organization they join: "à l'OTAN", "to NATO"
    const to = a.to.exec(folded.slice(end, Math.min(limit, end + 20)));
    const org = to ? actorAt(scan, end + to[0].length) : undefined;
    return org ? org.end : end;
  }
  if (!a.possessive || !a.possessiveTo) return -1;
  a.possessive.lastIndex = nStart;
  const pos = a.possessive.exec(folded);
  if (!pos) return -1;
  const state = actorAt(scan, nStart + pos[0].length);
  if (!state) return -1;
  const to = a.possessiveTo.exec(folded.slice(state.end, Math.min(limit, state.end + 40)));
  const org = to ? actorAt(scan, state.end + to[0].length) : undefined;
  return org ? org.end : -1;
}

/** A word of a purpose clause, with what comes before it: a space or an elision ("d'impôts"). */
const PURPOSE_WORD = plane(/^(\s+|['’])([\p{L}\p{N}][\p{L}\p{N}-]*)/u);
/**
 * Where the purpose of a treaty between named parties ends: "for| the extradition of fugitives from
 * justice|, signed at Vienna", "tendant à| éviter les doubles impositions ... sur la fortune"; at
 * punctuation, a verb, a relative word, or a place after a locative word; at most 25 words.
 */
function purposeEnd(scan: Scan, from: number, limit: number): number {
  const { text, folded, lex, g, c, connectors } = scan;
  const head = c.purpose!.exec(folded.slice(from, Math.min(limit, from + 40)));
  if (!head) return from;
  let p = from + head[0].length - 1;
  let end = from;
  let prev = '';
  for (let k = 0; k < 25; k++) {
    // "перевозки|, хранения и уничтожения", "transport terrestre|, ferroviaire, maritime et aérien": a list of what it is for
    if (text.charAt(p) === ',' && end === p && listGoesOn(scan, p + 1, limit)) p++;
    const w = PURPOSE_WORD.exec(text.slice(p, Math.min(limit, p + 40)));
    if (!w) break;
    const word = folded.slice(p + w[1]!.length, p + w[0].length);
    if (
      lex.relativeWords?.includes(word) ||
      // "et à établir": a preposition that is also a verb form ("a") is the preposition here
      (g.isVerbish(word, prev) && !(lex.locative.includes(word) && g.conjunctions.includes(prev))) ||
      (CAPITAL_START.test(w[2]!) && lex.locative.includes(prev)) ||
      c.signedWord?.test(word)
    )
      break;
    p += w[0].length;
    if (!connectors.has(word) && !lex.locative.includes(word)) end = p;
    prev = word;
  }
  return end;
}

const LIST_TAIL = plane(/^(?:,?\s+[\p{L}\p{N}-]+){1,8}/u);
/** Whether the words after a comma end in a conjunction and its word before any punctuation ("|, хранения и уничтожения"). */
function listGoesOn(scan: Scan, from: number, limit: number): boolean {
  const tail = LIST_TAIL.exec(scan.folded.slice(from, Math.min(limit, from + 100)));
  if (!tail) return false;
  const words = letterRuns(tail[0]);
  return words.slice(0, -1).some((w) => scan.g.conjunctions.includes(w));
}

/** A word written in capitals only ("PERSETUJUAN", "BANGSA-BANGSA", "N°1"), with at least two letters. */
const CAPITALS_WORD = plane(/^\s+([\p{Lu}\p{N}][\p{Lu}\p{N}'’.°-]*)(?=[\s,]|$)/u);
/**
 * Where a title written in capitals that starts with a treaty noun ends: the capitalized words after
 * it, at least three, to the end of its line. A treaty noun inside is the treaty a protocol belongs
 * to ("PROTOKOL UNTUK ... DALAM PERSETUJUAN PERDAGANGAN BARANG"): it starts a name of its own, and
 * the title ends before a second one ("... DARI PERSETUJUAN KERANGKA KERJA ...").
 */
function capitalsTitleEnd(scan: Scan, limit: number, nStart: number, nEnd: number): number {
  const { text, folded, lex, connectors } = scan;
  if (nEnd - nStart < 4 || LOWERCASE.test(text.slice(nStart, nEnd))) return nEnd;
  const lineEnd = text.indexOf('\n', nEnd);
  const end = Math.min(limit, lineEnd < 0 ? text.length : lineEnd);
  let p = nEnd;
  let last = nEnd;
  // where the title ended before its last run of connectors ("... IN GOODS| OF THE FRAMEWORK AGREEMENT")
  let beforeConnectors = nEnd;
  let words = 0;
  let prevWord = '';
  let inner = false;
  for (let w = CAPITALS_WORD.exec(text.slice(p, end)); w; w = CAPITALS_WORD.exec(text.slice(p, end))) {
    const at = p + w[0].length - w[1]!.length;
    const word = folded.slice(at, at + w[1]!.length);
    if (nounOf(lex, word)) {
      if (inner) {
        last = beforeConnectors;
        break;
      }
      inner = true;
      scan.innerAt ??= at;
    }
    p += w[0].length;
    if (connectors.has(word)) {
      if (last !== beforeConnectors && words > 0 && !connectors.has(prevWord)) beforeConnectors = last;
    } else last = p;
    prevWord = word;
    words++;
  }
  // the title is the whole line: words in capitals that stop early are a heading's acronyms
  if (words < 3 || (!inner && text.slice(p, end).trim() !== '')) {
    scan.innerAt = null;
    return nEnd;
  }
  return last;
}

/**
 * Where the capitalized words after a treaty noun that belong to its name end: (connector)*
 * Capitalized words. After a lowercase noun the name needs a connector first, and a state or a
 * person there is whose agreement it is, not its name ("l'accord de la France").
 */
function rightExtent(
  scan: Scan,
  si: number,
  nEnd: number,
  lowercaseNoun: boolean,
  ownKind: string | null = null,
): number {
  const { input, text, folded, lex, g, sentences, connectors } = scan;
  const sent = sentences[si]!;
  let nameEnd = nEnd;
  let p = nEnd;
  // where the name ended before the words after its last connector ("Lagos Agreement| to the Apia")
  let beforeConnector = nEnd;
  for (;;) {
    // "Convention establishing a Customs Co-operation Council", "Convention portant création d'un Conseil ...": a
    // constitutive treaty's name holds the body it founds
    const founded = foundedNameEnd(scan, p, sent.end);
    if (founded > p) {
      p = founded;
      nameEnd = p;
      continue;
    }
    // "Agreement amending the Cotonou Agreement", "Tratado que Modifica el Acuerdo de Sede entre ...": an amending
    // instrument's name holds the whole name of the treaty it amends
    const amended = amendedNameEnd(scan, si, p);
    if (amended > p) {
      nameEnd = amended;
      break;
    }
    // "Convention ... on Income| with respect to |Taxes", "Acuerdo de Cooperación| en materia de |Seguridad": a lowercase
    // field phrase goes on to the capitalized words after it
    const field = lowercaseNoun ? null : scan.c.fieldLink?.exec(folded.slice(p, Math.min(sent.end, p + 40)));
    if (field && CAP_WORD_AT.test(text.slice(p + field[0].length, Math.min(sent.end, p + field[0].length + 4)))) {
      p += field[0].length;
      continue;
    }
    // an elided connector joins the next word ("Convention d’Apia", "de l'Union")
    const r = LINKED_CAP_WORD.exec(text.slice(p, Math.min(sent.end, p + 60)));
    if (!r) break;
    const conn = r[1]!.replace(/['’]/gu, "' ").trim().split(/\s+/).filter(Boolean);
    if (lowercaseNoun && p === nEnd && conn.length === 0) break;
    const wordAt = p + r[1]!.length;
    // "Protokol ... dari Konvensi ...": a protocol's name goes on to its treaty's over any preposition
    const toTreaty =
      ownKind === 'protocol' &&
      !conn.some((w) => w === ',' || g.conjunctions.includes(w.toLowerCase())) &&
      (input.treatyMatches.some((t) => t.start === wordAt) ||
        !!nounOf(lex, folded.slice(wordAt, wordAt + r[2]!.length)));
    // ("MoU Peningkatan Kapasitas dan Pertukaran| serta |Kerja Sama": any of the language's "and" joins)
    if (
      !toTreaty &&
      !conn.every((w) => w === ',' || connectors.has(w.toLowerCase()) || g.conjunctions.includes(w.toLowerCase()))
    )
      break;
    if (
      conn.includes(',') &&
      !g.commaInNames &&
      !capitalListAfter(scan, p + r[1]!.indexOf(',') + 1, sent.end, text.slice(nEnd, p).includes(','))
    )
      break;
    // "the Cotonou Agreement|, the Commission said": a comma and an article start another phrase, outside a list of parties
    if (
      conn[0] === ',' &&
      conn.length > 1 &&
      g.articles.includes(conn[1]!.toLowerCase()) &&
      !scan.c.betweenWord.test(text.slice(nEnd, wordAt))
    )
      break;
    // "the Extradition Treaty of April 9, 1924": a full date after a connector ends the name that it completes
    const dated = conn.length > 0 && !lowercaseNoun ? scan.dates.find((d) => d.start === wordAt) : undefined;
    if (dated?.value?.day && dated.hasYear) {
      nameEnd = dated.end;
      break;
    }
    // "the Apia Agreement on Friday", "in March": a weekday or a month after a connector says when, not which
    if (conn.length > 0 && scan.dates.some((d) => d.start === wordAt)) break;
    // "Perjanjian Kerja Sama Maritim di Hanoi": where it was signed is not part of its name
    if (input.places?.some((pl) => pl.start === wordAt) && conn.some((w) => lex.locative.includes(w.toLowerCase())))
      break;
    // "Second Protocol Amending the Treaty on Extradition ...", "Protokol ... dari Konvensi Penerbangan Sipil
    // Internasional": a protocol's name holds the treaty it belongs to (joined by no conjunction)
    const partOf = ownKind === 'protocol' && !conn.some((w) => w === ',' || g.conjunctions.includes(w.toLowerCase()));
    const known = partOf ? input.treatyMatches.find((t) => t.start === wordAt) : undefined;
    if (known) {
      scan.innerAt ??= wordAt;
      p = known.end;
      nameEnd = p;
      continue;
    }
    // "el Tratado del Canal y el Tratado de Neutralidad": two names
    // ("Perjanjian Kemitraan Ekonomi", "Acuerdo de Asociación": a partnership says what the agreement is, as `modifierNoun`)
    const nextNoun = nounOf(lex, folded.slice(wordAt, wordAt + r[2]!.length));
    if (nextNoun && !(nextNoun.kind === 'partnership' && !conn.some((w) => g.conjunctions.includes(w.toLowerCase())))) {
      // "from the Lagos Agreement to the Apia Agreement": the words after the connector start the next name
      if (!partOf && conn.length === 0) nameEnd = beforeConnector;
      if (!partOf) break;
      scan.innerAt ??= wordAt;
    }
    if (conn.length > 0) beforeConnector = nameEnd;
    // "Déclaration de M. Emmanuel Macron": a person's honorific or title, whose words these are
    if (lex.honorifics.includes(r[2]!.toLowerCase()) && text.charAt(wordAt + r[2]!.length) === '.') break;
    // "Declaración del Secretario de Prensa", "Statement by the President": a declaration of an office holder is theirs
    if (
      ownKind === 'declaration' &&
      conn.length > 0 &&
      titleWords(lex).has(folded.slice(wordAt, wordAt + r[2]!.length))
    )
      break;
    const actor = actorAt(scan, wordAt);
    // "its Mutual Defense Treaty with Washington": the partner, not part of the name
    if (actor && conn.some((w) => g.partnerWords.includes(w.toLowerCase()))) break;
    if (actor && isPerson(scan, actor)) break;
    if (actor && lowercaseNoun && !actor.metonym) break;
    // "the Agreement amending the Cotonou Agreement in Luxembourg": a state after a locative word is where, not which
    // (an official name between parties may end in where it applies: "... for the Application of Safeguards in the
    // United States of America")
    if (
      actor &&
      conn.some((w) => lex.locative.includes(w.toLowerCase())) &&
      input.gazetteer.actors.get(actor.actorId)?.kind === 'country' &&
      !scan.c.betweenWord.test(text.slice(nEnd, wordAt))
    )
      break;
    if (actor) {
      // "Acuerdo Estados Unidos-México-Canadá", "Kemitraan Strategis AS-Indonesia": parties joined by hyphens are one name
      p = hyphenedPartiesEnd(scan, actor.end, sent.end);
      // "Perjanjian antara Amerika Serikat, Negara Meksiko Serikat, dan Kanada": the parties listed after "between"
      if (conn.some((w) => lex.between.includes(w.toLowerCase()))) p = partyListEnd(scan, sent.end, p);
      nameEnd = p;
      continue;
    }
    if (covered(input, wordAt, p + r[0].length)) break;
    p += r[0].length;
    nameEnd = p;
  }
  return nameEnd;
}

/** Capitalized words, more after commas, a lowercase word and a capitalized one: ", Cooperación y Asistencia Mutua", ", Karantina, dan Sanitasi". */
const CAPITAL_LIST = plane(/^(?:\s+\p{Lu}[\p{L}-]*)+(?:,(?:\s+\p{Lu}[\p{L}-]*)+)*,?\s+(\p{Ll}+)\s+\p{Lu}/u);
/** A lowercase word and a capitalized one: "| dan Sanitasi". */
const LAST_LISTED = plane(/^\s+(\p{Ll}+)\s+\p{Lu}/u);
/**
 * "Tratado de Amistad|, Cooperación y Asistencia Mutua", "Perjanjian Persahabatan|, Kerja Sama dan Bantuan": after a
 * comma, capitalized words that a conjunction closes, none of them an actor, go on with a name's list of what it is
 * about, in a language whose commas otherwise end a name.
 */
function capitalListAfter(scan: Scan, from: number, limit: number, listed: boolean): boolean {
  // ("Pemeriksaan, Karantina|, dan Sanitasi": the last item of a list the name has read, after a comma and "and")
  const m = (listed ? LAST_LISTED : CAPITAL_LIST).exec(scan.text.slice(from, Math.min(limit, from + 80)));
  if (!m || !scan.g.conjunctions.includes(m[1]!)) return false;
  const end = from + m[0].length;
  const { actorMentions, places } = scan.input;
  return ![...actorMentions, ...(places ?? [])].some((a) => a.start >= from && a.start < end);
}

/**
 * Where the name of the treaty an amending instrument's name holds ends, after the amending link at `from` ("| amending
 * the Cotonou Agreement|", "| modifiant la Convention contre les doubles impositions entre ...|"): a known treaty or
 * a capitalized treaty noun with its own name; `from` when none follows. The amended treaty is named on its own too.
 */
function amendedNameEnd(scan: Scan, si: number, from: number, linkPattern = scan.c.amendingLink): number {
  const { c, text, folded, input, sentences } = scan;
  if (!linkPattern) return from;
  const limit = sentences[si]!.end;
  const link = linkPattern.exec(folded.slice(from, Math.min(limit, from + 48)));
  if (!link) return from;
  const at = from + link[0].length;
  const known = input.treatyMatches.find((t) => t.start === at);
  if (known) {
    scan.innerAt ??= at;
    return known.end;
  }
  // ("amending the| Cotonou Agreement": the capitalized words of its name before its noun; "to the 2008| U.S.-Jamaica Air
  // Transport Agreement": past the year that says which)
  let p = at;
  const year = scan.g.yearBeforeNoun ? scan.dates.find((d) => d.start === at) : undefined;
  if (year?.hasYear && year.value?.month === null && !year.endValue) {
    const sp = /^\s+/u.exec(text.slice(year.end, Math.min(limit, year.end + 3)));
    if (sp) p = year.end + sp[0].length;
  }
  for (let k = 0; k < 6 && CAP.test(text.charAt(p)); k++) {
    c.nounsSticky.lastIndex = p;
    const m = c.nounsSticky.exec(folded);
    if (m) {
      scan.innerAt ??= at;
      const end = nameExtent(scan, m, si, p, p + m[0].length, true, false)[1];
      // ("an amendment to the Convention": a noun alone names no treaty for an amendment to be named by)
      return linkPattern === c.amendingLink || end > p + m[0].length || p > at ? end : from;
    }
    const w = CAP_WORD_THEN_SPACE.exec(text.slice(p, Math.min(limit, p + 40)));
    if (!w || !scan.g.namePrecedesNoun) break;
    p += w[0].length;
    // ("the U.S.-Namibia| bilateral |Open Skies ...": a word that says only what kind, inside the name)
    const generic = LOWER_WORD_THEN_SPACE.exec(text.slice(p, Math.min(limit, p + 24)));
    if (generic && scan.g.genericTreatyWords.includes(folded.slice(p, p + generic[1]!.length))) p += generic[0].length;
  }
  // "protokol perubahan| Indonesia-Japan Economic Partnership Agreement| (IJEPA)": capitalized words with the acronym that
  // abbreviates them name the amended treaty where no noun of the language does (a name in another language)
  const run = CAPITALIZED_RUN_AFTER.exec(text.slice(at - 1, Math.min(limit, at + 80)));
  const runEnd = run ? at - 1 + run[1]!.length : at;
  if (
    run &&
    ACRONYM_IN_BRACKETS.test(text.slice(runEnd, Math.min(limit, runEnd + 16))) &&
    ownWords(scan, at, run[1]!)
  ) {
    scan.innerAt ??= at;
    scan.mentions.push(treatyMention('named', at, runEnd, si, null));
    scan.claimed.push({ start: at, end: runEnd });
    return runEnd;
  }
  return from;
}
const LOWER_WORD_THEN_SPACE = plane(/^(\p{Ll}+)\s+(?=\p{Lu})/u);
const CAP_WORD_THEN_SPACE = plane(/^\p{Lu}[\p{L}.-]*\s+/u);

// 2. descriptive with a year: "perjanjian tahun 1961", "the 1961 treaty", "договор 1961 года"
function describingDate(
  scan: Scan,
  si: number,
  nStart: number,
  nEnd: number,
): { desc: DateMention | null; byParticiple: boolean } {
  const { c, lex, g, folded, sentences, dates } = scan;
  const sent = sentences[si]!;
  const windowDates = dates.filter(
    (d) => d.value && d.hasYear && d.start >= nEnd && d.start - nEnd < 70 && d.start < sent.end,
  );
  let desc: DateMention | null = null;
  for (const d of windowDates) {
    const gap = folded.slice(nEnd, d.start);
    if (/[.,;:!?()"“”«»]/.test(gap)) break;
    // "the treaty of 1961" is which, "the treaty in 1979" when (the lexicon's yearOfGap);
    // "договор 1961 года" is which, "договору в 1935 году" when (yearWhenGap)
    if (c.yearOfGap && !c.yearOfGap.test(gap)) break;
    if (c.yearWhenGap?.test(` ${gap} `)) break;
    const words = letterRuns(gap);
    if (words.length > 6) break;
    // "соглашение заменит предыдущий договор от 1991 года": the year of another treaty noun
    if (words.some((w) => nounOf(lex, w))) break;
    const verbish = words.some((w, i) => g.isVerbish(w, words[i - 1]));
    if (verbish) break;
    desc = d;
    break;
  }
  // "el tratado de amistad firmado por la URSS y Corea del Norte en 1961", "the treaty signed in Moscow in 1961": which treaty
  let byParticiple = false;
  if (!desc && c.signedIn) {
    const tail = folded.slice(nEnd, Math.min(sent.end, nEnd + 110));
    const pm = c.signedIn;
    const d = dates.find(
      (x) =>
        x.value &&
        x.hasYear &&
        x.start >= nEnd &&
        x.start < sent.end &&
        x.start - nEnd <= 110 &&
        pm.test(folded.slice(nEnd, x.start)),
    );
    // the participle must describe this noun, not another one after a verb ("El acuerdo sustituye al tratado ... firmado en 2000")
    const pAt = d
      ? (new RegExp(`(?<![\\p{L}])${lex.signedParticiple}(?![\\p{L}])`, 'u').exec(folded.slice(nEnd, d.start))?.index ??
        0)
      : 0;
    // ("El nuevo tratado, que sustituye al firmado en 1991": the participle after a replace verb describes its object)
    if (
      d &&
      !/[.;:()!?]/.test(tail.slice(0, d.start - nEnd)) &&
      !scan.replaceStarts.some((p) => p > nEnd && p < d.start) &&
      !lex.treatyNouns.some((n) => new RegExp(`(?<![\\p{L}])${n.form}`, 'u').test(folded.slice(nEnd, nEnd + pAt)))
    ) {
      desc = d;
      byParticiple = true;
    }
  }
  if (!desc) {
    const before = dates.find(
      (d) =>
        d.value &&
        d.hasYear &&
        d.end <= nStart &&
        nStart - d.end <= 25 &&
        // ("April 17, 1900 (the ``1900 Treaty''": a bracket or a quotation mark starts another phrase)
        !/[.;,:()"“”«»`]/u.test(folded.slice(d.end, nStart)) &&
        folded.slice(d.end, nStart).split(/\s+/).filter(Boolean).length <= 2 &&
        // "On 24 October 2024 the agreement was ratified": a determiner after the year starts another phrase
        !folded
          .slice(d.end, nStart)
          .split(/\s+/)
          .some((w) => lex.determinersBefore.includes(w) || lex.indefinite.includes(w)),
    );
    // "the 1961 treaty" is English word order; elsewhere a year before the noun is when, not which
    if (before && g.yearBeforeNoun) desc = before;
  }
  return { desc, byParticiple };
}

/** A word and the space before it, read backwards: "accord de| partenariat". */
const WORD_BEFORE = plane(/([\p{L}]+)['’\s]+$/u);
/**
 * Whether a treaty noun only says what kind of treaty another noun is: before the noun where modifiers
 * precede their head ("Strategic |Partnership| Agreement"), and a partnership in what another noun is about
 * ("accord de |partenariat|", "acuerdo de |asociación|", "perjanjian |kemitraan|", "соглашение о |партнерстве|").
 */
function modifierNoun(scan: Scan, sent: Sentence, nStart: number, nEnd: number, noun: TreatyNoun): boolean {
  const { folded, lex, g, connectors } = scan;
  if (g.namePrecedesNoun || noun.borrowed) {
    const next = NEXT_WORD.exec(folded.slice(nEnd, Math.min(sent.end, nEnd + 24)));
    if (next && nounOf(lex, next[1]!)) return true;
  }
  if (noun.kind !== 'partnership') return false;
  let p = nStart;
  for (let k = 0; k < 3; k++) {
    const w = WORD_BEFORE.exec(folded.slice(Math.max(sent.start, p - 24), p));
    if (!w) return false;
    if (nounOf(lex, w[1]!)) return true;
    if (!connectors.has(w[1]!) && !g.articles.includes(w[1]!)) return false;
    p -= w[0].length;
  }
  return false;
}

/** The noun an amendment is written with: an amending instrument, as a protocol. */
const AMENDMENT_NOUN: TreatyNoun = { form: 'amendment', kind: 'protocol' };
/**
 * One amendment noun of the text: a named mention when the name of the treaty it amends follows its link ("an
 * |amendment to the 2008 U.S.-Jamaica Air Transport Agreement|"), which is named on its own too; none otherwise.
 */
function linkAmendment(scan: Scan, m: RegExpExecArray): void {
  const { input, sentences, mentions, claimed } = scan;
  const nStart = m.index;
  const nEnd = nStart + m[0].length;
  if (covered(input, nStart, nEnd)) return;
  const si = sentenceIndex(sentences, nStart);
  scan.innerAt = null;
  const end = amendedNameEnd(scan, si, nEnd, scan.c.amendmentLink);
  const inner = scan.innerAt;
  scan.innerAt = null;
  scan.partiesEnd = null;
  if (end <= nEnd || inner === null) return;
  mentions.push(treatyMention('named', nStart, end, si, AMENDMENT_NOUN, { holdsTreaty: true }));
  claimed.push({ start: nStart, end: inner });
}

/** One treaty noun of the text: a named, descriptive, earlier, referring or indefinite mention, or none. */
function linkNoun(scan: Scan, m: RegExpExecArray): void {
  const { input, c, text, folded, lex, g, sentences, dates, mentions, claimed, connectors } = scan;
  scan.innerAt = null;
  scan.partiesEnd = null;
  const nStart = m.index;
  const nEnd = nStart + m[0].length;
  if (covered(input, nStart, nEnd) || claimed.some((x) => nStart < x.end && x.start < nEnd)) return;
  const noun = nounOf(lex, m[0]);
  if (!noun) return;
  // "Kepala Protokol AS", "Chief of Protocol", "jefe de Protocolo": a protocol right after a title is an office
  if (noun.kind === 'protocol' && (titleBefore(scan, nStart) || protocolNotTreaty(scan, nStart, nEnd))) return;
  const si = sentenceIndex(sentences, nStart);
  const sent = sentences[si]!;
  if (modifierNoun(scan, sent, nStart, nEnd, noun)) return;
  const nounCap = CAP.test(text.charAt(nStart));
  // a borrowed noun names a treaty only as the capitalized head of a name ("Border Trade Agreement")
  if (noun.borrowed && !nounCap) return;
  const atSentenceStart = text.slice(sent.start, nStart).trim() === '';
  // 0. "the protocol on the accession of Finland to NATO", "les protocoles d'adhésion de la Finlande et de la Suède à l'OTAN"
  const accession = !nounCap && noun.kind === 'protocol' ? accessionEnd(scan, nStart, sent.end) : -1;
  if (accession > 0) {
    const holds = input.treatyMatches.some((t) => t.start > nStart && t.end <= accession);
    mentions.push(treatyMention('named', nStart, accession, si, noun, holds ? { holdsTreaty: true } : undefined));
    claimed.push({ start: nStart, end: accession });
    return;
  }
  // 1. unknown named treaty: capitalized words around a capitalized noun
  const [nameStart, nameRead] = nameExtent(scan, m, si, nStart, nEnd, nounCap, atSentenceStart);
  const nameEnd = nameRead > nEnd ? endBeforeWhen(scan, nEnd, nameRead) : nameRead;
  // "Undang-Undang ... tentang Perjanjian Internasional", "the Law on International Treaties": a kind of treaty, no name
  if ((nameStart < nStart || nameEnd > nEnd) && genericName(scan, nameStart, nStart, nEnd, nameEnd)) return;
  if (noun.borrowed && nameStart === nStart) return;
  if (nameStart < nStart || nameEnd > nEnd) {
    // a protocol's name holds its treaty, which is named on its own too
    const inner = scan.innerAt;
    // "the Food Aid Convention 1999 replaces the Food Aid Convention 1995": the year after a name says which
    const year = yearAfterName(scan, nameEnd, sent.end) ?? dateAfterName(scan, si, nStart, nameEnd);
    const end = year?.end ?? nameEnd;
    // "the 1985 Supplementary Treaty": so does a year before it, where the language puts it there
    const yearBefore = year ? null : yearBeforeName(scan, nameStart, sent.start);
    const start = yearBefore?.start ?? nameStart;
    const years: [number, number] | null = year
      ? [year.year, year.year]
      : yearBefore
        ? [yearBefore.year, yearBefore.year]
        : null;
    mentions.push(
      treatyMention('named', start, end, si, noun, {
        ...(inner !== null ? { holdsTreaty: true } : {}),
        years,
        ...(year ? { yearFrom: nameEnd } : yearBefore ? { yearFrom: end, nameFrom: nameStart } : {}),
        ...(scan.partiesEnd !== null ? { partiesEnd: scan.partiesEnd } : {}),
        // "the Extradition Treaty of April 9, 1924": a date inside the name is part of it, not an event's
        dateSpans: dates.filter((d) => d.start >= start && d.end <= end).map((d) => ({ start: d.start, end: d.end })),
      }),
    );
    claimed.push({ start, end: inner ?? end });
    scan.held = inner === null ? null : { at: inner, end };
    return;
  }
  // 2. descriptive with a year: "perjanjian tahun 1961", "the 1961 treaty", "договор 1961 года"
  const { desc, byParticiple } = describingDate(scan, si, nStart, nEnd);
  // "the August peace agreement", "un accord de libre-échange", "perjanjian ekstradisi": what it is about, around the noun
  const described = describedSpan(scan, sent, nStart, nEnd, nounCap);
  const before = described?.start ?? nStart;
  const wordsBefore = letterRuns(folded.slice(Math.max(sent.start, before - 40), before));
  const wordsAfter = letterRuns(folded.slice(nEnd, Math.min(sent.end, nEnd + 40)));
  const prevWord = wordsBefore[wordsBefore.length - 1] ?? '';
  const nextWord = wordsAfter[0] ?? '';
  const isPrevious = lex.previous.some((w) => wordsBefore.slice(-3).includes(w) || wordsAfter.slice(0, 2).includes(w));
  if (desc) {
    const y1 = desc.value!.year;
    const y2 = desc.endValue?.year ?? y1;
    // a participle clause is not part of the name: the mention stays on the noun ("los acuerdos de Minsk", firmados en 2014)
    const end = byParticiple ? nEnd : Math.max(nEnd, desc.end);
    const start = byParticiple ? nStart : Math.min(nStart, desc.start);
    mentions.push(
      treatyMention('descriptive', start, end, si, noun, {
        years: [y1, y2],
        dateSpans: [{ start: desc.start, end: desc.end }],
      }),
    );
    claimed.push({ start, end });
    // "perjanjian tahun 1961 dan 2000-2001": a second year after "and" names another treaty
    const next = dates.find(
      (d) =>
        d.value && d.start > desc!.end && d.start - desc!.end < 12 && c.andYear.test(folded.slice(desc!.end, d.start)),
    );
    if (next) {
      mentions.push(
        treatyMention('descriptive', next.start, next.end, si, noun, {
          years: [next.value!.year, next.endValue?.year ?? next.value!.year],
          dateSpans: [{ start: next.start, end: next.end }],
        }),
      );
      claimed.push({ start: next.start, end: next.end });
    }
    return;
  }
  // "the new tax treaty with the United Kingdom", "the U.S.-Mexico protocol": a treaty named by its kind and its states
  // ("signed an agreement with China": a new agreement, named by its signing)
  const partnered = wordsBefore.slice(-2).some((w) => lex.indefinite.includes(w) && !c.newWord.test(w))
    ? null
    : partneredMentions(scan, sent, si, noun, nStart, nEnd, described);
  if (partnered) {
    for (const x of partnered) mentions.push(x);
    claimed.push({ start: partnered[0]!.start, end: partnered[0]!.end });
    return;
  }
  if (isPrevious) {
    mentions.push(treatyMention('previous', nStart, nEnd, si, noun));
    return;
  }
  const isIndef =
    lex.indefinite.includes(prevWord) ||
    (lex.indefinite.includes(wordsBefore[wordsBefore.length - 2] ?? '') &&
      LOWERCASE_START.test(prevWord) &&
      !lex.determinersBefore.includes(prevWord));
  // ("the existing agreement", "the current arrangement": a word that calls it in force after the determiner)
  const wordBack = lex.inForce.includes(prevWord) ? (wordsBefore[wordsBefore.length - 2] ?? '') : '';
  const isRef =
    lex.determinersBefore.includes(prevWord) ||
    lex.determinersBefore.includes(wordBack) ||
    g.articles.includes(wordBack) ||
    lex.determinersAfter.includes(nextWord) ||
    (nounCap && !atSentenceStart) ||
    (nounCap && atSentenceStart && g.capitalNounIsReference);
  const generic =
    noun.kind === 'partnership' ||
    noun.kind === 'declaration' ||
    noun.kind === 'charter' ||
    (noun.kind === 'agreement' && g.genericAgreementForms.includes(m[0]));
  if (!isIndef && !isRef && (generic || (!input.signingDates.has(si) && !g.bareNounRefers))) return;
  if (generic && !isRef) return;
  // "menandatangani perjanjian ekstradisi": Indonesian has no article; a noun signed right away with what it is about is a new agreement
  const signedNew =
    g.unmarkedNewAgreement &&
    !isIndef &&
    !isRef &&
    !nounCap &&
    input.signingTriggers.some((t) => t.sentence === si && t.end <= nStart && nStart - t.end <= 2) &&
    LOWER_WORD_AFTER.test(text.slice(nEnd, nEnd + 24)) &&
    !connectors.has(nextWord) &&
    !lex.determinersAfter.includes(nextWord) &&
    !g.isVerbish(nextWord, undefined);
  const kind = isIndef || signedNew ? 'indefinite' : isRef ? 'reference' : 'bare';
  mentions.push(treatyMention(kind, nStart, nEnd, si, noun, described ? { described } : undefined));
}

/**
 * The words around a lowercase singular treaty noun that say what it is about: before it where the
 * language puts them there ("the August| peace |agreement"), after it otherwise ("accord| de
 * libre-échange", "perjanjian| kerja sama pertahanan"); null when there are none.
 */
function describedSpan(
  scan: Scan,
  sent: Sentence,
  nStart: number,
  nEnd: number,
  nounCap: boolean,
): { start: number; end: number } | null {
  const { text, folded, lex, g } = scan;
  // a declaration "of the government", a charter ("carta": also a letter), a partnership: no agreement by their words alone
  // an acronym noun ("MoU", "MOU") is capitalized wherever it stands
  const acronym = ACRONYM_LIKE.test(text.slice(nStart, nEnd));
  if (
    (nounCap && !acronym) ||
    !DESCRIBED_KINDS.has(lex.treatyNouns.find((n) => n.form === folded.slice(nStart, nEnd))?.kind ?? '')
  )
    return null;
  const written = folded.slice(nStart, nEnd);
  if (g.pluralNouns.includes(written) || lex.treatyNouns.some((n) => written !== n.form && written === `${n.form}s`))
    return null;
  const start = g.modifiersBefore?.(text, nStart, sent.start) ?? nStart;
  let end = g.complementEnd?.(text, nEnd, sent.end) ?? nEnd;
  // "l'accord de libre-échange Canada-Israël": the parties joined by a dash after what it is about
  if (end > nEnd && g.nameAfterLowercaseNoun) end = partyPairEnd(scan, end, sent.end);
  // "a convention on legal assistance| and a convention on extradition": two agreements, each described on its own
  if (end > nEnd) end = coordinatedNounCut(scan, nEnd, end);
  // "double tax agreement between the United States and New Zealand": the parties a described agreement is between
  if (start < nStart || end > nEnd) end = betweenPartiesEnd(scan, end, sent.end);
  if (end > nEnd) end = endBeforeWhen(scan, nEnd, end);
  return start < nStart || end > nEnd ? { start, end } : null;
}

/**
 * Where a name or a description read on past its noun ends before the words that say when ("... on the recognition of
 * diplomas| on Monday", "... ijazah| pada Senin", "... des diplômes| lundi", "... дипломов| в понедельник"): a relative
 * date, or a weekday after a date preposition, is no part of a name; `end` when none stands after `from`. A date word
 * capitalized where the language writes them in lowercase names a treaty ("Acuerdo de Viernes Santo").
 */
function endBeforeWhen(scan: Scan, from: number, end: number): number {
  const { text, folded, lex, g, dates } = scan;
  let cut = end;
  for (const d of dates) if (d.kind === 'relative' && d.start > from && d.start < cut) cut = d.start;
  for (const w of folded.slice(from, cut).matchAll(LETTER_WORDS)) {
    const at = from + w.index;
    if (!lex.weekdays.some((day) => day.includes(w[0]))) continue;
    if (lex.datePrepositions.includes(lastWordBefore(folded, at, 24) ?? '')) {
      cut = at;
      break;
    }
  }
  if (cut === end || (!g.capitalizedMonths && CAP.test(text.charAt(cut)))) return end;
  // the article and the preposition before it ("el lunes", "on Monday", "в понедельник")
  let p = cut;
  for (let k = 0; k < 2; k++) {
    const w = lastWordBefore(folded, p, 24);
    if (!w || !(g.articles.includes(w) || lex.datePrepositions.includes(w))) break;
    const at = folded.lastIndexOf(w, p);
    if (at <= from) break;
    p = at;
  }
  while (p > from && /[\s,]/u.test(text.charAt(p - 1))) p--;
  return p > from ? p : end;
}

const WORD_RUN_AT = plane(/[\p{L}\p{N}]+/gu);
/**
 * Where a lowercase treaty noun's words end before a conjunction and another treaty noun ("a convention on legal
 * assistance| and a convention on extradition", "соглашения о правовой помощи| и договора о выдаче"); `end` when no
 * noun follows a conjunction there ("Договор о дружбе, сотрудничестве и взаимной помощи").
 */
function coordinatedNounCut(scan: Scan, from: number, end: number): number {
  const { folded, text, lex, g, connectors } = scan;
  const words = [...folded.slice(from, end).matchAll(WORD_RUN_AT)];
  for (let i = 0; i < words.length; i++) {
    if (!g.conjunctions.includes(words[i]![0])) continue;
    for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
      const w = words[k]![0];
      if (nounOf(lex, w)) {
        let p = from + words[i]!.index;
        while (p > from && /[\s,]/u.test(text.charAt(p - 1))) p--;
        return p;
      }
      if (!(lex.indefinite.includes(w) || g.articles.includes(w) || connectors.has(w))) break;
    }
  }
  return end;
}
/** A word right before an offset, with the spaces after it: "new |". */
const AGE_WORD_BEFORE = plane(/(\p{L}+)\s+$/u);
/** A comma and the spaces after it, between listed states. */
const LIST_COMMA = /^,\s*/u;
/** Whether a folded word says that a treaty is new or already in force ("new", "existing", "vigente"), or neither. */
function ageOf(scan: Scan, word: string): 'new' | 'old' | null {
  const { c, lex } = scan;
  if (c.newWord.test(word)) return 'new';
  return lex.previous.includes(word) || lex.inForce.includes(word) ? 'old' : null;
}
/** Where the article before a party ends ("the |United Kingdom", "l'|Arménie"); `at` when none stands there. */
function afterArticle(scan: Scan, at: number, limit: number): number {
  const a = PARTY_WORD.exec(scan.text.slice(at, Math.min(limit, at + 12)));
  if (!a) return at;
  const word = scan.folded.slice(at, at + a[1]!.length) + (/['’]$/u.test(a[0]) ? "'" : '');
  return scan.g.articles.includes(word) ? at + a[0].length : at;
}
/** Where "and protocol", "and first protocol" after a treaty noun ends ("treaty| and protocol| with Iceland"); `from` when none follows. */
function coordinatedNounEnd(scan: Scan, from: number, limit: number): number {
  const { folded, lex, g } = scan;
  const and = SPACED_WORD.exec(folded.slice(from, Math.min(limit, from + 12)));
  if (!and || !g.conjunctions.includes(and[1]!)) return from;
  let p = from + and[0].length;
  for (let k = 0; k < 2; k++) {
    const w = WORD_AT.exec(folded.slice(p, Math.min(limit, p + 30)));
    if (!w) return from;
    if (nounOf(lex, w[0])) return p + w[0].length;
    const sp = /^\s+/u.exec(folded.slice(p + w[0].length, p + w[0].length + 3));
    if (!sp) return from;
    p += w[0].length + sp[0].length;
  }
  return from;
}
/**
 * The states after a treaty noun: "| with the United Kingdom", "| with Australia and Mexico", "| avec le Chili",
 * "| between the United States and the United Kingdom", "| Canada-Ukraine"; each a state or an organization.
 */
function partnersAfter(scan: Scan, from: number, limit: number): { ids: string[]; end: number } | null {
  const { folded, text, g, lex } = scan;
  // "l'accord de partenariat et de coopération| (APC) |entre ...", "accord| établissant une association |entre ...":
  // its acronym, or what it establishes, before the parties of its official name
  const acronym = ACRONYM_IN_BRACKETS.exec(text.slice(from, Math.min(limit, from + 16)));
  const est = scan.c.establishing?.exec(folded.slice(from, Math.min(limit, from + 48)));
  const skip = acronym?.[0].length ?? est?.[0].length ?? 0;
  if (skip) {
    const after = betweenPartiesEnd(scan, from + skip, limit);
    if (after > from + skip) {
      const ids = scan.input.actorMentions.filter((a) => a.start > from && a.end <= after).map((a) => a.actorId);
      return { ids: [...new Set(ids)], end: after };
    }
  }
  const w = SPACED_WORD.exec(folded.slice(from, Math.min(limit, from + 16)));
  if (w && lex.between.includes(w[1]!)) {
    const end = betweenPartiesEnd(scan, from, limit);
    if (end === from) return null;
    const ids = scan.input.actorMentions.filter((a) => a.start > from && a.end <= end).map((a) => a.actorId);
    return { ids: [...new Set(ids)], end };
  }
  if (!w || !g.partnerWords.includes(w[1]!)) return null;
  const ids: string[] = [];
  let p = from + w[0].length;
  let end = from;
  for (let k = 0; k < 4; k++) {
    const actor = actorAt(scan, afterArticle(scan, p, limit));
    if (!actor || isPerson(scan, actor)) break;
    ids.push(actor.actorId);
    end = hyphenedPartiesEnd(scan, actor.end, limit);
    // ", Bulgaria", " and Mexico", ", and Mexico": the next state of the list
    const comma = LIST_COMMA.exec(text.slice(end, Math.min(limit, end + 4)));
    p = end + (comma?.[0].length ?? 0);
    const and = (comma ? NEXT_WORD_SPACED : SPACED_WORD).exec(folded.slice(p, Math.min(limit, p + 12)));
    if (and && g.conjunctions.includes(and[1]!)) p += and[0].length;
    else if (!comma) break;
  }
  return ids.length ? { ids, end } : null;
}
const NEXT_WORD_SPACED = plane(/^(\p{L}+)\s+/u);
/** "the U.S.-Australia| protocol", "the new U.S-U.K.| treaty": two states joined by a dash right before a noun's words. */
function dashedPartnersBefore(scan: Scan, at: number, limit: number): { ids: string[]; start: number } | null {
  const { text, input } = scan;
  const b = input.actorMentions.find((a) => a.end <= at && a.end >= at - 3 && /^\s+$/u.test(text.slice(a.end, at)));
  if (!b || b.start < limit || !/[-‐–]/u.test(text.charAt(b.start - 1))) return null;
  const a = input.actorMentions.find((x) => x.end === b.start - 1);
  if (!a || isPerson(scan, a) || isPerson(scan, b) || a.actorId === b.actorId) return null;
  return { ids: [a.actorId, b.actorId], start: a.start };
}
/** A lowercase word right before an offset, with the spaces after it. */
const LOWER_WORD_BEFORE = plane(/(?<![\p{L}])(\p{Ll}[\p{Ll}-]*)\s+$/u);
/**
 * Where the lowercase words before a noun start, where they precede it ("the |existing income tax |treaty"): up to
 * four, none a determiner, connector or verb.
 */
function modifiersStart(scan: Scan, sent: Sentence, nStart: number): number {
  const { text, folded, lex, g, connectors } = scan;
  let p = nStart;
  for (let k = 0; k < 4; k++) {
    const w = LOWER_WORD_BEFORE.exec(text.slice(Math.max(sent.start, p - 24), p));
    if (!w) break;
    const word = folded.slice(p - w[0].length, p - w[0].length + w[1]!.length);
    if (
      (lex.stopwords.includes(word) && !ageOf(scan, word)) ||
      lex.determinersBefore.includes(word) ||
      (lex.indefinite.includes(word) && !scan.c.newWord.test(word)) ||
      g.articles.includes(word) ||
      connectors.has(word) ||
      g.conjunctions.includes(word) ||
      g.partnerWords.includes(word) ||
      nounOf(lex, word) ||
      g.isVerbish(word, undefined)
    )
      break;
    p -= w[0].length;
  }
  return p;
}
/**
 * "the new tax treaty| with the United Kingdom|", "the treaty and protocol| with Iceland|", "the U.S.-Australia|
 * protocol", "la convention actuelle| avec le Chili|": a lowercase singular treaty noun named by the states it is
 * with, new or in force where the text says so ("the new treaty with Iceland ... replaces the existing treaty": the
 * one in force with the same states); null when no state names it. "Trade agreements with A and B" are a kind of
 * treaty, and a partnership or declaration with a state no treaty by its words alone.
 */
function partneredMentions(
  scan: Scan,
  sent: Sentence,
  si: number,
  noun: TreatyNoun,
  nStart: number,
  nEnd: number,
  described: { start: number; end: number } | undefined | null,
): TreatyMention[] | null {
  const { text, folded, g, lex, c, connectors } = scan;
  if (!DESCRIBED_KINDS.has(noun.kind)) return null;
  // ("Perjanjian ekstradisi dengan Singapura akan berlaku": capitalized as the sentence's first word only)
  if (
    CAP.test(text.charAt(nStart)) &&
    !ACRONYM_LIKE.test(text.slice(nStart, nEnd)) &&
    text.slice(sent.start, nStart).trim() !== ''
  )
    return null;
  const written = folded.slice(nStart, nEnd);
  if (g.pluralNouns.includes(written) || lex.treatyNouns.some((n) => written === `${n.form}s`)) return null;
  let from = Math.max(nEnd, described?.end ?? nEnd);
  // "la convention actuelle| avec le Chili", "el tratado vigente| con Chile": an adjective of age after the noun
  // ("la nouvelle convention fiscale| avec le Chili", "perjanjian perdagangan bebas| dengan Malaysia": adjectives)
  let age: 'new' | 'old' | null = null;
  for (let k = 0; k < 2 && g.adjectiveAfterNoun; k++) {
    // ("l'accord| établissant une association entre ...": what it establishes, no adjective)
    if (c.establishing?.test(folded.slice(from, Math.min(sent.end, from + 48)))) break;
    const next = NEXT_WORD.exec(folded.slice(from, Math.min(sent.end, from + 24)));
    const word = next?.[1];
    if (!word || !LOWERCASE_START.test(text.slice(from + next[0].length - word.length, from + next[0].length))) break;
    const wordAge = ageOf(scan, word);
    if (
      !wordAge &&
      (lex.stopwords.includes(word) ||
        connectors.has(word) ||
        g.partnerWords.includes(word) ||
        lex.between.includes(word) ||
        lex.relativeWords?.includes(word) ||
        nounOf(lex, word) ||
        g.isVerbish(word, undefined) ||
        // ("l'accord signé avec le Kazakhstan": the participle's clause says which, not a name)
        c.signedWord?.test(word))
    )
      break;
    age ??= wordAge;
    from += next[0].length;
  }
  const after = partnersAfter(scan, coordinatedNounEnd(scan, from, sent.end), sent.end);
  // (a language without articles has nothing that tells where the phrase begins: an age word only)
  let start =
    described?.start ?? (g.namePrecedesNoun && g.articles.length ? modifiersStart(scan, sent, nStart) : nStart);
  const dashed = after || !g.namePrecedesNoun ? null : dashedPartnersBefore(scan, start, sent.start);
  if (dashed) start = dashed.start;
  // "the new| ...", "the existing| ...": the word before the phrase, or its first word, says how old it is
  const first = letterRuns(folded.slice(start, nStart))[0];
  const before = AGE_WORD_BEFORE.exec(folded.slice(Math.max(sent.start, start - 16), start));
  if (first && ageOf(scan, first)) age ??= ageOf(scan, first);
  else if (before && ageOf(scan, before[1]!)) {
    age ??= ageOf(scan, before[1]!);
    start -= before[0].length;
  }
  // "the new treaty with Iceland, which replaces the existing treaty": the one in force with the same states
  const inherited =
    after || dashed || age !== 'old'
      ? null
      : scan.mentions.findLast((x) => x.sentence === si && x.partners?.age === 'new' && x.noun?.kind === noun.kind);
  if (!after && !dashed && !inherited) return null;
  const end = after?.end ?? Math.max(nEnd, described?.end ?? nEnd);
  const ids = (after ?? dashed)?.ids ?? inherited!.partners!.ids;
  // "le nouveau traité de défense| avec la France": named as the text describes it, the states in its other name
  const name = text.slice(start, described ? described.end : end).replace(scan.c.leadingArticle, '');
  return [
    treatyMention('reference', start, end, si, noun, {
      ...(described ? { described } : {}),
      partners: { ids, age, name },
    }),
  ];
}

/** Apposition: "X (Russian: Y), or Z for short" — Y and Z name X. */
function linkAppositions(mentions: TreatyMention[], folded: string, lex: Lexicon): void {
  const c = treatyPatterns(lex);
  const appo = new Set(lex.apposition);
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    if (
      a.sentence !== b.sentence ||
      !(a.kind === 'name' || a.kind === 'named') ||
      !(b.kind === 'name' || b.kind === 'named')
    )
      continue;
    const gap = folded.slice(a.end, b.start);
    if (gap.length > 60 || !c.appositionGap.test(gap)) continue;
    const words = letterRuns(gap).filter((w) => (lex.grammar.script === 'cyrillic') === hasCyrillic(w));
    if (!words.every((w) => appo.has(w))) continue;
    // two different known treaties side by side are a list ("the 2000 Treaty of ..., the Pyongyang Declaration ..."), not one name
    if (
      a.kind === 'name' &&
      b.kind === 'name' &&
      a.treatyId &&
      b.treatyId &&
      a.treatyId !== b.treatyId &&
      words.every((w) => lex.grammar.articles.includes(w))
    )
      continue;
    // a known name on either side names both
    if (a.kind === 'named' && b.kind === 'name') {
      a.kind = 'name';
      a.treatyId = b.treatyId;
    } else (b as TreatyMention & { aliasOf?: TreatyMention }).aliasOf = a;
  }
}
