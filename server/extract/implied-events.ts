/**
 * Events that have no trigger of their own: a treaty dated by its signature, the gapped clauses
 * of a list of acts, and "followed by" the same act by others.
 */
import { uniformRule } from './trigger-rule';
import type { PartialDate } from '../domain/calendar';
import type { TriggerRule } from './lexicons';
import { clauseAt, type Sentence } from './split-sentences';
import { uniformDraft, type ArticleScope, type Draft, type SentenceScope } from './event-draft';
import { pickDate } from './event-dates';
import type { TriggerOutcome } from './classify-trigger';
import { plane } from './bmp-patterns';

/** The rule of a signing dated by a treaty's name ("договор от 14 ноября 1990 года"); its pattern is the lexicon's. */
const DATED_BY_SIGNATURE: TriggerRule = uniformRule({
  pattern: '',
  type: 'treaty_signing',
  plover: 'AGREE',
  cameo: '057',
});

/** Signings dated by a treaty's name in the sentence. */
export function datedBySignature(a: ArticleScope, sc: SentenceScope): void {
  const { input, c, drafts, articleActors } = a;
  const { folded, gazetteer } = input;
  const { s, treatyHere } = sc;
  // "договор от 14 ноября 1990 года", "el Acuerdo del 26 de septiembre de 2016": a treaty dated by its signature
  for (const m of treatyHere) {
    if (!m.treatyId || (m.kind !== 'name' && m.kind !== 'named') || m.replacedObject) continue;
    const d = input.dates.find(
      (x) =>
        x.start > m.end &&
        x.start - m.end <= 6 &&
        x.value?.precision === 'day' &&
        c.datedBy.test(folded.slice(m.end, x.start)),
    );
    if (!d) continue;
    const parties = (gazetteer.treaties.get(m.treatyId)?.parties ?? []).filter((p) => articleActors.has(p));
    drafts.push(
      uniformDraft({
        type: 'treaty_signing',
        rule: DATED_BY_SIGNATURE,
        date: d.value,
        endDate: null,
        actors: parties,
        place: null,
        treaty: m.treatyId,
        modality: 'asserted',
        sentence: s,
        start: m.start,
        end: m.end,
        confidence: 0.55,
        ownDate: true,
      }),
    );
  }
}

const HEAD_WORD = plane(/^[\s,;:—–-]*(\p{L}+)/u);
/** The acts whose gapped clauses are acts of their own. */
const GAPPED_TYPES: ReadonlySet<string> = new Set([
  'accession',
  'withdrawal',
  'ratification',
  'treaty_signing',
  'election',
]);

/** The sentence's last draft of an act that gapped clauses repeat, or null (asked once per sentence of every draft). */
function lastGapped(drafts: readonly Draft[], s: Sentence): Draft | null {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.sentence === s && GAPPED_TYPES.has(d.type)) return d;
  }
  return null;
}

/** The gapped clauses after the sentence's last accession, withdrawal, ratification, signing or election. */
export function gappedEvents(a: ArticleScope, sc: SentenceScope): void {
  const { input, drafts, excluded } = a;
  const { actors } = input;
  const { s, hits } = sc;
  // gapping: "Vietnam bergabung ... pada tahun 1995, Laos dan Myanmar pada tahun 1997, serta Kamboja pada tahun 1999"
  const base = lastGapped(drafts, s);
  if (base) {
    const bounds = [...s.clauses, s.end];
    for (let k = clauseAt(s, base.start) + 1; k < s.clauses.length; k++) {
      const from = bounds[k]!;
      const to = bounds[k + 1]!;
      if (hits.some((h) => h.start >= from && h.start < to)) break;
      const cs = input.actorMentions.filter(
        (m) => m.start >= from && m.end <= to && actors.get(m.actorId)?.kind === 'country',
      );
      const d = input.dates.find((x) => x.start >= from && x.end <= to && x.value && !excluded(x));
      if (!cs.length || !d) continue;
      // "...; fue rescindido por Rusia el 31 de marzo de 2014": a clause opening on a verb has a verb of its own, it is no gap
      const head = HEAD_WORD.exec(input.folded.slice(from, to));
      if (
        head &&
        input.lexicon.grammar.isVerbish(head[1]!, undefined) &&
        !input.actorMentions.some((m) => m.start === from + head[0].length - head[1]!.length)
      )
        continue;
      const orgs = base.actors.filter((id) => actors.get(id)?.kind === 'organization');
      drafts.push({
        ...base,
        date: d.value,
        endDate: d.endValue,
        actors: [...new Set([...cs.map((m) => m.actorId), ...orgs])],
        start: cs[0]!.start,
        end: cs[0]!.end,
        ownDate: true,
        confidence: 0.6,
      });
    }
  }
}

/** The countries after "followed by", each doing the act of the trigger before it. */
export function followedByEvents(a: ArticleScope, sc: SentenceScope, lastTrigger: TriggerOutcome | null): void {
  const { input, c, drafts, excluded } = a;
  const { actors } = input;
  const { s, sText, treatyHere } = sc;
  // "..., and it was followed by Pakistan and finally, Iran": the same act by each of them
  const fb = c.followedBy.next(sText, 0);
  if (fb && lastTrigger) {
    const at = s.start + fb.index + fb[0].length;
    const prior = input.triggers.filter((h) => h.sentence === s.index && h.start < at).pop();
    const rule = prior?.rule;
    if (rule) {
      const base = lastTrigger.draft ?? drafts.filter((d) => d.sentence === s).pop();
      const baseDate = base?.date ?? pickDate(input, s, prior!, excluded, c)?.value ?? null;
      const year = baseDate
        ? ({ year: baseDate.year, month: null, day: null, precision: 'year' } as PartialDate)
        : null;
      const followers = input.actorMentions.filter(
        (m) => m.start >= at && m.end <= s.end && actors.get(m.actorId)?.kind === 'country',
      );
      for (const f of followers) {
        drafts.push(
          uniformDraft({
            type: rule.type,
            rule,
            date: year,
            endDate: null,
            actors: [f.actorId],
            place: null,
            treaty: treatyHere.find((m) => m.treatyId)?.treatyId ?? null,
            modality: 'asserted',
            sentence: s,
            start: f.start,
            end: f.end,
            confidence: 0.55,
            ownDate: false,
          }),
        );
      }
    }
  }
}

/**
 * A step of a treaty's own life told without its parties ("The treaty ... came into force on 9 February 1991",
 * "the delegations initialled the text", "Negotiations for the SPA launched in 2011", "entrarán en vigor"): the states
 * and organizations that signed that treaty in the article, else the known parties the article names. A step taken by
 * one party (a ratification) is not one.
 */
export function lifecycleParties(a: ArticleScope): void {
  const { input, drafts, articleActors } = a;
  const { actors, gazetteer } = input;
  const party = (id: string) => {
    const x = actors.get(id);
    return !!x && (x.kind === 'country' || x.kind === 'organization') && !x.media;
  };
  for (const d of drafts) {
    if (d.actors.length || !d.treaty) continue;
    if (d.type !== 'entry_into_force' && d.type !== 'other') continue;
    const signing = drafts.find(
      (x) => x.type === 'treaty_signing' && x.treaty === d.treaty && x.actors.filter(party).length,
    );
    const parties = signing
      ? signing.actors.filter(party)
      : (gazetteer.treaties.get(d.treaty)?.parties ?? []).filter((p) => articleActors.has(p));
    if (parties.length) d.actors = [...parties];
  }
}

/**
 * Acts on a treaty that name no participant in their clause once merged ("the delegations initialled the text of the
 * Protocol", "Negotiations for the SPA launched in September 2011", "the meeting in the framework of the review of the
 * Cotonou Agreement"): the treaty's parties, as its signing in the text names them, else those the gazetteer knows and
 * the text names.
 */
export function treatyActParties(a: ArticleScope, drafts: Draft[]): void {
  const { input, articleActors } = a;
  const { actors, gazetteer } = input;
  for (const d of drafts) {
    if (d.actors.length || !d.treaty) continue;
    const signing = drafts.find(
      (x) => x.type === 'treaty_signing' && x.treaty === d.treaty && x.actors.some((id) => stateOrBody(actors, id)),
    );
    const parties = signing
      ? signing.actors.filter((id) => stateOrBody(actors, id))
      : (gazetteer.treaties.get(d.treaty)?.parties ?? []).filter((p) => articleActors.has(p));
    if (parties.length) d.actors = [...parties];
  }
  // an act that still names nobody is the act of the states or bodies the text is about: the two it names most
  if (!drafts.some((d) => !d.actors.length)) return;
  const focus = focusParties(a);
  if (focus.length) for (const d of drafts) if (!d.actors.length) d.actors = [...focus];
}

/** The two states or bodies the text names most (the first named of those that tie). */
function focusParties(a: ArticleScope): string[] {
  const n = new Map<string, number>();
  for (const m of a.input.actorMentions)
    if (stateOrBody(a.input.actors, m.actorId)) n.set(m.actorId, (n.get(m.actorId) ?? 0) + 1);
  return [...n]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 2)
    .map(([id]) => id);
}

/** Whether an actor is a state or an organization other than a news agency: a party to a treaty. */
function stateOrBody(actors: ArticleScope['input']['actors'], id: string): boolean {
  const x = actors.get(id);
  return !!x && (x.kind === 'country' || x.kind === 'organization') && !x.media;
}
