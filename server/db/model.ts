/**
 * The graph model as stored in Neo4j: the closed enums that Cypher builders may interpolate
 * (labels and relationship types never come from input) and the property conventions that
 * ingestion writes and the API reads. docs/architecture.md "Graph model" draws the whole of it.
 *
 * Conventions
 * - Every node has a unique string `id` (constraint per label).
 * - Dates are Neo4j `Date` values at the first day they cover plus a precision:
 *   Event.date + Event.datePrecision ('year'|'month'|'day'), Event.endDate?;
 *   Treaty.signedOn/signedPrecision, inForceFrom/inForcePrecision, endedOn/endedPrecision.
 *   Write with `date($iso)`; read with `toString(n.date)`.
 * - Enum-like values are stored UPPER_CASE as in GraphQL: Event.type 'TREATY_SIGNING',
 *   Event.modality 'ASSERTED', Actor.kind 'PERSON'|'COUNTRY'|'ORGANIZATION',
 *   Treaty.status 'SIGNED'|'IN_FORCE'|'ENDED'|'SUPERSEDED'|'UNKNOWN', REPLACES.basis 'LEGAL'|'DECLARED'|'SUCCESSOR'.
 * - Full-text: Actor/Treaty carry `aliasText` (aliases joined by ' | '), Event `summary`,
 *   Article `title` and `text`; the index is FULLTEXT_INDEX in migrations.ts. Of the events,
 *   only those from articles are in it: they carry the extra label `Reported`. A GDELT event's
 *   summary is generated from its type, actors and CAMEO code ("Statement: Russia – Ukraine
 *   (CAMEO 010)"), which the filters already reach, and a day of 337k such one-line texts
 *   outranked the article events and treaties in search.
 * - Provenance: (Article)-[:REPORTS {quote, start, end, claimedDate, claimedPrecision, confidence}]->(Event),
 *   (Article)-[:MENTIONS {quote, start, end}]->(Actor|Treaty);
 *   PARTY_TO, REPLACES and HOLDS_OFFICE carry `sources` (article ids) that support them.
 * - Article {id, url, title, source, language, publishedAt (Date), text, contentHash, ingestedAt (DateTime)}.
 * - GDELT events keep GDELT's id in Event.gdeltId: an event with a gdeltId is GDELT's, one
 *   without is from articles (and labelled `Reported`).
 * - Claims an article makes about a node are recorded on its edge so that deleting the article
 *   takes back exactly them: REPORTS {summary, modality, claimedDate...}, MENTIONS of a treaty
 *   {aliases, name, kind, signedOn...}, MENTIONS of an actor {aliases}.
 * - Reference {id, title, path}: a reference work that states facts without being an article
 *   (the seed gazetteer, `gazetteer:treaties`). It MENTIONS the treaties it knows with the same
 *   claims as an article, and its id stands in `sources` of the PARTY_TO and REPLACES edges it
 *   states, so that no article delete removes them. The API lists it as `references`, never as
 *   an article.
 */
import type { EventOrigin } from '../domain/filters';

/** The Cypher test that event variable `e` has `origin`: an event with a gdeltId is GDELT's (see above). */
export function originIs(e: string, origin: EventOrigin): string {
  return `${e}.gdeltId IS ${origin === 'GDELT' ? 'NOT ' : ''}NULL`;
}

export const LABELS = {
  Article: 'Article',
  Actor: 'Actor',
  Person: 'Person',
  Country: 'Country',
  Organization: 'Organization',
  Event: 'Event',
  /** An Event from articles, the only events in the full-text index (see "Full-text" above). */
  Reported: 'Reported',
  Treaty: 'Treaty',
  Place: 'Place',
  Reference: 'Reference',
} as const;

export const REL = {
  PARTICIPATED_IN: 'PARTICIPATED_IN',
  TOOK_PLACE_IN: 'TOOK_PLACE_IN',
  CONCERNS: 'CONCERNS',
  PARTY_TO: 'PARTY_TO',
  REPLACES: 'REPLACES',
  HOLDS_OFFICE: 'HOLDS_OFFICE',
  REPORTS: 'REPORTS',
  MENTIONS: 'MENTIONS',
} as const;

/** The kind of an Actor node (its label is the same word: Person, Country, Organization). */
export type ActorKindValue = 'PERSON' | 'COUNTRY' | 'ORGANIZATION';

export const ROLES = ['SIGNATORY', 'HOST', 'SPEAKER', 'TARGET', 'PARTICIPANT'] as const;
export type Role = (typeof ROLES)[number];

export const REPLACES_BASES = ['LEGAL', 'DECLARED', 'SUCCESSOR'] as const;
