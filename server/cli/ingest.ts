import { SingleBar } from 'cli-progress';
import { connect } from 'node:net';
import { constants as osConstants } from 'node:os';
import { join } from 'node:path';
import { readNeo4jConfig, type Neo4jConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { PROJECT_ROOT } from '../paths';
import { storedEmbeddedPassword } from '../db/embedded-password';
import type { GdeltImportSummary } from '../ingest/import-gdelt';
import { formatKnownTreaties, loadKnownTreaties } from '../ingest/load-known-treaties';
import { loadSources, type LoadResult } from '../ingest/load-sources';
import { listSources, SourceError, SUPPORTED_EXTENSIONS, type SourceFile } from '../ingest/read-sources';
import type { ArticleReport } from '../ingest/types';
import { DEFAULT_MAX_BYTES } from '../ingest/validate-article';
import {
  integerOption,
  integerVariable,
  runCommand,
  UsageError,
  type CommandLine,
  type CommandSpec,
  type OptionSpec,
} from './command-line';

/**
 * `npm run ingest -- [--dry-run] [--max-bytes N] PATH...`: loads files or folders (txt, jsonl,
 * GDELT csv) into Neo4j with a progress bar on stderr and a summary table on stdout.
 */
export interface LoadArgs {
  paths: string[];
  dryRun: boolean;
  maxBytes: number;
  concurrency: number;
  batchSize: number;
  verbose: boolean;
}

/** Exit code of a load that ran to the end but rejected some inputs (malformed lines, wrong types, oversize texts, bad GDELT rows). */
export const EXIT_REJECTED = 3;

const MAX_BYTES_LIMIT = 1_000_000_000;

/** The options `ingest` and `seed` share. */
export const LOAD_OPTIONS = {
  'dry-run': { type: 'boolean', describe: 'extract and report what would be written; write nothing' },
  'max-bytes': {
    type: 'string',
    value: 'N',
    allowed: `an integer from 1 to ${MAX_BYTES_LIMIT}`,
    describe: 'the largest article text accepted, in bytes (default 1 MB, or INGEST_MAX_BYTES)',
  },
  concurrency: {
    type: 'string',
    value: 'N',
    allowed: 'an integer from 1 to 64',
    describe:
      'articles read and extracted ahead of the writer (1 to 64, default 4; at least 32, twice the 16-article write batch, are always kept in flight)',
  },
  'batch-size': {
    type: 'string',
    value: 'N',
    allowed: 'an integer from 1 to 50000',
    describe: 'GDELT rows per transaction (default 10000; 1 to 50000; two batches are written at once)',
  },
  verbose: { type: 'boolean', short: 'v', describe: "print each article's warnings and the database's log" },
} as const satisfies Record<string, OptionSpec>;

export const LOAD_NOTES = [
  'environment: NEO4J_URI (else the Neo4j running on 127.0.0.1:NEO4J_BOLT_PORT, else a new embedded one), INGEST_MAX_BYTES',
  `exit status: 0 everything loaded (duplicates skipped), ${EXIT_REJECTED} some inputs rejected (see the summary), 2 bad arguments, 1 failure`,
];

export const INGEST_COMMAND: CommandSpec<typeof LOAD_OPTIONS> = {
  name: 'ingest',
  run: 'npm run ingest --',
  options: LOAD_OPTIONS,
  positionals: {
    usage: 'PATH...',
    describe: `files or folders of ${SUPPORTED_EXTENSIONS.join(', ')} (txt articles, JSON Lines articles, GDELT 2.0 events exports)`,
  },
  notes: LOAD_NOTES,
};

/** The load settings of a parsed `ingest` or `seed` command line; throws UsageError for a bad value. */
export function toLoadArgs(line: CommandLine<typeof LOAD_OPTIONS>, env: NodeJS.ProcessEnv): LoadArgs {
  const { values } = line;
  const maxBytes = integerVariable(env, 'INGEST_MAX_BYTES', DEFAULT_MAX_BYTES, 1, MAX_BYTES_LIMIT);
  return {
    paths: line.positionals,
    dryRun: values['dry-run'] === true,
    maxBytes: integerOption('--max-bytes', values['max-bytes'], maxBytes, 1, MAX_BYTES_LIMIT),
    concurrency: integerOption('--concurrency', values.concurrency, 4, 1, 64),
    batchSize: integerOption('--batch-size', values['batch-size'], 10_000, 1, 50_000),
    verbose: values.verbose === true,
  };
}

function formatBytes(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} kB` : `${n} B`;
}

/** A progress bar (TTY) or a plain line every few seconds (logs, CI), both on stderr. */
function createProgress(totalBytes: number, dryRun: boolean) {
  const started = performance.now();
  let bytes = 0;
  let articles = 0;
  let gdelt = 0;
  const rate = () => articles / Math.max(0.001, (performance.now() - started) / 1000);
  const tty = process.stderr.isTTY === true;
  const bar = tty
    ? new SingleBar({
        stream: process.stderr,
        format: `${dryRun ? 'dry run' : 'ingest'} [{bar}] {percentage}% | {articles} articles | {rate} articles/s | {gdelt} GDELT events | ETA {eta_formatted}`,
        hideCursor: true,
        etaBuffer: 50,
        fps: 5,
      })
    : null;
  bar?.start(Math.max(totalBytes, 1), 0, { articles: 0, rate: '0.0', gdelt: 0 });
  let lastLine = performance.now();
  let stopped = false;
  const update = () => {
    if (bar) bar.update(Math.min(bytes, totalBytes), { articles, rate: rate().toFixed(1), gdelt });
    else if (performance.now() - lastLine > 2000) {
      lastLine = performance.now();
      const pct = totalBytes > 0 ? Math.round((100 * bytes) / totalBytes) : 100;
      process.stderr.write(
        `${dryRun ? 'dry run' : 'ingest'}: ${pct}% of ${formatBytes(totalBytes)}, ${articles} articles (${rate().toFixed(1)}/s), ${gdelt} GDELT events\n`,
      );
    }
  };
  return {
    onBytes: (n: number) => {
      bytes += n;
      update();
    },
    onArticle: () => {
      articles++;
      update();
    },
    onGdelt: (p: GdeltImportSummary) => {
      gdelt = p.events;
      update();
    },
    /** Prints a line above the bar. */
    log: (line: string) => {
      if (bar) {
        process.stderr.write('\r\x1b[2K');
        process.stderr.write(`${line}\n`);
        bar.update(Math.min(bytes, totalBytes), { articles, rate: rate().toFixed(1), gdelt });
      } else process.stderr.write(`${line}\n`);
    },
    stop: () => {
      if (!stopped) {
        stopped = true;
        bar?.update(totalBytes, { articles, rate: rate().toFixed(1), gdelt });
        bar?.stop();
      }
      return (performance.now() - started) / 1000;
    },
  };
}

function reportLine(r: ArticleReport, dryRun: boolean): string | null {
  if (r.outcome === 'rejected') return `rejected ${r.reason}`;
  if (r.outcome === 'duplicate') return `skipped ${r.origin ?? r.url ?? r.title}: ${r.reason}`;
  if (dryRun) {
    return `would write ${r.id} ${JSON.stringify(r.title)} (${r.origin ?? r.url ?? ''}): ${r.events.length} events (${r.newEvents.length} new), ${r.actors.length} actors [${r.actors.join(', ')}], ${r.treaties.length} treaties [${r.treaties.join(', ')}]`;
  }
  return null;
}

export function formatSummary(result: LoadResult, seconds: number, dryRun: boolean): string {
  const a = result.articles;
  const g = result.gdelt;
  const rows: [string, string][] = [
    ['articles read', String(a.articles)],
    [dryRun ? '  would create' : '  created', String(a.created)],
    ['  skipped (duplicates)', String(a.duplicates)],
    ['  rejected', String(a.rejected)],
    ['events', String(a.events)],
    ['actors', String(a.actors)],
    ['treaties', String(a.treaties)],
    ['warnings', String(a.warnings)],
  ];
  if (g.rows > 0) {
    rows.push(
      ['GDELT rows', String(g.rows)],
      [dryRun ? '  would write events' : '  events written', String(g.events)],
      ['  rejected rows', String(g.rejected)],
    );
  }
  const perSecond = a.articles > 0 ? `, ${(a.articles / Math.max(seconds, 0.001)).toFixed(1)} articles/s` : '';
  const gdeltRate = g.events > 0 ? `, ${Math.round(g.events / Math.max(seconds, 0.001))} GDELT events/s` : '';
  rows.push(['time', `${seconds.toFixed(1)} s${perSecond}${gdeltRate}`]);
  const width = Math.max(...rows.map(([k]) => k.length));
  const title = dryRun ? 'dry run: nothing was written' : 'summary';
  return [title, ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v.padStart(8)}`)].join('\n');
}

/** 0 when every input was loaded or skipped as a duplicate; EXIT_REJECTED when anything was rejected. */
export function exitCodeOf(result: LoadResult): number {
  return result.articles.rejected > 0 || result.gdelt.rejected > 0 ? EXIT_REJECTED : 0;
}

/** True when something listens on host:port (a Neo4j that `npm start` or `npm run db` already runs). */
function listening(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 500 });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

/**
 * Without NEO4J_URI, use the local Neo4j on 127.0.0.1:NEO4J_BOLT_PORT (default 7687) when one runs
 * (the embedded store is locked by its process, so starting a second launcher on it would fail);
 * else start one. NEO4J_BOLT_PORT=0 (any free port) names no port to look at: start one.
 */
export async function resolveNeo4j(config: Neo4jConfig): Promise<Neo4jConfig> {
  const port = config.embedded?.port ?? 7687;
  if (config.uri !== null || port === 0 || !(await listening('127.0.0.1', port))) return config;
  const uri = `bolt://127.0.0.1:${port}`;
  process.stderr.write(`NEO4J_URI is not set: using the Neo4j already running at ${uri}
`);
  // The embedded Neo4j keeps its password in its data folder (unless NEO4J_PASSWORD says otherwise).
  const home = config.embedded?.home ?? join(PROJECT_ROOT, '.data', 'neo4j');
  const password = config.password ?? storedEmbeddedPassword(home);
  return { ...config, uri, ...(password ? { user: config.user, password } : {}) };
}

/** Connects, loads the files and prints the summary; returns the exit code. */
export async function runLoad(
  files: readonly SourceFile[],
  args: LoadArgs,
  root?: string,
  options: { knownTreaties?: boolean } = {},
): Promise<number> {
  const stop = stopOnSignals((signal) =>
    process.stderr.write(
      `\n${signal}: stopping after the articles in flight are written (${signal} again stops at once)\n`,
    ),
  );
  try {
    return await load(files, args, root, options, stop.signal);
  } finally {
    stop.dispose();
  }
}

/**
 * SIGINT and SIGTERM abort the signal (the load stops at an article boundary and prints its
 * summary); a second one exits at once with 128 + the signal's number.
 */
function stopOnSignals(onFirst: (signal: NodeJS.Signals) => void): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const handler = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(128 + (osConstants.signals[signal] ?? 0));
    onFirst(signal);
    controller.abort(signal);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}

async function load(
  files: readonly SourceFile[],
  args: LoadArgs,
  root: string | undefined,
  options: { knownTreaties?: boolean },
  signal: AbortSignal,
): Promise<number> {
  const neo4j = await resolveNeo4j(readNeo4jConfig(process.env));
  const db = await connectDatabase(neo4j, {
    embeddedBulkLoad: true,
    log: (line) => (args.verbose ? process.stderr.write(`${line}\n`) : undefined),
  });
  const progress = createProgress(
    files.reduce((n, f) => n + f.bytes, 0),
    args.dryRun,
  );
  try {
    if (options.knownTreaties && !args.dryRun) {
      const known = await loadKnownTreaties(db.executor);
      progress.log(formatKnownTreaties(known));
      if (args.verbose) for (const w of known.warnings) progress.log(`warning gazetteer: ${w}`);
    }
    const result = await loadSources(db.executor, files, {
      clock: () => new Date(),
      maxBytes: args.maxBytes,
      dryRun: args.dryRun,
      concurrency: args.concurrency,
      batchSize: args.batchSize,
      root,
      onBytes: progress.onBytes,
      onReport: (r) => {
        progress.onArticle();
        const line = reportLine(r, args.dryRun);
        if (line) progress.log(line);
        if (args.verbose) for (const w of r.warnings) progress.log(`warning ${r.origin ?? r.id}: ${w}`);
      },
      onGdeltBatch: progress.onGdelt,
      signal,
    });
    const seconds = progress.stop();
    for (const e of result.gdelt.errors) process.stderr.write(`rejected ${e}\n`);
    if (result.gdelt.rejected > result.gdelt.errors.length)
      process.stderr.write(`… and ${result.gdelt.rejected - result.gdelt.errors.length} more rejected GDELT rows\n`);
    process.stdout.write(`${formatSummary(result, seconds, args.dryRun)}\n`);
    if (signal.aborted) {
      const name = signal.reason as NodeJS.Signals;
      process.stderr.write(
        result.interrupted
          ? `stopped by ${name} before the end: every article reported above is written whole; run the same command again to load the rest (what is loaded is skipped as a duplicate)\n`
          : `${name} arrived after the last input was read: the load is complete\n`,
      );
      if (result.interrupted) return 128 + (osConstants.signals[name] ?? 0);
    }
    const code = exitCodeOf(result);
    if (code !== 0) {
      process.stderr.write(
        `some inputs were rejected (${result.articles.rejected} articles, ${result.gdelt.rejected} GDELT rows): exit status ${code}\n`,
      );
    }
    return code;
  } finally {
    progress.stop();
    await db.close();
  }
}

export function runIngest(argv: string[]): Promise<number> {
  return runCommand(argv, INGEST_COMMAND, async (line) => {
    const args = toLoadArgs(line, process.env);
    if (args.paths.length === 0) throw new UsageError('no PATH given (allowed: one or more files or folders)');
    const files = await listSourcesOrUsageError(args.paths);
    if (files.length === 0)
      throw new UsageError(`no ${SUPPORTED_EXTENSIONS.join(', ')} files under ${args.paths.join(' ')}`);
    return runLoad(files, args, process.cwd());
  });
}

/** listSources, with a path that is not a regular file or folder (SourceError) reported as a bad argument. */
export async function listSourcesOrUsageError(paths: readonly string[]): Promise<SourceFile[]> {
  try {
    return await listSources(paths);
  } catch (error) {
    if (error instanceof SourceError) throw new UsageError(error.message);
    throw error;
  }
}
