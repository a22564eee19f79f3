/**
 * `npm run score -- --set DIR [--set DIR ...] [--split dev|blind] [--verbose] [--by-language]
 *   [--actors F1 --events F1 --treaties F1 --lineage F1]`
 *
 * Scores the extractor (run in-process) on sets of articles with gold, by the rules of
 * scripts/evaluation.ts (those of ../shared/eval/score.mjs). A set is a folder of `NN-slug.txt`
 * (line 1 the source, line 2 the language, a blank line, the body) with `NN-slug.gold.json`
 * beside each; sub-folders are included. `--split` keeps only the articles whose gold names that
 * split (the others are not read). Prints a line per article, per language with `--by-language`,
 * and the total; the exit code is 1 when a total F1 is under its threshold.
 */
import { readFileSync } from 'node:fs';
import { loadGazetteerData } from '../seed/gazetteer';
import { extractArticle } from '../server/extract/extract-article';
import { createGazetteer } from '../server/extract/gazetteer';
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
      scores.push(scoreArticle(a.file, a.gold, pred));
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

function main(argv: string[]): number {
  const sets: string[] = [];
  const thresholds: Partial<Record<Kind, number>> = {};
  let split: string | undefined;
  let verbose = false;
  let byLanguage = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--set') sets.push(argv[++i] ?? '');
    else if (a === '--split') split = argv[++i];
    else if (a === '--verbose') verbose = true;
    else if (a === '--by-language') byLanguage = true;
    else if (KINDS.includes(a.slice(2) as Kind)) thresholds[a.slice(2) as Kind] = Number(argv[++i]);
    else {
      process.stderr.write(`unknown argument: ${a}\n`);
      return 2;
    }
  }
  if (!sets.length || sets.some((s) => !s)) {
    process.stderr.write(
      'usage: npm run score -- --set DIR [--set DIR] [--split dev|blind] [--verbose] [--by-language] [--actors F1 ...]\n',
    );
    return 2;
  }
  const scores = scoreSets({ sets, ...(split ? { split } : {}) });
  for (const s of scores) {
    console.log(articleLine(s));
    if (verbose) {
      console.log(`  missed actors: ${s.missedActors.join(', ')}`);
      console.log(`  missed events: ${s.missedEvents.join('; ')}`);
      console.log(`  predicted events: ${s.predictedEvents.join('; ')}`);
    }
  }
  if (byLanguage) {
    const langs = [...new Set(scores.map((s) => s.language))].sort();
    for (const lang of langs) {
      const t = total(scores.filter((s) => s.language === lang));
      console.log(`${lang.padEnd(3)} (${String(t.articles).padStart(3)}) ${summaryLine(t)}`);
    }
  }
  const t = total(scores);
  console.log(
    `language ${t.languageRight}/${t.articles}; exact dates ${t.exactDates}/${t.datedMatches}; dates invented where the text has none: ${t.invented}`,
  );
  console.log(`all (${t.articles}) ${summaryLine(t)}`);
  const failed = KINDS.filter((k) => thresholds[k] !== undefined && prf(t[k]).f < thresholds[k]!);
  for (const k of failed) process.stderr.write(`${k} F1 ${f2(prf(t[k]).f)} is under ${thresholds[k]}\n`);
  return failed.length ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
