import type { EventNode } from '../../db/read-model';
import type { EventsAddedPayload } from '../context';
import type { FieldResolver, NoArgs } from './types';

export const Subscription = {
  eventsAdded: {
    subscribe: ((_root, _args, { pubsub, subscriptions, client }) =>
      subscriptions.admit(client, pubsub.subscribe('eventsAdded'))) as FieldResolver<
      unknown,
      NoArgs,
      AsyncIterable<EventsAddedPayload>
    >,
    resolve: (payload: EventsAddedPayload) => payload,
  },
};

export const EventsAdded: {
  events: FieldResolver<EventsAddedPayload, NoArgs, EventNode[]>;
} = {
  async events(payload, _args, { loaders }) {
    const events = await loaders.event.loadMany(payload.eventIds);
    return events.filter((e): e is EventNode => e !== null && !(e instanceof Error));
  },
};
