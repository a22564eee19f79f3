/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are checked field by field */
/**
 * The default seed is real: what `npm start` loads on an empty database (seedIfEmpty with its
 * defaults) is the gazetteer's treaties and the published articles of seed/datasets; with
 * SEED_GDELT=true, the real GDELT 2.0 export of seed/gdelt too, as here. Every GDELT row is
 * accounted for, loading the real datasets and the export again (twice) changes no count, and the
 * graph still has the 1961 → 2000 → 2024 Russia–DPRK lineage although no real article states it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config';
import { createPactlineYoga, type PactlineYoga } from '../../server/graphql/create-yoga';
import { loadSources } from '../../server/ingest/load-sources';
import { listSources } from '../../server/ingest/read-sources';
import { GDELT_DIR, seedFolders } from '../../server/ingest/seed-datasets';
import { seedIfEmpty } from '../../server/ingest/seed-if-empty';
import { graphSnapshot, useTestDatabase } from '../support/database';
import { gql } from '../support/api-fixtures';

const T1961 = 'treaty:ussr-dprk-friendship-1961';
const T2000 = 'treaty:russia-dprk-friendship-2000';
const T2024 = 'treaty:russia-dprk-comprehensive-strategic-partnership-2024';
const GDELT_FILE = join(GDELT_DIR, '20191024143000.export.CSV');
const clock = () => new Date('2026-11-26T12:00:00Z');

const executor = useTestDatabase({ reset: 'beforeAll' });
let yoga: PactlineYoga;
let first: Awaited<ReturnType<typeof graphSnapshot>>;

/** The export's rows: every non-blank line (GDELT exports have no header). */
const gdeltRows = readFileSync(GDELT_FILE, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '').length;

async function gdeltEventCount(): Promise<number> {
  const [row] = await executor.read<{ n: number }>({
    cypher: 'MATCH (e:Event) WHERE e.gdeltId IS NOT NULL RETURN count(e) AS n',
    params: {},
  });
  return row?.n ?? 0;
}

beforeAll(() => {
  yoga = createPactlineYoga({ executor, config: { ...readConfig({ LOG_LEVEL: 'silent' }), requestTimeoutMs: 60_000 } });
});

describe('the default seed (real articles and a real GDELT export)', () => {
  it('seeding an empty database loads every real article and accounts for every GDELT row', async () => {
    // The default seed has no GDELT rows; SEED_GDELT=true adds the export.
    expect((await listSources(await seedFolders())).filter((f) => f.format === 'gdelt')).toEqual([]);
    const files = await listSources(await seedFolders({ gdelt: true }));
    const articles = files.filter((f) => f.format === 'txt');
    expect(articles.length).toBeGreaterThan(20);
    expect(files.filter((f) => f.format === 'gdelt').map((f) => f.path)).toEqual([GDELT_FILE]);
    const line = await seedIfEmpty(executor, { clock, gdelt: true });
    expect(line).toMatch(new RegExp(`^seeded ${articles.length} articles \\(`));
    // 2111 rows, one 15-minute export as GDELT published it: each one is written or rejected with a reason.
    expect(gdeltRows).toBe(2111);
    const m = /GDELT: (\d+) rows, (\d+) events written, (\d+) rejected/.exec(line ?? '');
    expect(m, line ?? '').not.toBeNull();
    const [rows, written, rejected] = (m as RegExpExecArray).slice(1).map(Number) as [number, number, number];
    expect(rows).toBe(gdeltRows);
    expect(written + rejected).toBe(rows);
    // Every written row is one event of its own (GDELT ids are unique within an export).
    expect(await gdeltEventCount()).toBe(written);
    first = await graphSnapshot(executor);
  }, 600_000);

  it('loading the real datasets and the export again, twice, creates nothing and leaves identical counts', async () => {
    const files = await listSources(await seedFolders({ gdelt: true }));
    const articles = files.filter((f) => f.format === 'txt').length;
    for (let i = 0; i < 2; i++) {
      const again = await loadSources(executor, files, { clock, maxBytes: 1_000_000 });
      expect(again.articles).toMatchObject({ created: 0, duplicates: articles, rejected: 0 });
      // The second and third imports merge every row into the event it wrote the first time.
      expect(again.gdelt.rows).toBe(gdeltRows);
      expect(again.gdelt.events + again.gdelt.rejected).toBe(gdeltRows);
      expect(await graphSnapshot(executor)).toEqual(first);
    }
  }, 600_000);

  it('the graph tells the 1961 → 2000 → 2024 Russia–DPRK lineage (the gazetteer supplies what no article states)', async () => {
    const r = await gql(yoga, 'query($id: ID!) { treaty(id: $id) { lineage { id } } }', { id: T1961 });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const ids = r.data.treaty.lineage.map((t: any) => t.id);
    expect(ids.filter((id: string) => [T1961, T2000, T2024].includes(id))).toEqual([T1961, T2000, T2024]);
    // The view's default window (stats' earliest..latest) reaches back to the treaties, not only to
    // the first real article's events (2010), so the 1961 and 2000 spans are in it.
    const s = await gql(yoga, '{ stats { earliest latest } }');
    expect(s.errors, JSON.stringify(s.errors)).toBeUndefined();
    expect(s.data.stats.earliest <= '1961-07-06').toBe(true);
    expect(s.data.stats.latest >= '2024-12-04').toBe(true);
  });

  it('real GDELT rows come out right: FIPS "AE" is the United Arab Emirates, two GOV actors stay two actors', async () => {
    const places = await executor.read<{ iso2: string | null }>({
      cypher: "MATCH (p:Place) WHERE p.name STARTS WITH 'Dubai, Dubayy' RETURN p.iso2 AS iso2",
      params: {},
    });
    expect(places).toEqual([{ iso2: 'AE' }]);
    const gov = await executor.read<{ id: string }>({
      cypher: "MATCH (a:Actor) WHERE a.gdeltCode = 'GOV' RETURN a.id AS id ORDER BY id",
      params: {},
    });
    expect(gov.length).toBeGreaterThan(1);
    expect(gov.map((g) => g.id)).toContain('gdelt:gov-minist-of-finance');
  });
});
