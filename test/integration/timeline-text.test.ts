import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { timelineBinsQuery } from '../../server/db/queries/timeline-queries';
import { useTestDatabase } from '../support/database';

interface Plan {
  operatorType: string;
  children: Plan[];
}

/**
 * The operators of a profiled plan, each with the operators it runs under once per row: those of
 * which it is in the right-hand side (an Apply runs its second child for each row of its first).
 */
function operators(plan: Plan, perRow: string[] = []): { op: Plan; perRow: string[] }[] {
  return [
    { op: plan, perRow },
    ...plan.children.flatMap((c, i) =>
      operators(c, /Apply/.test(plan.operatorType) && i === 1 ? [...perRow, plan.operatorType] : perRow),
    ),
  ];
}

describe('timeline bins by actor with a text filter', () => {
  const db = useTestDatabase({ reset: 'beforeAll' });
  const lanes = ['country:RU', 'country:UA', 'country:TR', 'country:US'];
  const driver = neo4j.driver(inject('neo4jUri'), undefined, { disableLosslessIntegers: true });
  afterAll(() => driver.close());

  beforeAll(async () => {
    // 200 events, 60 of them about grain, each with two or three of the lane actors.
    await db.write({
      cypher: `UNWIND $lanes AS id MERGE (:Actor:Country {id: id, name: id})`,
      params: { lanes },
    });
    await db.write({
      cypher: `UNWIND range(0, 199) AS i
CREATE (e:Event:Reported {id: 'event:text-' + i, type: 'MEETING', modality: 'ASSERTED', confidence: 0.9,
  date: date('2000-01-01') + duration({days: i * 30}), datePrecision: 'DAY',
  summary: CASE WHEN i % 10 < 3 THEN 'Talks on the grain corridor ' + i ELSE 'Talks on energy ' + i END})
WITH e, i
MATCH (a:Actor) WHERE a.id IN [$lanes[i % 4], $lanes[(i + 1) % 4]] OR (i % 3 = 0 AND a.id = $lanes[(i + 2) % 4])
MERGE (a)-[:PARTICIPATED_IN {role: 'PARTICIPANT'}]->(e)`,
      params: { lanes },
    });
  });

  it('asks the full-text index once, not once per lane or event row, and counts what it counted before', async () => {
    const q = timelineBinsQuery({ fromDay: '1990-01-01', toDay: '2030-12-31', text: 'grain' }, 'year', 'ACTOR', lanes);
    const session = driver.session();
    try {
      const result = await session.run(`PROFILE ${q.cypher}`, q.params);
      const calls = operators(result.summary.profile as unknown as Plan).filter(({ op }) =>
        op.operatorType.startsWith('ProcedureCall'),
      );
      expect(calls).toHaveLength(1);
      // On the right-hand side of an Apply (or SemiApply…), the procedure would run once per row: per lane, or per event.
      expect(calls[0]?.perRow).toEqual([]);
      const total = result.records.reduce((n, r) => n + (r.get('count') as number), 0);
      const [expected] = await db.read<{ n: number }>({
        cypher: `MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event) WHERE a.id IN $lanes AND e.summary CONTAINS 'grain'
RETURN count(*) AS n`,
        params: { lanes },
      });
      expect(total).toBe(expected?.n);
    } finally {
      await session.close();
    }
  });
});
