/**
 * Fault benchmark: what an analyst sees when the embedded Neo4j dies under a running server.
 * Starts `server/main.ts` on a throwaway data folder (no seed), kills the Neo4j child with
 * SIGKILL, and measures, with one GraphQL read every 50 ms (bounded: at most 10 minutes):
 *   - the time from the kill to the first failed answer, and its status and code;
 *   - the time to recovery: the first successful read again (the server restarts Neo4j itself);
 *   - the slowest answer while the database was away.
 * Repeats ROUNDS times (default 3) on the same server.
 *
 *   npm run bench:fault
 *   ROUNDS=5 npm run bench:fault
 */
import { commandLineOrExit, integerVariable } from '../server/cli/command-line';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess, type ServerProcess } from '../test/support/server-process';

const ROUNDS = commandLineOrExit(
  process.argv.slice(2),
  {
    name: 'bench:fault',
    run: 'npm run bench:fault --',
    options: {},
    notes: ['environment: ROUNDS (kills of Neo4j, default 3)'],
  },
  () => integerVariable(process.env, 'ROUNDS', 3, 1, 100),
);
const BODY = JSON.stringify({ query: '{ stats { events } }' });

async function read(base: string): Promise<{ status: number; code: string | null; ms: number }> {
  const started = performance.now();
  try {
    const r = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: BODY,
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await r.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { status: r.status, code: body.errors?.[0]?.extensions?.code ?? null, ms: performance.now() - started };
  } catch (error) {
    return { status: 0, code: (error as Error).name, ms: performance.now() - started };
  }
}

async function main(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'pactline-bench-fault-'));
  let server: ServerProcess | null = null;
  try {
    server = await startServerProcess({ home, onLine: (line) => process.stderr.write(`  server: ${line}\n`) });
    const { base } = server;
    process.stdout.write(`server at ${base}; ${ROUNDS} rounds of kill -9 of its Neo4j\n`);
    for (let round = 1; round <= ROUNDS; round++) {
      const pid = server.neo4jPid();
      if (pid === null) throw new Error('no Neo4j process found');
      const killed = performance.now();
      process.kill(pid, 'SIGKILL');
      let firstFailure: { at: number; status: number; code: string | null } | null = null;
      let slowest = 0;
      let answers = 0;
      const deadline = killed + 600_000;
      for (;;) {
        const r = await read(base);
        answers++;
        const at = performance.now() - killed;
        if (r.status !== 200) {
          firstFailure ??= { at, status: r.status, code: r.code };
          slowest = Math.max(slowest, r.ms);
        } else if (firstFailure) {
          process.stdout.write(
            `round ${round}: first failure after ${(firstFailure.at / 1000).toFixed(2)} s (${firstFailure.status} ${firstFailure.code}); ` +
              `recovered after ${(at / 1000).toFixed(1)} s; slowest failed answer ${(slowest / 1000).toFixed(2)} s; ${answers} reads\n`,
          );
          break;
        }
        if (performance.now() > deadline) throw new Error('no recovery within 10 minutes');
        await new Promise((r2) => setTimeout(r2, 50));
      }
    }
  } finally {
    await server?.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:fault: ${(error as Error).message}`);
  process.exit(1);
});
