/**
 * Patterns for texts of the Basic Multilingual Plane. A Unicode property (`\p{L}`, `\p{N}`, ...) in a pattern with the
 * `u` flag is compiled, for a two-byte subject (any Cyrillic text, or any text with a dash or a curly quote), into a test
 * of its astral ranges too, matched as surrogate pairs: `\p{L}` costs V8 about 8 KB of machine code, 7 of them for the
 * astral letters. A Russian trigger rule holding dozens of `\p{L}` came to 300-400 KB. Once a process has generated
 * that much regular-expression code (1 MB in all, 16 MB of executable memory), V8 compiles every further pattern
 * without its optimisations (no quick checks, no skipping ahead), and a scan then runs up to a hundred times slower.
 *
 * `bmpSource` rewrites a source (flag `u`, no `i`) with each property, and each class that holds one, written out as
 * the ranges of the Basic Multilingual Plane it stands for there (surrogates left out): on a text without surrogates it
 * matches exactly what the source matches, and compiles to a sixth of the code. A text that holds a surrogate takes
 * the pattern as written (`hasSurrogate`). The rewritten source keeps the `u` flag: Node 20's `v` flag (whose class
 * intersection `[\p{L}&&[\0-\uFFFF]]` this once used) mismatches some patterns on two-byte texts (a `[^\S\n]+`
 * before a lookbehind in a counted group ran through a full stop and a line break).
 */

/** Any surrogate code unit: a text with one may hold an astral code point, which only the pattern as written reads. */
const SURROGATE = /[\uD800-\uDFFF]/;

/** Whether a text holds a surrogate code unit (an astral code point, or half of one). */
export function hasSurrogate(text: string): boolean {
  return SURROGATE.test(text);
}

/** One escape at the start of a string: a property, a code point, a hex or control escape, or one character. */
const ESCAPE = /^\\(?:[pP]\{[^}]*\}|u\{[^}]*\}|u[\dA-Fa-f]{4}|x[\dA-Fa-f]{2}|c[A-Za-z]|[\s\S])/;
const PROPERTY = /^\\[pP]\{/;
/** A class escape: it stands for a set, so it bounds no range. */
const CLASS_ESCAPE = /^\\[pPdDsSwW]/;
/** The code points of the one-letter escapes in a class. */
const CONTROL_ESCAPES: Record<string, number> = { b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };

/** Code point ranges, `[lo, hi]` inclusive, sorted and apart. */
type Ranges = [number, number][];

/** Every code point of the plane but the surrogates, in order (built once, when first asked). */
let planeChars: string | null = null;

/** The code point at an index of `planeChars`. */
function planeCodePoint(i: number): number {
  return i < 0xd800 ? i : i + 0x800;
}

/** The ranges of the plane (surrogates left out) that a class escape or a property stands for, by escape. */
const escapeRanges = new Map<string, Ranges>();

function rangesOfEscape(escape: string): Ranges {
  let ranges = escapeRanges.get(escape);
  if (ranges) return ranges;
  if (planeChars === null) {
    const units: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) units.push(String.fromCharCode(c));
    planeChars = units.join('');
  }
  ranges = [];
  for (const m of planeChars.matchAll(new RegExp(`${escape}+`, 'gu'))) {
    const lo = planeCodePoint(m.index);
    const hi = planeCodePoint(m.index + m[0].length - 1);
    if (lo < 0xd800 && hi > 0xdfff) ranges.push([lo, 0xd7ff], [0xe000, hi]);
    else ranges.push([lo, hi]);
  }
  escapeRanges.set(escape, ranges);
  return ranges;
}

/** The code point of a single atom of a class (a character or an escape for one). */
function atomCodePoint(atom: string): number {
  if (atom[0] !== '\\' || atom.length === 1) return atom.codePointAt(0)!;
  const c = atom[1]!;
  if (c === 'u' || c === 'x') return parseInt(atom.slice(2).replace(/[{}]/g, ''), 16);
  if (c === 'c') return atom.charCodeAt(2) % 32;
  return CONTROL_ESCAPES[c] ?? atom.codePointAt(1)!;
}

/** Sorted, merged, and within the plane without its surrogates. */
function normalized(ranges: Ranges): Ranges {
  const out: Ranges = [];
  for (const [lo, hi] of [...ranges].sort((a, b) => a[0] - b[0])) {
    for (const [a, b] of [
      [lo, Math.min(hi, 0xd7ff)],
      [Math.max(lo, 0xe000), Math.min(hi, 0xffff)],
    ] as const) {
      if (a > b) continue;
      const last = out[out.length - 1];
      if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
      else out.push([a, b]);
    }
  }
  return out;
}

/** The plane's code points (surrogates left out) that `ranges` (normalized) do not hold. */
function complement(ranges: Ranges): Ranges {
  const out: Ranges = [];
  let next = 0;
  for (const [lo, hi] of ranges) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= 0xffff) out.push([next, 0xffff]);
  return normalized(out);
}

/** A code point in a class: a letter or digit of ASCII as itself, any other as an escape. */
function hex(cp: number): string {
  const ch = String.fromCharCode(cp);
  return AS_ITSELF.test(ch) ? ch : `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
/** What a class may hold as itself: a letter, a digit or a mark (the rest is escaped: a fifth of the source). */
const AS_ITSELF = /^[\p{L}\p{N}\p{M}]$/u;

/** A class of the `u` flag holding exactly `ranges`. */
function rangesClass(ranges: Ranges): string {
  return `[${ranges.map(([lo, hi]) => (lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`)).join('')}]`;
}

/** The classes written out so far, by their text in a source: a class's code points are worked out once. */
const classes = new Map<string, string>();

/**
 * The class that opens at `open` (a `[`) of a `u` source, written out as its ranges of the plane when it holds a
 * property (as written otherwise), and the index after its `]`.
 */
function rewriteClass(src: string, open: number): { text: string; end: number } {
  let i = open + 1;
  const negated = src[i] === '^';
  if (negated) i++;
  const ranges: Ranges = [];
  let property = false;
  while (src[i] !== ']') {
    if (i >= src.length) throw new SyntaxError(`bmpSource: an unclosed class in ${src}`);
    const a = atomAt(src, i);
    i += a.length;
    if (CLASS_ESCAPE.test(a)) {
      if (PROPERTY.test(a)) property = true;
      ranges.push(...rangesOfEscape(a));
      continue;
    }
    // a range: two single atoms around a `-` that does not close the class
    if (src[i] === '-' && i + 1 < src.length && src[i + 1] !== ']') {
      const b = atomAt(src, i + 1);
      if (!CLASS_ESCAPE.test(b)) {
        ranges.push([atomCodePoint(a), atomCodePoint(b)]);
        i += 1 + b.length;
        continue;
      }
    }
    const cp = atomCodePoint(a);
    ranges.push([cp, cp]);
  }
  const written = src.slice(open, i + 1);
  if (!property) return { text: written, end: i + 1 };
  let text = classes.get(written);
  if (text === undefined) {
    const own = normalized(ranges);
    text = rangesClass(negated ? complement(own) : own);
    classes.set(written, text);
  }
  return { text, end: i + 1 };
}

/** The atom at `i` of a source: an escape or one code point. */
function atomAt(src: string, i: number): string {
  if (src[i] === '\\') {
    const m = ESCAPE.exec(src.slice(i));
    if (!m) throw new SyntaxError(`bmpSource: an escape at ${i} of ${src}`);
    return m[0];
  }
  return String.fromCodePoint(src.codePointAt(i)!);
}

/**
 * `source` (a pattern for the `u` flag without `i`) with each Unicode property, and each class holding one, written
 * out as the ranges of the Basic Multilingual Plane it stands for (surrogates left out), for the same flags; null when
 * it holds no property (nothing to gain).
 */
export function bmpSource(source: string): string | null {
  let out = rewritten.get(source);
  if (out === undefined) {
    out = rewrite(source);
    rewritten.set(source, out);
  }
  return out;
}

/** Sources rewritten so far: the forms of one source with other flags share the rewritten string. */
const rewritten = new Map<string, string | null>();

function rewrite(source: string): string | null {
  if (!source.includes('\\p{') && !source.includes('\\P{')) return null;
  let out = '';
  for (let i = 0; i < source.length;) {
    const ch = source[i]!;
    if (ch === '\\') {
      const a = atomAt(source, i);
      out += PROPERTY.test(a) ? rewriteClass(`[${a}]`, 0).text : a;
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
  return { wide, bmp: bmp === null ? wide : new RegExp(bmp, flags) };
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
    return (planeTextOr(text) ? this.bmp : this.wide).test(text);
  }
  exec(text: string): RegExpExecArray | null {
    return (planeTextOr(text) ? this.bmp : this.wide).exec(text);
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

/**
 * Whether the text being extracted, and every text its patterns are asked of, holds no surrogate: `extractArticle`
 * sets it for one article (`planeText`), and the patterns made by `plane` then run their Basic-Multilingual-Plane
 * forms. Unset (any other caller), they run as written.
 */
let bmpText = false;

/** Whether a text may take a pattern's plane form: the article's has no surrogate (`planeText`), or the text has none. */
export function planeTextOr(text: string): boolean {
  return bmpText || !hasSurrogate(text);
}

/**
 * Sets whether the texts that the patterns of `plane` are asked of from now on hold no surrogate (true only where
 * that is known: a text without one, and strings drawn from it or from data without one), and returns the setting
 * it replaces, to be restored.
 */
export function planeText(bmp: boolean): boolean {
  const was = bmpText;
  bmpText = bmp;
  return was;
}

/**
 * A pattern that runs its Basic-Multilingual-Plane form while `planeText` says the texts hold no surrogate, and its
 * form as written otherwise: the same matches either way. It is a RegExp (its source and flags are the pattern's
 * own), and each of the methods a stage asks of a RegExp, and those that `replace`, `match`, `matchAll`, `split` and
 * `search` call, runs one of the two forms with this pattern's `lastIndex`.
 */
class PlaneRegExp extends RegExp {
  readonly asWritten: RegExp;
  readonly planeForm: RegExp;
  constructor(wide: RegExp, bmp: RegExp) {
    super(wide.source, wide.flags);
    this.asWritten = wide;
    this.planeForm = bmp;
  }
  /** The form for the current texts, its `lastIndex` set to this pattern's. */
  private form(): RegExp {
    const re = bmpText ? this.planeForm : this.asWritten;
    re.lastIndex = this.lastIndex;
    return re;
  }
  override exec(text: string): RegExpExecArray | null {
    const re = this.form();
    const m = re.exec(text);
    this.lastIndex = re.lastIndex;
    return m;
  }
  override test(text: string): boolean {
    const re = this.form();
    const t = re.test(text);
    this.lastIndex = re.lastIndex;
    return t;
  }
  override [Symbol.replace](text: string, replace: string | ((substring: string, ...args: never[]) => string)): string {
    const re = this.form();
    const out = re[Symbol.replace](text, replace as string);
    this.lastIndex = re.lastIndex;
    return out;
  }
  override [Symbol.match](text: string): RegExpMatchArray | null {
    const re = this.form();
    const m = re[Symbol.match](text);
    this.lastIndex = re.lastIndex;
    return m;
  }
  override [Symbol.matchAll](text: string): IterableIterator<RegExpMatchArray> {
    return this.form()[Symbol.matchAll](text);
  }
  override [Symbol.split](text: string, limit?: number): string[] {
    return this.form()[Symbol.split](text, limit);
  }
  override [Symbol.search](text: string): number {
    const re = this.form();
    const at = re[Symbol.search](text);
    this.lastIndex = re.lastIndex;
    return at;
  }
}

/**
 * `re` (a module constant or a pattern built once from a lexicon, flags with `u` and without `i`) as a pattern that
 * runs its Basic-Multilingual-Plane form on the texts of an article without surrogates (`planeText`); `re` itself
 * where it holds no Unicode property or its flags do not allow the rewriting.
 */
export function plane(re: RegExp): RegExp {
  if (!re.unicode || re.ignoreCase) return re;
  const bmp = bmpSource(re.source);
  return bmp === null ? re : new PlaneRegExp(re, new RegExp(bmp, re.flags));
}
