import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths';

/** Where the seed datasets live: seed/datasets/<name>/*.txt. */
export const DATASETS_DIR = join(PROJECT_ROOT, 'seed', 'datasets');

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
