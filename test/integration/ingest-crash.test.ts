import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countNodes, graphSnapshot, resetDatabase, useTestDatabase } from '../support/database';
import { killIngestCliMidLoad, startIngestCli } from '../support/ingest-cli';
import { generateArticles, toJsonl } from '../fixtures/ingest/generate-articles';

describe('npm run ingest: crash safety', () => {
  // The test resets the database itself: once before the clean load, once before the killed one.
  const db = useTestDatabase({ reset: 'never' });
  let dir: string;
  let file: string;
  const total = 120;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pactline-ingest-crash-'));
    file = join(dir, 'articles.jsonl');
    writeFileSync(file, toJsonl(generateArticles(total, 7)));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('after kill -9 in the middle of a load, loading again ends with exactly the counts of a clean load', async () => {
    await resetDatabase(db);
    const clean = await startIngestCli([file]).done;
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(new RegExp(`created\\s+${total}\\b`));
    const cleanGraph = await graphSnapshot(db);

    await resetDatabase(db);
    // Kill it once some articles are in, while others are in flight.
    const killed = await killIngestCliMidLoad(
      ['--concurrency', '4', file],
      async () => (await countNodes(db, 'Article')) >= 10,
    );
    expect(killed.signal).toBe('SIGKILL');
    const partial = await countNodes(db, 'Article');
    expect(partial).toBeGreaterThanOrEqual(10);
    expect(partial).toBeLessThan(total);

    const resumed = await startIngestCli([file]).done;
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toMatch(new RegExp(`skipped \\(duplicates\\)\\s+${partial}\\b`));
    expect(await graphSnapshot(db)).toEqual(cleanGraph);

    // And once more: a third load changes nothing.
    const again = await startIngestCli([file]).done;
    expect(again.stdout).toMatch(new RegExp(`skipped \\(duplicates\\)\\s+${total}\\b`));
    expect(await graphSnapshot(db)).toEqual(cleanGraph);
  }, 600_000);
});
