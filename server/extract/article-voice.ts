/**
 * The article's own voice: a statement, a declaration or a press conference that the article is
 * ("Statement by Secretary X", "Déclaration de M. X", "Declaración del secretario X"), with its
 * speakers and its day. Speech in the first person ("we condemn", "condenamos") is the voice's.
 */
import type { Modality } from '../domain/extraction';
import type { PartialDate } from '../domain/calendar';
import type { TriggerOutcome } from './classify-trigger';
import { uniformDraft, type ArticleScope, type Draft, type SentenceScope } from './event-draft';
import type { TriggerHit } from './find-triggers';
import type { TriggerRule } from './lexicons';
import { sentenceAt } from './split-sentences';
import { plane } from './bmp-patterns';

/** The speakers of the article and the day they spoke, with the header trigger that names them. */
export interface ArticleVoice {
  speakers: string[];
  date: PartialDate | null;
  header: TriggerHit | null;
  /** The voice is only the first actor named (no header, no signature names it). */
  guessed?: boolean;
  /** The header names bodies, no person. */
  bodies?: boolean;
}

/** How many lines may stand before a header (a ministry's name, a date). */
const HEADER_SENTENCES = 4;
/** How far into its sentence a header's statement noun may stand. */
const HEADER_LEAD = 40;
/** How far a header's statement noun may stand after a topic set off by a dash or a colon ("76e Assemblée générale - Conférence de presse de ..."). */
const HEADER_TOPIC = 100;
/** A topic before a header's statement noun, set off by a dash or a colon. */
const TOPIC_SEPARATOR = plane(/(?:\s[-–—]|:)\s*(?:[\p{L}-]+\s+){0,2}$/u);
/** A topic before a capitalized statement noun, set off by a comma: "U.S. Welcomes ..., (Press) Statement by Ambassador ...". */
const TOPIC_COMMA = plane(/,\s*(?:\p{Lu}[\p{L}-]*\s+){0,2}$/u);
/** An item number before a header line: "1. ", "2) ". */
const ITEM_NUMBER = /^[ \t]*\d{1,3}[.)][ \t]*$/u;
/** The sentences after a header that may still name its speakers or its day. */
const HEADER_FOLLOW = 3;
/** How many sentences at the end of a text may hold its signature (a name, then a place and a date). */
const SIGNATURE_LINES = 4;
/** What a signature line may hold beside the name of a person: given names and initials, capitalized. */
const SIGNATURE_REST = plane(/^[ \t]*(?:\p{Lu}[\p{L}'’-]*\.?[ \t]+){0,3}[,.]?[ \t]*$/u);

/** The end of a sentence, not of a title: a full stop, a question or an exclamation, maybe inside quotes or brackets. */
const SENTENCE_END = /[.!?]["”»)\]]*\s*$/u;

/** The voice of an article: the persons of a statement header, else the first actor named (for first-person speech). */
export function articleVoice(a: ArticleScope): ArticleVoice | null {
  const { input, index } = a;
  const { sentences, actors } = input;
  // a header is a line of its own that opens with a statement noun ("Statement by ...", "Déclaration de M. ...",
  // "U.S.-Japan-ROK Joint Statement"), with no verb before it
  const opensLine = (k: number): boolean => {
    const s = sentences[k]!;
    return s.start === 0 || /\n[ \t]*$/.test(input.text.slice(Math.max(0, s.start - 4), s.start));
  };
  // a header may follow an item number ("1. Argentine - Discours du Premier ministre ...")
  const opensItem = (k: number): boolean => {
    const s = sentences[k]!;
    const lineStart = input.text.lastIndexOf('\n', s.start - 1) + 1;
    return opensLine(k) || ITEM_NUMBER.test(input.text.slice(lineStart, s.start));
  };
  // the statement noun opens its line, or follows a short topic set off by a dash, a colon or, capitalized, a comma
  const topic = (h: TriggerHit): boolean => {
    const before = input.text.slice(sentences[h.sentence]!.start, h.start);
    return (
      h.start - sentences[h.sentence]!.start <= HEADER_TOPIC &&
      (TOPIC_SEPARATOR.test(before) ||
        (TOPIC_COMMA.test(before) && CAPITAL_START.test(input.text.slice(h.start, h.end))))
    );
  };
  const leads = (h: TriggerHit): boolean => h.start - sentences[h.sentence]!.start <= HEADER_LEAD || topic(h);
  const ownLine = (k: number): boolean =>
    opensLine(k) && /^[ \t]*(?:\n|$)/.test(input.text.slice(sentences[k]!.end, sentences[k]!.end + 4));
  // a header line may hold more than one sentence when an abbreviation ends one ("Déclaration ... de MM. Nicolas Sarkozy")
  const lineEnd = (k: number): number => {
    const nl = input.text.indexOf('\n', sentences[k]!.start);
    return nl < 0 ? input.text.length : nl;
  };
  const header = input.triggers.find(
    (h) =>
      h.rule.type === 'statement' &&
      h.rule.plover === 'STATEMENT' &&
      (h.rule.nominal || h.rule.heading) &&
      h.sentence <= HEADER_SENTENCES &&
      leads(h) &&
      opensItem(h.sentence) &&
      /^[ \t]*(?:\n|$)/.test(input.text.slice(lineEnd(h.sentence), lineEnd(h.sentence) + 1)) &&
      // the words of a topic are not the header's ("Агрессия России ...: заявление для прессы ...")
      (topic(h) || !input.triggers.some((x) => x.sentence === h.sentence && x.start < h.start)),
  );
  // the header's own words that name who speaks end where its topic opens ("Statement on the Elections in Kenya")
  const signedUntil = header
    ? topicStart(a, header.end, Math.min(lineEnd(header.sentence), sentences[header.sentence]!.end))
    : 0;
  if (header) {
    const from = header.sentence;
    const headerEnd = lineEnd(from);
    // the header's own line and the lines after it, then the lines of the block before it, nearest first
    // ("Antony J. Blinken, secrétaire d'État / Le 6 avril 2022 / Communiqué de presse")
    const lines: number[] = [];
    for (let k = from; k <= Math.min(sentences.length - 1, from + HEADER_FOLLOW); k++) lines.push(k);
    for (let k = from - 1; k >= 0; k--) lines.push(k);
    for (const k of lines) {
      const s = sentences[k]!;
      if (k !== from && (!ownLine(k) || (k > from && s.start < headerEnd))) continue;
      const persons = (
        k === from
          ? input.actorMentions.filter((m) => m.start >= header.end && m.end <= headerEnd)
          : index.mentionsOf(s)
      )
        .filter((m) => actors.get(m.actorId)?.kind === 'person')
        .map((m) => m.actorId);
      if (!persons.length) continue;
      const first = sentences[Math.min(k, from)]!;
      const last = sentences[Math.min(sentences.length - 1, Math.max(k, from) + 1)]!;
      const date =
        input.dates.find((d) => d.start >= first.start && d.end <= last.end && d.value?.precision === 'day')?.value ??
        input.publicationDay ??
        null;
      return { speakers: [...new Set(persons)], date: date?.day != null ? date : null, header };
    }
    // no person signs it: the bodies its own line names before its topic ("Statement from the U.S. Embassy following
    // ...", "Communiqué de presse du Conseil de l'Union européenne", "Заявление МИД России по ...")
    const bodies = input.actorMentions
      .filter((m) => m.start >= header.end && m.end <= signedUntil && speaksAsBody(actors.get(m.actorId)))
      .map((m) => m.actorId);
    if (bodies.length) {
      const date =
        input.dates.find(
          (d) =>
            d.start >= sentences[from]!.start &&
            d.end <= sentences[Math.min(sentences.length - 1, from + 1)]!.end &&
            d.value?.precision === 'day',
        )?.value ??
        input.publicationDay ??
        null;
      return { speakers: [...new Set(bodies)], date: date?.day != null ? date : null, header, bodies: true };
    }
  }
  // a letter's or a message's signature: a line near the end that is a person's name and nothing else
  // ("    William J. Clinton" after "I recommend that the Senate ...")
  let lineEndAt = input.text.length;
  for (let n = 0; n < SIGNATURE_LINES && lineEndAt > 0;) {
    const lineStart = input.text.lastIndexOf('\n', lineEndAt - 1) + 1;
    const line = input.text.slice(lineStart, lineEndAt);
    const end = lineEndAt;
    lineEndAt = Math.max(0, lineStart - 1);
    if (!line.trim()) continue;
    n++;
    const signer = input.actorMentions.find(
      (m) =>
        m.start >= lineStart &&
        m.end <= end &&
        actors.get(m.actorId)?.kind === 'person' &&
        SIGNATURE_REST.test(input.text.slice(lineStart, m.start) + ' ' + input.text.slice(m.end, end)),
    );
    if (signer) return { speakers: [signer.actorId], date: null, header: null };
  }
  // not an actor of a header's topic
  const topicEnd = header ? lineEnd(header.sentence) : 0;
  const first = input.actorMentions.find((m) => {
    const r = actors.get(m.actorId);
    return r && !r.media && (m.start < signedUntil || m.start >= topicEnd);
  });
  return first ? { speakers: [first.actorId], date: null, header: null, guessed: true } : null;
}

/** Whether an actor can sign a page as a body: an organization or a state, not the media. */
function speaksAsBody(r: { kind: string; media?: boolean } | undefined): boolean {
  return !!r && !r.media && (r.kind === 'organization' || r.kind === 'country');
}

/** Where a header's topic opens between `from` and `to`: its first topic word outside an actor's name, else `to`. */
function topicStart(a: ArticleScope, from: number, to: number): number {
  const re = a.c.headerTopic;
  if (!re) return to;
  const { folded, actorMentions } = a.input;
  let at = from;
  while (at < to) {
    const m = re.next(folded.slice(at, to), 0);
    if (!m) return to;
    const start = at + m.index;
    if (!actorMentions.some((x) => x.start <= start && x.end > start)) return start;
    at = start + m[0].length;
  }
  return to;
}

/** The statement that the article's header announces, by its speakers, on its day. */
export function headerStatement(a: ArticleScope): Draft | null {
  const v = a.voice;
  if (!v?.header) return null;
  const h = v.header;
  const s = a.input.sentences[h.sentence]!;
  return uniformDraft({
    type: 'statement',
    rule: h.rule,
    date: v.date,
    endDate: null,
    actors: [...v.speakers],
    place: null,
    treaty: null,
    modality: 'asserted',
    sentence: s,
    start: h.start,
    end: h.end,
    confidence: 0.7,
    ownDate: false,
    newsDay: !v.date,
    speaker: v.speakers[0],
    // a title line (no full stop) names the page itself; a first sentence that reports a statement does not
    page: !SENTENCE_END.test(a.input.text.slice(s.start, s.end)),
    ...(v.bodies ? { bodyPage: true } : {}),
  });
}

/** An act in the first person ("we condemn", "I transmit herewith"): the article's voice acts, on its day (else the article's). */
export function voiceStatement(a: ArticleScope, sc: SentenceScope, h: TriggerHit, modality: Modality): TriggerOutcome {
  const v = a.voice;
  if (!v) return { draft: null, h };
  // "Les États-Unis condamnent ... Nous exprimons nos condoléances": with no header nor signature to name it, the voice is
  // the speaker of the statement told before (the body whose release the page is), not the first actor named
  const speakers = v.guessed && a.lastSpeaker ? [a.lastSpeaker] : v.speakers;
  const draft: Draft = uniformDraft({
    type: h.rule.type,
    rule: h.rule,
    date: v.date,
    endDate: null,
    actors: [...new Set([...speakers, ...sc.participants])],
    place: sc.placeHere?.name ?? null,
    treaty: null,
    modality,
    sentence: sc.s,
    start: h.start,
    end: h.end,
    confidence: 0.6,
    ownDate: false,
    newsDay: !v.date,
    ...(h.rule.type === 'statement' ? { speaker: speakers[0] } : {}),
  });
  if (modality === 'asserted' || modality === 'reported') a.drafts.push(draft);
  return { draft, h };
}

/**
 * A speaker's label opening a line of a transcript: "SECRETARY BLINKEN:", "Посол Салливан:", "Q:", and a name with its
 * title after a comma, the speech on the next line ("Jean-Baptiste Lemoyne, secrétaire d'État ... :", a parliament's record).
 */
const LABEL = plane(
  /(?:^|\n)[ \t]*(\p{Lu}[\p{L}.'’ -]{0,40}?)(?:,[ \t]+[^\n:;.!?"“”«»]{3,120}?)?[ \t]*:[ \t]*(?:\n[ \t]*){0,2}(?=\S)/gu,
);

const CAPITAL_START = plane(/^\p{Lu}/u);
/**
 * A transcript ("SECRETARY BLINKEN: Well, ...", "Посол Салливан: Спасибо ..."): each person who speaks
 * under a label of their own makes one statement, on the day of the article's voice or of its publication.
 * One label is enough when it names a person (remarks cut to one speaker: "ГОССЕКРЕТАРЬ ПОМПЕО: Всем доброе утро").
 */
export function transcriptStatements(a: ArticleScope): Draft[] {
  const { text, actors, actorMentions } = a.input;
  const labels: { start: number; end: number }[] = [];
  LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LABEL.exec(text)) !== null) {
    const start = m.index + m[0].indexOf(m[1]!);
    // every word of a label is capitalized: a name and its title, never a clause
    if (m[1]!.split(/\s+/).every((w) => CAPITAL_START.test(w))) labels.push({ start, end: start + m[1]!.length });
  }
  if (!labels.length) return [];
  const rule = plainStatementRule(a);
  if (!rule) return [];
  const seen = new Set<string>();
  const drafts: Draft[] = [];
  for (const l of labels) {
    const p = actorMentions.find(
      (x) => x.start >= l.start && x.end <= l.end && actors.get(x.actorId)?.kind === 'person',
    );
    if (!p || seen.has(p.actorId)) continue;
    seen.add(p.actorId);
    drafts.push(personStatement(a, rule, p.actorId, l.start, l.end));
  }
  return drafts;
}

/** The lexicon's plain statement rule (a speech verb, not a noun), which statements told by layout stand for. */
function plainStatementRule(a: ArticleScope): TriggerRule | undefined {
  return a.c.rules.find((r) => r.rule.type === 'statement' && r.rule.plover === 'STATEMENT' && !r.rule.nominal)?.rule;
}

/** A person's statement told by the layout (a transcript label, an epigraph's attribution) at `start`..`end`: on the day of the article's voice, else of its publication. */
function personStatement(a: ArticleScope, rule: TriggerRule, person: string, start: number, end: number): Draft {
  const { sentences } = a.input;
  const date = a.voice?.header ? a.voice.date : null;
  return uniformDraft({
    type: 'statement',
    rule,
    date,
    endDate: null,
    actors: [person],
    place: null,
    treaty: null,
    modality: 'asserted',
    sentence: sentences[sentenceAt(sentences, start)]!,
    start,
    end,
    confidence: 0.6,
    ownDate: false,
    newsDay: !date,
    speaker: person,
  });
}

/** A paragraph that is one quotation from start to end: « ... », "...". */
const QUOTE_LINE = /^[ \t]*["“«„][^\n]{20,}["”»][ \t]*\.?[ \t]*$/u;
/** A line that only attributes: a title and a name, maybe after a dash, with no sentence punctuation (an initial's dot aside). */
const ATTRIBUTION_LINE = plane(/^[ \t]*(?:[-–—][ \t]*)?(?:[^\n.!?:;"“”«»]|(?<=[\s(]\p{Lu})\.){3,80}$/u);

/**
 * An epigraph: a paragraph quoted whole, then a line that only names its speaker ("« ... »" /
 * "Le président Donald J. Trump", "\"...\"" / "Presidente Joe Biden"), as fact sheets and press
 * releases open. The person named is the speaker, on the day of the article's voice or of its publication.
 */
export function epigraphStatements(a: ArticleScope): Draft[] {
  const { text, actors, actorMentions } = a.input;
  const rule = plainStatementRule(a);
  if (!rule) return [];
  const drafts: Draft[] = [];
  let lineStart = 0;
  let prevQuoted = false;
  while (lineStart < text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) {
      if (prevQuoted && ATTRIBUTION_LINE.test(line)) {
        const p = actorMentions.find(
          (x) => x.start >= lineStart && x.end <= lineEnd && actors.get(x.actorId)?.kind === 'person',
        );
        if (p) {
          const draft = personStatement(a, rule, p.actorId, p.start, p.end);
          // "Presidente Joe Biden" / "27 de septiembre de 2021": a line that is only a date dates the quotation
          const dated = dateLineAfter(a, lineEnd);
          if (dated) {
            draft.date = dated;
            draft.ownDate = true;
            draft.newsDay = false;
          }
          drafts.push(draft);
        }
      }
      prevQuoted = QUOTE_LINE.test(line);
    }
    lineStart = lineEnd + 1;
  }
  return drafts;
}

/** The day of a line right after `from` that holds only a date ("27 de septiembre de 2021"), or null. */
function dateLineAfter(a: ArticleScope, from: number): PartialDate | null {
  const { text, dates } = a.input;
  const m = /^(?:[ \t]*\n)+[ \t]*([^\n]*)/u.exec(text.slice(from));
  if (!m) return null;
  const start = from + m[0].length - m[1]!.length;
  const end = start + m[1]!.trimEnd().length;
  const d = dates.find((x) => x.start === start && x.end === end && x.value?.precision === 'day');
  return d?.value ?? null;
}
