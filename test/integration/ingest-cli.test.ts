import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_REJECTED } from '../../server/cli/ingest';
import { useTestDatabase } from '../support/database';
import { startIngestCli } from '../support/ingest-cli';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures/ingest');

const ingest = (args: string[]) => startIngestCli(args).done;

describe('npm run ingest: exit status', () => {
  useTestDatabase({ reset: 'beforeEach' });
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pactline-ingest-cli-'));
    copyFileSync(join(FIXTURES, 'articles.jsonl'), join(dir, 'with-rejects.jsonl'));
    const good = {
      url: 'https://example.test/cli/1',
      title: 'Putin visits Pyongyang',
      text: 'Russian President Vladimir Putin arrived in Pyongyang on 18 June 2024.',
      publishedAt: '2024-06-18',
      language: 'en',
    };
    writeFileSync(join(dir, 'clean.jsonl'), `${JSON.stringify(good)}\n`);
    copyFileSync(join(FIXTURES, 'gdelt-sample.export.CSV'), join(dir, 'sample.export.CSV'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
  });

  it(`exits ${EXIT_REJECTED} when articles were rejected, still loading the rest and printing the summary`, async () => {
    const r = await ingest([join(dir, 'with-rejects.jsonl')]);
    expect(r.code, r.stderr).toBe(EXIT_REJECTED);
    expect(r.stdout).toMatch(/created\s+3\b/);
    expect(r.stdout).toMatch(/rejected\s+2\b/);
    expect(r.stderr).toContain('with-rejects.jsonl:2: malformed JSON');
    expect(r.stderr).toContain(`some inputs were rejected (2 articles, 0 GDELT rows): exit status ${EXIT_REJECTED}`);
  }, 120_000);

  it(`exits ${EXIT_REJECTED} when GDELT rows were rejected`, async () => {
    const r = await ingest([join(dir, 'sample.export.CSV')]);
    expect(r.code, r.stderr).toBe(EXIT_REJECTED);
    expect(r.stdout).toMatch(/events written\s+8\b/);
  }, 120_000);

  it('exits 0 on a clean load, and again when the reload skips every article as a duplicate', async () => {
    const first = await ingest([join(dir, 'clean.jsonl')]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/created\s+1\b/);
    const again = await ingest([join(dir, 'clean.jsonl')]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/skipped \(duplicates\)\s+1\b/);
  }, 120_000);
});
