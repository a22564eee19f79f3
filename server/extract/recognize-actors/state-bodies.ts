/**
 * Bodies of any state named by what they are and the state beside them, which no gazetteer list holds for every state:
 * embassies and consulates ("the U.S. Embassy in Kinshasa", "la Embajada de Chile", "l'ambassade des États-Unis à
 * Dakar", "Kedutaan Besar Jepang", "посольство США в Киеве"), ministries named by their portfolio ("the Kenyan Foreign
 * Ministry", "МИД Японии", "Министерство обороны Казахстана") and armed branches ("the Chilean Navy", "la Armada de
 * Chile", "Angkatan Laut Thailand", "ВМС США").
 */
import { foldText, nameKeys, tokenKey } from '../fold-text';
import type { Gazetteer } from '../gazetteer';
import { sharedAlternation } from '../patterns';
import { toSlug } from '../slug';
import { sentenceAt } from '../split-sentences';
import { nextGatedMatch } from '../word-start-matches';
import type { ActorMention, ActorScan } from './actor-scan';
import { actorLexicon, type WordList } from './actor-lexicon';
import { plane } from '../bmp-patterns';

// patterns of the functions below, compiled once here (no `\p{..}` literal inside a function)
const CAPITAL_START = plane(/^\p{Lu}/u);
/** What joins a state named before the head: spaces, or a possessive ("Japan's Foreign Ministry"). */
const STATE_BEFORE_GAP = /^(?:['’]s)?[^\S\n]+$/u;
/** A word between a body's state and its place, with the spaces around it: group 1 is the word ("in", "à", "в"). */
const LOCATIVE_GAP = plane(/^[^\S\n]+(\p{L}+)[^\S\n]+/u);
/** The word before an offset, with the gap after it (an elided article's apostrophe too): group 1 is the word. */
const WORD_BEFORE = plane(/(\p{L}+)(?:[^\S\n]+|['’])$/u);
/** The word right after an offset: group 1. */
const WORD_AFTER = plane(/^[^\S\n]+(\p{L}+)/u);
/** One or two capitalized words (a place's name). */
const CAPITALIZED_WORDS = plane(/^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}])/u);
/** What joins a state named after the head: spaces, or link words ("of the", "de la", "des", "d'"). */
const STATE_AFTER_GAP = plane(
  new RegExp(`^(?:[^\\S\\n]+|[^\\S\\n]+(?:(?:${sharedAlternation('stateLinks')})(?:[^\\S\\n]+|(?<=['’]))){1,2})$`, 'u'),
);

/**
 * A head of the lexicon's `stateBodyHeads` (any case) or `armedBranchHeads` (capitalized) with a state's name or
 * demonym right before or after it names that state's body, with its place when the language's locative and a place
 * follow ("Embassy of Canada in Haiti"). The body is named as written, from the state to the state (or the place);
 * its mention is the head alone, the state keeping its own. A head with no state beside it names nothing.
 */
export function recognizeStateBodies(scan: ActorScan): void {
  const { missions, stateBodies, armedBranches } = actorLexicon(scan.input.lexicon);
  if (missions) scanHeads(scan, missions, 'mission');
  if (stateBodies) scanHeads(scan, stateBodies, 'body');
  if (armedBranches) scanHeads(scan, armedBranches, 'branch');
}

/** A mission is also a building (a genitive makes it a place or an object); an armed branch counts only capitalized. */
type HeadKind = 'mission' | 'body' | 'branch';

function scanHeads(scan: ActorScan, list: WordList, kind: HeadKind): void {
  const { text, folded, lexicon } = scan.input;
  const starts = actorLexicon(lexicon).listStarts(folded)[list.slot]!;
  list.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextGatedMatch(list.re, list.sticky, folded, starts)) !== null) {
    const start = m.index;
    const headEnd = start + m[0].length;
    if (kind === 'branch' && !CAPITAL_START.test(text.charAt(start))) continue;
    if (scan.overlaps(start, headEnd)) continue;
    addStateBody(scan, start, headEnd, kind === 'mission');
  }
}

function addStateBody(scan: ActorScan, start: number, headEnd: number, mission: boolean): void {
  const { text, sentences } = scan.input;
  const before = stateBefore(scan, start);
  const after = before ? undefined : stateAfter(scan, headEnd);
  const state = before ?? after;
  if (!state || isPlace(scan, before ? before.start : start, mission)) return;
  const place = placeAfter(scan, after ? after.end : headEnd);
  const nameStart = before ? before.start : start;
  const nameEnd = place?.end ?? after?.end ?? headEnd;
  // "the Chinese foreign ministry spokesperson Lin Jian": the body names a person's office, not an actor
  const next = WORD_AFTER.exec(scan.input.folded.slice(nameEnd, nameEnd + 30));
  if (next && actorLexicon(scan.input.lexicon).titleStems.has(tokenKey(next[1]!))) return;
  const keys = [...nameKeys(text.slice(start, headEnd)), state.actorId, place?.id ?? ''];
  const id = `org:${toSlug(keys.join(' '))}`;
  if (!scan.actors.has(id))
    scan.actors.set(id, {
      id,
      name: text.slice(nameStart, nameEnd),
      kind: 'organization',
      iso2: null,
      media: false,
      offices: [],
    });
  scan.mentions.push({
    actorId: id,
    start,
    end: headEnd,
    sentence: sentenceAt(sentences, start),
    metonym: false,
    confidence: 0.6,
  });
  scan.taken.push({ start, end: headEnd });
}

/** A country's mention (name or demonym) that ends right before a head. */
export function stateBefore(scan: ActorScan, start: number): ActorMention | undefined {
  const { text } = scan.input;
  return scan.mentions.find(
    (x) =>
      x.end <= start && start - x.end <= 4 && isCountry(scan, x) && STATE_BEFORE_GAP.test(text.slice(x.end, start)),
  );
}

/** A country's mention that starts right after a head, or after its link words. */
function stateAfter(scan: ActorScan, headEnd: number): ActorMention | undefined {
  const { text } = scan.input;
  return scan.mentions.find(
    (x) =>
      x.start >= headEnd &&
      x.start - headEnd <= 12 &&
      isCountry(scan, x) &&
      !isCapital(scan, x) &&
      STATE_AFTER_GAP.test(text.slice(headEnd, x.start)),
  );
}

/** A place or country after the language's locative right after `from` ("in Kinshasa", "à Dakar", "в Киеве"). */
function placeAfter(scan: ActorScan, from: number): { id: string; end: number } | undefined {
  const { text, folded, lexicon } = scan.input;
  const gap = LOCATIVE_GAP.exec(folded.slice(from, from + 12));
  if (!gap || !lexicon.locative.includes(gap[1]!)) return undefined;
  const at = from + gap[0].length;
  const place = scan.places.find((p) => p.start === at);
  if (place) return { id: place.placeId, end: place.end };
  const country = scan.mentions.find((x) => x.start === at && isCountry(scan, x));
  if (country) return { id: country.actorId, end: country.end };
  // a city the gazetteer does not know ("in Kinshasa"): capitalized words that are no date and no other actor
  const words = CAPITALIZED_WORDS.exec(text.slice(at, at + 40));
  if (!words || scan.input.dates.some((d) => d.start <= at && at < d.end) || scan.knownAt(at)) return undefined;
  return { id: nameKeys(words[0]).join(' '), end: at + words[0].length };
}

/**
 * Whether a place preposition stands before a body, over determiners ("at the U.S. Embassy", "hasta la embajada"), or
 * a genitive link before a mission ("the staff of the U.S. Embassy", "la réouverture de l'ambassade"): the body is where
 * the news happens or what it is about, not an actor of it.
 */
function isPlace(scan: ActorScan, start: number, mission: boolean): boolean {
  const { folded, lexicon } = scan.input;
  const place = lexicon.bodyPlacePrepositions ?? [];
  const genitives = mission ? (lexicon.missionGenitives ?? []) : [];
  let at = start;
  for (let i = 0; i < 3; i++) {
    const w = WORD_BEFORE.exec(folded.slice(Math.max(0, at - 30), at));
    if (!w) return false;
    if (place.includes(w[1]!) || genitives.includes(w[1]!)) return true;
    if (!lexicon.determinersBefore.includes(w[1]!)) return false;
    at -= w[0].length;
  }
  return false;
}

/** The folded names of the gazetteer's places, built once per gazetteer. */
const PLACE_NAMES = new WeakMap<Gazetteer, Set<string>>();

/** Whether a country's mention is a capital standing for it: "Embajada de La Habana" is the embassy there, not Cuba's. */
function isCapital(scan: ActorScan, x: ActorMention): boolean {
  if (!x.metonym) return false;
  const { gazetteer, folded } = scan.input;
  let names = PLACE_NAMES.get(gazetteer);
  if (!names) {
    names = new Set();
    for (const p of gazetteer.places.values()) for (const n of Object.values(p.names).flat()) names.add(foldText(n));
    PLACE_NAMES.set(gazetteer, names);
  }
  return names.has(folded.slice(x.start, x.end));
}

function isCountry(scan: ActorScan, x: ActorMention): boolean {
  return scan.actors.get(x.actorId)?.kind === 'country';
}
