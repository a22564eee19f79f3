/**
 * Literal prefixes of a pattern: a few short strings one of which begins every match, read from
 * the pattern's source. A text in which none of them starts a word cannot hold a match that
 * starts a word, so the stage that scans a text with dozens of patterns (find-triggers) skips
 * those patterns without running them.
 *
 * The reading is conservative: it understands literal characters, groups and their alternatives,
 * simple character classes (`[oa]`), the `?` quantifier and lookarounds (which match nothing); at
 * anything else (`\p{L}`, `.`, `*`, `+`, `{m,n}`) it stops and keeps what it has read so far. A
 * pattern whose prefixes it cannot bound (an alternative that may start with anything, a prefix
 * that does not start with a letter or digit, too many strings) gets `null`: always run it.
 */

import { codePointBefore, isWordCodePoint } from './fold-text';
import { plane } from './bmp-patterns';

/** Longest prefix kept; a word start's first characters up to this length are what a text offers. */
const PREFIX_LENGTH = 4;
/** Longest literal kept for a pattern's gate: a text that does not contain it anywhere cannot match. */
const LITERAL_LENGTH = 16;
/** More strings than this and the pattern is treated as unbounded. */
const MAX_STRINGS = 64;

/** A literal character: lowercase letters (the patterns run on folded text), digits, and plain punctuation. */
const PLAIN = plane(/^[\p{Ll}\p{Lo}\p{N} '’,:;"-]$/u);
const WORD_START = plane(/^[\p{L}\p{N}]/u);

interface Element {
  /** The exact strings the element matches, or null when they are not a small set. */
  strings: Set<string> | null;
  end: number;
  /** It may match nothing (`?`, `*`, `{0,n}`). */
  optional: boolean;
  /** A lookaround: it matches nothing and constrains nothing we read. */
  zeroWidth: boolean;
  /** A group's body, when the element is a group. */
  body?: string;
}

/**
 * Walks a pattern from `from`, past escapes and character classes, to the `)` that closes a group opened before
 * `from`: its index; else -1 when the pattern ends with its groups and classes closed, -2 when it ends inside one.
 * Records in `bars` the offsets of the `|` outside the groups it opens.
 */
function walkBrackets(src: string, from: number, bars?: number[]): number {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      if (--depth < 0) return i;
    } else if (ch === '|' && depth === 0) bars?.push(i);
  }
  return depth !== 0 || inClass ? -2 : -1;
}

/** Index of the `)` closing the group opened at `open` (a `(`), or -1. */
export function groupEnd(src: string, open: number): number {
  const e = walkBrackets(src, open + 1);
  return e < 0 ? -1 : e;
}

/** The top-level alternatives of a pattern, or null when its brackets do not balance. */
export function alternatives(src: string): string[] | null {
  const bars: number[] = [];
  if (walkBrackets(src, 0, bars) !== -1) return null;
  const out: string[] = [];
  let start = 0;
  for (const bar of bars) {
    out.push(src.slice(start, bar));
    start = bar + 1;
  }
  out.push(src.slice(start));
  return out;
}

function element(src: string, i: number): Element | null {
  if (/^\(\?<?[=!]/.test(src.slice(i, i + 4))) {
    const e = groupEnd(src, i);
    return e < 0 ? null : { strings: new Set(['']), end: e + 1, optional: false, zeroWidth: true };
  }
  const ch = src[i]!;
  let strings: Set<string> | null = null;
  let end = i + 1;
  let body: string | undefined;
  if (ch === '(') {
    const e = groupEnd(src, i);
    if (e < 0) return null;
    body = src.slice(src.startsWith('(?:', i) ? i + 3 : i + 1, e);
    strings = exactStrings(body);
    end = e + 1;
  } else if (ch === '[') {
    const e = src.indexOf(']', i + 1);
    if (e < 0) return null;
    const members = [...src.slice(i + 1, e)];
    if (members.length && members.every((c) => c !== '\\' && c !== '^' && c !== '-' && PLAIN.test(c)))
      strings = new Set(members);
    end = e + 1;
  } else if (PLAIN.test(ch)) strings = new Set([ch]);
  // anything else (an escape, `.`, an anchor) matches no small set of strings
  const q = src[end];
  if (q === '?')
    return {
      strings,
      end: src[end + 1] === '?' ? end + 2 : end + 1,
      optional: true,
      zeroWidth: false,
      ...(body ? { body } : {}),
    };
  if (q === '*' || (q === '{' && /^\{0[,}]/.test(src.slice(end))))
    return { strings: null, end, optional: true, zeroWidth: false };
  if (q === '+' || q === '{')
    return { strings: null, end, optional: false, zeroWidth: false, ...(body ? { body } : {}) };
  return { strings, end, optional: false, zeroWidth: false, ...(body ? { body } : {}) };
}

/** Every string a pattern matches, when that is a small finite set (no quantifier but `?`, no lookaround). */
function exactStrings(src: string): Set<string> | null {
  const alts = alternatives(src);
  if (!alts) return null;
  const out = new Set<string>();
  for (const alt of alts) {
    let current = new Set<string>(['']);
    for (let i = 0; i < alt.length;) {
      const el = element(alt, i);
      if (!el || el.zeroWidth || el.strings === null) return null;
      const next = new Set<string>();
      for (const a of current) {
        for (const b of el.strings) next.add(a + b);
        if (el.optional) next.add(a);
      }
      current = next;
      if (current.size > MAX_STRINGS) return null;
      i = el.end;
    }
    for (const s of current) out.add(s);
    if (out.size > MAX_STRINGS) return null;
  }
  return out;
}

/** `a + b` for every pair, cut to `length`; a string already that long takes nothing more. */
function extend(current: Set<string>, more: Iterable<string>, optional: boolean, length: number): Set<string> {
  const next = new Set<string>();
  for (const a of current) {
    if (a.length >= length) {
      next.add(a);
      continue;
    }
    for (const b of more) next.add((a + b).slice(0, length));
    if (optional) next.add(a);
  }
  return next;
}

/**
 * Strings of at most PREFIX_LENGTH characters, each starting with a letter or a digit, one of
 * which begins every match of `src`; null when the pattern's start cannot be bounded that way.
 */
export function literalPrefixes(src: string, length = PREFIX_LENGTH, maxStrings = MAX_STRINGS): string[] | null {
  const alts = alternatives(src);
  if (!alts) return null;
  const out = new Set<string>();
  for (const alt of alts) {
    let current = new Set<string>(['']);
    for (let i = 0; i < alt.length && [...current].some((s) => s.length < length);) {
      const el = element(alt, i);
      if (!el) return null;
      i = el.end;
      if (el.zeroWidth) continue;
      if (el.strings === null) {
        // a required group that matches no small set of strings still starts with one of its own prefixes
        const inner = el.body !== undefined ? literalPrefixes(el.body, length, maxStrings) : null;
        if (!el.optional) {
          if (inner) current = extend(current, inner, false, length);
        } else if (inner && el.body !== undefined) {
          // an optional group (`(...)?`): one of its own prefixes, or one of what follows it
          const rest = i < alt.length ? literalPrefixes(alt.slice(i), length, maxStrings) : null;
          if (rest)
            current = new Set([...extend(current, inner, false, length), ...extend(current, rest, false, length)]);
          if (current.size > maxStrings) return null;
        }
        break;
      }
      current = extend(current, el.strings, el.optional, length);
      if (current.size > maxStrings) return null;
    }
    for (const s of current) {
      if (!WORD_START.test(s)) return null;
      out.add(s);
    }
    if (out.size > maxStrings) return null;
  }
  return [...out];
}

/** A quantifier (`*`, `+`, `?`, `{m}`, `{m,}`, `{m,n}`, each maybe lazy) at the start of `rest`. */
const QUANTIFIER = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/;
/** An escape at the start of `rest`: `\p{..}`, `\u{..}`, `\uXXXX`, `\xXX`, `\k<..>`, `\cX` or one character. */
const ESCAPE = /^\\(?:[pPu]\{[^}]*\}|u[\dA-Fa-f]{4}|x[\dA-Fa-f]{2}|k<[^>]*>|c[A-Za-z]|[\s\S])/;

/** The literal runs every match of `src` holds, each a string it contains whole (none known: empty). */
function requiredRuns(src: string): string[] {
  const alts = alternatives(src);
  if (!alts) return [];
  if (alts.length > 1) return commonRun(alts);
  const alt = alts[0]!;
  const runs: string[] = [];
  let run = '';
  for (let i = 0; i < alt.length;) {
    if (alt[i] === '\\') {
      // an escape (a class, an escaped character): no literal read, whatever its quantifier
      const esc = ESCAPE.exec(alt.slice(i));
      if (!esc) return [];
      i += esc[0].length;
      i += QUANTIFIER.exec(alt.slice(i))?.[0].length ?? 0;
      runs.push(run);
      run = '';
      continue;
    }
    const el = element(alt, i);
    if (!el) return [];
    // element() leaves a quantifier other than `?` unread
    const quantifier = QUANTIFIER.exec(alt.slice(el.end))?.[0] ?? '';
    i = el.end + quantifier.length;
    if (!quantifier && !el.optional && !el.zeroWidth && el.strings?.size === 1) {
      run += [...el.strings][0]!;
      continue;
    }
    runs.push(run);
    run = '';
    // a group matched at least once holds what its body always holds
    const atLeastOnce = !el.optional && (quantifier === '' || /^(?:\+|\{[1-9])/.test(quantifier));
    // (not a named or otherwise marked group, whose body opens on `?`)
    if (atLeastOnce && !el.zeroWidth && el.body !== undefined && !el.body.startsWith('?'))
      runs.push(...requiredRuns(el.body));
  }
  runs.push(run);
  return runs;
}

/**
 * For an alternation: the longest string (three characters or more) that a required run of every alternative
 * contains ("semana" in "hace \\d+ semanas?|\\d+ semanas? atras"), as a run; none: empty.
 */
function commonRun(alts: string[]): string[] {
  const runsOf = alts.map((alt) => requiredRuns(alt).filter((r) => r.length >= 3));
  if (runsOf.some((runs) => runs.length === 0)) return [];
  // the candidates: the substrings of the alternative whose runs are shortest
  const size = (runs: string[]) => runs.reduce((n, r) => n + r.length, 0);
  const base = runsOf.reduce((a, b) => (size(b) < size(a) ? b : a));
  let best = '';
  for (const run of base)
    for (let i = 0; i + Math.max(best.length, 2) < run.length; i++)
      for (let j = run.length; j - i > Math.max(best.length, 2); j--) {
        const sub = run.slice(i, j);
        if (runsOf.every((runs) => runs.some((r) => r.includes(sub)))) {
          best = sub;
          break;
        }
      }
  return best ? [best] : [];
}

/**
 * The longest literal (three characters or more) that every match of a pattern contains, read from
 * its source as the gates read it: a text that does not contain it cannot match. Null when there is
 * none (an alternation at the top, no literal run that long).
 */
export function requiredLiteral(src: string): string | null {
  const best = requiredRuns(src).reduce((a, b) => (b.length > a.length ? b : a), '');
  return best.length >= 3 ? best : null;
}

/**
 * What a text must offer for a pattern that starts a word to match there: one of its literal
 * prefixes (up to LITERAL_LENGTH characters), each with the word start it begins with. Null when
 * the pattern's start cannot be bounded (run it on every text). A word list may pass a `maxStrings`
 * above the default, since it has no alternatives that multiply.
 */
export type PatternGate = readonly { start: string; literal: string }[];

export function patternGate(src: string, maxStrings = MAX_STRINGS): PatternGate | null {
  const short = literalPrefixes(src, PREFIX_LENGTH, maxStrings);
  if (!short) return null;
  // many alternatives read further can pass the limit: then the short prefixes are the gate
  const literals = literalPrefixes(src, LITERAL_LENGTH, maxStrings) ?? short;
  return literals.map((literal) => ({ start: literal.slice(0, PREFIX_LENGTH), literal }));
}

/**
 * Most literals an alternation gated arm by arm may have (its arms are read one by one: nothing multiplies). The
 * French speech rule grew past 512 distinct literals in round 18 (530) and was scanned over every French text again:
 * in the bench's process, where it is compiled without optimisations, 2–6 ms a text (docs/performance.md, Round 19).
 */
const MAX_ARM_STRINGS = 2048;

/**
 * A gate for an alternation that patternGate cannot bound as a whole, read arm by arm: the literals of the arms
 * that open on literal words (up to MAX_ARM_STRINGS distinct ones in all, where patternGate keeps 64), and for each other arm the
 * literal every match of it holds (requiredLiteral), in `scanIf`. A text that holds none of the `scanIf` literals
 * matches only where the gated arms' literals stand, as a pattern gated whole; one that holds one of them is scanned
 * whole. Null when an arm has neither (an arm that opens on `\p{L}` and holds no literal).
 */
export function armsGate(src: string): { gate: PatternGate; scanIf: string[] } | null {
  const arms = alternatives(src);
  if (!arms || arms.length < 2) return null;
  const gate: { start: string; literal: string }[] = [];
  const scanIf: string[] = [];
  for (const arm of arms) {
    const own = patternGate(arm);
    if (own) gate.push(...own);
    else {
      const literal = requiredLiteral(arm);
      if (!literal) return null;
      scanIf.push(literal);
    }
  }
  // arms that open alike ("declar(?:erent|ait)|declar(?:e|ent)") give a literal more than once: it counts once
  const seen = new Set<string>();
  const distinct = gate.filter((g) => !seen.has(g.literal) && !!seen.add(g.literal));
  return distinct.length <= MAX_ARM_STRINGS ? { gate: distinct, scanIf } : null;
}

/**
 * What every match of a pattern opens on, where that is a letter or a digit: an ASCII digit (`\d`), a letter (`\p{L}`,
 * `\p{Lu}`, `\p{Ll}`) or one of some literal word characters (`units`, their char codes). Read conservatively: it may
 * say more than a pattern opens on, never less.
 */
export interface WordOpener {
  digits: boolean;
  letters: boolean;
  units: number[];
}

/** Escapes of a letter class that a match may open on. */
const LETTER_ESCAPES = new Set(['\\p{L}', '\\p{Lu}', '\\p{Ll}']);
const LITERAL_UNIT = plane(/^[\p{L}\p{N}]$/u);

/**
 * What every match of `src` opens on, where each match opens on a letter or a digit (WordOpener); null where some match
 * may open on anything else or on nothing (an empty match), or the pattern holds what this does not read: it reads
 * literal characters, `\d`, the letter classes, groups and their alternatives, lookarounds (which open on nothing) and
 * quantifiers, and stops at anything else (a class, `.`, an anchor, another escape).
 */
export function wordOpener(src: string): WordOpener | null {
  const out: WordOpener = { digits: false, letters: false, units: [] };
  return everyOpens(src, out) ? out : null;
}

/** Whether every match of `src` opens on a letter or a digit, adding what it opens on to `out`. */
function everyOpens(src: string, out: WordOpener): boolean {
  const alts = alternatives(src);
  return alts !== null && alts.every((alt) => opensFrom(alt, 0, out));
}

/** Whether every match of `alt.slice(i)` (a sequence without a top-level `|`) opens on a letter or a digit. */
function opensFrom(alt: string, i: number, out: WordOpener): boolean {
  if (i >= alt.length) return false;
  const ch = alt[i]!;
  let end: number;
  let opens: boolean;
  if (ch === '(') {
    const e = groupEnd(alt, i);
    if (e < 0) return false;
    if (/^\(\?<?[=!]/.test(alt.slice(i, i + 4)))
      return !QUANTIFIER.test(alt.slice(e + 1)) && opensFrom(alt, e + 1, out);
    let from = i + 1;
    if (alt.startsWith('(?:', i)) from = i + 3;
    else if (alt.startsWith('(?<', i)) from = alt.indexOf('>', i) + 1;
    else if (alt[i + 1] === '?') return false;
    if (from <= i || from > e) return false;
    end = e + 1;
    opens = everyOpens(alt.slice(from, e), out);
  } else if (ch === '\\') {
    const escape = ESCAPE.exec(alt.slice(i))?.[0];
    if (!escape) return false;
    end = i + escape.length;
    if (escape === '\\d') opens = out.digits = true;
    else if (LETTER_ESCAPES.has(escape)) opens = out.letters = true;
    else return false;
  } else {
    const cp = alt.codePointAt(i)!;
    if (!LITERAL_UNIT.test(String.fromCodePoint(cp))) return false;
    end = i + (cp > 0xffff ? 2 : 1);
    out.units.push(alt.charCodeAt(i));
    opens = true;
  }
  if (!opens) return false;
  const q = QUANTIFIER.exec(alt.slice(end));
  // an element that may match nothing: what follows it may open the match too
  if (q && (q[0][0] === '?' || q[0][0] === '*' || /^\{0[,}]/.test(q[0]))) return opensFrom(alt, end + q[0].length, out);
  return true;
}

/**
 * The most code units other than ASCII digits that a match of `src` holds (`\d` counts none, however repeated; any other
 * class, escape or `.` two, as it may match an astral code point; a literal its own length), or null where that is not
 * bounded (a repetition of anything but `\d` without an upper bound) or not read (a backreference).
 */
export function maxNonDigitUnits(src: string): number | null {
  const alts = alternatives(src);
  if (!alts) return null;
  let most = 0;
  for (const alt of alts) {
    const n = sequenceUnits(alt);
    if (n === null) return null;
    most = Math.max(most, n);
  }
  return most;
}

/** The offset after the character class that opens at `open` (a `[`), or -1. */
function classEnd(src: string, open: number): number {
  for (let i = open + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']') return i + 1;
  }
  return -1;
}

/** maxNonDigitUnits of a sequence without a top-level `|`. */
function sequenceUnits(alt: string): number | null {
  let total = 0;
  for (let i = 0; i < alt.length;) {
    const ch = alt[i]!;
    let end: number;
    let units: number | null;
    if (ch === '(') {
      const e = groupEnd(alt, i);
      if (e < 0) return null;
      end = e + 1;
      if (/^\(\?<?[=!]/.test(alt.slice(i, i + 4))) units = 0;
      else {
        let from = i + 1;
        if (alt.startsWith('(?:', i)) from = i + 3;
        else if (alt.startsWith('(?<', i)) from = alt.indexOf('>', i) + 1;
        else if (alt[i + 1] === '?') return null;
        if (from <= i || from > e) return null;
        units = maxNonDigitUnits(alt.slice(from, e));
      }
    } else if (ch === '\\') {
      const escape = ESCAPE.exec(alt.slice(i))?.[0];
      if (!escape || /^\\(?:[1-9]|k<)/.test(escape)) return null;
      end = i + escape.length;
      units = escape === '\\d' ? 0 : /^\\[bB]$/.test(escape) ? 0 : 2;
    } else if (ch === '[') {
      end = classEnd(alt, i);
      if (end < 0) return null;
      units = 2;
    } else if (ch === '^' || ch === '$') {
      end = i + 1;
      units = 0;
    } else if (ch === '.') {
      end = i + 1;
      units = 2;
    } else {
      const cp = alt.codePointAt(i)!;
      end = i + (cp > 0xffff ? 2 : 1);
      units = end - i;
    }
    if (units === null) return null;
    const q = QUANTIFIER.exec(alt.slice(end));
    if (q) {
      end += q[0].length;
      const bound = /^\{\d+,(\d+)\}/.exec(q[0])?.[1] ?? /^\{(\d+)\}/.exec(q[0])?.[1] ?? (q[0][0] === '?' ? '1' : null);
      if (bound === null) {
        if (units > 0) return null;
      } else units *= Number(bound);
    }
    total += units;
    i = end;
  }
  return total;
}

interface GateNode {
  next: Map<number, GateNode>;
  /** The literals (their ids) that end here. */
  literals: number[];
}

const newGateNode = (): GateNode => ({ next: new Map(), literals: [] });

/**
 * A gate trie as typed arrays, for the walk over a text (built from the nodes again whenever literals were added).
 * Nodes are numbered breadth first (the root 0), a node's children in order of char code, so that they are the
 * numbers `childStart[node]` to `childStart[node + 1]` and `codeOf` gives the char code that leads to each; the
 * literals that end at a node are `lits[litStart[node]]` to `lits[litStart[node + 1]]`. A Map per node cost most
 * of the walk.
 */
interface FlatGateTrie {
  /** How many literals the trie had when this was built. */
  known: number;
  /** The root's child by char code below ROOT_TABLE_SIZE; -1: none. */
  rootTable: Int32Array;
  childStart: Int32Array;
  codeOf: Int32Array;
  litStart: Int32Array;
  lits: Int32Array;
}

/** Char codes below this (the scripts the lexicons write in) find the root's child in a table. */
const ROOT_TABLE_SIZE = 0x500;

function flatten(trie: GateTrie): FlatGateTrie {
  const nodes: GateNode[] = [trie.root];
  const codes: number[] = [-1];
  const childStart: number[] = [];
  for (let i = 0; i < nodes.length; i++) {
    childStart.push(nodes.length);
    for (const [code, child] of [...nodes[i]!.next].sort((a, b) => a[0] - b[0])) {
      nodes.push(child);
      codes.push(code);
    }
  }
  const n = nodes.length;
  childStart.push(n);
  const litStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) litStart[i + 1] = litStart[i]! + nodes[i]!.literals.length;
  const lits = new Int32Array(litStart[n]!);
  for (let i = 0; i < n; i++) lits.set(nodes[i]!.literals, litStart[i]!);
  const rootTable = new Int32Array(ROOT_TABLE_SIZE).fill(-1);
  for (let c = childStart[0]!; c < childStart[1]!; c++) if (codes[c]! < ROOT_TABLE_SIZE) rootTable[codes[c]!] = c;
  return {
    known: trie.ids.size,
    rootTable,
    childStart: Int32Array.from(childStart),
    codeOf: Int32Array.from(codes),
    litStart,
    lits,
  };
}

/** A node's child for a char code, or -1: its few children read in turn, many by halves. */
function childOf(flat: FlatGateTrie, node: number, code: number): number {
  const { codeOf } = flat;
  let lo = flat.childStart[node]!;
  let hi = flat.childStart[node + 1]!;
  while (hi - lo > 8) {
    const mid = (lo + hi) >> 1;
    if (codeOf[mid]! <= code) lo = mid;
    else hi = mid;
  }
  for (; lo < hi; lo++) if (codeOf[lo] === code) return lo;
  return -1;
}

/**
 * The gate literals of a group of indexes (a lexicon's), in one trie of their characters (char
 * codes): a text's word starts are read once, whatever the number of patterns and of stages that
 * gate them, and a word start is followed only as far as some literal goes on. The root's children
 * are also in a table by char code, for the scripts the lexicons write in.
 */
interface GateTrie {
  root: GateNode;
  /** The trie as walked, built again when literals were added since (see FlatGateTrie). */
  flat: FlatGateTrie | null;
  ids: Map<string, number>;
  /** The last text read (see GateHits). */
  last: GateHits | null;
}

/** A text's word starts at which each literal of a trie stands (by literal id; none: absent), and the ids that stand. */
interface GateHits {
  text: string;
  /** How many literals the trie had. */
  known: number;
  at: (number[] | undefined)[];
  hit: number[];
}

const TRIES = new WeakMap<object, GateTrie>();

function trieOf(group: object): GateTrie {
  let trie = TRIES.get(group);
  if (!trie) {
    trie = { root: newGateNode(), flat: null, ids: new Map(), last: null };
    TRIES.set(group, trie);
  }
  return trie;
}

function literalId(trie: GateTrie, literal: string): number {
  let id = trie.ids.get(literal);
  if (id !== undefined) return id;
  id = trie.ids.size;
  trie.ids.set(literal, id);
  let node = trie.root;
  for (let k = 0; k < literal.length; k++) {
    const code = literal.charCodeAt(k);
    let child = node.next.get(code);
    if (!child) {
      child = newGateNode();
      node.next.set(code, child);
    }
    node = child;
  }
  node.literals.push(id);
  return id;
}

/**
 * The word starts of `text` (a letter or digit after anything that is not one, each read as a
 * single code unit, as find-triggers checks a boundary) at which each literal of a trie stands, in order.
 */
function literalHits(trie: GateTrie, text: string): GateHits {
  const known = trie.ids.size;
  const last = trie.last;
  if (last?.text === text && last.known === known) return last;
  // the last text's array, emptied, when no literal came since: a trie has thousands
  let at: (number[] | undefined)[];
  if (last?.known === known) {
    at = last.at;
    for (const id of last.hit) at[id] = undefined;
  } else at = new Array<number[] | undefined>(known).fill(undefined);
  const hit: number[] = [];
  if (trie.flat?.known !== known) trie.flat = flatten(trie);
  const flat = trie.flat;
  const { rootTable, litStart, lits } = flat;
  let previousWord = false;
  for (let p = 0; p < text.length; p++) {
    const code = text.charCodeAt(p);
    const word = isWordCodePoint(code);
    if (word && !previousWord) {
      let node = code < ROOT_TABLE_SIZE ? rootTable[code]! : childOf(flat, 0, code);
      for (let k = p + 1; node >= 0; k++) {
        for (let i = litStart[node]!, end = litStart[node + 1]!; i < end; i++) {
          const id = lits[i]!;
          const list = at[id];
          if (list) list.push(p);
          else {
            at[id] = [p];
            hit.push(id);
          }
        }
        if (k >= text.length) break;
        node = childOf(flat, node, text.charCodeAt(k));
      }
    }
    previousWord = word;
  }
  trie.last = { text, known, at, hit };
  return trie.last;
}

/**
 * Where each of a list of gated patterns may match in a text: the word starts at which one of its
 * literal prefixes stands, in order (none: it cannot match at a word start), or null for a pattern
 * without a gate (run it over the whole text). The literals of every index of a group (the
 * indexes of one lexicon) are read in one pass over the text's word starts, shared by the stages
 * that ask about the same text; a stage then
 * tries a pattern at those offsets only (a sticky match) instead of scanning the whole text.
 */
export function gateIndex(
  gates: readonly (PatternGate | null)[],
  group: object,
): (text: string) => (readonly number[] | null)[] {
  const trie = trieOf(group);
  const ids = gates.map((gate) => (gate ? [...new Set(gate.map((g) => literalId(trie, g.literal)))] : null));
  // the gates that hold each literal (by literal id): a text visits only the literals that stand in it
  const owners = new Array<number[] | undefined>(trie.ids.size).fill(undefined);
  for (let i = 0; i < ids.length; i++) for (const id of ids[i] ?? []) (owners[id] ??= []).push(i);
  let last: { text: string; starts: (readonly number[] | null)[] } | null = null;
  return (text) => {
    // the dates stage may read the same text twice
    if (last?.text === text) return last.starts;
    const { at, hit } = literalHits(trie, text);
    // each gate's word starts: those of any of its literals, in order and once each
    const starts: (readonly number[] | null)[] = ids.map((own) => (own ? NONE : null));
    for (const id of hit) {
      const mine = owners[id];
      if (!mine) continue;
      const list = at[id]!;
      for (const i of mine) {
        const out = starts[i]!;
        starts[i] = out.length ? mergeSorted(out, list) : list;
      }
    }
    last = { text, starts };
    return starts;
  };
}

const NONE: readonly number[] = [];

/** Two ascending lists as one, without repeats. */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out.length === 0 || out[out.length - 1] !== x) out.push(x);
  }
  return out;
}

/**
 * The matches of a sticky pattern (flags `uy`) at some offsets, in order and without overlap: what
 * a global scan of the text finds at those offsets, each search going on from the end of the last
 * match. `accept` may refuse a match (it is then passed over, and the next offset is tried).
 */
export function matchesAt(
  sticky: RegExp,
  text: string,
  offsets: readonly number[],
  accept: (m: RegExpExecArray) => boolean = () => true,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let end = 0;
  for (const p of offsets) {
    if (p < end) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (!m || !accept(m)) continue;
    out.push(m);
    end = p + m[0].length;
  }
  return out;
}

/**
 * Whether the code point before `at` is a letter or a digit: what a leading `(?<![\p{L}\p{N}])`
 * refuses, checked after a match instead (a lookbehind is tried at every position of the text).
 */
export function followsWordChar(text: string, at: number): boolean {
  return at > 0 && isWordCodePoint(codePointBefore(text, at));
}

/** The offset after the code point at `at`: where a pattern run with the `u` flag tries next. */
export function nextCodePoint(text: string, at: number): number {
  return at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
}
