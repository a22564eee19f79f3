/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActorKind =
  | 'COUNTRY'
  | 'ORGANIZATION'
  | 'PERSON';

/** How events given several actorIds match: ALL of them took part (default), or ANY of them. */
export type ActorMatch =
  | 'ALL'
  | 'ANY';

export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

export type EventFilter = {
  /** Events with these participants (ALL of them unless actorMatch is ANY). */
  actorIds?: Array<string> | null | undefined;
  actorMatch?: ActorMatch | null | undefined;
  /** Events on or after the first day of this date (events are matched on the first day of their own date; undated events never match). */
  from?: string | null | undefined;
  minConfidence?: number | null | undefined;
  modality?: Array<Modality> | null | undefined;
  /** Events of these origins only; unset, empty or both = every event. */
  origin?: Array<EventOrigin> | null | undefined;
  placeIds?: Array<string> | null | undefined;
  /**
   * Full-text over the event summary, which events from articles have: with text, GDELT events never
   * match, and `origin: [GDELT]` with text is refused.
   */
  text?: string | null | undefined;
  /** Events on or before the last day of this date (undated events never match). */
  to?: string | null | undefined;
  treatyIds?: Array<string> | null | undefined;
  types?: Array<EventType> | null | undefined;
};

/** Where an event comes from. */
export type EventOrigin =
  /** Extracted from articles (Event.sources lists them). */
  | 'ARTICLE'
  /** Imported from a GDELT 2.0 events export (Event.gdelt holds GDELT's row). */
  | 'GDELT';

export type EventType =
  | 'ACCESSION'
  | 'AID'
  | 'ELECTION'
  | 'ENTRY_INTO_FORCE'
  | 'MEETING'
  | 'MILITARY_ACTION'
  | 'OTHER'
  | 'PROTEST'
  | 'RATIFICATION'
  | 'SANCTION'
  | 'STATEMENT'
  | 'TREATY_SIGNING'
  | 'WITHDRAWAL';

export type LaneBy =
  | 'ACTOR'
  | 'TYPE';

export type Modality =
  | 'ASSERTED'
  | 'NEGATED'
  | 'PLANNED'
  | 'REPORTED';

export type NodeKind =
  | 'ACTOR'
  | 'ARTICLE'
  | 'EVENT'
  | 'PLACE'
  | 'TREATY';

/** Why one treaty replaces another: LEGAL (a termination clause), DECLARED (an official said so), SUCCESSOR (the old one lapsed first). */
export type ReplacesBasis =
  | 'DECLARED'
  | 'LEGAL'
  | 'SUCCESSOR';

/**
 * What an actor was in an event. Extraction gives SIGNATORY to the parties of a signing, accession or ratification;
 * SPEAKER to a statement's speaker, those named beside it in the subject of its verb and the states and bodies its
 * speakers hold office for; TARGET to the others a statement names (what it speaks of or to); HOST to the country a
 * meeting is held in and the holders of its offices; PARTICIPANT to everyone else.
 */
export type Role =
  | 'HOST'
  | 'PARTICIPANT'
  | 'SIGNATORY'
  | 'SPEAKER'
  | 'TARGET';

export type SpanEndKind =
  | 'ENDED'
  | 'OPEN'
  | 'REPLACED';

export type SpanStartKind =
  | 'IN_FORCE'
  | 'SIGNED'
  | 'UNKNOWN';

export type TimeBucket =
  | 'DAY'
  /** Ten years from a year ending in 0; a bin's start is that year ("1960"). */
  | 'DECADE'
  | 'MONTH'
  /** Three months from January, April, July or October; a bin's start is its first month ("1961-07"). */
  | 'QUARTER'
  | 'WEEK'
  | 'YEAR';

export type TimelineMode =
  | 'BINS'
  | 'ITEMS';

export type TreatyStatus =
  | 'ENDED'
  | 'IN_FORCE'
  | 'SIGNED'
  | 'SUPERSEDED'
  | 'UNKNOWN';

export type TimelineQueryVariables = Exact<{
  from: string;
  to: string;
  filter?: EventFilter | null | undefined;
  lanes?: LaneBy | null | undefined;
  maxItems?: number | null | undefined;
  maxBuckets?: number | null | undefined;
  laneIds?: Array<string> | string | null | undefined;
  maxSpans?: number | null | undefined;
  preferParties?: Array<string> | string | null | undefined;
  withGdelt?: boolean | null | undefined;
}>;


export type TimelineQuery = { timeline: { mode: TimelineMode, from: string, to: string, bucket: TimeBucket | null, total: number, binTypes: Array<EventType>, spanCount: number, lanes: Array<{ id: string, label: string, kind: LaneBy }>, items: Array<{ id: string, type: EventType, date: string, datePrecision: DatePrecision, endDate: string | null, lanes: Array<string>, modality: Modality, summary: string | null, confidence: number | null, actorIds: Array<string>, treatyId: string | null, origin: EventOrigin, gdelt?: { quadClass: number | null, goldsteinScale: number | null, numMentions: number | null, avgTone: number | null, sourceUrl: string | null } | null }>, bins: Array<{ lane: string, start: string, end: string, count: number, typeCounts: Array<number> }>, spans: Array<{ start: string | null, end: string | null, startKind: SpanStartKind, endKind: SpanEndKind, replacedBy: Array<string>, parties: Array<string>, status: TreatyStatus, treaty: { id: string, name: string, unnamed: boolean, signedOn: string | null, inForceFrom: string | null }, replacements: Array<{ treatyId: string, basis: ReplacesBasis, effectiveOn: string | null }> }> } };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { events: number, earliest: string | null, latest: string | null } };

export type OverviewQueryVariables = Exact<{
  from: string;
  to: string;
  filter?: EventFilter | null | undefined;
}>;


export type OverviewQuery = { timeline: { mode: TimelineMode, total: number, bins: Array<{ lane: string, start: string, end: string, count: number }> } };

export type EventQueryVariables = Exact<{
  id: string;
}>;


export type EventQuery = { event: { id: string, type: EventType, plover: string | null, cameo: string | null, date: string | null, datePrecision: DatePrecision | null, endDate: string | null, modality: Modality, summary: string | null, confidence: number | null, participants: Array<{ role: Role, actor: { id: string, name: string, kind: ActorKind } }>, place: { id: string, name: string, iso2: string | null } | null, treaty: { id: string, name: string, status: TreatyStatus, signedOn: string | null, inForceFrom: string | null, endedOn: string | null } | null, sources: Array<{ quote: string, start: number, end: number, claimedDate: string | null, confidence: number | null, article: { id: string, url: string | null, title: string, source: string | null, language: string | null, publishedAt: string | null, text: string } }>, conflicts: Array<{ date: string, sources: Array<{ quote: string, article: { id: string, title: string } }> }>, gdelt: { globalEventId: string, sourceUrl: string | null, quadClass: number | null, goldsteinScale: number | null, numMentions: number | null, avgTone: number | null } | null } | null };

export type TreatyQueryVariables = Exact<{
  id: string;
}>;


export type TreatyQuery = { treaty: { id: string, name: string, unnamed: boolean, aliases: Array<string>, kind: string | null, signedOn: string | null, inForceFrom: string | null, endedOn: string | null, status: TreatyStatus, parties: Array<{ since: string | null, until: string | null, actor: { id: string, name: string }, references: Array<{ id: string, title: string }> }>, events: Array<{ id: string, type: EventType, date: string | null, datePrecision: DatePrecision | null, modality: Modality, summary: string | null, participants: Array<{ role: Role, actor: { id: string, name: string } }>, conflicts: Array<{ date: string, sources: Array<{ quote: string, article: { id: string, title: string, language: string | null } }> }> }>, replaces: Array<{ basis: ReplacesBasis, effectiveOn: string | null, treaty: { id: string, name: string }, sources: Array<{ id: string, title: string, url: string | null, language: string | null, text: string, mentions: Array<{ quote: string, start: number, end: number, treaty: { id: string } | null }> }>, references: Array<{ id: string, title: string, path: string | null }> }>, replacedBy: Array<{ basis: ReplacesBasis, effectiveOn: string | null, treaty: { id: string, name: string }, sources: Array<{ id: string, title: string, url: string | null, language: string | null, text: string, mentions: Array<{ quote: string, start: number, end: number, treaty: { id: string } | null }> }>, references: Array<{ id: string, title: string, path: string | null }> }>, lineage: Array<{ id: string, name: string, signedOn: string | null, inForceFrom: string | null, endedOn: string | null, status: TreatyStatus, replacedBy: Array<{ basis: ReplacesBasis, effectiveOn: string | null, treaty: { id: string, name: string }, sources: Array<{ id: string, title: string, url: string | null, language: string | null, text: string, mentions: Array<{ quote: string, start: number, end: number, treaty: { id: string } | null }> }>, references: Array<{ id: string, title: string, path: string | null }> }> }> } | null };

export type StepFragment = { basis: ReplacesBasis, effectiveOn: string | null, treaty: { id: string, name: string }, sources: Array<{ id: string, title: string, url: string | null, language: string | null, text: string, mentions: Array<{ quote: string, start: number, end: number, treaty: { id: string } | null }> }>, references: Array<{ id: string, title: string, path: string | null }> };

export type SearchQueryVariables = Exact<{
  query: string;
}>;


export type SearchQuery = { search: Array<{ kind: NodeKind, id: string, label: string, score: number, highlight: string | null }> };

export type ActorsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ActorsQuery = { actors: { edges: Array<{ node: { id: string, name: string, kind: ActorKind } }> } };

export type ActorExtentQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
}>;


export type ActorExtentQuery = { first: { edges: Array<{ node: { date: string | null } }> }, last: { edges: Array<{ node: { date: string | null } }> } };

export type EventDateQueryVariables = Exact<{
  id: string;
}>;


export type EventDateQuery = { event: { id: string, date: string | null } | null };

export type EventsAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type EventsAddedSubscription = { eventsAdded: { articleIds: Array<string>, events: Array<{ id: string, date: string | null }> } };

export type InForceQueryVariables = Exact<{
  on: string;
  party?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type InForceQuery = { treaties: { totalCount: number, edges: Array<{ node: { id: string, name: string, status: TreatyStatus, kind: string | null, signedOn: string | null, inForceFrom: string | null, endedOn: string | null, parties: Array<{ actor: { id: string, name: string } }> } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const StepFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment Step on Supersession {
  basis
  effectiveOn
  treaty {
    id
    name
  }
  sources {
    id
    title
    url
    language
    text
    mentions {
      quote
      start
      end
      treaty {
        id
      }
    }
  }
  references {
    id
    title
    path
  }
}
    `, {"fragmentName":"Step"}) as unknown as TypedDocumentString<StepFragment, unknown>;
export const TimelineDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Timeline($from: PartialDate!, $to: PartialDate!, $filter: EventFilter, $lanes: LaneBy, $maxItems: Int, $maxBuckets: Int, $laneIds: [ID!], $maxSpans: Int, $preferParties: [ID!], $withGdelt: Boolean = false) {
  timeline(
    from: $from
    to: $to
    filter: $filter
    lanes: $lanes
    laneIds: $laneIds
    maxItems: $maxItems
    maxBuckets: $maxBuckets
  ) {
    mode
    from
    to
    bucket
    total
    lanes {
      id
      label
      kind
    }
    items {
      id
      type
      date
      datePrecision
      endDate
      lanes
      modality
      summary
      confidence
      actorIds
      treatyId
      origin
      gdelt @include(if: $withGdelt) {
        quadClass
        goldsteinScale
        numMentions
        avgTone
        sourceUrl
      }
    }
    binTypes
    bins {
      lane
      start
      end
      count
      typeCounts
    }
    spanCount
    spans(first: $maxSpans, preferParties: $preferParties) {
      treaty {
        id
        name
        unnamed
        signedOn
        inForceFrom
      }
      start
      end
      startKind
      endKind
      replacedBy
      replacements {
        treatyId
        basis
        effectiveOn
      }
      parties
      status
    }
  }
}
    `) as unknown as TypedDocumentString<TimelineQuery, TimelineQueryVariables>;
export const StatsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Stats {
  stats {
    events
    earliest
    latest
  }
}
    `) as unknown as TypedDocumentString<StatsQuery, StatsQueryVariables>;
export const OverviewDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Overview($from: PartialDate!, $to: PartialDate!, $filter: EventFilter) {
  timeline(from: $from, to: $to, filter: $filter, lanes: TYPE, maxItems: 1) {
    mode
    total
    bins {
      lane
      start
      end
      count
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const EventDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Event($id: ID!) {
  event(id: $id) {
    id
    type
    plover
    cameo
    date
    datePrecision
    endDate
    modality
    summary
    confidence
    participants {
      role
      actor {
        id
        name
        kind
      }
    }
    place {
      id
      name
      iso2
    }
    treaty {
      id
      name
      status
      signedOn
      inForceFrom
      endedOn
    }
    sources {
      quote
      start
      end
      claimedDate
      confidence
      article {
        id
        url
        title
        source
        language
        publishedAt
        text
      }
    }
    conflicts {
      date
      sources {
        quote
        article {
          id
          title
        }
      }
    }
    gdelt {
      globalEventId
      sourceUrl
      quadClass
      goldsteinScale
      numMentions
      avgTone
    }
  }
}
    `) as unknown as TypedDocumentString<EventQuery, EventQueryVariables>;
export const TreatyDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Treaty($id: ID!) {
  treaty(id: $id) {
    id
    name
    unnamed
    aliases
    kind
    signedOn
    inForceFrom
    endedOn
    status
    parties {
      since
      until
      actor {
        id
        name
      }
      references {
        id
        title
      }
    }
    events {
      id
      type
      date
      datePrecision
      modality
      summary
      participants {
        role
        actor {
          id
          name
        }
      }
      conflicts {
        date
        sources {
          quote
          article {
            id
            title
            language
          }
        }
      }
    }
    replaces {
      ...Step
    }
    replacedBy {
      ...Step
    }
    lineage {
      id
      name
      signedOn
      inForceFrom
      endedOn
      status
      replacedBy {
        ...Step
      }
    }
  }
}
    fragment Step on Supersession {
  basis
  effectiveOn
  treaty {
    id
    name
  }
  sources {
    id
    title
    url
    language
    text
    mentions {
      quote
      start
      end
      treaty {
        id
      }
    }
  }
  references {
    id
    title
    path
  }
}`) as unknown as TypedDocumentString<TreatyQuery, TreatyQueryVariables>;
export const SearchDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Search($query: String!) {
  search(query: $query, first: 12, kinds: [ACTOR, TREATY, EVENT]) {
    kind
    id
    label
    score
    highlight
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const ActorsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Actors($search: String) {
  actors(search: $search, kinds: [COUNTRY, ORGANIZATION, PERSON], first: 20) {
    edges {
      node {
        id
        name
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActorsQuery, ActorsQueryVariables>;
export const ActorExtentDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ActorExtent($filter: EventFilter) {
  first: events(filter: $filter, first: 1, orderBy: DATE_ASC) {
    edges {
      node {
        date
      }
    }
  }
  last: events(filter: $filter, first: 1, orderBy: DATE_DESC) {
    edges {
      node {
        date
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActorExtentQuery, ActorExtentQueryVariables>;
export const EventDateDocument = /*#__PURE__*/ new TypedDocumentString(`
    query EventDate($id: ID!) {
  event(id: $id) {
    id
    date
  }
}
    `) as unknown as TypedDocumentString<EventDateQuery, EventDateQueryVariables>;
export const EventsAddedDocument = /*#__PURE__*/ new TypedDocumentString(`
    subscription EventsAdded {
  eventsAdded {
    articleIds
    events {
      id
      date
    }
  }
}
    `) as unknown as TypedDocumentString<EventsAddedSubscription, EventsAddedSubscriptionVariables>;
export const InForceDocument = /*#__PURE__*/ new TypedDocumentString(`
    query InForce($on: PartialDate!, $party: ID, $first: Int) {
  treaties(filter: {inForceOn: $on, party: $party}, first: $first) {
    totalCount
    edges {
      node {
        id
        name
        status
        kind
        signedOn
        inForceFrom
        endedOn
        parties {
          actor {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InForceQuery, InForceQueryVariables>;