import type { Executor } from '../db/executor';
import { countArticles } from '../db/writes/article-writes';
import { formatKnownTreaties, loadKnownTreaties } from './load-known-treaties';
import { loadSources } from './load-sources';
import { listSources } from './read-sources';
import { DATASETS_DIR, listDatasets } from './seed-datasets';
import { DEFAULT_MAX_BYTES } from './validate-article';

/**
 * Loads the gazetteer's treaties and lineage and every seed dataset when the database has no articles yet (first `npm start` on a fresh
 * clone). Returns a line saying what it loaded, or null when there was nothing to do.
 */
export async function seedIfEmpty(
  executor: Executor,
  options: { log?: (line: string) => void; clock?: () => Date; datasetsDir?: string } = {},
): Promise<string | null> {
  const [row] = await executor.read<{ n: number }>(countArticles());
  if ((row?.n ?? 0) > 0) return null;
  const dirs = await listDatasets(options.datasetsDir ?? DATASETS_DIR);
  if (dirs.length === 0) return null;
  options.log?.(`the database is empty: loading the gazetteer's treaties and ${dirs.length} seed datasets`);
  // The known treaties first: the articles then merge into nodes that already carry the canonical names.
  const known = await loadKnownTreaties(executor);
  options.log?.(formatKnownTreaties(known));
  const files = await listSources(dirs);
  const { articles } = await loadSources(executor, files, {
    clock: options.clock ?? (() => new Date()),
    maxBytes: DEFAULT_MAX_BYTES,
    root: options.datasetsDir ?? DATASETS_DIR,
  });
  return `seeded ${articles.created} articles (${articles.events} events, ${articles.actors} actors, ${articles.treaties} treaties) from ${dirs.length} datasets`;
}
