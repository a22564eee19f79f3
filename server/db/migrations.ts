import type { Executor, Query } from './executor';
import { originIs } from './model';

/**
 * Schema migrations, applied in order on every start. Each statement is idempotent
 * (IF NOT EXISTS), and constraints come before indexes: a uniqueness constraint cannot be
 * created over an existing plain index on the same property.
 */
export const NODE_LABELS = ['Article', 'Actor', 'Event', 'Treaty', 'Place', 'Reference'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const FULLTEXT_INDEX = 'pactline_search';

/** The labels in the full-text index: events only as `Reported` (from articles; see model.ts). */
export const FULLTEXT_LABELS = ['Actor', 'Treaty', 'Reported', 'Article'] as const;

export const MIGRATIONS: readonly { id: string; cypher: string }[] = [
  ...NODE_LABELS.map((label) => ({
    id: `${label.toLowerCase()}_id_unique`,
    cypher: `CREATE CONSTRAINT ${label.toLowerCase()}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  })),
  {
    id: 'article_content_hash_unique',
    cypher:
      'CREATE CONSTRAINT article_content_hash_unique IF NOT EXISTS FOR (n:Article) REQUIRE n.contentHash IS UNIQUE',
  },
  { id: 'article_url', cypher: 'CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url)' },
  { id: 'event_date', cypher: 'CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)' },
  { id: 'event_type_date', cypher: 'CREATE INDEX event_type_date IF NOT EXISTS FOR (n:Event) ON (n.type, n.date)' },
  { id: 'treaty_signed_on', cypher: 'CREATE INDEX treaty_signed_on IF NOT EXISTS FOR (n:Treaty) ON (n.signedOn)' },
  {
    id: 'treaty_in_force_from',
    cypher: 'CREATE INDEX treaty_in_force_from IF NOT EXISTS FOR (n:Treaty) ON (n.inForceFrom)',
  },
  {
    id: 'article_published_at',
    cypher: 'CREATE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)',
  },
  { id: 'actor_name', cypher: 'CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)' },
  {
    id: FULLTEXT_INDEX,
    cypher: `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${FULLTEXT_LABELS.join('|')}) ON EACH [n.name, n.aliasText, n.summary, n.title, n.text]
OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words', \`fulltext.eventually_consistent\`: false } }`,
  },
];

/**
 * A database from before GDELT events left the full-text index has it on every Event: its
 * article events get the `Reported` label, then the index is dropped, and the migrations
 * create it again over the new labels (Neo4j cannot change an index in place).
 */
async function upgradeFulltextIndex(executor: Executor): Promise<void> {
  const existing = await executor.read<{ labels: string[] }>({
    cypher: 'SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes WHERE name = $name RETURN labelsOrTypes AS labels',
    params: { name: FULLTEXT_INDEX },
  });
  if (existing.length === 0 || !existing[0]!.labels.includes('Event')) return;
  await executor.autoCommit({
    cypher: `MATCH (e:Event) WHERE ${originIs('e', 'ARTICLE')} AND NOT e:Reported CALL (e) { SET e:Reported } IN TRANSACTIONS OF 10000 ROWS`,
    params: {},
  });
  // IF EXISTS: a server and a CLI load started together may both be upgrading.
  await executor.autoCommit({ cypher: `DROP INDEX ${FULLTEXT_INDEX} IF EXISTS`, params: {} });
}

/** Applies every migration, then waits for indexes to come online. Returns the ids applied. */
export async function applyMigrations(executor: Executor): Promise<string[]> {
  await upgradeFulltextIndex(executor);
  for (const m of MIGRATIONS) {
    await executor.autoCommit({ cypher: m.cypher, params: {} } satisfies Query);
  }
  await executor.autoCommit({ cypher: 'CALL db.awaitIndexes(300)', params: {} });
  return MIGRATIONS.map((m) => m.id);
}
