import type { Executor } from '../../../server/db/executor';
import { EVENT_TYPES } from '../../../web/src/timeline/model';
import { writeActors, writeEvents, writeTreaties, type ActorRow, type EventRow, type TreatyRow } from './graph-fixture';
import { createSeededRandom } from '../../support/seeded-random';

/**
 * A seeded random graph for the bench: `events` events between 1900 and 2025 (denser in recent
 * decades, a few at month or year precision), 2 to 3 participants each among `actors` actors with
 * a skewed activity, and `treaties` treaties in replacement chains.
 */
export async function writeRandomGraph(
  x: Executor,
  o: { events: number; actors: number; treaties: number; seed?: number; log?: (s: string) => void },
): Promise<void> {
  const rand = createSeededRandom(o.seed ?? 42);
  const actors: ActorRow[] = Array.from({ length: o.actors }, (_, i) => ({
    id: `bench:actor:${i}`,
    name: `Actor ${i}`,
    kind: i % 10 === 0 ? 'ORGANIZATION' : 'COUNTRY',
    aliases: [`A${i}`],
  }));
  await writeActors(x, actors);
  const treaties: TreatyRow[] = [];
  const replaces: { newId: string; oldId: string; basis: string; effectiveOn: string | null }[] = [];
  const parties: { actorId: string; treatyId: string }[] = [];
  for (let i = 0; i < o.treaties; i++) {
    const start = 1900 + Math.floor(rand() * 120);
    const chained = i % 4 !== 0 && i > 0;
    const end = rand() < 0.6 ? Math.min(2025, start + 5 + Math.floor(rand() * 40)) : null;
    treaties.push({
      id: `bench:treaty:${i}`,
      name: `Bench treaty ${i}`,
      aliases: [],
      kind: 'BILATERAL',
      status: end ? 'ENDED' : 'IN_FORCE',
      signedOn: `${start}-03-01`,
      signedPrecision: 'day',
      inForceFrom: null,
      endedOn: end ? `${end}-01-01` : null,
    });
    if (chained)
      replaces.push({ newId: `bench:treaty:${i}`, oldId: `bench:treaty:${i - 1}`, basis: 'LEGAL', effectiveOn: null });
    parties.push(
      { actorId: `bench:actor:${i % o.actors}`, treatyId: `bench:treaty:${i}` },
      { actorId: `bench:actor:${(i * 7 + 1) % o.actors}`, treatyId: `bench:treaty:${i}` },
    );
  }
  await writeTreaties(x, treaties, parties, replaces);
  const pickActor = () => Math.floor(Math.pow(rand(), 2.2) * o.actors);
  const batch = 10_000;
  for (let done = 0; done < o.events; done += batch) {
    const rows: EventRow[] = [];
    for (let i = done; i < Math.min(o.events, done + batch); i++) {
      const t = Math.pow(rand(), 0.5);
      const year = 1900 + Math.floor(t * 125.99);
      const month = 1 + Math.floor(rand() * 12);
      const day = 1 + Math.floor(rand() * 28);
      const p = rand();
      const precision = p < 0.03 ? 'year' : p < 0.12 ? 'month' : 'day';
      const date =
        precision === 'year'
          ? String(year)
          : precision === 'month'
            ? `${year}-${String(month).padStart(2, '0')}`
            : `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const a = pickActor();
      let b = pickActor();
      if (b === a) b = (a + 1) % o.actors;
      const m = rand();
      rows.push({
        id: `bench:event:${i}`,
        type: EVENT_TYPES[Math.floor(rand() * EVENT_TYPES.length)] as string,
        date,
        datePrecision: precision,
        modality: m < 0.85 ? 'ASSERTED' : m < 0.92 ? 'PLANNED' : m < 0.96 ? 'NEGATED' : 'REPORTED',
        summary: `Bench event ${i}`,
        confidence: Math.round(rand() * 100) / 100,
        participants: [
          { id: `bench:actor:${a}`, role: 'PARTICIPANT' },
          { id: `bench:actor:${b}`, role: 'TARGET' },
        ],
      });
    }
    await writeEvents(x, rows, batch);
    o.log?.(`events ${Math.min(o.events, done + batch)}/${o.events}`);
  }
}
