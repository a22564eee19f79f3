import type { EventsAddedResolvers, SubscriptionResolvers } from '../generated';
import type { EventNode } from '../../db/read-model';
import type { EventsAddedPayload } from '../context';

export const Subscription: SubscriptionResolvers = {
  eventsAdded: {
    subscribe: (_root, _args, { pubsub, subscriptions, client }) =>
      subscriptions.admit(client, pubsub.subscribe('eventsAdded')),
    resolve: (payload: EventsAddedPayload) => payload,
  },
};

export const EventsAdded: EventsAddedResolvers = {
  async events(payload, _args, { loaders }) {
    const events = await loaders.event.loadMany(payload.eventIds);
    return events.filter((e): e is EventNode => e !== null && !(e instanceof Error));
  },
};
