import type { ActorNode, EventNode, OfficeNode, TreatyNode } from '../../db/read-model';
import { dayCursor, dayRange, pageSize, toEventFilter, intInRange } from '../arguments';
import { selectsNodeField, selectsTotalCount, type Connection } from '../connection';
import { eventConnection } from '../event-connection';
import type { FieldResolver, NoArgs } from './types';

export const Actor: {
  events: FieldResolver<
    ActorNode,
    { from?: string | null; to?: string | null; first?: number | null; after?: string | null },
    Connection<EventNode>
  >;
  treaties: FieldResolver<ActorNode, { inForceOn?: string | null }, TreatyNode[]>;
  offices: FieldResolver<ActorNode, NoArgs, OfficeNode[]>;
  counterparts: FieldResolver<ActorNode, { first?: number | null }, { actor: ActorNode; count: number }[]>;
} = {
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
