/**
 * The date of an event: the dates of its trigger's clause first, else the nearest in the sentence,
 * with the rules that keep a date with the verb it belongs to.
 */
import { formatPartialDate, type PartialDate } from '../domain/calendar';
import type { Lexicon } from './lexicons';
import type { DateMention } from './resolve-dates';
import { clauseAt, type Sentence } from './split-sentences';
import type { ClassifyInput } from './event-draft';
import { eventPatterns, type EventPatterns } from './event-patterns';
import type { TriggerHit } from './find-triggers';
import { quotedSpans } from './event-statements';
import { plane } from './bmp-patterns';

/** A bracketed aside ("(Франция, Германия, Польша)"), whose commas are no clause break. */
const BRACKETED = /\([^()]*\)/gu;
/** How far after an event noun its own date may stand, past the noun's complements. */
const NOMINAL_COMPLEMENT = 150;
/** How far after an event noun opening a heading its closing date may stand. */
const HEADING_REACH = 200;

/** The date of a trigger before treaties are known (to resolve "the pact signed on ..."). */
export function dateForTrigger(
  folded: string,
  dates: DateMention[],
  lex: Lexicon,
  s: Sentence,
  h: TriggerHit,
): DateMention | null {
  return pickDate({ folded, dates }, s, h, () => false, eventPatterns(lex));
}

/** Picks the date of a trigger: its own clause first, else the nearest in the sentence. */
export function pickDate(
  input: Pick<ClassifyInput, 'folded' | 'dates'>,
  s: Sentence,
  h: TriggerHit,
  excluded: (d: DateMention) => boolean,
  c: EventPatterns,
): DateMention | null {
  const inSentence = apposed(
    input.folded,
    input.dates.filter((d) => d.start >= s.start && d.end <= s.end && !excluded(d)),
  );
  if (!inSentence.length) return null;
  const x: DateSite = { folded: input.folded, s, h, c, clause: clauseAt(s, h.start), inSentence };
  return finerDay(x, pickAmong(x, excluded));
}

/**
 * "Sidang GBC Malindo ke-41 Tahun 2018, Kamis (15/11)", "the 2018 session, on November 15": a year or a month that
 * qualifies a noun near the trigger, with a day of that year or month in the sentence: the day is the act's.
 */
function finerDay(x: DateSite, d: DateMention | null): DateMention | null {
  if (!d?.value || d.kind !== 'partial' || d.value.precision === 'day' || d.endValue) return d;
  const coarse = d.value;
  let best: DateMention | null = null;
  for (const y of x.inSentence)
    if (
      y.value?.precision === 'day' &&
      !y.endValue &&
      y.value.year === coarse.year &&
      (coarse.month === null || y.value.month === coarse.month) &&
      !blocked(x, y) &&
      !across(x, y) &&
      (!best || dist(x, y) < dist(x, best))
    )
      best = y;
  return best ?? d;
}

/**
 * What the date rules of one trigger read. The rules are functions of it rather than closures in `pickDate`:
 * tsx names every closure bound to a name (esbuild's keepNames), a property definition each time one is made.
 */
interface DateSite {
  folded: string;
  s: Sentence;
  h: TriggerHit;
  c: EventPatterns;
  /** The trigger's clause. */
  clause: number;
  /** The candidate dates, in the sentence and not excluded. */
  inSentence: DateMention[];
}

/** The dates of `x` without those `drop` holds for; `null` if `drop` holds for none. */
function without(x: DateSite, drop: (x: DateSite, d: DateMention) => boolean): DateMention[] | null {
  let some = false;
  for (const d of x.inSentence)
    if (drop(x, d)) {
      some = true;
      break;
    }
  if (!some) return null;
  const rest: DateMention[] = [];
  for (const d of x.inSentence) if (!drop(x, d)) rest.push(d);
  return rest;
}

/** `pickDate` again over fewer dates (the same sentence, trigger and exclusions). */
function pickAgain(x: DateSite, dates: DateMention[], excluded: (d: DateMention) => boolean): DateMention | null {
  return pickDate({ folded: x.folded, dates }, x.s, x.h, excluded, x.c);
}

const NON_LETTERS = plane(/[^\p{L}]+/u);
function pickAmong(x: DateSite, excluded: (d: DateMention) => boolean): DateMention | null {
  const { folded, s, h, c, clause, inSentence } = x;
  let rest: DateMention[] | null;
  // "“... in October 2023 ...,” he said": the dates a quotation tells are its content's, not the day of the words
  // that report it
  if (h.rule.type === 'statement' && !h.rule.nominal && !h.rule.heading) {
    const spans = quotedSpans(folded, s.start, s.end);
    if (spans.length && !spans.some(([a, b]) => h.start >= a && h.end <= b)) {
      rest = inSentence.filter((d) => !spans.some(([a, b]) => d.start >= a && d.end <= b));
      if (rest.length < inSentence.length) return rest.length ? pickAgain(x, rest, excluded) : null;
    }
  }
  // "внести ... проект Закона «О ратификации ... Соглашения ... от 20 января 1995 года»": a written date in a quoted
  // title is the title's, not the date of an act told outside the quotation
  if (h.rule.type !== 'statement' && inSentence.some((d) => d.hasYear && d.kind !== 'relative')) {
    const spans = quotedSpans(folded, s.start, s.end);
    if (spans.length && !spans.some(([a, b]) => h.start >= a && h.end <= b)) {
      rest = inSentence.filter(
        (d) => !(d.hasYear && d.kind !== 'relative' && spans.some(([a, b]) => d.start >= a && d.end <= b)),
      );
      if (rest.length < inSentence.length) return rest.length ? pickAgain(x, rest, excluded) : null;
    }
  }
  // "la première rencontre entre X et Y, depuis l'élection de ce dernier en avril 2019": another clause opening on "since"
  rest = without(x, since);
  if (rest) return rest.length ? pickAgain(x, rest, excluded) : null;
  // "condamnent l'attaque d'hier soir", "condenó el ataque del martes": a day that completes an event noun is that
  // noun's date, not the date of the verb
  if (!h.rule.nominal) {
    rest = without(x, ofNoun);
    if (rest) return rest.length ? pickAgain(x, rest, excluded) : null;
  }
  rest = without(x, beforeNoun);
  if (rest) return rest.length ? pickAgain(x, rest, excluded) : null;
  // "visited Jakarta, after he was sworn in two weeks ago", "setelah dua minggu yang lalu dilantik": a date inside an
  // "after ..." clause that follows the trigger is the earlier act's, as one before it is (`blocked`)
  rest = without(x, inLaterAfterClause);
  if (rest) return rest.length ? pickAgain(x, rest, excluded) : null;
  // "the 2015 nuclear deal", "la Conferencia de Madrid de 1991", "выборы 2003 года": a year that qualifies another noun
  rest = without(x, yearOfNoun);
  if (rest) return rest.length ? pickAgain(x, rest, excluded) : null;
  // "perjanjian yang berlaku saat ini ditandatangani pada 8 Mei 1990", "the treaty currently in force, signed on 8 May
  // 1990": "now" tells the state of the noun before; a date right after the trigger is the act's
  if (inSentence.some((d) => rightAfter(x, d))) {
    rest = without(x, isNow);
    if (rest) return rest.length ? pickAgain(x, rest, excluded) : null;
  }
  // "Après que les gouvernements ont notifié ..., l'accord est entré en vigueur le 1er juillet": a trigger in a clause opening
  // on "after" happened before the main clause's date, which is not its own
  if (opensOnAfter(c, folded, s, clause, h)) {
    const own = inSentence.filter((d) => d.end <= h.start || clauseAt(s, d.start) === clause);
    if (own.length < inSentence.length) {
      if (!own.length) return null;
      return pickAgain(x, own, excluded);
    }
  }
  // "выборов, которые прошли 15–17 марта", "the vote, held on ...", "pemilu yang digelar ...": a noun dated by its relative clause
  if (h.rule.nominal) {
    const rel = inSentence.find(
      (d) => d.start >= h.end && d.start - h.end < 70 && c.heldRelative.test(folded.slice(h.end, d.start)),
    );
    if (rel) return rel;
    // "un coup d'État orchestré par ..., s'est déroulé ce mercredi 6 août": the noun is the subject of its verb of taking place
    const took = c.tookPlace;
    if (took) {
      const own = inSentence.find(
        (d) => d.start >= h.end && d.start - h.end < 200 && took.test(folded.slice(h.end, d.start)),
      );
      if (own) return own;
    }
  }
  // "la déclaration des ministres ... du 7 août", "заявление МИД России от 7 августа": the noun's own date after its complements
  if (h.rule.nominal || h.rule.heading) {
    const own = inSentence.find((d) => nounsOwnDate(c, folded, h, d) || closesHeading(folded, s, h, d));
    if (own) return own;
  }
  // "if the referendum on Sunday approves it, Kerry said ...": the date of a condition is not the main clause's
  rest = without(x, conditionClause);
  if (rest) return rest.length ? pickAgain(x, rest, excluded) : null;
  const sameClause = inSentence.filter((d) => clauseAt(s, d.start) === clause && !blocked(x, d));
  if (sameClause.length) return nearest(x, sameClause)!;
  // a date that opens the sentence ("Pada tanggal 7 Oktober 2003, ...") covers all of it
  const opening = inSentence.find(
    (d) =>
      clauseAt(s, d.start) === 0 &&
      s.clauses.length > 1 &&
      folded.slice(s.start, s.clauses[1]!).replace(folded.slice(d.start, d.end), '').split(NON_LETTERS).filter(Boolean)
        .length <= 3,
  );
  if (h.rule.nominal) {
    const near = nearest(
      x,
      inSentence.filter(
        (d) => !blocked(x, d) && !across(x, d) && Math.min(Math.abs(d.end - h.start), Math.abs(d.start - h.end)) < 60,
      ),
    );
    return near ?? (opening && clause > 0 ? opening : null);
  }
  const ok = inSentence.filter((d) => !blocked(x, d) && !across(x, d));
  if (!ok.length) return null;
  return nearest(x, ok)!;
}

/** A "now" with no value of its own ("saat ini", "currently", "в настоящее время"). */
function isNow(_x: DateSite, d: DateMention): boolean {
  return d.kind === 'relative' && !d.value;
}

/** Nothing but a short word (a preposition) between the trigger and a date with a value: "signed on 8 May 1990". */
const RIGHT_AFTER_GAP = plane(/^\s*(?:\p{L}{1,4}\s+)?$/u);
function rightAfter(x: DateSite, d: DateMention): boolean {
  return (
    !!d.value && d.start >= x.h.end && d.start - x.h.end <= 8 && RIGHT_AFTER_GAP.test(x.folded.slice(x.h.end, d.start))
  );
}

/** A date in another clause of the sentence that opens on "since". */
function since(x: DateSite, d: DateMention): boolean {
  const k = clauseAt(x.s, d.start);
  return k !== x.clause && x.c.sinceClause.test(x.folded.slice(x.s.clauses[k]!, d.start));
}

/** A day that completes an event noun before it ("l'attaque d'hier soir"). */
function ofNoun(x: DateSite, d: DateMention): boolean {
  const { c, h, s } = x;
  return (
    !!c.nounDate &&
    d.value?.precision === 'day' &&
    !d.endValue &&
    !(d.start >= h.end && d.start - h.end <= 5) &&
    c.nounDate.test(x.folded.slice(Math.max(s.start, d.start - 60), d.start))
  );
}

/** A day written before another event noun ("takes note of the results of December 30 elections"): that noun's. */
function beforeNoun(x: DateSite, d: DateMention): boolean {
  const { c, h, s } = x;
  if (!c.dateOfNounAfter || d.value?.precision !== 'day' || d.endValue) return false;
  // the noun after the day is the trigger itself: its own date
  if (h.start >= d.end && h.start - d.end <= 40) return false;
  // "said in October 23 remarks": a noun of the trigger's own kind names the same act
  const after = x.folded.slice(d.end, Math.min(s.end, d.end + 40));
  return c.dateOfNounAfter.some(([type, re]) => type !== h.rule.type && re.test(after));
}

/** How far a year may stand from the event noun it qualifies, and how much of the text around a year its test reads. */
const NOUN_YEAR_REACH = 40;
const NOUN_YEAR_BEFORE = 30;
const NOUN_YEAR_AFTER = 12;
const CLAUSE_PUNCTUATION = /[,;:]/u;
/**
 * A year or a month of a year written as the complement of a noun (`nounYear`: "the 2015 nuclear deal", "l'élection
 * présidentielle de 2007"), unless that noun is the trigger itself ("the 2018 election", "la conférence de Berlin de 1885").
 */
function yearOfNoun(x: DateSite, d: DateMention): boolean {
  const { c, h, s, folded } = x;
  if (!c.nounYear || !d.hasYear || d.kind === 'relative' || !d.value || d.value.precision === 'day') return false;
  // the year of the trigger's own noun, on either side of it with no break between
  if (h.rule.nominal && (h.end <= d.start || h.start >= d.end)) {
    const [from, to] = h.end <= d.start ? [h.end, d.start] : [d.end, h.start];
    if (to - from <= NOUN_YEAR_REACH && !CLAUSE_PUNCTUATION.test(folded.slice(from, to))) return false;
  }
  return c.nounYear.test(
    `${folded.slice(Math.max(s.start, d.start - NOUN_YEAR_BEFORE), d.start)}«${folded.slice(d.start, d.end)}»${folded.slice(d.end, Math.min(s.end, d.end + NOUN_YEAR_AFTER))}`,
  );
}

/** A date before the trigger with "after ..." between: a trigger inside "after ..." does not take the main clause's date. */
function blocked(x: DateSite, d: DateMention): boolean {
  if (d.end > x.h.start) return false;
  x.c.after.lastIndex = 0;
  const between = x.folded.slice(d.end, x.h.start);
  return x.c.after.test(between);
}

/**
 * A date after the trigger inside an "after ..." clause (no comma or bracket between "after" and the date): the date
 * of what came first. "signed the Agreement following the Review (...), on September 19": the comma closes the clause.
 */
function inLaterAfterClause(x: DateSite, d: DateMention): boolean {
  if (d.start < x.h.end) return false;
  const between = x.folded.slice(x.h.end, d.start);
  const re = x.c.after;
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(between); m; m = re.exec(between)) last = re.lastIndex;
  re.lastIndex = 0;
  return last >= 0 && !AFTER_CLAUSE_BREAK.test(between.slice(last));
}
const AFTER_CLAUSE_BREAK = /[,;:()[\]—–]/u;

/** A date in another clause that opens on a condition ("if the referendum on Sunday approves it, ..."). */
function conditionClause(x: DateSite, d: DateMention): boolean {
  const k = clauseAt(x.s, d.start);
  if (k === x.clause) return false;
  const from = k === 0 ? x.s.start : x.s.clauses[k]!;
  return x.c.conditional.test(x.folded.slice(from, d.start).replace(/^[\s,;:"“”«»(—-]+/u, ''));
}

/** "es firmado en Kharkiv ...; fue rescindido ... el 31 de marzo de 2014": a semicolon closes an independent clause. */
function across(x: DateSite, d: DateMention): boolean {
  return x.folded.slice(Math.min(d.end, x.h.end), Math.max(d.start, x.h.start)).includes(';');
}

/** The first date of `list` at the least distance from the trigger (`undefined` for none). */
function nearest(x: DateSite, list: DateMention[]): DateMention | undefined {
  let best: DateMention | undefined;
  let bestDist = Infinity;
  for (const d of list) {
    const k = dist(x, d);
    if (best === undefined || k < bestDist) {
      best = d;
      bestDist = k;
    }
  }
  return best;
}

/** How far a date stands from the trigger, weighted by the rules below. */
function dist(x: DateSite, d: DateMention): number {
  const { c, h } = x;
  return (
    (d.end <= h.start ? h.start - d.end : d.start - h.end) *
    (d.kind === 'relative' && !d.value ? 3 : 1) *
    // "ketua BRICS tahun ini", "this year's chair": a relative year usually qualifies a noun; a real day in the sentence wins
    (d.kind === 'relative' && d.value?.precision === 'year' && x.inSentence.some((y) => y.value?.precision === 'day')
      ? 4
      : 1) *
    // "now" describes a state; prefer any real date over it
    // a date followed by "and <verb>" belongs to the verb before it: "firma el 14 de febrero y entró"
    // and a date after ", а в 1979 году" belongs to the clause that follows
    ((d.end <= h.start && c.coordinated.test(x.folded.slice(d.end, h.start))) ||
    (d.start >= h.end && c.nextClause.test(x.folded.slice(h.end, d.start)))
      ? 10
      : 1)
  );
}

/**
 * Whether a date is an event noun's own, after the noun's complements with no comma between: "la déclaration des
 * ministres ... du 7 août", "заявление МИД России от 7 августа".
 */
export function nounsOwnDate(c: EventPatterns, folded: string, h: TriggerHit, d: DateMention): boolean {
  return (
    !!c.nominalDateLink &&
    (!!h.rule.nominal || !!h.rule.heading) &&
    (h.rule.type === 'statement' || h.rule.type === 'meeting') &&
    d.start >= h.end &&
    d.start - h.end < NOMINAL_COMPLEMENT &&
    !/[,;:]/.test(folded.slice(h.end, d.start).replace(BRACKETED, '')) &&
    c.nominalDateLink.test(folded.slice(Math.max(h.end, d.start - 16), d.start))
  );
}

/** Nothing before an event noun that opens its sentence but a bracket, a quotation mark or a word ("Visite officielle"). */
const HEADING_OPEN = plane(/^[\s"“«(—–-]*(?:[\p{L}-]+\s+)?$/u);
/** Nothing after a date that closes its sentence but a bracket and the final mark. */
const HEADING_CLOSE = /^[\s)\].;:!?"”»]*$/u;
/** The date of a heading after a comma or in "(Place, date)", and its preposition at most: ", le ", " (Paris, ". */
const HEADING_LINK = plane(/(?:,|\([^(),]{1,40},)\s*(?:\p{L}{1,3}\s+)?$/u);

/**
 * "Entretien entre le président X et le Premier ministre Y, le 14 juillet 2023", "Meeting between X and Y (Washington,
 * July 14, 2023)", "Pertemuan bilateral ... (Jakarta, 14 Juli 2023)": a sentence that is an event noun, its complements
 * and a date after a comma or in brackets, with nothing after it, is a heading; the date is the noun's.
 */
function closesHeading(folded: string, s: Sentence, h: TriggerHit, d: DateMention): boolean {
  return (
    (h.rule.type === 'meeting' || h.rule.type === 'statement' || h.rule.type === 'treaty_signing') &&
    d.start >= h.end &&
    d.start - h.end < HEADING_REACH &&
    HEADING_OPEN.test(folded.slice(s.start, h.start)) &&
    HEADING_CLOSE.test(folded.slice(d.end, s.end)) &&
    HEADING_LINK.test(folded.slice(Math.max(h.end, d.start - 48), d.start))
  );
}

/** Whether the trigger's clause opens on "after" ("Après que ...", "After the treaty was ratified, ..."). */
function opensOnAfter(c: EventPatterns, folded: string, s: Sentence, clause: number, h: TriggerHit): boolean {
  const from = clause === 0 ? s.start : s.clauses[clause]!;
  const head = folded.slice(from, h.start).replace(/^[\s,;:"“”«»(—-]+/u, '');
  c.after.lastIndex = 0;
  const m = c.after.exec(head);
  return m !== null && m.index === 0;
}

const APPOSITION_GAP = plane(/^[\s,(—–-]*(?:\p{L}{1,4}\s+)?$/u);
/**
 * "four years ago on February 5, 2011", "hace un año, el 24 de febrero de 2022": a relative date
 * beside a written one names the same time; the written one stays.
 */
function apposed(folded: string, dates: DateMention[]): DateMention[] {
  if (dates.length < 2) return dates;
  return dates.filter(
    (d) =>
      d.kind !== 'relative' ||
      !dates.some(
        (x) =>
          x !== d &&
          x.hasYear &&
          (x.start >= d.end
            ? APPOSITION_GAP.test(folded.slice(d.end, x.start))
            : x.end <= d.start && APPOSITION_GAP.test(folded.slice(x.end, d.start))),
      ),
  );
}

/** Whether two partial dates agree at the coarser precision of the two. */
export function sameDate(a: PartialDate, b: PartialDate): boolean {
  const fa = formatPartialDate(a);
  const fb = formatPartialDate(b);
  return fa.startsWith(fb) || fb.startsWith(fa);
}

/** 0 for no date, then year, month, day. */
export function precisionRank(d: PartialDate | null): number {
  return d === null ? 0 : d.precision === 'year' ? 1 : d.precision === 'month' ? 2 : 3;
}
