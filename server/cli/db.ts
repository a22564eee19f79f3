import { readConfig } from '../config';
import { join } from 'node:path';
import { startEmbeddedNeo4j } from '../db/embedded';
import { PASSWORD_FILE } from '../db/embedded-password';
import { runCommand, type CommandSpec } from './command-line';

const DB_COMMAND: CommandSpec = {
  name: 'db',
  run: 'npm run db --',
  options: {},
  notes: [
    'environment: NEO4J_BOLT_PORT (default 7687; 0 = any free port), NEO4J_HOME_DIR (default .data/neo4j)',
    'prints NEO4J_READY bolt://… on stdout when Neo4j answers; Ctrl-C stops it',
  ],
};

/** `npm run db`: builds the launcher when needed and runs embedded Neo4j until Ctrl-C. */
export function runDb(argv: string[]): Promise<number> {
  return runCommand(argv, DB_COMMAND, startDb);
}

async function startDb(): Promise<number> {
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
