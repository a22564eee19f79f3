import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';

/**
 * web/src/api/generated.ts holds the response types of the web's GraphQL documents, generated
 * from schema.graphql and web/src/api/queries.ts with the config in package.json ("codegen").
 * A change to either without `npm run codegen` fails here, not in an analyst's browser.
 */
const ROOT = join(import.meta.dirname, '../../..');
const OUTPUT = 'web/src/api/generated.ts';

describe('generated web API types', () => {
  it(`${OUTPUT} is what npm run codegen makes of schema.graphql and the web's documents`, async () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).codegen;
    const outputs: { filename: string; content: string }[] = await generate(
      { ...config, cwd: ROOT, silent: true },
      false,
    );
    const fresh = outputs.find((o) => o.filename.endsWith(OUTPUT));
    expect(fresh, 'codegen produced no web/src/api/generated.ts').toBeDefined();
    expect(readFileSync(join(ROOT, OUTPUT), 'utf8'), 'run `npm run codegen` and commit web/src/api/generated.ts').toBe(
      fresh!.content,
    );
  }, 60_000);
});
