/**
 * The patterns treaty linking derives from a lexicon (treaty nouns, replace and not-replace verbs,
 * the gaps between a treaty noun and a year), compiled once per lexicon and cached by it.
 */
import type { ReplacesBasis } from '../domain/extraction';
import { planePatterns, plane } from './bmp-patterns';
import type { Lexicon, TreatyNoun } from './lexicons';
import { gateIndex, patternGate, type PatternGate } from './pattern-prefixes';
import { esc, orNever } from './patterns';
import { nextGatedMatch, wordStartTest, type WordTest } from './word-start-matches';

export interface TreatyPatterns {
  nouns: RegExp;
  /** The same nouns, for a scan inside a name while `nouns` is being iterated. */
  innerNouns: RegExp;
  /** `nouns` as a sticky pattern (flags `uy`), tried only where `nounStarts` says one of the nouns may begin. */
  nounsSticky: RegExp;
  /** The word starts of a folded text where one of the nouns' literals stands (null: anywhere). */
  nounStarts: (folded: string) => readonly number[] | null;
  /**
   * The same for a sentence (hasTreatyNoun), from a trie of the nouns alone: the lexicon's would be walked whole for
   * each sentence, and would forget the article it holds for the other stages.
   */
  sentenceNounStarts: (folded: string) => readonly number[] | null;
  /** A signing participle as a whole word: where a purpose clause ends. */
  signedWord: RegExp | null;
  /** `Lexicon.protocolNotTreaty`: the words before a protocol noun (anchored at the end) and after it (at the start). */
  protocolNotBefore: RegExp | null;
  protocolNotAfter: RegExp | null;
  replace: {
    /** The verb, without the word boundary before it (checked after a match: see findReplaceVerbs). */
    re: RegExp;
    /** The verb as a sticky pattern, tried at the word starts where its gate's literals stand. */
    sticky: RegExp;
    /** `re` and `sticky` for a text without surrogates (bmp-patterns.ts): the same matches, compiled far smaller. */
    bmpRe: RegExp;
    bmpSticky: RegExp;
    gate: PatternGate | null;
    basis: ReplacesBasis;
    passive: boolean;
    cease: boolean;
    span: boolean;
    requires: RegExp | null;
    requiresInText: RegExp | null;
  }[];
  /** Where each replace verb may be in a folded text: the word starts of its gate's literals (null: anywhere). */
  replaceStarts: (folded: string) => (readonly number[] | null)[];
  notReplace: WordTest;
  /** A protocol of accession in lowercase: the patterns of `Lexicon.accessionProtocol`, sticky or anchored. */
  accession: { of: RegExp; to: RegExp; possessive: RegExp | null; possessiveTo: RegExp | null };
  negation: RegExp;
  /** `Lexicon.untilNot` and up to six words before the end: a negation there is expletive; null: none. */
  untilNot: RegExp | null;
  /** "rather than", "au lieu de (le)": the end of what stands before a replace verb that is not made (null: none). */
  insteadOf: RegExp | null;
  /** What runs from a treaty noun through its signing participle to a year: "firmado por la URSS ... en". */
  signedIn: RegExp | null;
  /** A signing participle right before a date, over one short word: " signés le| 2 avril 1960", " signed on| 2 April". */
  signedOnDate: RegExp | null;
  yearOfGap: RegExp | null;
  yearWhenGap: RegExp | null;
  /** The gap between a name and a year that belongs to it (`Grammar.yearAfterName`), or an opening bracket. */
  yearAfterName: RegExp;
  andYear: RegExp;
  participleEnding: RegExp;
  newBefore: RegExp;
  newAfter: RegExp;
  /** "New" as a whole word before a noun ("nuevo", "nouveau"), in folded text. */
  newWord: RegExp;
  leadingArticle: RegExp;
  appositionGap: RegExp;
  /** A lowercase field phrase inside a capitalized name, on folded text (`Grammar.nameFieldLinks`). */
  fieldLink: RegExp | null;
  /** "between" inside a name: its parties follow ("Timor Sea Treaty| between A and B"). */
  betweenWord: RegExp;
  /** The language's "with" between a name and its partner ("Extradition Treaty with Chile"). */
  partnerWord: RegExp;
  /** A numbered instrument's number after its noun: "| n°1", "| No. 2". */
  numbered: RegExp;
  /** What a treaty between named parties is for, after them: "| for the extradition of ...". */
  purpose: RegExp | null;
  /** A name's call words right before it: "will be known as the| ", "denominado| ", "под названием «| ". */
  calledBefore: RegExp;
  /** The words that stand for a treaty noun right after a replace verb (`Lexicon.elidedTreaty`), sticky; null: none. */
  elided: RegExp | null;
  /** The words for an earlier treaty right after a replace verb (`Lexicon.elidedEarlier`), sticky; null: none. */
  elidedEarlier: RegExp | null;
  /** The gap between an earlier treaty and the date that says which (`Lexicon.earlierDatedBy`), whole; null: none. */
  earlierDatedBy: RegExp | null;
  /** An amending link and the article after it, from a space: "| amending the |Cotonou Agreement" (folded). */
  amendingLink: RegExp | null;
  /** "от", "del": the words between a treaty's name and the date of its signature that names it. */
  datedBy: RegExp | null;
  /** What ends the first side of an agreement between two: its member states and its side words ("| d'une part,|", group 1). */
  firstSide: RegExp | null;
  /** What ends the second side: "| d'autre part|". */
  secondSide: RegExp | null;
  /** What an agreement establishes before its parties, from a space: "| establishing an association|" (folded). */
  establishing: RegExp | null;
  /** `grammar.founding` from a space, up to the founded body's name (folded). */
  founding: RegExp | null;
  /** The lexicon's amendment nouns, as words (folded, global): "|amendment| to the ...". */
  amendmentNouns: RegExp | null;
  /** The amendment nouns as written (folded): a text that holds none of them has no amendment to look for. */
  amendmentGate: string[];
  /** The link after an amendment noun and the article after it, from a space: "amendment| to the |..." (folded). */
  amendmentLink: RegExp | null;
  /** The pronoun for a treaty noun that opens a replace verb's sentence, with its partner word (`Lexicon.elidedSubject`), sticky. */
  elidedSubject: RegExp | null;
  /** The words for a treaty noun before the place that names it, right after a replace verb (`Lexicon.elidedNamed`), sticky. */
  elidedNamed: RegExp | null;
}
/** A word list's literal prefixes may be as many as its words (the default of a trigger rule is 64). */
const NOUN_LIST_STRINGS = 1024;
const COMPILED = new Map<Lexicon, TreatyPatterns>();

/** The treaty patterns of a lexicon, compiled once. */
export function treatyPatterns(lex: Lexicon): TreatyPatterns {
  let c = COMPILED.get(lex);
  if (c) return c;
  const g = lex.grammar;
  const nounAlt = [...lex.treatyNouns]
    .sort((a, b) => b.form.length - a.form.length)
    .map((n) => (n.stem ? `${esc(n.form)}${stemGuard(n)}\\p{L}*` : esc(n.form)))
    .join('|');
  const replace = lex.replace.map((r) => {
    const re = planePatterns(`(?:${r.pattern})(?![\\p{L}\\p{N}])`, 'gu');
    const sticky = planePatterns(`(?:${r.pattern})(?![\\p{L}\\p{N}])`, 'uy');
    return {
      re: re.wide,
      sticky: sticky.wide,
      bmpRe: re.bmp,
      bmpSticky: sticky.bmp,
      gate: patternGate(r.pattern),
      basis: r.basis,
      passive: !!r.passive,
      cease: !!r.cease,
      span: !!r.span,
      requires: r.requires ? plane(new RegExp(r.requires, 'u')) : null,
      requiresInText: r.requiresInText ? plane(new RegExp(r.requiresInText, 'u')) : null,
    };
  });
  // a word list: as many literal prefixes as it has nouns (a lexicon's shared gate trie takes up to 1,024)
  const nounPatternGate = patternGate(`(?:${nounAlt})`, NOUN_LIST_STRINGS);
  const nounGate = gateIndex([nounPatternGate], lex);
  const sentenceNounGate = gateIndex([nounPatternGate], {});
  c = {
    nouns: plane(new RegExp(`(?:${nounAlt})(?![\\p{L}\\p{N}])`, 'gu')),
    nounsSticky: plane(new RegExp(`(?:${nounAlt})(?![\\p{L}\\p{N}])`, 'uy')),
    nounStarts: (folded) => nounGate(folded)[0]!,
    sentenceNounStarts: (folded) => sentenceNounGate(folded)[0]!,
    innerNouns: plane(new RegExp(`(?:${nounAlt})(?![\\p{L}\\p{N}])`, 'gu')),
    signedWord: lex.signedParticiple ? plane(new RegExp(`^(?:${lex.signedParticiple})$`, 'u')) : null,
    protocolNotBefore: lex.protocolNotTreaty?.before
      ? plane(new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${lex.protocolNotTreaty.before})\\s+$`, 'u'))
      : null,
    protocolNotAfter: lex.protocolNotTreaty?.after
      ? plane(new RegExp(`^\\s*(?:${lex.protocolNotTreaty.after})(?![\\p{L}\\p{N}])`, 'u'))
      : null,
    replace,
    replaceStarts: gateIndex(
      replace.map((r) => r.gate),
      lex,
    ),
    notReplace: wordStartTest(`(?:${orNever(lex.notReplace.map(esc).join('|'))})(?![\\p{L}\\p{N}])`),
    accession: {
      of: plane(new RegExp(lex.accessionProtocol.of, 'uy')),
      to: plane(new RegExp(`^(?:${lex.accessionProtocol.to})`, 'u')),
      possessive: lex.accessionProtocol.possessive ? plane(new RegExp(lex.accessionProtocol.possessive, 'uy')) : null,
      possessiveTo: lex.accessionProtocol.possessiveTo
        ? plane(new RegExp(`^(?:${lex.accessionProtocol.possessiveTo})`, 'u'))
        : null,
    },
    negation: plane(new RegExp(`(?<![\\p{L}\\p{N}])(?:${lex.negation.map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'u')),
    untilNot: lex.untilNot ? plane(new RegExp(`(?:${lex.untilNot})(?:\\s+[^\\s.,;:!?()]+){0,6}\\s*$`, 'u')) : null,
    insteadOf: lex.insteadOf?.length
      ? plane(new RegExp(`(?:^|[^\\p{L}])(?:${lex.insteadOf.map(esc).join('|')})(?:\\s*\\p{L}{1,3}['’]?)?\\s*$`, 'u'))
      : null,
    signedIn: lex.signedParticiple
      ? plane(
          new RegExp(
            `^[^.;:()!?]{0,80}?(?<![\\p{L}])${lex.signedParticiple}(?![\\p{L}])[^.;:()!?]*?(?<![\\p{L}])(?:${lex.grammar.signedInYear})$`,
            'u',
          ),
        )
      : null,
    signedOnDate: lex.signedParticiple
      ? plane(new RegExp(`^,?\\s+(?:${lex.signedParticiple})(?:\\s+\\p{L}{1,4})?\\s+$`, 'u'))
      : null,
    yearOfGap: g.yearOfGap ? plane(new RegExp(g.yearOfGap, 'u')) : null,
    yearWhenGap: g.yearWhenGap ? plane(new RegExp(g.yearWhenGap, 'u')) : null,
    datedBy: g.datedBy ? plane(new RegExp(`^\\s+(?:${g.datedBy})\\s+$`, 'u')) : null,
    yearAfterName: plane(new RegExp(`^(?:${g.yearAfterName}|\\s*\\()$`, 'u')),
    andYear: plane(new RegExp(`^\\s*(?:${g.andYear})\\s*$`, 'u')),
    participleEnding: plane(new RegExp(orNever(g.participleEnding), 'u')),
    newBefore: plane(new RegExp(`(?:^|[^\\p{L}])(?:${orNever(g.newBefore)})\\s+$`, 'u')),
    newAfter: plane(new RegExp(`^\\s+(?:${orNever(g.newAfter)})(?![\\p{L}])`, 'u')),
    newWord: plane(new RegExp(`^(?:${orNever(g.newBefore)})$`, 'u')),
    leadingArticle: new RegExp(`^(?:${orNever(g.articles.join('|'))})\\s+`, 'i'),
    appositionGap: plane(new RegExp(`[(,;:]|\\s(?:${g.orWords})\\s`, 'u')),
    // ("... signed on April 17, 1900 (the ``1900 Treaty''), "(en adelante, el «Tratado»)": a definition in brackets)
    calledBefore: plane(
      new RegExp(
        `(?:(?:^|[^\\p{L}])(?:${orNever(lex.describedAs.map(esc).join('|'))})\\s+(?:(?:${orNever(g.articles.map(esc).join('|'))})\\s*)?["“«„'‘]?|\\(\\s*(?:(?:${orNever(lex.describedAs.map(esc).join('|'))})[\\s,—–-]*)?(?:(?:${orNever(g.articles.map(esc).join('|'))})\\s*)?["“«„'‘\`]+)\\s*$`,
        'u',
      ),
    ),
    numbered: new RegExp(`^\\s*(?:${g.numberSign})\\s*\\d{1,3}(?![\\p{L}\\p{N}])`, 'iu'),
    purpose: g.purposeWords.length
      ? // ("en vue d'|éviter": a word that ends in an elision runs into the next)
        plane(
          new RegExp(
            `^\\s+(?:${g.purposeWords.map((w) => esc(w).replace(/'$/u, "['’]")).join('|')})(?:\\s+|(?<=['’]))(?=\\p{L})`,
            'u',
          ),
        )
      : null,
    fieldLink: g.nameFieldLinks?.length
      ? new RegExp(`^\\s+(?:${g.nameFieldLinks.map(esc).join('|')})(?=\\s)`, 'u')
      : null,
    betweenWord: new RegExp(`\\s(?:${orNever(lex.between.map(esc).join('|'))})\\s`, 'iu'),
    partnerWord: new RegExp(`\\s(?:${orNever(g.partnerWords.map(esc).join('|'))})\\s`, 'iu'),
    elided: lex.elidedTreaty ? plane(new RegExp(`(?:${lex.elidedTreaty})(?![\\p{L}\\p{N}])`, 'uy')) : null,
    elidedEarlier: lex.elidedEarlier ? plane(new RegExp(`(?:${lex.elidedEarlier})(?![\\p{L}\\p{N}])`, 'uy')) : null,
    earlierDatedBy: lex.earlierDatedBy ? plane(new RegExp(`^\\s*,?\\s*(?:${lex.earlierDatedBy})\\s*$`, 'u')) : null,
    amendingLink: lex.amendingLinks?.length
      ? plane(
          new RegExp(
            `^\\s+(?:${lex.amendingLinks.map(wordThenSpace).join('|')})(?:${g.articles.map(wordThenSpace).join('|')})?`,
            'u',
          ),
        )
      : null,
    firstSide: g.partySides
      ? plane(new RegExp(`^(?:\\s+(?:${g.partySides.members}))?(\\s*,?\\s+(?:${g.partySides.first})\\s*,?)?`, 'u'))
      : null,
    secondSide: g.partySides
      ? plane(
          new RegExp(`^(?:\\s+(?:${g.partySides.members}))?(?:\\s*,?\\s+(?:${g.partySides.second})(?![\\p{L}]))?`, 'u'),
        )
      : null,
    establishing: g.establishing ? plane(new RegExp(`^\\s+(?:${g.establishing})(?![\\p{L}])`, 'u')) : null,
    founding: g.founding ? new RegExp(`^\\s+(?:${g.founding})`, 'u') : null,
    amendmentNouns: lex.amendments
      ? plane(new RegExp(`(?<![\\p{L}\\p{N}])(?:${lex.amendments.nouns.map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'gu'))
      : null,
    amendmentGate: lex.amendments?.nouns ?? [],
    amendmentLink: lex.amendments
      ? plane(
          new RegExp(
            `^\\s+(?:${lex.amendments.links.map(wordThenSpace).join('|')})(?:${g.articles.map(wordThenSpace).join('|')})?`,
            'u',
          ),
        )
      : null,
    elidedSubject: lex.elidedSubject ? plane(new RegExp(`(?:${lex.elidedSubject})`, 'uy')) : null,
    elidedNamed: lex.elidedNamed ? plane(new RegExp(`(?:${lex.elidedNamed})`, 'uy')) : null,
  };
  COMPILED.set(lex, c);
  return c;
}

/** A folded word or phrase and what follows it: spaces, or nothing after an elision ("d'", "l'"). */
function wordThenSpace(w: string): string {
  return w.endsWith("'") ? `${esc(w.slice(0, -1))}['’]` : `${esc(w)}\\s+`;
}

/** The treaty noun a folded word is a form of, if any. */
export function nounOf(lex: Lexicon, word: string): TreatyNoun | null {
  for (const n of lex.treatyNouns) if (n.stem ? stemOf(n, word) : word === n.form) return n;
  return null;
}

/** Whether a folded word is a form of a stemmed noun: its stem, not followed by a letter of `stemNot`. */
export function stemOf(n: TreatyNoun, word: string): boolean {
  return word.startsWith(n.form) && !(word.length > n.form.length && n.stemNot?.includes(word[n.form.length]!));
}

/** The lookahead after a stem that keeps out the letters of `stemNot` (a regex source; empty without them). */
export function stemGuard(n: TreatyNoun): string {
  return n.stemNot ? `(?![${n.stemNot}])` : '';
}

/** Whether a folded text holds any of the language's treaty nouns ("Ambos tratados entraron en vigor"). */
export function hasTreatyNoun(folded: string, lex: Lexicon): boolean {
  const c = treatyPatterns(lex);
  c.nouns.lastIndex = 0;
  return nextGatedMatch(c.nouns, c.nounsSticky, folded, c.sentenceNounStarts(folded)) !== null;
}

/**
 * The next treaty noun at a word start from `c.nouns.lastIndex`: what `nextWordStartMatch(c.nouns, folded)` finds,
 * tried only at the word starts where a noun's literal stands (most of a text's words begin none).
 */
export function nextNoun(c: TreatyPatterns, folded: string): RegExpExecArray | null {
  return nextGatedMatch(c.nouns, c.nounsSticky, folded, c.nounStarts(folded));
}
