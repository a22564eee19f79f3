/**
 * Events: trigger words of each language give a type with PLOVER and CAMEO codes; the sentence
 * gives participants, date, place and modality. Negated and hypothetical events are dropped;
 * repeated mentions of one event are merged.
 */
import type { EventType, ExtractedEvent, Modality } from '../domain/extraction';
import { formatPartialDate, type PartialDate } from '../domain/calendar';
import type { Gazetteer } from './gazetteer';
import type { Lexicon, TriggerRule } from './lexicons';
import type { ActorMention, ActorRecord, PlaceMention } from './recognize-actors';
import type { DateMention } from './resolve-dates';
import { tokensBefore } from './fold-text';
import { clauseAt, type Sentence } from './split-sentences';
import { hasTreatyNoun, type TreatyMention, type TreatyRecord } from './link-treaties';
import type { StageInput } from './stage-input';
import { B, E, orNever, words } from './patterns';

export interface TriggerHit {
  rule: TriggerRule;
  start: number;
  end: number;
  sentence: number;
}

interface Compiled {
  rules: { rule: TriggerRule; re: RegExp }[];
  negation: RegExp;
  future: RegExp;
  irrealis: RegExp;
  ordinal: RegExp;
  linkPrefix: RegExp;
  followedBy: RegExp;
  eventAnaphora: RegExp;
  after: RegExp;
  reporting: RegExp;
  futureForm: RegExp | null;
  negativeSubject: RegExp | null;
  lawObject: RegExp | null;
  ratificationLaw: RegExp | null;
  /** The language's grammar rules, compiled. */
  coordinated: RegExp;
  nextClause: RegExp;
  heldRelative: RegExp;
  participle: RegExp;
  relativeAfterNoun: RegExp;
  listWords: Set<string>;
  conditional: RegExp;
  cause: RegExp;
  itSubject: RegExp;
  founding: RegExp;
  negotiation: RegExp;
  itObject: RegExp;
  since: RegExp;
  sanctions: RegExp;
  intransitive: RegExp;
  objectPronoun: RegExp;
  datedBy: RegExp;
}
const COMPILED = new Map<Lexicon, Compiled>();

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Acts that a dated article reports without a date of their own as the news of its day. */
const NEWS_OF_THE_DAY = new Set<EventType>(['statement', 'ratification', 'sanction', 'other']);

function compile(lex: Lexicon): Compiled {
  let c = COMPILED.get(lex);
  if (c) return c;
  c = {
    // no lookbehind here: it slows every position down; the word boundary is checked after a match
    rules: lex.triggers.map((rule) => ({ rule, re: new RegExp(`(?:${rule.pattern})${E}`, 'gu') })),
    negation: new RegExp(`${B}(?:${words(lex.negation)})${E}|n't${E}`, 'u'),
    future: new RegExp(`${B}(?:${words(lex.future)})${E}`, 'u'),
    irrealis: new RegExp(`${B}(?:${words(lex.irrealis)})${E}`, 'u'),
    ordinal: new RegExp(`${B}${lex.ordinal}${E}`, 'u'),
    linkPrefix: new RegExp(`^\\s*(?:${words(lex.linkPrefixes)})\\s*:`, 'u'),
    followedBy: new RegExp(`${B}(?:${words(lex.followedBy)})${E}`, 'gu'),
    eventAnaphora: new RegExp(`${B}(?:${words(lex.eventAnaphora)})${E}`, 'u'),
    after: new RegExp(`${B}(?:${words(lex.after)})${E}`, 'gu'),
    reporting: new RegExp(`${B}(?:${words(lex.reporting)})${E}`, 'u'),
    futureForm: lex.futureForms ? new RegExp(`^(?:${lex.futureForms})$`, 'u') : null,
    negativeSubject: lex.negativeDeterminers?.length
      ? new RegExp(`^\\s*(?:${words(lex.negativeDeterminers)})\\s`, 'u')
      : null,
    lawObject: lex.lawNouns ? new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,3}?${lex.lawNouns}${E}`, 'u') : null,
    ratificationLaw:
      lex.lawNouns && lex.ratificationNoun
        ? new RegExp(
            `${B}(?:${lex.lawNouns}(?:\\s+[\\p{L}-]+){0,2}?\\s+${lex.ratificationNoun}|${lex.ratificationNoun}\\s+${lex.lawNouns})${E}`,
            'u',
          )
        : null,
    ...compileGrammar(lex),
  };
  COMPILED.set(lex, c);
  return c;
}

type GrammarRes = Pick<
  Compiled,
  | 'coordinated'
  | 'nextClause'
  | 'heldRelative'
  | 'participle'
  | 'relativeAfterNoun'
  | 'listWords'
  | 'conditional'
  | 'cause'
  | 'itSubject'
  | 'founding'
  | 'negotiation'
  | 'itObject'
  | 'since'
  | 'sanctions'
  | 'intransitive'
  | 'objectPronoun'
  | 'datedBy'
>;

/** The patterns of the lexicon's grammar section that this stage uses. */
function compileGrammar(lex: Lexicon): GrammarRes {
  const g = lex.grammar;
  return {
    coordinated: new RegExp(`^\\s*,?\\s*(?:${words(g.conjunctions)})\\s`, 'u'),
    nextClause: new RegExp(`[,;]\\s*(?:${words(g.clauseConjunctions)})\\s`, 'u'),
    heldRelative: new RegExp(`^[^.;:]{0,20}?(?:,\\s*)?(?:${orNever(g.heldRelative)})\\s`, 'u'),
    participle: new RegExp(`^(?:${orNever(g.participle)})$`, 'u'),
    relativeAfterNoun: new RegExp(g.relativeAfterNoun, 'u'),
    listWords: new Set(g.listWords),
    conditional: new RegExp(`^(?:${words(g.conditionals)})\\s`, 'u'),
    cause: new RegExp(`(?:^|\\s)(?:${orNever(g.causePrepositions)})\\s+(?:\\p{L}+\\s+)?$`, 'u'),
    itSubject: new RegExp(`^(?:${words(g.itSubject)})\\s`, 'u'),
    founding: new RegExp(orNever(g.foundingTrigger)),
    negotiation: new RegExp(`(?:${orNever(g.negotiationNouns)})`, 'u'),
    itObject: new RegExp(`(?:^|\\s)(?:${orNever(g.itObject)})(?:\\s|$)`, 'u'),
    since: new RegExp(`(?:${orNever(g.since)})$`, 'u'),
    sanctions: new RegExp(orNever(g.sanctionsWord), 'u'),
    intransitive: new RegExp(`^\\s*(?:[,.;]|$|(?:${orNever(g.intransitiveAfter)})\\s)`, 'u'),
    objectPronoun: new RegExp(`^\\s*(?:${orNever(g.objectPronouns)})(?![\\p{L}])`, 'u'),
    datedBy: new RegExp(`^\\s+(?:${orNever(g.datedBy)})\\s+$`, 'u'),
  };
}

/** Every trigger in the text, longest first where they overlap. */
export function findTriggers(folded: string, lex: Lexicon, sentences: Sentence[]): TriggerHit[] {
  const c = compile(lex);
  const hits: TriggerHit[] = [];
  for (const { rule, re } of c.rules) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded)) !== null) {
      if (m.index > 0 && WORD_CHAR.test(folded.charAt(m.index - 1))) {
        re.lastIndex = m.index + 1;
        continue;
      }
      hits.push({ rule, start: m.index, end: m.index + m[0].length, sentence: -1 });
    }
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TriggerHit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  kept.sort((a, b) => a.start - b.start);
  let si = 0;
  for (const h of kept) {
    while (si < sentences.length - 1 && h.start >= sentences[si]!.end) si++;
    h.sentence = si;
  }
  return kept;
}

export interface ClassifyInput extends StageInput {
  triggers: TriggerHit[];
  actors: Map<string, ActorRecord>;
  actorMentions: ActorMention[];
  places: PlaceMention[];
  treatyMentions: TreatyMention[];
  treaties: Map<string, TreatyRecord>;
  gazetteer: Gazetteer;
  published?: PartialDate | null;
  /** The publication date the caller gave (not one read from a dateline): the day of the news the article reports. */
  publicationDay?: PartialDate | null;
}

interface Draft {
  type: EventType;
  rule: TriggerRule;
  date: PartialDate | null;
  endDate: PartialDate | null;
  actors: string[];
  place: string | null;
  treaty: string | null;
  modality: Modality;
  sentence: Sentence;
  start: number;
  end: number;
  confidence: number;
  ownDate: boolean;
  /** Undated, but reported as the news of the article's day: dated by publication once repeats are merged. */
  newsDay?: boolean;
}

/** Picks the date of a trigger: its own clause first, else the nearest in the sentence. */
/** The date of a trigger before treaties are known (to resolve "the pact signed on ..."). */
export function dateForTrigger(
  folded: string,
  dates: DateMention[],
  lex: Lexicon,
  s: Sentence,
  h: TriggerHit,
): DateMention | null {
  return pickDate({ folded, dates } as ClassifyInput, s, h, () => false, compile(lex));
}

function pickDate(
  input: ClassifyInput,
  s: Sentence,
  h: TriggerHit,
  excluded: (d: DateMention) => boolean,
  c: Compiled,
): DateMention | null {
  const inSentence = input.dates.filter((d) => d.start >= s.start && d.end <= s.end && !excluded(d));
  if (!inSentence.length) return null;
  const clause = clauseAt(s, h.start);
  // a trigger inside "after ..." does not take the date of the main clause before it
  const blocked = (d: DateMention) => {
    if (d.end > h.start) return false;
    c.after.lastIndex = 0;
    const between = input.folded.slice(d.end, h.start);
    return c.after.test(between);
  };
  // "now" describes a state; prefer any real date over it
  // a date followed by "and <verb>" belongs to the verb before it: "firma el 14 de febrero y entró"
  const coordinated = (d: DateMention) => d.end <= h.start && c.coordinated.test(input.folded.slice(d.end, h.start));
  // and a date after ", а в 1979 году" belongs to the clause that follows
  const nextClause = (d: DateMention) => d.start >= h.end && c.nextClause.test(input.folded.slice(h.end, d.start));
  // "ketua BRICS tahun ini", "this year's chair": a relative year usually qualifies a noun; a real day in the sentence wins
  const weakYear = (d: DateMention) =>
    d.kind === 'relative' && d.value?.precision === 'year' && inSentence.some((x) => x.value?.precision === 'day');
  const dist = (d: DateMention) =>
    (d.end <= h.start ? h.start - d.end : d.start - h.end) *
    (d.kind === 'relative' && !d.value ? 3 : 1) *
    (weakYear(d) ? 4 : 1) *
    (coordinated(d) || nextClause(d) ? 10 : 1);
  // "выборов, которые прошли 15–17 марта", "the vote, held on ...", "pemilu yang digelar ...": a noun dated by its relative clause
  if (h.rule.nominal) {
    const rel = inSentence.find(
      (d) => d.start >= h.end && d.start - h.end < 70 && c.heldRelative.test(input.folded.slice(h.end, d.start)),
    );
    if (rel) return rel;
  }
  const sameClause = inSentence.filter((d) => clauseAt(s, d.start) === clause && !blocked(d));
  if (sameClause.length) return sameClause.sort((a, b) => dist(a) - dist(b))[0]!;
  // a date that opens the sentence ("Pada tanggal 7 Oktober 2003, ...") covers all of it
  const opening = inSentence.find(
    (d) =>
      clauseAt(s, d.start) === 0 &&
      s.clauses.length > 1 &&
      input.folded
        .slice(s.start, s.clauses[1]!)
        .replace(input.folded.slice(d.start, d.end), '')
        .split(/[^\p{L}]+/u)
        .filter(Boolean).length <= 3,
  );
  if (h.rule.nominal) {
    const near = inSentence
      .filter((d) => !blocked(d) && Math.min(Math.abs(d.end - h.start), Math.abs(d.start - h.end)) < 60)
      .sort((a, b) => dist(a) - dist(b))[0];
    return near ?? (opening && clause > 0 ? opening : null);
  }
  const ok = inSentence.filter((d) => !blocked(d));
  if (!ok.length) return null;
  return ok.sort((a, b) => dist(a) - dist(b))[0]!;
}

/** The rule of a signing dated by a treaty's name ("договор от 14 ноября 1990 года"); its pattern is the lexicon's. */
const DATED_BY_SIGNATURE: TriggerRule = { pattern: '', type: 'treaty_signing', plover: 'AGREE', cameo: '057' };

const REQUIRES = new Map<string, RegExp>();
function requiresRe(src: string): RegExp {
  let re = REQUIRES.get(src);
  if (!re) {
    re = new RegExp(`${B}(?:${src})`, 'u');
    REQUIRES.set(src, re);
  }
  return re;
}

const PRONOUNS = new Map<Lexicon, RegExp>();
function pronounRe(lex: Lexicon): RegExp {
  let re = PRONOUNS.get(lex);
  if (!re) {
    re = new RegExp(`${B}(?:${words(lex.pronouns)})${E}`, 'u');
    PRONOUNS.set(lex, re);
  }
  return re;
}

/** Whether a trigger is asserted, negated or planned, from the words before it in its clause and sentence. */
function modalityOf(c: Compiled, folded: string, s: Sentence, sText: string, h: TriggerHit): Modality {
  const rule = h.rule;
  const clauseStart = s.clauses[clauseAt(s, h.start)]!;
  const window = tokensBefore(folded, Math.max(s.start, clauseStart - 1), h.start, 3);
  const wide = tokensBefore(folded, s.start, h.start, 6);
  const nominalWindow = rule.nominal ? tokensBefore(folded, s.start, h.start, 12) : '';
  let modality: Modality = 'asserted';
  if (c.negation.test(window)) modality = 'negated';
  else if (c.future.test(window)) modality = 'planned';
  else if (c.irrealis.test(window) && !c.ordinal.test(wide)) modality = 'planned';
  else if (
    rule.nominal &&
    (c.irrealis.test(nominalWindow) ||
      c.negation.test(nominalWindow) ||
      c.future.test(tokensBefore(folded, s.start, h.start, 4)))
  )
    modality = 'planned';
  else if (c.conditional.test(sText) && clauseAt(s, h.start) === 0) modality = 'planned';
  // "sanctions over its war in Ukraine": a nominal after "over"/"against" is a cause, not news
  else if (rule.nominal && c.cause.test(tokensBefore(folded, s.start, h.start, 3) + ' ')) modality = 'planned';
  else if (c.reporting.test(sText) && rule.type !== 'statement') modality = 'reported';
  // "вступит в силу", "entrará en vigor": a future verb form is a plan
  if (modality !== 'negated' && c.futureForm?.test(folded.slice(h.start, h.end).split(/\s+/)[0]!)) modality = 'planned';
  // "No new alliance was signed": a negated subject at the start of the clause
  const clauseHead = folded.slice(Math.max(s.start, clauseStart), h.start);
  if (c.negativeSubject?.test(` ${clauseHead}`) && clauseHead.split(/\s+/).filter(Boolean).length <= 6)
    modality = 'negated';
  return modality;
}

/** "the North Atlantic Treaty, signed in Washington in 1949": a signing participle that describes a treaty other than the article's, not news. */
function describesTreaty(
  lex: Lexicon,
  c: Compiled,
  folded: string,
  s: Sentence,
  h: TriggerHit,
  treatyHere: TreatyMention[],
  mainTreaty: string | null,
): boolean {
  return (
    h.rule.type === 'treaty_signing' &&
    c.participle.test(folded.slice(h.start, h.end)) &&
    (treatyHere.some(
      (m) =>
        m.treatyId !== mainTreaty &&
        m.end <= h.start &&
        h.start - m.end < 60 &&
        m.kind !== 'bare' &&
        m.kind !== 'indefinite' &&
        c.relativeAfterNoun.test(folded.slice(m.end, h.start)),
    ) ||
      // "reemplaza al tratado de amistad firmado por la URSS en 1961": what was replaced, described
      // (a long name may stand between: "al tratado ruso-norcoreano de amistad, buena vecindad y cooperación firmado en el año 2000")
      treatyHere.some(
        (m) =>
          m.replacedObject && m.end <= h.start && h.start - m.end < 100 && !/[.;:]/.test(folded.slice(m.end, h.start)),
      ) ||
      (lex.grammar.reducedRelative(
        folded.slice(Math.max(s.start, h.start - 60), h.start),
        folded.slice(h.start, h.end),
      ) &&
        treatyHere.filter((m) => m.end <= h.start).pop()?.treatyId !== mainTreaty))
  );
}

/** Whether a trigger that needs a treaty has one: a treaty mention (after the verb for accessions, withdrawals and foundings), an organization after it, or talks, membership or "it" as its object. */
function hasObject(
  input: ClassifyInput,
  lex: Lexicon,
  s: Sentence,
  sText: string,
  h: TriggerHit,
  treatyHere: TreatyMention[],
  mentionsOf: () => ActorMention[],
): boolean {
  const { folded, actors } = input;
  const rule = h.rule;
  const inherent =
    (rule.type === 'entry_into_force' || rule.type === 'ratification') &&
    input.treatyMentions.length > 0 &&
    (compile(lex).itSubject.test(sText) || hasTreatyNoun(sText, lex));
  const orgAfter =
    inherent ||
    mentionsOf().some(
      (m) =>
        m.start >= h.end && m.start - h.end < 80 && m.end <= s.end && actors.get(m.actorId)?.kind === 'organization',
    );
  const founding = rule.type === 'treaty_signing' && compile(lex).founding.test(rule.pattern);
  const objectOnly = rule.type === 'accession' || rule.type === 'withdrawal' || founding;
  const treatyOk = treatyHere.some(
    (m) =>
      (m.kind !== 'indefinite' || rule.type === 'treaty_signing') &&
      (!objectOnly || (m.start >= h.end && m.start - h.end < 80)),
  );
  const negotiationAfter =
    (objectOnly || rule.type === 'other') &&
    (compile(lex).negotiation.test(folded.slice(h.end, Math.min(s.end, h.end + 60))) ||
      // "к нему присоединились", "joined it": the treaty the article is about
      (input.treatyMentions.length > 0 &&
        compile(lex).itObject.test(` ${folded.slice(Math.max(s.start, h.start - 12), Math.min(s.end, h.end + 12))} `)));
  return treatyOk || orgAfter || negotiationAfter;
}

const TYPE_LABEL: Record<EventType, string> = {
  treaty_signing: 'signing',
  ratification: 'ratification',
  entry_into_force: 'entry into force',
  withdrawal: 'withdrawal',
  accession: 'accession',
  meeting: 'meeting',
  statement: 'statement',
  military_action: 'military action',
  sanction: 'sanctions',
  aid: 'aid',
  protest: 'protest',
  election: 'election',
  other: 'event',
};

/** Turns triggers into events with participants, dates, places and modality; merges repeats. */
export function classifyEvents(input: ClassifyInput): ExtractedEvent[] {
  const { text, folded, lexicon: lex, sentences, actors, gazetteer } = input;
  const c = compile(lex);
  const drafts: Draft[] = [];
  const treatyDateSpans = input.treatyMentions.flatMap((m) => m.dateSpans);
  // "since 2000", "sejak 2012", "desde 2008": the start of a state, not the date of an event
  const sinceRe = c.since;
  const excluded = (d: DateMention) =>
    treatyDateSpans.some((s) => s.start === d.start) ||
    backgroundDate(d) ||
    sinceRe.test(folded.slice(Math.max(0, d.start - 22), d.start));
  let lastDated: Draft | null = null;
  // what happens in the news of the day carries its date to later undated remarks; a background date (an election a year ago) does not
  const publishedDay =
    input.published?.day != null
      ? Date.UTC(input.published.year, input.published.month! - 1, input.published.day)
      : null;
  const isNews = (d: PartialDate): boolean =>
    publishedDay === null ||
    d.day == null ||
    Math.abs(publishedDay - Date.UTC(d.year, d.month! - 1, d.day)) <= 7 * 86400000;
  const articleActors = new Set(input.actorMentions.map((m) => m.actorId));
  let lastPerson: string | null = null;
  // mentions by sentence, computed once
  const bySentence = new Map<number, ActorMention[]>();
  for (const m of input.actorMentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const mentionsOf = (s: Sentence): ActorMention[] =>
    (bySentence.get(s.index) ?? []).filter((m) => m.start >= s.start && m.end <= s.end);
  const participantsOf = (s: Sentence): string[] => {
    const ids: string[] = [];
    for (const m of mentionsOf(s)) {
      const a = actors.get(m.actorId);
      if (!a || a.media) continue;
      if (!ids.includes(a.id)) ids.push(a.id);
    }
    return ids;
  };
  const personOf = (s: Sentence): string | null => {
    const ps = mentionsOf(s).filter((m) => actors.get(m.actorId)?.kind === 'person');
    return ps.length ? ps[0]!.actorId : null;
  };

  // the treaty the text is about: its signing is news even when told as "X, signed in 1946"
  const mainTreaty =
    input.treatyMentions.find((m) => (m.kind === 'name' || m.kind === 'named') && m.treatyId)?.treatyId ?? null;
  // dates right after a background participle ("подписанный в 2000 году") belong to the treaty
  let backgroundUntil = -1;
  const backgroundDate = (d: DateMention) => d.start < backgroundUntil && d.start > backgroundUntil - 60;
  const classifySentence = (s: Sentence): void => {
    const sText = folded.slice(s.start, s.end);
    // a title line ("Jokowi Temui Putin di Moskow") repeats the story: its events come from the body
    const isHeadline =
      s.index === 0 &&
      s.paragraphStart &&
      !/[.!?]["”»)]?$/.test(text.slice(s.start, s.end)) &&
      sentences.length > 1 &&
      /\n\s*\n/.test(text.slice(s.end, s.end + 4));
    const isLink = c.linkPrefix.test(sText) || isHeadline;
    const hits = input.triggers.filter((h) => h.sentence === s.index);
    let participants = participantsOf(s);
    const pronoun = pronounRe(lex).test(text.slice(s.start, s.end).toLowerCase());
    if (pronoun && lastPerson && !participants.includes(lastPerson)) participants = [lastPerson, ...participants];
    const prevSentence = sentences[s.index - 1];
    const carried = participants.length === 0 && prevSentence ? participantsOf(prevSentence) : [];
    const treatyHere = input.treatyMentions.filter((m) => m.sentence === s.index);
    const placeHere = input.places.find((p) => p.sentence === s.index && p.locative);
    // each event takes the actors between its neighbouring verbs: "A met B, a day after meeting C"
    const bounds = hits.filter((h) => !h.rule.nominal);
    const regionActors = (h: TriggerHit): string[] => {
      const i = bounds.indexOf(h);
      if (bounds.length < 2 || i < 0) return participants;
      const from = i === 0 ? s.start : bounds[i - 1]!.end;
      const to = i === bounds.length - 1 ? s.end : bounds[i + 1]!.start;
      const ids: string[] = [];
      for (const m of mentionsOf(s)) {
        if (m.start < from || m.end > to) continue;
        const a = actors.get(m.actorId);
        if (a && !a.media && !ids.includes(a.id)) ids.push(a.id);
      }
      return ids.length ? ids : participants;
    };
    if (!isLink) {
      let lastTrigger = null as { draft: Draft | null; h: TriggerHit } | null;
      // the body of the trigger loop is a function of its own: V8 optimises several small functions far sooner than one large one
      const classifyTrigger = (h: TriggerHit): void => {
        const rule = h.rule;
        const modality = modalityOf(c, folded, s, sText, h);
        if (rule.needsSanctions && !c.sanctions.test(sText)) return;
        if (rule.requires && !requiresRe(rule.requires).test(sText)) return;
        // "Пхеньянскую декларацию", "Kigali Amendment": a word in a treaty's name is no event
        if (
          treatyHere.some(
            (m) =>
              (m.kind === 'name' || m.kind === 'named' || m.kind === 'descriptive') &&
              m.start <= h.start &&
              h.end <= m.end,
          )
        )
          return;
        if (rule.nominal && rule.type === 'treaty_signing' && !treatyHere.some((m) => m.treatyId)) return;
        // "the North Atlantic Treaty, signed in Washington in 1949": a description, not news
        if (describesTreaty(lex, c, folded, s, h, treatyHere, mainTreaty)) {
          backgroundUntil = h.end + 40;
          return;
        }
        // "kemudian Afrika Selatan bergabung pada 2010", "X joined in 2010": no object, so the organization or treaty just named
        const intransitive =
          ((rule.type === 'accession' || rule.type === 'withdrawal') &&
            c.intransitive.test(folded.slice(h.end, Math.min(s.end, h.end + 12)) || '.') &&
            [...mentionsOf(s).filter((m) => m.end <= h.start), ...(prevSentence ? mentionsOf(prevSentence) : [])].some(
              (m) => actors.get(m.actorId)?.kind === 'organization' && !actors.get(m.actorId)?.media,
            )) ||
          ((rule.type === 'accession' || rule.type === 'withdrawal') &&
            c.intransitive.test(folded.slice(h.end, Math.min(s.end, h.end + 12)) || '.') &&
            input.treatyMentions.some(
              (m) => m.treatyId && (m.sentence === s.index || m.sentence === s.index - 1) && m.end <= h.start,
            ));
        if (
          rule.needsTreaty &&
          rule.type !== 'ratification' &&
          !hasObject(input, lex, s, sText, h, treatyHere, () => mentionsOf(s)) &&
          !intransitive
        ) {
          lastTrigger = { draft: null, h };
          return;
        }
        let d = pickDate(input, s, h, excluded, c);
        // a date far after "said" belongs to what was said, except a relative day ("kata ... dalam keterangan tertulis, kemarin")
        if (
          d &&
          rule.type === 'statement' &&
          d.start > h.end + 30 &&
          !(d.kind === 'relative' && d.value?.precision === 'day')
        )
          d = null;
        if (rule.nominal && (!d || !d.value)) {
          lastTrigger = { draft: null, h };
          return;
        }
        // the subject carries over only for acts that continue the previous sentence ("Perjanjian itu ditandatangani ...")
        const carries = rule.type === 'treaty_signing' || rule.type === 'meeting' || rule.type === 'statement';
        let ids = participants.length ? regionActors(h) : rule.nominal || !carries ? [] : carried;
        if (pronoun && lastPerson && participants[0] === lastPerson && !ids.includes(lastPerson))
          ids = [lastPerson, ...ids];
        if (rule.type === 'statement') {
          // a source cited ("lapor TASS") is not a statement; a statement needs a speaker
          const speaker = ids.find((id) => actors.get(id)?.kind !== 'country') ?? ids[0];
          // the speaker stands next to the verb: "Putin said", "kata Jokowi", "сообщила армия" has none
          const near =
            mentionsOf(s).some(
              (m) => m.end <= h.end + 45 && m.start >= h.start - 90 && !actors.get(m.actorId)?.media,
            ) ||
            pronounRe(lex).test(
              text.slice(Math.max(s.start, h.start - 40), Math.min(s.end, h.end + 20)).toLowerCase(),
            ) ||
            (participants.length === 0 && carried.length > 0);
          if (!speaker || !near) {
            lastTrigger = { draft: null, h };
            return;
          }
        }
        let date = d?.value ?? null;
        let ownDate = !!date;
        if (!d) {
          const narrative =
            rule.type === 'statement' ||
            rule.type === 'meeting' ||
            rule.type === 'military_action' ||
            rule.type === 'protest';
          if (c.eventAnaphora.test(sText) && lastDated) {
            date = lastDated.date;
          } else if (
            narrative &&
            lastDated?.date?.day != null &&
            s.index - lastDated.sentence.index <= 15 &&
            isNews(lastDated.date)
          ) {
            date = lastDated.date;
          }
          ownDate = false;
        }
        // the nearest treaty mention, preferring one after a verb (its object)
        const tm = treatyHere
          .filter((m) => m.treatyId)
          .sort((a, b) => Math.abs(a.start - h.end) - Math.abs(b.start - h.end))[0];
        const treaty = tm?.treatyId ?? null;
        let type: EventType = rule.type;
        // "signed the ratification law", "подписал закон о ратификации": legislation, a ratification at most
        if (type === 'treaty_signing' && !rule.nominal && c.lawObject) {
          const after = folded.slice(h.end, Math.min(s.end, h.end + 80));
          const before = tokensBefore(folded, s.start, h.start, 9);
          const afterHead = after.split(/\s+/).filter(Boolean).slice(0, 7).join(' ');
          if (
            c.ratificationLaw?.test(afterHead) ||
            (c.ratificationLaw?.test(before) && !/[,;]/.test(before.slice(before.search(c.ratificationLaw))))
          )
            type = 'ratification';
          else if (
            c.lawObject.test(after) ||
            // "Дума приняла закон о денонсации ..., а Путин подписал его": the pronoun stands for the law
            (c.objectPronoun.test(after) &&
              !!lex.lawNouns &&
              new RegExp(`(?<![\\p{L}])${lex.lawNouns}(?![\\p{L}])`, 'u').test(folded.slice(s.start, h.start)))
          ) {
            lastTrigger = { draft: null, h };
            return;
          }
        }
        if (rule.needsTreaty && rule.type === 'treaty_signing' && !treaty) {
          lastTrigger = { draft: null, h };
          return;
        }
        // a signature after the treaty entered into force is an accession
        if (type === 'treaty_signing' && treaty && date) {
          const g = gazetteer.treaties.get(treaty);
          const inForce = g?.inForce ? Number(g.inForce.slice(0, 4)) : null;
          if (inForce !== null && date.year > inForce) type = 'accession';
        }
        // an undated "other" is too vague to keep, except a recall or an expulsion of diplomats between named states
        if ((!ids.length && !date) || (type === 'other' && !date && !(rule.cameo === '161' && ids.length))) {
          lastTrigger = { draft: null, h };
          return;
        }
        // an event dated after the publication has not happened yet
        if (
          date &&
          input.published &&
          formatPartialDate(date) > formatPartialDate(input.published).slice(0, formatPartialDate(date).length)
        ) {
          if (rule.type !== 'statement') {
            lastTrigger = { draft: null, h };
            return;
          }
          date = null;
        }
        // the parties of a known treaty that the article names also signed it
        if (type === 'treaty_signing' && treaty) {
          for (const p of gazetteer.treaties.get(treaty)?.parties ?? [])
            if (articleActors.has(p) && !ids.includes(p)) ids = [...ids, p];
        }
        if (
          type !== 'treaty_signing' &&
          type !== 'accession' &&
          type !== 'withdrawal' &&
          type !== 'ratification' &&
          type !== 'meeting'
        )
          ids = ids.slice();
        const draft: Draft = {
          type,
          rule,
          date,
          endDate: d?.endValue ?? null,
          actors: ids,
          place: placeHere?.name ?? null,
          treaty: ['statement', 'military_action', 'sanction', 'aid', 'protest', 'election', 'meeting'].includes(type)
            ? null
            : treaty,
          modality,
          sentence: s,
          start: h.start,
          end: h.end,
          confidence: 0.5 + (date ? 0.2 : 0) + (ids.length ? 0.15 : 0) + (ownDate ? 0.1 : 0),
          ownDate,
        };
        lastTrigger = { draft, h };
        if (modality === 'negated' || modality === 'planned') return;
        drafts.push(draft);
        if (date && ownDate) lastDated = draft;
        // a remark or act reported without a date in a dated article is the news of its publication day
        if (!date && !rule.nominal && NEWS_OF_THE_DAY.has(rule.type)) draft.newsDay = true;
      };
      for (const h of hits) classifyTrigger(h);
      // "договор от 14 ноября 1990 года", "el Acuerdo del 26 de septiembre de 2016": a treaty dated by its signature
      for (const m of treatyHere) {
        if (!m.treatyId || (m.kind !== 'name' && m.kind !== 'named') || m.replacedObject) continue;
        const d = input.dates.find(
          (x) =>
            x.start > m.end &&
            x.start - m.end <= 6 &&
            x.value?.precision === 'day' &&
            c.datedBy.test(folded.slice(m.end, x.start)),
        );
        if (!d) continue;
        const parties = (gazetteer.treaties.get(m.treatyId)?.parties ?? []).filter((p) => articleActors.has(p));
        drafts.push({
          type: 'treaty_signing',
          rule: DATED_BY_SIGNATURE,
          date: d.value,
          endDate: null,
          actors: parties,
          place: null,
          treaty: m.treatyId,
          modality: 'asserted',
          sentence: s,
          start: m.start,
          end: m.end,
          confidence: 0.55,
          ownDate: true,
        });
      }
      // gapping: "Vietnam bergabung ... pada tahun 1995, Laos dan Myanmar pada tahun 1997, serta Kamboja pada tahun 1999"
      const produced = drafts.filter(
        (d) =>
          d.sentence === s &&
          ['accession', 'withdrawal', 'ratification', 'treaty_signing', 'election'].includes(d.type),
      );
      if (produced.length) {
        const base = produced[produced.length - 1]!;
        const bounds = [...s.clauses, s.end];
        for (let k = clauseAt(s, base.start) + 1; k < s.clauses.length; k++) {
          const from = bounds[k]!;
          const to = bounds[k + 1]!;
          if (hits.some((h) => h.start >= from && h.start < to)) break;
          const cs = input.actorMentions.filter(
            (m) => m.start >= from && m.end <= to && actors.get(m.actorId)?.kind === 'country',
          );
          const d = input.dates.find((x) => x.start >= from && x.end <= to && x.value && !excluded(x));
          if (!cs.length || !d) continue;
          const orgs = base.actors.filter((id) => actors.get(id)?.kind === 'organization');
          drafts.push({
            ...base,
            date: d.value,
            endDate: d.endValue,
            actors: [...new Set([...cs.map((m) => m.actorId), ...orgs])],
            start: cs[0]!.start,
            end: cs[0]!.end,
            ownDate: true,
            confidence: 0.6,
          });
        }
      }
      // "..., and it was followed by Pakistan and finally, Iran": the same act by each of them
      c.followedBy.lastIndex = 0;
      const fb = c.followedBy.exec(sText);
      if (fb && lastTrigger) {
        const at = s.start + fb.index + fb[0].length;
        const prior = input.triggers.filter((h) => h.sentence === s.index && h.start < at).pop();
        const rule = prior?.rule;
        if (rule) {
          const base = lastTrigger.draft ?? drafts.filter((d) => d.sentence === s).pop();
          const baseDate = base?.date ?? pickDate(input, s, prior!, excluded, c)?.value ?? null;
          const year = baseDate
            ? ({ year: baseDate.year, month: null, day: null, precision: 'year' } as PartialDate)
            : null;
          const followers = input.actorMentions.filter(
            (m) => m.start >= at && m.end <= s.end && actors.get(m.actorId)?.kind === 'country',
          );
          for (const f of followers) {
            drafts.push({
              type: rule.type,
              rule,
              date: year,
              endDate: null,
              actors: [f.actorId],
              place: null,
              treaty: treatyHere.find((m) => m.treatyId)?.treatyId ?? null,
              modality: 'asserted',
              sentence: s,
              start: f.start,
              end: f.end,
              confidence: 0.55,
              ownDate: false,
            });
          }
        }
      }
    }
    lastPerson = personOf(s) ?? (pronoun ? lastPerson : lastPerson);
  };
  for (const s of sentences) classifySentence(s);

  // the countries listed in the trigger's clause and in the clauses that only continue its list
  function listClauseCountries(d: Draft): Set<string> {
    const s = d.sentence;
    const bounds = [...s.clauses, s.end];
    const ci = clauseAt(s, d.start);
    const mentionsIn = (k: number) =>
      input.actorMentions.filter((m) => m.start >= bounds[k]! && m.end <= bounds[k + 1]!);
    const onlyList = (k: number) => {
      // "Laos dan Myanmar pada tahun 1997", "India dan Tiongkok pada 2009": a clause with another date is another event (gapping), not more of this list
      if (
        input.dates.some(
          (x) => x.value && x.start >= bounds[k]! && x.end <= bounds[k + 1]! && !(d.date && sameDate(x.value, d.date)),
        )
      )
        return false;
      let t = text.slice(bounds[k]!, bounds[k + 1]!);
      const spans = [...mentionsIn(k), ...input.dates.filter((d) => d.start >= bounds[k]! && d.end <= bounds[k + 1]!)];
      for (const m of spans.sort((a, b) => b.start - a.start))
        t = t.slice(0, m.start - bounds[k]!) + t.slice(m.end - bounds[k]!);
      return (
        mentionsIn(k).length > 0 &&
        t.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !c.listWords.has(w.toLowerCase())).length === 0
      );
    };
    let lo = ci;
    let hi = ci;
    while (lo > 0 && onlyList(lo - 1)) lo--;
    while (hi < s.clauses.length - 1 && onlyList(hi + 1)) hi++;
    const ids = new Set<string>();
    for (let k = lo; k <= hi; k++)
      for (const m of mentionsIn(k)) if (actors.get(m.actorId)?.kind === 'country') ids.add(m.actorId);
    return ids;
  }

  signingAgreedBefore(drafts);
  // drop events with neither participants nor a date, then merge repeats
  const kept = drafts.filter((d) => d.actors.length || d.date);
  const merged: Draft[] = [];
  const partyKey = (d: Draft) =>
    d.actors
      .filter((id) => actors.get(id)?.kind === 'country')
      .sort()
      .join(',');
  const same = (a: Draft, b: Draft): boolean => {
    if (a.type !== b.type) return false;
    // one sentence, one statement: "In an article ..., Putin thanked ... and said ..."
    if (
      a.sentence === b.sentence &&
      (a.type === 'statement' || a.type === 'meeting') &&
      (!a.date || !b.date || sameDate(a.date, b.date))
    )
      return true;
    if (a.treaty && b.treaty && a.treaty === b.treaty) {
      if (a.type === 'treaty_signing' || a.type === 'entry_into_force')
        return !a.date || !b.date || sameDate(a.date, b.date);
      return (
        (partyKey(a) === partyKey(b) || !a.actors.length || !b.actors.length) &&
        (!a.date || !b.date || sameDate(a.date, b.date))
      );
    }
    if (a.date && b.date) {
      if (!sameDate(a.date, b.date)) return false;
      if (a.actors.slice().sort().join() === b.actors.slice().sort().join()) return true;
      // one meeting or statement per day among the same people: "the meeting ... took place on Wednesday"
      if (a.type !== 'meeting' || a.date.precision !== 'day' || b.date.precision !== 'day' || a.date.day !== b.date.day)
        return false;
      const persons = (d: Draft) => d.actors.filter((id) => actors.get(id)?.kind === 'person');
      const pa = persons(a);
      const pb = persons(b);
      return pa.length > 0 && pb.length > 0 && (pa.every((x) => pb.includes(x)) || pb.every((x) => pa.includes(x)));
    }
    // two undated statements in different sentences are two things said, not one repeated
    if (!a.date && !b.date && a.type === 'statement' && a.sentence !== b.sentence) return false;
    if (!a.date || !b.date) {
      const und = a.date ? b : a;
      const dat = a.date ? a : b;
      if (und.treaty && dat.treaty && und.treaty !== dat.treaty) return false;
      return und.actors.length > 0 && und.actors.every((x) => dat.actors.includes(x));
    }
    return false;
  };
  for (const d of kept) {
    const twin = merged.find((m) => same(m, d));
    if (!twin) {
      merged.push({ ...d, actors: [...d.actors] });
      continue;
    }
    for (const a of d.actors) if (!twin.actors.includes(a)) twin.actors.push(a);
    if (!twin.place && d.place) twin.place = d.place;
    if (!twin.treaty && d.treaty) twin.treaty = d.treaty;
    const better =
      precisionRank(d.date) > precisionRank(twin.date) ||
      (precisionRank(d.date) === precisionRank(twin.date) && d.confidence > twin.confidence);
    if (better) {
      twin.date = d.date;
      twin.endDate = d.endDate;
      twin.sentence = d.sentence;
      twin.start = d.start;
      twin.end = d.end;
      twin.rule = d.rule;
      twin.confidence = Math.max(twin.confidence, d.confidence);
      twin.ownDate = d.ownDate;
    }
  }
  // one accession, withdrawal or ratification per state: "Azerbaijan, Belarus and Georgia joined"
  const split: Draft[] = [];
  for (const d of merged) {
    const inClauses = listClauseCountries(d);
    const countries = d.actors.filter(
      (id) => actors.get(id)?.kind === 'country' && (!inClauses.size || inClauses.has(id)),
    );
    if (
      (d.type === 'accession' || d.type === 'withdrawal') &&
      countries.length > 1 &&
      !d.actors.some((id) => actors.get(id)?.kind === 'person')
    ) {
      const others = d.actors.filter((id) => actors.get(id)?.kind !== 'country');
      for (const c of countries) split.push({ ...d, actors: [c, ...others] });
    } else if ((d.type === 'accession' || d.type === 'withdrawal') && countries.length === 1 && inClauses.size) {
      // the states of the other clauses joined at other dates: "Vietnam bergabung ... pada tahun 1995, Laos dan Myanmar pada tahun 1997"
      split.push({ ...d, actors: d.actors.filter((id) => actors.get(id)?.kind !== 'country' || id === countries[0]) });
    } else split.push(d);
  }
  if (input.publicationDay?.day != null) for (const d of split) if (!d.date && d.newsDay) d.date = input.publicationDay;
  return split.map((d) => toEvent(d, text, actors, input.treaties));
}

/**
 * "Ethiopia and the TPLF agreed on Wednesday to a permanent cessation of hostilities. The agreement
 * was signed in Pretoria by ...": an undated signing right after a dated agreement is that
 * agreement, on its day; the two drafts become one signing.
 */
function signingAgreedBefore(drafts: Draft[]): void {
  const used = new Set<Draft>();
  for (const sig of drafts) {
    if (sig.type !== 'treaty_signing' || sig.date || sig.modality !== 'asserted') continue;
    const agreed = drafts.find(
      (d) =>
        !used.has(d) &&
        d.type === 'statement' &&
        d.rule.plover === 'AGREE' &&
        d.date &&
        d.sentence.index < sig.sentence.index &&
        sig.sentence.index - d.sentence.index <= 2,
    );
    if (!agreed) continue;
    used.add(agreed);
    sig.date = agreed.date;
    sig.ownDate = false;
    for (const a of agreed.actors) if (!sig.actors.includes(a)) sig.actors.push(a);
  }
  if (used.size) drafts.splice(0, drafts.length, ...drafts.filter((d) => !used.has(d)));
}

function sameDate(a: PartialDate, b: PartialDate): boolean {
  const fa = formatPartialDate(a);
  const fb = formatPartialDate(b);
  return fa.startsWith(fb) || fb.startsWith(fa);
}

function precisionRank(d: PartialDate | null): number {
  return d === null ? 0 : d.precision === 'year' ? 1 : d.precision === 'month' ? 2 : 3;
}

function toEvent(
  d: Draft,
  text: string,
  actors: Map<string, ActorRecord>,
  treaties: Map<string, TreatyRecord>,
): ExtractedEvent {
  const names = d.actors.map((id) => actors.get(id)?.name ?? id);
  const roles: Record<string, string> = {};
  for (const id of d.actors) {
    const a = actors.get(id);
    if (!a) continue;
    roles[a.name] =
      d.type === 'treaty_signing' || d.type === 'accession' || d.type === 'ratification'
        ? 'SIGNATORY'
        : d.type === 'statement'
          ? a.kind === 'person' || Object.keys(roles).length === 0
            ? 'SPEAKER'
            : 'TARGET'
          : 'PARTICIPANT';
  }
  const treatyName = d.treaty ? (treaties.get(d.treaty)?.name ?? null) : null;
  const quote = text.slice(d.sentence.start, d.sentence.end);
  return {
    type: d.type,
    plover: d.rule.plover,
    cameo: d.rule.cameo,
    date: d.date ? formatPartialDate(d.date) : null,
    datePrecision: d.date ? d.date.precision : null,
    endDate: d.endDate ? formatPartialDate(d.endDate) : null,
    place: d.place,
    actors: names,
    roles,
    treaty: d.treaty,
    modality: d.modality,
    summary: `${TYPE_LABEL[d.type]}${names.length ? `: ${names.join(', ')}` : ''}${treatyName ? ` (${treatyName})` : ''}${d.date ? `, ${formatPartialDate(d.date)}` : ''}`,
    quote,
    start: d.sentence.start,
    end: d.sentence.end,
    confidence: Math.round(d.confidence * 100) / 100,
  };
}
