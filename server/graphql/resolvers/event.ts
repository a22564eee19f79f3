import type { EventResolvers } from '../generated';
import type { EventSourceNode } from '../../db/read-model';

export interface DateClaim {
  date: string;
  sources: EventSourceNode[];
}

export const Event: EventResolvers = {
  participants: (e, _args, { loaders }) => e.participants ?? loaders.participants.load(e.id),
  place: (e, _args, { loaders }) => (e.placeId ? loaders.place.load(e.placeId) : null),
  treaty: (e, _args, { loaders }) => (e.treatyId ? loaders.treaty.load(e.treatyId) : null),
  sources: (e, _args, { loaders }) => loaders.sources.load(e.id),
  gdelt: (e, _args, { loaders }) => (e.gdelt !== undefined ? e.gdelt : loaders.gdelt.load(e.id)),
  /** The distinct claimed dates, earliest first, each with the sources that claim it. */
  async conflicts(e, _args, { loaders }) {
    const byDate = new Map<string, EventSourceNode[]>();
    for (const s of await loaders.sources.load(e.id)) {
      if (s.claimedDate === null) continue;
      byDate.set(s.claimedDate, [...(byDate.get(s.claimedDate) ?? []), s]);
    }
    return [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, sources]) => ({ date, sources }));
  },
};
