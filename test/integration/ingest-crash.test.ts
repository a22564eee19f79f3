import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor';
import { countGraph, graphShape, openTestDatabase, resetDatabase } from '../support/database';
import { startIngestCli } from '../support/ingest-cli';
import { generateArticles, toJsonl } from '../fixtures/ingest/generate-articles';

async function articleCount(db: Executor): Promise<number> {
  const [row] = await db.read<{ n: number }>({ cypher: 'MATCH (a:Article) RETURN count(a) AS n', params: {} });
  return row?.n ?? 0;
}

describe('npm run ingest: crash safety', () => {
  let db: Executor;
  let dir: string;
  let file: string;
  const total = 120;
  beforeAll(async () => {
    db = await openTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'pactline-ingest-crash-'));
    file = join(dir, 'articles.jsonl');
    writeFileSync(file, toJsonl(generateArticles(total, 7)));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.close();
  });

  it('after kill -9 in the middle of a load, loading again ends with exactly the counts of a clean load', async () => {
    await resetDatabase(db);
    const clean = await startIngestCli([file]).done;
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(new RegExp(`created\\s+${total}\\b`));
    const cleanCounts = await countGraph(db);
    const cleanShape = await graphShape(db);

    await resetDatabase(db);
    const run = startIngestCli(['--concurrency', '4', file]);
    // Kill it once some articles are in, while others are in flight.
    const deadline = Date.now() + 120_000;
    while ((await articleCount(db)) < 10 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    run.child.kill('SIGKILL');
    const killed = await run.done;
    expect(killed.signal).toBe('SIGKILL');
    const partial = await articleCount(db);
    expect(partial).toBeGreaterThanOrEqual(10);
    expect(partial).toBeLessThan(total);

    const resumed = await startIngestCli([file]).done;
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toMatch(new RegExp(`skipped \\(duplicates\\)\\s+${partial}\\b`));
    expect(await graphShape(db)).toEqual(cleanShape);
    expect(await countGraph(db)).toEqual(cleanCounts);

    // And once more: a third load changes nothing.
    const again = await startIngestCli([file]).done;
    expect(again.stdout).toMatch(new RegExp(`skipped \\(duplicates\\)\\s+${total}\\b`));
    expect(await countGraph(db)).toEqual(cleanCounts);
  }, 600_000);
});
