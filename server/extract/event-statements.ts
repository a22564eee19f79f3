/**
 * Statements: a reporting verb is a statement only when a speaker stands next to it.
 */
import type { ActorMention } from './recognize-actors';
import type { ArticleScope, SentenceScope } from './event-draft';
import { pronounRe, type EventPatterns } from './event-patterns';
import { esc } from './patterns';
import type { TriggerHit } from './find-triggers';
import { clauseAt, type Sentence } from './split-sentences';
import { plane } from './bmp-patterns';
import { tokensBefore } from './fold-text';

/** How far after a statement noun its author may stand, in the noun's complements (no comma between). */
const NOUN_COMPLEMENT = 100;

/** How far after a speech verb a speaker may begin behind the title that introduces them. */
const TITLED_SPEAKER = 80;
/** The words between a speech verb and its speaker's name: a title and the comma of the apposition, nothing else. */
const TITLE_APPOSITION = /^[^.;:!?"“”«»(),]+,\s*$/u;

/** How far before a speech verb the "and" that coordinates it with the verb before may stand. */
const COORDINATION_REACH = 30;

/** How far after "according to" its speaker may begin. */
const SPEAKER_AFTER = 40;

/** No punctuation of a clause's end or a quotation between a speech verb and its speaker. */
const NO_BREAK = /^[^.;:!?"“”«»(),]*$/u;

/**
 * A person named after a speech verb behind the title that introduces them, with no comma between ("заявил
 * журналистам пресс-секретарь президента Дмитрий Песков", "a déclaré le porte-parole du Kremlin Dmitri Peskov"): the
 * words between open on a title, after at most one word (the verb's addressee or an article).
 */
function titledAfter(a: ArticleScope, sc: SentenceScope, h: TriggerHit): string | undefined {
  const { actors, text, folded } = a.input;
  return a.index
    .mentionsOf(sc.s)
    .find(
      (m) =>
        m.start >= h.end &&
        m.start - h.end <= TITLED_SPEAKER &&
        actors.get(m.actorId)?.kind === 'person' &&
        NO_BREAK.test(text.slice(h.end, m.start)) &&
        opensOnTitle(a, folded.slice(h.end, m.start)),
    )?.actorId;
}

/** The first word or two of a stretch of text and the spaces after them: "mardi ", "el martes " before a title. */
const FIRST_WORD = plane(/^\s*[\p{L}\p{N}-]+\s+/u);
const FIRST_TWO_WORDS = plane(/^\s*[\p{L}\p{N}-]+\s+[\p{L}\p{N}-]+\s+/u);

/**
 * Whether the words between a speech verb and a name open on a title, or do after a date of one or two words
 * ("a déclaré mardi le ministre de l'Europe ...", "afirmó el martes el ministro de Asuntos Exteriores ...").
 */
function opensOnTitle(a: ArticleScope, between: string): boolean {
  return (
    a.c.bareTitle.test(between) ||
    a.c.bareTitle.test(between.replace(FIRST_WORD, '')) ||
    a.c.bareTitle.test(between.replace(FIRST_TWO_WORDS, ''))
  );
}

/** The person or organization named right after "according to", "según", "по словам" (no comma between), or undefined. */
function namedAfter(a: ArticleScope, sc: SentenceScope, h: TriggerHit): string | undefined {
  const { actors, text } = a.input;
  return a.index.mentionsOf(sc.s).find((m) => {
    const r = actors.get(m.actorId);
    return (
      m.start >= h.end &&
      m.start - h.end <= SPEAKER_AFTER &&
      !!r &&
      !r.media &&
      (r.kind === 'person' || r.kind === 'organization') &&
      !/[,;:.!?]/.test(text.slice(h.end, m.start))
    );
  })?.actorId;
}

/** Whether a statement trigger has a speaker: an actor that is not a country first, and a mention or pronoun next to the verb. */
export function hasSpeaker(a: ArticleScope, sc: SentenceScope, h: TriggerHit, ids: string[]): boolean {
  const { text, lexicon: lex, actors } = a.input;
  const { s, participants, carried } = sc;
  if (h.rule.speakerAfter) return namedAfter(a, sc, h) !== undefined;
  if (unnamedSubject(a, sc, h)) return false;
  // "The embassy said ...": a body's noun as the subject stands for the body of that kind named last
  if (!ids.length && bodySpeakerOf(a, sc, h) !== undefined) return !thingSubject(a, sc, h);
  // a source cited ("lapor TASS") is not a statement; a statement needs a speaker
  const speaker = ids.find((id) => actors.get(id)?.kind !== 'country') ?? ids[0];
  // the speaker stands next to the verb: "Putin said", "kata Jokowi", "сообщила армия" has none
  const near =
    a.index.mentionsOf(s).some(
      (m) =>
        ((m.end <= h.end + 45 && m.start >= h.start - 90) ||
          // "сообщили в пресс-службе Министерства обороны Российской Федерации": a long name that begins near the verb
          (m.start >= h.end && m.start - h.end <= SPEAKER_AFTER && NO_BREAK.test(text.slice(h.end, m.start))) ||
          // "sostuvo hoy el secretario de Culto de la Nación, Guillermo Oliveri": a speaker after the verb behind
          // the title that introduces them
          (m.start >= h.end &&
            m.start - h.end <= TITLED_SPEAKER &&
            actors.get(m.actorId)?.kind === 'person' &&
            TITLE_APPOSITION.test(text.slice(h.end, m.start)))) &&
        !actors.get(m.actorId)?.media,
    ) ||
    (!h.rule.nominal && titledAfter(a, sc, h) !== undefined) ||
    pronounRe(lex).test(text.slice(Math.max(s.start, h.start - 40), Math.min(s.end, h.end + 20)).toLowerCase()) ||
    (participants.length === 0 && carried.length > 0) ||
    // "Главы государств сделали заявления", "The Secretary added": a bare title as the subject stands for the person last named
    (sc.pronoun && !!a.lastPerson && participants.includes(a.lastPerson)) ||
    pairSubject(a, sc, h) ||
    // "la déclaration des ministres des affaires étrangères du Triangle de Weimar": a statement noun's author is its complement
    ((!!h.rule.nominal || !!h.rule.heading) &&
      a.index
        .mentionsOf(s)
        .some(
          (m) =>
            m.start >= h.end &&
            m.end <= h.end + NOUN_COMPLEMENT &&
            !/[,;:]/.test(text.slice(h.end, m.start).replace(/\([^()]*\)/gu, '')) &&
            !actors.get(m.actorId)?.media,
        ));
  return !!speaker && near && !thingSubject(a, sc, h);
}

/**
 * "À l'ouverture des travaux, les deux chefs de délégation se sont félicités de ... entre la France et le Burkina Faso":
 * a plural title numbered as two (the lexicon's `pairWords`) as the subject stands for the two persons last named,
 * whatever states the sentence names after the verb.
 */
function pairSubject(a: ArticleScope, sc: SentenceScope, h: TriggerHit): boolean {
  if (!a.c.pairWords.size || h.rule.nominal) return false;
  const clauseStart = sc.s.clauses[clauseAt(sc.s, h.start)]!;
  return someWordIn(a.input.folded.slice(clauseStart, h.start), a.c.pairWords) && pluralSpeakersOf(a, sc, h).length > 0;
}

/**
 * "Analysts say Russia will answer ...", "Los analistas afirman que ...", "Para analis mengatakan ...", "Аналитики
 * заявляют, что ...": people who speak unnamed (the lexicon's `unnamedSpeakers`) as the subject of a speech verb, with
 * no actor named before the verb in its clause, speak for no actor: what they say of the states the sentence names is no
 * statement of those states.
 */
function unnamedSubject(a: ArticleScope, sc: SentenceScope, h: TriggerHit): boolean {
  const unnamed = a.c.unnamedSpeakers;
  if (!unnamed.size || h.rule.nominal || h.rule.heading) return false;
  const clauseStart = sc.s.clauses[clauseAt(sc.s, h.start)]!;
  if (clauseStart >= h.start || !someWordIn(a.input.folded.slice(clauseStart, h.start), unnamed)) return false;
  return !a.index.mentionsOf(sc.s).some((m) => m.start >= clauseStart && m.end <= h.start);
}

/** The most words before the meeting's noun (or its frame) in a sentence it sets: "Por tanto, durante la reunión". */
const FRAME_OPENING_WORDS = 3;

/**
 * "During the meeting, the minister thanked ...", "Lors de cet entretien, le ministre a salué ...", "Dalam pertemuan
 * tersebut, Menko menyampaikan ...", "В ходе встречи стороны подчеркнули ...": a speech verb after a meeting's noun
 * that the lexicon's `meetingFrame` sets the sentence in, at its opening, tells what was said at that meeting, the meeting's content
 * rather than a statement of its own.
 */
export function spokenInMeeting(a: ArticleScope, sc: SentenceScope, h: TriggerHit): boolean {
  const { meetingFrame, meetingFrameOpen } = a.c;
  if (!meetingFrame || !meetingFrameOpen || h.rule.nominal || h.rule.heading) return false;
  const { folded, text } = a.input;
  let quoted: [number, number][] | undefined;
  for (const x of sc.hits) {
    if (
      x === h ||
      x.rule.type !== 'meeting' ||
      x.end > h.start ||
      wordsIn(folded.slice(sc.s.start, x.start)) > FRAME_OPENING_WORDS ||
      !(
        meetingFrameOpen.test(folded.slice(x.start, x.end)) ||
        (!!x.rule.nominal && meetingFrame.test(tokensBefore(folded, sc.s.start, x.start, 3)))
      )
    )
      continue;
    // a meeting named inside the quotation is what is said, not where
    quoted ??= quotedSpans(text, sc.s.start, sc.s.end);
    if (!quoted.some(([p, q]) => x.start >= p && x.end <= q)) return true;
  }
  return false;
}

/** Whether a word of `text` (split where no letter nor hyphen stands) is one of `set`: a set lookup, no pattern to compile. */
function someWordIn(text: string, set: ReadonlySet<string>): boolean {
  for (const w of text.split(NON_WORD)) if (w && set.has(w)) return true;
  return false;
}

/** Where a clause opens before a verb: after a comma, a semicolon, a colon, a dash or a quotation mark. */
const CLAUSE_OPENER = /[,;:—–"“”«»]/u;
/** The most words a verb's subject holds when it is a thing named by its noun ("This new agreement", "Kunjungan ini"). */
const THING_SUBJECT_WORDS = 5;

/**
 * "This new agreement reaffirms the commitment of ...", "Kunjungan ini menegaskan komitmen kedua negara", "Les nouveaux
 * accords établissent le cadre ...": a verb of saying whose subject, the few words that open its clause, is a treaty or
 * a meeting named by its noun (and no actor) tells what the text or the visit is, not what anyone said.
 */
function thingSubject(a: ArticleScope, sc: SentenceScope, h: TriggerHit): boolean {
  if (h.rule.nominal || h.rule.heading) return false;
  const { text } = a.input;
  const before = text.slice(sc.s.start, h.start);
  let open = 0;
  for (let i = before.length - 1; i >= 0; i--)
    if (CLAUSE_OPENER.test(before.charAt(i))) {
      open = i + 1;
      break;
    }
  const from = sc.s.start + open;
  if (wordsIn(text.slice(from, h.start)) > THING_SUBJECT_WORDS) return false;
  if (a.index.mentionsOf(sc.s).some((m) => m.start >= from && m.end <= h.start)) return false;
  return (
    sc.treatyHere.some((m) => m.start >= from && m.end <= h.start) ||
    sc.hits.some((x) => x !== h && x.rule.type === 'meeting' && x.rule.nominal && x.start >= from && x.end <= h.start)
  );
}

function wordsIn(s: string): number {
  let n = 0;
  for (const w of s.split(/\s+/)) if (w) n++;
  return n;
}

/** Nothing before a verb but punctuation and at most one word (an adverb): "Asimismo, destaca", "Expresa". */
const NO_SUBJECT = plane(/^[\s"“«(—–-]*(?:[\p{L}]+[\s,]+)?$/u);

/** Opening and closing quotation marks; a straight double quote both opens and closes. */
const OPEN_QUOTES = '“«„‹';
const CLOSE_QUOTES = '”»‟›';

/** A word's last letter or a clause's punctuation right before a quotation mark, and a space or a clause's end after it. */
const BEFORE_CLOSING = plane(/[\p{L}\p{N}.,!?…]/u);
const AFTER_CLOSING = /^(?:$|[\s,.;:!?)\]])/u;

/**
 * Whether a straight double quote, the first quotation mark of its sentence, closes a quotation opened in an earlier
 * sentence ('... dalam perjanjian ini," tambah Marles.', '... a la paz," dijo.'): it is glued to the word or the
 * punctuation before it and followed by a space, where an opening one follows a space and is glued to its first word.
 */
function closesStraight(text: string, start: number, i: number): boolean {
  return i > start && BEFORE_CLOSING.test(text.charAt(i - 1)) && AFTER_CLOSING.test(text.slice(i + 1, i + 2));
}

/** Any quotation mark that `quotedSpans` reads: the only characters of a sentence that open or close a span. */
const QUOTATION_MARK = /["“«„‹”»‟›]/g;
/**
 * The last two texts asked of `quotedSpans` (an article and its folded form: it is asked of both, once per sentence
 * and draft) and the offsets of their quotation marks, the latest first.
 */
let latestText: string | null = null;
let latestMarks: number[] = [];
let earlierText: string | null = null;
let earlierMarks: number[] = [];

/** The offsets of the quotation marks in `text`, in order. */
function quotationMarks(text: string): number[] {
  if (text === latestText) return latestMarks;
  let marks = earlierMarks;
  if (text !== earlierText) {
    marks = [];
    QUOTATION_MARK.lastIndex = 0;
    for (let m = QUOTATION_MARK.exec(text); m; m = QUOTATION_MARK.exec(text)) marks.push(m.index);
  }
  earlierText = latestText;
  earlierMarks = latestMarks;
  latestText = text;
  latestMarks = marks;
  return marks;
}

/** The index of the first of `sorted` at or after `at`. */
function firstAtOrAfter(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The spans of a sentence that stand inside quotation marks, with the end of a quotation opened in an earlier
 * sentence ("... terjadi gempa,” ungkapnya": a closing mark before any opening one).
 */
export function quotedSpans(text: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  const marks = quotationMarks(text);
  for (let k = firstAtOrAfter(marks, start); k < marks.length && marks[k]! < end; k++) {
    const i = marks[k]!;
    const ch = text.charAt(i);
    if (open < 0 && !spans.length && (CLOSE_QUOTES.includes(ch) || (ch === '"' && closesStraight(text, start, i))))
      spans.push([start, i + 1]);
    else if (open < 0 && (OPEN_QUOTES.includes(ch) || ch === '"')) open = i;
    else if (open >= 0 && (CLOSE_QUOTES.includes(ch) || ch === '"')) {
      spans.push([open, i + 1]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, end]);
  return spans;
}

/** How far back a bare title ("kata Presiden", "the Secretary said") looks for the person who bore it. */
const TITLE_LOOKBACK = 3000;

const NON_WORD = plane(/[^\p{L}-]+/u);
/**
 * The person last named with the title that now stands bare ("Presiden Joko Widodo ... kata Presiden"): the
 * title's last word stands in the few words before the person's mention (or in it). Undefined when none did.
 */
function titledPerson(a: ArticleScope, bare: string | undefined, before: number, state?: string): string | undefined {
  if (state) {
    const held = heldByStatesPerson(a, state, before);
    if (held) return held;
  }
  const word = bare?.trim().split(NON_WORD).filter(Boolean).pop();
  if (!word || word.length < 3) return undefined;
  const { actors, actorMentions, folded } = a.input;
  const re = new RegExp(`(?:^|[^\\p{L}])${esc(word)}(?![\\p{L}])`, 'u');
  for (let i = actorMentions.length - 1; i >= 0; i--) {
    const m = actorMentions[i]!;
    if (m.end > before) continue;
    if (m.start < before - TITLE_LOOKBACK) break;
    if (actors.get(m.actorId)?.kind !== 'person') continue;
    // the words before this mention and after the person named before it: "Presiden X dan Perdana Menteri Y" gives Y no
    // "Presiden"; a state inside the title stays in it ("Посол США в РФ Линн Трейси", "Presiden Rusia Vladimir Putin")
    let j = i - 1;
    while (j >= 0 && actors.get(actorMentions[j]!.actorId)?.kind !== 'person') j--;
    const from = Math.max(0, m.start - 40, j >= 0 ? actorMentions[j]!.end : 0);
    if (re.test(folded.slice(from, m.end))) return m.actorId;
  }
  return undefined;
}

/**
 * "Menhan Malaysia mengatakan", "the Malaysian minister said", "le ministre malaisien a déclaré": a bare title that a
 * state qualifies is the person last named with a title of that state ("Menteri Pertahanan Malaysia Mohamad Sabu"):
 * the state's mention stands in the few words before the person's (after the person named before them). Undefined when
 * no person was named so.
 */
function heldByStatesPerson(a: ArticleScope, state: string, before: number): string | undefined {
  const { actors, actorMentions } = a.input;
  let prevEnd = -1;
  let found: string | undefined;
  for (let i = 0; i < actorMentions.length; i++) {
    const m = actorMentions[i]!;
    if (m.end > before) break;
    if (actors.get(m.actorId)?.kind !== 'person') continue;
    const from = Math.max(0, m.start - 40, prevEnd);
    prevEnd = m.end;
    if (m.start < before - TITLE_LOOKBACK) continue;
    for (let j = i - 1; j >= 0; j--) {
      const x = actorMentions[j]!;
      if (x.start < from) break;
      if (x.actorId === state && x.end <= m.start) {
        found = m.actorId;
        break;
      }
    }
  }
  return found;
}

/** The state named in a bare title before a speech verb ("Menhan Malaysia", "the Malaysian minister"), if one is. */
function titleState(
  a: ArticleScope,
  mentions: readonly { actorId: string; start: number; end: number }[],
  from: number,
  to: number,
): string | undefined {
  for (const m of mentions)
    if (m.start >= from && m.end <= to && a.input.actors.get(m.actorId)?.kind === 'country') return m.actorId;
  return undefined;
}

const LETTER_OR_DIGIT = plane(/[\p{L}\p{N}]/u);
/**
 * Who speaks: the person named nearest before the verb ("Blinken announced"), else the state or body
 * that is the subject of the verb's clause ("España condena"), else a person right after the verb
 * ("said Blinken"). Actors named inside a quotation are what is spoken of, never the speaker. A verb
 * with no subject of its own ("«...», dijo", "Presiden RI mengungkapkan", "he added") is the person
 * last named speaking on.
 */
export function speakerOf(a: ArticleScope, sc: SentenceScope, h: TriggerHit): string | undefined {
  const { actors, text, folded, lexicon: lex } = a.input;
  if (h.rule.speakerAfter) return namedAfter(a, sc, h);
  // "les ministres ont salué le verdict de la Cour ... et ont exprimé": a verb coordinated to a speech verb with no
  // subject of its own between shares that verb's speaker, whoever the first verb's object names
  const shared = h.rule.nominal ? undefined : speakerBefore(a, sc, h);
  if (shared) return shared;
  const quoted = quotedSpans(text, sc.s.start, sc.s.end);
  // "Le président a obtenu la majorité absolue ..., a déclaré le chef de l'Autorité électorale, Mathias Morouba": the
  // words a verb closing its sentence reports are what is said, as a quotation's are
  const reported = h.rule.nominal ? -1 : reportedUntil(a, sc.s, h);
  const mentions = a.index
    .mentionsOf(sc.s)
    .filter(
      (m) =>
        !actors.get(m.actorId)?.media && m.start > reported && !quoted.some(([x, y]) => m.start >= x && m.end <= y),
    );
  const persons = mentions.filter((m) => actors.get(m.actorId)?.kind === 'person');
  const before = persons.filter((m) => m.end <= h.start).pop();
  if (before) return before.actorId;
  // the speaker of such a verb is the person named in all that follows it, a title and a name, a comma between them
  const tail = reported >= 0 ? persons.find((m) => m.start >= h.end) : undefined;
  if (tail) return tail.actorId;
  const clauseStart = sc.s.clauses[clauseAt(sc.s, h.start)]!;
  const adding = addsToLastSpeech(a, h, mentions, clauseStart);
  if (adding) return adding;
  const body = bodySpeaker(a, h, clauseStart);
  if (body) return body;
  // "Presiden RI mengungkapkan", "Il a ajouté", "El funcionario también destacó", "Госсекретарь проинформировал
  // министра ...": a bare title or a pronoun as the subject (no person named before the verb) is the person last named
  const bareSubject =
    a.c.titleSubject.test(sc.sText.trimStart()) ||
    a.c.bareTitle.test(folded.slice(clauseStart, h.start)) ||
    pronounRe(lex).test(text.slice(clauseStart, h.start).toLowerCase());
  if (bareSubject && a.lastPerson && !h.rule.nominal)
    return (
      titledPerson(
        a,
        a.c.bareTitle.exec(folded.slice(clauseStart, h.start))?.[0],
        h.start,
        titleState(a, mentions, clauseStart, h.start),
      ) ?? a.lastPerson
    );
  const subject = h.rule.nominal
    ? undefined
    : mentions.filter((m) => m.start >= clauseStart && m.end <= h.start).pop()?.actorId;
  // a person right after the verb speaks only when no subject stands before it: "said Blinken", not "felicita al candidato X",
  // and never one in the clause the verb introduces ("said that Putin ...")
  const after =
    subject ??
    persons.find((m) => m.start >= h.end && m.start - h.end < 45 && !a.c.clauseHead.test(folded.slice(h.end, m.start)))
      ?.actorId ??
    (h.rule.nominal ? undefined : titledAfter(a, sc, h));
  if (after) return after;
  // "sostuvo el nuevo presidente", "said the Secretary": a title with no name after the verb is the person last named
  const titleAfter = a.c.bareTitle.exec(folded.slice(h.end, Math.min(sc.s.end, h.end + 60)))?.[0];
  if (!h.rule.nominal && a.lastPerson && titleAfter) return titledPerson(a, titleAfter, h.start) ?? a.lastPerson;
  // "«...», dijo": a verb after a quotation with no subject at all
  const afterQuote = quoted.some(([, y]) => y <= h.start && !LETTER_OR_DIGIT.test(text.slice(y, h.start)));
  if (afterQuote && !h.rule.nominal && a.lastPerson) return a.lastPerson;
  // "В заявлении отмечается, что ...", "In the statement, the ministry also ...": the statement told before goes on
  if (!h.rule.nominal && a.lastSpeaker && a.c.statementAnaphora?.test(folded.slice(clauseStart, h.start)))
    return a.lastSpeaker;
  // "Expresa también su solidaridad", "Также выразил": a verb opening its sentence with no subject (an adverb at most)
  // goes on in the voice of the last statement
  if (!h.rule.nominal && clauseStart === sc.s.start && NO_SUBJECT.test(text.slice(clauseStart, h.start)))
    return a.lastSpeaker ?? undefined;
  return undefined;
}

/** How far back the body that a bare body noun stands for may be named. */
const BODY_LOOKBACK = 3000;

/**
 * "The embassy called on ...", "La cancillería argentina celebró ...", "Американская дипмиссия призвала ...",
 * "Kedutaan tersebut menyampaikan ...": a body's head noun as the whole subject of a speech verb (an article and a
 * word beside it at most) is the body of that kind named last before it (an organization whose name holds a noun
 * of the same kind). Undefined when the subject is no such noun or no such body was named.
 */
function bodySpeaker(a: ArticleScope, h: TriggerHit, clauseStart: number): string | undefined {
  const bs = a.c.bodySubject;
  if (!bs || h.rule.nominal || h.start <= clauseStart) return undefined;
  const { folded, actors, actorMentions } = a.input;
  const noun = bs.subject.exec(folded.slice(clauseStart, h.start))?.groups?.noun;
  if (!noun) return undefined;
  const kind = bs.kinds.find((k) => k.test(noun));
  if (!kind) return undefined;
  for (let i = actorMentions.length - 1; i >= 0; i--) {
    const m = actorMentions[i]!;
    if (m.end > clauseStart) continue;
    if (m.start < clauseStart - BODY_LOOKBACK) break;
    const r = actors.get(m.actorId);
    if (r?.kind === 'organization' && !r.media && kind.test(folded.slice(m.start, m.end))) return m.actorId;
  }
  return undefined;
}

/**
 * The others on the speaker's side of a statement, named before its verb: the persons named before it outside quotations
 * ("El primer ministro noruego, Jonas Gahr Støre, y el primer ministro irlandés, Simon Harris, hicieron anuncios"), the
 * actors joined to the speaker by "and" ("The EU and Russia agreed"), and the body whose name a state speaker ends ("The
 * Ministry of Foreign Affairs of Spain condemned"). Those named after the verb are what is spoken of.
 */
export function subjectSpeakersOf(a: ArticleScope, sc: SentenceScope, h: TriggerHit, speaker: string): string[] {
  const { actors, text } = a.input;
  const quoted = quotedSpans(text, sc.s.start, sc.s.end);
  const before = a.index.mentionsOf(sc.s).filter((m) => m.end <= h.start);
  const found = new Set<string>();
  for (const m of before)
    if (
      m.actorId !== speaker &&
      actors.get(m.actorId)?.kind === 'person' &&
      !quoted.some(([x, y]) => m.start >= x && m.end <= y)
    )
      found.add(m.actorId);
  for (const id of coordinatedSpeakers(a, before, speaker)) found.add(id);
  const body = speakingBodyOf(a, before, sc.s.clauses[clauseAt(sc.s, h.start)]!, speaker);
  if (body) found.add(body);
  return [...found];
}

/**
 * The body whose name a statement's state speaker ends, right before the verb (`before`: the sentence's mentions before
 * it; `clauseStart`: where the verb's clause begins): in "The Ministry of Foreign Affairs of
 * Spain condemned", "Kementerian Luar Negeri RI mengecam", "МИД России осудил" the ministry speaks for Spain (a country
 * right after a body, a short lowercase word at most between them, is part of the body's name). Undefined when none.
 */
function speakingBodyOf(
  a: ArticleScope,
  before: readonly ActorMention[],
  clauseStart: number,
  state: string,
): string | undefined {
  const { actors, folded } = a.input;
  if (actors.get(state)?.kind !== 'country') return undefined;
  const inClause = before.filter((m) => m.start >= clauseStart);
  const last = inClause.pop();
  const body = inClause.pop();
  if (!last || !body || last.actorId !== state || actors.get(body.actorId)?.kind !== 'organization') return undefined;
  const between = folded.slice(body.end, last.start);
  return STATE_OF_BODY.test(between) && !a.c.conjunctionWords.has(between.trim()) ? body.actorId : undefined;
}

/** What stands between a body's name and its state: a space and a short lowercase word at most ("of", "de la"). */
const STATE_OF_BODY = plane(/^\s(?:\p{Ll}{1,3}\s){0,2}$/u);

/**
 * "Lavrov and Wang Yi said", "Lavrov, Wang and Blinken welcomed", "The EU and Russia agreed": the actors named right
 * before a statement's speaker and joined to it by "and" (and commas before that) speak with it, as the subject of its
 * verb (`before`: the sentence's mentions before it). In text order; empty when the speaker is not named before the verb
 * or nothing is joined to it.
 */
function coordinatedSpeakers(a: ArticleScope, before: readonly ActorMention[], speaker: string): string[] {
  const { actors, folded } = a.input;
  const joins = a.c.conjunctionWords;
  let i = before.length - 1;
  while (i >= 0 && before[i]!.actorId !== speaker) i--;
  if (i < 0) return [];
  const found: string[] = [];
  let next = before[i]!;
  for (let j = i - 1; j >= 0; j--) {
    const m = before[j]!;
    if (m.end > next.start) continue; // a name inside the one after it
    if (actors.get(m.actorId)?.media || m.actorId === speaker) break;
    const gap = folded.slice(m.end, next.start).trim();
    const joined = found.length ? gap === ',' || joins.has(gap.replace(/^,\s*/u, '')) : joins.has(gap);
    if (!joined) break;
    if (!found.includes(m.actorId)) found.unshift(m.actorId);
    next = m;
  }
  return found;
}

/** The body a bare body noun as the subject of a statement trigger stands for (`bodySpeaker`), or undefined. */
export function bodySpeakerOf(a: ArticleScope, sc: SentenceScope, h: TriggerHit): string | undefined {
  return bodySpeaker(a, h, sc.s.clauses[clauseAt(sc.s, h.start)]!);
}

/** How far after a verb of adding a person named is its subject ("added the minister, X"). */
const ADDING_SUBJECT_AFTER = 45;

/**
 * "«...», añadió.", "..., she added.", "\"...,\" tambah Presiden.", "Il a ajouté que ...": a verb of adding with no actor
 * of its own before it in its clause nor a person right after it goes on in the voice of the last statement (adding
 * presupposes words said before), not of the person named last. Undefined when another speaker is named.
 */
function addsToLastSpeech(
  a: ArticleScope,
  h: TriggerHit,
  mentions: readonly { start: number; end: number; actorId: string }[],
  clauseStart: number,
): string | undefined {
  if (h.rule.nominal || !a.lastSpeaker || !a.c.addingSpeech?.test(a.input.folded.slice(h.start, h.end)))
    return undefined;
  const { actors } = a.input;
  for (const m of mentions) {
    if (m.start >= clauseStart && m.end <= h.start) return undefined;
    if (m.start >= h.end && m.start - h.end < ADDING_SUBJECT_AFTER && actors.get(m.actorId)?.kind === 'person')
      return undefined;
  }
  return a.lastSpeaker;
}

/**
 * The speaker of the last speech verb (not a noun) before a trigger in its sentence, when the trigger's clause is
 * coordinated to it by "and" or a comma ("y les anima", "and called on", ", exprime sa solidarité", "dan meminta", "и призвал").
 */
function speakerBefore(a: ArticleScope, sc: SentenceScope, h: TriggerHit): string | undefined {
  const from = Math.max(sc.s.start, h.start - COORDINATION_REACH);
  const m = a.c.coordinatedVerb.exec(a.input.folded.slice(from, h.start));
  if (!m) return undefined;
  // "..., Blinken said": an actor named between the "and" or the comma and the verb is its own subject
  const opens = from + m.index;
  if (a.index.mentionsOf(sc.s).some((x) => x.start >= opens && x.start < h.start)) return undefined;
  for (let i = a.drafts.length - 1; i >= 0; i--) {
    const d = a.drafts[i]!;
    if (d.sentence !== sc.s) return undefined;
    if (d.type === 'statement' && !d.rule.nominal && d.speaker && d.end <= h.start) return d.speaker;
  }
  return undefined;
}

/** How far back the persons a plural title stands for may be named. */
const PLURAL_LOOKBACK = 1500;

/**
 * "Les deux ministres se sont félicités", "the two leaders welcomed", "kedua menteri sepakat menyampaikan": a plural title
 * as the whole subject of a speech verb stands for the two persons last named, who speak together (the one named first
 * is the speaker). Empty when the subject is not such a title or fewer than two persons were named.
 */
export function pluralSpeakersOf(a: ArticleScope, sc: SentenceScope, h: TriggerHit): string[] {
  const { actors, actorMentions, folded } = a.input;
  if (!a.c.pluralSpeakers || h.rule.nominal) return [];
  const clauseStart = sc.s.clauses[clauseAt(sc.s, h.start)]!;
  if (
    !a.c.pluralSpeakers.test(folded.slice(Math.max(sc.s.start, clauseStart - 30), h.start).replace(OPENING_CLAUSE, ''))
  )
    return [];
  const found: string[] = [];
  for (let i = actorMentions.length - 1; i >= 0 && found.length < 2; i--) {
    const m = actorMentions[i]!;
    if (m.end > h.start) continue;
    if (m.start < h.start - PLURAL_LOOKBACK) break;
    if (actors.get(m.actorId)?.kind === 'person' && !found.includes(m.actorId)) found.push(m.actorId);
  }
  return found.length === 2 ? found.reverse() : [];
}

/** The text up to the last comma or clause mark: "Face à la situation en Irak, " before "les ministres ont exprimé". */
const OPENING_CLAUSE = /^[^]*[.;:!?,]\s*/u;

/**
 * Whether an undated statement in an article with a publication day is the news of that day rather
 * than of the last dated event: its speaker already spoke on that day, or took no part in that event.
 */
export function speaksOnNewsDay(a: ArticleScope, sc: SentenceScope, h: TriggerHit): boolean {
  const last = a.lastDated;
  if (h.rule.type !== 'statement' || a.input.publicationDay?.day == null) return false;
  const speaker = speakerOf(a, sc, h);
  if (!speaker) return false;
  return a.newsDaySpeakers.has(speaker) || (!!last && !last.actors.includes(speaker));
}

/** The most words between a report's comma or closing quote and its speech verb: its speaker ("..., White said."). */
const CLOSING_SPEAKER_WORDS = 6;
/** A comma and the two to four words after it that end a sentence: the name apposed to a speaker's title. */
const APPOSED_NAME = plane(/,(?:\s*[\p{L}.'’-]+){2,4}[\s.!?]*$/u);
/** The most words after a speech verb that closes its sentence: its speaker and a day ("said the Pentagon's chief spokesperson Dana White on Monday"). */
const CLOSING_TAIL_WORDS = 14;

/**
 * Where the words that a speech verb closing its sentence reports end: the comma or the closing quote before it
 * ("Mattis emphasized ..., White said.", "..., a déclaré à la presse le chef de l'Autorité, Mathias Morouba."), or -1
 * when the verb is not such a closing verb (its speaker and a day at most stand after it, a few words before it).
 */
export function closedReportEnd(c: EventPatterns, folded: string, s: Sentence, h: TriggerHit): number {
  if (h.rule.type !== 'statement' || !c.closingSpeech?.test(folded.slice(h.start, h.end))) return -1;
  const before = folded.slice(s.start, h.start);
  const cut = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf('"'),
    before.lastIndexOf('”'),
    before.lastIndexOf('»'),
  );
  if (cut <= 0) return -1;
  const after = folded.slice(h.end, s.end);
  const speaker = before.slice(cut + 1);
  if (
    wordCount(speaker) > CLOSING_SPEAKER_WORDS ||
    c.clauseHead.test(speaker) ||
    wordCount(after) > CLOSING_TAIL_WORDS ||
    // a comma only before the name that ends a title ("a déclaré le chef de l'Autorité, Mathias Morouba")
    /[,;:]/.test(after.replace(/[,]\s*$/, '').replace(APPOSED_NAME, '')) ||
    c.clauseHead.test(after)
  )
    return -1;
  return s.start + cut;
}

function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (w && LETTER_OR_DIGIT.test(w)) n++;
  return n;
}

/** The first three words of a stretch of text and the spaces after them: "à la presse " before "le chef de ...". */
const FIRST_THREE_WORDS = plane(/^\s*[\p{L}\p{N}-]+\s+[\p{L}\p{N}-]+\s+[\p{L}\p{N}-]+\s+/u);
/** How many words after a speech verb its speaker may begin (its addressee before it: "dijo a los periodistas el ministro"). */
const TAIL_SPEAKER_WORDS = 3;

/**
 * Where the words end that a speech verb closing its sentence reports, when its speaker stands between them and the verb
 * ("..., Kelly said.", "..., he added.") or follows the verb ("..., said the Foreign Minister, X", "..., a déclaré à la
 * presse le chef de l'Autorité, X", "..., заявила министр X": a title or an actor within its first words). -1 otherwise
 * ("India, the largest lender, said it would ...": what follows the verb is what is said).
 */
export function reportedUntil(a: ArticleScope, s: Sentence, h: TriggerHit): number {
  const { folded, actors } = a.input;
  const end = closedReportEnd(a.c, folded, s, h);
  if (end < 0) return -1;
  // "..., Kelly said.", "..., he added.", "..., the minister said.": the speaker between the comma and the verb
  const subject = folded.slice(end + 1, h.start);
  if (
    pronounRe(a.input.lexicon).test(a.input.text.slice(end + 1, h.start).toLowerCase()) ||
    a.c.bareTitle.test(subject)
  )
    return end;
  const tail = folded.slice(h.end, s.end);
  if (opensOnTitle(a, tail) || a.c.bareTitle.test(tail.replace(FIRST_THREE_WORDS, ''))) return end;
  const named = a.index
    .mentionsOf(s)
    .some(
      (m) =>
        m.start > end &&
        !actors.get(m.actorId)?.media &&
        (m.end <= h.start || (m.start >= h.end && wordCount(folded.slice(h.end, m.start)) <= TAIL_SPEAKER_WORDS)),
    );
  return named ? end : -1;
}
