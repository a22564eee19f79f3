import { EventsAddedDocument, type EventsAddedSubscription } from './generated';

/**
 * The eventsAdded subscription over server-sent events (GraphQL over SSE, as yoga serves it).
 * Calls back with the ids of new events; reconnects on its own (EventSource does).
 */
export function subscribeEventsAdded(
  onEvents: (ids: string[]) => void,
  onState: (live: boolean) => void,
  endpoint = '/graphql',
): () => void {
  if (typeof EventSource === 'undefined') return () => undefined;
  const source = new EventSource(`${endpoint}?query=${encodeURIComponent(EventsAddedDocument.toString())}`);
  const handle = (e: MessageEvent<string>) => {
    try {
      const body = JSON.parse(e.data) as { data?: EventsAddedSubscription | null };
      const ids = body.data?.eventsAdded?.events?.map((x) => x.id) ?? [];
      if (ids.length) onEvents(ids);
    } catch {
      // A keep-alive or a frame we do not know: nothing to draw.
    }
  };
  source.addEventListener('next', handle as EventListener);
  source.addEventListener('message', handle as EventListener);
  source.addEventListener('open', () => onState(true));
  source.addEventListener('error', () => onState(false));
  return () => source.close();
}
