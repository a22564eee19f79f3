import type { TreatyResolvers } from '../generated';
import { dayRange } from '../arguments';

export const Treaty: TreatyResolvers = {
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
