import type { ActorResolvers } from '../generated';
import { dayCursor, dayRange, pageSize, toEventFilter, intInRange } from '../arguments';
import { selectsNodeField, selectsTotalCount } from '../connection';
import { eventConnection } from '../event-connection';

export const Actor: ActorResolvers = {
  events(actor, args, context, info) {
    const filter = { ...toEventFilter({ from: args.from, to: args.to }, 'events'), actorIds: [actor.id] };
    return eventConnection(
      context,
      filter,
      'DATE_ASC',
      pageSize(args.first),
      dayCursor(args.after),
      selectsTotalCount(info),
      selectsNodeField(info, 'gdelt'),
    );
  },
  treaties(actor, args, { repo }) {
    return repo.actorTreaties(actor.id, args.inForceOn ? dayRange(args.inForceOn, 'inForceOn') : null);
  },
  offices: (actor, _args, { loaders }) => loaders.offices.load(actor.id),
  counterparts: (actor, args, { repo }) => repo.counterparts(actor.id, intInRange(args.first, 'first', 1, 100, 20)),
};
