/**
 * The actors of events: the mentions of each sentence, the actors between a trigger's neighbouring
 * verbs, and the countries of a list that continues over several clauses.
 */
import type { ActorMention } from './recognize-actors';
import { clauseAt, type Sentence } from './split-sentences';
import type { ActorIndex, ClassifyInput, Draft } from './event-draft';
import { sameDate } from './event-dates';
import type { EventPatterns } from './event-patterns';
import type { TriggerHit } from './find-triggers';
import { plane } from './bmp-patterns';

/** Indexes the actor mentions of an article by sentence. */
export function indexActors(input: ClassifyInput): ActorIndex {
  const { actors } = input;
  // mentions by sentence, computed once
  const bySentence = new Map<number, ActorMention[]>();
  for (const m of input.actorMentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  // methods, not closures bound to names: tsx names each of those (esbuild's keepNames) every time it is made
  return {
    mentionsOf(s: Sentence): ActorMention[] {
      return sentenceMentions(bySentence, s);
    },
    participantsOf(s: Sentence): string[] {
      const ids: string[] = [];
      for (const m of sentenceMentions(bySentence, s)) {
        const a = actors.get(m.actorId);
        if (!a || a.media) continue;
        if (!ids.includes(a.id)) ids.push(a.id);
      }
      return ids;
    },
    personOf(s: Sentence): string | null {
      const ps = sentenceMentions(bySentence, s).filter((m) => actors.get(m.actorId)?.kind === 'person');
      return ps.length ? ps[0]!.actorId : null;
    },
  };
}

function sentenceMentions(bySentence: Map<number, ActorMention[]>, s: Sentence): ActorMention[] {
  return (bySentence.get(s.index) ?? []).filter((m) => m.start >= s.start && m.end <= s.end);
}

/** Each event takes the actors between its neighbouring verbs: "A met B, a day after meeting C". */
export function regionActorsOf(
  input: ClassifyInput,
  index: ActorIndex,
  s: Sentence,
  hits: TriggerHit[],
  participants: string[],
): (h: TriggerHit) => string[] {
  const { actors } = input;
  const { mentionsOf } = index;
  const bounds = hits.filter((h) => !h.rule.nominal);
  return (h: TriggerHit): string[] => {
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
}

/** The countries listed in the trigger's clause and in the clauses that only continue its list. */
export function listClauseCountries(input: ClassifyInput, c: EventPatterns, d: Draft): Set<string> {
  const { actors } = input;
  const s = d.sentence;
  const bounds = [...s.clauses, s.end];
  const ci = clauseAt(s, d.start);
  let lo = ci;
  let hi = ci;
  while (lo > 0 && onlyList(input, c, d, bounds, lo - 1)) lo--;
  while (hi < s.clauses.length - 1 && onlyList(input, c, d, bounds, hi + 1)) hi++;
  const ids = new Set<string>();
  for (let k = lo; k <= hi; k++)
    for (const m of mentionsIn(input, bounds, k)) if (actors.get(m.actorId)?.kind === 'country') ids.add(m.actorId);
  return ids;
}

/** What separates the words of a clause (a constant: tsx would rebuild a `\p` literal on every call). */
const NON_WORD_RUN = plane(/[^\p{L}\p{N}]+/u);

/** The actor mentions of clause `k` (between `bounds[k]` and `bounds[k + 1]`). */
function mentionsIn(input: ClassifyInput, bounds: number[], k: number): ActorMention[] {
  return input.actorMentions.filter((m) => m.start >= bounds[k]! && m.end <= bounds[k + 1]!);
}

/** Whether clause `k` holds nothing but more of the list: mentions, dates of the draft's day and list words. */
function onlyList(input: ClassifyInput, c: EventPatterns, d: Draft, bounds: number[], k: number): boolean {
  // "Laos dan Myanmar pada tahun 1997", "India dan Tiongkok pada 2009": a clause with another date is another event (gapping), not more of this list
  if (
    input.dates.some(
      (x) => x.value && x.start >= bounds[k]! && x.end <= bounds[k + 1]! && !(d.date && sameDate(x.value, d.date)),
    )
  )
    return false;
  const mentions = mentionsIn(input, bounds, k);
  if (mentions.length === 0) return false;
  let t = input.text.slice(bounds[k]!, bounds[k + 1]!);
  const spans = [...mentions, ...input.dates.filter((d) => d.start >= bounds[k]! && d.end <= bounds[k + 1]!)];
  for (const m of spans.sort((a, b) => b.start - a.start))
    t = t.slice(0, m.start - bounds[k]!) + t.slice(m.end - bounds[k]!);
  return t.split(NON_WORD_RUN).filter((w) => w && !c.listWords.has(w.toLowerCase())).length === 0;
}
