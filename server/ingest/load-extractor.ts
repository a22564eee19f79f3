import { loadGazetteerData } from '../../seed/gazetteer';
import { extractArticle } from '../extract/extract-article';
import { createGazetteer } from '../extract/gazetteer';
import type { ExtractFn } from './ingest-articles';

/**
 * The real extractor (server/extract) with the seed gazetteer compiled once. Kept apart so that
 * tests can pass their own `extract` without compiling the gazetteer.
 */
export function loadExtractor(): ExtractFn {
  const gazetteer = createGazetteer(loadGazetteerData());
  return (text, { published }) => extractArticle(text, { published, gazetteer });
}
