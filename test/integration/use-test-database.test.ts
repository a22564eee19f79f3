import { describe, expect, it } from 'vitest';
import { countNodes, useTestDatabase } from '../support/database';

/** The helper every integration test stands on: what it promises about isolation and misuse. */
describe('useTestDatabase({ reset: "beforeEach" })', () => {
  const db = useTestDatabase({ reset: 'beforeEach' });
  const outside = (() => {
    try {
      void db.read({ cypher: 'RETURN 1', params: {} });
      return null;
    } catch (error) {
      return error as Error;
    }
  })();

  it('throws when used outside tests and hooks', () => {
    expect(outside?.message).toBe('useTestDatabase: the test database is open only inside tests and hooks');
  });

  it('a test writes a node…', async () => {
    await db.write({ cypher: 'CREATE (:Actor {id: $id})', params: { id: 'test:left-behind' } });
    expect(await countNodes(db, 'Actor')).toBe(1);
  });

  it('…and the next test starts on an empty database', async () => {
    expect(await countNodes(db, 'Actor')).toBe(0);
  });
});

describe('useTestDatabase({ reset: "never" })', () => {
  const db = useTestDatabase({ reset: 'never' });

  it('a test writes a node…', async () => {
    await db.write({ cypher: 'CREATE (:Actor {id: $id})', params: { id: 'test:kept' } });
    expect(await countNodes(db, 'Actor')).toBeGreaterThanOrEqual(1);
  });

  it('…and the next test still sees it', async () => {
    expect(
      (
        await db.read<{ n: number }>({
          cypher: 'MATCH (a:Actor {id: $id}) RETURN count(a) AS n',
          params: { id: 'test:kept' },
        })
      )[0]?.n,
    ).toBe(1);
  });
});

describe('countNodes', () => {
  const db = useTestDatabase({ reset: 'beforeAll' });

  it('rejects a label outside the model with the labels it allows', async () => {
    await expect(countNodes(db, 'Actor) DETACH DELETE (n' as never)).rejects.toThrow(
      /^invalid label: Actor\) DETACH DELETE \(n \(allowed: Article, Actor, Event, Treaty, Place, Reference\)$/,
    );
  });
});
