/**
 * Strict command lines for every entry point (the commands of server/cli.ts, scripts/, bench/):
 * node:util `parseArgs` with `strict: true`, `--help` on stdout, and errors that say what was
 * wrong and what is allowed, then the usage line, on stderr with exit status 2.
 */
import { parseArgs } from 'node:util';

/** An option of a command: `--name` (boolean) or `--name VALUE` / `--name=VALUE` (string). */
export interface OptionSpec {
  type: 'boolean' | 'string';
  short?: string;
  /** The option may be given more than once; its value is then a list. */
  multiple?: boolean;
  /** The value's placeholder in the usage: `N`, `DIR`, `YYYY-MM-DD`. */
  value?: string;
  /** What values are allowed, quoted when one is missing: "an integer from 1 to 64". */
  allowed?: string;
  describe: string;
}

export interface CommandSpec<O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  /** The prefix of error lines: `ingest`. */
  name: string;
  /** How to run it, up to its options: `npm run ingest --`, `npx tsx test/e2e/support/dev-stack.ts`. */
  run: string;
  options: O;
  /** The positional arguments (`PATH...`, `[DIR...]`) and what they are; none are allowed without. */
  positionals?: { usage: string; describe: string };
  /** More lines for `--help`: environment variables, exit status. */
  notes?: readonly string[];
}

/** A command line that is not allowed; its message says what was wrong and what is allowed. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type OptionValue<S extends OptionSpec> = S['type'] extends 'boolean'
  ? boolean
  : S['multiple'] extends true
    ? string[]
    : string;

export interface CommandLine<O extends Record<string, OptionSpec>> {
  help: boolean;
  values: { [K in keyof O]?: OptionValue<O[K]> };
  positionals: string[];
}

const HELP: OptionSpec = { type: 'boolean', short: 'h', describe: 'print this help' };

function flag(name: string, o: OptionSpec): string {
  return o.type === 'string' ? `--${name} ${o.value ?? 'VALUE'}` : `--${name}`;
}

/** `usage: npm run ingest -- [--dry-run] [--max-bytes N] PATH...`, from the spec. */
function usageLine(spec: CommandSpec): string {
  const args = Object.entries(spec.options).map(([name, o]) => `[${flag(name, o)}]${o.multiple ? '...' : ''}`);
  if (spec.positionals) args.push(spec.positionals.usage);
  return `usage: ${args.length ? `${spec.run} ${args.join(' ')}` : spec.run.replace(/ --$/, '')}`;
}

/** The usage line, then a line per positional and option, then the notes. */
function helpText(spec: CommandSpec): string {
  const rows: [string, string][] = [];
  if (spec.positionals) rows.push([spec.positionals.usage, spec.positionals.describe]);
  for (const [name, o] of Object.entries({ ...spec.options, help: HELP }))
    rows.push([`${o.short ? `-${o.short}, ` : ''}${flag(name, o)}`, o.describe]);
  const width = Math.max(...rows.map(([k]) => k.length));
  return [usageLine(spec), ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`), ...(spec.notes ?? [])].join('\n');
}

function allowedOptions(spec: CommandSpec): string {
  return [...Object.entries(spec.options).map(([name, o]) => flag(name, o)), '--help'].join(', ');
}

/**
 * What parseArgs refused, said our way: parseArgs' own messages name the option but not what is
 * allowed, so the arguments are read again, leniently, and the first offending token is named.
 */
function explain(argv: readonly string[], spec: CommandSpec, error: Error): string {
  const { tokens } = parseArgs({
    args: [...argv],
    options: parseArgsOptions(spec),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const t of tokens) {
    if (t.kind === 'positional' && !spec.positionals)
      return `unexpected argument: ${t.value} (this command takes no arguments, only options: ${allowedOptions(spec)})`;
    if (t.kind !== 'option') continue;
    const o = t.name === 'help' ? HELP : spec.options[t.name];
    if (!o) return `unknown option: ${t.rawName} (allowed: ${allowedOptions(spec)})`;
    if (o.type === 'boolean' && t.value !== undefined)
      return `invalid ${t.rawName}: ${JSON.stringify(t.value)} (it takes no value: write ${t.rawName} alone)`;
    if (o.type === 'string' && (t.value === undefined || (!t.inlineValue && t.value.startsWith('-'))))
      return `missing value for ${t.rawName} (allowed: ${o.allowed ?? o.value ?? 'a value'})`;
  }
  return error.message;
}

function parseArgsOptions(
  spec: CommandSpec,
): Record<string, { type: 'boolean' | 'string'; short?: string; multiple?: boolean }> {
  const options: Record<string, { type: 'boolean' | 'string'; short?: string; multiple?: boolean }> = {};
  for (const [name, o] of Object.entries({ ...spec.options, help: HELP }))
    options[name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  return options;
}

/** Parses argv strictly; throws UsageError naming the offending argument and what is allowed. */
export function parseCommandLine<const O extends Record<string, OptionSpec>>(
  argv: readonly string[],
  spec: CommandSpec<O>,
): CommandLine<O> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: parseArgsOptions(spec),
      strict: true,
      allowPositionals: spec.positionals !== undefined,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS_'))
      throw new UsageError(explain(argv, spec, error as Error));
    throw error;
  }
  const { help, ...values } = parsed.values;
  return { help: help === true, values: values as CommandLine<O>['values'], positionals: parsed.positionals };
}

/** Prints `name: message` and the usage line on stderr; returns exit status 2. */
function reportUsageError(spec: CommandSpec, message: string): number {
  process.stderr.write(`${spec.name}: ${message}\n${usageLine(spec)}\n(${spec.run} --help says more)\n`);
  return 2;
}

/**
 * Runs a command: `--help` prints the help on stdout and returns 0; a UsageError, from the
 * parse or thrown by `main` while it checks the values, is reported and returns 2.
 */
export async function runCommand<const O extends Record<string, OptionSpec>>(
  argv: readonly string[],
  spec: CommandSpec<O>,
  main: (line: CommandLine<O>) => number | Promise<number>,
): Promise<number> {
  try {
    const line = parseCommandLine(argv, spec);
    if (line.help) {
      process.stdout.write(`${helpText(spec)}\n`);
      return 0;
    }
    return await main(line);
  } catch (error) {
    if (error instanceof UsageError) return reportUsageError(spec, error.message);
    throw error;
  }
}

/**
 * For scripts and benchmarks that run at import: parses argv and reads the settings with `read`;
 * on `--help` prints the help and exits 0, on a UsageError reports it and exits 2.
 */
export function commandLineOrExit<const O extends Record<string, OptionSpec>, T>(
  argv: readonly string[],
  spec: CommandSpec<O>,
  read: (line: CommandLine<O>) => T,
): T {
  try {
    const line = parseCommandLine(argv, spec);
    if (line.help) {
      process.stdout.write(`${helpText(spec)}\n`);
      process.exit(0);
    }
    return read(line);
  } catch (error) {
    if (error instanceof UsageError) process.exit(reportUsageError(spec, error.message));
    throw error;
  }
}

/** The integer in option `name` (`raw`), within [min, max]; `fallback` when the option is absent. */
export function integerOption(
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max)
    throw new UsageError(`invalid ${name}: ${JSON.stringify(raw)} (allowed: an integer from ${min} to ${max})`);
  return n;
}

/** The integer in environment variable `name`, within [min, max]; `fallback` when it is unset or empty. */
export function integerVariable(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name]?.trim();
  return integerOption(name, raw === '' ? undefined : raw, fallback, min, max);
}
