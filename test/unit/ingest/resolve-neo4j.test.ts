import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveNeo4j } from '../../../server/cli/ingest';
import { readNeo4jConfig } from '../../../server/config';

describe('resolveNeo4j', () => {
  let server: Server | null = null;
  afterEach(async () => {
    vi.restoreAllMocks();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    server = null;
  });

  it('resolveNeo4j(config) uses a Neo4j already listening on NEO4J_BOLT_PORT, not on 7687', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    server = createServer((socket) => socket.end());
    await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
    const port = (server.address() as AddressInfo).port;
    const config = readNeo4jConfig({ NEO4J_BOLT_PORT: String(port) });
    expect((await resolveNeo4j(config)).uri).toBe(`bolt://127.0.0.1:${port}`);
  });

  it('resolveNeo4j(config) leaves the config alone with NEO4J_URI, or with NEO4J_BOLT_PORT=0 (any free port)', async () => {
    const given = readNeo4jConfig({ NEO4J_URI: 'bolt://db.example:7687' });
    expect(await resolveNeo4j(given)).toEqual(given);
    const anyPort = readNeo4jConfig({ NEO4J_BOLT_PORT: '0' });
    expect(await resolveNeo4j(anyPort)).toEqual(anyPort);
  });
});
