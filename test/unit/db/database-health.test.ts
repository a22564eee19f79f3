import { describe, expect, it } from 'vitest';
import { createDatabaseHealth } from '../../../server/db/database-health';
import { DatabaseUnavailableError } from '../../../server/db/errors';

/** A database stand-in for the health state machine: answers or not, as the test says. */
function switchable() {
  let answering = true;
  return {
    ping: () => (answering ? Promise.resolve() : Promise.reject(new Error('connect ECONNREFUSED'))),
    set: (on: boolean) => {
      answering = on;
    },
  };
}

describe('createDatabaseHealth', () => {
  it('probe() marks the database down after two failures in a row while up, and up again on the first answer', async () => {
    const db = switchable();
    const health = createDatabaseHealth({ ping: db.ping, target: 'bolt://db:7687' });
    const changes: string[] = [];
    health.onChange((s) => changes.push(s.status));
    db.set(false);
    expect((await health.probe()).status).toBe('up'); // one slow or failed answer is no outage
    const down = await health.probe();
    expect(down.status).toBe('down');
    expect(down.reason).toBe('Neo4j at bolt://db:7687 does not answer (connect ECONNREFUSED)');
    expect(() => health.assertAvailable()).toThrow(DatabaseUnavailableError);
    db.set(true);
    expect((await health.probe()).status).toBe('up'); // an external NEO4J_URI that comes back
    expect(() => health.assertAvailable()).not.toThrow();
    expect(changes).toEqual(['down', 'up']);
  });

  it('probe() gives up on a database that does not answer within its timeout, and keeps the first cause', async () => {
    const health = createDatabaseHealth({ ping: () => new Promise(() => undefined), target: 'bolt://db:7687' });
    await health.probe(20);
    const state = await health.probe(20);
    expect(state.status).toBe('down');
    expect(state.reason).toBe('Neo4j at bolt://db:7687 does not answer (no answer within 20 ms)');
    health.markDown('the embedded Neo4j process exited (signal SIGKILL)');
    expect((await health.probe(20)).reason).toBe('Neo4j at bolt://db:7687 does not answer (no answer within 20 ms)');
  });

  it('whenDown() rejects queries in flight when the database goes down, and at once while it is down', async () => {
    const health = createDatabaseHealth({ ping: () => Promise.resolve(), target: 'bolt://db:7687' });
    const inFlight = health.whenDown();
    health.markDown('the embedded Neo4j process exited (code 137)');
    await expect(inFlight).rejects.toThrow(/the embedded Neo4j process exited \(code 137\)/);
    await expect(health.whenDown()).rejects.toBeInstanceOf(DatabaseUnavailableError);
    health.markUp();
    const next = health.whenDown();
    let settled = false;
    next.then(
      () => (settled = true),
      () => (settled = true),
    );
    await new Promise((r) => setTimeout(r, 10));
    expect(settled).toBe(false);
  });
});
