/**
 * The objects of triggers: whether a signing participle only describes a treaty (background, not
 * news), and whether a trigger that needs a treaty or an organization has one.
 */
import type { Lexicon } from './lexicons';
import type { ActorMention } from './recognize-actors';
import type { Sentence } from './split-sentences';
import { hasTreatyNoun, type TreatyMention } from './link-treaties';
import type { ClassifyInput } from './event-draft';
import { eventPatterns, type EventPatterns } from './event-patterns';
import type { TriggerHit } from './find-triggers';

/** "the North Atlantic Treaty, signed in Washington in 1949": a signing participle that describes a treaty other than the article's, not news. */
export function describesTreaty(
  lex: Lexicon,
  c: EventPatterns,
  folded: string,
  s: Sentence,
  h: TriggerHit,
  treatyHere: TreatyMention[],
  mainTreaty: string | null,
): boolean {
  if (h.rule.type !== 'treaty_signing' || !c.participle.test(folded.slice(h.start, h.end))) return false;
  // "le protocole au Traité de l'Atlantique Nord sur l'accession de la Finlande, signé ...": the participle describes
  // the protocol, not the treaty its name holds
  const outer = treatyHere.filter(
    (m) =>
      !treatyHere.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );
  return (
    outer.some(
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
      // the last treaty before the participle, a protocol rather than the treaty its name holds
      outer.filter((m) => m.end <= h.start).pop()?.treatyId !== mainTreaty)
  );
}

/** What may stand between a founding verb and the body or treaty it founds: at most three words ("established the new ..."). */
const FOUNDED_OBJECT = /^\s*(?:\S+\s+){0,3}$/;

/** Whether a trigger that needs a treaty has one: a treaty mention (after the verb for accessions, withdrawals and foundings), an organization after it, or talks, membership or "it" as its object. */
export function hasObject(
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
    (eventPatterns(lex).itSubject.test(sText) || hasTreatyNoun(sText, lex));
  const founding = rule.type === 'treaty_signing' && eventPatterns(lex).founding.test(rule.pattern);
  const frame = eventPatterns(lex).frameAfterFounding;
  // "the limit established in the treaty", "the working group created by the Standing Committee", "the mechanism
  // established by the treaty lets states leave the European Union": a treaty or body that frames the founding verb,
  // founds by it, or stands further on is not what was founded; that is the verb's object, a few words after it
  const notFounded = (at: number): boolean => {
    if (!founding) return false;
    const gap = folded.slice(h.end, at);
    return !FOUNDED_OBJECT.test(gap) || !!frame?.test(gap);
  };
  const orgAfter =
    inherent ||
    mentionsOf().some(
      (m) =>
        m.start >= h.end &&
        m.start - h.end < 80 &&
        m.end <= s.end &&
        actors.get(m.actorId)?.kind === 'organization' &&
        !notFounded(m.start),
    );
  const objectOnly = rule.type === 'accession' || rule.type === 'withdrawal' || founding;
  const treatyOk = treatyHere.some(
    (m) =>
      (m.kind !== 'indefinite' || rule.type === 'treaty_signing') &&
      (!objectOnly || (m.start >= h.end && m.start - h.end < 80)) &&
      !notFounded(m.start),
  );
  const negotiationAfter =
    (objectOnly || rule.type === 'other') &&
    (eventPatterns(lex).negotiation.test(folded.slice(h.end, Math.min(s.end, h.end + 60))) ||
      // "к нему присоединились", "joined it": the treaty the article is about
      (input.treatyMentions.length > 0 &&
        eventPatterns(lex).itObject.test(
          ` ${folded.slice(Math.max(s.start, h.start - 12), Math.min(s.end, h.end + 12))} `,
        )));
  return treatyOk || orgAfter || negotiationAfter;
}
