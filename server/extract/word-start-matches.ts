/**
 * Matches of a global pattern that start a word: what a leading `(?<![\p{L}\p{N}])` would keep, checked after
 * each match instead (a lookbehind is tried at every position of the text).
 */
import { followsWordChar, nextCodePoint } from './pattern-prefixes';

/** Whether a match at `at` of `text` is glued to what precedes it (then it does not start a word). */
export type Glued = (text: string, at: number) => boolean;

/**
 * The next match of `re` (flags `gu`) from its `lastIndex` that is not `glued` to what precedes it, or null.
 * A glued match is dropped and the search goes on from the code point after its start, so a shorter match
 * inside it may still be found. `glued` defaults to "right after a letter or a digit", read as a whole code
 * point (an astral letter such as "𝐀" glues too); pass another to widen it or to let some glued matches
 * through. Leaves `re.lastIndex` after the match, past it when the match is empty.
 */
export function nextWordStartMatch(re: RegExp, text: string, glued: Glued = followsWordChar): RegExpExecArray | null {
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (!glued(text, m.index)) {
      if (m[0].length === 0) re.lastIndex = nextCodePoint(text, m.index);
      return m;
    }
    re.lastIndex = nextCodePoint(text, m.index);
  }
  return null;
}

/** Every match of `re` (flags `gu`) in the whole text that is not `glued`, in order (see nextWordStartMatch). */
export function wordStartMatches(re: RegExp, text: string, glued: Glued = followsWordChar): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextWordStartMatch(re, text, glued)) !== null) out.push(m);
  return out;
}
