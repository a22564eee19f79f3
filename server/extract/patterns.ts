/**
 * Pattern helpers the stages share: word alternations, word boundaries on folded text, and the
 * words every lexicon contributes to a list that applies whatever the article's language.
 */
import { LEXICONS, type Lexicon } from './lexicons';
import type { SharedWords } from './lexicons/types';
import { plane } from './bmp-patterns';

/** Before a word: no letter or digit (a lookbehind). */
export const B = '(?<![\\p{L}\\p{N}])';
/** After a word: no letter or digit. */
export const E = '(?![\\p{L}\\p{N}])';

/** A word or phrase as a pattern: special characters escaped, spaces as any whitespace. */
export function esc(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** An alternation of words, longest first. */
export function words(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');
}

/**
 * The same words as `words`, with their common beginnings factored out ("по итогам встречи|по итогам визита" as
 * "по\\s+итогам\\s+(?:встречи|визита)"), for a test of whether any of them is there: a regular expression tries
 * each alternative in turn, so a long list of phrases that share their first words (a product of prepositions and
 * nouns) costs one try per phrase at every position, where the factored form costs one per distinct beginning, and
 * compiles to far less code (the Russian titles: about 1 MB of machine code flat, a third of it factored). It matches
 * the same strings. Two words that match at one position are one the beginning of the other (a word holds no
 * whitespace but its spaces), and both forms try the longer first (`words` sorts longest first, the factored form
 * tries a longer word before the end of a shorter one), so where the alternation is followed by nothing but a
 * boundary test (`(?:…)${E}`) the first match is the same too.
 */
export function factoredWords(list: readonly string[]): string {
  type Node = Map<string, Node> & { end?: boolean };
  const root: Node = new Map();
  for (const w of list) {
    let node = root;
    for (const unit of w.match(/ |[^ ]/gu) ?? []) {
      const key = unit === ' ' ? '\\s+' : unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      let next = node.get(key);
      if (!next) node.set(key, (next = new Map()));
      node = next;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    const alts = [...node].map(([unit, child]) => unit + emit(child));
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

/** A pattern source, or one that never matches when the lexicon has none. */
export function orNever(src: string | null | undefined): string {
  return src ? src : '(?!)';
}

/** Words of every lexicon for one shared list, in lexicon order, each once. */
export function sharedWords(key: keyof SharedWords): string[] {
  const out: string[] = [];
  for (const lex of Object.values(LEXICONS) as Lexicon[])
    for (const w of lex.shared[key]) if (!out.includes(w)) out.push(w);
  return out;
}

/** The same, as an alternation (in lexicon order, not escaped: the words are plain). */
export function sharedAlternation(key: keyof SharedWords): string {
  return sharedWords(key).join('|');
}

const LAST_WORD = plane(/([\p{L}]+)[^\p{L}]*$/u);
/** The last word of a text (letters only), or ''. */
export function lastWord(s: string): string {
  const m = LAST_WORD.exec(s);
  return m ? m[1]! : '';
}
