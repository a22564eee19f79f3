/**
 * Organizations the gazetteer does not know, named by the head noun of a body and the words the language writes beside
 * it: capitalized words before the head where the head comes last ("National Democratic Congress", "Royal Air Force",
 * `orgTailHeads`), lowercase adjectives after a capitalized head where they follow it ("le Conseil électoral
 * provisoire", `orgAdjectives`).
 */
import { lastWordBefore, nameKeys, plainWord } from '../fold-text';
import type { Lexicon } from '../lexicons';
import { plane } from '../bmp-patterns';
import { words } from '../patterns';
import { toSlug } from '../slug';
import { sentenceAt } from '../split-sentences';
import type { ActorScan } from './actor-scan';
import { actorLexicon, CAPITAL_WORD_BEFORE } from './actor-lexicon';

/** A tail head capitalized, as a whole word, per lexicon; null for a language whose names do not end in their head. */
const HEADS = new Map<Lexicon, RegExp | null>();

function headPattern(lex: Lexicon): RegExp | null {
  let re = HEADS.get(lex);
  if (re === undefined) {
    const heads = lex.orgTailHeads ?? [];
    // the lexicon's heads are folded: the text writes them capitalized ("Council", "Forces")
    const capitalized = heads.map((h) => h.charAt(0).toUpperCase() + h.slice(1));
    re = heads.length
      ? plane(new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${words(capitalized)})(?![\\p{L}\\p{N}])`, 'gu'))
      : null;
    HEADS.set(lex, re);
  }
  return re;
}

/** A possessive ending: "Ghana's Electoral Commission" is the state's body, the state stays its own actor. */
const POSSESSIVE = /['’]s?$/u;
/** At most this many capitalized words before the head ("Tigray People's Liberation Front"). */
const MAX_WORDS = 6;

/**
 * "the National Democratic Congress", "the Royal Air Force", "Moscow City Court": one to six capitalized words before a
 * capitalized head of the lexicon's `orgTailHeads` name a body. A known country or place among them stays its own
 * mention and goes on the name; a known person or organization, a possessive, a function word ("The"), a month, a
 * weekday or a word that opens clauses ends it; a Title Case headline gives no name.
 */
export function recognizeHeadFinalOrganizations(scan: ActorScan): void {
  const { text, lexicon, sentences } = scan.input;
  const re = headPattern(lexicon);
  if (!re) return;
  const { openers } = actorLexicon(lexicon);
  const stop = functionWords(lexicon);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const headStart = m.index;
    const headEnd = headStart + m[0].length;
    if (scan.overlaps(headStart, headEnd)) continue;
    const sentence = sentenceAt(sentences, headStart);
    if (scan.isHeadline(sentence)) continue;
    let start = headStart;
    let count = 0;
    while (count < MAX_WORDS) {
      const before = CAPITAL_WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
      if (!before) break;
      const word = before[1]!;
      const wordStart = start - before[0].length;
      const known = scan.knownAt(wordStart);
      // "the KORUS Joint Committee", "NATO Parliamentary Assembly": the body of a treaty or of a known organization
      if (
        known
          ? scan.actors.get(known.actorId)?.kind !== 'country' || known.start !== wordStart
          : scan.overlaps(wordStart, start) && !placeAt(scan, wordStart)
      ) {
        count = 0;
        break;
      }
      // "Ghana's Electoral Commission": the body of the state before it, which stays its own actor
      if (POSSESSIVE.test(word)) break;
      const plain = plainWord(word);
      if (openers.has(plain) || stop.has(plain)) break;
      start = wordStart;
      count++;
    }
    if (count === 0 || !nameStands(scan, start, headEnd)) continue;
    addOrganization(scan, text.slice(start, headEnd), start, headEnd, sentence);
  }
}

/** An organization named `name` (its record by the name's keys), its mention over `start`..`end` and that span taken. */
function addOrganization(scan: ActorScan, name: string, start: number, end: number, sentence: number): void {
  const id = `org:${toSlug(nameKeys(name).join(' '))}`;
  if (!scan.actors.has(id))
    scan.actors.set(id, { id, name, kind: 'organization', iso2: null, media: false, offices: [] });
  scan.mentions.push({ actorId: id, start, end, sentence, metonym: false, confidence: 0.5 });
  scan.taken.push({ start, end });
}

/**
 * Whether a capitalized run ending in a head stands as a name of its own: not glued to a word before it ("U.S.-Japan
 * Alliance"), not the complement of a longer name ("the Compacts of Free Association") and not the first words of a
 * longer one ("the European Association Agreements", "the Joint Committee Meeting").
 */
function nameStands(scan: ActorScan, start: number, end: number): boolean {
  const { text, folded, lexicon } = scan.input;
  if (start > 0 && !OPENING.test(text.charAt(start - 1))) return false;
  if (CAPITAL_WORD_AFTER.test(text.slice(end, end + 3))) return false;
  const link = lastWordBefore(folded, start, 12);
  if (link === undefined || !linkWords(lexicon).has(link)) return true;
  // "John Mahama of the National Democratic Congress": after an actor's name the run is a name of its own
  const linkStart = folded.lastIndexOf(link, start);
  const before = CAPITAL_WORD_BEFORE.exec(text.slice(Math.max(0, linkStart - 40), linkStart));
  return !before || !!scan.knownAt(linkStart - before[0].length);
}
/** What may stand right before a name: a space, a line break, an opening quotation mark or bracket. */
const OPENING = /[\s"“«(‘']/u;
/** A capitalized word right after a name, which goes on with it. */
const CAPITAL_WORD_AFTER = plane(/^[^\S\n]\p{Lu}/u);

const LINK_WORDS = new Map<Lexicon, Set<string>>();
/** The lexicon's links inside a name ("of", "for"): a run after one is another name's complement. */
function linkWords(lex: Lexicon): Set<string> {
  let set = LINK_WORDS.get(lex);
  if (!set) LINK_WORDS.set(lex, (set = new Set(lex.shared.titleOf)));
  return set;
}

const FUNCTION_WORDS = new Map<Lexicon, Set<string>>();
/**
 * The lexicon's function words, months and weekdays: "The Royal Air Force", "In March Parliament ..." open with one,
 * which is no word of the name.
 */
function functionWords(lex: Lexicon): Set<string> {
  let set = FUNCTION_WORDS.get(lex);
  if (!set) FUNCTION_WORDS.set(lex, (set = new Set([...lex.stopwords, ...lex.months.flat(), ...lex.weekdays.flat()])));
  return set;
}

/** Whether a place's mention starts at an offset ("Moscow" of "Moscow City Court"). */
function placeAt(scan: ActorScan, at: number): boolean {
  return scan.places.some((p) => p.start === at);
}

/** A capitalized word's start, not a word in capitals ("Comité", not "COMITE"). */
const CAPITALIZED = plane(/^\p{Lu}\p{Ll}/u);
/** Per lexicon: a head of `orgAdjectives` as a whole folded word, and the adjective endings; null without. */
const ADJECTIVE_HEADS = new Map<Lexicon, { re: RegExp; endings: RegExp } | null>();

function adjectiveHeads(lex: Lexicon): { re: RegExp; endings: RegExp } | null {
  let c = ADJECTIVE_HEADS.get(lex);
  if (c === undefined) {
    const rule = lex.orgAdjectives;
    c = rule
      ? {
          re: plane(new RegExp(`(?<![\\p{L}\\p{N}-])(?:${words(rule.heads)})(?![\\p{L}\\p{N}-])`, 'gu')),
          endings: new RegExp(`(?:${rule.endings.join('|')})$`, 'u'),
        }
      : null;
    ADJECTIVE_HEADS.set(lex, c);
  }
  return c;
}

/** A lowercase word after a space (no line break): group 1. */
const LOWERCASE_WORD_AFTER = plane(/^[^\S\n]+(\p{Ll}[\p{Ll}-]*)(?![\p{L}\p{N}])/u);

/**
 * "le Conseil constitutionnel", "la Commission électorale nationale indépendante", "le Front populaire ivoirien": in a
 * language that writes a body's name with its first word capitalized and its adjectives in lowercase after it, a
 * capitalized head of the lexicon's `orgAdjectives` and the lowercase adjectives after it (words with one of its
 * adjective endings, in the folded form) name a body the gazetteer does not know; a demonym right after them goes on
 * the name and keeps its country's mention. A head without an adjective names nothing ("le Conseil a décidé").
 */
export function recognizeAdjectivedOrganizations(scan: ActorScan): void {
  const { text, folded, lexicon, sentences } = scan.input;
  const rule = adjectiveHeads(lexicon);
  if (!rule) return;
  const stop = functionWords(lexicon);
  rule.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  // on the folded text, whose offsets are the text's: "Comité" is "comite" there
  while ((m = rule.re.exec(folded)) !== null) {
    const start = m.index;
    let end = start + m[0].length;
    if (!CAPITALIZED.test(text.slice(start, start + 2))) continue;
    // "le Conseil constitutionnel": a known organ named by its bare head ("le Conseil") gives way to the longer name
    const bare = scan.knownAt(start);
    if (bare ? bare.start !== start || bare.end !== end : scan.overlaps(start, end)) continue;
    const sentence = sentenceAt(sentences, start);
    if (scan.isHeadline(sentence)) continue;
    let adjectives = 0;
    let bodyEnd = end;
    for (;;) {
      const next = LOWERCASE_WORD_AFTER.exec(text.slice(end, end + 40));
      if (!next) break;
      const at = end + next[0].length - next[1]!.length;
      const word = folded.slice(at, at + next[1]!.length);
      const known = scan.knownAt(at);
      // "le Front populaire ivoirien": a demonym closes the name, its country keeps its mention
      if (known) {
        if (adjectives > 0 && known.start === at && scan.actors.get(known.actorId)?.kind === 'country') end = known.end;
        break;
      }
      if (stop.has(word) || !rule.endings.test(word) || scan.overlaps(at, at + word.length)) break;
      end = at + next[1]!.length;
      bodyEnd = end;
      adjectives++;
    }
    if (adjectives === 0) continue;
    if (bare) {
      scan.mentions.splice(scan.mentions.indexOf(bare), 1);
      const held = scan.taken.findIndex((t) => t.start === bare.start && t.end === bare.end);
      if (held >= 0) scan.taken.splice(held, 1);
    }
    addOrganization(scan, text.slice(start, end), start, bodyEnd, sentence);
  }
}
