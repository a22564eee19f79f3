/**
 * Triggers: the places where a lexicon's trigger rules match the folded text, longest first where
 * they overlap, each with the index of its sentence.
 */
import type { Lexicon, TriggerRule } from './lexicons';
import { eventPatterns } from './event-patterns';
import type { Sentence } from './split-sentences';

export interface TriggerHit {
  rule: TriggerRule;
  start: number;
  end: number;
  sentence: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Every trigger in the text, longest first where they overlap. */
export function findTriggers(folded: string, lex: Lexicon, sentences: Sentence[]): TriggerHit[] {
  const c = eventPatterns(lex);
  const hits: TriggerHit[] = [];
  // a rule none of whose literal prefixes starts a word of the text has no match there: it is not run
  const possible = c.possibleRules(folded);
  for (let i = 0; i < c.rules.length; i++) {
    if (!possible[i]) continue;
    const { rule, re } = c.rules[i]!;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded)) !== null) {
      if (m.index > 0 && WORD_CHAR.test(folded.charAt(m.index - 1))) {
        re.lastIndex = m.index + 1;
        continue;
      }
      hits.push({ rule, start: m.index, end: m.index + m[0].length, sentence: -1 });
    }
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
  return kept;
}
