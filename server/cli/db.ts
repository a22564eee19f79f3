import { readConfig } from '../config';
import { join } from 'node:path';
import { startEmbeddedNeo4j } from '../db/embedded';
import { PASSWORD_FILE } from '../db/embedded-password';

/** `npm run db`: builds the launcher when needed and runs embedded Neo4j until Ctrl-C. */
export async function runDb(argv: string[]): Promise<number> {
  if (argv.length > 0) {
    process.stderr.write(
      `db takes no arguments (got ${argv.join(' ')}); set NEO4J_BOLT_PORT (0 = any free port) and NEO4J_HOME_DIR instead\n`,
    );
    return 2;
  }
  const { embedded } = readConfig(process.env).neo4j;
  const neo4j = await startEmbeddedNeo4j({
    home: embedded?.home ?? undefined,
    port: embedded?.port,
    onLog: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`NEO4J_READY ${neo4j.uri}\n`);
  process.stderr.write(
    `authentication is on: user neo4j, password in ${join(neo4j.home, PASSWORD_FILE)} (readable by you only)\n`,
  );
  const stop = () => {
    process.stderr.write('stopping Neo4j…\n');
    void neo4j.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await new Promise<void>((resolve) => neo4j.process.once('exit', () => resolve()));
  return 0;
}
