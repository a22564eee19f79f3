import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file in the embedded Neo4j's data folder that keeps its password (owner read/write only). */
export const PASSWORD_FILE = 'pactline-password';

/**
 * The embedded Neo4j's password for the user neo4j: read from the data folder, or generated
 * (32 random bytes) and written there readable by the owner only on the first start. The server,
 * the CLI and `npm run db` read it from there, so nobody types it, and other local users cannot
 * reach the graph past INGEST_TOKEN through the Bolt port.
 */
export function embeddedPassword(home: string): string {
  const file = join(home, PASSWORD_FILE);
  if (existsSync(file)) {
    chmodSync(file, 0o600);
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= 16) return stored;
  }
  const password = randomBytes(32).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return password;
}

/** The stored password of the embedded Neo4j in `home`, or null when it has none yet. */
export function storedEmbeddedPassword(home: string): string | null {
  const file = join(home, PASSWORD_FILE);
  if (!existsSync(file)) return null;
  const stored = readFileSync(file, 'utf8').trim();
  return stored.length > 0 ? stored : null;
}
