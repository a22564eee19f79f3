import { basename, dirname, resolve } from 'node:path';
import { listSources, SourceError } from '../ingest/read-sources';
import {
  DATASETS_DIR,
  GDELT_DIR,
  isFolder,
  listDatasets,
  seedFolders,
  TEAM_WRITTEN_DIR,
} from '../ingest/seed-datasets';
import { ArgumentError, parseLoadArgs, runLoad, type LoadArgs } from './ingest';

const SEED_USAGE = `usage: npm run seed -- [--team-written] [--gdelt] [--dry-run] [--max-bytes N] [DIR...]
  without DIR: every real dataset in seed/datasets
  --team-written: also the team-written datasets in seed/datasets-team-written (with DIR: the names are looked up there)
  --gdelt: also the real GDELT 2.0 export in seed/gdelt
  DIR: a dataset folder, or its name under seed/datasets`;

/**
 * `npm run seed` loads the gazetteer's treaties and every real dataset in seed/datasets;
 * `--team-written` adds the articles the team wrote, `--gdelt` the real GDELT export in
 * seed/gdelt; `npm run seed -- DIR` loads the treaties and one dataset.
 */
export async function runSeed(argv: string[]): Promise<number> {
  let args: LoadArgs;
  let dirs: string[];
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      process.stderr.write(`${SEED_USAGE}\n`);
      return 0;
    }
    const teamWritten = argv.includes('--team-written');
    const gdelt = argv.includes('--gdelt');
    args = parseLoadArgs(
      argv.filter((a) => a !== '--team-written' && a !== '--gdelt'),
      process.env,
    );
    const namesDir = teamWritten ? TEAM_WRITTEN_DIR : DATASETS_DIR;
    dirs = [];
    for (const p of args.paths) {
      if (await isFolder(p)) dirs.push(resolve(p));
      else if (!p.includes('/') && (await isFolder(resolve(namesDir, p)))) dirs.push(resolve(namesDir, p));
      else {
        const names = (await listDatasets(namesDir)).map((d) => basename(d));
        throw new ArgumentError(
          `not a dataset folder: ${p} (allowed: a folder of articles, or one of ${names.join(', ') || `the folders in ${namesDir}`})`,
        );
      }
    }
    if (dirs.length === 0) dirs = await seedFolders({ teamWritten, gdelt });
    else if (gdelt) dirs.push(GDELT_DIR);
    if (dirs.length === 0) throw new ArgumentError(`no datasets in ${DATASETS_DIR}`);
    const files = await listSources(dirs);
    if (files.length === 0) throw new ArgumentError(`no article files in ${dirs.join(', ')}`);
    process.stderr.write(`seed: ${dirs.map((d) => basename(d)).join(', ')} (${files.length} files)\n`);
    return await runLoad(files, args, dirname(DATASETS_DIR), { knownTreaties: true });
  } catch (error) {
    if (error instanceof ArgumentError || error instanceof SourceError) {
      process.stderr.write(`seed: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
