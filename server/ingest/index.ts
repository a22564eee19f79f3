/** Ingestion: what the CLI, the seed loader and the GraphQL mutations call. */
export {
  ingestArticles,
  summarize,
  type ExtractFn,
  type IngestItem,
  type IngestOptions,
  type IngestResult,
} from './ingest-articles';
export { deleteArticle } from './delete-article';
export { importGdelt, type GdeltImportOptions, type GdeltImportSummary } from './import-gdelt';
export { DEFAULT_MAX_BYTES, validateArticle } from './validate-article';
export type { ArticleInput, ArticleOutcome, ArticleReport, DeleteReport, IngestSummary } from './types';
