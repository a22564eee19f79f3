/**
 * People named without a title: full names whose surname recurs alone, later mentions by the
 * surname or the given name alone, and the kinship words that make a mention another person.
 */
import type { PlanePattern } from '../bmp-patterns';
import { foldText, isUpper, isUpperCodePoint, nameKeys, plainWord, tokenize, tokenKey, type Token } from '../fold-text';
import { followsWordChar } from '../pattern-prefixes';
import { nextMatchOpeningOn } from '../word-start-matches';
import { LEXICONS, type Lexicon } from '../lexicons';
import { sharedAlternation, sharedWords } from '../patterns';
import { sentenceAt } from '../split-sentences';
import {
  actorLexicon,
  CAPITAL_WORD_BEFORE,
  INSTITUTIONS,
  isNotName,
  MIXED_CAPITALS,
  PORTFOLIOS,
  SENTENCE_OPENING,
  STATE_NOUN,
} from './actor-lexicon';
import type { ActorMention, ActorScan } from './actor-scan';
import { plane } from '../bmp-patterns';

// patterns of the functions below, compiled once here: a transpiler targeting Node writes a `\p{..}` literal as
// `new RegExp(..)`, which a function would then run on every call
const GIVEN_NAME_FIRST = plane(/^(\p{Lu}\p{Ll}+)\s+\p{Lu}/u);
const CAPITAL_NEXT = plane(/^\s+\p{Lu}/u);

/** A capitalized word of a name: "Kabila", "Jean-Yves", "O'Brien", "McConnell", "DeLaurentis". */
const NAME_WORD =
  "(?:\\p{Lu}['’])?\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}?\\p{Ll}+|['’](?!s(?![\\p{L}\\p{N}]))\\p{Lu}?\\p{Ll}+)?";
/**
 * Two or three capitalized words, before a possessive at most ("Joseph Kabila's government"), not
 * right after a letter, a digit, an apostrophe, a period or a hyphen (`glued`, checked after a match:
 * a leading lookbehind would be tried at every position of the text).
 */
const NAME_SEQ = plane(
  new RegExp(`${NAME_WORD}(?: ${NAME_WORD}){1,2}(?![\\p{L}\\p{N}-])(?!['’](?!s(?![\\p{L}\\p{N}])))`, 'uy'),
);
/** Whether a name matched at `at` follows a letter, a digit, an apostrophe, a period or a hyphen. */
function glued(text: string, at: number): boolean {
  return at > 0 && (followsWordChar(text, at) || "'’.-".includes(text.charAt(at - 1)));
}

const CAP_AFTER = plane(/^[^\S\n]+(\p{Lu}[\p{L}'’-]*)/u);
/** An acronym in brackets right after a name: " (BCA)". */
const ACRONYM_AFTER = plane(/^[^\S\n]*\(\p{Lu}{2,8}\)/u);
/** An acronym and an opening bracket right before a name: "CPF (". */
const ACRONYM_BEFORE = plane(/\p{Lu}{2,8}[^\S\n]*\($/u);
/** Quotation marks, opening and closing, that enclose the name of a thing ("Latihan ‘Garuda Shield’"). */
const QUOTE_PAIRS = ['""', '“”', '‘’', '«»', "''"];

/** Whether a text writes a name between quotation marks somewhere. */
function quotedSomewhere(text: string, name: string): boolean {
  return QUOTE_PAIRS.some((q) => text.includes(`${q.charAt(0)}${name}${q.charAt(1)}`));
}
const ALL_CAPS = plane(/^[^\p{Ll}]+$/u);
/** Points of the compass (every language's): a name made of them only is a direction or a region ("North West"). */
const COMPASS = new Set(sharedWords('compassWords'));

/** A capitalized word that a lexicon knows as something other than a name: a function word, a title, an honorific, a month. */
export function isNotNameWord(lexicon: Lexicon, titleWords: Set<string>, w: string): boolean {
  const f = plainWord(w);
  return (
    lexicon.stopwords.includes(f) ||
    lexicon.honorifics.includes(f) ||
    titleWords.has(f) ||
    isNotName(f) ||
    PORTFOLIOS.has(f) ||
    INSTITUTIONS.has(f) ||
    STATE_NOUN.test(f) ||
    lexicon.orgNouns.includes(f) ||
    lexicon.months.some((m) => m.includes(f)) ||
    lexicon.weekdays.some((d) => d.includes(f)) ||
    lexicon.treatyNouns.some((n) => f.startsWith(n.form)) ||
    ANY_TREATY_NOUN.has(f) ||
    MIXED_CAPITALS.test(w)
  );
}

/** Every lexicon's one-word treaty nouns: "Border Crossing Agreement" in an Indonesian text is no person. */
const ANY_TREATY_NOUN = new Set(
  Object.values(LEXICONS).flatMap((l) => l.treatyNouns.map((n) => n.form).filter((f) => !f.includes(' '))),
);

/** Recognizes untitled names, then the later mentions of people by surname or given name alone. */
export function recognizePersonNames(scan: ActorScan): void {
  const { text, folded, lexicon } = scan.input;
  // the capitalized words of the text, tokenized once for the name passes below
  const capTokens = tokenize(folded).filter((tk) => isUpper(text.charAt(tk.start)));
  const { titleWords } = actorLexicon(lexicon);
  // arrows passed straight to the passes, not closures bound to names: tsx names each of those (keepNames) every time it
  // is made
  recognizeNameColumns(scan, (w) => isNotNameWord(lexicon, titleWords, w));
  recognizeRecurringNames(scan, capTokens, (w) => commonWord(scan, titleWords, w));
  recognizeCoordinatedNames(scan, (w) => commonWord(scan, titleWords, w));
  recognizeInitialedNames(scan, (w) => commonWord(scan, titleWords, w));
  recognizeNamesByGivenName(scan, capTokens, (w) => commonWord(scan, titleWords, w));
  recognizeSurnames(scan, capTokens);
  recognizeGivenNames(scan, capTokens, (w) => isNotNameWord(lexicon, titleWords, w));
}

/** A word no name is made of: one that is never a name, or that the text also writes in lowercase ("Laut Mindanao" with "perbatasan laut"). */
function commonWord(scan: ActorScan, titleWords: Set<string>, w: string): boolean {
  return isNotNameWord(scan.input.lexicon, titleWords, w) || scan.writesLowercase(plainWord(w));
}

/** A name that opens a row of a table, the rest of the row figures: "Ségolène Royal 9 500 112 25,87 %", "Jan Novak (ODS) 12". */
const NAME_ROW = plane(
  new RegExp(
    `^[^\\S\\n]*(${NAME_WORD}(?:[^\\S\\n]+(?:(?:${sharedAlternation('nameLinks')})[^\\S\\n]+)?${NAME_WORD}){1,4})[^\\S\\n]+(?:\\([^()\\n]{1,40}\\)[^\\S\\n]*)?[^\\p{L}\\n]*\\p{N}[^\\p{L}\\n]*$`,
    'u',
  ),
);

// a column of names, as a table of results or of votes gives them: where two rows or more name known people, every row does
function recognizeNameColumns(scan: ActorScan, notNameWord: (w: string) => boolean): void {
  const { text } = scan.input;
  let rows: NameRow[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    const row = isUpper(line.trimStart().charAt(0)) ? NAME_ROW.exec(line) : null;
    if (row) rows.push({ start: lineStart + row[0].indexOf(row[1]!), name: row[1]!.replace(/\s+/gu, ' ') });
    else {
      takeNameRows(scan, rows, notNameWord);
      rows = [];
    }
    if (lineEnd < 0) break;
    lineStart = lineEnd + 1;
  }
  takeNameRows(scan, rows, notNameWord);
}

interface NameRow {
  start: number;
  name: string;
}

/** The persons of a column of rows that ends: every row's, where two rows or more name known people. */
function takeNameRows(scan: ActorScan, rows: NameRow[], notNameWord: (w: string) => boolean): void {
  if (rows.length < 3 || rows.filter((r) => namesKnownPerson(scan, r.start)).length < 2) return;
  for (const r of rows) {
    const end = r.start + r.name.length;
    // a particle inside a name is part of it: "Jean-Marie Le Pen", "Philippe de Villiers"
    const words = r.name.split(/\s+/);
    if (
      namesKnownPerson(scan, r.start) ||
      scan.overlaps(r.start, end) ||
      words.some((w, i) => !(i > 0 && i < words.length - 1) && notNameWord(w))
    )
      continue;
    scan.addNamedPerson(r.name, r.start, end, 0.5);
  }
}

/** Whether a known person's mention starts at an offset. */
function namesKnownPerson(scan: ActorScan, at: number): boolean {
  const m = scan.knownAt(at);
  return !!m && m.start === at && scan.actors.get(m.actorId)?.kind === 'person';
}

// people named without a title whose surname recurs alone: "a week after Gotabaya Rajapaksa fled ... forcing Rajapaksa to flee"
function recognizeRecurringNames(scan: ActorScan, capTokens: Token[], notNameWord: (w: string) => boolean): void {
  const { text, sentences, lexicon } = scan.input;
  const { overlaps } = scan;
  const capitalized = new Map<string, number[]>();
  for (const tk of capTokens) {
    const key = tokenKey(tk.text);
    const at = capitalized.get(key);
    if (at) at.push(tk.start);
    else capitalized.set(key, [tk.start]);
  }
  // every name word opens on a capital: the pattern is tried there only
  for (
    let nm = nextMatchOpeningOn(NAME_SEQ, text, 0, isUpperCodePoint, glued);
    nm !== null;
    nm = nextMatchOpeningOn(NAME_SEQ, text, nm.index + nm[0].length, isUpperCodePoint, glued)
  ) {
    const start = nm.index;
    const end = start + nm[0].length;
    const si = sentenceAt(sentences, start);
    const s = sentences[si]!;
    if (overlaps(start, end) || scan.isHeadline(si) || SENTENCE_OPENING.test(text.slice(s.start, start))) continue;
    const words = nm[0].split(' ');
    if (words.some(notNameWord) || words.every((w) => COMPASS.has(plainWord(w)))) continue;
    // "Border Crossing Agreement (BCA)", "CPF (Command Post Exercise)": an acronym's expansion; "Latihan ‘Garuda Shield’":
    // a name in quotation marks names a thing
    if (
      ACRONYM_AFTER.test(text.slice(end, end + 14)) ||
      ACRONYM_BEFORE.test(text.slice(Math.max(0, start - 14), start)) ||
      quotedSomewhere(text, nm[0])
    )
      continue;
    // three words of a longer run of capitalized words: the name of an organization or a document ("International Civil Aviation Organization")
    const next = CAP_AFTER.exec(text.slice(end, end + 40))?.[1];
    const prev = CAPITAL_WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
    if ((next && !lexicon.stopwords.includes(plainWord(next))) || (prev && !notNameWord(prev))) continue;
    const last = words[words.length - 1]!;
    if (last.length < 4) continue;
    // a surname recurs as a name, not in the capitals of a heading ("Single Window" ... "ASEAN SINGLE WINDOW"), and alone:
    // the same words again name a thing as well as a person ("the Joint Statement", "Prosedur Internal", "Dynamic
    // Mongoose"), and people named in full are named by their titles
    const given = nm[0].slice(0, nm[0].length - last.length);
    const again = (capitalized.get(tokenKey(foldText(last))) ?? []).filter(
      (x) =>
        (x < start || x >= end) &&
        (!overlaps(x, x + last.length) || surnameAloneAt(scan, x, x + last.length)) &&
        ALL_CAPS.test(text.slice(x, x + last.length)) === ALL_CAPS.test(last) &&
        text.slice(x - given.length, x) !== given,
    );
    if (!again.length) continue;
    scan.addNamedPerson(nm[0], start, end, 0.5);
  }
}

/** Whether a person's mention by one word stands right there ("Mr. Lamamra" after an honorific): a surname alone. */
function surnameAloneAt(scan: ActorScan, start: number, end: number): boolean {
  const m = scan.knownAt(start);
  return !!m && m.start === start && m.end === end && scan.actors.get(m.actorId)?.kind === 'person';
}

/**
 * Initials, then a surname: "S. Rajaratnam", "А. В. Островский", "T.S.N.B. Hutabarat". Tried only where an initial
 * stands (a capital and a period after no letter).
 */
const INITIALED_NAME = plane(/((?:\p{Lu}\.[^\S\n]?){1,4})(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)(?![\p{L}\p{N}-])/uy);
/** A single initial that is a Roman numeral ("I. Disposiciones generales"). */
const ROMAN_INITIAL = /^[IVX]\.\s*$/u;
/** A capitalized word of a name (with lowercase letters) and the gap before the initials: a middle initial follows it. */
const NAME_WORD_BEFORE = plane(/(?:^|[^\p{L}])(\p{Lu}\p{Ll}[\p{L}'’-]*)[^\S\n]+$/u);

/** Whether a capitalized word of no known name stands right before an offset: "Mark| T. Esper" (not "Монголии| Н.Энхтайваном"). */
function nameWordBefore(scan: ActorScan, at: number): boolean {
  const from = Math.max(0, at - 40);
  const m = NAME_WORD_BEFORE.exec(scan.input.text.slice(from, at));
  if (!m) return false;
  const wordAt = from + m.index + m[0].indexOf(m[1]!);
  return !scan.knownAt(wordAt);
}

// people named by their initials and surname, as official and Russian copy write them: "Menteri Luar Negeri Singapura waktu
// itu S. Rajaratnam", "содоклад сделал председатель Комитета ... А. В. Островский"
function recognizeInitialedNames(scan: ActorScan, commonWord: (w: string) => boolean): void {
  const { text, lexicon, sentences } = scan.input;
  for (let dot = text.indexOf('.'); dot > 0; dot = text.indexOf('.', dot + 1)) {
    const at = dot - 1;
    if (!isUpper(text.charAt(at)) || (at > 0 && (followsWordChar(text, at) || "'’.-".includes(text.charAt(at - 1)))))
      continue;
    INITIALED_NAME.lastIndex = at;
    const m = INITIALED_NAME.exec(text);
    if (!m) continue;
    const [whole, initials, surname] = m as unknown as [string, string, string];
    const end = at + whole.length;
    dot = at + initials.length - 1;
    // "U.S. Navy", "M. Hollande", "H.E.", "I. Disposiciones": a state's or a title's abbreviation, an honorific, a numeral
    const letters = plainWord(initials.replace(/[.\s]/gu, ''));
    if (
      ROMAN_INITIAL.test(initials) ||
      lexicon.honorifics.includes(letters) ||
      lexicon.shared.abbreviations.includes(letters) ||
      scan.overlaps(at, end) ||
      commonWord(surname) ||
      // "Mark T. Esper": a middle initial, the name's other passes take it; "KRI R.E. Martadinata": an initial after an
      // acronym names a thing
      nameWordBefore(scan, at) ||
      CAP_AFTER.test(text.slice(end, end + 40)) ||
      scan.isHeadline(sentenceAt(sentences, at))
    )
      continue;
    scan.addNamedPerson(`${initials.replace(/\.[^\S\n]?/gu, '. ')}${surname}`, at, end, 0.5);
  }
}

/** What a lexicon's given names open: their forms, and the pattern of the rest of the name after one. */
interface GivenNameRule {
  forms: Set<string>;
  /** A patronymic (folded, whole word; its one group the given name's stem), which names no one after a given name alone. */
  patronymic: RegExp | null;
  /** At the end of a given name (sticky): the second half of a double one ("Жан-Ив"), then one to three name words. */
  rest: RegExp;
}

const GIVEN_NAME_RULES = new WeakMap<Lexicon, GivenNameRule | null>();

/** A lexicon's given-name rule, built once; null for a language that lists no given names. */
function givenNameRule(lexicon: Lexicon): GivenNameRule | null {
  let rule = GIVEN_NAME_RULES.get(lexicon);
  if (rule !== undefined) return rule;
  const links = lexicon.givenNameLinks?.length ? `(?:(?:${lexicon.givenNameLinks.join('|')})[^\\S\\n]+)?` : '';
  rule = lexicon.givenNames?.length
    ? {
        // a given name that is also a function word of the language ("Dan", Indonesian "and") opens no name
        forms: new Set(lexicon.givenNames.filter((w) => !lexicon.stopwords.includes(w))),
        patronymic: lexicon.patronymic ? new RegExp(`^(?:${lexicon.patronymic})$`, 'u') : null,
        rest: plane(
          new RegExp(
            `(?:-\\p{Lu}\\p{Ll}+)?(?:[^\\S\\n]+\\p{Lu}\\.)?((?:[^\\S\\n]+${links}${NAME_WORD}){1,3})(?![\\p{L}\\p{N}-])(?!['’](?!s(?![\\p{L}\\p{N}])))`,
            'uy',
          ),
        ),
      }
    : null;
  GIVEN_NAME_RULES.set(lexicon, rule);
  return rule;
}

// people named with no title by a given name the language knows and what follows it: "суд над Полом Уиланом", "в деле
// Майкла Калви", "дал Люк Девинь, директор ..."; the words after it stop at a word no name is made of or at a mention
function recognizeNamesByGivenName(scan: ActorScan, capTokens: Token[], commonWord: (w: string) => boolean): void {
  const rule = givenNameRule(scan.input.lexicon);
  if (!rule) return;
  const { text, sentences } = scan.input;
  for (const t of capTokens) {
    if (!rule.forms.has(t.text) || scan.overlaps(t.start, t.end) || glued(text, t.start)) continue;
    rule.rest.lastIndex = t.end;
    const m = rule.rest.exec(text);
    if (!m) continue;
    // the name words up to the first that no name is made of or that a mention holds
    let end = t.end + m[0].length - m[1]!.length;
    for (const w of m[1]!.matchAll(NAME_PART)) {
      const at = t.end + m[0].length - m[1]!.length + w.index;
      const word = w[0];
      if (isUpper(word.charAt(0)) && (commonWord(word) || scan.overlaps(at, at + word.length))) break;
      if (isUpper(word.charAt(0))) end = at + word.length;
    }
    if (end <= t.end + m[0].length - m[1]!.length || scan.isHeadline(sentenceAt(sentences, t.start))) continue;
    if (runsOn(scan, rule, t.start, end, commonWord)) continue;
    const name = text.slice(t.start, end);
    const keys = nameKeys(name);
    // "г-на Тони Блинкена" after "Энтони Блинкен": a surname the text gives a person already is that person's, whom the
    // surname pass finds; "Сергей Иванович" (a given name and a patronymic) addresses a person named in full elsewhere
    if (surnameOfPerson(scan, keys[keys.length - 1]!)) continue;
    if (isPatronymic(rule, foldText(name.slice(name.lastIndexOf(' ') + 1)))) {
      takePatronymicAddress(scan, keys, t.start, end);
      continue;
    }
    scan.addNamedPerson(name, t.start, end, 0.5);
  }
}

/** A capitalized word right after a name (the first one that is no name word), or a particle glued to the next word ("al-Bashir"). */
const NAME_RUNS_ON = plane(/^[^\S\n]+(?:\p{Lu}[\p{L}'’-]*|\p{Ll}{1,3}-\p{Lu})/u);

/**
 * Whether a name a given name opens is part of a longer run of capitalized words: one after a capitalized word that is
 * no title, honorific or mention and does not open the sentence ("San Francisco", "al-Dirdiri Mohamed Ahmed"), or before one that is no name word
 * ("Kofi Annan Foundation") or before a glued particle ("Omar Hassan al-Bashir"): the name of a place or a thing, or a
 * person's longer name whose bounds the words do not tell.
 */
function runsOn(
  scan: ActorScan,
  rule: GivenNameRule,
  start: number,
  end: number,
  commonWord: (w: string) => boolean,
): boolean {
  const { text, lexicon } = scan.input;
  const after = NAME_RUNS_ON.exec(text.slice(end, end + 40));
  if (after && !(isUpper(after[0].trimStart().charAt(0)) && !commonWord(after[0].trim()))) return true;
  const before = CAPITAL_WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (!before) return false;
  const word = plainWord(before[1]!);
  const at = start - before[0].length;
  const { sentences } = scan.input;
  return !(
    SENTENCE_OPENING.test(text.slice(sentences[sentenceAt(sentences, at)]!.start, at)) ||
    rule.forms.has(word) ||
    lexicon.honorifics.includes(word) ||
    lexicon.titles.some((x) => x === word || x.endsWith(` ${word}`)) ||
    actorLexicon(lexicon).titleWords.has(word) ||
    scan.overlaps(at, at + before[1]!.length) ||
    scan.knownAt(at) !== undefined
  );
}

/** Whether a person the text names already bears a surname (its key), named in full or by the surname alone. */
function surnameOfPerson(scan: ActorScan, key: string): boolean {
  if (scan.surnames.has(key)) return true;
  const { text } = scan.input;
  return scan.mentions.some((m) => {
    if (scan.actors.get(m.actorId)?.kind !== 'person') return false;
    const keys = nameKeys(text.slice(m.start, m.end));
    return keys[keys.length - 1] === key;
  });
}

/** Whether a word (folded) is a patronymic: its stem is a given name ("ивановича" of "иван", "юрьевна" of "юрий"). */
function isPatronymic(rule: GivenNameRule, word: string): boolean {
  const stem = rule.patronymic?.exec(word)?.[1];
  if (!stem) return false;
  const soft = stem.endsWith('ь') ? stem.slice(0, -1) : null;
  return (
    rule.forms.has(stem) ||
    rule.forms.has(stem + 'й') ||
    rule.forms.has(stem + 'а') ||
    (soft !== null && (rule.forms.has(soft + 'ий') || rule.forms.has(soft + 'я') || rule.forms.has(soft + 'а')))
  );
}

/** "Сергей Иванович": a mention of the one person named in full whose name opens with the same given name and patronymic. */
function takePatronymicAddress(scan: ActorScan, keys: string[], start: number, end: number): void {
  const { text } = scan.input;
  let id: string | null = null;
  for (const m of scan.mentions) {
    if (scan.actors.get(m.actorId)?.kind !== 'person' || m.actorId === id) continue;
    const full = nameKeys(text.slice(m.start, m.end));
    if (full.length <= keys.length || keys.some((k, i) => full[i] !== k)) continue;
    if (id !== null) return;
    id = m.actorId;
  }
  if (id === null) return;
  scan.mentions.push({
    actorId: id,
    start,
    end,
    sentence: sentenceAt(scan.input.sentences, start),
    metonym: false,
    confidence: 0.5,
  });
  scan.taken.push({ start, end });
}

/** A word of a name or a particle between its words. */
const NAME_PART = plane(/[\p{L}'’-]+/gu);

/** "and" (every language's) between two names. */
const AND = `(?:${sharedAlternation('portfolioAnd')})`;
/** A name of two or three words just after "and" ("Justin Trudeau et Volodymyr Groysman"), not before another capitalized word. */
const NAME_AFTER_AND = plane(
  new RegExp(
    `^[^\\S\\n]+${AND}[^\\S\\n]+(${NAME_WORD}(?: ${NAME_WORD}){1,2})(?![\\p{L}\\p{N}-])(?!['’](?!s(?![\\p{L}\\p{N}])))(?![^\\S\\n]+\\p{Lu})`,
    'u',
  ),
);
/**
 * The same just before "and" ("Volodymyr Groysman and Justin Trudeau"), not after another capitalized word
 * (CAPITAL_WORD_BEFORE) nor glued to what precedes it: both checked after a match (nameBeforeAnd), as
 * lookbehinds they would be tried at every position.
 */
const NAME_BEFORE_AND = plane(new RegExp(`(${NAME_WORD}(?: ${NAME_WORD}){1,2})[^\\S\\n]+${AND}[^\\S\\n]+$`, 'uy'));

/** Whether a name matched at `at` is glued to what precedes it or follows a capitalized word. */
const gluedOrAfterCapital = (text: string, at: number) =>
  glued(text, at) || CAPITAL_WORD_BEFORE.test(text.slice(0, at));

/** The first match of NAME_BEFORE_AND in `text` whose start is neither glued nor after a capitalized word. */
function nameBeforeAnd(text: string): RegExpExecArray | null {
  return nextMatchOpeningOn(NAME_BEFORE_AND, text, 0, isUpperCodePoint, gluedOrAfterCapital);
}

// a name joined by "and" to a person named in full is a person too: "signed by Justin Trudeau and Volodymyr Groysman",
// "Jokowi dan Lee Hsien Loong", "Путин и Си Цзиньпин"
function recognizeCoordinatedNames(scan: ActorScan, commonWord: (w: string) => boolean): void {
  const { text } = scan.input;
  const { actors, mentions } = scan;
  const people = mentions.filter(
    (m) => actors.get(m.actorId)?.kind === 'person' && /\s/u.test(text.slice(m.start, m.end)),
  );
  for (const m of people) {
    const after = NAME_AFTER_AND.exec(text.slice(m.end, m.end + 80));
    if (after) addCoordinatedName(scan, commonWord, after[1]!, m.end + after[0].length - after[1]!.length);
    const from = Math.max(0, m.start - 80);
    const before = nameBeforeAnd(text.slice(from, m.start));
    if (before) addCoordinatedName(scan, commonWord, before[1]!, from + before.index);
  }
}

/** A name joined by "and" to a person's, unless it holds a common word or overlaps a mention. */
function addCoordinatedName(scan: ActorScan, commonWord: (w: string) => boolean, name: string, start: number): void {
  const end = start + name.length;
  const words = name.split(' ');
  if (scan.overlaps(start, end) || words.some(commonWord) || words[words.length - 1]!.length < 3) return;
  if (scan.isHeadline(sentenceAt(scan.input.sentences, start))) return;
  scan.addNamedPerson(name, start, end, 0.5);
}

/** Registers the surnames of the persons mentioned so far by their full names. */
export function registerSurnames(scan: ActorScan): void {
  const { text } = scan.input;
  for (const m of scan.mentions) {
    if (scan.actors.get(m.actorId)?.kind !== 'person') continue;
    const keys = nameKeys(text.slice(m.start, m.end));
    if (keys.length >= 2) scan.addSurname(keys[keys.length - 1]!, m.actorId);
  }
}

// later mentions by surname alone: "Manalo said", "Нуртлеу заявил", "dijo Petro" (people of the gazetteer named in full too);
// a surname two people share ("Juan Orlando Hernández", "Tony Hernández") is the one named last before it
function recognizeSurnames(scan: ActorScan, capTokens: Token[]): void {
  const { text } = scan.input;
  const { mentions, surnames, overlaps } = scan;
  registerSurnames(scan);
  if (surnames.size) {
    for (const t of capTokens) {
      const ids = surnames.get(tokenKey(t.text));
      if (!ids || overlaps(t.start, t.end)) continue;
      takeShortName(scan, t, ids.length === 1 ? ids[0]! : fullBefore(text, mentions, ids, t.start));
    }
  }
}

/** Of the people who bear a surname, the one named in full last before an offset, else first after it. */
function fullBefore(text: string, mentions: ActorMention[], ids: string[], at: number): string {
  let before: ActorMention | undefined;
  let after: ActorMention | undefined;
  for (const m of mentions) {
    if (!ids.includes(m.actorId) || !/\s/u.test(text.slice(m.start, m.end))) continue;
    if (m.start < at) {
      if (!before || m.start > before.start) before = m;
    } else if (!after || m.start < after.start) after = m;
  }
  return (before ?? after)?.actorId ?? ids[0]!;
}

// later mentions by the first name alone, as Malay, Ethiopian or Korean names are shortened: "kata Anwar", "Abiy welcomed", "Jokowi dan Lee";
// only a first name that one person named in full has, and not before another capitalized word (another full name)
function recognizeGivenNames(scan: ActorScan, capTokens: Token[], notNameWord: (w: string) => boolean): void {
  const { text, lexicon } = scan.input;
  const { actors, mentions, overlaps } = scan;
  const given = new Map<string, string | null>();
  for (const m of mentions) {
    if (actors.get(m.actorId)?.kind !== 'person') continue;
    const first = GIVEN_NAME_FIRST.exec(text.slice(m.start, m.end))?.[1];
    if (!first || notNameWord(first) || lexicon.honorifics.includes(first.toLowerCase())) continue;
    const key = tokenKey(foldText(first));
    const prev = given.get(key);
    given.set(key, prev === undefined || prev === m.actorId ? m.actorId : null);
  }
  if (given.size) {
    for (const t of capTokens) {
      const id = given.get(tokenKey(t.text));
      if (!id || overlaps(t.start, t.end) || CAPITAL_NEXT.test(text.slice(t.end, t.end + 3))) continue;
      takeShortName(scan, t, id);
    }
  }
}

/** A comma or "and" (every language's) between two names of a list. */
const LIST_JOIN = new RegExp(
  `^[^\\S\\n]*(?:,|;|(?:${sharedAlternation('portfolioAnd')})(?![\\p{L}]))[^\\S\\n]*(?:(?:${sharedAlternation('portfolioAnd')})[^\\S\\n]+)?$`,
  'u',
);

/**
 * The mentions without the persons a journalist's credit names ("Reporting by X; editing by Y and Z", "Penulis: X"): the
 * people who wrote the story, no actors of it.
 */
export function withoutCreditMentions(scan: ActorScan, mentions: ActorMention[]): ActorMention[] {
  const { folded, lexicon } = scan.input;
  const { creditBefore } = actorLexicon(lexicon);
  if (!creditBefore) return mentions;
  let lastEnd = -1;
  return mentions.filter((m) => {
    if (scan.actors.get(m.actorId)?.kind !== 'person') return true;
    const credited =
      creditBefore.test(folded.slice(Math.max(0, m.start - 40), m.start)) ||
      (lastEnd >= 0 && m.start - lastEnd < 12 && LIST_JOIN.test(folded.slice(lastEnd, m.start)));
    if (credited) lastEnd = m.end;
    return !credited;
  });
}

/** The mentions without the persons that a kinship word makes another person ("ayah Kim Jong Un", "X's father"). */
export function withoutKinMentions(scan: ActorScan, mentions: ActorMention[]): ActorMention[] {
  const { folded, lexicon } = scan.input;
  const { kinBefore, kinAfter } = actorLexicon(lexicon);
  return mentions.filter((m) => {
    if (scan.actors.get(m.actorId)?.kind !== 'person') return true;
    if (kinBefore && kinWordBefore(scan, kinBefore, m.start)) return false;
    if (kinAfter?.test(folded.slice(m.end, m.end + 30))) return false;
    return true;
  });
}

const FIRST_LETTER = plane(/\p{L}/u);

/**
 * Whether a kinship word stands before a name ("ayah Kim Jong Un"); capitalized inside a sentence it is a word of a title
 * ("Menteri Pemberdayaan Perempuan dan Perlindungan Anak Ratna Dewi").
 */
function kinWordBefore(scan: ActorScan, kinBefore: PlanePattern, at: number): boolean {
  const { text, folded, sentences } = scan.input;
  const from = Math.max(0, at - 40);
  const k = kinBefore.exec(folded.slice(from, at));
  if (!k) return false;
  const word = from + k.index + k[0].search(FIRST_LETTER);
  if (!isUpper(text.charAt(word))) return true;
  return SENTENCE_OPENING.test(text.slice(sentences[sentenceAt(sentences, word)]!.start, word));
}

/** A later mention of a person by one word of a name given in full (surname or first name): a weaker mention. */
function takeShortName(scan: ActorScan, t: Token, actorId: string): void {
  scan.mentions.push({
    actorId,
    start: t.start,
    end: t.end,
    sentence: sentenceAt(scan.input.sentences, t.start),
    metonym: false,
    confidence: 0.5,
  });
  scan.taken.push({ start: t.start, end: t.end });
}

/**
 * "La ministre Ng s’est rendue ..." in a headline, "l’honorable Mary Ng" in the body: a person the text names by
 * surname alone before naming them in full is the one person of that surname named in full.
 */
export function mergeSurnameOnlyPersons(scan: ActorScan): void {
  const { gazetteer } = scan.input;
  let given: Map<string, string[]> | null = null;
  let words: Map<string, string[]> | null = null;
  for (const a of [...scan.actors.values()]) {
    if (a.kind !== 'person' || /\s/u.test(a.name) || gazetteer.actors.has(a.id)) continue;
    const keys = nameKeys(a.name);
    const key = keys[keys.length - 1]!;
    let ids = scan.surnames.get(key)?.filter((id) => id !== a.id);
    // "Menteri Siti" after "Menteri ... Siti Nurbaya": a title before the given name of the one person of that given name
    // named in full (Malay and Indonesian usage), when nobody bears it as a surname
    if (!ids?.length) ids = (given ??= givenNames(scan)).get(key);
    // "PM Xanana" after "Kay Rala Xanana Gusmao", "Presiden Myung-bak" after "Lee Myung-bak": a title before another word
    // of the one person named in full whose name holds it
    if (!ids?.length) ids = (words ??= nameWordOwners(scan)).get(key);
    if (ids?.length !== 1) continue;
    for (const m of scan.mentions) if (m.actorId === a.id) m.actorId = ids[0]!;
    scan.actors.delete(a.id);
  }
}

/**
 * "Ibu Iriana Joko" after "Iriana Joko Widodo", "José Frederico Viola de Drummo" in a title line cut short: a person named
 * by two words or more that begin another person's longer name (to a letter) is that person, when only one such person
 * is named. The shorter form's mentions go to the longer name.
 */
export function mergeShortenedPersons(scan: ActorScan): void {
  const { text, gazetteer } = scan.input;
  const persons = [...scan.actors.values()].filter((a) => a.kind === 'person');
  if (persons.length < 2) return;
  const forms = new Map<string, string[]>();
  for (const a of persons) forms.set(a.id, [foldText(a.name)]);
  for (const m of scan.mentions) forms.get(m.actorId)?.push(foldText(text.slice(m.start, m.end)));
  for (const a of persons) {
    if (gazetteer.actors.has(a.id) || !/\s/u.test(a.name)) continue;
    const short = foldText(a.name);
    const longer = persons.filter(
      (b) =>
        b !== a &&
        scan.actors.has(b.id) &&
        forms.get(b.id)!.some((f) => f.length > short.length && f.startsWith(short)),
    );
    if (longer.length !== 1) continue;
    for (const m of scan.mentions) if (m.actorId === a.id) m.actorId = longer[0]!.id;
    scan.actors.delete(a.id);
  }
}

/** The persons of the text named in full, by the key of each word of their names and of the forms the text writes them in. */
function nameWordOwners(scan: ActorScan): Map<string, string[]> {
  const { text } = scan.input;
  const out = new Map<string, string[]>();
  const add = (key: string, id: string) => {
    const ids = out.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    out.set(key, ids);
  };
  for (const a of scan.actors.values())
    if (a.kind === 'person' && /\s/u.test(a.name)) for (const k of nameKeys(a.name)) add(k, a.id);
  for (const m of scan.mentions) {
    const a = scan.actors.get(m.actorId);
    if (a?.kind !== 'person' || !/\s/u.test(a.name)) continue;
    const form = text.slice(m.start, m.end);
    if (/\s/u.test(form)) for (const k of nameKeys(form)) add(k, a.id);
  }
  return out;
}

/** The persons of the text named in full, by the key of their first name. */
function givenNames(scan: ActorScan): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of scan.actors.values()) {
    if (a.kind !== 'person' || !/\s/u.test(a.name)) continue;
    const key = nameKeys(a.name)[0]!;
    const ids = out.get(key) ?? [];
    if (!ids.includes(a.id)) ids.push(a.id);
    out.set(key, ids);
  }
  return out;
}
