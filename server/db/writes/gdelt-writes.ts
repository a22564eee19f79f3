import type { Query } from '../executor';
import { LABELS, REL, type ActorKindValue } from '../model';

/**
 * Pure builders for the GDELT bulk import: one batch (thousands of rows) per statement, three
 * statements per transaction. Events keep GDELT's id (Event.gdeltId, id "gdelt:<GLOBALEVENTID>")
 * and Event.source = 'gdelt'; actors resolve to our ids where they can (countries by ISO code).
 * Rows travel inside one map parameter ($batch) so the plan cache, keyed on parameter types,
 * plans each statement once.
 */
const { Actor, Event, Place, Person, Country, Organization } = LABELS;

/** Every lookup is a unique-index seek: replanning as the graph grows during an import only costs time. */
const NO_REPLAN = 'CYPHER replan=skip\n';

export interface GdeltActorRow {
  id: string;
  name: string;
  kind: ActorKindValue;
  iso2: string | null;
  gdeltCode: string | null;
}

export interface GdeltPlaceRow {
  id: string;
  name: string;
  /** FIPS 10-4 country code as GDELT gives it. */
  fips: string | null;
  /** ISO 3166 alpha-2, from the FIPS code. */
  iso2: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface GdeltEventRow {
  id: string;
  gdeltId: string;
  type: string;
  plover: string;
  cameo: string;
  /** "YYYY-MM-DD" (GDELT dates are day-precise). */
  date: string;
  summary: string;
  quadClass: number | null;
  goldstein: number | null;
  numMentions: number | null;
  avgTone: number | null;
  sourceUrl: string | null;
  place: string | null;
  participants: { actor: string; role: string }[];
}

/** Actors met in a batch; existing ones (from articles or earlier batches) keep their name and aliases. */
export function mergeGdeltActors(rows: readonly GdeltActorRow[]): Query {
  return {
    cypher: `${NO_REPLAN}UNWIND $batch.rows AS row
MERGE (n:${Actor} {id: row.id})
ON CREATE SET n.name = row.name, n.kind = row.kind, n.iso2 = row.iso2, n.aliases = [row.name], n.aliasText = row.name
SET n.gdeltCode = coalesce(n.gdeltCode, row.gdeltCode)
FOREACH (_ IN CASE WHEN row.kind = 'PERSON' THEN [1] ELSE [] END | SET n:${Person})
FOREACH (_ IN CASE WHEN row.kind = 'COUNTRY' THEN [1] ELSE [] END | SET n:${Country})
FOREACH (_ IN CASE WHEN row.kind = 'ORGANIZATION' THEN [1] ELSE [] END | SET n:${Organization})`,
    params: { batch: { rows } },
  };
}

export function mergeGdeltPlaces(rows: readonly GdeltPlaceRow[]): Query {
  return {
    cypher: `${NO_REPLAN}UNWIND $batch.rows AS row
MERGE (p:${Place} {id: row.id})
ON CREATE SET p.name = row.name, p.fips = row.fips, p.latitude = row.latitude, p.longitude = row.longitude
SET p.iso2 = coalesce(p.iso2, row.iso2)`,
    params: { batch: { rows } },
  };
}

/**
 * Events, then their participants and places as flat link lists: three simple statements plan
 * better than one with per-row subqueries. Rerunning a batch rewrites the same nodes and relationships.
 */
export function mergeGdeltEvents(rows: readonly GdeltEventRow[]): Query {
  return {
    cypher: `${NO_REPLAN}UNWIND $batch.rows AS row
MERGE (e:${Event} {id: row.id})
SET e.gdeltId = row.gdeltId, e.source = 'gdelt', e.type = row.type, e.plover = row.plover, e.cameo = row.cameo,
    e.date = date(row.date), e.datePrecision = 'day', e.modality = 'ASSERTED', e.summary = row.summary,
    e.quadClass = toInteger(row.quadClass), e.goldstein = row.goldstein, e.numMentions = toInteger(row.numMentions),
    e.avgTone = row.avgTone, e.sourceUrl = row.sourceUrl, e.confidence = 1.0`,
    params: { batch: { rows: rows.map(({ participants: _p, place: _pl, ...row }) => row) } },
  };
}

export function mergeGdeltParticipants(rows: readonly GdeltEventRow[]): Query {
  return {
    cypher: `${NO_REPLAN}UNWIND $batch.links AS link
MATCH (e:${Event} {id: link.event})
MATCH (a:${Actor} {id: link.actor})
MERGE (a)-[r:${REL.PARTICIPATED_IN}]->(e)
ON CREATE SET r.role = link.role`,
    params: { batch: { links: rows.flatMap((e) => e.participants.map((p) => ({ event: e.id, actor: p.actor, role: p.role }))) } },
  };
}

export function mergeGdeltEventPlaces(rows: readonly GdeltEventRow[]): Query {
  return {
    cypher: `${NO_REPLAN}UNWIND $batch.links AS link
MATCH (e:${Event} {id: link.event})
MATCH (p:${Place} {id: link.place})
MERGE (e)-[:${REL.TOOK_PLACE_IN}]->(p)`,
    params: { batch: { links: rows.flatMap((e) => (e.place ? [{ event: e.id, place: e.place }] : [])) } },
  };
}
