import type { Language } from '../domain/extraction';

/** One article to ingest, from any format (txt, jsonl, the GraphQL mutation). */
export interface ArticleInput {
  url: string | null;
  title: string;
  text: string;
  /** ISO 8601 date or date-time. */
  publishedAt: string | null;
  source: string | null;
  language: Language | null;
}

type ArticleOutcome = 'created' | 'duplicate' | 'rejected';

export interface ArticleReport {
  /** The article's id (from its content hash), null when rejected before hashing. */
  id: string | null;
  url: string | null;
  title: string;
  outcome: ArticleOutcome;
  /** Why it was rejected or skipped. */
  reason: string | null;
  /** Ids of the events, actors and treaties this article created or merged into. */
  events: string[];
  /** Ids of events that did not exist before this article (for the eventsAdded subscription). */
  newEvents: string[];
  actors: string[];
  treaties: string[];
  warnings: string[];
  /** Where it came from when read from a file ("file.jsonl:12"); absent for API inputs. */
  origin?: string | null;
}

export interface IngestSummary {
  articles: number;
  created: number;
  duplicates: number;
  rejected: number;
  events: number;
  actors: number;
  treaties: number;
  warnings: number;
}

export interface DeleteReport {
  deleted: boolean;
  /** Facts removed because only this article supported them. */
  removedEvents: number;
  removedActors: number;
  removedTreaties: number;
}
