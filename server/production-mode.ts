/**
 * Imported first by the server (main.ts) and bench:api: graphql-js and GraphQL Armor load their
 * development builds unless NODE_ENV is "production", and graphql-js then checks every
 * instanceof against a second copy of itself, about a fifth of the CPU of a large timeline
 * response. So the server runs in production mode unless NODE_ENV says otherwise (vitest sets
 * "test"). Error masking does not change: yoga shows error details only under "development".
 */
process.env.NODE_ENV ??= 'production';

export {};
