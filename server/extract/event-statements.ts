/**
 * Statements: a reporting verb is a statement only when a speaker stands next to it.
 */
import type { ArticleScope, SentenceScope } from './event-draft';
import { pronounRe } from './event-patterns';
import type { TriggerHit } from './find-triggers';

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
