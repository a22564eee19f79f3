import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const projectRoot = resolve(__dirname, '../../..');
const scorer = resolve(projectRoot, '../shared/eval/score.mjs');
const hasScorer = existsSync(scorer);
if (!hasScorer) console.warn(`skipping evaluation tests: ${scorer} not found (CI clones shared/ next to the project)`);

/** Runs the shared scorer on a set with F1 thresholds; returns its exit code and summary line. */
function score(set: string | null, thresholds: Record<string, number>): { status: number | null; summary: string } {
  const args = [scorer, '--cmd', 'npx tsx server/cli.ts extract', ...(set ? ['--set', set] : [])];
  for (const [k, v] of Object.entries(thresholds)) args.push(`--${k}`, String(v));
  const r = spawnSync('node', args, { cwd: projectRoot, encoding: 'utf8', timeout: 120_000 });
  const summary = r.stdout.trim().split('\n').pop() ?? '';
  return { status: r.status, summary };
}

describe.skipIf(!hasScorer)('evaluation with ../shared/eval/score.mjs', () => {
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
