/**
 * Modality: whether a trigger is asserted, negated, planned or reported, from the words before it.
 */
import type { Modality } from '../domain/extraction';
import { tokensBefore } from './fold-text';
import { clauseAt, type Sentence } from './split-sentences';
import type { EventPatterns } from './event-patterns';
import type { TriggerHit } from './find-triggers';
import type { WordFinder } from './word-start-matches';

/**
 * Whether a trigger is asserted, negated or planned, from the words before it in its clause and sentence
 * (`hits`: the sentence's triggers, of which a frame takes the act it frames).
 */
export function modalityOf(
  c: EventPatterns,
  text: string,
  folded: string,
  s: Sentence,
  sText: string,
  h: TriggerHit,
  hits: readonly TriggerHit[],
): Modality {
  const rule = h.rule;
  const clauseStart = s.clauses[clauseAt(s, h.start)]!;
  const window = tokensBefore(folded, Math.max(s.start, clauseStart - 1), h.start, 3);
  const nominalWindow = rule.nominal ? tokensBefore(folded, s.start, h.start, 12) : '';
  let modality: Modality = 'asserted';
  // "n'a été signé que le 19 avril 1839", "was not signed until 1839": a negation that only says when is no negation
  if (c.negation.test(window)) modality = c.notUntil?.test(folded.slice(h.end, h.end + 40)) ? 'asserted' : 'negated';
  // "will provide an additional $5 million in humanitarian assistance": aid promised with its amount is announced today
  else if (c.future.test(window)) modality = pledged(c, folded, s, sText, h) ? 'asserted' : 'planned';
  else if (
    c.irrealis.test(window) &&
    !c.ordinal.test(tokensBefore(folded, s.start, h.start, 6)) &&
    !governs(c.decision, folded, s.start, h.start)
  )
    modality = 'planned';
  else if (
    rule.nominal &&
    (c.irrealis.test(nominalWindow) ||
      c.negation.test(nominalWindow) ||
      c.future.test(tokensBefore(folded, s.start, h.start, 4)))
  )
    modality = 'planned';
  else if (c.conditional.test(sText) && clauseAt(s, h.start) === 0) modality = 'planned';
  // "sanctions over its war in Ukraine": a nominal after "over"/"against" is a cause, not news
  else if (rule.nominal && c.cause.test(tokensBefore(folded, s.start, h.start, 3) + ' ')) modality = 'planned';
  // "requests by the embassy for a meeting", "просьбы посольства о встрече": a meeting asked for is not held
  else if (rule.nominal && c.requested.test(tokensBefore(folded, s.start, h.start, 10) + ' ')) modality = 'planned';
  else if (rule.type !== 'statement' && reports(c, sText)) modality = 'reported';
  // "I recommend that the Senate give its advice and consent", "призвал отменить санкции": an act asked for
  if (modality === 'asserted' && rule.type !== 'statement' && governs(c.request, folded, s.start, h.start))
    modality = 'planned';
  // "вступит в силу", "entrará en vigor": a future verb form is a plan
  if (modality !== 'negated' && futureForm(c, text, folded, h) && !pledged(c, folded, s, sText, h))
    modality = 'planned';
  // "No new alliance was signed": a negated subject at the start of the clause
  const clauseHead = folded.slice(Math.max(s.start, clauseStart), h.start);
  if (c.negativeSubject?.test(` ${clauseHead}`) && clauseHead.split(/\s+/).filter(Boolean).length <= 6)
    modality = 'negated';
  // "Dalam kunjungan tersebut, kedua presiden akan berdiskusi": a frame takes the tense of the verb after it
  if (modality === 'asserted' && rule.frame && c.future.test(folded.slice(h.end, s.end))) modality = 'planned';
  // "Durante la visita se firmarán dos convenios", "В ходе визита подпишут": or the future form of the act it frames
  if (modality === 'asserted' && rule.frame) {
    const act = hits.find((x) => x.start >= h.end && !x.rule.frame);
    if (act && futureForm(c, text, folded, act)) modality = 'planned';
  }
  return modality;
}

/**
 * Whether an act is planned by its tense alone: a future marker right before it ("akan meresmikan", "will open", "va
 * rencontrer") or its future form ("se reunirá", "rencontrera", "встретится"), with no purpose, wish or condition.
 */
export function announcedAsFuture(c: EventPatterns, text: string, folded: string, s: Sentence, h: TriggerHit): boolean {
  const before = tokensBefore(folded, s.start, h.start, h.rule.nominal ? 4 : 3);
  if (c.irrealis.test(before) || c.conditional.test(folded.slice(s.start, s.end))) return false;
  return c.future.test(before) || futureForm(c, text, folded, h);
}

/** Aid promised with its amount ("will provide $5 million", "akan menyediakan 150.000 dollar AS"): an announcement, not a plan. */
function pledged(c: EventPatterns, folded: string, s: Sentence, sText: string, h: TriggerHit): boolean {
  return (
    h.rule.plover === 'AID' &&
    !!c.amount?.test(folded.slice(h.start, Math.min(s.end, h.end + 80))) &&
    !c.conditional.test(sText)
  );
}

/** Whether a trigger's first word is a future form: folded, or as written where only an accent tells it ("firmarán"). */
function futureForm(c: EventPatterns, text: string, folded: string, h: TriggerHit): boolean {
  if (c.futureForm?.test(folded.slice(h.start, h.end).split(/\s+/)[0]!)) return true;
  return !!c.accentedFutureForm?.test(text.slice(h.start, h.end).toLowerCase().split(/\s+/)[0]!);
}

/** The last sentence asked for a reporting verb, and the answer: the triggers of one sentence ask in turn. */
let lastReport: { c: EventPatterns; sText: string; reports: boolean } | null = null;

/** Whether a reporting verb ("according to", "сообщает") stands in the sentence. */
function reports(c: EventPatterns, sText: string): boolean {
  if (lastReport?.c !== c || lastReport.sText !== sText) lastReport = { c, sText, reports: c.reporting.test(sText) };
  return lastReport.reports;
}

/**
 * Whether a verb of a kind (recommending or requesting, deciding) governs the trigger: the last one before it, with no
 * comma, colon or semicolon between.
 */
function governs(verbs: WordFinder | null, folded: string, from: number, at: number): boolean {
  if (!verbs) return false;
  const before = folded.slice(from, at);
  let end = -1;
  for (let m = verbs.next(before, 0); m; m = verbs.next(before, end)) end = m.index + m[0].length;
  return end >= 0 && !/[,;:]/.test(before.slice(end));
}
