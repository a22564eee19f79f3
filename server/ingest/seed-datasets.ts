import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths';

/** Where the seed datasets live: seed/datasets/<name>/*.txt, real published articles (the default seed). */
export const DATASETS_DIR = join(PROJECT_ROOT, 'seed', 'datasets');

/** Articles the team wrote from public facts (seed/datasets-team-written/<name>): loaded only on request. */
export const TEAM_WRITTEN_DIR = join(PROJECT_ROOT, 'seed', 'datasets-team-written');

/** A real GDELT 2.0 events export (seed/gdelt/*.export.CSV), loaded on request. */
export const GDELT_DIR = join(PROJECT_ROOT, 'seed', 'gdelt');

/** Every dataset folder, sorted by name. */
export async function listDatasets(dir = DATASETS_DIR): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => join(dir, e.name))
    .sort();
}

export async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

export interface SeedFolders {
  /** The real datasets (default: DATASETS_DIR). */
  datasetsDir?: string;
  /** Also the GDELT export folder (GDELT_DIR, or this folder). */
  gdelt?: boolean | string;
  /** Also the team-written datasets (TEAM_WRITTEN_DIR, or this folder). */
  teamWritten?: boolean | string;
}

/**
 * The folders a seed loads, in order: the real article datasets, then the team-written ones and
 * the GDELT export when asked for. The GDELT export is not in the default seed: its 2,111 events
 * of 2018–2019 would outnumber the articles' events thirty to one and fill the default view's
 * lanes (United States, United Kingdom, Police...) instead of the seed's stories.
 */
export async function seedFolders(options: SeedFolders = {}): Promise<string[]> {
  const dirs = await listDatasets(options.datasetsDir ?? DATASETS_DIR);
  if (options.teamWritten) {
    dirs.push(
      ...(await listDatasets(typeof options.teamWritten === 'string' ? options.teamWritten : TEAM_WRITTEN_DIR)),
    );
  }
  if (options.gdelt) {
    const gdelt = typeof options.gdelt === 'string' ? options.gdelt : GDELT_DIR;
    if (await isFolder(gdelt)) dirs.push(gdelt);
  }
  return dirs;
}
