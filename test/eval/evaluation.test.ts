import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The extraction evaluation: the scorer and its samples are not in this repository, they are
 * checked out beside it (../shared/eval). Without them these tests fail, they never skip: run
 * `npm run test:unit` and `npm run test:db` on a machine without the kit.
 */
const projectRoot = resolve(import.meta.dirname, '../..');
const scorer = resolve(projectRoot, '../shared/eval/score.mjs');

/** Runs the shared scorer on a set with F1 thresholds; returns its exit code and summary line. */
function score(set: string | null, thresholds: Record<string, number>): { status: number | null; summary: string } {
  const args = [scorer, '--cmd', 'npx tsx server/cli.ts extract', ...(set ? ['--set', set] : [])];
  for (const [k, v] of Object.entries(thresholds)) args.push(`--${k}`, String(v));
  const r = spawnSync('node', args, { cwd: projectRoot, encoding: 'utf8', timeout: 120_000 });
  const summary = r.stdout.trim().split('\n').pop() ?? '';
  return { status: r.status, summary };
}

describe('evaluation with ../shared/eval/score.mjs', () => {
  it('the evaluation kit is checked out beside the project', () => {
    expect(existsSync(scorer), `${scorer} is missing: check out shared/ next to the project`).toBe(true);
  });
  it('score(../shared/eval/samples) reaches F1 >= 0.9 for actors, events, treaties and lineage', () => {
    const r = score(null, { actors: 0.9, events: 0.9, treaties: 0.9, lineage: 0.9 });
    expect(r.summary, r.summary).toMatch(/^actors P/);
    expect(r.status, r.summary).toBe(0);
  }, 120_000);
  it('score(test/fixtures/articles) reaches the F1 we hold ourselves to on hand-written gold', () => {
    const r = score('test/fixtures/articles', { actors: 0.9, events: 0.75, treaties: 0.9, lineage: 0.85 });
    expect(r.summary, r.summary).toMatch(/^actors P/);
    expect(r.status, r.summary).toBe(0);
  }, 120_000);
});
