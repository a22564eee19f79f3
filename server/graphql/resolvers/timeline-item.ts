import type { TimelineItemResolvers } from '../generated';

/**
 * A timeline item is answered whole by the timeline (index or Cypher); only GDELT's own row is
 * fetched when asked for, for all the GDELT items of a response in one query (the loader
 * Event.gdelt uses too). Events from articles have none.
 */
export const TimelineItem: TimelineItemResolvers = {
  gdelt: (item, _args, { loaders }) => (item.origin === 'GDELT' ? loaders.gdelt.load(item.id) : null),
};
