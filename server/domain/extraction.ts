/**
 * The extraction contract: what `npm run extract` prints per file (one JSON line) and what
 * ingestion consumes. Field names are fixed by the evaluation (../shared/eval/score.mjs).
 */
import { EVENT_TYPE_VALUES, type EventTypeValue } from './event-types';

export type Language = 'en' | 'id' | 'ru' | 'es' | 'fr';
export const LANGUAGES: readonly Language[] = ['en', 'id', 'ru', 'es', 'fr'];

export type ActorKind = 'person' | 'country' | 'organization';

/** The event types as the extraction contract spells them: lower_case of domain/event-types.ts. */
export type EventType = Lowercase<EventTypeValue>;
export const EVENT_TYPES: readonly EventType[] = EVENT_TYPE_VALUES.map((t) => t.toLowerCase() as EventType);

export type Modality = 'asserted' | 'planned' | 'negated' | 'reported';
export const MODALITIES: readonly Modality[] = ['asserted', 'planned', 'negated', 'reported'];

type DatePrecisionName = 'year' | 'month' | 'day';
export type ReplacesBasis = 'legal' | 'declared' | 'successor';

/** A span of the original text: character offsets (UTF-16 code units, as JS strings index). */
export interface Span {
  quote: string;
  start: number;
  end: number;
}

export interface ExtractedActor {
  /** Stable id from the canonical name, e.g. "country:KP", "person:vladimir-putin", "org:nato". */
  id: string;
  /** Canonical English name. */
  name: string;
  kind: ActorKind;
  /** The forms as written in the text. */
  aliases: string[];
  iso2?: string | null;
  /** Offices held, as the text or gazetteer says: "President of Russia". */
  offices?: { title: string; of: string | null }[];
  mentions?: Span[];
  confidence?: number;
}

export interface ExtractedEvent extends Span {
  type: EventType;
  plover: string;
  cameo: string;
  date: string | null;
  datePrecision: DatePrecisionName | null;
  endDate?: string | null;
  place: string | null;
  /** Canonical actor names. */
  actors: string[];
  /** Roles by canonical actor name, when known (SIGNATORY, HOST, SPEAKER, TARGET, PARTICIPANT). */
  roles?: Record<string, string>;
  /** Treaty id (canonical), when the event concerns one. */
  treaty?: string | null;
  modality: Modality;
  summary: string;
  confidence: number;
}

/** The id of the reference work the gazetteer's treaty facts are sourced to (a Reference node in the graph). */
export const GAZETTEER_TREATIES_REFERENCE = 'gazetteer:treaties';

/**
 * What a reference work (the seed gazetteer) states about a known treaty the article names: facts
 * the article need not state, so they are the reference's, never the article's.
 */
export interface KnownTreatyFacts {
  /** The reference's id (GAZETTEER_TREATIES_REFERENCE). */
  reference: string;
  signed: string | null;
  inForceFrom: string | null;
  endedOn: string | null;
  /** Its parties by gazetteer actor. */
  parties: { id: string; name: string; kind: ActorKind; iso2: string | null }[];
  /** The known treaties it replaces, by id, canonical name and kind, with the basis and their own dates. */
  replaces: {
    id: string;
    name: string;
    kind: string;
    basis: ReplacesBasis;
    signed: string | null;
    inForceFrom: string | null;
    endedOn: string | null;
  }[];
}

export interface ExtractedTreaty {
  id: string;
  name: string;
  aliases: string[];
  kind?: string | null;
  /** The signature date the text states (a dated signing, "the 1961 treaty"), else null. */
  signed: string | null;
  /** Entry into force as the text states it, else null. */
  inForceFrom?: string | null;
  endedOn?: string | null;
  /** The parties the text names (its signatories), canonical names. */
  parties: string[];
  /**
   * The text gives it no name, only its kind and year ("signed an agreement" in 2019): `name` is made up from them
   * ("Agreement (2019)", "Chile–Peru Agreement (2019)"), and two articles name different treaties alike.
   */
  unnamed?: true;
  /**
   * The treaties the text says this one replaces: a known treaty by the name the article gives it
   * (one of its aliases: "the Treaty of Moscow"), else by its canonical name.
   */
  replaces: string[];
  /** The basis of the first replaced treaty (kept for older readers; see replacesBases). */
  replacesBasis: ReplacesBasis | null;
  /** The basis of each replaced treaty, by the name used in `replaces`. */
  replacesBases?: Record<string, ReplacesBasis>;
  quote: string;
  start?: number;
  end?: number;
  mentions?: Span[];
  confidence?: number;
  /** A known treaty: what the gazetteer states about it (dates, parties, lineage), with its reference. */
  known?: KnownTreatyFacts;
}

export interface ExtractionResult {
  file?: string;
  language: Language | null;
  actors: ExtractedActor[];
  events: ExtractedEvent[];
  treaties: ExtractedTreaty[];
  warnings: string[];
}
