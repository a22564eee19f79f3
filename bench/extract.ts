/**
 * `npm run bench:extract`: extraction speed on one core. Composes 600 deterministic articles of
 * about 400 words from the sentences of the fixture articles and seed datasets, and of the real-text
 * corpus for a language they lack (French), all five languages in turn (seeded shuffle), then prints
 * articles/s and words/s: by the wall clock, per CPU second of the process, and per CPU second of the
 * main thread, the one that extracts (the others are V8 compiling in the background).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { commandLineOrExit, integerVariable } from '../server/cli/command-line';
import { LANGUAGES } from '../server/domain/extraction';
import { extractArticle } from '../server/extract/extract-article';
import { createGazetteer } from '../server/extract/gazetteer';
import { loadGazetteerData } from '../seed/gazetteer';
import { textFiles } from '../scripts/evaluation';
import { createSeededRandom } from '../test/support/seeded-random';

const { ARTICLES, WARMUP } = commandLineOrExit(
  process.argv.slice(2),
  {
    name: 'bench:extract',
    run: 'npm run bench:extract --',
    options: {},
    notes: [
      'environment: BENCH_ARTICLES (timed articles, default 600), BENCH_WARMUP (untimed articles first, default 2000; 0 times a cold process)',
    ],
  },
  () => ({
    ARTICLES: integerVariable(process.env, 'BENCH_ARTICLES', 600, 1, 1_000_000),
    WARMUP: integerVariable(process.env, 'BENCH_WARMUP', 2000, 0, 1_000_000),
  }),
);
// WARMUP: articles extracted first, untimed, so that V8 has compiled the stages: a server or an
// ingest run extracts thousands of articles, and the first ones mostly pay for compilation. After 200
// V8 still compiled and deoptimised in the timed section (docs/performance.md, Round 17): it settles
// after about 2,000. The warm-up's own rate is printed too (BENCH_WARMUP=0 times a cold process).
const WORDS = 400;
const root = resolve(import.meta.dirname, '..');

/**
 * Sentences by language (line 2 of each file names it): from the fixture articles and the seed datasets, and
 * for a language that they lack, from the real-text corpus's development half.
 */
function sentencesByLanguage(): Map<string, string[]> {
  const by = new Map<string, string[]>();
  const sources = [
    { dir: 'test/fixtures/articles', onlyMissing: false },
    { dir: 'seed/datasets', onlyMissing: false },
    { dir: 'test/corpus/dev', onlyMissing: true },
  ];
  for (const { dir, onlyMissing } of sources) {
    const wanted = new Set<string>(LANGUAGES.filter((l) => !onlyMissing || !by.has(l)));
    for (const file of textFiles(join(root, dir))) {
      const lines = readFileSync(file, 'utf8').split(/\r?\n/);
      const lang = (lines[1] ?? '').trim();
      if (!wanted.has(lang)) continue;
      const list = by.get(lang) ?? [];
      for (const s of lines
        .slice(3)
        .join('\n')
        .split(/(?<=[.!?])\s+|\n+/))
        if (s.split(/\s+/).length >= 5) list.push(s.trim());
      by.set(lang, list);
    }
  }
  return by;
}

function composeArticles(): { text: string; words: number }[] {
  const by = sentencesByLanguage();
  const langs = [...by.keys()].sort();
  const random = createSeededRandom(20240619);
  const out: { text: string; words: number }[] = [];
  for (let i = 0; i < WARMUP + ARTICLES; i++) {
    const pool = by.get(langs[i % langs.length]!)!;
    const parts: string[] = [];
    let words = 0;
    while (words < WORDS) {
      const s = pool[Math.floor(random() * pool.length)]!;
      parts.push(s);
      words += s.split(/\s+/).length;
    }
    out.push({ text: parts.join(random() < 0.3 ? '\n\n' : ' '), words });
  }
  return out;
}

/** CPU seconds of the main thread alone (Linux's /proc/self/task/<pid>/schedstat), or null where there is none. */
function mainThreadCpuSeconds(): number | null {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e9;
  } catch {
    return null;
  }
}

const t0 = performance.now();
const gazetteer = createGazetteer(loadGazetteerData());
const compileMs = performance.now() - t0;
const composed = composeArticles();
const warmup = composed.slice(0, WARMUP); // other articles than the timed ones
const articles = composed.slice(WARMUP);
const warmStart = performance.now();
for (const a of warmup) extractArticle(a.text, { gazetteer });
const warmSeconds = (performance.now() - warmStart) / 1000;
const start = performance.now();
const cpuStart = process.cpuUsage();
const mainStart = mainThreadCpuSeconds();
let events = 0;
for (const a of articles) events += extractArticle(a.text, { gazetteer }).events.length;
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const mainEnd = mainThreadCpuSeconds();
const words = articles.reduce((n, a) => n + a.words, 0);
console.log(`gazetteer compiled in ${compileMs.toFixed(0)} ms`);
if (WARMUP > 0)
  console.log(
    `warm-up (untimed below): ${WARMUP} other articles in ${warmSeconds.toFixed(2)} s, ${(WARMUP / warmSeconds).toFixed(1)} articles/s while V8 compiles`,
  );
console.log(`${articles.length} articles, ${words} words, ${events} events in ${seconds.toFixed(2)} s`);
console.log(
  `${(articles.length / seconds).toFixed(1)} articles/s, ${Math.round(words / seconds)} words/s (one core, wall clock)`,
);
// on a shared machine the wall clock also counts other processes; CPU time counts only ours
console.log(
  `${(articles.length / cpuSeconds).toFixed(1)} articles/s, ${Math.round(words / cpuSeconds)} words/s per CPU second (${cpuSeconds.toFixed(2)} s CPU)`,
);
// the main thread extracts; the others are mostly V8 compiling and collecting in the background
if (mainStart !== null && mainEnd !== null) {
  const mainSeconds = mainEnd - mainStart;
  console.log(
    `${(articles.length / mainSeconds).toFixed(1)} articles/s, ${Math.round(words / mainSeconds)} words/s per CPU second of the main thread (${mainSeconds.toFixed(2)} s; ${(cpuSeconds - mainSeconds).toFixed(2)} s on other threads)`,
  );
}
