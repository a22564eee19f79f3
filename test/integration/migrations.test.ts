import { describe, expect, it } from 'vitest';
import { applyMigrations, FULLTEXT_INDEX, MIGRATIONS, NODE_LABELS } from '../../server/db/migrations';
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
      (await db.read<{ name: string }>({ cypher: 'SHOW INDEXES YIELD name RETURN name ORDER BY name', params: {} })).map((r) => r.name);
    const before = await schema();
    expect(await applyMigrations(db)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(await schema()).toEqual(before);
  });

  it('rejects a second node with the same id', async () => {
    await db.write({ cypher: 'CREATE (:Actor {id: $id})', params: { id: 'test:dup' } });
    await expect(db.write({ cypher: 'CREATE (:Actor {id: $id})', params: { id: 'test:dup' } })).rejects.toThrow(/already exists/);
  });
});
