/**
 * Statements: a reporting verb is a statement only when a speaker stands next to it.
 */
import type { ArticleScope, SentenceScope } from './event-draft';
import { pronounRe } from './event-patterns';
import type { TriggerHit } from './find-triggers';
import { clauseAt } from './split-sentences';

/** Whether a statement trigger has a speaker: an actor that is not a country first, and a mention or pronoun next to the verb. */
export function hasSpeaker(a: ArticleScope, sc: SentenceScope, h: TriggerHit, ids: string[]): boolean {
  const { text, lexicon: lex, actors } = a.input;
  const { s, participants, carried } = sc;
  // a source cited ("lapor TASS") is not a statement; a statement needs a speaker
  const speaker = ids.find((id) => actors.get(id)?.kind !== 'country') ?? ids[0];
  // the speaker stands next to the verb: "Putin said", "kata Jokowi", "сообщила армия" has none
  const near =
    a.index
      .mentionsOf(s)
      .some((m) => m.end <= h.end + 45 && m.start >= h.start - 90 && !actors.get(m.actorId)?.media) ||
    pronounRe(lex).test(text.slice(Math.max(s.start, h.start - 40), Math.min(s.end, h.end + 20)).toLowerCase()) ||
    (participants.length === 0 && carried.length > 0);
  return !!speaker && near;
}

/**
 * Who speaks: the person named nearest before the verb ("Blinken announced"), else the state or body
 * that is the subject of the verb's clause ("España condena"), else a person right after the verb
 * ("said Blinken").
 */
export function speakerOf(a: ArticleScope, sc: SentenceScope, h: TriggerHit): string | undefined {
  const { actors } = a.input;
  const mentions = a.index.mentionsOf(sc.s).filter((m) => !actors.get(m.actorId)?.media);
  const persons = mentions.filter((m) => actors.get(m.actorId)?.kind === 'person');
  const before = persons.filter((m) => m.end <= h.start).pop();
  if (before) return before.actorId;
  const clauseStart = sc.s.clauses[clauseAt(sc.s, h.start)]!;
  const subject = h.rule.nominal
    ? undefined
    : mentions.filter((m) => m.start >= clauseStart && m.end <= h.start).pop()?.actorId;
  // a person right after the verb speaks only when no subject stands before it: "said Blinken", not "felicita al candidato X"
  return subject ?? persons.find((m) => m.start >= h.end && m.start - h.end < 45)?.actorId;
}

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
