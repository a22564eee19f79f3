import { describe, expect, it } from 'vitest';
import { applyMigrations, FULLTEXT_INDEX, FULLTEXT_LABELS, MIGRATIONS, NODE_LABELS } from '../../server/db/migrations';
import { useTestDatabase } from '../support/database';

describe('applyMigrations', () => {
  const db = useTestDatabase({ reset: 'beforeAll' });

  it('creates a uniqueness constraint on id for every node label', async () => {
    const rows = await db.read<{ labels: string[]; properties: string[]; type: string }>({
      cypher: 'SHOW CONSTRAINTS YIELD labelsOrTypes AS labels, properties, type RETURN labels, properties, type',
      params: {},
    });
    for (const label of NODE_LABELS) {
      expect(rows).toContainEqual({ labels: [label], properties: ['id'], type: 'UNIQUENESS' });
    }
  });

  it('creates the full-text index and the date indexes, all online', async () => {
    const rows = await db.read<{ name: string; state: string; type: string }>({
      cypher: 'SHOW INDEXES YIELD name, state, type RETURN name, state, type',
      params: {},
    });
    const byName = new Map(rows.map((r) => [r.name, r]));
    expect(byName.get(FULLTEXT_INDEX)).toMatchObject({ type: 'FULLTEXT', state: 'ONLINE' });
    expect(byName.get('event_date')).toMatchObject({ type: 'RANGE', state: 'ONLINE' });
    expect(byName.get('treaty_signed_on')).toMatchObject({ type: 'RANGE', state: 'ONLINE' });
  });

  it('is idempotent: applying twice leaves the same schema', async () => {
    const schema = async () =>
      (
        await db.read<{ name: string }>({ cypher: 'SHOW INDEXES YIELD name RETURN name ORDER BY name', params: {} })
      ).map((r) => r.name);
    const before = await schema();
    expect(await applyMigrations(db)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(await schema()).toEqual(before);
  });

  it('rejects a second node with the same id', async () => {
    await db.write({ cypher: 'CREATE (:Actor {id: $id})', params: { id: 'test:dup' } });
    await expect(db.write({ cypher: 'CREATE (:Actor {id: $id})', params: { id: 'test:dup' } })).rejects.toThrow(
      /already exists/,
    );
  });

  it('upgrades a full-text index from before GDELT events left it: article events are labelled Reported and found, GDELT events are not', async () => {
    await db.autoCommit({ cypher: `DROP INDEX ${FULLTEXT_INDEX}`, params: {} });
    await db.autoCommit({
      cypher: `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} FOR (n:Actor|Treaty|Event|Article) ON EACH [n.name, n.aliasText, n.summary, n.title, n.text]`,
      params: {},
    });
    await db.write({
      cypher:
        "CREATE (:Event {id: 'test:from-article', summary: 'Envoys meet in Geneva'}), (:Event {id: 'gdelt:7', gdeltId: '7', summary: 'Consultation: Geneva (CAMEO 040)'})",
      params: {},
    });
    await applyMigrations(db);
    const [index] = await db.read<{ labels: string[]; state: string }>({
      cypher:
        'SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, state WHERE name = $name RETURN labelsOrTypes AS labels, state',
      params: { name: FULLTEXT_INDEX },
    });
    expect(index).toEqual({ labels: [...FULLTEXT_LABELS], state: 'ONLINE' });
    const labels = await db.read<{ id: string; labels: string[] }>({
      cypher: 'MATCH (e:Event) RETURN e.id AS id, labels(e) AS labels ORDER BY id',
      params: {},
    });
    expect(labels).toEqual([
      { id: 'gdelt:7', labels: ['Event'] },
      { id: 'test:from-article', labels: ['Event', 'Reported'] },
    ]);
    const hits = await db.read<{ id: string }>({
      cypher: 'CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN node.id AS id',
      params: { index: FULLTEXT_INDEX, q: 'Geneva' },
    });
    expect(hits).toEqual([{ id: 'test:from-article' }]);
  });
});
