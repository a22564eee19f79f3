import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../db/embedded';

/** Where the seed datasets live: seed/datasets/<name>/*.txt, real published articles (the default seed). */
export const DATASETS_DIR = join(PROJECT_ROOT, 'seed', 'datasets');

/** Articles the team wrote from public facts (seed/datasets-team-written/<name>): loaded only on request. */
export const TEAM_WRITTEN_DIR = join(PROJECT_ROOT, 'seed', 'datasets-team-written');

/** A real GDELT 2.0 events export (seed/gdelt/*.export.CSV), part of the default seed. */
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
  /** The GDELT export folder (default: GDELT_DIR); null = no GDELT rows. */
  gdeltDir?: string | null;
  /** Also the team-written datasets (TEAM_WRITTEN_DIR, or this folder). */
  teamWritten?: boolean | string;
}

/**
 * The folders the default seed loads, in order: the real article datasets, then the team-written
 * ones when asked for, then the GDELT export folder (when it exists).
 */
export async function seedFolders(options: SeedFolders = {}): Promise<string[]> {
  const dirs = await listDatasets(options.datasetsDir ?? DATASETS_DIR);
  if (options.teamWritten) {
    dirs.push(
      ...(await listDatasets(typeof options.teamWritten === 'string' ? options.teamWritten : TEAM_WRITTEN_DIR)),
    );
  }
  const gdelt = options.gdeltDir === undefined ? GDELT_DIR : options.gdeltDir;
  if (gdelt !== null && (await isFolder(gdelt))) dirs.push(gdelt);
  return dirs;
}
