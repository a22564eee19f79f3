import { join } from 'node:path';
import { build } from 'vite';
import { PROJECT_ROOT } from '../../../server/db/embedded';

/** Builds web/ into web/dist so the server under test serves the current code. */
export async function buildWeb(): Promise<void> {
  await build({ configFile: join(PROJECT_ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });
}
