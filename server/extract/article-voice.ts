/**
 * The article's own voice: a statement, a declaration or a press conference that the article is
 * ("Statement by Secretary X", "Déclaration de M. X", "Declaración del secretario X"), with its
 * speakers and its day. Speech in the first person ("we condemn", "condenamos") is the voice's.
 */
import type { Modality } from '../domain/extraction';
import type { PartialDate } from '../domain/calendar';
import type { TriggerOutcome } from './classify-trigger';
import type { ArticleScope, Draft, SentenceScope } from './event-draft';
import type { TriggerHit } from './find-triggers';

/** The speakers of the article and the day they spoke, with the header trigger that names them. */
export interface ArticleVoice {
  speakers: string[];
  date: PartialDate | null;
  header: TriggerHit | null;
}

/** How many lines may stand before a header (a ministry's name, a date). */
const HEADER_SENTENCES = 4;
/** How far into its sentence a header's statement noun may stand. */
const HEADER_LEAD = 40;
/** The sentences after a header that may still name its speakers or its day. */
const HEADER_FOLLOW = 3;

/** The voice of an article: the persons of a statement header, else the first actor named (for first-person speech). */
export function articleVoice(a: ArticleScope): ArticleVoice | null {
  const { input, index } = a;
  const { sentences, actors } = input;
  // a header is a line of its own that opens with a statement noun ("Statement by ...", "Déclaration de M. ...",
  // "U.S.-Japan-ROK Joint Statement"), with no verb before it
  const ownLine = (k: number): boolean => {
    const s = sentences[k]!;
    return (
      (s.start === 0 || /\n[ \t]*$/.test(input.text.slice(Math.max(0, s.start - 4), s.start))) &&
      /^[ \t]*(?:\n|$)/.test(input.text.slice(s.end, s.end + 4))
    );
  };
  const header = input.triggers.find(
    (h) =>
      h.rule.type === 'statement' &&
      h.rule.plover === 'STATEMENT' &&
      (h.rule.nominal || h.rule.heading) &&
      h.sentence <= HEADER_SENTENCES &&
      h.start - sentences[h.sentence]!.start <= HEADER_LEAD &&
      ownLine(h.sentence) &&
      !input.triggers.some((x) => x.sentence === h.sentence && x.start < h.start),
  );
  if (header) {
    const from = header.sentence;
    // the header's own line and the lines after it, then the lines of the block before it, nearest first
    // ("Antony J. Blinken, secrétaire d'État / Le 6 avril 2022 / Communiqué de presse")
    const lines: number[] = [];
    for (let k = from; k <= Math.min(sentences.length - 1, from + HEADER_FOLLOW); k++) lines.push(k);
    for (let k = from - 1; k >= 0; k--) lines.push(k);
    for (const k of lines) {
      const s = sentences[k]!;
      if (!ownLine(k)) continue;
      const persons = index
        .mentionsOf(s)
        .filter((m) => actors.get(m.actorId)?.kind === 'person' && (k !== from || m.start >= header.end))
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
  }
  const first = input.actorMentions.find((m) => {
    const r = actors.get(m.actorId);
    return r && !r.media;
  });
  return first ? { speakers: [first.actorId], date: null, header: null } : null;
}

/** The statement that the article's header announces, by its speakers, on its day. */
export function headerStatement(a: ArticleScope): Draft | null {
  const v = a.voice;
  if (!v?.header) return null;
  const h = v.header;
  const s = a.input.sentences[h.sentence]!;
  return {
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
  };
}

/** An act in the first person ("we condemn", "I transmit herewith"): the article's voice acts, on its day (else the article's). */
export function voiceStatement(a: ArticleScope, sc: SentenceScope, h: TriggerHit, modality: Modality): TriggerOutcome {
  const v = a.voice;
  if (!v) return { draft: null, h };
  const draft: Draft = {
    type: h.rule.type,
    rule: h.rule,
    date: v.date,
    endDate: null,
    actors: [...new Set([...v.speakers, ...sc.participants])],
    place: sc.placeHere?.name ?? null,
    treaty: null,
    modality,
    sentence: sc.s,
    start: h.start,
    end: h.end,
    confidence: 0.6,
    ownDate: false,
    newsDay: !v.date,
    ...(h.rule.type === 'statement' ? { speaker: v.speakers[0] } : {}),
  };
  if (modality === 'asserted' || modality === 'reported') a.drafts.push(draft);
  return { draft, h };
}
