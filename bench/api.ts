/**
 * `npm run bench:api`: GraphQL API latency over a generated graph, beside the same Cypher sent
 * raw through the driver.
 *  1. Generates (seeded, UNWIND batches) 100k events, 2k actors, 500 treaties in supersession
 *     chains, 100 places and 5k articles reporting events; activity is skewed (a few actors and
 *     recent years dominate), as in news.
 *  2. Builds the timeline index (twice, timed) and checks that timelines answered from it equal
 *     the Cypher path's answers, window by window.
 *  3. For each scenario runs WARMUP then RUNS iterations through yoga.fetch (in-process, no port)
 *     and the same work as raw Cypher through the driver (READ transactions, the same sequence
 *     and parallelism as the Cypher path of the resolvers), and prints p50/p99 of both and the
 *     ratio, then what each row compares. Zoomed-out timelines send the web's own TimelineDocument
 *     with the variables it sends for a 1,000 px plot, and ask for a new window every run, as
 *     zoom and pan do; "index off" rows run the Cypher path (the fallback) through GraphQL.
 * Uses NEO4J_URI when set (the database is NOT cleared: use a scratch one), else
 * a throwaway embedded Neo4j in a temporary folder (BENCH_HOME=dir keeps it, and a later run reuses the graph
 * generated there). Options: EVENTS=100000 ACTORS=2000 TREATIES=500 RUNS=60.
 */
// First: graphql-js in production mode, as the server runs it (see server/production-mode.ts).
import '../server/production-mode';
import { commandLineOrExit, integerVariable } from '../server/cli/command-line';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { readConfig, readNeo4jConfig } from '../server/config';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../server/db/embedded';
import { createDriver, createExecutor, type Query } from '../server/db/executor';
import { applyMigrations } from '../server/db/migrations';
import { eventCountQuery, eventPageQuery } from '../server/db/queries/event-queries';
import { toLuceneQuery } from '../server/db/queries/lucene';
import { pathsQuery } from '../server/db/queries/path-queries';
import { searchQuery } from '../server/db/queries/search-queries';
import {
  busiestActorsQuery,
  timelineBinsQuery,
  timelineItemsQuery,
  topActorsQuery,
  treatySpansQuery,
  type BucketUnit,
} from '../server/db/queries/timeline-queries';
import { lineageQuery, treatiesByIdsQuery } from '../server/db/queries/treaty-queries';
import { createPactlineYoga, createTimelineIndexFor } from '../server/graphql/create-yoga';
import { EVENT_TYPE_VALUES } from '../server/domain/event-types';
import { DEFAULT_ACTOR_LANES, EXACT_LANES_LIMIT } from '../server/timeline/timeline';
import { chooseBucket } from '../server/timeline/buckets';
import { createLogger } from '../server/logger';
import { createSeededRandom } from '../test/support/seeded-random';
import { TimelineDocument } from '../web/src/api/generated';
import { maxBucketsFor, maxItemsFor } from '../web/src/timeline/semantic-zoom';

const SETTINGS = commandLineOrExit(
  process.argv.slice(2),
  {
    name: 'bench:api',
    run: 'npm run bench:api --',
    options: {},
    notes: [
      'environment: EVENTS (default 100000), ACTORS (default 2000), TREATIES (default 500), RUNS (per scenario, default 60),',
      '  BENCH_HOME (keep the embedded Neo4j there and reuse its graph), NEO4J_URI (a scratch database instead; it is not cleared)',
    ],
  },
  () => ({
    events: integerVariable(process.env, 'EVENTS', 100_000, 1, 10_000_000),
    actors: integerVariable(process.env, 'ACTORS', 2000, 1, 1_000_000),
    treaties: integerVariable(process.env, 'TREATIES', 500, 1, 1_000_000),
    runs: integerVariable(process.env, 'RUNS', 60, 1, 100_000),
  }),
);

const TYPES = EVENT_TYPE_VALUES;
const WORDS = [
  'summit',
  'talks',
  'ministers',
  'border',
  'trade',
  'security',
  'pact',
  'energy',
  'grain',
  'sanctions',
  'visit',
  'Moscow',
  'Pyongyang',
  'Jakarta',
  'Madrid',
  'delegation',
  'agreement',
  'cooperation',
  'exercise',
  'ceasefire',
];
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

interface Graph {
  actorIds: string[];
  treatyIds: string[];
  eventCount: number;
}

async function generate(
  run: (q: Query) => Promise<unknown>,
  counts: { events: number; actors: number; treaties: number },
): Promise<Graph> {
  const random = createSeededRandom(20240619);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
  // Skewed choice: low indices much more often (a few actors dominate the news).
  const skewed = (n: number) => Math.min(n - 1, Math.floor(n * random() ** 3));
  const batch = 5000;
  const inBatches = async (cypher: string, rows: unknown[]) => {
    for (let i = 0; i < rows.length; i += batch) await run({ cypher, params: { rows: rows.slice(i, i + batch) } });
  };

  const kinds = ['COUNTRY', 'PERSON', 'ORGANIZATION'] as const;
  const labels = { COUNTRY: 'Country', PERSON: 'Person', ORGANIZATION: 'Organization' } as const;
  const actors = Array.from({ length: counts.actors }, (_, i) => {
    const kind = i < 200 ? kinds[0] : i < 1700 ? kinds[1] : kinds[2];
    const name = `${kind === 'COUNTRY' ? 'Country' : kind === 'PERSON' ? 'Person' : 'Org'} ${i} ${pick(WORDS)}`;
    return { id: `bench:actor:${i}`, name, kind, label: labels[kind], aliases: [name, `A${i}`] };
  });
  for (const kind of kinds) {
    await inBatches(
      `UNWIND $rows AS a MERGE (n:Actor {id: a.id}) SET n:${labels[kind]}, n.name = a.name, n.kind = a.kind, n.aliases = a.aliases, n.aliasText = a.aliases[0] + ' | ' + a.aliases[1]`,
      actors.filter((a) => a.kind === kind),
    );
  }
  const places = Array.from({ length: 100 }, (_, i) => ({ id: `bench:place:${i}`, name: `Place ${i}` }));
  await inBatches('UNWIND $rows AS p MERGE (n:Place {id: p.id}) SET n.name = p.name', places);

  const start = Date.UTC(1950, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  const recentDay = () => iso(start + span * Math.sqrt(random())); // more events in later years
  const treaties = Array.from({ length: counts.treaties }, (_, i) => {
    const signed = recentDay();
    const inForce = iso(Date.parse(signed) + 86_400_000 * Math.floor(30 + random() * 300));
    return {
      id: `bench:treaty:${i}`,
      name: `Treaty ${i} on ${pick(WORDS)} and ${pick(WORDS)}`,
      signedOn: signed,
      inForceFrom: inForce,
      ended: random() < 0.2 ? iso(Date.parse(inForce) + 86_400_000 * 3650) : null,
    };
  });
  await inBatches(
    `UNWIND $rows AS t MERGE (n:Treaty {id: t.id})
SET n.name = t.name, n.aliases = [t.name], n.aliasText = t.name, n.kind = 'BILATERAL', n.status = CASE WHEN t.ended IS NULL THEN 'IN_FORCE' ELSE 'ENDED' END,
  n.signedOn = date(t.signedOn), n.signedPrecision = 'day', n.inForceFrom = date(t.inForceFrom), n.inForcePrecision = 'day',
  n.endedOn = CASE WHEN t.ended IS NULL THEN null ELSE date(t.ended) END, n.endedPrecision = CASE WHEN t.ended IS NULL THEN null ELSE 'day' END`,
    treaties,
  );
  // Supersession chains of 5, ordered by signature.
  const bySigned = [...treaties].sort((a, b) => a.signedOn.localeCompare(b.signedOn));
  const replaces: { from: string; to: string; basis: string; on: string }[] = [];
  for (let c = 0; c < bySigned.length; c += 5) {
    const chain = bySigned.slice(c, c + 5);
    for (let k = 1; k < chain.length; k++)
      replaces.push({
        from: chain[k]!.id,
        to: chain[k - 1]!.id,
        basis: pick(['LEGAL', 'DECLARED', 'SUCCESSOR']),
        on: chain[k]!.inForceFrom,
      });
  }
  await inBatches(
    `UNWIND $rows AS x MATCH (a:Treaty {id: x.from}), (b:Treaty {id: x.to}) MERGE (a)-[r:REPLACES]->(b) SET r.basis = x.basis, r.effectiveOn = date(x.on), r.effectivePrecision = 'day', r.sources = []`,
    replaces,
  );
  const parties = treaties.flatMap((t) =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => ({ actor: actors[skewed(200)]!.id, treaty: t.id })),
  );
  await inBatches(
    'UNWIND $rows AS p MATCH (a:Actor {id: p.actor}), (t:Treaty {id: p.treaty}) MERGE (a)-[r:PARTY_TO]->(t) SET r.sources = []',
    parties,
  );

  const events = Array.from({ length: counts.events }, (_, i) => {
    const type = TYPES[Math.min(TYPES.length - 1, Math.floor(TYPES.length * random() ** 1.5))]!;
    const participants = [
      ...new Set(Array.from({ length: 2 + Math.floor(random() * 3) }, () => actors[skewed(actors.length)]!.id)),
    ];
    const precision = random() < 0.8 ? 'day' : random() < 0.5 ? 'month' : 'year';
    let date = recentDay();
    if (precision === 'month') date = `${date.slice(0, 7)}-01`;
    if (precision === 'year') date = `${date.slice(0, 4)}-01-01`;
    return {
      id: `bench:event:${i}`,
      type,
      date,
      precision,
      participants,
      roles: participants.map((_, k) => (k === 0 ? 'HOST' : 'PARTICIPANT')),
      treaty: random() < 0.2 ? pick(treaties).id : null,
      place: random() < 0.6 ? pick(places).id : null,
      summary: `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${i}`,
      confidence: Math.round((0.5 + random() / 2) * 100) / 100,
      modality: random() < 0.9 ? 'ASSERTED' : 'REPORTED',
    };
  });
  await inBatches(
    `UNWIND $rows AS e
CREATE (n:Event:Reported {id: e.id}) SET n.type = e.type, n.date = date(e.date), n.datePrecision = e.precision, n.summary = e.summary, n.confidence = e.confidence, n.modality = e.modality, n.plover = 'CONSULT', n.cameo = '040'
WITH n, e
CALL (n, e) { UNWIND range(0, size(e.participants) - 1) AS k MATCH (a:Actor {id: e.participants[k]}) CREATE (a)-[:PARTICIPATED_IN {role: e.roles[k]}]->(n) }
CALL (n, e) { WITH n, e WHERE e.treaty IS NOT NULL MATCH (t:Treaty {id: e.treaty}) CREATE (n)-[:CONCERNS]->(t) }
CALL (n, e) { WITH n, e WHERE e.place IS NOT NULL MATCH (p:Place {id: e.place}) CREATE (n)-[:TOOK_PLACE_IN]->(p) }`,
    events,
  );

  const articles = Array.from({ length: 5000 }, (_, i) => {
    const reported = Array.from(
      { length: 1 + Math.floor(random() * 3) },
      () => events[Math.floor(random() * events.length)]!,
    );
    const text = Array.from({ length: 60 }, () => pick(WORDS)).join(' ');
    return {
      id: `bench:article:${i}`,
      title: `${pick(WORDS)} ${pick(WORDS)} report ${i}`,
      text,
      published: reported[0]!.date,
      reports: reported.map((e) => ({ event: e.id, claimed: e.date })),
    };
  });
  await inBatches(
    `UNWIND $rows AS a
CREATE (n:Article {id: a.id}) SET n.title = a.title, n.text = a.text, n.url = 'https://bench.test/' + a.id, n.source = 'bench', n.language = 'en', n.publishedAt = date(a.published), n.contentHash = a.id, n.ingestedAt = datetime()
WITH n, a UNWIND a.reports AS r MATCH (e:Event {id: r.event})
CREATE (n)-[:REPORTS {quote: substring(a.text, 0, 40), start: 0, end: 40, claimedDate: date(r.claimed), claimedPrecision: 'day', confidence: 0.8}]->(e)`,
    articles,
  );
  return { actorIds: actors.map((a) => a.id), treatyIds: treaties.map((t) => t.id), eventCount: events.length };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

interface Scenario {
  name: string;
  /** What the two columns compare, printed under the table. */
  compares: string;
  yoga: 'index' | 'cypher' | 'cached';
  /** The GraphQL operation for iteration i. */
  graphql: (i: number) => { query: string; variables: Record<string, unknown> };
  /** The same work as raw Cypher through the driver (sequence and parallelism as the Cypher path of the resolvers). */
  raw: (i: number, run: (q: Query) => Promise<Record<string, unknown>[]>) => Promise<unknown>;
}

async function main(): Promise<void> {
  const { runs, ...counts } = SETTINGS;
  const warmup = 8;
  const neo = readNeo4jConfig(process.env);
  let embedded: EmbeddedNeo4j | null = null;
  let home: string | null = null;
  let uri = neo.uri;
  const keep = process.env.BENCH_HOME ?? null;
  if (uri === null) {
    home = keep ?? mkdtempSync(join(tmpdir(), 'pactline-bench-api-'));
    process.stderr.write(`starting an embedded Neo4j in ${home}…\n`);
    embedded = await startEmbeddedNeo4j({ home, port: 0, readyTimeoutMs: 180_000 });
    uri = embedded.uri;
    process.stderr.write(`Neo4j at ${uri}\n`);
  }
  const driver: Driver = createDriver({
    ...neo,
    ...(embedded?.password ? { user: 'neo4j', password: embedded.password } : {}),
    uri,
  });
  const executor = createExecutor(driver, { database: neo.database, target: uri }, { transactionTimeoutMs: 60_000 });
  try {
    await applyMigrations(executor);
    const t0 = performance.now();
    const [existing] = await executor.read<{ n: number }>({
      cypher: "MATCH (e:Event) WHERE e.id STARTS WITH 'bench:' RETURN count(e) AS n",
      params: {},
    });
    const graph =
      existing && existing.n >= counts.events
        ? {
            actorIds: Array.from({ length: counts.actors }, (_, i) => `bench:actor:${i}`),
            treatyIds: Array.from({ length: counts.treaties }, (_, i) => `bench:treaty:${i}`),
            eventCount: existing.n,
          }
        : await generate((q) => executor.write(q), counts);
    await executor.autoCommit({ cypher: 'CALL db.awaitIndexes(300)', params: {} });
    const reused = graph.eventCount >= counts.events && existing !== undefined && existing.n >= counts.events;
    process.stderr.write(
      `${reused ? 'reused' : 'generated'} ${graph.eventCount} events, ${counts.actors} actors, ${counts.treaties} treaties, 5000 articles in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
    );

    const config = { ...readConfig({ LOG_LEVEL: 'error' }), requestTimeoutMs: 60_000 };
    const logger = createLogger('error');
    // The timeline index, built as the server builds it (twice: the build time is noisy here).
    const store = createTimelineIndexFor(executor, logger);
    const buildTimes: number[] = [];
    for (let k = 0; k < 2; k++) {
      const tb = performance.now();
      await store.refresh();
      buildTimes.push(performance.now() - tb);
    }
    const indexState = store.state;
    const yogas = {
      index: createPactlineYoga({ executor, config, logger, timelineCache: false, timelineIndex: store }),
      cypher: createPactlineYoga({ executor, config, logger, timelineCache: false, timelineIndex: false }),
      cached: createPactlineYoga({ executor, config, logger, timelineIndex: false }),
    };
    const post = async (yoga: (typeof yogas)['index'], query: string, variables: Record<string, unknown>) => {
      const response = await yoga.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    };
    const runRaw = async (q: Query) => {
      const session = driver.session({ database: neo.database, defaultAccessMode: neo4j.session.READ });
      try {
        return (await session.executeRead((tx) => tx.run(q.cypher, q.params))).records.map(
          (r) => r.toObject() as Record<string, unknown>,
        );
      } finally {
        await session.close();
      }
    };
    const treaty = (i: number) => graph.treatyIds[(i * 37) % graph.treatyIds.length]!;
    const month = (i: number) => `${2000 + (i % 25)}-${String(1 + (i % 12)).padStart(2, '0')}`;
    const dayOf = (m: string, last: boolean) =>
      last ? new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).toISOString().slice(0, 10) : `${m}-01`;
    const searches = ['summit Moscow', 'grain agreement', 'border ceasefire', 'energy pact', 'delegation visit'];
    // Zoomed-out windows as a zoom or pan makes them: a new window every run (years from 1950 to 2025, 3 to 75 years wide).
    const windowRandom = createSeededRandom(7);
    const windows = Array.from({ length: 200 }, () => {
      const width = 3 + Math.floor(windowRandom() * 73);
      const from = 1950 + Math.floor(windowRandom() * (76 - width));
      return { from: String(from), to: String(Math.min(2025, from + width)) };
    });
    const win = (i: number) => windows[i % windows.length]!;
    // What the web timeline sends on a zoom, for a 1,000 px plot and 12 lanes (maxBuckets 200, maxItems 2000).
    const PLOT_WIDTH = 1000;
    const maxBuckets = maxBucketsFor(PLOT_WIDTH);
    const webTimeline = (w: { from: string; to: string }) => ({
      query: TimelineDocument.toString(),
      variables: {
        ...w,
        lanes: 'ACTOR',
        filter: {},
        maxItems: maxItemsFor(PLOT_WIDTH, DEFAULT_ACTOR_LANES),
        maxBuckets,
      },
    });
    // The same bins with byType as a list of objects (the shape the web asked for before typeCounts).
    const BY_TYPE =
      'query($from: PartialDate!, $to: PartialDate!, $maxBuckets: Int) { timeline(from: $from, to: $to, maxBuckets: $maxBuckets) { mode bucket total lanes { id label } bins { lane start end count byType { type count } } spans { treaty { id name } start end } } }';
    // The Cypher path of the timeline: count and spans, then lanes (exact below 20,000 events), then bins.
    const binsRaw = async (from: string, to: string, run: (q: Query) => Promise<Record<string, unknown>[]>) => {
      const f = { fromDay: `${from}-01-01`, toDay: `${to}-12-31` };
      const [count] = await Promise.all([run(eventCountQuery(f)), run(treatySpansQuery(f, {}))]);
      const total = Number(count[0]?.total ?? 0);
      const lanes = await run(
        total > EXACT_LANES_LIMIT ? busiestActorsQuery(DEFAULT_ACTOR_LANES) : topActorsQuery(f, DEFAULT_ACTOR_LANES),
      );
      const unit = chooseBucket(f.fromDay, f.toDay, maxBuckets).toLowerCase() as BucketUnit;
      await run(
        timelineBinsQuery(
          f,
          unit,
          'ACTOR',
          lanes.map((l) => String(l.id)),
        ),
      );
    };

    // The index must answer exactly as Cypher does, or its speed means nothing.
    for (let i = 0; i < 20; i++) {
      const { from, to } = win(i);
      const { query, variables } = webTimeline({ from, to });
      const [a, b] = await Promise.all([post(yogas.index, query, variables), post(yogas.cypher, query, variables)]);
      if (JSON.stringify(a) !== JSON.stringify(b))
        throw new Error(`timeline ${from}–${to}: the index and Cypher answers differ`);
    }

    const EVENTS_PAGE =
      'query($f: EventFilter) { events(first: 100, filter: $f) { totalCount pageInfo { endCursor } edges { node { id type date participants { role actor { id name } } } } } }';
    const eventsRaw = async (i: number, run: (q: Query) => Promise<Record<string, unknown>[]>) => {
      const filter = { fromDay: `${1990 + (i % 30)}-01-01` };
      await Promise.all([
        run(eventPageQuery({ filter, order: 'DATE_ASC', after: null, limit: 101 })),
        run(eventCountQuery(filter)),
      ]);
    };
    const scenarios: Scenario[] = [
      {
        name: 'events page (100, participants, totalCount)',
        compares:
          'GraphQL: page query ‖ version read, totalCount from the timeline index. Raw: page query ‖ count query',
        yoga: 'index',
        graphql: (i) => ({ query: EVENTS_PAGE, variables: { f: { from: String(1990 + (i % 30)) } } }),
        raw: eventsRaw,
      },
      {
        name: 'events page, index off',
        compares:
          'GraphQL with the index off (page ‖ count in Cypher) against the same two raw queries: the GraphQL overhead alone',
        yoga: 'cypher',
        graphql: (i) => ({ query: EVENTS_PAGE, variables: { f: { from: String(1990 + (i % 30)) } } }),
        raw: eventsRaw,
      },
      {
        name: 'timeline zoomed out (bins, a new 3–75-year window each run)',
        compares: `GraphQL: the web's TimelineDocument as it sends it for a ${PLOT_WIDTH} px plot (maxBuckets ${maxBuckets}, bins with typeCounts): version read, then count, lanes, bins and treaty spans from the timeline index (no other query). Raw: the Cypher path (count ‖ spans, lanes, bins in the same unit)`,
        yoga: 'index',
        graphql: (i) => webTimeline(win(i)),
        raw: (i, run) => binsRaw(win(i).from, win(i).to, run),
      },
      {
        name: 'timeline zoomed out, byType objects',
        compares: `The same windows and maxBuckets ${maxBuckets}, asking bins { byType { type count } } instead of typeCounts (and spans with fewer fields), against the same raw Cypher: what the list of objects costs`,
        yoga: 'index',
        graphql: (i) => ({ query: BY_TYPE, variables: { ...win(i), maxBuckets } }),
        raw: (i, run) => binsRaw(win(i).from, win(i).to, run),
      },
      {
        name: 'timeline zoomed out, index off',
        compares:
          'GraphQL with the index off (the Cypher path: the fallback for text filters and while the index rebuilds) against the same raw Cypher',
        yoga: 'cypher',
        graphql: (i) => webTimeline(win(i)),
        raw: (i, run) => binsRaw(win(i).from, win(i).to, run),
      },
      {
        name: 'timeline zoomed out, repeated (bins cache hit)',
        compares:
          'GraphQL: a cache hit (version read, the cached answer executed and serialised). Raw: the same answer computed by the Cypher path (count ‖ spans, lanes, bins), what a client of raw Cypher pays for the same window again',
        yoga: 'cached',
        graphql: () => webTimeline({ from: '1950', to: '2025' }),
        raw: (_i, run) => binsRaw('1950', '2025', run),
      },
      {
        name: 'timeline zoomed in (one month, items)',
        compares:
          'GraphQL: version read, count, lanes and spans from the timeline index, then the items query. Raw: the Cypher path (count ‖ spans, lanes, items)',
        yoga: 'index',
        graphql: (i) => ({
          query:
            'query($m: PartialDate!) { timeline(from: $m, to: $m) { mode total lanes { id } items { id type date lanes actorIds treatyId } spans { treaty { id } } } }',
          variables: { m: month(i) },
        }),
        raw: async (i, run) => {
          const f = { fromDay: dayOf(month(i), false), toDay: dayOf(month(i), true) };
          await Promise.all([run(eventCountQuery(f)), run(treatySpansQuery(f, {}))]);
          await run(topActorsQuery(f, DEFAULT_ACTOR_LANES));
          await run(timelineItemsQuery(f, 2000));
        },
      },
      {
        name: 'treaty lineage',
        compares: 'GraphQL against its two queries (treaty by id as the loader sends it, lineage)',
        yoga: 'index',
        graphql: (i) => ({
          query: 'query($id: ID!) { treaty(id: $id) { id name lineage { id name signedOn } } }',
          variables: { id: treaty(i) },
        }),
        raw: async (i, run) => {
          await run(treatiesByIdsQuery([treaty(i)]));
          await run(lineageQuery(treaty(i)));
        },
      },
      {
        name: 'search (20 hits, highlights)',
        compares: 'GraphQL against its one full-text query',
        yoga: 'index',
        graphql: (i) => ({
          query: 'query($q: String!) { search(query: $q) { kind id label score highlight } }',
          variables: { q: searches[i % searches.length] },
        }),
        raw: (i, run) => run(searchQuery(toLuceneQuery(searches[i % searches.length]!)!, 20, null)),
      },
      {
        name: 'paths (busy actors, maxHops 4)',
        compares: 'GraphQL against its one path query',
        yoga: 'index',
        graphql: (i) => ({
          query:
            'query($a: ID!, $b: ID!) { paths(from: $a, to: $b) { length nodes { id kind label } relationships { type from to } } }',
          variables: { a: graph.actorIds[50 + (i % 50)], b: graph.actorIds[150 + (i % 50)] },
        }),
        raw: (i, run) => run(pathsQuery(graph.actorIds[50 + (i % 50)]!, graph.actorIds[150 + (i % 50)]!, 4, 5, null)),
      },
    ];

    const rows: string[] = [];
    for (const s of scenarios) {
      const gqlTimes: number[] = [];
      const rawTimes: number[] = [];
      for (let i = 0; i < warmup + runs; i++) {
        const { query, variables } = s.graphql(i);
        let t = performance.now();
        const body = await post(yogas[s.yoga], query, variables);
        if (body.errors) throw new Error(`${s.name}: ${body.errors[0]?.message}`);
        if (i >= warmup) gqlTimes.push(performance.now() - t);
        t = performance.now();
        await s.raw(i, runRaw);
        if (i >= warmup) rawTimes.push(performance.now() - t);
      }
      gqlTimes.sort((a, b) => a - b);
      rawTimes.sort((a, b) => a - b);
      const g50 = quantile(gqlTimes, 0.5);
      const g99 = quantile(gqlTimes, 0.99);
      const r50 = quantile(rawTimes, 0.5);
      const r99 = quantile(rawTimes, 0.99);
      rows.push(
        `| ${s.name} | ${g50.toFixed(1)} | ${g99.toFixed(1)} | ${r50.toFixed(1)} | ${r99.toFixed(1)} | ${(g50 / r50).toFixed(2)}× | ${(g99 / r99).toFixed(2)}× |`,
      );
      process.stderr.write(`${s.name}: done\n`);
    }
    console.log(
      `\nGraphQL API over ${counts.events} events, ${counts.actors} actors, ${counts.treaties} treaties (${runs} runs after ${warmup} warm-up, ms)\n`,
    );
    console.log('| scenario | GraphQL p50 | GraphQL p99 | raw Cypher p50 | raw Cypher p99 | ratio p50 | ratio p99 |');
    console.log('|---|---|---|---|---|---|---|');
    for (const r of rows) console.log(r);
    console.log('\nWhat each row compares:');
    for (const sc of scenarios) console.log(`- ${sc.name}: ${sc.compares}.`);
    console.log(
      `\nTimeline index: ${indexState.events} events, ~${(indexState.bytes / 1e6).toFixed(1)} MB, built in ${buildTimes.map((t) => `${(t / 1000).toFixed(2)} s`).join(' and ')} (read from Neo4j and built).`,
    );
  } finally {
    await executor.close();
    if (embedded) await embedded.stop();
    if (home && !keep) rmSync(home, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:api failed: ${(error as Error).message}`);
  process.exit(1);
});
