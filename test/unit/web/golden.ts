import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');

/** One tag per line and numbers rounded to 0.1, so diffs read well and float noise does not count. */
function normalizeSvg(svg: string): string {
  return (
    svg
      .replace(/-?\d+\.\d+/g, (m) => String(Math.round(Number(m) * 10) / 10))
      .replace(/></g, '>\n<')
      .trim() + '\n'
  );
}

/** Compares with test/unit/web/golden/<name>.svg: written when missing locally, a failure when missing under CI=true. */
export function expectGoldenSvg(name: string, svg: string): void {
  const file = join(DIR, `${name}.svg`);
  const actual = normalizeSvg(svg);
  if (!existsSync(file)) {
    if (process.env.CI === 'true') throw new Error(`missing golden file: ${file} (run the tests locally to write it)`);
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
