/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are checked field by field */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config';
import type { Executor } from '../../server/db/executor';
import { createPactlineYoga, createTimelineIndexFor, type PactlineYoga } from '../../server/graphql/create-yoga';
import type { TimelineIndexStore } from '../../server/timeline/index-store';
import { importGdelt } from '../../server/ingest';
import { listSources, readGdeltFile } from '../../server/ingest/read-sources';
import { createLogger } from '../../server/logger';
import { ARTICLES, IDS, gql, openFixtureApi } from '../support/api-fixtures';

/**
 * GDELT events' own facts through the API: the fixture graph (article events) plus the GDELT
 * sample export imported by the real importer. Expected values are read from the sample's
 * columns here (GDELT 2.0 Event Codebook positions), not from the importer's parser.
 */
const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');
const SAMPLE = join(FIXTURES, 'gdelt-sample.export.CSV');

interface SampleRow {
  globalEventId: string;
  sourceUrl: string | null;
  quadClass: number;
  goldsteinScale: number;
  numMentions: number;
  avgTone: number;
}

/** The sample's valid rows (61 columns, SQLDATE YYYYMMDD), keyed by GLOBALEVENTID. */
function sampleRows(): Map<string, SampleRow> {
  const rows = new Map<string, SampleRow>();
  for (const line of readFileSync(SAMPLE, 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length !== 61 || !/^\d{8}$/.test(c[1]!)) continue;
    rows.set(c[0]!, {
      globalEventId: c[0]!,
      quadClass: Number(c[29]),
      goldsteinScale: Number(c[30]),
      numMentions: Number(c[31]),
      avgTone: Number(c[34]),
      sourceUrl: c[60]!.trim() || null,
    });
  }
  return rows;
}

/** Shown verbatim in docs/api.md ("The analyst questions"). */
const WHERE_FROM = `{
  event(id: "gdelt:1180356001") {
    type date summary origin
    gdelt { globalEventId sourceUrl quadClass goldsteinScale numMentions avgTone }
    sources { quote article { title url } }
  }
}`;

const GDELT_FIELDS = 'gdelt { globalEventId sourceUrl quadClass goldsteinScale numMentions avgTone }';

let executor: Executor;
let yoga: PactlineYoga;
let cypherOnly: PactlineYoga;
let store: TimelineIndexStore;
const expected = sampleRows();

beforeAll(async () => {
  ({ executor } = await openFixtureApi());
  const [file] = await listSources([SAMPLE]);
  const summary = await importGdelt(executor, readGdeltFile(file!, { root: FIXTURES }), { batchSize: 5000 });
  expect(summary.events).toBe(expected.size);
  // The index is built after the import, so no background build sends queries during a count.
  const logger = createLogger('silent');
  store = createTimelineIndexFor(executor, logger, { cooldownMs: 0 });
  await store.refresh();
  const config = readConfig({ LOG_LEVEL: 'silent' });
  yoga = createPactlineYoga({ executor, config, logger, timelineCache: false, timelineIndex: store });
  cypherOnly = createPactlineYoga({ executor, config, logger, timelineCache: false, timelineIndex: false });
});

afterAll(async () => {
  await executor.close();
});

describe('Event.gdelt', () => {
  it('events() gives each GDELT event the id, URL, QuadClass, Goldstein scale, mentions and tone of its sample row, and null for article events', async () => {
    const r = await gql(
      yoga,
      `{ events(filter: { from: "2024-06", to: "2024-06" }, first: 100) { edges { node { id origin sources { quote } ${GDELT_FIELDS} } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const nodes = r.data.events.edges.map((e: any) => e.node);
    const fromGdelt = nodes.filter((n: any) => n.gdelt !== null);
    expect(fromGdelt.map((n: any) => n.gdelt.globalEventId).sort()).toEqual([...expected.keys()].sort());
    for (const n of fromGdelt) {
      expect(n.gdelt).toEqual(expected.get(n.gdelt.globalEventId));
      expect(n.id).toBe(`gdelt:${n.gdelt.globalEventId}`);
      expect(n.sources).toEqual([]);
      expect(n.origin).toBe('GDELT');
    }
    const articleEvent = nodes.find((n: any) => n.id === IDS.signing2024);
    expect(articleEvent.sources.length).toBeGreaterThan(0);
    expect(articleEvent.gdelt).toBeNull();
    expect(articleEvent.origin).toBe('ARTICLE');
  });

  it('event(id) of a GDELT event has its record; a source given as a name (not a URL) stays as GDELT wrote it', async () => {
    const r = await gql(
      yoga,
      `query($a: ID!, $b: ID!) { a: event(id: $a) { ${GDELT_FIELDS} } b: event(id: $b) { ${GDELT_FIELDS} } }`,
      { a: 'gdelt:1180356008', b: 'gdelt:1180356007' },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.a.gdelt).toEqual(expected.get('1180356008'));
    expect(r.data.a.gdelt.sourceUrl).toMatch(/^https:\/\//);
    expect(r.data.b.gdelt).toEqual(expected.get('1180356007'));
    expect(r.data.b.gdelt.sourceUrl).toBe('BBC Monitoring');
  });

  it('event(id) of an article event has gdelt null, and so do events reached through an article (the batched loader)', async () => {
    const r = await gql(yoga, `query($id: ID!) { event(id: $id) { id ${GDELT_FIELDS} } }`, { id: IDS.signing1961 });
    expect(r.errors).toBeUndefined();
    expect(r.data.event).toEqual({ id: IDS.signing1961, gdelt: null });
    const viaArticle = await gql(
      yoga,
      `query($id: ID!) { article(id: $id) { reports { event { id origin ${GDELT_FIELDS} } } } }`,
      { id: ARTICLES.signingEn.id },
    );
    expect(viaArticle.errors).toBeUndefined();
    expect(viaArticle.data.article.reports.map((x: any) => x.event)).toEqual([
      { id: IDS.signing2024, origin: 'ARTICLE', gdelt: null },
    ]);
  });

  it('the docs/api.md question "where does this event come from, and what did GDELT say about it?" answers from the sample row', async () => {
    const readme = readFileSync(join(import.meta.dirname, '../../docs/api.md'), 'utf8');
    expect(readme).toContain(WHERE_FROM);
    const r = await gql(yoga, WHERE_FROM);
    expect(r.errors).toBeUndefined();
    expect(r.data.event).toMatchObject({
      type: 'TREATY_SIGNING',
      date: '2024-06-19',
      origin: 'GDELT',
      sources: [],
      gdelt: expected.get('1180356001'),
    });
  });

  it('a page of 100 events with participants, gdelt and totalCount costs at most 3 round trips: gdelt comes with the page query', async () => {
    const query = `{ events(first: 100) { totalCount edges { node { id participants { role actor { id } } ${GDELT_FIELDS} } } } }`;
    for (const api of [yoga, cypherOnly]) {
      await gql(api, query);
      expect(store.at(await executor.dataVersion())).not.toBeNull();
      const before = executor.roundTrips;
      const r = await gql(api, query);
      expect(r.errors).toBeUndefined();
      const nodes = r.data.events.edges.map((e: any) => e.node);
      // Enough events of both kinds that one query per event would show.
      expect(nodes.filter((n: any) => n.gdelt !== null)).toHaveLength(expected.size);
      expect(nodes.filter((n: any) => n.gdelt === null).length).toBeGreaterThan(5);
      // The page, then a version read (index) or a count (Cypher); no third query for gdelt.
      expect(executor.roundTrips - before).toBeLessThanOrEqual(2);
    }
  });
});

describe('TimelineItem.gdelt', () => {
  const ITEMS = `{ timeline(from: "2024-06", to: "2024-06", maxItems: 100) { items { id origin ${GDELT_FIELDS} } } }`;

  it('gives each GDELT item its sample row and article items null, the same from the index and from Cypher, in one query for all items', async () => {
    for (const api of [yoga, cypherOnly]) {
      await gql(api, ITEMS);
      const before = executor.roundTrips;
      const withGdelt = await gql(api, ITEMS);
      const withGdeltTrips = executor.roundTrips - before;
      expect(withGdelt.errors).toBeUndefined();
      const items = withGdelt.data.timeline.items;
      const fromGdelt = items.filter((i: any) => i.origin === 'GDELT');
      expect(fromGdelt.map((i: any) => i.gdelt.globalEventId).sort()).toEqual([...expected.keys()].sort());
      for (const i of fromGdelt) expect(i.gdelt).toEqual(expected.get(i.id.slice('gdelt:'.length)));
      const fromArticles = items.filter((i: any) => i.origin === 'ARTICLE');
      expect(fromArticles.length).toBeGreaterThan(0);
      expect(fromArticles.every((i: any) => i.gdelt === null)).toBe(true);
      // Without gdelt the same timeline sends one query fewer: the records of all items come in one.
      const plain = ITEMS.replace(GDELT_FIELDS, '');
      await gql(api, plain);
      const start = executor.roundTrips;
      expect((await gql(api, plain)).errors).toBeUndefined();
      expect(withGdeltTrips).toBe(executor.roundTrips - start + 1);
    }
  });
});

describe('EventFilter.origin', () => {
  const PAGE =
    'query($filter: EventFilter) { events(filter: $filter, first: 100) { totalCount edges { node { id origin gdelt { globalEventId } } } } }';

  it('events(filter: { origin }) keeps GDELT events, article events, or both; totalCount counts the same events', async () => {
    const ids = async (yogaOf: PactlineYoga, origin: string[] | null) => {
      const r = await gql(yogaOf, PAGE, { filter: origin === null ? null : { origin } });
      expect(r.errors).toBeUndefined();
      expect(r.data.events.totalCount).toBe(r.data.events.edges.length);
      return r.data.events.edges.map((e: any) => e.node);
    };
    const all = await ids(yoga, null);
    const gdelt = await ids(yoga, ['GDELT']);
    const articles = await ids(yoga, ['ARTICLE']);
    expect(gdelt.map((n: any) => n.id).sort()).toEqual([...expected.keys()].map((k) => `gdelt:${k}`).sort());
    expect(articles.every((n: any) => n.gdelt === null && n.origin === 'ARTICLE')).toBe(true);
    expect(gdelt.every((n: any) => n.gdelt !== null && n.origin === 'GDELT')).toBe(true);
    expect(articles.length).toBeGreaterThan(0);
    expect(gdelt.length + articles.length).toBe(all.length);
    expect(await ids(yoga, ['ARTICLE', 'GDELT'])).toEqual(all);
    expect(await ids(yoga, [])).toEqual(all);
    // The count from Cypher (no index) agrees with the index's.
    expect((await ids(cypherOnly, ['GDELT'])).length).toBe(gdelt.length);
    expect((await ids(cypherOnly, ['ARTICLE'])).length).toBe(articles.length);
  });

  it('an unknown origin is a GraphQL validation error that quotes it', async () => {
    const r = await gql(yoga, '{ events(filter: { origin: [WIRE] }) { totalCount } }');
    expect(r.errors?.[0]?.message).toContain('WIRE');
  });

  const TIMELINE = `query T($from: PartialDate!, $to: PartialDate!, $filter: EventFilter, $lanes: LaneBy, $maxItems: Int) {
    timeline(from: $from, to: $to, filter: $filter, lanes: $lanes, maxItems: $maxItems) {
      mode total undated lanes { id } items { id origin } bins { lane start count typeCounts } binTypes
    }
  }`;

  it('timeline with origin gives the same answer from the timeline index and from Cypher (items, bins, lanes by actor and type)', async () => {
    const cases = [
      { from: '2024-06', to: '2024-06', maxItems: 100, filter: { origin: ['GDELT'] } },
      { from: '2024-06', to: '2024-06', maxItems: 0, filter: { origin: ['GDELT'] } },
      { from: '2024-06', to: '2024-06', maxItems: 0, filter: { origin: ['GDELT'] }, lanes: 'TYPE' },
      { from: '1900', to: '2030', maxItems: 0, filter: { origin: ['ARTICLE'] } },
      { from: '1900', to: '2030', maxItems: 100, filter: { origin: ['ARTICLE'], actorIds: [IDS.russia] } },
      { from: '1900', to: '2030', maxItems: 0, filter: { origin: ['ARTICLE', 'GDELT'] }, lanes: 'TYPE' },
    ];
    const totals: number[] = [];
    for (const c of cases) {
      const version = await executor.dataVersion();
      expect(store.at(version)).not.toBeNull();
      const fromIndex = await gql(yoga, TIMELINE, c);
      const fromCypher = await gql(cypherOnly, TIMELINE, c);
      expect(fromIndex.errors).toBeUndefined();
      expect(fromIndex.data).toEqual(fromCypher.data);
      totals.push(fromIndex.data.timeline.total);
      const origins = new Set(fromIndex.data.timeline.items.map((i: any) => i.origin));
      if (c.maxItems > 0) expect([...origins]).toEqual(c.filter.origin);
    }
    expect(totals[0]).toBe(expected.size);
    expect(totals[3]! + expected.size).toBe(totals[5]);
  });
});

describe('full text and GDELT events', () => {
  it('a GDELT summary names the actors that search is asked for, so the tests below can fail', async () => {
    const r = await gql(yoga, '{ event(id: "gdelt:1180356001") { summary } }');
    expect(r.data.event.summary).toMatch(/Russia.*North Korea/);
  });

  it('search finds events from articles, never GDELT events (their summaries are generated from actors, type and CAMEO code)', async () => {
    const r = await gql(yoga, '{ search(query: "Russia North Korea", first: 50, kinds: [EVENT]) { kind id label } }');
    expect(r.errors).toBeUndefined();
    const ids: string[] = r.data.search.map((h: any) => h.id);
    expect(ids).toContain('event:treaty_signing:treaty:russia-dprk-friendship-2000');
    expect(ids.filter((id) => id.startsWith('gdelt:'))).toEqual([]);
  });

  it('events(filter: { text }) matches events from articles only, on both timeline paths', async () => {
    const r = await gql(
      yoga,
      '{ events(filter: { text: "Russia" }, first: 100) { totalCount edges { node { id origin } } } }',
    );
    expect(r.errors).toBeUndefined();
    const origins = new Set(r.data.events.edges.map((e: any) => e.node.origin));
    expect(r.data.events.totalCount).toBeGreaterThan(0);
    expect([...origins]).toEqual(['ARTICLE']);
    const timeline =
      '{ timeline(from: "1900", to: "2030", filter: { text: "Russia" }, maxItems: 100) { total items { origin } } }';
    const fromIndex = await gql(yoga, timeline);
    expect(fromIndex.errors).toBeUndefined();
    expect(fromIndex.data).toEqual((await gql(cypherOnly, timeline)).data);
    expect(fromIndex.data.timeline.total).toBe(r.data.events.totalCount);
  });

  it('text with origin [GDELT] is refused with what to use instead; with both origins it is allowed', async () => {
    const r = await gql(yoga, '{ events(filter: { text: "Russia", origin: [GDELT] }) { totalCount } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toBe(
      'invalid filter.text: "Russia" (allowed: none with origin [GDELT]: only events from articles are in the full-text index (a GDELT event\'s summary is generated from its type, actors and CAMEO code); select GDELT events by filter.actorIds, types, placeIds and dates)',
    );
    const both = await gql(yoga, '{ events(filter: { text: "Russia", origin: [GDELT, ARTICLE] }) { totalCount } }');
    expect(both.errors).toBeUndefined();
    expect(both.data.events.totalCount).toBeGreaterThan(0);
  });
});
