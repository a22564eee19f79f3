/**
 * People the gazetteer does not know, named by their title: after it ("Perdana Menteri Jepang Fumio
 * Kishida", "presidido por Jorge ...") or before it, in apposition ("Luis Almagro, secretario general
 * de la OEA").
 */
import { foldText, nameKeys, plainWord, tokenKey } from '../fold-text';
import { sharedAlternation, sharedWords } from '../patterns';
import type { Lexicon } from '../lexicons';
import { toSlug } from '../slug';
import { sentenceAt } from '../split-sentences';
import { nextGatedMatch } from '../word-start-matches';
import {
  actorLexicon,
  CAPITAL_WORD_BEFORE,
  INSTITUTIONS,
  isNotName,
  isOrgNounWord,
  MIXED_CAPITALS,
  PORTFOLIOS,
  SENTENCE_OPENING,
  STATE_NOUN,
  type WordList,
} from './actor-lexicon';
import type { ActorScan } from './actor-scan';
import type { Gazetteer } from '../gazetteer';
import { plane } from '../bmp-patterns';

// patterns of the functions below, compiled once here: a transpiler targeting Node writes a `\p{..}` literal as
// `new RegExp(..)`, which a function would then run on every call
const LETTER_OR_APOSTROPHE = plane(/[\p{L}'’]/u);
const DEMONYM_BEFORE_NAME = plane(/^(\p{Ll}{3,}),?\s+(?=\p{Lu})/u);
const ACRONYM_BEFORE_NAME = plane(
  new RegExp(
    `^(?:\\p{Lu}{2,6}|\\((?:\\p{L}+[^\\S\\n]+){0,2}\\p{Lu}{2,6}\\)|\\(\\p{Lu}[^()\\n]{1,60}\\)),?\\s+(?=\\p{Lu}\\p{Ll}|(?:${sharedAlternation('titleOf')})\\s)`,
    'u',
  ),
);
const INITIAL_WORD = plane(/^\p{Lu}\.$/u);
const CAPITALIZED = plane(/^\p{Lu}\p{Ll}/u);
const LOWERCASE_START = plane(/^\p{Ll}/u);
const CAPITALS_WORD = plane(/^\p{Lu}{2,}$/u);
const CAPITAL_START = plane(/^\p{Lu}/u);
/** A capitalized word (group 1), then, on its line, two capitalized words: an institution before a full name. */
const INSTITUTION_BEFORE_NAME = plane(/^(\p{Lu}\p{Ll}+)[^\S\n]+(?=\p{Lu}\p{Ll}+[^\S\n]+\p{Lu})/u);
/** A hyphen inside a word, before lowercase letters ("Def-ence"). */
const HYPHEN_IN_WORD = plane(/-(?=\p{Ll})/gu);
/** Where a clause ends: punctuation, a bracket, a quotation mark or a line break. */
const CLAUSE_BREAK = /[.,;:!?()«»"“”\n]/u;

/** "of the", "de", "dari" between a title and its country or name (every language's), or "and of" before a second portfolio; never across a line break. */
const TITLE_OF = new RegExp(
  `^[^\\S\\n,]*,?[^\\S\\n]*(?:(?:${sharedAlternation('portfolioAnd')})\\s+(?=(?:${sharedAlternation('titleOf')})\\s))?(?:(?:${sharedAlternation('titleOf')})(?:\\s+|(?<=['’])))*`,
  'iu',
);
/** Capitalized words (and short links) of a body, its acronym in brackets, and the gap before a capitalized word. */
const ACRONYMED_BODY = plane(
  /^(\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:\p{Lu}[\p{L}'’-]*|\p{Ll}{1,4}))*)[^\S\n]*\(\p{Lu}[\p{Lu}\p{N}&-]{1,9}\),?[^\S\n]+(?=\p{Lu}\p{Ll})/u,
);
/** A whole word: an adjective after a title's noun ("comercial", "spécial"). */
const MODIFIER_WORD = plane(/^\p{L}+(?![\p{L}'’-])/u);
/** A word and the gap before a capitalized word: a rank's corps or service ("Laut", "Inf"). */
const SERVICE_WORD = plane(/^(\p{L}+)[^\S\n]+(?=\p{Lu})/u);
/** A title written short: in capitals ("AVM") or of four letters at most ("Gen", "Brig"), before its period. */
const ABBREVIATED_TITLE = plane(/(?:^|[\s.])(?:\p{Lu}{2,6}|\p{L}{1,4})$/u);
/** A post-nominal in capitals after a name ("MP", "KCB", "QC"), not a Roman numeral ("III"). */
const POST_NOMINAL = plane(/^(?![IVX]+$)\p{Lu}{2,4}$/u);
/** A number (digits or a Roman numeral) after a word: "Corp 1", "Kodam V". */
const NUMBER_AFTER = plane(/^[^\S\n]+(?:\d|[IVX]+(?![\p{L}\p{N}]))/u);
/** "and" (every language's) and the gap after it, on one line. */
const AND_BEFORE = plane(new RegExp(`^(?:${sharedAlternation('portfolioAnd')})[^\\S\\n]+`, 'u'));
/** Portfolios joined by "and": "Menteri Hukum dan HAM", "Ministro de Asuntos Exteriores y de Cooperación"; a name after them is on the same line. */
const PORTFOLIO = plane(
  new RegExp(
    `^(\\p{Lu}[\\p{L}-]+)(?:\\s+(?:${sharedAlternation('portfolioAnd')})(?:\\s+(?:${sharedAlternation('titleOf')})){0,2}(?=\\s+\\p{Lu}))?,?[^\\S\\n]+(?=[\\p{L}(])`,
    'u',
  ),
);
// a period ends a name ("Richard Marles. Menurut Marles") except after an initial or an abbreviation ("K. Shanmugam", "Marcos Jr.")
const NAME_TOKEN = "\\p{Lu}(?:\\p{L}{0,2}\\.|[\\p{L}'’\\-]*)";
// "Abu Bakar Bin Mohd Ajis", "Hans Van Den Broek": a particle of three letters or more may be written capitalized; it links
// two words of the name either way and leaves the name its five words
const NAME_LINK = `(?:${sharedWords('nameLinks')
  .flatMap((w) => (w.length >= 3 ? [w, w.charAt(0).toUpperCase() + w.slice(1)] : [w]))
  .join('|')})`;
// the words of a name are apart by spaces and at most one line break, never by a blank line
const NAME_GAP = '(?:[^\\S\\n]+(?:\\n[^\\S\\n]*)?|\\n[^\\S\\n]*)';
const NAME_RE = plane(new RegExp(`^(${NAME_TOKEN}(?:${NAME_GAP}(?:${NAME_LINK}${NAME_GAP})?${NAME_TOKEN}){0,4})`, 'u'));
/** What follows a name in a headline in Title Case: the end of the line ("Statement by Administrator Samantha Power"). */
const HEADLINE_NAME_END = /^[^\S\n]*(?:\n|$)/u;
/**
 * The complement of a title that a comma closes before the name: "secretario de Culto de la Nación, Guillermo Oliveri",
 * "State Secretary for International Cooperation, Pilar Cancela": capitalized words and the links between them
 * (every language's "of the", "and"), then a comma and a capitalized word.
 */
const TITLE_COMPLEMENT = plane(
  new RegExp(
    `^\\p{Lu}[\\p{L}'’-]*(?:[^\\S\\n]+(?:(?:${sharedAlternation('titleOf')}|${sharedAlternation('portfolioAnd')})(?:[^\\S\\n]+|(?<=['’])))*\\p{Lu}[\\p{L}'’-]*(?:[^\\S\\n]+\\p{Ll}{4,}(?=,))?){0,4},[^\\S\\n]+(?=\\p{Lu}\\p{Ll})`,
    'u',
  ),
);
/** A capitalized word and the gap after it (no line break): group 1 is the word. */
const CAPITALIZED_WORD_GAP = plane(/^(\p{Lu}\p{Ll}+)[^\S\n]+/u);
/**
 * A link ("of the"), a capitalized word or a committee's number ("Komite I") and the gap after it, between a state noun
 * and its country's name or in a body's name.
 */
const STATE_NAME_WORD = plane(
  new RegExp(
    `^(?:(?:${sharedAlternation('titleOf')})(?:[^\\S\\n]+|(?<=['’]))|\\p{Lu}\\p{Ll}+[^\\S\\n]+|(?:[IVX]+|\\d{1,2})[^\\S\\n]+(?=\\p{Lu}))`,
    'u',
  ),
);
/**
 * Two or three capitalized words, a comma, an article or "former" and at most two lowercase words, demonyms or possessives
 * ("Nigeria’s", "Nigerian"): what stands before an apposed title.
 */
const APPOSED_NAME = plane(
  new RegExp(
    `(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}),\\s+(?:(?:${sharedAlternation('apposedTitleLead')})\\s+)?(?:(?:\\p{Ll}[\\p{L}-]*|\\p{Lu}\\p{Ll}+(?:['’]s)?)\\s+){0,2}$`,
    'u',
  ),
);

/**
 * What stands between two names of a list: a bracketed party or post at most, then a comma or "and" (every
 * language's), or both; never a line break.
 */
const LIST_NEXT = plane(
  new RegExp(
    `^[^\\S\\n]*(?:\\([^()\\n]{1,40}\\)[^\\S\\n]*)?(?:,[^\\S\\n]*(?:(?:${sharedAlternation('portfolioAnd')})[^\\S\\n]+)?|(?:${sharedAlternation('portfolioAnd')})[^\\S\\n]+)(?=\\p{Lu})`,
    'u',
  ),
);

/** A quotation closed right before a verb of saying: its closing mark, then a comma or a dash at most. */
const QUOTE_CLOSED = /[”"»][^\S\n]*(?:[,—–-][^\S\n]*){0,2}$/u;

/** A name alone on its line, the title on the next (a signature block: "Heather Nauert\n\nDepartment Spokesperson"). */
const NAME_LINE = plane(
  new RegExp(
    `(?:^|\\n)[^\\S\\n]*(\\p{Lu}[\\p{L}'’-]+(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’.-]*){1,2})[^\\S\\n]*\\n\\s*(?:\\p{Lu}[\\p{L}-]*[^\\S\\n]+){0,2}$`,
    'u',
  ),
);

/** The gazetteer's persons by the key of the last word of each of their names, built once per gazetteer. */
const GAZETTEER_SURNAMES = new WeakMap<Gazetteer, Map<string, string[]>>();
function gazetteerSurnames(gazetteer: Gazetteer): Map<string, string[]> {
  let m = GAZETTEER_SURNAMES.get(gazetteer);
  if (!m) {
    m = new Map();
    for (const a of gazetteer.actors.values()) {
      if (a.kind !== 'person') continue;
      for (const n of Object.values(a.names).flat()) {
        const keys = nameKeys(n);
        if (keys.length < 2) continue;
        const key = keys[keys.length - 1]!;
        const ids = m.get(key) ?? [];
        if (!ids.includes(a.id)) ids.push(a.id);
        m.set(key, ids);
      }
    }
    GAZETTEER_SURNAMES.set(gazetteer, m);
  }
  return m;
}

/**
 * "Secretary Christopher", "le Premier ministre Harper": a title before the surname of a known person names that
 * person, when only one of the gazetteer's persons of that surname held an office in the year the text is about.
 */
function titledKnownSurname(scan: ActorScan, key: string, at: number): string | undefined {
  const { gazetteer } = scan.input;
  const ids = gazetteerSurnames(gazetteer).get(key);
  if (!ids) return undefined;
  const year = scan.yearAt(at);
  if (year === null) return undefined;
  const fits = ids.filter((id) =>
    (gazetteer.actors.get(id)?.offices ?? []).some(
      (o) => (!o.since || Number(o.since.slice(0, 4)) <= year) && (!o.until || Number(o.until.slice(0, 4)) >= year),
    ),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/** The next match of a word list, tried only at the word starts where one of its words may begin (the same matches as a scan). */
function nextIn(list: WordList, folded: string, starts: (readonly number[] | null)[]): RegExpExecArray | null {
  return nextGatedMatch(list.re, list.sticky, folded, starts[list.slot]!);
}

/** Recognizes persons after titles and "led by", and (where the language apposes titles) before titles. */
export function recognizeTitledPersons(scan: ActorScan): void {
  const { text, folded, lexicon, sentences } = scan.input;
  const { actors, overlaps, knownAt } = scan;
  const { titles, ledBy, quoteSpeech, listTitles, honorifics, listStarts } = actorLexicon(lexicon);
  // each list is tried only at the word starts where one of its words may begin (the same matches as a scan); the passes
  // below are module-level functions, not closures: tsx names each closure (keepNames) every time it is made
  const starts = listStarts(folded);
  // "«…», — заявил Алексей Оверчук", "\"…\", dijo Tomás Berrocal": the speaker named right after a quotation's verb, untitled
  if (quoteSpeech) {
    quoteSpeech.re.lastIndex = 0;
    let q: RegExpExecArray | null;
    while ((q = nextIn(quoteSpeech, folded, starts)) !== null) {
      if (QUOTE_CLOSED.test(text.slice(Math.max(0, q.index - 8), q.index)))
        personAfter(scan, q.index + q[0].length, true);
    }
  }
  for (const list of [titles, ledBy]) {
    list.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = nextIn(list, folded, starts)) !== null) {
      const end = m.index + m[0].length;
      // "USAID Administrator" with USAID known: the shorter title inside it ("Administrator") still counts
      if (overlaps(m.index, end)) {
        list.re.lastIndex = m.index + 1;
        continue;
      }
      // "Statement by Administrator Samantha Power": a headline may be the only place that names a person
      const inHeadline = scan.isHeadline(sentenceAt(sentences, m.index));
      if (inHeadline && list !== titles) continue;
      // "Direktorat Jenderal Pajak": a title word after an organization's noun is a word of that organization's name, and
      // only a full name follows it ("Sekretariat Presiden, Bey Machmudin")
      personAfter(scan, end, list === ledBy || afterOrgNoun(scan, m.index), inHeadline, text.length, m.index);
      if (list === titles && lexicon.grammar.nameBeforeTitle) personBefore(scan, m.index, inHeadline);
    }
  }
  // "los senadores A (Morena), B (PAN) y C", "Senators A, B and C": a plural title introduces a list of full names
  if (listTitles) {
    listTitles.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = nextIn(listTitles, folded, starts)) !== null) {
      // "para anggota DPR Budi Santoso (PDIP), ...": a longer plural title that takes in a known body is the shorter one
      const end = listTitleEnd(scan, listTitles, m.index, m.index + m[0].length);
      if (end === undefined) continue;
      let at = personAfter(scan, end, true);
      for (let guard = 0; at !== undefined && guard < 30; guard++) {
        const next = LIST_NEXT.exec(text.slice(at, at + 80));
        if (!next) break;
        const pos = at + next[0].length;
        const known = knownAt(pos);
        at =
          known && known.start === pos && actors.get(known.actorId)?.kind === 'person'
            ? known.end
            : personAfter(scan, pos, true);
      }
    }
  }
  // "M. Abdoulaye Diop", "Mme Aminata Touré", "Mr. John Smith": a capitalized honorific before a full name
  if (honorifics) {
    honorifics.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = nextIn(honorifics, folded, starts)) !== null) {
      const end = m.index + m[0].length;
      // "Mr. Okafor", "M. Dufresnoy", "господин Окафор": an honorific of address names a person by the surname alone, and
      // one written out may be in lowercase (not "3 m Pierre")
      const word = folded.slice(m.index, end).replace(/\.$/, '');
      const address = !!lexicon.surnameHonorifics?.includes(word);
      if (!(CAPITAL_START.test(text.charAt(m.index)) || (address && word.length >= 4)) || overlaps(m.index, end))
        continue;
      personAfter(scan, end, !address);
    }
  }
}

/**
 * The end of a plural title matched at `start`..`end`: `end`, or, when a mention holds a later part of it ("para anggota
 * DPR" with DPR known), the end of the shorter title before that mention; undefined when none is left.
 */
function listTitleEnd(scan: ActorScan, list: WordList, start: number, end: number): number | undefined {
  if (!scan.overlaps(start, end)) return end;
  let cut = end;
  for (const t of scan.taken) if (t.start < cut && t.end > start) cut = t.start;
  if (cut <= start) return undefined;
  list.sticky.lastIndex = start;
  const shorter = list.sticky.exec(scan.input.folded.slice(0, cut));
  return shorter ? start + shorter[0].length : undefined;
}

/** Whether one word after a title is no name: the text writes it in lowercase too, or a determiner follows it. */
function oneWordNoName(scan: ActorScan, word: string, end: number): boolean {
  const { text, lexicon } = scan.input;
  if (scan.writesLowercase(word)) return true;
  const next = WORD_AFTER.exec(text.slice(end, end + 30))?.[1];
  return !!next && lexicon.determinersAfter.includes(plainWord(next));
}
/** The word after a gap, on the same line. */
const WORD_AFTER = plane(/^[^\S\n]+(\p{L}+)/u);

/** Whether a capitalized noun of an organization ("Direktorat", "Secretaría") stands right before an offset, on its line. */
function afterOrgNoun(scan: ActorScan, at: number): boolean {
  const { text, lexicon } = scan.input;
  const w = CAPITAL_WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  return !!w && lexicon.orgNouns.includes(plainWord(w));
}

/** The start of the country's name after a state noun at `at` ("Республики Узбекистан", "Republik Demokratik Timor-Leste"). */
function stateNounCountry(scan: ActorScan, at: number): number | undefined {
  const { text } = scan.input;
  const { actors, knownAt } = scan;
  const noun = CAPITALIZED_WORD_GAP.exec(text.slice(at, at + 40));
  if (!noun || !STATE_NOUN.test(plainWord(noun[1]!))) return undefined;
  let q = at + noun[0].length;
  for (let i = 0; i < 4; i++) {
    const known = knownAt(q);
    if (known?.start === q) return actors.get(known.actorId)?.kind === 'country' ? q : undefined;
    const w = STATE_NAME_WORD.exec(text.slice(q, q + 40));
    if (!w) return undefined;
    q += w[0].length;
  }
  return undefined;
}

/** A capitalized word (group 1) and the gap after it, then two capitalized words on its line: a state noun before a full name. */
const BARE_STATE_NOUN = plane(/^(\p{Lu}\p{Ll}+)[^\S\n]+(?=\p{Lu}\p{Ll}+[^\S\n]+\p{Lu})/u);

/** A capitalized word and the gap after it. */
const CAPITALIZED_WORD = plane(/^\p{Lu}[\p{L}'’-]*[^\S\n]+/u);

/** Whether a capitalized noun of an organization ("Komite", "Otoritas", "Autorité") stands at an offset. */
function orgNounAt(scan: ActorScan, at: number): boolean {
  const { text, lexicon } = scan.input;
  const w = CAPITALIZED_WORD_GAP.exec(text.slice(at, at + 40));
  return !!w && isOrgNounWord(lexicon, plainWord(w[1]!));
}

/**
 * The end of a body named after a title's "of" by capitalized words (and links) that end on a known state or
 * organization, when a capitalized word (the name) follows it: "Armada de Chile| Yerko Marcic".
 */
function knownBodyEnd(scan: ActorScan, at: number): number | undefined {
  const { text } = scan.input;
  const { actors, knownAt } = scan;
  if (!CAPITALIZED_WORD.test(text.slice(at, at + 40))) return undefined;
  let q = at;
  for (let i = 0; i < 5; i++) {
    const known = knownAt(q);
    if (known?.start === q) {
      const kind = actors.get(known.actorId)?.kind;
      if (q === at || (kind !== 'country' && kind !== 'organization')) return undefined;
      return NAME_AFTER_BODY.test(text.slice(known.end, known.end + 40)) ? known.end : undefined;
    }
    const w = STATE_NAME_WORD.exec(text.slice(q, q + 40));
    if (!w) return undefined;
    q += w[0].length;
  }
  return undefined;
}
/** A name right after a body, with no comma: a space, then two capitalized words. */
const NAME_AFTER_BODY = plane(/^[^\S\n]+\p{Lu}[\p{L}'’.-]*[^\S\n]+\p{Lu}/u);

/** The end of the person's mention, or undefined when no person follows. */
function personAfter(
  scan: ActorScan,
  pos: number,
  needTwo: boolean,
  inHeadline = false,
  nameEnd = scan.input.text.length,
  titleStart?: number,
): number | undefined {
  const { text, lexicon, sentences } = scan.input;
  const { actors, mentions, taken, surnames, overlaps, knownAt, addSurname } = scan;
  const { titleWords, titleStems } = actorLexicon(lexicon);
  // "AVM. Nigel Maddox", "Gen. Mark Milley": the period of an abbreviated title
  let p =
    text.charAt(pos) === '.' && titleStart !== undefined && ABBREVIATED_TITLE.test(text.slice(titleStart, pos))
      ? pos + 1
      : pos;
  let demonymSkipped = false;
  // skip "of the", "de", the country or organization of the title, a comma
  for (let guard = 0; guard < 6; guard++) {
    const rest = text.slice(p);
    const ws = TITLE_OF.exec(rest)![0];
    const at = p + ws.length;
    // "representante comercial de ...", "secrétaire particulier X": an adjective the language writes after the title's noun
    // is part of the title
    if (titleStart !== undefined && !LETTER_OR_APOSTROPHE.test(ws) && lexicon.titleModifiers) {
      const modifier = MODIFIER_WORD.exec(text.slice(at, at + 24));
      // a capitalized portfolio goes on to the portfolio's rule below ("Menteri Hukum dan HAM")
      const word = modifier ? foldText(modifier[0]) : '';
      if (
        modifier &&
        lexicon.titleModifiers.includes(word) &&
        !(CAPITAL_START.test(modifier[0]) && PORTFOLIOS.has(word))
      ) {
        p = at + modifier[0].length;
        continue;
      }
    }
    // "Kapten Laut Budi Santoso", "Mayor Inf Andi Wijaya": the corps or service a rank names right before the name
    const service = guard === 0 && titleStart !== undefined ? SERVICE_WORD.exec(text.slice(at, at + 12)) : null;
    if (service && lexicon.titleServices?.includes(foldText(service[1]!))) {
      p = at + service[0].length;
      continue;
    }
    // "Ketua Otoritas Pemilihan Nasional, X": where the language puts no "of" there, a body's noun opens the complement
    const bodyNoun = !LETTER_OR_APOSTROPHE.test(ws) && orgNounAt(scan, at);
    if (bodyNoun) {
      const complement = TITLE_COMPLEMENT.exec(text.slice(at, at + 160));
      if (complement && !knownAt(at)) {
        p = at + complement[0].length;
        needTwo = true;
        continue;
      }
    }
    // "secretario de Culto de la Nación, Guillermo Oliveri": after "of" a complement closed by a comma; the name follows it
    if (LETTER_OR_APOSTROPHE.test(ws)) {
      const complement = TITLE_COMPLEMENT.exec(text.slice(at, at + 160));
      if (complement && !knownAt(at)) {
        p = at + complement[0].length;
        needTwo = true;
        continue;
      }
      // "ministre de la Promotion des exportations": after "of" one capitalized word is a portfolio, not a name
      needTwo = true;
    }
    // "Deputy General Manager Japan Chamber of Commerce and Industry (JCCI) Tetsuya Matsuoka": a body named with its
    // acronym is the title's complement; a full name follows it
    const body = ACRONYMED_BODY.exec(text.slice(at, at + 160));
    if (body && !knownAt(at) && body[1]!.split(/\s+/u).some((w) => isOrgNounWord(lexicon, plainWord(w)))) {
      p = at + body[0].length;
      needTwo = true;
      continue;
    }
    // "Duta Besar Inggris untuk Indonesia, ASEAN dan Timor Leste, Moazzam Malik": "and" before the title's next known name
    const and = AND_BEFORE.exec(text.slice(at, at + 12));
    const known = knownAt(and && knownAt(at + and[0].length)?.start === at + and[0].length ? at + and[0].length : at);
    if (known && (known.start === at || (and && known.start === at + and[0].length))) {
      // "President Donald Trump, the first Arab states": the title's person is the known one
      if (actors.get(known.actorId)?.kind === 'person') return known.end;
      p = known.end;
      // "de EE. UU. para Irán": the period of an abbreviation the known name leaves out
      if (text.charAt(p) === '.' && text.slice(known.start, known.end).includes('.')) p++;
      needTwo = false;
      continue;
    }
    // "Sekretaris Kabinet Teddy Indra Wijaya": an institution right after the title is its complement; a full name follows
    // (not a known name: "para Menteri Kabinet Indonesia Maju" names the cabinet)
    const institution = INSTITUTION_BEFORE_NAME.exec(text.slice(at, at + 60));
    if (
      institution &&
      INSTITUTIONS.has(plainWord(institution[1]!)) &&
      !knownAt(at) &&
      !knownAt(at + institution[0].length)
    ) {
      p = at + institution[0].length;
      needTwo = true;
      continue;
    }
    // "Menteri Hukum dan HAM", "ministro de Comercio neozelandés, ...": portfolios, joined by "and", before a name or a demonym
    const portfolio = PORTFOLIO.exec(text.slice(at));
    // "Minister of Def-ence": a portfolio broken by a hyphen at the end of a line the text lost
    if (portfolio && PORTFOLIOS.has(plainWord(portfolio[1]!).replace(HYPHEN_IN_WORD, ''))) {
      p = at + portfolio[0].length;
      continue;
    }
    // "Премьер-министром Республики Узбекистан Абдуллой Ариповым", "Presiden Republik Demokratik Timor-Leste": a state
    // noun and its country's name are the title's state
    const countryAfter = stateNounCountry(scan, at);
    if (countryAfter !== undefined) {
      p = countryAfter;
      continue;
    }
    // "Procurador General de la República Francisco Domínguez", "président de la Nation X Y": after "of", the state noun alone
    // is the title's state; a full name follows it
    const bareState = LETTER_OR_APOSTROPHE.test(ws) ? BARE_STATE_NOUN.exec(text.slice(at, at + 60)) : null;
    if (bareState && STATE_NOUN.test(plainWord(bareState[1]!)) && !knownAt(at)) {
      p = at + bareState[0].length;
      needTwo = true;
      continue;
    }
    // "contraalmirante de la Armada de Chile Yerko Marcic", "chef d'état-major de l'Armée de terre du Mali X": after "of", a
    // body named by capitalized words that end on a known state or organization, then the name
    const bodyEnd = LETTER_OR_APOSTROPHE.test(ws) || bodyNoun ? knownBodyEnd(scan, at) : undefined;
    if (bodyEnd !== undefined) {
      p = bodyEnd;
      needTwo = true;
      continue;
    }
    // "ministro de Comercio neozelandés, Damien O'Connor": a demonym (once), then the name
    const demonym = DEMONYM_BEFORE_NAME.exec(text.slice(at));
    if (demonym && !demonymSkipped && lexicon.grammar.demonymAfterTitle) {
      demonymSkipped = true;
      p = at + demonym[0].length - 1;
      continue;
    }
    // "Председатель ЦИК Элла Памфилова", "juru bicara KPU Hasyim": an organization's acronym between title and name;
    // "Menteri Koordinator ... (Menko PMK) Muhadjir Effendy", "(Menkumham), Yasonna H. Laoly": the title's abbreviation in
    // brackets; "Deputy Assistant Secretary (Bureau of European Affairs) James I. Gadsden": its complement
    const acronym = ACRONYM_BEFORE_NAME.exec(text.slice(at));
    if (acronym) {
      p = at + acronym[0].length;
      continue;
    }
    p = at;
    break;
  }
  // "с Председателем Мажилиса Парламента Республики Казахстан Ерланом Кошановым": the name agrees with its title's case
  // after the title's complement
  if (titleStart !== undefined && lexicon.grammar.nameAfterTitleComplement) {
    const clause = CLAUSE_BREAK.exec(text.slice(p, Math.min(nameEnd, p + 200)));
    const limit = clause ? p + clause.index : Math.min(nameEnd, p + 200);
    const agreeing = lexicon.grammar.nameAfterTitleComplement(text, text.slice(titleStart, pos), p, limit);
    if (agreeing !== undefined && agreeing > p) {
      p = agreeing;
      needTwo = true;
    }
  }
  const m = NAME_RE.exec(text.slice(p, nameEnd));
  if (!m) return;
  // "President Joseph Kabila's government": the possessive is no part of the name, and it ends it ("President X’s Sept. 10
  // speech")
  let name = m[1]!.replace(/[.,]$/, '');
  const possessive = POSSESSIVE.exec(name);
  if (possessive) name = name.slice(0, possessive.index);
  const start = p;
  let end = p + name.length;
  // stop the name before a known entity or a capitalized function word
  const parts: string[] = [];
  const partStarts: number[] = [];
  for (const w of name.matchAll(/\S+/gu)) {
    parts.push(w[0]);
    partStarts.push(start + w.index);
  }
  let keep = parts.length;
  for (let i = 1; i < parts.length; i++) {
    const at = partStarts[i]!;
    // "President X Y\nRestoring accountability ...": after two words of a name, a line break before a word that opens a
    // sentence (the text writes it in lowercase, or a lowercase word follows it on its line) ends the name
    if (i >= 2 && text.slice(partStarts[i - 1]!, at).includes('\n') && sentenceOpensAt(scan, at, parts[i]!)) {
      keep = i;
      break;
    }
    if (knownAt(at) || overlaps(at, at + parts[i]!.length)) {
      // "Secretary Michael R. Pompeo" with "Pompeo" known: the title's person is the known one (on the title's line:
      // "… Абдуллой Ариповым\nМихаил Мишустин" names another person on the next line)
      const nextLine = text.slice(partStarts[i - 1]!, at).includes('\n');
      if (!nextLine && actors.get(knownAt(at)?.actorId ?? '')?.kind === 'person') return;
      keep = i;
      break;
    }
  }
  // "Dwikorita Karnawati di Jakarta", "Pedro Pérez de Colombia": a link word before the known place is no part of the name;
  // "Muhyiddin Yassin di Istana Merdeka": nor is a locative of the language, before any place
  for (let i = 1; i < keep; i++)
    if (LOWERCASE_START.test(parts[i]!) && lexicon.locative.includes(parts[i]!) && !nameParticle(lexicon, parts[i]!)) {
      keep = i;
      break;
    }
  while (keep > 1 && keep < parts.length && LOWERCASE_START.test(parts[keep - 1]!)) keep--;
  if (keep === 0) return;
  name = parts.slice(0, keep).join(' ');
  end = partStarts[keep - 1]! + parts[keep - 1]!.length;
  while (/[\s,]$/.test(name)) name = name.slice(0, -1);
  if (overlaps(start, end)) return;
  const honor = lexicon.honorifics;
  const words = name.split(/\s+/);
  while (words.length > 1 && honor.includes(words[0]!.toLowerCase().replace(/\.$/, ''))) words.shift();
  // "The Hon Christopher Pyne MP": a post-nominal is no part of the name
  if (words.length > 2 && POST_NOMINAL.test(words[words.length - 1]!)) {
    words.pop();
    end = start + text.slice(start, end).lastIndexOf(words[words.length - 1]!) + words[words.length - 1]!.length;
  }
  // "Mr Willy CLAES Minister for Foreign Affairs", "Hans VAN DEN BROEK Member of the Commission": a surname written in
  // capitals after the given names ends the name; "Vladimir Meciar Prime Minister": so does a title after two name words
  const cut = Math.min(capitalSurnameEnd(words), trailingTitleAt(words, titleWords));
  if (cut < words.length) {
    words.length = cut;
    end = wordsEnd(text, start, words);
  }
  // "Menteri Luar Negeri X Y Sabtu malam": a weekday or a month after two words of a name dates the sentence
  while (words.length > 2 && isDateWord(lexicon, plainWord(words[words.length - 1]!).replace(/[.,]$/, ''))) {
    words.pop();
    end = wordsEnd(text, start, words);
  }
  // "Doris Leuthard La chancelière de la Confédération": a function word after two words of a name opens the next phrase
  if (words.length > 2 && lexicon.stopwords.includes(words[words.length - 1]!.toLowerCase())) {
    words.pop();
    end = wordsEnd(text, start, words);
  }
  if (words.length < (needTwo || inHeadline ? 2 : 1)) return;
  // "Panglima Corp 1 Angkatan Darat": one word and a number name a unit, not a person; "H.E": one initial names nobody
  if (words.length === 1 && (NUMBER_AFTER.test(text.slice(end, end + 8)) || words[0]!.replace('.', '').length < 2))
    return;
  // a headline in Title Case capitalizes its verbs too ("President X Speaks on ..."): there a name is sure only where the line ends,
  // and when the text writes none of its words in lowercase
  // or where a middle initial shows a person's name ("Statement From Secretary of Defense Mark T. Esper on the INF Treaty")
  const initial = words.length >= 3 && words.slice(1, -1).some((w) => INITIAL_WORD.test(w));
  if (inHeadline && !initial && !HEADLINE_NAME_END.test(text.slice(end, end + 40))) return;
  if (inHeadline && words.some((w) => w.length > 2 && scan.writesLowercase(plainWord(w)))) return;
  // a capitalized particle inside a name is part of it ("Jean-Yves Le Drian", "Luiz Inácio Lula Da Silva")
  const inner = words.length - 1;
  // and so is a lowercase one ("Dominique de Villepin", "Mohamad bin Sabu"), but not "and" or a locative ("Siti di Bali")
  if (
    words.some(
      (w, i) =>
        lexicon.stopwords.includes(w.toLowerCase()) &&
        !(i > 0 && i < inner && (CAPITALIZED.test(w) || nameParticle(lexicon, w.toLowerCase()))),
    )
  )
    return;
  // "los líderes del Sistema de Integración": with a lowercase particle, no word the text also writes in lowercase
  if (
    words.some((w) => nameParticle(lexicon, w)) &&
    words.some((w) => !nameParticle(lexicon, w) && scan.writesLowercase(plainWord(w)))
  )
    return;
  // "el comandante del ELN, ...": an acronym is an organization, not a person's name; "par M. DOMINIQUE DE VILLEPIN,", "Por
  // el Reino de España, JOSÉ MANUEL ALBARES": a name in capitals on a line that writes its other words in lowercase is one
  if (words.every((w) => CAPITALS_WORD.test(w)) && !capitalsName(text, start, end, words)) return;
  const inCapitals = words.every((w) => CAPITALS_SURNAME.test(w));
  // "juru bicara Kementerian Luar Negeri": an institution, not a person
  const firstWord = plainWord(words[0]!);
  if (isOrgNounWord(lexicon, firstWord) || INSTITUTIONS.has(firstWord)) return;
  // "Prime Minister Brian Mulroney" from an earlier title, "Исламской Республики", "Asia": not a name
  const folds = words.map((w) => plainWord(w).replace(/[.,]$/, ''));
  if (folds.some((w) => titleWords.has(w) || isNotName(w) || PORTFOLIOS.has(w) || STATE_NOUN.test(w))) return;
  // "di ruang kerja Menhan, Jakarta, Selasa (30/4)": a weekday or a month alone is a date, not a name
  if (folds.length === 1 && isDateWord(lexicon, folds[0]!)) return;
  if (words.some((w) => titleStems.has(tokenKey(foldText(w))) || MIXED_CAPITALS.test(w))) return;
  const canonical =
    inCapitals || capitalSurnameEnd(words) < Infinity ? words.map(fromCapitals).join(' ') : words.join(' ');
  // stems, so that "Мурат Нуртлеу" and "Мурата Нуртлеу" are one person
  const keys = nameKeys(canonical);
  // "As acting president, Wickremesinghe": the surname of a person already named in full
  // one word may be two keys ("O'Brien", "D'Alema"): its last key is the surname
  const known =
    words.length === 1
      ? (surnames.get(keys[keys.length - 1]!)?.at(-1) ?? titledKnownSurname(scan, keys[keys.length - 1]!, start))
      : undefined;
  // "Wali Kota Solo itu", "Direktorat Jenderal Pajak" with "pajak" in the text: one word that a determiner follows, or
  // that the text also writes in lowercase, is the title's place or portfolio, no name
  if (words.length === 1 && !known && oneWordNoName(scan, folds[0]!, end)) return;
  const id = known ?? `person:${toSlug(keys.join(' '))}`;
  if (known) scan.addActor(known);
  if (!actors.has(id)) actors.set(id, { id, name: canonical, kind: 'person', iso2: null, media: false, offices: [] });
  if (words.length >= 2) addSurname(keys[keys.length - 1]!, id);
  mentions.push({ actorId: id, start, end, sentence: sentenceAt(sentences, start), metonym: false, confidence: 0.6 });
  taken.push({ start, end });
  return end;
}

/** A surname written in capitals ("CLAES", "HELVEG", "DURÂO"): two letters or more, no lowercase, no Roman numeral ("II"). */
const CAPITALS_SURNAME = plane(/^(?![IVXL]+$)\p{Lu}[\p{Lu}'’-]+$/u);
/** A given name or an initial before such a surname ("Willy", "J."). */
const GIVEN_OR_INITIAL = plane(/^\p{Lu}(?:\p{Ll}[\p{L}'’-]*|\.)$/u);

/**
 * Where a name that writes its surname in capitals after given names ends: after the last word of that surname
 * ("Hans VAN DEN BROEK| Member"); Infinity when the name does not write its surname so.
 */
function capitalSurnameEnd(words: readonly string[]): number {
  let i = 0;
  while (i < words.length && GIVEN_OR_INITIAL.test(words[i]!)) i++;
  if (i === 0 || i === words.length || !CAPITALS_SURNAME.test(words[i]!)) return Infinity;
  while (i < words.length && CAPITALS_SURNAME.test(words[i]!)) i++;
  return i;
}

/** The index of a title word after two name words or more ("Vladimir Meciar Prime Minister"), else Infinity. */
function trailingTitleAt(words: readonly string[], titleWords: Set<string>): number {
  for (let i = 2; i < words.length; i++) if (titleWords.has(plainWord(words[i]!))) return i;
  return Infinity;
}

/** The end of the words of a name found from `start` in the text. */
function wordsEnd(text: string, start: number, words: readonly string[]): number {
  let q = start;
  for (const w of words) q = text.indexOf(w, q) + w.length;
  return q;
}

/**
 * A name word as a name is written: a word in capitals with a capital and lowercase ("CLAES" → "Claes", "JEAN-YVES" →
 * "Jean-Yves"), a particle in lowercase.
 */
function fromCapitals(w: string): string {
  if (!CAPITALS_SURNAME.test(w)) return w;
  const lower = w.toLowerCase();
  return NAME_PARTICLES.has(lower) ? lower : lower.replace(WORD_PART_START, (c) => c.toUpperCase());
}
/** The first letter of each part of a word ("jean-yves" → j, y). */
const WORD_PART_START = plane(/(?<![\p{L}'’])\p{L}/gu);

/** A lowercase word of three letters or more. */
const LOWERCASE_WORD = plane(/\p{Ll}{3}/u);

/**
 * Whether a name written all in capitals is one: two words or more, one of five letters at least (no run of acronyms),
 * on a line that writes other words in lowercase (not a headline in capitals).
 */
function capitalsName(text: string, start: number, end: number, words: readonly string[]): boolean {
  if (words.length < 2 || !words.some((w) => w.length >= 5)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, start) + ' ' + text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  return LOWERCASE_WORD.test(line);
}

/**
 * "Redwan Hussien, national security adviser to ...", "Luis Almagro, secretario general de la OEA": a name, a comma, then its
 * title; in a heading only the name alone on its line counts ("Press Statement\nJen Psaki\nDepartment Spokesperson").
 */
function personBefore(scan: ActorScan, titleAt: number, lineOnly: boolean): void {
  const { text } = scan.input;
  const { overlaps, knownAt } = scan;
  const from = Math.max(0, titleAt - 60);
  const ap =
    (lineOnly ? null : APPOSED_NAME.exec(text.slice(from, titleAt))) ?? NAME_LINE.exec(text.slice(from, titleAt));
  if (!ap) return;
  const end = from + ap.index + ap[0].indexOf(ap[1]!) + ap[1]!.length;
  // "Menurut Sofyan, instruksi Presiden ...", "Según Juan Pérez, ministro ...": the word that opens the sentence is none of the name's
  const found = end - ap[1]!.length;
  // the last words of a longer run of capitalized words name an institution ("Universitas Negeri Syarif Hidayatullah, Professor ...")
  if (CAPITAL_WORD_BEFORE.test(text.slice(Math.max(0, found - 40), found))) return;
  const start = afterOpener(scan, found);
  if (overlaps(start, end) || knownAt(start)) return;
  // "the Border Action Plan, Secretary ...", "del Plan Nacional, ministro ...": a determiner right before names a thing
  const det = DETERMINER_BEFORE.exec(scan.input.folded.slice(Math.max(0, start - 20), start))?.[1];
  if (det && scan.input.lexicon.determinersBefore.includes(det)) return;
  // the name before its title ends where the text found it (a signature block's name ends with its line)
  personAfter(scan, start, true, false, end);
}

/** Whether a word (folded) is a weekday or a month of the lexicon. */
function isDateWord(lexicon: Lexicon, w: string): boolean {
  return lexicon.weekdays.some((d) => d.includes(w)) || lexicon.months.some((d) => d.includes(w));
}

/** A possessive inside or at the end of a name's words: "’s" before no letter. */
const POSSESSIVE = plane(/['’]s(?![\p{L}\p{N}])/u);
/** The first word after a gap, on its line. */
const NEXT_WORD_ON_LINE = plane(/^[^\S\n]+(\p{L}+)/u);

/** Whether a capitalized word at an offset opens a sentence: the text writes it in lowercase, or a lowercase word follows it. */
function sentenceOpensAt(scan: ActorScan, at: number, word: string): boolean {
  if (scan.writesLowercase(plainWord(word))) return true;
  const next = NEXT_WORD_ON_LINE.exec(scan.input.text.slice(at + word.length, at + word.length + 40))?.[1];
  return !!next && LOWERCASE_START.test(next);
}

/** A word right before an offset, after spaces or an apostrophe on its line: "the ", "l’". */
const DETERMINER_BEFORE = plane(/(?:^|[^\p{L}])(\p{L}+)(?:[^\S\n]+|['’])$/u);

/** Particles inside names (every language's) that are no "and": "de", "bin", "van". */
const NAME_PARTICLES = new Set(sharedWords('nameLinks').filter((w) => !sharedWords('portfolioAnd').includes(w)));

/** Whether a lowercase word is a particle inside a name and no locative of the lexicon ("di"). */
function nameParticle(lexicon: Lexicon, w: string): boolean {
  return NAME_PARTICLES.has(w) && !lexicon.locative.includes(w);
}

/** A sentence's opening word and the gap after it. */
const OPENING_WORD = plane(/^(\p{L}+)[^\S\n]+/u);

/**
 * Where a name that opens its sentence begins once its first word is set aside when that word is capitalized only for
 * opening the sentence: a reporting word, a clause break, a preposition of the lexicon, or a word the text writes in
 * lowercase elsewhere.
 */
function afterOpener(scan: ActorScan, start: number): number {
  const { text, sentences, lexicon } = scan.input;
  const s = sentences[sentenceAt(sentences, start)]!;
  if (!SENTENCE_OPENING.test(text.slice(s.start, start))) return start;
  const w = OPENING_WORD.exec(text.slice(start, start + 40));
  if (!w) return start;
  const word = plainWord(w[1]!);
  return actorLexicon(lexicon).openers.has(word) || scan.writesLowercase(word) ? start + w[0].length : start;
}
