/**
 * Agreements signed with several states "respectively" ("ont été signés en 2016 avec respectivement la Côte d'Ivoire,
 * le Kazakhstan et l'Ouzbékistan", "signed with Chile and Peru respectively"): one signing with each state, not one
 * signing of all.
 */
import type { ClassifyInput, Draft } from './event-draft';
import type { EventPatterns } from './event-patterns';

/** How far the list of states may stand from its "respectively": an article or a comma ("avec respectivement la"). */
const LIST_REACH = 6;

/** Splits each signing with a "respectively" beside a list of states after its verb into one signing per state. */
export function oneSigningPerParty(input: ClassifyInput, c: EventPatterns, drafts: Draft[]): Draft[] {
  if (!c.respectively || !drafts.some((d) => d.type === 'treaty_signing')) return drafts;
  const out: Draft[] = [];
  for (const d of drafts) {
    const states = d.type === 'treaty_signing' ? respectiveStates(input, c, d) : [];
    if (states.length < 2) {
      out.push(d);
      continue;
    }
    const others = d.actors.filter((x) => !states.includes(x));
    for (const state of states) out.push({ ...d, actors: [...others, state], guest: state });
  }
  return out;
}

/** The states of the list that a "respectively" after the signing's verb stands right before or right after. */
function respectiveStates(input: ClassifyInput, c: EventPatterns, d: Draft): string[] {
  const { actors, actorMentions, folded } = input;
  const s = d.sentence;
  const word = c.respectively!.next(folded, d.end);
  if (!word || word.index >= s.end) return [];
  const at = word.index;
  const after = at + word[0].length;
  const states = actorMentions.filter(
    (m) => m.start >= d.end && m.end <= s.end && actors.get(m.actorId)?.kind === 'country',
  );
  const before = states.filter((m) => m.end <= at);
  const next = states.filter((m) => m.start >= after);
  const list: ClassifyInput['actorMentions'] =
    before.length && at - before[before.length - 1]!.end <= LIST_REACH
      ? before
      : next.length && next[0]!.start - after <= LIST_REACH
        ? next
        : [];
  return [...new Set(list.map((m) => m.actorId))];
}
