/**
 * `npm run -s snapshot:extract > FILE`
 *
 * Prints the extractor's whole output as one JSON line per extraction, for a byte-for-byte check that a change
 * meant to keep the output (a speed step, a pure move) keeps it: run it before and after, then `cmp` the two files.
 * Every `.txt` of the corpus, the fixtures, the seed datasets and `../shared/eval/samples` (where it is checked out
 * beside the project) is extracted twice: with its gold's `published` date when it has one, and with none, so that
 * the paths that date a page from its own text run too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { loadGazetteerData } from '../seed/gazetteer';
import { extractArticle } from '../server/extract/extract-article';
import { createGazetteer } from '../server/extract/gazetteer';
import { articleBody, textFiles } from './evaluation';

const root = resolve(import.meta.dirname, '..');
const DIRS = ['test/corpus', 'test/fixtures', 'seed/datasets', '../shared/eval/samples'];

function publishedOf(textPath: string): string | undefined {
  const goldPath = textPath.replace(/\.txt$/, '.gold.json');
  if (!existsSync(goldPath)) return undefined;
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { published?: string | null };
  return gold.published ?? undefined;
}

const gazetteer = createGazetteer(loadGazetteerData());
// ../shared is absent from a clone on its own
for (const file of DIRS.map((d) => resolve(root, d))
  .filter((d) => existsSync(d))
  .flatMap((d) => textFiles(d))) {
  const body = articleBody(readFileSync(file, 'utf8'));
  const published = publishedOf(file);
  const name = relative(root, file);
  for (const given of published ? [published, undefined] : [undefined]) {
    const out = extractArticle(body, { gazetteer, ...(given ? { published: given } : {}) });
    console.log(JSON.stringify({ file: name, published: given ?? null, out }));
  }
}
