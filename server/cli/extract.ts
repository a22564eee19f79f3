/**
 * `extract [--published YYYY-MM-DD] FILE...`: one JSON line per file on stdout, errors on stderr;
 * exit code 1 when a file could not be read.
 */
import { readFile, stat } from 'node:fs/promises';
import { extractArticle } from '../extract/extract-article';
import { createGazetteer, type Gazetteer } from '../extract/gazetteer';
import { loadGazetteerData } from '../../seed/gazetteer';
import type { ExtractionResult } from '../domain/extraction';
import { runCommand, UsageError, type CommandSpec } from './command-line';

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

const EXTRACT_COMMAND = {
  name: 'extract',
  run: 'npm run --silent extract --',
  options: {
    published: {
      type: 'string',
      value: 'YYYY-MM-DD',
      allowed: 'YYYY, YYYY-MM or YYYY-MM-DD',
      describe: 'the publication date, against which "yesterday" or "on Wednesday" are resolved',
    },
  },
  positionals: {
    usage: 'FILE...',
    describe: 'article text files (UTF-8; a file over 4 MiB gets a line with a warning instead of facts)',
  },
  notes: ['exit status: 0 every file read, 1 a file could not be read, 2 bad arguments'],
} as const satisfies CommandSpec;

export function runExtract(argv: string[]): Promise<number> {
  return runCommand(argv, EXTRACT_COMMAND, (line) => {
    const { published } = line.values;
    if (published !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(published))
      throw new UsageError(
        `invalid --published: ${JSON.stringify(published)} (allowed: ${EXTRACT_COMMAND.options.published.allowed})`,
      );
    if (line.positionals.length === 0) throw new UsageError('no FILE given (allowed: one or more article text files)');
    return extractFiles(line.positionals, published);
  });
}

async function extractFiles(files: readonly string[], published: string | undefined): Promise<number> {
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
