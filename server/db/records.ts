import type { EventOrigin } from '../domain/filters';
import type {
  ActorNode,
  ArticleNode,
  EventNode,
  GdeltRecordNode,
  IndexActorRow,
  IndexEventRow,
  IndexTreatyRow,
  MentionNode,
  OfficeNode,
  ParticipantNode,
  PathRow,
  PlaceNode,
  Precision,
  ReferenceNode,
  SearchRow,
  SourceClaim,
  SpanRow,
  StatsRow,
  SupersessionNode,
  TimelineBinRow,
  TimelineItemRow,
  TreatyNode,
  TreatyPartyNode,
} from './read-model';
import type { SearchKind } from './queries/search-queries';

/**
 * Record mappers: Neo4j records (the maps the projections of server/db/queries return) to the
 * read model. Each field is read with the type it must have through a Fields reader; a field of
 * another type reads as absent (null, an empty list, the documented default), never as a wrong
 * value.
 */
export class Fields {
  constructor(private readonly record: Readonly<Record<string, unknown>>) {}

  static of(value: unknown): Fields {
    return new Fields(isMap(value) ? value : {});
  }

  has(key: string): boolean {
    return key in this.record;
  }

  /** The raw value, for fields that are passed on unread (precision texts). */
  raw(key: string): unknown {
    return this.record[key];
  }

  /** A required id: its text form whatever the stored type. */
  id(key = 'id'): string {
    return String(this.record[key]);
  }

  str(key: string): string | null {
    const v = this.record[key];
    return typeof v === 'string' ? v : null;
  }

  num(key: string): number | null {
    const v = this.record[key];
    return typeof v === 'number' ? v : null;
  }

  /** An UPPER_CASE enum value, `fallback` when absent. */
  upper(key: string, fallback: string): string {
    return (this.str(key) ?? fallback).toUpperCase();
  }

  /** The strings of a list (other entries dropped); [] when absent. */
  strings(key: string): string[] {
    const v = this.record[key];
    if (!Array.isArray(v)) return [];
    // Lists of ids are read for every event of the timeline index: copy only when one is not a string.
    return v.every((x) => typeof x === 'string')
      ? (v as string[])
      : v.filter((x): x is string => typeof x === 'string');
  }

  /** A nested map; an empty one when absent. */
  map(key: string): Fields {
    return Fields.of(this.record[key]);
  }

  /** A nested map, or null when absent. */
  mapOrNull(key: string): Fields | null {
    const v = this.record[key];
    return isMap(v) ? new Fields(v) : null;
  }

  /** A list of maps; [] when absent. */
  maps(key: string): Fields[] {
    const v = this.record[key];
    return Array.isArray(v) ? v.filter(isMap).map((x) => new Fields(x)) : [];
  }

  /** A stored first day at its precision: "2024-06-19" with precision "month" → "2024-06". */
  partial(dayKey: string, precision: unknown): string | null {
    return toPartialText(this.record[dayKey], precision);
  }
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** "2024-06-19" stored with precision "month" → "2024-06". */
export function toPartialText(day: unknown, precision: unknown): string | null {
  if (typeof day !== 'string') return null;
  const p = typeof precision === 'string' ? precision.toLowerCase() : 'day';
  return day.slice(0, p === 'year' ? 4 : p === 'month' ? 7 : 10);
}

function toPrecision(v: unknown): Precision | null {
  if (typeof v !== 'string') return null;
  const p = v.toUpperCase();
  return p === 'YEAR' || p === 'MONTH' || p === 'DAY' ? p : null;
}

function toOrigin(v: unknown): EventOrigin {
  return v === 'GDELT' ? 'GDELT' : 'ARTICLE';
}

export function toActor(f: Fields): ActorNode {
  return {
    id: f.id(),
    name: f.str('name') ?? f.id(),
    kind: f.upper('kind', 'ORGANIZATION'),
    aliases: f.strings('aliases'),
    iso2: f.str('iso2'),
    wikidata: f.str('wikidata'),
  };
}

export function toParticipant(f: Fields): ParticipantNode {
  return { role: f.upper('role', 'PARTICIPANT'), actor: toActor(f.map('actor')) };
}

export function toEvent(f: Fields): EventNode {
  const precision = toPrecision(f.raw('datePrecision')) ?? (f.raw('date') ? 'DAY' : null);
  const gdelt = f.mapOrNull('gdelt');
  return {
    id: f.id(),
    type: f.upper('type', 'OTHER'),
    plover: f.str('plover'),
    cameo: f.str('cameo'),
    date: f.partial('date', precision),
    datePrecision: precision,
    endDate: f.partial('endDate', precision),
    modality: f.upper('modality', 'ASSERTED'),
    summary: f.str('summary'),
    confidence: f.num('confidence'),
    treatyId: f.str('treatyId'),
    placeId: f.str('placeId'),
    participants: Array.isArray(f.raw('participants')) ? f.maps('participants').map(toParticipant) : null,
    ...(f.has('gdelt') ? { gdelt: gdelt ? toGdeltRecord(gdelt) : null } : {}),
    day: f.str('date'),
    origin: toOrigin(f.raw('origin')),
  };
}

export function toGdeltRecord(f: Fields): GdeltRecordNode {
  return {
    globalEventId: f.id('gdeltId'),
    sourceUrl: f.str('sourceUrl'),
    quadClass: f.num('quadClass'),
    goldsteinScale: f.num('goldstein'),
    numMentions: f.num('numMentions'),
    avgTone: f.num('avgTone'),
  };
}

export function toTreaty(f: Fields): TreatyNode {
  return {
    id: f.id(),
    name: f.str('name') ?? f.id(),
    unnamed: f.raw('unnamed') === true,
    aliases: f.strings('aliases'),
    kind: f.str('kind'),
    signedOn: f.partial('signedOn', f.raw('signedPrecision')),
    inForceFrom: f.partial('inForceFrom', f.raw('inForcePrecision')),
    endedOn: f.partial('endedOn', f.raw('endedPrecision')),
    status: f.upper('status', 'UNKNOWN'),
    days: { signedOn: f.str('signedOn'), inForceFrom: f.str('inForceFrom'), endedOn: f.str('endedOn') },
  };
}

export function toArticle(f: Fields): ArticleNode {
  return {
    id: f.id(),
    url: f.str('url'),
    title: f.str('title') ?? '',
    source: f.str('source'),
    language: f.str('language'),
    publishedAt: f.partial('publishedAt', 'day'),
    ingestedAt: f.str('ingestedAt'),
    text: f.str('text'),
  };
}

export function toPlace(f: Fields): PlaceNode {
  return { id: f.id(), name: f.str('name') ?? f.id(), iso2: f.str('iso2') };
}

function toReference(f: Fields): ReferenceNode {
  return { id: f.id(), title: f.str('title') ?? f.id(), path: f.str('path') };
}

export function toSpanRow(f: Fields): SpanRow {
  return {
    treaty: toTreaty(f.map('treaty')),
    replacedBy: f.maps('replacedBy').map((x) => ({ id: x.id(), on: x.str('on'), basis: x.str('basis') ?? 'DECLARED' })),
    partyIds: f.strings('partyIds'),
  };
}

export function toClaim(f: Fields): SourceClaim {
  return {
    quote: f.str('quote') ?? '',
    start: f.num('start') ?? 0,
    end: f.num('end') ?? 0,
    claimedDate: f.partial('claimedDate', f.raw('claimedPrecision')),
    confidence: f.num('confidence'),
  };
}

export function toMention(f: Fields): MentionNode {
  return {
    kind: f.str('kind') === 'TREATY' ? 'TREATY' : 'ACTOR',
    id: f.id(),
    quote: f.str('quote') ?? '',
    start: f.num('start') ?? 0,
    end: f.num('end') ?? 0,
  };
}

export function toOffice(f: Fields): OfficeNode {
  return {
    title: f.str('title') ?? '',
    organization: toActor(f.map('organization')),
    since: f.partial('since', f.raw('sincePrecision')),
    until: f.partial('until', f.raw('untilPrecision')),
  };
}

export function toTreatyParty(f: Fields): TreatyPartyNode {
  return {
    actor: toActor(f.map('actor')),
    since: f.partial('since', f.raw('sincePrecision')),
    until: f.partial('until', f.raw('untilPrecision')),
    sources: f.maps('sources').map(toArticle),
    references: f.maps('references').map(toReference),
  };
}

export function toSupersession(f: Fields): SupersessionNode {
  return {
    treaty: toTreaty(f.map('treaty')),
    basis: f.upper('basis', 'DECLARED'),
    effectiveOn: f.partial('effectiveOn', f.raw('effectivePrecision')),
    sources: f.maps('sources').map(toArticle),
    references: f.maps('references').map(toReference),
  };
}

/** An actor with a label and a count (lanes, counterparts). */
export function toRankedActor(f: Fields): { id: string; label: string; n: number } {
  return { id: f.id(), label: f.str('label') ?? f.id(), n: f.num('n') ?? 0 };
}

export function toTimelineItem(f: Fields): TimelineItemRow {
  const precision = toPrecision(f.raw('datePrecision')) ?? 'DAY';
  return {
    id: f.id(),
    type: f.upper('type', 'OTHER'),
    date: f.partial('date', precision) ?? '',
    datePrecision: precision,
    endDate: f.partial('endDate', precision),
    modality: f.upper('modality', 'ASSERTED'),
    summary: f.str('summary'),
    confidence: f.num('confidence'),
    actorIds: f.strings('actorIds'),
    participants: f.maps('participants').map(toParticipant),
    treatyId: f.str('treatyId'),
    origin: toOrigin(f.raw('origin')),
  };
}

/** A bin row; byType is sorted by the caller (in EventType order). */
export function toTimelineBin(f: Fields): TimelineBinRow {
  return {
    lane: f.id('lane'),
    start: f.id('start'),
    count: f.num('count') ?? 0,
    byType: f.maps('byType').map((b) => ({ type: b.id('type').toUpperCase(), count: b.num('count') ?? 0 })),
  };
}

export function toSearchRow(f: Fields): SearchRow {
  return {
    kind: f.str('kind') as SearchKind,
    id: f.id(),
    score: f.num('score') ?? 0,
    name: f.str('name'),
    aliasText: f.str('aliasText'),
    summary: f.str('summary'),
    title: f.str('title'),
    text: f.str('text'),
    type: f.str('type'),
  };
}

const PATH_NODE_KINDS = ['ACTOR', 'EVENT', 'TREATY', 'PLACE'] as const;

export function toPathRow(f: Fields): PathRow {
  return {
    nodes: f.maps('nodes').map((n) => {
      const kind = n.str('kind');
      return {
        id: n.id(),
        kind: PATH_NODE_KINDS.find((k) => k === kind) ?? 'PLACE',
        name: n.str('name'),
        type: n.str('type'),
        date: n.str('date'),
        summary: n.str('summary'),
      };
    }),
    relationships: f.maps('relationships').map((r) => ({ type: r.id('type'), from: r.id('from'), to: r.id('to') })),
    length: f.num('length') ?? 0,
  };
}

export function toStats(f: Fields): StatsRow {
  const end = (key: string) => {
    const v = f.mapOrNull(key);
    return v ? v.partial('date', v.raw('precision')) : null;
  };
  return {
    events: f.num('events') ?? 0,
    actors: f.num('actors') ?? 0,
    treaties: f.num('treaties') ?? 0,
    articles: f.num('articles') ?? 0,
    places: f.num('places') ?? 0,
    reports: f.num('reports') ?? 0,
    earliest: end('earliest'),
    latest: end('latest'),
    eventsByType: f.maps('eventsByType').map((b) => ({ type: b.id('type'), count: b.num('count') ?? 0 })),
  };
}

export function toIndexActor(f: Fields): IndexActorRow {
  return { id: f.id(), name: f.str('name') ?? f.id(), degree: f.num('degree') ?? 0 };
}

export function toIndexEvent(f: Fields): IndexEventRow {
  const year = f.num('year');
  const month = f.num('month');
  const day = f.num('day');
  return {
    date: year !== null && month !== null && day !== null ? [year, month, day] : null,
    type: f.str('type') ?? '',
    modality: f.str('modality'),
    confidence: f.num('confidence'),
    gdelt: f.raw('gdelt') === true,
    actorIds: f.strings('actorIds'),
    treatyIds: f.strings('treatyIds'),
    placeIds: f.strings('placeIds'),
  };
}

export function toIndexTreaty(f: Fields): IndexTreatyRow {
  return toSpanRow(f);
}
