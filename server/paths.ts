import { resolve } from 'node:path';

/** The repository's root folder: schema.graphql, db/, web/, seed/ and .data/ are found from here. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..');
