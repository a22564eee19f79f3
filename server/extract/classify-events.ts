/**
 * Events: trigger words of each language give a type with PLOVER and CAMEO codes; the sentence
 * gives participants, date, place and modality. Negated and hypothetical events are dropped;
 * repeated mentions of one event are merged.
 *
 * The stage's parts: find-triggers (trigger rules), event-patterns (the lexicon's patterns,
 * compiled), classify-trigger (one trigger to a draft), event-modality, event-dates, event-objects
 * (background descriptions, missing objects), event-statements (speakers), event-actors,
 * implied-events (dated names, gapping, "followed by"), merge-events and event-output.
 */
import type { ExtractedEvent } from '../domain/extraction';
import type { PartialDate } from '../domain/calendar';
import type { DateMention } from './resolve-dates';
import type { Sentence } from './split-sentences';
import { tokensBefore } from './fold-text';
import { classifyTrigger, type TriggerOutcome } from './classify-trigger';
import { indexActors, regionActorsOf } from './event-actors';
import type { ArticleScope, ClassifyInput, Draft, SentenceScope } from './event-draft';
import { eventPatterns, pronounRe, type EventPatterns } from './event-patterns';
import type { TriggerHit } from './find-triggers';
import { datedBySignature, followedByEvents, gappedEvents, lifecycleParties, treatyActParties } from './implied-events';
import { bodyNotices, mergeDrafts, oneStatementPerSpeaker, oneVoicePerState, reportedMeetings } from './merge-events';
import { toEvent } from './event-output';
import { oneMeetingPerGuest } from './successive-meetings';
import { oneSigningPerParty } from './respective-signings';
import { candidateFeatures } from './event-features';
import { keeps, type EventCandidate } from './event-scorer';
import { sameDate } from './event-dates';
import { clauseCandidates, clauseFeatures } from './clause-candidates';
import { articleVoice, epigraphStatements, headerStatement, transcriptStatements } from './article-voice';
import { closedReportEnd, quotedSpans } from './event-statements';
import { plane } from './bmp-patterns';

/** Turns triggers into events with participants, dates, places and modality; merges repeats. */
export function classifyEvents(input: ClassifyInput): ExtractedEvent[] {
  const { text, folded, lexicon: lex, sentences, actors } = input;
  const c = eventPatterns(lex);
  const treatyDateSpans = input.treatyMentions.flatMap((m) => m.dateSpans);
  // "since 2000", "sejak 2012", "desde 2008": the start of a state, not the date of an event
  const sinceRe = c.since;
  const lawYearRe = c.lawYear;
  // dates right after a background participle ("подписанный в 2000 году") belong to the treaty
  const backgroundDate = (d: DateMention) => d.start < a.backgroundUntil && d.start > a.backgroundUntil - 60;
  // what excludes a date but the background it follows depends on the date alone: read once per date (the triggers of
  // a sentence ask of each of its dates again and again)
  const fixed = new Map<DateMention, boolean>();
  const excluded = (d: DateMention) => {
    let out = fixed.get(d);
    if (out === undefined) {
      out =
        treatyDateSpans.some((s) => s.start === d.start) ||
        sinceRe.test(folded.slice(Math.max(0, d.start - 22), d.start)) ||
        // "extended until 5 February 2017", "prorrogado hasta el 31 de diciembre": the end of a period, not the act's date
        endOfPeriod(c, folded, d) ||
        // "for the period 2014-2020", "на период 2014 – 2020 годов", "the programme 2021-2027": a span a noun names
        (!!d.endValue && !!c.periodRange?.test(folded.slice(Math.max(0, d.start - 30), d.start))) ||
        // "the Atomic Energy Act of 1954", "UU No. 24 Tahun 2000": the year of a law's name
        (d.value?.precision === 'year' && !!lawYearRe?.test(folded.slice(Math.max(0, d.start - 50), d.start)));
      fixed.set(d, out);
    }
    return out || backgroundDate(d);
  };
  // what happens in the news of the day carries its date to later undated remarks; a background date (an election a year ago) does not
  const publishedDay =
    input.published?.day != null
      ? Date.UTC(input.published.year, input.published.month! - 1, input.published.day)
      : null;
  const isNews = (d: PartialDate): boolean =>
    publishedDay === null ||
    d.day == null ||
    Math.abs(publishedDay - Date.UTC(d.year, d.month! - 1, d.day)) <= 7 * 86400000;
  // every field is there from the start: a field added later (`lastEarlier` was) gives the scope a second shape, and
  // the functions that read it were deoptimised and compiled again when they met it
  const a: ArticleScope = {
    input,
    c,
    index: indexActors(input),
    drafts: [],
    lastDated: null,
    lastPerson: null,
    lastSpeaker: null,
    lastEarlier: false,
    newsDaySpeakers: new Set(),
    backgroundUntil: -1,
    excluded,
    isNews,
    articleActors: new Set(input.actorMentions.map((m) => m.actorId)),
    // the treaty the text is about: its signing is news even when told as "X, signed in 1946"
    mainTreaty: mainTreatyOf(input),
    voice: null,
    rejected: input.onEventCandidates || input.eventModel?.rescue ? [] : null,
  };
  a.voice = articleVoice(a);
  const header = headerStatement(a);
  if (header) a.drafts.push(header);
  a.drafts.push(...transcriptStatements(a), ...epigraphStatements(a));
  for (const s of sentences) classifySentence(a, s);
  headlineMeeting(a);
  lifecycleParties(a);
  const split = mergeDrafts(input, c, oneSigningPerParty(input, c, oneMeetingPerGuest(input, c, a.drafts)));
  if (input.publicationDay?.day != null) for (const d of split) if (!d.date && d.newsDay) d.date = input.publicationDay;
  const final = reportedMeetings(
    bodyNotices(oneVoicePerState(actors, oneStatementPerSpeaker(split, input.published?.day == null))),
    input.publicationDay ?? null,
  );
  treatyActParties(a, final);
  if (!input.eventModel && !input.onEventCandidates)
    return final.map((d) => toEvent(d, text, actors, input.treaties, input.gazetteer));
  const ruled = eventCandidates(a, final);
  const proposed = new Set(ruled.map(({ d }) => `${d.type}@${d.sentence.index}`));
  const clauses = clauseCandidates(a, final).filter((x) => !proposed.has(`${x.draft.type}@${x.draft.sentence.index}`));
  const candidates = [
    ...ruled.map(({ d, source }) => ({ d, source, extra: [] as string[] })),
    ...clauses.map((x) => ({ d: x.draft, source: 'clause', extra: clauseFeatures(x) })),
  ].map(({ d, source, extra }): EventCandidate & { d: Draft } => ({
    d,
    source,
    features: [...candidateFeatures(a, d, source, final), ...extra],
    event: toEvent(d, text, actors, input.treaties, input.gazetteer),
  }));
  input.onEventCandidates?.(candidates);
  const model = input.eventModel;
  return model
    ? candidates.filter((c) => keeps(model, c)).map((c) => c.event)
    : final.map((d) => toEvent(d, text, actors, input.treaties, input.gazetteer));
}

/**
 * The candidates of the learned scorer: the events the rules keep, then the drafts they dropped that no
 * kept event already tells (one a sentence and type; none of a kept event's type, date and actor).
 */
function eventCandidates(a: ArticleScope, final: Draft[]): { d: Draft; source: string }[] {
  const out = final.map((d) => ({ d, source: 'kept' }));
  // the drafts merged into another event: the gold may tell two events there
  const starts = new Set(final.map((d) => d.start));
  const same = (x: Draft, y: Draft) =>
    x.type === y.type &&
    (x.date && y.date ? sameDate(x.date, y.date) : x.date === y.date) &&
    x.actors.length === y.actors.length &&
    x.actors.every((id) => y.actors.includes(id));
  for (const d of a.drafts)
    if (!starts.has(d.start) && !out.some((o) => same(o.d, d)) && (d.actors.length || d.date))
      out.push({ d, source: 'merged' });
  const taken = new Set(a.drafts.map((d) => `${d.type}@${d.sentence.index}`));
  for (const d of final) taken.add(`${d.type}@${d.sentence.index}`);
  for (const { draft: d, why } of a.rejected ?? []) {
    if (!d.actors.length && !d.date) continue;
    const key = `${d.type}@${d.sentence.index}`;
    if (taken.has(key)) continue;
    if (
      final.some(
        (e) =>
          e.type === d.type &&
          (!e.date || !d.date || sameDate(e.date, d.date)) &&
          (e.actors.some((x) => d.actors.includes(x)) || (!e.actors.length && !d.actors.length)),
      )
    )
      continue;
    taken.add(key);
    out.push({ d, source: why });
  }
  return out;
}

/** Whether a sentence is the page's title line ("Jokowi Temui Putin di Moskow"): the first, unclosed, before a blank line. */
function isHeadline(text: string, sentences: readonly Sentence[], s: Sentence): boolean {
  return (
    s.index === 0 &&
    s.paragraphStart &&
    !/[.!?:;,]["”»)]?$/.test(text.slice(s.start, s.end)) &&
    sentences.length > 1 &&
    /\n\s*\n/.test(text.slice(s.end, s.end + 4))
  );
}

/**
 * A title line repeats the story, so its events come from the body; but the meeting a title names ("Opening remarks by
 * the Minister at the talks with ..., Moscow, 21 September 2020", "Readout of the Secretary's call with ...") is the
 * page's one act when the body, a speech given there or what was said, tells no meeting of its own.
 */
function headlineMeeting(a: ArticleScope): void {
  const { text, sentences } = a.input;
  const first = sentences[0];
  if (!first || !isHeadline(text, sentences, first) || a.drafts.some((d) => d.type === 'meeting')) return;
  const told = a.drafts.length;
  // the title comes first: no date of the body is before it to carry over
  a.lastDated = null;
  classifyLine(a, first);
  const meetings = a.drafts.slice(told).filter((d) => d.type === 'meeting');
  a.drafts.splice(told, a.drafts.length - told, ...meetings);
}

/** The events of one sentence: its triggers, then the events implied by its form. */
function classifySentence(a: ArticleScope, s: Sentence): void {
  const { input, c } = a;
  const { text, folded, sentences } = input;
  const sText = folded.slice(s.start, s.end);
  // a title line ("Jokowi Temui Putin di Moskow") repeats the story: its events come from the body
  const isLink = c.linkPrefix.test(sText) || isHeadline(text, sentences, s) || isCapitalsLine(text, s);
  if (!isLink) classifyLine(a, s);
  a.lastPerson = speakingPerson(a, s) ?? a.lastPerson;
}

/** The triggers of one sentence, and the events implied by its form. */
function classifyLine(a: ArticleScope, s: Sentence): void {
  const { input, c, index } = a;
  const { text, folded, lexicon: lex, sentences } = input;
  const sText = folded.slice(s.start, s.end);
  const hits = withoutClosedReports(
    c,
    folded,
    s,
    withoutReportedStances(
      c,
      folded,
      input.triggers.filter((h) => h.sentence === s.index),
    ),
  );
  let participants = index.participantsOf(s);
  // a bare title as the subject ("Госсекретарь также отметил", "Presiden RI mengungkapkan") stands for the person last named
  const pronoun =
    pronounRe(lex).test(text.slice(s.start, s.end).toLowerCase()) ||
    (c.titleSubject.test(sText.trimStart()) && index.personOf(s) === null);
  const lastPerson = a.lastPerson;
  if (pronoun && lastPerson && !participants.includes(lastPerson)) participants = [lastPerson, ...participants];
  const prevSentence = sentences[s.index - 1];
  const carried = participants.length === 0 && prevSentence ? index.participantsOf(prevSentence) : [];
  const sc: SentenceScope = {
    s,
    sText,
    hits,
    participants,
    pronoun,
    prevSentence,
    carried,
    treatyHere: input.treatyMentions.filter((m) => m.sentence === s.index),
    placeHere: input.places.find((p) => p.sentence === s.index && p.locative),
    regionActors: regionActorsOf(input, index, s, hits, participants),
  };
  let lastTrigger: TriggerOutcome | null = null;
  for (const h of hits) lastTrigger = classifyTrigger(a, sc, h) ?? lastTrigger;
  datedBySignature(a, sc);
  gappedEvents(a, sc);
  followedByEvents(a, sc, lastTrigger);
}

/**
 * The first person a sentence names outside quotation marks: the one a later "he said" may stand for. The names a
 * quotation lists ("... Mahama, NDC: 50.7 percent. Akufo-Addo, NPP: 47.7 percent," he said.) are what is said.
 */
function speakingPerson(a: ArticleScope, s: Sentence): string | null {
  const { text, actors } = a.input;
  const first = a.index.personOf(s);
  if (first === null || !QUOTE_MARK.test(text.slice(s.start, s.end))) return first;
  const quoted = quotedSpans(text, s.start, s.end);
  for (const m of a.index.mentionsOf(s))
    if (actors.get(m.actorId)?.kind === 'person' && !quoted.some(([x, y]) => m.start >= x && m.end <= y))
      return m.actorId;
  return null;
}

/** Any quotation mark, opening or closing. */
const QUOTE_MARK = /["“”«»„‹›‟]/u;

/**
 * A stance verb in the clause that another speech verb of the sentence reports ("La Casa Blanca recordó que
 * Biden considera que ...", "said that Putin believes that ...") is that statement's content, not a trigger.
 */
function withoutReportedStances(c: EventPatterns, folded: string, hits: TriggerHit[]): TriggerHit[] {
  if (!hits.some((h) => h.rule.stance)) return hits;
  return hits.filter(
    (h) =>
      !h.rule.stance ||
      !hits.some(
        (x) =>
          x.end <= h.start &&
          x.rule.type === 'statement' &&
          !x.rule.nominal &&
          !x.rule.stance &&
          c.clauseHead.test(folded.slice(x.end, h.start)),
      ),
  );
}

/**
 * "Mattis emphasized the value of ... and reaffirmed ..., White said.", "..., a déclaré le ministre.": a speech verb
 * that closes its sentence after a comma or a closing quote reports all that stands before it; the statement
 * triggers there are the words it reports, not statements of their own.
 */
function withoutClosedReports(c: EventPatterns, folded: string, s: Sentence, hits: TriggerHit[]): TriggerHit[] {
  let statements = 0;
  for (const h of hits) if (h.rule.type === 'statement') statements++;
  if (statements < 2) return hits;
  let closing = hits[0]!;
  for (const h of hits) if (h.start > closing.start) closing = h;
  const end = closedReportEnd(c, folded, s, closing);
  if (end < 0) return hits;
  return hits.filter((h) => h === closing || h.rule.type !== 'statement' || h.end > end);
}

const LOWERCASE_LETTER = plane(/\p{Ll}/u);
const TWO_CAPITALS = plane(/\p{Lu}\P{Lu}*\p{Lu}/u);
/**
 * "PRESS RELEASE", "KETERANGAN PERS PRESIDEN ... SEBELUM BERTOLAK KE PORTUGAL", "ЗАЯВЛЕНИЕ": a line in capitals with no
 * closing stop is a heading or a banner of the page; its acts are told in the body.
 */
function isCapitalsLine(text: string, s: Sentence): boolean {
  if (s.start > 0 && text.charAt(s.start - 1) !== '\n') return false;
  if (s.end < text.length && text.charAt(s.end) !== '\n') return false;
  const line = text.slice(s.start, s.end);
  return !LOWERCASE_LETTER.test(line) && TWO_CAPITALS.test(line) && !/[.!?]["”»)]?$/.test(line);
}

/**
 * The treaty the text is about: the first one named, else the one the text comes back to most (at least twice),
 * as a committee report does with "le traité de coopération ..." and then "ce traité".
 */
function mainTreatyOf(input: ClassifyInput): string | null {
  const named = input.treatyMentions.find((m) => (m.kind === 'name' || m.kind === 'named') && m.treatyId);
  if (named) return named.treatyId;
  const counts = new Map<string, number>();
  for (const m of input.treatyMentions) if (m.treatyId) counts.set(m.treatyId, (counts.get(m.treatyId) ?? 0) + 1);
  let best: string | null = null;
  for (const [id, n] of counts) if (n >= 2 && (best === null || n > counts.get(best)!)) best = id;
  return best;
}

/**
 * "extended until 5 February 2017", "prorrogado hasta el 31 de diciembre": a date after "until" ends a period and dates no
 * act; not after a negation, which it restricts ("was not signed until 19 April 1839": then it was signed).
 */
function endOfPeriod(c: EventPatterns, folded: string, d: DateMention): boolean {
  if (!c.until) return false;
  const from = Math.max(0, d.start - 30);
  const m = c.until.exec(folded.slice(from, d.start));
  if (!m) return false;
  const at = from + m.index;
  return !c.negation.test(tokensBefore(folded, Math.max(0, at - 80), at, 4));
}
