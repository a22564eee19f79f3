/**
 * Parts of the results of the documents in queries.graphql, under the names the page uses. They
 * are generated from schema.graphql and the documents themselves (`npm run codegen` writes
 * generated.ts; `npm test` fails when it is out of date), so they cannot drift from the API.
 */
import type { EventQuery, InForceQuery, OverviewQuery, SearchQuery, TimelineQuery, TreatyQuery } from './generated';

export type TimelineResponse = TimelineQuery;

/** A bin without its counts per type (the overview strip needs only the total). */
export type TimelineBinCount = OverviewQuery['timeline']['bins'][number];

export type EventDetail = NonNullable<EventQuery['event']>;
export type SourceDetail = EventDetail['sources'][number];
/** GDELT's own row, for an event imported from a GDELT 2.0 export (see schema.graphql GdeltRecord). */
export type GdeltDetail = NonNullable<EventDetail['gdelt']>;

export type TreatyDetail = NonNullable<TreatyQuery['treaty']>;
/** A lineage step, with the articles and reference works (the seed gazetteer) that state it. */
export type TreatyLink = TreatyDetail['replaces'][number];

export type SearchHit = SearchQuery['search'][number];

/** Treaties in force on a day (the cursor's list). */
export type InForceResponse = InForceQuery;
