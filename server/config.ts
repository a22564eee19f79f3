import { DEFAULT_MAX_BYTES } from './ingest/validate-article';

/**
 * Reads and validates the environment once, at the edge. Everything else receives a Config.
 */
export interface Neo4jConfig {
  /** bolt://, neo4j:// (+s / +ssc); null = start the embedded launcher. */
  uri: string | null;
  user: string;
  password: string | null;
  database: string;
  /**
   * The embedded launcher's data folder (NEO4J_HOME_DIR; null = .data/neo4j in the project) and
   * Bolt port (NEO4J_BOLT_PORT, 0 = any free port), used when uri is null.
   */
  embedded?: { home: string | null; port: number };
}

export interface Config {
  port: number;
  host: string;
  neo4j: Neo4jConfig;
  /** Bearer token required for writes; null = writes are off. */
  ingestToken: string | null;
  graphiql: boolean;
  introspection: boolean;
  /** Load the default seed (the gazetteer's treaties, the real articles) when the database is empty. */
  seedOnEmpty: boolean;
  /** With seedOnEmpty, also load the team-written datasets (seed/datasets-team-written). */
  seedTeamWritten: boolean;
  /** With seedOnEmpty, also load the real GDELT export (seed/gdelt). */
  seedGdelt: boolean;
  /** Per-request deadline of reads and Neo4j transaction timeout, in milliseconds. */
  requestTimeoutMs: number;
  /**
   * How long a write (a mutation) may run, in milliseconds. Writes are not cut by the read
   * deadline: a write answers what it did, and articles whose turn to be written comes after
   * this are not written and say so.
   */
  writeTimeoutMs: number;
  /** Largest article text that ingestion accepts, in UTF-8 bytes (INGEST_MAX_BYTES). */
  ingestMaxBytes: number;
  /** Largest total of article texts and titles in one ingestArticles call, in UTF-8 bytes. */
  ingestMaxBatchBytes: number;
  /** Largest GraphQL request body in bytes with a valid INGEST_TOKEN (413 above it). */
  maxRequestBytes: number;
  /** Largest GraphQL request body in bytes without a valid token: reads are small. */
  maxReadRequestBytes: number;
  /** Origins allowed to call the API from another site (CORS_ORIGINS); empty = same origin only. */
  corsOrigins: string[];
  /** Live subscriptions at once, in all and per client address; and how long one may stay open. */
  subscriptions: { max: number; perClient: number; maxLifetimeMs: number };
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Default largest GraphQL request body (yoga's own default): room for an ingestArticles batch of article texts. */
const DEFAULT_MAX_REQUEST_BYTES = 25_000_000;
/** Default largest total of texts in one ingestArticles call: about 10 s of extraction on one core. */
const DEFAULT_INGEST_MAX_BATCH_BYTES = 5_000_000;

/** Default largest body without the token: the largest query the web app sends is a few KB. */
const DEFAULT_MAX_READ_REQUEST_BYTES = 100_000;

const URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];
const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`invalid ${name}: ${JSON.stringify(raw)} (allowed: an integer from ${min} to ${max})`);
  }
  return n;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(`invalid ${name}: ${JSON.stringify(raw)} (allowed: true or false)`);
}

function nonEmpty(env: NodeJS.ProcessEnv, name: string): string | null {
  const raw = env[name];
  return raw === undefined || raw.trim() === '' ? null : raw;
}

/** Validates the Neo4j part of the environment. */
export function readNeo4jConfig(env: NodeJS.ProcessEnv): Neo4jConfig {
  const uri = nonEmpty(env, 'NEO4J_URI');
  if (uri !== null) {
    const scheme = /^([a-z0-9+]+):\/\/[^/\s]+/.exec(uri)?.[1];
    if (!scheme || !URI_SCHEMES.includes(scheme)) {
      throw new ConfigError(
        `invalid NEO4J_URI: ${JSON.stringify(uri)} (allowed: ${URI_SCHEMES.map((s) => `${s}://host:port`).join(', ')})`,
      );
    }
  }
  const database = nonEmpty(env, 'NEO4J_DATABASE') ?? 'neo4j';
  if (!/^[A-Za-z][A-Za-z0-9.-]{0,62}$/.test(database)) {
    throw new ConfigError(
      `invalid NEO4J_DATABASE: ${JSON.stringify(database)} (allowed: a Neo4j database name, letters, digits, dots and dashes)`,
    );
  }
  const embedded = { home: nonEmpty(env, 'NEO4J_HOME_DIR'), port: integer(env, 'NEO4J_BOLT_PORT', 7687, 0, 65535) };
  return {
    uri,
    user: nonEmpty(env, 'NEO4J_USER') ?? 'neo4j',
    password: nonEmpty(env, 'NEO4J_PASSWORD'),
    database,
    embedded,
  };
}

/** CORS_ORIGINS: a comma-separated list of http(s) origins, or empty. */
function origins(env: NodeJS.ProcessEnv): string[] {
  const raw = nonEmpty(env, 'CORS_ORIGINS');
  if (raw === null) return [];
  return raw.split(',').map((part) => {
    const origin = part.trim();
    let url: URL | null = null;
    try {
      url = new URL(origin);
    } catch {
      url = null;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== origin) {
      throw new ConfigError(
        `invalid CORS_ORIGINS: ${JSON.stringify(origin)} (allowed: comma-separated origins such as https://analyst.example.org or http://localhost:5173, no path or trailing slash)`,
      );
    }
    return origin;
  });
}

/** Validates the whole environment; throws ConfigError naming the variable, its value and what is allowed. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const logLevel = (nonEmpty(env, 'LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError(`invalid LOG_LEVEL: ${JSON.stringify(env.LOG_LEVEL)} (allowed: ${LOG_LEVELS.join(', ')})`);
  }
  const token = nonEmpty(env, 'INGEST_TOKEN');
  if (token !== null && token.length < 16) {
    throw new ConfigError('invalid INGEST_TOKEN: too short (allowed: at least 16 characters)');
  }
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: nonEmpty(env, 'HOST') ?? '127.0.0.1',
    neo4j: readNeo4jConfig(env),
    ingestToken: token,
    graphiql: bool(env, 'GRAPHIQL', true),
    introspection: bool(env, 'INTROSPECTION', true),
    seedOnEmpty: bool(env, 'SEED_ON_EMPTY', true),
    seedTeamWritten: bool(env, 'SEED_TEAM_WRITTEN', false),
    seedGdelt: bool(env, 'SEED_GDELT', false),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 15_000, 100, 600_000),
    writeTimeoutMs: integer(env, 'WRITE_TIMEOUT_MS', 120_000, 100, 3_600_000),
    ingestMaxBytes: integer(env, 'INGEST_MAX_BYTES', DEFAULT_MAX_BYTES, 1, 1_000_000_000),
    ingestMaxBatchBytes: integer(env, 'INGEST_MAX_BATCH_BYTES', DEFAULT_INGEST_MAX_BATCH_BYTES, 1_000, 1_000_000_000),
    maxRequestBytes: integer(env, 'MAX_REQUEST_BYTES', DEFAULT_MAX_REQUEST_BYTES, 1_000, 1_000_000_000),
    maxReadRequestBytes: integer(env, 'MAX_READ_REQUEST_BYTES', DEFAULT_MAX_READ_REQUEST_BYTES, 1_000, 1_000_000_000),
    corsOrigins: origins(env),
    subscriptions: {
      max: integer(env, 'MAX_SUBSCRIPTIONS', 200, 0, 100_000),
      perClient: integer(env, 'MAX_SUBSCRIPTIONS_PER_CLIENT', 5, 0, 10_000),
      maxLifetimeMs: integer(env, 'SUBSCRIPTION_MAX_SECONDS', 3_600, 1, 86_400) * 1000,
    },
    logLevel: logLevel as Config['logLevel'],
  };
}
