import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../server/db/embedded';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/**
 * Starts one throwaway embedded Neo4j (temporary folder, free port) for the whole run, unless
 * NEO4J_URI points at a database the developer already runs. Tests read the URI with inject().
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.NEO4J_URI;
  if (given) {
    project.provide('neo4jUri', given);
    return async () => undefined;
  }
  const home = mkdtempSync(join(tmpdir(), 'pactline-neo4j-test-'));
  let neo4j: EmbeddedNeo4j;
  try {
    // A throwaway store in a temporary folder: no auth, so the tests connect as any Neo4j user would.
    neo4j = await startEmbeddedNeo4j({ home, port: 0, readyTimeoutMs: 180_000, auth: false });
  } catch (error) {
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
  };
}
