import { join } from 'node:path';
import { build } from 'vite';
import { PROJECT_ROOT } from '../../../server/paths';

/** Builds web/ into web/dist so the server under test serves the current code (unminified for profiling). */
export async function buildWeb(options: { minify?: boolean } = {}): Promise<void> {
  await build({
    configFile: join(PROJECT_ROOT, 'web', 'vite.config.ts'),
    logLevel: 'warn',
    ...(options.minify === false ? { build: { minify: false } } : {}),
  });
}
