/** The GraphQL documents the page sends, written against schema.graphql. */
export const TIMELINE_QUERY = /* GraphQL */ `
  query Timeline(
    $from: PartialDate!
    $to: PartialDate!
    $filter: EventFilter
    $lanes: LaneBy
    $maxItems: Int
    $maxBuckets: Int
    $laneIds: [ID!]
    $maxSpans: Int
    $preferParties: [ID!]
    $withGdelt: Boolean = false
  ) {
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
`;

export const STATS_QUERY = /* GraphQL */ `
  query Stats {
    stats {
      events
      earliest
      latest
    }
  }
`;

export const OVERVIEW_QUERY = /* GraphQL */ `
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
`;

export const EVENT_QUERY = /* GraphQL */ `
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
`;

/** A treaty's story: lifecycle with each party's steps, parties, lineage both ways with what states each step. */
export const TREATY_QUERY = /* GraphQL */ `
  query Treaty($id: ID!) {
    treaty(id: $id) {
      id
      name
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
  }
`;

export const SEARCH_QUERY = /* GraphQL */ `
  query Search($query: String!) {
    search(query: $query, first: 12, kinds: [ACTOR, TREATY, EVENT]) {
      kind
      id
      label
      score
      highlight
    }
  }
`;

export const ACTORS_QUERY = /* GraphQL */ `
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
`;

/** The first and last event of an actor, to move the view onto them. */
export const ACTOR_EXTENT_QUERY = /* GraphQL */ `
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
`;

export const EVENT_DATE_QUERY = /* GraphQL */ `
  query EventDate($id: ID!) {
    event(id: $id) {
      id
      date
    }
  }
`;

export const EVENTS_ADDED_SUBSCRIPTION = 'subscription EventsAdded { eventsAdded { articleIds events { id date } } }';

/** Treaties in force on a day: of one party (a lane actor), or of all when party is null. */
export const IN_FORCE_QUERY = /* GraphQL */ `
  query InForce($on: PartialDate!, $party: ID, $first: Int) {
    treaties(filter: { inForceOn: $on, party: $party }, first: $first) {
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
`;
