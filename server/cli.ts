/**
 * The command line: `tsx server/cli.ts <command> [args]`. Each command lives in server/cli/<name>.ts
 * and exports run(argv) returning an exit code; errors we expect print one line, never a stack.
 */
type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, { describe: string; load: () => Promise<Command> }> = {
  extract: {
    describe: 'extract facts from article files as JSON lines',
    load: async () => (await import('./cli/extract')).runExtract,
  },
  ingest: {
    describe: 'load files or folders (txt, jsonl, GDELT csv) into Neo4j',
    load: async () => (await import('./cli/ingest')).runIngest,
  },
  seed: {
    describe: 'load the seed datasets (or one: seed DIR)',
    load: async () => (await import('./cli/seed')).runSeed,
  },
  db: {
    describe: 'start the embedded Neo4j (data in .data/neo4j)',
    load: async () => (await import('./cli/db')).runDb,
  },
};

function usage(): string {
  return `usage: tsx server/cli.ts <command> [args]\ncommands:\n${Object.entries(COMMANDS)
    .map(([name, c]) => `  ${name.padEnd(8)} ${c.describe}`)
    .join('\n')}`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stderr.write(`${usage()}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`unknown command: ${name}\n${usage()}\n`);
    return 2;
  }
  return (await command.load())(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const e = error instanceof Error ? error : new Error(String(error));
    process.stderr.write(`error: ${e.name !== 'Error' ? `${e.name}: ` : ''}${e.message}\n`);
    if (process.env.DEBUG) process.stderr.write(`${e.stack}\n`);
    process.exitCode = 1;
  },
);
