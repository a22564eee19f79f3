import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../server/config';

describe('readConfig', () => {
  it('readConfig({}) gives the defaults: port 4000, embedded Neo4j, writes off', () => {
    const c = readConfig({});
    expect(c).toMatchObject({ port: 4000, ingestToken: null, graphiql: true, introspection: true });
    expect(c.ingestMaxBytes).toBe(1_000_000);
    expect(c.neo4j).toEqual({
      uri: null,
      user: 'neo4j',
      password: null,
      database: 'neo4j',
      embedded: { home: null, port: 7687 },
    });
  });
  it('readConfig reads the embedded Neo4j data folder and Bolt port (npm start, npm run db, ingest and seed all use them)', () => {
    expect(readConfig({ NEO4J_HOME_DIR: '/tmp/pactline-data', NEO4J_BOLT_PORT: '0' }).neo4j.embedded).toEqual({
      home: '/tmp/pactline-data',
      port: 0,
    });
  });
  it('readConfig reads NEO4J_URI, user, password and database', () => {
    const c = readConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USER: 'u',
      NEO4J_PASSWORD: 'p',
      NEO4J_DATABASE: 'news',
    });
    expect(c.neo4j).toMatchObject({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'u',
      password: 'p',
      database: 'news',
    });
  });
  it.each([
    [{ PORT: 'abc' }, 'invalid PORT: "abc" (allowed: an integer from 0 to 65535)'],
    [{ PORT: '70000' }, 'invalid PORT: "70000"'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'invalid NEO4J_URI: "http://localhost:7474" (allowed: bolt://host:port'],
    [{ GRAPHIQL: 'maybe' }, 'invalid GRAPHIQL: "maybe" (allowed: true or false)'],
    [{ INGEST_TOKEN: 'short' }, 'invalid INGEST_TOKEN: too short'],
    [{ LOG_LEVEL: 'loud' }, 'invalid LOG_LEVEL: "loud"'],
    [{ NEO4J_DATABASE: 'bad name' }, 'invalid NEO4J_DATABASE: "bad name"'],
    [{ NEO4J_BOLT_PORT: '-1' }, 'invalid NEO4J_BOLT_PORT: "-1" (allowed: an integer from 0 to 65535)'],
  ])('readConfig(%j) throws %j', (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });
  it('readConfig reads INGEST_MAX_BYTES, the largest article text the API accepts, and refuses a non-positive one', () => {
    expect(readConfig({ INGEST_MAX_BYTES: '2048' }).ingestMaxBytes).toBe(2048);
    expect(() => readConfig({ INGEST_MAX_BYTES: '0' })).toThrow('invalid INGEST_MAX_BYTES: "0"');
  });
});
