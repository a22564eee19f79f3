import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor';
import { importGdelt } from '../../server/ingest';
import { listSources, readGdeltFile } from '../../server/ingest/read-sources';
import { countNodes, graphShape, graphSnapshot, resetDatabase, useTestDatabase } from '../support/database';
import { killIngestCliMidLoad, startIngestCli } from '../support/ingest-cli';
import { generateGdeltLines } from '../fixtures/ingest/generate-gdelt';

/**
 * The GDELT import creates events it has not seen and merges the ones already there: these
 * tests load the same rows in the ways that mix the two (resumed after kill -9, twice at once,
 * an id repeated in a later batch) and compare with one clean load.
 */
async function load(db: Executor, file: string, options: { batchSize: number; concurrency?: number }) {
  const [source] = await listSources([file]);
  return importGdelt(db, readGdeltFile(source!, {}), options);
}

describe('GDELT import: created or merged, the same graph', () => {
  // Each test resets the database itself, between its clean load and the load it compares.
  const db = useTestDatabase({ reset: 'never' });
  let dir: string;
  const lines = [...generateGdeltLines(3_000, { seed: 11 })];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pactline-ingest-gdelt-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
  });

  async function cleanLoad(file: string) {
    await resetDatabase(db);
    const summary = await load(db, file, { batchSize: 500 });
    return { summary, ...(await graphSnapshot(db)) };
  }

  it('a load over the first part already loaded ends with exactly the shape of a clean load', async () => {
    const all = join(dir, 'all.export.CSV');
    const head = join(dir, 'head.export.CSV');
    writeFileSync(all, `${lines.join('\n')}\n`);
    writeFileSync(head, `${lines.slice(0, 1_100).join('\n')}\n`);
    const clean = await cleanLoad(all);
    expect(clean.summary.events).toBe(3_000);
    expect(clean.shape['node:Event']).toBe(3_000);

    await resetDatabase(db);
    await load(db, head, { batchSize: 500 });
    expect(await countNodes(db, 'Event')).toBe(1_100);
    // Batches of 400 straddle the 1,100 rows already in: a batch holds both kinds.
    const resumed = await load(db, all, { batchSize: 400 });
    expect(resumed.events).toBe(3_000);
    expect(await graphShape(db)).toEqual(clean.shape);
  });

  it('two loads of the same rows at the same time end with the shape of one load', async () => {
    const file = join(dir, 'twice.export.CSV');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const clean = await cleanLoad(file);
    await resetDatabase(db);
    // allSettled: a failed load must not go on writing into the next test.
    const both = await Promise.allSettled([
      load(db, file, { batchSize: 250, concurrency: 2 }),
      load(db, file, { batchSize: 300, concurrency: 2 }),
    ]);
    expect(both.map((s) => (s.status === 'fulfilled' ? s.value.events : String(s.reason)))).toEqual([3_000, 3_000]);
    expect(await graphShape(db)).toEqual(clean.shape);
  });

  it('an event id repeated in a later batch, while the first is still being written, is one event', async () => {
    const once = join(dir, 'once.export.CSV');
    const repeated = join(dir, 'repeated.export.CSV');
    // Other events with the same actors and places go first, so that no batch waits on another's new actor.
    const before = join(dir, 'before.export.CSV');
    writeFileSync(before, `${[...generateGdeltLines(1_000, { seed: 11, firstId: 1_100_000_000 })].join('\n')}\n`);
    writeFileSync(once, `${lines.slice(0, 1_000).join('\n')}\n`);
    writeFileSync(repeated, `${[...lines.slice(0, 1_000), ...lines.slice(0, 1_000)].join('\n')}\n`);
    await resetDatabase(db);
    await load(db, before, { batchSize: 500 });
    await load(db, once, { batchSize: 500 });
    const clean = { shape: await graphShape(db) };
    await resetDatabase(db);
    await load(db, before, { batchSize: 500 });
    // Batches 1 and 3 hold the same ids and are written at the same time.
    const summary = await load(db, repeated, { batchSize: 500, concurrency: 3 });
    expect(summary).toMatchObject({ rows: 2_000, rejected: 0 });
    expect(await graphShape(db)).toEqual(clean.shape);
  });

  it('after kill -9 in the middle of a GDELT load, loading again ends with exactly the counts of a clean load', async () => {
    const total = 20_000;
    const file = join(dir, 'crash.export.CSV');
    writeFileSync(file, `${[...generateGdeltLines(total, { seed: 12 })].join('\n')}\n`);
    await resetDatabase(db);
    const clean = await startIngestCli(['--batch-size', '500', file]).done;
    expect(clean.code, clean.stderr).toBe(0);
    const cleanGraph = await graphSnapshot(db);
    expect(cleanGraph.shape['node:Event']).toBe(total);

    await resetDatabase(db);
    const killed = await killIngestCliMidLoad(
      ['--batch-size', '500', file],
      async () => (await countNodes(db, 'Event')) >= 1_000,
    );
    expect(killed.signal).toBe('SIGKILL');
    const partial = await countNodes(db, 'Event');
    expect(partial).toBeGreaterThanOrEqual(1_000);
    expect(partial).toBeLessThan(total);

    const resumed = await startIngestCli(['--batch-size', '500', file]).done;
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(await graphSnapshot(db)).toEqual(cleanGraph);

    const again = await startIngestCli(['--batch-size', '500', file]).done;
    expect(again.code, again.stderr).toBe(0);
    expect(await graphSnapshot(db)).toEqual(cleanGraph);
  }, 600_000);
});
