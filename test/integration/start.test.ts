import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** `npm start` fails with one line that names the problem, a non-zero exit and no stack trace. */
function start(env: Record<string, string>) {
  const r = spawnSync('npx', ['tsx', 'server/main.ts'], {
    env: { ...process.env, NEO4J_URI: '', PORT: '0', LOG_LEVEL: 'info', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stderr: r.stderr.trim(), stdout: r.stdout.trim() };
}

describe('npm start with bad input', () => {
  it('an unreachable NEO4J_URI exits 1 with one line naming NEO4J_URI', () => {
    const r = start({ NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(r.code).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => /error/i.test(l));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/unreachable.*check NEO4J_URI/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an invalid PORT exits 1 with "invalid PORT" and what is allowed', () => {
    const r = start({ PORT: 'eighty' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/invalid PORT: "eighty" \(allowed: an integer from 0 to 65535\)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
