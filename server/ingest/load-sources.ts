import type { Executor } from '../db/executor';
import { importGdelt, type GdeltImportSummary } from './import-gdelt';
import { ingestArticles, type ExtractFn, type IngestItem } from './ingest-articles';
import { readArticleFile, readGdeltFile, type SourceFile } from './read-sources';
import type { ArticleReport, IngestSummary } from './types';

/**
 * Loads a list of files: article files (txt, jsonl) through ingestArticles, GDELT exports
 * through importGdelt. Shared by the CLI (`ingest`, `seed`) and the start-up seeding.
 */
export interface LoadOptions {
  clock: () => Date;
  maxBytes: number;
  dryRun?: boolean;
  extract?: ExtractFn;
  concurrency?: number;
  batchSize?: number;
  /** Folder that origins are printed relative to. */
  root?: string;
  onBytes?: (n: number) => void;
  onReport?: (report: ArticleReport) => void;
  onGdeltBatch?: (progress: GdeltImportSummary) => void;
  /**
   * Stops the load at a boundary: no article or GDELT row is read after it aborts; the articles
   * already read are written whole (or not at all) and reported, and so is the GDELT batch that
   * was filling.
   */
  signal?: AbortSignal;
}

export interface LoadResult {
  articles: IngestSummary;
  reports: ArticleReport[];
  gdelt: GdeltImportSummary;
  /** True when the signal stopped the load before every file was read. */
  interrupted: boolean;
}

/** The items of `source` until `signal` aborts (checked before each one is handed on). */
async function* untilAborted<T>(
  source: AsyncIterable<T>,
  signal: AbortSignal | undefined,
  onCut: () => void,
): AsyncGenerator<T> {
  for await (const item of source) {
    if (signal?.aborted) {
      onCut();
      return;
    }
    yield item;
  }
}

export async function loadSources(
  executor: Executor,
  files: readonly SourceFile[],
  options: LoadOptions,
): Promise<LoadResult> {
  const articleFiles = files.filter((f) => f.format !== 'gdelt');
  const gdeltFiles = files.filter((f) => f.format === 'gdelt');
  let interrupted = false;
  const cut = () => {
    interrupted = true;
  };
  async function* items(): AsyncGenerator<IngestItem> {
    for (const f of articleFiles) yield* readArticleFile(f, options);
  }
  const { reports, summary } = await ingestArticles(executor, untilAborted(items(), options.signal, cut), {
    clock: options.clock,
    maxBytes: options.maxBytes,
    dryRun: options.dryRun,
    extract:
      articleFiles.length > 0
        ? options.extract
        : async () => ({ language: null, actors: [], events: [], treaties: [], warnings: [] }),
    concurrency: options.concurrency,
    onReport: options.onReport,
  });
  const gdelt: GdeltImportSummary = { rows: 0, events: 0, rejected: 0, errors: [], batches: 0 };
  for (const f of gdeltFiles) {
    if (options.signal?.aborted) {
      interrupted = true;
      break;
    }
    const rows = untilAborted(readGdeltFile(f, { onBytes: options.onBytes, root: options.root }), options.signal, cut);
    const done = options.dryRun
      ? await countGdelt(rows)
      : await importGdelt(executor, rows, { batchSize: options.batchSize, onBatch: options.onGdeltBatch });
    gdelt.rows += done.rows;
    gdelt.events += done.events;
    gdelt.rejected += done.rejected;
    gdelt.batches += done.batches;
    gdelt.errors.push(...done.errors);
  }
  return { articles: summary, reports, gdelt, interrupted };
}

/** A dry run of a GDELT export: parse and count, write nothing. */
async function countGdelt(
  rows: AsyncIterable<{ event: unknown } | { error: string; origin: string }>,
): Promise<GdeltImportSummary> {
  const s: GdeltImportSummary = { rows: 0, events: 0, rejected: 0, errors: [], batches: 0 };
  for await (const r of rows) {
    s.rows++;
    if ('error' in r) {
      s.rejected++;
      if (s.errors.length < 100) s.errors.push(`${r.origin}: ${r.error}`);
    } else s.events++;
  }
  return s;
}
