import DataLoader from 'dataloader';
import type {
  ActorNode,
  ArticleNode,
  ArticleReportNode,
  EventNode,
  EventSourceNode,
  GdeltRecordNode,
  MentionNode,
  OfficeNode,
  ParticipantNode,
  PlaceNode,
  SupersessionNode,
  TreatyNode,
  TreatyPartyNode,
} from '../db/read-model';
import type { Repository } from '../db/repository';

/**
 * Per-request DataLoaders: every nested field that needs the database goes through one of
 * these, so a page of N parents costs one query per field, not N. Pages prime them with what
 * they already fetched (events come with their participants).
 */
export interface Loaders {
  event: DataLoader<string, EventNode | null>;
  actor: DataLoader<string, ActorNode | null>;
  treaty: DataLoader<string, TreatyNode | null>;
  article: DataLoader<string, ArticleNode | null>;
  place: DataLoader<string, PlaceNode | null>;
  participants: DataLoader<string, ParticipantNode[]>;
  sources: DataLoader<string, EventSourceNode[]>;
  /** Key: an event id; null for an event not imported from GDELT. */
  gdelt: DataLoader<string, GdeltRecordNode | null>;
  offices: DataLoader<string, OfficeNode[]>;
  parties: DataLoader<string, TreatyPartyNode[]>;
  treatyEvents: DataLoader<string, EventNode[]>;
  replaces: DataLoader<string, SupersessionNode[]>;
  replacedBy: DataLoader<string, SupersessionNode[]>;
  reports: DataLoader<string, ArticleReportNode[]>;
  mentions: DataLoader<string, MentionNode[]>;
  /** Key: `${first}|${last}|${treatyId}`; the value says whether the treaty is in force then. */
  inForce: DataLoader<string, boolean>;
}

const OPTIONS = { maxBatchSize: 1000 };

export function createLoaders(repo: Repository): Loaders {
  const loaders: Loaders = {
    event: new DataLoader((ids) => repo.eventsByIds(ids), OPTIONS),
    actor: new DataLoader((ids) => repo.actorsByIds(ids), OPTIONS),
    treaty: new DataLoader((ids) => repo.treatiesByIds(ids), OPTIONS),
    article: new DataLoader((ids) => repo.articlesByIds(ids), OPTIONS),
    place: new DataLoader((ids) => repo.placesByIds(ids), OPTIONS),
    participants: new DataLoader((ids) => repo.participantsByEventIds(ids), OPTIONS),
    sources: new DataLoader((ids) => repo.sourcesByEventIds(ids), OPTIONS),
    gdelt: new DataLoader((ids) => repo.gdeltRecordsByEventIds(ids), OPTIONS),
    offices: new DataLoader((ids) => repo.officesByActorIds(ids), OPTIONS),
    parties: new DataLoader((ids) => repo.partiesByTreatyIds(ids), OPTIONS),
    treatyEvents: new DataLoader((ids) => repo.treatyEventsByTreatyIds(ids), OPTIONS),
    replaces: new DataLoader((ids) => repo.supersessions(ids, 'replaces'), OPTIONS),
    replacedBy: new DataLoader((ids) => repo.supersessions(ids, 'replacedBy'), OPTIONS),
    reports: new DataLoader((ids) => repo.reportsByArticleIds(ids), OPTIONS),
    mentions: new DataLoader((ids) => repo.mentionsByArticleIds(ids), OPTIONS),
    inForce: new DataLoader(async (keys) => {
      const byDate = new Map<string, string[]>();
      for (const key of keys) {
        const [first, last, id] = key.split('|') as [string, string, string];
        const k = `${first}|${last}`;
        byDate.set(k, [...(byDate.get(k) ?? []), id]);
      }
      const inForce = new Set<string>();
      for (const [k, ids] of byDate) {
        const [first, last] = k.split('|') as [string, string];
        for (const id of await repo.inForce(ids, { first, last })) inForce.add(`${k}|${id}`);
      }
      return keys.map((key) => inForce.has(key));
    }, OPTIONS),
  };
  return loaders;
}

/** Primes the loaders with events (and their participants and GDELT columns, when fetched) from a page query. */
export function primeEvents(loaders: Loaders, events: readonly EventNode[]): void {
  for (const e of events) {
    loaders.event.prime(e.id, e);
    if (e.gdelt !== undefined) loaders.gdelt.prime(e.id, e.gdelt);
    if (e.participants) {
      loaders.participants.prime(e.id, e.participants);
      for (const p of e.participants) loaders.actor.prime(p.actor.id, p.actor);
    }
  }
}
