import type { EventFilter, EventOrder } from '../domain/filters';
import type { EventNode } from '../db/read-model';
import { cursorOf } from './arguments';
import { eagerCount, toConnection, type Connection } from './connection';
import type { PactlineContext } from './context';
import { primeEvents } from './loaders';
import { canAnswer, countEvents as countIndexed } from '../timeline/timeline-index';

/**
 * How many events the filter selects: from the timeline index when it is current and can
 * answer the filter (a version read instead of counting in Neo4j), else eventCountQuery.
 */
async function countEvents(context: PactlineContext, filter: EventFilter): Promise<number> {
  const store = context.timelineIndex;
  if (store && canAnswer(filter)) {
    const index = store.at(await context.repo.dataVersion());
    if (index) return countIndexed(index, filter);
  }
  return context.repo.countEvents(filter);
}

/**
 * A page of events (with participants, and GDELT columns when withGdelt, primed into the loaders)
 * and its lazily counted total.
 */
export async function eventConnection(
  context: PactlineContext,
  filter: EventFilter,
  order: EventOrder,
  first: number,
  after: { day: string; id: string } | null,
  withTotal = true,
  withGdelt = false,
): Promise<Connection<EventNode>> {
  const total = eagerCount(() => countEvents(context, filter), withTotal);
  const rows = first === 0 ? [] : await context.repo.eventPage({ filter, order, after, limit: first + 1, withGdelt });
  primeEvents(context.loaders, rows);
  return toConnection(rows, first, (e) => cursorOf(e.day ?? '', e.id), total, after !== null);
}
