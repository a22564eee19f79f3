import type { EventFilter, EventOrder } from '../db/queries/event-queries';
import type { EventNode } from '../db/repository';
import { cursorOf } from './arguments';
import { eagerCount, toConnection, type Connection } from './connection';
import type { PactlineContext } from './context';
import { primeEvents } from './loaders';

/** A page of events (with participants, primed into the loaders) and its lazily counted total. */
export async function eventConnection(context: PactlineContext, filter: EventFilter, order: EventOrder, first: number, after: { day: string; id: string } | null, withTotal = true): Promise<Connection<EventNode>> {
  const total = eagerCount(() => context.repo.countEvents(filter), withTotal);
  const rows = first === 0 ? [] : await context.repo.eventPage({ filter, order, after, limit: first + 1 });
  primeEvents(context.loaders, rows);
  return toConnection(rows, first, (e) => cursorOf(e.day ?? '', e.id), total, after !== null);
}
