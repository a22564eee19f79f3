import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runExtract } from '../../../server/cli/extract';

describe('runExtract', () => {
  let out: string[];
  let err: string[];
  beforeEach(() => {
    out = [];
    err = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  });
  afterEach(() => vi.restoreAllMocks());

  it('runExtract(files) prints one JSON line per file and exit code 1 for a missing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pactline-extract-'));
    const good = join(dir, 'a.txt');
    const empty = join(dir, 'b.txt');
    const binary = join(dir, 'c.bin');
    writeFileSync(
      good,
      'Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un menandatangani pakta pada Rabu (19/6/2024) di Pyongyang.',
    );
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const code = await runExtract([good, join(dir, 'missing.txt'), empty, binary]);
    expect(code).toBe(1);
    const lines = out
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([good, empty, binary]);
    expect(lines[0].language).toBe('id');
    expect(lines[0].events[0]).toMatchObject({ type: 'treaty_signing', date: '2024-06-19' });
    expect(lines[1].warnings).toEqual(['empty text']);
    expect(lines[2].warnings).toEqual(['binary file: not UTF-8 text']);
    expect(err.join('')).toMatch(/cannot read .*missing\.txt: no such file/);
  });
  it('runExtract(--published) resolves relative dates and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pactline-extract-'));
    const f = join(dir, 'a.txt');
    writeFileSync(f, 'Russia and North Korea signed the treaty yesterday in Pyongyang, officials said.');
    expect(await runExtract(['--published', '2024-06-20', f])).toBe(0);
    expect(JSON.parse(out.join('')).events[0]).toMatchObject({ type: 'treaty_signing', date: '2024-06-19' });
  });
  it('runExtract(a 5 MB text) prints a warning line with no facts and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pactline-extract-'));
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'Putin met Kim in Pyongyang. '.repeat(190_000));
    expect(await runExtract([big])).toBe(0);
    const line = JSON.parse(out.join(''));
    expect(line).toMatchObject({ file: big, language: null, actors: [], events: [], treaties: [] });
    expect(line.warnings[0]).toMatch(/^file too large/);
  });
  it('runExtract(an unsupported language) prints a warning line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pactline-extract-'));
    const f = join(dir, 'pt.txt');
    writeFileSync(
      f,
      'O tratado foi assinado em 1961 pela União Soviética e pela Coreia do Norte e ainda está em vigor, segundo o governo.',
    );
    expect(await runExtract([f])).toBe(0);
    expect(JSON.parse(out.join('')).warnings[0]).toMatch(/unsupported language/);
  });
  it('runExtract(--published bad) exits 2 with a clear error', async () => {
    expect(await runExtract(['--published', 'yesterday', 'x.txt'])).toBe(2);
    expect(err.join('')).toContain(
      'extract: invalid --published: "yesterday" (allowed: YYYY, YYYY-MM or YYYY-MM-DD)\n',
    );
  });
});
