import { basename, dirname, resolve } from 'node:path';
import {
  DATASETS_DIR,
  GDELT_DIR,
  isFolder,
  listDatasets,
  seedFolders,
  TEAM_WRITTEN_DIR,
} from '../ingest/seed-datasets';
import { UsageError, runCommand, type CommandSpec } from './command-line';
import { listSourcesOrUsageError, LOAD_NOTES, LOAD_OPTIONS, runLoad, toLoadArgs } from './ingest';

const SEED_OPTIONS = {
  'team-written': {
    type: 'boolean',
    describe: 'also the team-written datasets in seed/datasets-team-written (with DIR: the names are looked up there)',
  },
  gdelt: { type: 'boolean', describe: 'also the real GDELT 2.0 export in seed/gdelt' },
  ...LOAD_OPTIONS,
} as const;

const SEED_COMMAND: CommandSpec<typeof SEED_OPTIONS> = {
  name: 'seed',
  run: 'npm run seed --',
  options: SEED_OPTIONS,
  positionals: {
    usage: '[DIR...]',
    describe: 'a dataset folder, or its name under seed/datasets; without DIR: every real dataset in seed/datasets',
  },
  notes: LOAD_NOTES,
};

/**
 * `npm run seed` loads the gazetteer's treaties and every real dataset in seed/datasets;
 * `--team-written` adds the articles the team wrote, `--gdelt` the real GDELT export in
 * seed/gdelt; `npm run seed -- DIR` loads the treaties and one dataset.
 */
export function runSeed(argv: string[]): Promise<number> {
  return runCommand(argv, SEED_COMMAND, async (line) => {
    const teamWritten = line.values['team-written'] === true;
    const gdelt = line.values.gdelt === true;
    const args = toLoadArgs(line, process.env);
    const namesDir = teamWritten ? TEAM_WRITTEN_DIR : DATASETS_DIR;
    let dirs: string[] = [];
    for (const p of args.paths) {
      if (await isFolder(p)) dirs.push(resolve(p));
      else if (!p.includes('/') && (await isFolder(resolve(namesDir, p)))) dirs.push(resolve(namesDir, p));
      else {
        const names = (await listDatasets(namesDir)).map((d) => basename(d));
        throw new UsageError(
          `not a dataset folder: ${p} (allowed: a folder of articles, or one of ${names.join(', ') || `the folders in ${namesDir}`})`,
        );
      }
    }
    if (dirs.length === 0) dirs = await seedFolders({ teamWritten, gdelt });
    else if (gdelt) dirs.push(GDELT_DIR);
    if (dirs.length === 0) throw new UsageError(`no datasets in ${DATASETS_DIR}`);
    const files = await listSourcesOrUsageError(dirs);
    if (files.length === 0) throw new UsageError(`no article files in ${dirs.join(', ')}`);
    process.stderr.write(`seed: ${dirs.map((d) => basename(d)).join(', ')} (${files.length} files)\n`);
    return runLoad(files, args, dirname(DATASETS_DIR), { knownTreaties: true });
  });
}
