import { ids } from '../arguments';
import { invalidArgument } from '../errors';
import { MAX_SPANS, rankSpans } from '../../timeline/timeline-spans';
import type { TimelineResolvers } from '../generated';

/** A timeline is answered whole; its spans are cut to what the client asks for, the most relevant first. */
export const Timeline: TimelineResolvers = {
  spans: (t, args) => {
    if (args.first !== null && args.first !== undefined && (args.first < 0 || args.first > MAX_SPANS))
      throw invalidArgument('first', args.first, `0 to ${MAX_SPANS}`);
    // Without preferParties, a ranked answer puts the treaties of its own actor lanes first.
    const lanes = t.lanes.filter((l) => l.kind === 'ACTOR' && l.id !== '_other').map((l) => l.id);
    const prefer =
      ids(args.preferParties, 'preferParties') ?? (args.first !== null && args.first !== undefined ? lanes : null);
    return rankSpans(t.spans, t, { first: args.first, preferParties: prefer });
  },
  spanCount: (t) => t.spans.length,
};
