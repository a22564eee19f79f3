/**
 * De-duplication: an agreement and its signing become one event, repeated mentions of one event
 * merge, and an accession or withdrawal by several states becomes one event per state.
 */
import type { EventType } from '../domain/extraction';
import type { ClassifyInput, Draft } from './event-draft';
import { listClauseCountries } from './event-actors';
import { precisionRank, sameDate } from './event-dates';
import type { EventPatterns } from './event-patterns';
import type { PartialDate } from '../domain/calendar';

/** Acts whose undated repeats in neighbouring sentences that share a participant are one act. */
const ONE_ACT_TOLD_TWICE = new Set<EventType>(['meeting', 'treaty_signing', 'ratification', 'entry_into_force']);

/** How many sentences after a military act of a day the report may tell it again (a release's paragraph). */
const MILITARY_RETOLD = 5;

/** Merges the drafts of an article into its events (still drafts). */
export function mergeDrafts(input: ClassifyInput, c: EventPatterns, drafts: Draft[]): Draft[] {
  const { actors } = input;
  signingAgreedBefore(drafts);
  framesIntoMeetings(actors, drafts);
  actsOfTheMeeting(drafts);
  // drop events with neither participants nor a date, then merge repeats
  const kept = drafts.filter((d) => (d.actors.length || d.date) && !meetingsContent(actors, drafts, d));
  const merged: Draft[] = [];
  // the last sentence of each merged statement, and its speaker: the first person among its actors
  const lastSentence = new Map<Draft, number>();
  // rules of module-level functions, not closures: tsx names each closure (keepNames) every time it is made
  const scope: MergeScope = { input, c, actors, lastSentence, additive: new Map() };
  for (const d of kept) {
    const twin =
      merged.find((m) => same(scope, m, d)) ??
      merged.find((m) => headingRetold(input, m, d)) ??
      merged.findLast((m) => continues(scope, m, d)) ??
      (d.restates ? merged.findLast((m) => m.type === d.type) : undefined) ??
      (d.retells ? merged.findLast((m) => m.type === d.type && compatible(m, d)) : undefined);
    if (!twin) {
      const copy = { ...d, actors: [...d.actors] };
      merged.push(copy);
      lastSentence.set(copy, d.sentence.index);
      continue;
    }
    lastSentence.set(twin, Math.max(lastSentence.get(twin) ?? twin.sentence.index, d.sentence.index));
    for (const a of d.actors) if (!twin.actors.includes(a)) twin.actors.push(a);
    if (!twin.place && d.place) twin.place = d.place;
    if (!twin.treaty && d.treaty) twin.treaty = d.treaty;
    const better =
      !d.restates &&
      !d.retells &&
      // a heading dated only by the page takes the day its lede gives the act
      ((twin.sentence.index === 0 && !twin.ownDate && d.ownDate) ||
        precisionRank(d.date) > precisionRank(twin.date) ||
        (precisionRank(d.date) === precisionRank(twin.date) && d.confidence > twin.confidence));
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
    const inClauses = listClauseCountries(input, c, d);
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
  return split;
}

/**
 * Speech told inside a meeting the text reports ("During the meeting, the minister thanked ...": `inMeeting`) is that
 * meeting's content when it speaks only of the meeting's own people and states; a state it names that no meeting of
 * the text names ("На переговорах Ким заявил, что КНДР поддерживает действия России на Украине") makes it news of its own.
 */
function meetingsContent(actors: ClassifyInput['actors'], drafts: readonly Draft[], d: Draft): boolean {
  if (!d.inMeeting) return false;
  const met = new Set<string>();
  for (const m of drafts) if (m.type === 'meeting') for (const id of m.actors) met.add(id);
  return met.size > 0 && d.actors.every((id) => met.has(id) || actors.get(id)?.kind !== 'country');
}

/** What the merge of one article's drafts reads: its input and patterns, and what it keeps as it goes. */
interface MergeScope {
  input: ClassifyInput;
  c: EventPatterns;
  actors: ClassifyInput['actors'];
  /** The last sentence of each merged statement. */
  lastSentence: Map<Draft, number>;
  /** Whether each draft's sentence is told as an addition, asked once a draft (the pairs ask it again and again). */
  additive: Map<Draft, boolean>;
}

/** The countries among a draft's actors, sorted, as one key. */
function partyKey(actors: ClassifyInput['actors'], d: Draft): string {
  return d.actors
    .filter((id) => actors.get(id)?.kind === 'country')
    .sort()
    .join(',');
}

function isPerson(actors: ClassifyInput['actors'], id: string | undefined): boolean {
  return !!id && actors.get(id)?.kind === 'person';
}

/** A statement's speaker: its own if a person, else the first person among its actors (none if its speaker is no person). */
function speakerOf(actors: ClassifyInput['actors'], d: Draft): string | null {
  return isPerson(actors, d.speaker)
    ? d.speaker!
    : d.speaker
      ? null
      : (d.actors.find((id) => isPerson(actors, id)) ?? null);
}

function compatible(a: Draft, b: Draft): boolean {
  return !a.date || !b.date || sameDate(a.date, b.date);
}

/** Whether `b` is at most two sentences after the last sentence of merged `a`. */
function close(m: MergeScope, a: Draft, b: Draft): boolean {
  return Math.abs(b.sentence.index - (m.lastSentence.get(a) ?? a.sentence.index)) <= 2;
}

/** One speech, one statement: "Kerry said ... He said ... Kerry said"; "the statement also said ...". */
function continues(m: MergeScope, a: Draft, b: Draft): boolean {
  const { input, c, actors } = m;
  if (a.type !== 'statement' || b.type !== 'statement' || !close(m, a, b) || !compatible(a, b)) return false;
  const sa = speakerOf(actors, a);
  const sb = speakerOf(actors, b);
  // an undated remark where the speaker is named again ("Putin also said ...") is another statement
  if (sa && sa === sb)
    return (
      (!!a.date && !!b.date) || !input.actorMentions.some((x) => x.sentence === b.sentence.index && x.actorId === sb)
    );
  return !sb && !!c.statementAnaphora?.test(input.folded.slice(b.sentence.start, b.sentence.end));
}

function otherSpeakers(a: Draft, b: Draft): boolean {
  return !!a.speaker && !!b.speaker && a.speaker !== b.speaker;
}

/** Whether `b` is spoken by a person other than the speaker of `a`. */
function otherPerson(actors: ClassifyInput['actors'], a: Draft, b: Draft): boolean {
  const sb = speakerOf(actors, b);
  return !!sb && sb !== speakerOf(actors, a);
}

/** Whether one non-empty list of actors holds all of the other. */
function subsetEither(a: string[], b: string[]): boolean {
  return a.length > 0 && b.length > 0 && (a.every((x) => b.includes(x)) || b.every((x) => a.includes(x)));
}

/**
 * Whether `b` shares an actor with `a` and every other actor of `b` is a person in office for a state among `a`'s
 * actors (a minister of a delegation told apart): another guest from another state is another meeting.
 */
function ownSides(actors: ClassifyInput['actors'], a: Draft, b: Draft): boolean {
  return (
    b.actors.some((x) => a.actors.includes(x)) &&
    b.actors.every((x) => a.actors.includes(x) || officeOfOne(actors, x, a.actors))
  );
}

/**
 * "Turut hadir dalam delegasi Indonesia adalah Menteri Luar Negeri Sugiono dan Sekretaris Kabinet ...": a delegation
 * of states at the meeting (named among its actors, or there by a person of the meeting in one of their offices: "President
 * Joko Widodo") names that meeting's participants, its persons of those states or of no known state.
 */
function delegationAt(actors: ClassifyInput['actors'], a: Draft, b: Draft): boolean {
  const states = b.actors.filter((x) => actors.get(x)?.kind === 'country');
  if (!states.length || !states.every((x) => a.actors.includes(x) || representedIn(actors, x, a))) return false;
  const names = states.map((x) => actors.get(x)?.name);
  return b.actors.every((x) => {
    if (a.actors.includes(x) || states.includes(x)) return true;
    const r = actors.get(x);
    return r?.kind === 'person' && r.offices.every((o) => !o.of || names.includes(o.of));
  });
}

/** Whether a state is at a meeting by a person of the meeting who holds one of its offices ("President Joko Widodo"). */
function representedIn(actors: ClassifyInput['actors'], state: string, d: Draft): boolean {
  const name = actors.get(state)?.name;
  return d.actors.some((x) => actors.get(x)?.offices.some((o) => o.of === name));
}

/** Whether a draft's sentence names a delegation ("Turut hadir dalam delegasi Indonesia adalah ..."). */
function namesDelegation(m: MergeScope, d: Draft): boolean {
  return !!m.c.delegation?.test(m.input.folded.slice(d.sentence.start, d.sentence.end));
}

/** Whether a person holds an office of one of the countries among `ids`. */
function officeOfOne(actors: ClassifyInput['actors'], id: string, ids: string[]): boolean {
  const r = actors.get(id);
  if (r?.kind !== 'person' || !r.offices.length) return false;
  for (const o of r.offices) {
    if (!o.of) continue;
    for (const c of ids) {
      const rc = actors.get(c);
      if (rc?.kind === 'country' && rc.name === o.of) return true;
    }
  }
  return false;
}

function persons(actors: ClassifyInput['actors'], d: Draft): string[] {
  return d.actors.filter((id) => actors.get(id)?.kind === 'person');
}

/** Whether draft `b` tells again the event of merged draft `a`. */
function same(m: MergeScope, a: Draft, b: Draft): boolean {
  const { input, c, actors } = m;
  if (a.type !== b.type) return false;
  // "Kedua negara juga menandatangani perjanjian ...", "также подписаны межправсоглашения": an undated signing told as an
  // addition is another signing (of another agreement), not the one just told
  // (not when both name one treaty, the subject of the verb: "The agreement was also signed by other rebel leaders" adds
  // signatories to it)
  if (
    a.type === 'treaty_signing' &&
    !b.date &&
    a.sentence !== b.sentence &&
    !(a.treaty && a.treaty === b.treaty && treatySubject(input, b)) &&
    additiveSigning(input, c, b, m.additive)
  )
    return false;
  if (a.guest && b.guest && a.guest !== b.guest) return false;
  // the page's own statement goes on in its body, except in the words of another person
  if (a.page && b.type === 'statement' && compatible(a, b)) return !otherPerson(actors, a, b);
  // statements by two speakers are two statements
  if (a.type === 'statement' && otherSpeakers(a, b)) return false;
  // one sentence, one statement: "In an article ..., Putin thanked ... and said ..."
  if (a.sentence === b.sentence && (a.type === 'statement' || a.type === 'meeting') && compatible(a, b)) return true;
  if (a.treaty && b.treaty && a.treaty === b.treaty) {
    if (a.type === 'treaty_signing' || a.type === 'entry_into_force') return compatible(a, b);
    return (partyKey(actors, a) === partyKey(actors, b) || !a.actors.length || !b.actors.length) && compatible(a, b);
  }
  if (a.date && b.date) {
    if (!sameDate(a.date, b.date)) return false;
    // a meeting told again with no participants named ("the talks on Thursday") is the meeting of that day
    if (a.type === 'meeting' && (!a.actors.length || !b.actors.length)) return true;
    if (a.actors.slice().sort().join() === b.actors.slice().sort().join()) return true;
    // "the raid ... the air raid of six Mirage", "Latma Malindo Jaya ... the exercise": one military act of a day told again
    // in the next sentences by some of its parties
    if (
      a.type === 'military_action' &&
      a.date.precision === 'day' &&
      b.date.precision === 'day' &&
      Math.abs(b.sentence.index - (m.lastSentence.get(a) ?? a.sentence.index)) <= MILITARY_RETOLD &&
      a.actors.some((x) => b.actors.includes(x))
    )
      return true;
    // one meeting or statement per day among the same people: "the meeting ... took place on Wednesday"
    if (a.type !== 'meeting' || a.date.precision !== 'day' || b.date.precision !== 'day' || a.date.day !== b.date.day)
      return false;
    const pa = persons(actors, a);
    const pb = persons(actors, b);
    // the meeting told again by its states or bodies alone ("talks between Indonesia and Malaysia on Friday")
    if (!pa.length || !pb.length) return subsetEither(a.actors, b.actors);
    // the delegation of a state already at the meeting: "Turut hadir dalam delegasi Indonesia adalah Menteri Luar Negeri ..."
    return (
      subsetEither(pa, pb) ||
      ownSides(actors, a, b) ||
      ownSides(actors, b, a) ||
      (namesDelegation(m, b) && delegationAt(actors, a, b))
    );
  }
  // two undated statements in different sentences are two things said, not one repeated
  if (!a.date && !b.date && a.type === 'statement' && a.sentence !== b.sentence) return false;
  // one act told twice, in the lede and in the next sentences: "X spoke by phone with Y. ... X spoke by phone with Y's minister"
  // (not sanctions or strikes: one sanctioning state acts many times)
  if (
    !a.date &&
    !b.date &&
    ONE_ACT_TOLD_TWICE.has(a.type) &&
    close(m, a, b) &&
    (!a.treaty || !b.treaty || a.treaty === b.treaty)
  )
    return a.actors.some((x) => b.actors.includes(x));
  if (!a.date || !b.date) {
    // "Estados Unidos anunció ... El régimen cubano ... agradeció el martes": an undated statement is not the words of
    // another voice told with a day
    if (a.type === 'statement' && voiceOf(a) !== voiceOf(b)) return false;
    const und = a.date ? b : a;
    const dat = a.date ? a : b;
    if (und.treaty && dat.treaty && und.treaty !== dat.treaty) return false;
    return und.actors.length > 0 && und.actors.every((x) => dat.actors.includes(x));
  }
  return false;
}

/** Who speaks a statement as the output names it: its speaker, else its first actor. */
function voiceOf(d: Draft): string | undefined {
  return d.speaker ?? d.actors[0];
}

/** A line that ends with no closing punctuation: a heading. */
const CLOSED_LINE = /[.!?…]["”»)]?\s*$/u;
/** How many sentences after a heading its lede may tell the heading's act again. */
const LEDE_SENTENCES = 3;

/**
 * The act a heading names told again in its lede ("Госдума ратифицировала соглашение с Узбекистаном" / "Государственная
 * Дума во вторник ратифицировала Соглашение между ..."): one event, when the lede shares an actor with the heading and
 * names every person it names, and the heading has no date of its own that disagrees (a heading is dated by the page; its lede tells the day).
 */
function headingRetold(input: ClassifyInput, a: Draft, b: Draft): boolean {
  const { text, actors } = input;
  if (a.type !== b.type || a.sentence.index !== 0 || b.sentence.index === 0) return false;
  if (b.sentence.index > LEDE_SENTENCES || !a.actors.length) return false;
  if (a.ownDate && !compatible(a, b)) return false;
  if (a.type === 'statement' && otherSpeakers(a, b)) return false;
  if (CLOSED_LINE.test(text.slice(a.sentence.start, a.sentence.end)) || text.charAt(a.sentence.end) !== '\n')
    return false;
  // the lede may name a place for the heading's state ("в Сирию" / "в Дамаск"), never another person
  return (
    a.actors.some((x) => b.actors.includes(x)) &&
    a.actors.every((x) => b.actors.includes(x) || actors.get(x)?.kind !== 'person')
  );
}

/** Whether the draft's treaty is named before its trigger, as its subject: "The agreement was also signed by ...". */
function treatySubject(input: ClassifyInput, d: Draft): boolean {
  return input.treatyMentions.some(
    (m) => m.sentence === d.sentence.index && m.treatyId === d.treaty && m.end <= d.start,
  );
}

/** Whether an additive word ("also", "juga", "также") stands in the draft's sentence before or in its trigger. */
function additiveSigning(input: ClassifyInput, c: EventPatterns, d: Draft, known: Map<Draft, boolean>): boolean {
  let is = known.get(d);
  if (is === undefined) known.set(d, (is = !!c.additive?.test(input.folded.slice(d.sentence.start, d.end))));
  return is;
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

/**
 * A meeting named as the frame of another act ("during the talks", "в ходе переговоров") is the meeting
 * the article tells elsewhere, if it tells one: its participants (and its date, when that meeting has
 * none) join the nearest earlier meeting of a compatible date, else the nearest later one. Only a frame
 * with no such meeting stays an event of its own.
 */
function framesIntoMeetings(actors: ClassifyInput['actors'], drafts: Draft[]): void {
  const folded = new Set<Draft>();
  for (const f of drafts) {
    if (!f.rule.frame) continue;
    const hosts = drafts.filter(
      (d) => d !== f && !folded.has(d) && d.type === 'meeting' && compatible(d, f) && !otherGuest(actors, d, f),
    );
    const host =
      hosts.filter((d) => d.sentence.index <= f.sentence.index).at(-1) ??
      hosts.find((d) => d.sentence.index > f.sentence.index && !d.rule.frame);
    if (!host) continue;
    folded.add(f);
    for (const a of f.actors) if (!host.actors.includes(a)) host.actors.push(a);
    if (!host.date && f.date) {
      host.date = f.date;
      host.ownDate = false;
    }
  }
  if (folded.size) drafts.splice(0, drafts.length, ...drafts.filter((d) => !folded.has(d)));
}

/**
 * Whether frame `f` names a meeting of meeting `d`'s host with another guest: they share a person, each has a person
 * the other lacks, and `f`'s is no office-holder of a state at `d` ("Dalam pertemuan bilateral Menlu Retno dengan
 * Menteri Dalam Negeri Myanmar" after Retno's meeting with Sri Lanka's minister is the next meeting of the series).
 */
function otherGuest(actors: ClassifyInput['actors'], d: Draft, f: Draft): boolean {
  return (
    !f.rule.readout &&
    f.actors.some((x) => isPerson(actors, x) && d.actors.includes(x)) &&
    f.actors.some((x) => isPerson(actors, x) && !d.actors.includes(x) && !officeOfOne(actors, x, d.actors)) &&
    d.actors.some((x) => isPerson(actors, x) && !f.actors.includes(x))
  );
}

/**
 * "recibió hoy en audiencia al embajador ..., quien le entregó copia de sus cartas credenciales", "вручил копии верительных
 * грамот ... в ходе встречи": an act of no type of its own (`other`, no treaty) told by its verb in the sentence of a meeting, on its
 * day and among its participants, is what was done at that meeting, not a second event: its participants join the meeting
 * (not an act named by its noun, "encabeza la delegación en la ceremonia de apertura de la Embajada" is the opening; nor
 * beside a meeting named by its noun, "tujuan pertama kunjungan PM Albanese, setelah dua minggu yang lalu dilantik").
 */
function actsOfTheMeeting(drafts: Draft[]): void {
  const folded = new Set<Draft>();
  for (const o of drafts) {
    if (o.type !== 'other' || o.treaty || o.rule.lifecycle || o.rule.nominal) continue;
    const host = drafts.find(
      (d) =>
        d.type === 'meeting' &&
        !d.rule.nominal &&
        d.sentence === o.sentence &&
        compatible(d, o) &&
        d.actors.some((x) => o.actors.includes(x)),
    );
    if (!host) continue;
    folded.add(o);
    for (const x of o.actors) if (!host.actors.includes(x)) host.actors.push(x);
  }
  if (folded.size) drafts.splice(0, drafts.length, ...drafts.filter((d) => !folded.has(d)));
}

/**
 * Whether two statements are in one voice: one speaker, or one speaking with the other; or, the later with no speaker of
 * its own, its first actor (whom the output names its speaker) the earlier's speaker or first actor ("España condena ...
 * España hace un llamado ...", "El Gobierno de España condena ... Asimismo, recuerda que España ...").
 */
function sameVoice(m: Draft, d: Draft): boolean {
  if (!d.speaker) return !!d.actors[0] && (m.speaker ?? m.actors[0]) === d.actors[0];
  return m.speaker === d.speaker || !!m.coSpeakers?.includes(d.speaker) || !!d.coSpeakers?.includes(m.speaker!);
}

/** How many sentences on an earlier speech of one speaker may still be told. */
const EARLIER_SPEECH_REACH = 3;

/**
 * One speech is one statement: the statements of one speaker on one day (after undated remarks took
 * the article's day) become one, at its first mention; so do the undated remarks of one speaker in an
 * article with no day of its own (no publication day nor dateline, or a month only): the quotes of one speech
 * told sentence by sentence, which no day tells apart; and so does an earlier speech told on in the next sentences.
 */
export function oneStatementPerSpeaker(drafts: Draft[], undatedArticle: boolean): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    // "Как ранее пояснил X, ... По словам X, ...": the earlier speech of one speaker told on in the next sentences
    const goesOn = d.date === null && !!d.earlier;
    const twin =
      d.type === 'statement' &&
      (d.speaker || d.actors.length) &&
      (d.date?.precision === 'day' || (d.date === null && undatedArticle) || goesOn)
        ? out.find(
            (m) =>
              m.type === 'statement' &&
              sameVoice(m, d) &&
              (d.date === null ? m.date === null : m.date !== null && sameDate(m.date, d.date)) &&
              (!goesOn ||
                undatedArticle ||
                (!!m.earlier && d.sentence.index - m.sentence.index <= EARLIER_SPEECH_REACH)),
          )
        : undefined;
    if (!twin) {
      out.push(d);
      continue;
    }
    for (const x of d.actors) if (!twin.actors.includes(x)) twin.actors.push(x);
  }
  return out;
}

/**
 * A state or a body speaks through its officials: a statement in its name that no person speaks ("Russia said ...",
 * "Amerika menyatakan ...", "La France appelle ..."), in an article where a person holding one of its offices speaks
 * ("Foreign Minister Sergey Lavrov said ..."), is that official's position told again in the state's name, not a
 * statement of its own: it joins the official's first statement (its actors added), whatever day it is told with.
 */
export function oneVoicePerState(actors: ClassifyInput['actors'], drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const official = stateVoiced(actors, d) ? officialStatement(actors, drafts, d) : undefined;
    if (!official) {
      out.push(d);
      continue;
    }
    for (const x of d.actors) if (!official.actors.includes(x)) official.actors.push(x);
  }
  return out;
}

/** Whether a statement is spoken by a state or a body (its speaker, else its first actor) with no person among its actors. */
function stateVoiced(actors: ClassifyInput['actors'], d: Draft): boolean {
  if (d.type !== 'statement' || d.actors.some((id) => isPerson(actors, id))) return false;
  const kind = actors.get(d.speaker ?? d.actors[0] ?? '')?.kind;
  return kind === 'country' || kind === 'organization';
}

/** The first statement of the article spoken by a person who holds an office of the state or body that speaks `d`. */
function officialStatement(actors: ClassifyInput['actors'], drafts: Draft[], d: Draft): Draft | undefined {
  const name = actors.get(d.speaker ?? d.actors[0]!)?.name;
  return drafts.find((x) => {
    if (x === d || x.type !== 'statement') return false;
    const speaker = speakerOf(actors, x);
    return !!speaker && !!actors.get(speaker)?.offices.some((o) => o.of === name);
  });
}

/**
 * A meeting told with one party only and dated away from the news (not within a week of the article's day: "the
 * Madrid conference of 1991", "negotiations launched in September 2011", "la visite de 2019") is the story's
 * background, not a meeting it reports: no one is named meeting anyone on a day the news tells.
 */
export function reportedMeetings(drafts: Draft[], newsDay: PartialDate | null): Draft[] {
  return drafts.filter(
    (d) => d.type !== 'meeting' || d.actors.length > 1 || !d.date || newsDay?.day == null || ofTheNews(d.date, newsDay),
  );
}

/** How many days before or after the day of the news an act is still its news ("arrived on Tuesday"). */
const NEWS_DAYS = 7;

/**
 * Whether a date is the news of a day: within a week of it (across a new year: 30 December is the news of 2 January),
 * or its month or year when that is all it gives.
 */
function ofTheNews(date: PartialDate, day: PartialDate): boolean {
  if (date.month != null && date.day != null) {
    const gap = Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(day.year, day.month! - 1, day.day!);
    return Math.abs(gap) <= NEWS_DAYS * 86400000;
  }
  return date.year === day.year && (date.month == null || date.month === day.month);
}

/** What a body's notice does not announce as its act: words, meetings, and what voters, crowds and armies do. */
const NOT_NOTICED = new Set<EventType>(['statement', 'meeting', 'election', 'protest', 'military_action']);

/**
 * "Communiqué de presse du Conseil de l'UE / Le Conseil a prorogé les sanctions ...": a page a body signs that tells an act
 * (not words, nor a meeting) of that body, or of the page's day, is the notice of that act, not a statement besides it.
 */
export function bodyNotices(drafts: Draft[]): Draft[] {
  return drafts.filter(
    (p) =>
      !p.bodyPage ||
      !drafts.some(
        (d) =>
          !NOT_NOTICED.has(d.type) &&
          (d.actors[0] === p.speaker ? compatible(d, p) : !!d.date && !!p.date && sameDate(d.date, p.date)),
      ),
  );
}
