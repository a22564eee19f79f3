import type { ExtractionResult, Language } from '../domain/extraction';
import type { Executor } from '../db/executor';
import { DatabaseQueryError } from '../db/errors';
import {
  findDuplicateArticle,
  findDuplicateArticles,
  findExistingEvents,
  writeArticlePlan,
  type ArticlePlan,
} from '../db/writes/article-writes';
import { writeKnownTreaties } from '../db/writes/reference-writes';
import { createBatcher } from './group-batches';
import { articleIdOf, contentHashOf } from './identity';
import { planArticle } from './plan-article';
import type { ArticleInput, ArticleReport, IngestSummary } from './types';
import { DEFAULT_MAX_BYTES, toIsoDay, validateArticle } from './validate-article';

/** Extracts facts from an article's text (the extractor in server/extract, or a stand-in in tests). */
export type ExtractFn = (
  text: string,
  options: { published?: string; language?: Language | null },
) => ExtractionResult | Promise<ExtractionResult>;

/** One item from a reader: an article to validate, or a problem found while reading (a malformed line). */
export type IngestItem = { input: unknown; origin?: string } | { error: string; origin: string };

export interface IngestOptions {
  clock: () => Date;
  /** Size limit of one article's text in UTF-8 bytes (default 1 MB). */
  maxBytes?: number;
  /** Extract, resolve and check duplicates, but write nothing. */
  dryRun?: boolean;
  /** The extractor; defaults to server/extract's extractArticle with the seed gazetteer. */
  extract?: ExtractFn;
  /** Articles read and extracted ahead of the writer (default 4; at least twice writeBatch are kept in flight). */
  concurrency?: number;
  /** Most articles per write transaction (default 16); each article still commits whole or not at all. */
  writeBatch?: number;
  /**
   * Articles whose write has not begun by then are not written and are reported so (the API's
   * WRITE_TIMEOUT_MS); a write transaction that has begun runs to its end (bounded by Neo4j's
   * transaction timeout), so every report says what is stored.
   */
  writeDeadline?: Date;
  /** Called once per article, in input order, as soon as it is done (progress bars, logs). */
  onReport?: (report: ArticleReport) => void;
}

export interface IngestResult {
  reports: ArticleReport[];
  summary: IngestSummary;
}

function isItem(x: unknown): x is IngestItem {
  return typeof x === 'object' && x !== null && ('error' in x || 'input' in x) && !('text' in x);
}

async function* toItems(
  inputs: Iterable<ArticleInput | IngestItem> | AsyncIterable<ArticleInput | IngestItem>,
): AsyncGenerator<IngestItem> {
  for await (const x of inputs as AsyncIterable<ArticleInput | IngestItem>) yield isItem(x) ? x : { input: x };
}

function rejected(
  title: string,
  url: string | null,
  reason: string,
  origin: string | undefined,
  id: string | null = null,
): ArticleReport {
  return {
    id,
    url,
    title,
    outcome: 'rejected',
    reason: origin ? `${origin}: ${reason}` : reason,
    events: [],
    newEvents: [],
    actors: [],
    treaties: [],
    warnings: [],
    origin: origin ?? null,
  };
}

function titleOf(raw: unknown): string {
  const t = (raw as { title?: unknown } | null)?.title;
  return typeof t === 'string' ? t : '';
}

function urlOf(raw: unknown): string | null {
  const u = (raw as { url?: unknown } | null)?.url;
  return typeof u === 'string' ? u : null;
}

let defaultExtract: Promise<ExtractFn> | null = null;

/** The real extractor, loaded once on first use. */
export function loadDefaultExtractor(): Promise<ExtractFn> {
  defaultExtract ??= import('./load-extractor').then((m) => m.loadExtractor());
  return defaultExtract;
}

/**
 * Ingests articles: validates each at the boundary, skips duplicates (same content hash or URL,
 * in the database or earlier in this run), extracts and resolves its facts, and writes the
 * article with all its facts in one write transaction. Safe to run twice: the second run
 * reports duplicates and changes nothing.
 */
export async function ingestArticles(
  executor: Executor,
  inputs: Iterable<ArticleInput | IngestItem> | AsyncIterable<ArticleInput | IngestItem>,
  options: IngestOptions,
): Promise<IngestResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const extract = options.extract ?? (await loadDefaultExtractor());
  const writeBatch = Math.max(1, options.writeBatch ?? 16);
  // Extraction runs ahead of the writer so that a batch fills while the previous one commits.
  const inFlightLimit = Math.max(1, options.concurrency ?? 4, 2 * writeBatch);
  const reports: ArticleReport[] = [];
  const seenHashes = new Set<string>();
  const seenUrls = new Set<string>();
  const inFlight: Promise<ArticleReport>[] = [];
  // One writer: concurrent write transactions all lock the same dense country nodes and wait on
  // each other (measured on 2 cores: 33 articles/s written one at a time, 5–9 articles/s with four
  // concurrent writers). Articles that become ready while a batch commits go together in the next
  // one: one commit per batch instead of one per article.
  const deadline = options.writeDeadline;
  const pastDeadline = () => deadline !== undefined && options.clock().getTime() >= deadline.getTime();
  const writer = createBatcher(
    (plans: ArticlePlan[]) => writeArticles(executor, plans, deadline ? pastDeadline : undefined),
    writeBatch,
  );
  // Checked before extracting so that a reload skips known articles cheaply (and again in the
  // write transaction), in batches too: one read for the articles that arrive together.
  const knownArticles = createBatcher(async (rows: { id: string; contentHash: string; url: string | null }[]) => {
    const found = await executor.read<DuplicateRow>(findDuplicateArticles(rows));
    const byId = new Map(found.map((r) => [r.id, r]));
    return rows.map((r) => duplicateReason(byId.get(r.id), r.url));
  }, writeBatch);

  const handle = async (item: IngestItem): Promise<ArticleReport> => {
    if ('error' in item) return rejected('', null, item.error, item.origin);
    const v = validateArticle(item.input, { maxBytes });
    if (!v.ok) return rejected(titleOf(item.input), urlOf(item.input), v.reason, item.origin);
    const input = v.value;
    const contentHash = contentHashOf(input.title, input.text);
    const id = articleIdOf(contentHash);
    const duplicate = (reason: string): ArticleReport => ({
      ...rejected(input.title, input.url, reason, undefined, id),
      outcome: 'duplicate',
      origin: item.origin ?? null,
    });
    if (seenHashes.has(contentHash)) return duplicate('duplicate: same content as an earlier article in this load');
    if (input.url !== null && seenUrls.has(input.url))
      return duplicate(`duplicate: URL ${input.url} appears earlier in this load`);
    seenHashes.add(contentHash);
    if (input.url !== null) seenUrls.add(input.url);

    const knownReason = await knownArticles.enqueue({ id, contentHash, url: input.url });
    if (knownReason) return duplicate(knownReason);

    if (pastDeadline()) return rejected(input.title, input.url, NOT_WRITTEN, item.origin, id);
    const publishedAt = input.publishedAt ? toIsoDay(input.publishedAt) : null;
    let extraction: ExtractionResult;
    try {
      extraction = await extract(input.text, { published: publishedAt ?? undefined, language: input.language });
    } catch (error) {
      // The extractor promises warnings, not exceptions; if it throws anyway, this article is rejected and the load goes on.
      return rejected(input.title, input.url, `extraction failed: ${(error as Error).message}`, item.origin, id);
    }
    const { plan, warnings } = planArticle(
      {
        id,
        url: input.url,
        title: input.title,
        source: input.source,
        language: input.language ?? extraction.language,
        publishedAt,
        text: input.text,
        contentHash,
        ingestedAt: options.clock().toISOString(),
      },
      extraction,
    );
    const base: ArticleReport = {
      id,
      url: input.url,
      title: input.title,
      outcome: 'created',
      reason: null,
      events: plan.events.map((e) => e.id),
      newEvents: [],
      actors: plan.actors.map((a) => a.id),
      treaties: plan.treaties.map((t) => t.id),
      warnings,
      origin: item.origin ?? null,
    };
    const result = options.dryRun ? await previewArticle(executor, plan) : await writer.enqueue(plan);
    if (result.duplicateOf) return duplicate(result.duplicateOf);
    if (result.failed === NOT_WRITTEN) return rejected(input.title, input.url, NOT_WRITTEN, item.origin, id);
    if (result.failed) return rejected(input.title, input.url, `write failed: ${result.failed}`, item.origin, id);
    return { ...base, newEvents: result.newEvents };
  };

  const settle = async (): Promise<void> => {
    const report = await (inFlight.shift() as Promise<ArticleReport>);
    reports.push(report);
    options.onReport?.(report);
  };
  for await (const item of toItems(inputs)) {
    const p = handle(item);
    p.catch(() => undefined); // awaited in order by settle(); this only keeps Node from flagging it early
    inFlight.push(p);
    if (inFlight.length >= inFlightLimit) await settle();
  }
  while (inFlight.length > 0) await settle();
  return { reports, summary: summarize(reports) };
}

/** Why an article was not written when the write deadline passed before its turn. */
export const NOT_WRITTEN =
  'not written: the write time (WRITE_TIMEOUT_MS) ran out before its turn; nothing of it is stored, send it again';

interface WriteOutcome {
  duplicateOf: string | null;
  newEvents: string[];
  /** Why the write of this article failed (the others of its batch are unaffected). */
  failed?: string;
}

interface DuplicateRow {
  id: string;
  hashId: string | null;
  urlId: string | null;
}

function duplicateReason(row: Omit<DuplicateRow, 'id'> | undefined, url: string | null): string | null {
  if (row?.hashId) return `duplicate: same content as ${row.hashId}`;
  if (row?.urlId) return `duplicate: URL ${url} already loaded as ${row.urlId}`;
  return null;
}

/**
 * Several articles in one transaction, each article with all its facts: one duplicate check for
 * the batch, then one statement per article. A retried transaction rewrites the same graph. If
 * the batch fails, each article is written again on its own, so a bad article fails alone and
 * the others commit; an article that fails on its own is reported, not thrown, unless the
 * database itself is unavailable.
 */
export async function writeArticles(
  executor: Executor,
  plans: readonly ArticlePlan[],
  pastDeadline?: () => boolean,
): Promise<WriteOutcome[]> {
  if (pastDeadline?.()) return plans.map(() => ({ duplicateOf: null, newEvents: [], failed: NOT_WRITTEN }));
  try {
    return await executor.writeTransaction(async (tx) => {
      const dups = await tx.run<DuplicateRow>(findDuplicateArticles(plans.map((p) => p.article)));
      const dupById = new Map(dups.map((d) => [d.id, d]));
      const outcomes: WriteOutcome[] = [];
      for (const plan of plans) {
        const reason = duplicateReason(dupById.get(plan.article.id), plan.article.url);
        if (reason) {
          outcomes.push({ duplicateOf: reason, newEvents: [] });
          continue;
        }
        // the gazetteer's facts about the known treaties it names go in first, as the gazetteer's
        if (plan.known) await tx.run(writeKnownTreaties(plan.known, 'keep'));
        const [row] = await tx.run<{ newEvents: string[]; articleIsNew: boolean }>(writeArticlePlan(plan));
        if (row?.articleIsNew === false) {
          outcomes.push({
            duplicateOf: `duplicate: ${plan.article.id} was stored by another load meanwhile`,
            newEvents: [],
          });
          continue;
        }
        outcomes.push({ duplicateOf: null, newEvents: row?.newEvents ?? [] });
      }
      return outcomes;
    });
  } catch (error) {
    if (!(error instanceof DatabaseQueryError)) throw error;
    if (plans.length === 1) return [{ duplicateOf: null, newEvents: [], failed: error.message }];
    const outcomes: WriteOutcome[] = [];
    for (const plan of plans) outcomes.push(...(await writeArticles(executor, [plan], pastDeadline)));
    return outcomes;
  }
}

/** What writeArticles would do, read-only: duplicates and which events would be new. */
async function previewArticle(executor: Executor, plan: ArticlePlan): Promise<WriteOutcome> {
  const a = plan.article;
  return executor.readTransaction(async (tx) => {
    const [dup] = await tx.run<{ hashId: string | null; urlId: string | null }>(
      findDuplicateArticle({ contentHash: a.contentHash, url: a.url }),
    );
    const reason = duplicateReason(dup, a.url);
    if (reason) return { duplicateOf: reason, newEvents: [] };
    const ids = plan.events.map((e) => e.id);
    const existing = await tx.run<{ id: string }>(findExistingEvents(ids));
    const have = new Set(existing.map((r) => r.id));
    return { duplicateOf: null, newEvents: ids.filter((id) => !have.has(id)) };
  });
}

function summarize(reports: readonly ArticleReport[]): IngestSummary {
  const created = reports.filter((r) => r.outcome === 'created');
  const count = (pick: (r: ArticleReport) => string[]) => new Set(created.flatMap(pick)).size;
  return {
    articles: reports.length,
    created: created.length,
    duplicates: reports.filter((r) => r.outcome === 'duplicate').length,
    rejected: reports.filter((r) => r.outcome === 'rejected').length,
    events: count((r) => r.events),
    actors: count((r) => r.actors),
    treaties: count((r) => r.treaties),
    warnings: reports.reduce((n, r) => n + r.warnings.length, 0),
  };
}
