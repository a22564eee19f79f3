import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';

/**
 * The types generated from schema.graphql with the config in package.json ("codegen"):
 * web/src/api/generated.ts, the web's documents (queries.graphql) typed with their results and
 * variables, and server/graphql/generated.ts, the resolver types the server's resolvers are
 * checked against. A change to the schema or a document without `npm run codegen` fails here.
 */
const ROOT = join(import.meta.dirname, '../..');
const OUTPUTS = ['web/src/api/generated.ts', 'server/graphql/generated.ts'];

describe('generated GraphQL types', () => {
  it(`${OUTPUTS.join(' and ')} are what npm run codegen makes of schema.graphql and the web's documents`, async () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).codegen;
    const outputs: { filename: string; content: string }[] = await generate(
      { ...config, cwd: ROOT, silent: true },
      false,
    );
    for (const output of OUTPUTS) {
      const fresh = outputs.find((o) => o.filename.endsWith(output));
      expect(fresh, `codegen produced no ${output}`).not.toBeUndefined();
      expect(readFileSync(join(ROOT, output), 'utf8'), `run \`npm run codegen\` and commit ${output}`).toBe(
        fresh!.content,
      );
    }
  }, 60_000);
});
