/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are checked field by field */
/**
 * The API over a graph written by the real ingestion (the russia-dprk seed dataset): every
 * query shape runs without errors and returns what the graph conventions promise, so a drift
 * between server/db/model.ts as ingestion writes it and the repository shows up here.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config';
import { createPactlineYoga, type PactlineYoga } from '../../server/graphql/create-yoga';
import { loadSources } from '../../server/ingest/load-sources';
import { listSources } from '../../server/ingest/read-sources';
import { DATASETS_DIR } from '../../server/ingest/seed-datasets';
import { useTestDatabase } from '../support/database';
import { EVENTS_BETWEEN, HOW_CONNECTED, TREATIES_IN_FORCE, WHO_SAYS_WHEN, gql } from '../support/api-fixtures';

const executor = useTestDatabase({ reset: 'beforeAll' });
let yoga: PactlineYoga;
/** The dataset's article files: each becomes one article. */
let articleFiles: number;

beforeAll(async () => {
  const files = await listSources([join(DATASETS_DIR, 'russia-dprk')]);
  articleFiles = files.length;
  await loadSources(executor, files, { clock: () => new Date('2026-11-26T12:00:00Z'), maxBytes: 1_000_000 });
  yoga = createPactlineYoga({ executor, config: { ...readConfig({ LOG_LEVEL: 'silent' }), requestTimeoutMs: 60_000 } });
}, 300_000);

describe('the API over the ingested russia-dprk dataset', () => {
  it('stats, events with every nested field, and a timeline read without errors', async () => {
    const stats = await gql(
      yoga,
      '{ stats { events actors treaties articles reports earliest latest eventsByType { type count } } }',
    );
    expect(stats.errors, JSON.stringify(stats.errors)).toBeUndefined();
    expect(stats.data.stats.events).toBeGreaterThan(0);
    expect(articleFiles).toBeGreaterThan(5);
    expect(stats.data.stats.articles).toBe(articleFiles);
    const events = await gql(
      yoga,
      `{ events(first: 50) { totalCount edges { node {
      id type date datePrecision endDate modality summary confidence plover cameo
      participants { role actor { id name kind aliases } }
      place { id name } treaty { id name status signedOn inForceFrom endedOn }
      sources { article { id title language publishedAt ingestedAt } quote start end claimedDate confidence }
      conflicts { date sources { article { id } } }
    } } } }`,
    );
    expect(events.errors, JSON.stringify(events.errors)).toBeUndefined();
    expect(events.data.events.edges.length).toBe(Math.min(50, events.data.events.totalCount));
    const sourced = events.data.events.edges.flatMap((e: any) => e.node.sources);
    expect(sourced.length).toBeGreaterThan(0);
    const timeline = await gql(
      yoga,
      '{ timeline(from: "1950", to: "2030") { mode total lanes { id label } items { id date lanes } spans { treaty { id } start end startKind endKind } } }',
    );
    expect(timeline.errors, JSON.stringify(timeline.errors)).toBeUndefined();
    const bins = await gql(
      yoga,
      '{ timeline(from: "1950", to: "2030", maxItems: 0) { mode bins { lane start end count byType { type count } } } }',
    );
    expect(bins.errors).toBeUndefined();
    expect(bins.data.timeline.mode).toBe('BINS');
  });

  it('treaties, articles with their facts, search and the analyst queries read without errors', async () => {
    const treaties = await gql(
      yoga,
      '{ treaties(first: 100) { totalCount edges { node { id name status parties { actor { id } sources { id } } events { id type } replaces { basis effectiveOn treaty { id } sources { id } } replacedBy { basis treaty { id } } lineage { id } inForceOn(date: "2000-01-01") } } } }',
    );
    expect(treaties.errors).toBeUndefined();
    expect(treaties.data.treaties.totalCount).toBeGreaterThan(0);
    const articles = await gql(
      yoga,
      '{ articles(first: 100) { totalCount edges { node { id language text reports { event { id } quote start end claimedDate } mentions { kind actor { id } treaty { id } quote start end } } } } }',
    );
    expect(articles.errors).toBeUndefined();
    expect(articles.data.articles.edges).toHaveLength(articleFiles);
    expect(articles.data.articles.edges.some(({ node }: any) => node.reports.length > 0)).toBe(true);
    for (const { node } of articles.data.articles.edges) {
      for (const r of node.reports) expect(node.text.slice(r.start, r.end)).toBe(r.quote);
    }
    const search = await gql(yoga, '{ search(query: "Pyongyang") { kind id label highlight } }');
    expect(search.errors).toBeUndefined();
    for (const q of [EVENTS_BETWEEN, TREATIES_IN_FORCE, HOW_CONNECTED, WHO_SAYS_WHEN]) {
      const r = await gql(yoga, q);
      expect(r.errors, q).toBeUndefined();
    }
  });
});
