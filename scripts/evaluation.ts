/**
 * The project's evaluation of the extractor against gold annotations, with the rules of
 * ../shared/eval/score.mjs (see its README): actors match on a name or alias as written; events on
 * type, date (at the gold's precision, or one of its `alt_dates`) and one shared actor; treaties on
 * a name or alias (exact names paired first, then names that share most of their words); lineage
 * on the treaties a matched treaty replaces (`replaces` required, `replaces_optional` free).
 * Matching is one to one and maximal, required gold items first; `optional` gold items are neither
 * required nor penalised. A gold's `published` is passed to the extractor.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface GoldActor {
  name: string;
  kind?: string;
  aliases_in_text?: string[];
  optional?: boolean;
}
export interface GoldEvent {
  type: string;
  date?: string | null;
  alt_dates?: string[];
  actors?: string[];
  optional?: boolean;
  summary?: string;
}
export interface GoldTreaty {
  name: string;
  aliases_in_text?: string[];
  replaces?: string[];
  replaces_optional?: string[];
  optional?: boolean;
}
export interface Gold {
  language?: string;
  published?: string;
  split?: string;
  actors: GoldActor[];
  events: GoldEvent[];
  treaties: GoldTreaty[];
}

/** What the scorer reads of a prediction (the extractor's JSON line). */
export interface Prediction {
  language?: string | null;
  actors?: { name: string; kind?: string; aliases?: string[]; mentions?: { start: number; end?: number }[] }[];
  events?: { type: string; date?: string | null; actors?: string[] }[];
  treaties?: { name: string; aliases?: string[]; replaces?: string[]; known?: unknown; unnamed?: boolean }[];
}

/** Project event types that a gold type accepts. */
const TYPE_OK: Record<string, string[]> = {
  other: ['other', 'ratification', 'entry_into_force', 'diplomatic_action', 'recall', 'announcement', 'statement'],
  statement: ['statement', 'announcement'],
  treaty_signing: ['treaty_signing', 'agreement', 'founding'],
  withdrawal: ['withdrawal', 'termination', 'cancellation'],
  accession: ['accession'],
  meeting: ['meeting', 'summit', 'visit'],
  sanction: ['sanction', 'sanctions_relief'],
  military_action: ['military_action'],
  election: ['election', 'referendum'],
  protest: ['protest'],
};

export function normName(s: unknown): string {
  return String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`"“”«»().,;:!?]/g, ' ')
    .replace(/[-–—/]/g, ' ')
    .replace(/^\s*the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words that do not tell two treaty names apart. */
const STOP = new Set(
  (
    'the of and between on de la el los y dan antara tentang treaty agreement perjanjian tratado a an for in to ' +
    'du des le les et entre sur traite accord convention l d'
  ).split(' '),
);
function tokens(s: string): Set<string> {
  return new Set(
    normName(s)
      .split(' ')
      .filter((t) => t && !STOP.has(t)),
  );
}
/** Jaccard overlap of the content words of two names. */
export function nameOverlap(a: string, b: string): number {
  const A = tokens(a);
  const B = tokens(b);
  if (!A.size || !B.size) return 0;
  let i = 0;
  for (const t of A) if (B.has(t)) i++;
  return i / (A.size + B.size - i);
}
function years(s: string): Set<string> {
  return new Set(String(s).match(/\b(1[89]\d\d|20\d\d)\b/g) ?? []);
}

export function actorMatch(g: GoldActor, p: { name: string; aliases?: string[] }): boolean {
  const gk = new Set([normName(g.name), ...(g.aliases_in_text ?? []).map(normName)]);
  const pk = new Set([normName(p.name), ...(p.aliases ?? []).map(normName)]);
  return pk.has(normName(g.name)) || gk.has(normName(p.name));
}

export function dateOk(g: GoldEvent, p: { date?: string | null }): boolean {
  if (!g.date) return true;
  const pd = p.date ? String(p.date) : '';
  if (pd && (pd === g.date || pd.startsWith(g.date) || (g.date.startsWith(pd) && pd.length >= 7))) return true;
  return (g.alt_dates ?? []).some((d) => pd && (pd === d || pd.startsWith(d)));
}

function treatyNames(g: GoldTreaty, p: { name: string; aliases?: string[] }): [string[], string[]] {
  return [
    [g.name, ...(g.aliases_in_text ?? [])],
    [p.name, ...(p.aliases ?? [])],
  ];
}
export function treatyExact(g: GoldTreaty, p: { name: string; aliases?: string[] }): boolean {
  const [names, pnames] = treatyNames(g, p);
  return names.some((a) => pnames.some((b) => normName(a) === normName(b)));
}
export function treatyMatch(g: GoldTreaty, p: { name: string; aliases?: string[] }): boolean {
  const [names, pnames] = treatyNames(g, p);
  for (const a of names)
    for (const b of pnames) if (normName(a) === normName(b) || nameOverlap(a, b) >= 0.6) return true;
  return false;
}

/**
 * Maximum one-to-one matching of gold to predicted items (augmenting paths), required gold items
 * tried first; pairs [gold index, predicted index] sorted by gold index.
 */
export function matchOneToOne<G extends { optional?: boolean }, P>(
  gold: G[],
  pred: P[],
  ok: (g: G, p: P) => boolean,
): [number, number][] {
  const order = gold.map((_, i) => i).sort((a, b) => Number(!!gold[a]!.optional) - Number(!!gold[b]!.optional));
  const edges = gold.map((g) => pred.map((p, j) => (ok(g, p) ? j : -1)).filter((j) => j >= 0));
  const owner = new Array<number>(pred.length).fill(-1);
  const tryAssign = (gi: number, seen: Set<number>): boolean => {
    for (const j of edges[gi]!) {
      if (seen.has(j)) continue;
      seen.add(j);
      if (owner[j]! < 0 || tryAssign(owner[j]!, seen)) {
        owner[j] = gi;
        return true;
      }
    }
    return false;
  };
  for (const gi of order) tryAssign(gi, new Set());
  const pairs: [number, number][] = [];
  owner.forEach((gi, j) => {
    if (gi >= 0) pairs.push([gi, j]);
  });
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** Exact pairs first, then the looser predicate over what is left (an old and a new treaty whose names share words must not swap). */
export function matchTwoPhase<G extends { optional?: boolean }, P>(
  gold: G[],
  pred: P[],
  exact: (g: G, p: P) => boolean,
  loose: (g: G, p: P) => boolean,
): [number, number][] {
  const first = matchOneToOne(gold, pred, exact);
  const g1 = new Set(first.map(([g]) => g));
  const p1 = new Set(first.map(([, p]) => p));
  const gi = gold.map((_, i) => i).filter((i) => !g1.has(i));
  const pi = pred.map((_, j) => j).filter((j) => !p1.has(j));
  const second = matchOneToOne(
    gi.map((i) => gold[i]!),
    pi.map((j) => pred[j]!),
    loose,
  ).map(([g, p]): [number, number] => [gi[g]!, pi[p]!]);
  return [...first, ...second].sort((a, b) => a[0] - b[0]);
}

/**
 * A required gold event no prediction matched, and why: `date`, `actors` or `type` when an unmatched
 * prediction passes the other two tests, `none` when nothing in the output comes near it.
 */
export type MissReason = 'date' | 'actors' | 'type' | 'none';
export interface MissedEvent {
  event: string;
  type: string;
  reason: MissReason;
}

/**
 * A missed or spurious actor by class, naming none: its kind (the gold's for a missed one, the predicted one's for a
 * spurious one) and its `form`. Missed: `boundary` when a spurious prediction's name lies inside one of its names or
 * holds one, else `written` when the gold name or an alias occurs in the text as written (a name there that went
 * unrecognized), `other` when only another form does. Spurious: `double` when it matches a gold actor another
 * prediction matched (one actor split in two), `sub` or `super` when its name lies inside a gold name
 * or alias or holds one (a boundary error), else `head` when every mention stands in the text's head (its title line
 * and the first 40 characters of the next, where datelines stand), `run` when every mention has a capitalized word
 * right before or after it (a name inside a longer name: "Jordan Street", "Gen. Georgia Smith"), else `body`.
 */
export interface ActorMiss {
  kind: string;
  form: 'boundary' | 'written' | 'other' | 'double' | 'sub' | 'super' | 'head' | 'run' | 'body';
}

/** The end of a text's head: its first non-empty line and the first 40 characters of the next (a dateline). */
function headEnd(text: string): number {
  const lines = [...text.matchAll(/[^\n]*\S[^\n]*/g)];
  const second = lines[1];
  if (!second) return text.length;
  return second.index + Math.min(40, second[0].length);
}

const padded = (s: string): string => ` ${normName(s)} `;
const nested = (a: string, b: string): boolean => a.includes(b) || b.includes(a);
const CAPITAL_BEFORE = /\p{Lu}\p{L}*[ \u00a0]$/u;
const CAPITAL_AFTER = /^[ \u00a0]\p{Lu}/u;

/** Whether a mention has a capitalized word right before it (not after a sentence end) or right after it. */
function inCapitalRun(text: string, start: number, quoteEnd: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  return CAPITAL_BEFORE.test(before) || CAPITAL_AFTER.test(text.slice(quoteEnd, quoteEnd + 3));
}

type PredActor = NonNullable<Prediction['actors']>[number];

function missedActorClass(g: GoldActor, spurious: PredActor[], paddedText: string): ActorMiss {
  const names = [g.name, ...(g.aliases_in_text ?? [])].filter((n) => normName(n)).map(padded);
  const kind = g.kind ?? 'unknown';
  if (spurious.some((p) => names.some((n) => nested(n, padded(p.name))))) return { kind, form: 'boundary' };
  return { kind, form: names.some((n) => paddedText.includes(n)) ? 'written' : 'other' };
}

function spuriousActorClass(p: PredActor, gold: GoldActor[], text: string, head: number): ActorMiss {
  const name = padded(p.name);
  const goldNames = gold.flatMap((g) => [g.name, ...(g.aliases_in_text ?? [])]).map(padded);
  const kind = p.kind ?? 'unknown';
  if (gold.some((g) => actorMatch(g, p))) return { kind, form: 'double' };
  if (goldNames.some((g) => g.includes(name))) return { kind, form: 'sub' };
  if (goldNames.some((g) => name.includes(g))) return { kind, form: 'super' };
  const ms = p.mentions ?? [];
  if (ms.length && ms.every((m) => m.start < head)) return { kind, form: 'head' };
  if (ms.length && ms.every((m) => inCapitalRun(text, m.start, m.end ?? m.start))) return { kind, form: 'run' };
  return { kind, form: 'body' };
}

/**
 * Why a required gold treaty went unmatched, seen from the output: `taken` a prediction matched to another gold
 * treaty would match it too, or shares its words where no unmatched one does (two treaties read as one); `short`, `long` an unmatched prediction whose content words
 * are a part of its name's, or hold them all and more (a name cut too short or run on too far); `near` an unmatched
 * prediction shares some of its words; `actor` a predicted actor bears its name (an organization, not a treaty);
 * `none` nothing in the output comes near it.
 * A spurious prediction has the same classes seen from the gold (`dup`: it shares words with a matched gold treaty,
 * a duplicate under another name; `short`, `long`, `near` against an unmatched gold treaty; `actor` a gold actor
 * bears its name; `none`).
 */
export type TreatyMissReason = 'taken' | 'dup' | 'short' | 'long' | 'near' | 'actor' | 'none';
/** A missed gold treaty, classed: its reason, whether its name (or an alias) stands in the text as written, its head noun. */
export interface TreatyMiss {
  treaty: string;
  reason: TreatyMissReason;
  /** how the text bears its name or an alias (textForm), or `unknown` without the text */
  text: 'proper' | 'lower' | 'absent' | 'unknown';
  head: TreatyHead;
}
/** A spurious predicted treaty, classed: its reason, where its name comes from, its head noun. */
export interface TreatySpurious {
  treaty: string;
  reason: TreatyMissReason;
  /** `known` resolved to a gazetteer treaty, `unnamed` made up from kind and year, `text` a name read from the text */
  source: 'known' | 'unnamed' | 'text';
  head: TreatyHead;
}

/** Counts for one kind of item: matched predictions, matched required gold, predictions, required gold. */
export interface Counts {
  tpPred: number;
  tpGold: number;
  pred: number;
  gold: number;
}
export interface FileScore {
  file: string;
  language: string;
  languageRight: boolean;
  actors: Counts;
  events: Counts;
  treaties: Counts;
  lineage: Counts;
  missedActors: string[];
  /** predicted actors that match no gold actor */
  spuriousActors: string[];
  /** the missed actors by class (when the text was given to scoreArticle) */
  missedActorClasses: ActorMiss[];
  /** the spurious actors by class (when the text was given to scoreArticle) */
  spuriousActorClasses: ActorMiss[];
  missedEvents: MissedEvent[];
  /** predicted events that match no gold event, with the test they fail against an unmatched gold event (as `missedEvents`) */
  spuriousEvents: MissedEvent[];
  predictedEvents: string[];
  /** required gold treaties that match no predicted treaty */
  missedTreaties: string[];
  /** predicted treaties that match no gold treaty */
  spuriousTreaties: string[];
  /** the missed treaties classed for --misses */
  treatyMisses: TreatyMiss[];
  /** the spurious treaties classed for --misses */
  treatySpurious: TreatySpurious[];
  /** `new < old` edges of matched gold treaties that no predicted edge matched */
  missedLineage: string[];
  /** `new < old` edges of predicted treaties that match no gold edge (unmatched treaties' edges included) */
  spuriousLineage: string[];
  exactDates: number;
  datedMatches: number;
  /** dated predictions in an article whose gold events are all undated (score.mjs's "dates invented" count) */
  invented: number;
  /** matched events that carry a date where their gold event has none and no `alt_dates`: a date the text does not give */
  undatedGiven: string[];
}

function counts(tpPred: number, tpGold: number, pred: number, gold: number): Counts {
  return { tpPred, tpGold, pred, gold };
}

type PredEvent = { type: string; date?: string | null; actors?: string[] };

/** How --verbose writes a gold or predicted event: `type@date[actor/actor]`. */
function eventLabel(e: PredEvent): string {
  return `${e.type}@${e.date}[${(e.actors ?? []).join('/')}]`;
}

/** A predicted actor name stands for the gold actor it matches. */
function goldNames(gold: Gold, pred: Prediction): (name: string) => string {
  const pa = pred.actors ?? [];
  const ga = gold.actors ?? [];
  return (name: string): string => {
    const aliases = pa.find((y) => normName(y.name) === normName(name))?.aliases ?? [];
    const g = ga.find((x) => actorMatch(x, { name, aliases }));
    return g ? g.name : name;
  };
}

/** The tests a predicted event passes against a gold event: type, actors (one shared, as the gold names them), and all with the date. */
function eventTests(gold: Gold, pred: Prediction, toGold = goldNames(gold, pred)) {
  const typeOk = (g: GoldEvent, p: PredEvent): boolean =>
    (TYPE_OK[g.type] ?? [g.type]).includes(String(p.type).toLowerCase());
  const actorsOk = (g: GoldEvent, p: PredEvent): boolean => {
    if (!g.actors?.length) return true;
    const pn = new Set((p.actors ?? []).map((n) => normName(toGold(n))));
    return g.actors.some((n) => pn.has(normName(n)));
  };
  const eventOk = (g: GoldEvent, p: PredEvent): boolean => typeOk(g, p) && dateOk(g, p) && actorsOk(g, p);
  return { typeOk, actorsOk, eventOk };
}

/** Whether a predicted event matches a gold event by the scorer's rules (type, date, one shared actor). */
export function eventMatcher(gold: Gold, pred: Prediction): (g: GoldEvent, p: PredEvent) => boolean {
  return eventTests(gold, pred).eventOk;
}

/** Scores one article's prediction against its gold; with the article's text, also classes its missed and spurious actors and treaties. */
export function scoreArticle(file: string, gold: Gold, pred: Prediction, text?: string): FileScore {
  const pa = pred.actors ?? [];
  const pe = pred.events ?? [];
  const pt = pred.treaties ?? [];
  const ga = gold.actors ?? [];
  const aPairs = matchOneToOne(ga, pa, actorMatch);
  const aReq = aPairs.filter(([g]) => !ga[g]!.optional).length;
  const ge = gold.events ?? [];
  const { typeOk, actorsOk, eventOk } = eventTests(gold, pred);
  const ePairs = matchOneToOne(ge, pe, eventOk);
  const freePred = pe.filter((_, j) => !ePairs.some(([, p]) => p === j));
  /** Why a required gold event went unmatched: the one test an unmatched prediction fails, else `none`. */
  const missReason = (g: GoldEvent): MissReason => {
    if (freePred.some((p) => typeOk(g, p) && actorsOk(g, p))) return 'date';
    if (freePred.some((p) => typeOk(g, p) && dateOk(g, p))) return 'actors';
    if (freePred.some((p) => dateOk(g, p) && actorsOk(g, p))) return 'type';
    return 'none';
  };
  const freeGold = ge.filter((e, i) => !e.optional && !ePairs.some(([g]) => g === i));
  /** Why a prediction matched no gold event: the one test it fails against an unmatched gold event, else `none`. */
  const spuriousReason = (p: PredEvent): MissReason => {
    if (freeGold.some((g) => typeOk(g, p) && actorsOk(g, p))) return 'date';
    if (freeGold.some((g) => typeOk(g, p) && dateOk(g, p))) return 'actors';
    if (freeGold.some((g) => dateOk(g, p) && actorsOk(g, p))) return 'type';
    return 'none';
  };
  const eReq = ePairs.filter(([g]) => !ge[g]!.optional).length;
  let exactDates = 0;
  let datedMatches = 0;
  for (const [g, p] of ePairs) {
    if (!ge[g]!.date) continue;
    datedMatches++;
    if (String(pe[p]!.date) === ge[g]!.date) exactDates++;
  }
  const invented = ge.every((e) => !e.date) ? pe.filter((e) => e.date).length : 0;
  const undatedGiven = ePairs
    .filter(([g, p]) => !ge[g]!.date && !ge[g]!.alt_dates?.length && pe[p]!.date)
    .map(([, p]) => eventLabel(pe[p]!));
  const gt = gold.treaties ?? [];
  const tPairs = matchTwoPhase(gt, pt, treatyExact, treatyMatch);
  const tReq = tPairs.filter(([g]) => !gt[g]!.optional).length;
  // lineage: the replaces edges of matched treaties
  let lGold = 0;
  let lPred = 0;
  let lTpGold = 0;
  let lTpPred = 0;
  const missedLineage: string[] = [];
  const spuriousLineage: string[] = [];
  for (const t of gt) lGold += (t.replaces ?? []).length;
  for (const t of pt) lPred += (t.replaces ?? []).length;
  const sameTreaty = (name: string, n: string): boolean => {
    const gobj = gt.find((x) => x.name === name) ?? { name, aliases_in_text: [] };
    const gy = years(name);
    return treatyMatch(gobj, { name: n, aliases: [] }) || [...years(n)].some((y) => gy.has(y));
  };
  for (const [g, p] of tPairs) {
    const pr = pt[p]!.replaces ?? [];
    const used = new Set<number>();
    for (const name of gt[g]!.replaces ?? []) {
      const j = pr.findIndex((n, k) => !used.has(k) && sameTreaty(name, n));
      if (j >= 0) {
        used.add(j);
        lTpGold++;
      } else missedLineage.push(`${gt[g]!.name} < ${name}`);
    }
    for (const name of gt[g]!.replaces_optional ?? []) {
      const j = pr.findIndex((n, k) => !used.has(k) && sameTreaty(name, n));
      if (j >= 0) used.add(j);
    }
    lTpPred += used.size;
    pr.forEach((n, k) => used.has(k) || spuriousLineage.push(`${pt[p]!.name} < ${n}`));
  }
  pt.forEach((t, j) => {
    if (!tPairs.some(([, p]) => p === j)) for (const n of t.replaces ?? []) spuriousLineage.push(`${t.name} < ${n}`);
  });
  gt.forEach((t, i) => {
    if (!tPairs.some(([g]) => g === i)) for (const n of t.replaces ?? []) missedLineage.push(`${t.name} < ${n}`);
  });
  const missedA = ga.filter((a, i) => !a.optional && !aPairs.some(([g]) => g === i));
  const spuriousA = pa.filter((_, j) => !aPairs.some(([, p]) => p === j));
  const paddedText = text === undefined ? '' : padded(text);
  const head = text === undefined ? 0 : headEnd(text);
  const language = gold.language ?? String(pred.language ?? '');
  const treatyClasses = classifyTreatyMisses(gold, pred, tPairs, language, text);
  return {
    file,
    language,
    languageRight: pred.language === gold.language,
    actors: counts(aPairs.length, aReq, pa.length, ga.filter((a) => !a.optional).length),
    events: counts(ePairs.length, eReq, pe.length, ge.filter((e) => !e.optional).length),
    treaties: counts(tPairs.length, tReq, pt.length, gt.filter((t) => !t.optional).length),
    lineage: counts(lTpPred, lTpGold, lPred, lGold),
    missedActors: missedA.map((a) => a.name),
    spuriousActors: spuriousA.map((a) => a.name),
    missedActorClasses: text === undefined ? [] : missedA.map((a) => missedActorClass(a, spuriousA, paddedText)),
    spuriousActorClasses: text === undefined ? [] : spuriousA.map((a) => spuriousActorClass(a, ga, text, head)),
    missedEvents: freeGold.map((e) => ({
      event: eventLabel(e),
      reason: missReason(e),
      type: e.type,
    })),
    spuriousEvents: freePred.map((p) => ({ event: eventLabel(p), reason: spuriousReason(p), type: String(p.type) })),
    predictedEvents: pe.map(eventLabel),
    missedTreaties: gt.filter((t, i) => !t.optional && !tPairs.some(([g]) => g === i)).map((t) => t.name),
    spuriousTreaties: pt.filter((_, j) => !tPairs.some(([, p]) => p === j)).map((t) => t.name),
    treatyMisses: treatyClasses.missed,
    treatySpurious: treatyClasses.spurious,
    missedLineage,
    spuriousLineage,
    exactDates,
    datedMatches,
    invented,
    undatedGiven,
  };
}

export interface Prf {
  p: number;
  r: number;
  f: number;
}
export function prf(c: Counts): Prf {
  const p = c.pred ? c.tpPred / c.pred : 1;
  const r = c.gold ? c.tpGold / c.gold : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export type Kind = 'actors' | 'events' | 'treaties' | 'lineage';
export const KINDS: readonly Kind[] = ['actors', 'events', 'treaties', 'lineage'];

export interface Totals {
  articles: number;
  languageRight: number;
  actors: Counts;
  events: Counts;
  treaties: Counts;
  lineage: Counts;
  exactDates: number;
  datedMatches: number;
  invented: number;
  undatedGiven: number;
}

/** Sums file scores (micro-averaged, as the shared scorer). */
export function total(scores: FileScore[]): Totals {
  const t: Totals = {
    articles: 0,
    languageRight: 0,
    actors: counts(0, 0, 0, 0),
    events: counts(0, 0, 0, 0),
    treaties: counts(0, 0, 0, 0),
    lineage: counts(0, 0, 0, 0),
    exactDates: 0,
    datedMatches: 0,
    invented: 0,
    undatedGiven: 0,
  };
  for (const s of scores) {
    t.articles++;
    if (s.languageRight) t.languageRight++;
    for (const k of KINDS) {
      t[k].tpPred += s[k].tpPred;
      t[k].tpGold += s[k].tpGold;
      t[k].pred += s[k].pred;
      t[k].gold += s[k].gold;
    }
    t.exactDates += s.exactDates;
    t.datedMatches += s.datedMatches;
    t.invented += s.invented;
    t.undatedGiven += s.undatedGiven.length;
  }
  return t;
}

/** One article of a set: its text file, the body given to the extractor and its gold. */
export interface SetArticle {
  file: string;
  path: string;
  gold: Gold;
}

/**
 * The articles of a set: every `*.txt` with a `.gold.json` beside it, under `dir` (sub-folders
 * included), sorted by path. With `split`, only the articles whose gold names that split; the text
 * of the others is never read.
 */
export function loadSet(dir: string, split?: string): SetArticle[] {
  const out: SetArticle[] = [];
  for (const p of textFiles(dir)) {
    const goldPath = p.replace(/\.txt$/, '.gold.json');
    if (!existsSync(goldPath)) continue;
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
    if (split && gold.split !== split) continue;
    out.push({ file: basename(p), path: p, gold });
  }
  return out;
}

/** Every `*.txt` under `dir` (sub-folders included, each where it sorts among its siblings), by path. */
export function textFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return textFiles(p);
      return name.endsWith('.txt') ? [p] : [];
    });
}

/** The body the extractor is given: the text without its header (source, language, blank line). */
export function articleBody(raw: string): string {
  return `${raw.split(/\r?\n/).slice(3).join('\n').trim()}\n`;
}

/** The kind of thing a treaty name's head noun names, for the classes of `--misses`. */
export type TreatyHead =
  | 'treaty'
  | 'memorandum'
  | 'declaration'
  | 'law'
  | 'resolution'
  | 'plan'
  | 'organization'
  | 'meeting'
  | 'deal'
  | 'other';

/**
 * Head nouns by kind in the five languages, folded as normName folds (Cyrillic ones are stems: a word starting with
 * one is that kind). Diagnostic only: what kind of name a missed or spurious treaty bears.
 */
const HEADS: Record<Exclude<TreatyHead, 'other'>, string> = {
  treaty:
    'treaty treaties agreement agreements accord accords convention protocol pact charter compact tratado acuerdo ' +
    'acuerdos convenio convencion protocolo pacto carta traite accords protocole pacte charte perjanjian persetujuan ' +
    'konvensi protokol pakta piagam kesepakatan договор соглашен конвенц протокол пакт харти',
  memorandum: 'memorandum mou memorando nota mou меморандум',
  declaration:
    'declaration statement communique declaracion comunicado deklarasi pernyataan komunike декларац заявлен коммюнике',
  law:
    'law act decree bill code regulation ordinance ley decreto codigo reglamento loi decret ordonnance undang uu ' +
    'peraturan perppu keputusan закон указ постановлен кодекс',
  resolution: 'resolution resolucion resolusi резолюц',
  plan:
    'programme program plan strategy initiative roadmap framework mechanism programa estrategia iniciativa hoja ' +
    'marco strategie feuille cadre mecanisme rencana strategi inisiatif peta kerangka mekanisme программ план ' +
    'стратеги инициатив карт механизм',
  organization:
    'organization organisation union alliance council community association bank fund court commission committee ' +
    'organizacion alianza consejo comunidad asociacion banco fondo corte tribunal comision comite conseil ' +
    'communaute banque fonds cour organisasi uni aliansi dewan komunitas asosiasi dana mahkamah komisi komite ' +
    'организац союз альянс совет сообществ ассоциац банк фонд суд комисси комитет',
  meeting:
    'conference summit forum talks meeting negotiations conferencia cumbre foro conversaciones negociaciones ' +
    'sommet pourparlers negociations konferensi ktt perundingan pertemuan конференц саммит форум переговор встреч',
  deal:
    'deal arrangement understanding partnership cooperation arreglo entendimiento asociacion cooperacion ' +
    'arrangement entente partenariat kemitraan kerja sama сотрудничеств партнерств',
};
const HEAD_OF = new Map<string, TreatyHead>();
for (const [head, words] of Object.entries(HEADS) as [TreatyHead, string][])
  for (const w of words.split(' ')) if (!HEAD_OF.has(w)) HEAD_OF.set(w, head);
const HEAD_STEMS = [...HEAD_OF].filter(([w]) => /[а-я]/.test(w));
/** Words after which a name's head is no longer read ("Law on the Agreement", "Acuerdo de ... ", "Договор о ..."). */
const HEAD_END = new Set(
  'of on between for with to about concerning de del sur entre pour avec tentang antara mengenai dengan untuk о об между по с для'.split(
    ' ',
  ),
);

function headOfWord(w: string): TreatyHead | undefined {
  const h = HEAD_OF.get(w);
  if (h || !/[а-я]/.test(w)) return h;
  return HEAD_STEMS.find(([stem]) => w.startsWith(stem))?.[1];
}

/**
 * The kind of a treaty name's head noun: the kind words before its first preposition, the last of them in English
 * (which puts its modifiers first: "North Atlantic Treaty Organization"), the first in the other languages
 * ("Organisasi Perjanjian Atlantik Utara"); else the first kind word of the name; else `other`.
 */
export function treatyHead(name: string, language: string): TreatyHead {
  const words = normName(name).split(' ');
  const first: TreatyHead[] = [];
  let all: TreatyHead | undefined;
  let head = true;
  for (const w of words) {
    if (HEAD_END.has(w)) head = false;
    const h = headOfWord(w);
    if (!h) continue;
    all ??= h;
    if (head) first.push(h);
  }
  if (first.length) return language === 'en' ? first[first.length - 1]! : first[0]!;
  return all ?? 'other';
}

/** How a name's content words stand to another's: `same`, `short` (a part of them), `long` (all and more), `near` (some), or `apart`. */
function wordRelation(a: string, b: string): 'same' | 'short' | 'long' | 'near' | 'apart' {
  const A = tokens(a);
  const B = tokens(b);
  if (!A.size || !B.size) return 'apart';
  let i = 0;
  for (const t of A) if (B.has(t)) i++;
  if (!i) return 'apart';
  if (i === A.size && i === B.size) return 'same';
  if (i === A.size) return 'short';
  if (i === B.size) return 'long';
  return 'near';
}

/** The closest relation of any of `names` (predicted) to any of `goldNames`: same before short, long, near. */
function closest(names: string[], goldNames: string[]): 'same' | 'short' | 'long' | 'near' | 'apart' {
  const rank = ['same', 'short', 'long', 'near', 'apart'] as const;
  let best = 4;
  for (const a of names) for (const b of goldNames) best = Math.min(best, rank.indexOf(wordRelation(a, b)));
  return rank[best]!;
}

/** The words of a text, each folded as normName folds it, with whether it starts with a capital letter. */
function textWords(body: string): { word: string; capital: boolean }[] {
  const out: { word: string; capital: boolean }[] = [];
  for (const m of body.matchAll(/[^\s’'`"“”«»().,;:!?\-–—/]+/g)) {
    const word = normName(m[0]);
    if (word) out.push({ word, capital: m[0][0] !== m[0][0]!.toLowerCase() });
  }
  return out;
}

/**
 * How a text bears a name: `proper` as written with a capital first word ("the Paris Agreement"), `lower` as written
 * in lower case ("l'accord de cessez-le-feu"), `absent` not as written (a name the gold gives a described treaty).
 */
function textForm(names: string[], words: { word: string; capital: boolean }[]): 'proper' | 'lower' | 'absent' {
  let found: 'lower' | 'absent' = 'absent';
  for (const name of names) {
    const n = normName(name).split(' ').filter(Boolean);
    if (!n.length) continue;
    for (let i = 0; i + n.length <= words.length; i++) {
      let k = 0;
      while (k < n.length && words[i + k]!.word === n[k]) k++;
      if (k < n.length) continue;
      if (words[i]!.capital) return 'proper';
      found = 'lower';
    }
  }
  return found;
}

type PredTreaty = NonNullable<Prediction['treaties']>[number];

/** Classes the missed gold treaties and the spurious predicted ones of an article (see TreatyMissReason). */
export function classifyTreatyMisses(
  gold: Gold,
  pred: Prediction,
  pairs: [number, number][],
  language: string,
  body?: string,
): { missed: TreatyMiss[]; spurious: TreatySpurious[] } {
  const gt = gold.treaties ?? [];
  const pt = pred.treaties ?? [];
  const words = body === undefined ? undefined : textWords(body);
  const goldOf = new Map(pairs.map(([g, p]) => [p, g]));
  const predOf = new Map(pairs.map(([g, p]) => [g, p]));
  const gNames = (g: GoldTreaty): string[] => [g.name, ...(g.aliases_in_text ?? [])];
  const pNames = (p: PredTreaty): string[] => [p.name, ...(p.aliases ?? [])];
  const actorNames = (pred.actors ?? []).flatMap((a) => [a.name, ...(a.aliases ?? [])]).map(normName);
  const goldActorNames = (gold.actors ?? []).flatMap((a) => [a.name, ...(a.aliases_in_text ?? [])]).map(normName);
  const relation = (names: string[], others: string[][], flip: boolean): 'short' | 'long' | 'near' | undefined => {
    let best: 'short' | 'long' | 'near' | undefined;
    for (const o of others) {
      const r = flip ? closest(names, o) : closest(o, names);
      if (r === 'short' || r === 'long') return r;
      if (r === 'near' || r === 'same') best ??= 'near';
    }
    return best;
  };
  const missed: TreatyMiss[] = [];
  gt.forEach((g, i) => {
    if (g.optional || predOf.has(i)) return;
    const names = gNames(g);
    let reason: TreatyMissReason;
    if (pt.some((p, j) => goldOf.has(j) && treatyMatch(g, p))) reason = 'taken';
    else
      reason =
        relation(names, pt.filter((_, j) => !goldOf.has(j)).map(pNames), false) ??
        (relation(names, pt.filter((_, j) => goldOf.has(j)).map(pNames), false) ? 'taken' : undefined) ??
        (names.some((n) => actorNames.includes(normName(n))) ? 'actor' : 'none');
    missed.push({
      treaty: g.name,
      reason,
      text: words === undefined ? 'unknown' : textForm(names, words),
      head: treatyHead(g.name, language),
    });
  });
  const spurious: TreatySpurious[] = [];
  const matchedGold = gt.filter((_, i) => predOf.has(i)).map(gNames);
  const freeGold = gt.filter((g, i) => !predOf.has(i) && !g.optional).map(gNames);
  pt.forEach((p, j) => {
    if (goldOf.has(j)) return;
    const names = pNames(p);
    let reason: TreatyMissReason | undefined = relation(names, freeGold, true);
    if (!reason && relation(names, matchedGold, true)) reason = 'dup';
    reason ??= names.some((n) => goldActorNames.includes(normName(n))) ? 'actor' : 'none';
    spurious.push({
      treaty: p.name,
      reason,
      source: p.known ? 'known' : p.unnamed ? 'unnamed' : 'text',
      head: treatyHead(p.name, language),
    });
  });
  return { missed, spurious };
}
