/**
 * Matches of a global pattern that start a word: what a leading `(?<![\p{L}\p{N}])` would keep, checked after
 * each match instead (a lookbehind is tried at every position of the text).
 */
import { planePatterns, planeTextOr } from './bmp-patterns';
import { codePointBefore, insidePair } from './fold-text';
import { followsWordChar, literalPrefixes, maxNonDigitUnits, nextCodePoint, type WordOpener } from './pattern-prefixes';

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

/**
 * What nextWordStartMatch finds, for a pattern of which one of some literals begins every match at a word
 * start (pattern-prefixes.ts, `gateIndex`): `sticky` (the same source, flags `uy`) tried only at `offsets`,
 * those word starts in ascending order, from `re.lastIndex`, which it leaves where nextWordStartMatch would.
 * Offsets null (no gate): nextWordStartMatch itself.
 */
export function nextGatedMatch(
  re: RegExp,
  sticky: RegExp,
  text: string,
  offsets: readonly number[] | null,
  glued: Glued = followsWordChar,
): RegExpExecArray | null {
  if (!offsets) return nextWordStartMatch(re, text, glued);
  const from = re.lastIndex;
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < offsets.length; k++) {
    const p = offsets[k]!;
    if (glued(text, p)) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m) {
      re.lastIndex = m[0].length === 0 ? nextCodePoint(text, p) : p + m[0].length;
      return m;
    }
  }
  re.lastIndex = 0;
  return null;
}

/**
 * What nextWordStartMatch finds, for a pattern every match of which opens on a code point that `opens` accepts (an
 * uppercase letter, for a name): `sticky` (the same source, flags `uy`) tried only at such code points from `from`, a
 * code point boundary, instead of a scan that tries the pattern at every position. Leaves `sticky.lastIndex` anywhere.
 * For a pattern that matches no empty string.
 */
export function nextMatchOpeningOn(
  sticky: RegExp,
  text: string,
  from: number,
  opens: (cp: number) => boolean,
  glued: Glued = followsWordChar,
): RegExpExecArray | null {
  for (let p = from; p < text.length; p++) {
    const cp = text.codePointAt(p)!;
    if (opens(cp)) {
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (m && !glued(text, p)) return m;
    }
    if (cp > 0xffff) p++;
  }
  return null;
}

/** A pattern asked only whether it matches somewhere at a word start. */
export interface WordTest {
  test(text: string): boolean;
}

/** A pattern asked for its matches at word starts, one after another. */
export interface WordFinder extends WordTest {
  /**
   * The first match at a word start from `from` on: what `new RegExp(B + source, 'gu')` finds from `lastIndex` `from`
   * (the text before `from` is still read for the word start), or null.
   */
  next(text: string, from: number): RegExpExecArray | null;
}

/**
 * `new RegExp(B + source, 'u')` as a WordTest: the same answer as its `test`, found by nextWordStartMatch (the
 * leading lookbehind checked after each match of `source`, not tried at every position: on two-byte text, most
 * news once folded, that lookbehind reads `\p{L}` and `\p{N}` before each character). For a source that matches no
 * empty string (an empty match may stand between the halves of a surrogate pair, where the lookbehind tries one).
 * Where one of some literal prefixes begins every match (`literalPrefixes`: a word list's), the pattern is tried as a
 * sticky match only at the word starts where one of them stands (`PrefixGate`), not scanned over the whole text.
 */
export function wordStartTest(source: string): WordFinder {
  const prefixes = literalPrefixes(source, GATE_PREFIX_LENGTH, GATE_MAX_PREFIXES);
  if (!prefixes || prefixes.length < GATE_MIN_PREFIXES) {
    const { wide, bmp } = planePatterns(source, 'gu');
    return new WordStartTest(wide, bmp);
  }
  const sticky = planePatterns(source, 'uy');
  return new GatedWordStartTest(new PrefixGate(prefixes), sticky.wide, sticky.bmp);
}

/**
 * How long the literal prefixes of a gated WordTest are read, and how many it may have (a word list's first letters).
 * A pattern with fewer than GATE_MIN_PREFIXES is scanned: the engine skips to its few first characters faster than a
 * loop over the text's code units, and a short prefix that stands at many word starts ("and" of "and then by") costs a
 * sticky match at each. Measured on the word-start tests of 300 texts of split A, each pattern's calls timed both ways:
 * lists of 1–5 prefixes ran 1.5–15 times slower gated, of 8 and more as fast or up to 60 times faster.
 */
const GATE_PREFIX_LENGTH = 4;
const GATE_MAX_PREFIXES = 512;
const GATE_MIN_PREFIXES = 8;

class WordStartTest implements WordFinder {
  /** `bmp`: the pattern as compiled for a text without surrogates (bmp-patterns.ts). */
  constructor(
    readonly wide: RegExp,
    readonly bmp: RegExp,
  ) {}

  test(text: string): boolean {
    return this.next(text, 0) !== null;
  }

  next(text: string, from: number): RegExpExecArray | null {
    const re = planeTextOr(text) ? this.bmp : this.wide;
    re.lastIndex = from;
    const m = nextWordStartMatch(re, text);
    re.lastIndex = 0;
    return m;
  }
}

/**
 * Literal prefixes (each opening on a letter or a digit, so on a code unit of the Basic Multilingual Plane) by their
 * first code unit, with a bit per bucket of first code units (the unit's low ten bits) to pass over the rest of a
 * text's code units without a lookup.
 */
class PrefixGate {
  readonly buckets = new Uint32Array(32);
  readonly byFirst = new Map<number, string[]>();

  constructor(prefixes: readonly string[]) {
    for (const p of prefixes) {
      const c = p.charCodeAt(0);
      this.buckets[(c >> 5) & 31]! |= 1 << (c & 31);
      const list = this.byFirst.get(c);
      if (list) list.push(p);
      else this.byFirst.set(c, [p]);
    }
  }
}

/**
 * A WordStartTest whose every match opens on one of a PrefixGate's prefixes: `sticky` (the same source, flags `uy`)
 * tried at each offset that is not glued (`followsWordChar`) and where a prefix stands. A scan finds a match that is
 * not glued exactly where some offset that is not glued starts a match, so the answers are the same.
 */
class GatedWordStartTest implements WordFinder {
  constructor(
    readonly gate: PrefixGate,
    readonly wide: RegExp,
    readonly bmp: RegExp,
  ) {}

  test(text: string): boolean {
    return this.next(text, 0) !== null;
  }

  next(text: string, from: number): RegExpExecArray | null {
    const { buckets, byFirst } = this.gate;
    let sticky: RegExp | null = null;
    for (let p = from, n = text.length; p < n; p++) {
      const c = text.charCodeAt(p);
      if ((buckets[(c >> 5) & 31]! & (1 << (c & 31))) === 0) continue;
      // inside a word (most letters): an ASCII letter or digit before it, else the whole code point before it read
      if (p > 0) {
        const b = text.charCodeAt(p - 1);
        if (b < 128 ? isAsciiWordUnit(b) : followsWordChar(text, p)) continue;
      }
      const list = byFirst.get(c);
      if (list === undefined || !startsAny(text, p, list)) continue;
      sticky ??= planeTextOr(text) ? this.bmp : this.wide;
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (m !== null) return m;
    }
    return null;
  }
}

/** Whether an ASCII code unit is a letter or a digit. */
function isAsciiWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Whether one of `list` stands at `at` of `text`. */
function startsAny(text: string, at: number, list: readonly string[]): boolean {
  for (let k = 0; k < list.length; k++) if (text.startsWith(list[k]!, at)) return true;
  return false;
}

/** Every match of `re` (flags `gu`) in the whole text that is not `glued`, in order (see nextWordStartMatch). */
export function wordStartMatches(re: RegExp, text: string, glued: Glued = followsWordChar): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextWordStartMatch(re, text, glued)) !== null) out.push(m);
  return out;
}

/**
 * What wordStartMatches finds with the same `glued`, for a pattern every match of which opens on what `opener` says
 * (pattern-prefixes.ts, `wordOpener`): `sticky` (the same source, flags `uy`) tried only at those of `starts` whose
 * first code unit may open a match, instead of a scan that tries the pattern at every position. `starts` are the
 * offsets, in order, of every code point of the text that is a letter or a digit and is not `glued`.
 */
export function openedMatches(
  sticky: RegExp,
  text: string,
  starts: readonly number[],
  opener: WordOpener,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const { digits, letters, units } = opener;
  let end = 0;
  for (let k = 0; k < starts.length; k++) {
    const p = starts[k]!;
    if (p < end) continue;
    const c = text.charCodeAt(p);
    if (!(letters || (digits && c >= 48 && c <= 57) || units.includes(c))) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    end = m[0].length === 0 ? nextCodePoint(text, p) : p + m[0].length;
  }
  return out;
}

/**
 * For a pattern whose only repetition is over digits (`\d+`, `\d{1,4}`, outside a class) and that has no
 * backreference: a bound on the code units other than ASCII digits that a match holds (its longest arm read by
 * maxNonDigitUnits, at most two for each character of the source, as any other atom matches one code point at most).
 * Null for any other pattern.
 */
export function anchorReach(source: string): number | null {
  if (/\\[1-9k\\]|\[[^\]]*\\d/.test(source)) return null;
  const rest = source
    .replace(/\\d(?:[+*]|\{\d*,?\d*\})\??/g, '')
    .replace(/\\p\{[^}]*\}/g, '')
    .replace(/\\./g, '');
  if (/[+*{]/.test(rest)) return null;
  return Math.min(2 * source.length, maxNonDigitUnits(source) ?? Infinity);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * What wordStartMatches finds, for a pattern of which every match contains `literal` and holds at most `reach`
 * code units that are not ASCII digits (anchorReach): `sticky` (the same source, flags `uy`) tried only at the
 * positions from which an occurrence of the literal is within reach, instead of a scan of the whole text.
 */
export function anchoredMatches(
  sticky: RegExp,
  text: string,
  literal: string,
  reach: number,
  glued: Glued = followsWordChar,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  // positions before `done` start no match that is still to be found
  let done = 0;
  for (let q = text.indexOf(literal); q >= 0; q = text.indexOf(literal, done)) {
    let p = q;
    for (let budget = reach; p > done; p--) {
      if (!isDigit(text.charCodeAt(p - 1))) {
        if (budget === 0) break;
        budget--;
      }
    }
    let m: RegExpExecArray | null = null;
    for (; p <= q; p++) {
      // the scan starts matches at code point boundaries only
      if (insidePair(text, p)) continue;
      if (glued(text, p)) continue;
      sticky.lastIndex = p;
      if ((m = sticky.exec(text)) !== null) break;
    }
    if (m) {
      out.push(m);
      done = m[0].length === 0 ? nextCodePoint(text, m.index) : m.index + m[0].length;
    } else done = q + 1;
  }
  return out;
}

/** Whether a code point is one that `\s` matches. */
export function isSpaceCodePoint(cp: number): boolean {
  return (
    (cp >= 9 && cp <= 13) ||
    cp === 32 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000 ||
    cp === 0xfeff
  );
}

/**
 * What a global scan of `text` finds (every match, each search going on from the end of the last) with a pattern every
 * match of which holds `mark` and, before the first `mark` it holds, only code points that `inRun` accepts: `sticky` (its
 * sticky form, flags `uy`) tried only from the start of the run of such code points before each `mark` of the text up
 * to that mark, instead of at every position. For a pattern that matches no empty string.
 */
export function matchesBeforeMark(
  sticky: RegExp,
  text: string,
  mark: string,
  inRun: (cp: number) => boolean,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  // positions before `from` start no match that is still to be found
  let from = 0;
  for (let q = text.indexOf(mark, from); q >= 0; q = text.indexOf(mark, from)) {
    let p = q;
    while (p > from) {
      const cp = codePointBefore(text, p, from);
      if (!inRun(cp)) break;
      p -= cp > 0xffff ? 2 : 1;
    }
    let m: RegExpExecArray | null = null;
    for (; p <= q; p++) {
      // the scan starts matches at code point boundaries only
      if (insidePair(text, p)) continue;
      sticky.lastIndex = p;
      if ((m = sticky.exec(text)) !== null) break;
    }
    if (m) {
      out.push(m);
      from = m.index + m[0].length;
    } else from = q + 1;
  }
  return out;
}
