/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are checked field by field */
/**
 * Seeding (what `npm start` does on an empty database, and `npm run seed`) loads the gazetteer's
 * treaties and their lineage as facts sourced to the gazetteer, then the seed articles. The
 * API shows the 1961 → 2000 → 2024 Russia–DPRK lineage, with the gazetteer as a reference and
 * only articles as sources; seeding again changes nothing; deleting every seed article
 * leaves exactly the gazetteer's facts. The articles here are the team-written russia-dprk
 * dataset (loaded with --team-written): its articles state that the 2024 treaty replaces the
 * 2000 one, which none of the real ones does, so it is the one that shows articles joining the
 * gazetteer as sources of a lineage edge. The real default seed is test/api/real-seed.test.ts.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config';
import { createPactlineYoga, type PactlineYoga } from '../../server/graphql/create-yoga';
import { deleteArticle } from '../../server/ingest';
import { loadKnownTreaties } from '../../server/ingest/load-known-treaties';
import { loadSources } from '../../server/ingest/load-sources';
import { GAZETTEER_REFERENCE } from '../../server/ingest/plan-known-treaties';
import { listSources } from '../../server/ingest/read-sources';
import { TEAM_WRITTEN_DIR } from '../../server/ingest/seed-datasets';
import { seedIfEmpty } from '../../server/ingest/seed-if-empty';
import { countGraph, resetDatabase, useTestDatabase } from '../support/database';
import { gql } from '../support/api-fixtures';

const T1961 = 'treaty:ussr-dprk-friendship-1961';
const T2000 = 'treaty:russia-dprk-friendship-2000';
const T2024 = 'treaty:russia-dprk-comprehensive-strategic-partnership-2024';
const clock = () => new Date('2026-11-26T12:00:00Z');

const executor = useTestDatabase({ reset: 'beforeAll' });
let yoga: PactlineYoga;
let datasets: string;

const LINEAGE = `query($id: ID!) { treaty(id: $id) {
  lineage { id }
  replaces { basis treaty { id } sources { id title } references { id title path } }
  replacedBy { basis treaty { id } sources { id title } references { id title path } }
} }`;

async function lineageOf(id: string): Promise<any> {
  const r = await gql(yoga, LINEAGE, { id });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data.treaty;
}

beforeAll(async () => {
  // One dataset keeps the test short: a folder of dataset folders holding only the team-written russia-dprk.
  datasets = await mkdtemp(join(tmpdir(), 'pactline-seed-'));
  await cp(join(TEAM_WRITTEN_DIR, 'russia-dprk'), join(datasets, 'russia-dprk'), { recursive: true });
  yoga = createPactlineYoga({ executor, config: { ...readConfig({ LOG_LEVEL: 'silent' }), requestTimeoutMs: 60_000 } });
}, 60_000);

afterAll(async () => {
  await rm(datasets, { recursive: true, force: true });
});

describe('seeding an empty database', () => {
  it('loads the gazetteer treaties with the 1961 → 2000 → 2024 lineage, sourced to the gazetteer', async () => {
    const line = await seedIfEmpty(executor, { clock, datasetsDir: datasets });
    expect(line).toMatch(/^seeded 16 articles/);

    const t1961 = await lineageOf(T1961);
    // The lineage also holds the 2000 and 2001 declarations that the 2024 treaty ended (declared).
    expect(t1961.lineage.map((t: any) => t.id).filter((id: string) => [T1961, T2000, T2024].includes(id))).toEqual([
      T1961,
      T2000,
      T2024,
    ]);
    const by2000 = t1961.replacedBy.find((s: any) => s.treaty.id === T2000);
    // No seed article states it: the gazetteer is its reference, and no article is claimed as a source.
    expect(by2000).toEqual({
      basis: 'SUCCESSOR',
      treaty: { id: T2000 },
      sources: [],
      references: [GAZETTEER_REFERENCE],
    });

    const t2000 = await lineageOf(T2000);
    expect(t2000.replaces.map((s: any) => [s.basis, s.treaty.id])).toEqual([['SUCCESSOR', T1961]]);
    const by2024 = t2000.replacedBy.find((s: any) => s.treaty.id === T2024);
    expect(by2024).toMatchObject({ basis: 'LEGAL', references: [GAZETTEER_REFERENCE] });
    // The seed articles that say the 2024 treaty replaces the 2000 one are its sources.
    expect(by2024.sources.length).toBeGreaterThan(0);

    const t2024 = await lineageOf(T2024);
    expect(t2024.lineage.map((t: any) => t.id)).toEqual(t1961.lineage.map((t: any) => t.id));
  }, 300_000);

  it('seeding again (gazetteer and articles) leaves identical counts, and start-up seeding skips a loaded database', async () => {
    const first = await countGraph(executor);
    await loadKnownTreaties(executor);
    const again = await loadSources(executor, await listSources([join(datasets, 'russia-dprk')]), {
      clock,
      maxBytes: 1_000_000,
    });
    expect(again.articles).toMatchObject({ created: 0, duplicates: 16 });
    expect(await countGraph(executor)).toEqual(first);
    expect(await seedIfEmpty(executor, { clock, datasetsDir: datasets })).toBeNull();
    expect(await countGraph(executor)).toEqual(first);
  }, 300_000);

  it('deleting every seed article leaves exactly the graph the gazetteer alone writes', async () => {
    const articles = await executor.read<{ id: string }>({ cypher: 'MATCH (a:Article) RETURN a.id AS id', params: {} });
    for (const { id } of articles) expect((await deleteArticle(executor, id)).deleted).toBe(true);
    const left = await countGraph(executor);
    const t1961 = await lineageOf(T1961);
    expect(t1961.lineage.map((t: any) => t.id)).toContain(T2024);
    expect(t1961.replacedBy).toEqual([
      { basis: 'SUCCESSOR', treaty: { id: T2000 }, sources: [], references: [GAZETTEER_REFERENCE] },
    ]);

    await resetDatabase(executor);
    await loadKnownTreaties(executor);
    expect(left).toEqual(await countGraph(executor));
  }, 300_000);
});
