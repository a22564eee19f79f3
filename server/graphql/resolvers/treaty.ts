import type { EventNode, SupersessionNode, TreatyNode, TreatyPartyNode } from '../../db/read-model';
import { dayRange } from '../arguments';
import type { FieldResolver, NoArgs } from './types';

export const Treaty: {
  parties: FieldResolver<TreatyNode, NoArgs, TreatyPartyNode[]>;
  events: FieldResolver<TreatyNode, NoArgs, EventNode[]>;
  replaces: FieldResolver<TreatyNode, NoArgs, SupersessionNode[]>;
  replacedBy: FieldResolver<TreatyNode, NoArgs, SupersessionNode[]>;
  lineage: FieldResolver<TreatyNode, NoArgs, TreatyNode[]>;
  inForceOn: FieldResolver<TreatyNode, { date: string }, boolean>;
} = {
  parties: (t, _args, { loaders }) => loaders.parties.load(t.id),
  events: (t, _args, { loaders }) => loaders.treatyEvents.load(t.id),
  replaces: (t, _args, { loaders }) => loaders.replaces.load(t.id),
  replacedBy: (t, _args, { loaders }) => loaders.replacedBy.load(t.id),
  lineage: (t, _args, { repo }) => repo.lineage(t.id),
  inForceOn(t, args, { loaders }) {
    const { first, last } = dayRange(args.date, 'date');
    return loaders.inForce.load(`${first}|${last}|${t.id}`);
  },
};
