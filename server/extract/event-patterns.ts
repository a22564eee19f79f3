/**
 * The patterns the events stage takes from a lexicon (negation, future, reporting verbs, the
 * grammar rules), compiled once per lexicon.
 */
import { uniformRule } from './trigger-rule';
import { planePattern, planePatterns, type PlanePattern, plane } from './bmp-patterns';
import type { Lexicon, TriggerRule } from './lexicons';
import { armsGate, gateIndex, patternGate, requiredLiteral, type PatternGate } from './pattern-prefixes';
import { B, E, factoredWords, orNever, words } from './patterns';
import { wordStartTest, type WordFinder, type WordTest } from './word-start-matches';

/** The event patterns of one lexicon, compiled once. */
export interface EventPatterns {
  /** Each trigger rule, with what a text must hold for it to match there (null: unknown). */
  rules: {
    rule: TriggerRule;
    re: RegExp;
    sticky: RegExp;
    /** `re` and `sticky` for a text without surrogates (bmp-patterns.ts): the same matches, compiled far smaller. */
    bmpRe: RegExp;
    bmpSticky: RegExp;
    gate: PatternGate | null;
    /**
     * For a gate read arm by arm (armsGate): the literals of the arms it does not bound, one of which a text must hold
     * to be scanned whole; null for a gate of the whole pattern.
     */
    scanIf: string[] | null;
    /** A literal every match contains: a text without it is not scanned. */
    required: string | null;
  }[];
  /** Where each rule may match in a text: the word starts of its gate's literals (null: anywhere). */
  ruleStarts: (folded: string) => (readonly number[] | null)[];
  negation: WordTest;
  future: WordTest;
  irrealis: WordTest;
  ordinal: WordTest;
  linkPrefix: RegExp;
  followedBy: WordFinder;
  eventAnaphora: WordTest;
  statementAnaphora: WordTest | null;
  /** "analysts", "los expertos", "para pengamat", "аналитики": people who speak unnamed and for no actor. */
  unnamedSpeakers: ReadonlySet<string>;
  /** "two", "both", "deux", "kedua", "оба": words that number a plural title as two. */
  pairWords: ReadonlySet<string>;
  /** "during the", "lors de cette", "dalam": the words before a meeting noun that set speech inside the meeting. */
  meetingFrame: WordTest | null;
  /** The same words opening a meeting trigger's own match ("during the meeting", "dalam pertemuan"). */
  meetingFrameOpen: PlanePattern | null;
  /** A pluperfect auxiliary, then the speech verb and at most two words before it, ending the text tested ("had also said "). */
  earlierAuxiliary: WordTest | null;
  /** An adverb of an earlier time ("earlier", "sebelumnya", "ранее"). */
  earlierAdverb: WordTest | null;
  /** A plural title as the whole subject before a speech verb ("par ailleurs, les ministres se sont "), ending the text tested. */
  pluralSpeakers: RegExp | null;
  /** "one after another": the meetings of the sentence are one per guest. */
  successively: WordTest | null;
  /** "respectively": the agreements of a signing go one to each state of the list beside it. */
  respectively: WordFinder | null;
  /** "also", "juga", "также": a second act of the same kind. */
  additive: WordTest | null;
  /** "since" and at most two words, ending the text tested: "since his ", "sejak ", "depuis son ". */
  sinceAct: WordTest | null;
  /** A word that opens a header's topic ("on", "sobre", "tentang", "о"), anywhere in the text tested. */
  headerTopic: WordFinder | null;
  /** The words of an entry into force on the signing's day, at the start of the text tested ("upon signature"). */
  uponSignature: PlanePattern | null;
  /** "delegation", "delegasi", "делегация": a sentence that names a delegation. */
  delegation: WordTest | null;
  relativePronoun: WordTest | null;
  /** A sentence whose subject is a bare title ("The Secretary also noted", "Presiden RI mengungkapkan"). */
  titleSubject: TitlePattern;
  /** A title with no name opening a stretch of text: "el nuevo presidente", "the Secretary", "министр" (after a verb, or as a clause's subject). */
  bareTitle: TitlePattern;
  after: RegExp;
  reporting: WordTest;
  futureForm: RegExp | null;
  /** A future form told by its accent, on the word as written (lowercased). */
  accentedFutureForm: RegExp | null;
  pastForm: RegExp | null;
  /** A recommending or requesting verb (global: the last one before a trigger counts). */
  request: WordFinder | null;
  /** A past verb of deciding (global: the last one before a trigger counts). */
  decision: WordFinder | null;
  /** An anniversary or commemoration, at most four words before an act: "the anniversary of the signing", "of the 9/11 terror attacks". */
  anniversary: WordTest | null;
  /** A time elapsed since the act, at most two words before it, no comma between: "eight years after the signing". */
  elapsedSince: WordTest | null;
  /** A natural disaster among the words before a military trigger in its clause: its subject, "the earthquake that struck". */
  disaster: WordTest | null;
  /** A copula among the five words before an event noun in its clause: a predicate noun ("was his first visit"). */
  /** A speech verb that closes a reported sentence, at the start of a trigger: "said", "a déclaré", "ujar". */
  closingSpeech: PlanePattern | null;
  /** A speech verb of adding in a trigger's text: "added", "añadió", "a ajouté", "tambahnya", "добавил". */
  addingSpeech: WordTest | null;
  /**
   * A body's head noun as the whole subject before a speech verb ("the embassy ", "la cancillería argentina ",
   * "американская дипмиссия "), its noun in the group `noun`; and one test per group of the lexicon's body nouns, of a
   * word beginning with one of them (an actor's name: "посольство США в Кыргызстане").
   */
  bodySubject: { subject: PlanePattern; kinds: PlanePattern[] } | null;
  restatedAfter: WordTest | null;
  /** A copula right after an event noun, past one word at most: its subject ("This visit is the first"). */
  restatedBefore: PlanePattern | null;
  /** A demonstrative among the two words before an event noun: "this visit", "cette rencontre". */
  anaphoricBefore: WordTest | null;
  /** A demonstrative within the four words after an event noun: "pertemuan tersebut". */
  anaphoricAfter: RegExp | null;
  /** "as amended", right before an amend verb. */
  asAmended: WordTest | null;
  /** A present form of an amend verb, at the start of a trigger: "amends", "modifie", "mengubah". */
  instrumentAmend: PlanePattern | null;
  /** "established in the treaty": a founding verb whose treaty is its frame. */
  frameAfterFounding: PlanePattern | null;
  negativeSubject: RegExp | null;
  lawObject: PlanePattern | null;
  /** A law right before a passive verb of signing ("the executive order signed by", "El decreto, firmado"), or null. */
  lawSubject: WordTest | null;
  /** A document that is no agreement right after a verb of signing ("the guest book"), or null. */
  signedDocumentObject: PlanePattern | null;
  /** The same right before a passive verb of signing ("esta presentación fue suscrita"), or null. */
  signedDocumentSubject: WordTest | null;
  /** What stands before the year in a law's name ("Atomic Energy Act of ", "UU No. 24 Tahun "), or null. */
  lawYear: WordTest | null;
  ratificationLaw: PlanePattern | null;
  /** A count of states as the subject or agent of a treaty act: "118 countries have signed", "ratificado por 147". */
  tally: WordTest | null;
  /** A bill, then the ratification it names, ending the text tested: "projet de loi autorisant la ratification". */
  ratificationBill: WordTest | null;
  /** The language's grammar rules, compiled. */
  coordinated: RegExp;
  /** The language's "and" words (`grammar.conjunctions`), as they read in folded text. */
  conjunctionWords: ReadonlySet<string>;
  /** A verb's own clause opened by "and" or a comma, then at most two words (a clitic, an adverb), ending the text tested: "y les ", ", also ". */
  coordinatedVerb: RegExp;
  nextClause: RegExp;
  heldRelative: RegExp;
  /** The event noun's own verb of taking place, then its date, after the noun's complements: "..., s'est déroulé ce 6 août". */
  tookPlace: PlanePattern | null;
  /** A sentence's opening words up to its verb of being held (`heldVerbs`), with no clause break before it. */
  openingHeld: PlanePattern | null;
  /** An exercise noun within a few words, at the start of the text tested: the object of "taking part in". */
  exerciseObject: PlanePattern | null;
  nominalDateLink: WordTest | null;
  /** A held or happened participle right before a date: "las elecciones celebradas ayer", "the events that occurred on Monday". */
  heldBefore: WordTest;
  /**
   * Only a place and the words that lead to a date, in the text tested: " pada Senin ", " di Jakarta pada ", " in
   * Geneva on ", ", le mardi ".
   */
  dateLead: RegExp;
  /** A subordinate clause opens in the text: "que ha supuesto el lanzamiento, ", "that on Monday". */
  clauseHead: WordTest;
  /** A word right before a date that makes it the date of the noun before it: "the attack of", "perpetrado", "d'". */
  objectDate: WordTest;
  participle: RegExp;
  /** A signing participle anywhere: "the Treaty ..., signed at Vilnius on October 23, 2001". */
  participleWord: WordTest;
  relativeAfterNoun: RegExp;
  /** The words between a treaty and the signing verb of a relative clause on it ("the accord, which was| signed"). */
  relativeSigning: RegExp | null;
  listWords: Set<string>;
  conditional: RegExp;
  cause: PlanePattern;
  /** A noun of asking and the preposition of what is asked for, right before a nominal event: "requests ... for a". */
  requested: RegExp;
  itSubject: RegExp;
  founding: RegExp;
  negotiation: RegExp;
  itObject: RegExp;
  since: RegExp;
  /** A clause that opens on "since" ("depuis l'élection ... en avril 2019"): its dates are where a state began. */
  sinceClause: RegExp;
  /** The words before a date that make it the end of a period ("until", "hasta", "до"), or null. */
  until: RegExp | null;
  /** The words before a range of years that make it a span a noun names ("for the period", "на период"), or null. */
  periodRange: RegExp | null;
  /** After a negated trigger, the date the negation only restricts ("not signed until 1839"), or null. */
  notUntil: RegExp | null;
  /** An amount of money or goods, or null. */
  amount: RegExp | null;
  sanctions: RegExp;
  intransitive: RegExp;
  objectPronoun: PlanePattern;
  datedBy: RegExp;
  /** An event noun and the word that makes the day after it its complement ("l'attaque d'"), at the end of a text. */
  nounDate: WordTest | null;
  /** An event noun right after a day ("December 30 elections"), by the noun's event type: the day is that noun's. */
  dateOfNounAfter: [string, PlanePattern][] | null;
  /** A year written as a noun's complement, tested on `before«date»after` (`Grammar.nounYear`). */
  nounYear: PlanePattern | null;
  /**
   * A support verb and the words before its event noun, ending the text tested ("conducted an ", "a mené une ",
   * "нанесли массированный "): group 1 is where the verb starts.
   */
  supportVerb: PlanePattern | null;
}
const COMPILED = new Map<Lexicon, EventPatterns>();

/** The lexicon's event patterns, compiled on first use. */
export function eventPatterns(lex: Lexicon): EventPatterns {
  let c = COMPILED.get(lex);
  if (c) return c;
  // no lookbehind here: it slows every position down; the word boundary is checked after a match
  const rules = lex.triggers.map((written) => {
    const rule = uniformRule(written);
    const whole = patternGate(rule.pattern);
    const byArm = whole ? null : armsGate(rule.pattern);
    const re = planePatterns(`(?:${rule.pattern})${E}`, 'gu');
    const sticky = planePatterns(`(?:${rule.pattern})${E}`, 'uy');
    return {
      rule,
      re: re.wide,
      sticky: sticky.wide,
      bmpRe: re.bmp,
      bmpSticky: sticky.bmp,
      gate: whole ?? byArm?.gate ?? null,
      scanIf: byArm?.scanIf ?? null,
      required: requiredLiteral(rule.pattern),
    };
  });
  c = {
    rules,
    ruleStarts: gateIndex(
      rules.map((r) => r.gate),
      lex,
    ),
    negation: negationTest(lex.negation),
    future: wordStartTest(`(?:${words(lex.future)})${E}`),
    irrealis: wordStartTest(`(?:${words(lex.irrealis)})${E}`),
    ordinal: wordStartTest(`${lex.ordinal}${E}`),
    linkPrefix: plane(new RegExp(`^\\s*(?:${words(lex.linkPrefixes)})\\s*:`, 'u')),
    followedBy: wordStartTest(`(?:${words(lex.followedBy)})${E}`),
    eventAnaphora: wordStartTest(`(?:${factoredWords(lex.eventAnaphora)})${E}`),
    titleSubject: titlePattern(
      planePattern(`^(?:[^,.]{0,40},\\s*)?(?:${factoredWords(lex.titles)})${E}`, 'u'),
      lex.titles,
      subjectTitleStarts,
    ),
    bareTitle: titlePattern(
      planePattern(
        `^[\\s,;:"“”«»(—–-]*(?:(?:${orNever(words(lex.grammar.articles))})\\s*)?(?:[\\p{L}-]+\\s+)?(?:${factoredWords(lex.titles)})${E}`,
        'u',
      ),
      lex.titles,
      bareTitleStarts(lex.grammar.articles),
    ),
    relativePronoun: lex.relativePronouns?.length ? wordStartTest(`(?:${words(lex.relativePronouns)})${E}`) : null,
    successively: lex.successively?.length ? wordStartTest(`(?:${words(lex.successively)})${E}`) : null,
    respectively: lex.respectively?.length ? wordStartTest(`(?:${words(lex.respectively)})${E}`) : null,
    additive: lex.additive?.length ? wordStartTest(`(?:${words(lex.additive)})${E}`) : null,
    headerTopic: lex.headerTopic?.length ? wordStartTest(`(?:${words(lex.headerTopic)})${E}`) : null,
    sinceAct: lex.sinceAct?.length ? wordStartTest(`(?:${words(lex.sinceAct)})\\s+(?:[\\p{L}'’-]+\\s+){0,2}$`) : null,
    uponSignature: lex.uponSignature ? planePattern(`^[\\s,]*(?:${lex.uponSignature})${E}`) : null,
    delegation: lex.delegationNouns?.length ? wordStartTest(`(?:${words(lex.delegationNouns)})${E}`) : null,
    statementAnaphora: lex.statementAnaphora?.length ? wordStartTest(`(?:${words(lex.statementAnaphora)})${E}`) : null,
    unnamedSpeakers: new Set(lex.unnamedSpeakers),
    pairWords: new Set(lex.pairWords),
    meetingFrame: lex.meetingFrame?.length
      ? wordStartTest(`(?:${words(lex.meetingFrame)})(?:\\s+\\S+){0,2}\\s*$`)
      : null,
    meetingFrameOpen: lex.meetingFrame?.length ? planePattern(`^(?:${words(lex.meetingFrame)})\\s`, 'u') : null,
    earlierAuxiliary: lex.earlierSpeech?.auxiliaries.length
      ? wordStartTest(`(?:${words(lex.earlierSpeech.auxiliaries)})\\s+(?:[\\p{L}-]+\\s+){1,3}$`)
      : null,
    pluralSpeakers: lex.pluralSpeakers?.length
      ? plane(
          new RegExp(
            `^[\\s,;:"“«(—–-]*(?:[\\p{L}]+[\\s,]+){0,3}?(?:${words(lex.pluralSpeakers)})\\s+(?:[\\p{L}'’-]+\\s+){0,3}$`,
            'u',
          ),
        )
      : null,
    earlierAdverb: lex.earlierSpeech?.adverbs.length
      ? wordStartTest(`(?:${words(lex.earlierSpeech.adverbs)})${E}`)
      : null,
    after: plane(new RegExp(`${B}(?:${words(lex.after)})${E}`, 'gu')),
    dateLead: plane(
      new RegExp(
        `^[\\s,]*(?:(?:${words(lex.locative)})\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?[\\s,]+)?(?:(?:${words([...lex.datePrepositions, ...lex.weekdays.flat()])}|\\p{L}{1,4})[\\s,]+)*$`,
        'u',
      ),
    ),
    reporting: wordStartTest(`(?:${words(lex.reporting)})${E}`),
    futureForm: lex.futureForms ? plane(new RegExp(`^(?:${lex.futureForms})$`, 'u')) : null,
    accentedFutureForm: lex.accentedFutureForms ? plane(new RegExp(`^(?:${lex.accentedFutureForms})$`, 'u')) : null,
    pastForm: lex.pastForms ? plane(new RegExp(`^(?:${lex.pastForms})$`, 'u')) : null,
    request: lex.requestVerbs?.length ? wordStartTest(`(?:${words(lex.requestVerbs)})${E}`) : null,
    decision: lex.decisionVerbs?.length ? wordStartTest(`(?:${words(lex.decisionVerbs)})${E}`) : null,
    anniversary: lex.anniversaryNouns ? wordStartTest(`(?:${lex.anniversaryNouns})(?:\\s+\\S+){0,4}\\s*$`) : null,
    elapsedSince: lex.elapsedSince ? wordStartTest(`(?:${lex.elapsedSince})(?:\\s+[^\\s,;:.!?]+){0,2}\\s*$`) : null,
    closingSpeech: lex.closingSpeechVerbs?.length
      ? planePattern(`^(?:${words(lex.closingSpeechVerbs)})${E}`, 'u')
      : null,
    bodySubject: lex.bodyNouns?.length ? bodySubjectPatterns(lex) : null,
    addingSpeech: lex.addingSpeech ? wordStartTest(`(?:${lex.addingSpeech})${E}`) : null,
    restatedAfter: lex.restatingCopulas ? wordStartTest(`(?:${lex.restatingCopulas})(?:\\s+\\S+){0,3}\\s*$`) : null,
    restatedBefore: lex.restatingCopulas
      ? planePattern(`^\\s*(?:[\\p{L}-]+\\s+)?(?:${lex.restatingCopulas})${E}`, 'u')
      : null,
    anaphoricBefore: lex.anaphoricDeterminers?.before
      ? wordStartTest(`(?:${lex.anaphoricDeterminers.before})(?:\\s+\\S+){0,2}\\s*$`)
      : null,
    anaphoricAfter: lex.anaphoricDeterminers?.after
      ? plane(new RegExp(`^(?:\\s+[\\p{L}\\d-]+){0,5}?\\s+(?:${lex.anaphoricDeterminers.after})${E}`, 'u'))
      : null,
    disaster: lex.disasterNouns ? wordStartTest(`(?:${lex.disasterNouns})${E}`) : null,
    instrumentAmend: lex.instrumentAmendForms?.length
      ? planePattern(`^(?:${words(lex.instrumentAmendForms)})${E}`, 'u')
      : null,
    asAmended: lex.asAmended?.length ? wordStartTest(`(?:${words(lex.asAmended)})\\s*$`) : null,
    frameAfterFounding: lex.frameAfterFounding
      ? planePattern(`^\\s*(?:${lex.frameAfterFounding})\\s+(?:\\p{L}+['’]|[\\p{L}']+\\s+)?$`, 'u')
      : null,
    negativeSubject: lex.negativeDeterminers?.length
      ? plane(new RegExp(`^\\s*(?:${words(lex.negativeDeterminers)})\\s`, 'u'))
      : null,
    lawObject: lex.lawNouns ? planePattern(`^\\s*(?:[\\p{L}'’-]+\\s+){0,3}?${lex.lawNouns}${E}`, 'u') : null,
    lawSubject: lex.lawNouns ? wordStartTest(`${lex.lawNouns}(?:\\s+[\\p{L}-]+)?[\\s,]*$`) : null,
    signedDocumentObject: lex.signedDocuments
      ? planePattern(`^\\s*(?:[\\p{L}'’-]+\\s+){0,3}?(?:${lex.signedDocuments})${E}`, 'u')
      : null,
    signedDocumentSubject: lex.signedDocuments
      ? wordStartTest(`(?:${lex.signedDocuments})(?:\\s+[\\p{L}'’-]+){0,2}?\\s*$`)
      : null,
    lawYear:
      lex.lawNouns && lex.lawYearLink
        ? wordStartTest(
            `${lex.lawNouns}(?:\\s+(?:no\\.?|nomor|n°|№|number)?\\s*\\p{N}[\\p{N}./-]*)?\\s+(?:${lex.lawYearLink})\\s+$`,
          )
        : null,
    ratificationLaw:
      lex.lawNouns && lex.ratificationNoun
        ? planePattern(
            `${B}(?:${lex.lawNouns}(?:\\s+[\\p{L}-]+){0,2}?\\s+${lex.ratificationNoun}|${lex.ratificationNoun}\\s+${lex.lawNouns})${E}`,
            'u',
          )
        : null,
    tally: lex.tally ? wordStartTest(`(?:${lex.tally})${E}`) : null,
    ratificationBill:
      lex.billNouns && lex.ratificationNoun
        ? wordStartTest(`(?:${lex.billNouns})(?:\\s+[\\p{L}-]+){0,2}?\\s+${lex.ratificationNoun}$`)
        : null,
    ...compileGrammar(lex),
  };
  COMPILED.set(lex, c);
  return c;
}

type GrammarRes = Pick<
  EventPatterns,
  | 'coordinated'
  | 'conjunctionWords'
  | 'coordinatedVerb'
  | 'nextClause'
  | 'heldRelative'
  | 'tookPlace'
  | 'openingHeld'
  | 'exerciseObject'
  | 'nominalDateLink'
  | 'heldBefore'
  | 'clauseHead'
  | 'objectDate'
  | 'participle'
  | 'participleWord'
  | 'relativeAfterNoun'
  | 'relativeSigning'
  | 'listWords'
  | 'conditional'
  | 'cause'
  | 'requested'
  | 'itSubject'
  | 'founding'
  | 'negotiation'
  | 'itObject'
  | 'since'
  | 'sinceClause'
  | 'until'
  | 'periodRange'
  | 'notUntil'
  | 'amount'
  | 'sanctions'
  | 'intransitive'
  | 'objectPronoun'
  | 'datedBy'
  | 'nounDate'
  | 'dateOfNounAfter'
  | 'nounYear'
  | 'supportVerb'
>;

/** Per event type, its nouns after a day and the adjectives that may stand between ("December 30 presidential elections"). */
function attributiveDates(lex: Lexicon, adjectives: string): [string, PlanePattern][] {
  const types = [...new Set(lex.triggers.filter((t) => t.nominal).map((t) => t.type))];
  return types.map((type) => [
    type,
    planePattern(
      `^\\s+(?:(?:${adjectives})\\s+)?(?:${lex.triggers
        .filter((t) => t.nominal && t.type === type)
        .map((t) => t.pattern)
        .join('|')})(?![\\p{L}])`,
      'u',
    ),
  ]);
}

/** The patterns of the lexicon's grammar section that this stage uses. */
function compileGrammar(lex: Lexicon): GrammarRes {
  const g = lex.grammar;
  return {
    coordinated: plane(new RegExp(`^\\s*,?\\s*(?:${words(g.conjunctions)})\\s`, 'u')),
    conjunctionWords: new Set(g.conjunctions),
    coordinatedVerb: plane(new RegExp(`(?:,|${B}(?:${words(g.conjunctions)}))\\s+(?:[\\p{L}'’-]+\\s+){0,2}$`, 'u')),
    nextClause: plane(new RegExp(`[,;]\\s*(?:${words(g.clauseConjunctions)})\\s`, 'u')),
    heldRelative: plane(new RegExp(`^[^.;:]{0,20}?(?:,\\s*)?(?:${orNever(g.heldRelative)})\\s`, 'u')),
    tookPlace: g.tookPlace
      ? planePattern(`^[^.;:!?]{0,160}?\\s(?:${g.tookPlace})\\s+(?:\\p{L}+\\s+){0,2}$`, 'u')
      : null,
    openingHeld: g.heldVerbs ? planePattern(`^[^,;:.!?"“”«»()]{1,80}?\\s(?:${g.heldVerbs})${E}`, 'u') : null,
    exerciseObject: g.exerciseNouns
      ? planePattern(`^\\s*(?:[^\\s.,;:!?]+\\s+){0,5}?(?:${g.exerciseNouns})(?![\\p{L}])`, 'u')
      : null,
    nominalDateLink: g.nominalDateLink ? wordStartTest(`(?:${g.nominalDateLink})\\s*$`) : null,
    heldBefore: wordStartTest(`(?:${orNever(g.heldRelative)})\\s+(?:[\\p{L}]+\\s+)?$`),
    clauseHead: wordStartTest(`(?:${orNever(g.clauseHeads ?? '')})${E}`),
    objectDate: wordStartTest(`(?:${orNever(g.objectDate)})\\s*$`),
    participle: plane(new RegExp(`^(?:${orNever(g.participle)})$`, 'u')),
    participleWord: wordStartTest(
      `(?:${orNever(g.participle)}${g.describingParticiple ? `|${g.describingParticiple}` : ''})${E}`,
    ),
    relativeAfterNoun: plane(new RegExp(g.relativeAfterNoun, 'u')),
    relativeSigning: g.relativeSigning ? plane(new RegExp(g.relativeSigning, 'u')) : null,
    listWords: new Set(g.listWords),
    conditional: plane(new RegExp(`^(?:${words(g.conditionals)})\\s`, 'u')),
    cause: planePattern(`(?:^|\\s)(?:${orNever(g.causePrepositions)})\\s+(?:\\p{L}+\\s+){0,2}$`, 'u'),
    requested: plane(new RegExp(`(?:^|\\s)(?:${orNever(g.requestedEvent ?? '')})\\s+(?:\\S+\\s+){0,2}$`, 'u')),
    itSubject: plane(new RegExp(`^(?:${words(g.itSubject)})\\s`, 'u')),
    founding: new RegExp(orNever(g.foundingTrigger)),
    negotiation: plane(new RegExp(`(?:${orNever(g.negotiationNouns)})`, 'u')),
    itObject: plane(new RegExp(`(?:^|\\s)(?:${orNever(g.itObject)})(?:\\s|$)`, 'u')),
    since: plane(new RegExp(`(?:${orNever(g.since)})$`, 'u')),
    sinceClause: plane(new RegExp(`^[\\s,;:—–-]*(?:${orNever(g.since)})`, 'u')),
    amount: g.amount ? plane(new RegExp(g.amount, 'u')) : null,
    notUntil: g.notUntil ? plane(new RegExp(g.notUntil, 'u')) : null,
    until: g.until ? plane(new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${g.until})$`, 'u')) : null,
    periodRange:
      g.periodNouns || g.planNouns
        ? plane(
            new RegExp(
              `(?:^|[^\\p{L}])(?:${[g.periodNouns, g.planNouns].filter(Boolean).join('|')})(?:\\s+\\p{L}{1,4})?[\\s-]*$`,
              'u',
            ),
          )
        : null,
    sanctions: plane(new RegExp(orNever(g.sanctionsWord), 'u')),
    intransitive: plane(new RegExp(`^\\s*(?:[,.;]|$|(?:${orNever(g.intransitiveAfter)})\\s)`, 'u')),
    objectPronoun: planePattern(`^\\s*(?:${orNever(g.objectPronouns)})(?![\\p{L}])`, 'u'),
    datedBy: plane(new RegExp(`^\\s+(?:${orNever(g.datedBy)})\\s+$`, 'u')),
    // every nominal trigger of the lexicon: as a lookbehind pattern its plane form passed V8's 20 KB limit of an
    // optimised source in Spanish (20,864 characters; a word-start test's is 1,100 shorter) and ran six times slower
    nounDate: g.nounDateLink
      ? wordStartTest(
          `(?:${lex.triggers
            .filter((t) => t.nominal)
            .map((t) => t.pattern)
            .join('|')})\\s+(?:${g.nounDateLink})\\s*$`,
        )
      : null,
    dateOfNounAfter: g.attributiveDate ? attributiveDates(lex, g.attributiveDate) : null,
    nounYear: g.nounYear ? planePattern(g.nounYear, 'u') : null,
    supportVerb: g.supportVerbs
      ? planePattern(
          `(?:^|[^\\p{L}\\p{N}])((?:${g.supportVerbs}${g.resultVerbs ? `|${g.resultVerbs}` : ''})(?:\\s+(?!(?:${orNever(g.supportGapStops)})(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}'’-]+){0,2}?)(?:\\s+\\p{L}{1,2}['’]|\\s+)$`,
          'u',
        )
      : null,
  };
}

/**
 * A pattern anchored at the start of a text that holds one of a lexicon's titles (hundreds of alternatives) after
 * a short opening: asked only when the first word of a title stands at one of the offsets where that opening may
 * end. Its answers are the pattern's own.
 */
interface TitlePattern {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/** A title's first word at an offset of a text (the first words by their first character). */
type TitleAt = (text: string, at: number) => boolean;
/** Whether a pattern's titles may begin in a text, asked at each offset where its opening may end (a superset). */
type TitleStarts = (text: string, titleAt: TitleAt) => boolean;

const LETTER_START = plane(/^\p{L}/u);

/** Whether the code unit at `at` is one that `\s` matches (ASCII spaces and controls, NBSP, Zs, U+2028/9, BOM). */
function isSpace(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function skipSpaces(text: string, at: number): number {
  while (isSpace(text, at)) at++;
  return at;
}

function titlePattern(re: PlanePattern, titles: readonly string[], starts: TitleStarts): TitlePattern {
  // the first words of the titles, by their first character (a title that opens on anything but a letter is not gated)
  const firsts = new Map<string, string[]>();
  for (const t of titles) {
    const first = t.split(/\s/)[0]!;
    if (!LETTER_START.test(first)) return re;
    const list = firsts.get(first.charAt(0));
    if (!list) firsts.set(first.charAt(0), [first]);
    else if (!list.includes(first)) list.push(first);
  }
  const titleAt: TitleAt = (text, at) => {
    const list = firsts.get(text.charAt(at));
    if (list) for (const f of list) if (text.startsWith(f, at)) return true;
    return false;
  };
  return {
    test: (text) => starts(text, titleAt) && re.test(text),
    exec: (text) => (starts(text, titleAt) ? re.exec(text) : null),
  };
}

/**
 * Where `^(?:[^,.]{0,40},\s*)?` may end: at 0, or past the text's first comma when no period comes before it
 * (40 code points are at most 80 code units).
 */
function subjectTitleStarts(text: string, titleAt: TitleAt): boolean {
  if (titleAt(text, 0)) return true;
  const comma = text.indexOf(',');
  return comma >= 0 && comma <= 80 && text.lastIndexOf('.', comma) < 0 && titleAt(text, skipSpaces(text, comma + 1));
}

/** `^[\s,;:"“”«»(—–-]*` */
const OPENING = /^[\s,;:"“”«»(—–-]*/;

/**
 * Where `^[\s,;:"“”«»(—–-]*(?:(?:article)\s*)?(?:[\p{L}-]+\s+)?` may end, for titles that open on a letter: past
 * the opening, up to an article's length further (an article glued to the title), or past the first or second run
 * of spaces after the opening (an article or a word before the title). An article with a space in it: anywhere.
 */
function bareTitleStarts(articles: readonly string[]): TitleStarts {
  const articleLength = articles.some((a) => /\s/.test(a)) ? Infinity : Math.max(0, ...articles.map((a) => a.length));
  return (text, titleAt) => {
    const open = OPENING.exec(text)![0].length;
    const last = Math.min(text.length, open + articleLength);
    for (let q = open; q <= last; q++) if (titleAt(text, q)) return true;
    let q = open;
    for (let run = 0; run < 2; run++) {
      while (q < text.length && !isSpace(text, q)) q++;
      if (q >= text.length) return false;
      q = skipSpaces(text, q);
      if (titleAt(text, q)) return true;
    }
    return false;
  };
}

/** The patterns of `bodySubject`, from a lexicon's body nouns, its articles and the demonstratives after a noun. */
function bodySubjectPatterns(lex: Lexicon): { subject: PlanePattern; kinds: PlanePattern[] } {
  const groups = lex.bodyNouns!;
  const articles = orNever(words(lex.grammar.articles));
  const after = lex.bodyDemonstratives?.length ? `(?:\\s+(?:${words(lex.bodyDemonstratives)}))?` : '';
  return {
    subject: planePattern(
      `^[\\s,;:"“”«»(—–-]*(?:(?:${articles})\\s*)?(?:[\\p{L}-]+\\s+)?(?<noun>(?:${words(groups.flat())})${lex.bodyNounEnding ? `${lex.bodyNounEnding}${E}` : E})(?:\\s+[\\p{L}-]+)?${after}\\s*$`,
      'u',
    ),
    kinds: groups.map((g) => planePattern(`${B}(?:${words(g)})`, 'u')),
  };
}

const REQUIRES = new Map<string, RegExp>();
/** A rule's `requires` pattern, compiled once. */
export function requiresRe(src: string): RegExp {
  let re = REQUIRES.get(src);
  if (!re) {
    re = plane(new RegExp(`${B}(?:${src})`, 'u'));
    REQUIRES.set(src, re);
  }
  return re;
}

const REQUIRES_TESTS = new Map<string, WordTest>();
/** Whether a rule's `requires` pattern matches at a word start (what `requiresRe(src).test` says), compiled once. */
export function requiresTest(src: string): WordTest {
  let t = REQUIRES_TESTS.get(src);
  if (!t) {
    t = wordStartTest(`(?:${src})`);
    REQUIRES_TESTS.set(src, t);
  }
  return t;
}

/** `${B}(?:negation words)${E}|n't${E}`: a negation word at a word start, or "n't" glued to its verb. */
function negationTest(list: readonly string[]): WordTest {
  const listed = wordStartTest(`(?:${words(list)})${E}`);
  const glued = plane(new RegExp(`n't${E}`, 'u'));
  return { test: (text) => listed.test(text) || glued.test(text) };
}

const PRONOUNS = new Map<Lexicon, WordTest>();
/** The lexicon's personal pronouns (a speaker named in an earlier sentence). */
export function pronounRe(lex: Lexicon): WordTest {
  let re = PRONOUNS.get(lex);
  if (!re) {
    re = wordStartTest(`(?:${words(lex.pronouns)})${E}`);
    PRONOUNS.set(lex, re);
  }
  return re;
}
