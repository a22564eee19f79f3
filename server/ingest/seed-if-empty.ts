import { dirname } from 'node:path';
import type { Executor } from '../db/executor';
import { countArticles } from '../db/writes/article-writes';
import { formatKnownTreaties, loadKnownTreaties } from './load-known-treaties';
import { loadSources } from './load-sources';
import { listSources } from './read-sources';
import { DATASETS_DIR, seedFolders } from './seed-datasets';
import { DEFAULT_MAX_BYTES } from './validate-article';

export interface SeedIfEmptyOptions {
  log?: (line: string) => void;
  clock?: () => Date;
  /** The real datasets (default seed/datasets). */
  datasetsDir?: string;
  /** Also load the GDELT export (SEED_GDELT=true): seed/gdelt, or this folder. */
  gdelt?: boolean | string;
  /** Also load the team-written datasets (SEED_TEAM_WRITTEN=true), or the ones in this folder. */
  teamWritten?: boolean | string;
}

/**
 * Loads the gazetteer's treaties and lineage and every real seed dataset when the database has
 * no articles yet (first `npm start` on a fresh clone); the team-written datasets and the GDELT
 * export only when asked. Returns a line saying what it loaded, or null when there was nothing to do.
 */
export async function seedIfEmpty(executor: Executor, options: SeedIfEmptyOptions = {}): Promise<string | null> {
  const [row] = await executor.read<{ n: number }>(countArticles());
  if ((row?.n ?? 0) > 0) return null;
  const datasetsDir = options.datasetsDir ?? DATASETS_DIR;
  const dirs = await seedFolders({ datasetsDir, gdelt: options.gdelt, teamWritten: options.teamWritten });
  if (dirs.length === 0) return null;
  options.log?.(`the database is empty: loading the gazetteer's treaties and ${dirs.length} seed folders`);
  // The known treaties first: the articles then merge into nodes that already carry the canonical names.
  const known = await loadKnownTreaties(executor);
  options.log?.(formatKnownTreaties(known));
  const files = await listSources(dirs);
  const { articles, gdelt } = await loadSources(executor, files, {
    clock: options.clock ?? (() => new Date()),
    maxBytes: DEFAULT_MAX_BYTES,
    root: dirname(datasetsDir),
  });
  const gdeltLine =
    gdelt.rows > 0 ? `; GDELT: ${gdelt.rows} rows, ${gdelt.events} events written, ${gdelt.rejected} rejected` : '';
  return `seeded ${articles.created} articles (${articles.events} events, ${articles.actors} actors, ${articles.treaties} treaties) from ${dirs.length} folders${gdeltLine}`;
}
