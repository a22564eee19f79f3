import { basename, resolve } from 'node:path';
import { listSources, SourceError } from '../ingest/read-sources';
import { DATASETS_DIR, isFolder, listDatasets } from '../ingest/seed-datasets';
import { ArgumentError, parseLoadArgs, runLoad, type LoadArgs } from './ingest';

const SEED_USAGE = `usage: npm run seed -- [--dry-run] [--max-bytes N] [DIR...]
  without DIR: every dataset in seed/datasets; DIR: a dataset folder (or its name under seed/datasets)`;

/** `npm run seed` loads the gazetteer's treaties and every dataset in seed/datasets; `npm run seed -- DIR` the treaties and one dataset. */
export async function runSeed(argv: string[]): Promise<number> {
  let args: LoadArgs;
  let dirs: string[];
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      process.stderr.write(`${SEED_USAGE}\n`);
      return 0;
    }
    args = parseLoadArgs(argv, process.env);
    dirs = [];
    for (const p of args.paths) {
      if (await isFolder(p)) dirs.push(resolve(p));
      else if (!p.includes('/') && (await isFolder(resolve(DATASETS_DIR, p)))) dirs.push(resolve(DATASETS_DIR, p));
      else {
        const names = (await listDatasets()).map((d) => basename(d));
        throw new ArgumentError(
          `not a dataset folder: ${p} (allowed: a folder of articles, or one of ${names.join(', ') || 'the folders in seed/datasets'})`,
        );
      }
    }
    if (dirs.length === 0) dirs = await listDatasets();
    if (dirs.length === 0) throw new ArgumentError(`no datasets in ${DATASETS_DIR}`);
    const files = await listSources(dirs);
    if (files.length === 0) throw new ArgumentError(`no article files in ${dirs.join(', ')}`);
    process.stderr.write(`seed: ${dirs.map((d) => basename(d)).join(', ')} (${files.length} files)\n`);
    return await runLoad(files, args, DATASETS_DIR, { knownTreaties: true });
  } catch (error) {
    if (error instanceof ArgumentError || error instanceof SourceError) {
      process.stderr.write(`seed: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
