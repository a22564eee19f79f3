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

/** A bracketed aside ("(Франция, Германия, Польша)"), whose commas are no clause break. */
const BRACKETED = /\([^()]*\)/gu;
/** How far after an event noun its own date may stand, past the noun's complements. */
const NOMINAL_COMPLEMENT = 150;

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
  const clause = clauseAt(s, h.start);
  // "la première rencontre entre X et Y, depuis l'élection de ce dernier en avril 2019": another clause opening on "since"
  const since = (d: DateMention) => {
    const k = clauseAt(s, d.start);
    return k !== clause && c.sinceClause.test(input.folded.slice(s.clauses[k]!, d.start));
  };
  if (inSentence.some(since)) {
    const rest = inSentence.filter((d) => !since(d));
    if (!rest.length) return null;
    return pickDate({ ...input, dates: rest }, s, h, excluded, c);
  }
  // "condamnent l'attaque d'hier soir", "condenó el ataque del martes": a day that completes an event noun is that
  // noun's date, not the date of the verb
  const ofNoun = (d: DateMention) =>
    !!c.nounDate &&
    d.value?.precision === 'day' &&
    !d.endValue &&
    !(d.start >= h.end && d.start - h.end <= 5) &&
    c.nounDate.test(input.folded.slice(Math.max(s.start, d.start - 60), d.start));
  if (!h.rule.nominal && inSentence.some(ofNoun)) {
    const rest = inSentence.filter((d) => !ofNoun(d));
    if (!rest.length) return null;
    return pickDate({ ...input, dates: rest }, s, h, excluded, c);
  }
  // a trigger inside "after ..." does not take the date of the main clause before it
  const blocked = (d: DateMention) => {
    if (d.end > h.start) return false;
    c.after.lastIndex = 0;
    const between = input.folded.slice(d.end, h.start);
    return c.after.test(between);
  };
  // "Après que les gouvernements ont notifié ..., l'accord est entré en vigueur le 1er juillet": a trigger in a clause opening
  // on "after" happened before the main clause's date, which is not its own
  if (opensOnAfter(c, input.folded, s, clause, h)) {
    const own = inSentence.filter((d) => d.end <= h.start || clauseAt(s, d.start) === clause);
    if (own.length < inSentence.length) {
      if (!own.length) return null;
      return pickDate({ ...input, dates: own }, s, h, excluded, c);
    }
  }
  // "now" describes a state; prefer any real date over it
  // a date followed by "and <verb>" belongs to the verb before it: "firma el 14 de febrero y entró"
  const coordinated = (d: DateMention) => d.end <= h.start && c.coordinated.test(input.folded.slice(d.end, h.start));
  // and a date after ", а в 1979 году" belongs to the clause that follows
  const nextClause = (d: DateMention) => d.start >= h.end && c.nextClause.test(input.folded.slice(h.end, d.start));
  // "ketua BRICS tahun ini", "this year's chair": a relative year usually qualifies a noun; a real day in the sentence wins
  const weakYear = (d: DateMention) =>
    d.kind === 'relative' && d.value?.precision === 'year' && inSentence.some((x) => x.value?.precision === 'day');
  const dist = (d: DateMention) =>
    (d.end <= h.start ? h.start - d.end : d.start - h.end) *
    (d.kind === 'relative' && !d.value ? 3 : 1) *
    (weakYear(d) ? 4 : 1) *
    (coordinated(d) || nextClause(d) ? 10 : 1);
  // "выборов, которые прошли 15–17 марта", "the vote, held on ...", "pemilu yang digelar ...": a noun dated by its relative clause
  if (h.rule.nominal) {
    const rel = inSentence.find(
      (d) => d.start >= h.end && d.start - h.end < 70 && c.heldRelative.test(input.folded.slice(h.end, d.start)),
    );
    if (rel) return rel;
  }
  // "la déclaration des ministres ... du 7 août", "заявление МИД России от 7 августа": the noun's own date after its complements
  if (h.rule.nominal || h.rule.heading) {
    const own = inSentence.find((d) => nounsOwnDate(c, input.folded, h, d));
    if (own) return own;
  }
  // "if the referendum on Sunday approves it, Kerry said ...": the date of a condition is not the main clause's
  const conditionClause = (d: DateMention) => {
    const k = clauseAt(s, d.start);
    if (k === clause) return false;
    const from = k === 0 ? s.start : s.clauses[k]!;
    return c.conditional.test(input.folded.slice(from, d.start).replace(/^[\s,;:"“”«»(—-]+/u, ''));
  };
  if (inSentence.some(conditionClause)) {
    const rest = inSentence.filter((d) => !conditionClause(d));
    if (!rest.length) return null;
    return pickDate({ ...input, dates: rest }, s, h, excluded, c);
  }
  const sameClause = inSentence.filter((d) => clauseAt(s, d.start) === clause && !blocked(d));
  if (sameClause.length) return sameClause.sort((a, b) => dist(a) - dist(b))[0]!;
  // a date that opens the sentence ("Pada tanggal 7 Oktober 2003, ...") covers all of it
  const opening = inSentence.find(
    (d) =>
      clauseAt(s, d.start) === 0 &&
      s.clauses.length > 1 &&
      input.folded
        .slice(s.start, s.clauses[1]!)
        .replace(input.folded.slice(d.start, d.end), '')
        .split(/[^\p{L}]+/u)
        .filter(Boolean).length <= 3,
  );
  // "es firmado en Kharkiv ...; fue rescindido ... el 31 de marzo de 2014": a semicolon closes an independent clause
  const across = (d: DateMention) =>
    input.folded.slice(Math.min(d.end, h.end), Math.max(d.start, h.start)).includes(';');
  if (h.rule.nominal) {
    const near = inSentence
      .filter((d) => !blocked(d) && !across(d) && Math.min(Math.abs(d.end - h.start), Math.abs(d.start - h.end)) < 60)
      .sort((a, b) => dist(a) - dist(b))[0];
    return near ?? (opening && clause > 0 ? opening : null);
  }
  const ok = inSentence.filter((d) => !blocked(d) && !across(d));
  if (!ok.length) return null;
  return ok.sort((a, b) => dist(a) - dist(b))[0]!;
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

/** Whether the trigger's clause opens on "after" ("Après que ...", "After the treaty was ratified, ..."). */
function opensOnAfter(c: EventPatterns, folded: string, s: Sentence, clause: number, h: TriggerHit): boolean {
  const from = clause === 0 ? s.start : s.clauses[clause]!;
  const head = folded.slice(from, h.start).replace(/^[\s,;:"“”«»(—-]+/u, '');
  c.after.lastIndex = 0;
  const m = c.after.exec(head);
  return m !== null && m.index === 0;
}

/**
 * "four years ago on February 5, 2011", "hace un año, el 24 de febrero de 2022": a relative date
 * beside a written one names the same time; the written one stays.
 */
function apposed(folded: string, dates: DateMention[]): DateMention[] {
  if (dates.length < 2) return dates;
  const gap = /^[\s,(—–-]*(?:\p{L}{1,4}\s+)?$/u;
  return dates.filter(
    (d) =>
      d.kind !== 'relative' ||
      !dates.some(
        (x) =>
          x !== d &&
          x.hasYear &&
          (x.start >= d.end
            ? gap.test(folded.slice(d.end, x.start))
            : x.end <= d.start && gap.test(folded.slice(x.end, d.start))),
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
