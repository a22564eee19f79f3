/**
 * Triggers: the places where a lexicon's trigger rules match the folded text, longest first where
 * they overlap, each with the index of its sentence.
 */
import { uniformRule } from './trigger-rule';
import { hasSurrogate, type PlanePattern } from './bmp-patterns';
import type { Lexicon, TriggerRule } from './lexicons';
import { eventPatterns } from './event-patterns';
import { matchesAt } from './pattern-prefixes';
import type { Sentence } from './split-sentences';
import { wordStartMatches } from './word-start-matches';

export interface TriggerHit {
  rule: TriggerRule;
  start: number;
  end: number;
  sentence: number;
}

/** Every trigger in the text, longest first where they overlap. */
export function findTriggers(folded: string, lex: Lexicon, sentences: Sentence[]): TriggerHit[] {
  const c = eventPatterns(lex);
  const hits: TriggerHit[] = [];
  // a gated rule is tried only at the word starts where one of its literal prefixes stands (none: not run)
  const starts = c.ruleStarts(folded);
  // the rules as compiled for the Basic Multilingual Plane, unless the text holds a surrogate
  const wide = hasSurrogate(folded);
  for (let i = 0; i < c.rules.length; i++) {
    const r = c.rules[i]!;
    const { rule, scanIf, required } = r;
    const re = wide ? r.re : r.bmpRe;
    const sticky = wide ? r.sticky : r.bmpSticky;
    let at: readonly number[] | null = starts[i]!;
    // a gate read arm by arm holds only while the text lacks the literals of the arms it does not bound
    if (at && scanIf && scanIf.some((literal) => folded.includes(literal))) at = null;
    if (!at && required && !folded.includes(required)) continue;
    for (const m of at ? matchesAt(sticky, folded, at) : wordStartMatches(re, folded))
      hits.push({ rule, start: m.index, end: m.index + m[0].length, sentence: -1 });
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TriggerHit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  kept.sort((a, b) => a.start - b.start);
  let si = 0;
  for (const h of kept) {
    while (si < sentences.length - 1 && h.start >= sentences[si]!.end) si++;
    h.sentence = si;
  }
  if (!c.supportVerb) return kept;
  for (let i = 0; i < kept.length; i++) kept[i] = withSupportVerb(c.supportVerb, folded, sentences, kept, i);
  // a trigger verb that became the support verb of the noun after it ("hosted the naval exercise") is that noun's act
  return kept.filter((h, i) => i + 1 >= kept.length || kept[i + 1]!.start > h.start);
}

/** How far before its noun a support verb may stand, past a determiner and a few adjectives. */
const SUPPORT_REACH = 80;
const VERBAL = new WeakMap<TriggerRule, TriggerRule>();

/**
 * An event noun governed by a support verb ("conducted an airstrike", "a mené une frappe", "нанесли удар"): the verb
 * and its noun are one verbal trigger, which takes the verb's tense, date and subject as any verb does.
 */
function withSupportVerb(
  support: PlanePattern,
  folded: string,
  sentences: Sentence[],
  kept: TriggerHit[],
  i: number,
): TriggerHit {
  const h = kept[i]!;
  // a speech noun after "made", "gave", "held" ("made his remarks", "held a press conference") reports words, told by their
  // own verb of saying; only acts are promoted
  if (!h.rule.nominal || h.rule.type === 'statement') return h;
  // the verb may be the trigger right before, an act of another type ("hosted" a meeting, "hosted the naval exercise")
  const prev = i > 0 ? kept[i - 1]! : null;
  const absorbs =
    !!prev &&
    !prev.rule.nominal &&
    prev.rule.type !== 'statement' &&
    prev.rule.type !== h.rule.type &&
    prev.sentence === h.sentence;
  const from = Math.max(
    sentences[h.sentence]!.start,
    h.start - SUPPORT_REACH,
    prev ? (absorbs ? prev.start : prev.end) : 0,
  );
  const m = support.exec(folded.slice(from, h.start));
  if (!m) return h;
  const verb = from + m.index + m[0].indexOf(m[1]!);
  if (absorbs && verb < prev.end && verb !== prev.start) return h;
  let rule = VERBAL.get(h.rule);
  if (!rule) {
    rule = uniformRule({ ...h.rule, nominal: false });
    VERBAL.set(h.rule, rule);
  }
  return { rule, start: verb, end: h.end, sentence: h.sentence };
}
