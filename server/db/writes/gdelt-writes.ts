import type { Query } from '../executor';
import { LABELS, REL, type ActorKindValue } from '../model';
import { setActorKindLabel } from './fragments';

/**
 * Pure builders for the GDELT bulk import: one batch (thousands of rows) per statement. Events keep
 * GDELT's id (Event.gdeltId, id "gdelt:<GLOBALEVENTID>") and stay out of the full-text index (no
 * `Reported` label, see model.ts); actors resolve to our ids where they can (countries by ISO
 * code). Rows travel inside one map parameter ($batch) so the plan cache, keyed on parameter
 * types, plans each statement once.
 *
 * Events not in the graph yet are CREATEd with their relationships (createGdeltEvents); only those
 * already there (a re-import, a load resumed after a crash) go through MERGE. MERGE of a
 * relationship locks both end nodes until commit, so two batches that both link to country:US
 * ran one after the other; CREATE into a dense node does not hold the node, and it skips the
 * existence check. The unique constraint on Event.id still guards against duplicates.
 */
const { Actor, Event, Place } = LABELS;

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

/**
 * Actors met in a batch; existing ones (from articles or earlier batches) keep their name and
 * aliases. Actors that need no write (already there with a GDELT code) are filtered out before
 * MERGE: a SET, even of the same value, locks the node until commit, and every batch names the
 * same few hundred actors.
 */
export function mergeGdeltActors(rows: readonly GdeltActorRow[]): Query {
  return {
    cypher: `${NO_REPLAN}UNWIND $batch.rows AS row
OPTIONAL MATCH (known:${Actor} {id: row.id})
WITH row WHERE known IS NULL OR (known.gdeltCode IS NULL AND row.gdeltCode IS NOT NULL)
MERGE (n:${Actor} {id: row.id})
ON CREATE SET n.name = row.name, n.kind = row.kind, n.iso2 = row.iso2, n.aliases = [row.name], n.aliasText = row.name
SET n.gdeltCode = coalesce(n.gdeltCode, row.gdeltCode)
${setActorKindLabel('n', 'row.kind')}`,
    params: { batch: { rows } },
  };
}

/** Places met in a batch; like actors, those already there with an ISO code are not written (no lock). */
export function mergeGdeltPlaces(rows: readonly GdeltPlaceRow[]): Query {
  return {
    cypher: `${NO_REPLAN}UNWIND $batch.rows AS row
OPTIONAL MATCH (known:${Place} {id: row.id})
WITH row WHERE known IS NULL OR (known.iso2 IS NULL AND row.iso2 IS NOT NULL)
MERGE (p:${Place} {id: row.id})
ON CREATE SET p.name = row.name, p.fips = row.fips, p.latitude = row.latitude, p.longitude = row.longitude
SET p.iso2 = coalesce(p.iso2, row.iso2)`,
    params: { batch: { rows } },
  };
}

/** The ids of a batch that are already in the graph: those rows are merged, the others created. */
export function findGdeltEvents(ids: readonly string[]): Query {
  return {
    cypher: `${NO_REPLAN}UNWIND $batch.ids AS id
MATCH (e:${Event} {id: id})
RETURN id`,
    params: { batch: { ids } },
  };
}

/**
 * Events expected not to exist yet, created with their participants and place in one statement
 * (the new event stays bound, so nothing seeks it by id again). Fails on the unique constraint if
 * one is there after all (a re-import, a resumed load, another load of the same data): the caller
 * then looks the batch's events up and merges those (see writeBatch in import-gdelt.ts).
 */
export function createGdeltEvents(rows: readonly GdeltEventRow[]): Query {
  const c = (name: CreateColumn) => `row[${CREATE_COLUMNS.indexOf(name)}]`;
  return {
    cypher: `${NO_REPLAN}UNWIND $batch.rows AS row
CREATE (e:${Event} {id: ${c('id')}, gdeltId: ${c('gdeltId')}, type: ${c('type')}, plover: ${c('plover')}, cameo: ${c('cameo')},
    date: date(${c('date')}), datePrecision: 'day', modality: 'ASSERTED', summary: ${c('summary')},
    quadClass: toInteger(${c('quadClass')}), goldstein: ${c('goldstein')}, numMentions: toInteger(${c('numMentions')}),
    avgTone: ${c('avgTone')}, sourceUrl: ${c('sourceUrl')}, confidence: 1.0})
WITH e, row
CALL (e, row) {
  UNWIND ${c('participants')} AS p
  MATCH (a:${Actor} {id: p[0]})
  CREATE (a)-[:${REL.PARTICIPATED_IN} {role: p[1]}]->(e)
}
CALL (e, row) {
  MATCH (pl:${Place} {id: ${c('place')}})
  CREATE (e)-[:${REL.TOOK_PLACE_IN}]->(pl)
}`,
    params: { batch: { rows: rows.map(toCreateColumns) } },
  };
}

/**
 * The created rows travel as lists in this column order, participants as [actor, role] pairs:
 * without the 14 keys of every row the driver packs and Neo4j unpacks less (Neo4j CPU per 100k
 * new events 20-21 s instead of 23-24 s in bench:ingest).
 */
const CREATE_COLUMNS = [
  'id',
  'gdeltId',
  'type',
  'plover',
  'cameo',
  'date',
  'summary',
  'quadClass',
  'goldstein',
  'numMentions',
  'avgTone',
  'sourceUrl',
  'place',
  'participants',
] as const;
type CreateColumn = (typeof CREATE_COLUMNS)[number];

function toCreateColumns(row: GdeltEventRow): unknown[] {
  return CREATE_COLUMNS.map((name) =>
    name === 'participants' ? row.participants.map((p) => [p.actor, p.role]) : row[name],
  );
}

/**
 * Events that may already exist, then their participants and places as flat link lists: three
 * simple statements plan better than one with per-row subqueries. Rerunning a batch rewrites the
 * same nodes and relationships.
 */
export function mergeGdeltEvents(rows: readonly GdeltEventRow[]): Query {
  return {
    cypher: `${NO_REPLAN}UNWIND $batch.rows AS row
MERGE (e:${Event} {id: row.id})
SET e.gdeltId = row.gdeltId, e.type = row.type, e.plover = row.plover, e.cameo = row.cameo,
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
    params: {
      batch: { links: rows.flatMap((e) => e.participants.map((p) => ({ event: e.id, actor: p.actor, role: p.role }))) },
    },
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
