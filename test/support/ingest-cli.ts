import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { inject } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

export interface CliExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `server/cli.ts ingest ARGS` in its own node process against the run's test Neo4j (no
 * npm/npx wrapper, so a SIGKILL hits the loader itself).
 */
export function startIngestCli(args: string[]): { child: ChildProcess; done: Promise<CliExit> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/cli.ts'), 'ingest', ...args], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliExit>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

/**
 * Starts `ingest ARGS`, waits until `loaded()` says enough is in (asking every 25 ms, for at most
 * two minutes), kills the loader with SIGKILL mid-load and returns how it exited.
 */
export async function killIngestCliMidLoad(args: string[], loaded: () => Promise<boolean>): Promise<CliExit> {
  const run = startIngestCli(args);
  const deadline = Date.now() + 120_000;
  while (!(await loaded()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  run.child.kill('SIGKILL');
  return run.done;
}
