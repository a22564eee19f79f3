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

/** Longest prefix kept; a word start's first characters up to this length are what a text offers. */
const PREFIX_LENGTH = 4;
/** Longest literal kept for a pattern's gate: a text that does not contain it anywhere cannot match. */
const LITERAL_LENGTH = 16;
/** More strings than this and the pattern is treated as unbounded. */
const MAX_STRINGS = 64;

/** A literal character: lowercase letters (the patterns run on folded text), digits, and plain punctuation. */
const PLAIN = /^[\p{Ll}\p{Lo}\p{N} '’,:;"-]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

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

/** Index of the `)` closing the group opened at `open`, or -1. */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The top-level alternatives of a pattern, or null when its brackets do not balance. */
function alternatives(src: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      if (--depth < 0) return null;
    } else if (ch === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0 || inClass) return null;
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
  if (q === '?') return { strings, end: src[end + 1] === '?' ? end + 2 : end + 1, optional: true, zeroWidth: false };
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
export function literalPrefixes(src: string, length = PREFIX_LENGTH): string[] | null {
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
        const inner = !el.optional && el.body !== undefined ? literalPrefixes(el.body, length) : null;
        if (inner) current = extend(current, inner, false, length);
        break;
      }
      current = extend(current, el.strings, el.optional, length);
      if (current.size > MAX_STRINGS) return null;
    }
    for (const s of current) {
      if (!WORD_START.test(s)) return null;
      out.add(s);
    }
    if (out.size > MAX_STRINGS) return null;
  }
  return [...out];
}

/**
 * What a text must offer for a pattern that starts a word to match there: one of its literal
 * prefixes (up to LITERAL_LENGTH characters), each with the word start it begins with. Null when
 * the pattern's start cannot be bounded (run it on every text).
 */
export type PatternGate = readonly { start: string; literal: string }[];

export function patternGate(src: string): PatternGate | null {
  const short = literalPrefixes(src);
  if (!short) return null;
  // many alternatives read further can pass MAX_STRINGS: then the short prefixes are the gate
  const literals = literalPrefixes(src, LITERAL_LENGTH) ?? short;
  return literals.map((literal) => ({ start: literal.slice(0, PREFIX_LENGTH), literal }));
}

interface GateNode {
  next: Map<number, GateNode>;
  /** The literals (their ids) that end here. */
  literals: number[];
}

/**
 * Every gate literal of every index, in one trie of their characters (char codes): a text's word
 * starts are read once, whatever the number of patterns and of stages that gate them, and a word
 * start is followed only as far as some literal goes on. The root's children are in a table by
 * char code for the scripts the lexicons write in.
 */
const GATE_ROOT: GateNode = { next: new Map(), literals: [] };
const ROOT_TABLE_SIZE = 0x500;
const GATE_ROOT_TABLE: (GateNode | undefined)[] = new Array<GateNode | undefined>(ROOT_TABLE_SIZE).fill(undefined);
let literalCount = 0;
const LITERAL_IDS = new Map<string, number>();

function literalId(literal: string): number {
  let id = LITERAL_IDS.get(literal);
  if (id !== undefined) return id;
  id = literalCount++;
  LITERAL_IDS.set(literal, id);
  let node = GATE_ROOT;
  for (let k = 0; k < literal.length; k++) {
    const code = literal.charCodeAt(k);
    let child = node.next.get(code);
    if (!child) {
      child = { next: new Map(), literals: [] };
      node.next.set(code, child);
      if (node === GATE_ROOT && code < ROOT_TABLE_SIZE) GATE_ROOT_TABLE[code] = child;
    }
    node = child;
  }
  node.literals.push(id);
  return id;
}

/** The last text read, and which literals stand at one of its word starts (1 at a literal's id). */
let lastHits: { text: string; known: number; hits: Uint8Array } | null = null;

/**
 * Which gate literals stand at a word start of `text` (a letter or digit after anything that is not
 * one, each read as a single code unit, as find-triggers checks a boundary).
 */
function literalHits(text: string): Uint8Array {
  if (lastHits?.text === text && lastHits.known === literalCount) return lastHits.hits;
  const hits = new Uint8Array(literalCount);
  let previousWord = false;
  for (let p = 0; p < text.length; p++) {
    const code = text.charCodeAt(p);
    const word = isWordCodePoint(code);
    if (word && !previousWord) {
      let node = code < ROOT_TABLE_SIZE ? GATE_ROOT_TABLE[code] : GATE_ROOT.next.get(code);
      for (let k = p + 1; node; k++) {
        for (const id of node.literals) hits[id] = 1;
        if (k >= text.length) break;
        node = node.next.get(text.charCodeAt(k));
      }
    }
    previousWord = word;
  }
  lastHits = { text, known: literalCount, hits };
  return hits;
}

/**
 * Which of a list of gated patterns may match in a text: for each, whether one of its literal
 * prefixes stands at a word start of the text. A null gate always passes. The literals of every
 * index are read in one pass over the text's word starts (shared by the stages that ask about the
 * same text), which allocates nothing per word.
 */
export function gateIndex(gates: readonly (PatternGate | null)[]): (text: string) => Uint8Array {
  const ids = gates.map((gate) => (gate ? [...new Set(gate.map((g) => literalId(g.literal)))] : null));
  let last: { text: string; possible: Uint8Array } | null = null;
  return (text) => {
    // the dates stage may read the same text twice
    if (last?.text === text) return last.possible;
    const hits = literalHits(text);
    const possible = new Uint8Array(gates.length);
    for (let i = 0; i < ids.length; i++) {
      const own = ids[i];
      possible[i] = !own || own.some((id) => hits[id] === 1) ? 1 : 0;
    }
    last = { text, possible };
    return possible;
  };
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
