/** Response shapes of the documents in queries.ts (hand-written from schema.graphql). */
export type Precision = 'YEAR' | 'MONTH' | 'DAY';

export interface TimelineResponse {
  timeline: {
    mode: 'ITEMS' | 'BINS';
    from: string;
    to: string;
    bucket: string | null;
    total: number;
    lanes: { id: string; label: string; kind: 'ACTOR' | 'TYPE' }[];
    items: {
      id: string; type: string; date: string; datePrecision: Precision; endDate: string | null; lanes: string[];
      modality: 'ASSERTED' | 'PLANNED' | 'NEGATED' | 'REPORTED'; summary: string | null; confidence: number | null;
      actorIds: string[]; treatyId: string | null; origin: 'ARTICLE' | 'GDELT';
    }[];
    /** The types of each bin's typeCounts, in that order. */
    binTypes: string[];
    bins: (TimelineBinCount & { typeCounts: number[] })[];
    spans: { treaty: { id: string; name: string }; start: string | null; end: string | null; startKind: string; endKind: string; replacedBy: string[]; status: string }[];
  };
}

/** A bin without its counts per type (the overview strip needs only the total). */
export interface TimelineBinCount {
  lane: string;
  start: string;
  end: string;
  count: number;
}

export interface OverviewResponse {
  timeline: { mode: string; total: number; bins: TimelineBinCount[] };
}

export interface StatsResponse {
  stats: { events: number; earliest: string | null; latest: string | null };
}

export interface ArticleRef {
  id: string;
  url: string | null;
  title: string;
  source: string | null;
  language: string | null;
  publishedAt: string | null;
  text: string;
}

export interface SourceDetail {
  quote: string;
  start: number;
  end: number;
  claimedDate: string | null;
  confidence: number | null;
  article: ArticleRef;
}

export interface EventDetail {
  id: string; type: string; plover: string | null; cameo: string | null; date: string | null; datePrecision: Precision | null;
  endDate: string | null; modality: string; summary: string | null; confidence: number | null;
  participants: { role: string; actor: { id: string; name: string; kind: string } }[];
  place: { id: string; name: string; iso2: string | null } | null;
  treaty: { id: string; name: string; status: string; signedOn: string | null; inForceFrom: string | null; endedOn: string | null } | null;
  sources: SourceDetail[];
  conflicts: { date: string; sources: { quote: string; article: { id: string; title: string } }[] }[];
  /** GDELT's own row, for an event imported from a GDELT 2.0 export; null for events from articles. */
  gdelt: GdeltDetail | null;
}

/** See schema.graphql GdeltRecord. */
export interface GdeltDetail {
  globalEventId: string;
  /** Usually an http(s) URL; GDELT gives some sources as a name instead. */
  sourceUrl: string | null;
  quadClass: number | null;
  goldsteinScale: number | null;
  numMentions: number | null;
  avgTone: number | null;
}

export interface TreatyLink {
  basis: string;
  effectiveOn: string | null;
  treaty: { id: string; name: string };
  sources: { id: string; title: string; url: string | null }[];
  /** Reference works (the seed gazetteer) that state the link, beside or instead of articles. */
  references: { id: string; title: string; path: string | null }[];
}

export interface TreatyDetail {
  id: string; name: string; aliases: string[]; kind: string | null; signedOn: string | null; inForceFrom: string | null;
  endedOn: string | null; status: string;
  parties: { since: string | null; until: string | null; actor: { id: string; name: string } }[];
  events: { id: string; type: string; date: string | null; datePrecision: Precision | null; modality: string; summary: string | null }[];
  replaces: TreatyLink[];
  replacedBy: TreatyLink[];
  lineage: { id: string; name: string; signedOn: string | null; inForceFrom: string | null; endedOn: string | null; status: string }[];
}

export interface SearchHit {
  kind: 'ACTOR' | 'EVENT' | 'TREATY' | 'ARTICLE' | 'PLACE';
  id: string;
  label: string;
  score: number;
  highlight: string | null;
}
