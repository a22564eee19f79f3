import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

interface Exit {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs an entry point in its own node process, as `npm run` does (tsx), with the given arguments
 * and environment. The limits are generous: a bench imports the server, Vite and Playwright before
 * it reads its command line, which takes seconds on a loaded machine.
 */
function run(file: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Exit> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(ROOT, file), ...args],
      { cwd: ROOT, env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:9', ...env }, timeout: 180_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

/**
 * Every command-line entry point, with the usage line it prints: the documented flags (README.md,
 * docs/, CONTRIBUTING.md, package.json) are pinned here.
 */
const ENTRY_POINTS: { name: string; file: string; args: string[]; run: string; usage: string; allowed: string }[] = [
  {
    name: 'extract',
    run: 'npm run --silent extract --',
    file: 'server/cli.ts',
    args: ['extract'],
    usage: 'usage: npm run --silent extract -- [--published YYYY-MM-DD] FILE...',
    allowed: '--published YYYY-MM-DD, --help',
  },
  {
    name: 'ingest',
    run: 'npm run ingest --',
    file: 'server/cli.ts',
    args: ['ingest'],
    usage:
      'usage: npm run ingest -- [--dry-run] [--max-bytes N] [--concurrency N] [--batch-size N] [--verbose] PATH...',
    allowed: '--dry-run, --max-bytes N, --concurrency N, --batch-size N, --verbose, --help',
  },
  {
    name: 'seed',
    run: 'npm run seed --',
    file: 'server/cli.ts',
    args: ['seed'],
    usage:
      'usage: npm run seed -- [--team-written] [--gdelt] [--dry-run] [--max-bytes N] [--concurrency N] [--batch-size N] [--verbose] [DIR...]',
    allowed: '--team-written, --gdelt, --dry-run, --max-bytes N, --concurrency N, --batch-size N, --verbose, --help',
  },
  {
    name: 'db',
    run: 'npm run db --',
    file: 'server/cli.ts',
    args: ['db'],
    usage: 'usage: npm run db',
    allowed: '--help',
  },
  {
    name: 'start',
    run: 'npm start --',
    file: 'server/main.ts',
    args: [],
    usage: 'usage: npm start',
    allowed: '--help',
  },
  {
    name: 'score',
    run: 'npm run score --',
    file: 'scripts/score-extraction.ts',
    args: [],
    usage:
      'usage: npm run score -- [--set DIR]... [--split dev|blind] [--verbose] [--misses] [--summary] [--by-language] [--actors F1] [--events F1] [--treaties F1] [--lineage F1]',
    allowed:
      '--set DIR, --split dev|blind, --verbose, --misses, --summary, --by-language, --actors F1, --events F1, --treaties F1, --lineage F1, --help',
  },
  ...['extract', 'ingest', 'api', 'web', 'load', 'fault'].map((b) => ({
    name: `bench:${b}`,
    run: `npm run bench:${b} --`,
    file: `bench/${b}.ts`,
    args: [],
    usage: `usage: npm run bench:${b}`,
    allowed: '--help',
  })),
  {
    name: 'dev-stack',
    run: 'npx tsx test/e2e/support/dev-stack.ts',
    file: 'test/e2e/support/dev-stack.ts',
    args: [],
    usage: 'usage: npx tsx test/e2e/support/dev-stack.ts',
    allowed: '--help',
  },
];

// Each case waits on its own process: run them side by side.
describe.concurrent('command-line entry points, run in their own process', () => {
  it.for(ENTRY_POINTS)(
    '$name --no-such-option exits 2 with what is allowed and the usage line',
    { timeout: 200_000 },
    async ({ name, file, args, run: command, usage, allowed }, { expect }) => {
      const r = await run(file, [...args, '--no-such-option']);
      expect(r.stderr).toBe(
        `${name}: unknown option: --no-such-option (allowed: ${allowed})\n${usage}\n(${command} --help says more)\n`,
      );
      expect(r.stdout).toBe('');
      expect(r.code).toBe(2);
    },
  );

  it.for(ENTRY_POINTS)(
    '$name --help prints the usage line and every option on stdout and exits 0',
    { timeout: 200_000 },
    async ({ file, args, usage, allowed }, { expect }) => {
      const r = await run(file, [...args, '--help']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const lines = r.stdout.split('\n');
      expect(lines[0]).toBe(usage);
      for (const option of allowed.split(', ')) expect(lines.some((l) => l.trimStart().includes(option))).toBe(true);
    },
  );

  it.for([
    {
      name: 'ingest --concurrency 0',
      file: 'server/cli.ts',
      args: ['ingest', '--concurrency', '0', 'seed/datasets'],
      env: {},
      error: 'ingest: invalid --concurrency: "0" (allowed: an integer from 1 to 64)',
    },
    {
      name: 'ingest --max-bytes with no value',
      file: 'server/cli.ts',
      args: ['ingest', 'seed/datasets', '--max-bytes'],
      env: {},
      error: 'ingest: missing value for --max-bytes (allowed: an integer from 1 to 1000000000)',
    },
    {
      name: 'seed --dry-run=yes',
      file: 'server/cli.ts',
      args: ['seed', '--dry-run=yes'],
      env: {},
      error: 'seed: invalid --dry-run: "yes" (it takes no value: write --dry-run alone)',
    },
    {
      name: 'db with an argument',
      file: 'server/cli.ts',
      args: ['db', '7687'],
      env: {},
      error: 'db: unexpected argument: 7687 (this command takes no arguments, only options: --help)',
    },
    {
      name: 'score --split test',
      file: 'scripts/score-extraction.ts',
      args: ['--split', 'test'],
      env: {},
      error: 'score: invalid --split: "test" (allowed: dev or blind)',
    },
    {
      name: 'score --summary --verbose',
      file: 'scripts/score-extraction.ts',
      args: ['--summary', '--verbose'],
      env: {},
      error:
        'score: invalid --summary with --verbose (allowed: one of them: --summary names no file, --verbose lists each)',
    },
    {
      name: 'bench:load with EVENTS=many',
      file: 'bench/load.ts',
      args: [],
      env: { EVENTS: 'many' },
      error: 'bench:load: invalid EVENTS: "many" (allowed: an integer from 1 to 1000000)',
    },
  ])(
    '$name exits 2 with the value, what is allowed and the usage line',
    { timeout: 200_000 },
    async ({ file, args, env, error }, { expect }) => {
      const r = await run(file, args, env);
      const lines = r.stderr.split('\n');
      expect(lines[0]).toBe(error);
      expect(lines[1]).toMatch(/^usage: /);
      expect(r.code).toBe(2);
    },
  );

  it('server/cli.ts with an unknown command exits 2 naming the commands; --help exits 0', async ({ expect }) => {
    const bad = await run('server/cli.ts', ['injest', 'x']);
    expect(bad.stderr.split('\n')[0]).toBe('pactline: unknown command: injest (allowed: extract, ingest, seed, db)');
    expect(bad.code).toBe(2);
    const help = await run('server/cli.ts', ['--help']);
    expect(help.stdout).toMatch(/^usage: tsx server\/cli\.ts <command> \[args\]/);
    expect(help.code).toBe(0);
  }, 200_000);
});
