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
  return `usage: tsx server/cli.ts <command> [args] (<command> --help for its options)\ncommands:\n${Object.entries(
    COMMANDS,
  )
    .map(([name, c]) => `  ${name.padEnd(8)} ${c.describe}`)
    .join('\n')}`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h') {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    const allowed = `allowed: ${Object.keys(COMMANDS).join(', ')}`;
    const problem = name === undefined ? `no command given (${allowed})` : `unknown command: ${name} (${allowed})`;
    process.stderr.write(`pactline: ${problem}\n${usage()}\n`);
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
