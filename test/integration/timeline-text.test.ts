import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { timelineBinsQuery } from '../../server/db/queries/timeline-queries';
import { useTestDatabase } from '../support/database';

interface Plan {
  operatorType: string;
  children: Plan[];
}

/** The operators of a profiled plan, each with the operators above it. */
function operators(plan: Plan, above: Plan[] = []): { op: Plan; above: Plan[] }[] {
  return [{ op: plan, above }, ...plan.children.flatMap((c) => operators(c, [...above, plan]))];
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
      // Under an Apply (or SemiApply…), the procedure would run once per row of the other side: per lane, or per event.
      const applies = calls[0]?.above.map((o) => o.operatorType).filter((t) => /Apply/.test(t));
      expect(applies).toEqual([]);
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
