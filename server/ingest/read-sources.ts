import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { parseGdeltLine, type GdeltEvent } from './formats/gdelt-event';
import { parseJsonlLine } from './formats/jsonl-article';
import { parseTextArticle } from './formats/text-article';
import type { IngestItem } from './ingest-articles';
import { describeFileKind, NotRegularFileError, readLines, readTextFile, type FileLine } from './read-lines';

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

const FORMAT_BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
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

function formatOf(path: string): SourceFormat | null {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    // A FIFO or device with an article's name is listed, and refused when it is opened (reading checks the type).
    else if (!e.isSymbolicLink() && formatOf(p) !== null) out.push(p);
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
    if (!s.isDirectory() && !s.isFile())
      throw new SourceError(`not a regular file: ${p} is ${describeFileKind(s)} (allowed: regular files or folders)`);
    const found = s.isDirectory() ? await walk(p) : [p];
    if (!s.isDirectory() && formatOf(p) === null) {
      throw new SourceError(
        `unsupported file: ${p} (allowed: ${SUPPORTED_EXTENSIONS.join(', ')}, or a folder of them)`,
      );
    }
    for (const f of found) {
      const format = formatOf(f) as SourceFormat;
      const size = s.isDirectory() ? ((await stat(f).catch(() => null))?.size ?? 0) : s.size;
      files.push({ path: f, format, bytes: size });
    }
  }
  return files;
}

/**
 * The longest JSON line read: an article's text at the size limit, escaped (\\uXXXX turns 2-3
 * UTF-8 bytes into 6), with room for the other fields. A longer line is refused unread.
 */
function maxJsonlLineBytes(maxBytes: number): number {
  return 3 * maxBytes + 64 * 1024;
}

/** A GDELT 2.0 row is about 0.3-1 kB; a line of more is not a row. */
const MAX_GDELT_LINE_BYTES = 256 * 1024;

/** The file's lines, or one error item when it cannot be read at all (not a regular file). */
async function* fileLines(
  file: SourceFile,
  maxLineBytes: number,
  name: string,
  onBytes?: (n: number) => void,
): AsyncGenerator<FileLine | { error: string; origin: string }> {
  try {
    for await (const line of readLines(file.path, { maxLineBytes })) {
      onBytes?.(line.bytes);
      yield line;
    }
  } catch (error) {
    if (!(error instanceof NotRegularFileError)) throw error;
    yield { error: `${error.message} (allowed: regular files)`, origin: name };
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
    const limit = options.maxBytes + 64 * 1024;
    let read: Awaited<ReturnType<typeof readTextFile>>;
    try {
      read = await readTextFile(file.path, limit);
    } catch (error) {
      if (!(error instanceof NotRegularFileError)) throw error;
      yield { error: `${error.message} (allowed: regular files)`, origin: name };
      return;
    }
    options.onBytes?.(read.bytes);
    if (!read.ok) {
      yield {
        error: read.reason.startsWith('file too large')
          ? `text too large: ${read.bytes} bytes (allowed: at most ${options.maxBytes} bytes; see --max-bytes or INGEST_MAX_BYTES)`
          : read.reason,
        origin: name,
      };
      return;
    }
    const parsed = parseTextArticle(read.text.split(/\r?\n/));
    if (!parsed.ok) {
      yield { error: parsed.reason, origin: name };
      return;
    }
    yield { input: parsed.fields, origin: name };
    return;
  }
  if (file.format === 'jsonl') {
    for await (const line of fileLines(file, maxJsonlLineBytes(options.maxBytes), name, options.onBytes)) {
      if ('error' in line) {
        yield line;
        return;
      }
      const origin = `${name}:${line.n}`;
      if (!line.ok) {
        yield { error: line.reason, origin };
        continue;
      }
      const parsed = parseJsonlLine(line.text);
      if (parsed.ok === 'blank') continue;
      if (parsed.ok === true) yield { input: parsed.value, origin };
      else yield { error: parsed.reason, origin };
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
  for await (const line of fileLines(file, MAX_GDELT_LINE_BYTES, name, options.onBytes)) {
    if ('error' in line) {
      yield line;
      return;
    }
    if (!line.ok) {
      yield { error: line.reason, origin: `${name}:${line.n}` };
      continue;
    }
    const parsed = parseGdeltLine(line.text);
    if (parsed.ok === 'blank') continue;
    if (parsed.ok === true) yield { event: parsed.event };
    else yield { error: parsed.reason, origin: `${name}:${line.n}` };
  }
}
