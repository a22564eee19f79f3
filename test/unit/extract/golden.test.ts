import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract-article';
import { testGazetteer } from './shared-gazetteer';

const dir = resolve(__dirname, '../../fixtures/articles');
// A moved or emptied folder fails here instead of leaving zero golden tests.
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** Sorted keys and rounded numbers, so that goldens diff cleanly. */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize);
  if (typeof value === 'number') return Number.isInteger(value) ? value : Math.round(value * 1000) / 1000;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, normalize((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

describe('extractArticle golden outputs (test/fixtures/articles/*.expected.json)', () => {
  it('test/fixtures/articles holds the 20 fixture articles', () => {
    expect(files).toHaveLength(20);
  });
  it.each(files)('extractArticle(%s) matches its golden output', (file) => {
    const raw = readFileSync(join(dir, file), 'utf8');
    // the same body the evaluation feeds the extractor: without the source and language lines
    const body = `${raw.split(/\r?\n/).slice(3).join('\n').trim()}\n`;
    const actual = `${JSON.stringify(normalize(extractArticle(body, { gazetteer: testGazetteer() })), null, 2)}\n`;
    const goldenPath = join(dir, file.replace(/\.txt$/, '.expected.json'));
    if (!existsSync(goldenPath)) {
      if (process.env.CI === 'true')
        throw new Error(`missing golden output: ${goldenPath} (run the tests locally to write it)`);
      writeFileSync(goldenPath, actual);
      return;
    }
    expect(actual).toBe(readFileSync(goldenPath, 'utf8'));
  });
});
