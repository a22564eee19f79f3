import type { MutationResolvers } from '../generated';
import type { ArticleInput, ArticleReport, IngestSummary } from '../../ingest/types';
import { LANGUAGES as SUPPORTED, type Language } from '../../domain/extraction';
import type { PactlineContext } from '../context';
import { clientError, invalidArgument } from '../errors';
import { isHttpUrl } from '../../ingest/validate-article';

const MAX_BATCH = 100;
const LANGUAGES: readonly string[] = SUPPORTED;
const ISO_DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

interface ArticleInputArgs {
  url?: string | null;
  title: string;
  text: string;
  publishedAt?: string | null;
  source?: string | null;
  language?: string | null;
}

export interface IngestResultOut extends Omit<ArticleReport, 'outcome'> {
  outcome: 'CREATED' | 'DUPLICATE' | 'REJECTED';
}

/** Writes need the ingest token; the error says which of the three cases this is. */
function requireWrite(context: PactlineContext): void {
  switch (context.writeAccess) {
    case 'granted':
      return;
    case 'disabled':
      throw clientError('WRITES_DISABLED', 'writes are disabled: the server has no INGEST_TOKEN configured');
    case 'missing':
      throw clientError('UNAUTHENTICATED', 'writes need an Authorization header: "Bearer <INGEST_TOKEN>"');
    case 'denied':
      throw clientError('FORBIDDEN', 'the bearer token does not match INGEST_TOKEN');
  }
}

function toArticleInput(a: ArticleInputArgs, name: string): ArticleInput {
  const language = a.language ?? null;
  if (language !== null && !LANGUAGES.includes(language))
    throw invalidArgument(`${name}.language`, language, LANGUAGES.join(', '));
  const publishedAt = a.publishedAt ?? null;
  if (
    publishedAt !== null &&
    (!ISO_DATE_OR_TIME.test(publishedAt) ||
      Number.isNaN(Date.parse(publishedAt.length === 10 ? `${publishedAt}T00:00:00Z` : publishedAt)))
  ) {
    throw invalidArgument(
      `${name}.publishedAt`,
      publishedAt,
      'an ISO 8601 date or date-time, e.g. "2024-06-19" or "2024-06-19T10:00:00Z"',
    );
  }
  if (a.title.trim() === '') throw invalidArgument(`${name}.title`, a.title, 'a non-empty title');
  if (a.text.trim() === '') throw invalidArgument(`${name}.text`, a.text, 'a non-empty text');
  if (a.url !== null && a.url !== undefined && !isHttpUrl(a.url))
    throw invalidArgument(`${name}.url`, a.url, 'an http(s) URL');
  return {
    url: a.url ?? null,
    title: a.title,
    text: a.text,
    publishedAt,
    source: a.source ?? null,
    language: language as Language | null,
  };
}

function toResult(r: ArticleReport): IngestResultOut {
  return { ...r, outcome: r.outcome.toUpperCase() as IngestResultOut['outcome'] };
}

async function ingest(
  context: PactlineContext,
  inputs: ArticleInput[],
): Promise<{ reports: ArticleReport[]; summary: IngestSummary }> {
  const service = await context.ingest();
  // Not cut by the read deadline (useDeadline leaves mutations alone): the answer says what was
  // written; what could not be written within WRITE_TIMEOUT_MS is reported as not written.
  const writeDeadline = new Date(context.clock().getTime() + context.config.writeTimeoutMs);
  const result = await service.ingestArticles(context.executor, inputs, {
    clock: context.clock,
    maxBytes: context.config.ingestMaxBytes,
    writeDeadline,
  });
  const eventIds = [...new Set(result.reports.flatMap((r) => r.newEvents))];
  if (eventIds.length > 0) {
    const articleIds = result.reports
      .filter((r) => r.outcome === 'created' && r.id !== null)
      .map((r) => r.id as string);
    context.pubsub.publish('eventsAdded', { articleIds, eventIds });
  }
  return result;
}

export const Mutation: MutationResolvers = {
  async ingestArticle(_root, { input }, context) {
    requireWrite(context);
    const { reports } = await ingest(context, [toArticleInput(input, 'input')]);
    const report = reports[0];
    if (!report) throw new Error('ingestion returned no report');
    return toResult(report);
  },
  async ingestArticles(_root, { inputs }, context) {
    requireWrite(context);
    if (inputs.length === 0 || inputs.length > MAX_BATCH)
      throw invalidArgument('inputs', `${inputs.length} articles`, `1 to ${MAX_BATCH} articles per call`);
    const bytes = inputs.reduce(
      (n, a) => n + Buffer.byteLength(a.text ?? '', 'utf8') + Buffer.byteLength(a.title ?? '', 'utf8'),
      0,
    );
    if (bytes > context.config.ingestMaxBatchBytes)
      throw invalidArgument(
        'inputs',
        `${bytes} bytes of titles and texts`,
        `at most ${context.config.ingestMaxBatchBytes} bytes in one call (INGEST_MAX_BATCH_BYTES); split the batch`,
      );
    const { reports, summary } = await ingest(
      context,
      inputs.map((a, i) => toArticleInput(a, `inputs[${i}]`)),
    );
    return { results: reports.map(toResult), summary };
  },
  async deleteArticle(_root, { id }, context) {
    requireWrite(context);
    const service = await context.ingest();
    return service.deleteArticle(context.executor, id);
  },
};
