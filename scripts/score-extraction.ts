/**
 * `npm run score -- [--set DIR]... [--split dev|blind] [--verbose] [--misses] [--summary] [--by-language]
 *   [--actors F1] [--events F1] [--treaties F1] [--lineage F1]`
 *
 * Scores the extractor (run in-process) on sets of articles with gold, by the rules of
 * scripts/evaluation.ts (those of ../shared/eval/score.mjs). A set is a folder of `NN-slug.txt`
 * (line 1 the source, line 2 the language, a blank line, the body) with `NN-slug.gold.json`
 * beside each; sub-folders are included. Without `--set`, the fixture sets (FIXTURE_SETS).
 * `--split` keeps only the articles whose gold names that split (the others are not read). Prints
 * a line per article, per language with `--by-language`, and the total; the exit code is 1 when a
 * total F1 is under its threshold, 2 for bad arguments.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadGazetteerData } from '../seed/gazetteer';
import { extractArticle } from '../server/extract/extract-article';
import { createGazetteer } from '../server/extract/gazetteer';
import { commandLineOrExit, UsageError, type CommandLine, type CommandSpec } from '../server/cli/command-line';
import {
  articleBody,
  KINDS,
  loadSet,
  prf,
  scoreArticle,
  total,
  type FileScore,
  type Kind,
  type Totals,
} from './evaluation';

export interface ScoreOptions {
  sets: string[];
  split?: string;
}

/** Extracts and scores every article of the sets. */
export function scoreSets(options: ScoreOptions): FileScore[] {
  const gazetteer = createGazetteer(loadGazetteerData());
  const scores: FileScore[] = [];
  for (const set of options.sets) {
    for (const a of loadSet(set, options.split)) {
      const body = articleBody(readFileSync(a.path, 'utf8'));
      const pred = extractArticle(body, { gazetteer, ...(a.gold.published ? { published: a.gold.published } : {}) });
      scores.push(scoreArticle(a.file, a.gold, pred, body));
    }
  }
  return scores;
}

const f2 = (x: number): string => x.toFixed(2);

export function summaryLine(t: Totals): string {
  return KINDS.map((k) => {
    const s = prf(t[k]);
    return `${k} P ${f2(s.p)} R ${f2(s.r)} F1 ${f2(s.f)}`;
  }).join(' | ');
}

function articleLine(s: FileScore): string {
  const c = (k: Kind): string => `${k} ${s[k].tpGold}/${s[k].gold} (pred ${s[k].pred})`;
  return `${s.file.padEnd(52)} ${KINDS.map(c).join('  ')}`;
}

/** The sets `npm run score` scores without `--set`: the fixture articles the rules were written on, and the two held-out sets. */
const FIXTURE_SETS = ['test/fixtures/articles', 'test/fixtures/heldout', 'test/fixtures/heldout-2'];
const SPLITS = ['dev', 'blind'];

const threshold = (kind: Kind) =>
  ({
    type: 'string',
    value: 'F1',
    allowed: 'a number from 0 to 1',
    describe: `exit 1 when the total ${kind} F1 is under this`,
  }) as const;

const SCORE_COMMAND = {
  name: 'score',
  run: 'npm run score --',
  options: {
    set: {
      type: 'string',
      multiple: true,
      value: 'DIR',
      allowed: 'a folder of NN-slug.txt articles with NN-slug.gold.json beside each',
      describe: `a folder of articles with gold (sub-folders included); default: ${FIXTURE_SETS.join(', ')}`,
    },
    split: {
      type: 'string',
      value: 'dev|blind',
      allowed: SPLITS.join(' or '),
      describe: 'only the articles whose gold names this split',
    },
    verbose: {
      type: 'boolean',
      describe:
        'also the missed and spurious actors, treaties and lineage the missed events of each article and those dated where the gold is undated',
    },
    misses: {
      type: 'boolean',
      describe:
        'also the missed and the spurious events counted by type and reason (date, actors, type, none: nothing near), the missed and spurious actors by kind and form (missed: written, the name is in the text as written, or other; spurious: double, a gold actor another prediction matched, sub or super, inside or around a gold name, head, only in the title and dateline, or body), and the missed and spurious treaties by reason (taken, dup, short, long, near, actor, none), by how the text bears a missed one (proper, lower, absent) or whether a spurious one is known, unnamed or read from the text, and by head noun; per language with --by-language',
    },
    summary: {
      type: 'boolean',
      describe:
        'no line per article: only the totals (and the counts of --misses), so that no file of the set is named',
    },
    'by-language': { type: 'boolean', describe: 'also a total per language' },
    actors: threshold('actors'),
    events: threshold('events'),
    treaties: threshold('treaties'),
    lineage: threshold('lineage'),
  },
  notes: ['exit status: 0 every total at or above its threshold, 1 one under, 2 bad arguments'],
} as const satisfies CommandSpec;

interface ScoreArgs extends ScoreOptions {
  verbose: boolean;
  misses: boolean;
  summary: boolean;
  byLanguage: boolean;
  thresholds: Partial<Record<Kind, number>>;
}

function toScoreArgs(line: CommandLine<typeof SCORE_COMMAND.options>): ScoreArgs {
  const { values } = line;
  const root = resolve(import.meta.dirname, '..');
  const sets = values.set ?? FIXTURE_SETS.map((s) => resolve(root, s));
  for (const set of sets) {
    if (!existsSync(set) || !statSync(set).isDirectory())
      throw new UsageError(`invalid --set: ${JSON.stringify(set)} (allowed: ${SCORE_COMMAND.options.set.allowed})`);
  }
  if (values.split !== undefined && !SPLITS.includes(values.split))
    throw new UsageError(`invalid --split: ${JSON.stringify(values.split)} (allowed: ${SPLITS.join(' or ')})`);
  const thresholds: Partial<Record<Kind, number>> = {};
  for (const k of KINDS) {
    const raw = values[k];
    if (raw === undefined) continue;
    const f = Number(raw);
    if (raw.trim() === '' || !(f >= 0 && f <= 1))
      throw new UsageError(`invalid --${k}: ${JSON.stringify(raw)} (allowed: a number from 0 to 1)`);
    thresholds[k] = f;
  }
  if (values.summary && values.verbose)
    throw new UsageError(
      'invalid --summary with --verbose (allowed: one of them: --summary names no file, --verbose lists each)',
    );
  return {
    sets,
    ...(values.split !== undefined ? { split: values.split } : {}),
    verbose: values.verbose === true,
    misses: values.misses === true,
    summary: values.summary === true,
    byLanguage: values['by-language'] === true,
    thresholds,
  };
}

/** `missed|spurious reason type count` lines, most first: where the missed events of the sets went, and where the spurious ones came from; then `actors missed|spurious form kind count` lines, the actors by class. */
function missLines(scores: FileScore[], prefix = ''): string[] {
  const events = new Map<string, number>();
  const actors = new Map<string, number>();
  const add = (n: Map<string, number>, what: string, reason: string, type: string): void => {
    const key = `${what} ${reason.padEnd(7)} ${type}`;
    n.set(key, (n.get(key) ?? 0) + 1);
  };
  for (const s of scores) {
    for (const m of s.missedEvents) add(events, 'missed  ', m.reason, m.type);
    for (const m of s.spuriousEvents) add(events, 'spurious', m.reason, m.type);
    for (const m of s.missedActorClasses) add(actors, 'actors missed  ', m.form, m.kind);
    for (const m of s.spuriousActorClasses) add(actors, 'actors spurious', m.form, m.kind);
  }
  const lines = (n: Map<string, number>, what: number): string[] =>
    [...n]
      .sort((a, b) => a[0].slice(0, what).localeCompare(b[0].slice(0, what)) || b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k, c]) => `${prefix}${k.padEnd(33)} ${c}`);
  return [...lines(events, 8), ...lines(actors, 15)];
}

/**
 * `treaty missed|spurious reason text|source head count` lines, most first: the classes of the missed gold treaties
 * (TreatyMiss) and the spurious predicted ones (TreatySpurious), then each dimension alone.
 */
export function treatyMissLines(scores: FileScore[], prefix = ''): string[] {
  const n = new Map<string, number>();
  const add = (key: string): void => {
    n.set(key, (n.get(key) ?? 0) + 1);
  };
  for (const s of scores) {
    for (const m of s.treatyMisses) {
      add(`missed   ${m.reason.padEnd(6)} ${m.text.padEnd(9)} ${m.head}`);
      add(`missed   ${m.reason.padEnd(6)} *         *`);
      add(`missed   *      ${m.text.padEnd(9)} *`);
      add(`missed   *      *         ${m.head}`);
    }
    for (const m of s.treatySpurious) {
      add(`spurious ${m.reason.padEnd(6)} ${m.source.padEnd(9)} ${m.head}`);
      add(`spurious ${m.reason.padEnd(6)} *         *`);
      add(`spurious *      ${m.source.padEnd(9)} *`);
      add(`spurious *      *         ${m.head}`);
    }
  }
  const order = (k: string): number => (k.includes('*') ? 0 : 1);
  return [...n]
    .sort(
      (a, b) =>
        a[0].slice(0, 8).localeCompare(b[0].slice(0, 8)) ||
        order(a[0]) - order(b[0]) ||
        b[1] - a[1] ||
        a[0].localeCompare(b[0]),
    )
    .map(([k, c]) => `${prefix}treaty ${k.padEnd(40)} ${c}`);
}

function main({ sets, split, verbose, misses, summary, byLanguage, thresholds }: ScoreArgs): number {
  const scores = scoreSets({ sets, ...(split ? { split } : {}) });
  for (const s of summary ? [] : scores) {
    console.log(articleLine(s));
    if (verbose) {
      console.log(`  missed actors: ${s.missedActors.join(', ')}`);
      console.log(`  spurious actors: ${s.spuriousActors.join(', ')}`);
      console.log(`  missed events: ${s.missedEvents.map((m) => `${m.event} (${m.reason})`).join('; ')}`);
      console.log(`  predicted events: ${s.predictedEvents.join('; ')}`);
      if (s.undatedGiven.length) console.log(`  dated where the gold is undated: ${s.undatedGiven.join('; ')}`);
      if (s.missedTreaties.length) console.log(`  missed treaties: ${s.missedTreaties.join('; ')}`);
      if (s.spuriousTreaties.length) console.log(`  spurious treaties: ${s.spuriousTreaties.join('; ')}`);
      if (s.missedLineage.length) console.log(`  missed lineage: ${s.missedLineage.join('; ')}`);
      if (s.spuriousLineage.length) console.log(`  spurious lineage: ${s.spuriousLineage.join('; ')}`);
    }
  }
  const langs = byLanguage ? [...new Set(scores.map((s) => s.language))].sort() : [];
  for (const lang of langs) {
    const t = total(scores.filter((s) => s.language === lang));
    console.log(`${lang.padEnd(3)} (${String(t.articles).padStart(3)}) ${summaryLine(t)}`);
  }
  if (misses) {
    for (const lang of langs)
      for (const line of missLines(
        scores.filter((s) => s.language === lang),
        `${lang} `,
      ))
        console.log(line);
    for (const line of missLines(scores, langs.length ? 'all ' : '')) console.log(line);
    for (const lang of langs)
      for (const line of treatyMissLines(
        scores.filter((s) => s.language === lang),
        `${lang} `,
      ))
        console.log(line);
    for (const line of treatyMissLines(scores, langs.length ? 'all ' : '')) console.log(line);
  }
  const t = total(scores);
  console.log(
    `language ${t.languageRight}/${t.articles}; exact dates ${t.exactDates}/${t.datedMatches}; dated where the gold is undated: ${t.undatedGiven} of the matched events; dated predictions in articles with no gold date: ${t.invented}`,
  );
  console.log(`all (${t.articles}) ${summaryLine(t)}`);
  const failed = KINDS.filter((k) => thresholds[k] !== undefined && prf(t[k]).f < thresholds[k]!);
  for (const k of failed) process.stderr.write(`${k} F1 ${f2(prf(t[k]).f)} is under ${thresholds[k]}\n`);
  return failed.length ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`)
  process.exitCode = main(commandLineOrExit(process.argv.slice(2), SCORE_COMMAND, toScoreArgs));
