import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_REJECTED } from '../../server/cli/ingest';
import { countNodes, useTestDatabase } from '../support/database';
import { startIngestCli } from '../support/ingest-cli';
import { generateArticles, toJsonl } from '../fixtures/ingest/generate-articles';

const ingest = (args: string[]) => startIngestCli(args).done;

const article = (n: number) => ({
  url: `https://example.test/hostile/${n}`,
  title: `Putin visits Pyongyang ${n}`,
  text: `Russian President Vladimir Putin arrived in Pyongyang on 18 June 2024 (${n}).`,
  publishedAt: '2024-06-18',
  language: 'en',
});
const line = (n: number) => `${JSON.stringify(article(n))}\n`;

describe('npm run ingest: what is not an article is refused, never stored, never hangs', () => {
  const db = useTestDatabase({ reset: 'beforeEach' });
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pactline-ingest-hostile-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a txt file that is not valid UTF-8, naming the byte', async () => {
    const file = join(dir, 'latin1.txt');
    // "Señor" in Latin-1: 0xF1 is not UTF-8.
    writeFileSync(file, Buffer.concat([Buffer.from('A title\n\nSe'), Buffer.from([0xf1]), Buffer.from('or Putin.\n')]));
    const r = await ingest([file]);
    expect(r.code, r.stderr).toBe(EXIT_REJECTED);
    expect(r.stderr).toContain('latin1.txt: invalid UTF-8 at byte 11');
    expect(await countNodes(db, 'Article')).toBe(0);
  }, 120_000);

  it('refuses a binary file (valid UTF-8 with NUL bytes) given a .txt name', async () => {
    const file = join(dir, 'binary.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('ELF title\n\n'), Buffer.alloc(68), Buffer.from('tail\n')]));
    const r = await ingest([file]);
    expect(r.code, r.stderr).toBe(EXIT_REJECTED);
    expect(r.stderr).toContain('binary.txt: NUL byte at byte 11');
    expect(await countNodes(db, 'Article')).toBe(0);
  }, 120_000);

  it('refuses an invalid UTF-8 line of a JSONL file and loads the others', async () => {
    const file = join(dir, 'mixed.jsonl');
    const bad = Buffer.from(line(2).replace('Pyongyang 2', 'Pyongyang \u0000X'));
    bad[bad.indexOf(0)] = 0xc3; // a lead byte followed by "X": invalid UTF-8
    writeFileSync(file, Buffer.concat([Buffer.from(line(1)), bad, Buffer.from(line(3))]));
    const r = await ingest([file]);
    expect(r.code, r.stderr).toBe(EXIT_REJECTED);
    expect(r.stderr).toMatch(/mixed\.jsonl:2: invalid UTF-8 at byte \d+/);
    expect(r.stdout).toMatch(/created\s+2\b/);
    expect(await countNodes(db, 'Article')).toBe(2);
  }, 120_000);

  it('refuses a JSONL line over its bound without reading it whole, and loads the next line', async () => {
    const file = join(dir, 'long-line.jsonl');
    // --max-bytes 1000 bounds a line at 3 × 1000 + 64 KiB; this one is 200 kB.
    const long = JSON.stringify({ ...article(9), text: 'x'.repeat(200_000) });
    writeFileSync(file, `${long}\n${line(1)}`);
    const r = await ingest(['--max-bytes', '1000', file]);
    expect(r.code, r.stderr).toBe(EXIT_REJECTED);
    expect(r.stderr).toMatch(/long-line\.jsonl:1: line too long: \d+ bytes \(allowed: at most 68536 bytes a line\)/);
    expect(r.stdout).toMatch(/created\s+1\b/);
  }, 120_000);

  it('refuses a FIFO given by name with exit status 2, without waiting for a writer', async () => {
    const fifo = join(dir, 'pipe.jsonl');
    execFileSync('mkfifo', [fifo]);
    const r = await ingest([fifo]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`ingest: not a regular file: ${fifo} is a FIFO (allowed: regular files or folders)`);
  }, 120_000);

  it('in a folder, rejects a FIFO with an article name and loads the regular files beside it', async () => {
    const folder = join(dir, 'with-fifo');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.jsonl'), line(1));
    execFileSync('mkfifo', [join(folder, 'b.jsonl')]);
    const r = await ingest([folder]);
    expect(r.code, r.stderr).toBe(EXIT_REJECTED);
    expect(r.stderr).toContain('is a FIFO (allowed: regular files)');
    expect(r.stdout).toMatch(/created\s+1\b/);
    expect(await countNodes(db, 'Article')).toBe(1);
  }, 120_000);

  it('refuses /dev/zero, by name or behind an article-named symlink, with exit status 2', async () => {
    const link = join(dir, 'zero.jsonl');
    symlinkSync('/dev/zero', link);
    for (const path of ['/dev/zero', link]) {
      const r = await ingest([path]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`ingest: not a regular file: ${path} is a character device`);
    }
  }, 120_000);
});

describe('npm run ingest: SIGINT and SIGTERM stop a load at an article boundary', () => {
  const db = useTestDatabase({ reset: 'beforeEach' });
  let dir: string;
  let file: string;
  const total = 400;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pactline-ingest-signal-'));
    file = join(dir, 'articles.jsonl');
    writeFileSync(file, toJsonl(generateArticles(total, 11)));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    it(`${signal}: prints the summary of what was written, exits ${code}, and every stored article is whole`, async () => {
      const run = startIngestCli([file]);
      const deadline = Date.now() + 120_000;
      while ((await countNodes(db, 'Article')) < 5 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 25));
      run.child.kill(signal);
      const r = await run.done;
      expect(r.signal, r.stderr).toBeNull();
      expect(r.code, r.stderr).toBe(code);
      expect(r.stderr).toContain(`stopped by ${signal} before the end`);
      const created = Number(/created\s+(\d+)/.exec(r.stdout)?.[1]);
      expect(created).toBeLessThan(total);
      // What the summary says was created is what is stored, each article with the facts it reports.
      expect(await countNodes(db, 'Article')).toBe(created);
      const [row] = await db.read<{ bare: number }>({
        cypher: 'MATCH (a:Article) WHERE NOT (a)-[:REPORTS|MENTIONS]->() RETURN count(a) AS bare',
        params: {},
      });
      expect(row?.bare).toBe(0);
    }, 180_000);
  }
});
