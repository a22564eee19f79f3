import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../../server/paths';

export interface ServerProcess {
  /** http://127.0.0.1:PORT, from the server's ready line. */
  base: string;
  process: ChildProcess;
  /** The PID of the embedded Neo4j that serves `home`, or null when none runs. */
  neo4jPid(): number | null;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
}

/**
 * Starts `server/main.ts` as `npm start` would, with its embedded Neo4j in `home` (any free
 * ports, no seed), and resolves once it logs its ready line. Every line it prints goes to
 * `onLine`; an exit before the ready line rejects with the code.
 */
export async function startServerProcess(options: {
  home: string;
  env?: Record<string, string>;
  onLine?: (line: string) => void;
}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'server', 'main.ts')], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: '',
      NEO4J_HOME_DIR: options.home,
      NEO4J_BOLT_PORT: '0',
      PORT: '0',
      SEED_ON_EMPTY: 'false',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const base = await new Promise<string>((resolve, reject) => {
    // The logger writes to stderr; stdout is read too.
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        options.onLine?.(line);
        const m = /timeline (http:\/\/\S+?)\/ /.exec(line);
        if (m?.[1]) resolve(m[1]);
      });
    }
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before it was ready`)));
  });
  return {
    base,
    process: child,
    neo4jPid() {
      // '--' ends pgrep's options: the pattern starts with dashes.
      const found = spawnSync('pgrep', ['-f', '--', `--home=${options.home}`], { encoding: 'utf8' }).stdout.trim();
      const pid = Number(found.split('\n')[0]);
      return found && Number.isInteger(pid) ? pid : null;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
