import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { launcherArgs } from '../../server/db/embedded';

/** The JVM flags of the launcher's arguments, as the JVM reads them (argument files expanded, later flags winning). */
function finalFlags(args: string[]): string {
  const jvm = args.slice(0, args.indexOf('-cp'));
  const r = spawnSync('java', [...jvm, '-XX:+PrintCommandLineFlags', '-version'], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe('launcherArgs', () => {
  it('launcherArgs(home) uses db/jvm.args alone: G1 in at most 1 GiB', () => {
    const args = launcherArgs('/tmp/x');
    expect(args.filter((a) => a.startsWith('@')).map((a) => a.split('/').pop())).toEqual(['jvm.args']);
    expect(args.at(-1)).toBe('--home=/tmp/x');
    const flags = finalFlags(args);
    expect(flags).toContain('-XX:+UseG1GC');
    expect(flags).toContain('-XX:MaxHeapSize=1073741824');
  });

  it('launcherArgs(home, { bulkLoad: true }) adds db/jvm-bulk.args after it: ParallelGC, a 2 GiB heap with a 1 GiB young generation', () => {
    const args = launcherArgs('/tmp/x', { bulkLoad: true });
    expect(args.filter((a) => a.startsWith('@')).map((a) => a.split('/').pop())).toEqual(['jvm.args', 'jvm-bulk.args']);
    const flags = finalFlags(args);
    expect(flags).toContain('-XX:+UseParallelGC');
    expect(flags).not.toContain('-XX:+UseG1GC');
    expect(flags).toContain('-XX:MaxHeapSize=2147483648');
    expect(flags).toContain('-XX:MaxNewSize=1073741824');
  });
});
