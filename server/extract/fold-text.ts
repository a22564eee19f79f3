import { plane } from './bmp-patterns';
/**
 * Length-preserving case and accent folding: folded[i] corresponds to text[i], so offsets found
 * in the folded text are offsets into the original one.
 */
const FOLD_CACHE = new Map<string, string>();

function foldChar(c: string): string {
  const cached = FOLD_CACHE.get(c);
  if (cached !== undefined) return cached;
  let f = c.normalize('NFKD').charAt(0).toLowerCase();
  if (f.length !== 1) f = c;
  if (c === 'ё' || c === 'Ё') f = 'е';
  if (c === 'й' || c === 'Й') f = 'й';
  if (c === '’' || c === '‘' || c === '`') f = "'";
  if (c === '–' || c === '—' || c === '‑') f = '-';
  if (c === '\u00a0') f = ' ';
  FOLD_CACHE.set(c, f);
  return f;
}

/** Each code unit folded (foldChar; ASCII lowercased), 0 where it was not asked yet (0 folds to itself). */
const FOLDED_UNITS = new Uint16Array(0x10000);

function foldedUnit(u: number): number {
  let f = FOLDED_UNITS[u]!;
  if (f === 0 && u !== 0) {
    f = u < 128 ? (u >= 65 && u <= 90 ? u + 32 : u) : foldChar(String.fromCharCode(u)).charCodeAt(0);
    FOLDED_UNITS[u] = f;
  }
  return f;
}

/** Code units folded at a time into a string (`String.fromCharCode` takes them as arguments). */
const FOLD_CHUNK = 4096;
const foldBuffer = new Uint16Array(FOLD_CHUNK);

/** Lowercases and strips accents without changing the string length. */
export function foldText(text: string): string {
  const n = text.length;
  let i = 0;
  while (i < n && text.charCodeAt(i) < 128) i++;
  // ASCII only (most short names and many texts): lowercasing is folding
  if (i === n) return text.toLowerCase();
  // one code unit for one (foldChar keeps the length): a table lookup each, no string built per character
  let out = text.slice(0, i).toLowerCase();
  while (i < n) {
    const end = Math.min(n, i + FOLD_CHUNK);
    for (let k = i; k < end; k++) foldBuffer[k - i] = foldedUnit(text.charCodeAt(k));
    out += String.fromCharCode.apply(null, foldBuffer.subarray(0, end - i) as unknown as number[]);
    i = end;
  }
  return out;
}

export interface Token {
  /** Folded form. */
  text: string;
  start: number;
  end: number;
}

const WORD = plane(/[\p{L}\p{N}]+/gu);
/**
 * A test of code points against a class of one character (`pattern`), ASCII answered by `ascii`
 * directly, the rest through the pattern once per code point (a lone surrogate is in no class).
 */
function codePointClass(pattern: RegExp, ascii: (cp: number) => boolean): (cp: number) => boolean {
  // the answers for the Basic Multilingual Plane in a table (0: not asked yet, 1: in the class, 2: not), the rest in a map
  const bmp = new Uint8Array(0x10000);
  const astral = new Map<number, boolean>();
  return (cp) => {
    if (cp < 128) return ascii(cp);
    if (cp < 0x10000) {
      let k = bmp[cp]!;
      if (k === 0) bmp[cp] = k = pattern.test(String.fromCodePoint(cp)) ? 1 : 2;
      return k === 1;
    }
    let is = astral.get(cp);
    if (is === undefined) {
      is = pattern.test(String.fromCodePoint(cp));
      astral.set(cp, is);
    }
    return is;
  };
}

const isAsciiLetter = (cp: number) => (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
/** Whether a code point is a letter or a digit (`[\p{L}\p{N}]`). */
export const isWordCodePoint = codePointClass(
  plane(/^[\p{L}\p{N}]$/u),
  (cp) => isAsciiLetter(cp) || (cp >= 48 && cp <= 57),
);
/** Whether a code point is a letter (`\p{L}`). */
export const isLetterCodePoint = codePointClass(plane(/^\p{L}$/u), isAsciiLetter);
/** Whether a code point is an uppercase letter (`\p{Lu}`). */
export const isUpperCodePoint = codePointClass(plane(/^\p{Lu}$/u), (cp) => cp >= 65 && cp <= 90);

/**
 * The code point that ends at `at` (`at > from`), as `text.slice(from)` reads it: a surrogate pair
 * whole, unless `from` cuts it (then its low half alone, as a pattern run on the slice sees it).
 */
export function codePointBefore(text: string, at: number, from = 0): number {
  const low = text.charCodeAt(at - 1);
  if ((low & 0xfc00) === 0xdc00 && at - 2 >= from && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800)
    return text.codePointAt(at - 2)!;
  return low;
}

/**
 * The last word before `at` within `span` characters, on the same line and set off by at least one
 * character that is no letter: what `/(\p{L}+)[^\p{L}\n]+$/u` captures in `text.slice(at - span, at)`,
 * read backwards (the pattern tries every position of the slice). Undefined where it finds nothing.
 */
export function lastWordBefore(text: string, at: number, span: number): string | undefined {
  const from = Math.max(0, at - span);
  let i = at;
  while (i > from) {
    const cp = codePointBefore(text, i, from);
    if (isLetterCodePoint(cp)) break;
    if (cp === 10) return undefined;
    i -= cp > 0xffff ? 2 : 1;
  }
  if (i === at || i === from) return undefined;
  const end = i;
  while (i > from) {
    const cp = codePointBefore(text, i, from);
    if (!isLetterCodePoint(cp)) break;
    i -= cp > 0xffff ? 2 : 1;
  }
  return text.slice(i, end);
}

/**
 * Word tokens (letters and digits) of a folded text, with their offsets: the runs that
 * `/[\p{L}\p{N}]+/gu` finds, by a scan that allocates no match arrays (it runs over every article).
 */
export function tokenize(folded: string, from = 0, to = folded.length): readonly Token[] {
  // the stages tokenize the whole text of an article several times: the last whole-text result is kept
  const whole = from === 0 && to === folded.length;
  if (whole && folded === lastWhole.folded) return lastWhole.tokens;
  const tokens = scanTokens(folded, from, to);
  if (whole) lastWhole = { folded, tokens };
  return tokens;
}

/** The last whole text tokenized, and its tokens (callers read them, never change them). */
let lastWhole: { folded: string; tokens: Token[] } = { folded: '', tokens: [] };

function scanTokens(folded: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const n = folded.length;
  if (insidePair(folded, from)) return tokenizeByPattern(folded, from, to); // starts inside a surrogate pair: leave that to the engine
  let i = from;
  while (i < n) {
    let cp = folded.codePointAt(i)!;
    if (!isWordCodePoint(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    do {
      i += cp > 0xffff ? 2 : 1;
      if (i >= n) break;
      cp = folded.codePointAt(i)!;
    } while (isWordCodePoint(cp));
    if (start >= to) break;
    out.push({ text: folded.slice(start, i), start, end: i });
  }
  return out;
}

/** Whether offset `i` falls between the two halves of a surrogate pair. */
export function insidePair(folded: string, i: number): boolean {
  return (
    i > 0 &&
    i < folded.length &&
    (folded.charCodeAt(i) & 0xfc00) === 0xdc00 &&
    (folded.charCodeAt(i - 1) & 0xfc00) === 0xd800
  );
}

function tokenizeByPattern(folded: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(folded)) !== null) {
    if (m.index >= to) break;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Whether a string holds a Cyrillic letter (`/[\u0400-\u04ff]/`, read code unit by code unit: it runs on every token). */
export function hasCyrillic(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) return true;
  }
  return false;
}
// Endings added to a nominative stem; not "-ов"/"-ам"/"-ах", which end names like Лавров, Вьетнам, Карабах.
const RU_ENDINGS = [
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ией',
  'ой',
  'ей',
  'ий',
  'ый',
  'ая',
  'яя',
  'ое',
  'ее',
  'ом',
  'ем',
  'ую',
  'юю',
  'ым',
  'им',
  'ию',
  'ии',
  'ия',
  'а',
  'я',
  'о',
  'е',
  'у',
  'ю',
  'ы',
  'и',
  'ь',
  'й',
];

/**
 * A crude Russian stem, so that inflected forms of a name share one key ("Израилем" → "израил").
 * Hand-written on purpose: the Snowball Russian stemmer (npm snowball-stemmers 0.6.0) was measured in
 * its place and dropped the dev corpus's Russian actors F1 from 0.87 to 0.84, as it strips the
 * surname suffixes of nominatives but not of oblique forms ("Лавров" → "лавр", "Лавровым" → "лавров";
 * "Сергей" → "серг", "Сергеем" → "серге"), so that a name and its inflections no longer share a key.
 */
export function stemWord(word: string): string {
  if (!hasCyrillic(word)) return word;
  let w = word;
  for (const e of RU_ENDINGS) {
    if (w.endsWith(e) && w.length - e.length >= 2) {
      w = w.slice(0, -e.length);
      break;
    }
  }
  // "Сергей"/"Сергеем", "Андрей"/"Андреем": drop what is left of the ending
  while (w.length > 4 && /[аеиоуыэюяйь]$/.test(w)) w = w.slice(0, -1);
  // "Китай"/"Китая"/"Китае", "Дубай"/"Дубая": a noun in -ай keeps no vowel of its ending, as "-ая" leaves none
  if (w.length === 4 && w.endsWith('а') && !/[аеиоуыэюя]/.test(w.charAt(2))) w = w.slice(0, -1);
  return w;
}

const KEYS = new Map<string, string>();
/** Enough for the vocabulary of many articles; past it the memo starts afresh rather than grow without bound. */
const MAX_KEYS = 50_000;

/** Keys for a folded token: the token itself, or its stem for Cyrillic words (memoised: the same words recur in every article). */
export function tokenKey(word: string): string {
  if (!hasCyrillic(word)) return word;
  let key = KEYS.get(word);
  if (key === undefined) {
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    key = stemWord(word);
    KEYS.set(word, key);
  }
  return key;
}

/** The key sequence of a name as written in a gazetteer. */
export function nameKeys(name: string): string[] {
  // not through tokenize: a name would take the place of the article's text in its memo
  const folded = foldText(name);
  return scanTokens(folded, 0, folded.length).map((t) => tokenKey(t.text));
}

/** Whether a UTF-16 code unit is whitespace, exactly as `\s` in a regular expression. */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The last `n` whitespace-separated words of `folded[from, at)`, joined by single spaces; scanned backwards, so a long sentence costs no more than a short one. */
export function tokensBefore(folded: string, from: number, at: number, n: number): string {
  if (!(n >= 1)) throw new Error(`invalid n: ${n}`);
  // the words are read backwards and joined as they come, with no array to reverse
  let out = '';
  let i = Math.min(at, folded.length);
  for (let count = 0; count < n; count++) {
    while (i > from && isSpace(folded.charCodeAt(i - 1))) i--;
    if (i <= from) break;
    const end = i;
    while (i > from && !isSpace(folded.charCodeAt(i - 1))) i--;
    out = count === 0 ? folded.slice(i, end) : `${folded.slice(i, end)} ${out}`;
  }
  return out;
}

/** Whether a string has a lowercase form and is its own uppercase form: "A", "É", "Я", "US" (not "1", "-", "a", "Ab"). */
export function isUpper(c: string): boolean {
  if (c.length === 1) return isUpperCodeUnit(c.charCodeAt(0));
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

const UPPER_UNITS = new Map<number, boolean>();
/** isUpper of one UTF-16 code unit, memoised: the stages ask it of the first letter of most words. */
function isUpperCodeUnit(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  let is = UPPER_UNITS.get(code);
  if (is === undefined) {
    const c = String.fromCharCode(code);
    is = c !== c.toLowerCase() && c === c.toUpperCase();
    UPPER_UNITS.set(code, is);
  }
  return is;
}

/** Whether a UTF-16 code unit is a lowercase letter (`/\p{Ll}/u` of one code unit; half a surrogate pair is none). */
export const isLowercaseUnit = codePointClass(plane(/^\p{Ll}$/u), (cp) => cp >= 97 && cp <= 122);

/** A word lowercased and without its accents, as the lexicons' word lists write it ("Menteri" → "menteri", "Exteriores" → "exteriores"). */
export function plainWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}
