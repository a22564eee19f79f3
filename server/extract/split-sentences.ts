/** Sentences and clauses with their offsets into the original text. */
import { esc, sharedWords } from './patterns';
import { plane } from './bmp-patterns';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Offsets where clauses begin (commas, semicolons, dashes, "but"), including `start`. */
  clauses: number[];
  /** The sentence opens a new paragraph (or a line of its own). */
  paragraphStart: boolean;
}

/** Abbreviations of every language: a period after one does not end a sentence. */
const ABBREVIATIONS = new Set(sharedWords('abbreviations'));

const SENTENCE_OPENER = plane(/[\p{Lu}\d"“«(\-–—]/u);
const WORD_BEFORE_PERIOD = plane(/([\p{L}.]+)$/u);
const UPPERCASE = plane(/\p{Lu}/u);
const DOTTED_LETTER_END = plane(/\.\p{L}$/u);
/** The sentence being read: where it starts, and whether it opens a paragraph. */
interface SentenceStart {
  start: number;
  paragraphStart: boolean;
}

/** Splits a text into sentences at end punctuation followed by a capital, and at line breaks. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  // read by a module-level function, not a closure: tsx names each closure (keepNames) every time it is made
  const at: SentenceStart = { start: 0, paragraphStart: true };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charAt(i);
    if (c === '\n') {
      pushSentence(text, out, at, i, true);
      at.start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    // find what follows: closing quotes/brackets, then space, then a capital or quote or digit
    let j = i + 1;
    while (j < n && /["'”’»)\]]/.test(text.charAt(j))) j++;
    if (j < n && !/[ \t\u00a0]/.test(text.charAt(j))) continue;
    let k = j;
    while (k < n && /[ \t\u00a0]/.test(text.charAt(k))) k++;
    if (k < n && text.charAt(k) === '\n') continue; // the line break ends it
    if (k < n && !SENTENCE_OPENER.test(text.charAt(k))) continue;
    if (c === '.') {
      const wordMatch = WORD_BEFORE_PERIOD.exec(text.slice(Math.max(0, i - 12), i));
      const word = wordMatch ? wordMatch[1]!.toLowerCase() : '';
      if (word.length === 1 && UPPERCASE.test(text.charAt(i - 1))) continue; // an initial: "J. Smith", "U.S."
      if (ABBREVIATIONS.has(word.replace(/\./g, '')) || DOTTED_LETTER_END.test(word)) continue;
    }
    pushSentence(text, out, at, j, false);
    at.start = j;
  }
  pushSentence(text, out, at, n, true);
  return out;
}

/** Adds the sentence read from `at.start` to `end`, trimmed, unless it is empty. */
function pushSentence(text: string, out: Sentence[], at: SentenceStart, end: number, nextParagraph: boolean): void {
  let s = at.start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (e > s) {
    out.push({
      index: out.length,
      start: s,
      end: e,
      clauses: clausesOf(text, s, e),
      paragraphStart: at.paragraphStart,
    });
    at.paragraphStart = nextParagraph;
  } else if (nextParagraph) at.paragraphStart = true;
}

/** Punctuation and the clause words of every language ("but", "namun", "но", "pero"). */
const CLAUSE_BREAK = plane(new RegExp(`[,;:()–—]|\\s(?:${sharedWords('clauseBreaks').map(esc).join('|')})\\s`, 'gu'));

function clausesOf(text: string, start: number, end: number): number[] {
  const clauses = [start];
  const slice = text.slice(start, end);
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(slice)) !== null) {
    // a comma between digits is a number, not a clause break
    if (m[0] === ',' && /\d/.test(slice.charAt(m.index - 1)) && /\d/.test(slice.charAt(m.index + 1))) continue;
    clauses.push(start + m.index + 1);
  }
  return clauses;
}

/** The index of the clause of a sentence that holds an offset. */
export function clauseAt(s: Sentence, offset: number): number {
  let idx = 0;
  for (let i = 0; i < s.clauses.length; i++) if (s.clauses[i]! <= offset) idx = i;
  return idx;
}

/** The index of the sentence that holds an offset (the nearest one for an offset between sentences). */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(sentences.length - 1, lo));
}

const TITLE_CASE = new WeakMap<Sentence, { text: string; titleCase: boolean }>();

const LETTER_START = plane(/^\p{L}/u);
const CAPITAL_START = plane(/^\p{Lu}/u);
/**
 * Whether a sentence reads as a headline: four words or more, no closing punctuation, and most of its words
 * capitalized ("Joint Statement on the Signing of the Treaty"). Kept per sentence: several stages ask.
 */
export function isTitleCase(text: string, s: Sentence): boolean {
  const cached = TITLE_CASE.get(s);
  if (cached && cached.text === text) return cached.titleCase;
  const line = text.slice(s.start, s.end);
  // most sentences end on a period: their words need not be read
  let titleCase = !/[.!?:;]["”»)]?$/.test(line);
  if (titleCase) {
    const ws = line.split(/\s+/).filter((w) => LETTER_START.test(w));
    titleCase = ws.length >= 4 && ws.filter((w) => CAPITAL_START.test(w)).length / ws.length > 0.6;
  }
  TITLE_CASE.set(s, { text, titleCase });
  return titleCase;
}
