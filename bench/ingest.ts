/**
 * `npm run bench:ingest`: end-to-end ingestion speed into Neo4j.
 *  1. articles/s: ~300 articles generated deterministically from the seed sentences, extracted
 *     by the real extractor and written in batches of up to 16 per transaction (target 50/s);
 *  2. events/s: a generated GDELT 2.0 export of ≥100k rows, streamed from disk through
 *     importGdelt in UNWIND batches (target 10,000/s), with the process RSS sampled (flat memory).
 * Uses NEO4J_URI when set (the database is NOT cleared: use a scratch one), else a throwaway
 * embedded Neo4j in a temporary folder, started like `npm run ingest` starts one: with the
 * bulk-load JVM settings of db/jvm-bulk.args. GDELT events not in the graph are created, known
 * ones merged (see server/db/writes/gdelt-writes.ts). Options: ARTICLES=300 GDELT_ROWS=100000 BATCH=10000
 * WARMUP_ARTICLES=200 WARMUP_ROWS=50000 (untimed loads first; 0 times a cold Neo4j).
 */
import { commandLineOrExit, integerVariable } from '../server/cli/command-line';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readNeo4jConfig } from '../server/config';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../server/db/embedded';
import { createDriver, createExecutor } from '../server/db/executor';
import { applyMigrations } from '../server/db/migrations';
import { importGdelt, ingestArticles } from '../server/ingest';
import { loadDefaultExtractor } from '../server/ingest/ingest-articles';
import { listSources, readGdeltFile } from '../server/ingest/read-sources';
import { generateArticles } from '../test/fixtures/ingest/generate-articles';
import { generateGdeltLines } from '../test/fixtures/ingest/generate-gdelt';

const SETTINGS = commandLineOrExit(
  process.argv.slice(2),
  {
    name: 'bench:ingest',
    run: 'npm run bench:ingest --',
    options: {},
    notes: [
      'environment: ARTICLES (default 300), GDELT_ROWS (default 100000), BATCH (GDELT rows per transaction, default 10000),',
      '  WARMUP_ARTICLES (default 200), WARMUP_ROWS (default 50000; 0 times a cold Neo4j),',
      '  NEO4J_URI (a scratch database instead of a throwaway embedded one; it is not cleared)',
    ],
  },
  () => ({
    articleCount: integerVariable(process.env, 'ARTICLES', 300, 1, 1_000_000),
    gdeltRows: integerVariable(process.env, 'GDELT_ROWS', 100_000, 1, 10_000_000),
    batchSize: integerVariable(process.env, 'BATCH', 10_000, 1, 50_000),
    warmupArticles: integerVariable(process.env, 'WARMUP_ARTICLES', 200, 0, 1_000_000),
    warmupRows: integerVariable(process.env, 'WARMUP_ROWS', 50_000, 0, 10_000_000),
  }),
);

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

/** CPU seconds (user + system) in a /proc stat line, whose command name is in parentheses. */
function statCpuSeconds(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Neo4j's threads by what they do (Linux cuts thread names to 15 characters): the Bolt workers run the transactions, the others compete with them for the cores. */
const THREAD_GROUPS: readonly [string, RegExp][] = [
  ['Bolt workers', /^neo4j\.BoltWork/],
  ['JIT', /CompilerThre/],
  ['GC', /^GC Thread|^G1 |^VM Thread/],
];

interface CpuSample {
  total: number;
  groups: Map<string, number>;
}

/**
 * CPU seconds a process has used, in all and per thread group, from /proc (Linux), or null. On a
 * shared machine the load moves wall-clock figures severalfold; the embedded Neo4j's CPU seconds
 * per phase move much less, so they make runs comparable, and the groups say whether the time
 * went to the transactions or to the JIT compiler warming up.
 */
function cpuOf(pid: number | undefined): CpuSample | null {
  if (pid === undefined) return null;
  try {
    const groups = new Map<string, number>();
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
      } catch {
        continue; // the thread ended meanwhile
      }
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const group = THREAD_GROUPS.find(([, re]) => re.test(name))?.[0] ?? 'other';
      groups.set(group, (groups.get(group) ?? 0) + statCpuSeconds(stat));
    }
    return { total: statCpuSeconds(readFileSync(`/proc/${pid}/stat`, 'utf8')), groups };
  } catch {
    return null;
  }
}

function cpuNote(pid: number | undefined, before: CpuSample | null): string {
  const after = cpuOf(pid);
  if (before === null || after === null) return '';
  const parts = [...THREAD_GROUPS.map(([g]) => g), 'other'].map(
    (g) => `${g} ${((after.groups.get(g) ?? 0) - (before.groups.get(g) ?? 0)).toFixed(1)}`,
  );
  return `; Neo4j CPU ${(after.total - before.total).toFixed(1)} s (${parts.join(', ')})`;
}

async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(file);
  for (const line of lines) {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function main(): Promise<void> {
  // A fresh Neo4j runs its first few hundred transactions several times slower while its JIT
  // and plan cache warm up; a served database is warm. The warm-up loads (other articles, other
  // GDELT ids) go first, untimed except for their own rate, printed too. 0 = time a cold database.
  const { articleCount, gdeltRows, batchSize, warmupArticles, warmupRows } = SETTINGS;
  const dir = mkdtempSync(join(tmpdir(), 'pactline-bench-ingest-'));
  const config = readNeo4jConfig(process.env);
  let embedded: EmbeddedNeo4j | null = null;
  let uri = config.uri;
  if (uri === null) {
    process.stderr.write('starting a throwaway embedded Neo4j…\n');
    embedded = await startEmbeddedNeo4j({ home: join(dir, 'neo4j'), port: 0, readyTimeoutMs: 180_000, bulkLoad: true });
    uri = embedded.uri;
  }
  const credentials = embedded?.password ? { user: 'neo4j', password: embedded.password } : {};
  const executor = createExecutor(createDriver({ ...config, ...credentials, uri }), {
    database: config.database,
    target: uri,
  });
  try {
    await applyMigrations(executor);
    const clock = () => new Date();

    // 1. Articles end to end.
    const lines: string[] = [];
    const extract = await loadDefaultExtractor().catch((error: unknown) => {
      lines.push(`articles: skipped (${(error as Error).message})`);
      return null;
    });
    if (extract) {
      const articles = generateArticles(articleCount, 42);
      const textBytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
      if (warmupArticles > 0) {
        const w0 = performance.now();
        const warm = await ingestArticles(executor, generateArticles(warmupArticles, 4242), { clock, extract });
        const ws = (performance.now() - w0) / 1000;
        lines.push(
          `warm-up (untimed below): ${warm.summary.articles} other articles in ${ws.toFixed(2)} s = ${(warm.summary.articles / ws).toFixed(1)} articles/s on a cold Neo4j`,
        );
      }
      const t0 = performance.now();
      for (const a of articles) await extract(a.text, { published: a.publishedAt ?? undefined, language: a.language });
      const extractSeconds = (performance.now() - t0) / 1000;
      const t1 = performance.now();
      const roundTrips0 = executor.roundTrips;
      const neo4jCpu0 = cpuOf(embedded?.process.pid);
      const { summary } = await ingestArticles(executor, articles, { clock, extract });
      const neo4jCpu = cpuNote(embedded?.process.pid, neo4jCpu0);
      const articleSeconds = (performance.now() - t1) / 1000;
      lines.push(
        `articles: ${summary.articles} (${summary.created} created, ${summary.duplicates} duplicates), ${mb(textBytes)} of text, ` +
          `${summary.events} events, ${summary.actors} actors, ${summary.treaties} treaties`,
        `  end to end: ${articleSeconds.toFixed(2)} s = ${(summary.articles / articleSeconds).toFixed(1)} articles/s (target 50) ` +
          `[extraction alone: ${(articleCount / extractSeconds).toFixed(1)} articles/s; ${executor.roundTrips - roundTrips0} Neo4j round trips${neo4jCpu}]`,
      );
    }

    // 2. GDELT.
    if (warmupRows > 0) {
      const warmFile = join(dir, 'warmup.export.CSV');
      await writeLines(warmFile, generateGdeltLines(warmupRows, { seed: 2, firstId: 900_000_000 }));
      const [warmSource] = await listSources([warmFile]);
      const w0 = performance.now();
      const warm = await importGdelt(executor, readGdeltFile(warmSource!, {}), { batchSize });
      const ws = (performance.now() - w0) / 1000;
      lines.push(
        `GDELT warm-up (untimed below): ${warm.events} other events in ${ws.toFixed(2)} s = ${Math.round(warm.events / ws)} events/s`,
      );
    }
    const file = join(dir, 'bench.export.CSV');
    await writeLines(file, generateGdeltLines(gdeltRows, { seed: 1 }));
    const fileBytes = statSync(file).size;
    const [source] = await listSources([file]);
    let maxRss = process.memoryUsage().rss;
    const rssStart = maxRss;
    const sampler = setInterval(() => (maxRss = Math.max(maxRss, process.memoryUsage().rss)), 100);
    const t2 = performance.now();
    const gdeltCpu0 = cpuOf(embedded?.process.pid);
    const nodeCpu0 = process.cpuUsage();
    const g = await importGdelt(executor, readGdeltFile(source!, {}), { batchSize });
    const gdeltCpu = cpuNote(embedded?.process.pid, gdeltCpu0);
    const nodeCpu = process.cpuUsage(nodeCpu0);
    const gdeltSeconds = (performance.now() - t2) / 1000;
    clearInterval(sampler);
    const eventRate = g.events / gdeltSeconds;

    lines.push(
      `GDELT: ${g.rows} rows, ${mb(fileBytes)} file, batches of ${batchSize}: ${g.events} events in ${gdeltSeconds.toFixed(2)} s = ` +
        `${Math.round(eventRate)} events/s (target 10000); a 337k-event day ≈ ${(337_000 / eventRate).toFixed(0)} s${gdeltCpu}; ` +
        `Node CPU ${((nodeCpu.user + nodeCpu.system) / 1e6).toFixed(1)} s`,
      `  memory: RSS ${mb(rssStart)} before, ${mb(maxRss)} max during the import (streamed, never read whole)`,
      `Neo4j: ${embedded ? 'embedded (temporary folder)' : uri}`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await executor.close();
    await embedded?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:ingest: ${(error as Error).message}\n`);
  if (process.env.DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 1;
});
