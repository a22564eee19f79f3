/**
 * Event candidates that no trigger rule proposes: every clause that states a date of its own and names an
 * actor, where the rules made no event. Typed by the trigger rules that fired in the clause (their drafts
 * were dropped), else "other". A general filter (rules or the learned scorer) decides which stay.
 */
import { uniformRule } from './trigger-rule';
import type { PartialDate } from '../domain/calendar';
import type { TriggerRule } from './lexicons';
import { uniformDraft, type ArticleScope, type Draft } from './event-draft';
import type { DateMention } from './resolve-dates';
import type { Sentence } from './split-sentences';

/** The rule of a candidate no trigger types: an unspecified event. */
const OTHER_RULE: TriggerRule = uniformRule({ pattern: '', type: 'other', plover: 'OTHER', cameo: '000' });

/** The kinds of date mention a clause candidate takes: the ones the text writes out (a year of its own or from context). */
const STATED = new Set<DateMention['kind']>(['absolute', 'partial', 'context', 'relative']);

/** A clause candidate and what the filter reads of it. */
export interface ClauseCandidate {
  draft: Draft;
  /** The date was written with its year in the clause. */
  hasYear: boolean;
  /** The clause had a trigger rule's word (its type comes from it). */
  typed: boolean;
  /** The actors are the clause's own (not only the sentence's). */
  clauseActors: boolean;
  /** The kind of the date mention. */
  kind: DateMention['kind'];
  /** Cues of the clause and its sentence. */
  cues: string[];
}

/** What the learned scorer reads of a clause candidate besides the features every candidate has. */
export function clauseFeatures(c: ClauseCandidate): string[] {
  const t = c.typed ? 'typed' : 'untyped';
  return [
    `clause:${t}`,
    `clause:year:${c.hasYear ? 1 : 0}`,
    `clause:own:${c.clauseActors ? 1 : 0}`,
    `clause:kind:${c.kind}`,
    `clause:${t}*prec:${c.draft.date?.precision ?? 'none'}`,
    ...c.cues.map((x) => `clause:cue:${x}`),
  ];
}

/** The clause candidates of an article: one per stated date of a clause that names an actor and that no event of the rules comes from. */
export function clauseCandidates(a: ArticleScope, final: Draft[]): ClauseCandidate[] {
  const { input, index } = a;
  const out: ClauseCandidate[] = [];
  for (const s of input.sentences) {
    const bounds = [...s.clauses, s.end];
    for (let k = 0; k < s.clauses.length; k++) {
      const from = bounds[k]!;
      const to = bounds[k + 1]!;
      // a clause the rules already made an event of
      if (final.some((d) => d.sentence.index === s.index && d.start >= from && d.start < to)) continue;
      const dates = input.dates.filter(
        (x) => x.value && x.start >= from && x.end <= to && STATED.has(x.kind) && !a.excluded(x),
      );
      if (!dates.length) continue;
      const own = clauseParticipants(a, s, from, to);
      const actors = own.length ? own : index.participantsOf(s);
      if (!actors.length) continue;
      const hit = input.triggers.find((h) => h.sentence === s.index && h.start >= from && h.start < to);
      const rule = hit?.rule ?? OTHER_RULE;
      // one candidate a date: "in 1950 ..., and in 1975 ..." may be two events
      for (const date of dates)
        out.push({
          draft: draft(
            s,
            rule,
            date.value!,
            date.endValue,
            actors,
            hit ? hit.start : date.start,
            hit ? hit.end : date.end,
          ),
          hasYear: date.hasYear,
          typed: !!hit,
          clauseActors: own.length > 0,
          kind: date.kind,
          cues: cuesOf(a, s, from, to, date),
        });
    }
  }
  return out;
}

/** The actors named in a clause that can take part in an event (not the media). */
function clauseParticipants(a: ArticleScope, s: Sentence, from: number, to: number): string[] {
  const ids: string[] = [];
  for (const m of a.index.mentionsOf(s)) {
    if (m.start < from || m.end > to) continue;
    const r = a.input.actors.get(m.actorId);
    if (r && !r.media && !ids.includes(r.id)) ids.push(r.id);
  }
  return ids;
}

/** A draft event of a clause: asserted, its date its own. */
function draft(
  s: Sentence,
  rule: TriggerRule,
  date: PartialDate,
  endDate: PartialDate | null,
  actors: string[],
  start: number,
  end: number,
): Draft {
  return uniformDraft({
    type: rule.type,
    rule,
    date,
    endDate,
    actors,
    place: null,
    treaty: null,
    modality: 'asserted',
    sentence: s,
    start,
    end,
    confidence: 0.3,
    ownDate: true,
  });
}

/** Cues of a clause for a filter: future, irrealis, negation, a line with no end punctuation (a header), a treaty named, the publication day, where the date stands. */
function cuesOf(a: ArticleScope, s: Sentence, from: number, to: number, date: DateMention): string[] {
  const { c, input } = a;
  const clause = input.folded.slice(from, to);
  const sentence = input.text.slice(s.start, s.end).trimEnd();
  const out: string[] = [];
  if (c.future.test(clause)) out.push('future');
  if (c.irrealis.test(clause)) out.push('irrealis');
  if (c.negation.test(clause)) out.push('neg');
  if (!/[.!?…:;]["”»)]?$/.test(sentence)) out.push('line');
  if (input.treatyMentions.some((m) => m.sentence === s.index)) out.push('treaty');
  const p = input.published;
  const v = date.value!;
  if (p && p.year === v.year && p.month === v.month && p.day === v.day) out.push('pubday');
  if (from === s.start) out.push('first-clause');
  if (date.start - from < 4) out.push('date-opens');
  return out;
}
