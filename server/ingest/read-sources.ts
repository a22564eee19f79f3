import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { parseGdeltLine, type GdeltEvent } from './formats/gdelt-event';
import { parseJsonlLine } from './formats/jsonl-article';
import { parseTextArticle } from './formats/text-article';
import type { IngestItem } from './ingest-articles';

/**
 * The I/O side of ingestion: finds the files under the given paths, picks a format by
 * extension and streams them line by line (never whole), yielding items for ingestArticles
 * or GDELT rows for importGdelt.
 */
export type SourceFormat = 'txt' | 'jsonl' | 'gdelt';

export interface SourceFile {
  path: string;
  format: SourceFormat;
  bytes: number;
}

export const FORMAT_BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'txt',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'gdelt',
  '.tsv': 'gdelt',
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

export class SourceError extends Error {
  override name = 'SourceError';
}

export function formatOf(path: string): SourceFormat | null {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile() && formatOf(p) !== null) out.push(p);
  }
  return out;
}

/**
 * The files to load, in a stable order: each path is a file of a supported format or a folder
 * (searched recursively, other files such as README.md ignored). Throws SourceError for a
 * missing path or an unsupported file given by name.
 */
export async function listSources(paths: readonly string[]): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (!s) throw new SourceError(`no such file or folder: ${p}`);
    const found = s.isDirectory() ? await walk(p) : [p];
    if (!s.isDirectory() && formatOf(p) === null) {
      throw new SourceError(
        `unsupported file: ${p} (allowed: ${SUPPORTED_EXTENSIONS.join(', ')}, or a folder of them)`,
      );
    }
    for (const f of found) {
      const format = formatOf(f) as SourceFormat;
      files.push({ path: f, format, bytes: s.isDirectory() ? (await stat(f)).size : s.size });
    }
  }
  return files;
}

/** The file's lines; onBytes counts each line as it is consumed (so progress follows the load, not the read-ahead). */
async function* lines(path: string, onBytes?: (n: number) => void): AsyncGenerator<string> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 });
  const reader = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of reader) {
    onBytes?.(Buffer.byteLength(line, 'utf8') + 1);
    yield line;
  }
}

function shortName(path: string, root?: string): string {
  return root ? relative(root, path) || basename(path) : path;
}

export interface ReadOptions {
  /** Files over this size are rejected without being read (text size is checked again exactly). */
  maxBytes: number;
  /** Called with the number of bytes read, for progress. */
  onBytes?: (n: number) => void;
  /** Origins are printed relative to this folder. */
  root?: string;
}

/** Reads one txt or jsonl file into ingest items (articles, or errors with file:line). */
export async function* readArticleFile(file: SourceFile, options: ReadOptions): AsyncGenerator<IngestItem> {
  const name = shortName(file.path, options.root);
  if (file.format === 'txt') {
    // Front matter and title add a little to the text; anything far over the limit is not read at all.
    if (file.bytes > options.maxBytes + 64 * 1024) {
      options.onBytes?.(file.bytes);
      yield {
        error: `text too large: ${file.bytes} bytes (allowed: at most ${options.maxBytes} bytes; see --max-bytes or INGEST_MAX_BYTES)`,
        origin: name,
      };
      return;
    }
    const all: string[] = [];
    for await (const line of lines(file.path, options.onBytes)) all.push(line);
    const parsed = parseTextArticle(all);
    if (!parsed.ok) {
      yield { error: parsed.reason, origin: name };
      return;
    }
    yield { input: parsed.fields, origin: name };
    return;
  }
  if (file.format === 'jsonl') {
    let n = 0;
    for await (const line of lines(file.path, options.onBytes)) {
      n++;
      const parsed = parseJsonlLine(line);
      if (parsed.ok === 'blank') continue;
      if (parsed.ok === true) yield { input: parsed.value, origin: `${name}:${n}` };
      else yield { error: parsed.reason, origin: `${name}:${n}` };
    }
    return;
  }
  throw new SourceError(`not an article file: ${file.path} (GDELT exports load with importGdelt)`);
}

export type GdeltItem = { event: GdeltEvent } | { error: string; origin: string };

/** Streams a GDELT 2.0 events export, one parsed row (or an error with file:line) at a time. */
export async function* readGdeltFile(
  file: SourceFile,
  options: Omit<ReadOptions, 'maxBytes'>,
): AsyncGenerator<GdeltItem> {
  const name = shortName(file.path, options.root);
  let n = 0;
  for await (const line of lines(file.path, options.onBytes)) {
    n++;
    const parsed = parseGdeltLine(line);
    if (parsed.ok === 'blank') continue;
    if (parsed.ok === true) yield { event: parsed.event };
    else yield { error: parsed.reason, origin: `${name}:${n}` };
  }
}
