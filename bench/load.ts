/**
 * `npm run bench:load`: N clients send a mix of timeline, events and search queries for a fixed
 * time to a real server (`server/main.ts` in its own process, on 127.0.0.1 only), and the bench
 * prints throughput, p50/p99 per kind, errors and the server's memory.
 *  1. Starts a throwaway embedded Neo4j (BENCH_HOME=dir keeps it and reuses its graph) and
 *     generates, seeded, EVENTS events (default 40,000) of ACTORS actors with article-style
 *     summaries (full-text indexed), skewed towards a few actors and recent years.
 *  2. Starts the server on 127.0.0.1 with a free port, waits for its ready line, then warms up
 *     with the same clients for WARMUP seconds (default 20), unmeasured.
 *  3. Runs CLIENTS clients (default 8) for SECONDS (default 20), each sending its next request as
 *     soon as the last one answered; at most MAX_REQUESTS (default 200,000) in all. With INGEST=1,
 *     one more client sends ingestArticles batches (BATCH generated articles, default 10) with the
 *     token for the whole run, and the bench prints what it wrote.
 * A prober asks GET /healthz every 100 ms meanwhile (a row of its own: how long the event loop
 * keeps a supervisor waiting).
 * Bounded: the run stops at SECONDS or MAX_REQUESTS, whichever comes first; reads time out
 * after 30 s, writes after 180 s; the server and Neo4j are stopped at the end, also on errors.
 */
import { commandLineOrExit, integerVariable, UsageError } from '../server/cli/command-line';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDriver, createExecutor, type Executor } from '../server/db/executor';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../server/db/embedded';
import { applyMigrations } from '../server/db/migrations';
import { createSeededRandom } from '../test/support/seeded-random';
import { generateArticles } from '../test/fixtures/ingest/generate-articles';

const ROOT = join(import.meta.dirname, '..');
const TOKEN = 'bench-load-token-0123456789';

const { EVENTS, ACTORS, CLIENTS, SECONDS, WARMUP, MAX_REQUESTS, BATCH, INGEST } = commandLineOrExit(
  process.argv.slice(2),
  {
    name: 'bench:load',
    run: 'npm run bench:load --',
    options: {},
    notes: [
      'environment: EVENTS (default 40000), ACTORS (default 500), CLIENTS (default 8), SECONDS (default 20),',
      '  WARMUP (seconds, default 20), MAX_REQUESTS (default 200000), INGEST=1 (one more client writing),',
      '  BATCH (articles per write, default 10), BENCH_HOME (keep the embedded Neo4j there and reuse its graph)',
    ],
  },
  () => {
    const env = process.env;
    if (env.INGEST !== undefined && !['', '0', '1'].includes(env.INGEST))
      throw new UsageError(`invalid INGEST: ${JSON.stringify(env.INGEST)} (allowed: 1 to add the writing client, 0)`);
    return {
      EVENTS: integerVariable(env, 'EVENTS', 40_000, 1, 1_000_000),
      ACTORS: integerVariable(env, 'ACTORS', 500, 1, 100_000),
      CLIENTS: integerVariable(env, 'CLIENTS', 8, 1, 64),
      SECONDS: integerVariable(env, 'SECONDS', 20, 1, 600),
      WARMUP: integerVariable(env, 'WARMUP', 20, 1, 600),
      MAX_REQUESTS: integerVariable(env, 'MAX_REQUESTS', 200_000, 1, 1_000_000),
      BATCH: integerVariable(env, 'BATCH', 10, 1, 100),
      INGEST: env.INGEST === '1',
    };
  },
);
const WORDS = ['summit', 'talks', 'grain', 'border', 'trade', 'security', 'pact', 'sanctions', 'energy', 'aid'];
const TYPES = ['MEETING', 'STATEMENT', 'TREATY_SIGNING', 'SANCTION', 'AID', 'MILITARY_ACTION', 'PROTEST'];

async function generate(executor: Executor): Promise<void> {
  const [{ n } = { n: 0 }] = await executor.read<{ n: number }>({
    cypher: "MATCH (e:Event) WHERE e.id STARTS WITH 'load:' RETURN count(e) AS n",
    params: {},
  });
  if (n >= EVENTS) return;
  const random = createSeededRandom(17);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
  const skewed = (k: number) => Math.min(k - 1, Math.floor(k * random() ** 3));
  const actors = Array.from({ length: ACTORS }, (_, i) => ({
    id: `load:actor:${i}`,
    name: `Actor ${i} ${pick(WORDS)}`,
  }));
  await executor.write({
    cypher: 'UNWIND $rows AS a MERGE (n:Actor:Country {id: a.id}) SET n.name = a.name, n.kind = "COUNTRY"',
    params: { rows: actors },
  });
  const start = Date.UTC(1950, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  for (let from = 0; from < EVENTS; from += 5000) {
    const rows = Array.from({ length: Math.min(5000, EVENTS - from) }, (_, k) => {
      const i = from + k;
      const day = new Date(start + span * Math.sqrt(random())).toISOString().slice(0, 10);
      return {
        id: `load:event:${i}`,
        type: pick(TYPES),
        date: day,
        summary: `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${i}`,
        participants: [...new Set([actors[skewed(ACTORS)]!.id, actors[skewed(ACTORS)]!.id])],
      };
    });
    await executor.write({
      cypher: `UNWIND $rows AS e
CREATE (n:Event:Reported {id: e.id}) SET n.type = e.type, n.date = date(e.date), n.datePrecision = 'day',
  n.summary = e.summary, n.confidence = 0.8, n.modality = 'ASSERTED', n.plover = 'CONSULT', n.cameo = '040'
WITH n, e UNWIND e.participants AS p MATCH (a:Actor {id: p}) CREATE (a)-[:PARTICIPATED_IN {role: 'PARTICIPANT'}]->(n)`,
      params: { rows },
    });
  }
}

/** The server in its own process on 127.0.0.1; resolves with its GraphQL URL once it answers. */
async function startServer(neo4jUri: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_URI: neo4jUri,
      HOST: '127.0.0.1',
      PORT: '0',
      SEED_ON_EMPTY: 'false',
      INGEST_TOKEN: TOKEN,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not ready after 120 s:\n${output}`)), 120_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = /GraphQL (http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    // After the ready line, the server's warnings and errors (a timeline index build that failed…) go to stderr.
    const forward = (d: Buffer) => {
      for (const line of d.toString().split('\n'))
        if (/warn|error/i.test(line)) process.stderr.write(`server: ${line}\n`);
    };
    child.stdout?.on('data', forward);
    child.stderr?.on('data', forward);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  if (!url.startsWith('http://127.0.0.1:')) throw new Error(`not a loopback URL: ${url}`);
  return { child, url };
}

function rssMb(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

type Kind = 'timeline zoomed out' | 'timeline zoomed in' | 'timeline text' | 'events page' | 'search';
const KINDS: Kind[] = ['timeline zoomed out', 'timeline zoomed in', 'timeline text', 'events page', 'search'];

const TIMELINE = `query($from: PartialDate!, $to: PartialDate!, $filter: EventFilter, $maxBuckets: Int) {
  timeline(from: $from, to: $to, filter: $filter, maxBuckets: $maxBuckets) {
    mode total lanes { id label } bins { lane start end count typeCounts } items { id date type }
  }
}`;
const EVENTS_PAGE = `query($filter: EventFilter, $first: Int) {
  events(filter: $filter, first: $first) { totalCount edges { node { id date type summary participants { actor { name } } } } }
}`;
const SEARCH = `query($q: String!) { search(query: $q, first: 20) { kind id label score highlight } }`;

function request(kind: Kind, random: () => number): { query: string; variables: Record<string, unknown> } {
  const year = 1950 + Math.floor(random() * 70);
  const word = WORDS[Math.floor(random() * WORDS.length)]!;
  switch (kind) {
    case 'timeline zoomed out':
      return {
        query: TIMELINE,
        variables: {
          from: String(year),
          to: String(Math.min(2025, year + 10 + Math.floor(random() * 60))),
          maxBuckets: 200,
        },
      };
    case 'timeline zoomed in':
      return { query: TIMELINE, variables: { from: `${year}-03`, to: `${year}-04`, maxBuckets: 200 } };
    case 'timeline text':
      return { query: TIMELINE, variables: { from: '1950', to: '2025', filter: { text: word }, maxBuckets: 200 } };
    case 'events page':
      return { query: EVENTS_PAGE, variables: { filter: { from: String(year), to: String(year + 5) }, first: 50 } };
    case 'search':
      return { query: SEARCH, variables: { q: word } };
  }
}

async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  timeoutMs = 30_000,
): Promise<{ ok: boolean; status: number; json: unknown }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const json = (await res.json().catch(() => null)) as { errors?: unknown[] } | null;
  return { ok: res.ok && !json?.errors, status: res.status, json };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  const home = process.env.BENCH_HOME ?? mkdtempSync(join(tmpdir(), 'pactline-bench-load-'));
  let neo4j: EmbeddedNeo4j | null = null;
  let server: ChildProcess | null = null;
  try {
    neo4j = await startEmbeddedNeo4j({ home, port: 0, readyTimeoutMs: 180_000 });
    const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: null, database: 'neo4j' });
    const executor = createExecutor(driver, { database: 'neo4j', target: neo4j.uri });
    await applyMigrations(executor);
    const t0 = performance.now();
    await generate(executor);
    const [{ events } = { events: 0 }] = await executor.read<{ events: number }>({
      cypher: 'MATCH (e:Event) RETURN count(e) AS events',
      params: {},
    });
    process.stderr.write(`graph: ${events} events (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
    await executor.close();

    const started = await startServer(neo4j.uri);
    server = started.child;
    const url = started.url;
    const random = createSeededRandom(99);
    // Warm-up, unmeasured: CLIENTS clients of the same mix for WARMUP seconds (the JIT, and the
    // timeline index, which the server builds in the background at start; until it is built,
    // timelines take the Cypher path).
    const warmEnd = performance.now() + WARMUP * 1000;
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (performance.now() < warmEnd)
          await post(url, request(KINDS[Math.floor(random() * KINDS.length)]!, random)).catch(() => null);
      }),
    );
    // With INGEST, one article first: the server starts its extraction workers on the first write.
    if (INGEST)
      await post(
        url,
        {
          query: `mutation($input: ArticleInput!) { ingestArticle(input: $input) { outcome } }`,
          variables: { input: { title: 'Warm-up', text: 'Russia and China met in Beijing on 3 May 2024.' } },
        },
        { authorization: `Bearer ${TOKEN}` },
        180_000,
      );
    const rssBefore = rssMb(server.pid);

    const latencies = new Map<Kind, number[]>(KINDS.map((k) => [k, []]));
    const errors = new Map<string, number>();
    let sent = 0;
    let rssMax = rssBefore;
    const end = performance.now() + SECONDS * 1000;
    const memory = setInterval(() => (rssMax = Math.max(rssMax, rssMb(server?.pid))), 250);
    let ingestRunning = INGEST;
    const ingest = { batches: 0, created: 0, duplicates: 0, rejected: 0, ms: [] as number[], reasons: [] as string[] };
    const writer = (async () => {
      // A new seed each run: a kept graph (BENCH_HOME) already holds the articles of the last one.
      let seed = process.pid * 1000;
      while (ingestRunning && performance.now() < end) {
        const inputs = generateArticles(BATCH, seed++).map((a) => ({
          url: a.url,
          title: a.title,
          text: a.text,
          publishedAt: a.publishedAt,
          language: a.language,
        }));
        const t = performance.now();
        const r = await post(
          url,
          {
            query: `mutation($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) { results { outcome reason } summary { created duplicates rejected } } }`,
            variables: { inputs },
          },
          { authorization: `Bearer ${TOKEN}` },
          // A write runs within the server's WRITE_TIMEOUT_MS (120 s), not the read deadline.
          180_000,
        ).catch((e: Error) => ({ ok: false, status: 0, json: { error: e.message } }));
        ingest.ms.push(performance.now() - t);
        const answer = (
          r.json as {
            data?: {
              ingestArticles?: {
                summary: Record<string, number>;
                results: { outcome: string; reason: string | null }[];
              };
            };
          }
        )?.data?.ingestArticles;
        const s = answer?.summary;
        for (const x of answer?.results ?? [])
          if (x.outcome === 'REJECTED' && ingest.reasons.length < 5) ingest.reasons.push(x.reason ?? '');
        if (!r.ok || !s) errors.set(`ingest ${r.status}`, (errors.get(`ingest ${r.status}`) ?? 0) + 1);
        else {
          ingest.batches++;
          ingest.created += s.created ?? 0;
          ingest.duplicates += s.duplicates ?? 0;
          ingest.rejected += s.rejected ?? 0;
        }
      }
    })();
    const client = async (c: number) => {
      const rnd = createSeededRandom(1000 + c);
      while (performance.now() < end && sent < MAX_REQUESTS) {
        sent++;
        const kind = KINDS[Math.floor(rnd() * KINDS.length)]!;
        const t = performance.now();
        try {
          const r = await post(url, request(kind, rnd));
          if (r.ok) latencies.get(kind)!.push(performance.now() - t);
          else errors.set(`${kind} ${r.status}`, (errors.get(`${kind} ${r.status}`) ?? 0) + 1);
        } catch (error) {
          const key = `${kind} ${(error as Error).name}`;
          errors.set(key, (errors.get(key) ?? 0) + 1);
        }
      }
    };
    // The event loop's responsiveness as a supervisor sees it: GET /healthz every 100 ms.
    const health: number[] = [];
    const prober = (async () => {
      const healthz = url.replace(/\/graphql$/, '/healthz');
      while (performance.now() < end && sent < MAX_REQUESTS) {
        const t = performance.now();
        const res = await fetch(healthz, { signal: AbortSignal.timeout(30_000) }).catch(() => null);
        await res?.arrayBuffer();
        if (res?.ok) health.push(performance.now() - t);
        else
          errors.set(`healthz ${res?.status ?? 'failed'}`, (errors.get(`healthz ${res?.status ?? 'failed'}`) ?? 0) + 1);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const runStart = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    await prober;
    const elapsed = (performance.now() - runStart) / 1000;
    ingestRunning = false;
    await writer;
    clearInterval(memory);
    const rssAfter = rssMb(server.pid);

    const all = [...latencies.values()].flat().sort((a, b) => a - b);
    const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
    const lines = [
      `bench:load: ${CLIENTS} clients for ${elapsed.toFixed(1)} s against ${url} (${events} events), ${INGEST ? `with a concurrent ingest (batches of ${BATCH} articles)` : 'no ingest'}`,
      `  requests ${all.length} ok, ${errorCount} errors; throughput ${(all.length / elapsed).toFixed(1)} req/s`,
      `  all           p50 ${quantile(all, 0.5).toFixed(1)} ms  p99 ${quantile(all, 0.99).toFixed(1)} ms`,
      ...KINDS.map((k) => {
        const xs = latencies.get(k)!.sort((a, b) => a - b);
        return `  ${k.padEnd(20)} n ${String(xs.length).padStart(5)}  p50 ${quantile(xs, 0.5).toFixed(1).padStart(7)} ms  p99 ${quantile(xs, 0.99).toFixed(1).padStart(7)} ms`;
      }),
      (() => {
        const xs = health.sort((a, b) => a - b);
        return `  ${'GET /healthz'.padEnd(20)} n ${String(xs.length).padStart(5)}  p50 ${quantile(xs, 0.5).toFixed(1).padStart(7)} ms  p99 ${quantile(xs, 0.99).toFixed(1).padStart(7)} ms  max ${(xs[xs.length - 1] ?? NaN).toFixed(1)} ms (not counted above)`;
      })(),
      `  server RSS ${rssBefore.toFixed(0)} MB before, ${rssMax.toFixed(0)} MB max, ${rssAfter.toFixed(0)} MB after`,
    ];
    if (INGEST) {
      const ms = ingest.ms.sort((a, b) => a - b);
      lines.push(
        `  ingest: ${ingest.batches} batches, ${ingest.created} created, ${ingest.duplicates} duplicates, ${ingest.rejected} rejected; batch p50 ${quantile(ms, 0.5).toFixed(0)} ms, max ${(ms[ms.length - 1] ?? NaN).toFixed(0)} ms`,
      );
    }
    for (const reason of ingest.reasons) lines.push(`  ingest rejected: ${reason}`);
    for (const [k, n] of errors) lines.push(`  error ${k}: ${n}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server?.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    await neo4j?.stop();
    if (!process.env.BENCH_HOME) rmSync(home, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
