/**
 * Dates: absolute, news style, partial, ranges, relative to the publication date, carried over
 * from context. Every mention keeps its offsets; a mention whose value cannot be known (a decade,
 * "yesterday" without a publication date) is kept with a null value so that it still blocks
 * a wrong nearer date.
 */
import {
  followsWordChar,
  gateIndex,
  matchesAt,
  patternGate,
  requiredLiteral,
  wordOpener,
  type PatternGate,
  type WordOpener,
} from './pattern-prefixes';
import { anchoredMatches, anchorReach, openedMatches, wordStartMatches, type Glued } from './word-start-matches';
import { hasSurrogate, planePattern, planePatterns, plane } from './bmp-patterns';
import { isWordCodePoint } from './fold-text';
import { createPartialDate, type PartialDate } from '../domain/calendar';
import type { Lexicon } from './lexicons';
import type { SpelledDates } from './lexicons/types';
import { B, E, orNever, words } from './patterns';

type DateKind = 'absolute' | 'partial' | 'relative' | 'context' | 'decade' | 'offset';

export interface DateMention {
  start: number;
  end: number;
  value: PartialDate | null;
  endValue: PartialDate | null;
  kind: DateKind;
  /** The year was written in the mention itself. */
  hasYear: boolean;
}

interface Candidate {
  start: number;
  end: number;
  priority: number;
  build: (
    ctx: Context,
  ) => { value: PartialDate | null; endValue?: PartialDate | null; kind: DateKind; hasYear: boolean } | null;
}

interface Context {
  published: PartialDate | null;
  /** Year of the last mention with a written year, and where it ended. */
  lastYear: number | null;
  lastYearEnd: number;
  lastValue: PartialDate | null;
  /** The last date given to the day (within a week of the publication, when it is known): what "the day before" counts from when the last date is only a month or a year. */
  lastDay: PartialDate | null;
  /** Year of the last date written with its month ("26 de septiembre de 2016"), what "ese año" means. */
  lastFullYear: number | null;
  start: number;
  /** The folded text, to tell whether a paragraph ends between a mention and the year before it. */
  folded: string;
}

interface Compiled {
  /** A part of the day ending right before a day ("the afternoon of "), and one right after it (" night"). */
  dayPartBefore: RegExp | null;
  dayPartAfter: RegExp | null;
  patterns: {
    re: RegExp;
    priority: number;
    boundary: boolean;
    /** For a pattern that starts a word: what a text must hold for it to match there (null: unknown). */
    gate: PatternGate | null;
    /**
     * The pattern as a sticky one, tried only at the word starts where its gate's literals stand; null
     * when a literal opens on a digit, which may also match glued to letters (see gluedNumber): then
     * the whole text is scanned.
     */
    sticky: RegExp | null;
    /** A literal every match contains: a text without it is not scanned. */
    required: string | null;
    /**
     * For an ungated pattern with a required literal that repeats nothing but digits ("(a|one|...|\d+)
     * years? after", "N tahun lalu", "N дней назад"): as a sticky one, tried only within reach of the
     * literal (anchoredMatches).
     */
    anchor: { sticky: RegExp; reach: number } | null;
    /**
     * For a pattern that starts a word, has neither a sticky form nor an anchor, and of which every match opens on a
     * letter or a digit (`wordOpener`): as a sticky one, tried only at the text's word starts that may open it
     * (openedMatches) instead of a scan of the whole text.
     */
    opened: { sticky: RegExp; opener: WordOpener } | null;
    /** `re`, `sticky` and the anchor's and the opened sticky patterns for a text without surrogates (bmp-patterns.ts). */
    bmp: { re: RegExp; sticky: RegExp | null; anchor: RegExp | null; opened: RegExp | null };
    handle: (m: RegExpExecArray, text: string) => Candidate['build'] | null;
  }[];
  /** Where each pattern may match in a folded text: the word starts of its gate's literals (null: anywhere). */
  starts: (folded: string) => (readonly number[] | null)[];
}

const COMPILED = new Map<Lexicon, Compiled>();

function monthIndex(lex: Lexicon, word: string): number | null {
  const w = word.replace(/\.$/, '');
  for (let i = 0; i < 12; i++) if (lex.months[i]!.includes(w)) return i + 1;
  return null;
}

function yearOk(y: number): boolean {
  return y >= 1000 && y <= 2100;
}

/** The year for a day or month written without one: from nearby context, else the publication. */
function contextYear(ctx: Context, month: number | null, day: number | null): number | null {
  // in news, a day without a year is this year's unless the same passage just named a year (a dated article's new
  // paragraph is another passage: "... expected in early 2018.\n\nOn December 7, ..." is this year's December)
  if (
    ctx.lastYear !== null &&
    ctx.start - ctx.lastYearEnd < (ctx.published ? 50 : 400) &&
    !(ctx.published && ctx.folded.slice(ctx.lastYearEnd, ctx.start).includes('\n'))
  )
    return ctx.lastYear;
  if (ctx.published) {
    const p = ctx.published;
    // "on December 28" in a January article is last year's; a month alone stays ambiguous
    if (day !== null && month !== null && p.month !== null && month > p.month + 1) return p.year - 1;
    // and "takes office on 20 January" in a December article is next year's
    if (day !== null && month !== null && p.month !== null && p.month - month >= 11) return p.year + 1;
    return p.year;
  }
  return ctx.lastYear;
}

type MonthRelation = NonNullable<Lexicon['monthMarkers']>[number]['relation'];
type MonthMarkers = { re: RegExp; side: 'before' | 'after'; relation: MonthRelation }[];

/** The relation a month marker beside `start`..`end` of the folded text gives ("septembre dernier"), if any. */
function monthMarker(markers: MonthMarkers, folded: string, start: number, end: number): MonthRelation | null {
  for (const k of markers) {
    const near = k.side === 'before' ? folded.slice(Math.max(0, start - 24), start) : folded.slice(end, end + 32);
    if (k.re.test(near)) return k.relation;
  }
  return null;
}

/** The year a marked month (and day) stands in, from the publication; null without a publication month. */
function markedYear(rel: MonthRelation, p: PartialDate | null, month: number, day: number | null): number | null {
  if (!p) return null;
  if (rel === 'lastYear') return p.year - 1;
  if (rel === 'thisYear') return p.year;
  if (rel === 'nextYear') return p.year + 1;
  if (p.month === null) return null;
  const after = month > p.month || (month === p.month && day !== null && p.day !== null && day > p.day);
  const before = month < p.month || (month === p.month && day !== null && p.day !== null && day < p.day);
  if (rel === 'past') return after ? p.year - 1 : p.year;
  return before ? p.year + 1 : p.year;
}

/** The date `n` units before the publication, at the unit's precision (the day for weeks, and for `sameDay` years). */
function agoValue(p: PartialDate | null, o: Lexicon['ago'][number], n: number): PartialDate | null {
  if (!p) return null;
  if (o.unit === 'year') {
    if (o.sameDay && p.month !== null && p.day !== null)
      return createPartialDate(p.year - n, p.month, p.day) ?? createPartialDate(p.year - n, p.month);
    return createPartialDate(p.year - n);
  }
  if (o.unit === 'month') {
    if (p.month === null) return null;
    const idx = p.year * 12 + (p.month - 1) - n;
    return createPartialDate(Math.floor(idx / 12), (idx % 12) + 1);
  }
  return addDays(p, -(o.unit === 'week' ? 7 : 1) * n);
}

/** The month of the Thursday of the week (Monday to Sunday) `offset` weeks from the publication's: most of that week. */
function weekMonth(p: PartialDate, offset: number): PartialDate | null {
  if (p.month === null || p.day === null) return null;
  const back = (new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay() + 6) % 7;
  const thursday = addDays(p, offset * 7 - back + 3);
  return thursday ? createPartialDate(thursday.year, thursday.month) : null;
}

/** "over the weekend", "el fin de semana", "в выходные": the month of the last Saturday up to the publication, no day. */
function weekendMonth(p: PartialDate): PartialDate | null {
  if (p.month === null) return null;
  if (p.day === null) return p;
  const saturday = addDays(p, -((new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay() + 1) % 7));
  return saturday ? createPartialDate(saturday.year, saturday.month) : null;
}

function addDays(d: PartialDate, days: number): PartialDate | null {
  if (d.month === null || d.day === null) return null;
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return createPartialDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The build of a phrase that holds a date word but is no date ("la mañana", the morning): it yields no mention. */
const NO_DATE: Candidate['build'] = () => null;

const UPPERCASE = plane(/\p{Lu}/u);
/** A capitalized word and the spaces after it, at the end of a text (the word before another). */
const CAPITALIZED_BEFORE = plane(/(?:^|[^\p{L}'’])(\p{Lu}[\p{L}'’-]*)\s+$/u);
/** Spaces and a capitalized word at the start of a text (the word after another). */
const CAPITALIZED_AFTER = plane(/^\s+\p{Lu}\p{Ll}/u);

/**
 * Whether a capitalized weekday of a language that writes weekdays lowercase is part of a name: a capitalized word
 * that is no article stands before it ("Santo Domingo"), or one right after it ("Domingo Cavallo"); not "El Domingo".
 */
function weekdayInName(text: string, start: number, end: number, articles: readonly string[]): boolean {
  if (CAPITALIZED_AFTER.test(text.slice(end, end + 3))) return true;
  const before = CAPITALIZED_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return !!before && !articles.includes(before.toLowerCase());
}

function compile(lex: Lexicon): Compiled {
  const cached = COMPILED.get(lex);
  if (cached) return cached;
  const M = words(lex.months.flat());
  const RANGE = words(lex.rangeWords.filter((w) => w !== '-'));
  const g = lex.grammar;
  const dmy = g.dayFirst;
  /** An optional group of words before whitespace, or nothing when the language has none. */
  const opt = (src: string, lead: string, trail: string): string => (src ? `(?:${lead}(?:${src})${trail})?` : '');
  const patterns: Compiled['patterns'] = [];
  const numberBefore = g.numberNouns
    ? planePattern(
        `^.*(?:^|[^\\p{L}])(?:${g.numberNouns})((?:\\s+[\\p{L}.]+){0,3}?)\\s*[:.]?\\s*(?:\\d+[\\p{L}\\d/.-]*\\s+(?:\\p{L}{1,5}\\s+)?)?$`,
        'u',
      )
    : null;
  const planBefore = g.planNouns ? planePattern(`(?:^|[^\\p{L}])(?:${g.planNouns})[\\s-]*$`, 'u') : null;
  const planAfter = g.planNouns ? planePattern(`^[\\s-]*(?:${g.planNouns})(?![\\p{L}])`, 'u') : null;
  const markers: MonthMarkers = (lex.monthMarkers ?? []).map((k) => ({
    re: plane(
      new RegExp(k.side === 'before' ? `(?:^|[^\\p{L}])(?:${k.pattern})\\s+$` : `^\\s*,?\\s*(?:${k.pattern})${E}`, 'u'),
    ),
    side: k.side,
    relation: k.relation,
  }));
  // a leading lookbehind slows every position down: it is checked by hand after a match instead
  const add = (src: string, priority: number, handle: Compiled['patterns'][number]['handle']) => {
    const boundary = src.startsWith(B);
    const body = boundary ? src.slice(B.length) : src;
    const gate = boundary ? patternGate(body) : null;
    const required = requiredLiteral(body);
    const reach = required ? anchorReach(body) : null;
    const re = planePatterns(body, 'gu');
    const sticky = gate && !gate.some((g) => /^\d/.test(g.literal)) ? planePatterns(body, 'uy') : null;
    const anchor = reach === null ? null : planePatterns(body, 'uy');
    // where every match opens on a letter, a digit or a few literal word characters: a scan tries the pattern at every
    // position, and in a process past V8's regexp code limit (the bench's after its first articles) a pattern compiled
    // then runs unoptimised, a scan of a text taking up to a hundred times a fresh one's (docs/performance.md, Round 19)
    const opener = boundary && !sticky && !(anchor && required) ? wordOpener(body) : null;
    const opened = opener ? planePatterns(body, 'uy') : null;
    patterns.push({
      re: re.wide,
      priority,
      boundary,
      gate,
      sticky: sticky?.wide ?? null,
      required,
      anchor: anchor && reach !== null ? { sticky: anchor.wide, reach } : null,
      opened: opened && opener ? { sticky: opened.wide, opener } : null,
      bmp: { re: re.bmp, sticky: sticky?.bmp ?? null, anchor: anchor?.bmp ?? null, opened: opened?.bmp ?? null },
      handle,
    });
  };

  // "la mañana" (the morning, not "mañana", tomorrow), "окружающую среду" (the environment, not Wednesday)
  if (lex.notDates) add(`${B}(?:${lex.notDates})${E}`, 11, () => NO_DATE);
  // ISO 2024-06-19
  add(`${B}(\\d{4})-(\\d{2})-(\\d{2})${E}`, 10, (m) => {
    const v = createPartialDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return v ? () => ({ value: v, kind: 'absolute', hasYear: true }) : null;
  });
  // 19/6/2024, 19.06.2024
  add(`${B}(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})${E}`, 10, (m) => {
    let a = Number(m[1]);
    let b = Number(m[3]);
    const y = Number(m[4]);
    if (!dmy || m[2] === '/') {
      if (a > 12 && b <= 12) {
        /* day first */
      } else if (b > 12 && a <= 12) [a, b] = [b, a];
      else if (!dmy && a !== b) return null; // 6/7/2024 in English: ambiguous
    }
    const v = createPartialDate(y, b, a);
    return v ? () => ({ value: v, kind: 'absolute', hasYear: true }) : null;
  });
  // two-digit years: "Rabu (3/4/21)", "03.04.21"
  add(`${B}(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{2})${E}(?![/.]\\d)`, 10, (m) => {
    let a = Number(m[1]);
    let b = Number(m[3]);
    const yy = Number(m[4]);
    if (!dmy || m[2] === '/') {
      if (a > 12 && b <= 12) {
        /* day first */
      } else if (b > 12 && a <= 12) [a, b] = [b, a];
      else if (!dmy && a !== b) return null; // 3/4/21 in English: ambiguous
    }
    if (a < 1 || a > 31 || b < 1 || b > 12) return null;
    return (ctx) => {
      // the century that puts the year no later than a year after the publication (or the current century's first half)
      const limit = ctx.published ? ctx.published.year + 1 : 2049;
      const y = 2000 + yy <= limit ? 2000 + yy : 1900 + yy;
      const v = createPartialDate(y, b, a);
      return v ? { value: v, kind: 'absolute', hasYear: true } : null;
    };
  });
  // news style without a year: "(19/6)"
  add(`\\((\\d{1,2})/(\\d{1,2})\\)`, 9, (m) => {
    if (!dmy) return null;
    const day = Number(m[1]);
    const month = Number(m[2]);
    return (ctx) => {
      const y = contextYear(ctx, month, day);
      const v = y === null ? null : createPartialDate(y, month, day);
      return { value: v, kind: 'context', hasYear: false };
    };
  });
  // 12 hingga 14 Juli 2022 / 19 June 2024 / 19 июня 2024 года / 19 de junio de 2024 / 14 de febrero
  add(
    `${B}(\\d{1,2})${opt(g.daySuffix, '', '')}(?:\\s*(?:-|(?:${RANGE}))\\s*(\\d{1,2})${opt(g.daySuffix, '', '')})?${opt(g.dayMonthJoin, '\\s+', '')}\\s+(${M})\\.?(?:,?\\s+${opt(g.monthYearJoin, '', '\\s+')}(\\d{4})${opt(g.yearSuffix, '\\s*', '')})?${E}`,
    8,
    (m) => {
      const month = monthIndex(lex, m[3]!.replace(/\s+/g, ' '));
      if (month === null) return null;
      const day = Number(m[1]);
      const day2 = m[2] ? Number(m[2]) : null;
      const year = m[4] ? Number(m[4]) : null;
      const marked = year === null ? monthMarker(markers, m.input, m.index, m.index + m[0].length) : null;
      return (ctx) => {
        const y = year ?? (marked && markedYear(marked, ctx.published, month, day)) ?? contextYear(ctx, month, day);
        if (y === null) return { value: null, kind: 'context', hasYear: false };
        const v = createPartialDate(y, month, day);
        const e = day2 !== null ? createPartialDate(y, month, day2) : null;
        return { value: v, endValue: e, kind: year ? 'absolute' : 'context', hasYear: year !== null };
      };
    },
  );
  // dates written in words: "el dieciocho de septiembre de dos mil nueve", "le vingt-neuf avril deux mille dix"
  const sp = lex.spelledDates;
  if (sp) {
    const valueOf = spelledNumbers(sp);
    const numberWord = words([
      ...new Set([...Object.keys(sp.words), ...Object.keys(sp.scales)].flatMap((k) => k.split(' '))),
    ]);
    const join = sp.joins.length ? `(?:[\\s-]+(?:${words(sp.joins)}))?` : '';
    const spelled = (more: number) => `(?:${numberWord})(?:${join}[\\s-]+(?:${numberWord})){0,${more}}`;
    add(
      `${B}(${spelled(3)})\\s+${opt(sp.dayMonth, '', '\\s+')}(${M})\\.?(?:,?\\s+${opt(sp.monthYear, '', '\\s+')}(${spelled(7)}|\\d{4})${opt(g.yearSuffix, '\\s*', '')})?${E}`,
      8,
      (m, text) => {
        const day = valueOf(m[1]!);
        const month = monthIndex(lex, m[2]!.replace(/\s+/g, ' '));
        if (day === null || day < 1 || day > 31 || month === null) return null;
        // "the first of may": English months are capitalized
        if (g.capitalizedMonths && !UPPERCASE.test(text.charAt(m.index + m[0].indexOf(m[2]!, m[1]!.length))))
          return null;
        const written = m[3] ? (/^\d/.test(m[3]) ? Number(m[3]) : valueOf(m[3])) : null;
        const year = written !== null && yearOk(written) ? written : null;
        return (ctx) => {
          const y = year ?? contextYear(ctx, month, day);
          if (y === null) return { value: null, kind: 'context', hasYear: false };
          return {
            value: createPartialDate(y, month, day),
            kind: year ? 'absolute' : 'context',
            hasYear: year !== null,
          };
        };
      },
    );
  }
  // June 19, 2024 / February 14, 1950
  add(`${B}(${M})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:-|to)\\s*(\\d{1,2}))?(?:,?\\s+(\\d{4}))?${E}`, 8, (m) => {
    if (!g.monthDayYear) return null;
    const month = monthIndex(lex, m[1]!);
    if (month === null) return null;
    const day = Number(m[2]);
    const year = m[4] ? Number(m[4]) : null;
    if (day < 1 || day > 31) return null;
    return (ctx) => {
      const y = year ?? contextYear(ctx, month, day);
      if (y === null) return { value: null, kind: 'context', hasYear: false };
      return {
        value: createPartialDate(y, month, day),
        endValue: m[3] ? createPartialDate(y, month, Number(m[3])) : null,
        kind: year ? 'absolute' : 'context',
        hasYear: year !== null,
      };
    };
  });
  // March 1999 / Juli 2009 / феврале 1955 года / febrero de 1967
  add(`${B}(${M})\\.?,?\\s+${opt(g.monthYearJoin, '', '\\s+')}(\\d{4})${opt(g.yearSuffix, '\\s*', '')}${E}`, 7, (m) => {
    const month = monthIndex(lex, m[1]!);
    const year = Number(m[2]);
    if (month === null || !yearOk(year)) return null;
    return () => ({ value: createPartialDate(year, month), kind: 'partial', hasYear: true });
  });
  // In April / pada bulan April / в апреле / en abril
  // (a prefix may end in an elided article: "au mois d'août"; not the month of "on May 3", a day written month first)
  const dayAfter = g.monthDayYear ? '(?!\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?![\\p{L}\\p{N}]))' : '';
  // nor the month of "since March 2018", "pada bulan Oktober 2023", "a principios de marzo de 2018": the month and its
  // year are one mention, which the longer phrase of preposition and month would otherwise take the month from
  const yearAfter = `(?!\\.?,?\\s+${opt(g.monthYearJoin, '', '\\s+')}\\d{4}(?!\\p{N}))`;
  add(
    `${B}(?:${words(lex.datePrepositions)})\\s+${opt(g.monthPrefix, '', "(?:\\s+|(?<=['’]))")}(${M})${E}${dayAfter}${yearAfter}`,
    5,
    (m, text) => {
      const word = m[1]!;
      const month = monthIndex(lex, word);
      if (month === null) return null;
      // English "may" and Spanish "mar" are also common words
      const at = m.index + m[0].length - word.length;
      if (g.capitalizedMonths && !UPPERCASE.test(text.charAt(at))) return null;
      // "en mars dernier": a marker makes an ambiguous word a month
      const marked = monthMarker(markers, m.input, m.index, m.index + m[0].length);
      if (g.ambiguousMonths.includes(word) && !marked) return null;
      return (ctx) => {
        const y = (marked && markedYear(marked, ctx.published, month, null)) ?? contextYear(ctx, month, null);
        return { value: y === null ? null : createPartialDate(y, month), kind: 'context', hasYear: false };
      };
    },
  );
  // decades: 1950s, tahun 1950-an, 1950-х годов, la década de 1950
  add(`${B}(?:${lex.decades})${E}`, 9, () => () => ({ value: null, kind: 'decade', hasYear: false }));
  // year ranges: 2000-2001, 1973 sampai dengan 1982
  add(
    `${B}${opt(g.yearRangeStart, '', '\\s+')}(\\d{4})(?:\\s*[-/]\\s*|\\s+(?:${RANGE})\\s+${opt(g.yearRangeMid, '', '\\s+')})(\\d{4})${opt(g.yearRangeSuffix, '\\s*', '')}${E}`,
    6,
    (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (!yearOk(a) || !yearOk(b) || b <= a || b - a > 50) return null;
      return () => ({ value: createPartialDate(a), endValue: createPartialDate(b), kind: 'partial', hasYear: true });
    },
  );
  // years: 1961, tahun 1961, в 1961 году, en 1967
  add(
    `${B}(\\d{4})${opt(g.yearWord, '\\s*', '')}${E}(?![-–]\\s*(?:${orNever(g.decadeSuffix)})${E})(?!\\s*(?:${g.countNouns ? `${g.countNouns}|` : ''}km|kg|mw|ton))`,
    4,
    (m, text) => {
      const y = Number(m[1]);
      if (y < 1800 || y > 2100) return null;
      const before = text.slice(Math.max(0, m.index - 2), m.index);
      if (/\d[/.,]$|[$€£#№]$/.test(before)) return null;
      // "loi n° 2016-1234", "Decree 2019-1034": a year joined to a serial number is the number of a document
      if (/^[-–/]\d{3,}/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null;
      // "Resolution 1973", "Nomor 12 Tahun 2019", "Vision 2030", "the 2030 Agenda": a number or a name, not a date
      const foldedText = m.input;
      const from = Math.max(0, m.index - 40);
      const nb = numberBefore?.exec(foldedText.slice(from, m.index));
      if (nb && isIdentifier(nb, text.slice(from + nb.index, m.index))) return null;
      if (planBefore?.test(foldedText.slice(Math.max(0, m.index - 30), m.index))) return null;
      if (planAfter?.test(foldedText.slice(m.index + m[0].length, m.index + m[0].length + 30))) return null;
      return () => ({ value: createPartialDate(y), kind: 'partial', hasYear: true });
    },
  );
  // relative to the publication date
  for (const r of lex.relative) {
    add(`${B}(?:${r.pattern})${E}`, 6, () => (ctx) => {
      const p = ctx.published;
      if (!p) return { value: null, kind: 'relative', hasYear: false };
      if (r.unit === 'now') return { value: null, kind: 'relative', hasYear: false };
      if (r.unit === 'year') return { value: createPartialDate(p.year + r.offset), kind: 'relative', hasYear: false };
      if (r.unit === 'month') {
        if (p.month === null) return { value: null, kind: 'relative', hasYear: false };
        const idx = p.year * 12 + (p.month - 1) + r.offset;
        return { value: createPartialDate(Math.floor(idx / 12), (idx % 12) + 1), kind: 'relative', hasYear: false };
      }
      // "last week", "la semaine dernière": the month most of that week lies in (its Thursday's), no day
      if (r.unit === 'week') return { value: weekMonth(p, r.offset), kind: 'relative', hasYear: false };
      if (r.unit === 'weekend') return { value: weekendMonth(p), kind: 'relative', hasYear: false };
      // "este mediodía", "ayer" in an article dated by its month only: that month (a day or two back rarely leaves it)
      if (p.day === null) return { value: p, kind: 'relative', hasYear: false };
      return { value: addDays(p, r.offset), kind: 'relative', hasYear: false };
    });
  }
  // weekdays: on Wednesday, pada hari Rabu, в среду, el miércoles (the last such day up to publication)
  // (in a language that writes them lowercase, one capitalized beside a capitalized word is part of a name: "Santo Domingo")
  const WD = words(lex.weekdays.flat());
  // "last Friday", "в прошлую пятницу", "Jumat kemarin": the same day, the past word is part of the mention
  const pastBefore = g.weekdayPastBefore ? `(?:${g.weekdayPastBefore})\\s+` : '';
  const pastAfter = g.weekdayPastAfter ? `(?:\\s+(?:${g.weekdayPastAfter})${E})?` : '';
  add(`${B}(${pastBefore})?(${WD})${E}${pastAfter}(?!\\s*[(,]?\\s*\\(?\\d)`, 3, (m, text) => {
    const word = m[2]!;
    const wordAt = m.index + (m[1]?.length ?? 0);
    const wd = lex.weekdays.findIndex((w) => w.includes(word));
    if (wd < 0) return null;
    if (g.capitalizedMonths) {
      if (!UPPERCASE.test(text.charAt(wordAt))) return null;
    } else if (UPPERCASE.test(text.charAt(wordAt)) && weekdayInName(text, wordAt, wordAt + word.length, g.articles))
      return null;
    const asWeek = g.weekdayAsWeek[word];
    const wordEnd = wordAt + word.length;
    if (asWeek && new RegExp(`^\\s+(?:${asWeek})`).test(text.slice(wordEnd, wordEnd + 8).toLowerCase())) return null;
    // "last Wednesday", "в прошлую среду", "Rabu lalu" written on a Wednesday: a week before, not the day itself
    const marked = !!m[1] || m.index + m[0].length > wordEnd;
    return (ctx) => {
      const p = ctx.published;
      if (!p) return { value: null, kind: 'relative', hasYear: false };
      // "el miércoles pasado" in an article dated by its month only: that month, the nearest the text gives
      if (p.day === null || p.month === null)
        return { value: p.month === null ? null : p, kind: 'relative', hasYear: false };
      const pd = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
      const back = (pd - wd + 7) % 7 || (marked ? 7 : 0);
      return { value: addDays(p, -back), kind: 'relative', hasYear: false };
    };
  });
  // weekday written before an explicit date ("Rabu (19/6/2024)"): part of that date, skipped above
  // that year / the same year
  add(`${B}(?:${words(lex.sameYear)})${E}`, 7, () => (ctx) => {
    const y = ctx.lastFullYear ?? ctx.lastYear;
    return { value: y !== null ? createPartialDate(y) : null, kind: 'context', hasYear: false };
  });
  // "El 2 de octubre de ese año": the day in that year
  add(
    `${B}(\\d{1,2})(?:\\s+de|\\s+del)?\\s+(${M})\\.?,?\\s+(?:de\\s+|of\\s+|del\\s+)?(?:${words(lex.sameYear)})${E}`,
    9,
    (m) => {
      const month = monthIndex(lex, m[2]!.replace(/\s+/g, ' '));
      if (month === null) return null;
      const day = Number(m[1]);
      return (ctx) => {
        const y = ctx.lastFullYear ?? ctx.lastYear;
        return { value: y === null ? null : createPartialDate(y, month, day), kind: 'context', hasYear: false };
      };
    },
  );
  // a year after X / setahun setelah X: X is that many years before the previous date
  const count = (w: string): number | null => {
    const n = lex.numbers[w] ?? Number(w.replace(/\D+/g, ''));
    if (lex.numbers[w] !== undefined) return lex.numbers[w]!;
    for (const [k, v] of Object.entries(lex.numbers)) if (w.includes(k)) return v;
    return Number.isFinite(n) && n > 0 ? n : null;
  };
  add(`${B}(?:${lex.yearsAfter})${E}`, 7, (m) => {
    const n = count(m[1] ?? '');
    if (n === null) return null;
    return (ctx) => ({
      value: ctx.lastValue ? createPartialDate(ctx.lastValue.year - n) : null,
      kind: 'offset',
      hasYear: false,
    });
  });
  add(`${B}(?:${lex.yearsBefore})${E}`, 7, (m) => {
    const n = count(m[1] ?? '');
    if (n === null) return null;
    return (ctx) => ({
      value: ctx.lastValue ? createPartialDate(ctx.lastValue.year + n) : null,
      kind: 'offset',
      hasYear: false,
    });
  });
  // "three years ago", "hace un año", "il y a 8 jours", "20 лет назад": counted back from the publication
  const vague = lex.agoVague ? plane(new RegExp(`(?:^|[^\\p{L}])(?:${lex.agoVague})\\s+$`, 'u')) : null;
  for (const o of lex.ago) {
    add(`${B}(?:${o.pattern})${E}`, 7, (m) => {
      const w = m.slice(1).find((x) => x !== undefined);
      const n = w ? count(w) : 1;
      if (n === null) return null;
      const approx = !!vague?.test(m.input.slice(Math.max(0, m.index - 20), m.index));
      return (ctx) => ({ value: approx ? null : agoValue(ctx.published, o, n), kind: 'relative', hasYear: false });
    });
  }
  for (const o of lex.monthOffsets) {
    add(`${B}(?:${o.pattern})${E}`, 8, () => (ctx) => {
      const from = ctx.lastValue;
      if (!from || from.month === null) return { value: null, kind: 'offset', hasYear: false };
      const idx = from.year * 12 + (from.month - 1) + o.months;
      return { value: createPartialDate(Math.floor(idx / 12), (idx % 12) + 1), kind: 'offset', hasYear: false };
    });
  }
  for (const o of lex.dayOffsets) {
    add(`${B}(?:${o.pattern})${E}`, 8, (m) => {
      const n = m[1] ? count(m[1]) : 1;
      if (n === null) return null;
      return (ctx) => {
        // "Sehari sebelumnya" after "pada September 1999": a day counts from the last day-precise date, the news of the day
        // "заявил накануне", "a déclaré la veille" with no date before it: the day before the news, the publication's
        const before = o.days < 0 && !ctx.lastValue && ctx.published?.day != null ? ctx.published : null;
        const from = ctx.lastValue && ctx.lastValue.day !== null ? ctx.lastValue : (ctx.lastDay ?? before);
        return { value: from ? addDays(from, o.days * n) : null, kind: 'offset', hasYear: false };
      };
    });
  }
  const c = {
    dayPartBefore: lex.dayPartBefore ? plane(new RegExp(`${B}(?:${lex.dayPartBefore})\\s*$`, 'u')) : null,
    dayPartAfter: lex.dayPartAfter ? plane(new RegExp(`^\\s*(?:${lex.dayPartAfter})${E}`, 'u')) : null,
    patterns,
    starts: gateIndex(
      patterns.map((p) => p.gate),
      lex,
    ),
  };
  COMPILED.set(lex, c);
  return c;
}

const CAPITALIZED_WORDS = plane(/^(?:\s+\p{Lu}[\p{Lu}.]+)+$/u);
/**
 * Whether the words before a number make it an identifier: the noun right before it ("No. 2019",
 * "Nomor 12 Tahun 2019"), or only acronyms between ("Resolusi DK PBB 1973"); `original` is the
 * matched span in the original text.
 */
function isIdentifier(nb: RegExpExecArray, original: string): boolean {
  const between = nb[1] ?? '';
  if (!between) return true;
  const at = nb[0].lastIndexOf(between);
  return CAPITALIZED_WORDS.test(original.slice(at, at + between.length));
}

const TWO_LOWERCASE_END = plane(/\p{Ll}\p{Ll}$/u);
/**
 * "от1991 года", "in2010": a number glued to the lowercase word before it is a typo for two words (a
 * code such as "G20", "F-16" or "A320" has a capital letter or a digit before its number).
 */
function gluedNumber(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57 && TWO_LOWERCASE_END.test(text.slice(Math.max(0, at - 2), at));
}

/**
 * The offsets where a word-start date pattern may start a match in `folded` (`text` folded): each code point that is a
 * letter or a digit and is not glued to a word before it (`gluedWord` below: a word start, or a gluedNumber), in order.
 */
export function wordStartsOf(folded: string, text: string): number[] {
  const out: number[] = [];
  let previousWord = false;
  for (let p = 0; p < folded.length; p++) {
    const c = folded.charCodeAt(p);
    const cp = c < 0xd800 || c > 0xdbff ? c : folded.codePointAt(p)!;
    const word = isWordCodePoint(cp);
    if (word && (!previousWord || gluedNumber(text, p))) out.push(p);
    previousWord = word;
    if (cp > 0xffff) p++;
  }
  return out;
}

/** Days from `a` to `b`, both given to the day. */
function daysBetween(a: PartialDate, b: PartialDate): number {
  return (
    (Date.UTC(b.year, (b.month ?? 1) - 1, b.day ?? 1) - Date.UTC(a.year, (a.month ?? 1) - 1, a.day ?? 1)) / 86400000
  );
}

/** Never glued: a pattern that need not start a word keeps every match. */
const never = () => false;

/** Finds every date mention in a text, in order, with its value resolved against its context. */
export function resolveDates(text: string, folded: string, lex: Lexicon, published: PartialDate | null): DateMention[] {
  const { patterns, starts: startsIn } = compile(lex);
  const cands: Candidate[] = [];
  // a pattern that starts a word is tried only at the word starts where one of its literal prefixes stands
  const starts = startsIn(folded);
  // a word-start pattern keeps a match glued to a word only where it is a glued number
  const gluedWord: Glued = (f, at) => followsWordChar(f, at) && !gluedNumber(text, at);
  // the patterns as compiled for the Basic Multilingual Plane, unless the text holds a surrogate
  const wide = hasSurrogate(folded);
  // where the word-start patterns that no gate bounds may start a match (ungluedWordStarts), read when first asked
  let wordStarts: number[] | null = null;
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i]!;
    const at = starts[i]!;
    if ((at && at.length === 0) || (p.required && !folded.includes(p.required))) continue;
    const glued = p.boundary ? gluedWord : never;
    const found =
      at && p.sticky
        ? matchesAt(wide ? p.sticky : p.bmp.sticky!, folded, at)
        : p.anchor && p.required
          ? anchoredMatches(wide ? p.anchor.sticky : p.bmp.anchor!, folded, p.required, p.anchor.reach, glued)
          : p.opened
            ? openedMatches(
                wide ? p.opened.sticky : p.bmp.opened!,
                folded,
                (wordStarts ??= wordStartsOf(folded, text)),
                p.opened.opener,
              )
            : wordStartMatches(wide ? p.re : p.bmp.re, folded, glued);
    for (const m of found) {
      const build = p.handle(m, text);
      if (build) cands.push({ start: m.index, end: m.index + m[0].length, priority: p.priority, build });
    }
  }
  // longest, then highest priority, wins; no overlaps
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const taken: Candidate[] = [];
  for (const c of cands) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push(c);
  }
  taken.sort((a, b) => a.start - b.start);
  // a phrase that is no date has kept its words from the patterns; it yields nothing, and a part of the day may take it in
  const spans = withDayParts(
    compile(lex),
    folded,
    taken.filter((t) => t.build !== NO_DATE),
  );
  const ctx: Context = {
    published,
    lastYear: null,
    lastYearEnd: -1e9,
    lastValue: null,
    lastDay: null,
    lastFullYear: null,
    start: 0,
    folded,
  };
  const out: DateMention[] = [];
  for (let i = 0; i < spans.length; i++) {
    const c = spans[i]!;
    ctx.start = c.start;
    const r = withJoinedYear(c.build(ctx), spans[i + 1], folded, c.end, ctx);
    if (!r) continue;
    const mention: DateMention = {
      start: c.start,
      end: c.end,
      value: r.value,
      endValue: r.endValue ?? null,
      kind: r.kind,
      hasYear: r.hasYear,
    };
    out.push(mention);
    if (r.value && (r.hasYear || r.kind === 'relative' || r.kind === 'offset' || r.kind === 'context')) {
      if (r.hasYear || r.kind === 'relative') {
        ctx.lastYear = (r.endValue ?? r.value).year;
        ctx.lastYearEnd = c.end;
      }
      ctx.lastValue = r.value;
      if (
        r.value.day !== null &&
        (!published || published.day === null || Math.abs(daysBetween(r.value, published)) <= 7)
      )
        ctx.lastDay = r.value;
      if (r.hasYear && r.value.month !== null) ctx.lastFullYear = r.value.year;
    }
  }
  return out;
}

/**
 * The value of a number written in words by `sp` ("dos mil nueve" 2009, "quatre-vingt-treize" 93, "dua puluh sembilan"
 * 29), or null when a word is not one of its number words.
 */
function spelledNumbers(sp: SpelledDates): (phrase: string) => number | null {
  const pairs = new Map<string, number>();
  const single = new Map<string, number>();
  for (const [k, v] of Object.entries(sp.words)) (k.includes(' ') ? pairs : single).set(k, v);
  const joins = new Set(sp.joins);
  return (phrase) => {
    const tokens = phrase.split(/[\s-]+/).filter((w) => w && !joins.has(w));
    let total = 0;
    let current = 0;
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i]!;
      const pair = i + 1 < tokens.length ? pairs.get(`${w} ${tokens[i + 1]}`) : undefined;
      if (pair !== undefined) {
        current += pair;
        i++;
        continue;
      }
      const scale = sp.scales[w];
      if (scale !== undefined) {
        if (scale >= 1000) {
          total += (current || 1) * scale;
          current = 0;
        } else {
          // "sembilan ratus sembilan puluh": a scale multiplies the part of the number below it
          const low = current % scale;
          current = current - low + (low || 1) * scale;
        }
        continue;
      }
      const v = single.get(w);
      if (v === undefined) return null;
      if (v >= 1000) total += v;
      else current += v;
    }
    return total + current;
  };
}

/** What may join two days that share one year: a comma, a conjunction or a range word ("31 August and 4 September 2015"). */
const DAY_JOIN = plane(/^\s*(?:[,&]|\p{L}{1,3})?\s*$/u);

/**
 * A day written without a year takes the year of the day joined to it ("el 31 de agosto y 4 de septiembre de 2015",
 * "on August 31 and September 4, 2015"), not the year of an earlier passage.
 */
function withJoinedYear(
  r: ReturnType<Candidate['build']>,
  next: Candidate | undefined,
  folded: string,
  end: number,
  ctx: Context,
): ReturnType<Candidate['build']> {
  if (!r?.value || r.hasYear || r.kind !== 'context' || r.value.month === null || !next) return r;
  if (next.start - end > 8 || !DAY_JOIN.test(folded.slice(end, next.start))) return r;
  const n = next.build({ ...ctx, start: next.start });
  if (!n?.value || !n.hasYear || n.value.month === null || n.value.month < r.value.month) return r;
  const y = n.value.year;
  const value = createPartialDate(y, r.value.month, r.value.day);
  if (!value) return r;
  const endValue = r.endValue ? createPartialDate(y, r.endValue.month, r.endValue.day) : null;
  return { ...r, value, endValue };
}

/** How far before or after a day its part of the day may reach ("in the early hours of", "a primera hora de la mañana"). */
const DAY_PART_REACH = 40;

/**
 * The mentions with the parts of the day written beside them taken in ("the afternoon of April 1", "mardi soir",
 * "в ночь на 3 мая").
 */
function withDayParts(c: Compiled, folded: string, taken: Candidate[]): Candidate[] {
  if (!c.dayPartBefore && !c.dayPartAfter) return taken;
  let out: Candidate[] | null = null;
  for (let i = 0; i < taken.length; i++) {
    const t = taken[i]!;
    // never into the mention before or after: "Jumat sore, 3 Mei" is two mentions, each with its own words
    const from = Math.max(t.start - DAY_PART_REACH, i > 0 ? (out ?? taken)[i - 1]!.end : 0);
    const to = Math.min(t.end + DAY_PART_REACH, i + 1 < taken.length ? taken[i + 1]!.start : folded.length);
    let start = t.start;
    let end = t.end;
    const before = from < t.start ? c.dayPartBefore?.exec(folded.slice(from, t.start)) : null;
    if (before) start = t.start - before[0].length;
    const after = to > t.end ? c.dayPartAfter?.exec(folded.slice(t.end, to)) : null;
    if (after) end = t.end + after[0].length;
    if (start === t.start && end === t.end) continue;
    out ??= taken.slice();
    out[i] = { ...t, start, end };
  }
  return out ?? taken;
}

/**
 * The date patterns of a lexicon as compiled (a word-start pattern without its leading lookbehind), with their gates,
 * required literals and, for one tried only within reach of its literal, that reach.
 */
export function datePatterns(lex: Lexicon): {
  source: string;
  boundary: boolean;
  gate: PatternGate | null;
  required: string | null;
  reach: number | null;
  opener: WordOpener | null;
}[] {
  return compile(lex).patterns.map((p) => ({
    source: p.re.source,
    boundary: p.boundary,
    gate: p.gate,
    required: p.required,
    reach: p.anchor?.reach ?? null,
    opener: p.opened?.opener ?? null,
  }));
}
