import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, statSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../paths';
import { embeddedPassword } from './embedded-password';
import { EmbeddedNeo4jError } from './errors';

const DB_DIR = join(PROJECT_ROOT, 'db');
const CLASSES = join(DB_DIR, 'target', 'classes');
const LIB = join(DB_DIR, 'target', 'lib');
const MAIN_CLASS = 'dev.pactline.db.EmbeddedNeo4j';
// eslint-disable-next-line no-control-regex -- Maven colours its ERROR lines
const ANSI_COLOURS = /\x1b\[[0-9;]*m/g;

export interface EmbeddedNeo4j {
  uri: string;
  /** The password of the user neo4j; null when authentication is off. */
  password: string | null;
  /** The data folder. */
  home: string;
  process: ChildProcess;
  /** Stops the database cleanly (closes stdin, then SIGTERM, then SIGKILL after a grace period). */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Data directory (default .data/neo4j). */
  home?: string;
  /** Bolt port (0 = any free one). */
  port?: number;
  /** Called with each line the launcher prints on stderr. */
  onLog?: (line: string) => void;
  readyTimeoutMs?: number;
  /** The password for the user neo4j (default: generated once and kept in the data folder, see embeddedPassword). */
  password?: string;
  /**
   * Authentication on Bolt (default true): without it any local user could write to the graph
   * and bypass INGEST_TOKEN. Only the tests' throwaway database turns it off.
   */
  auth?: boolean;
  /**
   * Bulk-load JVM settings on top of db/jvm.args (db/jvm-bulk.args: ParallelGC, a fixed 2 GiB heap
   * with a 1 GiB young generation). A batch of 10,000 GDELT rows keeps hundreds of MB of
   * transaction state alive, which every young collection copies; with G1 in 1 GiB, Neo4j spent
   * ~20% more CPU per event. For `npm run ingest` and bench:ingest; the server and the tests keep
   * the smaller default.
   */
  bulkLoad?: boolean;
}

/** The java arguments of the launcher (the data folder goes in through the environment). */
export function launcherArgs(home: string, options: Pick<EmbeddedOptions, 'bulkLoad'> = {}): string[] {
  const jvm = [`@${join(DB_DIR, 'jvm.args')}`, ...(options.bulkLoad ? [`@${join(DB_DIR, 'jvm-bulk.args')}`] : [])];
  return [...jvm, '-cp', `${CLASSES}:${LIB}/*`, MAIN_CLASS, '--exit-on-stdin-eof', `--home=${home}`];
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** True when db/target is missing or older than db/pom.xml or db/src. */
function launcherNeedsBuild(): boolean {
  const stamp = join(DB_DIR, 'target', '.built');
  if (!existsSync(stamp) || !existsSync(LIB) || !existsSync(CLASSES)) return true;
  const built = statSync(stamp).mtimeMs;
  return statSync(join(DB_DIR, 'pom.xml')).mtimeMs > built || newestMtime(join(DB_DIR, 'src')) > built;
}

function requireCommand(cmd: string, args: string[], what: string): void {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  if (r.error || r.status !== 0) throw new EmbeddedNeo4jError(`${cmd} not found: ${what}`);
}

/** Builds the launcher with Maven when it is missing or stale. */
function buildLauncher(log: (line: string) => void = () => undefined): void {
  if (!launcherNeedsBuild()) return;
  requireCommand(
    'java',
    ['-version'],
    'install Java 17+ (e.g. apt-get install openjdk-17-jre-headless) or set NEO4J_URI to an existing Neo4j 5',
  );
  requireCommand('mvn', ['-v'], 'install Maven (e.g. apt-get install maven) or set NEO4J_URI to an existing Neo4j 5');
  log(
    'building the embedded Neo4j launcher (mvn -f db/pom.xml package; the first build downloads Neo4j from Maven Central)',
  );
  const r = spawnSync('mvn', ['-B', '-q', '-f', join(DB_DIR, 'pom.xml'), '-DskipTests', 'package'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`
      .split('\n')
      .filter((l) => /ERROR/.test(l))
      .slice(0, 3)
      .join(' ')
      .replace(ANSI_COLOURS, '');
    throw new EmbeddedNeo4jError(`the Maven build of db/ failed: ${out || `exit ${r.status}`}`);
  }
  spawnSync('touch', [join(DB_DIR, 'target', '.built')]);
}

/**
 * Starts the embedded Neo4j launcher as a child process and resolves with its Bolt URI when it
 * prints its ready line. The child stops when this process closes its stdin (or dies).
 */
export async function startEmbeddedNeo4j(options: EmbeddedOptions = {}): Promise<EmbeddedNeo4j> {
  const log = options.onLog ?? (() => undefined);
  buildLauncher(log);
  const home = resolve(options.home ?? join(PROJECT_ROOT, '.data', 'neo4j'));
  mkdirSync(home, { recursive: true });
  const password = options.auth === false ? null : (options.password ?? embeddedPassword(home));
  const { NEO4J_EMBEDDED_PASSWORD: _inherited, ...env } = process.env;
  const child = spawn('java', launcherArgs(home, options), {
    env: {
      ...env,
      NEO4J_HOME_DIR: home,
      NEO4J_BOLT_PORT: String(options.port ?? 7687),
      ...(password ? { NEO4J_EMBEDDED_PASSWORD: password } : {}),
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  createInterface({ input: child.stderr! }).on('line', log);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));

  const uri = await new Promise<string>((resolveUri, rejectStart) => {
    // On any failure the child must be gone before we report it: no orphaned Java process.
    const reject = (error: Error) => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      void exited.then(() => rejectStart(error));
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new EmbeddedNeo4jError(
          `embedded Neo4j did not become ready within ${(options.readyTimeoutMs ?? 120_000) / 1000} s; see ${home}/logs/debug.log`,
        ),
      );
    }, options.readyTimeoutMs ?? 120_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const ready = /^NEO4J_READY (\S+)/.exec(line);
      const failed = /^NEO4J_ERROR (.*)$/.exec(line);
      if (ready?.[1]) {
        clearTimeout(timer);
        resolveUri(ready[1]);
      } else if (failed?.[1]) {
        clearTimeout(timer);
        if (child.exitCode === null) child.kill('SIGKILL');
        reject(new EmbeddedNeo4jError(`embedded Neo4j: ${failed[1]}`));
      } else {
        log(line);
      }
    });
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(new EmbeddedNeo4jError(`could not start java: ${e.message}; install Java 17+ or set NEO4J_URI`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new EmbeddedNeo4jError(
          `embedded Neo4j exited with code ${code} before it was ready; see ${home}/logs/debug.log`,
        ),
      );
    });
  });

  let stopping: Promise<void> | null = null;
  return {
    uri,
    password,
    home,
    process: child,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.stdin?.end();
        const term = setTimeout(() => child.kill('SIGTERM'), 20_000);
        const kill = setTimeout(() => child.kill('SIGKILL'), 40_000);
        await exited;
        clearTimeout(term);
        clearTimeout(kill);
      })();
      return stopping;
    },
  };
}
