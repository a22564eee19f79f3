import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../../server/db/connect';
import { startEmbeddedNeo4j } from '../../server/db/embedded';

describe('startEmbeddedNeo4j', () => {
  let blocker: Server;
  let port: number;
  const home = mkdtempSync(join(tmpdir(), 'pactline-busy-'));
  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    port = (blocker.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise<void>((r) => blocker.close(() => r()));
    rmSync(home, { recursive: true, force: true });
  });

  it('rejects with "is already in use" when the Bolt port is taken, and leaves no Java process', async () => {
    const error = await startEmbeddedNeo4j({ home, port }).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(new RegExp(`port 127\\.0\\.0\\.1:${port} is already in use`));
    const ps = spawnSync('pgrep', ['-f', '--', `--home=${home}`], { encoding: 'utf8' });
    // pgrep exits 1 when nothing matches (2 would mean it could not run the search).
    expect(ps.status).toBe(1);
    expect(ps.stdout.trim()).toBe('');
  }, 180_000);
});

describe('connectDatabase', () => {
  it('connectDatabase with a wrong password rejects with DatabaseAuthError naming NEO4J_USER and NEO4J_PASSWORD', async () => {
    const authHome = mkdtempSync(join(tmpdir(), 'pactline-auth-'));
    const neo4j = await startEmbeddedNeo4j({ home: authHome, port: 0, password: 'right-password' });
    try {
      const error = await connectDatabase({
        uri: neo4j.uri,
        user: 'neo4j',
        password: 'wrong-password',
        database: 'neo4j',
      }).then(
        () => null,
        (e: Error) => e,
      );
      expect(error?.name).toBe('DatabaseAuthError');
      expect(error?.message).toMatch(/refused the credentials; check NEO4J_USER and NEO4J_PASSWORD/);
      const ok = await connectDatabase(
        { uri: neo4j.uri, user: 'neo4j', password: 'right-password', database: 'neo4j' },
        { migrate: false },
      );
      await ok.close();
    } finally {
      await neo4j.stop();
      rmSync(authHome, { recursive: true, force: true });
    }
  }, 180_000); // a second Neo4j cold-starts here: 7 s on a quiet machine, over 60 s under heavy load

  it('connectDatabase with an unreachable NEO4J_URI rejects with a message naming NEO4J_URI', async () => {
    const error = await connectDatabase({
      uri: 'bolt://127.0.0.1:1',
      user: 'neo4j',
      password: null,
      database: 'neo4j',
    }).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.name).toBe('DatabaseUnavailableError');
    expect(error?.message).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:1 is unreachable .*check NEO4J_URI/);
  });
});
