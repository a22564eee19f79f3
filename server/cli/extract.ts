/**
 * `extract [--published YYYY-MM-DD] FILE...`: one JSON line per file on stdout, errors on stderr;
 * exit code 1 when a file could not be read.
 */
import { readFile, stat } from 'node:fs/promises';
import { extractArticle } from '../extract/extract-article';
import { createGazetteer, type Gazetteer } from '../extract/gazetteer';
import { loadGazetteerData } from '../../seed/gazetteer';
import type { ExtractionResult } from '../domain/extraction';

/** Files larger than this are not read whole: their line carries a warning. */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

let cached: Gazetteer | null = null;
/** The default gazetteer, compiled once per process. */
export function defaultGazetteer(): Gazetteer {
  cached ??= createGazetteer(loadGazetteerData());
  return cached;
}

function emptyResult(file: string, warning: string): ExtractionResult {
  return { file, language: null, actors: [], events: [], treaties: [], warnings: [warning] };
}

function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32)) bad++;
  }
  return n > 0 && bad / n > 0.01;
}

export async function runExtract(argv: string[]): Promise<number> {
  let published: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--published') {
      published = argv[++i];
      if (!published || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(published)) {
        process.stderr.write(`invalid --published: ${published ?? '(missing)'} (expected YYYY-MM-DD)\n`);
        return 2;
      }
    } else if (a === '--help' || a === '-h') {
      process.stderr.write('usage: extract [--published YYYY-MM-DD] FILE...\n');
      return 0;
    } else files.push(a);
  }
  if (!files.length) {
    process.stderr.write('usage: extract [--published YYYY-MM-DD] FILE...\n');
    return 2;
  }
  const gazetteer = defaultGazetteer();
  let failed = false;
  for (const file of files) {
    let result: ExtractionResult;
    try {
      const info = await stat(file);
      if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EISDIR' });
      if (info.size > MAX_FILE_BYTES) {
        result = emptyResult(file, `file too large: ${info.size} bytes (limit ${MAX_FILE_BYTES})`);
      } else {
        const buf = await readFile(file);
        if (looksBinary(buf)) result = emptyResult(file, 'binary file: not UTF-8 text');
        else {
          const text = buf.toString('utf8').replace(/^\ufeff/, '');
          result = { file, ...extractArticle(text, { gazetteer, ...(published ? { published } : {}) }) };
        }
      }
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      process.stderr.write(`extract: cannot read ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}\n`);
      failed = true;
      continue;
    }
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
  return failed ? 1 : 0;
}
