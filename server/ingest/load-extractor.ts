import type { ExtractFn } from './ingest-articles';

/**
 * Loads the real extractor (server/extract) with the seed gazetteer. Kept apart so that tests
 * can pass their own `extract` and never load it.
 */
export async function loadExtractor(): Promise<ExtractFn> {
  // A variable specifier keeps tsc from requiring the module while the extractor is being built.
  const specifier = '../extract/extract-article';
  let mod: { extractArticle?: ExtractFn };
  try {
    mod = (await import(specifier)) as { extractArticle?: ExtractFn };
  } catch (error) {
    throw new Error(`the extractor is not available (server/extract/extract-article.ts): ${(error as Error).message}`);
  }
  const extractArticle = mod.extractArticle;
  if (!extractArticle) throw new Error('server/extract/extract-article.ts does not export extractArticle');
  return extractArticle;
}
