/**
 * Patterns for texts of the Basic Multilingual Plane. A Unicode property (`\p{L}`, `\p{N}`, ...) in a pattern with the
 * `u` flag is compiled, for a two-byte subject (any Cyrillic text, or any text with a dash or a curly quote), into a test
 * of its astral ranges too, matched as surrogate pairs: `\p{L}` costs V8 about 8 KB of machine code, 7 of them for the
 * astral letters. A Russian trigger rule holding dozens of `\p{L}` came to 300-400 KB. Once a process has generated
 * that much regular-expression code (1 MB in all, 16 MB of executable memory), V8 compiles every further pattern
 * without its optimisations (no quick checks, no skipping ahead), and a scan then runs up to a hundred times slower.
 *
 * `bmpSource` rewrites a source (flag `u`, no `i`) for the `v` flag with each property and each class that holds one
 * intersected with the Basic Multilingual Plane (`[\p{L}&&[\0-\uFFFF]]`): on a text without surrogates it matches
 * exactly what the source matches, and compiles to a sixth of the code. A text that holds a surrogate takes the
 * pattern as written (`hasSurrogate`).
 */

/** Any surrogate code unit: a text with one may hold an astral code point, which only the pattern as written reads. */
const SURROGATE = /[\uD800-\uDFFF]/;

/** Whether a text holds a surrogate code unit (an astral code point, or half of one). */
export function hasSurrogate(text: string): boolean {
  return SURROGATE.test(text);
}

/** The plane every rewritten property and class is intersected with. */
const PLANE = '[\\0-\\uFFFF]';
/** Characters that a class must escape under the `v` flag (syntax characters and the reserved punctuators). */
const CLASS_ESCAPED = new Set([...'^$\\.*+?()[]{}|/-&!#%,:;<=>@`~']);
/** One escape at the start of a string: a property, a code point, a hex or control escape, or one character. */
const ESCAPE = /^\\(?:[pP]\{[^}]*\}|u\{[^}]*\}|u[\dA-Fa-f]{4}|x[\dA-Fa-f]{2}|c[A-Za-z]|[\s\S])/;
const PROPERTY = /^\\[pP]\{/;
/** A class escape: it stands for a set, so it bounds no range. */
const CLASS_ESCAPE = /^\\[pPdDsSwW]/;

/** The atom at `i` of a source: an escape or one code point. */
function atomAt(src: string, i: number): string {
  if (src[i] === '\\') {
    const m = ESCAPE.exec(src.slice(i));
    if (!m) throw new SyntaxError(`bmpSource: an escape at ${i} of ${src}`);
    return m[0];
  }
  return String.fromCodePoint(src.codePointAt(i)!);
}

/** One atom of a class as the `v` flag writes it. */
function classAtom(atom: string): string {
  return CLASS_ESCAPED.has(atom) ? `\\${atom}` : atom;
}

/**
 * The class that opens at `open` (a `[`) of a `u` source, written for the `v` flag (intersected with the plane when
 * it holds a property), and the index after its `]`.
 */
function rewriteClass(src: string, open: number): { text: string; end: number } {
  let i = open + 1;
  const negated = src[i] === '^';
  if (negated) i++;
  let items = '';
  let property = false;
  while (src[i] !== ']') {
    if (i >= src.length) throw new SyntaxError(`bmpSource: an unclosed class in ${src}`);
    const a = atomAt(src, i);
    i += a.length;
    if (PROPERTY.test(a)) property = true;
    // a range: two single atoms around a `-` that does not close the class
    if (!CLASS_ESCAPE.test(a) && src[i] === '-' && i + 1 < src.length && src[i + 1] !== ']') {
      const b = atomAt(src, i + 1);
      if (!CLASS_ESCAPE.test(b)) {
        items += `${classAtom(a)}-${classAtom(b)}`;
        i += 1 + b.length;
        continue;
      }
    }
    items += classAtom(a);
  }
  const text = `[${negated ? '^' : ''}${items}]`;
  return { text: property ? `[${text}&&${PLANE}]` : text, end: i + 1 };
}

/**
 * `source` (a pattern for the `u` flag without `i`) rewritten for the `v` flag, each Unicode property and each class
 * holding one intersected with the Basic Multilingual Plane; null when it holds no property (nothing to gain).
 */
export function bmpSource(source: string): string | null {
  if (!source.includes('\\p{') && !source.includes('\\P{')) return null;
  let out = '';
  for (let i = 0; i < source.length;) {
    const ch = source[i]!;
    if (ch === '\\') {
      const a = atomAt(source, i);
      out += PROPERTY.test(a) ? `[${a}&&${PLANE}]` : a;
      i += a.length;
    } else if (ch === '[') {
      const c = rewriteClass(source, i);
      out += c.text;
      i = c.end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/**
 * A pattern and, where it holds a Unicode property, its form for texts of the Basic Multilingual Plane (the same
 * matches on a text without surrogates): `flags` are the pattern's own (with `u`, without `i`).
 */
export function planePatterns(source: string, flags: string): { wide: RegExp; bmp: RegExp } {
  const wide = new RegExp(source, flags);
  const bmp = bmpSource(source);
  return { wide, bmp: bmp === null ? wide : new RegExp(bmp, flags.replace('u', 'v')) };
}

/** What a stage asks of a pattern that carries no `lastIndex` (no `g` or `y` flag): a test, or its first match. */
export interface PlanePattern {
  readonly source: string;
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/** A pattern that runs its Basic-Multilingual-Plane form on a text without surrogates, as written on one with. */
class PlaneForms implements PlanePattern {
  constructor(
    readonly wide: RegExp,
    readonly bmp: RegExp,
  ) {}
  get source(): string {
    return this.wide.source;
  }
  test(text: string): boolean {
    return (hasSurrogate(text) ? this.wide : this.bmp).test(text);
  }
  exec(text: string): RegExpExecArray | null {
    return (hasSurrogate(text) ? this.wide : this.bmp).exec(text);
  }
}

/**
 * A pattern with flags without `g`, `y` or `i` (`u` among them), asked of short texts (a slice, a sentence): where it
 * holds a Unicode property, its plane form is compiled besides and run on every text without surrogates (the same
 * answers). Each call looks for a surrogate in the text first, so it is no gain for a pattern scanned over whole texts
 * again and again (choose `planePatterns` by the text's `hasSurrogate` once there).
 */
export function planePattern(source: string, flags = 'u'): PlanePattern {
  if (/[gyi]/.test(flags) || !flags.includes('u')) throw new Error(`invalid planePattern flags: ${flags}`);
  const { wide, bmp } = planePatterns(source, flags);
  return wide === bmp ? wide : new PlaneForms(wide, bmp);
}
