/**
 * What actor recognition derives from the lexicons: the words of every language that are never a
 * name, and per lexicon its title and "led by" patterns and kinship words, compiled once.
 */
import { planePattern, type PlanePattern, plane } from '../bmp-patterns';
import { foldText, tokenKey } from '../fold-text';
import { LEXICONS, type Lexicon } from '../lexicons';
import { gateIndex, patternGate } from '../pattern-prefixes';
import { E, factoredWords, orNever, sharedAlternation, sharedWords, words } from '../patterns';
import { stemGuard } from '../treaty-patterns';

/** Portfolios between a title and a name: "Menteri Perdagangan Agus Suparmanto", "Trade Minister". */
export const PORTFOLIOS = new Set(sharedWords('portfolios'));
/** Capitalized words that are never part of a person's name (every language's), with their stems. */
const NOT_NAMES = new Set(sharedWords('notNames').flatMap((w) => [w, tokenKey(foldText(w))]));
/** Whether a word (lowercase) is never part of a person's name, in any of its forms ("Офиса" of "офис"). */
export function isNotName(word: string): boolean {
  return NOT_NAMES.has(word) || NOT_NAMES.has(tokenKey(word));
}
/** Capitals before lowercase letters in one word ("JIEXpo", "JPMorgan"): a brand or a venue, no name of a person. */
export const MIXED_CAPITALS = plane(/^\p{Lu}{2,}\p{Ll}/u);
/** English organization nouns: bodies keep their English names in every language's copy ("Japan Chamber of Commerce"). */
const ENGLISH_ORG_NOUNS = new Set(LEXICONS.en.orgNouns);
/** Whether a word (folded) is an organization's noun in the lexicon's language or in English. */
export function isOrgNounWord(lexicon: Lexicon, w: string): boolean {
  return lexicon.orgNouns.includes(w) || ENGLISH_ORG_NOUNS.has(w);
}
/** Institutions (every language's): "ministry", "kementerian". */
export const INSTITUTIONS = new Set(sharedWords('institutions'));

/** Only spaces, quotation marks or a bracket: what stands before a sentence's first word (a name that opens it). */
export const SENTENCE_OPENING = /^[\s"“«(]*$/u;

/** Stems that begin a state's formal name: "republic", "reino", "республика". */
export const STATE_NOUN = plane(new RegExp(`^(?:${sharedAlternation('stateNouns')})`, 'u'));
/** A capitalized word and spaces (no line break) ending a text: the word right before a name; group 1 is the word. */
export const CAPITAL_WORD_BEFORE = plane(/(\p{Lu}[\p{L}'’-]*)[^\S\n]+$/u);

/** A word list of the lexicon as a global pattern (flags `gu`), its sticky twin (flags `uy`) and its slot in `listStarts`. */
export interface WordList {
  re: RegExp;
  sticky: RegExp;
  slot: number;
}

/** What recognition derives from a lexicon, built once per lexicon. */
export interface ActorLexicon {
  /** Verbs of saying after a quotation, before its speaker's name ("», — заявил", "\", dijo"), or null. */
  quoteSpeech: WordList | null;
  titles: WordList;
  ledBy: WordList;
  /** Plural titles that introduce a list of names ("los senadores", "Senators"), or null. */
  listTitles: WordList | null;
  /** Honorifics that are not titles ("M.", "Mme", "Mr.", "Sra."): written capitalized before a full name, they name a person. */
  honorifics: WordList | null;
  /** The generic heads of state bodies' names ("ministry", "kementerian"), or null. */
  orgHeads: WordList | null;
  /** Heads of a state's missions abroad ("embassy", "посольство"), any case, or null. */
  missions: WordList | null;
  /** Heads that name a state's body with the state beside them ("foreign ministry", "мид"), any case, or null. */
  stateBodies: WordList | null;
  /** Armed branches named with their state ("navy", "armada"), capitalized only, or null. */
  armedBranches: WordList | null;
  /**
   * The word starts of a folded text at which each word list may match (see nextGatedMatch), by its `slot`; null for
   * one without a gate (scan the whole text).
   */
  listStarts: (folded: string) => (readonly number[] | null)[];
  /** Words of titles ("prime", "minister"), which are never part of a name. */
  titleWords: Set<string>;
  /** Their stems, so that an inflected title word is one too ("Представителя" of "представитель"). */
  titleStems: Set<string>;
  /** The last word of each title ("minister" of "prime minister"), which a surname may follow. */
  titleEnds: string[];
  /**
   * One-word reporting words, clause breaks, date prepositions and locatives ("menurut", "según", "selon", "however",
   * "sementara"): capitalized only where they open a sentence, and never a name's first word.
   */
  openers: Set<string>;
  kinBefore: PlanePattern | null;
  kinAfter: PlanePattern | null;
  /** A journalist's credit ending right before a name (`creditBefore`). */
  creditBefore: PlanePattern | null;
  /** A noun named after a place, and its link, just before a name ("acuerdos de", "KTT"). */
  placeNamedBefore: PlanePattern;
  /** Such a noun just after a name ("Minsk agreements", "Madrid summit"). */
  placeNamedAfter: PlanePattern;
}
const COMPILED = new Map<Lexicon, ActorLexicon>();

/** The nouns named after a place: the lexicon's, and its treaty nouns (a stem takes any ending). */
function placeNamed(lex: Lexicon): string {
  const treaty = lex.treatyNouns.map((n) => (n.stem ? `${n.form}${stemGuard(n)}\\p{L}*` : n.form));
  return [words(lex.placeNamedNouns), ...treaty].join('|');
}

function honorificPattern(lex: Lexicon): RegExp | null {
  const own = lex.honorifics.filter((h) => !lex.titles.includes(h));
  return own.length ? plane(new RegExp(`(?:${words(own)})\\.?(?=[^\\S\\n]+\\p{L})`, 'gu')) : null;
}

/** Long word lists (titles) have more literal prefixes than a trigger rule: a gate may hold this many. */
const WORD_LIST_STRINGS = 1024;

export function actorLexicon(lex: Lexicon): ActorLexicon {
  let c = COMPILED.get(lex);
  if (!c) {
    // the lists start with literal words: each is tried only where one of them starts a word (shared with find-triggers' pass)
    const lists: (WordList | null)[] = [];
    // each list's gate is read from `gateSource` (for a plain word list, its flat alternation: see `list`)
    const gateSources: string[] = [];
    const wordList = (re: RegExp | null, gateSource = re?.source ?? ''): WordList | null => {
      const list = re ? { re, sticky: plane(new RegExp(re.source, 'uy')), slot: lists.length } : null;
      lists.push(list);
      gateSources.push(gateSource);
      return list;
    };
    // a plain word list with its common beginnings factored (factoredWords: the same matches, since a match of one word
    // that is the beginning of a longer match is tried after it either way, in far less code: the Russian titles' flat
    // alternation compiled to almost 1 MB), gated by the literals of its flat alternation
    const list = (ws: readonly string[]) =>
      wordList(plane(new RegExp(`(?:${factoredWords(ws)})${E}`, 'gu')), `(?:${words(ws)})${E}`);
    const titles = list(lex.titles)!;
    const ledBy = list(lex.ledBy)!;
    const listTitles = lex.listTitles.length ? list(lex.listTitles) : wordList(null);
    const honorifics = wordList(honorificPattern(lex));
    const quoteSpeech = lex.quoteSpeechVerbs?.length ? list(lex.quoteSpeechVerbs) : wordList(null);
    const orgHeads = lex.orgHeads.length ? list(lex.orgHeads) : wordList(null);
    // regex sources (stems in Russian), not plain words
    const sources = (ws: readonly string[] | undefined) =>
      ws?.length ? plane(new RegExp(`(?:${ws.join('|')})(?![\\p{L}\\p{N}])`, 'gu')) : null;
    const missions = lex.missionHeads?.length ? list(lex.missionHeads) : wordList(null);
    const stateBodies = wordList(sources(lex.stateBodyHeads));
    const armedBranches = wordList(sources(lex.armedBranchHeads));
    const listStarts = gateIndex(
      lists.map((l, i) => (l ? patternGate(gateSources[i]!, WORD_LIST_STRINGS) : null)),
      lex,
    );
    c = {
      titles,
      ledBy,
      listTitles,
      honorifics,
      quoteSpeech,
      orgHeads,
      missions,
      stateBodies,
      armedBranches,
      listStarts,
      titleWords: new Set(lex.titles.flatMap((t) => t.split(' ')).filter((w) => w.length > 3)),
      titleStems: new Set(
        lex.titles
          .flatMap((t) => t.split(' '))
          .filter((w) => w.length > 3)
          .map((w) => tokenKey(foldText(w))),
      ),
      titleEnds: lex.titles.map((t) => t.split(' ').pop()!),
      openers: new Set(
        [...lex.reporting, ...lex.shared.clauseBreaks, ...lex.datePrepositions, ...lex.locative].filter(
          (w) => !w.includes(' '),
        ),
      ),
      // "ayah Kim Jong Un", "the father of X", "X's father", "отец Ким Чен Ына": another person, unnamed here
      kinBefore: lex.kinshipBefore?.length
        ? planePattern(
            `(?:^|[^\\p{L}])(?:${lex.kinshipBefore.join('|')})\\s+(?:(?:${sharedAlternation('kinshipArticles')})\\s+)?$`,
            'u',
          )
        : null,
      kinAfter: lex.kinshipAfter ? planePattern(lex.kinshipAfter, 'u') : null,
      creditBefore: lex.creditBefore ? planePattern(`(?:^|[^\\p{L}])(?:${lex.creditBefore})[^\\S\\n]*$`, 'u') : null,
      placeNamedBefore: planePattern(
        `(?:^|[^\\p{L}])(?:${placeNamed(lex)})\\s+(?:(?:${orNever(words(lex.placeNamedLinks))})\\s+)?$`,
        'u',
      ),
      placeNamedAfter: planePattern(`^\\s+(?:${placeNamed(lex)})(?![\\p{L}])`, 'u'),
    };
    COMPILED.set(lex, c);
  }
  return c;
}
