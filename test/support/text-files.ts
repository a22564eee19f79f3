import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The contents of every `.txt` file under `dir`, in path order (the corpus, fixtures and datasets). */
export function readTexts(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return readTexts(p);
      return name.endsWith('.txt') ? [readFileSync(p, 'utf8')] : [];
    });
}
