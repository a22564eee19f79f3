/** Ingestion: what the CLI, the seed loader and the GraphQL mutations call. */
export { ingestArticles, type ExtractFn, type IngestItem } from './ingest-articles';
export { deleteArticle } from './delete-article';
export { importGdelt } from './import-gdelt';
export type { ArticleInput } from './types';
