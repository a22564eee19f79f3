/**
 * `npm run train:events [-- --cv] [--write]`
 *
 * Trains the learned event scorer (server/extract/event-scorer.ts) on the golds of the development
 * texts (test/corpus/dev) and the fixture sets. Each article is extracted once by the rules alone,
 * which hand over every event candidate with its features (server/extract/event-features.ts): the
 * events the rules keep and the triggers they drop. A candidate is labelled by the scorer's own
 * one-to-one matching (scripts/evaluation.ts): a kept event is right when it matches a gold event, a
 * dropped one when it matches a gold event that no kept event matches. Two logistic models (keep,
 * rescue) are fitted by full-batch gradient descent with L2; their thresholds maximise events F1 on
 * out-of-fold scores of the training articles. Deterministic: the same data gives the same file.
 *
 * `--cv` measures it honestly: grouped 5-fold cross-validation by article over dev (every language
 * in every fold; the fixtures always train), events P/R/F1 per language, rules alone against the model.
 * `--by-batch` makes the folds the collection batches of dev (a gold's `batch`; texts without one always
 * train), so that each fold is a batch of texts from registers and publishers the others may lack, as a
 * fresh batch is; it also prints each batch's scores.
 * `--write` writes the model trained on everything to server/extract/event-model.json.
 * `--clauses` reports what the clause candidates (server/extract/clause-candidates.ts) could add on dev: all of
 * them, a rule filter, and the right ones only (a ceiling); `--only-clauses` gives the rescue model the clause
 * candidates alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadGazetteerData } from '../seed/gazetteer';
import { extractArticle } from '../server/extract/extract-article';
import { createGazetteer } from '../server/extract/gazetteer';
import {
  keeps,
  scoreCandidate,
  type EventCandidate,
  type EventModel,
  type LinearModel,
} from '../server/extract/event-scorer';
import {
  articleBody,
  eventMatcher,
  loadSet,
  matchOneToOne,
  prf,
  type Counts,
  type Gold,
  type Prediction,
} from './evaluation';

const DEV = 'test/corpus/dev';
const FIXTURES = ['test/fixtures/articles', 'test/fixtures/heldout', 'test/fixtures/heldout-2'];
export const MODEL_FILE = 'server/extract/event-model.json';
const FOLDS = 5;
/** Gradient descent: steps, rate, L2 and the fewest training rows a feature needs to get a weight. */
const STEPS = Number(process.env.TRAIN_STEPS ?? 300);
const RATE = Number(process.env.TRAIN_RATE ?? 0.5);
const L2 = Number(process.env.TRAIN_L2 ?? 0.002);
const MIN_COUNT = Number(process.env.TRAIN_MIN ?? 3);
const DROP = process.env.TRAIN_DROP ? new RegExp(process.env.TRAIN_DROP) : null;
/** `--only-clauses`: the rescue model sees the clause candidates alone (not the triggers the rules drop). */
const ONLY_CLAUSES = process.argv.includes('--only-clauses');
/** `--by-batch`: the cross-validation folds are the collection batches of dev. */
const BY_BATCH = process.argv.includes('--by-batch');

interface Item {
  file: string;
  language: string;
  gold: Gold;
  pred: Prediction;
  candidates: EventCandidate[];
  labels: number[];
  /** The scorer's test of a predicted event against a gold event. */
  ok: ReturnType<typeof eventMatcher>;
  /** The cross-validation fold (dev only); -1 for a fixture article, which always trains. */
  fold: number;
  /** The collection batch of a dev text (its gold's `batch`), else "". */
  batch: string;
}

/** Extracts every article by the rules alone and labels its candidates. */
export function collect(): Item[] {
  const gazetteer = createGazetteer(loadGazetteerData());
  const items: Item[] = [];
  const perLanguage = new Map<string, number>();
  const batches = [
    ...new Set(
      loadSet(DEV)
        .map((a) => (a.gold as { batch?: string }).batch ?? '')
        .filter((b) => b),
    ),
  ].sort();
  for (const set of [DEV, ...FIXTURES]) {
    for (const a of loadSet(set)) {
      const body = articleBody(readFileSync(a.path, 'utf8'));
      let candidates: EventCandidate[] = [];
      const pred = extractArticle(body, {
        gazetteer,
        eventModel: null,
        onEventCandidates: (c) =>
          (candidates = ONLY_CLAUSES ? c.filter((x) => x.source === 'kept' || x.source === 'clause') : c),
        ...(a.gold.published ? { published: a.gold.published } : {}),
      });
      const language = a.gold.language ?? String(pred.language);
      const ge = a.gold.events ?? [];
      const ok = eventMatcher(a.gold, pred);
      const kept = candidates.filter((c) => c.source === 'kept');
      const pairs = matchOneToOne(ge, kept, (g, c) => ok(g, c.event));
      const matchedGold = new Set(pairs.map(([g]) => g));
      const matchedKept = new Set(pairs.map(([, p]) => kept[p]!));
      const labels = candidates.map((c) =>
        c.source === 'kept'
          ? Number(matchedKept.has(c))
          : Number(ge.some((g, i) => !matchedGold.has(i) && ok(g, c.event))),
      );
      let fold = -1;
      if (set === DEV && BY_BATCH) fold = batches.indexOf((a.gold as { batch?: string }).batch ?? '-');
      else if (set === DEV) {
        const n = perLanguage.get(language) ?? 0;
        perLanguage.set(language, n + 1);
        fold = n % FOLDS;
      }
      const batch = set === DEV ? ((a.gold as { batch?: string }).batch ?? '') : '';
      items.push({ file: a.file, language, gold: a.gold, pred, candidates, labels, ok, fold, batch });
    }
  }
  return items;
}

interface Row {
  features: string[];
  y: number;
}

/** A logistic model fitted by full-batch gradient descent with L2 (weights rounded to four decimals). */
export function fit(rows: Row[]): Record<string, number> {
  const count = new Map<string, number>();
  for (const r of rows) for (const f of r.features) count.set(f, (count.get(f) ?? 0) + 1);
  const names = [...count.keys()].filter((f) => f === 'bias' || (count.get(f)! >= MIN_COUNT && !DROP?.test(f))).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const xs = rows.map((r) => [...new Set(r.features)].map((f) => index.get(f)).filter((i) => i !== undefined));
  const w = new Float64Array(names.length);
  const g = new Float64Array(names.length);
  const n = rows.length || 1;
  for (let step = 0; step < STEPS; step++) {
    g.fill(0);
    for (let k = 0; k < rows.length; k++) {
      const x = xs[k]!;
      let z = 0;
      for (const i of x) z += w[i]!;
      const err = 1 / (1 + Math.exp(-z)) - rows[k]!.y;
      for (const i of x) g[i] = g[i]! + err;
    }
    for (let i = 0; i < w.length; i++) w[i] = w[i]! - RATE * (g[i]! / n + (names[i] === 'bias' ? 0 : L2 * w[i]!));
  }
  const weights: Record<string, number> = {};
  names.forEach((f, i) => {
    const v = Math.round(w[i]! * 10000) / 10000;
    if (v !== 0) weights[f] = v;
  });
  return weights;
}

const rowsOf = (items: Item[], kept: boolean): Row[] =>
  items.flatMap((it) =>
    it.candidates
      .map((c, i) => ({ c, y: it.labels[i]! }))
      .filter(({ c }) => (c.source === 'kept') === kept)
      .map(({ c, y }) => ({ features: c.features, y })),
  );

/** The events counts of the items with the candidates a selection keeps, per language and in total. */
function evaluate(items: Item[], select: (it: Item, c: EventCandidate, i: number) => boolean): Map<string, Counts> {
  const out = new Map<string, Counts>();
  const add = (k: string, c: Counts) => {
    const t = out.get(k) ?? { tpPred: 0, tpGold: 0, pred: 0, gold: 0 };
    t.tpPred += c.tpPred;
    t.tpGold += c.tpGold;
    t.pred += c.pred;
    t.gold += c.gold;
    out.set(k, t);
  };
  for (const it of items) {
    const chosen = it.candidates.filter((c, i) => select(it, c, i));
    const ge = it.gold.events ?? [];
    const pairs = matchOneToOne(ge, chosen, (g, c) => it.ok(g, c.event));
    const s = {
      tpPred: pairs.length,
      tpGold: pairs.filter(([g]) => !ge[g]!.optional).length,
      pred: chosen.length,
      gold: ge.filter((e) => !e.optional).length,
    };
    add(it.language, s);
    add('all', s);
  }
  return out;
}

const base = (_: Item, c: EventCandidate) => c.source === 'kept';
const GRID = Array.from({ length: 19 }, (_, i) => 0.05 + i * 0.05);

/** Thresholds that maximise events F1 over items, given each candidate's probability (keep first, then rescue). */
function thresholds(items: Item[], prob: Map<EventCandidate, number>): { keep: number; rescue: number } {
  const f1 = (keep: number, rescue: number) =>
    prf(evaluate(items, (_, c) => (c.source === 'kept' ? prob.get(c)! >= keep : prob.get(c)! >= rescue)).get('all')!).f;
  let keep = 0;
  let best = f1(0, 2);
  for (const t of GRID) {
    const f = f1(t, 2);
    if (f > best + 1e-9) [best, keep] = [f, t];
  }
  let rescue = 2;
  for (const t of GRID) {
    const f = f1(keep, t);
    if (f > best + 1e-9) [best, rescue] = [f, t];
  }
  return { keep, rescue };
}

/** Trains a model on items: weights on all of them, thresholds on out-of-fold scores of an inner split. */
export function train(items: Item[]): EventModel {
  const inner = (it: Item, k: number) => items.indexOf(it) % FOLDS === k;
  const prob = new Map<EventCandidate, number>();
  for (let k = 0; k < FOLDS; k++) {
    const rest = items.filter((it) => !inner(it, k));
    const keep = { threshold: 0, weights: fit(rowsOf(rest, true)) };
    const rescue = { threshold: 0, weights: fit(rowsOf(rest, false)) };
    for (const it of items.filter((x) => inner(x, k)))
      for (const c of it.candidates) prob.set(c, scoreCandidate(c.source === 'kept' ? keep : rescue, c.features));
  }
  const t = thresholds(items, prob);
  // a keep threshold of 0 keeps every event, a rescue threshold of 2 adds none
  const keep: LinearModel = { threshold: t.keep, weights: fit(rowsOf(items, true)) };
  const rescue: LinearModel = { threshold: t.rescue, weights: fit(rowsOf(items, false)) };
  return { keep, rescue };
}

const f2 = (x: number) => x.toFixed(3);
function line(label: string, c: Counts): string {
  const s = prf(c);
  return `${label.padEnd(8)} P ${f2(s.p)} R ${f2(s.r)} F1 ${f2(s.f)}  (pred ${c.pred}, gold ${c.gold})`;
}

/** The area under the ROC curve of probabilities against labels (ties count half). */
function auc(s: { p: number; y: number }[]): number {
  const pos = s.filter((x) => x.y).length;
  const neg = s.length - pos;
  if (!pos || !neg) return 0.5;
  const sorted = [...s].sort((a, b) => a.p - b.p);
  let sum = 0;
  let below = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j < sorted.length && sorted[j]!.p === sorted[i]!.p) j++;
    const group = sorted.slice(i, j);
    const gp = group.filter((x) => x.y).length;
    sum += gp * (below + (group.length - gp) / 2);
    below += group.length - gp;
    i = j;
  }
  return sum / (pos * neg);
}

/** Grouped cross-validation over dev: the rules alone against the model, per language. */
function crossValidate(items: Item[]): void {
  const dev = items.filter((it) => it.fold >= 0);
  const chosen = new Map<EventCandidate, boolean>();
  const scored: { kept: boolean; p: number; y: number; fold: number }[] = [];
  const folds = [...new Set(dev.map((it) => it.fold))].sort((x, y) => x - y);
  for (const k of folds) {
    const model = train(items.filter((it) => it.fold !== k));
    console.log(
      `fold ${k}: keep from ${model.keep!.threshold.toFixed(2)}, rescue from ${model.rescue!.threshold.toFixed(2)}`,
    );
    for (const it of dev.filter((x) => x.fold === k))
      it.candidates.forEach((c, i) => {
        chosen.set(c, keeps(model, c));
        const kept = c.source === 'kept';
        scored.push({
          kept,
          p: scoreCandidate(kept ? model.keep! : model.rescue!, c.features),
          y: it.labels[i]!,
          fold: k,
        });
      });
  }
  for (const kept of [true, false]) {
    const s = scored.filter((x) => x.kept === kept);
    console.log(
      `${kept ? 'keep' : 'rescue'} model, held-out candidates: ${s.length} (${s.filter((x) => x.y).length} right), AUC ${auc(s).toFixed(3)}`,
    );
  }
  const before = evaluate(dev, base);
  const after = evaluate(dev, (_, c) => chosen.get(c)!);
  for (const k of ['all', ...[...before.keys()].filter((x) => x !== 'all').sort()]) {
    console.log(line(`${k} base`, before.get(k)!));
    console.log(line(`${k} model`, after.get(k)!));
  }
  if (!BY_BATCH) return;
  for (const k of folds) {
    const held = dev.filter((it) => it.fold === k);
    const name = held[0]!.batch;
    console.log(line(`${name} base`, evaluate(held, base).get('all')!));
    console.log(line(`${name} model`, evaluate(held, (_, c) => chosen.get(c)!).get('all')!));
    // a model that carries over to a fresh batch rates its kept events as often right as they are
    const s = scored.filter((x) => x.kept && x.fold === k);
    const mean = s.reduce((t, x) => t + x.p, 0) / (s.length || 1);
    console.log(`${name} kept events: AUC ${auc(s).toFixed(3)}, mean probability ${mean.toFixed(3)}`);
  }
}

/** Clause candidates (server/extract/clause-candidates.ts) on dev: what they could add, and a rule filter. */
function clauseCeiling(items: Item[]): void {
  const dev = items.filter((it) => it.fold >= 0);
  let typed = 0;
  let anyType = 0;
  for (const it of dev) {
    const ge = it.gold.events ?? [];
    const kept = it.candidates.filter((c) => c.source === 'kept');
    const got = new Set(matchOneToOne(ge, kept, (g, c) => it.ok(g, c.event)).map(([g]) => g));
    const missed = ge.filter((_, i) => !got.has(i));
    const clauses = it.candidates.filter((c) => c.source === 'clause');
    typed += matchOneToOne(missed, clauses, (g, c) => it.ok(g, c.event)).length;
    anyType += matchOneToOne(missed, clauses, (g, c) => it.ok(g, { ...c.event, type: g.type })).length;
  }
  console.log(`dev gold events the rules miss that a clause candidate matches: ${typed}, ${anyType} if typed right`);
  // a rule filter: no header line, no future, hypothetical or negated clause
  const dirty = /^clause:cue:(?:line|future|irrealis|neg)$/;
  const selections: [string, (it: Item, c: EventCandidate, i: number) => boolean][] = [
    ['rules', base],
    ['+all', (_, c) => c.source === 'kept' || c.source === 'clause'],
    ['+filter', (_, c) => c.source === 'kept' || (c.source === 'clause' && !c.features.some((f) => dirty.test(f)))],
    ['+right', (it, c, i) => c.source === 'kept' || (c.source === 'clause' && !!it.labels[i])],
  ];
  const counts = selections.map(([label, select]) => [label, evaluate(dev, select)] as const);
  for (const k of ['all', ...[...counts[0]![1].keys()].filter((x) => x !== 'all').sort()])
    for (const [label, c] of counts) console.log(line(`${k} ${label}`, c.get(k)!));
}

function main(): void {
  const args = process.argv.slice(2);
  const items = collect();
  const n = (s: string) =>
    items.reduce((t, it) => t + it.candidates.filter((c) => (c.source === 'kept') === (s === 'kept')).length, 0);
  const pos = (s: string) =>
    items.reduce(
      (t, it) => t + it.candidates.filter((c, i) => (c.source === 'kept') === (s === 'kept') && it.labels[i]).length,
      0,
    );
  console.log(
    `${items.length} articles; kept ${n('kept')} (${pos('kept')} right), dropped ${n('x')} (${pos('x')} right)`,
  );
  const sources = new Map<string, [number, number]>();
  for (const it of items)
    it.candidates.forEach((c, i) => {
      const t = sources.get(c.source) ?? [0, 0];
      sources.set(c.source, [t[0] + 1, t[1] + it.labels[i]!]);
    });
  console.log(`candidates by source: ${[...sources].map(([k, [a, b]]) => `${k} ${a} (${b} right)`).join(', ')}`);
  if (args.includes('--clauses')) clauseCeiling(items);
  if (args.includes('--cv')) crossValidate(items);
  if (args.includes('--write')) {
    writeFileSync(MODEL_FILE, `${JSON.stringify(train(items), null, 1)}\n`);
    console.log(`wrote ${MODEL_FILE}`);
  }
}

if (process.argv[1]?.endsWith('train-events.ts')) main();
