import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../../server/db/connect';
import { startEmbeddedNeo4j } from '../../server/db/embedded';
import { PASSWORD_FILE } from '../../server/db/embedded-password';
import { startServerProcess, type ServerProcess } from '../support/server-process';

const homes: string[] = [];
const tempHome = (prefix: string) => {
  const home = mkdtempSync(join(tmpdir(), prefix));
  homes.push(home);
  return home;
};
afterAll(() => {
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

/** Waits for `check` to return a value, trying every 200 ms for at most `tries` times. */
async function waitFor<T>(what: string, tries: number, check: () => Promise<T | null>): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = await check().catch(() => null);
    if (value !== null) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`gave up waiting for ${what}`);
}

const STATS = JSON.stringify({ query: '{ stats { events } }' });

async function graphql(base: string): Promise<{ status: number; code: string | null; data: unknown }> {
  const r = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: STATS,
    signal: AbortSignal.timeout(60_000),
  });
  const body = (await r.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return { status: r.status, code: body.errors?.[0]?.extensions?.code ?? null, data: body.data ?? null };
}

describe('the server outlives its embedded Neo4j', () => {
  let server: ServerProcess | null = null;
  afterAll(async () => {
    await server?.stop();
  });

  it('after kill -9 of Neo4j it answers 503 DATABASE_UNAVAILABLE, /livez stays 200, and it recovers by itself', async () => {
    const home = tempHome('pactline-death-');
    const logs: string[] = [];
    server = await startServerProcess({
      home,
      env: {
        LOG_LEVEL: 'info',
        // A loaded machine compiles the first query of a freshly restarted Neo4j slowly: the
        // test is about 503s and recovery, not about the read deadline.
        REQUEST_TIMEOUT_MS: '120000',
      },
      onLine: (line) => logs.push(line),
    });
    const { base } = server;
    expect((await graphql(base)).status).toBe(200);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    const pid = server.neo4jPid();
    expect(pid).not.toBeNull();
    process.kill(pid!, 'SIGKILL');

    // The first answer that is not a success says why, with 503, not a 504 after the deadline.
    const down = await waitFor('a failed answer', 300, async () => {
      const r = await graphql(base);
      return r.status === 200 ? null : r;
    });
    expect(down).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
    expect((await fetch(`${base}/livez`)).status).toBe(200);
    const health = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(5_000) });
    if (health.status === 503) {
      expect(await health.json()).toMatchObject({ status: 'unavailable', ready: false, database: 'down' });
    }

    // It restarts Neo4j itself and serves again without a restart of the server; meanwhile
    // every answer is a 503 that says why.
    const meanwhile = new Set<string>();
    const again = await waitFor('the server to answer again', 900, async () => {
      const r = await graphql(base);
      if (r.status === 200) return r;
      meanwhile.add(`${r.status} ${r.code}`);
      return null;
    });
    expect([...meanwhile]).toEqual(['503 DATABASE_UNAVAILABLE']);
    expect(again.data).toEqual({ stats: { events: 0 } });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(logs.join('\n')).toMatch(/the embedded Neo4j process exited \(signal SIGKILL\); restarting it/);
    // The probe may see Bolt answer before the launcher's ready line is read: wait for the log.
    await waitFor('the restart to be logged', 300, async () =>
      /embedded Neo4j restarted at bolt:/.test(logs.join('\n')) ? true : null,
    );
    expect(server.process.exitCode).toBeNull();
  }, 900_000); // three Neo4j cold starts' worth: a loaded 2-core machine takes 80 s for one
});

describe('the embedded Neo4j has authentication on', () => {
  it('generates a password readable by the owner only; without it Bolt refuses, with it the server connects', async () => {
    const home = tempHome('pactline-auth-default-');
    const neo4j = await startEmbeddedNeo4j({ home, port: 0, readyTimeoutMs: 180_000 });
    try {
      expect(neo4j.password).toMatch(/^[A-Za-z0-9_-]{40,}$/);
      expect(statSync(join(home, PASSWORD_FILE)).mode & 0o777).toBe(0o600);
      const anonymous = await connectDatabase(
        { uri: neo4j.uri, user: 'neo4j', password: null, database: 'neo4j' },
        { migrate: false },
      ).then(
        (db) => db.close().then(() => null),
        (e: Error) => e,
      );
      expect(anonymous?.name).toBe('DatabaseAuthError');
      const withPassword = await connectDatabase(
        { uri: neo4j.uri, user: 'neo4j', password: neo4j.password, database: 'neo4j' },
        { migrate: false },
      );
      await withPassword.close();
    } finally {
      await neo4j.stop();
    }
    // A second start reads the same password from the data folder.
    const again = await startEmbeddedNeo4j({ home, port: 0, readyTimeoutMs: 180_000 });
    try {
      expect(again.password).toBe(neo4j.password);
    } finally {
      await again.stop();
    }
  }, 400_000);
});
